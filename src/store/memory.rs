use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{Backend, Fault};

/// A backend in memory, which can also simulate a blocked or a full
/// localStorage.
#[derive(Debug, Default)]
pub struct Memory {
    items: RefCell<BTreeMap<String, String>>,
    blocked: Cell<bool>,
    /// The most bytes of keys and values it may hold; `None` for no limit.
    quota: Cell<Option<usize>>,
}

impl Memory {
    pub fn new() -> Self {
        Self::default()
    }

    /// While blocked, every call fails with [`Fault::Blocked`].
    pub fn set_blocked(&self, blocked: bool) {
        self.blocked.set(blocked);
    }

    pub fn set_quota(&self, bytes: Option<usize>) {
        self.quota.set(bytes);
    }

    /// Bytes of keys and values held.
    pub fn used(&self) -> usize {
        self.items
            .borrow()
            .iter()
            .map(|(key, value)| key.len() + value.len())
            .sum()
    }

    /// Returns a copy of every item, to compare before and after.
    pub fn items(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }

    fn check(&self) -> Result<(), Fault> {
        if self.blocked.get() {
            Err(Fault::Blocked)
        } else {
            Ok(())
        }
    }
}

impl Backend for Memory {
    fn get_raw(&self, key: &str) -> Result<Option<String>, Fault> {
        self.check()?;
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), Fault> {
        self.check()?;
        let replaced = self
            .items
            .borrow()
            .get(key)
            .map_or(0, |old| key.len() + old.len());
        let after = self.used() - replaced + key.len() + value.len();
        if self.quota.get().is_some_and(|quota| after > quota) {
            return Err(Fault::Full);
        }
        self.items
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        self.check()?;
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn get<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Fault> {
        match self.get_raw(key)? {
            Some(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|_| Fault::Unreadable),
            None => Ok(None),
        }
    }

    fn set<T: Serialize>(&self, key: &str, value: &T) -> Result<(), Fault> {
        let text = serde_json::to_string(value).map_err(|_| Fault::Unreadable)?;
        self.set_raw(key, &text)
    }
}
