//! The end of a session: how it went, and where to go next.

use leptos::prelude::*;

use super::Action;
use crate::progress::Grade;
use crate::route::{quiz_href, quiz_setup_href};
use crate::study::quiz::{Quiz, Source};
use crate::study::session::Outcome;
use crate::ui::browser::now_ms;
use crate::ui::context::{focus_on_load, set_title, words};
use crate::ui::shared::CardFold;

/// How the session went: each grade counted, every card with its grade, and
/// where to go next.
#[component]
pub fn Summary(quiz: RwSignal<Quiz>, act: Callback<Action>) -> impl IntoView {
    let t = words();
    let quiz = quiz.get_untracked();
    let session = &quiz.session;
    let summary = session.summary(now_ms());
    let heading = if session.ended_early() {
        t.session_ended
    } else {
        t.session_complete
    };
    set_title(Some(heading));
    let resumable = session.ended_early() && summary.unanswered > 0;
    // A review or a drill starts again from what is due or missed now.
    let again = match quiz.source {
        Source::Spec(_) => t.same_quiz,
        _ => t.start_again,
    };
    let missed = quiz.retry_missed();
    let retry = (!missed.cards.is_empty()).then(|| {
        view! { <a class="button" href=quiz_href(&missed)>{(t.retry_missed)(missed.cards.len())}</a> " " }
    });
    let mut tallies: Vec<(&str, &str, usize)> = Grade::ALL
        .into_iter()
        .map(|grade| (grade.name(), t.grade(grade), summary.count(grade)))
        .collect();
    tallies.push(("skipped", t.skipped, summary.skipped));
    if summary.unanswered > 0 {
        tallies.push(("unanswered", t.not_asked, summary.unanswered));
    }
    let graded: Vec<_> = quiz
        .cards
        .iter()
        .zip(session.outcomes())
        .map(|(card, outcome)| {
            let badge = match outcome {
                Outcome::Graded(grade) => (grade.name(), t.grade(*grade)),
                Outcome::Skipped => ("skipped", t.skipped),
            };
            view! { <li><CardFold card badge /></li> }
        })
        .collect();
    view! {
        <section class="quiz-summary">
            <h1 tabindex="-1" node_ref=focus_on_load()>{heading}</h1>
            <p class="meta">
                {(t.answered_in)(summary.graded(), session.total(), summary.duration_ms)}
            </p>
            <ul class="tally">
                {tallies
                    .into_iter()
                    .map(|(name, label, count)| {
                        view! {
                            <li class=format!("tally-{name}")>
                                <span class="tally-count">{count}</span>" "{label}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="actions">
                <button type="button" class="button" hidden=!resumable on:click=move |_| act.run(Action::Resume)>
                    {t.resume_session}
                </button>
                " "
                {retry}
                <a class="button button-quiet" href=quiz_setup_href(&quiz.choices())>{t.new_quiz}</a>
                " "
                <button type="button" class="button button-quiet" on:click=move |_| act.run(Action::Restart)>
                    {again}
                </button>
            </div>
            {(!graded.is_empty()).then(|| view! {
                <h2>{t.questions_heading}</h2>
                <ol class="folds">{graded}</ol>
            })}
        </section>
    }
}
