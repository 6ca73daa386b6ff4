//! The storage model on the in-memory backend: blocked and full storage,
//! damaged and newer data, two apps sharing one storage, saved quiz sessions.

use foldcards::progress::schema::export;
use foldcards::progress::Grade;
use foldcards::progress::Progress;
use foldcards::store::{self, Backend, Fault, Memory, Notice, ProgressStore};
use foldcards::study::session::{SavedSession, Session};

const T0: i64 = 1_764_000_000;
const KEY: &str = "foldcards:ns:progress";

fn graded(id: &str, at: i64, grade: Grade) -> Progress {
    let mut progress = Progress::default();
    progress.record(id, at, grade);
    progress
}

#[test]
fn keys_are_filed_under_the_namespace() {
    assert_eq!(store::key("ns", store::PROGRESS), KEY);
    let (store, _, _) = ProgressStore::open(Memory::new(), "ns");
    assert_eq!(store.key(), KEY);
}

#[test]
fn progress_is_kept_and_read_back() {
    let memory = Memory::new();
    let (mut store, progress, notice) = ProgressStore::open(&memory, "ns");
    assert_eq!((progress.is_empty(), notice), (true, None));
    assert!(memory.items().is_empty(), "opening writes nothing");

    let progress = graded("a", T0, Grade::Good);
    let (saved, notice) = store.save(&progress);
    assert_eq!((&saved, notice), (&progress, None));
    assert_eq!(memory.items()[KEY], export(&progress, "ns"));

    let (_, reopened, notice) = ProgressStore::open(&memory, "ns");
    assert_eq!((reopened, notice), (progress, None));
}

#[test]
fn damaged_progress_is_backed_up_byte_for_byte_before_anything_is_written() {
    for damaged in [
        "{\"format\":\"foldcards-progress\",\"vers",
        "\u{0}\u{fffd} binary",
    ] {
        let memory = Memory::new();
        memory.set_raw(KEY, damaged).unwrap();
        let (mut store, progress, notice) = ProgressStore::open(&memory, "ns");
        let backup_key = "foldcards:ns:progress-backup-1".to_owned();
        assert_eq!(
            notice,
            Some(Notice::Corrupt {
                backup_key: backup_key.clone()
            })
        );
        assert!(progress.is_empty(), "it starts empty");
        assert_eq!(
            memory.get_raw(&backup_key).unwrap().as_deref(),
            Some(damaged)
        );
        assert_eq!(store.backup(&backup_key).as_deref(), Some(damaged));

        let (saved, notice) = store.save(&graded("a", T0, Grade::Good));
        assert_eq!((saved.card("a").unwrap().log.len(), notice), (1, None));
        assert_eq!(
            memory.get_raw(&backup_key).unwrap().as_deref(),
            Some(damaged)
        );
    }
}

#[test]
fn the_readable_cards_of_damaged_progress_are_kept_and_backups_do_not_pile_up() {
    let memory = Memory::new();
    let good = export(&graded("a", T0, Grade::Good), "ns");
    let damaged = good.replace(r#""cards":{"#, r#""cards":{"b":{"log":[[5,7]]},"#);
    memory.set_raw(KEY, &damaged).unwrap();
    memory
        .set_raw("foldcards:ns:progress-backup-1", "older")
        .unwrap();
    // Full: the backup cannot be written, so the damaged bytes stay where they are.
    memory.set_quota(Some(memory.used()));
    let (mut store, progress, notice) = ProgressStore::open(&memory, "ns");
    assert_eq!(notice, Some(Notice::Full));
    assert_eq!(progress.card("a").unwrap().log.len(), 1);
    let (_, notice) = store.save(&graded("c", T0, Grade::Easy));
    assert_eq!(notice, Some(Notice::Full));
    assert_eq!(memory.items()[KEY], damaged, "never written over unbacked");

    memory.set_quota(None);
    let (saved, notice) = store.save(&progress);
    let backup_key = "foldcards:ns:progress-backup-2".to_owned();
    assert_eq!(notice, Some(Notice::Corrupt { backup_key }));
    assert_eq!(saved, progress);
    memory.set_raw(KEY, &damaged).unwrap();
    store.save(&progress);
    assert_eq!(memory.items().len(), 3, "the same bytes reuse their backup");
}

#[test]
fn blocked_storage_gives_a_notice_and_progress_works_in_memory() {
    let memory = Memory::new();
    memory.set_blocked(true);
    let (mut store, progress, notice) = ProgressStore::open(&memory, "ns");
    assert_eq!((progress.is_empty(), notice), (true, Some(Notice::Blocked)));
    let mut progress = progress;
    progress.record("a", T0, Grade::Good);
    let (saved, notice) = store.save(&progress);
    assert_eq!((saved, notice), (progress, Some(Notice::Blocked)));
    memory.set_blocked(false);
    assert!(memory.items().is_empty());
}

#[test]
fn a_full_storage_gives_a_notice_and_loses_no_grade_in_memory() {
    let memory = Memory::new();
    let (mut store, _, _) = ProgressStore::open(&memory, "ns");
    let mut progress = graded("a", T0, Grade::Good);
    store.save(&progress);
    let before = memory.items();
    memory.set_quota(Some(memory.used()));
    progress.record("a", T0 + 3 * 86_400, Grade::Easy);
    progress.record("b", T0, Grade::Again);
    let (saved, notice) = store.save(&progress);
    assert_eq!(notice, Some(Notice::Full));
    assert_eq!(saved, progress, "every grade is still there");
    assert_eq!(memory.items(), before, "the stored copy is unchanged");
}

#[test]
fn a_newer_versions_progress_is_read_and_never_written_over() {
    let memory = Memory::new();
    let newer = export(&graded("a", T0, Grade::Good), "ns")
        .replace(r#""version":1"#, r#""version":2"#)
        .replace(r#""cards":{"#, r#""cards":{"b":{"log":{"new":"shape"}},"#);
    memory.set_raw(KEY, &newer).unwrap();
    let (mut store, progress, notice) = ProgressStore::open(&memory, "ns");
    assert_eq!(notice, Some(Notice::Newer { version: 2 }));
    assert_eq!(progress, graded("a", T0, Grade::Good), "what could be read");
    let mut progress = progress;
    progress.record("c", T0, Grade::Hard);
    let (saved, notice) = store.save(&progress);
    assert_eq!(
        (saved, notice),
        (progress, Some(Notice::Newer { version: 2 }))
    );
    assert_eq!(memory.items()[KEY], newer);
    assert_eq!(memory.items().len(), 1, "no backup either");
}

#[test]
fn a_newer_version_in_a_shape_this_one_cannot_read_is_never_written_over() {
    let memory = Memory::new();
    let newer = r#"{"format":"foldcards-progress","version":7,"decks":[{"namespace":"ns"}]}"#;
    memory.set_raw(KEY, newer).unwrap();
    let (mut store, progress, notice) = ProgressStore::open(&memory, "ns");
    assert_eq!(notice, Some(Notice::Newer { version: 7 }));
    assert!(progress.is_empty());
    let (_, notice) = store.save(&graded("a", T0, Grade::Good));
    assert_eq!(notice, Some(Notice::Newer { version: 7 }));
    assert_eq!(memory.items()[KEY], newer);
    assert_eq!(memory.items().len(), 1, "no backup either");
}

#[test]
fn a_newer_version_writing_later_makes_the_store_read_only() {
    let memory = Memory::new();
    let (mut store, _, _) = ProgressStore::open(&memory, "ns");
    store.save(&graded("a", T0, Grade::Good));
    let newer = memory.items()[KEY].replace(r#""version":1"#, r#""version":3"#);
    memory.set_raw(KEY, &newer).unwrap();
    let (saved, notice) = store.save(&graded("b", T0, Grade::Good));
    assert_eq!(notice, Some(Notice::Newer { version: 3 }));
    assert!(saved.card("a").is_some() && saved.card("b").is_some());
    assert_eq!(memory.items()[KEY], newer);
}

#[test]
fn two_apps_in_one_document_keep_each_others_reviews() {
    let memory = Memory::new();
    let (mut first, mut first_progress, _) = ProgressStore::open(&memory, "ns");
    let (mut second, mut second_progress, _) = ProgressStore::open(&memory, "ns");
    first_progress.record("a", T0, Grade::Good);
    second_progress.record("b", T0 + 1, Grade::Again);
    (first_progress, _) = first.save(&first_progress);
    (second_progress, _) = second.save(&second_progress);
    assert!(
        second_progress.card("a").is_some(),
        "the second took in the first's"
    );
    first_progress.record("a", T0 + 86_400, Grade::Hard);
    (first_progress, _) = first.save(&first_progress);
    assert_eq!(first_progress.card("b").unwrap().log.len(), 1);

    let (_, stored, _) = ProgressStore::open(&memory, "ns");
    assert_eq!(stored.card("a").unwrap().log.len(), 2);
    assert_eq!(stored.card("b").unwrap().log.len(), 1);
    assert_eq!(stored, first_progress);
}

#[test]
fn another_tabs_write_is_read_to_merge_in() {
    let memory = Memory::new();
    let (store, _, _) = ProgressStore::open(&memory, "ns");
    let mut mine = graded("a", T0, Grade::Good);
    let theirs = graded("b", T0, Grade::Easy);
    let read = store.read_external(&export(&theirs, "ns"));
    assert_eq!(read.as_ref(), Some(&theirs));
    assert_eq!(mine.merge(&read.unwrap()), 1);
    assert!(mine.card("a").is_some() && mine.card("b").is_some());
    assert_eq!(store.read_external("garbage"), None);
    assert_eq!(store.read_external(&export(&theirs, "other")), None);
    let newer = export(&theirs, "ns").replace(r#""version":1"#, r#""version":2"#);
    assert_eq!(store.read_external(&newer), Some(theirs));
}

#[test]
fn saved_sessions_are_kept_per_quiz_and_resume_only_over_the_same_cards() {
    let memory = Memory::new();
    let mut session = Session::new(2, 1_000);
    session.reveal();
    session.grade(Grade::Good, 2_000);
    let saved = SavedSession::new(["a", "b"], session.clone());
    store::save_session(&memory, "ns", "c=a,b", &saved);
    assert!(memory.items().contains_key("foldcards:ns:quiz:c=a,b"));
    let loaded = store::load_session(&memory, "ns", "c=a,b").expect("kept");
    assert_eq!(loaded, saved);
    assert_eq!(loaded.clone().resume(["a", "b"]), Some(session));
    assert_eq!(loaded.resume(["a", "x"]), None);
    assert_eq!(store::load_session(&memory, "ns", "other"), None);
    assert_eq!(store::load_session(&memory, "other", "c=a,b"), None);

    memory
        .set_raw("foldcards:ns:quiz:old", "1;2;0;-;--;g")
        .unwrap();
    assert_eq!(
        store::load_session(&memory, "ns", "old"),
        None,
        "an earlier build's form"
    );
    assert_eq!(
        memory.get::<SavedSession>("foldcards:ns:quiz:old"),
        Err(Fault::Unreadable)
    );
    memory.remove("foldcards:ns:quiz:old").unwrap();
    assert_eq!(memory.get_raw("foldcards:ns:quiz:old"), Ok(None));

    memory.set_blocked(true);
    store::save_session(&memory, "ns", "c=a,b", &saved);
    assert_eq!(store::load_session(&memory, "ns", "c=a,b"), None);
}

#[test]
fn a_tab_left_behind_never_sets_back_a_saved_session_but_a_finished_one_gives_way() {
    let memory = Memory::new();
    let save = |cards: &[&str], session: &Session| {
        let saved = SavedSession::new(cards.iter().copied(), session.clone());
        store::save_session(&memory, "ns", "q", &saved);
    };
    let kept = || {
        store::load_session(&memory, "ns", "q")
            .expect("kept")
            .session
    };
    let graded = |session: &mut Session, times: &[u64]| {
        for &at in times {
            session.reveal();
            session.grade(Grade::Good, at);
        }
    };
    let cards = ["a", "b", "c", "d"];
    // Two tabs opened the same quiz, each with a session of its own.
    let mut ahead = Session::new(4, 1_000);
    let mut behind = Session::new(4, 1_500);
    graded(&mut ahead, &[2_000, 3_000]);
    save(&cards, &ahead);
    graded(&mut behind, &[4_000]);
    save(&cards, &behind);
    assert_eq!(kept(), ahead, "the place the tab ahead reached");

    graded(&mut ahead, &[5_000]);
    save(&cards, &ahead);
    assert_eq!(kept(), ahead, "the tab ahead goes on");
    graded(&mut behind, &[6_000, 7_000, 8_000]);
    save(&cards, &behind);
    assert_eq!(kept(), behind, "until the other one passes it");

    ahead.end_early(9_000);
    save(&cards, &ahead);
    let again = Session::new(4, 10_000);
    save(&cards, &again);
    assert_eq!(
        kept(),
        again,
        "a finished session gives way to the quiz asked again"
    );
    let other_cards = Session::new(2, 11_000);
    save(&["x", "y"], &other_cards);
    assert_eq!(kept(), other_cards, "and any session to one of other cards");
}
