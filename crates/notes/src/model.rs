//! What the parser produces: decks of categories of cards, with HTML that is
//! already sanitised and safe to insert into the page.

use std::fmt;

/// Every deck found in the content folder, and the warnings met on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    pub decks: Vec<Deck>,
    pub warnings: Vec<Diagnostic>,
    /// Images the notes show, to copy into the app's output.
    pub assets: Vec<Asset>,
    /// Paths of the `.md` files that are not notes (licences, contribution
    /// guides, issue and pull-request templates), which make no deck.
    pub skipped: Vec<String>,
}

/// A file from the content folder that the built app serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub source: std::path::PathBuf,
    /// Where the app's HTML points at it, relative to the app's page.
    pub url: String,
}

/// One Markdown file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// Slug of the file's folder and name: stable, used in URLs and in the
    /// default storage namespace.
    pub id: String,
    /// The file's `#` heading, or its file name when it has none.
    pub title: String,
    /// The path the deck was read from, as shown in diagnostics.
    pub path: String,
    /// The deck itself as the root category: text before the first `##`
    /// heading is its notes, folds there are its cards.
    pub root: Category,
    /// The folder the file is in, relative to the content folder; empty for
    /// a file at the top.
    pub folder: String,
    /// How the file's cards were read.
    pub mode: Mode,
}

/// How a notes file is read: which of its parts are cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Each `<details>` fold is a card; headings are categories.
    Folds,
    /// Each heading that asks, or that names a topic its section explains,
    /// is a card; the section is its answer.
    Headings,
    /// Folds are cards, and so are the headings that ask and hold no fold.
    FoldsAndHeadings,
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Folds => "folds",
            Mode::Headings => "headings",
            Mode::FoldsAndHeadings => "folds and headings",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// Path of slugs from the deck down, e.g. `interview/기술-질문/웹`.
    pub id: String,
    pub title: String,
    /// Text outside any fold, rendered and sanitised; empty when there is none.
    pub notes_html: String,
    pub cards: Vec<Card>,
    pub children: Vec<Category>,
}

impl Category {
    /// Cards of this category and of every category below it.
    pub fn card_count(&self) -> usize {
        self.cards.len()
            + self
                .children
                .iter()
                .map(Category::card_count)
                .sum::<usize>()
    }

    /// This category and every category below it, parents first.
    pub fn walk(&self) -> Vec<&Category> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.walk());
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable across edits of the answer and moves between categories.
    pub id: String,
    /// The question's title: inline HTML, shown wherever questions are listed.
    pub question_html: String,
    /// The title as plain text, for titles, ids and search.
    pub question_text: String,
    /// What the question shows under its title (code, tables, options when
    /// they are not choices), rendered; empty for most cards.
    pub body_html: String,
    /// The options of a multiple-choice question; empty for other cards.
    pub choices: Vec<Choice>,
    /// Indices in `choices` of the right ones.
    pub correct: Vec<usize>,
    pub answer_html: String,
    /// Whether the answer is empty or a placeholder such as TBD.
    pub unfinished: bool,
    /// For a follow-up question, the index among its category's cards of the
    /// card whose answer holds it.
    pub follow_up_of: Option<usize>,
    /// Line of the `<details>` tag in the source file, or of the heading
    /// for a card read from a heading.
    pub line: usize,
}

/// One option of a multiple-choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// `A`, `B`… or `1`, `2`…: the key that picks it.
    pub label: String,
    /// Inline HTML.
    pub html: String,
}

/// A message about the source notes, pointing at a file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}
