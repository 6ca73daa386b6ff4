//! Foldcards: study your own Markdown notes as flashcards in the browser.
//!
//! - [`deck`]: the notes, parsed at build time and embedded as static data;
//! - [`route`]: the URL hash and the screen it names;
//! - [`study`]: quizzes and sessions, without UI;
//! - [`progress`]: review logs, FSRS scheduling and the progress file, without UI;
//! - [`store`]: what is kept between visits, and what happens when storage fails;
//! - [`ui`]: the screens, and the Leptos shell that shows them;
//! - [`url`]: percent-encoding for the address.

pub mod deck;
pub mod progress;
pub mod route;
pub mod store;
pub mod study;
pub mod ui;
pub mod url;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use ui::embed::Mode;
use ui::App;

/// Starts the app in its own page's `#foldcards` element. A page without one
/// (a blog loading `embed.js`) gets apps through [`mount_element`] instead.
pub fn mount() {
    let Some(Ok(host)) = document()
        .get_element_by_id("foldcards")
        .map(|host| host.dyn_into::<web_sys::HtmlElement>())
    else {
        return;
    };
    host.set_inner_html("");
    let embedded = route::is_embed(&window().location().hash().unwrap_or_default());
    let mode = if embedded { Mode::Frame } else { Mode::Page };
    start(host, mode, String::new(), None);
}

/// Starts an app in `container`, inside the shadow root of a `<fold-cards>`
/// element (`host`), at `address` (`#/quiz?c=…`); `app_address` is where the
/// app's files (and the notes' images) are. Called by `embed.js`.
#[wasm_bindgen]
pub fn mount_element(
    container: web_sys::HtmlElement,
    address: String,
    host: web_sys::HtmlElement,
    app_address: String,
) {
    // The element's own root says what language its UI speaks; the blog's
    // `<html lang>` is the blog's.
    let _ = container.set_attribute("lang", ui::UI_LANG);
    ui::embed::set_app_address(app_address);
    start(container, Mode::Element, address, Some(host));
}

fn start(
    container: web_sys::HtmlElement,
    mode: Mode,
    address: String,
    host: Option<web_sys::HtmlElement>,
) {
    leptos::mount::mount_to(container, move || view! { <App mode start=address host /> }).forget();
}
