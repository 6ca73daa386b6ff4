//! Components that need a DOM, mounted in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use foldcards::deck::{self, Card, Category, CATEGORIES};
use foldcards::ui::{CardFold, CardPage, CategoryPage, HomePage};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlDetailsElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh element of its own and returns that element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    host
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn category_titled(title: &str) -> &'static Category {
    CATEGORIES.iter().find(|c| c.title == title).unwrap()
}

fn card_asking(question: &str) -> &'static Card {
    deck::CARDS
        .iter()
        .find(|c| c.question_text == question)
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_card_fold_shows_its_question_and_opens_to_the_rendered_answer() {
    let card = card_asking("비관적 락");
    let open = RwSignal::new(false);
    let host = mount(move || view! { <CardFold card open /> });
    let details: HtmlDetailsElement = one(&host, "details.fold").unchecked_into();
    assert!(!details.open());
    assert_eq!(one(&host, "summary").text_content().unwrap(), "비관적 락");
    let answer = one(&host, ".fold-answer .prose");
    assert!(one(&answer, "pre code.language-sql")
        .text_content()
        .unwrap()
        .contains("FOR UPDATE"));
    assert_eq!(
        one(&host, "a.fold-link").get_attribute("href").unwrap(),
        format!("#/card/{}", card.id)
    );

    open.set(true);
    leptos::task::tick().await;
    assert!(
        details.open(),
        "the page's Show all answers opens every fold"
    );
}

#[wasm_bindgen_test]
async fn a_category_page_lists_its_questions_and_opens_them_all() {
    let database = category_titled("데이터베이스");
    let host = mount(move || view! { <CategoryPage category=database /> });
    assert_eq!(one(&host, "h1").text_content().unwrap(), "데이터베이스");
    let crumbs: Vec<String> = all(&host, ".crumbs a")
        .iter()
        .map(|a| a.text_content().unwrap())
        .collect();
    assert_eq!(crumbs, ["Home", "개발자 면접 준비", "기술 질문"]);
    let folds = all(&host, "details.fold");
    assert_eq!(folds.len(), 16);
    assert_eq!(one(&host, "summary").text_content().unwrap(), "트랜잭션");

    let button: HtmlElement = one(&host, ".toolbar button").unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Show all answers");
    button.click();
    leptos::task::tick().await;
    assert!(folds
        .iter()
        .all(|f| f.unchecked_ref::<HtmlDetailsElement>().open()));
    assert_eq!(button.text_content().unwrap(), "Collapse all answers");
}

#[wasm_bindgen_test]
fn a_branch_category_groups_the_questions_of_its_sections() {
    let technical = category_titled("기술 질문");
    let host = mount(move || view! { <CategoryPage category=technical /> });
    assert_eq!(all(&host, "details.fold").len(), 65);
    let groups: Vec<String> = all(&host, "h2.group-title")
        .iter()
        .map(|h| h.text_content().unwrap())
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
    assert_eq!(all(&host, ".subcategories .tree-link").len(), 9);
}

#[wasm_bindgen_test]
fn a_notes_only_category_shows_its_notes_and_no_answer_controls() {
    let assignments = category_titled("과제");
    let host = mount(move || view! { <CategoryPage category=assignments /> });
    let notes = one(&host, "[data-testid=notes]");
    assert!(notes.text_content().unwrap().contains("티켓 예약 시스템"));
    assert!(
        all(&notes, "a").is_empty(),
        "links to files not in the notes are plain text"
    );
    assert!(host.query_selector(".toolbar").unwrap().is_none());
    assert_eq!(one(&host, ".count").text_content().unwrap(), "notes");
}

#[wasm_bindgen_test]
fn a_card_page_shows_question_answer_position_and_neighbours() {
    let card = card_asking("비관적 락");
    let host = mount(move || view! { <CardPage card /> });
    assert_eq!(one(&host, "h1").text_content().unwrap(), "비관적 락");
    assert_eq!(
        one(&host, ".card-page .meta").text_content().unwrap(),
        "Question 10 of 16"
    );
    assert!(one(&host, ".card-answer")
        .inner_html()
        .contains("<pre tabindex=\"0\"><code class=\"language-sql\">"));
    let (previous, next) = card.neighbours();
    assert_eq!(
        one(&host, "a[rel=prev]").get_attribute("href").unwrap(),
        format!("#/card/{}", previous.unwrap().id)
    );
    assert_eq!(
        one(&host, "a[rel=next] .pager-title")
            .text_content()
            .unwrap(),
        next.unwrap().question_text
    );
    assert_eq!(document().title(), "비관적 락 · Foldcards");
}

#[wasm_bindgen_test]
fn the_first_card_of_a_category_has_no_previous_link() {
    let first = &category_titled("기초").own_cards()[0];
    let host = mount(move || view! { <CardPage card=first /> });
    assert!(host.query_selector("a[rel=prev]").unwrap().is_none());
    assert!(host.query_selector("a[rel=next]").unwrap().is_some());
}

#[wasm_bindgen_test]
fn home_shows_the_deck_and_its_category_tree_with_counts() {
    let host = mount(|| view! { <HomePage /> });
    assert_eq!(one(&host, "h1").text_content().unwrap(), "개발자 면접 준비");
    let entries: Vec<String> = all(&host, ".tree-link")
        .iter()
        .map(|link| {
            let title = one(link, ".tree-title").text_content().unwrap();
            let count = one(link, ".count").text_content().unwrap();
            format!("{title} {count}")
        })
        .collect();
    assert_eq!(
        entries,
        [
            "공통 질문 17 questions",
            "기술 질문 65 questions",
            "기초 6 questions",
            "데이터베이스 16 questions",
            "파이썬 4 questions",
            "웹 11 questions",
            "아키텍쳐 9 questions",
            "자료구조 4 questions",
            "인프라 9 questions",
            "운영 6 questions",
            "과제 notes",
        ]
    );
}
