//! A quiz: which cards it asks, in which order, and how the session over
//! them goes. A [`QuizSpec`] holds everything its address says
//! ([`crate::route`] reads and writes the query string), so opening the same
//! address asks the same questions in the same order.

use crate::deck::{self, Card, CARDS};
use crate::progress::{Grade, Progress};
use crate::study::choice::ChoiceAnswer;
use crate::study::session::{SavedSession, Session};
use crate::study::shuffle::shuffle;

pub const DEFAULT_COUNT: usize = 10;

/// The cards a drill asks: starred ones, or those whose last grade was
/// Again or Hard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Drill {
    Starred,
    Missed,
}

impl Drill {
    pub fn name(self) -> &'static str {
        match self {
            Drill::Starred => "starred",
            Drill::Missed => "missed",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct QuizSpec {
    pub categories: Vec<String>,
    pub cards: Vec<String>,
    /// `None` asks every card the quiz covers.
    pub count: Option<usize>,
    /// `None` until the app picks one and writes it into the URL.
    pub seed: Option<u64>,
    /// Whether the quiz also asks the cards that have no answer yet.
    pub unfinished: bool,
}

impl QuizSpec {
    /// The default quiz over these categories (none: every category).
    pub fn of_categories(categories: Vec<String>) -> Self {
        QuizSpec {
            categories,
            count: Some(DEFAULT_COUNT),
            ..QuizSpec::default()
        }
    }

    pub fn with_seed(&self, seed: u64) -> Self {
        Self {
            seed: Some(seed),
            ..self.clone()
        }
    }

    /// Whether every category and card the quiz names is in the notes.
    pub fn is_in_notes(&self) -> bool {
        self.categories
            .iter()
            .all(|id| deck::category(id).is_some())
            && self.cards.iter().all(|id| deck::card(id).is_some())
    }

    /// The cards this quiz asks, in the order it asks them.
    pub fn draw(&self) -> Vec<&'static Card> {
        let mut cards = self.candidates();
        shuffle(&mut cards, self.seed.unwrap_or(0));
        if let Some(count) = self.count {
            cards.truncate(count);
        }
        cards
    }

    /// Every card the quiz may ask, once each: in notes order, or in the
    /// given order when cards are named one by one. Cards with no answer yet
    /// are left out unless `unfinished` is set or the cards are named.
    fn candidates(&self) -> Vec<&'static Card> {
        let mut cards = self.covered();
        if !self.unfinished && self.cards.is_empty() {
            cards.retain(|card| !card.unfinished);
        }
        cards
    }

    fn covered(&self) -> Vec<&'static Card> {
        if !self.cards.is_empty() {
            let mut cards: Vec<&'static Card> = Vec::new();
            for card in self.cards.iter().filter_map(|id| deck::card(id)) {
                if !cards.iter().any(|c| std::ptr::eq(*c, card)) {
                    cards.push(card);
                }
            }
            return cards;
        }
        if self.categories.is_empty() {
            return CARDS.iter().collect();
        }
        let mut covered = vec![false; CARDS.len()];
        for category in self.categories.iter().filter_map(|id| deck::category(id)) {
            covered[category.subtree_cards.clone()].fill(true);
        }
        CARDS
            .iter()
            .zip(covered)
            .filter(|(_, c)| *c)
            .map(|(card, _)| card)
            .collect()
    }
}

/// What a session asks: the cards a quiz address draws, or cards picked from
/// the user's progress when it starts (today's reviews, a drill).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Spec(QuizSpec),
    Review,
    Drill(Drill),
}

impl Source {
    /// Whether its cards come from the progress rather than the address.
    fn is_picked(&self) -> bool {
        !matches!(self, Source::Spec(_))
    }
}

/// The cards a drill asks, in notes order, leaving out cards with no answer
/// yet.
pub fn drill_cards(
    drill: Drill,
    progress: &Progress,
    cards: &'static [Card],
) -> Vec<&'static Card> {
    cards
        .iter()
        .filter(|card| !card.unfinished)
        .filter(|card| {
            let Some(kept) = progress.card(card.id) else {
                return false;
            };
            match drill {
                Drill::Starred => kept.is_starred(),
                Drill::Missed => kept.log.last().is_some_and(|last| last.grade.is_missed()),
            }
        })
        .collect()
}

/// A quiz being taken.
#[derive(Clone, Debug)]
pub struct Quiz {
    pub source: Source,
    pub cards: Vec<&'static Card>,
    pub session: Session,
    /// The answer being given to the current card, when it is a choice card.
    pub choice: ChoiceAnswer,
    /// The text the user typed for the current card before its answer is
    /// shown; the quiz screen compares it with the answer.
    pub typed: String,
}

impl Quiz {
    /// Opens a new session over `picked`, or resumes `saved` when it was over
    /// the same cards. An unfinished review or drill resumes with the cards
    /// it started with, whatever is due now. A saved session is dropped when
    /// one of its cards is gone from the notes, or when it is a review
    /// started before today (`today_ms` is local midnight).
    pub fn open(
        source: Source,
        picked: Vec<&'static Card>,
        saved: Option<SavedSession>,
        now_ms: u64,
        today_ms: u64,
    ) -> Self {
        let saved = saved
            .filter(|saved| source != Source::Review || saved.session.started_ms() >= today_ms);
        if let Some(saved) = saved {
            let resumable = if source.is_picked() {
                let cards: Option<Vec<&'static Card>> =
                    saved.cards.iter().map(|id| deck::card(id)).collect();
                cards.filter(|cards| !cards.is_empty())
            } else {
                Some(picked.clone())
            };
            if let Some(cards) = resumable {
                if let Some(session) = saved.resume(cards.iter().map(|card| card.id)) {
                    let fresh_pick = source.is_picked() && session.is_finished();
                    if !fresh_pick {
                        return Quiz {
                            source,
                            cards,
                            session,
                            choice: ChoiceAnswer::default(),
                            typed: String::new(),
                        };
                    }
                }
            }
        }
        let session = Session::new(picked.len(), now_ms);
        Quiz {
            source,
            cards: picked,
            session,
            choice: ChoiceAnswer::default(),
            typed: String::new(),
        }
    }

    /// Grades the current card and moves on. Returns whether it did.
    pub fn grade(&mut self, grade: Grade, now_ms: u64) -> bool {
        self.choice = ChoiceAnswer::default();
        let graded = self.session.grade(grade, now_ms);
        if graded {
            self.typed.clear();
        }
        graded
    }

    /// Moves on without a grade. Returns whether it did.
    pub fn skip(&mut self, now_ms: u64) -> bool {
        self.choice = ChoiceAnswer::default();
        self.typed.clear();
        self.session.skip(now_ms)
    }

    /// Chooses or unchooses option `at` of the current choice card, and shows
    /// the answer once the choice is checked. Returns whether anything
    /// changed.
    pub fn choose(&mut self, at: usize) -> bool {
        let Some(card) = self.current_card() else {
            return false;
        };
        let changed = self.choice.toggle(at, card.choices.len(), card.correct);
        if self.choice.is_checked() {
            self.session.reveal();
        }
        changed
    }

    /// Checks the options chosen on the current card, and shows the answer.
    pub fn check(&mut self) -> bool {
        let Some(card) = self.current_card() else {
            return false;
        };
        self.choice.check(card.correct) && self.session.reveal()
    }

    /// Returns what storage keeps of this quiz, to resume it after a reload.
    pub fn saved(&self) -> SavedSession {
        SavedSession::new(self.cards.iter().map(|card| card.id), self.session.clone())
    }

    pub fn current_card(&self) -> Option<&'static Card> {
        self.session
            .current()
            .and_then(|at| self.cards.get(at).copied())
    }

    /// Returns a quiz of the cards graded Again or Hard. It has no seed, so
    /// it gets a fresh order.
    pub fn retry_missed(&self) -> QuizSpec {
        QuizSpec {
            cards: self
                .session
                .missed()
                .into_iter()
                .filter_map(|at| self.cards.get(at))
                .map(|card| card.id.to_owned())
                .collect(),
            count: None,
            ..QuizSpec::default()
        }
    }

    /// The setup screen's choices for a quiz like this one.
    pub fn choices(&self) -> QuizSpec {
        match &self.source {
            Source::Spec(spec) => QuizSpec {
                seed: None,
                ..spec.clone()
            },
            _ => QuizSpec::of_categories(Vec::new()),
        }
    }
}
