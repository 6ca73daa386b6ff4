//! The app inside someone else's page: in an iframe (`#/embed/...`), or in a
//! `<fold-cards>` element that `embed.js` defines. Also the snippets the
//! Embed button offers.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::markup::{markup, Markup};
use crate::route::{category_href, embed_href, quiz_href};
use crate::study::quiz::QuizSpec;
use crate::study::session::Summary;

/// Where the app runs, which decides where its address lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page: the address is the URL hash.
    Page,
    /// An iframe opened at `#/embed/...`: the URL hash, no site header, and
    /// the parent page told the content's height and when a session ends.
    Frame,
    /// A `<fold-cards>` element: the address is kept inside the app, so the
    /// blog's own URL never changes; events are raised on the element.
    Element,
}

impl Mode {
    pub fn has_header(self) -> bool {
        self == Mode::Page
    }
}

/// Tells the parent page the document's height whenever it changes, so that
/// `embed.js` can size the iframe to it: no scrollbar, no jump on a reveal.
pub fn report_height() {
    let post = Closure::<dyn FnMut()>::new(|| {
        let height = document()
            .document_element()
            .map_or(0, |root| root.scroll_height());
        tell_parent(&format!(
            r#"{{"type":"foldcards:height","height":{height}}}"#
        ));
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    post.forget();
}

/// Says that a session ended, with the count of each grade: a `message` to
/// the parent page from an iframe, a `foldcards:finished` event on an element.
pub fn announce_finished(mode: Mode, host: Option<&web_sys::HtmlElement>, summary: &Summary) {
    let counts = format!(
        r#"{{"again":{},"hard":{},"good":{},"easy":{},"skipped":{}}}"#,
        summary.again, summary.hard, summary.good, summary.easy, summary.skipped
    );
    match (mode, host) {
        (Mode::Frame, _) => tell_parent(&format!(
            r#"{{"type":"foldcards:finished","counts":{counts}}}"#
        )),
        (Mode::Element, Some(host)) => {
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(&js_sys::JSON::parse(&counts).unwrap_or(JsValue::NULL));
            if let Ok(event) =
                web_sys::CustomEvent::new_with_event_init_dict("foldcards:finished", &init)
            {
                let _ = host.dispatch_event(&event);
            }
        }
        _ => {}
    }
}

fn tell_parent(json: &str) {
    if let (Ok(Some(parent)), Ok(message)) = (window().parent(), js_sys::JSON::parse(json)) {
        let _ = parent.post_message(&message, "*");
    }
}

/// What to embed: a category, or a quiz.
pub enum Embeddable<'a> {
    Category(&'a str),
    Quiz(&'a QuizSpec),
}

/// The Embed button: both snippets for what is on screen, each with a copy button.
/// `base` is the app's address without its hash.
pub fn embed_button(out: &mut Markup, base: &str, what: Embeddable) {
    let (frame, element) = match what {
        Embeddable::Category(id) => (
            embed_href(&category_href(id)),
            format!("<fold-cards category=\"{id}\"></fold-cards>"),
        ),
        Embeddable::Quiz(spec) => {
            let count = spec
                .count
                .map_or_else(|| "all".to_owned(), |n| n.to_string());
            (
                embed_href(&quiz_href(spec)),
                format!(
                    "<fold-cards quiz category=\"{}\" count=\"{count}\"></fold-cards>",
                    spec.categories.join(" ")
                ),
            )
        }
    };
    let iframe = format!(
        "<iframe src=\"{base}{frame}\" title=\"Foldcards\" style=\"width:100%;border:0\" scrolling=\"no\"></iframe>\n\
         <script type=\"module\" src=\"{base}embed.js\"></script>"
    );
    let element = format!("<script type=\"module\" src=\"{base}embed.js\"></script>\n{element}");
    markup!(out,
        "<details class='embed'><summary class='button button-quiet'>Embed</summary>"
        "<p class='hint'>Paste one of these into a blog post. The element needs this site to allow "
        "cross-origin requests (CORS) for its files.</p>"
    );
    for (label, snippet) in [("In an iframe", iframe), ("As an element", element)] {
        markup!(out,
            "<div class='snippet'><p>" [label] " <button type='button' class='link-button' data-action='copy'>Copy</button></p>"
            "<pre tabindex='0'><code>" (snippet) "</code></pre></div>"
        );
    }
    markup!(out, "</details>");
}

/// Copies the snippet next to a Copy button.
pub fn copy_snippet(button: &web_sys::Element) {
    let code = button
        .closest(".snippet")
        .ok()
        .flatten()
        .and_then(|snippet| snippet.query_selector("code").ok().flatten())
        .and_then(|code| code.text_content());
    if let Some(code) = code {
        let _ = window().navigator().clipboard().write_text(&code);
        button.set_text_content(Some("Copied"));
    }
}
