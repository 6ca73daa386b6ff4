//! The end of a session: how it went, and where to go next.

use leptos::prelude::*;

use super::Action;
use crate::route::{quiz_href, quiz_setup_href};
use crate::study::quiz::Quiz;
use crate::study::session::{Grade, Outcome};
use crate::ui::shared::{focus_on_load, set_title, CardFold};
use crate::ui::state::now_ms;

/// How the session went: each grade counted, every card with its grade, and
/// where to go next.
#[component]
pub fn Summary(
    quiz: RwSignal<Quiz>,
    act: impl Fn(Action) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let quiz = quiz.get_untracked();
    let session = &quiz.session;
    let summary = session.summary(now_ms());
    let heading = if session.ended_early() {
        "Session ended"
    } else {
        "Session complete"
    };
    set_title(Some(heading));
    let missed = quiz.retry_missed();
    let retry = (!missed.cards.is_empty()).then(|| {
        let label = match missed.cards.len() {
            1 => "Retry the one I missed".to_owned(),
            n => format!("Retry the {n} I missed"),
        };
        view! { <a class="button" href=quiz_href(&missed)>{label}</a> " " }
    });
    let mut tallies: Vec<(&str, &str, usize)> = Grade::ALL
        .into_iter()
        .map(|grade| (grade.name(), grade.label(), summary.count(grade)))
        .collect();
    tallies.push(("skipped", "Skipped", summary.skipped));
    if summary.unanswered > 0 {
        tallies.push(("unanswered", "Not asked", summary.unanswered));
    }
    let graded: Vec<_> = quiz
        .cards
        .iter()
        .zip(session.outcomes())
        .map(|(card, outcome)| {
            let badge = match outcome {
                Outcome::Graded(grade) => (grade.name(), grade.label()),
                Outcome::Skipped => ("skipped", "Skipped"),
            };
            view! { <li><CardFold card badge /></li> }
        })
        .collect();
    view! {
        <section class="quiz-summary">
            <h1 tabindex="-1" node_ref=focus_on_load()>{heading}</h1>
            <p class="meta">
                {session.outcomes().len()}" of "{session.total()}" questions in "
                {duration(summary.duration_ms)}
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
                {retry}
                <a class="button button-quiet" href=quiz_setup_href(&quiz.choices())>"New quiz"</a>
                " "
                <button type="button" class="button button-quiet" on:click=move |_| act(Action::Restart)>
                    "Same quiz again"
                </button>
            </div>
            <h2>"Questions"</h2>
            <ol class="folds">{graded}</ol>
        </section>
    }
}

/// "1 min 5 s", "42 s": whole seconds, integers only.
pub fn duration(ms: u64) -> String {
    let seconds = ms / 1000;
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_whole_minutes_and_seconds() {
        assert_eq!(duration(0), "0 s");
        assert_eq!(duration(42_999), "42 s");
        assert_eq!(duration(120_000), "2 min");
        assert_eq!(duration(65_000), "1 min 5 s");
    }
}
