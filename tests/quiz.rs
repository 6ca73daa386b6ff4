//! A quiz is its URL: parsing, canonical form, and which cards it draws.

use foldcards::deck::{self, CARDS, CATEGORIES};
use foldcards::route::{quiz_query, quiz_spec};
use foldcards::study::quiz::{QuizSpec, DEFAULT_COUNT};

fn category_id(title: &str) -> &'static str {
    CATEGORIES.iter().find(|c| c.title == title).unwrap().id
}

#[test]
fn an_empty_query_is_ten_questions_from_everything_with_no_seed_yet() {
    let spec = quiz_spec("");
    assert_eq!(
        spec,
        QuizSpec {
            count: Some(DEFAULT_COUNT),
            ..QuizSpec::default()
        }
    );
}

#[test]
fn queries_are_parsed_and_written_back_canonically() {
    let spec = quiz_spec("seed=42&c=deck/%EA%B8%B0%EC%B4%88&c=deck/웹&n=5&unknown=1");
    assert_eq!(spec.categories, ["deck/기초", "deck/웹"]);
    assert_eq!(spec.count, Some(5));
    assert_eq!(spec.seed, Some(42));
    assert_eq!(quiz_query(&spec), "c=deck/기초&c=deck/웹&n=5&seed=42");
    assert_eq!(quiz_spec(&quiz_query(&spec)), spec);
    let with_unfinished = quiz_spec("u=1&n=all");
    assert!(with_unfinished.unfinished);
    assert_eq!(quiz_query(&with_unfinished), "n=all&u=1");
    assert!(!quiz_spec("u=0").unfinished);
}

#[test]
fn all_bad_and_zero_counts_are_handled() {
    assert_eq!(quiz_spec("n=all").count, None);
    assert_eq!(quiz_spec("n=0").count, Some(1));
    assert_eq!(quiz_spec("n=lots").count, Some(DEFAULT_COUNT));
    assert_eq!(quiz_spec("seed=x").seed, None);
}

#[test]
fn the_same_spec_draws_the_same_cards_in_the_same_order() {
    let spec = quiz_spec("n=10&seed=1234");
    let first: Vec<&str> = spec.draw().iter().map(|c| c.id).collect();
    let again: Vec<&str> = spec.draw().iter().map(|c| c.id).collect();
    assert_eq!(first, again);
    assert_eq!(first.len(), 10);
    let other: Vec<&str> = spec.with_seed(1235).draw().iter().map(|c| c.id).collect();
    assert_ne!(first, other);
}

#[test]
fn a_quiz_knows_whether_what_it_names_is_in_the_notes() {
    let assignments = category_id("과제");
    let notes_only = quiz_spec(&format!("c={assignments}&n=all"));
    assert!(notes_only.draw().is_empty());
    assert!(notes_only.is_in_notes(), "there, with no questions");
    assert!(!quiz_spec("c=gone/category").is_in_notes());
    let card = CARDS[0].id;
    assert!(quiz_spec(&format!("k={card}")).is_in_notes());
    assert!(!quiz_spec(&format!("k={card}&k=zzzzzzzz")).is_in_notes());
}

#[test]
fn a_quiz_draws_without_repeats_from_its_categories_only() {
    let database = category_id("데이터베이스");
    let web = category_id("웹");
    let spec = quiz_spec(&format!("c={database}&c={web}&n=all&seed=5"));
    let drawn = spec.draw();
    assert_eq!(drawn.len(), 16 + 11);
    let mut ids: Vec<&str> = drawn.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 27);
    for card in drawn {
        assert!([database, web].contains(&card.category().id));
    }
}

#[test]
fn a_branch_or_deck_covers_everything_below_it_and_overlaps_count_once() {
    let technical = category_id("기술 질문");
    let basics = category_id("기초");
    let spec = quiz_spec(&format!("c={technical}&c={basics}&n=all&seed=1"));
    assert_eq!(spec.draw().len(), 65);
    let deck = deck::DECKS[0].id;
    assert_eq!(
        quiz_spec(&format!("c={deck}&n=all")).draw().len(),
        CARDS.len()
    );
    assert_eq!(quiz_spec("n=all").draw().len(), CARDS.len());
}

#[test]
fn a_card_list_quiz_asks_exactly_those_cards() {
    let ids = [CARDS[3].id, CARDS[40].id, CARDS[3].id, "gone"];
    let query = ids
        .iter()
        .map(|id| format!("k={id}"))
        .collect::<Vec<_>>()
        .join("&");
    let spec = quiz_spec(&format!("{query}&n=all&seed=77"));
    let mut drawn: Vec<&str> = spec.draw().iter().map(|c| c.id).collect();
    drawn.sort_unstable();
    let mut expected = vec![CARDS[3].id, CARDS[40].id];
    expected.sort_unstable();
    assert_eq!(drawn, expected);
}

#[test]
fn unknown_categories_draw_nothing_rather_than_everything() {
    assert!(quiz_spec("c=no/such&n=all").draw().is_empty());
}

#[test]
fn a_count_larger_than_the_pool_asks_every_card_once() {
    let spec = quiz_spec(&format!("c={}&n=50&seed=3", category_id("파이썬")));
    assert_eq!(spec.draw().len(), 4);
}

mod sessions {
    use foldcards::deck::CARDS;
    use foldcards::study::quiz::{Quiz, Source};
    use foldcards::study::session::SavedSession;

    const MIDNIGHT_MS: u64 = 1_764_000_000_000;

    /// A review of the first three cards, one graded, started at `started_ms`.
    fn saved_review(started_ms: u64) -> SavedSession {
        let mut quiz = Quiz::open(
            Source::Review,
            CARDS[..3].iter().collect(),
            None,
            started_ms,
            0,
        );
        quiz.session.reveal();
        quiz.session
            .grade(foldcards::progress::Grade::Good, started_ms + 1);
        quiz.saved()
    }

    #[test]
    fn a_review_resumes_its_own_cards_the_same_day_whatever_is_due_now() {
        let now_due: Vec<_> = CARDS[10..15].iter().collect();
        let quiz = Quiz::open(
            Source::Review,
            now_due,
            Some(saved_review(MIDNIGHT_MS + 1000)),
            MIDNIGHT_MS + 5000,
            MIDNIGHT_MS,
        );
        let ids: Vec<&str> = quiz.cards.iter().map(|card| card.id).collect();
        assert_eq!(ids, [CARDS[0].id, CARDS[1].id, CARDS[2].id]);
        assert_eq!(quiz.session.current(), Some(1));
    }

    #[test]
    fn a_review_started_yesterday_starts_afresh_with_todays_cards() {
        let now_due: Vec<_> = CARDS[10..15].iter().collect();
        let quiz = Quiz::open(
            Source::Review,
            now_due,
            Some(saved_review(MIDNIGHT_MS - 1000)),
            MIDNIGHT_MS + 5000,
            MIDNIGHT_MS,
        );
        assert_eq!(quiz.cards[0].id, CARDS[10].id);
        assert_eq!(quiz.session.current(), Some(0));
    }

    #[test]
    fn what_is_written_stays_with_its_card_until_it_is_graded_or_skipped() {
        use foldcards::progress::Grade;
        let mut quiz = Quiz::open(Source::Review, CARDS[..3].iter().collect(), None, 0, 0);
        quiz.typed = "원자성".into();
        assert!(
            !quiz.grade(Grade::Good, 1),
            "no grade before the answer shows"
        );
        assert_eq!(quiz.typed, "원자성");
        quiz.session.reveal();
        assert_eq!(quiz.typed, "원자성", "shown beside the answer");
        assert!(quiz.grade(Grade::Good, 2));
        assert_eq!(quiz.typed, "", "the next card starts empty");
        quiz.typed = "인덱스".into();
        assert!(quiz.skip(3));
        assert_eq!(quiz.typed, "");
    }
}
