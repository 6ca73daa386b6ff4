use leptos::either::Either;
use leptos::prelude::*;

use super::shared::{set_title, CategoryTree};
use crate::deck::{self, Deck, CATEGORIES, DECKS};

/// Every deck with its category tree and question counts.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title(None);
    let single = DECKS.len() == 1;
    view! {
        {(!single).then(|| view! {
            <h1 tabindex="-1">"Your notes"</h1>
            <p class="meta">{format!("{} questions in {} decks", deck::total_cards(), DECKS.len())}</p>
        })}
        {DECKS.iter().map(|deck| view! { <DeckOverview deck main_heading=single /> }).collect_view()}
    }
}

#[component]
fn DeckOverview(deck: &'static Deck, main_heading: bool) -> impl IntoView {
    let root = &CATEGORIES[deck.root];
    let title = view! { <a href=crate::route::category_href(root.id)>{deck.title}</a> };
    let sections = root.children.len();
    view! {
        <section class="deck" data-testid="deck">
            {if main_heading {
                Either::Left(view! { <h1 tabindex="-1">{title}</h1> })
            } else {
                Either::Right(view! { <h2>{title}</h2> })
            }}
            <p class="meta">
                {format!("{} questions · {} {}", root.card_count(), sections, if sections == 1 { "section" } else { "sections" })}
            </p>
            {(!root.notes_html.is_empty()).then(|| view! { <div class="prose notes" inner_html=root.notes_html></div> })}
            <nav aria-label=format!("Categories of {}", deck.title)>
                <CategoryTree category=root />
            </nav>
        </section>
    }
}
