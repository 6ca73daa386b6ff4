//! Where a fold whose summary only labels its answer ("답변", "Answer")
//! finds its question: the list item it is nested in; else the paragraph
//! just above it, with the code, tables and options between them as the
//! question's body; else the heading above. A heading wins over a paragraph
//! only when it asks and the paragraph does not.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use crate::choices;
use crate::phrases;
use crate::scan::{dedent, Chunk};

/// A question as written: its title (inline Markdown) and the blocks under it.
#[derive(Debug)]
pub struct Question {
    pub title: String,
    pub body: Chunk,
}

/// The question found for a labelled fold, and where it was found.
pub enum Found {
    /// A question in the text above the fold; `before` is the text before
    /// it, which stays notes.
    Text {
        before: Option<Chunk>,
        question: Question,
    },
    /// The heading above, with all the text between them as the body.
    Heading(Question),
    Nothing,
}

/// Finds the question of a labelled fold in `above`, the text since the
/// previous fold or heading, or in `heading`, the heading above the fold
/// when only `above` stands between them.
pub fn find(above: Option<&Chunk>, heading: Option<(&str, usize)>, fold_indent: usize) -> Found {
    if let Some(chunk) = above.filter(|_| fold_indent > 0) {
        if let Some((before, question)) = list_item(chunk, fold_indent) {
            return Found::Text { before, question };
        }
    }
    let in_text = above.and_then(question_in_text);
    match (in_text, heading) {
        (Some((_, question)), Some((title, line)))
            if asks(title) && !asks(&question.title) && !is_only_numbering(title) =>
        {
            Found::Heading(Question {
                title: title.to_owned(),
                body: above.cloned().unwrap_or(Chunk {
                    line,
                    text: String::new(),
                }),
            })
        }
        (Some((before, question)), _) => Found::Text { before, question },
        (None, Some((title, line))) => Found::Heading(Question {
            title: title.to_owned(),
            body: above.cloned().unwrap_or(Chunk {
                line,
                text: String::new(),
            }),
        }),
        (None, None) => Found::Nothing,
    }
}

/// Whether a title reads as a question: it ends with `?` or is numbered.
pub fn asks(title: &str) -> bool {
    let plain = title.trim().trim_matches(['*', '_']);
    plain.ends_with(['?', '？']) || phrases::strip_numbering(plain).len() < plain.len()
}

/// Whether a heading only numbers what follows (`## Question 12`, `### Q3`).
pub fn is_only_numbering(title: &str) -> bool {
    phrases::strip_numbering(title.trim().trim_matches(['*', '_'])).is_empty()
}

/// Splits a question written as Markdown into its title, the first
/// paragraph up to a list or options, and its body, what follows.
pub fn split(chunk: &Chunk) -> Question {
    let mut lines = chunk.text.split_inclusive('\n').peekable();
    let mut title = Vec::new();
    let mut line = chunk.line;
    while lines.peek().is_some_and(|l| l.trim().is_empty()) {
        lines.next();
        line += 1;
    }
    while let Some(next) =
        lines.next_if(|l| !l.trim().is_empty() && (title.is_empty() || !starts_block(l)))
    {
        title.push(next.trim());
        line += 1;
    }
    Question {
        title: title.join(" "),
        body: Chunk {
            line,
            text: lines.collect(),
        },
    }
}

/// Whether a line starts a block other than a paragraph, options included.
fn starts_block(line: &str) -> bool {
    let trimmed = line.trim_start();
    list_marker(trimmed).is_some()
        || choices::is_option_line(trimmed)
        || ["```", "~~~", "|", ">", "<", "#"]
            .iter()
            .any(|start| trimmed.starts_with(start))
        || line.len() - trimmed.len() >= 4
}

/// The width of a list marker (`- `, `* `, `+ `, `1. `, `2) `) at the start of `line`.
fn list_marker(line: &str) -> Option<usize> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = if digits > 0 {
        line[digits..]
            .starts_with(['.', ')'])
            .then_some(digits + 1)?
    } else {
        line.starts_with(['-', '*', '+']).then_some(1)?
    };
    let after = &line[marker..];
    (after.is_empty() || after.starts_with([' ', '\t', '\n', '\r'])).then_some(marker)
}

/// A fold nested in a list item asks the item's text: the last item in
/// `chunk` that starts left of the fold. Returns the text before the item,
/// and the item as a question.
fn list_item(chunk: &Chunk, fold_indent: usize) -> Option<(Option<Chunk>, Question)> {
    let lines: Vec<&str> = chunk.text.split_inclusive('\n').collect();
    let (at, content) = lines.iter().enumerate().rev().find_map(|(at, line)| {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let marker = list_marker(trimmed)?;
        (indent < fold_indent.max(1)).then_some((at, indent + marker + 1))
    })?;
    let item_line = lines[at];
    let title = item_line
        .get(content.min(item_line.len())..)
        .unwrap_or("")
        .trim();
    if title.is_empty() {
        return None;
    }
    let before: String = lines[..at].concat();
    let body = dedent(&lines[at + 1..].concat(), content);
    Some((
        (!before.trim().is_empty()).then_some(Chunk {
            line: chunk.line,
            text: before,
        }),
        Question {
            title: title.to_owned(),
            body: Chunk {
                line: chunk.line + at + 1,
                text: body,
            },
        },
    ))
}

/// What a top-level block of the text above a fold is, for finding its question.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Paragraph,
    /// A list that is not options.
    List,
    /// Code, a table, options, a quote, HTML: part of a question's body.
    Body,
}

/// The question in text standing above a fold: the last paragraph before
/// the blocks (code, tables, options) that end the text, or, when a list
/// ends it, that list's last item.
fn question_in_text(chunk: &Chunk) -> Option<(Option<Chunk>, Question)> {
    let blocks = blocks(&chunk.text);
    let last_list = blocks.last().filter(|(kind, _)| *kind == Block::List);
    if let Some((_, range)) = last_list {
        let list = Chunk {
            line: chunk.line_at(range.start),
            text: chunk.text.get(range.start..)?.to_owned(),
        };
        let (items_before, question) = list_item(&list, 0)?;
        let before = format!(
            "{}{}",
            chunk.text.get(..range.start)?,
            items_before.map_or(String::new(), |c| c.text)
        );
        return Some((non_blank(chunk.line, before), question));
    }
    let (_, paragraph) = blocks
        .iter()
        .rev()
        .find(|(kind, _)| *kind != Block::Body)
        .filter(|(kind, _)| *kind == Block::Paragraph)?;
    let question = split(&Chunk {
        line: chunk.line_at(paragraph.start),
        text: chunk.text.get(paragraph.start..)?.to_owned(),
    });
    let before = chunk.text.get(..paragraph.start)?.to_owned();
    Some((non_blank(chunk.line, before), question))
}

fn non_blank(line: usize, text: String) -> Option<Chunk> {
    (!text.trim().is_empty()).then_some(Chunk { line, text })
}

/// The top-level blocks of `text`, with their byte ranges.
fn blocks(text: &str) -> Vec<(Block, Range<usize>)> {
    let mut found = Vec::new();
    let mut depth = 0;
    for (event, range) in
        Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES).into_offset_iter()
    {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    let source = text.get(range.clone()).unwrap_or("");
                    let kind = match tag {
                        Tag::Paragraph | Tag::List(_) if is_options(source) => Block::Body,
                        Tag::Paragraph => Block::Paragraph,
                        Tag::List(_) => Block::List,
                        _ => Block::Body,
                    };
                    found.push((kind, range));
                }
                depth += 1;
            }
            Event::End(_) => depth -= 1,
            Event::Html(_) | Event::Rule if depth == 0 => found.push((Block::Body, range)),
            _ => {}
        }
    }
    found
}

/// Whether a block is a run of options (`A) …`, `- B: …`), every line of it.
fn is_options(source: &str) -> bool {
    let lines: Vec<&str> = source.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.len() >= 2 && lines.iter().all(|l| choices::is_option_line(l))
}
