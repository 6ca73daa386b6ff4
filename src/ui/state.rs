//! The app's state, provided once by context to every component: where the
//! app is and what it shows, and the user's progress with the store that
//! keeps it.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use super::embed::Mode;
use super::shared::after_paint;
use crate::deck::{CARDS, NAMESPACE};
use crate::i18n::{Lang, Words};
use crate::progress::schema::{self, Refusal};
use crate::progress::today::Clock;
use crate::progress::Grade;
use crate::progress::Progress;
use crate::route::{quiz_href, session_name, Route};
use crate::store::{self, Browser, Notice, ProgressStore};
use crate::study::quiz::{Quiz, Source};
use crate::study::session::SavedSession;

/// How many screens of the history are remembered as the user left them:
/// how far scrolled, and which answers open.
const KEPT_PLACES: usize = 50;

thread_local! {
    /// Where the user left the latest screens of the page's history, the
    /// latest last: Back, or closing search results, shows a screen as the
    /// user left it. The page's, as its history is: an app started anew in
    /// another language keeps them.
    static PLACES: RefCell<Vec<Place>> = const { RefCell::new(Vec::new()) };
}

/// How the user left a screen of the page's history.
struct Place {
    /// The id of its history entry.
    entry: f64,
    scrolled: f64,
    /// The cards whose folds were open, by id.
    open: Vec<&'static str>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub mode: Mode,
    /// The screen the address names; changed only by [`AppState::navigate`]
    /// and [`AppState::search`], whose address follows a frame later.
    pub route: ReadSignal<Route>,
    set_route: WriteSignal<Route>,
    /// The address, when the app keeps it itself (a `<fold-cards>` element).
    address: StoredValue<String>,
    /// The address search results will have, once they are painted.
    results_address: StoredValue<Option<PendingAddress>>,
    /// The `<fold-cards>` element the app lives in.
    pub host: StoredValue<Option<HtmlElement>, LocalStorage>,
    /// Changed only through the methods below, which keep it.
    pub progress: ReadSignal<Progress>,
    set_progress: WriteSignal<Progress>,
    store: StoredValue<ProgressStore<Browser>>,
    /// What went wrong with storage, shown until the page is left.
    pub notice: RwSignal<Option<Notice>>,
    /// The local day, counted from 1970-01-01, which what is due follows:
    /// a page left open overnight shows the new day's.
    pub day: RwSignal<usize>,
    /// The language of the UI: another one starts the app anew in it.
    pub lang: Lang,
    /// Read out by screen readers: "Answer shown."
    pub announcement: RwSignal<&'static str>,
    /// What a screen last gave focus to as it appeared, and its title:
    /// given back when the screen comes back from under search results.
    pub focused: StoredValue<Option<HtmlElement>, LocalStorage>,
    pub screen_title: StoredValue<String>,
    /// The id of the history entry on show (on the app's own page), which
    /// [`PLACES`] knows it by; 0 while it has none.
    entry: StoredValue<f64>,
    /// Whether a screen has been drawn yet: on someone else's page the app
    /// takes focus only once the user is in it.
    drawn: StoredValue<bool>,
    /// Whether the browser was asked to keep storage (once a page load).
    asked_to_persist: StoredValue<bool>,
    /// The quiz on screen, if any, to hand over to the app that replaces
    /// this one.
    live_quiz: StoredValue<Option<RwSignal<Quiz>>>,
    /// A quiz handed over by the app this one replaced, until it is resumed.
    handed_quiz: StoredValue<Option<Quiz>>,
}

/// An address to write once the screen is painted.
#[derive(Clone)]
struct PendingAddress {
    address: String,
    /// In a new entry of the history.
    new_entry: bool,
    /// The address the page was at: if the user has gone elsewhere since
    /// (Back, a link), nothing is written.
    left: String,
}

/// What an app holds in memory that storage may not have (it may be
/// blocked or full, or what it held unreadable), handed to the app that
/// replaces it when the user switches language: nothing is lost, down to a
/// choice checked but not yet graded.
pub struct HandOver {
    store: ProgressStore<Browser>,
    progress: Progress,
    notice: Option<Notice>,
    quiz: Option<Quiz>,
}

pub fn use_app() -> AppState {
    expect_context()
}

/// The UI's words, for a screen being drawn.
pub fn words() -> &'static Words {
    use_app().words()
}

impl AppState {
    pub fn new(
        mode: Mode,
        start: String,
        host: Option<HtmlElement>,
        lang: Lang,
        handed: Option<HandOver>,
    ) -> Self {
        let (store, progress, notice, quiz) = match handed {
            Some(handed) => (handed.store, handed.progress, handed.notice, handed.quiz),
            None => {
                let (store, progress, notice) = ProgressStore::open(Browser, NAMESPACE);
                (store, progress, notice, None)
            }
        };
        let (route, set_route) = signal(Route::Home);
        let day = RwSignal::new(0);
        let (progress, set_progress) = signal(progress);
        AppState {
            mode,
            route,
            set_route,
            address: StoredValue::new(start),
            results_address: StoredValue::new(None),
            host: StoredValue::new_local(host),
            progress,
            set_progress,
            store: StoredValue::new(store),
            notice: RwSignal::new(notice),
            day,
            lang,
            announcement: RwSignal::new(""),
            focused: StoredValue::new_local(None),
            screen_title: StoredValue::new(String::new()),
            entry: StoredValue::new(0.0),
            drawn: StoredValue::new(false),
            asked_to_persist: StoredValue::new(false),
            live_quiz: StoredValue::new(None),
            handed_quiz: StoredValue::new(quiz),
        }
    }

    fn address(&self) -> String {
        match self.mode {
            Mode::Element => self.address.get_value(),
            Mode::Page | Mode::Frame => window().location().hash().unwrap_or_default(),
        }
    }

    /// The UI's words, in its language.
    pub fn words(&self) -> &'static Words {
        self.lang.words()
    }

    /// Everything this app holds, for the app that replaces it.
    pub fn hand_over(&self) -> HandOver {
        HandOver {
            store: self.store.get_value(),
            progress: self.progress.get_untracked(),
            notice: self.notice.get_untracked(),
            quiz: self
                .live_quiz
                .get_value()
                .and_then(|quiz| quiz.try_get_untracked()),
        }
    }

    /// Keeps track of the quiz on screen, to hand it over.
    pub fn show_quiz(&self, quiz: RwSignal<Quiz>) {
        self.live_quiz.set_value(Some(quiz));
    }

    /// The quiz of `source` the app this one replaced was showing, as it was.
    pub fn take_handed_quiz(&self, source: &Source) -> Option<Quiz> {
        self.handed_quiz
            .try_update_value(|quiz| quiz.take_if(|quiz| quiz.source == *source))
            .flatten()
    }

    /// Goes to another screen.
    pub fn go(&self, address: &str) {
        self.write_results_address();
        match self.mode {
            Mode::Element => {
                self.address.set_value(address.to_owned());
                self.navigate();
            }
            Mode::Page | Mode::Frame => {
                let _ = window().location().set_hash(address);
            }
        }
    }

    /// Shows the cards matching `query`: from another screen, a new entry in
    /// the history; on the results screen, the address follows the query
    /// without one, so Back leaves the search rather than undoing keystrokes.
    pub fn search(&self, query: &str) {
        let route = Route::Search(query.to_owned());
        let new_entry = !self.on_results();
        self.write_after_paint(route.href(), new_entry);
        self.set_route.set(route);
    }

    /// Whether search results are on screen (read without tracking, and
    /// without a copy of the route: the scroll listener asks it).
    pub fn on_results(&self) -> bool {
        self.route
            .with_untracked(|route| matches!(route, Route::Search(_)))
    }

    /// Leaves search results: for the screen they cover, as Back does (the
    /// search's first keystroke gave the results an entry of their own), or
    /// for home when they cover none (their address was opened as it is).
    pub fn close_search(&self, covering: bool) {
        self.write_results_address();
        match window().history() {
            Ok(history) if covering => {
                let _ = history.back();
            }
            _ => self.go(&Route::Home.href()),
        }
    }

    /// Writes the results' address once they are painted: a history update
    /// takes milliseconds that a keystroke's results should not wait for.
    /// Keystrokes before then leave one update, of the last.
    fn write_after_paint(&self, address: String, new_entry: bool) {
        let pending = self.results_address.get_value();
        if pending.is_none() {
            let app = *self;
            after_paint(Box::new(move || app.write_results_address()));
        }
        self.results_address.set_value(Some(PendingAddress {
            new_entry: new_entry || pending.as_ref().is_some_and(|pending| pending.new_entry),
            left: pending.map_or_else(|| self.address(), |pending| pending.left),
            address,
        }));
    }

    fn write_results_address(&self) {
        let pending = self
            .results_address
            .try_update_value(Option::take)
            .flatten();
        let Some(pending) = pending.filter(|pending| pending.left == self.address()) else {
            return;
        };
        self.set_address(&pending.address, pending.new_entry);
    }

    /// Writes the address, in a new entry of the history or over the
    /// current one, with no `hashchange`: the app is there already.
    pub fn set_address(&self, address: &str, new_entry: bool) {
        match self.mode {
            Mode::Element => self.address.set_value(address.to_owned()),
            Mode::Page | Mode::Frame => {
                if let Ok(history) = window().history() {
                    let _ = match new_entry {
                        true => history.push_state_with_url(&JsValue::NULL, "", Some(address)),
                        false => {
                            let entry = history.state().unwrap_or(JsValue::NULL);
                            history.replace_state_with_url(&entry, "", Some(address))
                        }
                    };
                }
            }
        }
    }

    /// Shows the screen the address names. A quiz without a seed gets one,
    /// written into the address so that reloading or sharing asks the same
    /// questions.
    pub fn navigate(&self) {
        // The user has gone elsewhere (Back): the results' entry stays as it is.
        self.results_address.set_value(None);
        if self.mode == Mode::Page {
            let id = window().history().and_then(|history| history.state());
            self.entry
                .set_value(id.ok().and_then(|id| id.as_f64()).unwrap_or(0.0));
        }
        let mut route = Route::from_hash(&self.address());
        if let Route::Quiz(spec) = &route {
            if spec.seed.is_none() {
                let seeded = spec.with_seed(fresh_seed());
                self.set_address(&quiz_href(&seeded), false);
                route = Route::Quiz(seeded);
            }
        }
        self.set_route.maybe_update(|current| {
            let changed = *current != route;
            *current = route;
            changed
        });
    }

    /// Notes how far the screen on show is scrolled.
    pub fn keep_place(&self, scrolled: f64) {
        self.keep(|place| place.scrolled = scrolled);
    }

    /// Notes that the fold of `card` on the screen on show was opened or
    /// closed.
    pub fn keep_fold(&self, card: &'static str, open: bool) {
        self.keep(|place| {
            place.open.retain(|id| *id != card);
            if open {
                place.open.push(card);
            }
        });
    }

    /// Changes how the user leaves the screen on show. An entry the browser
    /// made for a link has no id yet: the first change gives it one, kept as
    /// its state (not at its first drawing, which a history update would
    /// slow), unlike any before, since ids outlive a reload.
    fn keep(&self, change: impl FnOnce(&mut Place)) {
        if self.entry.get_value() == 0.0 {
            let id = js_sys::Date::now();
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::from(id), "", None);
            }
            self.entry.set_value(id);
        }
        let entry = self.entry.get_value();
        PLACES.with_borrow_mut(|places| {
            let mut place = match places.iter().position(|place| place.entry == entry) {
                Some(at) => places.remove(at),
                None => {
                    if places.len() == KEPT_PLACES {
                        places.remove(0);
                    }
                    Place {
                        entry,
                        scrolled: 0.0,
                        open: Vec::new(),
                    }
                }
            };
            change(&mut place);
            places.push(place);
        });
    }

    /// What is known of how the user left the screen on show: nothing for
    /// a screen new to the history.
    fn kept<T: Default>(&self, read: impl FnOnce(&Place) -> T) -> T {
        let entry = self.entry.get_value();
        PLACES.with_borrow(|places| {
            places
                .iter()
                .find(|place| place.entry == entry)
                .map(read)
                .unwrap_or_default()
        })
    }

    /// How far the screen on show was scrolled when the user left it.
    pub fn place(&self) -> f64 {
        self.kept(|place| place.scrolled)
    }

    /// Whether the fold of `card` was open when the user left the screen on
    /// show.
    pub fn was_open(&self, card: &'static str) -> bool {
        self.kept(|place| place.open.contains(&card))
    }

    /// Whether a screen that appears now should take focus: always on the
    /// app's own page; on someone else's page (an iframe or an element) only
    /// once the user is in the app, so that loading never scrolls the blog.
    pub fn takes_focus(&self) -> bool {
        (self.mode == Mode::Page || self.drawn.get_value()) && !super::preferences::lang_switched()
    }

    /// The screen search results covered, as it was: its title, and focus
    /// where it was when the search began.
    pub fn uncover(&self) {
        document().set_title(&self.screen_title.get_value());
        if let Some(element) = self.focused.get_value() {
            let _ = element.focus();
        }
    }

    pub fn screen_drawn(&self) {
        self.drawn.set_value(true);
        // Handed over for the first screen only.
        self.handed_quiz.set_value(None);
    }

    /// Notes which day it is now.
    pub fn check_day(&self) {
        let today = self.clock().today() as usize;
        if self.day.get_untracked() != today {
            self.day.set(today);
        }
    }

    pub fn clock(&self) -> Clock {
        let now = js_sys::Date::new_0();
        Clock {
            now: (now.get_time() / 1000.0) as i64,
            utc_offset: -(now.get_timezone_offset() as i64) * 60,
        }
    }

    /// Keeps a grade in the progress and saves it.
    pub fn record(&self, card: &str, grade: Grade) {
        let at = self.clock().now;
        self.set_progress
            .update(|progress| progress.record(card, at, grade));
        self.save();
        if self.mode == Mode::Page && !self.asked_to_persist.get_value() {
            self.asked_to_persist.set_value(true);
            ask_to_persist();
        }
    }

    pub fn set_star(&self, card: &str, starred: bool) {
        let at = self.clock().now;
        self.set_progress
            .update(|progress| progress.set_star(card, starred, at));
        self.save();
    }

    /// Forgets the reviews of these cards, as of now.
    pub fn reset<'a>(&self, cards: impl IntoIterator<Item = &'a str>) {
        let at = self.clock().now;
        self.set_progress
            .update(|progress| progress.reset(cards, at));
        self.save();
    }

    /// Merges a progress file's cards that these notes have. How many cards
    /// it changed, how many it left out, and whether the browser kept it.
    /// When it is refused, nothing has changed.
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
    /// wrote meanwhile, and takes that union in.
    /// False when the browser did not keep it.
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

    /// Shows a storage notice, unless one is shown already: the first says
    /// what matters (unreadable data keeps its download), and the notice is
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

    /// Another tab saved progress: take its reviews in.
    pub fn stored_elsewhere(&self, key: Option<String>, value: Option<String>) {
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

    pub fn saved_session(&self, name: &str) -> Option<SavedSession> {
        store::load_session(&Browser, NAMESPACE, name)
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

/// Asks the browser to keep this origin's storage under pressure, once the
/// user has something worth keeping; never on someone else's page.
fn ask_to_persist() {
    if let Ok(storage) = js_sys::Reflect::get(&window().navigator(), &"storage".into()) {
        if !storage.is_undefined() {
            let _ = web_sys::StorageManager::from(storage).persist();
        }
    }
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

pub fn fresh_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}
