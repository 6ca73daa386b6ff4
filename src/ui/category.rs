//! A category page: its notes, the sections below it, and its questions.

use leptos::prelude::*;

use super::browser::after_paint;
use super::context::{focus_on_load, note_html, set_title, use_host};
use super::embed::{EmbedButton, Embeddable};
use super::host::Mode;
use super::shared::{
    Breadcrumbs, CardFold, CategoryTree, Folds, MasteryBar, QuestionCount, QuizButtons,
    FOLDS_AS_LEFT, FOLDS_CLOSED, FOLDS_OPEN,
};
use crate::deck::{Category, NOTES_LANG};
use crate::route::category_href;

/// How many questions a category page draws before its first paint; the
/// rest follow at once after it, so a page of a thousand shows without delay.
const FIRST_DRAWN: usize = 100;

/// A category: its notes, the categories below it, and every question in it,
/// grouped by the category they belong to, each foldable to its answer.
#[component]
pub fn CategoryPage(category: &'static Category) -> impl IntoView {
    set_title(Some(category.title));
    let host = use_host();
    let t = host.words();
    let folds = Folds {
        set_all: RwSignal::new(FOLDS_AS_LEFT),
        opened: RwSignal::new(0),
    };
    let total = category.card_count();
    let all_opened = move || folds.opened.get() == total;
    let has_cards = category.card_count() > 0;
    let groups: Vec<&'static Category> = category.groups().collect();
    let mut drawn = 0;
    let first = groups
        .iter()
        .take_while(|group| {
            let take = drawn < FIRST_DRAWN;
            drawn += group.cards.len();
            take
        })
        .count();
    let (first, rest) = groups.split_at(first);
    let rest = rest.to_vec();
    let later = RwSignal::new(rest.is_empty());
    if !rest.is_empty() {
        after_paint(Box::new(move || later.set(true)));
    }
    view! {
        <Breadcrumbs category include_self=false />
        <header class="page-heading">
            <h1 tabindex="-1" lang=NOTES_LANG node_ref=focus_on_load()>{category.title}</h1>
            <MasteryBar category />
            <QuestionCount category />
        </header>
        <QuizButtons category />
        {(host.mode == Mode::Page).then(|| view! { <EmbedButton what=Embeddable::Category(category.id) /> })}
        {(!category.notes_html.is_empty())
            .then(|| view! { <div class="prose notes" data-testid="notes" lang=NOTES_LANG inner_html=note_html(category.notes_html)></div> })}
        {(!category.children.is_empty())
            .then(|| view! {
                <nav class="subcategories" aria-label=t.sections>
                    <CategoryTree category />
                </nav>
            })}
        {has_cards
            .then(|| view! {
                <div class="toolbar">
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| folds.set_all.set(if all_opened() { FOLDS_CLOSED } else { FOLDS_OPEN })
                    >
                        {move || if all_opened() { t.collapse_all_answers } else { t.show_all_answers }}
                    </button>
                </div>
            })}
        {first
            .iter()
            .map(|&group| view! { <QuestionGroup group top=category folds /> })
            .collect_view()}
        {move || {
            later.get().then(|| {
                rest.iter()
                    .map(|&group| view! { <QuestionGroup group top=category folds /> })
                    .collect_view()
            })
        }}
    }
}

/// The questions of one category, under its name when it is below the page's.
#[component]
fn QuestionGroup(group: &'static Category, top: &'static Category, folds: Folds) -> impl IntoView {
    let title = (!std::ptr::eq(group, top)).then(|| {
        let path = group
            .path()
            .into_iter()
            .skip(top.depth + 1)
            .map(|step| step.title)
            .collect::<Vec<_>>()
            .join(" › ");
        view! {
            <h2 class="group-title">
                <a href=category_href(group.id) lang=NOTES_LANG>{path}</a>
            </h2>
        }
    });
    view! {
        <section class="group">
            {title}
            <ol class="folds">
                {group
                    .own_cards()
                    .iter()
                    .map(|card| view! { <li><CardFold card folds /></li> })
                    .collect_view()}
            </ol>
        </section>
    }
}
