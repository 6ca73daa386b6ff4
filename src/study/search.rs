//! Finding cards as the user types: case and spacing do not matter, Korean
//! initial consonants (초성) stand for whole syllables, a syllable still being
//! composed matches what it is becoming, and a longer English word forgives
//! one typo. Ranking: the question before the answer; an exact match, then a
//! prefix, then one inside.
//!
//! Texts are searched in a normalised form (lower case, no white space);
//! [`Highlight`] maps a match back onto the text as written, cutting it only
//! at char boundaries.

use std::ops::Range;

/// Where a match was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Question,
    Answer,
}

/// How well it matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    Exact,
    Prefix,
    Infix,
    /// One typo away, in a word of five letters or more.
    Typo,
}

/// One card found: which, where, how well, and the matched chars of the
/// normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub card: usize,
    pub field: Field,
    pub fit: Fit,
    pub at: Range<usize>,
}

/// The searchable form of every card.
#[derive(Debug, Default)]
pub struct Index {
    questions: Vec<String>,
    answers: Vec<String>,
}

impl Index {
    /// An index of cards, each given as its question and its answer as plain text.
    pub fn new(cards: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>) -> Self {
        let mut index = Index::default();
        for (question, answer) in cards {
            index.questions.push(normalize(question.as_ref()));
            index.answers.push(normalize(answer.as_ref()));
        }
        index
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The cards matching `query`, best first, at most `limit` of them.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let Some(pattern) = Pattern::new(query) else {
            return Vec::new();
        };
        let mut hits: Vec<Hit> = (0..self.len())
            .filter_map(|card| {
                pattern
                    .find(&self.questions[card])
                    .map(|(fit, at)| (Field::Question, fit, at))
                    .or_else(|| {
                        pattern
                            .find(&self.answers[card])
                            .map(|(fit, at)| (Field::Answer, fit, at))
                    })
                    .map(|(field, fit, at)| Hit {
                        card,
                        field,
                        fit,
                        at,
                    })
            })
            .collect();
        hits.sort_by_key(|hit| (hit.fit == Fit::Typo, hit.field, hit.fit, hit.card));
        hits.truncate(limit);
        hits
    }
}

/// Lower case, without white space: the form both texts and queries are
/// compared in. (The browser gives text in NFC; the build writes notes in it.)
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// What one char of a query matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Char(char),
    /// A lone consonant: any syllable it begins, or itself.
    Initial(u32),
    /// A syllable being composed: the same initial and vowel, any final.
    Open(u32, u32),
}

impl Unit {
    fn matches(self, c: char) -> bool {
        match self {
            Unit::Char(q) => q == c,
            Unit::Initial(i) => {
                syllable(c).is_some_and(|(ci, _, _)| ci == i) || jamo_initial(c) == Some(i)
            }
            Unit::Open(i, m) => syllable(c).is_some_and(|(ci, cm, _)| ci == i && cm == m),
        }
    }
}

/// A query as units, with a second reading when its last syllable has a
/// final consonant that may yet become the next syllable's initial
/// (typing 트랜 passes through 틀: 틀, or 트 then ㄹ).
struct Pattern {
    readings: Vec<Reading>,
    /// The query itself, for typo tolerance: ASCII letters only, 5 or more.
    word: Option<String>,
}

/// One reading of a query. Its leading plain chars are looked for as a
/// string, which is fast; only where they occur are the other units tried.
struct Reading {
    literal: String,
    rest: Vec<Unit>,
}

impl Reading {
    fn new(units: Vec<Unit>) -> Self {
        let plain = units
            .iter()
            .take_while(|unit| matches!(unit, Unit::Char(_)))
            .count();
        let literal = units[..plain]
            .iter()
            .filter_map(|unit| match unit {
                Unit::Char(c) => Some(*c),
                _ => None,
            })
            .collect();
        Reading {
            literal,
            rest: units[plain..].to_vec(),
        }
    }

    /// The leftmost match in `text`, as byte offsets.
    fn find(&self, text: &str) -> Option<Range<usize>> {
        let try_at = |start: usize| {
            let mut end = start + self.literal.len();
            let mut chars = text.get(end..)?.chars();
            for unit in &self.rest {
                let c = chars.next().filter(|&c| unit.matches(c))?;
                end += c.len_utf8();
            }
            Some(start..end)
        };
        if self.literal.is_empty() {
            text.char_indices().find_map(|(start, _)| try_at(start))
        } else {
            text.match_indices(self.literal.as_str())
                .find_map(|(start, _)| try_at(start))
        }
    }
}

impl Pattern {
    fn new(query: &str) -> Option<Self> {
        let query = normalize(query);
        let chars: Vec<char> = query.chars().collect();
        let (&last, rest) = chars.split_last()?;
        let mut units: Vec<Unit> = rest.iter().map(|&c| unit(c)).collect();
        let mut readings = Vec::new();
        match syllable(last) {
            Some((i, m, 0)) => {
                units.push(Unit::Open(i, m));
                readings.push(Reading::new(units));
            }
            Some((i, m, f)) => {
                let (kept, moved) = FINAL_SPLITS[f as usize - 1];
                let mut split = units.clone();
                split.push(Unit::Char(compose(i, m, kept)));
                split.push(Unit::Initial(moved));
                units.push(Unit::Char(last));
                readings.push(Reading::new(units));
                readings.push(Reading::new(split));
            }
            None => {
                units.push(unit(last));
                readings.push(Reading::new(units));
            }
        }
        let word =
            (chars.len() >= 5 && chars.iter().all(char::is_ascii_lowercase)).then_some(query);
        Some(Pattern { readings, word })
    }

    /// The best match in `text` and the chars it covers.
    fn find(&self, text: &str) -> Option<(Fit, Range<usize>)> {
        let found = self
            .readings
            .iter()
            .filter_map(|reading| reading.find(text))
            .map(|at| {
                let fit = match (at.start, at.end == text.len()) {
                    (0, true) => Fit::Exact,
                    (0, false) => Fit::Prefix,
                    _ => Fit::Infix,
                };
                (fit, at)
            })
            .min_by_key(|(fit, at)| (*fit, at.start));
        found
            .or_else(|| self.typo(text))
            .map(|(fit, at)| (fit, chars_of(text, at)))
    }

    /// A run of `text` one edit away from the query word, as byte offsets.
    /// (Spaces are gone from the normalised text, so it may start inside a
    /// word.) One edit leaves half of the word as it was, so only a text
    /// holding either half is looked through.
    fn typo(&self, text: &str) -> Option<(Fit, Range<usize>)> {
        let word = self.word.as_ref()?.as_bytes();
        let half = word.len() / 2;
        let (first, second) = word.split_at(half);
        let holds = |part: &[u8]| std::str::from_utf8(part).is_ok_and(|part| text.contains(part));
        if !holds(first) && !holds(second) {
            return None;
        }
        let bytes = text.as_bytes();
        let n = word.len();
        (0..bytes.len()).find_map(|start| {
            (n - 1..=n + 1)
                .filter(|len| start + len <= bytes.len())
                .find(|&len| one_edit_apart(word, &bytes[start..start + len]))
                .map(|len| (Fit::Typo, start..start + len))
        })
    }
}

/// Byte offsets in `text` as char positions.
fn chars_of(text: &str, at: Range<usize>) -> Range<usize> {
    let start = text.get(..at.start).map_or(0, |head| head.chars().count());
    let len = text.get(at).map_or(0, |matched| matched.chars().count());
    start..start + len
}

fn unit(c: char) -> Unit {
    jamo_initial(c).map_or(Unit::Char(c), Unit::Initial)
}

/// Whether `a` becomes `b` by one substitution, insertion, deletion or swap
/// of neighbours (or none).
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    match (a.len(), b.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            a[1..] == b[1..] || (x >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        (x, y) if x == y + 1 => a[1..] == *b,
        (x, y) if y == x + 1 => *a == b[1..],
        _ => false,
    }
}

const SYLLABLES: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// A Hangul syllable's initial (0–18), vowel (0–20) and final (0 for none, 1–27).
fn syllable(c: char) -> Option<(u32, u32, u32)> {
    let code = c as u32;
    SYLLABLES.contains(&code).then(|| {
        let offset = code - 0xAC00;
        (offset / 588, offset % 588 / 28, offset % 28)
    })
}

fn compose(initial: u32, vowel: u32, last: u32) -> char {
    char::from_u32(0xAC00 + initial * 588 + vowel * 28 + last).unwrap_or('\u{FFFD}')
}

/// The 19 initial consonants as compatibility jamo, as keyboards type them.
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

fn jamo_initial(c: char) -> Option<u32> {
    INITIALS.iter().position(|&i| i == c).map(|i| i as u32)
}

/// For each final consonant (1–27): the final that stays, and the initial
/// that moves on to the next syllable (닭 = 달 + ㄱ).
const FINAL_SPLITS: [(u32, u32); 27] = [
    (0, 0),  // ㄱ
    (0, 1),  // ㄲ
    (1, 9),  // ㄳ
    (0, 2),  // ㄴ
    (4, 12), // ㄵ
    (4, 18), // ㄶ
    (0, 3),  // ㄷ
    (0, 5),  // ㄹ
    (8, 0),  // ㄺ
    (8, 6),  // ㄻ
    (8, 7),  // ㄼ
    (8, 9),  // ㄽ
    (8, 16), // ㄾ
    (8, 17), // ㄿ
    (8, 18), // ㅀ
    (0, 6),  // ㅁ
    (0, 7),  // ㅂ
    (17, 9), // ㅄ
    (0, 9),  // ㅅ
    (0, 10), // ㅆ
    (0, 11), // ㅇ
    (0, 12), // ㅈ
    (0, 14), // ㅊ
    (0, 15), // ㅋ
    (0, 16), // ㅌ
    (0, 17), // ㅍ
    (0, 18), // ㅎ
];

/// The text of HTML the build made: tags dropped, a space where a block or
/// line break was, the few entities the sanitiser writes decoded.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        text.push(' ');
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The initial consonants of a text, as typed: 트랜잭션 gives ㅌㄹㅈㅅ.
pub fn initials(text: &str) -> String {
    text.chars()
        .map(|c| syllable(c).map_or(c, |(i, _, _)| INITIALS[i as usize]))
        .collect()
}

/// A text as written, cut around a match for display: what comes before
/// the match, the match, and what follows, each a slice of `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight<'a> {
    pub before: &'a str,
    pub matched: &'a str,
    pub after: &'a str,
    /// Whether text was left out before `before` or after `after`.
    pub cut_before: bool,
    pub cut_after: bool,
}

impl<'a> Highlight<'a> {
    /// The start of `text`, about `context` chars, with no match.
    pub fn head(text: &'a str, context: usize) -> Self {
        let text = text.trim_start();
        let end = text
            .char_indices()
            .nth(context)
            .map_or(text.len(), |(offset, _)| offset);
        Highlight {
            before: "",
            matched: "",
            after: text.get(..end).unwrap_or(text),
            cut_before: false,
            cut_after: end < text.len(),
        }
    }

    /// Maps `at`, chars of `normalize(text)`, back onto `text`, with about
    /// `context` chars either side (`usize::MAX` keeps all of it).
    pub fn new(text: &'a str, at: &Range<usize>, context: usize) -> Self {
        let mut normalized = 0;
        let mut start = None;
        let mut end = None;
        for (offset, c) in text.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            if normalized >= at.start && start.is_none() {
                start = Some(offset);
            }
            normalized += 1;
            if normalized >= at.end && end.is_none() {
                end = Some(offset + c.len_utf8());
            }
        }
        let start = start.unwrap_or(text.len());
        let end = end.unwrap_or(text.len()).max(start);
        let from = match context {
            0 => start,
            _ => text
                .get(..start)
                .and_then(|head| head.char_indices().rev().nth(context - 1))
                .map_or(0, |(offset, _)| offset),
        };
        let to = text
            .get(end..)
            .and_then(|tail| tail.char_indices().nth(context))
            .map_or(text.len(), |(offset, _)| end + offset);
        Highlight {
            before: text.get(from..start).unwrap_or(""),
            matched: text.get(start..end).unwrap_or(""),
            after: text.get(end..to).unwrap_or(""),
            cut_before: from > 0,
            cut_after: to < text.len(),
        }
    }
}
