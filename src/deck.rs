//! The notes, parsed at build time and compiled in as static data
//! (see `build.rs`), and the lookups the app needs on them.

use std::ops::Range;
use std::sync::LazyLock;

/// One notes file.
#[derive(Debug)]
pub struct Deck {
    pub id: &'static str,
    pub title: &'static str,
    /// The file's folder, relative to the content folder; empty for a file at
    /// the top.
    pub folder: &'static str,
    /// Index in [`CATEGORIES`] of the deck's root category.
    pub root: usize,
}

/// A heading of the notes, or a deck itself. Categories are stored parents
/// first, so the cards below one are a contiguous range of [`CARDS`].
#[derive(Debug)]
pub struct Category {
    pub id: &'static str,
    pub title: &'static str,
    /// The text outside any fold, as HTML sanitised at build time.
    pub notes_html: &'static str,
    pub parent: Option<usize>,
    /// 0 for a deck, 1 for its `##` headings, and so on.
    pub depth: usize,
    pub children: &'static [usize],
    /// This category, then every category below it, as indices in [`CATEGORIES`].
    pub subtree: Range<usize>,
    /// Cards of this category itself.
    pub cards: Range<usize>,
    /// Cards of this category and of every category below it.
    pub subtree_cards: Range<usize>,
}

/// One question and its answer.
#[derive(Debug)]
pub struct Card {
    pub id: &'static str,
    /// The question's title, as inline HTML sanitised at build time.
    pub question_html: &'static str,
    pub question_text: &'static str,
    /// Code, tables or text under the title; often empty. Sanitised at build time.
    pub body_html: &'static str,
    /// Options of a multiple-choice question; empty for other cards.
    pub choices: &'static [Choice],
    /// Indices in `choices` of the right options.
    pub correct: &'static [usize],
    /// The answer, as HTML sanitised at build time.
    pub answer_html: &'static str,
    /// Whether the notes hold no answer yet (empty, or a placeholder such as
    /// TBD).
    pub unfinished: bool,
    /// For a follow-up question, the index in [`CARDS`] of the card whose
    /// answer asks it.
    pub follow_up_of: Option<usize>,
    pub category: usize,
}

/// One option of a multiple-choice question.
#[derive(Debug)]
pub struct Choice {
    /// The option's label, `A`, `B`… or `1`, `2`…, which is also the key
    /// that picks it.
    pub label: &'static str,
    /// The option's text, as inline HTML sanitised at build time.
    pub html: &'static str,
}

/// The fields only some cards have, for the card at index `card` in
/// [`CARDS`]. `build.rs` writes them to `CARD_EXTRAS`, apart from the texts
/// every card has in `CARD_TEXTS`.
struct CardExtra {
    card: usize,
    choices: &'static [Choice],
    correct: &'static [usize],
    unfinished: bool,
    follow_up_of: Option<usize>,
}

// Besides the decks, categories and cards, the generated file defines:
// `NAMESPACE`, the `<namespace>` part of this app's storage keys, so that
// several decks on one site keep their data apart (`$FOLDCARDS_NAMESPACE`, or
// the decks' ids joined by `+`); and `NOTES_LANG`, the language the notes are
// written in (`ko` or `en`). Every element showing note text sets its `lang`
// attribute to `NOTES_LANG`, so that screen readers pronounce the text right
// whatever the UI's language; and `SITE_TITLE`, the site's name in the
// header and the tab's title (`$FOLDCARDS_TITLE`, or Foldcards).
include!(concat!(env!("OUT_DIR"), "/deck_data.rs"));

/// Every card, in the order the categories' card ranges index into;
/// `LazyLock` unpacks them on first use.
pub static CARDS: LazyLock<Box<[Card]>> = LazyLock::new(unpack_cards);

/// Builds [`CARDS`] from `CARD_TEXTS` (five NUL-terminated texts per card,
/// in card order), the categories' card ranges and `CARD_EXTRAS`.
fn unpack_cards() -> Box<[Card]> {
    let mut texts = CARD_TEXTS.split('\0');
    let mut extras = CARD_EXTRAS.iter().peekable();
    let categories = CATEGORIES.iter().enumerate();
    let cards = categories.flat_map(|(category, c)| c.cards.clone().map(move |at| (at, category)));
    cards
        .map(|(at, category)| {
            let mut text = || texts.next().unwrap_or_default();
            let mut card = Card {
                id: text(),
                question_html: text(),
                question_text: text(),
                body_html: text(),
                answer_html: text(),
                choices: &[],
                correct: &[],
                unfinished: false,
                follow_up_of: None,
                category,
            };
            if let Some(extra) = extras.next_if(|extra| extra.card == at) {
                card.choices = extra.choices;
                card.correct = extra.correct;
                card.unfinished = extra.unfinished;
                card.follow_up_of = extra.follow_up_of;
            }
            card
        })
        .collect()
}

impl Category {
    pub fn own_cards(&self) -> &'static [Card] {
        &CARDS[self.cards.clone()]
    }

    /// Cards of this category and of every category below it.
    pub fn all_cards(&self) -> &'static [Card] {
        &CARDS[self.subtree_cards.clone()]
    }

    pub fn card_count(&self) -> usize {
        self.subtree_cards.len()
    }

    pub fn children(&self) -> impl Iterator<Item = &'static Category> {
        self.children.iter().map(|&i| &CATEGORIES[i])
    }

    /// This category and every one below it that has cards of its own, in
    /// notes order: the groups a category page lists.
    pub fn groups(&self) -> impl Iterator<Item = &'static Category> {
        CATEGORIES[self.subtree.clone()]
            .iter()
            .filter(|c| !c.cards.is_empty())
    }

    /// The categories from the deck down to this one, this one included.
    pub fn path(&'static self) -> Vec<&'static Category> {
        let mut path = vec![self];
        let mut current = self;
        while let Some(parent) = current.parent {
            current = &CATEGORIES[parent];
            path.push(current);
        }
        path.reverse();
        path
    }
}

impl Card {
    pub fn category(&self) -> &'static Category {
        &CATEGORIES[self.category]
    }

    /// Position among its category's own cards, counted from 0.
    pub fn position(&self) -> usize {
        self.category()
            .own_cards()
            .iter()
            .position(|card| std::ptr::eq(card, self))
            .expect("a card is among its category's cards")
    }

    /// The follow-up questions asked inside this card's answer.
    pub fn follow_ups(&'static self) -> impl Iterator<Item = &'static Card> {
        let at = self.index();
        CARDS[at + 1..]
            .iter()
            .take_while(move |card| card.category == self.category)
            .filter(move |card| card.follow_up_of == Some(at))
    }

    /// The card whose answer asks this follow-up question.
    pub fn parent(&self) -> Option<&'static Card> {
        self.follow_up_of.map(|at| &CARDS[at])
    }

    /// Position in [`CARDS`].
    pub fn index(&'static self) -> usize {
        let category = self.category();
        category.cards.start + self.position()
    }

    /// The cards before and after this one in its category.
    pub fn neighbours(&self) -> (Option<&'static Card>, Option<&'static Card>) {
        let cards = self.category().own_cards();
        let at = self.position();
        (at.checked_sub(1).map(|i| &cards[i]), cards.get(at + 1))
    }
}

pub fn category(id: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.id == id)
}

pub fn card(id: &str) -> Option<&'static Card> {
    CARDS.iter().find(|c| c.id == id)
}

pub fn total_cards() -> usize {
    CARDS.len()
}
