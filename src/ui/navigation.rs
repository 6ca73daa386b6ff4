//! Where the app is: the [`Navigation`] context holds the route the address
//! names, writes the address (the page's URL, through the History API, or
//! an element's own), and keeps how the user left each recent screen of the
//! history, so that Back shows it as it was.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::{after_paint, fresh_seed, IN_BROWSER};
use super::host::Mode;
use crate::route::{embed_href, is_app_href, is_embed, quiz_href, Route};

/// How many screens of the history are remembered as the user left them.
const KEPT_PLACES: usize = 50;

/// How the user left a screen of the page's history: how far it was
/// scrolled, and which answers were open.
pub struct Place {
    /// The id of its history entry (`history.state`).
    entry: f64,
    scrolled: f64,
    /// The cards whose folds were open, by id.
    open: Vec<&'static str>,
}

#[derive(Clone, Copy)]
pub struct Navigation {
    mode: Mode,
    /// The screen the address names; changed only by [`Navigation::navigate`]
    /// and [`Navigation::search`], whose address follows a frame later.
    pub route: ReadSignal<Route>,
    set_route: WriteSignal<Route>,
    /// The address, when the app keeps it itself: a `<fold-cards>` element,
    /// or a page rendered at build time.
    address: StoredValue<String>,
    /// The site's root (`https://host/path/`), which a page's address is
    /// relative to.
    root: StoredValue<String>,
    /// The address search results will have, once they are painted.
    results_address: StoredValue<Option<PendingAddress>>,
    /// The id of the history entry on show, which its [`Place`] is kept
    /// under; 0 until the entry has one.
    entry: StoredValue<f64>,
    /// The places of the latest screens, the latest last. They belong to the
    /// page's history, so a language switch hands them to the new app.
    places: StoredValue<Vec<Place>>,
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

impl Place {
    /// The place of history entry `entry`: scrolled by `scrolled`, with the
    /// folds of the cards `open` open.
    pub fn new(entry: f64, scrolled: f64, open: Vec<&'static str>) -> Self {
        Place {
            entry,
            scrolled,
            open,
        }
    }
}

impl Navigation {
    /// An element's app starts at `start` (a page's address is its URL),
    /// with `places` handed over by the app this one replaces, if any.
    pub fn new(mode: Mode, start: String, places: Vec<Place>) -> Self {
        let (route, set_route) = signal(Route::Home);
        let root = match mode {
            Mode::Page | Mode::Frame if IN_BROWSER => fix_root(),
            _ => String::new(),
        };
        Navigation {
            mode,
            route,
            set_route,
            address: StoredValue::new(start),
            root: StoredValue::new(root),
            results_address: StoredValue::new(None),
            entry: StoredValue::new(0.0),
            places: StoredValue::new(places),
        }
    }

    /// The places kept so far, for an app started again in another language.
    pub fn take_places(&self) -> Vec<Place> {
        self.places
            .try_update_value(std::mem::take)
            .unwrap_or_default()
    }

    /// The address on show, relative to the site's root (`c/web/`); on a
    /// page opened at an older address, its URL hash (`#/c/web`).
    fn address(&self) -> String {
        if self.mode == Mode::Element || !IN_BROWSER {
            return self.address.get_value();
        }
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        if hash.starts_with("#/") {
            return hash;
        }
        let href = location.href().unwrap_or_default();
        let href = href.split_once('#').map_or(href.as_str(), |(href, _)| href);
        self.root.with_value(|root| {
            href.strip_prefix(root.as_str())
                .unwrap_or_default()
                .to_owned()
        })
    }

    /// Goes to another screen: writes its address in a new history entry
    /// and shows it. A link to the screen on show leaves it as it is.
    pub fn go(&self, address: &str) {
        self.write_results_address();
        if Route::from_address(&self.address()) != Route::from_address(address) {
            self.set_address(address, true);
            self.navigate();
        }
    }

    /// Shows the cards matching `query`. From another screen, the results
    /// get a new history entry; on the results screen, the address follows
    /// the query in the same entry, so Back leaves the search rather than
    /// undoing keystrokes.
    pub fn search(&self, query: &str) {
        let route = Route::Search(query.to_owned());
        let new_entry = !self.on_results();
        self.write_after_paint(route.href(), new_entry);
        self.set_route.set(route);
    }

    /// Whether search results are on screen, read untracked and without
    /// cloning the route (the scroll listener asks on every scroll event).
    pub fn on_results(&self) -> bool {
        self.route
            .with_untracked(|route| matches!(route, Route::Search(_)))
    }

    /// Leaves search results. When they cover a screen, `history.back()`
    /// returns to it (the search's first keystroke gave the results an entry
    /// of their own); otherwise (their address was opened as it is) goes home.
    pub fn close_search(&self, covering: bool) {
        self.write_results_address();
        match window().history() {
            Ok(history) if covering => {
                let _ = history.back();
            }
            _ => self.go(&Route::Home.href()),
        }
    }

    /// Writes the results' address after the next paint: a history update
    /// takes milliseconds that a keystroke's results should not wait for.
    /// Keystrokes before then leave one update, with the last query.
    fn write_after_paint(&self, address: String, new_entry: bool) {
        let pending = self.results_address.get_value();
        if pending.is_none() {
            let navigation = *self;
            after_paint(Box::new(move || navigation.write_results_address()));
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

    /// Writes the address (the app shows it already): `history.pushState`
    /// for a new entry, else `replaceState`, which keeps the entry's id.
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
        if self.mode == Mode::Page && IN_BROWSER {
            let id = window().history().and_then(|history| history.state());
            self.entry
                .set_value(id.ok().and_then(|id| id.as_f64()).unwrap_or(0.0));
        }
        let address = self.address();
        let mut route = Route::from_address(&address);
        let mut written = None;
        if let Route::Quiz(spec) = &route {
            if spec.seed.is_none() && IN_BROWSER {
                let seeded = spec.with_seed(fresh_seed());
                written = Some(quiz_href(&seeded));
                route = Route::Quiz(seeded);
            }
        }
        // An older address (`#/c/web`) becomes the screen's own.
        if address.starts_with("#/") && self.mode != Mode::Element {
            written = Some(route.href());
        }
        if let Some(href) = written {
            let href = if is_embed(&address) {
                embed_href(&href, &address)
            } else {
                href
            };
            self.set_address(&href, false);
        }
        self.set_route.maybe_update(|current| {
            let changed = *current != route;
            *current = route;
            changed
        });
    }

    /// Notes how far the screen on show is scrolled.
    pub fn keep_scroll(&self, scrolled: f64) {
        self.change_place(|place| place.scrolled = scrolled);
    }

    /// Notes that the fold of `card` on the screen on show was opened or
    /// closed.
    pub fn keep_fold(&self, card: &'static str, open: bool) {
        self.change_place(|place| {
            place.open.retain(|id| *id != card);
            if open {
                place.open.push(card);
            }
        });
    }

    /// Changes the place of the history entry on show. An entry the browser
    /// made for a link has no id yet: the first change gives it one, the
    /// time now, written as its `history.state` (not when it is first drawn,
    /// which a history update would slow). Ids outlive a reload, and the
    /// time makes each new one unlike any before.
    fn change_place(&self, change: impl FnOnce(&mut Place)) {
        if self.entry.get_value() == 0.0 {
            let id = js_sys::Date::now();
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::from(id), "", None);
            }
            self.entry.set_value(id);
        }
        let entry = self.entry.get_value();
        self.places.update_value(|places| {
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

    /// Reads the place of the history entry on show: the default for an
    /// entry new to the history.
    fn read_place<T: Default>(&self, read: impl FnOnce(&Place) -> T) -> T {
        let entry = self.entry.get_value();
        self.places.with_value(|places| {
            places
                .iter()
                .find(|place| place.entry == entry)
                .map(read)
                .unwrap_or_default()
        })
    }

    /// How far the screen on show was scrolled when the user left it.
    pub fn scrolled(&self) -> f64 {
        self.read_place(|place| place.scrolled)
    }

    /// Whether the fold of `card` was open when the user left the screen on
    /// show.
    pub fn was_open(&self, card: &'static str) -> bool {
        self.read_place(|place| place.open.contains(&card))
    }
}

/// On the app's own page and in an iframe: shows the screen of each history
/// entry Back and Forward reach, and of an older address (`#/c/web`) entered
/// on the page, through `popstate` (which a change of the URL hash also
/// fires); a click on a link to a screen of the app's shows it without
/// loading a page.
pub fn use_history_navigation(navigation: Navigation) {
    let popstate = window_event_listener(leptos::ev::popstate, move |_| navigation.navigate());
    let click = window_event_listener(leptos::ev::click, move |ev| {
        follow_app_link(&ev, navigation)
    });
    on_cleanup(move || {
        popstate.remove();
        click.remove();
    });
}

/// Shows the screen a clicked link leads to, when it is one of the app's
/// ([`is_app_href`]): a plain click, which would open no other tab.
pub fn follow_app_link(ev: &MouseEvent, navigation: Navigation) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let link = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest("a[href]").ok().flatten())
        .filter(|link| !link.has_attribute("target") && !link.has_attribute("download"));
    if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
        if is_app_href(&href) {
            ev.prevent_default();
            navigation.go(&href);
        }
    }
}

/// The folder of the page's base URL: the site's root.
fn page_root() -> String {
    let mut root = document().base_uri().ok().flatten().unwrap_or_default();
    root.truncate(root.rfind('/').map_or(0, |slash| slash + 1));
    root
}

/// Whether the page's address is an embed's (`embed/…`, or an older
/// `#/embed/…`): the app without its site header, in an iframe.
pub fn page_is_embed() -> bool {
    let location = window().location();
    let href = location.href().unwrap_or_default();
    is_embed(&location.hash().unwrap_or_default())
        || href.strip_prefix(&page_root()).is_some_and(is_embed)
}

/// The site's root, as the page's `<base href>` names it (`../../` on a
/// card's page), made absolute, so that the links and addresses relative to
/// it keep meaning the same as the app moves from page to page.
fn fix_root() -> String {
    let root = page_root();
    if let Some(base) = document().get_elements_by_tag_name("base").item(0) {
        let _ = base.set_attribute("href", &root);
    }
    root
}
