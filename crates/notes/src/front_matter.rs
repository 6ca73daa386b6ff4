//! YAML front matter: a `---` line at the very top of a file, up to the next
//! `---` or `...` line. It is never shown; only its `foldcards:` key is
//! read, which chooses how the file is read (see [`Mode`]).
//!
//! No YAML parser is used: the one key read is a plain scalar on a line of
//! its own (`foldcards: headings`), and every other line is skipped unread,
//! so nested or multi-line values elsewhere in the front matter cannot
//! mislead it.

use crate::model::{Diagnostic, Mode};

/// What a file's front matter asks for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The mode named by `foldcards:`; `None` when the key is missing or
    /// its value is not a mode (a warning says so).
    pub mode: Option<Mode>,
}

/// Removes the front matter from `text`, leaving one empty line for each of
/// its lines so that line numbers below it stay those of the file. A `---`
/// on the first line that nothing closes is a thematic break, not front
/// matter, and the text is returned as it is.
pub fn split(path: &str, text: &str, warnings: &mut Vec<Diagnostic>) -> (FrontMatter, String) {
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return (FrontMatter::default(), text.to_owned());
    }
    let mut mode = None;
    let mut problem = None;
    for (index, line) in lines.enumerate() {
        let line_number = index + 2;
        let content = line.trim_end();
        if content == "---" || content == "..." {
            let consumed: usize = text
                .split_inclusive('\n')
                .take(line_number)
                .map(str::len)
                .sum();
            let blank_lines = "\n".repeat(line_number);
            warnings.extend(problem);
            return (
                FrontMatter { mode },
                format!("{blank_lines}{}", &text[consumed..]),
            );
        }
        let Some(value) = content.strip_prefix("foldcards:") else {
            continue;
        };
        let value = value
            .split(" #")
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(['"', '\'']);
        mode = match value.to_ascii_lowercase().as_str() {
            "headings" => Some(Mode::Headings),
            "folds" => Some(Mode::Folds),
            _ => {
                problem = Some(Diagnostic::new(
                    path,
                    line_number,
                    format!(
                        "front matter: foldcards: \"{value}\" is not a mode (use headings or folds): \
                         the file is read as if it had no foldcards key"
                    ),
                ));
                None
            }
        };
    }
    (FrontMatter::default(), text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (FrontMatter, String, Vec<Diagnostic>) {
        let mut warnings = Vec::new();
        let (front, rest) = split("n.md", text, &mut warnings);
        (front, rest, warnings)
    }

    #[test]
    fn front_matter_is_blanked_and_its_mode_read() {
        let (front, rest, warnings) =
            read("---\ntitle: x\nfoldcards: headings # as GitHub shows it\n---\n# T\n");
        assert_eq!(front.mode, Some(Mode::Headings));
        assert_eq!(rest, "\n\n\n\n# T\n");
        assert!(warnings.is_empty());
        let (front, rest, _) = read("---\r\nfoldcards: 'folds'\r\n...\r\nbody");
        assert_eq!(front.mode, Some(Mode::Folds));
        assert_eq!(rest, "\n\n\nbody");
    }

    #[test]
    fn a_bad_mode_is_a_warning_and_an_unclosed_rule_is_no_front_matter() {
        let (front, rest, warnings) = read("---\nfoldcards: cards\n---\n");
        assert_eq!(front.mode, None);
        assert_eq!(rest, "\n\n\n");
        assert_eq!(warnings[0].line, 2);
        assert!(warnings[0].message.contains("\"cards\" is not a mode"));
        let (front, rest, warnings) = read("---\n\nfoldcards: headings\n");
        assert_eq!(front, FrontMatter::default());
        assert_eq!(rest, "---\n\nfoldcards: headings\n");
        assert!(warnings.is_empty());
    }
}
