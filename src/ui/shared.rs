//! Pieces several screens show.

use leptos::either::Either;
use leptos::prelude::*;

use super::browser::keep_focus;
use super::context::{
    focus_on_load, note_html, set_title, use_host, use_learner, use_navigation, words,
};
use super::host::Mode;
use crate::deck::{Card, Category, NOTES_LANG};
use crate::progress::today::mastery_counts;
use crate::route::{card_href, category_href, quiz_href, quiz_setup_href};
use crate::study::quiz::{QuizSpec, DEFAULT_COUNT};

/// Home, then each category from the deck down to `category` (or its parent).
#[component]
pub fn Breadcrumbs(category: &'static Category, include_self: bool) -> impl IntoView {
    let mut path = category.path();
    if !include_self {
        path.pop();
    }
    view! {
        <nav class="crumbs" aria-label=words().breadcrumb>
            <ol>
                <li>
                    <a href="./">{words().home}</a>
                </li>
                {path
                    .into_iter()
                    .map(|step| view! { <li><a href=category_href(step.id) lang=NOTES_LANG>{step.title}</a></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The categories below `category`, nested, each with its question count and
/// how well its cards are known.
#[component]
pub fn CategoryTree(category: &'static Category) -> AnyView {
    view! {
        <ul class="tree">
            {category
                .children()
                .map(|child| {
                    view! {
                        <li>
                            <a class="tree-link" href=category_href(child.id)>
                                <span class="tree-title" lang=NOTES_LANG>{child.title}</span>
                                <MasteryBar category=child />
                                <QuestionCount category=child />
                            </a>
                            {(!child.children.is_empty()).then(|| view! { <CategoryTree category=child /> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// "17", shown as a compact badge and read out as "17 questions"; "notes"
/// for a category of notes only.
#[component]
pub fn QuestionCount(category: &'static Category) -> impl IntoView {
    let t = words();
    let count = category.card_count();
    if count == 0 {
        return Either::Left(view! { <span class="count count-empty">{t.notes_only}</span> });
    }
    Either::Right(view! {
        <span class="count">
            <span aria-hidden="true">{count}</span>
            <span class="sr-only">{(t.questions)(count)}</span>
        </span>
    })
}

/// How many of a category's cards are new, being learned and known, as a bar.
#[component]
pub fn MasteryBar(category: &'static Category) -> impl IntoView {
    let t = words();
    let learner = use_learner();
    let cards = category.all_cards();
    if cards.is_empty() {
        return None;
    }
    let counts = Memo::new(move |_| {
        learner
            .progress
            .with(|progress| mastery_counts(progress, cards))
    });
    let share = move |at: usize| format!("width:{}%", counts.get()[at] * 100 / cards.len());
    let label = move || (t.mastery)(counts.get());
    Some(view! {
        <span class="mastery" role="img" aria-label=label title=label>
            <span class="mastery-known" style=move || share(2)></span>
            <span class="mastery-learning" style=move || share(1)></span>
        </span>
    })
}

/// Stars a card, or takes its star away: starred cards make the Starred drill.
#[component]
pub fn StarButton(card: &'static Card) -> impl IntoView {
    let learner = use_learner();
    let starred = Memo::new(move |_| {
        learner
            .progress
            .with(|progress| progress.card(card.id).is_some_and(|kept| kept.is_starred()))
    });
    view! {
        <button
            type="button"
            class="star"
            aria-pressed=move || if starred.get() { "true" } else { "false" }
            on:mousedown=keep_focus
            on:click=move |_| learner.set_star(card.id, !starred.get_untracked())
        >
            <span aria-hidden="true">{move || if starred.get() { "★ " } else { "☆ " }}</span>
            {words().star}
        </button>
    }
}

/// Starts choosing a quiz on this category, when it has questions; a quick
/// quiz asks only cards that have an answer.
#[component]
pub fn QuizButtons(category: &'static Category) -> impl IntoView {
    (category.card_count() > 0).then(|| {
        let spec = QuizSpec::of_categories(vec![category.id.to_owned()]);
        let answered = category.all_cards().iter().filter(|card| !card.unfinished).count();
        let count = answered.min(DEFAULT_COUNT);
        let t = words();
        view! {
            <p class="actions">
                <a class="button" href=quiz_setup_href(&spec)>{t.start_quiz}</a>
                " "
                {(count > 0).then(|| view! {
                    <a class="button button-quiet" href=quiz_href(&spec)>{(t.random_questions)(count)}</a>
                })}
            </p>
        }
    })
}

/// A page's folds, opened or closed all at once.
#[derive(Clone, Copy)]
pub struct Folds {
    /// How the folds were last set all at once: [`FOLDS_AS_LEFT`] until the
    /// user does, then [`FOLDS_OPEN`] or [`FOLDS_CLOSED`]; set (even to the
    /// same value) to open or close every fold. (A signal of a type the app
    /// already holds: an `Option<bool>` signal measured 0.6 KB gzip.)
    pub set_all: RwSignal<usize>,
    /// How many are open now, however they were opened.
    pub opened: RwSignal<usize>,
    /// Whether the folds hold their answers: at build time, those of a
    /// large page do not, each answer being on its card's page.
    pub answers: bool,
}

/// No fold set yet: each opens as the user left it (Back).
pub const FOLDS_AS_LEFT: usize = 0;
pub const FOLDS_CLOSED: usize = 1;
pub const FOLDS_OPEN: usize = 2;

/// A question that unfolds to its answer, the way the notes themselves do.
/// `badge` (a class name and a label) marks it, as the quiz summary marks
/// each card with its grade; `folds` opens or closes a page's folds at once.
#[component]
pub fn CardFold(
    card: &'static Card,
    #[prop(optional)] badge: Option<(&'static str, &'static str)>,
    #[prop(optional)] folds: Option<Folds>,
) -> impl IntoView {
    let navigation = use_navigation();
    // Back opens the fold as the user left it, on the app's own page only:
    // an iframe or an element must not touch the blog's history.
    let kept = folds.is_some() && use_host().mode == Mode::Page;
    let answers = folds.is_none_or(|folds| folds.answers);
    let was_open = kept && navigation.was_open(card.id);
    view! {
        <details
            class="fold"
            data-card=card.id
            prop:open=move || {
                folds.map(|folds| match folds.set_all.get() {
                    FOLDS_AS_LEFT => was_open,
                    set => set == FOLDS_OPEN,
                })
            }
            on:toggle:target=move |ev| {
                if let Some(folds) = folds {
                    let open = ev.target().has_attribute("open");
                    folds.opened.update(|n| *n = if open { *n + 1 } else { n.saturating_sub(1) });
                    if kept {
                        navigation.keep_fold(card.id, open);
                    }
                }
            }
        >
            <summary class="fold-question">
                {badge.map(|(name, label)| view! { <span class=format!("badge badge-{name}")>{label}</span> })}
                <span lang=NOTES_LANG inner_html=note_html(card.question_html)></span>
                <CardMarks card />
            </summary>
            <div class="fold-answer">
                {rendered_if(answers, view! {
                    <QuestionBody card />
                    <OptionList card />
                    <div class="prose" lang=NOTES_LANG inner_html=note_html(card.answer_html)></div>
                })}
                <p class="fold-actions">
                    <a class="fold-link" href=card_href(card.id)>{words().open_as_card}</a>
                    <StarButton card />
                </p>
            </div>
        </details>
    }
}

/// `view` in the browser, which always draws it; at build time, only if
/// `shown` (a view that may be left out costs the app 0.5 KB gzip).
#[cfg(target_arch = "wasm32")]
fn rendered_if(_shown: bool, view: impl IntoView) -> impl IntoView {
    view
}

#[cfg(not(target_arch = "wasm32"))]
fn rendered_if(shown: bool, view: impl IntoView) -> impl IntoView {
    shown.then_some(view)
}

/// What a question shows under its title: its code, tables or text.
#[component]
pub fn QuestionBody(card: &'static Card) -> impl IntoView {
    (!card.body_html.is_empty())
        .then(|| view! { <div class="prose question-body" lang=NOTES_LANG inner_html=note_html(card.body_html)></div> })
}

/// A choice question's options as a list, when browsing (a quiz makes them
/// buttons).
#[component]
pub fn OptionList(card: &'static Card) -> impl IntoView {
    (!card.choices.is_empty()).then(|| {
        view! {
            <ul class="option-list">
                {card
                    .choices
                    .iter()
                    .map(|choice| {
                        view! {
                            <li>
                                <span class="option-label">{choice.label}</span>
                                " "
                                <span lang=NOTES_LANG inner_html=note_html(choice.html)></span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// Badges after a question's title: a follow-up question, an answer not
/// written yet.
#[component]
pub fn CardMarks(card: &'static Card) -> impl IntoView {
    let t = words();
    view! {
        {card.follow_up_of.map(|_| view! { <span class="badge badge-follow-up">{t.follow_up}</span> })}
        {card.unfinished.then(|| view! { <span class="badge badge-unfinished">{t.no_answer_yet}</span> })}
    }
}

#[component]
pub fn NotFound(message: &'static str) -> impl IntoView {
    let t = words();
    set_title(Some(t.not_found));
    view! {
        <section class="empty-state">
            <h1 tabindex="-1" node_ref=focus_on_load()>{t.not_found}</h1>
            <p>{message}</p>
            <p>
                <a class="button" href="./">{t.back_home}</a>
            </p>
        </section>
    }
}
