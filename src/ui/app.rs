use leptos::ev::MouseEvent;
use leptos::prelude::*;
use web_sys::HtmlElement;

use super::browser::{download, IN_BROWSER};
use super::card::CardPage;
use super::category::CategoryPage;
use super::context::{use_learner, words, Contexts, HandOver, Restart};
use super::embed;
use super::home::Home;
use super::host::{Host, Mode};
use super::learner::{use_day_change, use_other_tabs, Learner};
use super::navigation::{follow_app_link, use_history_navigation, Navigation};
use super::preferences::{LanguageSwitch, ThemeSwitch};
use super::quiz::{QuizScreen, QuizSetup};
use super::screen::Screen;
use super::search::{use_search, SearchField, SearchPage, SearchState};
use super::shared::NotFound;
use super::stats::StatsPage;
use crate::deck;
use crate::i18n::Lang;
use crate::route::Route;
use crate::store::Notice;
use crate::study::quiz::Source;

/// The shell: a header, a notice when storage fails, and the screen the
/// address names, in the UI's language `lang`.
/// - `start`: the address an element's app starts at (a page's is its hash);
/// - `element`: the `<fold-cards>` element the app is in, if any;
/// - `app_address`: where the app's files are, for an element;
/// - `handed`: what the app this one replaces held (a language switch, or
///   the page the build rendered);
/// - `restart`: starts the app again in another language (its own page).
#[component]
pub fn App(
    mode: Mode,
    start: String,
    element: Option<HtmlElement>,
    lang: Lang,
    handed: Option<HandOver>,
    #[prop(optional)] app_address: String,
    restart: Option<Restart>,
) -> impl IntoView {
    let taking_over = handed
        .as_ref()
        .is_some_and(|handed| handed.studied.is_none());
    let (studied, places) = match handed {
        Some(handed) => (handed.studied, handed.places),
        None => (None, Vec::new()),
    };
    let host = Host::new(mode, element, app_address, lang);
    // A learner is handed over only when the user has just switched language.
    let screen = Screen::new(mode, studied.is_some(), taking_over);
    let learner = Learner::new(studied, mode == Mode::Page);
    let navigation = Navigation::new(mode, start, places);
    provide_context(Contexts {
        host,
        navigation,
        learner,
        screen,
        restart,
    });
    navigation.navigate();
    if IN_BROWSER {
        use_day_change(learner);
        use_other_tabs(learner);
        if mode != Mode::Element {
            use_history_navigation(navigation);
            use_document_lang(lang);
        }
    }
    let screens = screens_on_show(mode, navigation);
    if mode == Mode::Page {
        use_search(navigation, screens);
    }
    if mode == Mode::Frame && IN_BROWSER {
        embed::use_height_reports();
    }
    use_screen_changes(mode, navigation, screen, learner, screens);
    let searching = move || {
        mode == Mode::Page
            && navigation
                .route
                .with(|route| matches!(route, Route::Search(_)))
    };
    let screen_over = move |route| {
        let results = matches!(route, Route::Search(_));
        let covered = move || !results && searching();
        view! {
            <div class="screen" class:covered=covered>
                {screen_of(route)}
            </div>
        }
    };
    view! {
        {mode.has_header().then(|| view! { <SiteHeader /> })}
        <StorageNotice />
        <main id="main" class="page" on:click=move |ev| follow_link_inside(&ev, mode, navigation)>
            // Keyed by the route: a new address builds its screen afresh
            // rather than patching the last one in place, so no screen
            // carries code to update itself (-7.5 KB gzip, measured).
            <For each=move || screens.get() key=Route::clone children=screen_over />
        </main>
        <p class="sr-only" aria-live="polite">{move || screen.announcement()}</p>
    }
}

/// The screens on show: the route's, or, on the app's own page, search
/// results over the screen the search started from. That screen stays as it
/// was: typing leaves it without taking down its nodes (8 ms of a keystroke
/// for a large deck's home), and closing the results shows it again at once.
fn screens_on_show(mode: Mode, navigation: Navigation) -> Memo<Vec<Route>> {
    Memo::new(move |shown: Option<&Vec<Route>>| {
        let route = navigation.route.get();
        if mode != Mode::Page || !matches!(route, Route::Search(_)) {
            return vec![route];
        }
        let covered = shown
            .and_then(|shown| shown.first())
            .filter(|screen| !matches!(screen, Route::Search(_)));
        covered.cloned().into_iter().chain([route]).collect()
    })
}

/// Runs as each screen is drawn: gives back the screen that search results
/// covered, scrolls a new screen to its top or to where the user left it
/// (Back), and clears what the last screen announced. The effect subscribes
/// to the route only and reads the screens untracked: subscribed to the
/// screens, it ran before `<For>` had redrawn them, while a screen coming
/// back was still covered and could not take focus.
fn use_screen_changes(
    mode: Mode,
    navigation: Navigation,
    screen: Screen,
    learner: Learner,
    screens: Memo<Vec<Route>>,
) {
    Effect::new(move |previous: Option<Vec<Route>>| {
        let route = navigation.route.get();
        let shown = screens.get_untracked();
        let last = previous.as_ref().and_then(|previous| previous.last());
        if previous
            .as_ref()
            .is_some_and(|previous| previous.len() == 2 && previous[0] == route)
        {
            screen.uncover();
        }
        // Results following a query stay where they are.
        let results = matches!(route, Route::Search(_));
        let typing = results && matches!(last, Some(Route::Search(_)));
        if last.is_some() && mode != Mode::Element && !typing {
            let place = if results { 0.0 } else { navigation.scrolled() };
            // In the next animation frame: after the new heading has taken
            // focus (which scrolls it into view), before the frame is painted.
            request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, place));
        }
        screen.note_drawn();
        // A quiz is handed over for the first screen only.
        learner.forget_handed_quiz();
        shown
    });
}

/// The app's own document (a page or an iframe) speaks the UI's language,
/// through `<html lang>`, and shows a page `index.html` hid for having been
/// rendered in the other (`data-relang`); an element's root says it instead.
fn use_document_lang(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.remove_attribute("data-relang");
    }
}

/// The screen `route` names.
fn screen_of(route: Route) -> impl IntoView {
    use leptos::either::EitherOf8 as S;
    let t = words();
    let missing = |message| S::G(view! { <NotFound message /> });
    match route {
        Route::Home => S::A(view! { <Home /> }),
        Route::Category(id) => match deck::category(&id) {
            Some(category) => S::B(view! { <CategoryPage category /> }),
            None => missing(t.no_such_category),
        },
        Route::Card(id) => match deck::card(&id) {
            Some(card) => S::C(view! { <CardPage card /> }),
            None => missing(t.no_such_card),
        },
        Route::QuizSetup(spec) => S::D(view! { <QuizSetup spec /> }),
        Route::Quiz(spec) => S::E(view! { <QuizScreen source=Source::Spec(spec) /> }),
        Route::Review => S::E(view! { <QuizScreen source=Source::Review /> }),
        Route::Drill(drill) => S::E(view! { <QuizScreen source=Source::Drill(drill) /> }),
        Route::Stats => S::F(view! { <StatsPage /> }),
        // Search lives in the header of the app's own page; an embed has neither.
        Route::Search(query) => match use_context::<SearchState>() {
            Some(_) => S::H(view! { <SearchPage query /> }),
            None => missing(t.search_on_page),
        },
        Route::NotFound(_) => missing(t.no_such_page),
    }
}

#[component]
fn SiteHeader() -> impl IntoView {
    let t = words();
    view! {
        <header class="site-header">
            <a class="brand" href="./">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">{deck::SITE_TITLE}</span>
            </a>
            <SearchField />
            <nav class="site-nav" aria-label=t.study_nav>
                <a href=Route::Review.href()>{t.review}</a>
                <a href=Route::Stats.href()>{t.stats}</a>
            </nav>
            <LanguageSwitch />
            <ThemeSwitch />
        </header>
    }
}

/// What went wrong with storage, and what the app does about it.
#[component]
fn StorageNotice() -> impl IntoView {
    let learner = use_learner();
    let t = words();
    move || {
        learner.notice().map(|notice| {
            let backup = match &notice {
                Notice::Corrupt { backup_key } => Some(backup_key.clone()),
                _ => None,
            };
            view! {
                <p class="notice" role="status">
                    {(t.notice)(&notice)}
                    {backup.map(|key| {
                        view! {
                            " "
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    if let Some(bytes) = learner.backup(&key) {
                                        download("foldcards-unreadable-progress.json", &bytes);
                                    }
                                }
                            >
                                {t.download_unreadable}
                            </button>
                        }
                    })}
                </p>
            }
        })
    }
}

/// Inside a `<fold-cards>` element, links move within the element: the
/// blog's own address stays.
fn follow_link_inside(ev: &MouseEvent, mode: Mode, navigation: Navigation) {
    if mode == Mode::Element {
        follow_app_link(ev, navigation);
    }
}
