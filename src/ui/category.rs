//! A category page: its notes, the sections below it, and its questions.

use leptos::prelude::*;

use super::browser::{after_paint, IN_BROWSER};
use super::context::{focus_on_load, note_html, set_title, use_host};
use super::embed::{EmbedButton, Embeddable};
use super::host::Mode;
use super::shared::{
    Breadcrumbs, CardFold, CategoryTree, Folds, MasteryBar, QuestionCount, QuizButtons,
    FOLDS_AS_LEFT, FOLDS_CLOSED, FOLDS_OPEN,
};
use crate::deck::{Card, Category, NOTES_LANG};
use crate::route::{anki_href, category_href};

/// How many questions a category page draws in one task: the first ones
/// before its first paint, then the rest in tasks of their own between
/// frames, so that a page of thousands shows at once and never blocks the
/// page for long (a page rendered at build time holds them all).
const DRAWN_AT_ONCE: usize = 100;

/// At build time, a category page of more questions than this lists them
/// without their answers (each is on its card's page), so that the page
/// stays small.
const PRERENDERED_ANSWERS: usize = 200;

/// Questions of one category drawn together, at most [`DRAWN_AT_ONCE`]:
/// the first run of a category below the page's is headed by its name.
struct Run {
    group: &'static Category,
    cards: &'static [Card],
    first: bool,
}

/// A category: its notes, the categories below it, and every question in it,
/// grouped by the category they belong to, each foldable to its answer.
#[component]
pub fn CategoryPage(category: &'static Category) -> impl IntoView {
    set_title(Some(category.title));
    let host = use_host();
    let t = host.words();
    let total = category.card_count();
    let folds = Folds {
        set_all: RwSignal::new(FOLDS_AS_LEFT),
        opened: RwSignal::new(0),
        answers: IN_BROWSER || total <= PRERENDERED_ANSWERS,
    };
    let all_opened = move || folds.opened.get() == total;
    let has_cards = category.card_count() > 0;
    let batches = batches(category);
    view! {
        <Breadcrumbs category include_self=false />
        <header class="page-heading">
            <h1 tabindex="-1" lang=NOTES_LANG node_ref=focus_on_load()>{category.title}</h1>
            <MasteryBar category />
            <QuestionCount category />
        </header>
        <QuizButtons category />
        {(host.mode == Mode::Page)
            .then(|| view! {
                <div class="page-tools">
                    <EmbedButton what=Embeddable::Category(category.id) />
                    {category.parent.is_none()
                        .then(|| view! {
                            <a class="button button-quiet" href=anki_href(category.id) download>{t.export_anki}</a>
                        })}
                </div>
            })}
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
        <QuestionRuns batches top=category folds />
    }
}

/// The category's questions in runs, one for each category holding some
/// (and one for every [`DRAWN_AT_ONCE`] questions of it), in batches of
/// about [`DRAWN_AT_ONCE`] questions; at build time, one batch.
fn batches(category: &'static Category) -> Vec<Vec<Run>> {
    let mut batches = vec![Vec::new()];
    let mut drawn = 0;
    for group in category.groups() {
        for (at, cards) in group.own_cards().chunks(DRAWN_AT_ONCE).enumerate() {
            if IN_BROWSER && drawn > 0 && drawn + cards.len() > DRAWN_AT_ONCE {
                batches.push(Vec::new());
                drawn = 0;
            }
            drawn += cards.len();
            if let Some(batch) = batches.last_mut() {
                batch.push(Run {
                    group,
                    cards,
                    first: at == 0,
                });
            }
        }
    }
    batches
}

/// The batches of runs: the first drawn with the page, each next one in a
/// task after the next paint.
#[component]
fn QuestionRuns(batches: Vec<Vec<Run>>, top: &'static Category, folds: Folds) -> impl IntoView {
    let shown: Vec<RwSignal<bool>> = (0..batches.len())
        .map(|at| RwSignal::new(at == 0 || !IN_BROWSER))
        .collect();
    show_in_turn(shown.clone(), 1);
    batches
        .into_iter()
        .zip(shown)
        .map(|(batch, shown)| {
            move || {
                shown.get().then(|| {
                    batch
                        .iter()
                        .map(|run| view! { <QuestionRun group=run.group cards=run.cards titled=run.first top folds /> })
                        .collect_view()
                })
            }
        })
        .collect_view()
}

/// Shows batch `at` after the next paint, then the next one after the
/// paint after that, to the last.
fn show_in_turn(shown: Vec<RwSignal<bool>>, at: usize) {
    if at < shown.len() {
        after_paint(Box::new(move || {
            shown[at].set(true);
            show_in_turn(shown, at + 1);
        }));
    }
}

/// Questions of one category, under its name when they are its first and it
/// is below the page's.
#[component]
fn QuestionRun(
    group: &'static Category,
    cards: &'static [Card],
    titled: bool,
    top: &'static Category,
    folds: Folds,
) -> impl IntoView {
    let title = (titled && !std::ptr::eq(group, top)).then(|| {
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
                {cards
                    .iter()
                    .map(|card| view! { <li><CardFold card folds /></li> })
                    .collect_view()}
            </ol>
        </section>
    }
}
