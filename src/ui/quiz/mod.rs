//! The quiz screens: choosing a quiz, one question at a time, and the
//! summary. A session's state is a [`Quiz`] in a signal; its screens draw it
//! and send it [`Action`]s.

mod question;
mod setup;
mod summary;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

pub use setup::QuizSetup;

use super::browser::{clock, now_ms};
use super::context::{focus_on_load, set_title, use_host, use_learner, use_screen, words};
use super::embed::{self, EmbedButton, Embeddable};
use super::host::{Host, Mode};
use super::learner::Learner;
use super::screen::Screen;
use super::shared::NotFound;
use crate::deck::CARDS;
use crate::progress::today::review_queue;
use crate::progress::Grade;
use crate::study::quiz::{drill_cards, Drill, Quiz, Source};
use question::Question;
use summary::Summary;

/// What the user can do to a session.
#[derive(Clone, Copy)]
pub(crate) enum Action {
    Reveal,
    /// Records a grade and moves on.
    Grade(Grade),
    /// Chooses or unchooses an option of a choice card.
    Choose(usize),
    /// Checks the options chosen.
    Check,
    /// Changes the grade a checked choice will record.
    Regrade(Grade),
    /// Records a checked choice's grade and moves on.
    Accept,
    Skip,
    End,
    /// Goes on with a session ended early.
    Resume,
    Restart,
}

/// A session of `source`'s cards: resumed when one was kept, new otherwise.
#[component]
pub fn QuizScreen(source: Source) -> impl IntoView {
    let (host, learner, screen) = (use_host(), use_learner(), use_screen());
    let quiz = RwSignal::new(open(&learner, source.clone()));
    learner.keep_for_hand_over(quiz);
    // Starting a review or drill again may find nothing left to ask.
    let empty = Memo::new(move |_| quiz.with(|quiz| quiz.cards.is_empty()));
    let finished = Memo::new(move |_| quiz.with(|quiz| quiz.session.is_finished()));
    let act = Callback::new(move |action: Action| apply(host, learner, screen, quiz, action));
    // A quiz of chosen cards (the ones missed) is the user's own, not one to embed.
    let embeddable = match &source {
        Source::Spec(spec)
            if host.mode == Mode::Page && spec.cards.is_empty() && !empty.get_untracked() =>
        {
            Some(Embeddable::Quiz(quiz.with_untracked(Quiz::choices)))
        }
        _ => None,
    };
    view! {
        {move || {
            if empty.get() {
                EitherOf3::A(view! { <NothingToAsk source=source.clone() /> })
            } else if finished.get() {
                EitherOf3::B(view! { <Summary quiz act /> })
            } else {
                EitherOf3::C(view! { <Question quiz act /> })
            }
        }}
        {embeddable.map(|what| view! { <EmbedButton what /> })}
    }
}

fn open(learner: &Learner, source: Source) -> Quiz {
    if let Some(quiz) = learner.take_handed_quiz(&source) {
        return quiz;
    }
    let picked = pick(learner, &source);
    let saved = learner.saved_session(&source);
    let clock = clock();
    let today_ms = clock.start_of(clock.today()).max(0) as u64 * 1000;
    Quiz::open(source, picked, saved, now_ms(), today_ms)
}

/// The cards a new session of `source` asks.
fn pick(learner: &Learner, source: &Source) -> Vec<&'static crate::deck::Card> {
    match source {
        Source::Spec(spec) => spec.draw(),
        Source::Review => learner
            .progress
            .with_untracked(|progress| review_queue(progress, &CARDS, clock())),
        Source::Drill(drill) => learner
            .progress
            .with_untracked(|progress| drill_cards(*drill, progress, &CARDS)),
    }
}

/// Applies `action` to the session; keeps the session, and each grade in the
/// progress; announces a shown answer and a session's end, and tells an
/// embed's page when it ends. Only a change redraws: a stray key changes
/// nothing on screen.
fn apply(host: Host, learner: Learner, screen: Screen, quiz: RwSignal<Quiz>, action: Action) {
    let now = now_ms();
    let graded = quiz.with_untracked(Quiz::current_card);
    let mut recorded = None;
    let changed = quiz
        .try_maybe_update(|quiz| {
            let changed = match action {
                Action::Reveal => quiz.session.reveal(),
                Action::Grade(grade) => {
                    recorded = Some(grade);
                    quiz.grade(grade, now)
                }
                Action::Choose(at) => quiz.choose(at),
                Action::Check => quiz.check(),
                Action::Regrade(grade) => quiz.choice.regrade(grade),
                Action::Accept => {
                    recorded = quiz.choice.grade;
                    recorded.is_some_and(|grade| quiz.grade(grade, now))
                }
                Action::Skip => quiz.skip(now),
                Action::End => {
                    let running = !quiz.session.is_finished();
                    quiz.session.end_early(now);
                    running
                }
                Action::Resume => quiz.session.resume(now),
                Action::Restart => {
                    *quiz = Quiz::open(
                        quiz.source.clone(),
                        pick(&learner, &quiz.source),
                        None,
                        now,
                        0,
                    );
                    true
                }
            };
            (changed, changed)
        })
        .unwrap_or(false);
    if !changed {
        return;
    }
    if let (Some(grade), Some(card)) = (recorded, graded) {
        learner.record(card.id, grade);
    }
    let finished = quiz.with_untracked(|quiz| {
        learner.save_session(quiz);
        let session = &quiz.session;
        let t = host.words();
        screen.announce(if quiz.cards.is_empty() {
            // Started again with nothing left: the screen says so itself.
            ""
        } else if session.is_finished() {
            t.session_over
        } else if session.is_revealed() {
            t.answer_shown
        } else {
            ""
        });
        (session.is_finished() && !matches!(action, Action::Restart)).then(|| session.summary(now))
    });
    // Told after `with_untracked` has let go of the quiz: the blog's
    // listener runs synchronously, inside this call.
    if let Some(summary) = finished {
        host.element
            .with_value(|element| embed::announce_finished(host.mode, element.as_ref(), &summary));
    }
}

/// A review with nothing due, a drill with no cards, or a quiz whose cards
/// are gone from the notes.
#[component]
fn NothingToAsk(source: Source) -> impl IntoView {
    let t = words();
    let (title, message) = match source {
        Source::Spec(spec) if !spec.is_in_notes() => {
            return Either::Left(view! { <NotFound message=t.empty_quiz /> })
        }
        Source::Spec(_) => t.no_questions,
        Source::Review => t.all_done,
        Source::Drill(Drill::Starred) => t.no_starred,
        Source::Drill(Drill::Missed) => t.nothing_missed,
    };
    set_title(Some(title));
    Either::Right(view! {
        <section class="empty-state">
            <h1 tabindex="-1" node_ref=focus_on_load()>{title}</h1>
            <p>{message}</p>
            <p>
                <a class="button" href="./">{t.home}</a>
            </p>
        </section>
    })
}
