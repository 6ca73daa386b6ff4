//! The progress file: what localStorage keeps under
//! `foldcards:<namespace>:progress`, and what export writes and import reads.
//!
//! ```json
//! {"format":"foldcards-progress","version":1,"namespace":"developer-interview",
//!  "cards":{"x1hkzqjc":{"log":[[1764000000,3],[1764259200,1]],"star":[true,1764000000],
//!                       "reset":1763000000,"due":1764345600,"stability":5,"difficulty":712}}}
//! ```
//!
//! Times are seconds since 1970 (UTC); grades are 1 Again, 2 Hard, 3 Good,
//! 4 Easy. `log`, `star` and `reset` are the data. `due`, `stability` (days,
//! rounded) and `difficulty` (hundredths, 100 to 1000) are the FSRS state
//! when the file was written, for other readers of the file; the app ignores
//! them and replays the state from `log`. Every number is an integer, because
//! reading or writing floats would add ~15 KB to the app.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;

use super::Grade;
use super::{CardProgress, Progress, Review};

pub const FORMAT: &str = "foldcards-progress";
pub const VERSION: u32 = 1;
/// 3000-01-01, in seconds since 1970; `is_time` rejects any later time as
/// corrupt.
const LAST_TIME: i64 = 32_503_680_000;

/// The whole file, as written ([`Reading`] is the file as read).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProgressFile {
    format: String,
    version: u32,
    namespace: String,
    /// The cards in id order, as [`Progress::cards`] yields them. `as_map`
    /// writes them as a JSON object without building a map; a `BTreeMap`
    /// here would compile in its own insertion and sorting code (3 KB gzip).
    #[serde(serialize_with = "as_map")]
    cards: Vec<(String, CardFile)>,
}

fn as_map<S: serde::Serializer>(cards: &[(String, CardFile)], out: S) -> Result<S::Ok, S::Error> {
    out.collect_map(cards.iter().map(|(id, card)| (id, card)))
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct CardFile {
    /// `[time, grade]` pairs, oldest first.
    #[serde(default)]
    log: Vec<(i64, i64)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    star: Option<(bool, i64)>,
    /// The time of the last reset; 0 when never reset.
    #[serde(default, skip_serializing_if = "is_zero")]
    reset: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    due: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stability: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    difficulty: Option<i64>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl ProgressFile {
    pub fn new(progress: &Progress, namespace: &str) -> ProgressFile {
        let cards = progress
            .cards()
            .map(|(id, card)| {
                let memory = card.memory();
                let file = CardFile {
                    log: card
                        .log
                        .iter()
                        .map(|review| (review.at, i64::from(review.grade.number())))
                        .collect(),
                    star: card.star,
                    reset: card.reset_at,
                    due: memory.map(|memory| memory.due),
                    stability: memory.map(|memory| memory.stability.round() as i64),
                    difficulty: memory.map(|memory| (memory.difficulty * 100.0).round() as i64),
                };
                (id.to_owned(), file)
            })
            .collect();
        ProgressFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            namespace: namespace.to_owned(),
            cards,
        }
    }
}

/// Returns the progress file as JSON text on one line.
pub fn export(progress: &Progress, namespace: &str) -> String {
    // Cannot fail: the keys are strings and the values integers and booleans.
    serde_json::to_string(&ProgressFile::new(progress, namespace)).unwrap_or_default()
}

/// Why a file the user chose was not imported; [`crate::i18n`] turns each
/// reason into one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a progress file.
    NotProgress,
    /// A version Foldcards never wrote (0).
    UnknownVersion,
    /// A newer version's file.
    Newer { version: u32 },
    /// The progress of another deck; holds the file's namespace.
    OtherDeck(String),
    /// A card entry that fails the checks of `read_card`.
    Card { id: String, problem: CardProblem },
}

/// What is wrong with one card of a file; reviews are counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardProblem {
    /// Not in a shape this version reads.
    Shape,
    /// A review's grade is not 1 to 4.
    Grade(usize),
    /// A review's time is outside 1970 to 3000.
    Time(usize),
    /// A review is not later than the one before it.
    Order(usize),
    StarTime,
    ResetTime,
}

/// Reads a progress file the user chose to import; one bad card refuses the
/// whole file.
pub fn import(text: &str, namespace: &str) -> Result<Progress, Refusal> {
    let (version, cards) = parse(text, namespace)?;
    if version > VERSION {
        return Err(Refusal::Newer { version });
    }
    let mut progress = Progress::default();
    for (id, card) in cards {
        match card {
            Ok(card) => progress.insert(&id, card),
            Err(problem) => return Err(Refusal::Card { id, problem }),
        }
    }
    Ok(progress)
}

/// What reading the app's own stored progress finds.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// This version's file, every card read.
    Current(Progress),
    /// This version's file with cards that could not be read; holds the
    /// cards that could.
    Damaged(Progress),
    /// A newer version's file; holds the cards this version can still read.
    Newer { version: u32, progress: Progress },
    /// Not a progress file of this namespace.
    Unreadable,
}

/// Reads what the app stored, keeping whatever can be kept.
pub fn read_stored(text: &str, namespace: &str) -> Stored {
    let Ok((version, cards)) = parse(text, namespace) else {
        return match serde_json::from_str::<Header>(text) {
            // A newer version's file that this one cannot parse at all: report
            // it as `Newer`, so that it is kept as it is.
            Ok(header) if header.format == FORMAT && header.version > VERSION => Stored::Newer {
                version: header.version,
                progress: Progress::default(),
            },
            _ => Stored::Unreadable,
        };
    };
    let mut progress = Progress::default();
    let mut damaged = false;
    for (id, card) in cards {
        match card {
            Ok(card) => progress.insert(&id, card),
            Err(_) => damaged = true,
        }
    }
    match version {
        VERSION if damaged => Stored::Damaged(progress),
        VERSION => Stored::Current(progress),
        _ => Stored::Newer { version, progress },
    }
}

/// What every version of the file starts with.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// The file as read, each card entry left as raw JSON, so that an entry in a
/// shape this version does not know (a newer version's, or a damaged one)
/// does not make the whole file unreadable.
#[derive(Deserialize)]
struct Reading<'a> {
    format: String,
    version: u32,
    namespace: String,
    #[serde(borrow)]
    cards: BTreeMap<String, &'a RawValue>,
}

type Cards = Vec<(String, Result<CardProgress, CardProblem>)>;

/// Returns the file's version and each card (or what is wrong with it), or
/// a refusal when `text` is not a progress file of `namespace`.
fn parse(text: &str, namespace: &str) -> Result<(u32, Cards), Refusal> {
    let file: Reading = serde_json::from_str(text).map_err(|error| match error.classify() {
        Category::Data => Refusal::NotProgress,
        _ => Refusal::NotJson,
    })?;
    if file.format != FORMAT {
        return Err(Refusal::NotProgress);
    }
    if file.version == 0 {
        return Err(Refusal::UnknownVersion);
    }
    if file.namespace != namespace {
        return Err(Refusal::OtherDeck(file.namespace));
    }
    let cards = file
        .cards
        .into_iter()
        .map(|(id, entry)| {
            let card = match serde_json::from_str::<CardFile>(entry.get()) {
                Ok(card) => read_card(&card),
                Err(_) => Err(CardProblem::Shape),
            };
            (id, card)
        })
        .collect();
    Ok((file.version, cards))
}

/// Checks what serde cannot: grades, times and their order.
fn read_card(file: &CardFile) -> Result<CardProgress, CardProblem> {
    let mut card = CardProgress::default();
    for (n, &(at, grade)) in file.log.iter().enumerate() {
        let n = n + 1;
        let grade = u8::try_from(grade)
            .ok()
            .and_then(Grade::from_number)
            .ok_or(CardProblem::Grade(n))?;
        if !is_time(at) {
            return Err(CardProblem::Time(n));
        }
        if card.log.last().is_some_and(|last| last.at >= at) {
            return Err(CardProblem::Order(n));
        }
        card.log.push(Review { at, grade });
    }
    if file.star.is_some_and(|(_, at)| !is_time(at)) {
        return Err(CardProblem::StarTime);
    }
    if file.reset != 0 && !is_time(file.reset) {
        return Err(CardProblem::ResetTime);
    }
    card.star = file.star;
    card.reset_at = file.reset;
    Ok(card)
}

fn is_time(at: i64) -> bool {
    0 < at && at < LAST_TIME
}
