use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::card::CardPage;
use super::category::CategoryPage;
use super::embed::{self, Mode};
use super::home::Home;
use super::preferences::{LanguageSwitch, ThemeSwitch};
use super::quiz::{QuizScreen, QuizSetup};
use super::search::{self, SearchField, SearchPage, SearchState};
use super::shared::{download, NotFound};
use super::state::{use_app, words, AppState, HandOver};
use super::stats::StatsPage;
use crate::deck;
use crate::i18n::Lang;
use crate::route::Route;
use crate::store::Notice;
use crate::study::quiz::Source;

/// The shell: a header, a notice when storage fails, and the screen the
/// address names, in the UI's language `lang`. `start` and `host` are the
/// address and element of a `<fold-cards>`; `handed` is what the app this
/// one replaces held.
#[component]
pub fn App(
    mode: Mode,
    start: String,
    host: Option<HtmlElement>,
    lang: Lang,
    handed: Option<HandOver>,
) -> impl IntoView {
    let app = AppState::new(mode, start, host, lang, handed);
    provide_context(app);
    app.navigate();
    // A page left open past midnight shows what is due on the new day
    // (timers catch up as a sleeping computer wakes).
    app.check_day();
    if let Ok(every_minute) =
        set_interval_with_handle(move || app.check_day(), std::time::Duration::from_secs(60))
    {
        on_cleanup(move || every_minute.clear());
    }
    // Another tab's grades, on a blog too.
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        app.stored_elsewhere(ev.key(), ev.new_value());
    });
    on_cleanup(move || storage.remove());
    if mode != Mode::Element {
        let hash = window_event_listener(leptos::ev::hashchange, move |_| app.navigate());
        on_cleanup(move || hash.remove());
    }
    // On the app's own page, search results cover the screen the user was
    // on, which stays as it was: typing leaves it without taking down its
    // nodes (8 ms of a keystroke for a large deck's home), and closing the
    // results shows it again at once.
    let searching = move || mode == Mode::Page && matches!(app.route.get(), Route::Search(_));
    // The route's screen, or the results over the screen before them.
    let screens = Memo::new(move |shown: Option<&Vec<Route>>| {
        let route = app.route.get();
        if !searching() {
            return vec![route];
        }
        let covered = shown
            .and_then(|shown| shown.first())
            .filter(|screen| !matches!(screen, Route::Search(_)));
        covered.cloned().into_iter().chain([route]).collect()
    });
    let search_state = (mode == Mode::Page).then(|| SearchState::new(app, screens));
    if let Some(search_state) = search_state {
        provide_context(search_state);
        let slash = window_event_listener(leptos::ev::keydown, move |ev| {
            search_state.focus_on_slash(&ev)
        });
        on_cleanup(move || slash.remove());
        let scroll = window_event_listener(leptos::ev::scroll, move |_| search_state.note_scroll());
        on_cleanup(move || scroll.remove());
        // The index is ready before the first keystroke.
        set_timeout(
            || {
                search::index();
            },
            std::time::Duration::ZERO,
        );
    }
    if mode == Mode::Frame {
        embed::report_height();
    }
    // The app's own document (a page or an iframe) speaks the UI's language;
    // an element's root says it instead, and leaves the blog's alone.
    if mode != Mode::Element {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    }
    // Runs once each screen is drawn. (It follows the route, and reads the
    // screens untracked: following them, it ran before they were redrawn,
    // when a screen coming back was still covered and could not take focus.)
    Effect::new(move |previous: Option<Vec<Route>>| {
        let route = app.route.get();
        let shown = screens.get_untracked();
        let last = previous.as_ref().and_then(|previous| previous.last());
        if previous
            .as_ref()
            .is_some_and(|previous| previous.len() == 2 && previous[0] == route)
        {
            app.uncover();
        }
        // A screen starts at its top, or where the user left it (Back);
        // results following a query stay put.
        let results = matches!(route, Route::Search(_));
        let typing = results && matches!(last, Some(Route::Search(_)));
        if last.is_some() && mode != Mode::Element && !typing {
            let place = if results { 0.0 } else { app.place() };
            // Once the screen's heading has taken focus, which scrolls it
            // into view; before the frame is painted.
            request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, place));
        }
        // What was announced belongs to the screen it was said on.
        app.announcement.set("");
        app.screen_drawn();
        shown
    });
    let screen_over = move |route| {
        let results = matches!(route, Route::Search(_));
        let covered = move || !results && searching();
        view! {
            <div class="screen" class:covered=covered>
                {screen(route)}
            </div>
        }
    };
    view! {
        {mode.has_header().then(|| view! { <SiteHeader /> })}
        <StorageNotice />
        <main id="main" class="page" on:click=move |ev| follow_link_inside(&ev, &app)>
            // Keyed by the route: a new address builds its screen afresh
            // rather than patching the last one in place, so no screen
            // carries code to update itself (-7.5 KB gzip, measured).
            <For each=move || screens.get() key=Route::clone children=screen_over />
        </main>
        <p class="sr-only" aria-live="polite">{move || app.announcement.get()}</p>
    }
}

fn screen(route: Route) -> impl IntoView {
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
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">"Foldcards"</span>
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
    let app = use_app();
    move || {
        app.notice.get().map(|notice| {
            let backup = match &notice {
                Notice::Corrupt { backup_key } => Some(backup_key.clone()),
                _ => None,
            };
            view! {
                <p class="notice" role="status">
                    {(app.words().notice)(&notice)}
                    {backup.map(|key| {
                        view! {
                            " "
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    if let Some(bytes) = app.backup(&key) {
                                        download("foldcards-unreadable-progress.json", &bytes);
                                    }
                                }
                            >
                                {app.words().download_unreadable}
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
fn follow_link_inside(ev: &MouseEvent, app: &AppState) {
    if app.mode != Mode::Element || ev.default_prevented() {
        return;
    }
    let link = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest("a[href^='#/']").ok().flatten());
    if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
        ev.prevent_default();
        app.go(&href);
    }
}
