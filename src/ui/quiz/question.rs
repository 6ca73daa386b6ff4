//! The question screen: one card at a time, recalled, shown and graded.

use leptos::either::Either;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Action;
use crate::study::quiz::Quiz;
use crate::study::session::Grade;
use crate::ui::shared::{focus_on_load, set_title, StarButton};

/// The question being asked: recall, optionally write, show the answer, grade.
#[component]
pub fn Question(
    quiz: RwSignal<Quiz>,
    act: impl Fn(Action) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    set_title(Some("Quiz"));
    let position = Memo::new(move |_| quiz.with(|quiz| quiz.session.outcomes().len()));
    let total = quiz.with_untracked(|quiz| quiz.session.total());
    view! {
        <section class="quiz" aria-label="Quiz" on:keydown=move |ev| on_key(&ev, act)>
            <div class="quiz-bar">
                <p class="quiz-progress">
                    "Question " <strong>{move || position.get() + 1}</strong> " / " {total}
                </p>
                <progress max=total value=position aria-hidden="true"></progress>
                <button type="button" class="button button-quiet" on:click=move |_| act(Action::End)>
                    "End session"
                </button>
            </div>
            {move || {
                position.track();
                quiz.with_untracked(Quiz::current_card)
                    .map(|card| view! { <CurrentCard card quiz act /> })
            }}
            <p class="quiz-skip">
                <button type="button" class="link-button" on:click=move |_| act(Action::Skip)>
                    "Skip this question"
                </button>
            </p>
            <p class="hint keys">
                "Keys: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy."
            </p>
        </section>
    }
}

/// The card being asked, from its question to its grade.
#[component]
fn CurrentCard(
    card: &'static crate::deck::Card,
    quiz: RwSignal<Quiz>,
    act: impl Fn(Action) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let revealed = Memo::new(move |_| quiz.with(|quiz| quiz.session.is_revealed()));
    let typed = RwSignal::new(String::new());
    let question = if revealed.get_untracked() {
        NodeRef::new()
    } else {
        focus_on_load()
    };
    view! {
        <p class="meta quiz-category">{card.category().title} <StarButton card /></p>
        <h1
            tabindex="-1"
            class="quiz-question"
            data-testid="question"
            node_ref=question
            inner_html=card.question_html
        ></h1>
        {move || {
            if revealed.get() {
                Either::Left(view! { <Answer card typed act /> })
            } else {
                Either::Right(view! { <Recall typed act /> })
            }
        }}
    }
}

/// Before the answer: a field to write it in, and the button that shows it.
#[component]
fn Recall(
    typed: RwSignal<String>,
    act: impl Fn(Action) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="typed-label" for="typed">
            "Your answer " <span>"(optional, for yourself)"</span>
        </label>
        <textarea
            id="typed"
            rows="3"
            autocomplete="off"
            on:input=move |ev| typed.set(event_target_value(&ev))
        ></textarea>
        <div class="quiz-actions">
            <button type="button" class="button" on:click=move |_| act(Action::Reveal)>
                "Show answer " <kbd>"Space"</kbd>
            </button>
        </div>
    }
}

/// The answer, what the user wrote beside it, and the four grades.
#[component]
fn Answer(
    card: &'static crate::deck::Card,
    typed: RwSignal<String>,
    act: impl Fn(Action) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let written = typed.get_untracked();
    view! {
        {(!written.trim().is_empty())
            .then(|| view! {
                <div class="typed-answer">
                    <h2>"Your answer"</h2>
                    <p>{written}</p>
                </div>
            })}
        <div
            class="quiz-answer prose"
            id="answer"
            tabindex="-1"
            role="region"
            aria-label="Answer"
            node_ref=focus_on_load()
            inner_html=card.answer_html
        ></div>
        <div class="grades" role="group" aria-label="How well did you recall it?">
            {Grade::ALL
                .into_iter()
                .map(|grade| {
                    view! {
                        <button
                            type="button"
                            class=format!("grade grade-{}", grade.name())
                            data-grade=grade.key()
                            on:click=move |_| act(Action::Grade(grade))
                        >
                            {grade.label()} " " <kbd>{grade.key()}</kbd>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Space or Enter reveals, 1 to 4 grade, as in Anki: never from a text
/// field, never while an input method is composing (Korean text is
/// composed), and never twice from one held key.
fn on_key(ev: &KeyboardEvent, act: impl Fn(Action)) {
    if ev.is_composing() || ev.key_code() == 229 || ev.repeat() {
        return;
    }
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(target) = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let tag = target.tag_name();
    if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
        return;
    }
    let action = match ev.key().as_str() {
        // A focused button or link acts on these keys itself.
        " " | "Enter" if !matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY") => Action::Reveal,
        key => match Grade::from_key(key) {
            Some(grade) => Action::Grade(grade),
            None => return,
        },
    };
    ev.prevent_default();
    act(action);
}
