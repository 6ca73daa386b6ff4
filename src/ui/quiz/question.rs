//! The question screen: one card at a time, recalled, shown and graded.

use leptos::either::Either;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Action;
use crate::deck::{Card, NOTES_LANG};
use crate::progress::Grade;
use crate::study::choice::{option_for_key, Verdict};
use crate::study::quiz::{Drill, Quiz, Source};
use crate::ui::context::{focus_on_load, note_html, set_title, use_host, words};
use crate::ui::host::Mode;
use crate::ui::shared::{QuestionBody, StarButton};

/// Presses of one key closer than this are one double press.
const DOUBLE_PRESS_MS: f64 = 300.0;

/// The question being asked: recall, optionally write, show the answer, grade.
#[component]
pub fn Question(quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let t = words();
    let title = quiz.with_untracked(|quiz| match quiz.source {
        Source::Spec(_) => t.quiz,
        Source::Review => t.review,
        Source::Drill(Drill::Starred) => t.starred,
        Source::Drill(Drill::Missed) => t.missed,
    });
    set_title(Some(title));
    let position = Memo::new(move |_| quiz.with(|quiz| quiz.session.outcomes().len()));
    let total = quiz.with_untracked(|quiz| quiz.session.total());
    // When Space or Enter was last pressed on one of the quiz's buttons
    // (ms since 1970).
    let pressed_at = StoredValue::new(f64::NEG_INFINITY);
    // In the app's own document, the keys also act when a click on the
    // page's background has left focus nowhere (on the body); on someone
    // else's page, only from inside the quiz.
    if use_host().mode != Mode::Element {
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if document().active_element() == document().body().map(Into::into) {
                on_key(&ev, quiz, pressed_at, act);
            }
        });
        on_cleanup(move || keys.remove());
    }
    view! {
        <section class="quiz" aria-label=title on:keydown=move |ev| on_key(&ev, quiz, pressed_at, act)>
            <div class="quiz-bar">
                <p class="quiz-progress" id="quiz-progress" data-testid="quiz-position">
                    {t.question_number} <strong>{move || position.get() + 1}</strong> " / " {total}
                </p>
                <progress max=total value=position aria-hidden="true"></progress>
                <button type="button" class="button button-quiet" on:click=move |_| act.run(Action::End)>
                    {t.end_session}
                </button>
            </div>
            {move || {
                position.track();
                quiz.with_untracked(Quiz::current_card)
                    .map(|card| view! { <CurrentCard card quiz act /> })
            }}
            <p class="quiz-skip">
                <button type="button" class="link-button" on:click=move |_| act.run(Action::Skip)>
                    {t.skip_question}
                </button>
            </p>
        </section>
    }
}

/// The card being asked, from its question to its grade.
#[component]
fn CurrentCard(card: &'static Card, quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let revealed = Memo::new(move |_| quiz.with(|quiz| quiz.session.is_revealed()));
    let question = if revealed.get_untracked() {
        NodeRef::new()
    } else {
        focus_on_load()
    };
    let body = if card.choices.is_empty() {
        Either::Left(view! {
            <QuestionBody card />
            {move || {
                if revealed.get() {
                    Either::Left(view! { <Answer card quiz act /> })
                } else {
                    Either::Right(view! { <Recall quiz act /> })
                }
            }}
        })
    } else {
        Either::Right(view! { <Choices card quiz act /> })
    };
    view! {
        <p class="meta quiz-category"><span lang=NOTES_LANG>{card.category().title}</span> <StarButton card /></p>
        <h1
            tabindex="-1"
            class="quiz-question"
            data-testid="question"
            aria-describedby="quiz-progress"
            lang=NOTES_LANG
            node_ref=question
            inner_html=note_html(card.question_html)
        ></h1>
        {body}
    }
}

/// A multiple-choice card: its options as buttons, then, once checked, each
/// marked right or wrong, the answer and a suggested grade.
#[component]
fn Choices(card: &'static Card, quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let t = words();
    let checked = Memo::new(move |_| quiz.with(|quiz| quiz.choice.is_checked()));
    let several = card.correct.len() > 1;
    let last = card.choices.last().map_or("", |choice| choice.label);
    view! {
        <QuestionBody card />
        <div class="options" role="group" aria-label=t.options>
            {card
                .choices
                .iter()
                .enumerate()
                .map(|(at, choice)| {
                    let right = card.correct.contains(&at);
                    // After the check, every option is marked right or wrong;
                    // the ones chosen stay pressed.
                    let state = move || {
                        quiz.with(|quiz| {
                            let chosen = quiz.choice.chosen.contains(&at);
                            match (quiz.choice.is_checked(), right, chosen) {
                                (false, _, true) => "option chosen",
                                (false, _, false) => "option",
                                (true, true, _) => "option right",
                                (true, false, _) => "option wrong",
                            }
                        })
                    };
                    view! {
                        <button
                            type="button"
                            class=state
                            aria-pressed=move || quiz.with(|quiz| quiz.choice.chosen.contains(&at)).to_string()
                            on:click=move |_| act.run(Action::Choose(at))
                        >
                            <kbd class="option-label">{choice.label}</kbd>
                            <span class="option-text" lang=NOTES_LANG inner_html=note_html(choice.html)></span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
        {move || {
            if checked.get() {
                Either::Left(view! { <ChoiceResult card quiz act /> })
            } else {
                Either::Right(several.then(|| view! {
                    <div class="quiz-actions">
                        <button type="button" class="button" on:click=move |_| act.run(Action::Check)>
                            {t.check} " " <kbd>"Enter"</kbd>
                        </button>
                    </div>
                }))
            }
        }}
        <p class="hint keys">{(t.choice_keys)(last, several)}</p>
    }
}

/// After a choice is checked: right or wrong, the answer, and the grade it
/// suggests, which 1–4 change and Enter records.
#[component]
fn ChoiceResult(card: &'static Card, quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let t = words();
    let (name, text) = match quiz.with_untracked(|quiz| quiz.choice.verdict(card.correct)) {
        Verdict::Right => ("right", t.right),
        Verdict::Partly => ("partly", t.partly_right),
        Verdict::Wrong => ("wrong", t.wrong),
    };
    view! {
        <p class=format!("verdict verdict-{name}")>{text}</p>
        <Answer card quiz act />
        <div class="quiz-actions">
            <button type="button" class="button" on:click=move |_| act.run(Action::Accept)>
                {t.next_question} " " <kbd>"Enter"</kbd>
            </button>
        </div>
    }
}

/// Before the answer: a field to write it in, and the button that shows it.
#[component]
fn Recall(quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let t = words();
    let show = NodeRef::<leptos::html::Button>::new();
    view! {
        <label class="typed-label" for="typed">
            {t.your_answer} " " <span>{t.your_answer_hint}</span>
        </label>
        <textarea
            id="typed"
            rows="3"
            autocomplete="off"
            // The text is kept in the quiz, updated untracked: no view
            // redraws on a keystroke.
            prop:value=quiz.with_untracked(|quiz| quiz.typed.clone())
            on:input:target=move |ev| quiz.update_untracked(|quiz| quiz.typed = ev.target().value())
            on:keydown=move |ev| {
                // Esc leaves the field for the button, where the keys act again.
                if ev.key() == "Escape" && !ev.is_composing() {
                    if let Some(button) = show.get_untracked() {
                        let _ = button.focus();
                    }
                }
            }
        ></textarea>
        <div class="quiz-actions">
            <button type="button" class="button" node_ref=show on:click=move |_| act.run(Action::Reveal)>
                {t.show_answer} " " <kbd>"Space"</kbd>
            </button>
        </div>
        <p class="hint keys">{t.recall_keys}</p>
    }
}

/// The answer, what the user wrote beside it, and the four grades.
#[component]
fn Answer(
    card: &'static crate::deck::Card,
    quiz: RwSignal<Quiz>,
    act: Callback<Action>,
) -> impl IntoView {
    let t = words();
    let written = quiz.with_untracked(|quiz| quiz.typed.clone());
    view! {
        {(!written.trim().is_empty())
            .then(|| view! {
                <div class="typed-answer">
                    <h2>{t.your_answer}</h2>
                    <p>{written}</p>
                </div>
            })}
        <div
            class="quiz-answer prose"
            id="answer"
            tabindex="-1"
            role="region"
            aria-label=t.answer
            lang=NOTES_LANG
            node_ref=focus_on_load()
            inner_html=note_html(card.answer_html)
        ></div>
        <GradeButtons quiz act />
    }
}

/// The four grades, the one a checked choice will record pressed.
#[component]
fn GradeButtons(quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let t = words();
    view! {
        <div class="grades" role="group" aria-label=t.how_well>
            {Grade::ALL
                .into_iter()
                .map(|grade| {
                    view! {
                        <button
                            type="button"
                            class=format!("grade grade-{}", grade.name())
                            data-grade=grade.key()
                            aria-pressed=move || quiz.with(|quiz| quiz.choice.grade == Some(grade)).then_some("true")
                            on:click=move |_| act.run(Action::Grade(grade))
                        >
                            {t.grade(grade)} " " <kbd>{grade.key()}</kbd>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Space or Enter reveals, 1 to 4 grade, as in Anki: never from a text
/// field, never while an input method is composing (Korean text is
/// composed), and never twice from one held key. On a choice card, letters
/// or digits choose first, and grading keys act only after the check.
fn on_key(
    ev: &KeyboardEvent,
    quiz: RwSignal<Quiz>,
    pressed_at: StoredValue<f64>,
    act: Callback<Action>,
) {
    if ev.is_composing() || ev.repeat() {
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
    // A focused button or link acts on Space and Enter itself. Pressed
    // twice on a grade button, the second press comes to the next
    // question, whose answer it must not show.
    let confirm_key = matches!(ev.key().as_str(), " " | "Enter");
    let now = js_sys::Date::now();
    if confirm_key && tag == "BUTTON" {
        pressed_at.set_value(now);
    }
    let confirms = confirm_key
        && !matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY")
        && now - pressed_at.get_value() >= DOUBLE_PRESS_MS;
    let (card, checked) =
        quiz.with_untracked(|quiz| (quiz.current_card(), quiz.choice.is_checked()));
    let action = match card.filter(|card| !card.choices.is_empty()) {
        Some(_) if checked && confirms && ev.key() == "Enter" => Action::Accept,
        Some(_) if checked => match Grade::from_key(&ev.key()) {
            Some(grade) => Action::Regrade(grade),
            None => return,
        },
        Some(_) if confirms => Action::Check,
        Some(card) => {
            let labels = card.choices.iter().map(|choice| choice.label);
            match option_for_key(&ev.code(), &ev.key(), labels) {
                Some(at) => Action::Choose(at),
                None => return,
            }
        }
        None if ev.key_code() == 229 => return,
        None if confirms => Action::Reveal,
        None => match Grade::from_key(&ev.key()) {
            Some(grade) => Action::Grade(grade),
            None => return,
        },
    };
    ev.prevent_default();
    act.run(action);
}
