//! Screens addressed by the URL hash (`#/c/<category>`), so deep links work on
//! any static host without rewrite rules, from any sub-path and in an iframe.

use crate::study::quiz::{Drill, QuizSpec, Source};
use crate::url::{percent_decode, percent_encode};

/// Every screen of the app; [`Route::from_hash`] is the whole routing table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Category(String),
    Card(String),
    /// `#/quiz/new?c=…&n=…`: the quiz setup screen, with the choices in the
    /// query already made.
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
    /// `#/embed/<address>` gives the same route as `<address>`; only the
    /// site's header is left out.
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
            ("quiz", "") => Route::Quiz(quiz_spec(query)),
            ("quiz", "new") => Route::QuizSetup(quiz_spec(query)),
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

/// Returns the value of setting `name` from an address's query, whatever
/// its screen (`#/embed/c/web?lang=en&theme=dark`).
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
    format!("#/quiz/new?{}", quiz_query(spec))
}

pub fn quiz_href(spec: &QuizSpec) -> String {
    format!("#/quiz?{}", quiz_query(spec))
}

/// Returns the embed address of `href`: the same screen without the site's
/// header.
pub fn embed_href(href: &str) -> String {
    format!("#/embed{}", href.strip_prefix("#").unwrap_or(href))
}

/// Whether an address asks for the app without its header, to be embedded.
pub fn is_embed(hash: &str) -> bool {
    hash.strip_prefix('#')
        .unwrap_or(hash)
        .starts_with("/embed/")
}

/// Reads a quiz's query string (`c=a&n=5&seed=7`, without the `?`):
/// `c=<category>` (repeatable; none means every category), `k=<card id>`
/// (repeatable; exactly these cards, as "retry the ones I missed" makes),
/// `n=<count>` or `n=all` (default 10), `seed=<number>`, and `u=1` to
/// include the cards whose notes hold no answer yet. Unknown keys and
/// malformed values are ignored rather than failing the quiz.
pub fn quiz_spec(query: &str) -> QuizSpec {
    let mut spec = QuizSpec::of_categories(Vec::new());
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "c" if !value.is_empty() => spec.categories.push(value),
            "k" if !value.is_empty() => spec.cards.push(value),
            "n" => spec.count = question_count(&value).unwrap_or(spec.count),
            "seed" => spec.seed = value.parse().ok().or(spec.seed),
            "u" => spec.unfinished = value == "1",
            _ => {}
        }
    }
    spec
}

/// Reads `n`: a number of questions (at least one), or `all` (`Some(None)`).
fn question_count(value: &str) -> Option<Option<usize>> {
    match value {
        "all" => Some(None),
        n => n.parse::<usize>().ok().map(|n| Some(n.max(1))),
    }
}

/// Writes a quiz's query string with its keys in a fixed order, so that
/// each quiz has exactly one address.
pub fn quiz_query(spec: &QuizSpec) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(
        spec.categories
            .iter()
            .map(|c| format!("c={}", percent_encode(c))),
    );
    parts.extend(
        spec.cards
            .iter()
            .map(|k| format!("k={}", percent_encode(k))),
    );
    parts.push(match spec.count {
        Some(n) => format!("n={n}"),
        None => "n=all".to_owned(),
    });
    if spec.unfinished {
        parts.push("u=1".to_owned());
    }
    if let Some(seed) = spec.seed {
        parts.push(format!("seed={seed}"));
    }
    parts.join("&")
}

/// The name a session is kept under in storage: a quiz's query string, or
/// the review's or drill's name.
pub fn session_name(source: &Source) -> String {
    match source {
        Source::Spec(spec) => quiz_query(spec),
        Source::Review => "review".to_owned(),
        Source::Drill(drill) => format!("drill-{}", drill.name()),
    }
}
