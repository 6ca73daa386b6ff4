use super::{key, Backend, Fault, PROGRESS};
use crate::progress::schema::{read_stored, ProgressFile, Stored};
use crate::progress::Progress;

/// Something the user should know about their stored progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser keeps no data for this page.
    Blocked,
    /// The browser's storage is full: new progress was not kept.
    Full,
    /// Stored progress could not be read; its bytes were kept under `backup_key`.
    Corrupt { backup_key: String },
    /// A newer Foldcards wrote the stored progress: it is read, never written over.
    Newer { version: u32 },
}

fn notice(fault: Fault) -> Notice {
    match fault {
        Fault::Blocked => Notice::Blocked,
        // Here only a write returns `Full` or `Unreadable`; either way the
        // new progress is not kept, which `Notice::Full` reports.
        Fault::Full | Fault::Unreadable => Notice::Full,
    }
}

/// The progress kept under `foldcards:<namespace>:progress`.
///
/// Every save reads what is stored, merges into it and writes the union, so
/// that two tabs, or two apps in one document, keep each other's reviews.
#[derive(Clone, Debug)]
pub struct ProgressStore<B: Backend> {
    backend: B,
    namespace: String,
    key: String,
    /// Set once a newer version's progress is found: it is never written over.
    newer: Option<u32>,
}

impl<B: Backend> ProgressStore<B> {
    /// Opens the store and returns it with the progress it holds and any
    /// notice for the user.
    pub fn open(backend: B, namespace: &str) -> (Self, Progress, Option<Notice>) {
        let mut store = ProgressStore {
            backend,
            namespace: namespace.to_owned(),
            key: key(namespace, PROGRESS),
            newer: None,
        };
        let (progress, notice) = store.save(&Progress::default());
        (store, progress, notice)
    }

    /// The key, to recognise this store's `storage` events.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Merges `progress` into what is stored and writes the union, which it
    /// returns, even when it could not be written. Stored bytes that cannot be
    /// read are backed up first (and not written over if that fails).
    pub fn save(&mut self, progress: &Progress) -> (Progress, Option<Notice>) {
        if let Some(version) = self.newer {
            return (progress.clone(), Some(Notice::Newer { version }));
        }
        let text = match self.backend.get_raw(&self.key) {
            Ok(Some(text)) => text,
            Ok(None) if progress.is_empty() => return (Progress::default(), None),
            Ok(None) => return self.write(progress.clone(), None),
            Err(fault) => return (progress.clone(), Some(notice(fault))),
        };
        let mut union = progress.clone();
        let readable = match read_stored(&text, &self.namespace) {
            Stored::Current(stored) => {
                union.merge(&stored);
                if union == stored {
                    return (union, None);
                }
                return self.write(union, None);
            }
            Stored::Newer { version, progress } => {
                union.merge(&progress);
                self.newer = Some(version);
                return (union, Some(Notice::Newer { version }));
            }
            Stored::Damaged(readable) => readable,
            Stored::Unreadable => Progress::default(),
        };
        union.merge(&readable);
        match self.back_up(&text) {
            Ok(backup_key) => self.write(union, Some(Notice::Corrupt { backup_key })),
            Err(fault) => (union, Some(notice(fault))),
        }
    }

    fn write(
        &self,
        progress: Progress,
        notice_if_kept: Option<Notice>,
    ) -> (Progress, Option<Notice>) {
        let file = ProgressFile::new(&progress, &self.namespace);
        match self.backend.set(&self.key, &file) {
            Ok(()) => (progress, notice_if_kept),
            Err(fault) => (progress, Some(notice(fault))),
        }
    }

    /// Copies `text` under the first free `<key>-backup-<n>`, or finds the
    /// backup that already holds it.
    fn back_up(&self, text: &str) -> Result<String, Fault> {
        let mut n = 1;
        loop {
            let backup_key = format!("{}-backup-{n}", self.key);
            match self.backend.get_raw(&backup_key)? {
                Some(held) if held == text => return Ok(backup_key),
                Some(_) => n += 1,
                None => return self.backend.set_raw(&backup_key, text).map(|()| backup_key),
            }
        }
    }

    /// Reads the progress another tab wrote (a `storage` event's `newValue`
    /// for [`Self::key`]), for the caller to merge in; `None` when it cannot
    /// be read.
    pub fn read_external(&self, new_value: &str) -> Option<Progress> {
        match read_stored(new_value, &self.namespace) {
            Stored::Current(theirs) | Stored::Damaged(theirs) => Some(theirs),
            Stored::Newer { progress, .. } => Some(progress),
            Stored::Unreadable => None,
        }
    }

    /// The bytes a [`Notice::Corrupt`] set aside, to offer as a download.
    pub fn backup(&self, backup_key: &str) -> Option<String> {
        self.backend.get_raw(backup_key).ok().flatten()
    }
}
