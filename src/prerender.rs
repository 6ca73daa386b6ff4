//! The notes' screens as HTML pages, rendered at build time by the app's own
//! components (Leptos' `ssr` feature, native builds only), so that a page
//! reads before its code arrives, and without JavaScript.
//!
//! [`pages`] lists every page of the site with what a link to it shows
//! (title, description); [`render`] draws a page's screen as the app will
//! draw it for a reader with no progress yet. `src/main.rs` writes them into
//! the built site.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::deck::{self, Card, Category, CATEGORIES, NAMESPACE};
use crate::i18n::Lang;
use crate::route::{embed_href, session_name, Route};
use crate::store::session_key;
use crate::study::quiz::{Drill, QuizSpec, Source};
use crate::ui::host::Mode;
use crate::ui::screen::tab_title;
use crate::ui::App;

/// One page of the built site.
pub struct Page {
    /// Its address, relative to the site's root: `c/<category>/`, or empty
    /// for home.
    pub address: String,
    pub route: Route,
    /// What the tab and a shared link's preview call it.
    pub title: String,
    /// What a shared link's preview says under the title.
    pub description: String,
    /// An iframe's page (`embed/…`): the screen without the site's header.
    pub embedded: bool,
}

impl Page {
    /// Whether the page holds the notes themselves (home, a category, a
    /// card, or the not-found screen), which read without JavaScript; other
    /// screens are drawn by the app when it arrives.
    pub fn holds_notes(&self) -> bool {
        matches!(
            self.route,
            Route::Home | Route::Category(_) | Route::Card(_) | Route::NotFound(_)
        )
    }
}

/// Every page of the site: home, each category and each card, and the
/// screens drawn by the app (quiz setup, review, drills, stats, search);
/// then, for iframes, home, each category and the quiz under `embed/`.
pub fn pages(lang: Lang) -> Vec<Page> {
    let t = lang.words();
    let mut pages = vec![page(Route::Home, None, site_description(lang))];
    pages.extend(CATEGORIES.iter().map(|category| {
        page(
            Route::Category(category.id.to_owned()),
            Some(category.title),
            category_description(category, lang),
        )
    }));
    pages.extend(deck::CARDS.iter().map(|card| {
        page(
            Route::Card(card.id.to_owned()),
            Some(card.question_text),
            card_description(card),
        )
    }));
    let app_screens = [
        (Route::Quiz(Default::default()), t.quiz),
        (Route::QuizSetup(Default::default()), t.start_quiz),
        (Route::Review, t.review),
        (Route::Drill(Drill::Starred), t.starred),
        (Route::Drill(Drill::Missed), t.missed),
        (Route::Stats, t.stats),
        (Route::Search(String::new()), t.search),
    ];
    pages.extend(
        app_screens
            .into_iter()
            .map(|(route, title)| page(route, Some(title), site_description(lang))),
    );
    let embeds: Vec<Page> = pages
        .iter()
        .filter(|page| {
            matches!(
                page.route,
                Route::Home | Route::Category(_) | Route::Quiz(_) | Route::QuizSetup(_)
            )
        })
        .map(|page| Page {
            address: embed_href(&page.address, ""),
            route: page.route.clone(),
            title: page.title.clone(),
            description: page.description.clone(),
            embedded: true,
        })
        .collect();
    pages.extend(embeds);
    pages
}

/// The page of `route`'s screen, named `title` (none: home), on the app's
/// own page.
fn page(route: Route, title: Option<&str>, description: String) -> Page {
    Page {
        address: route.path(),
        route,
        title: tab_title(title),
        description,
        embedded: false,
    }
}

fn site_description(lang: Lang) -> String {
    let count = deck::total_cards();
    let names: Vec<&str> = deck::DECKS.iter().map(|deck| deck.title).collect();
    format!("{} · {}", names.join(", "), (lang.words().questions)(count))
}

fn category_description(category: &'static Category, lang: Lang) -> String {
    let count = (lang.words().questions)(category.card_count());
    let path: Vec<&str> = category.path().iter().map(|c| c.title).collect();
    format!("{} · {count}", path.join(" › "))
}

fn card_description(card: &'static Card) -> String {
    card.question_text.to_owned()
}

/// The HTML of `route`'s screen on the app's own page (or in an iframe,
/// `embedded`), in `lang`, as the app draws it for a reader with no
/// progress.
pub fn render(route: &Route, lang: Lang, embedded: bool) -> String {
    // A server's shared context: the components then skip what needs a
    // window (listeners, effects).
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let start = match route {
        Route::NotFound(address) => address.clone(),
        _ => route.href(),
    };
    let mode = if embedded { Mode::Frame } else { Mode::Page };
    let html = owner.with(|| {
        view! {
            <App mode start element=None lang handed=None restart=None />
        }
        .to_html()
    });
    drop(owner);
    html
}

/// What [`write_site`] wrote.
pub struct Written {
    pub pages: usize,
    pub bytes: usize,
}

/// Writes every page of [`pages`] into the built site in `dir`, each as
/// `<address>/index.html` made from the site's `index.html` (the app's
/// files, named by the build), which becomes home's page; and `404.html`.
/// With `site_url` (`https://me.github.io/notes/`), pages name their
/// canonical address, and `sitemap.xml` and `robots.txt` are written.
pub fn write_site(dir: &Path, site_url: Option<&str>) -> io::Result<Written> {
    let lang = Lang::from_tag(deck::NOTES_LANG).unwrap_or(Lang::En);
    let template = Template::new(dir)?;
    let site_url = site_url.map(|url| format!("{}/", url.trim_end_matches('/')));
    let mut written = Written { pages: 0, bytes: 0 };
    let mut write = |path: PathBuf, html: String| -> io::Result<()> {
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        written.pages += 1;
        written.bytes += html.len();
        fs::write(path, html)
    };
    let pages = pages(lang);
    for page in &pages {
        let body = match &page.route {
            Route::Quiz(_) => Some(quiz_page(lang, page.embedded)),
            _ => page
                .holds_notes()
                .then(|| render(&page.route, lang, page.embedded)),
        };
        let base = "../".repeat(page.address.matches('/').count());
        let canonical = site_url
            .as_ref()
            .map(|url| format!("{url}{}", page.address));
        let html = template.page(page, &base, body.as_deref(), canonical.as_deref());
        write(
            dir.join(decoded_path(&page.address)).join("index.html"),
            html,
        )?;
    }
    // Served for any unknown address, at any depth: an absolute base finds
    // the app's files from there, the site URL's, or else the one the page
    // works out as it loads (`FIND_ROOT`).
    let not_found = page(
        Route::NotFound("404".to_owned()),
        Some(lang.words().not_found),
        site_description(lang),
    );
    let body = render(&not_found.route, lang, false);
    let page = match site_url.as_deref() {
        Some(url) => template.page(&not_found, &site_path(url), Some(&body), None),
        None => finding_root(template.page(&not_found, "./", Some(&body), None)),
    };
    write(dir.join("404.html"), page)?;
    if let Some(url) = &site_url {
        let mut sitemap = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for page in pages
            .iter()
            .filter(|page| page.holds_notes() && !page.embedded)
        {
            let _ = writeln!(
                sitemap,
                "<url><loc>{}</loc></url>",
                escape(&format!("{url}{}", page.address))
            );
        }
        sitemap.push_str("</urlset>\n");
        fs::write(dir.join("sitemap.xml"), sitemap)?;
        fs::write(
            dir.join("robots.txt"),
            format!("User-agent: *\nAllow: /\nSitemap: {url}sitemap.xml\n"),
        )?;
    }
    Ok(written)
}

/// How many first questions the quiz page holds for each quiz it starts
/// before the app arrives: one is picked at random, so that a quiz without
/// a seed still asks in a different order from visit to visit.
const QUIZ_STARTS: u64 = 3;

/// The categories whose quizzes start before the app arrives, at most:
/// the quiz page holds [`QUIZ_STARTS`] first questions for each.
const QUIZ_START_CATEGORIES: usize = 40;

/// The quiz page: the app's header over a placeholder, and the first
/// question of a few seeded quizzes of each category (and of every card),
/// ten questions each, as the app draws them, each with the storage key its
/// session would be saved under. An inline script ([`QUIZ_START`]) puts one
/// with no saved session on screen for an address without a seed, and writes
/// its seed into the address: the app, arriving, draws that same quiz and
/// goes on with it. A seeded address, another kind of quiz, or one whose
/// starts all have a saved session (which the app would resume), waits for
/// the app.
fn quiz_page(lang: Lang, embedded: bool) -> String {
    let answered = |category: &&Category| category.all_cards().iter().any(|card| !card.unfinished);
    let categories = CATEGORIES
        .iter()
        .filter(answered)
        .take(QUIZ_START_CATEGORIES);
    let keys = std::iter::once("").chain(categories.map(|category| category.id));
    let mut starts = String::new();
    let mut shell = None;
    for key in keys {
        for start in 0..QUIZ_STARTS {
            let seed = start_seed(key, start);
            let spec = QuizSpec {
                categories: (!key.is_empty())
                    .then(|| key.to_owned())
                    .into_iter()
                    .collect(),
                seed: Some(seed),
                ..QuizSpec::of_categories(Vec::new())
            };
            let session = session_key(NAMESPACE, &session_name(&Source::Spec(spec.clone())));
            let html = render(&Route::Quiz(spec), lang, embedded);
            let Some((before, screen, after)) = split_main(&html) else {
                continue;
            };
            let _ = write!(
                starts,
                "<template data-quiz=\"{}\" data-seed={seed} data-session=\"{}\">{screen}</template>",
                escape(key),
                escape(&session)
            );
            shell.get_or_insert_with(|| format!("{before}{PLACEHOLDER}{after}"));
        }
    }
    format!(
        "{}{starts}{QUIZ_START}",
        shell.unwrap_or_else(|| PLACEHOLDER.to_owned())
    )
}

/// What the app's container shows until the app has drawn a screen.
const PLACEHOLDER: &str = "<p class=\"loading\"><span class=\"brand-mark\"></span></p>";

/// Shows one of the quiz page's first questions for the address's quiz, if
/// it has any (no seed, no cards named, ten questions) with no session saved
/// (storage that cannot be read holds none), and writes its seed into the
/// address.
const QUIZ_START: &str = "<script>(function(){try{var q=new URLSearchParams(location.search),c=q.getAll(\"c\"),n=q.get(\"n\"),s,t;\
if(q.has(\"seed\")||q.has(\"k\")||q.get(\"u\")===\"1\"||c.length>1||(n!==null&&n!==\"10\"))return;\
s=[].filter.call(document.querySelectorAll('template[data-quiz=\"'+CSS.escape(c[0]||\"\")+'\"]'),function(t){try{return!localStorage.getItem(t.dataset.session)}catch(e){return true}});if(!s.length)return;\
t=s[Math.floor(Math.random()*s.length)];q.set(\"seed\",t.dataset.seed);\
history.replaceState(null,\"\",location.pathname+\"?\"+q+location.hash);\
document.getElementById(\"main\").innerHTML=t.innerHTML}catch(e){}})()</script>";

/// The seed of the quiz page's `start`th quiz of category `key`: fixed, so
/// that a build is the same each time it is made.
fn start_seed(key: &str, start: u64) -> u64 {
    let mut seed = 0x9e37_79b9_u64.wrapping_mul(start + 1);
    for byte in key.bytes() {
        seed = seed.wrapping_mul(31).wrapping_add(u64::from(byte));
    }
    seed % 4_294_967_296
}

/// `html` cut around the inside of its `<main>`: before, inside, after.
fn split_main(html: &str) -> Option<(&str, &str, &str)> {
    let open = html.find("<main")?;
    let start = open + html[open..].find('>')? + 1;
    let end = html.rfind("</main>")?;
    Some((&html[..start], &html[start..end], &html[end..]))
}

/// `page`, served at an unknown address in a site whose URL the build was
/// not given, working out its `<base>` as it loads ([`FIND_ROOT`]). The
/// base comes first, so the stylesheet is written after it by the same
/// script, out of the sight of the browser's preload scanner (which would
/// fetch it from the page's own folder), and the preload links go.
fn finding_root(mut page: String) -> String {
    let mut stylesheet = String::new();
    for marker in ["rel=stylesheet", "rel=modulepreload", "rel=preload"] {
        while let Some(link) = link_with(&page, marker) {
            let tag: String = page.drain(link).collect();
            if marker == "rel=stylesheet" {
                stylesheet.push_str(&tag);
            }
        }
    }
    let stylesheet = stylesheet.replace('\\', "\\\\").replace('\'', "\\'");
    page.replacen(
        "<base href=\"./\">",
        &FIND_ROOT.replace("STYLESHEET", &stylesheet),
        1,
    )
}

/// Writes the `<base>` of a page served at an unknown address, then the
/// stylesheet (`STYLESHEET`): the site's root is the path before the first
/// of its screens' folders (`c/`, `card/`…, as in an outdated link to a
/// card), else the host's root. (`FOLDCARDS_SITE_URL` names it for sure.)
const FIND_ROOT: &str = "<script>(function(){var p=location.pathname.split(\"/\"),r=\"/\",i;\
for(i=p.length-2;i>0;i--)if(/^(c|card|quiz|review|drill|stats|search|embed)$/.test(p[i]))r=p.slice(0,i).join(\"/\")+\"/\";\
document.write('<base href=\"'+r+'\">STYLESHEET')})()</script>";

/// The path of a site URL (`https://me.github.io/notes/` → `/notes/`).
fn site_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or_else(|| "/".to_owned(), |at| after_scheme[at..].to_owned())
}

/// A page's folder on disk: its address with percent-escapes decoded, as a
/// static host decodes the path it is asked for.
fn decoded_path(address: &str) -> String {
    crate::url::percent_decode(address)
}

/// The site's `index.html`, cut where each page puts its own parts.
struct Template {
    html: String,
    /// The same with its stylesheet inlined.
    inlined: String,
}

/// Where the app's container starts in `index.html`, and what it holds
/// until the app starts (a placeholder the build's minifier wrote as is).
const CONTAINER: &str = "<div id=foldcards>";

impl Template {
    /// The built site's `index.html` in `dir`, as it is and with its
    /// stylesheet inlined: a page then paints as soon as it arrives, a round
    /// trip sooner on a slow link. Cards' pages, the many, link it (20 KB
    /// each, 200 MB for a deck of 10,000), as do embeds.
    fn new(dir: &Path) -> io::Result<Self> {
        let html = fs::read_to_string(dir.join("index.html"))?;
        let mut inlined = html.clone();
        let has = |part: &str| html.contains(part);
        if !(has("<head>") || has("<meta charset")) || !has(CONTAINER) || !has("<title>") {
            return Err(io::Error::other(
                "index.html lacks <meta charset>, <title> or <div id=foldcards>",
            ));
        }
        if let Some(link) = link_with(&html, "rel=stylesheet") {
            let href = html[link.clone()]
                .split(|c: char| c.is_whitespace() || c == '>')
                .find_map(|attribute| attribute.strip_prefix("href="))
                .map(|href| href.trim_matches('"').trim_start_matches("./").to_owned());
            if let Some(css) = href.and_then(|href| fs::read_to_string(dir.join(href)).ok()) {
                inlined.replace_range(link, &format!("<style>{css}</style>"));
            }
        }
        Ok(Template { html, inlined })
    }

    /// `page`, with its title and description, its links relative to
    /// `base` (the site's root, relative to the page or absolute), and
    /// `body`, its screen, in the app's container (without it, the
    /// container keeps its placeholder); `<noscript>` says the screen needs
    /// JavaScript, unless it is a notes page.
    fn page(&self, page: &Page, base: &str, body: Option<&str>, canonical: Option<&str>) -> String {
        let base = if base.is_empty() { "./" } else { base };
        let title = escape(&page.title);
        let description = escape(&page.description);
        let og_type = if matches!(page.route, Route::Card(_)) {
            "article"
        } else {
            "website"
        };
        let mut head = format!(
            "<meta property=og:title content=\"{title}\">\
             <meta property=og:description content=\"{description}\">\
             <meta property=og:type content={og_type}>"
        );
        if let Some(url) = canonical {
            let url = escape(url);
            let _ = write!(
                head,
                "<link rel=canonical href=\"{url}\"><meta property=og:url content=\"{url}\">"
            );
        }
        let mut html = match page.route {
            Route::Card(_) => self.html.clone(),
            _ => self.inlined.clone(),
        };
        replace_element(
            &mut html,
            "<title>",
            "</title>",
            &format!("<title>{title}</title>"),
        );
        replace_tag(
            &mut html,
            "<meta name=description",
            &format!("<meta name=description content=\"{description}\">"),
        );
        let charset_end = html
            .find("<meta charset")
            .and_then(|at| html[at..].find('>').map(|end| at + end + 1));
        if let Some(at) = charset_end {
            html.insert_str(at, &format!("<base href=\"{}\">", escape(base)));
        }
        if let Some(at) = html.find("</head>") {
            html.insert_str(at, &head);
        }
        if let Some(body) = body {
            if let Some(start) = html.find(CONTAINER).map(|at| at + CONTAINER.len()) {
                let end = html[start..]
                    .find("</div>")
                    .map_or(start, |end| start + end);
                html.replace_range(start..end, body);
            }
            if page.holds_notes() {
                replace_element(&mut html, "<noscript>", "</noscript>", "");
            }
        }
        html
    }
}

/// Where the first `<link>` tag holding `attribute` is in `html`.
fn link_with(html: &str, attribute: &str) -> Option<std::ops::Range<usize>> {
    let at = html.find(attribute)?;
    let start = html[..at].rfind("<link")?;
    let end = html[at..].find('>').map_or(html.len(), |end| at + end + 1);
    Some(start..end)
}

/// Replaces the element from `open` to the end of `close` with `with`.
fn replace_element(html: &mut String, open: &str, close: &str, with: &str) {
    if let Some(start) = html.find(open) {
        if let Some(end) = html[start..].find(close) {
            html.replace_range(start..start + end + close.len(), with);
        }
    }
}

/// Replaces the tag starting with `start` (to its `>`) with `with`.
fn replace_tag(html: &mut String, start: &str, with: &str) {
    if let Some(at) = html.find(start) {
        if let Some(end) = html[at..].find('>') {
            html.replace_range(at..at + end + 1, with);
        }
    }
}

/// Escapes text for an HTML attribute or element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
    out
}
