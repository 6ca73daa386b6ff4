//! Notes as people really write them (`tests/fixtures/real-notes`): every
//! style reads into the cards a reader of the GitHub page would expect, and
//! every assumption is a warning at its line.

mod common;

use std::path::PathBuf;

use common::{cards, fixture, warnings_of};
use foldcards_notes::{Card, Deck, Library};
use insta::{assert_snapshot, with_settings};

fn deck<'a>(library: &'a Library, title: &str) -> &'a Deck {
    library
        .decks
        .iter()
        .find(|d| d.title == title)
        .unwrap_or_else(|| panic!("no deck {title}"))
}

fn card<'a>(deck: &'a Deck, question: &str) -> &'a Card {
    cards(&deck.root)
        .into_iter()
        .find(|c| c.question_text == question)
        .unwrap_or_else(|| {
            let all: Vec<_> = cards(&deck.root)
                .iter()
                .map(|c| c.question_text.clone())
                .collect();
            panic!("no card {question:?} in {all:#?}")
        })
}

/// HTML without its tags, to look for text that highlighting splits up.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn tree(deck: &Deck) -> Vec<(String, usize)> {
    deck.root
        .walk()
        .iter()
        .map(|c| (c.title.clone(), c.cards.len()))
        .collect()
}

#[test]
fn every_file_in_every_folder_is_a_deck() {
    let library = fixture("real-notes");
    let decks: Vec<(&str, &str)> = library
        .decks
        .iter()
        .map(|d| (d.title.as_str(), d.folder.as_str()))
        .collect();
    assert_eq!(
        decks,
        [
            ("Broken but readable", ""),
            ("네트워크 퀴즈", ""),
            ("JavaScript Questions", ""),
            ("자바 면접 질문", ""),
            ("운영체제", ""),
            ("Databases", ""),
            ("Java basics", "java"),
            ("Spring basics", "spring"),
        ]
    );
}

#[test]
fn a_question_heading_above_a_labelled_fold_is_the_question_not_a_category() {
    let library = fixture("real-notes");
    let java = deck(&library, "자바 면접 질문");
    assert_eq!(
        tree(java),
        [
            ("자바 면접 질문".to_owned(), 0),
            ("기본".to_owned(), 4),
            ("컬렉션".to_owned(), 1)
        ],
        "the commented-out template is not read, and no question heading makes a category"
    );
    let java_card = card(java, "Q. 자바란 무엇인가?");
    assert_eq!(
        java_card.answer_html,
        "<p>JVM 위에서 동작하는 객체 지향 언어입니다.</p>"
    );
    assert_eq!(java_card.body_html, "");

    let code = card(java, "Q2. 다음 코드의 출력은?");
    assert!(
        code.body_html
            .starts_with("<pre tabindex=\"0\"><code class=\"language-java\">"),
        "the code under the heading is the question's body: {}",
        code.body_html
    );
    assert!(text(&code.body_html).contains("System.out.println(a == b);"));
    assert!(
        code.body_html.contains("<span class=\"s\">\"hi\"</span>"),
        "the code is highlighted: {}",
        code.body_html
    );
    assert!(!code.answer_html.contains("println"));
}

#[test]
fn card_ids_come_from_the_title_without_numbering() {
    let library = fixture("real-notes");
    let java = deck(&library, "자바 면접 질문");
    let renumbered = foldcards_notes::parse(&[foldcards_notes::Source {
        path: "content/other.md".into(),
        folder: String::new(),
        text: "## 기본\n\n#### 7) 다음 코드의 출력은?\n\n```java\nSystem.out.println(1);\n```\n\n<details><summary>답변</summary>\n\n1\n</details>\n"
            .into(),
    }])
    .unwrap();
    assert_eq!(
        cards(&renumbered.decks[0].root)[0].id,
        card(java, "Q2. 다음 코드의 출력은?").id,
        "renumbering and editing the code keep the id"
    );
}

#[test]
fn follow_up_questions_inside_an_answer_are_cards_linked_to_their_parent() {
    let library = fixture("real-notes");
    let java = deck(&library, "자바 면접 질문");
    let basics = &java.root.children[0];
    let questions: Vec<(&str, Option<usize>)> = basics
        .cards
        .iter()
        .map(|c| (c.question_text.as_str(), c.follow_up_of))
        .collect();
    assert_eq!(
        questions,
        [
            ("Q. 자바란 무엇인가?", None),
            ("Q2. 다음 코드의 출력은?", None),
            ("Q3. equals()와 hashCode()를 함께 재정의하는 이유는?", None),
            ("꼬리질문: hashCode만 같으면 같은 객체인가?", Some(2)),
        ]
    );
    let parent = &basics.cards[2];
    assert!(
        parent
            .answer_html
            .contains("<summary>꼬리질문: hashCode만 같으면 같은 객체인가?</summary>"),
        "the follow-up stays folded inside its parent's answer: {}",
        parent.answer_html
    );
    assert!(
        parent.answer_html.contains("<summary>예시 코드</summary>"),
        "a labelled nested fold stays part of the answer"
    );
    assert_eq!(
        basics.cards[3].answer_html,
        "<p>아니요. 충돌이 있을 수 있어 <code>equals()</code>로 다시 비교합니다.</p>"
    );
}

#[test]
fn authored_choices_with_named_answers_are_choice_questions() {
    let library = fixture("real-notes");
    let js = deck(&library, "JavaScript Questions");
    assert_eq!(tree(js), [("JavaScript Questions".to_owned(), 4)]);

    let first = card(js, "Question 1. What does this print?");
    let choices: Vec<(&str, &str)> = first
        .choices
        .iter()
        .map(|c| (c.label.as_str(), c.html.as_str()))
        .collect();
    assert_eq!(
        choices,
        [
            ("A", "<code>\"null\"</code>"),
            ("B", "<code>\"object\"</code>"),
            ("C", "<code>\"undefined\"</code>")
        ]
    );
    assert_eq!(first.correct, [1]);
    assert!(
        text(&first.body_html).contains("console.log(typeof null);"),
        "{}",
        first.body_html
    );
    assert!(
        !first.body_html.contains("undefined"),
        "the options leave the body"
    );
    assert!(
        first.answer_html.contains("<h4>Answer: B</h4>"),
        "{}",
        first.answer_html
    );

    let second = card(js, "Question 2. Which of these are falsy?");
    assert_eq!(second.correct, [1, 4]);
    assert_eq!(second.choices.len(), 5);
    assert_eq!(second.body_html, "");

    let plain = card(js, "Question 3. What is hoisting?");
    assert!(plain.choices.is_empty());

    let closure = card(js, "Question 4. What is a closure?");
    with_settings!({
        description => "a <div markdown=\"1\"> wrapper is read as Markdown, with its blockquote",
    }, {
        assert_snapshot!("closure_answer_from_a_markdown_div", closure.answer_html);
    });
}

#[test]
fn korean_choices_in_a_summary_or_under_a_heading() {
    let library = fixture("real-notes");
    let quiz = deck(&library, "네트워크 퀴즈");
    assert_eq!(
        tree(quiz),
        [("네트워크 퀴즈".to_owned(), 0), ("전송 계층".to_owned(), 3)]
    );
    let tcp = card(quiz, "TCP의 특징으로 옳은 것은?");
    let labels: Vec<&str> = tcp.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"]);
    assert_eq!(tcp.correct, [1]);
    assert_eq!(tcp.choices[1].html, "흐름 제어를 한다");

    let udp = card(quiz, "다음 중 UDP를 쓰는 프로토콜을 모두 고르면?");
    assert_eq!(udp.correct, [1, 3]);
    assert_eq!(udp.choices[3].html, "DHCP");
    assert!(card(quiz, "3-way handshake 과정은?").choices.is_empty());
}

#[test]
fn folds_nested_in_list_items_ask_the_items_text() {
    let library = fixture("real-notes");
    let os = deck(&library, "운영체제");
    assert_eq!(
        tree(os),
        [
            ("운영체제".to_owned(), 0),
            ("프로세스".to_owned(), 2),
            ("메모리".to_owned(), 2)
        ]
    );
    let process = card(os, "프로세스와 스레드의 차이는?");
    with_settings!({
        description => "only the fold's own indentation is removed",
    }, {
        assert_snapshot!("process_answer_from_a_list_item", process.answer_html);
    });
    card(os, "컨텍스트 스위칭이란?");
    card(os, "페이지 폴트란 무엇인가?");
    card(os, "가상 메모리를 쓰는 이유는?");
    assert_eq!(
        os.root.children[0].notes_html, "",
        "the items became questions"
    );
}

#[test]
fn unfinished_answers_are_marked_not_dropped() {
    let library = fixture("real-notes");
    let db = deck(&library, "Databases");
    let unfinished: Vec<(&str, bool)> = cards(&db.root)
        .iter()
        .map(|c| (c.question_text.as_str(), c.unfinished))
        .collect();
    assert_eq!(
        unfinished,
        [
            ("What is a covering index?", true),
            ("When does an index hurt writes?", true),
            ("What is a B-tree?", true),
            ("클러스터드 인덱스란?", true),
            ("What is selectivity?", false),
        ]
    );
}

#[test]
fn broken_structure_reads_like_a_browser_with_a_warning_each() {
    let library = fixture("real-notes");
    let broken = deck(&library, "Broken but readable");
    assert_eq!(
        tree(broken),
        [
            ("Broken but readable".to_owned(), 0),
            ("Networking".to_owned(), 2),
            ("Security".to_owned(), 2)
        ],
        "the contents fold is not a card"
    );
    let socket = card(broken, "What is a socket?");
    assert_eq!(socket.question_html, "What is a <strong>socket</strong>?");
    assert_eq!(
        socket.answer_html,
        "<p>An endpoint for sending and receiving data.<br>Identified by an address and a port.<br>Or a path.</p>"
    );
    assert_eq!(
        card(broken, "What is NAT?").answer_html,
        "<p>Translating private addresses to a public one.</p>",
        "an unclosed fold ends before the next heading of its level"
    );
    assert_eq!(
        card(broken, "What is CSRF?").answer_html,
        "<p>Forging a request from a user's browser to a site where they are signed in.</p>"
    );
    assert_eq!(
        warnings_of(&library, "broken.md"),
        [
            "3: a fold holding only links (a table of contents?) is not a card: left out",
            "17: </details> without a matching <details>: ignored",
            "19: <details> is never closed: read as ending before the heading on line 24",
            "31: <details> has an empty <summary> and nothing above it to ask: left out",
            "39: <details> has no <summary>: its question is taken from just above it",
        ]
    );
}

#[test]
fn label_folds_are_counted_in_one_warning_per_file() {
    let library = fixture("real-notes");
    assert_eq!(
        warnings_of(&library, "english-questions.md"),
        ["13: 4 fold(s) from here on have a summary that only labels the answer (such as \"Answer\" or \"답변\"): each takes its question from the heading or text just above it"]
    );
}

#[test]
fn files_of_the_same_name_in_two_folders_are_two_decks_linked_by_path() {
    let library = fixture("real-notes");
    let ids: Vec<&str> = library.decks.iter().map(|d| d.id.as_str()).collect();
    assert!(
        ids.contains(&"java-basics") && ids.contains(&"spring-basics"),
        "{ids:?}"
    );
    let spring = deck(&library, "Spring basics");
    assert_snapshot!("spring_notes_linking_decks_by_path", spring.root.notes_html);
    assert!(
        card(spring, "What is a bean?").answer_html.contains(
            "<img src=\"notes/java/images/heap.svg\" width=\"60\" alt=\"The same diagram\">"
        ),
        "an HTML image is copied too: {}",
        card(spring, "What is a bean?").answer_html
    );
}

#[test]
fn relative_images_are_kept_and_missing_ones_warned() {
    let library = fixture("real-notes");
    let java = deck(&library, "Java basics");
    let heap = card(java, "How is the heap laid out?");
    assert!(
        heap.answer_html
            .contains("<img src=\"notes/java/images/heap.svg\" alt=\"Heap generations\">"),
        "{}",
        heap.answer_html
    );
    assert!(
        card(java, "What does the stack hold?")
            .answer_html
            .starts_with("<p>Stack frames</p>"),
        "a missing image is its text"
    );
    assert_eq!(
        library.assets,
        [foldcards_notes::Asset {
            source: PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/real-notes/java/images/heap.svg"),
            url: "notes/java/images/heap.svg".into(),
        }]
    );
    assert_eq!(
        warnings_of(&library, "basics.md"),
        ["16: image images/missing.png is not in the content folder: its text is shown instead"]
    );
}

#[test]
fn the_notes_language_is_korean_from_30_percent_hangul_letters() {
    let source = |text: &str| foldcards_notes::Source {
        path: "content/a.md".into(),
        folder: String::new(),
        text: text.into(),
    };
    let fold = |q: &str| format!("<details><summary>{q}</summary>\n\nA\n</details>\n");
    let korean = foldcards_notes::parse(&[source(
        &(fold("트랜잭션") + &fold("What is a B-tree index?")),
    )])
    .unwrap();
    // 4 Hangul of 4 + 16 letters: 20%. Then with one more Korean question, over 30%.
    assert_eq!(foldcards_notes::language(&korean), "en");
    let more = foldcards_notes::parse(&[source(
        &(fold("트랜잭션") + &fold("인덱스란 무엇인가") + &fold("What is a B-tree index?")),
    )])
    .unwrap();
    assert_eq!(foldcards_notes::language(&more), "ko");
    assert_eq!(
        foldcards_notes::language(&fixture("real-notes")),
        "en",
        "the fixture folder is mostly English"
    );
}
