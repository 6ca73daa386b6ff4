//! Figures for the stats page, in whole numbers.

use super::today::Clock;
use super::Grade;
use super::Progress;
use crate::deck::Card;

/// Reviews given on each of the last `days` days, oldest first, today last.
pub fn reviews_per_day(progress: &Progress, clock: Clock, days: usize) -> Vec<usize> {
    let first = clock.today() - days as i64 + 1;
    let mut counts = vec![0; days];
    for (_, card) in progress.cards() {
        for review in &card.log {
            if let Ok(at) = usize::try_from(clock.day(review.at) - first) {
                if let Some(count) = counts.get_mut(at) {
                    *count += 1;
                }
            }
        }
    }
    counts
}

/// For each of the last `weeks` weeks, oldest first, the percentage of
/// reviews not graded Again, counting only reviews of cards seen before (a
/// card's first review is skipped); `None` for a week with no such review.
pub fn retention_per_week(progress: &Progress, clock: Clock, weeks: usize) -> Vec<Option<usize>> {
    let first = clock.today() - 7 * weeks as i64 + 1;
    let mut tallies = vec![(0, 0); weeks];
    for (_, card) in progress.cards() {
        for review in card.log.iter().skip(1) {
            if let Ok(at) = usize::try_from((clock.day(review.at) - first).div_euclid(7)) {
                if let Some((recalled, total)) = tallies.get_mut(at) {
                    *total += 1;
                    *recalled += usize::from(review.grade != Grade::Again);
                }
            }
        }
    }
    tallies
        .into_iter()
        .map(|(recalled, total)| (total > 0).then(|| (recalled * 100 + total / 2) / total))
        .collect()
}

/// Cards due on each of the next `days` days, today (with anything overdue) first.
pub fn due_forecast(progress: &Progress, cards: &[Card], clock: Clock, days: usize) -> Vec<usize> {
    let mut counts = vec![0; days];
    for card in cards {
        if let Some(memory) = progress.card(card.id).and_then(|c| c.memory()) {
            let at = usize::try_from(clock.day(memory.due) - clock.today()).unwrap_or(0);
            if let Some(count) = counts.get_mut(at) {
                *count += 1;
            }
        }
    }
    counts
}

/// Counts every review ever given to these cards.
pub fn review_count(progress: &Progress, cards: &[Card]) -> usize {
    cards
        .iter()
        .filter_map(|card| progress.card(card.id))
        .map(|card| card.log.len())
        .sum()
}
