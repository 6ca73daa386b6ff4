//! The notes in content/ as the app embeds them.

use foldcards::deck::{self, CARDS, CATEGORIES, DECKS};

fn by_title(path: &[&str]) -> &'static deck::Category {
    CATEGORIES
        .iter()
        .find(|c| {
            c.path()
                .iter()
                .map(|step| step.title)
                .eq(path.iter().copied())
        })
        .unwrap_or_else(|| panic!("no category {path:?}"))
}

#[test]
fn the_default_notes_give_82_cards_in_the_expected_categories() {
    assert_eq!(DECKS.len(), 1);
    assert_eq!(DECKS[0].title, "개발자 면접 준비");
    assert_eq!(CARDS.len(), 82);
    let deck = "개발자 면접 준비";
    assert_eq!(by_title(&[deck, "공통 질문"]).card_count(), 17);
    let expected = [
        ("기초", 6),
        ("데이터베이스", 16),
        ("파이썬", 4),
        ("웹", 11),
        ("아키텍쳐", 9),
        ("자료구조", 4),
        ("인프라", 9),
        ("운영", 6),
    ];
    for (name, count) in expected {
        assert_eq!(
            by_title(&[deck, "기술 질문", name]).card_count(),
            count,
            "{name}"
        );
    }
    assert_eq!(by_title(&[deck, "기술 질문"]).card_count(), 65);
}

#[test]
fn the_default_notes_keep_every_card_id_and_category_so_stored_progress_stays() {
    let expected = include_str!("fixtures/seed-card-ids.txt");
    let actual: String = CARDS
        .iter()
        .map(|card| format!("{} {}\n", card.id, card.category))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn the_assignment_section_keeps_its_notes_without_links_to_missing_files() {
    let assignments = by_title(&["개발자 면접 준비", "기술 질문", "과제"]);
    assert_eq!(assignments.card_count(), 0);
    assert!(assignments.notes_html.contains("티켓 예약 시스템"));
    assert!(!assignments.notes_html.contains("ticket_system.md"));
}

#[test]
fn categories_are_stored_parents_first_with_contiguous_cards() {
    for (index, category) in CATEGORIES.iter().enumerate() {
        assert_eq!(category.subtree.start, index, "itself first");
        assert!(category.subtree_cards.start <= category.cards.start);
        assert!(category.cards.end <= category.subtree_cards.end);
        for child in category.children() {
            assert_eq!(child.depth, category.depth + 1);
            assert!(child.subtree_cards.start >= category.cards.end);
            assert!(child.subtree_cards.end <= category.subtree_cards.end);
        }
        for card in category.own_cards() {
            assert!(std::ptr::eq(card.category(), category));
        }
    }
}

#[test]
fn lookups_find_categories_and_cards_by_id() {
    let web = by_title(&["개발자 면접 준비", "기술 질문", "웹"]);
    assert!(std::ptr::eq(deck::category(web.id).unwrap(), web));
    let first = &web.own_cards()[0];
    assert!(std::ptr::eq(deck::card(first.id).unwrap(), first));
    assert!(deck::category("no/such").is_none());
    assert!(deck::card("nosuchid").is_none());
}

#[test]
fn card_ids_are_unique() {
    let mut ids: Vec<&str> = CARDS.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), CARDS.len());
}

#[test]
fn neighbours_stay_within_the_category() {
    let basics = by_title(&["개발자 면접 준비", "기술 질문", "기초"]).own_cards();
    assert_eq!(basics[0].neighbours().0.map(|c| c.id), None);
    assert_eq!(basics[0].neighbours().1.map(|c| c.id), Some(basics[1].id));
    let last = basics.last().unwrap();
    assert_eq!(last.position(), basics.len() - 1);
    assert_eq!(last.neighbours().1.map(|c| c.id), None);
}

#[test]
fn a_branch_lists_its_own_and_descendant_groups_in_notes_order() {
    let tech = by_title(&["개발자 면접 준비", "기술 질문"]);
    let groups: Vec<&str> = tech.groups().map(|g| g.title).collect();
    assert_eq!(
        groups,
        [
            "기초",
            "데이터베이스",
            "파이썬",
            "웹",
            "아키텍쳐",
            "자료구조",
            "인프라",
            "운영"
        ]
    );
}

/// The notes' cards in the order the build lays them out: a category's own,
/// then each child's, parents first.
fn parsed_cards(category: &foldcards_notes::Category) -> Vec<&foldcards_notes::Card> {
    let below = category.children.iter().flat_map(parsed_cards);
    category.cards.iter().chain(below).collect()
}

#[test]
fn every_card_unpacks_to_what_the_parser_made_of_it() {
    let library =
        foldcards_notes::load_dir(std::path::Path::new("content")).expect("the notes parse");
    let parsed: Vec<_> = library
        .decks
        .iter()
        .flat_map(|deck| parsed_cards(&deck.root))
        .collect();
    assert_eq!(parsed.len(), CARDS.len());
    for (card, expected) in CARDS.iter().zip(parsed) {
        assert_eq!(card.id, expected.id);
        assert_eq!(card.question_html, expected.question_html);
        assert_eq!(card.question_text, expected.question_text);
        assert_eq!(card.body_html, expected.body_html);
        assert_eq!(card.answer_html, expected.answer_html);
        assert_eq!(card.unfinished, expected.unfinished);
        assert_eq!(card.correct, expected.correct);
        let choices: Vec<_> = card.choices.iter().map(|c| (c.label, c.html)).collect();
        let expected_choices: Vec<_> = expected
            .choices
            .iter()
            .map(|c| (c.label.as_str(), c.html.as_str()))
            .collect();
        assert_eq!(choices, expected_choices);
        let first = card.category().cards.start;
        assert_eq!(
            card.follow_up_of,
            expected.follow_up_of.map(|at| first + at)
        );
    }
}
