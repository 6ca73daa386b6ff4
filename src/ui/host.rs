//! Where the app runs (its own page, an iframe, or a `<fold-cards>` element
//! on someone else's page) and in which language: the [`Host`] context,
//! fixed for the app's life. A leaf: it imports nothing else of the UI.

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::i18n::{Lang, Words};

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
    /// Only the app's own page has the site header (search, language, theme).
    pub fn has_header(self) -> bool {
        self == Mode::Page
    }
}

/// Where the app runs and in which language, fixed for its life.
#[derive(Clone, Copy)]
pub struct Host {
    pub mode: Mode,
    /// The `<fold-cards>` element the app lives in, which its events are
    /// raised on.
    pub element: StoredValue<Option<HtmlElement>, LocalStorage>,
    /// Where the app's files are (`https://host/path/`) for an app inside an
    /// element, whose page is the blog's; empty on the app's own page.
    app_address: StoredValue<String>,
    pub lang: Lang,
}

impl Host {
    pub fn new(mode: Mode, element: Option<HtmlElement>, app_address: String, lang: Lang) -> Self {
        Host {
            mode,
            element: StoredValue::new_local(element),
            app_address: StoredValue::new(app_address),
            lang,
        }
    }

    /// The UI's words, in its language.
    pub fn words(&self) -> &'static Words {
        self.lang.words()
    }

    /// Note HTML as the build made it, for `inner_html`. Its images point at
    /// `notes/…` beside the app's page; inside an element, they are made to
    /// point at the app's address.
    pub fn note_html(&self, html: &'static str) -> Oco<'static, str> {
        self.app_address.with_value(|base| {
            if base.is_empty() || !html.contains("src=\"notes/") {
                Oco::Borrowed(html)
            } else {
                Oco::from(html.replace("src=\"notes/", &format!("src=\"{base}notes/")))
            }
        })
    }
}
