use super::markup::{markup, Markup};
use super::shared::{category_tree, quiz_button, Page};
use crate::deck::{self, Deck, CATEGORIES, DECKS};
use crate::route::{category_href, quiz_setup_href};
use crate::study::quiz::QuizSpec;

/// Every deck with its category tree and question counts.
pub fn home() -> Page {
    let mut out = Markup::new();
    let single = DECKS.len() == 1;
    if !single {
        markup!(&mut out,
            "<h1 tabindex='-1'>Your notes</h1>"
            "<p class='meta'>" (deck::total_cards()) " questions in " (DECKS.len()) " decks</p>"
            "<p class='actions'><a class='button' href='" (quiz_setup_href(&QuizSpec::of_categories(Vec::new()))) "'>Quiz on everything</a></p>"
        );
    }
    for deck in DECKS {
        deck_overview(&mut out, deck, single);
    }
    Page::new(None, out)
}

fn deck_overview(out: &mut Markup, deck: &'static Deck, main_heading: bool) {
    let root = &CATEGORIES[deck.root];
    let heading = if main_heading {
        "h1 tabindex='-1'"
    } else {
        "h2"
    };
    let sections = root.children.len();
    markup!(out,
        "<section class='deck' data-testid='deck'>"
        "<" [heading] "><a href='" (category_href(root.id)) "'>" (deck.title) "</a></" [&heading[..2]] ">"
        "<p class='meta'>" (root.card_count()) " questions · " (sections)
        [if sections == 1 { " section" } else { " sections" }] "</p>"
    );
    quiz_button(out, root);
    if !root.notes_html.is_empty() {
        markup!(out, "<div class='prose notes'>" [root.notes_html] "</div>");
    }
    markup!(out, "<nav aria-label='Categories of " (deck.title) "'>");
    category_tree(out, root);
    markup!(out, "</nav></section>");
}
