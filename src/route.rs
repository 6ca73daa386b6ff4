//! Screens addressed by the URL hash (`#/c/<category>`), so deep links work on
//! any static host without rewrite rules, from any sub-path and in an iframe.

/// Every screen of the app; [`Route::from_hash`] is the whole routing table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Category(String),
    Card(String),
    NotFound(String),
}

impl Route {
    /// Reads `location.hash` (with or without its `#`, percent-encoded or not).
    pub fn from_hash(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let path = raw.split('?').next().unwrap_or_default();
        let decoded = percent_decode(path);
        let path = decoded.trim_matches('/');
        if path.is_empty() {
            return Route::Home;
        }
        let (screen, rest) = path.split_once('/').unwrap_or((path, ""));
        match (screen, rest) {
            ("c", id) if !id.is_empty() => Route::Category(id.to_owned()),
            ("card", id) if !id.is_empty() && !id.contains('/') => Route::Card(id.to_owned()),
            _ => Route::NotFound(decoded),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => "#/".to_owned(),
            Route::Category(id) => format!("#/c/{id}"),
            Route::Card(id) => format!("#/card/{id}"),
        }
    }
}

pub fn category_href(id: &str) -> String {
    Route::Category(id.to_owned()).href()
}

pub fn card_href(id: &str) -> String {
    Route::Card(id.to_owned()).href()
}

/// Decodes `%XX` escapes, as browsers report non-ASCII hashes; invalid escapes
/// and invalid UTF-8 are kept as they are rather than failing.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}
