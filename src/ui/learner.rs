//! The person studying: the [`Learner`] context holds their progress, the
//! store that keeps it, the local day that what is due follows, what went
//! wrong storing it, and the quiz they are taking.

use leptos::prelude::*;

use super::browser::{ask_to_persist, clock};
use crate::deck::{CARDS, NAMESPACE};
use crate::progress::schema::{self, Refusal};
use crate::progress::{Grade, Progress};
use crate::route::session_name;
use crate::store::{self, Browser, Notice, ProgressStore};
use crate::study::quiz::{Quiz, Source};
use crate::study::session::SavedSession;

#[derive(Clone, Copy)]
pub struct Learner {
    /// Changed only through the methods below, which save it.
    pub progress: ReadSignal<Progress>,
    set_progress: WriteSignal<Progress>,
    store: StoredValue<ProgressStore<Browser>>,
    /// What went wrong with storage, shown until the page is left.
    notice: RwSignal<Option<Notice>>,
    /// The local day, counted from 1970-01-01: a page left open overnight
    /// shows what is due on the new day.
    day: RwSignal<usize>,
    /// Whether a grade should ask the browser to keep storage: on the app's
    /// own page, until it has asked once.
    asks_to_persist: StoredValue<bool>,
    /// The quiz on screen, to hand over to an app started again in another
    /// language.
    live_quiz: StoredValue<Option<RwSignal<Quiz>>>,
    /// A quiz handed over by the app this one replaced, until the first
    /// screen is drawn.
    handed_quiz: StoredValue<Option<Quiz>>,
}

/// What a [`Learner`] holds in memory, for the app that replaces it when the
/// user switches language. Storage may not have all of it (it may be
/// blocked or full, or hold something unreadable), so nothing is read back
/// from storage: the progress, its store and notice, and the quiz on screen
/// (down to a choice checked but not yet graded) are passed over as they are.
pub struct Studied {
    store: ProgressStore<Browser>,
    progress: Progress,
    notice: Option<Notice>,
    quiz: Option<Quiz>,
}

impl Learner {
    /// Takes over `studied` from the app this one replaces, or else opens the
    /// progress kept in localStorage. `asks_to_persist`: whether the first
    /// grade asks the browser to keep storage (the app's own page only).
    pub fn new(studied: Option<Studied>, asks_to_persist: bool) -> Self {
        let studied = studied.unwrap_or_else(|| {
            let (store, progress, notice) = ProgressStore::open(Browser, NAMESPACE);
            Studied {
                store,
                progress,
                notice,
                quiz: None,
            }
        });
        let (progress, set_progress) = signal(studied.progress);
        Learner {
            progress,
            set_progress,
            store: StoredValue::new(studied.store),
            notice: RwSignal::new(studied.notice),
            day: RwSignal::new(clock().today() as usize),
            asks_to_persist: StoredValue::new(asks_to_persist),
            live_quiz: StoredValue::new(None),
            handed_quiz: StoredValue::new(studied.quiz),
        }
    }

    /// Everything studied so far, for the app that replaces this one.
    pub fn hand_over(&self) -> Studied {
        Studied {
            store: self.store.get_value(),
            progress: self.progress.get_untracked(),
            notice: self.notice.get_untracked(),
            quiz: self
                .live_quiz
                .get_value()
                .and_then(|quiz| quiz.try_get_untracked()),
        }
    }

    /// Keeps the quiz on screen, to hand it over if the app starts again.
    pub fn keep_for_hand_over(&self, quiz: RwSignal<Quiz>) {
        self.live_quiz.set_value(Some(quiz));
    }

    /// Takes the quiz handed over by the app this one replaced, if it is a
    /// quiz of `source`.
    pub fn take_handed_quiz(&self, source: &Source) -> Option<Quiz> {
        self.handed_quiz
            .try_update_value(|quiz| quiz.take_if(|quiz| quiz.source == *source))
            .flatten()
    }

    /// Drops a handed quiz the first screen did not take.
    pub fn forget_handed_quiz(&self) {
        self.handed_quiz.set_value(None);
    }

    /// What went wrong with storage, if anything (tracked).
    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    /// Subscribes the caller to the local day, for what is due today.
    pub fn track_day(&self) {
        self.day.track();
    }

    /// Moves the local day on when it has changed.
    pub fn check_day(&self) {
        let today = clock().today() as usize;
        if self.day.get_untracked() != today {
            self.day.set(today);
        }
    }

    /// Keeps a grade in the progress and saves it.
    pub fn record(&self, card: &str, grade: Grade) {
        let at = clock().now;
        self.set_progress
            .update(|progress| progress.record(card, at, grade));
        self.save();
        if self.asks_to_persist.get_value() {
            self.asks_to_persist.set_value(false);
            ask_to_persist();
        }
    }

    pub fn set_star(&self, card: &str, starred: bool) {
        let at = clock().now;
        self.set_progress
            .update(|progress| progress.set_star(card, starred, at));
        self.save();
    }

    /// Forgets the reviews of these cards, as of now.
    pub fn reset<'a>(&self, cards: impl IntoIterator<Item = &'a str>) {
        let at = clock().now;
        self.set_progress
            .update(|progress| progress.reset(cards, at));
        self.save();
    }

    /// Merges the cards of a progress file that these notes have. Returns
    /// how many cards it changed, how many it left out, and whether the
    /// browser kept the result; when the file is refused, nothing changes.
    pub fn import(&self, text: &str) -> Result<(usize, usize, bool), Refusal> {
        let mut imported = schema::import(text, NAMESPACE)?;
        let left_out = imported.keep_only(CARDS.iter().map(|card| card.id));
        let changed = self
            .set_progress
            .try_update(|progress| progress.merge(&imported))
            .unwrap_or_default();
        Ok((changed, left_out, self.save()))
    }

    pub fn export(&self) -> String {
        self.progress
            .with_untracked(|progress| schema::export(progress, NAMESPACE))
    }

    /// Writes the progress, merged with whatever another tab or element
    /// wrote meanwhile, and takes that union in. False when the browser did
    /// not keep it.
    fn save(&self) -> bool {
        let current = self.progress.get_untracked();
        let (merged, notice) = self
            .store
            .try_update_value(|store| store.save(&current))
            .unwrap_or((current, None));
        self.set_progress.maybe_update(|progress| {
            let changed = *progress != merged;
            *progress = merged;
            changed
        });
        let kept = notice.is_none();
        if let Some(notice) = notice {
            self.show_notice(notice);
        }
        kept
    }

    /// Shows a storage notice unless one is shown already: the first says
    /// what matters (unreadable data keeps its download), and a notice is
    /// not announced again on every save.
    fn show_notice(&self, notice: Notice) {
        self.notice.maybe_update(|shown| {
            let show = shown.is_none();
            if show {
                *shown = Some(notice);
            }
            show
        });
    }

    /// Merges in the reviews another tab or element saved, from a `storage`
    /// event's key and new value.
    pub fn merge_stored_elsewhere(&self, key: Option<String>, value: Option<String>) {
        let ours = self
            .store
            .with_value(|store| key.as_deref() == Some(store.key()));
        if !ours {
            return;
        }
        let Some(theirs) =
            value.and_then(|value| self.store.with_value(|store| store.read_external(&value)))
        else {
            return;
        };
        self.set_progress
            .maybe_update(|progress| progress.merge(&theirs) > 0);
    }

    /// The bytes kept under a backup key, to be downloaded.
    pub fn backup(&self, key: &str) -> Option<String> {
        self.store.with_value(|store| store.backup(key))
    }

    pub fn saved_session(&self, source: &Source) -> Option<SavedSession> {
        store::load_session(&Browser, NAMESPACE, &session_name(source))
    }

    pub fn save_session(&self, quiz: &Quiz) {
        store::save_session(
            &Browser,
            NAMESPACE,
            &session_name(&quiz.source),
            &quiz.saved(),
        );
    }
}

/// Runs [`Learner::check_day`] every minute while the app runs (timers
/// catch up as a sleeping computer wakes).
pub fn use_day_change(learner: Learner) {
    if let Ok(every_minute) = set_interval_with_handle(
        move || learner.check_day(),
        std::time::Duration::from_secs(60),
    ) {
        on_cleanup(move || every_minute.clear());
    }
}

/// Takes in the grades other tabs save, through the window's `storage`
/// event (on a blog too).
pub fn use_other_tabs(learner: Learner) {
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        learner.merge_stored_elsewhere(ev.key(), ev.new_value());
    });
    on_cleanup(move || storage.remove());
}
