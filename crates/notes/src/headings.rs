//! Heading notes: files that write a question or a topic as a heading and
//! its explanation as the section below it, with no `<details>` folds.
//!
//! [`plan`] gives each section of a scanned file a [`Role`]: a category as
//! in fold notes, a card whose answer is the section, a part of another
//! card's answer, or navigation that is left out. It walks the sections once,
//! in document order, with the tree of sections that their heading levels
//! make. The functions below it read a heading's words: whether it asks,
//! whether it is a generic section name, and the question it shows.

use pulldown_cmark::{Event, Parser, Tag};

use crate::above;
use crate::phrases;
use crate::scan::{self, Chunk, Item, Section};

/// What a section becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A category, read as fold notes are: its folds are cards, its text is
    /// the category's notes.
    Category,
    /// A card asking the heading; `follow_up_of` is the section of the card
    /// whose section it is nested in.
    Card { follow_up_of: Option<usize> },
    /// Part of the answer of the card read from section `card`.
    Answer { card: usize },
    /// A table of contents or a list of links: left out.
    Navigation,
}

/// How the headings of a file are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Every heading by the rules of heading notes.
    Headings,
    /// A file with folds: only a heading that asks, and whose section and
    /// subsections hold no fold, is a card; every other heading is read as
    /// in fold notes, except that once the file has such cards, its tables
    /// of contents and "back to top" lines are left out as in heading notes.
    AskingHeadingsBesideFolds,
}

/// What [`plan`] needs to know of one section's heading and text.
struct Facts {
    /// The section this one belongs to: the nearest one before it of a
    /// smaller level (0, the part before any heading, for the top ones),
    /// or that section's parent when that section is navigation, so that
    /// the questions under a table of contents are read as if the table of
    /// contents were not there.
    parent: usize,
    /// Whether sections are nested in it by their level, even when they
    /// belong to its parent.
    nested: bool,
    kind: Kind,
    /// Whether the section's own text, before any subsection, holds more
    /// than navigation.
    explains: bool,
    /// Whether the section or a subsection holds a fold.
    holds_fold: bool,
    /// Whether a direct subsection asks or is numbered.
    asking_children: bool,
    /// Whether a direct subsection names a topic.
    topic_children: bool,
    /// Whether a direct subsection has a generic name (장점, Summary).
    generic_children: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Ends with `?` or starts with `Q.`, `Question 5`, `문제 3.`.
    Asks,
    /// Only numbered (`3.`, `2-1.`, or written as a list item, `1. ### …`):
    /// a question, or a numbered chapter.
    Numbered,
    /// A generic section name (장점, Summary): never asked alone.
    Generic,
    /// A table of contents or a list of links.
    Navigation,
    Topic,
}

/// The role of each section in `sections` (the first is the part before any
/// heading, which is always the deck's own category). `titles` are the
/// headings as plain text, one per section.
pub fn plan(sections: &[Section], titles: &[String], reading: Reading) -> Vec<Role> {
    let facts = facts(sections, titles);
    let mut roles = vec![Role::Category; sections.len()];
    // The first `#` heading titles the deck: it is asked only when all its
    // subsections are generic names (one article per file).
    let title = sections.get(1).filter(|s| s.level == 1).map(|_| 1);
    for (index, fact) in facts.iter().enumerate().skip(1) {
        let parent_role = roles[fact.parent];
        roles[index] = match (parent_role, reading) {
            (Role::Card { .. } | Role::Answer { .. }, _) => {
                let card = match parent_role {
                    Role::Answer { card } => card,
                    _ => fact.parent,
                };
                match fact.kind {
                    Kind::Asks | Kind::Numbered => Role::Card {
                        follow_up_of: Some(card),
                    },
                    _ => Role::Answer { card },
                }
            }
            _ if Some(index) == title => {
                let one_article = reading == Reading::Headings
                    && fact.generic_children
                    && !fact.asking_children
                    && !fact.topic_children;
                if one_article {
                    Role::Card { follow_up_of: None }
                } else {
                    Role::Category
                }
            }
            (_, Reading::AskingHeadingsBesideFolds) => {
                let asks = matches!(fact.kind, Kind::Asks | Kind::Numbered);
                if fact.kind == Kind::Navigation && fact.nested && !fact.holds_fold {
                    Role::Navigation
                } else if asks && !fact.holds_fold && is_card(fact) {
                    Role::Card { follow_up_of: None }
                } else {
                    Role::Category
                }
            }
            (_, Reading::Headings) => match fact.kind {
                Kind::Navigation => Role::Navigation,
                Kind::Generic => Role::Category,
                Kind::Asks | Kind::Numbered if is_card(fact) => Role::Card { follow_up_of: None },
                Kind::Topic
                    if !fact.asking_children
                        && !fact.topic_children
                        && (fact.explains || fact.generic_children) =>
                {
                    Role::Card { follow_up_of: None }
                }
                _ => Role::Category,
            },
        };
    }
    // Beside folds, a table of contents with sections nested in it is left
    // out, and once a file has heading cards, it is read as heading notes
    // are: all its tables of contents are left out.
    if reading == Reading::AskingHeadingsBesideFolds
        && roles.iter().any(|role| matches!(role, Role::Card { .. }))
    {
        for (role, fact) in roles.iter_mut().zip(&facts) {
            if *role == Role::Category && fact.kind == Kind::Navigation && !fact.holds_fold {
                *role = Role::Navigation;
            }
        }
    }
    roles
}

/// Whether a heading that asks is a card rather than a category of the
/// questions below it: it is a category when its section holds nothing but
/// questions, or when only its numbering asks and questions are nested in
/// it (a numbered chapter).
fn is_card(fact: &Facts) -> bool {
    let answered = fact.explains || fact.topic_children || fact.generic_children;
    if !fact.asking_children {
        return true;
    }
    answered && fact.kind == Kind::Asks
}

/// Each section's parent, the words of its heading, and what its text and
/// subsections hold, in one pass forward and one back.
fn facts(sections: &[Section], titles: &[String]) -> Vec<Facts> {
    let mut facts: Vec<Facts> = Vec::with_capacity(sections.len());
    let mut open: Vec<usize> = Vec::new();
    for (index, (section, title)) in sections.iter().zip(titles).enumerate() {
        while open
            .last()
            .is_some_and(|&at| sections[at].level >= section.level && index > 0)
        {
            open.pop();
        }
        let mut parent = open.last().copied().unwrap_or(0);
        if let Some(nested_in) = facts.get_mut(parent) {
            nested_in.nested = true;
            if nested_in.kind == Kind::Navigation {
                parent = nested_in.parent;
            }
        }
        open.push(index);
        let own_text: String = section
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Notes(chunk) => Some(chunk.text.as_str()),
                Item::Fold(_) => None,
            })
            .collect();
        let holds_fold = section
            .items
            .iter()
            .any(|item| matches!(item, Item::Fold(_)));
        let (kept, _) = without_back_to_top(&own_text);
        let links =
            crate::is_link_list(&kept) || phrases::is_contents(title) && kept.contains("](");
        let kind = if is_generic(title) {
            Kind::Generic
        } else if (asks(title) || section.indent > 0) && !links {
            if strongly_asks(title) {
                Kind::Asks
            } else {
                Kind::Numbered
            }
        } else if links {
            Kind::Navigation
        } else {
            Kind::Topic
        };
        facts.push(Facts {
            parent,
            nested: false,
            kind,
            explains: !kept.trim().is_empty() || holds_fold,
            holds_fold,
            asking_children: false,
            topic_children: false,
            generic_children: false,
        });
    }
    for index in (1..facts.len()).rev() {
        let (kind, holds_fold, parent) = (
            facts[index].kind,
            facts[index].holds_fold,
            facts[index].parent,
        );
        let parent = &mut facts[parent];
        parent.holds_fold |= holds_fold;
        match kind {
            Kind::Asks | Kind::Numbered => parent.asking_children = true,
            Kind::Topic => parent.topic_children = true,
            Kind::Generic => parent.generic_children = true,
            Kind::Navigation => {}
        }
    }
    facts
}

/// Whether a heading asks: it ends with `?` or `？`, or it is numbered
/// (`3.`, `2-1.`, `1.2`, `Q.`, `Q3.`, `Question 5`, `[Q3]`).
pub fn asks(title: &str) -> bool {
    let plain = without_shortcodes(title);
    let plain = plain.trim().trim_matches(['*', '_']);
    above::asks(plain)
}

/// Whether a heading asks for sure: it ends with `?` or `？`, or a
/// question word numbers it (`Q3.`, `Question 5`, `문제 3`), where a number
/// alone may also number a chapter.
fn strongly_asks(title: &str) -> bool {
    let plain = without_shortcodes(title);
    let plain = plain.trim().trim_matches(['*', '_']);
    plain.ends_with(['?', '？'])
        || phrases::split_numbering(plain).0 == phrases::Numbering::QuestionWord
}

/// A heading's question as shown: without its numbering (`3.`, `2-1.`,
/// `Q.`) and without emoji shortcodes (`:question:`), keeping the emphasis
/// around it.
pub fn question(title: &str) -> String {
    let plain = without_shortcodes(title);
    let trimmed = plain.trim();
    let marks = trimmed.len() - trimmed.trim_start_matches(['*', '_']).len();
    let (open, inner) = trimmed.split_at(marks);
    if marks > 0 {
        // `**3.** Question`: the emphasis holds only the number.
        if let Some((number, rest)) = inner.split_once(open) {
            if phrases::strip_numbering(number).is_empty() {
                return without_trailing_colon(rest.trim());
            }
        }
    }
    without_trailing_colon(&format!("{open}{}", phrases::strip_numbering(inner)))
}

/// A question without the colon it ends with (`스레드란:`), inside the
/// emphasis that closes it (`**뮤텍스란:**`) too.
fn without_trailing_colon(question: &str) -> String {
    let closed = question.trim_end_matches(['*', '_']);
    let words = closed.trim_end().trim_end_matches([':', '：']).trim_end();
    format!("{words}{}", &question[closed.len()..])
}

/// Removes emoji shortcodes (`:question:`, `:white_check_mark:`): a colon,
/// a name of ASCII letters, digits, `_`, `+` or `-` holding a lower-case
/// letter, and a colon, with the start or end of the text or white space on
/// each side, outside code spans (so `std::vector::reserve` and `12:30:45`
/// stay). Runs of white space are folded into one space.
fn without_shortcodes(title: &str) -> String {
    let bytes = title.as_bytes();
    let mut out = String::with_capacity(title.len());
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'`' => at = scan::skip_code_span(title, at),
            b':' => match shortcode_end(title, at) {
                Some(end) => {
                    out.push_str(&title[copied..at]);
                    copied = end;
                    at = end;
                }
                None => at += 1,
            },
            _ => at += 1,
        }
    }
    out.push_str(&title[copied..]);
    let collapsed: Vec<&str> = out.split_whitespace().collect();
    collapsed.join(" ")
}

/// The end of the emoji shortcode whose first colon is at `start`, if one
/// is there (see [`without_shortcodes`]).
fn shortcode_end(text: &str, start: usize) -> Option<usize> {
    if text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
    {
        return None;
    }
    let after = &text[start + 1..];
    let name_len = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-')))
        .unwrap_or(after.len());
    let name = &after[..name_len];
    let end = start + 1 + name_len + 1;
    let closed = after[name_len..].starts_with(':');
    let spaced = text
        .get(end..)
        .is_some_and(|rest| rest.chars().next().is_none_or(char::is_whitespace));
    (closed && spaced && name.bytes().any(|b| b.is_ascii_lowercase())).then_some(end)
}

/// Section names that explain their parent and are never asked alone.
const GENERIC_NAMES: &[&str] = &[
    "장점",
    "단점",
    "장단점",
    "장점과 단점",
    "특징",
    "특성",
    "예시",
    "예제",
    "정리",
    "요약",
    "결론",
    "개념",
    "개요",
    "참고",
    "참고 자료",
    "참고자료",
    "참고 문헌",
    "출처",
    "reference",
    "references",
    "summary",
    "example",
    "examples",
    "pros",
    "cons",
    "pros and cons",
    "pros & cons",
    "advantages",
    "disadvantages",
    "conclusion",
    "overview",
    "features",
];

/// Whether a heading is a generic section name (장점, Summary, `2. 예시`).
pub fn is_generic(title: &str) -> bool {
    let plain = without_shortcodes(title);
    let key = phrases::key(phrases::strip_numbering(
        plain.trim().trim_matches(['*', '_']),
    ));
    GENERIC_NAMES.contains(&key.as_str())
}

/// What the text of a "back to top" link says, once its arrows, its
/// punctuation and the words around it ("back to", "가기") are taken off.
const BACK_TO_TOP: &[&str] = &[
    "top",
    "the top",
    "contents",
    "table of contents",
    "toc",
    "위로",
    "맨 위",
    "맨위",
    "맨 위로",
    "맨위로",
    "목차",
    "목차로",
    "처음",
    "처음으로",
];

/// Arrows that say "back to top" alone.
const UP_ARROWS: &[char] = &['⬆', '↑', '🔝', '⇧', '⤴'];

/// Whether a line only links back to the top of the page or its table of
/// contents (`**[⬆ Back to Top](#table-of-contents)**`, `[맨 위로](#목차)`):
/// one link to an in-page `#anchor`, emphasis allowed around it, whose
/// text is one of [`BACK_TO_TOP`] as whole words, or only an up arrow.
/// `[Stop-and-Wait](#stop-and-wait)` is no such line.
pub fn is_back_to_top(line: &str) -> bool {
    let trimmed = line.trim().trim_matches(['*', '_', ' ']);
    let Some(inner) = trimmed.strip_prefix('[') else {
        return false;
    };
    let Some((text, dest)) = inner.split_once("](#") else {
        return false;
    };
    let plain_anchor = dest
        .strip_suffix(')')
        .is_some_and(|anchor| !anchor.contains([' ', '(', ')']));
    if !plain_anchor {
        return false;
    }
    let arrow = text.contains(UP_ARROWS);
    let words: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = words.split_whitespace().collect();
    let mut words = words.as_slice();
    if let ["back" | "go" | "return" | "scroll" | "jump", "to", rest @ ..] = words {
        words = rest;
    }
    if let [rest @ .., "가기" | "돌아가기" | "이동"] = words {
        words = rest;
    }
    let phrase = words.join(" ");
    BACK_TO_TOP.contains(&phrase.as_str()) || arrow && phrase.is_empty()
}

/// The text without its "back to top" lines (outside code), each left as
/// an empty line so line numbers stay, and the indices of those lines.
pub fn without_back_to_top(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<scan::Fence> = None;
    let mut removed = Vec::new();
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if let Some(open) = &fence {
            if scan::closes_fence(line, open) {
                fence = None;
            }
        } else if let Some(opened) = scan::opens_fence(line) {
            fence = Some(opened);
        } else if is_back_to_top(line) {
            removed.push(index);
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            continue;
        }
        out.push_str(line);
    }
    (out, removed)
}

/// Words by which an English question points at code shown under it, as
/// the start of a word ("prints", "outputs", "snippet").
const CODE_WORDS: &[&str] = &["code", "output", "print", "result", "snippet"];

/// Words by which a Korean question points at code shown under it, found
/// anywhere in it ("다음 코드의 출력은?").
const CODE_WORDS_KO: &[&str] = &["출력", "코드", "결과", "실행", "다음"];

/// Whether a question refers to code shown under it ("What is the output
/// of below code?", "다음 코드의 출력은?"), so that the code its section
/// opens with is part of the question (see [`leading_code`]), not of the
/// answer as an example is ("클로저란?").
pub fn refers_to_code(question: &str) -> bool {
    let lower = question.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| CODE_WORDS.iter().any(|code| word.starts_with(code)))
        || CODE_WORDS_KO.iter().any(|code| lower.contains(code))
}

/// Splits off the fenced code that a section opens with, when text follows
/// it: under a heading that asks about it ("What does this print?", see
/// [`refers_to_code`]), that code is what the question shows, and the rest
/// is the answer.
pub fn leading_code(chunk: &Chunk) -> Option<(Chunk, Chunk)> {
    let mut events = Parser::new(&chunk.text).into_offset_iter();
    let (first, range) = events.next()?;
    if !matches!(first, Event::Start(Tag::CodeBlock(_))) {
        return None;
    }
    // The block ends at its closing fence, with or without that line's end.
    let end = if chunk.text[..range.end].ends_with('\n') {
        range.end
    } else {
        chunk.text[range.end..]
            .find('\n')
            .map_or(chunk.text.len(), |at| range.end + at + 1)
    };
    let rest = &chunk.text[end..];
    if rest.trim().is_empty() {
        return None;
    }
    Some((
        Chunk {
            line: chunk.line,
            text: chunk.text[..end].to_owned(),
        },
        Chunk {
            line: chunk.line_at(end),
            text: rest.to_owned(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asking_headings_end_with_a_question_mark_or_are_numbered() {
        for title in [
            "인덱스(Index)란 무엇인가?",
            "Why？",
            "3. 트랜잭션",
            "2-1. 제1정규형",
            "1.2 정규화",
            "Q. 자바란",
            "Q3. 자바란",
            "Question 5",
            "[Q3] Why",
            "**4. 락**",
            ":question: 무엇인가?",
        ] {
            assert!(asks(title), "{title}");
        }
        for title in [
            "OSI 7계층",
            "3D rendering",
            "2024년 트렌드",
            "Queue",
            "장점",
        ] {
            assert!(!asks(title), "{title}");
        }
    }

    #[test]
    fn questions_drop_numbering_and_shortcodes_but_keep_emphasis() {
        assert_eq!(question("3. 트랜잭션이란?"), "트랜잭션이란?");
        assert_eq!(
            question("2-2. 함수적 종속성이란 무엇인가?"),
            "함수적 종속성이란 무엇인가?"
        );
        assert_eq!(question("1.2 정규화"), "정규화");
        assert_eq!(question("Q3. 자바란?"), "자바란?");
        assert_eq!(question("Question 5: What is X?"), "What is X?");
        assert_eq!(question(":question: 락이란?"), "락이란?");
        assert_eq!(question("**3. 락이란?**"), "**락이란?**");
        assert_eq!(question("**3.** 락이란?"), "락이란?");
        assert_eq!(question("OSI 7계층"), "OSI 7계층");
        assert_eq!(question("Time 12:30:45"), "Time 12:30:45");
        assert_eq!(question("Question 5"), "");
        assert_eq!(question("2) 스레드란:"), "스레드란");
        assert_eq!(question("**뮤텍스란:**"), "**뮤텍스란**");
        assert_eq!(question("Time 12:30:"), "Time 12:30");
    }

    #[test]
    fn shortcodes_stand_apart_and_never_in_code() {
        assert_eq!(question(":star: What is X?"), "What is X?");
        assert_eq!(question("What is X? :question:"), "What is X?");
        assert_eq!(
            question(":white_check_mark: 1. What is :rocket: Rust?"),
            "What is Rust?"
        );
        assert_eq!(
            question("What does `std::vector::reserve` do?"),
            "What does `std::vector::reserve` do?"
        );
        assert_eq!(question("What is `a::b::c`?"), "What is `a::b::c`?");
        assert_eq!(question("What is a::b::c?"), "What is a::b::c?");
        assert_eq!(question("Why :x:y?"), "Why :x:y?");
        assert_eq!(question("12:30 meeting notes?"), "12:30 meeting notes?");
    }

    #[test]
    fn generic_section_names_are_recognised_with_numbering_and_case() {
        for title in [
            "장점",
            "단점",
            "2. 예시",
            "**정리**",
            "References",
            "Pros",
            "참고 자료:",
        ] {
            assert!(is_generic(title), "{title}");
        }
        for title in ["인덱스의 장점은?", "Example of a deadlock", "OSI 7계층"] {
            assert!(!is_generic(title), "{title}");
        }
    }

    #[test]
    fn back_to_top_lines_are_found_outside_code() {
        assert!(is_back_to_top("**[⬆ Back to Top](#table-of-contents)**\n"));
        assert!(is_back_to_top("[맨 위로](#목차)"));
        assert!(is_back_to_top("  [↑ top](#top)  "));
        assert!(!is_back_to_top("[인덱스](#인덱스) 참고"));
        assert!(!is_back_to_top("[Back to top](https://example.com)"));
        assert!(is_back_to_top("**[⬆ 목차로](#목차)**"));
        assert!(is_back_to_top("[맨 위로 가기](#top)"));
        assert!(is_back_to_top("[⬆️](#top)"));
        assert!(is_back_to_top("[Go to the top](#readme)"));
        assert!(!is_back_to_top("[Stop-and-Wait 방식](#stop-and-wait)"));
        assert!(!is_back_to_top("[Top 10 algorithms](#top-10-algorithms)"));
        assert!(!is_back_to_top("[Desktop apps](#desktop-apps)"));
        assert!(!is_back_to_top("[목차 만들기](#목차-만들기)"));
        assert!(!is_back_to_top("[위로](../README.md#top)"));
        let (text, removed) = without_back_to_top("a\n[Top](#top)\n```\n[Top](#top)\n```\n");
        assert_eq!(text, "a\n\n```\n[Top](#top)\n```\n");
        assert_eq!(removed, [1]);
    }

    #[test]
    fn questions_refer_to_code_by_their_words() {
        for question in [
            "What is the output of below code?",
            "What does this print?",
            "What is the result?",
            "다음 코드의 출력은?",
            "실행 결과는?",
        ] {
            assert!(refers_to_code(question), "{question}");
        }
        for question in ["클로저란?", "What is a closure?", "How do you decode JSON?"] {
            assert!(!refers_to_code(question), "{question}");
        }
    }

    #[test]
    fn leading_code_is_split_off_only_when_text_follows() {
        let chunk = Chunk {
            line: 4,
            text: "```js\nf()\n```\n\nIt prints 1.\n".into(),
        };
        let (code, rest) = leading_code(&chunk).expect("code, then text");
        assert_eq!(code.text, "```js\nf()\n```\n");
        assert_eq!(rest.line, 7);
        assert_eq!(rest.text, "\nIt prints 1.\n");
        let only_code = Chunk {
            line: 1,
            text: "```js\nf()\n```\n".into(),
        };
        assert!(leading_code(&only_code).is_none());
    }
}
