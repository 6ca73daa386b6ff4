//! Authored multiple choice: options under a question (`- A: …`, `B) …`,
//! `1. …`) and an answer that names the right ones (`정답: 2`, `Answer: B, E`).

/// One option, as written after its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// `A`, `B`… or `1`, `2`…
    pub label: String,
    /// Inline Markdown.
    pub text: String,
}

/// The choices found in a question's body, and the body without them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    pub choices: Vec<Choice>,
    pub rest: String,
}

/// The first run of two or more labelled options in `body`, in sequence
/// (A, B, C… or 1, 2, 3…), outside code fences.
pub fn find_options(body: &str) -> Option<Choices> {
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut in_fence = false;
    let mut run: Vec<(usize, Choice)> = Vec::new();
    let mut best: Option<Vec<(usize, Choice)>> = None;
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        }
        let option = (!in_fence).then(|| option_line(line)).flatten();
        match option {
            Some(option) if follows(run.last().map(|(_, o)| o.label.as_str()), &option.label) => {
                run.push((index, option));
            }
            Some(option) if option.label == "A" || option.label == "1" => {
                run = vec![(index, option)];
            }
            None if trimmed.is_empty() => continue,
            _ => run.clear(),
        }
        if run.len() >= 2 && best.as_ref().is_none_or(|b| b[0].0 == run[0].0) {
            best = Some(run.clone());
        }
    }
    let best = best?;
    let taken: Vec<usize> = best.iter().map(|(index, _)| *index).collect();
    let rest = lines
        .iter()
        .enumerate()
        .filter(|(index, _)| !taken.contains(index))
        .map(|(_, line)| *line)
        .collect();
    Some(Choices {
        choices: best.into_iter().map(|(_, option)| option).collect(),
        rest,
    })
}

fn follows(previous: Option<&str>, label: &str) -> bool {
    let Some(previous) = previous else {
        return label == "A" || label == "1";
    };
    match (previous.parse::<u32>(), label.parse::<u32>()) {
        (Ok(a), Ok(b)) => b == a + 1,
        (Err(_), Err(_)) => {
            let (a, b) = (previous.as_bytes()[0], label.as_bytes()[0]);
            b == a + 1
        }
        _ => false,
    }
}

/// Whether a line is one option: `- A: text`, `A) text`, `**B.** text`.
pub fn is_option_line(line: &str) -> bool {
    option_line(line).is_some()
}

/// Parses an option line (`- A: text`, `A) text`, `(B) text`, `1. text`,
/// `② text`, `- **A.** text`) into its label, upper-cased, and its text.
fn option_line(line: &str) -> Option<Choice> {
    let mut rest = line.trim();
    if let Some(after) = rest.strip_prefix(['-', '*', '+']) {
        if let Some(after) = after.strip_prefix([' ', '\t']) {
            rest = after.trim_start();
        }
    }
    // A bold label: `**A.** text` reads as `A. text`.
    let unbolded;
    if let Some(inner) = rest.strip_prefix("**").or_else(|| rest.strip_prefix("__")) {
        if let Some((label, text)) = inner.split_once("**").or_else(|| inner.split_once("__")) {
            unbolded = format!("{label}{text}");
            rest = &unbolded;
        }
    }
    if let Some(first) = rest.chars().next() {
        if let Some(number) = circled_number(first) {
            let text = rest[first.len_utf8()..].trim();
            return (!text.is_empty()).then(|| Choice {
                label: number.to_string(),
                text: text.to_owned(),
            });
        }
    }
    let (label, after) = if let Some(inner) = rest.strip_prefix('(') {
        let (label, after) = inner.split_once(')')?;
        (label, after)
    } else {
        let end = rest.find(['.', ')', ':'])?;
        (&rest[..end], &rest[end + 1..])
    };
    let label = parse_label(label)?;
    let text = after.strip_prefix([' ', '\t'])?.trim();
    (!text.is_empty()).then(|| Choice {
        label,
        text: text.to_owned(),
    })
}

/// Parses a label, `A`…`H` in either case, `1`…`9` or `①`…`⑨`, into an
/// upper-case label (`①` gives `1`).
fn parse_label(text: &str) -> Option<String> {
    let mut chars = text.chars();
    let first = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    match first {
        'A'..='H' | '1'..='9' => Some(first.to_string()),
        'a'..='h' => Some(first.to_ascii_uppercase().to_string()),
        other => circled_number(other).map(|n| n.to_string()),
    }
}

fn circled_number(c: char) -> Option<u32> {
    ('①'..='⑨').contains(&c).then(|| c as u32 - '①' as u32 + 1)
}

/// Words that introduce the right answer, longest first.
const ANSWER_WORDS: &[&str] = &[
    "correct answers",
    "correct answer",
    "right answers",
    "right answer",
    "answers",
    "answer",
    "정답",
    "답",
];

/// The labels an answer names as right (`정답: 2`, `**Answer: B, E**`), if
/// every one of them is among `labels`.
pub fn right_answers(answer: &str, labels: &[&str]) -> Option<Vec<usize>> {
    answer.lines().find_map(|line| {
        let line = line
            .trim()
            .trim_start_matches(['>', '-', '*', '_', '#', ' '])
            .trim_start();
        let lower = line.to_lowercase();
        let word = ANSWER_WORDS.iter().find(|word| lower.starts_with(*word))?;
        let after = line.get(word.len()..)?.trim_start_matches(['*', '_']);
        // `정답: 2`, `Answer - A`, `정답은 3번입니다`.
        let after = after
            .trim_start()
            .strip_prefix([':', '：', '-', '–'])
            .or_else(|| after.strip_prefix(['은', '는']))?
            .trim_start_matches(['*', '_', ' ']);
        named_labels(after, labels)
    })
}

fn named_labels(text: &str, labels: &[&str]) -> Option<Vec<usize>> {
    let is_separator = |c: char| c.is_whitespace() || matches!(c, ',' | '/' | '&' | '*' | '_');
    let mut named = Vec::new();
    let mut rest = text.trim();
    let mut punctuated = false;
    while !rest.is_empty() {
        let end = rest.find(is_separator).unwrap_or(rest.len());
        let token = &rest[..end];
        let bare = token
            .trim_start_matches('(')
            .trim_end_matches(['.', ')'])
            .trim_end_matches("입니다")
            .trim_end_matches('번');
        let Some(index) =
            parse_label(bare).and_then(|label| labels.iter().position(|l| *l == label))
        else {
            break;
        };
        if !named.contains(&index) {
            named.push(index);
        }
        punctuated = bare.len() < token.len() - usize::from(token.starts_with('('));
        rest = rest[end..].trim_start_matches(is_separator);
        rest = rest
            .strip_prefix("and ")
            .or_else(|| rest.strip_prefix("와 "))
            .unwrap_or(rest);
    }
    // "Answer: A function is…" names no option: a label must stand alone.
    let stands_alone = rest.is_empty() || punctuated || !rest.starts_with(char::is_alphanumeric);
    (!named.is_empty() && stands_alone).then_some(named)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(found: &Choices) -> Vec<&str> {
        found.choices.iter().map(|o| o.label.as_str()).collect()
    }

    #[test]
    fn options_are_found_in_every_written_style() {
        for body in [
            "- A: 스택\n- B: 큐\n- C: 힙\n",
            "A) 스택\nB) 큐\nC) 힙\n",
            "(a) 스택\n(b) 큐\n(c) 힙\n",
            "* A. 스택\n* B. 큐\n* C. 힙\n",
        ] {
            let found = find_options(body).unwrap_or_else(|| panic!("{body}"));
            assert_eq!(labels(&found), ["A", "B", "C"], "{body}");
            assert_eq!(found.choices[1].text, "큐");
        }
        let numbered = find_options("다음 중 옳은 것은?\n\n1. 하나\n2. 둘\n\n끝\n").unwrap();
        assert_eq!(labels(&numbered), ["1", "2"]);
        assert_eq!(numbered.rest, "다음 중 옳은 것은?\n\n\n끝\n");
        let circled = find_options("① 가\n② 나\n③ 다\n").unwrap();
        assert_eq!(labels(&circled), ["1", "2", "3"]);
    }

    #[test]
    fn code_and_lone_items_are_not_options() {
        assert_eq!(find_options("```\n1. a\n2. b\n```\n"), None);
        assert_eq!(find_options("- A: only one\n"), None);
        assert_eq!(find_options("- 스택\n- 큐\n"), None);
        assert_eq!(find_options("B) 둘\nC) 셋\n"), None);
    }

    #[test]
    fn right_answers_are_named_after_an_answer_word() {
        let abcde = ["A", "B", "C", "D", "E"];
        assert_eq!(right_answers("답: D", &abcde), Some(vec![3]));
        assert_eq!(
            right_answers("**정답: 2**", &["1", "2", "3"]),
            Some(vec![1])
        );
        assert_eq!(
            right_answers("설명 먼저\n\nCorrect answer: B, E", &abcde),
            Some(vec![1, 4])
        );
        assert_eq!(
            right_answers("Answer: C. Because it is.", &abcde),
            Some(vec![2])
        );
        assert_eq!(
            right_answers("Answers: (A) and (C)", &abcde),
            Some(vec![0, 2])
        );
        assert_eq!(right_answers("정답: ③", &["1", "2", "3"]), Some(vec![2]));
        assert_eq!(right_answers("답변: 스택은 LIFO", &abcde), None);
        assert_eq!(
            right_answers("정답은 3번입니다.", &["1", "2", "3"]),
            Some(vec![2])
        );
        assert_eq!(right_answers("Answer - A", &abcde), Some(vec![0]));
        assert_eq!(right_answers("Answer: F", &abcde), None);
        assert_eq!(right_answers("No answer named here", &abcde), None);
    }
}
