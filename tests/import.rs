//! Importing progress files: random text and random damage to valid files
//! never panic, a refused file changes nothing, and an accepted one loses no
//! review already kept.

// proptest is a native dev-dependency only.
#![cfg(not(target_arch = "wasm32"))]

use std::ops::Range;

use foldcards::i18n::Lang;
use foldcards::progress::schema::{export, import, read_stored, Stored};
use foldcards::progress::Grade;
use foldcards::progress::Progress;
use foldcards::store::{Memory, ProgressStore};
use proptest::prelude::*;
use proptest::sample::{select, Index};

const T0: i64 = 1_764_000_000;

/// Progress made the way the app makes it: grades, stars and resets over time.
fn progress() -> impl Strategy<Value = Progress> {
    let event = (
        select(vec!["a", "b", "x1hkzqjc", "ç/\"id\""]),
        0..400 * 86_400i64,
        0..6usize,
    );
    prop::collection::vec(event, 0..12).prop_map(|mut events| {
        events.sort_by_key(|&(_, at, _)| at);
        let mut progress = Progress::default();
        for (id, at, what) in events {
            match what {
                0..4 => progress.record(id, T0 + at, Grade::ALL[what]),
                4 => progress.set_star(id, at % 2 == 0, T0 + at),
                _ => progress.reset([id], T0 + at),
            }
        }
        progress
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(Index, usize),
    Duplicate(Index, usize),
    Change(Index, char),
    Number(Index, i64),
    SwapNumbers(Index, Index),
    SwapStrings(Index, Index),
    Replace(&'static str, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let number = prop_oneof![
        select(vec![
            0,
            1,
            2,
            3,
            4,
            5,
            -1,
            -T0,
            T0,
            T0 - 1,
            32_503_680_000,
            i64::MAX,
            i64::MIN
        ]),
        any::<i64>(),
    ];
    let replacement = select(vec![
        ("\"ns\"", "\"other\""),
        ("\"version\":1", "\"version\":2"),
        ("\"version\":1", "\"version\":0"),
        ("\"version\":1", "\"version\":1.0"),
        ("foldcards-progress", "foldcards-progres"),
        ("\"log\"", "\"star\""),
        ("\"log\"", "\"reset\""),
        ("\"star\"", "\"log\""),
        ("true", "1"),
        ("[[", "[[-"),
        ("]]", "],[]]"),
        (",", ",,"),
        (":", ":null,"),
        ("{", "{\"cards\":{},"),
        ("}", "}}"),
    ]);
    prop_oneof![
        (any::<Index>(), 1..8usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<Index>(), 1..8usize).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
        (any::<Index>(), any::<char>()).prop_map(|(at, c)| Mutation::Change(at, c)),
        (any::<Index>(), number).prop_map(|(at, n)| Mutation::Number(at, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapNumbers(a, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapStrings(a, b)),
        replacement.prop_map(|(from, to)| Mutation::Replace(from, to)),
    ]
}

/// Where each whole number (with its sign) is in `text`.
fn numbers(text: &[char]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        if text[at].is_ascii_digit() {
            let start = if at > 0 && text[at - 1] == '-' {
                at - 1
            } else {
                at
            };
            let end = (at..text.len())
                .find(|&i| !text[i].is_ascii_digit())
                .unwrap_or(text.len());
            found.push(start..end);
            at = end;
        } else {
            at += 1;
        }
    }
    found
}

/// Where each quoted string (quotes included) is in `text`.
fn strings(text: &[char]) -> Vec<Range<usize>> {
    let quotes: Vec<usize> = (0..text.len()).filter(|&i| text[i] == '"').collect();
    quotes
        .chunks_exact(2)
        .map(|pair| pair[0]..pair[1] + 1)
        .collect()
}

/// Swaps two ranges that do not overlap.
fn swap(text: &mut Vec<char>, a: Range<usize>, b: Range<usize>) {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    if first.end > second.start {
        return;
    }
    let mut out = text[..first.start].to_vec();
    out.extend_from_slice(&text[second.clone()]);
    out.extend_from_slice(&text[first.end..second.start]);
    out.extend_from_slice(&text[first.clone()]);
    out.extend_from_slice(&text[second.end..]);
    *text = out;
}

fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut text: Vec<char> = text.chars().collect();
    for mutation in mutations {
        let len = text.len().max(1);
        match mutation {
            Mutation::Delete(at, n) => {
                let at = at.index(len).min(text.len());
                text.drain(at..(at + n).min(text.len()));
            }
            Mutation::Duplicate(at, n) => {
                let at = at.index(len).min(text.len());
                let copy = text[at..(at + n).min(text.len())].to_vec();
                text.splice(at..at, copy);
            }
            Mutation::Change(at, c) => {
                if !text.is_empty() {
                    text[at.index(len)] = *c;
                }
            }
            Mutation::Number(at, n) => {
                let found = numbers(&text);
                if !found.is_empty() {
                    let range = found[at.index(found.len())].clone();
                    text.splice(range, n.to_string().chars());
                }
            }
            Mutation::SwapNumbers(a, b) | Mutation::SwapStrings(a, b) => {
                let found = match mutation {
                    Mutation::SwapNumbers(..) => numbers(&text),
                    _ => strings(&text),
                };
                if !found.is_empty() {
                    let (a, b) = (a.index(found.len()), b.index(found.len()));
                    swap(&mut text, found[a].clone(), found[b].clone());
                }
            }
            Mutation::Replace(from, to) => {
                text = text
                    .iter()
                    .collect::<String>()
                    .replacen(from, to, 1)
                    .chars()
                    .collect();
            }
        }
    }
    text.into_iter().collect()
}

/// The app's import: read the file, merge it in if it is accepted, save.
fn import_into_store(kept: &Progress, file: &str) -> Result<(), TestCaseError> {
    let memory = Memory::new();
    let (mut store, _, _) = ProgressStore::open(&memory, "ns");
    let (before, _) = store.save(kept);
    let bytes_before = memory.items();
    let mut progress = before.clone();
    let imported = import(file, "ns");
    if let Ok(imported) = &imported {
        progress.merge(imported);
    }
    let (saved, notice) = store.save(&progress);
    prop_assert_eq!(notice, None);
    match imported {
        Err(refusal) => {
            for lang in [Lang::En, Lang::Ko] {
                let message = (lang.words().refusal)(&refusal);
                prop_assert!(message.ends_with('.'), "one sentence: {}", message);
            }
            prop_assert_eq!(&saved, &before, "the caller's progress is unchanged");
            prop_assert_eq!(memory.items(), bytes_before, "the stored bytes too");
        }
        Ok(imported) => {
            for source in [&before, &imported] {
                for (id, card) in source.cards() {
                    let now = saved.card(id).expect("every card is kept");
                    for review in &card.log {
                        prop_assert!(
                            now.log.iter().any(|r| r.at == review.at) || review.at <= now.reset_at,
                            "a review of {} was lost",
                            id
                        );
                    }
                }
            }
            for review in before
                .cards()
                .flat_map(|(id, card)| card.log.iter().map(move |review| (id, *review)))
            {
                let now = saved.card(review.0).unwrap();
                prop_assert!(
                    now.log.contains(&review.1) || review.1.at <= now.reset_at,
                    "a grade already kept was changed"
                );
            }
            match memory.items().get("foldcards:ns:progress") {
                Some(stored) => prop_assert_eq!(read_stored(stored, "ns"), Stored::Current(saved)),
                None => prop_assert!(saved.is_empty(), "nothing kept, nothing written"),
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn random_text_is_refused_without_panicking(
        kept in progress(),
        text in prop_oneof![any::<String>(), "[{}\\[\\]\":,.0-9a-z -]{0,120}"],
    ) {
        import_into_store(&kept, &text)?;
    }

    #[test]
    fn damaged_files_are_refused_or_read_and_never_lose_a_review(
        kept in progress(),
        file in progress(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let text = apply(&export(&file, "ns"), &mutations);
        import_into_store(&kept, &text)?;
    }

    #[test]
    fn exported_files_import_as_they_were(file in progress()) {
        prop_assert_eq!(import(&export(&file, "ns"), "ns"), Ok(file));
    }
}
