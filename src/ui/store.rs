//! The browser's localStorage, under this deck's namespace. Storage can be
//! missing (blocked cookies, sandboxed iframes) or full; then nothing is kept
//! and nothing panics.

use gloo_storage::{LocalStorage, Storage};

use crate::deck::NAMESPACE;

/// `foldcards:<namespace>:<name>`: one key per thing kept.
pub fn key(name: &str) -> String {
    format!("foldcards:{NAMESPACE}:{name}")
}

pub fn available() -> bool {
    // `LocalStorage::raw` panics when storage is blocked; asking first does not.
    matches!(leptos::prelude::window().local_storage(), Ok(Some(_)))
}

pub fn get(name: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(&key(name)).ok().flatten()
}

/// False when the browser did not keep it.
pub fn set(name: &str, value: &str) -> bool {
    available() && LocalStorage::raw().set_item(&key(name), value).is_ok()
}
