//! The session state machine: start, reveal, grade, skip, end early, resume,
//! retry the missed ones.

use foldcards::study::session::{Grade, Outcome, Session};

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

#[test]
fn a_session_resumes_from_its_stored_form() {
    let mut session = Session::new(4, 1_700_000_000_000);
    session.reveal();
    session.grade(Grade::Good, 1_700_000_001_000);
    session.skip(1_700_000_002_000);
    session.reveal();
    let stored = session.encode();
    assert_eq!(stored, "1;4;1700000000000;-;r-;gs");
    let resumed = Session::decode(&stored, 4).expect("decodes");
    assert_eq!(resumed, session);
    assert_eq!(resumed.current(), Some(2));
    assert!(resumed.is_revealed());

    let mut finished = resumed;
    finished.end_early(1_700_000_009_000);
    assert_eq!(Session::decode(&finished.encode(), 4), Some(finished));
}

#[test]
fn stored_forms_that_do_not_fit_are_refused() {
    let valid = "1;3;0;-;--;ga";
    assert!(Session::decode(valid, 3).is_some());
    for bad in [
        "",
        "garbage",
        "2;3;0;-;--;ga",   // unknown version
        "1;4;0;-;--;ga",   // another quiz's length
        "1;3;0;-;--;gax",  // unknown grade
        "1;3;0;-;--;gaeg", // more outcomes than cards
        "1;3;0;5;--;g",    // finished with cards left, not ended early
        "1;3;0;-;--;gae",  // every card answered but not finished
        "1;3;0;-;-e;g",    // ended early without an end time
        "1;3;0;5;r-;gae",  // revealed after the end
        "1;3;x;-;--;g",    // bad start time
    ] {
        assert_eq!(Session::decode(bad, 3), None, "{bad:?}");
    }
}

#[test]
fn grades_map_to_the_keys_anki_users_know() {
    assert_eq!(Grade::from_key("1"), Some(Grade::Again));
    assert_eq!(Grade::from_key("4"), Some(Grade::Easy));
    assert_eq!(Grade::from_key("5"), None);
    assert!(Grade::Hard.is_missed() && !Grade::Good.is_missed());
}
