//! FSRS, the scheduler Anki uses: FSRS-5 with its default weights, desired
//! retention 90 %, whole-day intervals and no fuzz. It gives the same results
//! as `rs-fsrs`'s long-term scheduler (the tests compare them). This module
//! costs a few hundred bytes; the crate costs 20 KB gzip, for chrono and for
//! the float formatting that seeds its fuzz.

use super::Grade;

// In the browser, use JavaScript's Math.pow and Math.exp, not Rust's, which
// link compiler-builtins' libm pow and exp (2.75 KB of wasm, 1.8 KB gzip).
// Their results may differ from Rust's in the last bit; that moves an
// interval by a day only when it falls exactly on a rounding edge.
#[cfg(target_arch = "wasm32")]
use js_sys::Math::{exp, pow};

#[cfg(not(target_arch = "wasm32"))]
fn pow(base: f64, exponent: f64) -> f64 {
    base.powf(exponent)
}

#[cfg(not(target_arch = "wasm32"))]
fn exp(x: f64) -> f64 {
    x.exp()
}

const W: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];
const DECAY: f64 = -0.5;
/// 0.9 ^ (1 / DECAY) − 1, so that a card is due when recall drops to 90 %.
const FACTOR: f64 = 19.0 / 81.0;
const DESIRED_RETENTION: f64 = 0.9;
const MAXIMUM_INTERVAL_DAYS: f64 = 36500.0;
pub const DAY_SECONDS: i64 = 86_400;

/// A card's FSRS memory state after its reviews.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Memory {
    /// Days until recall probability falls to 90 %.
    pub stability: f64,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f64,
    /// When it was last reviewed, in seconds since 1970.
    pub last_review: i64,
    /// When it is due, in seconds since 1970.
    pub due: i64,
    /// Days from the last review to `due`.
    pub interval_days: i64,
    pub reviews: u32,
    pub lapses: u32,
}

fn rating(grade: Grade) -> f64 {
    match grade {
        Grade::Again => 1.0,
        Grade::Hard => 2.0,
        Grade::Good => 3.0,
        Grade::Easy => 4.0,
    }
}

fn initial_difficulty(grade: Grade) -> f64 {
    (W[4] - exp(W[5] * (rating(grade) - 1.0)) + 1.0).clamp(1.0, 10.0)
}

fn initial_stability(grade: Grade) -> f64 {
    W[rating(grade) as usize - 1].max(0.1)
}

fn next_difficulty(difficulty: f64, grade: Grade) -> f64 {
    let next = difficulty - W[6] * (rating(grade) - 3.0);
    (W[7] * initial_difficulty(Grade::Easy) + (1.0 - W[7]) * next).clamp(1.0, 10.0)
}

/// The probability of recalling a card `elapsed_days` after its last review.
pub fn retrievability(elapsed_days: f64, stability: f64) -> f64 {
    pow(1.0 + FACTOR * elapsed_days / stability, DECAY)
}

fn next_stability(difficulty: f64, stability: f64, recall: f64, grade: Grade) -> f64 {
    if grade == Grade::Again {
        return W[11]
            * pow(difficulty, -W[12])
            * (pow(stability + 1.0, W[13]) - 1.0)
            * exp((1.0 - recall) * W[14]);
    }
    let modifier = match grade {
        Grade::Hard => W[15],
        Grade::Easy => W[16],
        _ => 1.0,
    };
    stability
        * (exp(W[8])
            * (11.0 - difficulty)
            * pow(stability, -W[9])
            * (exp((1.0 - recall) * W[10]) - 1.0)
            * modifier
            + 1.0)
}

fn interval(stability: f64) -> f64 {
    (stability / FACTOR * (pow(DESIRED_RETENTION, 1.0 / DECAY) - 1.0))
        .round()
        .clamp(1.0, MAXIMUM_INTERVAL_DAYS)
}

/// Returns the card's memory after a review at `now` (seconds since 1970),
/// given its memory `before` (`None` for a card never reviewed).
pub fn review(before: Option<&Memory>, now: i64, grade: Grade) -> Memory {
    // Every grade's stability is computed, so that the intervals can be made
    // to rise from Again to Easy.
    let stability_after = |grade: Grade| match before {
        None => initial_stability(grade),
        Some(memory) => {
            let elapsed = ((now - memory.last_review) / DAY_SECONDS) as f64;
            let recall = retrievability(elapsed, memory.stability);
            next_stability(memory.difficulty, memory.stability, recall, grade)
        }
    };
    let [again, hard, good, easy] = Grade::ALL.map(|grade| interval(stability_after(grade)));
    let again = again.min(hard);
    let hard = hard.max(again + 1.0);
    let good = good.max(hard + 1.0);
    let easy = easy.max(good + 1.0);
    let days = match grade {
        Grade::Again => again,
        Grade::Hard => hard,
        Grade::Good => good,
        Grade::Easy => easy,
    } as i64;
    let (difficulty, reviews, lapses) = match before {
        None => (initial_difficulty(grade), 0, 0),
        Some(memory) => (
            next_difficulty(memory.difficulty, grade),
            memory.reviews,
            memory.lapses + u32::from(grade == Grade::Again),
        ),
    };
    Memory {
        stability: stability_after(grade),
        difficulty,
        last_review: now,
        due: now + days * DAY_SECONDS,
        interval_days: days,
        reviews: reviews + 1,
        lapses,
    }
}
