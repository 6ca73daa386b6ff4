//! Every rule of the notes format and every error message, on small fixtures.

mod common;

use common::{parse_one, source};
use foldcards_notes::{
    derive_card_id, normalize_question, parse, Card, Category, Diagnostic, Library,
};
use insta::assert_snapshot;

fn errors_of(text: &str) -> Vec<String> {
    parse(&[source("content/bad.md", text)])
        .expect_err("the notes are malformed")
        .iter()
        .map(Diagnostic::to_string)
        .collect()
}

fn all_cards(category: &Category) -> Vec<&Card> {
    category
        .walk()
        .into_iter()
        .flat_map(|c| c.cards.iter())
        .collect()
}

fn only_card(library: &Library) -> &Card {
    let cards = all_cards(&library.decks[0].root);
    assert_eq!(cards.len(), 1, "expected exactly one card");
    cards[0]
}

const FOLD: &str = "<details>\n<summary>Q</summary>\n\nA\n</details>\n";

/// A fold asking `question`.
fn fold(question: &str) -> String {
    format!("<details>\n<summary>{question}</summary>\n\nA\n</details>\n")
}

#[test]
fn the_first_hash_heading_titles_the_deck_and_deeper_headings_nest() {
    let library = parse_one(&format!(
        "# 면접 준비\n\nintro\n\n## 공통\n{}\n## 기술\n\n### DB\n{}\n### 웹\n{}{}\n## 마무리\n{}",
        fold("자기소개"),
        fold("인덱스"),
        fold("REST"),
        fold("CORS"),
        fold("회고")
    ));
    let deck = &library.decks[0];
    assert_eq!(deck.id, "notes");
    assert_eq!(deck.title, "면접 준비");
    assert_eq!(deck.root.notes_html, "<p>intro</p>");
    let tree: Vec<(String, usize)> = deck
        .root
        .walk()
        .iter()
        .map(|c| (c.id.clone(), c.card_count()))
        .collect();
    assert_eq!(
        tree,
        [
            ("notes".into(), 5),
            ("notes/공통".into(), 1),
            ("notes/기술".into(), 3),
            ("notes/기술/db".into(), 1),
            ("notes/기술/웹".into(), 2),
            ("notes/마무리".into(), 1),
        ]
    );
}

#[test]
fn a_file_without_a_hash_heading_is_titled_by_its_file_name() {
    let library = parse(&[source(
        "content/Python Basics.md",
        &format!("## GIL\n{FOLD}"),
    )])
    .unwrap();
    assert_eq!(library.decks[0].title, "Python Basics");
    assert_eq!(library.decks[0].id, "python-basics");
    assert_eq!(library.decks[0].root.children[0].id, "python-basics/gil");
}

#[test]
fn folds_before_any_category_belong_to_the_deck_itself() {
    let library = parse_one(&format!("# Deck\n{FOLD}\n## Later\n"));
    assert_eq!(library.decks[0].root.cards.len(), 1);
    assert_eq!(library.decks[0].root.children[0].cards.len(), 0);
}

#[test]
fn each_file_is_its_own_deck_in_file_name_order() {
    let library = parse(&[
        source("content/a.md", &format!("# A\n{FOLD}")),
        source(
            "content/b.md",
            "# B\n<details><summary>Other</summary>x</details>\n",
        ),
    ])
    .unwrap();
    let titles: Vec<&str> = library.decks.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, ["A", "B"]);
}

#[test]
fn an_answer_may_follow_the_summary_without_a_blank_line() {
    let library = parse_one(
        "<details>\n<summary>인덱스</summary>\nbtree **정렬**\n- 해시\n- 비트맵\n</details>\n",
    );
    assert_snapshot!(
        "answer_right_under_the_summary",
        only_card(&library).answer_html
    );
}

#[test]
fn line_breaks_inside_a_paragraph_are_kept() {
    let library = parse_one("<details><summary>Q</summary>\n\n첫 줄\n둘째 줄\n</details>");
    assert_eq!(only_card(&library).answer_html, "<p>첫 줄<br>\n둘째 줄</p>");
}

#[test]
fn tags_may_carry_spaces_attributes_and_share_a_line() {
    let library = parse_one(
        "<details> \n<summary> 트랜잭션 </summary>\nACID\n</details> \n\
         <details open><summary style=\"font-weight: bold\">Same line</summary>B</details>\n",
    );
    let cards = all_cards(&library.decks[0].root);
    assert_eq!(cards[0].question_text, "트랜잭션");
    assert_eq!(cards[0].answer_html, "<p>ACID</p>");
    assert_eq!(cards[1].question_text, "Same line");
    assert_eq!(cards[1].question_html, "Same line");
    assert_eq!(cards[1].answer_html, "<p>B</p>");
}

#[test]
fn questions_are_inline_markdown() {
    let library = parse_one("<details>\n<summary>`is`와 `==` 차이</summary>\nA\n</details>\n");
    let card = only_card(&library);
    assert_eq!(card.question_html, "<code>is</code>와 <code>==</code> 차이");
    assert_eq!(card.question_text, "is와 == 차이");
}

#[test]
fn a_question_that_looks_like_a_list_item_stays_text() {
    let library = parse_one("<details><summary>1. 왜 *Rust* 인가</summary>A</details>");
    assert_eq!(
        only_card(&library).question_html,
        "1. 왜 <em>Rust</em> 인가"
    );
}

#[test]
fn raw_html_answers_and_entities_are_kept() {
    let library = parse_one(
        "<details><summary>Q</summary>\n<p>첫째</br>둘째 &lt;b&gt; &amp; ok</p>\n</details>",
    );
    assert_eq!(
        only_card(&library).answer_html,
        "<p>첫째<br>둘째 &lt;b&gt; &amp; ok</p>"
    );
}

#[test]
fn fenced_code_is_rendered_and_may_contain_fold_tags() {
    let library = parse_one(
        "<details><summary>Fold syntax</summary>\n\n```html\n<details>\n</details>\n```\n~~~\n</summary>\n~~~\n</details>\n",
    );
    let answer = &only_card(&library).answer_html;
    assert_snapshot!("fenced_code_with_fold_tags_answer", answer);
    assert!(answer.contains("&lt;/summary&gt;"), "{answer}");
}

#[test]
fn fenced_code_with_a_language_is_highlighted_at_build_time() {
    let library = parse_one(
        "<details><summary>Q</summary>\n\n```sql\nSELECT 1 -- one\n```\n\n```klingon\nqapla'\n```\n\n<span class=\"k evil\">x</span>\n</details>",
    );
    let answer = &only_card(&library).answer_html;
    assert_snapshot!("highlighted_and_plain_code_answer", answer);
    assert!(
        answer.contains("<code class=\"language-klingon\">qapla'\n</code>"),
        "an unknown language stays plain: {answer}"
    );
    assert!(
        answer.contains("<span class=\"k\">x</span>"),
        "a note's own classes other than the highlighter's are dropped: {answer}"
    );
}

#[test]
fn inline_code_may_mention_fold_tags() {
    let library =
        parse_one("<details><summary>Q</summary>\nwrite `</details>` to close\n</details>\n");
    assert_eq!(
        only_card(&library).answer_html,
        "<p>write <code>&lt;/details&gt;</code> to close</p>"
    );
}

#[test]
fn nested_lists_are_rendered() {
    let library = parse_one("<details><summary>Q</summary>\n\n- 동기식\n    - 정합성 최상\n    - 느림\n- 비동기식\n</details>");
    assert_snapshot!("nested_list_answer", only_card(&library).answer_html);
}

#[test]
fn a_fold_or_heading_inside_an_answer_belongs_to_the_answer() {
    let library = parse_one(
        "## Cat\n<details><summary>Outer</summary>\n\n## Not a category\n\n<details>\n<summary>Hint</summary>\n\ninner\n</details>\n\nafter\n</details>\n",
    );
    let deck = &library.decks[0];
    assert_eq!(deck.root.walk().len(), 2, "only the deck and Cat");
    let card = only_card(&library);
    assert_eq!(card.question_text, "Outer");
    assert_snapshot!("answer_holding_a_heading_and_a_fold", card.answer_html);
    assert!(
        card.answer_html.contains("<h2>Not a category</h2>"),
        "{}",
        card.answer_html
    );
    assert!(
        card.answer_html
            .contains("<details>\n<summary>Hint</summary>"),
        "{}",
        card.answer_html
    );
    assert!(
        card.answer_html.ends_with("<p>after</p>"),
        "{}",
        card.answer_html
    );
}

#[test]
fn text_outside_folds_is_the_category_notes_and_rules_are_dropped() {
    let library = parse_one(&format!(
        "## Cat\n\nBefore.\n\n{FOLD}\nBetween *folds*.\n\n---\n## Next\n"
    ));
    let cat = &library.decks[0].root.children[0];
    assert_eq!(
        cat.notes_html,
        "<p>Before.</p>\n<p>Between <em>folds</em>.</p>"
    );
    assert_eq!(library.decks[0].root.children[1].notes_html, "");
}

#[test]
fn a_link_to_a_missing_local_file_warns_and_renders_as_text() {
    // Read as fold notes, so that the section stays a category's notes (in
    // heading notes it would be the card "과제").
    let library = parse_one("---\nfoldcards: folds\n---\n## 과제\n\n- 리뷰 시스템\n\n- [티켓 예약](ticket_system.md)\n- [docs](https://example.com/a.md)\n");
    let notes = &library.decks[0].root.children[0].notes_html;
    assert!(notes.contains("<li>\n<p>티켓 예약</p>\n</li>"), "{notes}");
    assert!(!notes.contains("ticket_system.md"), "{notes}");
    assert!(
        notes.contains("<a href=\"https://example.com/a.md\" rel=\"noopener noreferrer\">docs</a>"),
        "{notes}"
    );
    let warnings: Vec<String> = library.warnings.iter().map(Diagnostic::to_string).collect();
    assert_eq!(
        warnings,
        [
            "content/notes.md:1: no questions found: no <details> fold asks a question in its <summary> or just above it; the deck shows only its notes",
            "content/notes.md:8: link to ticket_system.md, which is not in the content folder: shown as plain text",
        ]
    );
}

#[test]
fn a_link_to_another_notes_file_opens_that_deck() {
    let library = parse(&[
        source(
            "content/main.md",
            "# Main\n\nSee [the design](./system-design.md#queues).\n",
        ),
        source("content/system-design.md", "# Design\n"),
    ])
    .unwrap();
    let warnings: Vec<String> = library.warnings.iter().map(Diagnostic::to_string).collect();
    assert_eq!(
        warnings,
        [
            "content/main.md:1: no questions found: no heading asks a question (ends with \"?\" or is numbered) or names a topic its section explains; the deck shows only its notes",
            "content/system-design.md:1: no questions found: no heading asks a question (ends with \"?\" or is numbered) or names a topic its section explains; the deck shows only its notes",
        ],
        "the link resolves: only the decks without questions are warned about"
    );
    assert_snapshot!(
        "notes_linking_another_deck",
        library.decks[0].root.notes_html
    );
}

#[test]
fn card_ids_come_from_the_normalised_question() {
    let library = parse_one("<details><summary>  Process   vs `Thread` </summary>A</details>");
    let card = only_card(&library);
    assert_eq!(
        card.id,
        derive_card_id(&normalize_question("process vs thread"))
    );
}

#[test]
fn card_ids_survive_moving_a_card_and_editing_its_answer() {
    let before =
        parse_one("## 기초\n<details><summary>GIL</summary>old answer</details>\n## 파이썬\n");
    let after = parse_one(
        "## 기초\n## 파이썬\n<details><summary>GIL</summary>\n\nfixed answer\n</details>\n",
    );
    let id = |library: &Library| all_cards(&library.decks[0].root)[0].id.clone();
    assert_eq!(id(&before), id(&after));
}

#[test]
fn decomposed_hangul_gives_the_same_id_as_composed() {
    let composed = parse_one("<details><summary>한글</summary>A</details>");
    let decomposed = parse_one(
        "<details><summary>\u{1112}\u{1161}\u{11ab}\u{1100}\u{1173}\u{11af}</summary>A</details>",
    );
    assert_eq!(only_card(&composed).id, only_card(&decomposed).id);
}

#[test]
fn an_explicit_id_attribute_wins() {
    let library = parse_one("<details id=\"tx-acid\">\n<summary>트랜잭션</summary>A</details>");
    assert_eq!(only_card(&library).id, "tx-acid");
}

#[test]
fn the_same_question_twice_gets_distinct_ids_and_a_warning() {
    let text = "## A\n<details><summary>Fargate</summary>1</details>\n## B\n<details><summary>fargate </summary>2</details>\n";
    let library = parse_one(text);
    let ids: Vec<String> = all_cards(&library.decks[0].root)
        .iter()
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(ids[1], format!("{}-2", ids[0]));
    assert_eq!(
        ids,
        all_cards(&parse_one(text).decks[0].root)
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(library.warnings.len(), 1);
    let warning = library.warnings[0].to_string();
    assert!(
        warning.starts_with(
            "content/notes.md:4: the same question appears twice (first at content/notes.md:2)"
        ),
        "{warning}"
    );
}

#[test]
fn a_derived_id_never_takes_an_explicit_one() {
    let taken = derive_card_id(&normalize_question("Q"));
    let library = parse_one(&format!(
        "<details><summary>Q</summary>A</details>\n<details id=\"{taken}\"><summary>Other</summary>B</details>\n"
    ));
    let ids: Vec<String> = all_cards(&library.decks[0].root)
        .iter()
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(ids, [format!("{taken}-2"), taken]);
}

fn warnings_of(text: &str) -> Vec<String> {
    parse_one(text)
        .warnings
        .iter()
        .map(Diagnostic::to_string)
        .collect()
}

#[test]
fn an_unclosed_fold_ends_at_the_end_of_the_file_with_a_warning() {
    let text = "# D\n\n<details>\n<summary>Q</summary>\nanswer\n";
    assert_eq!(only_card(&parse_one(text)).answer_html, "<p>answer</p>");
    assert_eq!(
        warnings_of(text),
        ["content/notes.md:3: <details> is never closed: read as ending at the end of the file"]
    );
}

#[test]
fn an_unclosed_fold_ends_before_a_heading_of_its_level_but_not_a_deeper_one() {
    let library = parse_one(
        "## A\n<details><summary>Open</summary>\n\n### Inside\n\ntext\n\n## B\n<details><summary>Closed</summary>\n\n## Kept inside\n</details>\n",
    );
    let a = &library.decks[0].root.children[0];
    assert!(a.cards[0].answer_html.contains("<h3>Inside</h3>"));
    let b = &library.decks[0].root.children[1];
    assert_eq!(b.title, "B");
    assert_eq!(b.cards[0].answer_html, "<h2>Kept inside</h2>");
}

#[test]
fn a_fold_without_a_summary_and_nothing_above_is_left_out_with_a_warning() {
    let library = parse_one("<details>\nanswer first\n</details>\n<details></details>");
    assert!(library.decks[0].root.cards.is_empty());
    assert_eq!(
        library
            .warnings
            .iter()
            .map(Diagnostic::to_string)
            .collect::<Vec<_>>(),
        [
            "content/notes.md:1: <details> has no <summary> and nothing above it to ask: left out",
            "content/notes.md:1: no questions found: no <details> fold asks a question in its <summary> or just above it; the deck shows only its notes",
            "content/notes.md:4: <details> has no <summary> and nothing above it to ask: left out"
        ]
    );
}

#[test]
fn a_label_fold_with_nothing_above_it_is_left_out_with_a_warning() {
    let library = parse_one("<details><summary>Answer</summary>\n\nlost\n</details>\n");
    assert!(library.decks[0].root.cards.is_empty());
    assert_eq!(
        library.warnings[0].to_string(),
        "content/notes.md:1: this fold's summary only labels the answer, and nothing above it asks a question: left out"
    );
}

#[test]
fn a_file_of_one_question_asks_its_title() {
    let library =
        parse_one("# JVM이란?\n\n<details><summary>답변</summary>\n\n자바 가상 머신\n</details>\n");
    assert_eq!(
        library.decks[0].title, "notes",
        "the file name titles the deck"
    );
    assert_eq!(only_card(&library).question_text, "JVM이란?");
}

#[test]
fn under_a_category_the_paragraph_just_above_a_fold_is_its_question() {
    let library = parse_one(
        "## 운영체제\n\n운영체제 질문 모음입니다.\n\n**프로세스와 스레드의 차이**\n\n<details><summary>답변</summary>\n\n메모리 공유\n</details>\n\n**데드락 조건**\n<details><summary>답변</summary>\n\n네 가지\n</details>\n\n## 1. 네트워크\n\nTCP와 UDP의 차이는?\n\n<details><summary>답변</summary>\n\n연결\n</details>\n",
    );
    let tree: Vec<(String, Vec<String>)> = library.decks[0]
        .root
        .children
        .iter()
        .map(|c| {
            (
                c.title.clone(),
                c.cards
                    .iter()
                    .map(|card| card.question_text.clone())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        tree,
        [
            (
                "운영체제".to_owned(),
                vec![
                    "프로세스와 스레드의 차이".to_owned(),
                    "데드락 조건".to_owned()
                ]
            ),
            (
                "1. 네트워크".to_owned(),
                vec!["TCP와 UDP의 차이는?".to_owned()]
            ),
        ]
    );
    assert_eq!(
        library.decks[0].root.children[0].notes_html,
        "<p>운영체제 질문 모음입니다.</p>"
    );
}

#[test]
fn a_heading_that_only_numbers_a_question_makes_no_category() {
    let library = parse_one(
        "## Question 1\n\nWhat does this print?\n\n```js\nconsole.log(1)\n```\n\n<details><summary>Answer</summary>\n\n1\n</details>\n\n### Q2\n\nExplain garbage collection.\n\n<details><summary>Answer</summary>\n\nReclaiming memory.\n</details>\n",
    );
    let deck = &library.decks[0];
    assert!(deck.root.children.is_empty(), "{:#?}", deck.root.children);
    let questions: Vec<&str> = deck
        .root
        .cards
        .iter()
        .map(|c| c.question_text.as_str())
        .collect();
    assert_eq!(
        questions,
        ["What does this print?", "Explain garbage collection."]
    );
    assert!(deck.root.cards[0].body_html.contains("language-js"));
}

#[test]
fn options_written_straight_under_a_question_are_its_choices() {
    let library = parse_one(
        "**Q. 다음 중 옳은 것은?**\nA) 가\nB) 나\nC) 다\n\n<details><summary>정답</summary>\n\n답: B\n</details>\n\nWhich is a bold label?\n\n- **A.** foo\n- **B.** bar\n\n<details><summary>Answer</summary>\n\n**Answer:** B\n</details>\n",
    );
    let cards = &library.decks[0].root.cards;
    assert_eq!(cards[0].question_text, "Q. 다음 중 옳은 것은?");
    assert_eq!(cards[0].choices.len(), 3);
    assert_eq!(cards[0].correct, [1]);
    assert_eq!(
        cards[1]
            .choices
            .iter()
            .map(|c| c.html.as_str())
            .collect::<Vec<_>>(),
        ["foo", "bar"]
    );
    assert_eq!(cards[1].correct, [1]);
}

#[test]
fn numbered_summaries_keep_the_ids_they_had() {
    let library = parse_one("<details><summary>Q1. 자바란?</summary>\n\nA\n</details>\n");
    assert_eq!(
        only_card(&library).id,
        derive_card_id(&normalize_question("Q1. 자바란?"))
    );
}

#[test]
fn a_byte_order_mark_and_line_breaks_in_a_summary_are_read_as_github_does() {
    let library =
        parse_one("\u{feff}# 제목\n\n<details><summary>줄<br>바꿈</summary>\n\nA\n</details>\n");
    assert_eq!(library.decks[0].title, "제목");
    assert_eq!(only_card(&library).question_text, "줄 바꿈");
}

#[test]
fn labelled_folds_right_after_a_card_add_to_its_answer() {
    let library = parse_one(
        "### 1. Two Sum\n\nFind two numbers that add up to a target.\n\n<details><summary>Hint</summary>\n\nUse a map.\n</details>\n<details><summary>Solution</summary>\n\nOne pass.\n</details>\n<details><summary>Solution 2</summary>\n\nSort first.\n</details>\n",
    );
    let card = only_card(&library);
    assert_eq!(card.question_text, "1. Two Sum");
    assert_eq!(
        card.body_html,
        "<p>Find two numbers that add up to a target.</p>"
    );
    assert_snapshot!("answer_with_labelled_folds_added", card.answer_html);
}

#[test]
fn an_empty_summary_takes_the_heading_above() {
    let library = parse_one("## 트랜잭션이란?\n\n<details><summary>  </summary>ACID</details>");
    assert_eq!(only_card(&library).question_text, "트랜잭션이란?");
    assert_eq!(library.decks[0].root.children.len(), 0);
    assert_eq!(
        library.warnings[0].to_string(),
        "content/notes.md:3: <details> has an empty <summary>: its question is taken from just above it"
    );
}

#[test]
fn an_unclosed_summary_is_the_whole_question_with_no_answer() {
    let library = parse_one("<details><summary>Q\nA\n</details>\n");
    let card = only_card(&library);
    assert_eq!(card.question_text, "Q A");
    assert!(card.unfinished);
    assert_eq!(
        library.warnings[0].to_string(),
        "content/notes.md:1: <summary> is never closed: all of it is read as the question, with no answer"
    );
}

#[test]
fn a_stray_closing_tag_is_ignored_with_a_warning() {
    let library = parse_one("text\n</details>\n<details><summary>Q</summary>A</details>");
    assert_eq!(library.decks[0].root.notes_html, "<p>text</p>");
    assert_eq!(only_card(&library).answer_html, "<p>A</p>");
    assert_eq!(
        library.warnings[0].to_string(),
        "content/notes.md:2: </details> without a matching <details>: ignored"
    );
}

#[test]
fn commented_out_folds_headings_and_links_are_not_read() {
    let library = parse_one(
        "## Real\n<!-- <details><summary>Template</summary></details> -->\n<!--\n## Hidden\n[x](missing.md)\n<details>\n-->\n<details><summary>Q</summary>A <!-- note --> B</details>\n",
    );
    assert_eq!(library.decks[0].root.children.len(), 1);
    assert_eq!(only_card(&library).answer_html, "<p>A  B</p>");
    assert!(library.warnings.is_empty(), "{:?}", library.warnings);
    let in_code =
        parse_one("```html\n<!-- <details> -->\n```\n<details><summary>Q</summary>A</details>");
    assert!(in_code.decks[0]
        .root
        .notes_html
        .contains("&lt;!-- &lt;details&gt; --&gt;"));
}

#[test]
fn a_duplicate_explicit_id_is_an_error() {
    let errors = parse(&[
        source(
            "content/a.md",
            "<details id=\"x\"><summary>One</summary>1</details>",
        ),
        source(
            "content/b.md",
            "\n\n<details id=\"x\"><summary>Two</summary>2</details>",
        ),
    ])
    .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "content/b.md:3: duplicate id \"x\": already used at content/a.md:1"
    );
}

#[test]
fn an_id_that_cannot_be_linked_to_is_an_error() {
    assert_eq!(
        errors_of("<details id=\"a b/c\"><summary>Q</summary>A</details>"),
        ["content/bad.md:1: id \"a b/c\" cannot be used in a link: use letters, digits, '-', '_' or '.'"]
    );
}

#[test]
fn every_error_in_a_folder_is_reported_at_once() {
    let errors = parse(&[
        source("content/a.md", "<details id=\"x\"><summary>One</summary>1</details>\n<details id=\"a b\"><summary>Two</summary>2</details>"),
        source("content/b.md", "<details id=\"x\"><summary>Three</summary>3</details>"),
    ])
    .unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn nothing_in_the_notes_can_run_script() {
    let library = parse_one(
        "## Cat\n\n<script>alert(1)</script><img src=x onerror=\"alert(2)\">\n\n\
         <details><summary>Q <img src=x onerror=alert(3)></summary>\n\n\
         [click](javascript:alert(4)) <a href=\"#\" onclick=\"alert(5)\">x</a>\n<iframe src=\"https://evil\"></iframe>\n<style>*{}</style>\n</details>\n",
    );
    let cat = &library.decks[0].root.children[0];
    let html = format!(
        "{}{}{}",
        cat.notes_html, cat.cards[0].question_html, cat.cards[0].answer_html
    );
    for forbidden in [
        "<script",
        "onerror",
        "javascript:",
        "onclick",
        "<iframe",
        "<style",
        "alert(1)",
    ] {
        assert!(!html.contains(forbidden), "{forbidden} survived in {html}");
    }
    assert!(
        cat.cards[0].answer_html.contains("click"),
        "{}",
        cat.cards[0].answer_html
    );
}

#[test]
fn the_user_notes_format_parses_from_a_fixture_file() {
    let text = include_str!("fixtures/real-world.md");
    let library = parse(&[source("tests/fixtures/real-world.md", text)]).unwrap();
    let deck = &library.decks[0];
    assert_eq!(deck.title, "Real world");
    let counts: Vec<(String, usize)> = deck
        .root
        .walk()
        .iter()
        .map(|c| (c.title.clone(), c.card_count()))
        .collect();
    assert_eq!(
        counts,
        [
            ("Real world".into(), 4),
            ("기술 질문".into(), 4),
            ("데이터베이스".into(), 3),
            ("과제".into(), 1)
        ]
    );
    assert_eq!(library.warnings.len(), 1);
}

/// A fresh folder under the target directory for one test's notes.
fn scratch_folder(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_file_that_is_not_utf8_is_an_error() {
    let dir = scratch_folder("not-utf8");
    std::fs::write(dir.join("notes.md"), b"# \xc7\xd1\xb1\xdb\n").unwrap();
    let errors = foldcards_notes::load_dir(&dir).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .ends_with("notes.md:1: not UTF-8 text: save the notes as UTF-8"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_content_folder_without_notes_is_an_error() {
    let dir = scratch_folder("empty-content");
    std::fs::write(dir.join("README.txt"), "not notes").unwrap();
    let errors = foldcards_notes::load_dir(&dir).unwrap_err();
    assert_eq!(errors[0].message, "no .md notes in the content folder");
}
