//! Finding cards as the user types: case and spacing do not matter, Korean
//! initial consonants (초성) stand for whole syllables, a syllable still being
//! composed matches what it is becoming, and a longer English word forgives
//! one typo. A query of several words also finds the cards that hold every
//! one of them, anywhere. Hits rank by: a match of the whole query before
//! a match of its separate words; a match in the question before one in the
//! answer; then an exact match, a prefix, and a match inside the text.
//!
//! Texts are searched in a normalised form (lower case, no white space);
//! [`Highlight`] maps a match back onto the text as written, cutting it only
//! at char boundaries.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::deck::Card;

/// What search reads as a card's answer: the question's body and options,
/// then the answer, as plain text.
pub fn answer_text(card: &Card) -> String {
    let mut text = plain_text(card.body_html);
    for choice in card.choices {
        text.push(' ');
        text.push_str(&plain_text(choice.html));
    }
    text.push(' ');
    text.push_str(&plain_text(card.answer_html));
    text
}

/// Where a match was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Question,
    Answer,
}

/// How well a hit matches the query; variants are ordered best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    Exact,
    Prefix,
    Infix,
    /// The text holds every word of the query, not side by side; `Hit::at`
    /// is the first word's match.
    Words,
    /// One typo away, in a word of five letters or more.
    Typo,
}

/// One card found: its index, the field and fit of the match, and the
/// matched char range of the normalised text.
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
    questions: Corpus,
    answers: Corpus,
    /// Every ASCII word of four letters or more, lower-cased, with the
    /// (card, field) pairs that hold it. Typo search compares the query
    /// with each distinct word once, however many cards hold it.
    words: Vec<(String, Vec<(usize, Field)>)>,
}

impl Index {
    /// An index of cards, each given as its question and its answer as
    /// plain text, already in the case and Unicode form queries come in.
    pub fn new(cards: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>) -> Self {
        let mut index = Index::default();
        let mut words = BTreeMap::<String, Vec<(usize, Field)>>::new();
        for (card, (question, answer)) in cards.into_iter().enumerate() {
            let (question, answer) = (question.as_ref(), answer.as_ref());
            index.questions.push(&normalize(question));
            index.answers.push(&normalize(answer));
            for (field, text) in [(Field::Question, question), (Field::Answer, answer)] {
                let text_words = text
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|word| word.len() >= 4);
                for word in text_words {
                    let places = words.entry(word.to_ascii_lowercase()).or_default();
                    if places.last() != Some(&(card, field)) {
                        places.push((card, field));
                    }
                }
            }
        }
        index.words = words.into_iter().collect();
        index
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.len() == 0
    }

    /// Returns at most `limit` cards matching `query`, best first. The steps
    /// are: the whole query in the questions, then in the answers, then
    /// every word of it anywhere, then one typo away. Each step skips the
    /// cards earlier steps found, and runs only while fewer than `limit`
    /// are found, because its hits cannot rank above earlier ones. So a
    /// short query over many cards scans the questions alone.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let Some(pattern) = Pattern::new(query, true) else {
            return Vec::new();
        };
        let mut found = vec![false; self.len()];
        let mut hits = Vec::new();
        self.find(&pattern, None, &mut found, &mut hits, limit);
        if hits.len() < limit {
            self.find_words(query, &found, &mut hits, limit);
        }
        if hits.len() < limit {
            let typos = self.typo_words(&pattern);
            for (card, typo) in typos.into_iter().enumerate() {
                let hit = typo
                    .filter(|_| !found[card])
                    .and_then(|(word, field)| self.find_typo(word, card, field));
                hits.extend(hit);
            }
        }
        hits.sort_by_key(|hit| (hit.fit >= Fit::Words, hit.field, hit.fit, hit.card));
        hits.truncate(limit);
        // Matches are byte ranges; convert them to chars only for kept hits.
        for hit in &mut hits {
            hit.at = chars_of(self.text(hit.card, hit.field), hit.at.clone());
        }
        hits
    }

    /// A card's question or answer, in the form it is searched in.
    fn text(&self, card: usize, field: Field) -> &str {
        match field {
            Field::Question => self.questions.get(card).0,
            Field::Answer => self.answers.get(card).0,
        }
    }

    /// Searches the cards not yet `found` for `pattern`: the questions, then,
    /// while fewer than `limit` hits are found, the answers. Pushes a hit
    /// for each match and marks its card found. `fit`, when given, replaces
    /// the fit of every hit.
    fn find(
        &self,
        pattern: &Pattern,
        fit: Option<Fit>,
        found: &mut [bool],
        hits: &mut Vec<Hit>,
        limit: usize,
    ) {
        for (field, corpus) in [
            (Field::Question, &self.questions),
            (Field::Answer, &self.answers),
        ] {
            if hits.len() >= limit {
                break;
            }
            for (card, scanned, at) in pattern.scan(corpus, found) {
                found[card] = true;
                hits.push(Hit {
                    card,
                    field,
                    fit: fit.unwrap_or(scanned),
                    at,
                });
            }
        }
    }

    /// For a query of two or more words, pushes a [`Fit::Words`] hit for
    /// each card not yet `found` that holds every word, each in its
    /// question or its answer. The hit is placed at the first word's match.
    fn find_words(&self, query: &str, found: &[bool], hits: &mut Vec<Hit>, limit: usize) {
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.len() < 2 {
            return;
        }
        let last = words.len() - 1;
        let words: Vec<Pattern> = words
            .iter()
            .enumerate()
            .filter_map(|(n, word)| Pattern::new(word, n == last))
            .collect();
        let [first, others @ ..] = words.as_slice() else {
            return;
        };
        let mut lacking = found.to_vec();
        for word in others {
            let mut holding = Vec::new();
            self.find(word, None, &mut lacking.clone(), &mut holding, usize::MAX);
            lacking.fill(true);
            for hit in holding {
                lacking[hit.card] = false;
            }
        }
        self.find(first, Some(Fit::Words), &mut lacking, hits, limit);
    }

    /// Returns, for each card, a word one typo away from the query word and
    /// the field it is in, or `None`. A word in the question wins over one
    /// in the answer.
    fn typo_words(&self, pattern: &Pattern) -> Vec<Option<(&str, Field)>> {
        let mut found: Vec<Option<(&str, Field)>> = vec![None; self.len()];
        if pattern.word.is_some() {
            for (word, places) in &self.words {
                let Some(typo) = pattern.typo(word) else {
                    continue;
                };
                for &(card, field) in places {
                    if found[card].is_none_or(|(_, kept)| field < kept) {
                        found[card] = Some((typo, field));
                    }
                }
            }
        }
        found
    }

    fn find_typo(&self, word: &str, card: usize, field: Field) -> Option<Hit> {
        let start = self.text(card, field).find(word)?;
        Some(Hit {
            card,
            field,
            fit: Fit::Typo,
            at: start..start + word.len(),
        })
    }
}

/// Every card's question (or every card's answer) joined into one string.
/// Scanning one string builds the query's substring searcher once per card
/// found, not once per card.
#[derive(Debug, Default)]
struct Corpus {
    /// The normalised texts, each followed by `\n`. A normalised text holds
    /// no white space, so no match runs from one card into the next.
    text: String,
    /// `text` with each Hangul syllable replaced by its initial consonant as
    /// a compatibility jamo. Both take 3 bytes in UTF-8, so byte offsets are
    /// the same in `text` and `initials`.
    initials: String,
    /// The byte offset in `text` where each card's text starts.
    starts: Vec<usize>,
}

impl Corpus {
    fn push(&mut self, text: &str) {
        self.starts.push(self.text.len());
        self.text.push_str(text);
        self.text.push('\n');
        self.initials.push_str(&initials(text));
        self.initials.push('\n');
    }

    fn len(&self) -> usize {
        self.starts.len()
    }

    /// Where a card's text starts and ends.
    fn bounds(&self, card: usize) -> Range<usize> {
        let start = self.starts.get(card).copied().unwrap_or(self.text.len());
        let next = self.starts.get(card + 1).copied();
        start..next.unwrap_or(self.text.len()).saturating_sub(1)
    }

    /// A card's text, and its initials.
    fn get(&self, card: usize) -> (&str, &str) {
        let bounds = self.bounds(card);
        (
            self.text.get(bounds.clone()).unwrap_or(""),
            self.initials.get(bounds).unwrap_or(""),
        )
    }

    /// The card whose text holds `offset`.
    fn card_at(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }
}

/// Returns `text` without white space and with ASCII lower-cased: the form
/// in which texts and queries are compared. The caller must first lower-case
/// the rest and compose the Unicode form; the app has the browser do that.
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
    /// A lone initial consonant: matches itself or any syllable it begins.
    Initial(u32),
    /// A syllable still being typed, without a final yet. It matches a
    /// syllable with the same initial, a vowel that is this one or may grow
    /// from it (오 may become 와), and any final.
    Open(u32, u32),
    /// The last syllable typed, with a final that may yet become a double
    /// one (달 may become 닭).
    Closed(u32, u32, u32),
}

impl Unit {
    fn matches(self, c: char) -> bool {
        let Some((ci, cm, cf)) = syllable(c) else {
            return match self {
                Unit::Char(q) => q == c,
                Unit::Initial(i) => jamo_initial(c) == Some(i),
                _ => false,
            };
        };
        match self {
            Unit::Char(q) => q == c,
            Unit::Initial(i) => ci == i,
            Unit::Open(i, m) => ci == i && grows_into(&VOWELS_GROWING, m, cm),
            Unit::Closed(i, m, f) => ci == i && cm == m && grows_into(&FINALS_GROWING, f, cf),
        }
    }
}

/// Vowels that grow into another when a vowel is typed after them: ㅗ
/// becomes ㅘ, ㅙ or ㅚ.
const VOWELS_GROWING: [(u32, &[u32]); 3] = [(8, &[9, 10, 11]), (13, &[14, 15, 16]), (18, &[19])];

/// Finals that grow into a double final when a consonant is typed after
/// them: ㄹ becomes ㄺ…ㅀ, ㅅ becomes ㅆ.
const FINALS_GROWING: [(u32, &[u32]); 5] = [
    (1, &[2, 3]),
    (4, &[5, 6]),
    (8, &[9, 10, 11, 12, 13, 14, 15]),
    (17, &[18]),
    (19, &[20]),
];

fn grows_into(table: &[(u32, &[u32])], typed: u32, found: u32) -> bool {
    typed == found
        || table
            .iter()
            .any(|(from, into)| *from == typed && into.contains(&found))
}

/// A query parsed into readings. When its last syllable has a final
/// consonant that may yet become the next syllable's initial, there is a
/// second reading (typing 트랜 passes through 틀: read as 틀, or 트 then ㄹ).
struct Pattern {
    readings: Vec<Reading>,
    /// The lower-cased query when it is one word of 5 or more ASCII letters;
    /// only such a query gets typo matches.
    word: Option<String>,
}

/// One reading of a query. Its leading plain chars are looked for as a
/// string, which is fast; only where they occur are the other units tried.
/// A reading that starts with an initial or a syllable being composed is
/// looked for as initial consonants instead (ㅌㄹ, or 트 being typed, where
/// the text's initials have ㅌ).
struct Reading {
    literal: String,
    /// The initial consonants of whatever the reading matches.
    key: String,
    rest: Vec<Unit>,
}

impl Reading {
    fn new(units: Vec<Unit>) -> Self {
        let plain = units
            .iter()
            .take_while(|unit| matches!(unit, Unit::Char(_)))
            .count();
        let literal = units
            .iter()
            .take(plain)
            .filter_map(|unit| match unit {
                Unit::Char(c) => Some(*c),
                _ => None,
            })
            .collect();
        let key = units
            .iter()
            .map(|unit| match *unit {
                Unit::Char(c) => syllable(c).map_or(c, |(i, _, _)| INITIALS[i as usize]),
                Unit::Initial(i) | Unit::Open(i, _) | Unit::Closed(i, ..) => INITIALS[i as usize],
            })
            .collect();
        Reading {
            literal,
            key,
            rest: units.into_iter().skip(plain).collect(),
        }
    }

    /// Returns the haystack and the needle: `text` and the literal, or,
    /// when there is no literal, `initials` and the key.
    fn needle<'t>(&'t self, text: &'t str, initials: &'t str) -> (&'t str, &'t str) {
        if self.literal.is_empty() {
            (initials, &self.key)
        } else {
            (text, &self.literal)
        }
    }

    /// Returns the match starting at byte `start` of `text`, where the
    /// needle was found, when the other units match the chars after it.
    fn try_at(&self, text: &str, start: usize) -> Option<Range<usize>> {
        let mut end = start + self.literal.len();
        let mut chars = text.get(end..)?.chars();
        for unit in &self.rest {
            let c = chars.next().filter(|&c| unit.matches(c))?;
            end += c.len_utf8();
        }
        Some(start..end)
    }

    /// The leftmost match in `text` from byte `from`, as byte offsets;
    /// every occurrence of the needle is tried, overlapping ones included.
    fn find(&self, text: &str, initials: &str, mut from: usize) -> Option<Range<usize>> {
        let (haystack, needle) = self.needle(text, initials);
        let step = needle.chars().next().map_or(1, char::len_utf8);
        while let Some(offset) = haystack.get(from..).and_then(|rest| rest.find(needle)) {
            let start = from + offset;
            if let Some(found) = self.try_at(text, start) {
                return Some(found);
            }
            from = start + step;
        }
        None
    }

    /// Returns the leftmost match in each card not yet `found`, in card
    /// order, as byte ranges within the card's text. After a match the scan
    /// goes on at the next card, so one pass over `corpus.text` builds the
    /// needle's searcher once per card found, not once per card.
    fn scan(&self, corpus: &Corpus, found: &[bool]) -> Vec<(usize, Range<usize>)> {
        let mut matches = Vec::new();
        let mut from = 0;
        while let Some(at) = self.find(&corpus.text, &corpus.initials, from) {
            let card = corpus.card_at(at.start);
            let bounds = corpus.bounds(card);
            if !found.get(card).copied().unwrap_or(true) {
                matches.push((card, at.start - bounds.start..at.end - bounds.start));
            }
            from = bounds.end + 1;
        }
        matches
    }
}

impl Pattern {
    /// Parses `query`; `None` when nothing is left after normalising. With
    /// `still_typed`, the last syllable also matches what it may become; a
    /// word the user has typed past (a space follows it) is matched as is.
    fn new(query: &str, still_typed: bool) -> Option<Self> {
        let word = Some(query.trim().to_ascii_lowercase())
            .filter(|word| word.len() >= 5 && word.bytes().all(|b| b.is_ascii_lowercase()));
        let query = normalize(query);
        let chars: Vec<char> = query.chars().collect();
        let (&last, rest) = chars.split_last()?;
        let mut units: Vec<Unit> = rest.iter().flat_map(|&c| units_of(c)).collect();
        let mut readings = Vec::new();
        match syllable(last).filter(|_| still_typed) {
            Some((i, m, 0)) => {
                units.push(Unit::Open(i, m));
                readings.push(Reading::new(units));
            }
            Some((i, m, f)) => {
                let (kept, moved) = FINAL_SPLITS[f as usize - 1];
                let mut split = units.clone();
                split.push(Unit::Char(compose(i, m, kept)));
                split.push(Unit::Initial(moved));
                units.push(Unit::Closed(i, m, f));
                readings.push(Reading::new(units));
                readings.push(Reading::new(split));
            }
            None => {
                units.extend(units_of(last));
                readings.push(Reading::new(units));
            }
        }
        Some(Pattern { readings, word })
    }

    /// Returns the best match in each card not yet `found`, in card order:
    /// across all readings, the best fit, then the leftmost.
    fn scan(&self, corpus: &Corpus, found: &[bool]) -> Vec<(usize, Fit, Range<usize>)> {
        let mut matches: Vec<(usize, Fit, Range<usize>)> = Vec::new();
        for reading in &self.readings {
            for (card, at) in reading.scan(corpus, found) {
                let fit = match (at.start, at.end == corpus.bounds(card).len()) {
                    (0, true) => Fit::Exact,
                    (0, false) => Fit::Prefix,
                    _ => Fit::Infix,
                };
                matches.push((card, fit, at));
            }
        }
        if self.readings.len() > 1 {
            matches.sort_by_key(|(card, fit, at)| (*card, *fit, at.start));
            matches.dedup_by_key(|(card, ..)| *card);
        }
        matches
    }

    /// Returns the first prefix of `candidate`, n − 1, n or n + 1 bytes long
    /// for a query word of n bytes, that is one edit away from the query
    /// word. Comparing prefixes lets a query still being typed find a longer
    /// word.
    fn typo<'w>(&self, candidate: &'w str) -> Option<&'w str> {
        let word = self.word.as_deref()?;
        let n = word.len();
        (n - 1..=n + 1)
            .filter_map(|len| candidate.get(..len))
            .find(|start| one_edit_apart(word.as_bytes(), start.as_bytes()))
    }
}

/// Converts a byte range of `text` into a char range.
fn chars_of(text: &str, at: Range<usize>) -> Range<usize> {
    let start = text.get(..at.start).map_or(0, |head| head.chars().count());
    let len = text.get(at).map_or(0, |matched| matched.chars().count());
    start..start + len
}

/// Returns the units a query char matches. A double consonant typed alone
/// (some input methods turn ㄹ then ㄱ into ㄺ) stands for two initials.
fn units_of(c: char) -> Vec<Unit> {
    if let Some(at) = DOUBLE_JAMO.iter().position(|&d| d == c) {
        let (first, second) = DOUBLE_JAMO_INITIALS[at];
        return vec![Unit::Initial(first), Unit::Initial(second)];
    }
    vec![unit(c)]
}

/// Double consonants as compatibility jamo, and the initials they stand for.
const DOUBLE_JAMO: [char; 11] = [
    'ㄳ', 'ㄵ', 'ㄶ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅄ',
];
const DOUBLE_JAMO_INITIALS: [(u32, u32); 11] = [
    (0, 9),
    (2, 12),
    (2, 18),
    (5, 0),
    (5, 6),
    (5, 7),
    (5, 9),
    (5, 16),
    (5, 17),
    (5, 18),
    (7, 9),
];

fn unit(c: char) -> Unit {
    jamo_initial(c).map_or(Unit::Char(c), Unit::Initial)
}

/// Whether `a` becomes `b` by one substitution, insertion, deletion or swap
/// of neighbours (or none).
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (
        a.get(prefix..).unwrap_or(&[]),
        b.get(prefix..).unwrap_or(&[]),
    );
    let swapped = matches!(
        (a.first(), a.get(1), b.first(), b.get(1)),
        (Some(a0), Some(a1), Some(b0), Some(b1)) if a0 == b1 && a1 == b0
    );
    match (a.len(), b.len()) {
        (0, 0) => true,
        (x, y) if x == y => a.get(1..) == b.get(1..) || (swapped && a.get(2..) == b.get(2..)),
        (x, y) if x == y + 1 => a.get(1..) == Some(b),
        (x, y) if y == x + 1 => Some(a) == b.get(1..),
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
    if !('ㄱ'..='ㅎ').contains(&c) {
        return None;
    }
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

/// Returns the plain text of HTML made at build time: each tag becomes a
/// space, and the few entities the sanitiser writes are decoded.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some((before, tag)) = rest.split_once('<') {
        text.push_str(before);
        text.push(' ');
        rest = tag.split_once('>').map_or("", |(_, after)| after);
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
    /// Returns the first `context` chars of `text`, leading white space
    /// trimmed, with no match.
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
