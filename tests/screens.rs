//! The screens as HTML, drawn from the embedded notes and the study state.
//! What needs a real DOM (events, focus) is in `browser.rs` and the e2e tests.

use foldcards::deck::{self, Card, Category, CATEGORIES};
use foldcards::study::quiz::QuizSpec;
use foldcards::study::session::Grade;
use foldcards::ui::quiz::{quiz_page, setup_page, Quiz};
use foldcards::ui::{card_page, category_page, home};

fn category_titled(title: &str) -> &'static Category {
    CATEGORIES.iter().find(|c| c.title == title).unwrap()
}

fn card_asking(question: &str) -> &'static Card {
    deck::CARDS
        .iter()
        .find(|c| c.question_text == question)
        .unwrap()
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The text of every element that opens with `open`, in order.
fn texts_after(html: &str, open: &str, close: &str) -> Vec<String> {
    html.split(open)
        .skip(1)
        .map(|rest| rest.split(close).next().unwrap().to_owned())
        .collect()
}

fn quiz_of(category: &str, count: usize, seed: u64) -> Quiz {
    let spec = QuizSpec {
        count: Some(count),
        ..QuizSpec::of_categories(vec![category_titled(category).id.to_owned()])
    }
    .with_seed(seed);
    Quiz::open(spec, None, 1_000)
}

#[test]
fn home_shows_the_deck_its_tree_and_a_way_to_start_a_quiz() {
    let page = home();
    assert_eq!(page.document_title(), "Foldcards");
    assert!(page
        .html
        .contains("<h1 tabindex='-1'><a href='#/c/developer-interview'>개발자 면접 준비</a></h1>"));
    assert_eq!(
        texts_after(&page.html, "<span class='tree-title'>", "</span>"),
        [
            "공통 질문",
            "기술 질문",
            "기초",
            "데이터베이스",
            "파이썬",
            "웹",
            "아키텍쳐",
            "자료구조",
            "인프라",
            "운영",
            "과제"
        ]
    );
    assert!(page
        .html
        .contains("<span class='count count-empty'>notes</span>"));
    assert!(page
        .html
        .contains("href='#/quiz/new?c=developer-interview&amp;n=10'>Start a quiz</a>"));
}

#[test]
fn a_category_page_lists_its_questions_as_folds_with_the_answers_inside() {
    let page = category_page(category_titled("데이터베이스"), None);
    assert_eq!(page.document_title(), "데이터베이스 · Foldcards");
    assert_eq!(count(&page.html, "<details class='fold'"), 16);
    assert_eq!(
        texts_after(&page.html, "<li><a href='", "'"),
        [
            "#/",
            "#/c/developer-interview",
            "#/c/developer-interview/기술-질문"
        ],
        "breadcrumbs lead to the deck and the branch"
    );
    let card = card_asking("비관적 락");
    assert!(page.html.contains(card.answer_html));
    assert!(page
        .html
        .contains(&format!("href='#/card/{}'>Open as a card", card.id)));
    assert!(page
        .html
        .contains("data-action='toggle-answers'>Show all answers"));
}

#[test]
fn a_branch_groups_its_sections_questions_under_their_names() {
    let page = category_page(category_titled("기술 질문"), None);
    assert_eq!(count(&page.html, "<details class='fold'"), 65);
    let groups: Vec<String> = texts_after(&page.html, "<h2 class='group-title'><a href='", "</a>")
        .into_iter()
        .map(|rest| rest.split("'>").nth(1).unwrap().to_owned())
        .collect();
    assert_eq!(
        groups,
        [
            "기초",
            "데이터베이스",
            "파이썬",
            "웹",
            "아키텍쳐",
            "자료구조",
            "인프라",
            "운영"
        ]
    );
}

#[test]
fn a_notes_only_category_has_its_notes_and_no_answer_or_quiz_controls() {
    let page = category_page(category_titled("과제"), None);
    assert!(page.html.contains("data-testid='notes'"));
    assert!(page.html.contains("티켓 예약 시스템"));
    assert!(!page.html.contains("toggle-answers"));
    assert!(!page.html.contains("#/quiz"));
}

#[test]
fn a_card_page_shows_its_position_and_neighbours() {
    let card = card_asking("비관적 락");
    let page = card_page(card);
    assert_eq!(page.document_title(), "비관적 락 · Foldcards");
    assert!(page.html.contains("Question 10 of 16"));
    let (previous, next) = card.neighbours();
    assert!(page.html.contains(&format!(
        "rel='prev' href='#/card/{}'",
        previous.unwrap().id
    )));
    assert!(page
        .html
        .contains(&format!("rel='next' href='#/card/{}'", next.unwrap().id)));

    let first = card_page(&category_titled("기초").own_cards()[0]);
    assert!(!first.html.contains("rel='prev'"));
}

#[test]
fn the_setup_screen_offers_every_category_with_questions_and_keeps_the_choices() {
    let database = category_titled("데이터베이스").id;
    let spec = QuizSpec {
        count: Some(7),
        ..QuizSpec::of_categories(vec![database.to_owned()])
    };
    let html = setup_page(&spec).html;
    assert_eq!(
        count(&html, "type='checkbox' name='c'"),
        11,
        "the deck, 2 branches, 8 sections"
    );
    assert!(
        !html.contains("과제"),
        "a category of notes only cannot be quizzed"
    );
    assert_eq!(count(&html, " checked"), 2);
    assert!(html.contains(&format!("value='{database}' checked")));
    let counts = texts_after(&html, "name='n' value='", "'");
    assert_eq!(counts, ["5", "10", "20", "7", "all"]);
    assert!(html.contains("value='7' checked"));
}

#[test]
fn a_question_hides_its_answer_until_revealed_then_offers_four_grades() {
    let mut quiz = quiz_of("데이터베이스", 3, 42);
    let card = quiz.current_card().unwrap();
    let html = quiz_page(&quiz, 2_000, None).html;
    assert!(html.contains("Question <strong>1</strong> / 3"));
    assert!(html.contains(card.question_html));
    assert!(!html.contains(card.answer_html));
    assert!(html.contains("data-focus>"), "focus goes to the question");
    assert!(html.contains("data-action='reveal'"));

    quiz.typed = "<script>나의 답</script>".to_owned();
    quiz.session.reveal();
    let html = quiz_page(&quiz, 2_000, None).html;
    assert!(html.contains(card.answer_html));
    assert!(
        html.contains("&lt;script&gt;나의 답&lt;/script&gt;"),
        "what the user typed is shown, escaped"
    );
    assert!(
        html.contains("id='answer' tabindex='-1' data-focus"),
        "focus goes to the answer"
    );
    let grades = texts_after(&html, "data-grade='", "'");
    assert_eq!(grades, ["1", "2", "3", "4"]);
}

#[test]
fn the_summary_counts_grades_and_links_a_retry_of_exactly_the_missed_cards() {
    let mut quiz = quiz_of("기술 질문", 5, 9);
    for (at, grade) in [Grade::Again, Grade::Good, Grade::Hard, Grade::Easy]
        .into_iter()
        .enumerate()
    {
        quiz.session.reveal();
        quiz.session.grade(grade, 1_000 + 1_000 * at as u64);
    }
    quiz.session.skip(66_000);
    let page = quiz_page(&quiz, 99_000, None);
    assert_eq!(page.document_title(), "Session complete · Foldcards");
    assert!(page.html.contains("5 of 5 questions in 1 min 5 s"));
    for (name, n) in [
        ("again", 1),
        ("hard", 1),
        ("good", 1),
        ("easy", 1),
        ("skipped", 1),
    ] {
        assert!(
            page.html.contains(&format!(
                "<li class='tally-{name}'><span class='tally-count'>{n}</span>"
            )),
            "{name}"
        );
    }
    let retry = quiz.retry_missed();
    assert_eq!(retry.cards, [quiz.cards[0].id, quiz.cards[2].id]);
    assert!(page.html.contains(&format!(
        "href='#/quiz?k={}&amp;k={}&amp;n=all'>Retry the 2 I missed",
        quiz.cards[0].id, quiz.cards[2].id
    )));
    assert!(page.html.contains(&format!(
        "href='#/quiz/new?c={}&amp;n=5'>New quiz",
        category_titled("기술 질문").id
    )));
    assert_eq!(
        count(&page.html, "<details class='fold'"),
        5,
        "every card can be reread"
    );
    assert!(page
        .html
        .contains("<span class='badge badge-again'>Again</span>"));
}

#[test]
fn a_quiz_resumes_a_saved_session_of_the_same_length_only() {
    let mut quiz = quiz_of("데이터베이스", 4, 3);
    quiz.session.reveal();
    quiz.session.grade(Grade::Good, 2_000);
    quiz.session.reveal();
    let saved = quiz.session.encode();

    let resumed = Quiz::open(quiz.spec.clone(), Some(&saved), 5_000);
    assert_eq!(resumed.session, quiz.session);
    assert_eq!(resumed.current_card().unwrap().id, quiz.cards[1].id);

    let other = Quiz::open(
        QuizSpec {
            count: Some(3),
            ..quiz.spec.clone()
        },
        Some(&saved),
        5_000,
    );
    assert_eq!(
        other.session.outcomes().len(),
        0,
        "a session of another quiz is not resumed"
    );
    let garbage = Quiz::open(quiz.spec.clone(), Some("not a session"), 5_000);
    assert_eq!(garbage.session.outcomes().len(), 0);
}

#[test]
fn a_quiz_of_cards_no_longer_in_the_notes_says_so() {
    let spec = QuizSpec::from_query("k=gone0000&seed=1");
    let page = quiz_page(&Quiz::open(spec, None, 0), 0, None);
    assert_eq!(page.document_title(), "Not found · Foldcards");
}

#[test]
fn the_embed_button_offers_both_snippets_for_the_screen_with_absolute_addresses() {
    let base = "https://me.example/notes/";
    let web = category_titled("웹");
    let html = category_page(web, Some(base)).html;
    assert!(html.contains("<details class='embed'>"));
    assert!(html.contains(&format!(
        "&lt;iframe src=&quot;https://me.example/notes/#/embed/c/{}&quot;",
        web.id
    )));
    assert!(html.contains("&lt;script type=&quot;module&quot; src=&quot;https://me.example/notes/embed.js&quot;&gt;&lt;/script&gt;"));
    assert!(html.contains(&format!(
        "&lt;fold-cards category=&quot;{}&quot;&gt;&lt;/fold-cards&gt;",
        web.id
    )));
    assert!(
        !category_page(web, None).html.contains("class='embed'"),
        "no button inside an embed"
    );

    let quiz = quiz_of("웹", 5, 3);
    let html = quiz_page(&quiz, 0, Some(base)).html;
    assert!(
        html.contains(&format!("#/embed/quiz?c={}&amp;n=5&quot;", web.id)),
        "the quiz without its seed: each reader gets a fresh order"
    );
    assert!(html.contains(&format!(
        "&lt;fold-cards quiz category=&quot;{}&quot; count=&quot;5&quot;&gt;",
        web.id
    )));
}
