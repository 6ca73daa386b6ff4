//! One card on its own page.

use leptos::prelude::*;

use super::context::{focus_on_load, note_html, set_title, words};
use super::shared::{Breadcrumbs, CardMarks, OptionList, QuestionBody, StarButton};
use crate::deck::{Card, NOTES_LANG};
use crate::route::card_href;

/// One card on its own page, for deep links, with its neighbours in the category.
#[component]
pub fn CardPage(card: &'static Card) -> impl IntoView {
    let t = words();
    set_title(Some(card.question_text));
    let category = card.category();
    let (previous, next) = card.neighbours();
    view! {
        <Breadcrumbs category include_self=true />
        <article class="card-page">
            <p class="meta">
                {(t.question_of)(card.position() + 1, category.cards.len())} <CardMarks card />
            </p>
            <h1 tabindex="-1" class="card-question" lang=NOTES_LANG node_ref=focus_on_load() inner_html=note_html(card.question_html)></h1>
            <QuestionBody card />
            <OptionList card />
            <div class="prose card-answer" lang=NOTES_LANG inner_html=note_html(card.answer_html)></div>
            <FollowUpLinks card />
            <p class="card-actions">
                <StarButton card />
            </p>
        </article>
        <nav class="pager" aria-label=t.pager>
            {previous.map(|card| view! { <PagerLink card rel="prev" label=t.previous /> })}
            {next.map(|card| view! { <PagerLink card rel="next" label=t.next /> })}
        </nav>
    }
}

/// Links from a follow-up question to the question it follows, and from a
/// question to its follow-ups.
#[component]
fn FollowUpLinks(card: &'static Card) -> impl IntoView {
    let t = words();
    let follow_ups: Vec<&'static Card> = card.follow_ups().collect();
    view! {
        {card
            .parent()
            .map(|parent| {
                view! {
                    <p class="follow-up-of">
                        {t.follow_up_of} <a href=card_href(parent.id) lang=NOTES_LANG>{parent.question_text}</a>
                    </p>
                }
            })}
        {(!follow_ups.is_empty())
            .then(|| {
                view! {
                    <nav class="follow-ups" aria-labelledby="follow-ups">
                        <h2 id="follow-ups">{t.follow_ups}</h2>
                        <ul>
                            {follow_ups
                                .into_iter()
                                .map(|follow_up| {
                                    view! { <li><a href=card_href(follow_up.id) lang=NOTES_LANG>{follow_up.question_text}</a></li> }
                                })
                                .collect_view()}
                        </ul>
                    </nav>
                }
            })}
    }
}

#[component]
fn PagerLink(card: &'static Card, rel: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <a class=format!("pager-link pager-{rel}") rel=rel href=card_href(card.id)>
            <span class="pager-label">{label}</span>
            <span class="pager-title" lang=NOTES_LANG>{card.question_text}</span>
        </a>
    }
}
