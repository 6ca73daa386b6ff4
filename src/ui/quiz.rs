//! The quiz screens: choosing a quiz, one question at a time, and the summary.
//! The state they draw is [`Quiz`]; `app.rs` turns clicks and keys into its
//! changes.

use super::embed::{embed_button, Embeddable};
use super::markup::{markup, Markup};
use super::shared::{card_fold, not_found, question_count, Page};
use crate::deck::{Card, Category, CATEGORIES, DECKS};
use crate::route::{quiz_href, quiz_setup_href};
use crate::study::quiz::QuizSpec;
use crate::study::session::{Grade, Outcome, Session};

/// The counts the setup screen offers, besides "all".
const COUNT_CHOICES: [usize; 3] = [5, 10, 20];

/// A quiz being taken.
#[derive(Clone, Debug)]
pub struct Quiz {
    pub spec: QuizSpec,
    pub cards: Vec<&'static Card>,
    pub session: Session,
    /// What the user wrote before revealing the current answer.
    pub typed: String,
}

impl Quiz {
    /// `spec`'s questions, continuing `saved` (a [`Session::encode`]) when it
    /// is a session of this quiz.
    pub fn open(spec: QuizSpec, saved: Option<&str>, now_ms: u64) -> Self {
        let cards = spec.draw();
        let session = saved
            .and_then(|saved| Session::decode(saved, cards.len()))
            .unwrap_or_else(|| Session::new(cards.len(), now_ms));
        Quiz {
            spec,
            cards,
            session,
            typed: String::new(),
        }
    }

    pub fn current_card(&self) -> Option<&'static Card> {
        self.session.current().map(|at| self.cards[at])
    }

    /// A quiz of the cards graded Again or Hard, in a fresh order.
    pub fn retry_missed(&self) -> QuizSpec {
        QuizSpec {
            cards: self
                .session
                .missed()
                .into_iter()
                .map(|at| self.cards[at].id.to_owned())
                .collect(),
            count: None,
            ..QuizSpec::default()
        }
    }

    /// The setup screen with this quiz's choices.
    pub fn choices(&self) -> QuizSpec {
        QuizSpec {
            seed: None,
            ..self.spec.clone()
        }
    }
}

/// Choosing categories and a number of questions.
pub fn setup_page(spec: &QuizSpec) -> Page {
    let mut out = Markup::new();
    markup!(&mut out,
        "<h1 tabindex='-1'>Start a quiz</h1>"
        "<p class='meta'>Questions come one at a time, in a shuffled order. Recall the answer, "
        "show it, and grade yourself.</p>"
        "<form class='quiz-setup' data-form='quiz-setup'>"
        "<fieldset><legend>Categories</legend><p class='hint'>Choose none to be asked about everything.</p>"
    );
    for deck in DECKS {
        category_choices(&mut out, &CATEGORIES[deck.root], spec);
    }
    markup!(
        &mut out,
        "</fieldset><fieldset><legend>Questions</legend><div class='choices'>"
    );
    let mut counts: Vec<Option<usize>> = COUNT_CHOICES.into_iter().map(Some).collect();
    if !counts.contains(&spec.count) && spec.count.is_some() {
        counts.push(spec.count);
    }
    counts.push(None);
    for count in counts {
        let value = count.map_or_else(|| "all".to_owned(), |n| n.to_string());
        markup!(&mut out, "<label class='choice'><input type='radio' name='n' value='" (value) "'");
        if spec.count == count {
            markup!(&mut out, " checked");
        }
        markup!(&mut out, "> " [if count.is_some() { &value } else { "All" }] "</label>");
    }
    markup!(
        &mut out,
        "</div></fieldset><button type='submit' class='button'>Start</button></form>"
    );
    Page::new(Some("Start a quiz"), out)
}

/// A checkbox for `category` and for each category below it that has questions.
fn category_choices(out: &mut Markup, category: &'static Category, spec: &QuizSpec) {
    if category.card_count() == 0 {
        return;
    }
    markup!(out, "<ul class='pick-tree'><li><label class='choice'><input type='checkbox' name='c' value='" (category.id) "'");
    if spec.categories.iter().any(|id| id == category.id) {
        markup!(out, " checked");
    }
    markup!(out, "> <span>" (category.title) "</span> ");
    question_count(out, category);
    markup!(out, "</label>");
    for child in category.children() {
        category_choices(out, child, spec);
    }
    markup!(out, "</li></ul>");
}

/// The question being asked, or the summary once the session is over.
/// `embed_base`: the app's address, for the Embed button (`None`: no button).
pub fn quiz_page(quiz: &Quiz, now_ms: u64, embed_base: Option<&str>) -> Page {
    if quiz.cards.is_empty() {
        return not_found(
            "This quiz has no questions: its categories or cards are not in the notes any more.",
        );
    }
    let mut page = match quiz.current_card() {
        Some(card) => question_page(quiz, card),
        None => summary_page(quiz, now_ms),
    };
    if let Some(base) = embed_base {
        let mut out = Markup::new();
        embed_button(&mut out, base, Embeddable::Quiz(&quiz.choices()));
        page.html.push_str(&out.into_string());
    }
    page
}

fn question_page(quiz: &Quiz, card: &'static Card) -> Page {
    let mut out = Markup::new();
    let session = &quiz.session;
    let number = session.outcomes().len() + 1;
    let total = session.total();
    markup!(&mut out,
        "<section class='quiz' data-quiz aria-label='Quiz'><div class='quiz-bar'>"
        "<p class='quiz-progress'>Question <strong>" (number) "</strong> / " (total) "</p>"
        "<progress max='" (total) "' value='" (number - 1) "' aria-hidden='true'></progress>"
        "<button type='button' class='button button-quiet' data-action='end'>End session</button></div>"
        "<p class='meta'>" (card.category().title) "</p>"
        "<h1 tabindex='-1' class='quiz-question'"
    );
    if !session.is_revealed() {
        markup!(&mut out, " data-focus");
    }
    markup!(&mut out, ">" [card.question_html] "</h1>");
    if session.is_revealed() {
        if !quiz.typed.trim().is_empty() {
            markup!(&mut out,
                "<div class='typed-answer'><h2>Your answer</h2><p>" (quiz.typed) "</p></div>"
            );
        }
        markup!(&mut out,
            "<div class='quiz-answer prose' id='answer' tabindex='-1' data-focus role='region' aria-label='Answer'>"
            [card.answer_html] "</div>"
            "<div class='grades' role='group' aria-label='How well did you recall it?'>"
        );
        for grade in Grade::ALL {
            markup!(&mut out,
                "<button type='button' class='grade grade-" [grade.name()] "' data-grade='" [grade.key()] "'>"
                [grade.label()] " <kbd>" [grade.key()] "</kbd></button>"
            );
        }
        markup!(&mut out, "</div>");
    } else {
        markup!(&mut out,
            "<label class='typed-label' for='typed'>Your answer <span>(optional, for yourself)</span></label>"
            "<textarea id='typed' rows='3' autocomplete='off'>" (quiz.typed) "</textarea>"
            "<div class='quiz-actions'><button type='button' class='button' data-action='reveal'>"
            "Show answer <kbd>Space</kbd></button></div>"
        );
    }
    markup!(&mut out,
        "<p class='quiz-skip'><button type='button' class='link-button' data-action='skip'>Skip this question</button></p>"
        "<p class='hint keys'>Keys: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.</p></section>"
    );
    Page::new(Some("Quiz"), out)
}

fn summary_page(quiz: &Quiz, now_ms: u64) -> Page {
    let mut out = Markup::new();
    let session = &quiz.session;
    let summary = session.summary(now_ms);
    let heading = if session.ended_early() {
        "Session ended"
    } else {
        "Session complete"
    };
    markup!(&mut out,
        "<section class='quiz-summary' data-quiz><h1 tabindex='-1' data-focus>" [heading] "</h1>"
        "<p class='meta'>" (session.outcomes().len()) " of " (session.total())
        " questions in " (duration(summary.duration_ms)) "</p><ul class='tally'>"
    );
    for grade in Grade::ALL {
        tally(&mut out, grade.name(), grade.label(), summary.count(grade));
    }
    tally(&mut out, "skipped", "Skipped", summary.skipped);
    if summary.unanswered > 0 {
        tally(&mut out, "unanswered", "Not asked", summary.unanswered);
    }
    markup!(&mut out, "</ul><div class='actions'>");
    let missed = quiz.retry_missed();
    if !missed.cards.is_empty() {
        markup!(&mut out, "<a class='button' href='" (quiz_href(&missed)) "'>");
        match missed.cards.len() {
            1 => markup!(&mut out, "Retry the one I missed</a> "),
            n => markup!(&mut out, "Retry the " (n) " I missed</a> "),
        }
    }
    markup!(&mut out,
        "<a class='button button-quiet' href='" (quiz_setup_href(&quiz.choices())) "'>New quiz</a> "
        "<button type='button' class='button button-quiet' data-action='restart'>Same quiz again</button>"
        "</div><h2>Questions</h2><ol class='folds'>"
    );
    for (card, outcome) in quiz.cards.iter().zip(session.outcomes()) {
        let (name, label) = match outcome {
            Outcome::Graded(grade) => (grade.name(), grade.label()),
            Outcome::Skipped => ("skipped", "Skipped"),
        };
        markup!(&mut out, "<li>");
        card_fold(&mut out, card, Some((name, label)));
        markup!(&mut out, "</li>");
    }
    markup!(&mut out, "</ol></section>");
    Page::new(Some(heading), out)
}

fn tally(out: &mut Markup, name: &str, label: &str, count: usize) {
    markup!(out,
        "<li class='tally-" [name] "'><span class='tally-count'>" (count) "</span> " [label] "</li>"
    );
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
