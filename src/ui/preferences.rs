//! What the user sets for every Foldcards deck on a site, in the header of
//! the app's own page: the UI's language and dark mode. Both are kept in
//! localStorage when the browser allows; the switches work for the visit
//! either way.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::browser::{keep_focus, IN_BROWSER};
use super::context::{restart_in, use_host, use_screen};
use super::host::Mode;
use crate::deck::NOTES_LANG;
use crate::i18n::Lang;
use crate::route::address_setting;
use crate::store::{Backend, Browser};

/// Where the chosen language is kept.
const LANG_KEY: &str = "foldcards:lang";

/// Where the chosen theme is kept; `index.html` applies it before the first
/// paint.
const THEME_KEY: &str = "foldcards:theme";

/// The language an app starts in: the one its embed asks for (`asked`, a
/// `<fold-cards lang>`, or `&lang=` in an iframe's address), then the
/// user's choice, then the notes' (Korean or English, so far always one the
/// UI speaks), then the browser's.
pub fn initial_lang(mode: Mode, asked: Option<String>) -> Lang {
    let asked = match mode {
        // In the query, or in an older address's hash (`#/embed/c/web?lang=en`).
        Mode::Frame => address_setting(&window().location().href().unwrap_or_default(), "lang"),
        Mode::Page | Mode::Element => asked,
    };
    let chosen = Browser.get_raw(LANG_KEY).ok().flatten();
    let browser = window().navigator().language().unwrap_or_default();
    Lang::initial(asked.as_deref(), chosen.as_deref(), NOTES_LANG, &browser)
}

/// Offers the other language, named in that language, and keeps the choice.
/// The app starts again in it ([`restart_in`]): screens are drawn in one
/// language, never patched from one to the other.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let host = use_host();
    let screen = use_screen();
    let other = host.lang.other();
    let node = NodeRef::<leptos::html::Button>::new();
    if screen.is_switching_language() {
        node.on_load(move |button| {
            screen.end_language_switch();
            let _ = button.focus();
        });
    }
    let switch = move |_| {
        // A second click before the app has started again changes nothing.
        if screen.is_switching_language() {
            return;
        }
        let _ = Browser.set_raw(LANG_KEY, other.code());
        if restart_in(other) {
            screen.start_language_switch();
        }
    };
    view! {
        <button type="button" class="header-switch" lang=other.code() node_ref=node on:click=switch>
            {host.words().switch_to}
        </button>
    }
}

/// The system's dark mode setting, which says whether it is on and when it
/// changes.
fn system_setting() -> Option<web_sys::MediaQueryList> {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

fn system_dark() -> bool {
    system_setting().is_some_and(|query| query.matches())
}

/// Dark mode on or off: the system's setting until the user chooses, and
/// again once the user chooses what the system says.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    // At build time, the switch says what a page with no choice shows.
    let root = IN_BROWSER.then(|| document().document_element()).flatten();
    let chosen = root
        .as_ref()
        .and_then(|root| root.get_attribute("data-theme"));
    let system = IN_BROWSER.then(system_setting).flatten();
    let system_is_dark = system.as_ref().is_some_and(|query| query.matches());
    let dark = RwSignal::new(chosen.map_or(system_is_dark, |theme| theme == "dark"));
    // Until the user chooses, the switch says what the system's setting
    // says, as it changes.
    if let Some(system) = system {
        let follow = Closure::<dyn Fn()>::new({
            let system = system.clone();
            move || {
                let chosen = document()
                    .document_element()
                    .is_some_and(|root| root.has_attribute("data-theme"));
                if !chosen {
                    dark.try_set(system.matches());
                }
            }
        });
        system.set_onchange(Some(follow.as_ref().unchecked_ref()));
        // Kept until the app stops (it starts again in another language),
        // which takes the handler off first.
        let kept = StoredValue::new_local((system, follow));
        on_cleanup(move || kept.with_value(|(system, _)| system.set_onchange(None)));
    }
    let toggle = move |_| {
        let to_dark = !dark.get_untracked();
        dark.set(to_dark);
        let theme = if to_dark { "dark" } else { "light" };
        let follows_system = to_dark == system_dark();
        if let Some(root) = &root {
            let _ = match follows_system {
                true => root.remove_attribute("data-theme"),
                false => root.set_attribute("data-theme", theme),
            };
        }
        let _ = match follows_system {
            true => Browser.remove(THEME_KEY),
            false => Browser.set_raw(THEME_KEY, theme),
        };
    };
    view! {
        <button
            type="button"
            class="header-switch"
            aria-pressed=move || dark.get().to_string()
            on:mousedown=keep_focus
            on:click=toggle
        >
            <span aria-hidden="true">"◐"</span>
            <span class="switch-label">" "{use_host().words().dark_mode}</span>
        </button>
    }
}
