//! Taking over a page the build rendered (`crate::prerender`): the app is
//! mounted over it, drawing the same screen, and keeps what the reader did
//! before it arrived: the answers opened, the scroll, and text being typed
//! in the search field, with its focus.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

use super::context::HandOver;
use super::navigation::Place;
use crate::deck;

/// What the reader did on the rendered page.
pub struct Taken {
    scrolled: f64,
    /// The text field that had focus: its id and text.
    typing: Option<(String, String)>,
}

/// Reads what the reader did on the page the build rendered into
/// `container`, if it holds one (the app's `<main>`; a page of a screen
/// that needs code holds a placeholder), and what the app must be handed
/// to draw it the same way.
pub fn read(container: &HtmlElement) -> Option<(HandOver, Taken)> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id("main")?;
    let scrolled = web_sys::window()?.scroll_y().unwrap_or_default();
    let mut open = Vec::new();
    if let Ok(folds) = container.query_selector_all("details[open][data-card]") {
        for at in 0..folds.length() {
            let id = folds
                .item(at)
                .and_then(|fold| fold.dyn_into::<web_sys::Element>().ok())
                .and_then(|fold| fold.get_attribute("data-card"));
            if let Some(card) = id.as_deref().and_then(deck::card) {
                open.push(card.id);
            }
        }
    }
    let typing = document
        .active_element()
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        .filter(|field| !field.id().is_empty())
        .map(|field| (field.id(), field.value()));
    let entry = web_sys::window()?
        .history()
        .and_then(|history| history.state())
        .ok()
        .and_then(|id| id.as_f64())
        .unwrap_or(0.0);
    let handed = HandOver {
        studied: None,
        places: vec![Place::new(entry, scrolled, open)],
    };
    Some((handed, Taken { scrolled, typing }))
}

impl Taken {
    /// Gives the app's newly drawn page the reader's scroll, and the text
    /// being typed with its focus (typing goes on at its end); the field
    /// then hears it as input, so search results follow as they would have.
    pub fn restore(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        window.scroll_to_with_x_and_y(0.0, self.scrolled);
        let Some((id, value)) = self.typing else {
            return;
        };
        let field = window
            .document()
            .and_then(|document| document.get_element_by_id(&id))
            .and_then(|field| field.dyn_into::<HtmlInputElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
            if !value.is_empty() {
                field.set_value(&value);
                if let Ok(input) = web_sys::Event::new("input") {
                    let _ = field.dispatch_event(&input);
                }
            }
        }
    }
}
