//! Each deck's Anki import file, read back as Anki's importer reads it and
//! compared with the deck compiled into the app.

use foldcards::anki::{deck_file, write_decks};
use foldcards::deck::{CATEGORIES, DECKS};
use foldcards::route::anki_href;

/// The header lines and the records of an import file.
fn read_back(file: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    let text = std::str::from_utf8(file).expect("the file is UTF-8");
    let header = text
        .lines()
        .take_while(|line| line.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let records = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .comment(Some(b'#'))
        .from_reader(file)
        .records()
        .collect::<Result<_, _>>()
        .expect("every line is a record");
    (header, records)
}

#[test]
fn every_finished_card_is_one_note_with_its_question_answer_and_category() {
    for deck in DECKS {
        let (file, count) = deck_file(deck, None).unwrap();
        let (header, records) = read_back(&file);
        assert_eq!(
            header,
            [
                "#separator:tab",
                "#html:true",
                "#notetype:Basic",
                "#guid column:1",
                "#tags column:4",
                &format!("#deck:{}", deck.title),
            ]
        );
        let finished: Vec<_> = CATEGORIES[deck.root]
            .all_cards()
            .iter()
            .filter(|card| !card.unfinished)
            .collect();
        assert_eq!((records.len(), count), (finished.len(), finished.len()));
        for (record, card) in records.iter().zip(finished) {
            assert_eq!(record.len(), 4, "{record:?}");
            assert_eq!(&record[0], format!("foldcards-{}", card.id));
            assert!(
                record[1].starts_with(&format!(
                    "<div>{}</div>{}",
                    card.question_html, card.body_html
                )),
                "{record:?}"
            );
            assert!(record[2].ends_with(card.answer_html), "{record:?}");
            let category = card.parent().unwrap_or(card).category();
            assert_eq!(&record[3], category.id.replace('/', "::"));
            assert!(!record[3].contains(' '));
        }
    }
}

#[test]
fn the_build_writes_one_file_per_deck_where_the_deck_screen_links() {
    let dir = std::env::temp_dir().join(format!("foldcards-anki-{}", std::process::id()));
    let cards = write_decks(&dir, DECKS, Some("https://me.github.io/notes/")).unwrap();
    let mut total = 0;
    for deck in DECKS {
        let path = dir.join(foldcards::url::percent_decode(&anki_href(deck.id)));
        let (_, records) = read_back(&std::fs::read(&path).unwrap());
        total += records.len();
    }
    assert_eq!(total, cards);
    std::fs::remove_dir_all(dir).unwrap();
}
