//! `foldcards-notes [--summary] [DIR]`: checks a notes folder without
//! building the app. Prints each deck with the mode it was read in, its
//! categories and what its cards are, the files skipped as not notes, then
//! every warning at its `path:line`; exits non-zero only on errors. The
//! summary gives the totals, each mode's files and the skipped files.

use std::path::PathBuf;
use std::process::ExitCode;

use foldcards_notes::{load_dir, Card, Category, Library, Mode};

fn main() -> ExitCode {
    let mut summary_only = false;
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--summary" => summary_only = true,
            "-h" | "--help" => {
                println!("usage: foldcards-notes [--summary] [DIR]   (DIR: content/ by default)");
                return ExitCode::SUCCESS;
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("content"));
    match load_dir(&dir) {
        Ok(library) => {
            if summary_only {
                print_summary(&dir, &library);
            } else {
                print_report(&dir, &library);
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!(
                "error: the notes in {} have {} problem(s):",
                dir.display(),
                errors.len()
            );
            for error in &errors {
                eprintln!("{error}");
            }
            ExitCode::FAILURE
        }
    }
}

/// What a set of cards holds, as the report counts it.
#[derive(Default)]
struct Counts {
    cards: usize,
    choices: usize,
    follow_ups: usize,
    unfinished: usize,
}

impl Counts {
    fn of<'a>(cards: impl IntoIterator<Item = &'a Card>) -> Self {
        let mut counts = Counts::default();
        for card in cards {
            counts.cards += 1;
            counts.choices += usize::from(!card.choices.is_empty());
            counts.follow_ups += usize::from(card.follow_up_of.is_some());
            counts.unfinished += usize::from(card.unfinished);
        }
        counts
    }

    fn describe(&self) -> String {
        let mut parts = vec![plural(self.cards, "card")];
        for (count, what) in [
            (self.choices, "choice"),
            (self.follow_ups, "follow-up"),
            (self.unfinished, "unfinished"),
        ] {
            if count > 0 {
                parts.push(format!("{count} {what}"));
            }
        }
        parts.join(", ")
    }
}

fn plural(count: usize, one: &str) -> String {
    format!("{count} {one}{}", if count == 1 { "" } else { "s" })
}

fn all_cards(category: &Category) -> impl Iterator<Item = &Card> {
    category.walk().into_iter().flat_map(|c| c.cards.iter())
}

fn print_report(dir: &std::path::Path, library: &Library) {
    println!("Notes in {}", dir.display());
    for deck in &library.decks {
        let folder = if deck.folder.is_empty() {
            String::new()
        } else {
            format!("{}/", deck.folder)
        };
        println!(
            "\n{folder}{} ({}, read as {}): {}",
            deck.title,
            deck.path,
            deck.mode,
            Counts::of(all_cards(&deck.root)).describe()
        );
        for category in deck.root.walk().into_iter().skip(1) {
            let depth = category.id.matches('/').count();
            println!(
                "{}{}: {}",
                "  ".repeat(depth),
                category.title,
                Counts::of(all_cards(category)).describe()
            );
        }
    }
    if !library.skipped.is_empty() {
        println!("\nSkipped, not notes:");
        for path in &library.skipped {
            println!("{path}");
        }
    }
    if !library.warnings.is_empty() {
        println!("\n{}:", plural(library.warnings.len(), "warning"));
        for warning in &library.warnings {
            println!("{warning}");
        }
    }
    println!();
    print_summary(dir, library);
}

fn print_summary(dir: &std::path::Path, library: &Library) {
    let cards = Counts::of(library.decks.iter().flat_map(|deck| all_cards(&deck.root)));
    let images = match library.assets.len() {
        0 => String::new(),
        n => format!(", {}", plural(n, "image")),
    };
    println!(
        "{}: {}, {}{images}; {}{}",
        dir.display(),
        plural(library.decks.len(), "deck"),
        cards.describe(),
        plural(library.warnings.len(), "warning"),
        if library.warnings.is_empty() {
            ""
        } else {
            " (scripts/check-notes.sh lists them)"
        }
    );
    print_modes(dir, library);
}

/// One line per mode that some file was read in, then the skipped files.
fn print_modes(dir: &std::path::Path, library: &Library) {
    let prefix = format!("{}/", dir.display());
    let shown = |path: &'_ str| -> String { path.strip_prefix(&prefix).unwrap_or(path).to_owned() };
    for mode in [Mode::Folds, Mode::Headings, Mode::FoldsAndHeadings] {
        let files: Vec<String> = library
            .decks
            .iter()
            .filter(|deck| deck.mode == mode)
            .map(|deck| shown(&deck.path))
            .collect();
        if !files.is_empty() {
            println!("  read as {mode}: {}", files.join(", "));
        }
    }
    if !library.skipped.is_empty() {
        let files: Vec<String> = library.skipped.iter().map(|p| shown(p)).collect();
        println!("  skipped, not notes: {}", files.join(", "));
    }
}
