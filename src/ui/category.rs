use leptos::prelude::*;

use super::shared::{set_title, Breadcrumbs, CategoryTree, QuestionCount};
use crate::deck::{Card, Category};
use crate::route::{card_href, category_href};

/// A category: its notes, the categories below it, and every question in it,
/// grouped by the category they belong to, each foldable to its answer.
#[component]
pub fn CategoryPage(category: &'static Category) -> impl IntoView {
    set_title(Some(category.title));
    let all_open = RwSignal::new(false);
    let count = category.card_count();
    view! {
        <Breadcrumbs category />
        <header class="page-heading">
            <h1 tabindex="-1">{category.title}</h1>
            <QuestionCount category />
        </header>
        {(!category.notes_html.is_empty())
            .then(|| view! { <div class="prose notes" data-testid="notes" inner_html=category.notes_html></div> })}
        {(!category.children.is_empty()).then(|| view! {
            <nav class="subcategories" aria-label="Sections">
                <CategoryTree category />
            </nav>
        })}
        {(count > 0).then(|| view! {
            <div class="toolbar">
                <button type="button" class="button button-quiet"
                    on:click=move |_| all_open.update(|open| *open = !*open)>
                    {move || if all_open.get() { "Collapse all answers" } else { "Show all answers" }}
                </button>
            </div>
        })}
        {category
            .groups()
            .map(|group| view! { <QuestionGroup group top=category all_open /> })
            .collect_view()}
    }
}

/// The questions of one category, under its name when it is below the page's.
#[component]
fn QuestionGroup(
    group: &'static Category,
    top: &'static Category,
    all_open: RwSignal<bool>,
) -> impl IntoView {
    let heading = (!std::ptr::eq(group, top)).then(|| {
        let title = group
            .path()
            .into_iter()
            .skip(top.depth + 1)
            .map(|step| step.title)
            .collect::<Vec<_>>()
            .join(" › ");
        view! { <h2 class="group-title"><a href=category_href(group.id)>{title}</a></h2> }
    });
    view! {
        <section class="group">
            {heading}
            <ol class="folds">
                {group
                    .own_cards()
                    .iter()
                    .map(|card| view! { <li><CardFold card open=all_open /></li> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// A question that unfolds to its answer, the way the notes themselves do.
#[component]
pub fn CardFold(card: &'static Card, #[prop(into)] open: Signal<bool>) -> impl IntoView {
    view! {
        <details class="fold" data-card=card.id prop:open=open>
            <summary class="fold-question" inner_html=card.question_html></summary>
            <div class="fold-answer">
                <div class="prose" inner_html=card.answer_html></div>
                <a class="fold-link" href=card_href(card.id)>"Open as a card"</a>
            </div>
        </details>
    }
}
