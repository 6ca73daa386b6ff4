use leptos::ev::{KeyboardEvent, MouseEvent, SubmitEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use super::card::card_page;
use super::category::category_page;
use super::home::home;
use super::quiz::{quiz_page, setup_page, Quiz};
use super::shared::{not_found, Page};
use super::store;
use crate::deck;
use crate::route::{quiz_href, Route};
use crate::study::quiz::{count_from, QuizSpec};
use crate::study::session::Grade;

/// The shell: a header, and the screen the URL hash names. Screens are HTML
/// (see `markup.rs`); the page's clicks, keys and forms are handled here, once.
#[component]
pub fn App() -> impl IntoView {
    let route = RwSignal::new(Route::Home);
    let quiz = RwSignal::new(None::<Quiz>);
    let main = NodeRef::<leptos::html::Main>::new();
    let announcer = NodeRef::<leptos::html::P>::new();

    let navigate = move || {
        let mut current = Route::from_hash(&window().location().hash().unwrap_or_default());
        if let Route::Quiz(spec) = &current {
            let spec = match spec.seed {
                Some(_) => spec.clone(),
                None => write_seed(spec),
            };
            let saved = store::get(&saved_session_key(&spec));
            quiz.set(Some(Quiz::open(spec.clone(), saved.as_deref(), now_ms())));
            current = Route::Quiz(spec);
        }
        route.set(current);
    };
    navigate();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| navigate());
    on_cleanup(move || listener.remove());

    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        let page = quiz.with(|quiz| screen(&current, quiz.as_ref()));
        document().set_title(&page.document_title());
        if let Some(main) = main.get() {
            main.set_inner_html(&page.html);
            after_render(&main, previous.as_ref() != Some(&current));
        }
        current
    });

    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                "Foldcards"
            </a>
        </header>
        <main
            id="main"
            class="page"
            node_ref=main
            on:click=move |ev| on_click(&ev, quiz, announcer)
            on:keydown=move |ev| on_key(&ev, quiz, announcer)
            on:submit=on_submit
        ></main>
        <p class="sr-only" aria-live="polite" node_ref=announcer></p>
    }
}

fn screen(route: &Route, quiz: Option<&Quiz>) -> Page {
    match route {
        Route::Home => home(),
        Route::Category(id) => match deck::category(id) {
            Some(category) => category_page(category),
            None => not_found(
                "There is no category at this address. The notes may have been reorganised.",
            ),
        },
        Route::Card(id) => match deck::card(id) {
            Some(card) => card_page(card),
            None => not_found(
                "This card is not in the notes any more: it may have been renamed or removed.",
            ),
        },
        Route::QuizSetup(spec) => setup_page(spec),
        Route::Quiz(_) => match quiz {
            Some(quiz) => quiz_page(quiz, now_ms()),
            None => not_found("There is no quiz at this address."),
        },
        Route::NotFound(_) => not_found("There is no page at this address."),
    }
}

/// A new screen starts at the top; focus goes to what the screen marks
/// `data-focus` (the answer once shown), or else its heading.
fn after_render(main: &Element, navigated: bool) {
    if navigated {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    let target = main
        .query_selector("[data-focus]")
        .ok()
        .flatten()
        .or_else(|| main.query_selector("h1").ok().flatten());
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

/// What the quiz's buttons and keys do.
enum Action {
    Reveal,
    Grade(Grade),
    Skip,
    End,
    Restart,
}

/// Where the screen reader hears what changed.
type Announcer = NodeRef<leptos::html::P>;

fn on_click(ev: &MouseEvent, quiz: RwSignal<Option<Quiz>>, announcer: Announcer) {
    let Some(control) = target(ev).and_then(|t| t.closest("[data-action],[data-grade]").ok()?)
    else {
        return;
    };
    if let Some(key) = control.get_attribute("data-grade") {
        if let Some(grade) = Grade::from_key(&key) {
            act(ev, quiz, announcer, Action::Grade(grade));
        }
        return;
    }
    let action = match control.get_attribute("data-action").as_deref() {
        Some("reveal") => Action::Reveal,
        Some("skip") => Action::Skip,
        Some("end") => Action::End,
        Some("restart") => Action::Restart,
        Some("toggle-answers") => return toggle_answers(ev, &control),
        _ => return,
    };
    act(ev, quiz, announcer, action);
}

/// Space or Enter reveals, 1 to 4 grade, as in Anki: only inside the quiz,
/// never from a text field, never while an input method is composing (Korean
/// text is composed), and never twice from one held key.
fn on_key(ev: &KeyboardEvent, quiz: RwSignal<Option<Quiz>>, announcer: Announcer) {
    if ev.is_composing() || ev.key_code() == 229 || ev.repeat() {
        return;
    }
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(target) = target(ev) else { return };
    let in_quiz = matches!(target.closest("[data-quiz]"), Ok(Some(_)));
    let tag = target.tag_name();
    if !in_quiz || matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
        return;
    }
    let action = match ev.key().as_str() {
        // A focused button or link acts on these keys itself.
        " " | "Enter" if !matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY") => Action::Reveal,
        key => match Grade::from_key(key) {
            Some(grade) => Action::Grade(grade),
            None => return,
        },
    };
    ev.prevent_default();
    act(ev, quiz, announcer, action);
}

fn act(ev: &web_sys::Event, quiz: RwSignal<Option<Quiz>>, announcer: Announcer, action: Action) {
    let now = now_ms();
    let mut announcement = None;
    // Only a change re-draws the screen: a stray key must not wipe the answer field.
    quiz.maybe_update(|quiz| {
        let Some(quiz) = quiz else { return false };
        let changed = match action {
            Action::Reveal => {
                quiz.typed = typed_answer(ev);
                quiz.session.reveal()
            }
            Action::Grade(grade) => quiz.session.grade(grade, now),
            Action::Skip => quiz.session.skip(now),
            Action::End => {
                let was_running = !quiz.session.is_finished();
                quiz.session.end_early(now);
                was_running
            }
            Action::Restart => {
                *quiz = Quiz::open(quiz.spec.clone(), None, now);
                true
            }
        };
        if !changed {
            return false;
        }
        if quiz.session.is_revealed() {
            announcement = Some("Answer shown.");
        } else {
            quiz.typed.clear();
        }
        if quiz.session.is_finished() {
            announcement = Some("Session over. Your summary follows.");
        }
        store::set(&saved_session_key(&quiz.spec), &quiz.session.encode());
        true
    });
    if let (Some(text), Some(announcer)) = (announcement, announcer.get_untracked()) {
        announcer.set_text_content(Some(text));
    }
}

/// What the user wrote in the answer field, if anything.
fn typed_answer(ev: &web_sys::Event) -> String {
    main(ev)
        .and_then(|main| main.query_selector("#typed").ok().flatten())
        .and_then(|field| field.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|field| field.value())
        .unwrap_or_default()
}

/// Opens every answer on the page, or closes them all when all are open.
fn toggle_answers(ev: &web_sys::Event, button: &Element) {
    let Some(Ok(folds)) = main(ev).map(|main| main.query_selector_all("details.fold")) else {
        return;
    };
    let folds: Vec<Element> = (0..folds.length())
        .filter_map(|i| folds.item(i)?.dyn_into().ok())
        .collect();
    let open = !folds.iter().all(|fold| fold.has_attribute("open"));
    for fold in &folds {
        let _ = fold.toggle_attribute_with_force("open", open);
    }
    button.set_text_content(Some(if open {
        "Collapse all answers"
    } else {
        "Show all answers"
    }));
}

/// Starts the quiz chosen on the setup screen, with a fresh seed.
fn on_submit(ev: SubmitEvent) {
    let Some(form) = target(&ev) else { return };
    if form.get_attribute("data-form").as_deref() != Some("quiz-setup") {
        return;
    }
    ev.prevent_default();
    let checked = |selector: &str| -> Vec<String> {
        let Ok(inputs) = form.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..inputs.length())
            .filter_map(|i| inputs.item(i)?.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .collect()
    };
    let mut spec = QuizSpec::of_categories(checked("input[name=c]:checked"));
    if let Some(count) = checked("input[name=n]:checked").first() {
        spec.count = count_from(count).unwrap_or(spec.count);
    }
    let spec = spec.with_seed(fresh_seed());
    let _ = window().location().set_hash(&quiz_href(&spec));
}

/// Gives a quiz without a seed one, and writes it into the address so that
/// reloading or sharing asks the same questions.
fn write_seed(spec: &QuizSpec) -> QuizSpec {
    let spec = spec.with_seed(fresh_seed());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&quiz_href(&spec)),
        );
    }
    spec
}

fn saved_session_key(spec: &QuizSpec) -> String {
    format!("quiz:{}", spec.to_query())
}

/// The screen the event happened in (Leptos delegates events, so this is not
/// the event's current target).
fn main(ev: &web_sys::Event) -> Option<Element> {
    target(ev)?.closest("#main").ok()?
}

fn target(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into().ok()
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

fn fresh_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}
