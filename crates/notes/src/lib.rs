//! Foldcards notes: Markdown files in which each `<details>` fold is a
//! question (its `<summary>`) and an answer (the rest), grouped by headings;
//! or, in files without folds, in which each heading that asks is a
//! question and its section the answer (see [`headings`]).
//!
//! Used at build time only: the app's build script turns the content folder
//! into static data, so the browser never parses Markdown.
//!
//! The pipeline: [`scan`] splits a file into headings, folds and notes with
//! line numbers; [`headings`] decides which headings are cards; [`render`]
//! turns Markdown into sanitised HTML; this module nests sections into
//! categories and gives every card its stable id.

mod above;
mod choices;
mod front_matter;
mod headings;
mod highlight;
mod ids;
mod model;
mod phrases;
mod render;
mod scan;

use std::collections::{HashMap, HashSet};
use std::fs;

use std::path::Path;
use unicode_normalization::UnicodeNormalization;

pub use ids::{derive_card_id, normalize_question, slug};
pub use model::{Asset, Card, Category, Choice, Deck, Diagnostic, Library, Mode};

use above::Question;
use headings::{Reading, Role};
use render::{File, LinkTargets, Renderer, Rules};
use scan::{Chunk, Fold, Headings, Item, Section};

/// One notes file: the path shown in diagnostics, the folder it is in
/// (relative to the content folder; empty for a file at the top), and its
/// text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub folder: String,
    pub text: String,
}

/// Reads every `.md` file in `dir` and its subfolders: the top folder's files
/// first, in file-name order, then each subfolder's, in name order.
pub fn load_dir(dir: &Path) -> Result<Library, Vec<Diagnostic>> {
    let shown = dir.display().to_string();
    let mut files = Vec::new();
    if let Err(e) = markdown_files(dir, "", &mut files) {
        return Err(vec![Diagnostic::new(
            &shown,
            1,
            format!("cannot read the content folder: {e}"),
        )]);
    }
    if files.is_empty() {
        return Err(vec![Diagnostic::new(
            &shown,
            1,
            "no .md notes in the content folder",
        )]);
    }
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for (path, folder) in files {
        let shown = path.display().to_string();
        match fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => sources.push(Source {
                path: shown,
                folder,
                text,
            }),
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

/// The `.md` files under `dir`, each with its folder relative to the
/// content folder. Hidden folders (`.git`) and `node_modules` are skipped.
fn markdown_files(
    dir: &Path,
    folder: &str,
    out: &mut Vec<(std::path::PathBuf, String)>,
) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let (dirs, files): (Vec<_>, Vec<_>) = entries.into_iter().partition(|p| p.is_dir());
    out.extend(
        files
            .into_iter()
            .filter(|p| {
                p.extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("md"))
            })
            .map(|p| (p, folder.to_owned())),
    );
    for sub in dirs {
        let name = sub
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') || name == "node_modules" {
            continue;
        }
        let inner = if folder.is_empty() {
            name
        } else {
            format!("{folder}/{name}")
        };
        markdown_files(&sub, &inner, out)?;
    }
    Ok(())
}

/// File names (without `.md`, in lower case) of the files that a notes
/// repository holds but that are not notes.
const NOT_NOTES: &[&str] = &[
    "changelog",
    "contributing",
    "code_of_conduct",
    "security",
    "license",
    "licence",
    "copying",
    "pull_request_template",
    "issue_template",
];

/// Whether a file is a licence, a contribution guide, a changelog, a
/// security policy, a code of conduct or an issue or pull-request template (also any file in an `ISSUE_TEMPLATE` or
/// `PULL_REQUEST_TEMPLATE` folder), which is no deck.
fn is_not_notes(source: &Source) -> bool {
    let is_template_folder = |name: &str| {
        let name = name.to_ascii_lowercase();
        name == "issue_template" || name == "pull_request_template"
    };
    let stem = file_stem(&source.path).to_ascii_lowercase();
    let stem = stem.split('.').next().unwrap_or(&stem);
    NOT_NOTES.contains(&stem) || source.folder.split('/').any(is_template_folder)
}

/// Parses notes files into a [`Library`] of decks. On error it returns every
/// problem found, each with its file and line, and no partial library. Any
/// other problem is read past, and each assumption made is a warning in
/// [`Library::warnings`].
pub fn parse(sources: &[Source]) -> Result<Library, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();

    let (skipped, sources): (Vec<&Source>, Vec<&Source>) =
        sources.iter().partition(|source| is_not_notes(source));
    let mut deck_ids: Vec<String> = Vec::new();
    let mut targets = LinkTargets::new();
    for source in &sources {
        let stem = file_stem(&source.path);
        // A subfolder's name is part of its files' deck ids: java/README.md
        // is java-readme.
        let name = match source.folder.as_str() {
            "" => stem.to_owned(),
            folder => format!("{folder} {stem}"),
        };
        let id = unique(slug(&name), &deck_ids);
        let path = match source.folder.as_str() {
            "" => file_name(&source.path).to_owned(),
            folder => format!("{folder}/{}", file_name(&source.path)),
        };
        targets.insert(path, format!("c/{id}/"));
        deck_ids.push(id);
    }

    let renderer = Renderer::new(&targets);
    let mut decks = Vec::new();
    let mut pending = Vec::new();
    for (source, id) in sources.iter().zip(deck_ids) {
        // Normalise to composed Unicode (NFC), as browsers type it: notes
        // saved on macOS come decomposed, and search compares text as it is.
        let text: String = source
            .text
            .strip_prefix('\u{feff}')
            .unwrap_or(&source.text)
            .nfc()
            .collect();
        let (front, text) = front_matter::split(&source.path, &text, &mut warnings);
        let whole = Chunk { line: 1, text };
        let headings = match front.mode {
            Some(Mode::Folds) => Headings::Atx,
            _ => Headings::All,
        };
        let sections = scan::scan(&source.path, &whole, headings, &mut warnings);
        let has_folds = sections
            .iter()
            .any(|s| s.items.iter().any(|item| matches!(item, Item::Fold(_))));
        let reading = match front.mode {
            Some(Mode::Folds) => None,
            Some(Mode::Headings) => Some(Reading::Headings),
            _ if has_folds => Some(Reading::AskingHeadingsBesideFolds),
            _ => Some(Reading::Headings),
        };
        let mut builder = DeckBuilder {
            file: File {
                path: &source.path,
                folder: &source.folder,
            },
            renderer: &renderer,
            warnings: &mut warnings,
            pending: &mut pending,
            labels: HashSet::new(),
            label_folds: Vec::new(),
        };
        let mut deck = builder.deck(id, file_stem(&source.path), sections, reading);
        deck.folder = source.folder.clone();
        decks.push(deck);
    }

    let ids = assign_card_ids(&pending, &mut errors, &mut warnings);
    if !errors.is_empty() {
        return Err(errors);
    }
    for deck in &mut decks {
        set_card_ids(&mut deck.root, &ids);
    }
    let file_order = |path: &str| sources.iter().position(|s| s.path == path);
    warnings.sort_by_key(|w| (file_order(&w.path), w.line));
    let assets = renderer
        .images()
        .into_iter()
        .map(|(url, source)| Asset { source, url })
        .collect();
    Ok(Library {
        decks,
        warnings,
        assets,
        skipped: skipped.iter().map(|s| s.path.clone()).collect(),
    })
}

/// The language the notes are written in, for screen readers and the UI's
/// default: `ko` when at least 30% of the letters in their questions are
/// Hangul, `en` otherwise.
pub fn language(library: &Library) -> &'static str {
    let (mut letters, mut hangul) = (0usize, 0usize);
    for deck in &library.decks {
        for category in deck.root.walk() {
            for card in &category.cards {
                for c in card.question_text.chars().filter(|c| c.is_alphabetic()) {
                    letters += 1;
                    hangul += usize::from(
                        matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{3131}'..='\u{318E}' | '\u{1100}'..='\u{11FF}'),
                    );
                }
            }
        }
    }
    if letters > 0 && hangul * 10 >= letters * 3 {
        "ko"
    } else {
        "en"
    }
}

/// The inputs of a card's id, collected in document order until every file
/// is read and `assign_card_ids` can run.
struct PendingCard {
    path: String,
    line: usize,
    explicit_id: Option<String>,
    normalized_question: String,
    /// What the question shows under its title (code, options), normalised
    /// as the question is: it tells apart questions with the same title.
    normalized_body: String,
}

struct DeckBuilder<'a> {
    file: File<'a>,
    renderer: &'a Renderer<'a>,
    warnings: &'a mut Vec<Diagnostic>,
    pending: &'a mut Vec<PendingCard>,
    /// Summaries this file uses as labels by repetition (see [`shared_labels`]).
    labels: HashSet<String>,
    /// Lines of the folds whose summary is a label, in this file.
    label_folds: Vec<usize>,
}

impl DeckBuilder<'_> {
    /// Nests sections into a category tree: a heading belongs under the
    /// nearest heading before it of a smaller level. The first `#` heading
    /// names the deck, and what follows it belongs to the deck itself. A
    /// heading that is a question makes no category: its card joins the
    /// category it is in. With a `reading` of headings, [`headings::plan`]
    /// decides which headings are cards and which sections their answers.
    fn deck(
        &mut self,
        id: String,
        stem: &str,
        mut sections: Vec<Section>,
        reading: Option<Reading>,
    ) -> Deck {
        self.labels = shared_labels(&sections, self.renderer);
        let titles: Vec<String> = sections
            .iter()
            .map(|s| self.renderer.inline(&s.title).1)
            .collect();
        let roles = match reading {
            Some(reading) => headings::plan(&sections, &titles, reading),
            None => vec![Role::Category; sections.len()],
        };
        self.drop_back_to_top_lines(&mut sections, &roles, reading);
        let lines: Vec<usize> = sections.iter().map(|s| s.line).collect();
        let mut answers = answers(&mut sections, &roles);
        // Where each heading card landed among its category's cards, for
        // the follow-ups nested in it.
        let mut positions: Vec<Option<usize>> = vec![None; sections.len()];
        let heading_cards = roles
            .iter()
            .filter(|role| matches!(role, Role::Card { .. }))
            .count();

        let mut sections = sections.into_iter().enumerate().peekable();
        let (_, root_section) = sections
            .next()
            .expect("a scan yields the part before any heading");
        let mut root = Category::new(id.clone(), stem.to_owned());
        self.fill(&mut root, None, root_section.items);
        if let Some((index, first)) = sections.next_if(|(_, s)| s.level == 1) {
            // The first `#` heading titles the deck, unless it is the question
            // of the fold below it (one question per file).
            let heading = Some((first.title.as_str(), first.line));
            if roles[index] != Role::Category {
                root.title = first.title.clone();
                let parts = std::mem::take(&mut answers[index]);
                self.heading_card(&first, &titles[index], parts, None, &mut root.cards);
            } else if !self.fill(&mut root, heading, first.items) {
                root.title = first.title;
            }
        }
        let title = root.title.clone();

        let mut stack: Vec<(usize, Category)> = vec![(0, root)];
        for (index, section) in sections {
            while stack.len() > 1
                && stack
                    .last()
                    .is_some_and(|(level, _)| *level >= section.level)
            {
                let (_, done) = stack.pop().expect("checked above");
                stack.last_mut().expect("root stays").1.children.push(done);
            }
            let parent = &mut stack.last_mut().expect("root stays").1;
            match roles[index] {
                // Taken into its card's answer; deeper than that card, so it
                // closed no category either.
                Role::Answer { .. } => {}
                Role::Navigation => self.warn(
                    section.line,
                    format!(
                        "\"{}\" holds only links (a table of contents?): not a card, left out",
                        titles[index]
                    ),
                ),
                Role::Card { follow_up_of } => {
                    let parts = std::mem::take(&mut answers[index]);
                    let follow_up_of = follow_up_of.and_then(|parent| positions[parent]);
                    positions[index] = Some(self.heading_card(
                        &section,
                        &titles[index],
                        parts,
                        follow_up_of,
                        &mut parent.cards,
                    ));
                }
                Role::Category => {
                    let taken: Vec<String> = parent.children.iter().map(|c| c.id.clone()).collect();
                    let category_id =
                        unique(format!("{}/{}", parent.id, slug(&section.title)), &taken);
                    let mut category = Category::new(category_id, section.title.clone());
                    let heading = Some((section.title.as_str(), section.line));
                    if self.fill(&mut category, heading, section.items) {
                        parent.absorb(category);
                    } else {
                        stack.push((section.level, category));
                    }
                }
            }
        }
        while stack.len() > 1 {
            let (_, done) = stack.pop().expect("checked above");
            stack.last_mut().expect("root stays").1.children.push(done);
        }
        let (_, root) = stack.pop().expect("root stays");
        if let Some(&first) = self.label_folds.first() {
            self.warnings.push(Diagnostic::new(
                self.file.path,
                first,
                format!(
                    "{} fold(s) from here on have a summary that only labels the answer (such as \"Answer\" or \"답변\"): \
                     each takes its question from the heading or text just above it",
                    self.label_folds.len()
                ),
            ));
        }
        let mode = match reading {
            None => Mode::Folds,
            Some(Reading::Headings) => Mode::Headings,
            Some(Reading::AskingHeadingsBesideFolds) if heading_cards == 0 => Mode::Folds,
            Some(Reading::AskingHeadingsBesideFolds) => {
                let first = roles
                    .iter()
                    .position(|role| matches!(role, Role::Card { .. }))
                    .expect("a heading card was counted");
                self.warn(
                    lines[first],
                    format!(
                        "{heading_cards} heading(s) from here on ask a question and hold no fold: each is a card, \
                         its section the answer (front matter `foldcards: folds` reads only the folds)"
                    ),
                );
                Mode::FoldsAndHeadings
            }
        };
        if root.card_count() == 0 {
            let expected = match mode {
                Mode::Headings => {
                    "no heading asks a question (ends with \"?\" or is numbered) or names a topic its section explains"
                }
                Mode::Folds | Mode::FoldsAndHeadings => {
                    "no <details> fold asks a question in its <summary> or just above it"
                }
            };
            self.warn(
                1,
                format!("no questions found: {expected}; the deck shows only its notes"),
            );
        }
        Deck {
            id,
            title,
            path: self.file.path.to_owned(),
            root,
            folder: String::new(),
            mode,
        }
    }

    /// Blanks the "back to top" lines of a file read as heading notes, or
    /// with heading cards or a table of contents left out beside its folds,
    /// with one warning for the file.
    fn drop_back_to_top_lines(
        &mut self,
        sections: &mut [Section],
        roles: &[Role],
        reading: Option<Reading>,
    ) {
        let read_as_headings = match reading {
            None => false,
            Some(Reading::Headings) => true,
            Some(Reading::AskingHeadingsBesideFolds) => roles
                .iter()
                .any(|role| matches!(role, Role::Card { .. } | Role::Navigation)),
        };
        if !read_as_headings {
            return;
        }
        let mut removed = 0;
        let mut first_line = None;
        for section in sections.iter_mut() {
            for item in &mut section.items {
                let Item::Notes(chunk) = item else { continue };
                let (kept, lines) = headings::without_back_to_top(&chunk.text);
                if let Some(first) = lines.first() {
                    first_line.get_or_insert(chunk.line + first);
                    removed += lines.len();
                    chunk.text = kept;
                }
            }
        }
        if let Some(line) = first_line {
            self.warn(
                line,
                format!("{removed} \"back to top\" link(s) from here on are navigation, not answers: left out"),
            );
        }
    }

    /// Adds the card of a heading whose section is its answer (`parts`, see
    /// [`answers`]) and returns its position among `cards`.
    fn heading_card(
        &mut self,
        section: &Section,
        plain_title: &str,
        mut parts: Vec<Chunk>,
        follow_up_of: Option<usize>,
        cards: &mut Vec<Card>,
    ) -> usize {
        let mut title = headings::question(&section.title);
        let mut body = None;
        if title.trim().is_empty() {
            // `### Question 5` only numbers the question written below it.
            if let Some(first) = parts.first_mut() {
                let question = above::split(first);
                if !question.title.is_empty() {
                    title = question.title;
                    *first = question.body;
                    self.warn(
                        section.line,
                        format!("heading \"{plain_title}\" only numbers its question: the paragraph below it is the question"),
                    );
                }
            }
            if title.trim().is_empty() {
                title = section.title.clone();
            }
        } else if headings::asks(plain_title) && headings::refers_to_code(plain_title) {
            if let Some((code, rest)) = parts.first().and_then(headings::leading_code) {
                body = Some(code);
                parts[0] = rest;
            }
        }
        let (question_html, question_text) = self.renderer.inline(&title);
        let body_html = body.as_ref().map_or(String::new(), |code| {
            self.renderer
                .block(self.file, code, Rules::Keep, self.warnings)
        });
        let answer_text: String = parts.iter().map(|part| part.text.as_str()).collect();
        let answer_html = parts
            .iter()
            .filter(|part| !part.text.trim().is_empty())
            .map(|part| {
                self.renderer
                    .block(self.file, part, Rules::Drop, self.warnings)
            })
            .filter(|html| !html.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let index = self.pending.len();
        self.pending.push(PendingCard {
            path: self.file.path.to_owned(),
            line: section.line,
            explicit_id: None,
            normalized_question: normalize_question(&question_text),
            normalized_body: body.map_or(String::new(), |code| normalize_question(&code.text)),
        });
        cards.push(Card {
            id: index.to_string(),
            question_html,
            question_text,
            body_html,
            choices: Vec::new(),
            correct: Vec::new(),
            unfinished: phrases::is_placeholder(&without_headings(&answer_text)),
            answer_html,
            follow_up_of,
            line: section.line,
        });
        cards.len() - 1
    }

    /// Turns a section's notes and folds into `category`'s notes and cards,
    /// after those it has. Returns whether the section's heading was taken
    /// as a question.
    fn fill(
        &mut self,
        category: &mut Category,
        mut heading: Option<(&str, usize)>,
        items: Vec<Item>,
    ) -> bool {
        let mut notes: Vec<Chunk> = Vec::new();
        let mut above: Option<Chunk> = None;
        let mut heading_taken = false;
        // Whether the last item was a fold that made a card: a labelled
        // fold right after it (Hint, Solution 2) belongs to its answer.
        let mut after_card = false;
        for item in items {
            match item {
                Item::Notes(chunk) => {
                    after_card &= chunk.text.trim().is_empty();
                    notes.extend(above.replace(chunk));
                }
                Item::Fold(fold) => {
                    let heading_above = heading.take();
                    if self.is_navigation(&fold) {
                        self.warn(fold.line, "a fold holding only links (a table of contents?) is not a card: left out");
                        continue;
                    }
                    let nothing_above = above.as_ref().is_none_or(|a| a.text.trim().is_empty());
                    if after_card && nothing_above && self.is_label(&fold) {
                        self.add_to_last_answer(fold, &mut category.cards);
                        continue;
                    }
                    let question = self.question(
                        &fold,
                        &mut above,
                        heading_above,
                        &mut notes,
                        &mut heading_taken,
                    );
                    after_card = question.is_some();
                    if let Some((question, from_above)) = question {
                        self.cards(question, from_above, fold, None, &mut category.cards);
                    }
                }
            }
        }
        notes.extend(above);
        let rendered: Vec<String> = notes
            .iter()
            .filter(|chunk| !chunk.text.trim().is_empty())
            .map(|chunk| {
                self.renderer
                    .block(self.file, chunk, Rules::Drop, self.warnings)
            })
            .filter(|html| !html.is_empty())
            .collect();
        if !rendered.is_empty() {
            if !category.notes_html.is_empty() {
                category.notes_html.push('\n');
            }
            category.notes_html.push_str(&rendered.join("\n"));
        }
        heading_taken
    }

    /// Whether a fold's summary only labels its answer.
    fn is_label(&self, fold: &Fold) -> bool {
        fold.summary.as_ref().is_some_and(|summary| {
            let key = phrases::key(&self.renderer.inline(&summary.text).1);
            phrases::is_known_label(&key) || self.labels.contains(&key)
        })
    }

    /// Whether a fold is navigation, not a card: its summary asks no
    /// question, and its answer is only links (a table of contents or a
    /// menu), or its summary names a table of contents and its answer holds
    /// a link.
    fn is_navigation(&self, fold: &Fold) -> bool {
        let summary = fold
            .summary
            .as_ref()
            .map_or(String::new(), |s| self.renderer.inline(&s.text).1);
        !above::asks(&summary)
            && (is_link_list(&fold.answer.text)
                || phrases::is_contents(&summary) && fold.answer.text.contains("]("))
    }

    /// Adds a labelled fold that follows a card (a second solution, a
    /// hint) to the end of that card's answer, folded as it was written.
    fn add_to_last_answer(&mut self, fold: Fold, cards: &mut [Card]) {
        let Some(card) = cards.last_mut() else {
            return;
        };
        let written = written_fold(&fold);
        let html = self
            .renderer
            .block(self.file, &written, Rules::Keep, self.warnings);
        if card.unfinished && !phrases::is_placeholder(&fold.answer.text) {
            card.unfinished = false;
            card.answer_html.clear();
        }
        if !card.answer_html.is_empty() {
            card.answer_html.push('\n');
        }
        card.answer_html.push_str(&html);
    }

    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings
            .push(Diagnostic::new(self.file.path, line, message));
    }

    /// Returns the question a fold asks, and whether it was found above the
    /// fold. The question is the fold's summary, or, when the summary is a
    /// label, empty or missing, what stands just above the fold (see
    /// [`above`]). A question found above keeps its numbering out of its id.
    fn question(
        &mut self,
        fold: &Fold,
        above: &mut Option<Chunk>,
        heading: Option<(&str, usize)>,
        notes: &mut Vec<Chunk>,
        heading_taken: &mut bool,
    ) -> Option<(Question, bool)> {
        let problem = match &fold.summary {
            None => Some("has no <summary>"),
            Some(chunk) if chunk.text.trim().is_empty() => Some("has an empty <summary>"),
            Some(chunk) => {
                let key = phrases::key(&self.renderer.inline(&chunk.text).1);
                if !phrases::is_known_label(&key) && !self.labels.contains(&key) {
                    notes.extend(above.take());
                    return Some((above::split(chunk), false));
                }
                None
            }
        };
        let found = match above::find(above.as_ref(), heading, fold.indent) {
            above::Found::Text { before, question } => {
                above.take();
                notes.extend(before);
                // `## Question 12` only numbers the question below it.
                *heading_taken |= heading.is_some_and(|(title, _)| above::is_only_numbering(title));
                Some(question)
            }
            above::Found::Heading(question) => {
                above.take();
                *heading_taken = true;
                Some(question)
            }
            above::Found::Nothing => None,
        };
        match (problem, &found) {
            (Some(problem), Some(_)) => self.warn(
                fold.line,
                format!("<details> {problem}: its question is taken from just above it"),
            ),
            (Some(problem), None) => self.warn(
                fold.line,
                format!("<details> {problem} and nothing above it to ask: left out"),
            ),
            (None, Some(_)) => self.label_folds.push(fold.line),
            (None, None) => self.warn(
                fold.line,
                "this fold's summary only labels the answer, and nothing above it asks a question: left out",
            ),
        }
        found.map(|question| (question, true))
    }

    /// Adds the card for `fold`, then a card for each follow-up question
    /// folded inside its answer, right after it.
    fn cards(
        &mut self,
        question: Question,
        from_above: bool,
        fold: Fold,
        follow_up_of: Option<usize>,
        cards: &mut Vec<Card>,
    ) {
        // A follow-up's answer is part of its parent's answer, which was
        // already rendered and warned about: drop the repeated warnings.
        let mut repeated = Vec::new();
        let warnings = if follow_up_of.is_some() {
            &mut repeated
        } else {
            &mut *self.warnings
        };
        let (question_html, question_text) = self.renderer.inline(&question.title);
        let mut body = question.body;
        let normalized_body = normalize_question(&body.text);
        let mut choices = Vec::new();
        let mut correct = Vec::new();
        if let Some(found) = choices::find_options(&body.text) {
            let labels: Vec<&str> = found.choices.iter().map(|c| c.label.as_str()).collect();
            if let Some(right) = choices::right_answers(&fold.answer.text, &labels) {
                correct = right;
                choices = found
                    .choices
                    .iter()
                    .map(|choice| Choice {
                        label: choice.label.clone(),
                        html: self.renderer.inline(&choice.text).0,
                    })
                    .collect();
                body.text = found.rest;
            }
        }
        let body_html = if body.text.trim().is_empty() {
            String::new()
        } else {
            self.renderer.block(self.file, &body, Rules::Keep, warnings)
        };
        let answer_html = self
            .renderer
            .block(self.file, &fold.answer, Rules::Keep, warnings);
        let unfinished = phrases::is_placeholder(&fold.answer.text);
        let index = self.pending.len();
        self.pending.push(PendingCard {
            path: self.file.path.to_owned(),
            line: fold.line,
            explicit_id: fold.explicit_id.clone(),
            normalized_question: normalize_question(if from_above {
                phrases::strip_numbering(&question_text)
            } else {
                &question_text
            }),
            normalized_body,
        });
        let position = cards.len();
        cards.push(Card {
            id: index.to_string(),
            question_html,
            question_text,
            body_html,
            choices,
            correct,
            answer_html,
            unfinished,
            follow_up_of,
            line: fold.line,
        });

        let mut nested_warnings = Vec::new();
        for section in scan::scan(
            self.file.path,
            &fold.answer,
            Headings::Atx,
            &mut nested_warnings,
        ) {
            for item in section.items {
                let Item::Fold(nested) = item else { continue };
                let Some(summary) = &nested.summary else {
                    continue;
                };
                if !phrases::is_follow_up_question(&self.renderer.inline(&summary.text).1) {
                    continue;
                }
                let question = above::split(summary);
                self.cards(question, false, nested, Some(position), cards);
            }
        }
    }
}

/// A fold written back as Markdown, to render inside an answer as it was
/// written.
fn written_fold(fold: &Fold) -> Chunk {
    let summary = fold.summary.as_ref().map_or("", |s| s.text.trim());
    Chunk {
        line: fold.answer.line,
        text: format!(
            "<details>\n<summary>{summary}</summary>\n\n{}\n</details>\n",
            fold.answer.text
        ),
    }
}

/// The answer of each heading card, indexed by its section: the Markdown
/// chunks of the card's own section, then of each section that is part of
/// its answer, headed by its heading. A list item's indentation is removed;
/// a fold is written back as it was. The sections' items are taken.
fn answers(sections: &mut [Section], roles: &[Role]) -> Vec<Vec<Chunk>> {
    let mut answers = vec![Vec::new(); sections.len()];
    for (index, (section, role)) in sections.iter_mut().zip(roles).enumerate() {
        let card = match *role {
            Role::Card { .. } => index,
            Role::Answer { card } => {
                answers[card].push(Chunk {
                    line: section.line,
                    text: format!("{} {}\n", "#".repeat(section.level), section.title),
                });
                card
            }
            Role::Category | Role::Navigation => continue,
        };
        for item in std::mem::take(&mut section.items) {
            answers[card].push(match item {
                Item::Notes(chunk) => Chunk {
                    line: chunk.line,
                    text: scan::dedent(&chunk.text, section.indent),
                },
                Item::Fold(fold) => written_fold(&fold),
            });
        }
    }
    answers
}

/// Markdown without its heading lines, to tell whether an answer made of
/// sections says anything.
fn without_headings(markdown: &str) -> String {
    markdown
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Category {
    fn new(id: String, title: String) -> Self {
        Self {
            id,
            title,
            notes_html: String::new(),
            cards: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Takes in the notes and cards of a section whose heading was a question.
    fn absorb(&mut self, section: Category) {
        let offset = self.cards.len();
        self.cards.extend(section.cards.into_iter().map(|mut card| {
            card.follow_up_of = card.follow_up_of.map(|parent| parent + offset);
            card
        }));
        if !section.notes_html.is_empty() {
            if !self.notes_html.is_empty() {
                self.notes_html.push('\n');
            }
            self.notes_html.push_str(&section.notes_html);
        }
    }
}

/// Returns the summary texts, as `phrases::key`s, that at least 3 folds and
/// more than half of the file's folds share: labels such as "Show", in any
/// language.
fn shared_labels(sections: &[Section], renderer: &Renderer) -> HashSet<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut folds = 0;
    for section in sections {
        for item in &section.items {
            if let Item::Fold(Fold {
                summary: Some(summary),
                ..
            }) = item
            {
                folds += 1;
                *counts
                    .entry(phrases::key(&renderer.inline(&summary.text).1))
                    .or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(key, count)| !key.is_empty() && *count >= 3 && count * 2 > folds)
        .map(|(key, _)| key)
        .collect()
}

/// Whether an answer is only links, two or more, in a list or separated by
/// punctuation: a table of contents or a menu of translations, not an answer.
pub(crate) fn is_link_list(answer: &str) -> bool {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut links = 0;
    let mut in_link = 0;
    for event in Parser::new(answer) {
        match event {
            Event::Start(Tag::Link { .. }) => {
                links += 1;
                in_link += 1;
            }
            Event::End(TagEnd::Link) => in_link -= 1,
            _ if in_link > 0 => {}
            Event::Start(Tag::List(_) | Tag::Item | Tag::Paragraph)
            | Event::End(TagEnd::List(_) | TagEnd::Item | TagEnd::Paragraph)
            | Event::SoftBreak
            | Event::HardBreak => {}
            Event::Text(text)
                if text
                    .chars()
                    .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '·') => {}
            _ => return false,
        }
    }
    links >= 2
}

/// Ids for every card, in document order. Explicit ids are taken first and
/// must be unique. A question asked once in the library gets the id of its
/// normalised text. A question asked more than once gives every card that
/// asks it the id of its text and what it shows under it (its code, its
/// options; nothing at all counts too), so that moving them keeps their
/// progress and a second card asking it never hands the first one's id to
/// another. Cards whose question and body are both the same get a numbered
/// suffix, by document order, and a warning.
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
    let mut asked: HashMap<&str, usize> = HashMap::new();
    for card in cards.iter().filter(|card| card.explicit_id.is_none()) {
        *asked.entry(&card.normalized_question).or_default() += 1;
    }
    // Where each question and body was first asked, for the warning.
    let mut first_asked: HashMap<(&str, &str), (&str, usize)> = HashMap::new();
    cards
        .iter()
        .map(|card| {
            if let Some(id) = &card.explicit_id {
                return id.clone();
            }
            let question = card.normalized_question.as_str();
            let body = card.normalized_body.as_str();
            let base = if asked[question] > 1 {
                derive_card_id(&format!("{question}\n{body}"))
            } else {
                derive_card_id(question)
            };
            let mut id = base.clone();
            let mut n = 1;
            while taken.contains_key(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            let first = *first_asked
                .entry((question, body))
                .or_insert((&card.path, card.line));
            if n > 1 {
                let message = if first != (card.path.as_str(), card.line) {
                    format!(
                        "the same question appears twice (first at {}:{}), with nothing under it that tells them apart: \
                         this card gets id \"{id}\" by its order, so moving it gives it the progress of the other",
                        first.0, first.1
                    )
                } else {
                    let (path, line) = &taken[&base];
                    format!("id \"{base}\" is already used at {path}:{line}: this card gets id \"{id}\"")
                };
                warnings.push(Diagnostic::new(&card.path, card.line, message));
            }
            taken.insert(id.clone(), (card.path.clone(), card.line));
            id
        })
        .collect()
}

/// Replaces each card's temporary id, its number in document order, with
/// its final id from `ids`.
fn set_card_ids(category: &mut Category, ids: &[String]) {
    for card in &mut category.cards {
        let index: usize = card.id.parse().expect("a card's number until ids are set");
        card.id = ids[index].clone();
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
