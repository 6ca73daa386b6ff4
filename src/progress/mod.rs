//! Everything the app remembers about the user's studying, without UI: each
//! card's review log, its FSRS memory, its star, and the file it is kept in.
//!
//! The review log is the source of truth; `CardProgress::replay` rebuilds
//! the FSRS memory from it. Merging two copies (two tabs, an imported file)
//! is then a union of logs that never loses a review, and a reset is a time
//! (`reset_at`) at or before which a card's reviews are dropped.

pub mod fsrs;
mod grade;
pub mod schema;
pub mod stats;
pub mod today;

use fsrs::Memory;
pub use grade::Grade;

/// One grade given to a card, at a time in seconds since 1970.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Review {
    pub at: i64,
    pub grade: Grade,
}

/// The progress kept for one card: its review log, star and last reset, and
/// the FSRS memory replayed from the log.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardProgress {
    /// The card's reviews, oldest first, no two at the same second.
    pub log: Vec<Review>,
    /// Starred or not, and when that was last changed (the later change wins
    /// when two copies are merged).
    pub star: Option<(bool, i64)>,
    /// The time of the last reset; `replay` drops the reviews at or before
    /// it.
    pub reset_at: i64,
    memory: Option<Memory>,
}

impl CardProgress {
    pub fn memory(&self) -> Option<&Memory> {
        self.memory.as_ref()
    }

    pub fn is_starred(&self) -> bool {
        matches!(self.star, Some((true, _)))
    }

    /// Drops reviews a reset removed and replays the rest, oldest first.
    fn replay(&mut self) {
        let reset_at = self.reset_at;
        self.log.retain(|review| review.at > reset_at);
        self.memory = self.log.iter().fold(None, |memory, review| {
            Some(fsrs::review(memory.as_ref(), review.at, review.grade))
        });
    }
}

/// How well a card is known: never reviewed, being learned, or known (it will
/// stay above 90 % recall for three weeks or more, Anki's "mature").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mastery {
    New,
    Learning,
    Known,
}

pub const KNOWN_STABILITY_DAYS: f64 = 21.0;

/// Every card's progress, by card id, including cards gone from the notes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// Sorted by id for binary search; a sorted `Vec` makes a smaller app
    /// than a map.
    cards: Vec<(String, CardProgress)>,
}

impl Progress {
    pub fn card(&self, id: &str) -> Option<&CardProgress> {
        let at = self.find(id).ok()?;
        Some(&self.cards[at].1)
    }

    pub fn cards(&self) -> impl Iterator<Item = (&str, &CardProgress)> {
        self.cards.iter().map(|(id, card)| (id.as_str(), card))
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.cards.binary_search_by(|(key, _)| key.as_str().cmp(id))
    }

    fn entry(&mut self, id: &str) -> &mut CardProgress {
        let at = self.find(id).unwrap_or_else(|at| {
            self.cards
                .insert(at, (id.to_owned(), CardProgress::default()));
            at
        });
        &mut self.cards[at].1
    }

    pub fn record(&mut self, id: &str, at: i64, grade: Grade) {
        let card = self.entry(id);
        match card.log.last().map(|last| last.at) {
            // The same second: this grade replaces the last.
            Some(last) if at == last => {
                card.log.pop();
                card.log.push(Review { at, grade });
                card.replay();
            }
            // The clock was set back, or the last review came from a clock
            // that ran ahead: record this one a second after the last, so the
            // log stays in time order and loses nothing.
            Some(last) if at < last => {
                let at = last + 1;
                card.memory = Some(fsrs::review(card.memory.as_ref(), at, grade));
                card.log.push(Review { at, grade });
            }
            _ => {
                card.memory = Some(fsrs::review(card.memory.as_ref(), at, grade));
                card.log.push(Review { at, grade });
            }
        }
    }

    pub fn set_star(&mut self, id: &str, starred: bool, at: i64) {
        self.entry(id).star = Some((starred, at));
    }

    pub fn mastery(&self, id: &str) -> Mastery {
        match self.card(id).and_then(CardProgress::memory) {
            None => Mastery::New,
            Some(memory) if memory.stability >= KNOWN_STABILITY_DAYS => Mastery::Known,
            Some(_) => Mastery::Learning,
        }
    }

    /// Forgets these cards' reviews as of `at`; stars stay.
    pub fn reset<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>, at: i64) {
        for id in ids {
            if let Ok(found) = self.find(id) {
                let card = &mut self.cards[found].1;
                card.reset_at = card.reset_at.max(at);
                card.replay();
            }
        }
    }

    /// Merges `other` into this progress: the logs are united, and the later
    /// star and the later reset win. Returns how many cards changed.
    pub fn merge(&mut self, other: &Progress) -> usize {
        let mut changed = 0;
        for (id, theirs) in &other.cards {
            let mine = self.entry(id);
            let before = mine.clone();
            mine.reset_at = mine.reset_at.max(theirs.reset_at);
            mine.log = merge_logs(&mine.log, &theirs.log);
            if theirs.star.map(|(_, at)| at) > mine.star.map(|(_, at)| at) {
                mine.star = theirs.star;
            }
            mine.replay();
            changed += usize::from(*mine != before);
        }
        changed
    }

    /// Keeps only the cards in `ids` (in any order). Returns how many it
    /// dropped.
    pub fn keep_only<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        let mut kept = vec![false; self.cards.len()];
        for id in ids {
            if let Ok(at) = self.find(id) {
                kept[at] = true;
            }
        }
        // `retain` visits the cards in order.
        let mut kept = kept.into_iter();
        let before = self.cards.len();
        self.cards.retain(|_| kept.next().unwrap_or(false));
        before - self.cards.len()
    }

    /// Adds a card read from a file, whose log is in time order; its memory
    /// is replayed from the log.
    pub(crate) fn insert(&mut self, id: &str, card: CardProgress) {
        let entry = self.entry(id);
        *entry = card;
        entry.replay();
    }
}

/// Merges two logs in time order into one, with each time once. On a tie,
/// which only a clock set back can make, the first log's review wins.
fn merge_logs(first: &[Review], second: &[Review]) -> Vec<Review> {
    let mut merged = Vec::with_capacity(first.len() + second.len());
    let (mut a, mut b) = (first.iter().peekable(), second.iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if y.at < x.at => b.next(),
            (Some(x), Some(y)) if y.at == x.at => {
                b.next();
                a.next()
            }
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some(review) => merged.push(*review),
            None => return merged,
        }
    }
}
