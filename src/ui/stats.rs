//! The stats page: reviews per day, recall over time, what comes due, and
//! each category's totals; export, import and reset of the progress.

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::browser::{clock, download};
use super::context::{focus_on_load, set_title, use_learner, use_screen, words};
use super::shared::MasteryBar;
use crate::deck::{Category, CARDS, CATEGORIES, NOTES_LANG};
use crate::progress::stats::{due_forecast, retention_per_week, review_count, reviews_per_day};
use crate::progress::today::{iso_date, mastery_counts, Clock};

/// Weeks the heatmap shows, a column each.
const HEATMAP_WEEKS: usize = 20;
const RECALL_WEEKS: usize = 12;
const FORECAST_DAYS: usize = 14;

#[component]
pub fn StatsPage() -> impl IntoView {
    let t = words();
    let learner = use_learner();
    set_title(Some(t.stats));
    let asking = RwSignal::new(NO_RESET);
    view! {
        <h1 tabindex="-1" node_ref=focus_on_load()>{t.stats}</h1>
        {move || {
            learner.track_day();
            let clock = clock();
            learner.progress.with(|progress| {
                let reviews = review_count(progress, &CARDS);
                view! {
                    <p class="meta" data-testid="totals">
                        {(t.totals)(reviews, mastery_counts(progress, &CARDS))}
                    </p>
                    <h2>{t.reviews_per_day}</h2>
                    <Heatmap counts=reviews_per_day(progress, clock, HEATMAP_WEEKS * 7) clock />
                    <h2>{t.recall_over_time}</h2>
                    <RecallChart weeks=retention_per_week(progress, clock, RECALL_WEEKS) />
                    <h2>{t.coming_due}</h2>
                    <Forecast days=due_forecast(progress, &CARDS, clock, FORECAST_DAYS) />
                }
            })
        }}
        <h2>{t.by_category}</h2>
        <CategoryTotals asking />
        <h2>{t.your_data}</h2>
        <DataTools asking />
    }
}

/// Reviews per day as a grid of squares, a column per week, today last.
#[component]
fn Heatmap(counts: Vec<usize>, clock: Clock) -> impl IntoView {
    let t = words();
    let total: usize = counts.iter().sum();
    let first_day = clock.today() - counts.len() as i64 + 1;
    let cells = counts
        .into_iter()
        .enumerate()
        .map(|(at, count)| {
            let level = match count {
                0 => 0,
                1..=2 => 1,
                3..=5 => 2,
                6..=10 => 3,
                _ => 4,
            };
            let day = first_day + at as i64;
            view! {
                <rect
                    x=(at / 7) * 14
                    y=(at % 7) * 14
                    width="12"
                    height="12"
                    rx="2"
                    class=format!("heat heat-{level}")
                >
                    <title>{(t.day_reviews)(day, count)}</title>
                </rect>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg
                class="heatmap"
                viewBox=format!("0 0 {} 98", HEATMAP_WEEKS * 14)
                role="img"
                aria-label=(t.heatmap)(total, HEATMAP_WEEKS)
            >
                {cells}
            </svg>
            <ChartEnds start=(t.short_date)(first_day) end=t.today.to_owned() />
            <p class="heat-scale" aria-hidden="true">
                {t.fewer_more.0}
                <svg viewBox="0 0 68 12">
                    <rect class="heat-0" width="12" height="12" rx="2"></rect>
                    <rect class="heat-1" x="14" width="12" height="12" rx="2"></rect>
                    <rect class="heat-2" x="28" width="12" height="12" rx="2"></rect>
                    <rect class="heat-3" x="42" width="12" height="12" rx="2"></rect>
                    <rect class="heat-4" x="56" width="12" height="12" rx="2"></rect>
                </svg>
                {t.fewer_more.1}
            </p>
        </figure>
    }
}

/// What a chart's first and last columns stand for, under them. (The
/// chart's own label says it all to screen readers.)
#[component]
fn ChartEnds(start: String, end: String) -> impl IntoView {
    view! {
        <p class="chart-ends" aria-hidden="true">
            <span>{start}</span>
            <span>{end}</span>
        </p>
    }
}

/// The share of reviews recalled each week, as bars out of 100 %.
#[component]
fn RecallChart(weeks: Vec<Option<usize>>) -> impl IntoView {
    let t = words();
    let described: Vec<String> = weeks
        .iter()
        .flatten()
        .map(|percent| format!("{percent}%"))
        .collect();
    if described.is_empty() {
        return Either::Left(view! { <p class="hint">{t.no_recall_yet}</p> });
    }
    let label = (t.recall_per_week)(&described.join(", "));
    let ends = ((t.weeks_ago)(RECALL_WEEKS - 1), t.this_week.to_owned());
    let bars = weeks
        .into_iter()
        .map(|percent| {
            percent.map(|percent| Bar {
                height: percent * BAR_HEIGHT / 100,
                title: format!("{percent}%"),
                figure: None,
            })
        })
        .collect();
    Either::Right(
        view! { <BarChart bars class="bar-recall" label goal=Some(90) ends caption=t.recall_goal /> },
    )
}

/// Cards due on each of the next days, today (with anything overdue) first.
#[component]
fn Forecast(days: Vec<usize>) -> impl IntoView {
    let t = words();
    let highest = days.iter().copied().max().unwrap_or(0).max(1);
    let counts: Vec<String> = days.iter().map(usize::to_string).collect();
    let label = (t.forecast)(FORECAST_DAYS, &counts.join(", "));
    let bars = days
        .into_iter()
        .enumerate()
        .map(|(at, count)| {
            Some(Bar {
                height: count * BAR_HEIGHT / highest,
                title: (t.due_in)(at, count),
                figure: Some(count),
            })
        })
        .collect();
    let ends = (t.today.to_owned(), (t.days_ahead)(FORECAST_DAYS - 1));
    view! { <BarChart bars class="bar-due" label goal=None ends caption="" /> }
}

/// The tallest a bar can be, in the chart's own units.
const BAR_HEIGHT: usize = 90;

/// One bar of a [`BarChart`].
struct Bar {
    /// Out of [`BAR_HEIGHT`].
    height: usize,
    title: String,
    /// Written under the bar.
    figure: Option<usize>,
}

/// Bars side by side (`None`: a gap), with a dashed line at `goal` percent,
/// what the first and last stand for, and a caption under them when it is
/// not empty.
#[component]
fn BarChart(
    bars: Vec<Option<Bar>>,
    class: &'static str,
    label: String,
    goal: Option<usize>,
    ends: (String, String),
    caption: &'static str,
) -> impl IntoView {
    let width = bars.len() * 20;
    let goal = goal.map(|percent| {
        let y = BAR_HEIGHT - percent * BAR_HEIGHT / 100;
        view! { <line class="axis" x1="0" y1=y x2=width y2=y></line> }
    });
    let bars = bars
        .into_iter()
        .enumerate()
        .filter_map(|(at, bar)| {
            let bar = bar?;
            Some(view! {
                <rect class=format!("bar {class}") x=at * 20 + 2 y=BAR_HEIGHT - bar.height width="16" height=bar.height>
                    <title>{bar.title}</title>
                </rect>
                {bar.figure.map(|figure| view! { <text class="bar-label" x=at * 20 + 10 y="100">{figure}</text> })}
            })
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg class="bars" viewBox=format!("0 0 {width} 104") role="img" aria-label=label>
                {goal}
                {bars}
            </svg>
            <ChartEnds start=ends.0 end=ends.1 />
            {(!caption.is_empty()).then(|| view! { <figcaption class="hint">{caption}</figcaption> })}
        </figure>
    }
}

/// Each category with cards: its mastery and reviews, and a reset, whose
/// confirmation takes the row under it, across the table.
#[component]
fn CategoryTotals(asking: ResetAsking) -> impl IntoView {
    let t = words();
    let learner = use_learner();
    let rows = CATEGORIES
        .iter()
        .filter(|category| category.card_count() > 0)
        .map(|category| {
            let reviews = move || {
                learner
                    .progress
                    .with(|progress| review_count(progress, category.all_cards()))
            };
            let depth = format!("--depth:{}", category.depth);
            let reset = Reset::new(Some(category), asking);
            view! {
                <tr>
                    <th scope="row" style=depth lang=NOTES_LANG>{category.title}</th>
                    <td>{category.card_count()}</td>
                    <td><MasteryBar category /></td>
                    <td>{reviews}</td>
                    <td><ResetButton reset /></td>
                </tr>
                {move || reset.confirming.get().then(|| view! {
                    <tr class="confirm-row">
                        <td colspan="5"><ResetConfirmation reset /></td>
                    </tr>
                })}
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="totals">
                <thead>
                    <tr>
                        <th scope="col">{t.category}</th>
                        <th scope="col">{t.cards}</th>
                        <th scope="col">{t.mastery_heading}</th>
                        <th scope="col">{t.reviews}</th>
                        <th scope="col"><span class="sr-only">{t.reset}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The reset that asks for confirmation, one at a time: a category's, by
/// its index in [`CATEGORIES`]; everything's, the index past them; or none,
/// [`NO_RESET`]. (A signal of a type the app already holds: a new type
/// measured 0.9 KB.)
type ResetAsking = RwSignal<usize>;
const NO_RESET: usize = usize::MAX;

/// Forgetting the reviews of a category (or of everything), once
/// confirmed: its button, and the confirmation it opens. Stars stay.
#[derive(Clone, Copy)]
struct Reset {
    category: Option<&'static Category>,
    scope: usize,
    asking: ResetAsking,
    confirming: Memo<bool>,
    button: NodeRef<leptos::html::Button>,
}

impl Reset {
    fn new(category: Option<&'static Category>, asking: ResetAsking) -> Self {
        let scope = category.map_or(CATEGORIES.len(), |category| category.subtree.start);
        Reset {
            category,
            scope,
            asking,
            confirming: Memo::new(move |_| asking.get() == scope),
            button: NodeRef::new(),
        }
    }

    /// Closes the confirmation, focus back on the button that opened it.
    fn close(&self) {
        self.asking.set(NO_RESET);
        if let Some(button) = self.button.get_untracked() {
            let _ = button.focus();
        }
    }

    fn forget(&self) {
        let cards = self
            .category
            .map_or(&CARDS[..], |category| category.all_cards());
        use_learner().reset(cards.iter().map(|card| card.id));
        use_screen().announce(words().reviews_forgotten);
        self.close();
    }
}

#[component]
fn ResetButton(reset: Reset) -> impl IntoView {
    let t = words();
    let (text, label) = match reset.category {
        Some(category) => (t.reset, (t.reset_category)(category.title)),
        None => (t.reset_everything, t.reset_everything.to_owned()),
    };
    view! {
        <button
            type="button"
            class="link-button"
            aria-label=label
            aria-expanded=move || reset.confirming.get().to_string()
            node_ref=reset.button
            on:click=move |_| {
                let scope = reset.scope;
                reset.asking.update(|asking| *asking = if *asking == scope { NO_RESET } else { scope });
            }
        >
            {text}
        </button>
    }
}

/// Asks before a reset forgets anything, starting on Cancel, so that a
/// second Enter forgets nothing; Esc cancels too.
#[component]
fn ResetConfirmation(reset: Reset) -> impl IntoView {
    let t = words();
    // The question, around the category's name in the notes' language.
    let question = match reset.category {
        Some(category) => (
            t.forget_category.0,
            Some(category.title),
            t.forget_category.1,
        ),
        None => (t.forget_everything, None, ""),
    };
    let cancel = NodeRef::<leptos::html::Button>::new();
    cancel.on_load(|button| {
        let _ = button.focus();
    });
    view! {
        <span
            class="confirm"
            role="group"
            aria-label=t.confirm_reset
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    reset.close();
                }
            }
        >
            <span>
                {question.0}
                {question.1.map(|title| view! { <span lang=NOTES_LANG>{title}</span> })}
                {question.2}
            </span>
            " "
            <button type="button" class="button button-danger" on:click=move |_| reset.forget()>
                {t.reset}
            </button>
            " "
            <button
                type="button"
                class="button button-quiet"
                node_ref=cancel
                on:click=move |_| reset.close()
            >
                {t.cancel}
            </button>
        </span>
    }
}

/// Export to a file, import from one (merged, never overwriting), and reset.
#[component]
fn DataTools(asking: ResetAsking) -> impl IntoView {
    let t = words();
    let learner = use_learner();
    let reset = Reset::new(None, asking);
    let message = RwSignal::new(None::<Result<String, String>>);
    let export = move |_| {
        let day = iso_date(clock().today());
        download(&format!("foldcards-progress-{day}.json"), &learner.export());
    };
    let import = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string());
            let outcome = match text {
                Some(text) => learner
                    .import(&text)
                    .map(|(changed, left_out, kept)| (t.imported)(changed, left_out, kept))
                    .map_err(|refusal| (t.refusal)(&refusal)),
                None => Err(t.file_unreadable.to_owned()),
            };
            message.set(Some(outcome));
        });
    };
    view! {
        <p class="hint">{t.data_hint}</p>
        <p class="actions">
            <button type="button" class="button button-quiet" on:click=export>{t.export}</button>
            " "
            <label class="button button-quiet file-button">
                {t.import}
                <input type="file" accept=".json,application/json" class="sr-only" on:change:target=move |ev| import(ev.target()) />
            </label>
            " "
            <ResetButton reset />
        </p>
        {move || reset.confirming.get().then(|| view! { <p><ResetConfirmation reset /></p> })}
        <p role="status" class="import-message">
            {move || match message.get() {
                Some(Ok(done)) => Some(Either::Left(view! { <span class="ok">{done}</span> })),
                Some(Err(problem)) => Some(Either::Right(view! { <span class="problem">{format!("{} {problem}", t.nothing_imported)}</span> })),
                None => None,
            }}
        </p>
    }
}
