//! What the words people write in their notes mean: which summaries are only
//! labels ("Answer", "답변"), which nested summaries ask a follow-up question,
//! which answers are still placeholders, and the numbering before a question.

/// The form compared against the lists below: lower case, single spaces,
/// without the emphasis, arrows or emoji people put around a word, and
/// without a trailing colon.
pub fn key(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ").to_lowercase();
    joined
        .trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '(' | ')' | '.' | '…'))
        .trim_end_matches([':', '：'])
        .trim()
        .to_owned()
}

/// Summaries that say "open me" rather than ask something.
const LABELS: &[&str] = &[
    "answer",
    "answers",
    "the answer",
    "show answer",
    "show the answer",
    "see answer",
    "view answer",
    "reveal answer",
    "solution",
    "solutions",
    "show solution",
    "explanation",
    "details",
    "detail",
    "show",
    "more",
    "click",
    "click to expand",
    "click to see",
    "click to show",
    "click here",
    "expand",
    "답",
    "답변",
    "정답",
    "해설",
    "풀이",
    "토글",
    "보기",
    "펼치기",
    "펼쳐 보기",
    "펼쳐보기",
    "답 보기",
    "답변 보기",
    "정답 보기",
    "해설 보기",
    "풀이 보기",
    "정답 및 해설",
    "정답과 해설",
    "클릭",
    "hint",
    "hints",
    "code",
    "example",
    "example code",
    "see the answer",
    "click to view answer",
    "click to see answer",
    "click to reveal",
    "reveal",
    "spoiler",
    "힌트",
    "코드",
    "예시 코드",
    "정답 확인",
    "답안",
    "모범 답안",
    "예시 답변",
    "정답 및 풀이",
    "해답",
];

/// Whether a summary is one of the known labels, or one numbered
/// (`Solution 2`) or explained in parentheses (`답변 (클릭)`).
pub fn is_known_label(summary: &str) -> bool {
    let key = key(summary);
    let bare = key
        .split(" (")
        .next()
        .unwrap_or(&key)
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '#');
    LABELS.contains(&key.as_str()) || LABELS.contains(&bare)
}

/// Summaries of a table of contents or a menu.
const CONTENTS: &[&str] = &[
    "contents",
    "table of contents",
    "toc",
    "index",
    "translations",
    "languages",
    "목차",
    "번역",
];

/// Whether a summary names a table of contents or a menu.
pub fn is_contents(summary: &str) -> bool {
    CONTENTS.contains(&key(summary).as_str())
}

/// Words that start a follow-up question in a nested fold.
const FOLLOW_UP_MARKERS: &[&str] = &[
    "꼬리질문",
    "꼬리 질문",
    "추가 질문",
    "추가질문",
    "follow-up",
    "follow up",
    "followup",
];

/// Whether a nested fold's summary asks a question of its own: it ends with
/// `?`, or starts with a follow-up marker or `Q.`.
pub fn is_follow_up_question(summary: &str) -> bool {
    let text = summary.trim();
    if text.ends_with(['?', '？']) {
        return true;
    }
    let lower = text.to_lowercase();
    FOLLOW_UP_MARKERS
        .iter()
        .any(|marker| lower.starts_with(marker))
        || strip_numbering(text).len() < text.len() && starts_with_q(text)
}

fn starts_with_q(text: &str) -> bool {
    text.starts_with(['Q', 'q'])
}

/// Answers that hold no answer yet.
const PLACEHOLDERS: &[&str] = &[
    "",
    "tbd",
    "todo",
    "to do",
    "to be completed",
    "to be written",
    "to be added",
    "coming soon",
    "wip",
    "작성 예정",
    "작성예정",
    "예정",
    "아직",
    "작성 중",
    "작성중",
    "준비 중",
    "준비중",
    "...",
    "…",
];

/// Whether an answer's Markdown is empty, a rule, or only a placeholder:
/// `TBD`, `- TODO`, `작성 예정입니다.`, `🚧 작성 중`, `TODO: 정리하기`.
pub fn is_placeholder(answer_markdown: &str) -> bool {
    let text = answer_markdown.trim();
    if !text.is_empty() && text.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')) {
        return true;
    }
    if text.chars().all(|c| matches!(c, '.' | '…' | ' ')) {
        return true;
    }
    let bare: String = text
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == ':')
        .collect::<String>()
        .to_lowercase();
    let bare = bare.trim();
    let bare = bare
        .strip_suffix("입니다")
        .or_else(|| bare.strip_suffix("이에요"))
        .unwrap_or(bare)
        .trim();
    // A to-do note: `TODO`, or `TODO:` and what is to do.
    let todo = ["todo", "tbd", "wip"].iter().any(|word| {
        bare.strip_prefix(word)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(':'))
    });
    todo || PLACEHOLDERS.contains(&bare)
}

/// What numbers a question, as [`split_numbering`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// Nothing: the question starts with its words.
    None,
    /// A number alone: `12.`, `3)`, `2-1.`, `1.2`.
    Number,
    /// A question word, with or without a number: `Q.`, `Q3)`,
    /// `Question 12.`, `문제 3.`, `질문 2`, `[Q3]`.
    QuestionWord,
}

/// Words that number a question when a number or a separator follows them.
const QUESTION_WORDS: &[&str] = &["question", "문제", "질문", "q"];

/// Returns a question without its leading numbering (`Q.`, `Q3)`, `12.`,
/// `2-1.`, `1.2`, `Question 12.`, `문제 3.`, `[Q3]`), so that renumbering
/// keeps a card's id.
pub fn strip_numbering(question: &str) -> &str {
    split_numbering(question).1
}

/// Splits a question into what numbers it and the text after that. A
/// number is digits, or parts of digits joined by `-` or `.` (`2-1`, `1.2`).
/// A one-part number is numbering when `.`, `)` or `:` and a space follow
/// it, or when it ends the text after a question word (`Question 12`);
/// a number with parts needs a space after it, an optional `.` or `)`
/// between. Anything else (`2024년`, `3D`, `Queue`) is no numbering.
pub fn split_numbering(question: &str) -> (Numbering, &str) {
    let text = question.trim_start();
    if let Some((inside, after)) = text.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        let bracketed = format!("{inside}.");
        let (numbering, rest) = split_numbering(&bracketed);
        if !inside.is_empty() && numbering != Numbering::None && rest.is_empty() {
            return (numbering, after.trim_start());
        }
    }
    let (word, rest) = QUESTION_WORDS
        .iter()
        .find_map(|word| {
            let head = text.get(..word.len())?;
            head.eq_ignore_ascii_case(word)
                .then(|| (Some(*word), &text[word.len()..]))
        })
        .unwrap_or((None, text));
    let numbered = if word.is_some() {
        Numbering::QuestionWord
    } else {
        Numbering::Number
    };
    let spaced = rest.trim_start();
    let (digits, parts) = number_len(spaced);
    let after_number = &spaced[digits..];
    if parts > 1 {
        let rest = after_number
            .strip_prefix(['.', ')'])
            .unwrap_or(after_number);
        return if rest.starts_with(char::is_whitespace) {
            (numbered, rest.trim_start())
        } else {
            (Numbering::None, text)
        };
    }
    let separated = after_number
        .strip_prefix(['.', ')', ':', '：'])
        .filter(|after| after.is_empty() || after.starts_with(char::is_whitespace));
    match (word, separated) {
        (Some(_), Some(after)) => (numbered, after.trim_start()),
        (None, Some(after)) if digits > 0 => (numbered, after.trim_start()),
        // `Question 12`, `Q3`, `12` alone: nothing but the number.
        (_, None) if digits > 0 && after_number.is_empty() => (numbered, after_number),
        (Some(_), None) if digits > 0 && after_number.starts_with(char::is_whitespace) => {
            (numbered, after_number.trim_start())
        }
        (Some("q"), None) if digits == 0 && rest.starts_with(char::is_whitespace) => {
            (numbered, spaced)
        }
        _ => (Numbering::None, text),
    }
}

/// The length in bytes of the number `text` starts with, and its parts:
/// runs of ASCII digits joined by `-` or `.` (`12`, `2-1`, `1.2.3`).
fn number_len(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let digits_at = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut len = digits_at(0);
    if len == 0 {
        return (0, 0);
    }
    let mut parts = 1;
    while matches!(bytes.get(len), Some(b'-' | b'.')) {
        let next = digits_at(len + 1);
        if next == 0 {
            break;
        }
        len += 1 + next;
        parts += 1;
    }
    (len, parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_ignore_case_markup_and_a_trailing_colon() {
        for label in [
            "Answer",
            "answer:",
            "  Show   Answer ",
            "**Solution**",
            "답변",
            "정답:",
            "👉 해설",
            "풀이 보기",
            "Click to expand",
            "Solution 2",
            "답변 (클릭)",
            "힌트",
        ] {
            assert!(is_known_label(label), "{label}");
        }
        for question in [
            "큐",
            "GC",
            "트랜잭션",
            "Answer the phone?",
            "What is an answer",
        ] {
            assert!(!is_known_label(question), "{question}");
        }
    }

    #[test]
    fn follow_ups_end_with_a_question_mark_or_start_with_a_marker() {
        assert!(is_follow_up_question("그럼 왜 느린가?"));
        assert!(is_follow_up_question("꼬리질문: 락의 종류"));
        assert!(is_follow_up_question("Follow-up: isolation levels"));
        assert!(is_follow_up_question("Q. 인덱스의 단점"));
        assert!(is_follow_up_question("Q2) 왜"));
        assert!(!is_follow_up_question("예시 코드"));
        assert!(!is_follow_up_question("Solution 2"));
        assert!(!is_follow_up_question("Queue"));
    }

    #[test]
    fn placeholders_are_empty_rules_and_todo_words() {
        for answer in [
            "",
            "  \n",
            "---",
            "***",
            "TBD",
            "*TODO*",
            "To be completed.",
            "작성 예정",
            "예정",
            "(아직)",
            "...",
            "…",
            "> TBD",
        ] {
            assert!(is_placeholder(answer), "{answer:?}");
        }
        for answer in [
            "아직 모른다면 이렇게",
            "ACID",
            "1...3",
            "TODO 리스트 앱 설계",
        ] {
            assert!(!is_placeholder(answer), "{answer:?}");
        }
    }

    #[test]
    fn numbering_is_stripped_but_words_are_kept() {
        assert_eq!(strip_numbering("Q. 자바란?"), "자바란?");
        assert_eq!(strip_numbering("Q12) What?"), "What?");
        assert_eq!(
            strip_numbering("12. What does this print?"),
            "What does this print?"
        );
        assert_eq!(strip_numbering("Question 12. What?"), "What?");
        assert_eq!(strip_numbering("question 3: What?"), "What?");
        assert_eq!(strip_numbering("문제 3. 다음 중"), "다음 중");
        assert_eq!(strip_numbering("[Q3] Why?"), "Why?");
        assert_eq!(strip_numbering("Queue란?"), "Queue란?");
        assert_eq!(strip_numbering("2024년 트렌드"), "2024년 트렌드");
        assert_eq!(strip_numbering("Questions about X"), "Questions about X");
        assert_eq!(strip_numbering("3D rendering"), "3D rendering");
        assert_eq!(strip_numbering("Q 자바란?"), "자바란?");
        assert_eq!(strip_numbering("Question 2"), "");
        assert_eq!(strip_numbering("Q1"), "");
        assert_eq!(strip_numbering("12"), "");
        assert_eq!(strip_numbering("3D"), "3D");
        assert_eq!(strip_numbering("2-1. 제1정규형"), "제1정규형");
        assert_eq!(strip_numbering("1.2 정규화"), "정규화");
        assert_eq!(strip_numbering("3-2) 해시 인덱스"), "해시 인덱스");
        assert_eq!(strip_numbering("3.14"), "3.14");
        assert_eq!(strip_numbering("1-"), "1-");
    }

    #[test]
    fn numbering_is_a_number_or_a_question_word() {
        assert_eq!(split_numbering("3. 락").0, Numbering::Number);
        assert_eq!(split_numbering("2-1. 락").0, Numbering::Number);
        assert_eq!(split_numbering("Q3. 락").0, Numbering::QuestionWord);
        assert_eq!(split_numbering("문제 3").0, Numbering::QuestionWord);
        assert_eq!(
            split_numbering("[Q3] Why"),
            (Numbering::QuestionWord, "Why")
        );
        assert_eq!(split_numbering("Queue란?").0, Numbering::None);
    }
}
