//! Search: a field in the header of the app's own page, and the results
//! screen at `#/search?q=…`, which follows the field as the user types.

use std::sync::OnceLock;

use js_sys::JsString;
use leptos::ev::KeyboardEvent;
use leptos::html::Input;
use leptos::prelude::*;

use super::browser::IN_BROWSER;
use super::context::{set_title, words};
use super::navigation::Navigation;
use crate::deck::{CARDS, NOTES_LANG};
use crate::route::{card_href, Route};
use crate::study::search::{answer_text, plain_text, Field, Highlight, Hit, Index};

/// How many results a search shows: about a screenful, so that every
/// keystroke stays quick on a large deck (20 measured 30% slower a
/// keystroke on 10,000 cards).
const SHOWN: usize = 10;

/// How many chars of an answer a result shows.
const SNIPPET: usize = 90;

/// The search index of the notes, built once: in a task queued as the app
/// starts (`use_search`), or at the first search if that comes sooner. A static, like
/// the deck it is built from alone, rather than app state: an app started
/// again in another language uses it without building it again.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        Index::new(
            CARDS
                .iter()
                .map(|card| (folded(card.question_text), folded(&answer_text(card)))),
        )
    })
}

/// Text in the form search compares: composed (NFC) and lower case, as the
/// browser does it. (Rust's own lower-casing tables cost 8 KB gzip.)
fn folded(text: &str) -> String {
    JsString::from(text).normalize("NFC").to_lower_case().into()
}

/// What the header's field and the results screen share: the results
/// shown, and the one chosen with the arrow keys.
#[derive(Clone, Copy)]
pub struct SearchState {
    navigation: Navigation,
    hits: StoredValue<Vec<Hit>>,
    shown: RwSignal<usize>,
    selected: RwSignal<usize>,
    field: NodeRef<Input>,
    /// The results' list, whose items the arrow keys scroll into view.
    list: NodeRef<leptos::html::Ul>,
    /// The screens on show: the results, over the screen the search
    /// started from if there was one.
    screens: Memo<Vec<Route>>,
}

impl SearchState {
    fn new(navigation: Navigation, screens: Memo<Vec<Route>>) -> Self {
        SearchState {
            navigation,
            hits: StoredValue::new(Vec::new()),
            shown: RwSignal::new(0),
            selected: RwSignal::new(0),
            field: NodeRef::new(),
            list: NodeRef::new(),
            screens,
        }
    }

    /// Whether the results cover the screen the search started from, which
    /// Esc in an empty field goes back to (home when they cover none).
    fn covering(&self) -> bool {
        self.screens.with_untracked(|screens| screens.len() == 2)
    }

    /// Opens the chosen result's card.
    fn open(&self, at: usize) {
        if let Some(hit) = self.hits.with_value(|hits| hits.get(at).cloned()) {
            self.navigation.go(&card_href(CARDS[hit.card].id));
        }
    }

    /// Whether focus is in the search field.
    fn typing(&self) -> bool {
        self.field
            .get_untracked()
            .is_some_and(|field| document().active_element().as_deref() == Some(field.as_ref()))
    }

    /// Notes how far the screen on show is scrolled, to give it back when
    /// the user comes back to it: not while results show, nor the scroll
    /// to the top that focusing the field makes.
    fn note_scroll(&self) {
        if !self.navigation.on_results() && !self.typing() {
            self.navigation
                .keep_scroll(window().scroll_y().unwrap_or_default());
        }
    }

    /// `/` anywhere on the app's page, outside a text field, moves to the search.
    fn focus_on_slash(&self, ev: &KeyboardEvent) {
        if ev.key() != "/" || ev.is_composing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.has_attribute("contenteditable")
        });
        if let (false, Some(field)) = (typing, self.field.get_untracked()) {
            ev.prevent_default();
            let _ = field.focus();
        }
    }
}

/// Sets up search on the app's own page: its state in context, `/` to
/// reach the field, each screen's scroll place noted (for Back and for
/// closing results), and the index built in a task queued now.
pub fn use_search(navigation: Navigation, screens: Memo<Vec<Route>>) {
    let search = SearchState::new(navigation, screens);
    provide_context(search);
    if !IN_BROWSER {
        return;
    }
    let slash = window_event_listener(leptos::ev::keydown, move |ev| search.focus_on_slash(&ev));
    on_cleanup(move || slash.remove());
    let scroll = window_event_listener(leptos::ev::scroll, move |_| search.note_scroll());
    on_cleanup(move || scroll.remove());
    set_timeout(
        || {
            index();
        },
        std::time::Duration::ZERO,
    );
}

/// The search state `use_search` provided on the app's own page.
fn use_search_state() -> SearchState {
    use_context().unwrap()
}

/// The search field: every keystroke, composing Korean included, updates
/// the results and the address, without a new history entry each time.
#[component]
pub fn SearchField() -> impl IntoView {
    let t = words();
    let search = use_search_state();
    let navigation = search.navigation;
    // The field shows the address's query (after Esc, Back or a reload), set
    // only when it differs: setting it while Korean is composed would end
    // the composition.
    Effect::new(move |_| {
        let route = navigation.route.get();
        let Some(field) = search.field.get() else {
            return;
        };
        match route {
            Route::Search(query) => {
                if field.value() != query {
                    field.set_value(&query);
                }
            }
            // Off the results screen, the field and its results start afresh.
            _ => {
                field.set_value("");
                search.shown.set(0);
                search.hits.set_value(Vec::new());
            }
        }
    });
    let on_key = move |ev: KeyboardEvent| {
        let count = search.shown.get_untracked();
        let choose = |at: usize| {
            search.selected.set(at);
            let result = search
                .list
                .get_untracked()
                .and_then(|list| list.children().item(at as u32));
            if let Some(result) = result {
                result.scroll_into_view_with_bool(false);
            }
        };
        let at = search.selected.get_untracked();
        // While a Korean syllable is composed, Enter and Esc only end it: a
        // field cleared then (as a search field's Esc does) gets the
        // syllable back as it ends.
        let composing = ev.is_composing() || ev.key_code() == 229;
        match ev.key().as_str() {
            "Enter" if composing => return,
            "Escape" if composing => {}
            "Escape" => match navigation.route.get_untracked() {
                Route::Search(query) if query.is_empty() => {
                    navigation.close_search(search.covering())
                }
                Route::Search(_) => navigation.search(""),
                _ => {
                    if let Some(field) = search.field.get_untracked() {
                        field.set_value("");
                    }
                }
            },
            "ArrowDown" if count > 0 => choose((at + 1) % count),
            "ArrowUp" if count > 0 => choose((at + count - 1) % count),
            "Enter" => search.open(at),
            _ => return,
        }
        ev.prevent_default();
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <input
                type="search"
                id="search"
                node_ref=search.field
                placeholder=t.search_placeholder
                aria-label=t.search_label
                role="combobox"
                aria-controls="search-results"
                aria-autocomplete="list"
                aria-expanded=move || (search.shown.get() > 0).to_string()
                aria-activedescendant=move || {
                    (search.shown.get() > 0).then(|| format!("result-{}", search.selected.get()))
                }
                autocomplete="off"
                on:input:target=move |ev| navigation.search(&ev.target().value())
                on:keydown=on_key
            />
        </form>
    }
}

/// The results of a search, best first: each question with its category
/// and a snippet of its answer, the matched part marked. Drawn anew for
/// each query, as every address is, over the screen the search started
/// from.
#[component]
pub fn SearchPage(query: String) -> impl IntoView {
    let t = words();
    set_title(Some(t.search));
    let search = use_search_state();
    let hits = index().search(&folded(&query), SHOWN);
    let count = match hits.len() {
        0 if query.trim().is_empty() => t.type_to_search.to_owned(),
        0 => t.nothing_found.to_owned(),
        n => (t.result_count)(n, n == SHOWN),
    };
    search.shown.set(hits.len());
    search.hits.set_value(hits.clone());
    // Typing a query selects its first result. Results shown again by Back
    // from a result's card keep the one selected, and the keys go on from it.
    let typing = search.typing();
    if typing || search.selected.get_untracked() >= hits.len() {
        search.selected.set(0);
    }
    if let (false, Some(field)) = (typing, search.field.get_untracked()) {
        let _ = field.focus();
    }
    view! {
        <h1>{t.search}</h1>
        <p class="meta" role="status">{count}</p>
        <ul class="results" id="search-results" role="listbox" aria-label=t.results node_ref=search.list>
            {hits
                .into_iter()
                .enumerate()
                .map(|(at, hit)| view! { <SearchResult at hit /> })
                .collect_view()}
        </ul>
    }
}

#[component]
fn SearchResult(at: usize, hit: Hit) -> impl IntoView {
    let search = use_search_state();
    let card = &CARDS[hit.card];
    let path: Vec<&str> = card.category().path().iter().map(|c| c.title).collect();
    // A question hit shows the answer's start, which a few hundred bytes of
    // its HTML hold; an answer hit needs the whole text, to find the match.
    let answer = match hit.field {
        Field::Question => {
            let head = card
                .answer_html
                .char_indices()
                .nth(SNIPPET * 4)
                .map_or(card.answer_html.len(), |(at, _)| at);
            plain_text(card.answer_html.get(..head).unwrap_or(card.answer_html))
        }
        Field::Answer => answer_text(card),
    };
    let (question, snippet) = match hit.field {
        Field::Question => (
            Highlight::new(card.question_text, &hit.at, usize::MAX),
            Highlight::head(&answer, SNIPPET),
        ),
        Field::Answer => (
            Highlight::head(card.question_text, usize::MAX),
            Highlight::new(&answer, &hit.at, SNIPPET / 2),
        ),
    };
    view! {
        <li
            role="option"
            id=format!("result-{at}")
            class="result"
            aria-selected=move || (search.selected.get() == at).to_string()
            on:click=move |_| search.open(at)
        >
            <span class="result-question" lang=NOTES_LANG>{marked(&question)}</span>
            <span class="result-path" lang=NOTES_LANG>{path.join(" › ")}</span>
            <span class="result-snippet" lang=NOTES_LANG>{marked(&snippet)}</span>
        </li>
    }
}

/// A cut of text, its match marked.
fn marked(cut: &Highlight) -> impl IntoView {
    let before = format!("{}{}", if cut.cut_before { "…" } else { "" }, cut.before);
    let after = format!("{}{}", cut.after, if cut.cut_after { "…" } else { "" });
    let matched = (!cut.matched.is_empty()).then(|| cut.matched.to_owned());
    view! { {before} {matched.map(|matched| view! { <mark>{matched}</mark> })} {after} }
}
