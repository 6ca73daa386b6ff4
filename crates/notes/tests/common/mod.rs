//! Helpers the notes crate's test files share. Each test file is a crate of
//! its own that uses some of them, so the rest are dead code there.
#![allow(dead_code)]

use std::path::PathBuf;

use foldcards_notes::{load_dir, parse, Card, Category, Library, Source};

/// The notes in `tests/fixtures/<name>` at the repository's root.
pub fn fixture(name: &str) -> Library {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name);
    load_dir(&dir).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

/// A notes file at the content folder's top.
pub fn source(path: &str, text: &str) -> Source {
    Source {
        path: path.to_owned(),
        folder: String::new(),
        text: text.to_owned(),
    }
}

/// `text` read as the only notes file, which must have no errors.
pub fn parse_one(text: &str) -> Library {
    parse(&[source("content/notes.md", text)])
        .unwrap_or_else(|errors| panic!("unexpected errors: {errors:#?}"))
}

/// The warnings about `file`, each as `line: message`.
pub fn warnings_of(library: &Library, file: &str) -> Vec<String> {
    library
        .warnings
        .iter()
        .filter(|w| w.path.ends_with(file))
        .map(|w| format!("{}: {}", w.line, w.message))
        .collect()
}

/// Every card of `category` and of the categories below it, in order.
pub fn cards(category: &Category) -> Vec<&Card> {
    category
        .walk()
        .into_iter()
        .flat_map(|c| c.cards.iter())
        .collect()
}
