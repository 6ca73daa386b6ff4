//! Home: today's reviews and drills, then every deck with its categories.

use leptos::either::Either;
use leptos::prelude::*;

use super::browser::clock;
use super::context::{focus_on_load, note_html, set_title, use_learner, words};
use super::shared::{CategoryTree, MasteryBar, QuizButtons};
use crate::deck::{self, Deck, CARDS, CATEGORIES, DECKS, NOTES_LANG};
use crate::progress::today::due_and_new;
use crate::route::{category_href, quiz_setup_href, Route};
use crate::study::quiz::{drill_cards, Drill, QuizSpec};

/// Today's reviews, then every deck with its category tree and question counts.
#[component]
pub fn Home() -> impl IntoView {
    set_title(None);
    let t = words();
    let single = DECKS.len() == 1;
    let heading = (!single).then(|| {
        view! {
            <h1 tabindex="-1" node_ref=focus_on_load()>{t.your_notes}</h1>
            <p class="meta">{(t.questions_in_decks)(deck::total_cards(), DECKS.len())}</p>
            <p class="actions">
                <a class="button" href=quiz_setup_href(&QuizSpec::of_categories(Vec::new()))>
                    {t.quiz_everything}
                </a>
            </p>
            <Today />
        }
    });
    view! {
        {heading}
        {DECKS
            .chunk_by(|a, b| a.folder == b.folder)
            .map(|decks| {
                let folder = decks[0].folder;
                view! {
                    {(!folder.is_empty()).then(|| view! { <h2 class="folder">{folder}</h2> })}
                    {decks.iter().map(|deck| view! { <DeckOverview deck main_heading=single /> }).collect_view()}
                }
            })
            .collect_view()}
    }
}

/// What is due today, new cards up to the day's limit, and the drills.
#[component]
fn Today() -> impl IntoView {
    let t = words();
    let learner = use_learner();
    let counts = Memo::new(move |_| {
        learner.track_day();
        let clock = clock();
        learner.progress.with(|progress| {
            let (due, new) = due_and_new(progress, &CARDS, clock);
            let starred = drill_cards(Drill::Starred, progress, &CARDS).len();
            let missed = drill_cards(Drill::Missed, progress, &CARDS).len();
            (due, new, starred, missed)
        })
    });
    let drill = move |drill: Drill, label: &'static str| {
        let count = move || match drill {
            Drill::Starred => counts.get().2,
            Drill::Missed => counts.get().3,
        };
        view! {
            <a class="drill" href=Route::Drill(drill).href()>
                {label}<span class="count">{count}</span>
            </a>
        }
    };
    view! {
        <section class="today" aria-labelledby="today-title" data-testid="today">
            <h2 id="today-title">{t.today}</h2>
            <p class="today-counts">
                <span data-testid="due">{t.due.0}<strong>{move || counts.get().0}</strong>{t.due.1}</span>
                <span data-testid="new">{t.new.0}<strong>{move || counts.get().1}</strong>{t.new.1}</span>
            </p>
            {move || {
                let (due, new, ..) = counts.get();
                if due + new > 0 {
                    Either::Left(view! { <a class="button" href=Route::Review.href()>{t.review_now}</a> })
                } else {
                    Either::Right(view! { <p class="hint">{t.nothing_due}</p> })
                }
            }}
            <p class="drills">
                {drill(Drill::Starred, t.starred)}
                {drill(Drill::Missed, t.missed)}
                <a class="drill" href=Route::Stats.href()>{t.stats}</a>
            </p>
        </section>
    }
}

#[component]
fn DeckOverview(deck: &'static Deck, main_heading: bool) -> impl IntoView {
    let t = words();
    let root = &CATEGORIES[deck.root];
    let title = view! { <a href=category_href(root.id) lang=NOTES_LANG>{deck.title}</a> };
    let heading = if main_heading {
        Either::Left(view! { <h1 tabindex="-1" node_ref=focus_on_load()>{title}</h1> })
    } else {
        Either::Right(view! { <h2>{title}</h2> })
    };
    let sections = root.children.len();
    view! {
        <section class="deck" data-testid="deck">
            {heading}
            <p class="meta">
                {(t.deck_size)(root.card_count(), sections)}
                <MasteryBar category=root />
            </p>
            <QuizButtons category=root />
            {main_heading.then(|| view! { <Today /> })}
            {(!root.notes_html.is_empty())
                .then(|| view! { <div class="prose notes" lang=NOTES_LANG inner_html=note_html(root.notes_html)></div> })}
            <nav aria-label=(t.categories_of)(deck.title)>
                <CategoryTree category=root />
            </nav>
        </section>
    }
}
