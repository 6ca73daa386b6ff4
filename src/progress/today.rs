//! Local calendar days, from local midnight to local midnight, and the
//! cards due on them.

use super::fsrs::DAY_SECONDS;
use super::{Mastery, Progress};
use crate::deck::Card;

/// New cards a review session adds per day, as in Anki.
pub const NEW_CARDS_PER_DAY: usize = 20;

/// The time now, and the user's offset from UTC, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    pub now: i64,
    pub utc_offset: i64,
}

impl Clock {
    /// The local day `at` falls on, counted from 1970-01-01.
    pub fn day(&self, at: i64) -> i64 {
        (at + self.utc_offset).div_euclid(DAY_SECONDS)
    }

    pub fn today(&self) -> i64 {
        self.day(self.now)
    }

    /// The first second of local day `day`.
    pub fn start_of(&self, day: i64) -> i64 {
        day * DAY_SECONDS - self.utc_offset
    }
}

/// What a review session today asks: the cards overdue from earlier days,
/// then those due today, each in notes order, then new cards in notes order
/// up to [`NEW_CARDS_PER_DAY`] less the cards first reviewed today. A card
/// with no answer yet is never new: it waits for its answer.
pub fn review_queue(
    progress: &Progress,
    cards: &'static [Card],
    clock: Clock,
) -> Vec<&'static Card> {
    let today = clock.start_of(clock.today());
    let tomorrow = clock.start_of(clock.today() + 1);
    let due_between = |from: i64, to: i64| {
        cards.iter().filter(move |card| {
            progress
                .card(card.id)
                .and_then(|c| c.memory())
                .is_some_and(|memory| (from..to).contains(&memory.due))
        })
    };
    let started_today = progress
        .cards()
        .filter(|(_, card)| {
            card.log
                .first()
                .is_some_and(|first| clock.day(first.at) == clock.today())
        })
        .count();
    let new = cards
        .iter()
        .filter(|card| !card.unfinished && progress.mastery(card.id) == Mastery::New)
        .take(NEW_CARDS_PER_DAY.saturating_sub(started_today));
    due_between(i64::MIN, today)
        .chain(due_between(today, tomorrow))
        .chain(new)
        .collect()
}

/// What today's review asks: how many cards are due (overdue included), and
/// how many new cards it adds.
pub fn due_and_new(progress: &Progress, cards: &'static [Card], clock: Clock) -> (usize, usize) {
    let queue = review_queue(progress, cards, clock);
    let new = queue
        .iter()
        .filter(|card| progress.mastery(card.id) == Mastery::New)
        .count();
    (queue.len() - new, new)
}

/// How many of these cards are new, being learned, and known.
pub fn mastery_counts(progress: &Progress, cards: &[Card]) -> [usize; 3] {
    let mut counts = [0; 3];
    for card in cards {
        counts[progress.mastery(card.id) as usize] += 1;
    }
    counts
}

/// The calendar date (year, month, day) of a day counted from 1970-01-01.
pub fn date(day: i64) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Formats a day counted from 1970-01-01 as an ISO date (`2026-11-24`).
pub fn iso_date(day: i64) -> String {
    let (year, month, day) = date(day);
    format!("{year}-{month:02}-{day:02}")
}
