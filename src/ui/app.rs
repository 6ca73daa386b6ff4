use std::cell::RefCell;
use std::rc::Rc;

use leptos::ev::{KeyboardEvent, MouseEvent, SubmitEvent};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use super::card::card_page;
use super::category::category_page;
use super::embed::{self, Mode};
use super::home::home;
use super::quiz::{quiz_page, setup_page, Quiz};
use super::shared::{not_found, Page};
use super::store;
use crate::deck;
use crate::route::{quiz_href, Route};
use crate::study::quiz::{count_from, QuizSpec};
use crate::study::session::Grade;

/// What one app on the page shows. Plain state and one redraw trigger rather
/// than a signal each: every signal's closures compile to code of their own,
/// and the first load has few bytes to spare (see `markup.rs`).
struct State {
    route: Route,
    quiz: Option<Quiz>,
    /// The address, when the app keeps it itself (a `<fold-cards>` element).
    address: String,
}

/// What the shell's handlers work on.
#[derive(Clone)]
struct Shell {
    mode: Mode,
    state: Rc<RefCell<State>>,
    /// Draws the screen again from the state.
    redraw: Trigger,
    /// The `<fold-cards>` element the app lives in.
    host: Option<HtmlElement>,
}

impl Shell {
    fn address(&self) -> String {
        match self.mode {
            Mode::Element => self.state.borrow().address.clone(),
            Mode::Page | Mode::Frame => window().location().hash().unwrap_or_default(),
        }
    }

    /// Goes to another screen.
    fn go(&self, address: &str) {
        match self.mode {
            Mode::Element => {
                self.state.borrow_mut().address = address.to_owned();
                navigate(self);
            }
            Mode::Page | Mode::Frame => {
                let _ = window().location().set_hash(address);
            }
        }
    }

    /// Corrects the address without a new entry in the history.
    fn replace(&self, address: &str) {
        match self.mode {
            Mode::Element => self.state.borrow_mut().address = address.to_owned(),
            Mode::Page | Mode::Frame => {
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(address));
                }
            }
        }
    }
}

/// The shell: a header, and the screen the address names. Screens are HTML
/// (see `markup.rs`); the page's clicks, keys and forms are handled here, once.
/// `start` and `host` are the address and element of a `<fold-cards>`.
#[component]
pub fn App(mode: Mode, start: String, host: Option<HtmlElement>) -> impl IntoView {
    let shell = Shell {
        mode,
        state: Rc::new(RefCell::new(State {
            route: Route::Home,
            quiz: None,
            address: start,
        })),
        redraw: Trigger::new(),
        host,
    };
    let main = NodeRef::<leptos::html::Main>::new();

    navigate(&shell);
    if mode != Mode::Element {
        let listening = shell.clone();
        let listener = window_event_listener(leptos::ev::hashchange, move |_| navigate(&listening));
        on_cleanup(move || listener.remove());
    }
    if mode == Mode::Frame {
        embed::report_height();
    }

    let drawing = shell.clone();
    Effect::new(move |previous: Option<Route>| {
        drawing.redraw.track();
        let state = drawing.state.borrow();
        let page = screen(&state.route, state.quiz.as_ref(), mode);
        if mode != Mode::Element {
            document().set_title(&page.document_title());
        }
        if let Some(main) = main.get() {
            main.set_inner_html(&page.html);
            let first = previous.is_none();
            after_render(&main, mode, first, previous.as_ref() != Some(&state.route));
        }
        state.route.clone()
    });

    let (clicked, pressed, submitted) = (shell.clone(), shell.clone(), shell);
    view! {
        <div inner_html=top(mode)></div>
        <main
            id="main"
            class="page"
            node_ref=main
            on:click=move |ev| on_click(&ev, &clicked)
            on:keydown=move |ev| on_key(&ev, &pressed)
            on:submit=move |ev| on_submit(&ev, &submitted)
        ></main>
        <p class="sr-only" aria-live="polite"></p>
    }
}

/// The site's header, on the app's own page, and a notice when the browser
/// keeps no data.
fn top(mode: Mode) -> String {
    let mut html = String::new();
    if mode.has_header() {
        html.push_str(
            "<header class='site-header'><a class='brand' href='#/'>\
             <span class='brand-mark' aria-hidden='true'></span>Foldcards</a></header>",
        );
    }
    if !store::available() {
        html.push_str(
            "<p class='notice' role='status'>This page cannot keep data here, \
             so a quiz starts over if the page is reloaded.</p>",
        );
    }
    html
}

/// Reads the address; a quiz without a seed gets one, written into the address
/// so that reloading or sharing asks the same questions.
fn navigate(shell: &Shell) {
    let mut current = Route::from_hash(&shell.address());
    if let Route::Quiz(spec) = &current {
        let spec = match spec.seed {
            Some(_) => spec.clone(),
            None => {
                let seeded = spec.with_seed(fresh_seed());
                shell.replace(&quiz_href(&seeded));
                seeded
            }
        };
        let saved = store::get(&saved_session_key(&spec));
        shell.state.borrow_mut().quiz = Some(Quiz::open(spec.clone(), saved.as_deref(), now_ms()));
        current = Route::Quiz(spec);
    }
    shell.state.borrow_mut().route = current;
    shell.redraw.notify();
}

fn screen(route: &Route, quiz: Option<&Quiz>, mode: Mode) -> Page {
    // The Embed button, on the app's own page only.
    let base = (mode == Mode::Page).then(app_base);
    let base = base.as_deref();
    match route {
        Route::Home => home(),
        Route::Category(id) => match deck::category(id) {
            Some(category) => category_page(category, base),
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
            Some(quiz) => quiz_page(quiz, now_ms(), base),
            None => not_found("There is no quiz at this address."),
        },
        Route::NotFound(_) => not_found("There is no page at this address."),
    }
}

/// A new screen starts at the top; focus goes to what the screen marks
/// `data-focus` (the answer once shown), or else its heading.
fn after_render(main: &Element, mode: Mode, first: bool, navigated: bool) {
    if mode == Mode::Element {
        // On someone else's page, the app takes focus only once the user is in it.
        if first {
            return;
        }
    } else if navigated {
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

fn on_click(ev: &MouseEvent, shell: &Shell) {
    if shell.mode == Mode::Element {
        // Links move within the element; the blog's own address stays.
        let link = target(ev).and_then(|t| t.closest("a[href^='#/']").ok()?);
        if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
            ev.prevent_default();
            return shell.go(&href);
        }
    }
    let Some(control) = target(ev).and_then(|t| t.closest("[data-action],[data-grade]").ok()?)
    else {
        return;
    };
    if let Some(key) = control.get_attribute("data-grade") {
        if let Some(grade) = Grade::from_key(&key) {
            act(ev, shell, Action::Grade(grade));
        }
        return;
    }
    let action = match control.get_attribute("data-action").as_deref() {
        Some("reveal") => Action::Reveal,
        Some("skip") => Action::Skip,
        Some("end") => Action::End,
        Some("restart") => Action::Restart,
        Some("toggle-answers") => return toggle_answers(ev, &control),
        Some("copy") => return embed::copy_snippet(&control),
        _ => return,
    };
    act(ev, shell, action);
}

/// Space or Enter reveals, 1 to 4 grade, as in Anki: only inside the quiz,
/// never from a text field, never while an input method is composing (Korean
/// text is composed), and never twice from one held key.
fn on_key(ev: &KeyboardEvent, shell: &Shell) {
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
    act(ev, shell, action);
}

fn act(ev: &web_sys::Event, shell: &Shell, action: Action) {
    let now = now_ms();
    let mut announcement = None;
    let mut finished = None;
    // Only a change redraws the screen: a stray key must not wipe the answer field.
    let changed = 'change: {
        let mut state = shell.state.borrow_mut();
        let Some(quiz) = state.quiz.as_mut() else {
            return;
        };
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
            break 'change false;
        }
        if quiz.session.is_revealed() {
            announcement = Some("Answer shown.");
        } else {
            quiz.typed.clear();
        }
        if quiz.session.is_finished() {
            announcement = Some("Session over. Your summary follows.");
            finished = Some(quiz.session.summary(now));
        }
        store::set(&saved_session_key(&quiz.spec), &quiz.session.encode());
        true
    };
    if !changed {
        return;
    }
    shell.redraw.notify();
    let announcer = main(ev).and_then(|main| main.next_element_sibling());
    if let (Some(text), Some(announcer)) = (announcement, announcer) {
        announcer.set_text_content(Some(text));
    }
    if let Some(summary) = finished {
        embed::announce_finished(shell.mode, shell.host.as_ref(), &summary);
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
    let folds: Vec<Element> = elements(&folds);
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
fn on_submit(ev: &SubmitEvent, shell: &Shell) {
    let Some(form) = target(ev) else { return };
    if form.get_attribute("data-form").as_deref() != Some("quiz-setup") {
        return;
    }
    ev.prevent_default();
    let checked = |selector: &str| -> Vec<String> {
        let Ok(inputs) = form.query_selector_all(selector) else {
            return Vec::new();
        };
        elements::<HtmlInputElement>(&inputs)
            .iter()
            .map(HtmlInputElement::value)
            .collect()
    };
    let mut spec = QuizSpec::of_categories(checked("input[name=c]:checked"));
    if let Some(count) = checked("input[name=n]:checked").first() {
        spec.count = count_from(count).unwrap_or(spec.count);
    }
    let spec = spec.with_seed(fresh_seed());
    shell.go(&quiz_href(&spec));
}

fn saved_session_key(spec: &QuizSpec) -> String {
    format!("quiz:{}", spec.to_query())
}

/// The screen the event happened in (Leptos delegates events, so this is not
/// the event's current target).
fn main(ev: &web_sys::Event) -> Option<Element> {
    target(ev)?.closest("#main").ok()?
}

/// The elements of a query's result that are `T`s.
fn elements<T: JsCast>(list: &web_sys::NodeList) -> Vec<T> {
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn target(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into().ok()
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The app's address without its hash: what an embed loads.
fn app_base() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
    format!("{}{folder}/", location.origin().unwrap_or_default())
}

fn fresh_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}
