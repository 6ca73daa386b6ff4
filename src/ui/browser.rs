//! Browser calls the screens share, with no app state of their own: the
//! clock, random seeds, running work after a paint, downloads, and keeping
//! focus where it is. A leaf: it imports nothing else of the UI.
//!
//! Natively, the build renders the notes' pages with the same components
//! (`crate::prerender`), with no window to call: [`IN_BROWSER`] gates what
//! only a browser has, and the clock and seeds here read the system's.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::progress::today::Clock;

/// Whether the app runs in a browser, rather than natively to render pages
/// at build time.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Milliseconds since 1970, from `Date.now()`.
pub fn now_ms() -> u64 {
    if !IN_BROWSER {
        return system_now_ms();
    }
    js_sys::Date::now() as u64
}

/// The system clock, for a page rendered at build time.
fn system_now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_millis() as u64)
}

/// The time now, with the browser's time zone offset, for what is due
/// today (UTC at build time).
pub fn clock() -> Clock {
    if !IN_BROWSER {
        let now = (system_now_ms() / 1000) as i64;
        return Clock { now, utc_offset: 0 };
    }
    let now = js_sys::Date::new_0();
    Clock {
        now: (now.get_time() / 1000.0) as i64,
        utc_offset: -(now.get_timezone_offset() as i64) * 60,
    }
}

/// A quiz's shuffle seed, from `Math.random()` (0 at build time).
pub fn fresh_seed() -> u64 {
    if !IN_BROWSER {
        return 0;
    }
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}

/// Runs `then` in a task after the next animation frame, so that the
/// frame's rendering comes first: for work the user should not wait for.
pub fn after_paint(then: Box<dyn FnOnce()>) {
    request_animation_frame(move || set_timeout(then, std::time::Duration::ZERO));
}

/// A `mousedown` handler for toggles clicked in passing (a star, dark
/// mode): preventing the default leaves focus where it was, as Safari does
/// for every button, so that a quiz's Space still shows the answer. The
/// keyboard still reaches the toggle.
pub fn keep_focus(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
}

/// Saves `text` as a JSON file named `name` in the user's downloads,
/// through a temporary object URL and a clicked `<a download>`.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document().create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoked once the download has started with it.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

/// Asks the browser to keep this origin's storage under pressure
/// (`navigator.storage.persist()`), where the browser has the API.
pub fn ask_to_persist() {
    if let Ok(storage) = js_sys::Reflect::get(&window().navigator(), &"storage".into()) {
        if !storage.is_undefined() {
            let _ = web_sys::StorageManager::from(storage).persist();
        }
    }
}
