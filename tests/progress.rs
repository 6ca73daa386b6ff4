//! Progress: FSRS against the reference crate, review logs, merging, resets,
//! and the progress file, bad files included.

// The reference crate is a native dev-dependency only.
#![cfg(not(target_arch = "wasm32"))]

use chrono::DateTime;
use foldcards::i18n::Lang;
use foldcards::progress::fsrs::{self, DAY_SECONDS};
use foldcards::progress::schema::{export, import, read_stored, Refusal, Stored};
use foldcards::progress::Grade;
use foldcards::progress::{Mastery, Progress};
use rs_fsrs::{Card, Parameters, Rating, FSRS};

const T0: i64 = 1_764_000_000;

fn reference(grades: &[(i64, Grade)]) -> Card {
    let scheduler = FSRS::new(Parameters {
        enable_short_term: false,
        enable_fuzz: false,
        ..Parameters::default()
    });
    let start = DateTime::from_timestamp(grades[0].0, 0).unwrap();
    let mut card = Card {
        due: start,
        last_review: start,
        ..Card::default()
    };
    for &(at, grade) in grades {
        let rating = match grade {
            Grade::Again => Rating::Again,
            Grade::Hard => Rating::Hard,
            Grade::Good => Rating::Good,
            Grade::Easy => Rating::Easy,
        };
        card = scheduler
            .next(card, DateTime::from_timestamp(at, 0).unwrap(), rating)
            .card;
    }
    card
}

#[test]
fn scheduling_matches_the_reference_fsrs_implementation() {
    use Grade::*;
    let histories: Vec<Vec<(i64, Grade)>> = vec![
        vec![(0, Good)],
        vec![(0, Again)],
        vec![(0, Hard)],
        vec![(0, Easy)],
        vec![(0, Good), (3, Good), (11, Good), (40, Good)],
        vec![(0, Good), (3, Again), (4, Good), (9, Hard), (20, Easy)],
        vec![(0, Easy), (15, Easy), (90, Again), (91, Again), (93, Good)],
        vec![(0, Again), (0, Again), (1, Hard), (1, Good), (2, Good)],
        vec![(0, Good), (400, Good), (401, Easy)],
    ];
    for history in histories {
        let at: Vec<(i64, Grade)> = history
            .iter()
            .enumerate()
            .map(|(i, &(day, grade))| (T0 + day * DAY_SECONDS + i as i64 * 60, grade))
            .collect();
        let expected = reference(&at);
        let ours = at
            .iter()
            .fold(None, |memory, &(at, grade)| {
                Some(fsrs::review(memory.as_ref(), at, grade))
            })
            .unwrap();
        assert!(
            (ours.stability - expected.stability).abs() < 1e-9,
            "{history:?}: stability {} vs {}",
            ours.stability,
            expected.stability
        );
        assert!(
            (ours.difficulty - expected.difficulty).abs() < 1e-9,
            "{history:?}: difficulty"
        );
        assert_eq!(ours.due, expected.due.timestamp(), "{history:?}: due");
        assert_eq!(
            ours.interval_days, expected.scheduled_days,
            "{history:?}: interval"
        );
        assert_eq!(ours.lapses as i32, expected.lapses, "{history:?}: lapses");
        assert_eq!(ours.reviews as i32, expected.reps, "{history:?}: reviews");
    }
}

#[test]
fn a_first_good_is_due_in_three_days_and_intervals_grow_with_each_good() {
    let first = fsrs::review(None, T0, Grade::Good);
    assert_eq!(first.interval_days, 3);
    let second = fsrs::review(Some(&first), first.due, Grade::Good);
    let third = fsrs::review(Some(&second), second.due, Grade::Good);
    assert!(second.interval_days > 3 && third.interval_days > second.interval_days);
    let lapse = fsrs::review(Some(&third), third.due, Grade::Again);
    assert!(lapse.interval_days < third.interval_days);
    assert_eq!(lapse.lapses, 1);
}

#[test]
fn recording_keeps_the_log_and_replays_the_same_memory() {
    let mut progress = Progress::default();
    progress.record("a", T0, Grade::Good);
    progress.record("a", T0 + 3 * DAY_SECONDS, Grade::Hard);
    progress.record("a", T0 + 3 * DAY_SECONDS, Grade::Easy);
    let card = progress.card("a").unwrap();
    assert_eq!(
        card.log.len(),
        2,
        "a second grade in the same second replaces the first"
    );
    assert_eq!(card.log[1].grade, Grade::Easy);
    let replayed = import(&export(&progress, "ns"), "ns").unwrap();
    assert_eq!(replayed, progress, "the file round-trips, memory included");
    assert_eq!(
        progress.mastery("a"),
        Mastery::Known,
        "an Easy after three days"
    );
    assert_eq!(progress.mastery("never"), Mastery::New);
}

#[test]
fn a_grade_from_a_clock_behind_the_last_review_is_kept_after_it() {
    let mut progress = Progress::default();
    progress.record("a", T0 + DAY_SECONDS, Grade::Good);
    progress.record("a", T0, Grade::Again);
    let log = &progress.card("a").unwrap().log;
    assert_eq!(log.len(), 2, "no review is lost");
    assert_eq!(
        log[1].at,
        T0 + DAY_SECONDS + 1,
        "the log stays in time order"
    );
    assert_eq!(log[1].grade, Grade::Again);
}

#[test]
fn a_card_is_known_once_its_stability_reaches_three_weeks() {
    let mut progress = Progress::default();
    let mut at = T0;
    while progress.mastery("a") != Mastery::Known {
        progress.record("a", at, Grade::Good);
        at = progress.card("a").unwrap().memory().unwrap().due;
        assert!(at < T0 + 200 * DAY_SECONDS);
    }
    assert!(progress.card("a").unwrap().memory().unwrap().stability >= 21.0);
}

#[test]
fn merging_two_tabs_keeps_every_review_of_both() {
    let mut base = Progress::default();
    base.record("shared", T0, Grade::Good);
    let mut tab_a = base.clone();
    let mut tab_b = base.clone();
    tab_a.record("a", T0 + 10, Grade::Again);
    tab_a.record("shared", T0 + 3 * DAY_SECONDS, Grade::Good);
    tab_b.record("b", T0 + 20, Grade::Easy);
    tab_b.record("shared", T0 + 3 * DAY_SECONDS + 5, Grade::Hard);

    let mut merged = tab_a.clone();
    assert_eq!(
        merged.merge(&tab_b),
        2,
        "b is new, shared has a review more"
    );
    assert_eq!(merged.card("a").unwrap().log.len(), 1);
    assert_eq!(merged.card("b").unwrap().log.len(), 1);
    assert_eq!(merged.card("shared").unwrap().log.len(), 3);
    assert_eq!(
        merged.clone().merge(&tab_a),
        0,
        "merging again changes nothing"
    );

    let mut other_way = tab_b.clone();
    other_way.merge(&tab_a);
    assert_eq!(other_way, merged, "merge order does not matter");
}

#[test]
fn keeping_only_some_cards_drops_the_others_and_counts_them() {
    let mut progress = Progress::default();
    for id in ["d", "a", "c", "b"] {
        progress.record(id, T0, Grade::Good);
    }
    assert_eq!(progress.keep_only(["c", "x", "a"]), 2);
    let ids: Vec<&str> = progress.cards().map(|(id, _)| id).collect();
    assert_eq!(ids, ["a", "c"], "still in order");
    assert_eq!(progress.keep_only([]), 2);
    assert!(progress.is_empty());
}

#[test]
fn the_later_star_wins_and_a_reset_is_not_undone_by_an_old_copy() {
    let mut progress = Progress::default();
    progress.record("a", T0, Grade::Good);
    progress.set_star("a", true, T0);
    let old_copy = progress.clone();
    progress.set_star("a", false, T0 + 5);
    progress.reset(["a"], T0 + 10);
    assert!(progress.card("a").unwrap().log.is_empty());
    assert_eq!(progress.mastery("a"), Mastery::New);

    progress.merge(&old_copy);
    assert!(
        progress.card("a").unwrap().log.is_empty(),
        "the reset holds"
    );
    assert!(
        !progress.card("a").unwrap().is_starred(),
        "the later unstar holds"
    );
    progress.record("a", T0 + 20, Grade::Easy);
    assert_eq!(
        progress.card("a").unwrap().log.len(),
        1,
        "reviews after a reset count"
    );
}

#[test]
fn progress_of_cards_not_in_the_notes_is_kept() {
    let mut progress = Progress::default();
    progress.record("removed-card", T0, Grade::Good);
    let file = export(&progress, "ns");
    assert!(file.contains("\"removed-card\""));
    assert_eq!(import(&file, "ns").unwrap(), progress);
}

#[test]
fn the_file_has_the_documented_shape_in_integers() {
    let mut progress = Progress::default();
    progress.record("x", T0, Grade::Good);
    progress.set_star("x", true, T0);
    progress.reset(["x"], T0 + 1);
    progress.record("x", T0 + 2, Grade::Good);
    assert_eq!(
        export(&progress, "ns"),
        r#"{"format":"foldcards-progress","version":1,"namespace":"ns","cards":{"x":{"log":[[1764000002,3]],"star":[true,1764000000],"reset":1764000001,"due":1764259202,"stability":3,"difficulty":531}}}"#
    );
}

fn one_card(body: &str) -> String {
    format!(
        r#"{{"format":"foldcards-progress","version":1,"namespace":"ns","cards":{{"x":{body}}}}}"#
    )
}

#[test]
fn bad_files_are_rejected_with_one_sentence() {
    let not_a_file = "This file is not a Foldcards progress file.";
    let cases = [
        (
            "not json".to_owned(),
            "This file is damaged or is not a Foldcards progress file: it is not valid JSON.",
        ),
        (
            one_card(r#"{"log":[[1764000000,3]]"#),
            "This file is damaged or is not a Foldcards progress file: it is not valid JSON.",
        ),
        (r#"{"cards":{}}"#.to_owned(), not_a_file),
        (r#"[1, 2]"#.to_owned(), not_a_file),
        (
            r#"{"format":"anki","version":1,"namespace":"ns","cards":{}}"#.to_owned(),
            not_a_file,
        ),
        (
            r#"{"format":"foldcards-progress","version":"1","namespace":"ns","cards":{}}"#
                .to_owned(),
            not_a_file,
        ),
        (
            r#"{"format":"foldcards-progress","version":1,"namespace":"ns"}"#.to_owned(),
            not_a_file,
        ),
        (
            r#"{"format":"foldcards-progress","version":7,"namespace":"ns","cards":{"x":"new"}}"#
                .to_owned(),
            "This file comes from a newer Foldcards (file version 7; this one reads version 1), so it cannot be imported here.",
        ),
        (
            r#"{"format":"foldcards-progress","version":0,"namespace":"ns","cards":{}}"#.to_owned(),
            "This file has a version number Foldcards never wrote.",
        ),
        (
            r#"{"format":"foldcards-progress","version":1,"namespace":"other","cards":{}}"#
                .to_owned(),
            "This file holds the progress of another deck (\u{201c}other\u{201d}).",
        ),
        (
            one_card(r#"{"log":"none"}"#),
            "Card \u{201c}x\u{201d}: it is not in a shape Foldcards reads.",
        ),
        (
            one_card(r#"{"log":[],"star":true}"#),
            "Card \u{201c}x\u{201d}: it is not in a shape Foldcards reads.",
        ),
        (
            one_card(r#"{"log":[[1764000000,3.0]]}"#),
            "Card \u{201c}x\u{201d}: it is not in a shape Foldcards reads.",
        ),
        (
            one_card(r#"{"log":[[1764000000,5]]}"#),
            "Card \u{201c}x\u{201d}: review 1 has a grade other than 1 to 4.",
        ),
        (
            one_card(r#"{"log":[[1764000000,3],[1764000001,0]]}"#),
            "Card \u{201c}x\u{201d}: review 2 has a grade other than 1 to 4.",
        ),
        (
            one_card(r#"{"log":[[1764000000,3],[-1,3]]}"#),
            "Card \u{201c}x\u{201d}: review 2 has a time outside 1970 to 3000.",
        ),
        (
            one_card(r#"{"log":[[99999999999,3]]}"#),
            "Card \u{201c}x\u{201d}: review 1 has a time outside 1970 to 3000.",
        ),
        (
            one_card(r#"{"log":[[1764000100,3],[1764000000,3]]}"#),
            "Card \u{201c}x\u{201d}: review 2 is not later than the one before it.",
        ),
        (
            one_card(r#"{"log":[[1764000000,3],[1764000000,4]]}"#),
            "Card \u{201c}x\u{201d}: review 2 is not later than the one before it.",
        ),
        (
            one_card(r#"{"log":[],"star":[true,0]}"#),
            "Card \u{201c}x\u{201d}: its star has a time outside 1970 to 3000.",
        ),
        (
            one_card(r#"{"log":[],"reset":-5}"#),
            "Card \u{201c}x\u{201d}: its reset has a time outside 1970 to 3000.",
        ),
    ];
    for (text, message) in cases {
        let said = import(&text, "ns").map_err(|refusal| (Lang::En.words().refusal)(&refusal));
        assert_eq!(said, Err(message.to_owned()), "{text}");
    }
}

#[test]
fn fields_the_app_does_not_read_are_ignored() {
    let file = one_card(r#"{"log":[[1764000000,3]],"due":1,"stability":-4,"note":"hi"}"#)
        .replace(r#""cards""#, r#""written_by":"a test","cards""#);
    let progress = import(&file, "ns").unwrap();
    assert_eq!(progress.card("x").unwrap().log.len(), 1);
    assert_eq!(
        progress.card("x").unwrap().memory().unwrap().due,
        T0 + 3 * DAY_SECONDS
    );
}

#[test]
fn stored_progress_is_read_for_whatever_can_be_read() {
    let mut progress = Progress::default();
    progress.record("a", T0, Grade::Good);
    let file = export(&progress, "ns");
    assert_eq!(read_stored(&file, "ns"), Stored::Current(progress.clone()));
    for unreadable in ["", "{", "null", r#"{"format":"foldcards-progress"}"#] {
        assert_eq!(
            read_stored(unreadable, "ns"),
            Stored::Unreadable,
            "{unreadable}"
        );
    }
    assert_eq!(read_stored(&file, "other"), Stored::Unreadable);
    assert_eq!(
        read_stored(&file.replace(r#""version":1"#, r#""version":0"#), "ns"),
        Stored::Unreadable
    );

    let damaged = file.replace(r#""cards":{"#, r#""cards":{"b":{"log":[[1,9]]},"c":7,"#);
    assert_eq!(
        read_stored(&damaged, "ns"),
        Stored::Damaged(progress.clone())
    );

    let newer = damaged
        .replace(r#""version":1"#, r#""version":2"#)
        .replace(r#""cards""#, r#""groups":[1],"cards""#);
    assert_eq!(
        read_stored(&newer, "ns"),
        Stored::Newer {
            version: 2,
            progress: progress.clone()
        },
        "unknown fields ignored, cards that do not read skipped"
    );
    assert_eq!(import(&newer, "ns"), Err(Refusal::Newer { version: 2 }));
}

mod today {
    use super::T0;
    use foldcards::deck::CARDS;
    use foldcards::progress::fsrs::DAY_SECONDS;
    use foldcards::progress::stats::{
        due_forecast, retention_per_week, review_count, reviews_per_day,
    };
    use foldcards::progress::today::{
        date, due_and_new, iso_date, mastery_counts, review_queue, Clock, NEW_CARDS_PER_DAY,
    };
    use foldcards::progress::Grade;
    use foldcards::progress::Progress;

    /// Seoul: UTC+9, so local midnight is 15:00 UTC the day before.
    fn seoul(now: i64) -> Clock {
        Clock {
            now,
            utc_offset: 9 * 3600,
        }
    }

    /// Cards whose notes hold no answer yet, besides one with an answer.
    static UNFINISHED: [foldcards::deck::Card; 2] = [
        foldcards::deck::Card {
            id: "tbd",
            question_html: "TBD?",
            question_text: "TBD?",
            body_html: "",
            choices: &[],
            correct: &[],
            answer_html: "",
            unfinished: true,
            follow_up_of: None,
            category: 0,
        },
        foldcards::deck::Card {
            id: "done",
            question_html: "Done?",
            question_text: "Done?",
            body_html: "",
            choices: &[],
            correct: &[],
            answer_html: "<p>Yes</p>",
            unfinished: false,
            follow_up_of: None,
            category: 0,
        },
    ];

    #[test]
    fn cards_with_no_answer_yet_are_never_new_in_a_review_nor_drilled() {
        let mut progress = Progress::default();
        let queue: Vec<&str> = review_queue(&progress, &UNFINISHED, seoul(T0))
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(queue, ["done"]);
        progress.set_star("tbd", true, T0);
        progress.set_star("done", true, T0);
        let starred: Vec<&str> = foldcards::study::quiz::drill_cards(
            foldcards::study::quiz::Drill::Starred,
            &progress,
            &UNFINISHED,
        )
        .iter()
        .map(|c| c.id)
        .collect();
        assert_eq!(starred, ["done"]);
    }

    #[test]
    fn days_are_local_and_dates_are_calendar_dates() {
        assert_eq!(date(0), (1970, 1, 1));
        assert_eq!(date(20_416), (2025, 11, 24));
        assert_eq!(date(-1), (1969, 12, 31));
        assert_eq!(date(11_016), (2000, 2, 29));
        assert_eq!(iso_date(20_416), "2025-11-24");
        let clock = seoul(1_764_000_000); // 2025-11-24 16:00 UTC = 2025-11-25 01:00 in Seoul
        assert_eq!(iso_date(clock.today()), "2025-11-25");
        assert_eq!(clock.start_of(clock.today()), 1_763_996_400);
    }

    #[test]
    fn the_review_queue_is_overdue_then_due_today_then_new_cards_up_to_the_limit() {
        let mut progress = Progress::default();
        let start = T0 - 30 * DAY_SECONDS;
        progress.record(CARDS[5].id, start, Grade::Good); // due 3 days later: long overdue
        progress.record(CARDS[2].id, T0 - 3 * DAY_SECONDS, Grade::Good); // due today
        progress.record(CARDS[0].id, T0, Grade::Easy); // due in weeks
        let clock = seoul(T0 + 60);
        let queue: Vec<&str> = review_queue(&progress, &CARDS, clock)
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(&queue[..2], [CARDS[5].id, CARDS[2].id]);
        assert_eq!(
            queue.len(),
            2 + NEW_CARDS_PER_DAY - 1,
            "CARDS[0] was new today and counts towards the limit"
        );
        assert_eq!(queue[2], CARDS[1].id, "new cards come in notes order");
        assert!(!queue.contains(&CARDS[0].id));
        assert_eq!(
            due_and_new(&progress, &CARDS, clock),
            (2, NEW_CARDS_PER_DAY - 1),
            "home's counts are the queue's"
        );
        assert_eq!(
            mastery_counts(&progress, &CARDS[..3]),
            [1, 2, 0],
            "new, learning, known"
        );
    }

    #[test]
    fn stats_count_reviews_per_day_recall_per_week_and_what_comes_due() {
        let mut progress = Progress::default();
        let clock = seoul(T0);
        progress.record("a", T0 - 8 * DAY_SECONDS, Grade::Good);
        progress.record("a", T0 - 5 * DAY_SECONDS, Grade::Again);
        progress.record("b", T0 - 5 * DAY_SECONDS, Grade::Good);
        progress.record("b", T0 - 60, Grade::Good);
        progress.record(CARDS[0].id, T0 - 60, Grade::Good);
        let per_day = reviews_per_day(&progress, clock, 10);
        assert_eq!(per_day.iter().sum::<usize>(), 5);
        assert_eq!(per_day[9], 2, "today");
        assert_eq!(per_day[4], 2, "five days ago");
        let weeks = retention_per_week(&progress, clock, 2);
        assert_eq!(
            weeks,
            [None, Some(50)],
            "of the second reviews, one Again and one Good"
        );
        let forecast = due_forecast(&progress, &CARDS, clock, 14);
        assert_eq!(forecast.iter().sum::<usize>(), 1, "only cards in the notes");
        assert_eq!(forecast[3], 1);
        assert_eq!(review_count(&progress, &CARDS[..1]), 1);
    }
}
