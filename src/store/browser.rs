use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{Backend, Fault};

/// The browser's localStorage. It compiles natively but only works in a
/// browser.
#[derive(Clone, Copy, Debug, Default)]
pub struct Browser;

/// Returns `window.localStorage`, or [`Fault::Blocked`] when the page may
/// not use it (blocked cookies, a sandboxed iframe). gloo's
/// `LocalStorage::raw` would panic there.
fn storage() -> Result<web_sys::Storage, Fault> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(Fault::Blocked)
}

impl Backend for Browser {
    fn get_raw(&self, key: &str) -> Result<Option<String>, Fault> {
        storage()?.get_item(key).map_err(|_| Fault::Blocked)
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), Fault> {
        storage()?.set_item(key, value).map_err(|_| Fault::Full)
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        storage()?.remove_item(key).map_err(|_| Fault::Blocked)
    }

    fn get<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Fault> {
        storage()?;
        match LocalStorage::get(key) {
            Ok(value) => Ok(Some(value)),
            Err(StorageError::KeyNotFound(_)) => Ok(None),
            Err(_) => Err(Fault::Unreadable),
        }
    }

    fn set<T: Serialize>(&self, key: &str, value: &T) -> Result<(), Fault> {
        storage()?;
        LocalStorage::set(key, value).map_err(|error| match error {
            // `setItem` fails only when the quota is exceeded.
            StorageError::JsError(_) => Fault::Full,
            _ => Fault::Unreadable,
        })
    }
}
