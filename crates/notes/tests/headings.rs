//! Heading notes (`tests/fixtures/heading-notes`): files without folds whose
//! headings ask, or name a topic their section explains, read as cards; and
//! each rule of that reading on small sources.

mod common;

use common::{cards, fixture, parse_one, source, warnings_of};
use foldcards_notes::{
    derive_card_id, normalize_question, parse, Card, Category, Deck, Library, Mode, Source,
};

fn deck<'a>(library: &'a Library, file: &str) -> &'a Deck {
    library
        .decks
        .iter()
        .find(|d| d.path.ends_with(file))
        .unwrap_or_else(|| panic!("no deck from {file}"))
}

fn questions(category: &Category) -> Vec<&str> {
    cards(category)
        .iter()
        .map(|c| c.question_text.as_str())
        .collect()
}

fn card<'a>(deck: &'a Deck, question: &str) -> &'a Card {
    cards(&deck.root)
        .into_iter()
        .find(|c| c.question_text == question)
        .unwrap_or_else(|| panic!("no card {question:?} in {:#?}", questions(&deck.root)))
}

/// Each category's id, title and questions, parents first.
fn tree(deck: &Deck) -> Vec<(&str, &str, Vec<&str>)> {
    deck.root
        .walk()
        .into_iter()
        .map(|c| {
            let asked = c
                .cards
                .iter()
                .map(|card| card.question_text.as_str())
                .collect();
            (c.id.as_str(), c.title.as_str(), asked)
        })
        .collect()
}

#[test]
fn the_fixture_folder_reads_five_decks_in_their_modes_and_skips_what_is_not_notes() {
    let library = fixture("heading-notes");
    let decks: Vec<(&str, &str, Mode, usize)> = library
        .decks
        .iter()
        .map(|d| {
            let file = d.path.rsplit('/').next().unwrap();
            (file, d.title.as_str(), d.mode, d.root.card_count())
        })
        .collect();
    assert_eq!(
        decks,
        [
            ("database.md", "데이터베이스 면접 질문", Mode::Headings, 9),
            ("garbage-collection.md", "가비지 컬렉션", Mode::Headings, 2),
            (
                "javascript-questions.md",
                "JavaScript Interview Questions",
                Mode::FoldsAndHeadings,
                8
            ),
            ("network.md", "네트워크", Mode::Headings, 6),
            (
                "process-and-thread.md",
                "프로세스와 스레드의 차이",
                Mode::Headings,
                1
            ),
        ]
    );
    let skipped: Vec<&str> = library
        .skipped
        .iter()
        .map(|p| p.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        skipped,
        ["CONTRIBUTING.md", "LICENSE.md", "PULL_REQUEST_TEMPLATE.md"]
    );
    assert_eq!(
        library
            .assets
            .iter()
            .map(|a| a.url.as_str())
            .collect::<Vec<_>>(),
        ["notes/images/osi-layers.png"]
    );
}

#[test]
fn numbered_questions_nest_as_follow_ups_under_numbered_chapters() {
    let library = fixture("heading-notes");
    let db = deck(&library, "database.md");
    assert_eq!(
        tree(db),
        [
            ("database", "데이터베이스 면접 질문", vec![]),
            (
                "database/1-인덱스",
                "1. 인덱스",
                vec![
                    "인덱스(Index)란 무엇인가?",
                    "B+Tree 인덱스가 범위 검색에 유리한 이유는?",
                    "커버링 인덱스는 무엇인가?"
                ]
            ),
            (
                "database/2-정규화",
                "2. 정규화",
                vec![
                    "정규화란 무엇인가?",
                    "제1정규형은 무엇인가?",
                    "함수적 종속성이란 무엇인가?"
                ]
            ),
            (
                "database/3-트랜잭션",
                "3. 트랜잭션",
                vec![
                    "트랜잭션 격리 수준이란?",
                    "데드락은 어떻게 피하는가?",
                    "낙관적 락과 비관적 락의 차이는?"
                ]
            ),
            ("database/참고-자료", "참고 자료", vec![]),
        ],
        "the table of contents is left out; numbered chapters holding only questions are categories"
    );
    let normal_forms = &db.root.children[1].cards;
    let follow_ups: Vec<Option<usize>> = normal_forms.iter().map(|c| c.follow_up_of).collect();
    assert_eq!(follow_ups, [None, Some(0), Some(0)]);
    assert_eq!(
        normal_forms[0].answer_html,
        "<p>데이터 중복을 줄이려고 테이블을 나누는 과정입니다. 삽입, 갱신, 삭제 이상을 막습니다.</p>",
        "a nested question is not repeated in its parent's answer"
    );
    let dependency = &normal_forms[2];
    assert!(dependency
        .answer_html
        .starts_with("<p>X 값이 정해지면 Y 값이 하나로 정해질 때"));
    assert!(dependency
        .answer_html
        .contains("<code class=\"language-sql\"><span class=\"c\">-- 학번이 정해지면 이름이 정해진다\n</span>"));
    assert!(
        !dependency.answer_html.contains("목차로"),
        "back-to-top links are left out"
    );
    assert_eq!(dependency.line, 42);
    assert_eq!(dependency.body_html, "");

    let index = card(db, "인덱스(Index)란 무엇인가?");
    assert_eq!(
        index.answer_html,
        "<p>테이블의 행을 빨리 찾으려고 컬럼 값과 행의 위치를 따로 정렬해 둔 자료구조입니다.</p>\n\
         <ul>\n<li>읽기는 빨라지고</li>\n<li>쓰기마다 인덱스도 함께 고쳐야 합니다.</li>\n</ul>"
    );
    assert_eq!(index.question_html, "인덱스(Index)란 무엇인가?");
    assert_eq!(index.line, 11);
    assert_eq!(
        card(db, "커버링 인덱스는 무엇인가?").answer_html,
        "<p>쿼리에 필요한 컬럼이 모두 인덱스에 있어 테이블을 읽지 않아도 되는 인덱스입니다.</p>",
        "a heading that only numbers asks the paragraph below it"
    );
    let isolation = card(db, "트랜잭션 격리 수준이란?");
    assert_eq!(
        isolation.answer_html,
        "<p>동시에 실행되는 트랜잭션이 서로의 변경을 얼마나 볼 수 있는지 정한 단계입니다.</p>\n\
         <h4>예시</h4>\n<p>READ COMMITTED에서는 다른 트랜잭션이 커밋한 값만 읽습니다.</p>",
        "a generic section stays in its parent's answer"
    );
    let unfinished: Vec<&str> = cards(&db.root)
        .iter()
        .filter(|c| c.unfinished)
        .map(|c| c.question_text.as_str())
        .collect();
    assert_eq!(unfinished, ["데드락은 어떻게 피하는가?"]);
    assert_eq!(
        card(db, "낙관적 락과 비관적 락의 차이는?").question_html,
        "낙관적 락과 비관적 락의 차이는?",
        "the emoji shortcode and the numbering are dropped"
    );
    assert_eq!(
        db.root.children[3].notes_html,
        "<ul>\n<li>데이터베이스 교재의 정규화 장</li>\n</ul>"
    );
    assert_eq!(
        warnings_of(&library, "database.md"),
        [
            "3: \"목차\" holds only links (a table of contents?): not a card, left out",
            "18: 4 \"back to top\" link(s) from here on are navigation, not answers: left out",
            "26: heading \"문제 3\" only numbers its question: the paragraph below it is the question",
        ]
    );
}

#[test]
fn topic_headings_that_explain_are_cards_and_those_holding_topics_are_categories() {
    let library = fixture("heading-notes");
    let network = deck(&library, "network.md");
    assert_eq!(
        tree(network),
        [
            ("network", "네트워크", vec!["OSI 7계층", "HTTP", "DNS"]),
            (
                "network/tcp와-udp",
                "TCP와 UDP",
                vec!["TCP", "UDP", "둘의 차이를 한 문장으로 말하면?"]
            ),
        ]
    );
    assert_eq!(
        network.root.notes_html,
        "<p>면접에서 자주 나오는 네트워크 주제를 정리했습니다.</p>"
    );
    let osi = card(network, "OSI 7계층");
    assert!(osi.answer_html.starts_with(
        "<p><img src=\"notes/images/osi-layers.png\" alt=\"OSI 7계층 그림\"></p>\n<table>"
    ));
    assert!(osi
        .answer_html
        .contains("<tr><td>4</td><td>전송</td><td>TCP, UDP</td></tr>"));
    assert!(osi
        .answer_html
        .ends_with("<li>계층마다 헤더를 붙여 내려보냅니다(캡슐화).</li>\n</ul>"));
    assert_eq!(osi.line, 5);
    assert_eq!(
        card(network, "HTTP").answer_html,
        "<h3>특징</h3>\n<ul>\n<li>상태가 없습니다(stateless).</li>\n<li>요청과 응답으로 이뤄집니다.</li>\n</ul>\n\
         <h3>장단점</h3>\n<p>상태가 없어 서버를 늘리기 쉽지만, 로그인 상태는 쿠키나 토큰으로 따로 들고 다녀야 합니다.</p>"
    );
    assert!(card(network, "DNS").unfinished);
    assert!(!osi.unfinished);
    assert_eq!(warnings_of(&library, "network.md"), Vec::<String>::new());
}

#[test]
fn one_article_per_file_asks_its_title_with_its_generic_sections_as_the_answer() {
    let library = fixture("heading-notes");
    let article = deck(&library, "process-and-thread.md");
    assert_eq!(
        tree(article),
        [(
            "process-and-thread",
            "프로세스와 스레드의 차이",
            vec!["프로세스와 스레드의 차이"]
        )]
    );
    let answer = &article.root.cards[0].answer_html;
    assert!(answer.starts_with("<h2>개념</h2>\n<p>프로세스는 실행 중인 프로그램으로"));
    for heading in ["<h2>장점</h2>", "<h2>단점</h2>", "<h2>예시</h2>"] {
        assert!(answer.contains(heading), "{heading} in {answer}");
    }
    assert!(answer.contains("<code class=\"language-python\">"));
    assert_eq!(article.root.cards[0].line, 1);
    assert_eq!(article.root.notes_html, "");
}

#[test]
fn list_item_questions_then_fold_questions_with_choices_read_both() {
    let library = fixture("heading-notes");
    let js = deck(&library, "javascript-questions.md");
    assert_eq!(
        tree(js),
        [
            (
                "javascript-questions",
                "JavaScript Interview Questions",
                vec![
                    "How do you create an object in JavaScript?",
                    "What is hoisting",
                    "What is a closure?",
                    "What is the difference between == and ===",
                    "What is the event loop",
                ]
            ),
            (
                "javascript-questions/coding-exercises",
                "Coding Exercises",
                vec![
                    "1. What is the output of below code?",
                    "2. What is the output of below code?",
                    "3. What is the output of below code?",
                ]
            ),
        ]
    );
    let create = card(js, "How do you create an object in JavaScript?");
    assert!(create
        .answer_html
        .starts_with("<p>There are a few ways:</p>\n<ol>"));
    assert!(
        create
            .answer_html
            .contains("<pre tabindex=\"0\"><code class=\"language-javascript\"><span class=\"k\">const</span> point"),
        "the list item's indentation is removed, so its code stays code: {}",
        create.answer_html
    );
    assert!(!create.answer_html.contains("Back to Top"));
    assert_eq!(create.line, 13);
    assert_eq!(
        card(js, "What is the difference between == and ===").question_html,
        "What is the difference between <code>==</code> and <code>===</code>"
    );
    assert!(card(js, "What is the event loop").unfinished);

    let coding = &js.root.children[0].cards;
    let picked: Vec<(Vec<&str>, Vec<usize>)> = coding
        .iter()
        .map(|c| {
            (
                c.choices.iter().map(|o| o.label.as_str()).collect(),
                c.correct.clone(),
            )
        })
        .collect();
    assert_eq!(
        picked,
        [
            (vec!["1", "2", "3"], vec![1]),
            (vec!["1", "2"], vec![1]),
            (vec!["1", "2", "3"], vec![0]),
        ]
    );
    assert!(coding[1]
        .body_html
        .contains("0.1</span> + <span class=\"n\">0.2"));
    assert_eq!(
        coding[2].answer_html,
        "<h5>Answer: 1</h5>\n<p><code>String</code> is called on each element and returns its text.</p>"
    );
    assert_eq!(js.root.notes_html, "", "the table of contents is left out");
    assert_eq!(
        warnings_of(&library, "javascript-questions.md"),
        [
            "3: \"Table of Contents\" holds only links (a table of contents?): not a card, left out",
            "13: 5 heading(s) from here on ask a question and hold no fold: each is a card, its section the answer (front matter `foldcards: folds` reads only the folds)",
            "25: 8 \"back to top\" link(s) from here on are navigation, not answers: left out",
            "65: 3 fold(s) from here on have a summary that only labels the answer (such as \"Answer\" or \"답변\"): each takes its question from the heading or text just above it",
        ]
    );
}

#[test]
fn repeated_titles_take_their_ids_from_the_code_they_show() {
    let library = fixture("heading-notes");
    let js = deck(&library, "javascript-questions.md");
    let ids: Vec<&str> = js.root.children[0]
        .cards
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let plain = derive_card_id(&normalize_question("What is the output of below code?"));
    assert!(
        ids.iter().all(|id| *id != plain && !id.contains('-')),
        "{ids:?}"
    );
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), 3);

    let question = |code: &str| {
        format!(
            "#### What does this print?\n\n```js\n{code}\n```\n\n<details><summary>Answer</summary>\n\nx\n</details>\n\n"
        )
    };
    let (a, b, c) = (question("f(1)"), question("f(2)"), question("f(3)"));
    let ids_of = |text: String| -> Vec<(String, String)> {
        let library = parse_one(&text);
        assert!(
            library
                .warnings
                .iter()
                .all(|w| !w.message.contains("same question")),
            "{:#?}",
            library.warnings
        );
        let mut ids: Vec<(String, String)> = cards(&library.decks[0].root)
            .iter()
            .map(|c| (c.body_html.clone(), c.id.clone()))
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(
        ids_of(format!("{a}{b}{c}")),
        ids_of(format!("{c}{a}{b}")),
        "reordering keeps every card's id"
    );
    assert_eq!(
        card(deck(&library, "database.md"), "인덱스(Index)란 무엇인가?").id,
        derive_card_id(&normalize_question("인덱스(Index)란 무엇인가?")),
        "a title asked once keeps the id from its title alone"
    );
}

#[test]
fn a_repeated_title_gives_every_card_an_id_from_its_title_and_body() {
    let output = "## What is the output?\n\n```js\nf(1)\n```\n\none\n";
    let ids = |sources: &[Source]| -> Vec<(String, String)> {
        let library = parse(sources).unwrap_or_else(|errors| panic!("{errors:#?}"));
        assert!(library.warnings.is_empty(), "{:#?}", library.warnings);
        library
            .decks
            .iter()
            .flat_map(|d| cards(&d.root))
            .map(|c| (c.question_text.clone(), c.id.clone()))
            .collect()
    };
    let title = normalize_question("What is the output?");
    let bare = derive_card_id(&title);
    assert_eq!(
        ids(&[source("content/a.md", output)]),
        [("What is the output?".to_owned(), bare.clone())],
        "a title asked once keeps the id from its title alone"
    );
    let with_code = derive_card_id(&format!("{title}\n```js f(1) ```"));
    let with_nothing = derive_card_id(&format!("{title}\n"));
    assert_ne!(with_nothing, bare);
    assert_eq!(
        ids(&[
            source("content/a.md", output),
            source("content/b.md", "## What is the output?\n\nzzz\n"),
        ]),
        [
            ("What is the output?".to_owned(), with_code.clone()),
            ("What is the output?".to_owned(), with_nothing.clone()),
        ],
        "once the title is asked twice, no card keeps the bare-title id, the empty body included"
    );
    assert_eq!(
        ids(&[
            source("content/b.md", "## What is the output?\n\nzzz\n"),
            source("content/c.md", output),
        ]),
        [
            ("What is the output?".to_owned(), with_nothing),
            ("What is the output?".to_owned(), with_code),
        ],
        "the order of the files does not matter"
    );
}

#[test]
fn the_same_title_and_body_twice_fall_back_to_an_id_by_order() {
    let library =
        parse_one("## A\n\n### 인덱스란?\n\n정렬된 구조\n\n## B\n\n### 인덱스란?\n\n다른 설명\n");
    let ids: Vec<&str> = cards(&library.decks[0].root)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let base = derive_card_id(&format!("{}\n", normalize_question("인덱스란?")));
    assert_eq!(ids, [base.clone(), format!("{base}-2")]);
    let warnings: Vec<String> = library.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [format!(
            "content/notes.md:9: the same question appears twice (first at content/notes.md:3), with nothing under it that tells them apart: \
             this card gets id \"{base}-2\" by its order, so moving it gives it the progress of the other"
        )]
    );
    assert!(
        !warnings[0].contains("id=\""),
        "no one is asked to edit notes they did not write"
    );
}

#[test]
fn front_matter_is_never_shown_and_may_choose_the_mode() {
    let library = fixture("heading-notes");
    let gc = deck(&library, "garbage-collection.md");
    assert_eq!(gc.mode, Mode::Headings);
    assert_eq!(
        tree(gc),
        [(
            "garbage-collection",
            "가비지 컬렉션",
            vec!["GC는 어떤 객체를 치우는가?", "Young 영역과 Old 영역"]
        )]
    );
    let reachable = card(gc, "GC는 어떤 객체를 치우는가?");
    assert!(
        reachable
            .answer_html
            .contains("<details>\n<summary>더 보기: Stop-the-world</summary>"),
        "read as headings, a fold stays inside its section's answer: {}",
        reachable.answer_html
    );
    assert_eq!(reachable.line, 9);
    assert_eq!(gc.root.notes_html, "");

    let text = "---\ntitle: x\nfoldcards: folds\n---\n# T\n\n## 인덱스란?\n\n정렬된 구조\n";
    let folds = parse_one(text);
    assert_eq!(folds.decks[0].mode, Mode::Folds);
    assert_eq!(folds.decks[0].root.card_count(), 0);
    assert_eq!(
        folds.decks[0].root.children[0].notes_html,
        "<p>정렬된 구조</p>"
    );
    let auto = parse_one(&text.replace("foldcards: folds\n", ""));
    assert_eq!(auto.decks[0].mode, Mode::Headings);
    assert_eq!(questions(&auto.decks[0].root), ["인덱스란?"]);
    assert_eq!(
        auto.decks[0].root.notes_html, "",
        "front matter without the key is hidden too"
    );
    assert_eq!(cards(&auto.decks[0].root)[0].line, 6);

    let bad = parse_one(&text.replace("foldcards: folds", "foldcards: cards"));
    assert_eq!(bad.decks[0].mode, Mode::Headings);
    let warnings: Vec<String> = bad.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        ["content/notes.md:3: front matter: foldcards: \"cards\" is not a mode (use headings or folds): the file is read as if it had no foldcards key"]
    );
}

#[test]
fn in_a_file_with_folds_only_asking_headings_without_folds_are_cards() {
    let text = "# Deck\n\n## 기본\n\n### 자바란?\n\nJVM 위의 언어입니다.\n\n### Q2. 다음 출력은?\n\n<details><summary>답변</summary>\n\n1\n</details>\n\n## 부록\n\n본문\n";
    let library = parse_one(text);
    let deck = &library.decks[0];
    assert_eq!(deck.mode, Mode::FoldsAndHeadings);
    assert_eq!(
        tree(deck),
        [
            ("notes", "Deck", vec![]),
            ("notes/기본", "기본", vec!["자바란?", "Q2. 다음 출력은?"]),
            ("notes/부록", "부록", vec![]),
        ]
    );
    assert_eq!(
        deck.root.children[1].notes_html, "<p>본문</p>",
        "a topic heading stays a category"
    );
    let folds_only = parse_one(&format!("---\nfoldcards: folds\n---\n{text}"));
    assert_eq!(folds_only.decks[0].mode, Mode::Folds);
    assert_eq!(questions(&folds_only.decks[0].root), ["Q2. 다음 출력은?"]);
}

#[test]
fn a_heading_holding_only_questions_is_a_category_and_an_empty_question_is_unfinished() {
    let library = parse_one(
        "# 면접\n\n## 운영체제란 무엇인가?\n\n### 1. 프로세스란?\n\n실행 중인 프로그램\n\n### 2. 스레드란?\n\n## Question 5\n",
    );
    let deck = &library.decks[0];
    assert_eq!(
        tree(deck),
        [
            ("notes", "면접", vec!["Question 5"]),
            (
                "notes/운영체제란-무엇인가",
                "운영체제란 무엇인가?",
                vec!["프로세스란?", "스레드란?"]
            ),
        ]
    );
    let unfinished: Vec<bool> = cards(&deck.root).iter().map(|c| c.unfinished).collect();
    assert_eq!(unfinished, [true, false, true]);
}

#[test]
fn navigation_and_files_that_are_not_notes_are_left_out() {
    let library = parse(&[
        source("content/CONTRIBUTING.md", "## How to help?\n\nOpen a PR.\n"),
        source("content/licence.md", "# MIT\n"),
        Source {
            path: "content/.github/ISSUE_TEMPLATE/bug.md".into(),
            folder: "ISSUE_TEMPLATE".into(),
            text: "## What happened?\n".into(),
        },
        source(
            "content/notes.md",
            "# N\n\n## Contents\n\n| # | Q |\n|---|---|\n| 1 | [A](#a) |\n\n## Links\n\n- [one](https://a.example)\n- [two](https://b.example)\n\n## A?\n\nYes.\n\n[↑ 맨 위로](#n)\n",
        ),
    ])
    .unwrap();
    assert_eq!(library.skipped.len(), 3);
    assert_eq!(library.decks.len(), 1);
    assert_eq!(questions(&library.decks[0].root), ["A?"]);
    assert_eq!(cards(&library.decks[0].root)[0].answer_html, "<p>Yes.</p>");
    let warnings: Vec<String> = library.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "content/notes.md:3: \"Contents\" holds only links (a table of contents?): not a card, left out",
            "content/notes.md:9: \"Links\" holds only links (a table of contents?): not a card, left out",
            "content/notes.md:18: 1 \"back to top\" link(s) from here on are navigation, not answers: left out",
        ]
    );
}

#[test]
fn a_leading_code_block_under_an_asking_heading_is_what_it_shows() {
    let library = parse_one("## Q1. 출력은?\n\n```python\nprint(1)\n```\n\n`1`이 찍힙니다.\n");
    let card = cards(&library.decks[0].root)[0];
    assert_eq!(card.question_text, "출력은?");
    assert!(
        card.body_html.contains("<code class=\"language-python\">"),
        "{}",
        card.body_html
    );
    assert_eq!(card.answer_html, "<p><code>1</code>이 찍힙니다.</p>");
}

#[test]
fn the_sections_under_a_table_of_contents_are_read_as_its_parents_own() {
    let library = parse_one(
        "# 네트워크\n## 목차\n- [TCP](#tcp)\n- [UDP](#udp)\n### TCP\n연결 지향 프로토콜.\n### UDP\n비연결 프로토콜.\n",
    );
    let deck = &library.decks[0];
    assert_eq!(tree(deck), [("notes", "네트워크", vec!["TCP", "UDP"])]);
    assert_eq!(deck.root.notes_html, "", "the contents' links are left out");
    assert_eq!(
        cards(&deck.root)[0].answer_html,
        "<p>연결 지향 프로토콜.</p>"
    );
    let warnings: Vec<String> = library.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        ["content/notes.md:2: \"목차\" holds only links (a table of contents?): not a card, left out"]
    );
}

/// A README in the layout of the largest English collections: a table of
/// contents, then every question a list item at the level below it.
fn list_item_questions_under_contents(count: usize, answer: impl Fn(usize) -> String) -> String {
    let mut text = String::from(
        "# React Interview Questions\n\n## Table of Contents\n\n| No. | Questions |\n| --- | --------- |\n",
    );
    for n in 0..count {
        text.push_str(&format!(
            "| {} | [What is thing {n}?](#what-is-thing-{n}) |\n",
            n + 1
        ));
    }
    for n in 0..count {
        text.push_str(&format!(
            "\n{}. ### What is thing {n}?\n\n{}\n\n   **[⬆ Back to Top](#table-of-contents)**\n",
            n % 9 + 1,
            answer(n)
        ));
    }
    text
}

#[test]
fn list_item_questions_under_a_table_of_contents_are_the_decks_cards() {
    let headings = parse_one(&list_item_questions_under_contents(3, |n| {
        format!("   Thing {n} is a UI library.")
    }));
    let deck = &headings.decks[0];
    assert_eq!(deck.mode, Mode::Headings);
    assert_eq!(
        tree(deck),
        [(
            "notes",
            "React Interview Questions",
            vec!["What is thing 0?", "What is thing 1?", "What is thing 2?"]
        )]
    );
    assert_eq!(
        deck.root.cards[1].answer_html,
        "<p>Thing 1 is a UI library.</p>"
    );

    let folds = parse_one(&list_item_questions_under_contents(3, |n| {
        format!(
            "   <details><summary>Answer</summary>\n\n   Thing {n} is a UI library.\n   </details>"
        )
    }));
    let deck = &folds.decks[0];
    assert_eq!(deck.mode, Mode::Folds);
    assert_eq!(
        tree(deck),
        [(
            "notes",
            "React Interview Questions",
            vec!["What is thing 0?", "What is thing 1?", "What is thing 2?"]
        )],
        "not in a category named Table of Contents"
    );
    assert_eq!(
        deck.root.notes_html, "",
        "nor the back-to-top links: {}",
        deck.root.notes_html
    );
    assert_eq!(
        deck.root.cards[2].answer_html,
        "<p>Thing 2 is a UI library.</p>"
    );
}

#[test]
fn ten_thousand_list_item_questions_under_a_table_of_contents_are_ten_thousand_cards() {
    let library = parse_one(&list_item_questions_under_contents(10_000, |n| {
        format!("   Answer {n}.")
    }));
    let deck = &library.decks[0];
    assert_eq!(deck.root.cards.len(), 10_000);
    assert!(deck.root.children.is_empty());
}

#[test]
fn inline_code_in_a_question_keeps_its_colons() {
    let library = parse_one(
        "## What does `std::vector::reserve` do?\n\nAllocates capacity.\n\n## :star: What is `a::b::c`? :question:\n\nA path.\n",
    );
    assert_eq!(
        questions(&library.decks[0].root),
        ["What does std::vector::reserve do?", "What is a::b::c?"]
    );
}

#[test]
fn a_link_whose_words_only_contain_top_stays_in_the_answer() {
    let library = parse_one(
        "# 네트워크\n\n## 흐름 제어란?\n\n송신 속도를 조절한다.\n\n[Stop-and-Wait 방식](#stop-and-wait)\n\n## Stop-and-Wait\n\n하나 보내고 기다린다.\n",
    );
    let deck = &library.decks[0];
    assert_eq!(
        card(deck, "흐름 제어란?").answer_html,
        "<p>송신 속도를 조절한다.</p>\n<p><a href=\"#stop-and-wait\" rel=\"noopener noreferrer\">Stop-and-Wait 방식</a></p>"
    );
    assert!(library.warnings.is_empty(), "{:#?}", library.warnings);
}

#[test]
fn setext_and_html_headings_are_read_as_headings() {
    let library = parse_one(
        "Network Basics\n==============\n\nWhat is TCP?\n------------\n\nA reliable stream protocol.\n\nWhat is UDP?\n------------\n\nA datagram protocol.\n\n<h3>What is QUIC?</h3>\n\nUDP with streams.\n",
    );
    let deck = &library.decks[0];
    assert_eq!(
        tree(deck),
        [(
            "notes",
            "Network Basics",
            vec!["What is TCP?", "What is UDP?", "What is QUIC?"]
        )]
    );
    let lines: Vec<usize> = deck.root.cards.iter().map(|c| c.line).collect();
    assert_eq!(lines, [4, 9, 14]);
    assert_eq!(
        deck.root.cards[0].answer_html,
        "<p>A reliable stream protocol.</p>"
    );
    assert_eq!(deck.root.cards[2].answer_html, "<p>UDP with streams.</p>");
}

#[test]
fn a_deck_without_questions_is_warned_about_once_at_line_1() {
    let library = parse(&[
        source(
            "content/README.md",
            "# Interview Notes\n\n- [OS](os.md)\n- [Network](network.md)\n",
        ),
        source("content/empty.md", ""),
        source(
            "content/front.md",
            "---\ntitle: only front matter\nfoldcards: headings\n---\n",
        ),
        source(
            "content/folds.md",
            "---\nfoldcards: folds\n---\n# Plain\n\n## 1. What is Y?\n\nY.\n",
        ),
        source("content/network.md", "## TCP?\n\nA stream.\n"),
        source("content/os.md", "## Process?\n\nA program running.\n"),
    ])
    .unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(
        library.decks.len(),
        6,
        "a deck without questions is still a deck"
    );
    let readme = deck(&library, "README.md");
    assert!(
        readme.root.notes_html.contains("<a href=\"c/os/\""),
        "{}",
        readme.root.notes_html
    );
    let headings = "no questions found: no heading asks a question (ends with \"?\" or is numbered) or names a topic its section explains; the deck shows only its notes";
    let folds = "no questions found: no <details> fold asks a question in its <summary> or just above it; the deck shows only its notes";
    let warnings: Vec<String> = library.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            format!("content/README.md:1: {headings}"),
            format!("content/empty.md:1: {headings}"),
            format!("content/front.md:1: {headings}"),
            format!("content/folds.md:1: {folds}"),
        ]
    );
}

#[test]
fn changelogs_security_policies_and_codes_of_conduct_are_not_notes() {
    let library = parse(&[
        source(
            "content/CHANGELOG.md",
            "# Changelog\n\n## v1.2.0\n\n- Added questions.\n",
        ),
        source(
            "content/Security.md",
            "## How do I report a vulnerability?\n\nBy mail.\n",
        ),
        source("content/code_of_conduct.md", "## Our pledge\n\nBe kind.\n"),
        source("content/changelog.ko.md", "## v1\n\n- 처음\n"),
        source("content/notes.md", "## What is X?\n\nY.\n"),
    ])
    .unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(
        library.skipped,
        [
            "content/CHANGELOG.md",
            "content/Security.md",
            "content/code_of_conduct.md",
            "content/changelog.ko.md",
        ]
    );
    assert_eq!(library.decks.len(), 1);
}

#[test]
fn leading_code_is_the_questions_body_only_when_the_question_refers_to_code() {
    let library = parse_one(
        "## 클로저란?\n\n```js\nconst f = () => x;\n```\n\n자신이 만들어진 환경을 기억하는 함수입니다.\n\n\
         ## 다음 코드의 출력은?\n\n```js\nconsole.log(1);\n```\n\n`1`입니다.\n\n\
         ## What is the output of below code?\n\n```js\nconsole.log(2);\n```\n\n2.\n",
    );
    let deck = &library.decks[0];
    let closure = card(deck, "클로저란?");
    assert_eq!(closure.body_html, "", "an example stays in the answer");
    assert!(
        closure.answer_html.starts_with("<pre") && closure.answer_html.contains("자신이 만들어진"),
        "{}",
        closure.answer_html
    );
    for question in ["다음 코드의 출력은?", "What is the output of below code?"] {
        let shown = card(deck, question);
        assert!(
            shown.body_html.starts_with("<pre"),
            "{question}: {}",
            shown.body_html
        );
        assert!(
            !shown.answer_html.contains("<pre"),
            "{question}: {}",
            shown.answer_html
        );
    }
}

#[test]
fn a_trailing_colon_is_dropped_from_the_question() {
    let library = parse_one(
        "# OS\n\n### 1) 프로세스란 무엇인가?\n\n실행 중인 프로그램.\n\n### 2) 스레드란:\n\n실행 흐름.\n\n#### 장점\n\n- 자원 공유\n\n### **뮤텍스란：**\n\n잠금.\n",
    );
    assert_eq!(
        questions(&library.decks[0].root),
        ["프로세스란 무엇인가?", "스레드란", "뮤텍스란"]
    );
    assert_eq!(
        card(&library.decks[0], "뮤텍스란").question_html,
        "<strong>뮤텍스란</strong>"
    );
}
