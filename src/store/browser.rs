use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{Backend, Fault};

/// The browser's localStorage. Natively (pages rendered at build time) it
/// reads as empty and keeps nothing: [`NATIVE`] returns before any call to
/// the browser.
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

/// Whether this is a native build, which has no browser to call.
const NATIVE: bool = !cfg!(target_arch = "wasm32");

impl Backend for Browser {
    fn get_raw(&self, key: &str) -> Result<Option<String>, Fault> {
        if NATIVE {
            return Ok(None);
        }
        storage()?.get_item(key).map_err(|_| Fault::Blocked)
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), Fault> {
        if NATIVE {
            return Ok(());
        }
        storage()?.set_item(key, value).map_err(|_| Fault::Full)
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        if NATIVE {
            return Ok(());
        }
        storage()?.remove_item(key).map_err(|_| Fault::Blocked)
    }

    fn get<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Fault> {
        if NATIVE {
            return Ok(None);
        }
        storage()?;
        match LocalStorage::get(key) {
            Ok(value) => Ok(Some(value)),
            Err(StorageError::KeyNotFound(_)) => Ok(None),
            Err(_) => Err(Fault::Unreadable),
        }
    }

    fn set<T: Serialize>(&self, key: &str, value: &T) -> Result<(), Fault> {
        if NATIVE {
            return Ok(());
        }
        storage()?;
        LocalStorage::set(key, value).map_err(|error| match error {
            // `setItem` fails only when the quota is exceeded.
            StorageError::JsError(_) => Fault::Full,
            _ => Fault::Unreadable,
        })
    }
}
