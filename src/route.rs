//! Screens and their addresses. Each screen has a path relative to the
//! site's root (`c/<category>/`, `card/<id>/`, `quiz/?n=10`): a folder of
//! the built site, so that a static host serves the prerendered page at that
//! address, from any sub-path. The app's older addresses, in the URL hash
//! (`#/c/<category>`), read as the same screens.

use crate::study::quiz::{Drill, QuizSpec, Source};
use crate::url::{percent_decode, percent_encode};

/// Every screen of the app; [`Route::from_address`] is the whole routing table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Category(String),
    Card(String),
    /// `quiz/new/?c=…&n=…`: the quiz setup screen, with the choices in the
    /// query already made.
    QuizSetup(QuizSpec),
    /// `quiz/?c=…&n=…&seed=…`: the quiz itself.
    Quiz(QuizSpec),
    /// `review/`: today's due and new cards, fixed when the session starts.
    Review,
    /// `drill/starred/`, `drill/missed/`.
    Drill(Drill),
    /// `stats/`: progress figures, export, import and reset.
    Stats,
    /// `search/?q=…`: the cards matching a query.
    Search(String),
    NotFound(String),
}

impl Route {
    /// Reads an address relative to the site's root (`c/web/`, `quiz/?n=5`)
    /// or an older one in the URL hash (`#/c/web`), percent-encoded or not.
    /// An embed's address (`embed/…`, `#/embed/…`) gives the same route as
    /// the address after `embed`; only the site's header is left out.
    pub fn from_address(address: &str) -> Route {
        let raw = address.strip_prefix('#').unwrap_or(address);
        let raw = raw.strip_prefix("./").unwrap_or(raw);
        let raw = raw.strip_prefix('/').unwrap_or(raw);
        let raw = match raw.strip_prefix("embed") {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '?']) => rest,
            _ => raw,
        };
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

    /// The screen's folder in the built site, relative to its root: empty
    /// for home, else ending in `/`. Not found is home's.
    pub fn path(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => String::new(),
            Route::Category(id) => format!("c/{}/", percent_encode(id)),
            Route::Card(id) => format!("card/{}/", percent_encode(id)),
            Route::QuizSetup(_) => "quiz/new/".to_owned(),
            Route::Quiz(_) => "quiz/".to_owned(),
            Route::Review => "review/".to_owned(),
            Route::Drill(drill) => format!("drill/{}/", drill.name()),
            Route::Stats => "stats/".to_owned(),
            Route::Search(_) => "search/".to_owned(),
        }
    }

    /// The screen's address relative to the site's root: its path and
    /// query (`./` for home, so that a link to it is never empty).
    pub fn href(&self) -> String {
        let path = self.path();
        match self {
            Route::QuizSetup(spec) | Route::Quiz(spec) => format!("{path}?{}", quiz_query(spec)),
            Route::Search(query) => format!("{path}?q={}", percent_encode(query)),
            _ if path.is_empty() => "./".to_owned(),
            _ => path,
        }
    }
}

/// Whether a link's `href` is an address of the app's, which the app shows
/// itself rather than loading a page: a screen's address relative to the
/// site's root, or an older one in the URL hash.
pub fn is_app_href(href: &str) -> bool {
    let relative = !href.contains(':') && !href.starts_with(['/', '#']);
    (relative || href.starts_with("#/")) && !matches!(Route::from_address(href), Route::NotFound(_))
}

/// Returns the value of setting `name` from an address's query, whatever
/// its screen (`embed/c/web/?lang=en&theme=dark`).
pub fn address_setting(address: &str, name: &str) -> Option<String> {
    query_value(address.split_once('?')?.1, name)
}

/// The value of `name` in a query string (`q=…&n=5`), decoded.
fn query_value(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .map(percent_decode)
}

/// Where the build writes a deck's Anki import file, relative to the site's
/// root (`anki/<deck>.txt`).
pub fn anki_href(deck_id: &str) -> String {
    format!("anki/{}.txt", percent_encode(deck_id))
}

pub fn category_href(id: &str) -> String {
    Route::Category(id.to_owned()).href()
}

pub fn card_href(id: &str) -> String {
    Route::Card(id.to_owned()).href()
}

pub fn quiz_setup_href(spec: &QuizSpec) -> String {
    Route::QuizSetup(spec.clone()).href()
}

pub fn quiz_href(spec: &QuizSpec) -> String {
    Route::Quiz(spec.clone()).href()
}

/// Returns the embed address of `href`: the same screen without the site's
/// header, with the settings (`lang`, `theme`) of the embed address
/// `settings_of`, if any.
pub fn embed_href(href: &str, settings_of: &str) -> String {
    let mut embed = format!("embed/{}", href.strip_prefix("./").unwrap_or(href));
    for name in ["lang", "theme"] {
        if let Some(value) = address_setting(settings_of, name) {
            let glue = if embed.contains('?') { '&' } else { '?' };
            embed.push_str(&format!("{glue}{name}={}", percent_encode(&value)));
        }
    }
    embed
}

/// Whether an address asks for the app without its header, to be embedded:
/// `embed/…`, or an older `#/embed/…`.
pub fn is_embed(address: &str) -> bool {
    let raw = address.strip_prefix('#').unwrap_or(address);
    raw.strip_prefix('/').unwrap_or(raw).starts_with("embed/")
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
