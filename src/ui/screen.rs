//! What the screen on show says to the browser: the tab's title, where
//! focus goes as it appears, and what screen readers announce. The
//! [`Screen`] context keeps the title and the focused element, so that when
//! search results close, the screen under them gets both back.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::browser::{after_paint, IN_BROWSER};
use super::host::Mode;

#[derive(Clone, Copy)]
pub struct Screen {
    mode: Mode,
    /// Read out by screen readers through a polite live region ("Answer
    /// shown."); cleared as each screen is drawn.
    announcement: RwSignal<&'static str>,
    /// What the screen last gave focus to as it appeared.
    focused: StoredValue<Option<HtmlElement>, LocalStorage>,
    /// The screen's title, without search's.
    title: StoredValue<String>,
    /// Whether search's title is yet to name the tab, after the results'
    /// paint; cleared by any title set meanwhile.
    results_title_due: StoredValue<bool>,
    /// Whether a screen has been drawn yet: on someone else's page, the first
    /// screen does not take focus (that would scroll the blog); later ones,
    /// reached by the user's own clicks, do.
    drawn: StoredValue<bool>,
    /// Set from a click on the language switch until the app started again
    /// in the new language has given the switch focus: meanwhile screens
    /// take no focus, and a second click does nothing.
    switching_language: StoredValue<bool>,
    /// Whether the first screen is drawn over a page the build rendered.
    taking_over: StoredValue<bool>,
}

impl Screen {
    /// `switching_language`: the app starts because the user switched
    /// language; `taking_over`: it takes over a page the build rendered,
    /// whose first screen leaves focus where the reader has it.
    pub fn new(mode: Mode, switching_language: bool, taking_over: bool) -> Self {
        Screen {
            mode,
            announcement: RwSignal::new(""),
            focused: StoredValue::new_local(None),
            title: StoredValue::new(String::new()),
            results_title_due: StoredValue::new(false),
            drawn: StoredValue::new(false),
            taking_over: StoredValue::new(taking_over),
            switching_language: StoredValue::new(switching_language),
        }
    }

    /// Whether a screen that appears now takes focus: always on the app's
    /// own page; on someone else's page (an iframe or an element) only once
    /// the user is in the app, so that loading never scrolls the blog.
    fn takes_focus(&self) -> bool {
        let first_taken_over = self.taking_over.get_value() && !self.drawn.get_value();
        (self.mode == Mode::Page || self.drawn.get_value())
            && !self.is_switching_language()
            && !first_taken_over
    }

    /// Whether the user has just switched language (see
    /// [`Screen::start_language_switch`]).
    pub fn is_switching_language(&self) -> bool {
        self.switching_language.get_value()
    }

    pub fn start_language_switch(&self) {
        self.switching_language.set_value(true);
    }

    /// The app started in the new language has given the switch focus.
    pub fn end_language_switch(&self) {
        self.switching_language.set_value(false);
    }

    /// Has screen readers say `words`.
    pub fn announce(&self, words: &'static str) {
        self.announcement.set(words);
    }

    /// What screen readers are told (tracked).
    pub fn announcement(&self) -> &'static str {
        self.announcement.get()
    }

    /// Notes that a screen was drawn, and clears what the last one announced.
    pub fn note_drawn(&self) {
        self.drawn.set_value(true);
        self.announcement.set("");
    }

    /// Restores the screen that search results covered: its title, and focus
    /// where it was when the search began.
    pub fn uncover(&self) {
        self.results_title_due.set_value(false);
        document().set_title(&self.title.get_value());
        if let Some(element) = self.focused.get_value() {
            let _ = element.focus();
        }
    }

    /// Names the screen in the tab, before the app's name, and keeps the
    /// title unless `on_results` (search results cover the screen). An
    /// element leaves the blog's title alone. Results name the tab after
    /// their first paint, as their address is written: setting the title
    /// takes about 1 ms of a keystroke, and a title set meanwhile wins.
    pub fn set_title(&self, page: Option<&str>, on_results: bool) {
        if self.mode == Mode::Element {
            return;
        }
        let title = tab_title(page);
        if on_results && IN_BROWSER {
            self.results_title_due.set_value(true);
            let due = self.results_title_due;
            after_paint(Box::new(move || {
                if due.get_value() {
                    due.set_value(false);
                    document().set_title(&title);
                }
            }));
            return;
        }
        self.results_title_due.set_value(false);
        if IN_BROWSER {
            document().set_title(&title);
        }
        if !on_results {
            self.title.set_value(title);
        }
    }

    /// A node that takes focus when it appears, so that keyboard and screen
    /// reader users start on what changed (a new screen's heading, a shown
    /// answer), and again when search results that covered it close.
    pub fn focus_on_load<E>(&self) -> NodeRef<E>
    where
        E: ElementType + 'static,
        E::Output: JsCast + Clone + 'static,
    {
        let node = NodeRef::new();
        let takes_focus = self.takes_focus();
        let focused = self.focused;
        node.on_load(move |element: E::Output| {
            let element: HtmlElement = element.unchecked_into();
            if takes_focus {
                let _ = element.focus();
            }
            focused.set_value(Some(element));
        });
        node
    }
}

/// The tab's title for a screen named `page`: the screen, then the site.
pub fn tab_title(page: Option<&str>) -> String {
    match page {
        Some(page) => format!("{page} · {}", crate::deck::SITE_TITLE),
        None => crate::deck::SITE_TITLE.to_owned(),
    }
}
