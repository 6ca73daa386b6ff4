//! Turns the notes in `content/` (or `$FOLDCARDS_CONTENT`) into static data
//! compiled into the app: the browser never parses Markdown.
//!
//! Writes `$OUT_DIR/deck_data.rs`, included by `src/deck.rs`. Categories are
//! laid out parents first and cards in the same order, so the cards below any
//! category are one contiguous range.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

use foldcards_notes::{Category, Library};

#[path = "src/i18n/page.rs"]
mod page;

fn main() {
    let content =
        env::var_os("FOLDCARDS_CONTENT").map_or_else(|| PathBuf::from("content"), PathBuf::from);
    println!("cargo:rerun-if-env-changed=FOLDCARDS_CONTENT");
    println!("cargo:rerun-if-env-changed=FOLDCARDS_NAMESPACE");
    println!("cargo:rerun-if-env-changed=FOLDCARDS_TITLE");
    watch(&content);

    let library = foldcards_notes::load_dir(&content).unwrap_or_else(|errors| {
        eprintln!(
            "error: the notes in {} have {} problem(s):",
            content.display(),
            errors.len()
        );
        for error in &errors {
            eprintln!("{error}");
        }
        process::exit(1);
    });
    for warning in &library.warnings {
        println!("cargo:warning={warning}");
    }

    let out =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("deck_data.rs");
    let namespace = env::var("FOLDCARDS_NAMESPACE").unwrap_or_else(|_| {
        let ids: Vec<&str> = library.decks.iter().map(|deck| deck.id.as_str()).collect();
        ids.join("+")
    });
    let title = env::var("FOLDCARDS_TITLE")
        .ok()
        .filter(|title| !title.trim().is_empty())
        .unwrap_or_else(|| "Foldcards".to_owned());
    let lang = foldcards_notes::language(&library);
    // `PAGE_SECTION` puts the language and the page's words in it into the
    // wasm custom section `foldcards_page`. scripts/post-build.mjs reads that
    // section, writes the words into index.html and strips the section, so the
    // page is in the notes' language before the app starts, and when it
    // cannot run. A `pub` static keeps the section in the binary; `#[used]`
    // would also keep its bytes in linear memory.
    let page = page_section(lang);
    let data = format!(
        "pub static NAMESPACE: &str = {namespace:?};\npub static NOTES_LANG: &str = {lang:?};\n\
         pub static SITE_TITLE: &str = {title:?};\n\
         #[cfg_attr(target_arch = \"wasm32\", link_section = \"foldcards_page\")]\n\
         pub static PAGE_SECTION: [u8; {}] = {:?};\n{}",
        page.len(),
        page,
        generate(&library)
    );
    fs::write(&out, data).expect("OUT_DIR is writable");
}

/// Returns the `foldcards_page` section's bytes: the notes' language, then
/// the page's description and no-JavaScript message in it, one per line.
fn page_section(lang: &str) -> Vec<u8> {
    let words = if lang == "ko" { &page::KO } else { &page::EN };
    [lang, words.description, words.needs_javascript]
        .join("\n")
        .into_bytes()
}

/// Rebuilds when any file or folder under `dir` changes.
fn watch(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                watch(&path);
            } else {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
}

fn generate(library: &Library) -> String {
    let mut decks = String::new();
    let mut categories = String::new();
    let mut layout = Layout::default();
    for deck in &library.decks {
        let root = layout.categories;
        writeln!(
            decks,
            "    Deck {{ id: {:?}, title: {:?}, folder: {:?}, root: {root} }},",
            deck.id, deck.title, deck.folder
        )
        .unwrap();
        layout.category(&deck.root, None, 0, &mut categories);
    }
    format!(
        "pub static DECKS: &[Deck] = &[\n{decks}];\n\
         pub static CATEGORIES: &[Category] = &[\n{categories}];\n\
         #[allow(clippy::octal_escapes)] // a NUL before a digit, as Debug writes it\n\
         static CARD_TEXTS: &str = {:?};\n\
         static CARD_EXTRAS: &[CardExtra] = &[\n{}];\n",
        layout.texts, layout.extras
    )
}

/// Lays out categories and cards for `deck_data.rs`, collecting `CARD_TEXTS`
/// (which `src/deck.rs` unpacks into `Card`s at run time) and `CARD_EXTRAS`.
/// A static table of `Card`s would cost 22 bytes gzip per card in pointers
/// and lengths (220 KB for a 10,000-card deck).
#[derive(Default)]
struct Layout {
    categories: usize,
    cards: usize,
    /// Every card's five texts, in card order, each terminated by a NUL.
    /// CommonMark turns a NUL into U+FFFD, so no text should hold one;
    /// `category` still replaces any NUL, because a stray one would shift
    /// every later card's texts.
    texts: String,
    /// One `CardExtra` per card that has choices, a follow-up parent or no
    /// answer yet.
    extras: String,
}

impl Layout {
    /// Writes `category` and everything below it, parents first, and returns
    /// its index.
    fn category(
        &mut self,
        category: &Category,
        parent: Option<usize>,
        depth: usize,
        categories: &mut String,
    ) -> usize {
        let index = self.categories;
        self.categories += 1;
        let first_card = self.cards;
        for (at, card) in category.cards.iter().enumerate() {
            for text in [
                &card.id,
                &card.question_html,
                &card.question_text,
                &card.body_html,
                &card.answer_html,
            ] {
                self.texts.push_str(&text.replace('\0', "\u{FFFD}"));
                self.texts.push('\0');
            }
            if card.choices.is_empty() && card.follow_up_of.is_none() && !card.unfinished {
                continue;
            }
            let choices: Vec<String> = card
                .choices
                .iter()
                .map(|c| format!("Choice {{ label: {:?}, html: {:?} }}", c.label, c.html))
                .collect();
            let follow_up_of = card.follow_up_of.map(|parent| first_card + parent);
            writeln!(
                self.extras,
                "    CardExtra {{ card: {}, choices: &[{}], correct: &{:?}, unfinished: {}, follow_up_of: {follow_up_of:?} }},",
                first_card + at,
                choices.join(", "),
                card.correct,
                card.unfinished,
            )
            .unwrap();
        }
        self.cards += category.cards.len();
        let own_cards = first_card..self.cards;

        let mut written = String::new();
        let children: Vec<usize> = category
            .children
            .iter()
            .map(|child| self.category(child, Some(index), depth + 1, &mut written))
            .collect();
        let line = format!(
            "    Category {{ id: {:?}, title: {:?}, notes_html: {:?}, parent: {parent:?}, depth: {depth}, \
             children: &{children:?}, subtree: {index}..{}, cards: {own_cards:?}, subtree_cards: {first_card}..{} }},\n",
            category.id, category.title, category.notes_html, self.categories, self.cards
        );
        categories.push_str(&line);
        categories.push_str(&written);
        index
    }
}
