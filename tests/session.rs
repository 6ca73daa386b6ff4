//! The session state machine: start, reveal, grade, skip, end early, resume
//! from its saved form, retry the missed ones.

use foldcards::progress::Grade;
use foldcards::study::session::{Outcome, SavedSession, Session};

#[test]
fn a_session_reveals_then_grades_each_card_in_turn() {
    let mut session = Session::new(3, 1_000);
    assert_eq!(session.current(), Some(0));
    assert!(
        !session.grade(Grade::Good, 1_100),
        "no grade before the answer is shown"
    );
    assert!(session.reveal());
    assert!(!session.reveal(), "revealing twice does nothing");
    assert!(session.grade(Grade::Good, 1_200));
    assert_eq!(session.current(), Some(1));
    assert!(!session.is_revealed(), "the next card starts hidden");
    session.reveal();
    session.grade(Grade::Again, 1_300);
    session.reveal();
    session.grade(Grade::Easy, 4_000);
    assert!(session.is_finished());
    assert_eq!(session.current(), None);
    assert!(!session.reveal());
    assert!(!session.grade(Grade::Hard, 5_000));
    let summary = session.summary(9_999);
    assert_eq!(
        (summary.again, summary.hard, summary.good, summary.easy),
        (1, 0, 1, 1)
    );
    assert_eq!(summary.duration_ms, 3_000);
    assert_eq!(summary.graded(), 3);
}

#[test]
fn skipping_moves_on_without_a_grade() {
    let mut session = Session::new(2, 0);
    assert!(session.skip(10));
    session.reveal();
    assert!(session.skip(20), "a revealed card can be skipped too");
    assert!(session.is_finished());
    assert!(!session.skip(30));
    assert_eq!(session.outcomes(), [Outcome::Skipped, Outcome::Skipped]);
    assert_eq!(session.summary(0).skipped, 2);
    assert_eq!(session.summary(0).graded(), 0, "skipped is not graded");
}

#[test]
fn ending_early_leaves_the_rest_unanswered() {
    let mut session = Session::new(5, 0);
    session.reveal();
    session.grade(Grade::Hard, 10);
    session.reveal();
    session.end_early(50);
    assert!(session.is_finished());
    assert!(session.ended_early());
    assert!(!session.is_revealed());
    let summary = session.summary(99);
    assert_eq!((summary.hard, summary.unanswered), (1, 4));
    assert_eq!(summary.duration_ms, 50);

    assert!(session.resume(1_050), "ending early is taken back");
    assert!(!session.is_finished() && !session.ended_early());
    assert_eq!(session.current(), Some(1), "where it stopped");
    assert!(
        !session.resume(1_055),
        "a session going on has nothing to take back"
    );
    for _ in 1..5 {
        session.skip(1_060);
    }
    assert!(session.is_finished());
    assert_eq!(
        session.summary(2_000).duration_ms,
        60,
        "50 ms before the pause, 10 after"
    );
    assert!(!session.resume(2_000), "nor one finished by answering");
}

#[test]
fn an_empty_session_is_over_before_it_starts() {
    let session = Session::new(0, 0);
    assert!(session.is_finished());
    assert_eq!(session.current(), None);
}

#[test]
fn missed_cards_are_exactly_the_again_and_hard_ones() {
    let mut session = Session::new(6, 0);
    for grade in [
        Some(Grade::Again),
        Some(Grade::Good),
        None,
        Some(Grade::Hard),
        Some(Grade::Easy),
        Some(Grade::Again),
    ] {
        match grade {
            Some(grade) => {
                session.reveal();
                session.grade(grade, 1);
            }
            None => {
                session.skip(1);
            }
        }
    }
    assert_eq!(session.missed(), [0, 3, 5]);
}

fn three_ids() -> [&'static str; 3] {
    ["a", "b", "c"]
}

#[test]
fn a_session_resumes_from_its_saved_form_over_the_same_cards() {
    let mut session = Session::new(4, 1_700_000_000_000);
    session.reveal();
    session.grade(Grade::Good, 1_700_000_001_000);
    session.skip(1_700_000_002_000);
    session.reveal();
    let ids = ["a", "b", "c", "d"];
    let text = serde_json::to_string(&SavedSession::new(ids, session.clone())).unwrap();
    let saved: SavedSession = serde_json::from_str(&text).unwrap();
    assert_eq!(saved.version, SavedSession::VERSION);
    let resumed = saved.clone().resume(ids).expect("same cards");
    assert_eq!(resumed, session);
    assert_eq!(resumed.current(), Some(2));
    assert!(resumed.is_revealed());
    assert_eq!(
        saved.clone().resume(["a", "b", "d", "c"]),
        None,
        "other order"
    );
    assert_eq!(saved.resume(["a", "b", "c"]), None, "other cards");

    let mut finished = resumed;
    finished.end_early(1_700_000_009_000);
    let saved = SavedSession::new(ids, finished.clone());
    assert_eq!(saved.resume(ids), Some(finished));
}

#[test]
fn saved_sessions_that_do_not_fit_are_refused() {
    let session = |body: &str| {
        format!(
            r#"{{"version":2,"cards":["a","b","c"],"session":{{"total":3,"revealed":false,"ended_early":false,"started_ms":0,{body}}}}}"#
        )
    };
    let valid = session(r#""outcomes":[3,0],"finished_ms":null"#);
    let parse = |text: &str| serde_json::from_str::<SavedSession>(text);
    assert!(parse(&valid).unwrap().resume(three_ids()).is_some());
    for bad in [
        valid.replace(r#""version":2"#, r#""version":3"#),
        valid.replace(r#""cards":["a","b","c"]"#, r#""cards":["a","b","x"]"#),
        valid.replace(r#""total":3"#, r#""total":4"#),
        session(r#""outcomes":[0,0,0,0],"finished_ms":9"#),
        session(r#""outcomes":[0],"finished_ms":5"#), // finished with cards left
        session(r#""outcomes":[0,0,0],"finished_ms":null"#),
        valid.replace(r#""ended_early":false"#, r#""ended_early":true"#), // not finished
        session(r#""outcomes":[0,0,0],"finished_ms":5"#)
            .replace(r#""revealed":false"#, r#""revealed":true"#),
        session(r#""outcomes":[0,0,0],"finished_ms":5"#)
            .replace(r#""started_ms":0"#, r#""started_ms":9"#), // ends before it starts
    ] {
        let saved = parse(&bad).unwrap();
        assert_eq!(saved.resume(three_ids()), None, "{bad}");
    }
    for not_a_session in [
        "1;3;0;-;--;ga", // the text form of earlier builds
        "",
        "garbage",
        r#"{"version":2}"#,
        &valid.replace("[3,0]", "[5,0]"), // no grade 5
    ] {
        assert!(parse(not_a_session).is_err(), "{not_a_session}");
    }
}

#[test]
fn grades_map_to_the_keys_anki_users_know() {
    assert_eq!(Grade::from_key("1"), Some(Grade::Again));
    assert_eq!(Grade::from_key("4"), Some(Grade::Easy));
    assert_eq!(Grade::from_key("5"), None);
    assert!(Grade::Hard.is_missed() && !Grade::Good.is_missed());
}
