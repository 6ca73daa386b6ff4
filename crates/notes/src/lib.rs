//! Foldcards notes: Markdown files in which each `<details>` fold is a
//! question (its `<summary>`) and an answer (the rest), grouped by headings.
//!
//! Used at build time only: the app's build script turns the content folder
//! into static data, so the browser never parses Markdown.
//!
//! The pipeline: [`scan`] splits a file into headings, folds and notes with
//! line numbers; [`render`] turns Markdown into sanitised HTML; this module
//! nests sections into categories and gives every card its stable id.

mod ids;
mod model;
mod render;
mod scan;

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

pub use ids::{derive_card_id, normalize_question, slug};
pub use model::{Card, Category, Deck, Diagnostic, Library};

use render::{LinkTargets, Renderer, Rules};
use scan::Section;

/// One notes file: the path shown in diagnostics, and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub text: String,
}

/// Reads every `.md` file directly in `dir`, in file-name order.
pub fn load_dir(dir: &Path) -> Result<Library, Vec<Diagnostic>> {
    let shown = dir.display().to_string();
    let entries = fs::read_dir(dir).map_err(|e| {
        vec![Diagnostic::new(
            &shown,
            1,
            format!("cannot read the content folder: {e}"),
        )]
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("md"))
                && p.is_file()
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(vec![Diagnostic::new(
            &shown,
            1,
            "no .md notes in the content folder",
        )]);
    }
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        match fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => sources.push(Source { path: shown, text }),
            Ok(Err(_)) => errors.push(Diagnostic::new(
                &shown,
                1,
                "not UTF-8 text: save the notes as UTF-8",
            )),
            Err(e) => errors.push(Diagnostic::new(&shown, 1, format!("cannot read: {e}"))),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    parse(&sources)
}

/// Parses notes files into decks. Errors are every problem found, each with
/// its file and line; nothing is half-built.
pub fn parse(sources: &[Source]) -> Result<Library, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();

    let mut deck_ids: Vec<String> = Vec::new();
    let mut targets = LinkTargets::new();
    for source in sources {
        let id = unique(slug(file_stem(&source.path)), &deck_ids);
        targets.insert(file_name(&source.path).to_owned(), format!("#/c/{id}"));
        deck_ids.push(id);
    }

    let renderer = Renderer::new(&targets);
    let mut decks = Vec::new();
    let mut pending = Vec::new();
    for (source, id) in sources.iter().zip(deck_ids) {
        let sections = scan::scan(&source.path, &source.text, &mut errors);
        let mut builder = DeckBuilder {
            path: &source.path,
            renderer: &renderer,
            warnings: &mut warnings,
            pending: &mut pending,
        };
        decks.push(builder.deck(id, file_stem(&source.path), sections));
    }

    let ids = assign_card_ids(&pending, &mut errors, &mut warnings);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut ids = ids.into_iter();
    for deck in &mut decks {
        set_card_ids(&mut deck.root, &mut ids);
    }
    Ok(Library { decks, warnings })
}

/// What a card's id is made from, kept in document order until every file is read.
struct PendingCard {
    path: String,
    line: usize,
    explicit_id: Option<String>,
    normalized_question: String,
}

struct DeckBuilder<'a> {
    path: &'a str,
    renderer: &'a Renderer<'a>,
    warnings: &'a mut Vec<Diagnostic>,
    pending: &'a mut Vec<PendingCard>,
}

impl DeckBuilder<'_> {
    /// Nests sections into a category tree: a heading belongs under the
    /// nearest heading before it of a smaller level. The first `#` heading
    /// names the deck, and what follows it belongs to the deck itself.
    fn deck(&mut self, id: String, stem: &str, sections: Vec<Section>) -> Deck {
        let mut sections = sections.into_iter().peekable();
        let mut root_section = sections
            .next()
            .expect("a scan yields the part before any heading");
        let mut title = stem.to_owned();
        if let Some(first) = sections.next_if(|s| s.level == 1) {
            title = first.title;
            root_section.notes.extend(first.notes);
            root_section.folds.extend(first.folds);
        }
        let root = self.category(id.clone(), title.clone(), root_section);

        let mut stack: Vec<(usize, Category)> = vec![(0, root)];
        for section in sections {
            while stack.len() > 1
                && stack
                    .last()
                    .is_some_and(|(level, _)| *level >= section.level)
            {
                let (_, done) = stack.pop().expect("checked above");
                stack.last_mut().expect("root stays").1.children.push(done);
            }
            let parent = &stack.last().expect("root stays").1;
            let taken: Vec<String> = parent.children.iter().map(|c| c.id.clone()).collect();
            let category_id = unique(format!("{}/{}", parent.id, slug(&section.title)), &taken);
            let level = section.level;
            let category = self.category(category_id, section.title.clone(), section);
            stack.push((level, category));
        }
        while stack.len() > 1 {
            let (_, done) = stack.pop().expect("checked above");
            stack.last_mut().expect("root stays").1.children.push(done);
        }
        let (_, root) = stack.pop().expect("root stays");
        Deck {
            id,
            title,
            path: self.path.to_owned(),
            root,
        }
    }

    fn category(&mut self, id: String, title: String, section: Section) -> Category {
        let notes_html = section
            .notes
            .iter()
            .filter(|chunk| !chunk.text.trim().is_empty())
            .map(|chunk| {
                self.renderer
                    .block(self.path, chunk, Rules::Drop, self.warnings)
            })
            .filter(|html| !html.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let cards = section
            .folds
            .into_iter()
            .map(|fold| {
                let (question_html, question_text) = self.renderer.inline(&fold.question);
                let answer_html =
                    self.renderer
                        .block(self.path, &fold.answer, Rules::Keep, self.warnings);
                self.pending.push(PendingCard {
                    path: self.path.to_owned(),
                    line: fold.line,
                    explicit_id: fold.explicit_id,
                    normalized_question: normalize_question(&question_text),
                });
                Card {
                    id: String::new(),
                    question_html,
                    question_text,
                    answer_html,
                    line: fold.line,
                }
            })
            .collect();
        Category {
            id,
            title,
            notes_html,
            cards,
            children: Vec::new(),
        }
    }
}

/// Ids for every card, in document order. Explicit ids are taken first and
/// must be unique; a derived id that is already taken (the same question
/// twice) gets a numbered suffix, by document order, and a warning.
fn assign_card_ids(
    cards: &[PendingCard],
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut taken: HashMap<String, (String, usize)> = HashMap::new();
    for card in cards {
        let Some(id) = &card.explicit_id else {
            continue;
        };
        if !ids::is_valid_explicit_id(id) {
            errors.push(Diagnostic::new(
                &card.path,
                card.line,
                format!(
                    "id \"{id}\" cannot be used in a link: use letters, digits, '-', '_' or '.'"
                ),
            ));
        } else if let Some((path, line)) = taken.get(id) {
            errors.push(Diagnostic::new(
                &card.path,
                card.line,
                format!("duplicate id \"{id}\": already used at {path}:{line}"),
            ));
        } else {
            taken.insert(id.clone(), (card.path.clone(), card.line));
        }
    }
    let mut first_with_question: BTreeMap<&str, (String, usize)> = BTreeMap::new();
    cards
        .iter()
        .map(|card| {
            if let Some(id) = &card.explicit_id {
                return id.clone();
            }
            let base = derive_card_id(&card.normalized_question);
            let mut id = base.clone();
            let mut n = 1;
            while taken.contains_key(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            if n > 1 {
                let first = first_with_question
                    .get(card.normalized_question.as_str())
                    .map(|(path, line)| format!(" (first at {path}:{line})"))
                    .unwrap_or_default();
                warnings.push(Diagnostic::new(
                    &card.path,
                    card.line,
                    format!(
                        "the same question appears twice{first}: this card gets id \"{id}\"; \
                         add id=\"...\" to its <details> so its progress stays with it if the cards move"
                    ),
                ));
            }
            first_with_question
                .entry(card.normalized_question.as_str())
                .or_insert_with(|| (card.path.clone(), card.line));
            taken.insert(id.clone(), (card.path.clone(), card.line));
            id
        })
        .collect()
}

fn set_card_ids(category: &mut Category, ids: &mut impl Iterator<Item = String>) {
    for card in &mut category.cards {
        card.id = ids.next().expect("one id per card, in document order");
    }
    for child in &mut category.children {
        set_card_ids(child, ids);
    }
}

/// `base`, or `base-2`, `base-3`... whichever is not in `taken`.
fn unique(base: String, taken: &[String]) -> String {
    let mut candidate = base.clone();
    let mut n = 1;
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{base}-{n}");
    }
    candidate
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn file_stem(path: &str) -> &str {
    let name = file_name(path);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
