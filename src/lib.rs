//! Foldcards: study your own Markdown notes as flashcards in the browser.
//!
//! - [`deck`]: the notes, parsed at build time and embedded as static data;
//! - [`route`]: the URL hash and the screen it names;
//! - [`study`]: quizzes and sessions, without UI;
//! - [`progress`]: review logs, FSRS scheduling and the progress file, without UI;
//! - [`ui`]: the screens, and the Leptos shell that shows them.

pub mod deck;
pub mod progress;
pub mod route;
pub mod study;
pub mod ui;
pub mod url;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts the app in the page's `#app` element, replacing its loading text,
/// or in the body when there is no such element.
pub fn mount() {
    let host = document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => {
            host.set_inner_html("");
            leptos::mount::mount_to(host, ui::App).forget();
        }
        None => leptos::mount::mount_to_body(ui::App),
    }
}
