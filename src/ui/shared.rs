//! Pieces of markup used by several screens.

use super::markup::{markup, Markup};
use crate::deck::{Card, Category};
use crate::route::{card_href, category_href, quiz_href, quiz_setup_href};
use crate::study::quiz::{QuizSpec, DEFAULT_COUNT};

/// A screen, ready to be shown: the tab's title and the page's HTML.
pub struct Page {
    /// The page's name; the tab shows it before the app's.
    pub title: Option<String>,
    pub html: String,
}

impl Page {
    pub fn new(title: Option<&str>, out: Markup) -> Self {
        Page {
            title: title.map(str::to_owned),
            html: out.into_string(),
        }
    }

    /// What the tab shows.
    pub fn document_title(&self) -> String {
        match &self.title {
            Some(page) => format!("{page} · Foldcards"),
            None => "Foldcards".to_owned(),
        }
    }
}

/// Home, then each category from the deck down to `category` (or its parent).
pub fn breadcrumbs(out: &mut Markup, category: &'static Category, include_self: bool) {
    let mut path = category.path();
    if !include_self {
        path.pop();
    }
    markup!(
        out,
        "<nav class='crumbs' aria-label='Breadcrumb'><ol><li><a href='#/'>Home</a></li>"
    );
    for step in path {
        markup!(out, "<li><a href='" (category_href(step.id)) "'>" (step.title) "</a></li>");
    }
    markup!(out, "</ol></nav>");
}

/// The categories below `category`, nested, each with its question count.
pub fn category_tree(out: &mut Markup, category: &'static Category) {
    markup!(out, "<ul class='tree'>");
    for child in category.children() {
        markup!(out,
            "<li><a class='tree-link' href='" (category_href(child.id)) "'>"
            "<span class='tree-title'>" (child.title) "</span>"
        );
        question_count(out, child);
        markup!(out, "</a>");
        if !child.children.is_empty() {
            category_tree(out, child);
        }
        markup!(out, "</li>");
    }
    markup!(out, "</ul>");
}

/// "17 questions", shown as a compact badge; "notes" for a category of notes only.
pub fn question_count(out: &mut Markup, category: &Category) {
    match category.card_count() {
        0 => markup!(out, "<span class='count count-empty'>notes</span>"),
        count => markup!(out,
            "<span class='count'>" (count)
            "<span class='sr-only'>" [if count == 1 { " question" } else { " questions" }] "</span></span>"
        ),
    }
}

pub fn not_found(message: &str) -> Page {
    let mut out = Markup::new();
    markup!(&mut out,
        "<section class='empty-state'><h1 tabindex='-1'>Not found</h1><p>" (message) "</p>"
        "<p><a class='button' href='#/'>Back to all categories</a></p></section>"
    );
    Page::new(Some("Not found"), out)
}

/// Starts choosing a quiz on this category, when it has questions.
pub fn quiz_button(out: &mut Markup, category: &Category) {
    if category.card_count() > 0 {
        let spec = QuizSpec::of_categories(vec![category.id.to_owned()]);
        markup!(out,
            "<p class='actions'><a class='button' href='" (quiz_setup_href(&spec)) "'>Start a quiz</a> "
            "<a class='button button-quiet' href='" (quiz_href(&spec)) "'>" (category.card_count().min(DEFAULT_COUNT)) " random questions</a></p>"
        );
    }
}

/// A question that unfolds to its answer, the way the notes themselves do.
/// `badge` (a class name and a label) marks it, as the quiz summary marks
/// each card with its grade.
pub fn card_fold(out: &mut Markup, card: &Card, badge: Option<(&str, &str)>) {
    markup!(out, "<details class='fold' data-card='" (card.id) "'><summary class='fold-question'>");
    match badge {
        Some((name, label)) => markup!(out,
            "<span class='badge badge-" [name] "'>" [label] "</span><span>" [card.question_html] "</span>"
        ),
        None => markup!(out, [card.question_html]),
    }
    markup!(out,
        "</summary><div class='fold-answer'><div class='prose'>" [card.answer_html] "</div>"
        "<a class='fold-link' href='" (card_href(card.id)) "'>Open as a card</a></div></details>"
    );
}
