//! Where the app keeps things between visits: a key-value storage trait with
//! two backends, the browser's localStorage and an in-memory one for tests,
//! and what is kept in it (progress, saved quiz sessions). No UI here.
//!
//! Keys are `foldcards:<namespace>:<name>`, so that several decks on one site
//! keep their data apart.

mod browser;
mod memory;
mod progress;

pub use browser::Browser;
pub use memory::Memory;
pub use progress::{Notice, ProgressStore};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::study::session::SavedSession;

/// Why storage did not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// There is no storage: blocked cookies, a sandboxed iframe.
    Blocked,
    /// The quota is used up; what was there before is unchanged.
    Full,
    /// The key holds something that is not the type asked for.
    Unreadable,
}

/// A string key-value store. `get` and `set` store values as JSON;
/// `get_raw` and `set_raw` read and write the stored text unchanged, so
/// that bytes that do not parse can be backed up exactly.
pub trait Backend {
    fn get_raw(&self, key: &str) -> Result<Option<String>, Fault>;
    fn set_raw(&self, key: &str, value: &str) -> Result<(), Fault>;
    fn remove(&self, key: &str) -> Result<(), Fault>;
    fn get<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Fault>;
    fn set<T: Serialize>(&self, key: &str, value: &T) -> Result<(), Fault>;
}

/// Lets stores share one backend by reference, as two apps in one document
/// share localStorage.
impl<B: Backend> Backend for &B {
    fn get_raw(&self, key: &str) -> Result<Option<String>, Fault> {
        (**self).get_raw(key)
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), Fault> {
        (**self).set_raw(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        (**self).remove(key)
    }

    fn get<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Fault> {
        (**self).get(key)
    }

    fn set<T: Serialize>(&self, key: &str, value: &T) -> Result<(), Fault> {
        (**self).set(key, value)
    }
}

/// Returns the storage key `foldcards:<namespace>:<name>`.
pub fn key(namespace: &str, name: &str) -> String {
    format!("foldcards:{namespace}:{name}")
}

/// The name progress is kept under.
pub const PROGRESS: &str = "progress";

/// Where the session of quiz `name` is saved: the pages' inline scripts
/// check it too, to start only quizzes that have none.
pub fn session_key(namespace: &str, name: &str) -> String {
    key(namespace, &format!("quiz:{name}"))
}

/// Returns the session saved for quiz `name`, if any;
/// [`SavedSession::resume`] checks that it fits. A storage fault returns
/// `None`, so a quiz runs without storage.
pub fn load_session(backend: &impl Backend, namespace: &str, name: &str) -> Option<SavedSession> {
    backend.get(&session_key(namespace, name)).ok()?
}

/// Saves `saved` as quiz `name`, if storage allows, unless the stored session
/// is ahead of it ([`SavedSession::is_ahead_of`]) because another tab took
/// the same quiz further. So a tab left behind never moves back the point a
/// reload resumes from.
pub fn save_session(backend: &impl Backend, namespace: &str, name: &str, saved: &SavedSession) {
    if load_session(backend, namespace, name).is_some_and(|kept| kept.is_ahead_of(saved)) {
        return;
    }
    // A quiz that cannot be kept still runs; it starts over on reload.
    let _ = backend.set(&session_key(namespace, name), saved);
}
