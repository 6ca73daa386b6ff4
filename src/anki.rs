//! Anki import files, written at build time: one per deck, at
//! [`anki_href`], in Anki's plain-text format (tab-separated fields under
//! `#key:value` header lines), so that a deck studied here can also be
//! studied in Anki's apps.
//!
//! Each line is one note of Anki's Basic type: a stable id, the card's own
//! (so importing a newer file updates the notes rather than adding copies,
//! even of cards moved to another file), the question
//! (its title, its code or table, its options), the answer, and the card's
//! category path as one hierarchical tag (`deck::section::topic`). A
//! follow-up is in its parent's category, so it has its parent's tag.
//! Cards without an answer yet are left out.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use crate::deck::{Card, Deck, CATEGORIES};
use crate::route::anki_href;
use crate::url::percent_decode;

/// The columns after the header lines, counted from 1 as Anki counts them.
const HEADER: &str =
    "#separator:tab\n#html:true\n#notetype:Basic\n#guid column:1\n#tags column:4\n";

/// Writes an import file for each deck into the built site in `dir`. HTML
/// links and images, relative to the site's root in the notes, point at
/// `site_url` when it is known (Anki has no page to resolve them against).
/// Returns how many cards the files hold.
pub fn write_decks(dir: &Path, decks: &[Deck], site_url: Option<&str>) -> io::Result<usize> {
    let mut written = 0;
    for deck in decks {
        let (file, cards) = deck_file(deck, site_url)?;
        let path = dir.join(percent_decode(&anki_href(deck.id)));
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(path, file)?;
        written += cards;
    }
    Ok(written)
}

/// The import file of `deck`, and how many cards it holds.
pub fn deck_file(deck: &Deck, site_url: Option<&str>) -> io::Result<(Vec<u8>, usize)> {
    let mut file = format!("{HEADER}#deck:{}\n", deck.title.replace('\n', " ")).into_bytes();
    let mut lines = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .from_writer(Vec::new());
    let cards = CATEGORIES[deck.root]
        .all_cards()
        .iter()
        .filter(|card| !card.unfinished);
    let mut count = 0;
    for card in cards {
        let absolute = |html: &str| absolute_urls(html, site_url);
        lines.write_record([
            guid(card),
            absolute(&front(card)),
            absolute(&back(card)),
            tag(card),
        ])?;
        count += 1;
    }
    file.extend(lines.into_inner().map_err(|error| error.into_error())?);
    Ok((file, count))
}

/// The card's id, which no other card of the notes shares, the same from
/// build to build.
fn guid(card: &Card) -> String {
    format!("foldcards-{}", card.id)
}

/// The question: its title, then what it shows under it, then its options.
fn front(card: &Card) -> String {
    let mut html = format!("<div>{}</div>{}", card.question_html, card.body_html);
    if !card.choices.is_empty() {
        html.push_str("<ol>");
        for choice in card.choices {
            let _ = write!(html, "<li>{}. {}</li>", choice.label, choice.html);
        }
        html.push_str("</ol>");
    }
    html
}

/// The answer, after the labels of the right options for a multiple-choice
/// question.
fn back(card: &Card) -> String {
    if card.correct.is_empty() {
        return card.answer_html.to_owned();
    }
    let labels: Vec<&str> = card
        .correct
        .iter()
        .map(|&at| card.choices[at].label)
        .collect();
    format!("<p><b>✓ {}</b></p>{}", labels.join(", "), card.answer_html)
}

/// The card's category path as one Anki tag: the category id's slugs,
/// which hold no spaces, joined by `::`.
fn tag(card: &Card) -> String {
    card.category().id.replace('/', "::")
}

/// `html` with every `src` and `href` made absolute: relative to the site's
/// root under `site_url`, a path (`/x.png`) on its origin, and one without a
/// scheme (`//cdn/x.png`) over https. As it is without a site URL. Fragment
/// links (`#…`) and URLs with a scheme are kept. The HTML is the build's
/// sanitised output, whose attribute values are always double-quoted.
fn absolute_urls(html: &str, site_url: Option<&str>) -> String {
    let Some(site_url) = site_url else {
        return html.to_owned();
    };
    let root = format!("{}/", site_url.trim_end_matches('/'));
    let origin = root
        .split_once("://")
        .map_or(root.as_str(), |(scheme, rest)| {
            let host = rest.find('/').unwrap_or(rest.len());
            &root[..scheme.len() + 3 + host]
        });
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = [" src=\"", " href=\""]
        .iter()
        .filter_map(|attribute| rest.find(attribute).map(|at| at + attribute.len()))
        .min()
    {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let value = &rest[..rest.find('"').unwrap_or(rest.len())];
        let has_scheme = value
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.contains('/'));
        if value.starts_with("//") {
            out.push_str("https:");
        } else if value.starts_with('/') {
            out.push_str(origin);
        } else if !(has_scheme || value.starts_with('#')) {
            out.push_str(&root);
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Choice;

    #[test]
    fn a_multiple_choice_question_shows_its_options_and_its_answer_names_the_right_ones() {
        let card = Card {
            id: "x",
            question_html: "Which are <code>Copy</code>?",
            question_text: "Which are Copy?",
            body_html: "",
            choices: &[
                Choice {
                    label: "A",
                    html: "<code>u8</code>",
                },
                Choice {
                    label: "B",
                    html: "<code>String</code>",
                },
                Choice {
                    label: "C",
                    html: "<code>&amp;str</code>",
                },
            ],
            correct: &[0, 2],
            answer_html: "<p>Both are plain bits.</p>",
            unfinished: false,
            follow_up_of: None,
            category: 0,
        };
        assert_eq!(
            front(&card),
            "<div>Which are <code>Copy</code>?</div><ol><li>A. <code>u8</code></li>\
             <li>B. <code>String</code></li><li>C. <code>&amp;str</code></li></ol>"
        );
        assert_eq!(
            back(&card),
            "<p><b>✓ A, C</b></p><p>Both are plain bits.</p>"
        );
    }

    #[test]
    fn relative_links_and_images_point_at_the_site() {
        let html = r##"<p><img src="notes/osi.png" alt="OSI"> <a href="c/net/">net</a> <a href="#top">top</a> <a href="https://x.dev/a">x</a> <a href="mailto:a@b.c">m</a> <img src="/logo.png"> <img src="//cdn.dev/x.png"></p>"##;
        assert_eq!(
            absolute_urls(html, Some("https://me.github.io/notes")),
            r##"<p><img src="https://me.github.io/notes/notes/osi.png" alt="OSI"> <a href="https://me.github.io/notes/c/net/">net</a> <a href="#top">top</a> <a href="https://x.dev/a">x</a> <a href="mailto:a@b.c">m</a> <img src="https://me.github.io/logo.png"> <img src="https://cdn.dev/x.png"></p>"##
        );
        assert_eq!(absolute_urls(html, None), html);
    }
}
