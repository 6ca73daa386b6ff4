//! The UI in English.

use super::{minutes_seconds, Words};
use crate::progress::schema::{CardProblem, Refusal, VERSION};
use crate::progress::today::date;
use crate::store::Notice;

/// "1 review", "3 reviews".
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn short_date(day: i64) -> String {
    let (_, month, day) = date(day);
    let month = MONTHS.get(month as usize - 1).unwrap_or(&"");
    format!("{month} {day}")
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub static WORDS: Words = Words {
    switch_to: "한국어",

    study_nav: "Study",
    review: "Review",
    stats: "Stats",
    dark_mode: "Dark mode",
    home: "Home",
    breadcrumb: "Breadcrumb",
    download_unreadable: "Download the unreadable data",
    notice: |notice| match notice {
        Notice::Blocked => {
            "This page cannot keep data here, so progress and quizzes last only until the page is closed."
        }
        Notice::Full => {
            "The browser's storage for this site is full, so new progress lasts only until the page is closed."
        }
        Notice::Corrupt { .. } => {
            "The saved progress could not be read, so a copy was set aside and what was readable is kept."
        }
        Notice::Newer { .. } => {
            "This progress was saved by a newer Foldcards, so this page shows it but does not save over it."
        }
    },
    not_found: "Not found",
    no_such_page: "There is no page at this address.",
    no_such_category: "There is no category at this address. The notes may have been reorganised.",
    no_such_card: "This card is not in the notes any more: it may have been renamed or removed.",
    search_on_page: "Search is on the app's own page.",
    back_home: "Back to all categories",

    your_notes: "Your notes",
    questions_in_decks: |cards, decks| format!("{} in {decks} decks", counted(cards, "question", "questions")),
    quiz_everything: "Quiz on everything",
    today: "Today",
    due: ("", " due"),
    new: ("", " new"),
    review_now: "Review now",
    nothing_due: "Nothing to review today. Well done.",
    starred: "Starred",
    missed: "Missed",
    deck_size: |cards, sections| {
        format!(
            "{} · {}",
            counted(cards, "question", "questions"),
            counted(sections, "section", "sections")
        )
    },
    categories_of: |deck| format!("Categories of {deck}"),

    questions: |count| counted(count, "question", "questions"),
    notes_only: "notes",
    mastery: |[new, learning, known]| format!("{new} new, {learning} learning, {known} known"),
    star: "Star",
    start_quiz: "Start a quiz",
    random_questions: |count| format!("{count} random questions"),
    open_as_card: "Open as a card",
    follow_up: "Follow-up",
    no_answer_yet: "No answer yet",
    sections: "Sections",
    show_all_answers: "Show all answers",
    collapse_all_answers: "Collapse all answers",
    question_of: |at, total| format!("Question {at} of {total}"),
    follow_up_of: "Follow-up of ",
    follow_ups: "Follow-up questions",
    pager: "Questions in this category",
    previous: "Previous",
    next: "Next",

    quiz_intro: "Questions come one at a time, in a shuffled order. Recall the answer, show it, and grade yourself.",
    categories: "Categories",
    choose_none: "Choose none to be asked about everything.",
    question_count: "Questions",
    all: "All",
    unanswered_questions: "Questions with no answer yet",
    include_unanswered: |count| format!("Include them ({count})"),
    start: "Start",

    quiz: "Quiz",
    question_number: "Question ",
    end_session: "End session",
    skip_question: "Skip this question",
    recall_keys: "Keys: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; Esc leaves the answer field.",
    options: "Options",
    check: "Check",
    choice_keys: |last, several| {
        let choose = if several { "choose, Enter checks" } else { "choose" };
        format!("Keys: A–{last} {choose}; then 1–4 change the grade and Enter goes on.")
    },
    right: "Right.",
    partly_right: "Partly right.",
    wrong: "Wrong.",
    next_question: "Next",
    your_answer: "Your answer",
    your_answer_hint: "(optional, for yourself)",
    show_answer: "Show answer",
    answer: "Answer",
    how_well: "How well did you recall it?",
    grades: ["Again", "Hard", "Good", "Easy"],
    answer_shown: "Answer shown.",
    session_over: "Session over. Your summary follows.",
    empty_quiz: "This quiz has no questions: its categories or cards are not in the notes any more.",
    no_questions: (
        "No questions to ask",
        "The categories chosen have no questions yet: only notes, or questions with no answer written.",
    ),
    all_done: (
        "All done for today",
        "Nothing is due and no new cards are left for today. Come back tomorrow, or take a quiz.",
    ),
    no_starred: (
        "No starred cards",
        "Star a card, on its page or under its answer, to drill it here.",
    ),
    nothing_missed: (
        "Nothing missed",
        "Cards whose last grade was Again or Hard come here.",
    ),

    session_ended: "Session ended",
    session_complete: "Session complete",
    retry_missed: |count| match count {
        1 => "Retry the one I missed".to_owned(),
        n => format!("Retry the {n} I missed"),
    },
    skipped: "Skipped",
    not_asked: "Not asked",
    answered_in: |answered, total, ms| {
        let took = match minutes_seconds(ms) {
            (0, s) => format!("{s} s"),
            (m, 0) => format!("{m} min"),
            (m, s) => format!("{m} min {s} s"),
        };
        format!("{answered} of {} in {took}", counted(total, "question", "questions"))
    },
    resume_session: "Continue where I stopped",
    new_quiz: "New quiz",
    same_quiz: "Same quiz again",
    start_again: "Start again",
    questions_heading: "Questions",

    totals: |reviews, [new, learning, known]| {
        format!(
            "{} · {known} known · {learning} learning · {new} new",
            counted(reviews, "review", "reviews")
        )
    },
    reviews_per_day: "Reviews per day",
    recall_over_time: "Recall over time",
    coming_due: "Coming due",
    by_category: "By category",
    your_data: "Your data",
    day_reviews: |day, count| {
        format!("{}: {}", short_date(day), counted(count, "review", "reviews"))
    },
    heatmap: |reviews, weeks| {
        format!("{} in the last {weeks} weeks", counted(reviews, "review", "reviews"))
    },
    short_date,
    fewer_more: ("Fewer", "More"),
    weeks_ago: |weeks| format!("{weeks} weeks ago"),
    this_week: "This week",
    days_ahead: |days| format!("In {days} days"),
    no_recall_yet: "No card has come back for review yet: recall shows here once one does.",
    recall_per_week: |weeks| format!("Recall per week, oldest first: {weeks}"),
    recall_goal: "Bars reach the dashed line at 90 %, the recall FSRS aims for.",
    forecast: |days, counts| format!("Cards due over the next {days} days, today first: {counts}"),
    due_in: |days, count| {
        let when = match days {
            0 => "today".to_owned(),
            1 => "tomorrow".to_owned(),
            days => format!("in {days} days"),
        };
        format!("{when}: {}", counted(count, "card", "cards"))
    },
    category: "Category",
    cards: "Cards",
    mastery_heading: "Mastery",
    reviews: "Reviews",
    reset: "Reset",
    reset_everything: "Reset everything",
    reset_category: |category| format!("Reset {category}"),
    confirm_reset: "Confirm reset",
    forget_category: ("Forget the reviews in ", "? Stars stay."),
    forget_everything: "Forget all your reviews? Stars stay.",
    reviews_forgotten: "Reviews forgotten.",
    cancel: "Cancel",
    data_hint: "Progress stays in this browser. Export it to keep a copy or to move it to another browser; importing merges a file into what is here and never overwrites it.",
    export: "Export progress",
    import: "Import progress",
    imported: |changed, left_out, kept| {
        let cards = counted(changed, "card", "cards");
        let mut message = match (changed, kept) {
            (0, _) => "This file holds nothing new for these notes.".to_owned(),
            (_, true) => format!("Imported the progress of {cards}, merged with yours."),
            (_, false) => format!("Merged the progress of {cards} for this visit only: the notice above says why the browser did not keep it."),
        };
        if left_out > 0 {
            let cards = counted(left_out, "card", "cards");
            message.push_str(&format!(" Left out {cards} that these notes do not have."));
        }
        message
    },
    file_unreadable: "The file could not be read.",
    nothing_imported: "Nothing was imported.",
    refusal: |refusal| match refusal {
        Refusal::NotJson => {
            "This file is damaged or is not a Foldcards progress file: it is not valid JSON.".to_owned()
        }
        Refusal::NotProgress => "This file is not a Foldcards progress file.".to_owned(),
        Refusal::UnknownVersion => "This file has a version number Foldcards never wrote.".to_owned(),
        Refusal::Newer { version } => format!(
            "This file comes from a newer Foldcards (file version {version}; this one reads version {VERSION}), so it cannot be imported here."
        ),
        Refusal::OtherDeck(deck) => format!("This file holds the progress of another deck (“{deck}”)."),
        Refusal::Card { id, problem } => {
            let problem = match problem {
                CardProblem::Shape => "it is not in a shape Foldcards reads".to_owned(),
                CardProblem::Grade(n) => format!("review {n} has a grade other than 1 to 4"),
                CardProblem::Time(n) => format!("review {n} has a time outside 1970 to 3000"),
                CardProblem::Order(n) => format!("review {n} is not later than the one before it"),
                CardProblem::StarTime => "its star has a time outside 1970 to 3000".to_owned(),
                CardProblem::ResetTime => "its reset has a time outside 1970 to 3000".to_owned(),
            };
            format!("Card “{id}”: {problem}.")
        }
    },

    search: "Search",
    search_placeholder: "Search  /",
    search_label: "Search the notes",
    type_to_search: "Type to search questions and answers.",
    nothing_found: "Nothing found.",
    results: "Results",
    result_count: |count, capped| match (count, capped) {
        (n, true) => format!("The first {n} results"),
        (1, false) => "1 result".to_owned(),
        (n, false) => format!("{n} results"),
    },

    export_anki: "Export for Anki",
    embed: "Embed",
    embed_hint: "Paste one of these into a blog post. The element needs this site to allow cross-origin requests (CORS) for its files.",
    in_iframe: "In an iframe",
    as_element: "As an element",
    copy: "Copy",
    copied: "Copied",
};
