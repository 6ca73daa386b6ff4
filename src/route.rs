//! Screens addressed by the URL hash (`#/c/<category>`), so deep links work on
//! any static host without rewrite rules, from any sub-path and in an iframe.

use crate::study::quiz::{Drill, QuizSpec};
use crate::url::{percent_decode, percent_encode};

/// Every screen of the app; [`Route::from_hash`] is the whole routing table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Category(String),
    Card(String),
    /// `#/quiz/new?c=…&n=…`: choosing what to be asked, these choices made.
    QuizSetup(QuizSpec),
    /// `#/quiz?c=…&n=…&seed=…`: the quiz itself.
    Quiz(QuizSpec),
    /// `#/review`: today's due and new cards, fixed when the session starts.
    Review,
    /// `#/drill/starred`, `#/drill/missed`.
    Drill(Drill),
    /// `#/stats`: progress figures, export, import and reset.
    Stats,
    /// `#/search?q=…`: the cards matching a query.
    Search(String),
    NotFound(String),
}

impl Route {
    /// Reads `location.hash` (with or without its `#`, percent-encoded or not).
    /// `#/embed/<address>` is `<address>` without the site's header.
    pub fn from_hash(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let raw = raw.strip_prefix("/embed").unwrap_or(raw);
        let (path, query) = raw.split_once('?').unwrap_or((raw, ""));
        let decoded = percent_decode(path);
        let path = decoded.trim_matches('/');
        if path.is_empty() {
            return Route::Home;
        }
        let (screen, rest) = path.split_once('/').unwrap_or((path, ""));
        match (screen, rest) {
            ("c", id) if !id.is_empty() => Route::Category(id.to_owned()),
            ("card", id) if !id.is_empty() && !id.contains('/') => Route::Card(id.to_owned()),
            ("quiz", "") => Route::Quiz(QuizSpec::from_query(query)),
            ("quiz", "new") => Route::QuizSetup(QuizSpec::from_query(query)),
            ("review", "") => Route::Review,
            ("drill", "starred") => Route::Drill(Drill::Starred),
            ("drill", "missed") => Route::Drill(Drill::Missed),
            ("stats", "") => Route::Stats,
            ("search", "") => Route::Search(query_value(query, "q").unwrap_or_default()),
            _ => Route::NotFound(decoded),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => "#/".to_owned(),
            Route::Category(id) => format!("#/c/{id}"),
            Route::Card(id) => format!("#/card/{id}"),
            Route::QuizSetup(spec) => quiz_setup_href(spec),
            Route::Quiz(spec) => quiz_href(spec),
            Route::Review => "#/review".to_owned(),
            Route::Drill(drill) => format!("#/drill/{}", drill.name()),
            Route::Stats => "#/stats".to_owned(),
            Route::Search(query) => format!("#/search?q={}", percent_encode(query)),
        }
    }
}

/// A setting an embed's address carries in its query, whatever its screen
/// (`#/embed/c/web?lang=en&theme=dark`).
pub fn address_setting(hash: &str, name: &str) -> Option<String> {
    query_value(hash.split_once('?')?.1, name)
}

/// The value of `name` in a query string (`q=…&n=5`), decoded.
fn query_value(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .map(percent_decode)
}

pub fn category_href(id: &str) -> String {
    Route::Category(id.to_owned()).href()
}

pub fn card_href(id: &str) -> String {
    Route::Card(id.to_owned()).href()
}

pub fn quiz_setup_href(spec: &QuizSpec) -> String {
    format!("#/quiz/new?{}", spec.to_query())
}

pub fn quiz_href(spec: &QuizSpec) -> String {
    format!("#/quiz?{}", spec.to_query())
}

/// The same screen as `href`, without the site's header, to be embedded.
pub fn embed_href(href: &str) -> String {
    format!("#/embed{}", href.strip_prefix("#").unwrap_or(href))
}

/// Whether an address asks for the app without its header, to be embedded.
pub fn is_embed(hash: &str) -> bool {
    hash.strip_prefix('#')
        .unwrap_or(hash)
        .starts_with("/embed/")
}
