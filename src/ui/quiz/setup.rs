//! Choosing a quiz: categories and a number of questions.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::deck::{Category, CARDS, CATEGORIES, DECKS, NOTES_LANG};
use crate::route::{quiz_href, quiz_setup_href};
use crate::study::quiz::QuizSpec;
use crate::ui::browser::fresh_seed;
use crate::ui::context::{focus_on_load, set_title, use_navigation, words};
use crate::ui::shared::{MasteryBar, QuestionCount};

/// The counts the setup screen offers, besides "all".
const COUNT_CHOICES: [usize; 3] = [5, 10, 20];

/// Choosing categories and a number of questions.
#[component]
pub fn QuizSetup(spec: QuizSpec) -> impl IntoView {
    let t = words();
    let navigation = use_navigation();
    set_title(Some(t.start_quiz));
    let chosen = RwSignal::new(spec.categories.clone());
    let count = RwSignal::new(spec.count);
    let unfinished = RwSignal::new(spec.unfinished);
    let unfinished_total = CARDS.iter().filter(|card| card.unfinished).count();
    let mut counts: Vec<Option<usize>> = COUNT_CHOICES.into_iter().map(Some).collect();
    if spec.count.is_some() && !counts.contains(&spec.count) {
        counts.push(spec.count);
    }
    counts.push(None);
    let start = move |ev: SubmitEvent| {
        ev.prevent_default();
        let spec = QuizSpec {
            count: count.get_untracked(),
            unfinished: unfinished.get_untracked(),
            ..QuizSpec::of_categories(chosen.get_untracked())
        };
        // The setup's own entry keeps the choices, for Back from the quiz.
        navigation.set_address(&quiz_setup_href(&spec), false);
        navigation.go(&quiz_href(&spec.with_seed(fresh_seed())));
    };
    view! {
        <h1 tabindex="-1" node_ref=focus_on_load()>{t.start_quiz}</h1>
        <p class="meta">{t.quiz_intro}</p>
        <form class="quiz-setup" on:submit=start>
            <fieldset>
                <legend>{t.categories}</legend>
                <p class="hint">{t.choose_none}</p>
                {DECKS
                    .iter()
                    .map(|deck| view! { <CategoryChoices category=&CATEGORIES[deck.root] chosen /> })
                    .collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t.question_count}</legend>
                <div class="choices">
                    {counts
                        .into_iter()
                        .map(|choice| {
                            let value = choice.map_or_else(|| "all".to_owned(), |n| n.to_string());
                            let label = if choice.is_some() { value.clone() } else { t.all.to_owned() };
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="n"
                                        value=value
                                        prop:checked=move || count.get() == choice
                                        on:change=move |_| count.set(choice)
                                    />
                                    " "{label}
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            {(unfinished_total > 0)
                .then(|| view! {
                    <fieldset>
                        <legend>{t.unanswered_questions}</legend>
                        <label class="choice">
                            <input
                                type="checkbox"
                                name="u"
                                value="1"
                                prop:checked=unfinished
                                on:change:target=move |ev| unfinished.set(ev.target().checked())
                            />
                            " "{(t.include_unanswered)(unfinished_total)}
                        </label>
                    </fieldset>
                })}
            <button type="submit" class="button">{t.start}</button>
        </form>
    }
}

/// A checkbox for `category` and for each category below it that has questions.
#[component]
fn CategoryChoices(category: &'static Category, chosen: RwSignal<Vec<String>>) -> AnyView {
    if category.card_count() == 0 {
        return ().into_any();
    }
    let id = category.id;
    view! {
        <ul class="pick-tree">
            <li>
                <label class="choice">
                    <input
                        type="checkbox"
                        name="c"
                        value=id
                        prop:checked=move || chosen.with(|chosen| chosen.iter().any(|c| c == id))
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            chosen.update(|chosen| {
                                chosen.retain(|c| c != id);
                                if on {
                                    chosen.push(id.to_owned());
                                }
                            });
                        }
                    />
                    " "<span lang=NOTES_LANG>{category.title}</span>" "
                    <MasteryBar category />
                    <QuestionCount category />
                </label>
                {category
                    .children()
                    .map(|child| view! { <CategoryChoices category=child chosen /> })
                    .collect_view()}
            </li>
        </ul>
    }
    .into_any()
}
