//! How components reach the app's state: the four contexts `App` provides
//! ([`Host`], [`Navigation`], [`Learner`], [`Screen`]), each read with its
//! own `use_…` function, and the helpers a screen calls as it is drawn.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::host::Host;
use super::learner::{Learner, Studied};
use super::navigation::{Navigation, Place};
use super::screen::Screen;
use crate::i18n::{Lang, Words};

/// The four contexts, provided together under one type: Leptos compiles a
/// context lookup once per type (about 0.7 KB of wasm each), and one lookup
/// for the four measured 1.1 KB gzip less on the first load than four.
#[derive(Clone, Copy)]
pub struct Contexts {
    pub host: Host,
    pub navigation: Navigation,
    pub learner: Learner,
    pub screen: Screen,
    /// Starts the app again in another language: the crate root's mount on
    /// the app's own page, given to `App` so that the UI never calls back
    /// into the crate root.
    pub restart: Option<Restart>,
}

/// What the app an app replaces held: on a language switch, the learner's
/// state and the page's screen places; from a page the build rendered, the
/// place the reader had reached on it.
pub struct HandOver {
    pub(super) studied: Option<Studied>,
    pub(super) places: Vec<Place>,
}

/// Starts the app again in a language, taking over what the app it replaces
/// held.
pub type Restart = fn(Lang, HandOver);

/// Starts the app again in `lang` with what it holds now, where it can (on
/// the app's own page); false where it cannot.
pub fn restart_in(lang: Lang) -> bool {
    let Contexts {
        navigation,
        learner,
        restart,
        ..
    } = contexts();
    let Some(restart) = restart else {
        return false;
    };
    // In a task of its own, after the click handler has returned (unmounting
    // the app drops the handler); the state is gathered then, so a grade
    // given in between is kept too.
    set_timeout(
        move || {
            let handed = HandOver {
                studied: Some(learner.hand_over()),
                places: navigation.take_places(),
            };
            restart(lang, handed);
        },
        std::time::Duration::ZERO,
    );
    true
}

/// The contexts `App` provided; a component drawn outside `App` is a bug.
/// (`unwrap` rather than `expect_context`, whose panic message measured
/// 0.3 KB gzip per type.)
fn contexts() -> Contexts {
    use_context().unwrap()
}

pub fn use_host() -> Host {
    contexts().host
}

pub fn use_navigation() -> Navigation {
    contexts().navigation
}

pub fn use_learner() -> Learner {
    contexts().learner
}

pub fn use_screen() -> Screen {
    contexts().screen
}

/// The UI's words, in its language.
pub fn words() -> &'static Words {
    use_host().words()
}

/// Note HTML as the build made it, for `inner_html` ([`Host::note_html`]).
pub fn note_html(html: &'static str) -> Oco<'static, str> {
    use_host().note_html(html)
}

/// Names the screen in the tab ([`Screen::set_title`]).
pub fn set_title(page: Option<&str>) {
    let Contexts {
        navigation, screen, ..
    } = contexts();
    screen.set_title(page, navigation.on_results());
}

/// A node that takes focus when it appears ([`Screen::focus_on_load`]).
pub fn focus_on_load<E>() -> NodeRef<E>
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    use_screen().focus_on_load()
}
