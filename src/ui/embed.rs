//! The app inside someone else's page: in an iframe (`#/embed/...`), or in a
//! `<fold-cards>` element that `embed.js` defines. Also the snippets the
//! Embed button offers.

use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::IN_BROWSER;
use super::context::words;
use super::host::Mode;
use crate::route::{category_href, embed_href, quiz_href};
use crate::study::quiz::QuizSpec;
use crate::study::session::Summary;

/// What a Foldcards iframe tells its parent page.
#[derive(Serialize)]
#[serde(tag = "type")]
enum Message {
    #[serde(rename = "foldcards:height")]
    Height { height: i32 },
    #[serde(rename = "foldcards:finished")]
    Finished { counts: Counts },
}

/// How a session went, as the blog hears it.
#[derive(Serialize)]
struct Counts {
    again: usize,
    hard: usize,
    good: usize,
    easy: usize,
    skipped: usize,
}

/// Tells the parent page the document's height whenever it changes, so that
/// `embed.js` can size the iframe to it: no scrollbar, no jump on a reveal.
/// The `ResizeObserver` and its callback live as long as the iframe's page.
pub fn use_height_reports() {
    let post = Closure::<dyn FnMut()>::new(|| {
        let height = document()
            .document_element()
            .map_or(0, |root| root.scroll_height());
        tell_parent(&Message::Height { height });
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
pub fn announce_finished(mode: Mode, element: Option<&web_sys::HtmlElement>, summary: &Summary) {
    let counts = Counts {
        again: summary.again,
        hard: summary.hard,
        good: summary.good,
        easy: summary.easy,
        skipped: summary.skipped,
    };
    match (mode, element) {
        (Mode::Frame, _) => tell_parent(&Message::Finished { counts }),
        (Mode::Element, Some(element)) => {
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(&to_js(&counts));
            if let Ok(event) =
                web_sys::CustomEvent::new_with_event_init_dict("foldcards:finished", &init)
            {
                let _ = element.dispatch_event(&event);
            }
        }
        _ => {}
    }
}

fn tell_parent(message: &Message) {
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(&to_js(message), "*");
    }
}

/// A plain object for `postMessage` and event details.
fn to_js(value: &impl Serialize) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .unwrap_or(JsValue::NULL)
}

/// What to embed: a category, or a quiz.
pub enum Embeddable {
    Category(&'static str),
    Quiz(QuizSpec),
}

/// The Embed button: both snippets for what is on screen, each with a copy
/// button.
#[component]
pub fn EmbedButton(what: Embeddable) -> impl IntoView {
    let base = app_base();
    let (frame, element) = match what {
        Embeddable::Category(id) => (
            embed_href(&category_href(id), ""),
            format!("<fold-cards category=\"{id}\"></fold-cards>"),
        ),
        Embeddable::Quiz(spec) => {
            let count = spec
                .count
                .map_or_else(|| "all".to_owned(), |n| n.to_string());
            (
                embed_href(&quiz_href(&spec), ""),
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
    let t = words();
    view! {
        <details class="embed">
            <summary class="button button-quiet">{t.embed}</summary>
            <p class="hint">{t.embed_hint}</p>
            <Snippet id="snippet-iframe" label=t.in_iframe code=iframe />
            <Snippet id="snippet-element" label=t.as_element code=element />
        </details>
    }
}

/// One snippet, with a button that copies it, named by its label too.
#[component]
fn Snippet(id: &'static str, label: &'static str, code: String) -> impl IntoView {
    let t = words();
    let (copied, set_copied) = signal(false);
    let copy = code.clone();
    view! {
        <div class="snippet">
            <p>
                <span id=id>{label}</span>" "
                <button
                    type="button"
                    class="link-button"
                    id=format!("{id}-copy")
                    aria-labelledby=format!("{id}-copy {id}")
                    on:click=move |_| {
                        let _ = window().navigator().clipboard().write_text(&copy);
                        set_copied.set(true);
                    }
                >
                    {move || if copied.get() { t.copied } else { t.copy }}
                </button>
            </p>
            <pre tabindex="0"><code>{code}</code></pre>
        </div>
    }
}

/// The site's root, which an embed's addresses are relative to: the page's
/// base URL, made absolute as the app starts (empty at build time).
fn app_base() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    document().base_uri().ok().flatten().unwrap_or_default()
}
