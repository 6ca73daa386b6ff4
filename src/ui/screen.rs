//! What the screen on show says to the browser: the tab's title, where
//! focus goes as it appears, and what screen readers announce. The
//! [`Screen`] context keeps them, so that a screen search results covered
//! comes back with its title and focus.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::host::Mode;

#[derive(Clone, Copy)]
pub struct Screen {
    mode: Mode,
    /// Read out by screen readers through a polite live region ("Answer
    /// shown."); cleared as each screen is drawn.
    pub announcement: RwSignal<&'static str>,
    /// What the screen last gave focus to as it appeared.
    focused: StoredValue<Option<HtmlElement>, LocalStorage>,
    /// The screen's title, without search's.
    title: StoredValue<String>,
    /// Whether a screen has been drawn yet: on someone else's page the app
    /// takes focus only once the user is in it.
    drawn: StoredValue<bool>,
    /// Set while the app starts again in the language just chosen, so that
    /// focus goes back to the language switch rather than to the heading.
    pub switched_language: StoredValue<bool>,
}

impl Screen {
    pub fn new(mode: Mode, switched_language: bool) -> Self {
        Screen {
            mode,
            announcement: RwSignal::new(""),
            focused: StoredValue::new_local(None),
            title: StoredValue::new(String::new()),
            drawn: StoredValue::new(false),
            switched_language: StoredValue::new(switched_language),
        }
    }

    /// Whether a screen that appears now takes focus: always on the app's
    /// own page; on someone else's page (an iframe or an element) only once
    /// the user is in the app, so that loading never scrolls the blog.
    fn takes_focus(&self) -> bool {
        (self.mode == Mode::Page || self.drawn.get_value()) && !self.switched_language.get_value()
    }

    /// Notes that a screen was drawn, and clears what the last one announced.
    pub fn drawn(&self) {
        self.drawn.set_value(true);
        self.announcement.set("");
    }

    /// Gives back the screen search results covered: its title, and focus
    /// where it was when the search began.
    pub fn uncover(&self) {
        document().set_title(&self.title.get_value());
        if let Some(element) = self.focused.get_value() {
            let _ = element.focus();
        }
    }

    /// Names the screen in the tab, before the app's name, and keeps the
    /// title unless `on_results` (search results cover the screen). An
    /// element leaves the blog's title alone.
    pub fn set_title(&self, page: Option<&str>, on_results: bool) {
        if self.mode == Mode::Element {
            return;
        }
        let title = match page {
            Some(page) => format!("{page} · Foldcards"),
            None => "Foldcards".to_owned(),
        };
        document().set_title(&title);
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
