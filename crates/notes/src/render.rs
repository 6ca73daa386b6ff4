//! Markdown to safe HTML: pulldown-cmark renders, ammonia sanitises.
//!
//! Line breaks inside a paragraph are kept (notes are written a thought per
//! line), links to local `.md` files become links to the deck made from that
//! file, or plain text with a warning when no such file is in the content.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::highlight::highlight;

use crate::model::Diagnostic;
use crate::scan::Chunk;

/// Local Markdown files that notes may link to, by file name, with the hash
/// route of the deck each one became.
pub type LinkTargets = BTreeMap<String, String>;

pub struct Renderer<'a> {
    sanitizer: ammonia::Builder<'static>,
    targets: &'a LinkTargets,
    /// Images the notes use, by the URL the app shows them at.
    images: RefCell<BTreeMap<String, PathBuf>>,
}

/// The notes file being rendered: its path as read, and its folder
/// relative to the content folder.
#[derive(Clone, Copy)]
pub struct File<'a> {
    pub path: &'a str,
    pub folder: &'a str,
}

/// What to do with rules (`---`): separators between sections of a notes file
/// are layout, not content; inside an answer they are kept.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    Keep,
    Drop,
}

impl<'a> Renderer<'a> {
    pub fn new(targets: &'a LinkTargets) -> Self {
        let mut sanitizer = ammonia::Builder::default();
        sanitizer.add_tag_attributes("code", ["class"]);
        // Only the highlighter's classes (see highlight.rs): not any a note sets.
        sanitizer.add_allowed_classes("span", ["k", "s", "c", "n", "f", "t"]);
        Self {
            sanitizer,
            targets,
            images: RefCell::default(),
        }
    }

    /// Every image the rendered notes use: the file, and the URL (relative
    /// to the app's page) it must be copied to.
    pub fn images(&self) -> Vec<(String, PathBuf)> {
        self.images.borrow().clone().into_iter().collect()
    }

    /// Renders a block of Markdown; warnings name `path` and the chunk's lines.
    pub fn block(
        &self,
        file: File,
        chunk: &Chunk,
        rules: Rules,
        warnings: &mut Vec<Diagnostic>,
    ) -> String {
        let mut events = Vec::new();
        let mut dropped_links = Vec::new();
        let mut dropped_images = Vec::new();
        let mut fenced: Option<(CowStr, String)> = None;
        for (event, range) in Parser::new_ext(&chunk.text, options()).into_offset_iter() {
            match event {
                Event::SoftBreak => events.push(Event::HardBreak),
                Event::Rule if rules == Rules::Drop => {}
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url = match self.image(file, &dest_url) {
                        Ok(Some(url)) => CowStr::from(url),
                        Ok(None) => dest_url,
                        Err(problem) => {
                            let line = chunk.line + chunk.text[..range.start].matches('\n').count();
                            warnings.push(Diagnostic::new(
                                file.path,
                                line,
                                format!("image {dest_url} {problem}: its text is shown instead"),
                            ));
                            dropped_images.push(true);
                            continue;
                        }
                    };
                    dropped_images.push(false);
                    events.push(Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
                Event::End(TagEnd::Image) => {
                    if !dropped_images.pop().unwrap_or(false) {
                        events.push(Event::End(TagEnd::Image));
                    }
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url = match self.link_destination(&dest_url) {
                        Ok(dest) => dest,
                        Err(missing) => {
                            let file_path = file.path;
                            let line = chunk.line + chunk.text[..range.start].matches('\n').count();
                            warnings.push(Diagnostic::new(
                                file_path,
                                line,
                                format!("link to {missing}, which is not in the content folder: shown as plain text"),
                            ));
                            dropped_links.push(true);
                            continue;
                        }
                    };
                    dropped_links.push(false);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
                Event::End(TagEnd::Link) => {
                    if !dropped_links.pop().unwrap_or(false) {
                        events.push(Event::End(TagEnd::Link));
                    }
                }
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                    if !info.trim().is_empty() =>
                {
                    fenced = Some((info, String::new()));
                }
                Event::Text(text) if fenced.is_some() => {
                    if let Some((_, code)) = fenced.as_mut() {
                        code.push_str(&text);
                    }
                }
                Event::End(TagEnd::CodeBlock) if fenced.is_some() => {
                    let (info, code) = fenced.take().expect("a fenced block is open");
                    let body = match highlight(&code, &info) {
                        Some(html) => Event::Html(html.into()),
                        None => Event::Text(code.into()),
                    };
                    events.extend([
                        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))),
                        body,
                        Event::End(TagEnd::CodeBlock),
                    ]);
                }
                other => events.push(other),
            }
        }
        self.to_safe_html(events.into_iter()).trim().to_owned()
    }

    /// Renders a question: inline Markdown only, as HTML and as plain text.
    pub fn inline(&self, markdown: &str) -> (String, String) {
        let escaped = escape_block_start(markdown);
        let mut plain = String::new();
        let inline_events: Vec<Event> = Parser::new_ext(&escaped, options())
            .filter_map(|event| match event {
                Event::Text(ref text) | Event::Code(ref text) => {
                    plain.push_str(text);
                    Some(event)
                }
                Event::SoftBreak | Event::HardBreak => {
                    plain.push(' ');
                    Some(Event::Text(CowStr::Borrowed(" ")))
                }
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => None,
                other => Some(other),
            })
            .collect();
        (
            self.to_safe_html(inline_events.into_iter()),
            plain.trim().to_owned(),
        )
    }

    /// Renders and sanitises; code blocks then become focusable, so that one
    /// too wide for the screen can be scrolled from the keyboard.
    fn to_safe_html<'e>(&self, events: impl Iterator<Item = Event<'e>>) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events);
        self.sanitizer
            .clean(&html)
            .to_string()
            .replace("<pre>", "<pre tabindex=\"0\">")
    }

    /// Where the app shows a relative image from the notes, which is then
    /// copied with the build; `None` for an image on the web.
    fn image(&self, file: File, dest: &str) -> Result<Option<String>, &'static str> {
        if dest.contains(':') || dest.starts_with(['/', '#']) || dest.is_empty() {
            return Ok(None);
        }
        let relative = dest.split(['?', '#']).next().unwrap_or(dest);
        let mut parts: Vec<&str> = file.folder.split('/').filter(|p| !p.is_empty()).collect();
        for part in relative.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop().ok_or("is outside the content folder")?;
                }
                other => parts.push(other),
            }
        }
        let on_disk = Path::new(file.path)
            .parent()
            .unwrap_or(Path::new(""))
            .join(relative);
        if !on_disk.is_file() {
            return Err("is not in the content folder");
        }
        let url = format!("notes/{}", parts.join("/").replace(' ', "%20"));
        self.images.borrow_mut().insert(url.clone(), on_disk);
        Ok(Some(url))
    }

    /// The destination to render, or the name of the missing local file.
    fn link_destination<'d>(&self, dest: &CowStr<'d>) -> Result<CowStr<'d>, String> {
        let Some(file) = local_markdown_file(dest) else {
            return Ok(dest.clone());
        };
        match self.targets.get(file) {
            Some(route) => Ok(CowStr::from(route.clone())),
            None => Err(file.to_owned()),
        }
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// The file name of a relative link to a Markdown file (`./a.md#part` gives `a.md`).
fn local_markdown_file(dest: &str) -> Option<&str> {
    if dest.starts_with(['#', '/']) || dest.contains(':') {
        return None;
    }
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    let file = path.rsplit('/').next().unwrap_or(path);
    file.to_ascii_lowercase().ends_with(".md").then_some(file)
}

/// A question such as `1. Why?` or `# tags` is text, not a list or a heading.
fn escape_block_start(markdown: &str) -> String {
    let digits = markdown.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = &markdown[digits..];
    if digits > 0 && (after_digits.starts_with(". ") || after_digits.starts_with(") ")) {
        return format!("{}\\{}", &markdown[..digits], after_digits);
    }
    let list_or_heading =
        markdown.starts_with(['#', '-', '+', '*']) && markdown[1..].starts_with([' ', '\t', '#']);
    if list_or_heading || markdown.starts_with(['>', '=']) || markdown == "-" {
        return format!("\\{markdown}");
    }
    markdown.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_markdown_links_are_recognised_by_file_name() {
        assert_eq!(
            local_markdown_file("ticket_system.md"),
            Some("ticket_system.md")
        );
        assert_eq!(local_markdown_file("./docs/a.MD#part"), Some("a.MD"));
        assert_eq!(local_markdown_file("https://example.com/a.md"), None);
        assert_eq!(local_markdown_file("#/c/x"), None);
        assert_eq!(local_markdown_file("image.png"), None);
    }

    #[test]
    fn questions_that_look_like_blocks_stay_text() {
        assert_eq!(escape_block_start("1. 왜?"), "1\\. 왜?");
        assert_eq!(escape_block_start("- 목록"), "\\- 목록");
        assert_eq!(escape_block_start("2024년"), "2024년");
        assert_eq!(escape_block_start("**굵게**"), "**굵게**");
        assert_eq!(escape_block_start("# tag"), "\\# tag");
    }
}
