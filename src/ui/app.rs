use leptos::either::EitherOf4;
use leptos::prelude::*;

use super::shared::NotFound;
use super::{CardPage, CategoryPage, HomePage};
use crate::deck;
use crate::route::Route;

/// The shell: a header, and the screen the URL hash names.
#[component]
pub fn App() -> impl IntoView {
    let route = RwSignal::new(current_route());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(current_route());
        request_animation_frame(after_navigation);
    });
    on_cleanup(move || listener.remove());

    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                "Foldcards"
            </a>
        </header>
        <main id="main" class="page">
            {move || screen(route.get())}
        </main>
    }
}

fn screen(route: Route) -> impl IntoView {
    let missing = match route {
        Route::Home => return EitherOf4::A(view! { <HomePage /> }),
        Route::Category(id) => match deck::category(&id) {
            Some(category) => return EitherOf4::B(view! { <CategoryPage category /> }),
            None => "There is no category at this address. The notes may have been reorganised.",
        },
        Route::Card(id) => match deck::card(&id) {
            Some(card) => return EitherOf4::C(view! { <CardPage card /> }),
            None => "This card is not in the notes any more: it may have been renamed or removed.",
        },
        Route::NotFound(_) => "There is no page at this address.",
    };
    EitherOf4::D(view! { <NotFound message=missing /> })
}

fn current_route() -> Route {
    Route::from_hash(&window().location().hash().unwrap_or_default())
}

/// A new screen starts at the top, and screen readers land on its heading.
fn after_navigation() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Ok(Some(heading)) = document().query_selector("#main h1") {
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
}
