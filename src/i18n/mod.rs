//! The app's own words, in Korean and English: every string the UI shows or
//! reads out, one table per language ([`en`], [`ko`]), each a [`Words`], so
//! that a string missing from either table does not compile. No UI here;
//! note content is never translated and keeps the notes' own language.

mod en;
mod ko;

use crate::progress::schema::Refusal;
use crate::progress::Grade;
use crate::store::Notice;

/// A language the UI speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ko,
}

impl Lang {
    /// The BCP 47 code, for `lang` attributes and for storing the user's
    /// choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// Reads a language tag (`ko`, `ko-KR`, `en-US`, any case); `None` for a
    /// language the UI does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?;
        if primary.eq_ignore_ascii_case("ko") {
            Some(Lang::Ko)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The other language, which the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }

    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::WORDS,
            Lang::Ko => &ko::WORDS,
        }
    }

    /// The language the UI starts in: one asked for (an embed's `lang`), then
    /// the user's choice, then the notes' own, then the browser's; English
    /// when none of them is one the UI speaks.
    pub fn initial(asked: Option<&str>, chosen: Option<&str>, notes: &str, browser: &str) -> Lang {
        [asked, chosen, Some(notes), Some(browser)]
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }
}

/// The text before and after a value shown inside a phrase, such as a
/// number ("복습 3장", "3 due") or a name, so that each language places the
/// value where its grammar puts it.
pub type Around = (&'static str, &'static str);

/// Every string of the UI in one language. Fields that take figures are
/// functions, so that each language orders and inflects them its own way.
pub struct Words {
    /// The other language's name, in that language: what the switch offers.
    pub switch_to: &'static str,

    // The shell.
    pub study_nav: &'static str,
    pub review: &'static str,
    pub stats: &'static str,
    pub dark_mode: &'static str,
    pub home: &'static str,
    pub breadcrumb: &'static str,
    pub download_unreadable: &'static str,
    pub notice: fn(&Notice) -> &'static str,
    pub not_found: &'static str,
    pub no_such_page: &'static str,
    pub no_such_category: &'static str,
    pub no_such_card: &'static str,
    pub search_on_page: &'static str,
    pub back_home: &'static str,

    // Home.
    pub your_notes: &'static str,
    pub questions_in_decks: fn(usize, usize) -> String,
    pub quiz_everything: &'static str,
    pub today: &'static str,
    pub due: Around,
    pub new: Around,
    pub review_now: &'static str,
    pub nothing_due: &'static str,
    pub starred: &'static str,
    pub missed: &'static str,
    pub deck_size: fn(usize, usize) -> String,
    pub categories_of: fn(&str) -> String,

    // Categories and cards.
    pub questions: fn(usize) -> String,
    pub notes_only: &'static str,
    pub mastery: fn([usize; 3]) -> String,
    pub star: &'static str,
    pub start_quiz: &'static str,
    pub random_questions: fn(usize) -> String,
    pub open_as_card: &'static str,
    pub follow_up: &'static str,
    pub no_answer_yet: &'static str,
    pub sections: &'static str,
    pub show_all_answers: &'static str,
    pub collapse_all_answers: &'static str,
    pub question_of: fn(usize, usize) -> String,
    pub follow_up_of: &'static str,
    pub follow_ups: &'static str,
    pub pager: &'static str,
    pub previous: &'static str,
    pub next: &'static str,

    // Choosing a quiz.
    pub quiz_intro: &'static str,
    pub categories: &'static str,
    pub choose_none: &'static str,
    pub question_count: &'static str,
    pub all: &'static str,
    pub unanswered_questions: &'static str,
    pub include_unanswered: fn(usize) -> String,
    pub start: &'static str,

    // A quiz.
    pub quiz: &'static str,
    pub question_number: &'static str,
    pub end_session: &'static str,
    pub skip_question: &'static str,
    pub recall_keys: &'static str,
    pub options: &'static str,
    pub check: &'static str,
    pub choice_keys: fn(&str, bool) -> String,
    pub right: &'static str,
    pub partly_right: &'static str,
    pub wrong: &'static str,
    pub next_question: &'static str,
    pub your_answer: &'static str,
    pub your_answer_hint: &'static str,
    pub show_answer: &'static str,
    pub answer: &'static str,
    pub how_well: &'static str,
    /// Again, Hard, Good, Easy.
    pub grades: [&'static str; 4],
    pub answer_shown: &'static str,
    pub session_over: &'static str,
    pub empty_quiz: &'static str,
    /// A quiz of categories that hold no questions to ask.
    pub no_questions: (&'static str, &'static str),
    pub all_done: (&'static str, &'static str),
    pub no_starred: (&'static str, &'static str),
    pub nothing_missed: (&'static str, &'static str),

    // The summary.
    pub session_ended: &'static str,
    pub session_complete: &'static str,
    pub retry_missed: fn(usize) -> String,
    pub skipped: &'static str,
    pub not_asked: &'static str,
    pub answered_in: fn(usize, usize, u64) -> String,
    /// Resumes a session that was ended early.
    pub resume_session: &'static str,
    pub new_quiz: &'static str,
    pub same_quiz: &'static str,
    /// Starts a review or drill again, over what is due or missed now.
    pub start_again: &'static str,
    pub questions_heading: &'static str,

    // Stats.
    pub totals: fn(usize, [usize; 3]) -> String,
    pub reviews_per_day: &'static str,
    pub recall_over_time: &'static str,
    pub coming_due: &'static str,
    pub by_category: &'static str,
    pub your_data: &'static str,
    /// Describes a heatmap day, given as days since 1970-01-01, and its
    /// number of reviews.
    pub day_reviews: fn(i64, usize) -> String,
    pub heatmap: fn(usize, usize) -> String,
    /// Formats a day, given as days since 1970-01-01, as month and day for
    /// the labels under a chart.
    pub short_date: fn(i64) -> String,
    /// The heatmap's scale, from its lightest square to its darkest.
    pub fewer_more: (&'static str, &'static str),
    pub weeks_ago: fn(usize) -> String,
    pub this_week: &'static str,
    pub days_ahead: fn(usize) -> String,
    pub no_recall_yet: &'static str,
    pub recall_per_week: fn(&str) -> String,
    pub recall_goal: &'static str,
    pub forecast: fn(usize, &str) -> String,
    /// Cards coming due a number of days from today.
    pub due_in: fn(usize, usize) -> String,
    pub category: &'static str,
    pub cards: &'static str,
    pub mastery_heading: &'static str,
    pub reviews: &'static str,
    pub reset: &'static str,
    pub reset_everything: &'static str,
    pub reset_category: fn(&str) -> String,
    pub confirm_reset: &'static str,
    /// The text around a category's name, which is in the notes' language.
    pub forget_category: Around,
    pub forget_everything: &'static str,
    /// Read out by screen readers once a reset is done.
    pub reviews_forgotten: &'static str,
    pub cancel: &'static str,
    pub data_hint: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    /// Reports an import, given the cards changed, the cards not in these
    /// notes, and whether the browser stored the result.
    pub imported: fn(usize, usize, bool) -> String,
    pub file_unreadable: &'static str,
    pub nothing_imported: &'static str,
    pub refusal: fn(&Refusal) -> String,

    // Search.
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub search_label: &'static str,
    pub type_to_search: &'static str,
    pub nothing_found: &'static str,
    pub results: &'static str,
    pub result_count: fn(usize, bool) -> String,

    /// The deck screen's link to the deck's Anki import file.
    pub export_anki: &'static str,

    // Embedding.
    pub embed: &'static str,
    pub embed_hint: &'static str,
    pub in_iframe: &'static str,
    pub as_element: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
}

impl Words {
    pub fn grade(&self, grade: Grade) -> &'static str {
        self.grades[usize::from(grade.number() - 1)]
    }
}

/// Splits a duration in milliseconds into whole (minutes, seconds).
fn minutes_seconds(ms: u64) -> (u64, u64) {
    let seconds = ms / 1000;
    (seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::schema::CardProblem;

    #[test]
    fn a_language_tag_is_read_by_its_primary_subtag() {
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("KO"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ja"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_first_language_the_ui_speaks_wins() {
        assert_eq!(Lang::initial(None, None, "ko", "en-US"), Lang::Ko);
        assert_eq!(Lang::initial(None, None, "en", "ko-KR"), Lang::En);
        assert_eq!(Lang::initial(None, Some("en"), "ko", "ko"), Lang::En);
        assert_eq!(Lang::initial(Some("ko"), Some("en"), "en", "en"), Lang::Ko);
        // Notes with no letters to tell their language by: the browser's
        // language decides.
        assert_eq!(Lang::initial(None, None, "", "ko-KR"), Lang::Ko);
        assert_eq!(Lang::initial(Some("fr"), None, "", "de"), Lang::En);
    }

    #[test]
    fn counts_and_dates_read_naturally() {
        let (ko, en) = (Lang::Ko.words(), Lang::En.words());
        assert_eq!((ko.questions)(82), "문제 82개");
        assert_eq!((en.questions)(1), "1 question");
        assert_eq!((en.questions)(82), "82 questions");
        assert_eq!((ko.due_in)(3, 5), "3일 후: 5장");
        assert_eq!((ko.due_in)(1, 1), "내일: 1장");
        assert_eq!((en.due_in)(3, 1), "in 3 days: 1 card");
        assert_eq!((en.due_in)(0, 2), "today: 2 cards");
        // 2026-11-26 is day 20_783.
        assert_eq!((ko.day_reviews)(20_783, 3), "11월 26일: 복습 3회");
        assert_eq!((en.day_reviews)(20_783, 1), "Nov 26: 1 review");
        assert_eq!((ko.short_date)(20_783), "11월 26일");
        assert_eq!((en.short_date)(20_783), "Nov 26");
        assert_eq!((ko.weeks_ago)(11), "11주 전");
        assert_eq!((en.days_ahead)(13), "In 13 days");
        assert_eq!((ko.answered_in)(8, 10, 65_000), "10문제 중 8문제 · 1분 5초");
        assert_eq!(
            (en.answered_in)(8, 10, 120_999),
            "8 of 10 questions in 2 min"
        );
        assert_eq!((en.answered_in)(0, 1, 42_000), "0 of 1 question in 42 s");
    }

    #[test]
    fn every_message_is_one_sentence_in_both_languages() {
        let notices = [
            Notice::Blocked,
            Notice::Full,
            Notice::Corrupt {
                backup_key: "k".to_owned(),
            },
            Notice::Newer { version: 2 },
        ];
        let refusals = [
            Refusal::NotJson,
            Refusal::NotProgress,
            Refusal::UnknownVersion,
            Refusal::Newer { version: 9 },
            Refusal::OtherDeck("other".to_owned()),
            Refusal::Card {
                id: "x".to_owned(),
                problem: CardProblem::Order(2),
            },
        ];
        for words in [Lang::En.words(), Lang::Ko.words()] {
            let messages = notices
                .iter()
                .map(|notice| (words.notice)(notice).to_owned())
                .chain(refusals.iter().map(|refusal| (words.refusal)(refusal)));
            for message in messages {
                assert!(message.ends_with('.'), "{message}");
                assert_eq!(message.matches(". ").count(), 0, "{message}");
            }
        }
    }
}
