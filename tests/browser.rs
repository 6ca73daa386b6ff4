//! The app's components in headless Chromium, acted on and read through the
//! DOM. Each test mounts the app at an address of its own, with empty storage.
//!
//! The app is built on a deck of the tests' own, never on the shipped notes:
//! the titles and counts below are that deck's, so replacing `content/`
//! breaks no test. Run them as scripts/test.sh does:
//! `FOLDCARDS_CONTENT=tests/fixtures/component-deck cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

// What the tests use of the app.
use foldcards::deck::{Category, CARDS, CATEGORIES, NAMESPACE};
use foldcards::i18n::Lang;
use foldcards::route::Route;
use foldcards::ui::host::Mode;
use foldcards::ui::App;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// The folder of the fixture deck, for messages.
const FIXTURE: &str = "tests/fixtures/component-deck";
/// The fixture's category of four folds: Show all answers, its mastery bar,
/// quizzes of up to four questions.
const STORAGE: &str = "데이터 저장";
const STORAGE_FOLDS: usize = 4;
/// Two more categories of two cards each, to choose and to quiz on.
const NETWORK: &str = "네트워크";
const DEPLOY: &str = "배포";

/// The fixture's category titled `title`.
fn category(title: &str) -> &'static Category {
    CATEGORIES
        .iter()
        .find(|c| c.title == title)
        .unwrap_or_else(|| panic!("no category {title:?}: build with FOLDCARDS_CONTENT={FIXTURE}"))
}

/// Opens the app at `address` in a fresh element of its own, with empty
/// storage, and returns that element.
async fn open(address: &str) -> HtmlElement {
    // A navigation still queued by an earlier test would re-render this app.
    next_task().await;
    window().local_storage().unwrap().unwrap().clear().unwrap();
    mount(address).await
}

/// Mounts the app at `address` in English, with storage as it is.
async fn mount(address: &str) -> HtmlElement {
    mount_in(address, Lang::En).await
}

thread_local! {
    /// The test page's folder, fixed as its `<base href>`, as every page of
    /// the built site names the site's root.
    static ROOT: String = {
        let href = window().location().href().unwrap();
        let root = href[..=href.rfind('/').unwrap()].to_owned();
        let base = document().create_element("base").unwrap();
        base.set_attribute("href", &root).unwrap();
        document().head().unwrap().prepend_with_node_1(&base).unwrap();
        root
    };
}

async fn mount_in(address: &str, lang: Lang) -> HtmlElement {
    // Replaced rather than navigated: no popstate arrives after the mount.
    let url = ROOT.with(|root| format!("{root}{address}"));
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), move || {
        view! { <App mode=Mode::Page start=String::new() element=None lang handed=None restart=None /> }
    })
    .forget();
    settle().await;
    host
}

async fn next_task() {
    wait_ms(0).await;
}

async fn wait_ms(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

/// Lets the `toggle` events of folds opened or closed arrive, and the app
/// take them in.
async fn toggled() {
    wait_ms(50).await;
    settle().await;
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
    let href = window().location().href().unwrap();
    ROOT.with(|root| Route::from_address(href.strip_prefix(root.as_str()).unwrap()))
}

fn focused() -> Element {
    document().active_element().unwrap()
}

/// A quiz of `count` questions from the category titled `title`.
fn quiz_address(title: &str, count: usize, seed: u64) -> String {
    let category = category(title);
    assert!(
        count <= category.card_count(),
        "{title:?} in {FIXTURE} has fewer than {count} cards"
    );
    format!("quiz/?c={}&n={count}&seed={seed}", category.id)
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

/// Writes `text` into a field as typing does: the value, then an `input` event.
fn type_into(field: &HtmlTextAreaElement, text: &str) {
    field.set_value(text);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    field.dispatch_event(&event).unwrap();
}

fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

/// The progress file as kept in localStorage.
fn stored_progress() -> serde_json::Value {
    let key = format!("foldcards:{NAMESPACE}:progress");
    let text = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&key)
        .unwrap()
        .expect("progress is kept");
    serde_json::from_str(&text).unwrap()
}

#[wasm_bindgen_test]
async fn show_all_answers_opens_every_fold_then_closes_them() {
    let id = category(STORAGE).id;
    let host = open(&format!("c/{id}/")).await;
    let folds = all(&host, "details.fold");
    assert_eq!(folds.len(), STORAGE_FOLDS);
    let button: HtmlElement = one(&host, ".toolbar button").unchecked_into();
    assert_eq!(
        focused().tag_name(),
        "H1",
        "a new screen focuses its heading"
    );

    button.click();
    toggled().await;
    assert!(folds.iter().all(|fold| fold.has_attribute("open")));
    assert_eq!(button.text_content().unwrap(), "Collapse all answers");
    button.click();
    toggled().await;
    assert!(folds.iter().all(|fold| !fold.has_attribute("open")));
    assert_eq!(button.text_content().unwrap(), "Show all answers");

    // Opened one by one, by hand, they count as all open too.
    for fold in &folds {
        fold.set_attribute("open", "").unwrap();
    }
    toggled().await;
    assert_eq!(button.text_content().unwrap(), "Collapse all answers");
    button.click();
    toggled().await;
    assert!(folds.iter().all(|fold| !fold.has_attribute("open")));
}

#[wasm_bindgen_test]
async fn space_reveals_the_answer_and_a_number_grades_it_moving_focus_each_time() {
    let host = open(&quiz_address(STORAGE, 3, 11)).await;
    assert_eq!(text(&host, ".quiz-progress"), "Question 1 / 3");
    let question = focused();
    assert!(question.class_list().contains("quiz-question"));

    press(&question, " ", false, false);
    settle().await;
    assert_eq!(focused().id(), "answer", "focus moves to the answer");
    assert_eq!(
        text(&host, ".quiz")
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
    let host = open(&quiz_address(NETWORK, 2, 5)).await;
    let question = focused();

    press(&question, "Enter", true, false);
    press(&question, " ", false, true);
    press(&question, "3", false, false);
    let field: HtmlTextAreaElement = one(&host, "#typed").unchecked_into();
    type_into(&field, "핸드셰");
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
        "핸드셰",
        "what was typed is shown beside the answer"
    );
}

#[wasm_bindgen_test]
async fn the_setup_form_starts_a_seeded_quiz_of_the_chosen_categories_and_count() {
    let host = open("quiz/new/").await;
    let network = category(NETWORK).id;
    let checkbox: HtmlElement =
        one(&host, &format!("input[name=c][value='{network}']")).unchecked_into();
    checkbox.click();
    let five: HtmlElement = one(&host, "input[name=n][value='5']").unchecked_into();
    five.click();
    let start: HtmlElement = one(&host, "button[type=submit]").unchecked_into();
    start.click();

    let Route::Quiz(spec) = current_route() else {
        panic!("not a quiz")
    };
    assert_eq!(spec.categories, [network]);
    assert_eq!(spec.count, Some(5));
    assert!(spec.seed.is_some());
}

#[wasm_bindgen_test]
async fn a_quiz_without_a_seed_gets_one_written_into_the_address() {
    let id = category(DEPLOY).id;
    let host = open(&format!("quiz/?c={id}&n=2")).await;
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

#[wasm_bindgen_test]
async fn a_grade_is_kept_and_grade_keys_before_the_answer_leave_the_field_alone() {
    let host = open(&quiz_address(STORAGE, 2, 3)).await;
    let field: HtmlTextAreaElement = one(&host, "#typed").unchecked_into();
    type_into(&field, "원자성");
    let question = one(&host, ".quiz-question");
    let asked = question.text_content();
    for key in ["1", "2", "3", "4"] {
        press(&question, key, false, false);
    }
    settle().await;
    let field_now: HtmlTextAreaElement = one(&host, "#typed").unchecked_into();
    assert_eq!(field_now.value(), "원자성", "the field keeps its text");
    assert!(
        field_now.is_same_node(Some(&field)),
        "and is the same element"
    );
    assert_eq!(one(&host, ".quiz-question").text_content(), asked);

    press(&question, " ", false, false);
    settle().await;
    press(&focused(), "2", false, false);
    settle().await;
    let cards = stored_progress()["cards"].as_object().unwrap().clone();
    assert_eq!(cards.len(), 1);
    let log = &cards.values().next().unwrap()["log"];
    assert_eq!(log[0][1], 2, "graded Hard");
    let next: HtmlTextAreaElement = one(&host, "#typed").unchecked_into();
    assert_eq!(next.value(), "", "the next question starts empty");
}

#[wasm_bindgen_test]
async fn a_star_is_pressed_kept_and_counted_in_the_drill() {
    let card = &CARDS[0];
    let host = open(&format!("card/{}/", card.id)).await;
    let star = one(&host, "button.star");
    assert_eq!(star.get_attribute("aria-pressed").unwrap(), "false");
    click(&host, "button.star");
    settle().await;
    assert_eq!(star.get_attribute("aria-pressed").unwrap(), "true");
    assert_eq!(stored_progress()["cards"][card.id]["star"][0], true);

    let home = mount("./").await;
    let starred = all(&home, ".drill")
        .into_iter()
        .find(|drill| drill.text_content().unwrap().starts_with("Starred"))
        .unwrap();
    assert_eq!(text(&starred, ".count"), "1");
}

#[wasm_bindgen_test]
async fn a_categorys_mastery_bar_counts_its_graded_cards() {
    let storage = category(STORAGE);
    let host = open(&format!("c/{}/", storage.id)).await;
    let bar = one(&host, ".page-heading .mastery");
    assert_eq!(
        bar.get_attribute("aria-label").unwrap(),
        format!("{STORAGE_FOLDS} new, 0 learning, 0 known")
    );
    let first = one(&host, "details.fold")
        .get_attribute("data-card")
        .unwrap();
    let quiz = open(&format!("quiz/?k={first}&n=all&seed=1")).await;
    press(&one(&quiz, ".quiz-question"), " ", false, false);
    settle().await;
    press(&focused(), "3", false, false);
    settle().await;
    let host = mount(&format!("c/{}/", storage.id)).await;
    assert_eq!(
        one(&host, ".page-heading .mastery")
            .get_attribute("aria-label")
            .unwrap(),
        format!("{} new, 1 learning, 0 known", STORAGE_FOLDS - 1)
    );
}

#[wasm_bindgen_test]
async fn the_stats_page_draws_twenty_weeks_of_days_and_every_category() {
    let host = open("stats/").await;
    assert_eq!(all(&host, "svg.heatmap rect").len(), 140);
    let rows = all(&host, "table.totals tbody tr").len();
    let with_cards = CATEGORIES.iter().filter(|c| c.card_count() > 0).count();
    assert_eq!(rows, with_cards);
    assert!(text(&host, "[data-testid=totals]").starts_with("0 reviews"));
}

#[wasm_bindgen_test]
async fn unreadable_progress_gives_a_notice_and_a_backup() {
    next_task().await;
    let storage = window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let key = format!("foldcards:{NAMESPACE}:progress");
    storage.set_item(&key, "{broken").unwrap();
    let host = mount("./").await;
    assert!(text(&host, ".notice").contains("could not be read"));
    let backup = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .find(|key| key.contains("backup"))
        .expect("a backup key");
    assert_eq!(storage.get_item(&backup).unwrap().unwrap(), "{broken");
}

fn progress_key() -> String {
    format!("foldcards:{NAMESPACE}:progress")
}

#[wasm_bindgen_test]
async fn ending_early_shows_the_summary_and_same_quiz_again_starts_over() {
    let host = open(&quiz_address(STORAGE, 3, 9)).await;
    let first = text(&host, ".quiz-question");
    click(&host, ".quiz-bar button");
    settle().await;
    assert_eq!(text(&host, ".quiz-summary h1"), "Session ended");
    assert_eq!(text(&host, ".tally-unanswered .tally-count"), "3");
    assert!(
        host.query_selector(".quiz-summary a[href*='k=']")
            .unwrap()
            .is_none(),
        "nothing missed, no retry"
    );
    let again = all(&host, ".quiz-summary button")
        .into_iter()
        .find(|button| button.text_content().unwrap() == "Same quiz again")
        .unwrap();
    again.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(text(&host, ".quiz-progress"), "Question 1 / 3");
    assert_eq!(text(&host, ".quiz-question"), first);
    assert_eq!(document().title(), "Quiz · Foldcards");
}

#[wasm_bindgen_test]
async fn an_empty_drill_says_how_cards_get_there() {
    let host = open("drill/starred/").await;
    assert_eq!(text(&host, "h1"), "No starred cards");
    assert!(focused().tag_name() == "H1");
}

#[wasm_bindgen_test]
async fn progress_from_a_newer_version_gives_a_notice_and_stays_as_it_was() {
    next_task().await;
    let storage = window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let newer = r#"{"format":"foldcards-progress","version":5,"shape":"unknown"}"#;
    storage.set_item(&progress_key(), newer).unwrap();
    let host = mount(&quiz_address(NETWORK, 1, 2)).await;
    assert!(text(&host, ".notice").contains("newer"));
    press(&one(&host, ".quiz-question"), " ", false, false);
    settle().await;
    press(&focused(), "3", false, false);
    settle().await;
    assert_eq!(storage.get_item(&progress_key()).unwrap().unwrap(), newer);
}

#[wasm_bindgen_test]
async fn another_tabs_grades_arrive_through_the_storage_event() {
    let host = open("./").await;
    let missed = || {
        all(&host, ".drill")
            .into_iter()
            .find(|drill| drill.text_content().unwrap().starts_with("Missed"))
            .map(|drill| text(&drill, ".count"))
            .unwrap()
    };
    assert_eq!(missed(), "0");
    let card = CARDS[3].id;
    let theirs = format!(
        r#"{{"format":"foldcards-progress","version":1,"namespace":"{}","cards":{{"{card}":{{"log":[[1764000000,1]]}}}}}}"#,
        NAMESPACE
    );
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&progress_key()));
    init.set_new_value(Some(&theirs));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    window().dispatch_event(&event).unwrap();
    settle().await;
    assert_eq!(
        missed(),
        "1",
        "the other tab's Again is in this tab's Missed drill"
    );
}

#[wasm_bindgen_test]
async fn a_korean_ui_speaks_korean_and_offers_english_while_the_notes_keep_their_language() {
    next_task().await;
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let card = &CARDS[0];
    let host = mount_in(&format!("card/{}/", card.id), Lang::Ko).await;
    assert_eq!(text(&host, ".crumbs li"), "홈");
    assert_eq!(text(&host, "button.star"), "☆ 별표");
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("lang").unwrap(), "ko");
    // The other language, named in it and declared so.
    assert_eq!(text(&host, ".header-switch[lang=en]"), "English");
    assert_eq!(
        one(&host, ".card-question").get_attribute("lang").unwrap(),
        "ko"
    );

    let english = mount_in(&format!("card/{}/", card.id), Lang::En).await;
    assert_eq!(text(&english, ".crumbs li"), "Home");
    assert_eq!(text(&english, ".header-switch[lang=ko]"), "한국어");
    assert_eq!(root.get_attribute("lang").unwrap(), "en");
}
