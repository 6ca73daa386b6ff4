//! Markdown to safe HTML: pulldown-cmark renders, ammonia sanitises.
//!
//! Line breaks inside a paragraph are kept, because notes are written one
//! thought per line. A link to a local `.md` file becomes a link to the deck
//! made from that file, or plain text with a warning when the content folder
//! has no such file.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::highlight::highlight;

use crate::model::Diagnostic;
use crate::scan::Chunk;

/// Local Markdown files that notes may link to, by their path in the
/// content folder (`java/basics.md`), with the hash route of the deck each
/// one became.
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

/// Whether `Renderer::block` keeps thematic breaks (`---`). Between sections
/// of a notes file they are layout, not content; inside an answer they are
/// kept.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    Keep,
    Drop,
}

impl<'a> Renderer<'a> {
    pub fn new(targets: &'a LinkTargets) -> Self {
        let mut sanitizer = ammonia::Builder::default();
        sanitizer.add_tag_attributes("code", ["class"]);
        // Allow only the highlighter's classes (see highlight.rs), not any
        // class a note sets.
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
                            let line = chunk.line_at(range.start);
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
                    let dest_url = match self.link_destination(file, &dest_url) {
                        Ok(dest) => dest,
                        Err(missing) => {
                            let file_path = file.path;
                            let line = chunk.line_at(range.start);
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
                Event::Html(html) | Event::InlineHtml(html) if html.contains("<img") => {
                    let line = chunk.line_at(range.start);
                    let rewritten =
                        rewrite_image_sources(&html, |src| match self.image(file, src) {
                            Ok(url) => url,
                            Err(problem) => {
                                warnings.push(Diagnostic::new(
                                    file.path,
                                    line,
                                    format!("image {src} {problem}: it will not show"),
                                ));
                                None
                            }
                        });
                    events.push(Event::Html(rewritten.into()));
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
                Event::InlineHtml(ref html)
                    if html.starts_with("<br") || html.starts_with("</br") =>
                {
                    plain.push(' ');
                    Some(event)
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

    /// Renders events to HTML and sanitises it with ammonia, then adds
    /// `tabindex="0"` to each `<pre>`, so that a code block too wide for the
    /// screen can be scrolled from the keyboard.
    fn to_safe_html<'e>(&self, events: impl Iterator<Item = Event<'e>>) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events);
        self.sanitizer
            .clean(&html)
            .to_string()
            .replace("<pre>", "<pre tabindex=\"0\">")
    }

    /// Returns the URL at which the app shows a relative image from the
    /// notes, and records the file for the build to copy; `None` for an image
    /// on the web.
    fn image(&self, file: File, dest: &str) -> Result<Option<String>, &'static str> {
        if dest.contains(':') || dest.starts_with(['/', '#']) || dest.is_empty() {
            return Ok(None);
        }
        let relative = percent_decode(dest.split(['?', '#']).next().unwrap_or(dest));
        let inside = resolve(file.folder, &relative).ok_or("is outside the content folder")?;
        let on_disk = Path::new(file.path)
            .parent()
            .unwrap_or(Path::new(""))
            .join(&relative);
        if !on_disk.is_file() {
            return Err("is not in the content folder");
        }
        let url = format!("notes/{}", inside.replace('%', "%25").replace(' ', "%20"));
        self.images
            .borrow_mut()
            .entry(url.clone())
            .or_insert(on_disk);
        Ok(Some(url))
    }

    /// Returns the destination to render, or the name of the missing local
    /// file. A link to another notes file becomes that deck's hash route: it
    /// is resolved from `file`'s folder as GitHub does, or by file name alone
    /// when only one notes file has that name.
    fn link_destination<'d>(&self, file: File, dest: &CowStr<'d>) -> Result<CowStr<'d>, String> {
        let Some(path) = local_markdown_file(dest) else {
            return Ok(dest.clone());
        };
        let name = path.rsplit('/').next().unwrap_or(path);
        let by_name = || {
            let mut same_name = self
                .targets
                .iter()
                .filter(|(target, _)| target.rsplit('/').next() == Some(name));
            match (same_name.next(), same_name.next()) {
                (Some((_, route)), None) => Some(route),
                _ => None,
            }
        };
        let route = resolve(file.folder, &percent_decode(path))
            .and_then(|resolved| self.targets.get(&resolved))
            .or_else(by_name);
        match route {
            Some(route) => Ok(CowStr::from(route.clone())),
            None => Err(name.to_owned()),
        }
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// The path of a relative link to a Markdown file (`./a.md#part` gives `./a.md`).
fn local_markdown_file(dest: &str) -> Option<&str> {
    if dest.starts_with(['#', '/']) || dest.contains(':') {
        return None;
    }
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    path.to_ascii_lowercase().ends_with(".md").then_some(path)
}

/// Returns `html` with the `src` of each `<img>` replaced by what `rewrite`
/// returns for it; a `src` that `rewrite` maps to `None` is kept.
fn rewrite_image_sources(html: &str, mut rewrite: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<img") {
        let Some(tag_end) = rest[at..].find('>').map(|end| at + end) else {
            break;
        };
        let tag = &rest[at..tag_end];
        let source = tag.find("src=").and_then(|src| {
            let value = &tag[src + 4..];
            let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let close = value[1..].find(quote)?;
            Some((at + src + 5, at + src + 5 + close))
        });
        match source {
            Some((start, end)) => {
                out.push_str(&rest[..start]);
                let src = &rest[start..end];
                out.push_str(&rewrite(src).unwrap_or_else(|| src.to_owned()));
                out.push_str(&rest[end..tag_end]);
            }
            None => out.push_str(&rest[..tag_end]),
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

/// Resolves `relative` from `folder` into a path from the top of the content
/// folder (`java` and `../a.md` give `a.md`); `None` when it leaves the
/// content folder.
fn resolve(folder: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// Decodes `%20` and other percent escapes in a relative path, as browsers
/// do.
fn percent_decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| path.to_owned())
}

/// Escapes the start of a question such as `1. Why?` or `# tags`, so that
/// Markdown reads it as text, not as a list or a heading.
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
        assert_eq!(local_markdown_file("./docs/a.MD#part"), Some("./docs/a.MD"));
        assert_eq!(local_markdown_file("https://example.com/a.md"), None);
        assert_eq!(local_markdown_file("#/c/x"), None);
        assert_eq!(local_markdown_file("image.png"), None);
    }

    #[test]
    fn html_image_sources_are_rewritten_and_nothing_else() {
        let html = "<p><img width=\"300\" src=\"a.png\"> <img src='b.png' alt=\"x\"> <img alt=\"none\"></p>";
        let rewritten = rewrite_image_sources(html, |src| {
            (src == "a.png").then(|| "notes/a.png".to_owned())
        });
        assert_eq!(
            rewritten,
            "<p><img width=\"300\" src=\"notes/a.png\"> <img src='b.png' alt=\"x\"> <img alt=\"none\"></p>"
        );
    }

    #[test]
    fn relative_paths_resolve_inside_the_content_folder() {
        assert_eq!(resolve("java", "../a.md").as_deref(), Some("a.md"));
        assert_eq!(resolve("", "./img/b c.png").as_deref(), Some("img/b c.png"));
        assert_eq!(resolve("java", "../../x.png"), None);
        assert_eq!(percent_decode("my%20imgs/%ED%95%9C.png"), "my imgs/한.png");
        assert_eq!(percent_decode("100%"), "100%");
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
