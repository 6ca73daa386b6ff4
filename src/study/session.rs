//! One quiz session: ask, reveal, grade yourself (Again, Hard, Good, Easy, as
//! in Anki), or skip, until the cards run out or the user ends early.
//!
//! A [`Session`] tracks positions, not cards. [`SavedSession`], the form
//! kept in storage, also lists the cards' ids, so that a session resumes
//! only over the same cards.

use serde::{Deserialize, Serialize};

use crate::progress::Grade;

/// What happened to one question. Serialised as a number: 0 for skipped,
/// else the grade's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Outcome {
    Graded(Grade),
    Skipped,
}

impl From<Outcome> for u8 {
    fn from(outcome: Outcome) -> u8 {
        match outcome {
            Outcome::Graded(grade) => grade.number(),
            Outcome::Skipped => 0,
        }
    }
}

impl TryFrom<u8> for Outcome {
    type Error = &'static str;

    fn try_from(number: u8) -> Result<Outcome, Self::Error> {
        match number {
            0 => Ok(Outcome::Skipped),
            n => Grade::try_from(n).map(Outcome::Graded),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    total: usize,
    outcomes: Vec<Outcome>,
    revealed: bool,
    ended_early: bool,
    started_ms: u64,
    finished_ms: Option<u64>,
}

/// How a session went.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    pub again: usize,
    pub hard: usize,
    pub good: usize,
    pub easy: usize,
    pub skipped: usize,
    /// Questions left unasked because the session ended early.
    pub unanswered: usize,
    pub duration_ms: u64,
}

impl Summary {
    pub fn count(&self, grade: Grade) -> usize {
        match grade {
            Grade::Again => self.again,
            Grade::Hard => self.hard,
            Grade::Good => self.good,
            Grade::Easy => self.easy,
        }
    }

    /// The questions graded: neither skipped nor left unasked.
    pub fn graded(&self) -> usize {
        self.again + self.hard + self.good + self.easy
    }
}

impl Session {
    /// Starts a session over `total` cards; with 0 cards it is finished at
    /// once.
    pub fn new(total: usize, now_ms: u64) -> Self {
        Self {
            total,
            outcomes: Vec::new(),
            revealed: false,
            ended_early: false,
            started_ms: now_ms,
            finished_ms: (total == 0).then_some(now_ms),
        }
    }

    pub fn total(&self) -> usize {
        self.total
    }

    pub fn started_ms(&self) -> u64 {
        self.started_ms
    }

    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }

    /// The position of the card being asked, or `None` once finished.
    pub fn current(&self) -> Option<usize> {
        (!self.is_finished()).then_some(self.outcomes.len())
    }

    pub fn is_revealed(&self) -> bool {
        self.revealed
    }

    pub fn is_finished(&self) -> bool {
        self.finished_ms.is_some()
    }

    pub fn ended_early(&self) -> bool {
        self.ended_early
    }

    /// Shows the answer; false when there is nothing to reveal.
    pub fn reveal(&mut self) -> bool {
        if self.is_finished() || self.revealed {
            return false;
        }
        self.revealed = true;
        true
    }

    /// Grades the current card once its answer is shown, and moves on.
    pub fn grade(&mut self, grade: Grade, now_ms: u64) -> bool {
        if !self.revealed || self.is_finished() {
            return false;
        }
        self.advance(Outcome::Graded(grade), now_ms);
        true
    }

    /// Moves on without a grade, revealed or not.
    pub fn skip(&mut self, now_ms: u64) -> bool {
        if self.is_finished() {
            return false;
        }
        self.advance(Outcome::Skipped, now_ms);
        true
    }

    pub fn end_early(&mut self, now_ms: u64) {
        if !self.is_finished() {
            self.ended_early = true;
            self.revealed = false;
            self.finished_ms = Some(now_ms);
        }
    }

    /// Undoes `end_early`: the session goes on where it stopped, and the
    /// pause does not count in its duration. Returns whether it had ended
    /// early.
    pub fn resume(&mut self, now_ms: u64) -> bool {
        let ended = self.ended_early;
        if let (true, Some(finished_ms)) = (ended, self.finished_ms) {
            self.ended_early = false;
            self.finished_ms = None;
            self.started_ms += now_ms.saturating_sub(finished_ms);
        }
        ended
    }

    fn advance(&mut self, outcome: Outcome, now_ms: u64) {
        self.outcomes.push(outcome);
        self.revealed = false;
        if self.outcomes.len() == self.total {
            self.finished_ms = Some(now_ms);
        }
    }

    pub fn summary(&self, now_ms: u64) -> Summary {
        let mut summary = Summary {
            unanswered: self.total - self.outcomes.len(),
            // Saturating: the clock may have been set back since the start.
            duration_ms: self
                .finished_ms
                .unwrap_or(now_ms)
                .saturating_sub(self.started_ms),
            ..Summary::default()
        };
        for outcome in &self.outcomes {
            match outcome {
                Outcome::Graded(Grade::Again) => summary.again += 1,
                Outcome::Graded(Grade::Hard) => summary.hard += 1,
                Outcome::Graded(Grade::Good) => summary.good += 1,
                Outcome::Graded(Grade::Easy) => summary.easy += 1,
                Outcome::Skipped => summary.skipped += 1,
            }
        }
        summary
    }

    /// Positions of the cards graded Again or Hard.
    pub fn missed(&self) -> Vec<usize> {
        self.outcomes
            .iter()
            .enumerate()
            .filter(|(_, outcome)| matches!(outcome, Outcome::Graded(grade) if grade.is_missed()))
            .map(|(position, _)| position)
            .collect()
    }

    /// Whether this is a session `total` cards long that [`Session`]'s
    /// methods could have made.
    fn is_consistent(&self, total: usize) -> bool {
        let answered = self.outcomes.len();
        let finished = self.finished_ms.is_some();
        self.total == total
            && answered <= total
            && !(self.revealed && finished)
            && self.finished_ms.is_none_or(|ms| ms >= self.started_ms)
            && if self.ended_early {
                finished
            } else {
                finished == (answered == total)
            }
    }
}

/// A session as kept between page loads, with its cards' ids: it resumes
/// only over the same cards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedSession {
    pub version: u32,
    pub cards: Vec<String>,
    pub session: Session,
}

impl SavedSession {
    /// Version 1 was the `1;total;…` text of earlier builds.
    pub const VERSION: u32 = 2;

    pub fn new<'a>(ids: impl IntoIterator<Item = &'a str>, session: Session) -> Self {
        SavedSession {
            version: Self::VERSION,
            cards: ids.into_iter().map(str::to_owned).collect(),
            session,
        }
    }

    /// Whether this session is unfinished and has answered more of the same
    /// cards than `other`, as when another tab runs the same quiz. A
    /// finished session is never ahead, so asking the same quiz again starts
    /// anew.
    pub fn is_ahead_of(&self, other: &SavedSession) -> bool {
        self.cards == other.cards
            && !self.session.is_finished()
            && self.session.outcomes.len() > other.session.outcomes.len()
    }

    /// The session, when it was saved over exactly these cards and is one
    /// this build could have made.
    pub fn resume<'a>(self, ids: impl IntoIterator<Item = &'a str>) -> Option<Session> {
        let same_cards = self.cards.iter().map(String::as_str).eq(ids);
        (self.version == Self::VERSION
            && same_cards
            && self.session.is_consistent(self.cards.len()))
        .then_some(self.session)
    }
}
