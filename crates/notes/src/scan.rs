//! The structural pass: splits a notes file into headings, folds and the text
//! between them, with line numbers, before any Markdown is rendered.
//!
//! Folds are found here rather than by the Markdown parser because CommonMark
//! treats `<details>` as the start of a raw HTML block that runs to the next
//! blank line: an answer written straight after `<summary>` would never be
//! rendered as Markdown. Code fences and inline code are skipped, so a
//! `<details>` shown as code is never taken for a fold.

use crate::model::Diagnostic;

/// A piece of Markdown source and the line its first character is on.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub line: usize,
    pub text: String,
}

/// A heading outside any fold, and what follows it up to the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// 1 to 6 for `#` to `######`; 0 for the part before the first heading.
    pub level: usize,
    pub title: String,
    pub line: usize,
    pub notes: Vec<Chunk>,
    pub folds: Vec<Fold>,
}

/// A top-level `<details>` block: one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fold {
    pub line: usize,
    pub explicit_id: Option<String>,
    /// The summary's Markdown, trimmed.
    pub question: String,
    pub answer: Chunk,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    DetailsOpen,
    DetailsClose,
    SummaryOpen,
    SummaryClose,
}

/// A tag found in a line: byte range and kind, plus the `id` of a `<details>`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FoundTag {
    start: usize,
    end: usize,
    tag: Tag,
    id: Option<String>,
}

enum State {
    Outside,
    /// After `<details>`, before `<summary>`.
    AwaitSummary(OpenFold),
    InSummary(OpenFold),
    /// Inside the answer; `depth` counts the `<details>` still open, this one included.
    InAnswer {
        fold: OpenFold,
        depth: usize,
    },
}

struct OpenFold {
    line: usize,
    explicit_id: Option<String>,
    question: String,
    answer: Chunk,
    /// Set once an error was reported for it: it is read to its end, not kept.
    broken: bool,
}

const NO_SUMMARY: &str =
    "<details> without <summary>: the question must come first, as <summary>…</summary>";

struct Fence {
    marker: char,
    len: usize,
}

/// Splits `text` into sections. Structural errors are pushed to `errors`; the
/// scan goes on after them so that one build reports every problem at once.
pub fn scan(path: &str, text: &str, errors: &mut Vec<Diagnostic>) -> Vec<Section> {
    let mut scanner = Scanner {
        path,
        errors,
        sections: vec![Section {
            level: 0,
            title: String::new(),
            line: 1,
            notes: Vec::new(),
            folds: Vec::new(),
        }],
        state: State::Outside,
        notes_open: false,
    };
    let mut fence: Option<Fence> = None;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let number = index + 1;
        if let Some(open) = &fence {
            if closes_fence(line, open) {
                fence = None;
            }
            scanner.text(line, number);
            continue;
        }
        if let Some(opened) = opens_fence(line) {
            fence = Some(opened);
            scanner.text(line, number);
            continue;
        }
        if matches!(scanner.state, State::Outside) {
            if let Some((level, title)) = heading(line) {
                scanner.heading(level, title, number);
                continue;
            }
        }
        let mut at = 0;
        for found in tags_in(line) {
            scanner.text(&line[at..found.start], number);
            scanner.tag(&found, &line[found.start..found.end], number);
            at = found.end;
        }
        scanner.text(&line[at..], number);
    }
    scanner.finish();
    scanner.sections
}

struct Scanner<'a> {
    path: &'a str,
    errors: &'a mut Vec<Diagnostic>,
    sections: Vec<Section>,
    state: State,
    /// Whether notes text goes on in the last chunk, or a fold came in between.
    notes_open: bool,
}

impl Scanner<'_> {
    fn section(&mut self) -> &mut Section {
        self.sections
            .last_mut()
            .expect("the scan starts with a section")
    }

    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(Diagnostic::new(self.path, line, message));
    }

    fn heading(&mut self, level: usize, title: String, line: usize) {
        self.sections.push(Section {
            level,
            title,
            line,
            notes: Vec::new(),
            folds: Vec::new(),
        });
        self.notes_open = false;
    }

    fn text(&mut self, text: &str, line: usize) {
        if text.is_empty() {
            return;
        }
        match &mut self.state {
            State::Outside => {
                let open = self.notes_open;
                let notes = &mut self.section().notes;
                if !open || notes.is_empty() {
                    notes.push(Chunk {
                        line,
                        text: String::new(),
                    });
                }
                notes.last_mut().expect("pushed above").text.push_str(text);
                self.notes_open = true;
            }
            State::AwaitSummary(_) => {
                if text.trim().is_empty() {
                    return;
                }
                if let State::AwaitSummary(mut fold) =
                    std::mem::replace(&mut self.state, State::Outside)
                {
                    fold.broken = true;
                    self.error(fold.line, NO_SUMMARY);
                    self.state = State::InAnswer { fold, depth: 1 };
                }
            }
            State::InSummary(fold) => {
                if !fold.question.is_empty() && text.starts_with(char::is_whitespace) {
                    fold.question.push(' ');
                }
                fold.question.push_str(text.trim());
            }
            State::InAnswer { fold, .. } => append(&mut fold.answer, text, line),
        }
    }

    fn tag(&mut self, found: &FoundTag, raw: &str, line: usize) {
        let state = std::mem::replace(&mut self.state, State::Outside);
        self.state = match (state, found.tag) {
            (State::Outside, Tag::DetailsOpen) => State::AwaitSummary(OpenFold {
                line,
                explicit_id: found.id.clone(),
                question: String::new(),
                answer: Chunk::default(),
                broken: false,
            }),
            (State::Outside, Tag::DetailsClose) => {
                self.error(line, "</details> without a matching <details>");
                State::Outside
            }
            (State::Outside, _) => {
                self.state = State::Outside;
                self.text(raw, line);
                return;
            }
            (State::AwaitSummary(fold), Tag::SummaryOpen) => State::InSummary(fold),
            (State::AwaitSummary(mut fold), tag) => {
                fold.broken = true;
                self.error(fold.line, NO_SUMMARY);
                self.after_broken_start(fold, tag)
            }
            (State::InSummary(mut fold), Tag::SummaryClose) => {
                if fold.question.trim().is_empty() {
                    fold.broken = true;
                    self.error(fold.line, "empty question: <summary></summary> has no text");
                }
                fold.answer.line = line;
                State::InAnswer { fold, depth: 1 }
            }
            (State::InSummary(mut fold), tag) => {
                fold.broken = true;
                self.error(
                    fold.line,
                    "<summary> is not closed: expected </summary> before this tag",
                );
                self.after_broken_start(fold, tag)
            }
            (State::InAnswer { mut fold, depth }, Tag::DetailsOpen) => {
                append(&mut fold.answer, raw, line);
                State::InAnswer {
                    fold,
                    depth: depth + 1,
                }
            }
            (State::InAnswer { fold, depth: 1 }, Tag::DetailsClose) => {
                self.close(fold);
                State::Outside
            }
            (State::InAnswer { mut fold, depth }, Tag::DetailsClose) => {
                append(&mut fold.answer, raw, line);
                State::InAnswer {
                    fold,
                    depth: depth - 1,
                }
            }
            (State::InAnswer { mut fold, depth }, _) => {
                append(&mut fold.answer, raw, line);
                State::InAnswer { fold, depth }
            }
        };
    }

    /// Where to go on after a fold whose start was malformed, given the tag met.
    fn after_broken_start(&mut self, fold: OpenFold, tag: Tag) -> State {
        match tag {
            Tag::DetailsClose => {
                self.close(fold);
                State::Outside
            }
            Tag::DetailsOpen => State::InAnswer { fold, depth: 2 },
            _ => State::InAnswer { fold, depth: 1 },
        }
    }

    fn close(&mut self, fold: OpenFold) {
        self.notes_open = false;
        if fold.broken {
            return;
        }
        self.section().folds.push(Fold {
            line: fold.line,
            explicit_id: fold.explicit_id,
            question: fold.question.trim().to_owned(),
            answer: fold.answer,
        });
    }

    fn finish(&mut self) {
        let line = match &self.state {
            State::Outside => return,
            State::AwaitSummary(fold) | State::InSummary(fold) | State::InAnswer { fold, .. } => {
                fold.line
            }
        };
        self.error(
            line,
            "<details> is never closed: add </details> after its answer",
        );
    }
}

fn append(chunk: &mut Chunk, text: &str, line: usize) {
    if chunk.text.is_empty() && chunk.line == 0 {
        chunk.line = line;
    }
    chunk.text.push_str(text);
}

/// An ATX heading (`## Title ##`): its level and its title, trimmed.
fn heading(line: &str) -> Option<(usize, String)> {
    let body = line.trim_end();
    let indent = body.len() - body.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let body = &body[indent..];
    let level = body.len() - body.trim_start_matches('#').len();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &body[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    let without_closing = rest.trim_end_matches('#');
    let title = if without_closing.is_empty() || without_closing.ends_with([' ', '\t']) {
        without_closing.trim_end()
    } else {
        rest
    };
    Some((level, title.to_owned()))
}

fn opens_fence(line: &str) -> Option<Fence> {
    let body = line.trim_start();
    let marker = body.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = body.chars().take_while(|c| *c == marker).count();
    let info = &body[len..];
    (len >= 3 && !(marker == '`' && info.contains('`'))).then_some(Fence { marker, len })
}

fn closes_fence(line: &str, fence: &Fence) -> bool {
    let body = line.trim();
    let len = body.chars().take_while(|c| *c == fence.marker).count();
    len >= fence.len && body.len() == len * fence.marker.len_utf8()
}

/// The fold tags in one line, in order, skipping inline code spans.
fn tags_in(line: &str) -> Vec<FoundTag> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => i = skip_code_span(line, i),
            b'<' => match tag_at(line, i) {
                Some(tag) => {
                    i = tag.end;
                    found.push(tag);
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    found
}

/// Past the inline code span opening at `start`, or just past its backticks
/// when nothing on the line closes it.
fn skip_code_span(line: &str, start: usize) -> usize {
    let run = line[start..].bytes().take_while(|b| *b == b'`').count();
    let after = start + run;
    let mut i = after;
    while let Some(offset) = line[i..].find('`') {
        let at = i + offset;
        let closing = line[at..].bytes().take_while(|b| *b == b'`').count();
        if closing == run {
            return at + closing;
        }
        i = at + closing;
    }
    after
}

fn tag_at(line: &str, start: usize) -> Option<FoundTag> {
    let rest = &line[start + 1..];
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let (tag, name_len) = if starts_with_ignore_case(rest, "details") {
        (
            if closing {
                Tag::DetailsClose
            } else {
                Tag::DetailsOpen
            },
            7,
        )
    } else if starts_with_ignore_case(rest, "summary") {
        (
            if closing {
                Tag::SummaryClose
            } else {
                Tag::SummaryOpen
            },
            7,
        )
    } else {
        return None;
    };
    let after_name = &rest[name_len..];
    if !after_name.starts_with(['>', ' ', '\t', '/', '\r', '\n']) {
        return None;
    }
    let close = after_name.find('>')?;
    let attributes = &after_name[..close];
    let end = line.len() - after_name.len() + close + 1;
    let id = (tag == Tag::DetailsOpen)
        .then(|| attribute(attributes, "id"))
        .flatten();
    Some(FoundTag {
        start,
        end,
        tag,
        id,
    })
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// The value of attribute `name` in a tag's attribute text, quoted or bare.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches([' ', '\t', '/', '\r', '\n']);
        if rest.is_empty() {
            return None;
        }
        let key_len = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = &rest[..key_len];
        rest = rest[key_len..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(quote).unwrap_or(body.len());
                    (&body[..close], body.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = remaining;
            Some(value)
        } else {
            None
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value.unwrap_or("").trim().to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_atx_only_with_optional_closing_hashes() {
        assert_eq!(heading("## 기술 질문\n"), Some((2, "기술 질문".into())));
        assert_eq!(heading("### 과제 \n"), Some((3, "과제".into())));
        assert_eq!(heading("# Title ##"), Some((1, "Title".into())));
        assert_eq!(heading("#hashtag"), None);
        assert_eq!(heading("    # indented code"), None);
        assert_eq!(heading("####### seven"), None);
    }

    #[test]
    fn tags_inside_inline_code_are_not_tags() {
        let tags = tags_in("use `<details>` and ``<summary>`` then <details id=\"x\">");
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].tag, Tag::DetailsOpen);
        assert_eq!(tags[0].id.as_deref(), Some("x"));
    }

    #[test]
    fn tag_names_must_end_where_the_word_ends() {
        assert!(tags_in("<detailsx> <summaryish>").is_empty());
        let tags = tags_in("<DETAILS open><Summary style=\"color: red\">Q</SUMMARY>");
        let kinds: Vec<Tag> = tags.iter().map(|t| t.tag).collect();
        assert_eq!(
            kinds,
            [Tag::DetailsOpen, Tag::SummaryOpen, Tag::SummaryClose]
        );
    }

    #[test]
    fn attributes_are_read_quoted_bare_or_empty() {
        assert_eq!(attribute(" open id='a-1'", "id").as_deref(), Some("a-1"));
        assert_eq!(attribute(" id=b2 open", "id").as_deref(), Some("b2"));
        assert_eq!(attribute(" class=\"id\"", "id"), None);
    }

    #[test]
    fn fences_close_only_on_their_own_marker() {
        let fence = opens_fence("```sql\n").expect("opens");
        assert!(!closes_fence("~~~\n", &fence));
        assert!(!closes_fence("``\n", &fence));
        assert!(closes_fence("````\n", &fence));
        assert!(opens_fence("``` a`b").is_none());
    }
}
