//! The structural pass: splits a notes file into headings, folds and the text
//! between them, with line numbers, before any Markdown is rendered.
//!
//! Folds are found here rather than by the Markdown parser because CommonMark
//! treats `<details>` as the start of a raw HTML block that runs to the next
//! blank line: an answer written straight after `<summary>` would never be
//! rendered as Markdown. Code fences, inline code and HTML comments are
//! skipped, so a `<details>` shown as code or commented out is never a fold.
//!
//! Broken structure is read the way a browser reads it, with a warning: a
//! stray `</details>` is ignored, and a fold that is never closed ends before
//! the next heading at or above its section's level.

use crate::model::Diagnostic;

/// A piece of Markdown source and the line its first character is on.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub line: usize,
    pub text: String,
}

impl Chunk {
    /// The line of the source that byte `offset` of the chunk is on.
    pub fn line_at(&self, offset: usize) -> usize {
        self.line
            + self
                .text
                .get(..offset)
                .map_or(0, |head| head.matches('\n').count())
    }
}

/// A heading outside any fold, and what follows it up to the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// 1 to 6 for `#` to `######`; 0 for the part before the first heading.
    pub level: usize,
    /// The heading's Markdown, trimmed.
    pub title: String,
    pub line: usize,
    /// Columns of the list item a heading is written in (`1. ### Title`),
    /// which its section's lines are indented by; 0 for a heading of its own.
    pub indent: usize,
    /// Notes and folds in the order they were written. Notes are split at
    /// every fold, so the notes just before a fold are what stands above it.
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Notes(Chunk),
    Fold(Fold),
}

/// A top-level `<details>` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fold {
    pub line: usize,
    pub explicit_id: Option<String>,
    /// The summary's Markdown, or `None` when the fold has no `<summary>`.
    pub summary: Option<Chunk>,
    pub answer: Chunk,
    /// Columns of white space before `<details>`: more than 0 when the fold
    /// sits inside a list item.
    pub indent: usize,
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

/// One piece of a line, as the fold reader sees it.
#[derive(Debug)]
enum Token {
    Text(String),
    Heading {
        level: usize,
        title: String,
        raw: String,
        indent: usize,
    },
    Tag {
        tag: Tag,
        id: Option<String>,
        raw: String,
        /// Columns of white space before the tag, when nothing else precedes it.
        indent: Option<usize>,
    },
}

struct Lexed {
    line: usize,
    token: Token,
}

pub(crate) struct Fence {
    marker: char,
    len: usize,
}

/// Which lines start a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headings {
    /// ATX headings (`## Title`) only.
    Atx,
    /// Every form GitHub shows as a heading: ATX headings; setext headings
    /// (`Title` over a line of `=` or `-`) whose title is one unindented
    /// line after a blank line (a paragraph of several lines over `---`
    /// stays text); an HTML heading alone on its line (`<h3>Title</h3>`,
    /// plain text inside); and a heading that is the first thing in a list
    /// item (`1. ### Title`), as notes that number their questions write
    /// them.
    All,
}

/// Splits `text` into sections, and pushes a warning to `warnings` for each
/// assumption made about broken structure.
pub fn scan(
    path: &str,
    text: &Chunk,
    headings: Headings,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Section> {
    let tokens = lex(&text.text, text.line.max(1), headings);
    let closed = closed_folds(&tokens);
    let mut reader = Reader {
        path,
        warnings,
        sections: vec![Section {
            level: 0,
            title: String::new(),
            line: text.line.max(1),
            indent: 0,
            items: Vec::new(),
        }],
        state: State::Outside,
        folds_opened: 0,
        closed,
    };
    for Lexed { line, token } in tokens {
        match token {
            Token::Text(text) => reader.text(&text, line),
            Token::Heading {
                level,
                title,
                raw,
                indent,
            } => reader.heading(level, title, indent, &raw, line),
            Token::Tag {
                tag,
                id,
                raw,
                indent,
            } => reader.tag(tag, id, indent, &raw, line),
        }
    }
    reader.finish();
    reader.sections
}

/// Splits text into tokens. Fenced code becomes text tokens, and HTML
/// comments are removed; each comment line leaves a blank line, so that the
/// blocks around the comment stay apart.
fn lex(text: &str, first_line: usize, headings: Headings) -> Vec<Lexed> {
    let mut tokens = Vec::new();
    let mut fence: Option<Fence> = None;
    let mut in_comment = false;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    // Whether the line before is text that a line below would continue.
    let mut in_paragraph = false;
    // Whether this line underlines the setext heading above it.
    let mut underline = false;
    for (index, &line) in lines.iter().enumerate() {
        let number = index + first_line;
        let after_paragraph = std::mem::replace(&mut in_paragraph, false);
        if std::mem::take(&mut underline) {
            continue;
        }
        let mut rest = line;
        if in_comment {
            match rest.find("-->") {
                Some(end) => rest = &rest[end + 3..],
                None => {
                    tokens.push(Lexed {
                        line: number,
                        token: Token::Text(line_end(line).to_owned()),
                    });
                    continue;
                }
            }
        } else if let Some(open) = &fence {
            if closes_fence(line, open) {
                fence = None;
            }
            tokens.push(Lexed {
                line: number,
                token: Token::Text(line.to_owned()),
            });
            continue;
        } else if let Some(opened) = opens_fence(line) {
            fence = Some(opened);
            tokens.push(Lexed {
                line: number,
                token: Token::Text(line.to_owned()),
            });
            continue;
        } else if let Some((level, title, indent)) = heading(line)
            .map(|(level, title)| (level, title, 0))
            .or_else(|| (headings == Headings::All).then(|| list_item_heading(line))?)
        {
            tokens.push(Lexed {
                line: number,
                token: Token::Heading {
                    level,
                    title,
                    raw: line.to_owned(),
                    indent,
                },
            });
            continue;
        } else if headings == Headings::All {
            let next = lines.get(index + 1).copied();
            let setext = next
                .filter(|_| !after_paragraph)
                .and_then(|next| setext_heading(line, next));
            underline = setext.is_some();
            if let Some((level, title)) = setext.or_else(|| html_heading(line)) {
                let raw = match next.filter(|_| underline) {
                    Some(next) => format!("{line}{next}"),
                    None => line.to_owned(),
                };
                tokens.push(Lexed {
                    line: number,
                    token: Token::Heading {
                        level,
                        title,
                        raw,
                        indent: 0,
                    },
                });
                continue;
            }
        }
        in_paragraph = !line.trim().is_empty();
        in_comment = lex_inline(rest, number, &mut tokens);
    }
    tokens
}

/// A setext heading: `line`, unindented plain text, over `next`, a line of
/// `=` (level 1) or `-` (level 2) indented by at most three spaces. The
/// caller checks that `line` starts a paragraph.
fn setext_heading(line: &str, next: &str) -> Option<(usize, String)> {
    let underline = next.trim_end();
    let marks = underline.trim_start_matches(' ');
    if underline.len() - marks.len() > 3 {
        return None;
    }
    let level = match marks.chars().next()? {
        '=' if marks.bytes().all(|b| b == b'=') => 1,
        '-' if marks.bytes().all(|b| b == b'-') => 2,
        _ => None?,
    };
    let title = line.trim();
    let starts_other_block = title.starts_with(['>', '<', '|', '-', '*', '+', '=', '#'])
        || title.starts_with(|c: char| c.is_ascii_digit())
            && title
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['.', ')']);
    let plain = !title.is_empty()
        && !line.starts_with([' ', '\t'])
        && !starts_other_block
        && opens_fence(line).is_none()
        && pieces(line).is_empty();
    plain.then(|| (level, title.to_owned()))
}

/// A heading written in HTML alone on its line, `<h3>Title</h3>` (or with
/// attributes, `<h2 id="x">Title</h2>`), indented by at most three spaces,
/// with plain text inside: its level and its title.
fn html_heading(line: &str) -> Option<(usize, String)> {
    let body = line.trim_end();
    let tag = body.trim_start_matches(' ');
    if body.len() - tag.len() > 3 {
        return None;
    }
    let rest = tag.strip_prefix("<h").or_else(|| tag.strip_prefix("<H"))?;
    let level = rest.chars().next()?.to_digit(10)? as usize;
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &rest[1..];
    if !rest.starts_with(['>', ' ']) {
        return None;
    }
    let (_, inner) = rest.split_once('>')?;
    let close = format!("</h{level}>");
    let title = inner
        .strip_suffix(close.as_str())
        .or_else(|| inner.strip_suffix(close.to_uppercase().as_str()))?
        .trim();
    (!title.is_empty() && !title.contains(['<', '>'])).then(|| (level, title.to_owned()))
}

/// Tokens of one line outside code fences; returns whether a comment is left open.
fn lex_inline(line: &str, number: usize, tokens: &mut Vec<Lexed>) -> bool {
    let mut text = String::new();
    let mut at = 0;
    let leading = line.len() - line.trim_start_matches([' ', '\t']).len();
    for piece in pieces(line) {
        match piece {
            Piece::Tag(found) => {
                text.push_str(&line[at..found.start]);
                if !text.is_empty() {
                    tokens.push(Lexed {
                        line: number,
                        token: Token::Text(std::mem::take(&mut text)),
                    });
                }
                tokens.push(Lexed {
                    line: number,
                    token: Token::Tag {
                        tag: found.tag,
                        id: found.id,
                        raw: line[found.start..found.end].to_owned(),
                        indent: (found.start == leading).then(|| columns(&line[..leading])),
                    },
                });
                at = found.end;
            }
            Piece::Comment { start, end } => {
                text.push_str(&line[at..start]);
                match end {
                    Some(end) => at = end,
                    None => {
                        text.push_str(line_end(line));
                        if !text.is_empty() {
                            tokens.push(Lexed {
                                line: number,
                                token: Token::Text(text),
                            });
                        }
                        return true;
                    }
                }
            }
        }
    }
    text.push_str(&line[at..]);
    if !text.is_empty() {
        tokens.push(Lexed {
            line: number,
            token: Token::Text(text),
        });
    }
    false
}

fn line_end(line: &str) -> &str {
    if line.ends_with('\n') {
        "\n"
    } else {
        ""
    }
}

/// Width of leading white space, a tab counting as four columns.
fn columns(space: &str) -> usize {
    space.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

/// For each `<details>`, in order: whether a `</details>` closes it.
fn closed_folds(tokens: &[Lexed]) -> Vec<bool> {
    let mut closed = Vec::new();
    let mut open = Vec::new();
    for lexed in tokens {
        match lexed.token {
            Token::Tag {
                tag: Tag::DetailsOpen,
                ..
            } => {
                open.push(closed.len());
                closed.push(false);
            }
            Token::Tag {
                tag: Tag::DetailsClose,
                ..
            } => {
                if let Some(index) = open.pop() {
                    closed[index] = true;
                }
            }
            _ => {}
        }
    }
    closed
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
    summary: Option<Chunk>,
    answer: Chunk,
    indent: usize,
    /// Whether a `</details>` closes it somewhere below.
    closed: bool,
}

struct Reader<'a> {
    path: &'a str,
    warnings: &'a mut Vec<Diagnostic>,
    sections: Vec<Section>,
    state: State,
    folds_opened: usize,
    closed: Vec<bool>,
}

impl Reader<'_> {
    fn section(&mut self) -> &mut Section {
        self.sections
            .last_mut()
            .expect("the scan starts with a section")
    }

    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings
            .push(Diagnostic::new(self.path, line, message));
    }

    fn heading(&mut self, level: usize, title: String, indent: usize, raw: &str, line: usize) {
        if let Some(fold) = self.open_fold() {
            let section_level = self.sections.last().map_or(0, |s| s.level);
            // In the part before any heading (level 0), every heading is at or
            // above the fold's section.
            let ends_fold = !fold.closed && (section_level == 0 || level <= section_level);
            if !ends_fold {
                self.text(raw, line);
                return;
            }
            let opened_at = fold.line;
            self.warn(
                opened_at,
                format!(
                    "<details> is never closed: read as ending before the heading on line {line}"
                ),
            );
            self.end_fold();
        }
        self.sections.push(Section {
            level,
            title,
            line,
            indent,
            items: Vec::new(),
        });
    }

    fn open_fold(&self) -> Option<&OpenFold> {
        match &self.state {
            State::Outside => None,
            State::AwaitSummary(fold) | State::InSummary(fold) | State::InAnswer { fold, .. } => {
                Some(fold)
            }
        }
    }

    fn text(&mut self, text: &str, line: usize) {
        match &mut self.state {
            State::Outside => {
                let items = &mut self.section().items;
                if let Some(Item::Notes(chunk)) = items.last_mut() {
                    chunk.text.push_str(text);
                } else {
                    items.push(Item::Notes(Chunk {
                        line,
                        text: text.to_owned(),
                    }));
                }
            }
            State::AwaitSummary(_) => {
                if text.trim().is_empty() {
                    return;
                }
                if let State::AwaitSummary(mut fold) =
                    std::mem::replace(&mut self.state, State::Outside)
                {
                    append(&mut fold.answer, text, line);
                    self.state = State::InAnswer { fold, depth: 1 };
                }
            }
            State::InSummary(fold) => {
                append(fold.summary.get_or_insert_with(Chunk::default), text, line);
            }
            State::InAnswer { fold, .. } => append(&mut fold.answer, text, line),
        }
    }

    fn tag(&mut self, tag: Tag, id: Option<String>, indent: Option<usize>, raw: &str, line: usize) {
        let state = std::mem::replace(&mut self.state, State::Outside);
        self.state = match (state, tag) {
            (State::Outside, Tag::DetailsOpen) => {
                let closed = self.closed.get(self.folds_opened).copied().unwrap_or(false);
                self.folds_opened += 1;
                State::AwaitSummary(OpenFold {
                    line,
                    explicit_id: id,
                    summary: None,
                    answer: Chunk::default(),
                    indent: indent.unwrap_or(0),
                    closed,
                })
            }
            (State::Outside, Tag::DetailsClose) => {
                self.warn(line, "</details> without a matching <details>: ignored");
                State::Outside
            }
            (State::Outside, _) => {
                self.text(raw, line);
                return;
            }
            (State::AwaitSummary(fold), Tag::SummaryOpen) => State::InSummary(fold),
            (State::AwaitSummary(fold), Tag::DetailsClose) => {
                self.state = State::InAnswer { fold, depth: 1 };
                self.end_fold();
                return;
            }
            (State::InSummary(fold), Tag::DetailsClose) => {
                self.warn(
                    fold.line,
                    "<summary> is never closed: all of it is read as the question, with no answer",
                );
                self.state = State::InAnswer { fold, depth: 1 };
                self.end_fold();
                return;
            }
            (State::AwaitSummary(mut fold), Tag::DetailsOpen) => {
                self.folds_opened += 1;
                append(&mut fold.answer, raw, line);
                State::InAnswer { fold, depth: 2 }
            }
            (State::AwaitSummary(fold), _) => State::InAnswer { fold, depth: 1 },
            (State::InSummary(mut fold), Tag::SummaryClose) => {
                fold.summary.get_or_insert_with(|| Chunk {
                    line,
                    text: String::new(),
                });
                fold.answer.line = line;
                State::InAnswer { fold, depth: 1 }
            }
            (State::InSummary(fold), _) => State::InSummary(fold),
            (State::InAnswer { mut fold, depth }, Tag::DetailsOpen) => {
                self.folds_opened += 1;
                append(&mut fold.answer, raw, line);
                State::InAnswer {
                    fold,
                    depth: depth + 1,
                }
            }
            (State::InAnswer { fold, depth: 1 }, Tag::DetailsClose) => {
                self.state = State::InAnswer { fold, depth: 1 };
                self.end_fold();
                return;
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

    /// Ends the open fold at the reader's position and pushes it to the
    /// current section's items.
    fn end_fold(&mut self) {
        let (State::AwaitSummary(fold) | State::InSummary(fold) | State::InAnswer { fold, .. }) =
            std::mem::replace(&mut self.state, State::Outside)
        else {
            return;
        };
        let summary = fold.summary.map(|chunk| Chunk {
            line: chunk.line,
            text: dedent(&chunk.text, fold.indent),
        });
        let text = dedent(&fold.answer.text, fold.indent);
        let inner = unwrap_markdown(&text);
        let skipped = inner.as_ptr() as usize - text.as_ptr() as usize;
        let answer = Chunk {
            line: fold.answer.line + text[..skipped].matches('\n').count(),
            text: inner.to_owned(),
        };
        self.section().items.push(Item::Fold(Fold {
            line: fold.line,
            explicit_id: fold.explicit_id,
            summary,
            answer,
            indent: fold.indent,
        }));
    }

    fn finish(&mut self) {
        if let Some(fold) = self.open_fold() {
            let line = fold.line;
            if matches!(self.state, State::InSummary(_)) {
                self.warn(
                    line,
                    "<summary> is never closed: all of it is read as the question, with no answer",
                );
            }
            self.warn(
                line,
                "<details> is never closed: read as ending at the end of the file",
            );
            self.end_fold();
        }
    }
}

fn append(chunk: &mut Chunk, text: &str, line: usize) {
    if chunk.text.is_empty() && chunk.line == 0 {
        chunk.line = line;
    }
    chunk.text.push_str(text);
}

/// Removes up to `indent` columns of leading white space from every line: a
/// fold indented inside a list item loses that indentation, no more, so code
/// blocks inside it stay code.
pub fn dedent(text: &str, indent: usize) -> String {
    if indent == 0 {
        return text.to_owned();
    }
    text.split_inclusive('\n')
        .map(|line| {
            let mut removed = 0;
            let mut cut = 0;
            for (at, c) in line.char_indices() {
                let width = match c {
                    ' ' => 1,
                    '\t' => 4,
                    _ => break,
                };
                if removed + width > indent {
                    break;
                }
                removed += width;
                cut = at + 1;
            }
            &line[cut..]
        })
        .collect()
}

/// Returns the Markdown inside an answer wrapped in `<p>…</p>` or
/// `<div markdown="1">…</div>`, as GitHub renders it; any other answer is
/// returned as it is.
fn unwrap_markdown(answer: &str) -> &str {
    let trimmed = answer.trim();
    for (open, close) in [
        ("<p>", "</p>"),
        ("<div markdown=\"1\">", "</div>"),
        ("<div markdown=\"block\">", "</div>"),
    ] {
        if let Some(inner) = trimmed
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        {
            if !inner.contains(open) {
                return inner;
            }
        }
    }
    answer
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

/// A heading that opens a list item (`1. ### Title`, `- ## Title`): its
/// level, its title, and the columns the item's content is indented by.
fn list_item_heading(line: &str) -> Option<(usize, String, usize)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = match digits {
        0 => usize::from(rest.starts_with(['-', '*', '+'])),
        1..=9 => (rest[digits..].starts_with(['.', ')'])).then_some(digits + 1)?,
        _ => 0,
    };
    let after = rest.get(marker..).filter(|_| marker > 0)?;
    let spaces = after.len() - after.trim_start_matches(' ').len();
    if !(1..=4).contains(&spaces) {
        return None;
    }
    let (level, title) = heading(&after[spaces..])?;
    Some((level, title, indent + marker + spaces))
}

pub(crate) fn opens_fence(line: &str) -> Option<Fence> {
    let body = line.trim_start();
    let marker = body.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = body.chars().take_while(|c| *c == marker).count();
    let info = &body[len..];
    (len >= 3 && !(marker == '`' && info.contains('`'))).then_some(Fence { marker, len })
}

pub(crate) fn closes_fence(line: &str, fence: &Fence) -> bool {
    let body = line.trim();
    let len = body.chars().take_while(|c| *c == fence.marker).count();
    len >= fence.len && body.len() == len * fence.marker.len_utf8()
}

/// What the lexer keeps from a line: fold tags, and comments to leave out.
enum Piece {
    Tag(FoundTag),
    /// `<!--` at `start`, and the end of its `-->` when it closes on this line.
    Comment {
        start: usize,
        end: Option<usize>,
    },
}

/// The fold tags and comments in one line, in order, skipping inline code spans.
fn pieces(line: &str) -> Vec<Piece> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => i = skip_code_span(line, i),
            b'<' if line[i..].starts_with("<!--") => {
                let end = line[i + 4..].find("-->").map(|at| i + 4 + at + 3);
                found.push(Piece::Comment { start: i, end });
                match end {
                    Some(end) => i = end,
                    None => break,
                }
            }
            b'<' => match tag_at(line, i) {
                Some(tag) => {
                    i = tag.end;
                    found.push(Piece::Tag(tag));
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    found
}

#[cfg(test)]
fn tags_in(line: &str) -> Vec<FoundTag> {
    pieces(line)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Tag(tag) => Some(tag),
            Piece::Comment { .. } => None,
        })
        .collect()
}

/// Returns the offset just past the inline code span opening at `start`, or
/// just past its opening backticks when nothing on the line closes it.
pub(crate) fn skip_code_span(line: &str, start: usize) -> usize {
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
    fn setext_and_html_headings_are_headings() {
        assert_eq!(
            setext_heading("Title\n", "===\n"),
            Some((1, "Title".into()))
        );
        assert_eq!(
            setext_heading("What is TCP?\n", "---\n"),
            Some((2, "What is TCP?".into()))
        );
        assert_eq!(setext_heading("Title\n", "= =\n"), None);
        assert_eq!(setext_heading("- item\n", "---\n"), None);
        assert_eq!(setext_heading("1. item\n", "---\n"), None);
        assert_eq!(setext_heading("   indented\n", "---\n"), None);
        assert_eq!(setext_heading("<details>\n", "---\n"), None);
        assert_eq!(setext_heading("Title\n", "    ---\n"), None);
        assert_eq!(
            html_heading("<h3>What is JIT?</h3>\n"),
            Some((3, "What is JIT?".into()))
        );
        assert_eq!(
            html_heading("<H2 id=\"x\">Why</H2>"),
            Some((2, "Why".into()))
        );
        assert_eq!(
            html_heading("<h1 align=\"center\"><img src=\"a.png\"></h1>"),
            None
        );
        assert_eq!(html_heading("<h3>Title</h3> and more"), None);
        assert_eq!(html_heading("<h7>x</h7>"), None);
        assert_eq!(html_heading("<header>x</header>"), None);
    }

    #[test]
    fn a_setext_underline_needs_a_one_line_paragraph_above_it() {
        let titles = |text: &str| -> Vec<(usize, String, usize)> {
            scan(
                "n.md",
                &Chunk {
                    line: 1,
                    text: text.into(),
                },
                Headings::All,
                &mut Vec::new(),
            )
            .into_iter()
            .skip(1)
            .map(|s| (s.level, s.title, s.line))
            .collect()
        };
        assert_eq!(
            titles("Network\n=======\n\nWhat is TCP?\n---\nA stream.\n"),
            [(1, "Network".into(), 1), (2, "What is TCP?".into(), 4)]
        );
        assert_eq!(titles("one line\nand another\n---\n"), []);
        assert_eq!(titles("```\ncode\n---\n```\n"), []);
        assert_eq!(titles("text\n\n---\n"), []);
        let atx_only = scan(
            "n.md",
            &Chunk {
                line: 1,
                text: "Title\n===\n".into(),
            },
            Headings::Atx,
            &mut Vec::new(),
        );
        assert_eq!(atx_only.len(), 1);
    }

    #[test]
    fn a_heading_may_open_a_list_item() {
        assert_eq!(
            list_item_heading("1. ### What is a closure?\n"),
            Some((3, "What is a closure?".into(), 3))
        );
        assert_eq!(
            list_item_heading("12.  ## Hoisting\n"),
            Some((2, "Hoisting".into(), 5))
        );
        assert_eq!(
            list_item_heading("- #### 정리"),
            Some((4, "정리".into(), 2))
        );
        assert_eq!(list_item_heading("1. #hashtag"), None);
        assert_eq!(list_item_heading("1.### no space"), None);
        assert_eq!(list_item_heading("    1. ### code"), None);
        assert_eq!(
            list_item_heading("2024. ### too many digits is still a list"),
            Some((3, "too many digits is still a list".into(), 6))
        );
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
