//! The progress file: what localStorage keeps under
//! `foldcards:<namespace>:progress`, and what export writes and import reads.
//!
//! ```json
//! {"format":"foldcards-progress","version":1,"namespace":"developer-interview",
//!  "cards":{"x1hkzqjc":{"log":[[1764000000,3],[1764259200,1]],"star":[true,1764000000],
//!                       "reset":0,"due":1764345600,"stability":5,"difficulty":712}}}
//! ```
//!
//! Times are seconds since 1970 (UTC); grades are 1 Again, 2 Hard, 3 Good,
//! 4 Easy. `log`, `star` and `reset` are the data. `due`, `stability` (days,
//! rounded) and `difficulty` (hundredths, 100 to 1000) are the FSRS state at
//! writing, for whoever reads the file; the app replays it from `log`.

use super::json::{self, Value};
use super::{CardProgress, Progress, Review};
use crate::study::session::Grade;

pub const FORMAT: &str = "foldcards-progress";
pub const VERSION: i64 = 1;

pub fn encode(progress: &Progress, namespace: &str) -> String {
    let cards = progress
        .cards()
        .map(|(id, card)| {
            let log = card
                .log
                .iter()
                .map(|review| {
                    Value::Array(vec![
                        Value::Int(review.at),
                        Value::Int(grade_number(review.grade)),
                    ])
                })
                .collect();
            let mut fields = vec![("log".to_owned(), Value::Array(log))];
            if let Some((starred, at)) = card.star {
                fields.push((
                    "star".to_owned(),
                    Value::Array(vec![Value::Bool(starred), Value::Int(at)]),
                ));
            }
            if card.reset_at > 0 {
                fields.push(("reset".to_owned(), Value::Int(card.reset_at)));
            }
            if let Some(memory) = card.memory() {
                fields.push(("due".to_owned(), Value::Int(memory.due)));
                fields.push((
                    "stability".to_owned(),
                    Value::Int(memory.stability.round() as i64),
                ));
                fields.push((
                    "difficulty".to_owned(),
                    Value::Int((memory.difficulty * 100.0).round() as i64),
                ));
            }
            (id.to_owned(), Value::Object(fields))
        })
        .collect();
    let file = Value::Object(vec![
        ("format".to_owned(), Value::Str(FORMAT.to_owned())),
        ("version".to_owned(), Value::Int(VERSION)),
        ("namespace".to_owned(), Value::Str(namespace.to_owned())),
        ("cards".to_owned(), Value::Object(cards)),
    ]);
    let mut out = String::new();
    file.write(&mut out);
    out
}

/// Reads a progress file of `namespace`; the error is a sentence for the user.
pub fn decode(text: &str, namespace: &str) -> Result<Progress, String> {
    let file = json::parse(text).map_err(|error| format!("It is not valid JSON: {error}."))?;
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err("It is not a Foldcards progress file.".to_owned());
    }
    match file.get("version").and_then(Value::as_int) {
        Some(VERSION) => {}
        Some(version) if version > VERSION => {
            return Err(format!(
                "It was written by a newer Foldcards (schema version {version}; this one reads version {VERSION})."
            ))
        }
        _ => return Err("Its schema version is missing or unknown.".to_owned()),
    }
    match file.get("namespace").and_then(Value::as_str) {
        Some(ns) if ns == namespace => {}
        Some(ns) => {
            return Err(format!(
                "It holds the progress of another deck (\u{201c}{ns}\u{201d})."
            ))
        }
        None => return Err("It does not say which deck it belongs to.".to_owned()),
    }
    let Some(Value::Object(cards)) = file.get("cards") else {
        return Err("It has no list of cards.".to_owned());
    };
    let mut progress = Progress::default();
    for (id, fields) in cards {
        let card = read_card(fields)
            .map_err(|problem| format!("Card \u{201c}{id}\u{201d}: {problem}."))?;
        progress.insert(id, card);
    }
    Ok(progress)
}

fn read_card(fields: &Value) -> Result<CardProgress, String> {
    let log = fields
        .get("log")
        .and_then(Value::as_array)
        .ok_or("it has no review log")?;
    let mut card = CardProgress::default();
    for (n, entry) in log.iter().enumerate() {
        let review = match entry.as_array() {
            Some([at, grade]) => at
                .as_int()
                .filter(|at| *at > 0)
                .zip(grade.as_int().and_then(grade_from_number))
                .map(|(at, grade)| Review { at, grade }),
            _ => None,
        };
        let review = review
            .ok_or_else(|| format!("review {} is not a [time, grade from 1 to 4] pair", n + 1))?;
        if card.log.last().is_some_and(|last| last.at >= review.at) {
            return Err(format!(
                "review {} is not later than the one before it",
                n + 1
            ));
        }
        card.log.push(review);
    }
    card.star = match fields.get("star") {
        None => None,
        Some(Value::Array(pair)) => match pair.as_slice() {
            [Value::Bool(starred), Value::Int(at)] => Some((*starred, *at)),
            _ => return Err("its star is not a [starred, time] pair".to_owned()),
        },
        Some(_) => return Err("its star is not a [starred, time] pair".to_owned()),
    };
    card.reset_at = match fields.get("reset") {
        None => 0,
        Some(reset) => reset
            .as_int()
            .ok_or("its reset time is not a whole number")?,
    };
    Ok(card)
}

fn grade_number(grade: Grade) -> i64 {
    match grade {
        Grade::Again => 1,
        Grade::Hard => 2,
        Grade::Good => 3,
        Grade::Easy => 4,
    }
}

fn grade_from_number(n: i64) -> Option<Grade> {
    Grade::ALL
        .get(usize::try_from(n).ok()?.checked_sub(1)?)
        .copied()
}
