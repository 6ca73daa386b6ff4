//! Foldcards: study your own Markdown notes as flashcards in the browser.
//!
//! - `anki` (native builds): the decks as Anki import files, written at build time;
//! - [`deck`]: the notes, parsed at build time and embedded as static data;
//! - [`i18n`]: the UI's words, in Korean and English;
//! - [`route`]: the screens and their addresses;
//! - [`study`]: quizzes and sessions, without UI;
//! - `prerender` (native builds): the notes' pages, rendered at build time;
//! - [`progress`]: review logs, FSRS scheduling and the progress file, without UI;
//! - [`store`]: what is kept between visits, and what happens when storage fails;
//! - [`ui`]: the screens, and the Leptos shell that shows them;
//! - [`url`]: percent-encoding for the address.

#[cfg(not(target_arch = "wasm32"))]
pub mod anki;
pub mod deck;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod progress;
pub mod route;
pub mod store;
pub mod study;
pub mod ui;
pub mod url;

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use i18n::Lang;
use ui::context::{HandOver, Restart};
use ui::host::Mode;
use ui::navigation::page_is_embed;
use ui::preferences::initial_lang;
use ui::takeover;
use ui::App;

thread_local! {
    /// The app on its own page, kept so that it can start again in another
    /// language: dropping its mount handle unmounts it. A static rather than
    /// app state, since the handle owns the app's reactive owner and must
    /// outlive it.
    static PAGE_APP: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

/// Starts the app in its own page's `#foldcards` element. A page without one
/// (a blog loading `embed.js`) gets apps through [`mount_element`] instead.
pub fn mount() {
    mount_page(None, None);
}

/// Starts the app on its own page again, in `lang`, taking over what the app
/// it replaces held: every screen is drawn anew in the new language.
fn restart_page(lang: Lang, handed: HandOver) {
    mount_page(Some(lang), Some(handed));
}

fn mount_page(lang: Option<Lang>, handed: Option<HandOver>) {
    let Some(Ok(container)) = document()
        .get_element_by_id("foldcards")
        .map(|container| container.dyn_into::<web_sys::HtmlElement>())
    else {
        return;
    };
    // The page the build rendered, and what the reader did on it, unless an
    // app is already running (a language switch hands over its own).
    let (handed, taken) = match handed {
        Some(handed) => (Some(handed), None),
        None => takeover::read(&container).unzip(),
    };
    PAGE_APP.with_borrow_mut(|app| app.take());
    container.set_inner_html("");
    let mode = if page_is_embed() {
        Mode::Frame
    } else {
        Mode::Page
    };
    let lang = lang.unwrap_or_else(|| initial_lang(mode, None));
    let app = start(
        container,
        mode,
        String::new(),
        None,
        String::new(),
        lang,
        handed,
    );
    PAGE_APP.with_borrow_mut(|kept| *kept = Some(Box::new(app)));
    if let Some(taken) = taken {
        taken.restore();
    }
}

/// Starts an app in `container`, inside the shadow root of a `<fold-cards>`
/// element (`element`), at `address` (`quiz/?c=…`); `app_address` is where
/// the app's files (and the notes' images) are; `container`'s `lang`, when
/// set, is the language asked for. Called by `embed.js`.
#[wasm_bindgen]
pub fn mount_element(
    container: web_sys::HtmlElement,
    address: String,
    element: web_sys::HtmlElement,
    app_address: String,
) {
    let lang = initial_lang(Mode::Element, container.get_attribute("lang"));
    // The element's own root says what language its UI speaks; the blog's
    // `<html lang>` is the blog's.
    let _ = container.set_attribute("lang", lang.code());
    // The app draws over the screen `embed.js` showed while it loaded.
    container.set_inner_html("");
    let element = Some(element);
    start(
        container,
        Mode::Element,
        address,
        element,
        app_address,
        lang,
        None,
    )
    .forget();
}

/// Mounts an app in `container`: one call for both kinds of mount, so that
/// the app's view is compiled once (a second `mount_to` measured 0.4 KB gzip).
fn start(
    container: web_sys::HtmlElement,
    mode: Mode,
    address: String,
    element: Option<web_sys::HtmlElement>,
    app_address: String,
    lang: Lang,
    handed: Option<HandOver>,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    let restart = (mode != Mode::Element).then_some(restart_page as Restart);
    leptos::mount::mount_to(container, move || {
        view! { <App mode start=address element lang handed app_address restart /> }
    })
}
