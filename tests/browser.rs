//! The app's events, focus and storage in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test browser`.
//! Each test mounts the whole app at an address of its own.
#![cfg(target_arch = "wasm32")]

use foldcards::deck::CATEGORIES;
use foldcards::route::Route;
use foldcards::ui::embed::Mode;
use foldcards::ui::App;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Opens the app at `hash` in a fresh element of its own and returns that element.
async fn open(hash: &str) -> HtmlElement {
    // A hashchange still queued by an earlier test would re-render this app.
    next_task().await;
    // Replaced rather than navigated: no hashchange arrives after the mount.
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(hash))
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), || {
        view! { <App mode=Mode::Page start=String::new() host=None /> }
    })
    .forget();
    settle().await;
    host
}

async fn next_task() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

/// Lets the app's effects run.
async fn settle() {
    leptos::task::tick().await;
    leptos::task::tick().await;
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

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap()
}

fn current_route() -> Route {
    Route::from_hash(&window().location().hash().unwrap())
}

fn focused() -> Element {
    document().active_element().unwrap()
}

fn quiz_hash(category: &str, count: usize, seed: u64) -> String {
    let id = CATEGORIES.iter().find(|c| c.title == category).unwrap().id;
    format!("#/quiz?c={id}&n={count}&seed={seed}")
}

/// Presses `key` on `target`, as the browser reports it.
fn press(target: &Element, key: &str, composing: bool, repeat: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_is_composing(composing);
    init.set_repeat(repeat);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn show_all_answers_opens_every_fold_then_closes_them() {
    let id = CATEGORIES
        .iter()
        .find(|c| c.title == "데이터베이스")
        .unwrap()
        .id;
    let host = open(&format!("#/c/{id}")).await;
    let folds = all(&host, "details.fold");
    assert_eq!(folds.len(), 16);
    let button: HtmlElement = one(&host, "[data-action=toggle-answers]").unchecked_into();
    assert_eq!(
        focused().tag_name(),
        "H1",
        "a new screen focuses its heading"
    );

    button.click();
    assert!(folds.iter().all(|fold| fold.has_attribute("open")));
    assert_eq!(button.text_content().unwrap(), "Collapse all answers");
    button.click();
    assert!(folds.iter().all(|fold| !fold.has_attribute("open")));
    assert_eq!(button.text_content().unwrap(), "Show all answers");
}

#[wasm_bindgen_test]
async fn space_reveals_the_answer_and_a_number_grades_it_moving_focus_each_time() {
    let host = open(&quiz_hash("데이터베이스", 3, 11)).await;
    assert_eq!(text(&host, ".quiz-progress"), "Question 1 / 3");
    let question = focused();
    assert!(question.class_list().contains("quiz-question"));

    press(&question, " ", false, false);
    settle().await;
    assert_eq!(focused().id(), "answer", "focus moves to the answer");
    assert_eq!(
        text(&host, "[data-quiz]")
            .contains("Again")
            .then_some("grades shown"),
        Some("grades shown")
    );
    let announcer = host.query_selector("[aria-live]").unwrap().unwrap();
    assert_eq!(announcer.text_content().unwrap(), "Answer shown.");

    press(&focused(), "3", false, false);
    settle().await;
    assert_eq!(text(&host, ".quiz-progress"), "Question 2 / 3");
    assert!(
        focused().class_list().contains("quiz-question"),
        "focus returns to the next question"
    );
}

#[wasm_bindgen_test]
async fn keys_do_nothing_while_composing_typing_or_held_down() {
    let host = open(&quiz_hash("웹", 2, 5)).await;
    let question = focused();

    press(&question, "Enter", true, false);
    press(&question, " ", false, true);
    press(&question, "3", false, false);
    let field: HtmlTextAreaElement = one(&host, "#typed").unchecked_into();
    field.set_value("트랜잭");
    press(&field, "Enter", false, false);
    press(&field, " ", false, false);
    settle().await;
    assert!(
        host.query_selector("#answer").unwrap().is_none(),
        "nothing was revealed"
    );
    assert_eq!(text(&host, ".quiz-progress"), "Question 1 / 2");

    press(&one(&host, ".quiz-question"), "Enter", false, false);
    settle().await;
    assert_eq!(
        text(&host, ".typed-answer p"),
        "트랜잭",
        "what was typed is shown beside the answer"
    );
}

#[wasm_bindgen_test]
async fn the_setup_form_starts_a_seeded_quiz_of_the_chosen_categories_and_count() {
    let host = open("#/quiz/new").await;
    let web = CATEGORIES.iter().find(|c| c.title == "웹").unwrap().id;
    let checkbox: HtmlElement =
        one(&host, &format!("input[name=c][value='{web}']")).unchecked_into();
    checkbox.click();
    let five: HtmlElement = one(&host, "input[name=n][value='5']").unchecked_into();
    five.click();
    let start: HtmlElement = one(&host, "button[type=submit]").unchecked_into();
    start.click();

    let Route::Quiz(spec) = current_route() else {
        panic!("not a quiz")
    };
    assert_eq!(spec.categories, [web]);
    assert_eq!(spec.count, Some(5));
    assert!(spec.seed.is_some());
}

#[wasm_bindgen_test]
async fn a_quiz_without_a_seed_gets_one_written_into_the_address() {
    let id = CATEGORIES.iter().find(|c| c.title == "운영").unwrap().id;
    let host = open(&format!("#/quiz?c={id}&n=2")).await;
    let Route::Quiz(spec) = current_route() else {
        panic!("not a quiz")
    };
    assert_eq!(
        (spec.categories, spec.count),
        (vec![id.to_owned()], Some(2))
    );
    assert!(spec.seed.is_some(), "the seed is in the address");
    assert_eq!(text(&host, ".quiz-progress"), "Question 1 / 2");
}
