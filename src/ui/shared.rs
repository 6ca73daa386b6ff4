//! Small pieces used by several screens.

use leptos::either::Either;
use leptos::prelude::*;

use crate::deck::Category;
use crate::route::category_href;

/// Sets the tab's title: the page's name, then the app's.
pub fn set_title(page: Option<&str>) {
    let title = match page {
        Some(page) => format!("{page} · Foldcards"),
        None => "Foldcards".to_owned(),
    };
    document().set_title(&title);
}

/// Home, then each category from the deck down to `category`.
#[component]
pub fn Breadcrumbs(
    category: &'static Category,
    #[prop(optional)] include_self: bool,
) -> impl IntoView {
    let mut path = category.path();
    if !include_self {
        path.pop();
    }
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <ol>
                <li><a href="#/">"Home"</a></li>
                {path
                    .into_iter()
                    .map(|step| view! { <li><a href=category_href(step.id)>{step.title}</a></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The categories below `category`, nested, each with its question count.
#[component]
pub fn CategoryTree(category: &'static Category) -> impl IntoView {
    view! {
        <ul class="tree">
            {category
                .children()
                .map(|child| {
                    view! {
                        <li>
                            <a class="tree-link" href=category_href(child.id)>
                                <span class="tree-title">{child.title}</span>
                                <QuestionCount category=child />
                            </a>
                            {(!child.children.is_empty()).then(|| view! { <CategoryTree category=child /> }.into_any())}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "17 questions", shown as a compact badge; "notes" for a category of notes only.
#[component]
pub fn QuestionCount(category: &'static Category) -> impl IntoView {
    let count = category.card_count();
    if count == 0 {
        Either::Left(view! { <span class="count count-empty">"notes"</span> })
    } else {
        Either::Right(view! {
            <span class="count">
                {count}
                <span class="sr-only">{if count == 1 { " question" } else { " questions" }}</span>
            </span>
        })
    }
}

#[component]
pub fn NotFound(message: &'static str) -> impl IntoView {
    set_title(Some("Not found"));
    view! {
        <section class="empty-state">
            <h1 tabindex="-1">"Not found"</h1>
            <p>{message}</p>
            <p><a class="button" href="#/">"Back to all categories"</a></p>
        </section>
    }
}
