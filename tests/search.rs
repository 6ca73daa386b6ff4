//! Search as the user types: normalisation, initial consonants, text still
//! being composed, typos, ranking and highlights.

use foldcards::study::search::{initials, normalize, Field, Fit, Highlight, Index};

fn index() -> Index {
    Index::new([
        ("트랜잭션", "원자성 일관성 독립성 지속성"),
        (
            "트랜잭션 격리 수준",
            "READ COMMITTED 부터 SERIALIZABLE 까지",
        ),
        (
            "인덱스",
            "B-Tree 로 정렬해 두어 트랜잭션 없이도 빠르게 찾는다",
        ),
        ("닭과 달걀", "닭이 먼저"),
        (
            "What is a Transaction?",
            "A unit of work that commits or rolls back.",
        ),
        ("GC", "Garbage collection frees unreachable objects."),
    ])
}

fn found(query: &str) -> Vec<(usize, Field, Fit)> {
    index()
        .search(query, 10)
        .into_iter()
        .map(|hit| (hit.card, hit.field, hit.fit))
        .collect()
}

fn cards(query: &str) -> Vec<usize> {
    found(query).into_iter().map(|(card, _, _)| card).collect()
}

#[test]
fn initial_consonants_are_extracted_from_every_syllable() {
    assert_eq!(initials("트랜잭션"), "ㅌㄹㅈㅅ");
    assert_eq!(initials("닭갈비 Go"), "ㄷㄱㅂ Go");
    assert_eq!(initials("빨리 쏴"), "ㅃㄹ ㅆ");
}

#[test]
fn case_spacing_and_order_of_fit_do_not_matter_to_what_is_found() {
    assert_eq!(normalize("  Read\tCOMMITTED "), "readcommitted");
    assert_eq!(
        found("트랜잭션"),
        [
            (0, Field::Question, Fit::Exact),
            (1, Field::Question, Fit::Prefix),
            (2, Field::Answer, Fit::Infix),
        ]
    );
    assert_eq!(cards("격리수준"), [1], "spacing does not matter");
    assert_eq!(cards("read committed"), [1]);
    assert_eq!(cards("TRANSACTION"), [4]);
}

#[test]
fn initial_consonants_stand_for_syllables_alone_or_mixed() {
    assert_eq!(cards("ㅌㄹㅈㅅ"), [0, 1, 2]);
    assert_eq!(cards("ㅌ랜"), [0, 1, 2]);
    assert_eq!(cards("ㅇㄷㅅ"), [2]);
    assert_eq!(cards("ㄱㄹㅅㅈ"), [1]);
}

#[test]
fn a_syllable_being_composed_matches_what_it_may_become() {
    // Typing 트랜: ㅌ, 트, 틀 (ㄹ held as a final), 트래, 트랜.
    for step in ["ㅌ", "트", "틀", "트래", "트랜"] {
        assert!(
            cards(step).starts_with(&[0, 1]),
            "{step}: {:?}",
            cards(step)
        );
    }
    // A compound final splits: 닭 may be 달 then ㄱ (달걀 is being typed).
    assert_eq!(cards("달ㄱ"), [3]);
    assert_eq!(cards("닭"), [3], "닭 as written");
    assert!(cards("닭").contains(&3));
    assert_eq!(cards("달걀"), [3]);
}

#[test]
fn longer_english_words_forgive_one_typo_shorter_ones_do_not() {
    assert_eq!(
        found("transaciton"),
        [(4, Field::Question, Fit::Typo)],
        "two letters swapped"
    );
    assert_eq!(cards("garbge"), [5], "a letter missing");
    assert_eq!(cards("commmits"), [4], "a letter too many");
    assert_eq!(
        cards("unut"),
        Vec::<usize>::new(),
        "four letters: no typo allowed"
    );
    assert_eq!(cards("trxnsxction"), Vec::<usize>::new(), "two typos");
}

#[test]
fn exact_matches_rank_above_typos_and_nothing_matches_nothing() {
    let hits = index().search("collection", 10);
    assert_eq!(hits[0].fit, Fit::Infix);
    assert!(index().search("", 10).is_empty());
    assert!(index().search("   ", 10).is_empty());
    assert_eq!(index().search("ㅌ", 2).len(), 2, "the limit holds");
}

#[test]
fn highlights_map_back_onto_the_text_as_written() {
    let text = "B-Tree 로 정렬해 두어 트랜잭션 없이도 빠르게 찾는다";
    let hit = &index().search("트랜잭션", 10)[2];
    let cut = Highlight::new(text, &hit.at, 4);
    assert_eq!(cut.matched, "트랜잭션");
    assert_eq!(cut.before, " 두어 ");
    assert_eq!(cut.after, " 없이도");
    assert!(cut.cut_before && cut.cut_after);

    let whole = Highlight::new("What is a Transaction?", &(7..18), usize::MAX);
    assert_eq!(
        (whole.before, whole.matched, whole.after),
        ("What is a ", "Transaction", "?")
    );
    assert!(!whole.cut_before && !whole.cut_after);
}

#[test]
fn highlights_never_panic_whatever_the_positions() {
    let text = "트랜 잭션 é😀";
    for start in 0..12 {
        for end in start..14 {
            let cut = Highlight::new(text, &(start..end), 2);
            assert!(text.contains(cut.matched));
        }
    }
    let empty = Highlight::new("", &(3..9), 5);
    assert_eq!((empty.before, empty.matched, empty.after), ("", "", ""));
}

#[test]
fn the_text_of_build_made_html_is_searchable() {
    assert_eq!(
        foldcards::study::search::plain_text(
            "<p>a &lt;b&gt; &amp;&amp; c</p>\n<ul><li>x</li></ul>"
        ),
        " a <b> && c \n  x  "
    );
}

#[test]
fn the_index_of_the_default_notes_finds_transactions_by_initials() {
    use foldcards::deck::CARDS;
    use foldcards::study::search::answer_text;
    // As the app builds it, but lower-cased here rather than by the browser.
    let index = Index::new(CARDS.iter().map(|card| {
        (
            card.question_text.to_lowercase(),
            answer_text(card).to_lowercase(),
        )
    }));
    assert_eq!(index.len(), 82);
    // 틀 is 트랜 on its way: 트러블 may be meant too, so it need not come first.
    for (query, within) in [("ㅌㄹㅈㅅ", 1), ("트랜", 1), ("틀", 3)] {
        let hits = index.search(query, 5);
        assert!(
            hits.iter()
                .take(within)
                .any(|hit| CARDS[hit.card].question_text.starts_with("트랜잭션")),
            "{query}: {:?}",
            hits.iter()
                .map(|h| CARDS[h.card].question_text)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn overlapping_occurrences_are_all_tried() {
    let index = Index::new([("가격은 10000원", ""), ("아아아라", "")]);
    assert_eq!(index.search("000워", 5).len(), 1, "000원 on its way");
    assert_eq!(index.search("000ㅇ", 5).len(), 1);
    assert_eq!(index.search("아아라", 5).len(), 1);
}

#[test]
fn an_exact_match_in_the_answer_ranks_above_a_typo_in_the_question() {
    let index = Index::new([("trail mix", "a trait object")]);
    let hit = &index.search("trait", 5)[0];
    assert_eq!((hit.field, hit.fit), (Field::Answer, Fit::Infix));
}

#[test]
fn vowels_and_finals_still_being_typed_match_what_they_become() {
    let index = Index::new([
        ("관계", ""),
        ("원자성", ""),
        ("의존성", ""),
        ("닭고기", ""),
        ("앉다", ""),
        ("있다", ""),
    ]);
    let first = |query: &str| index.search(query, 1).first().map(|hit| hit.card);
    assert_eq!(first("고"), Some(0), "고 on its way to 관");
    assert_eq!(first("우"), Some(1));
    assert_eq!(first("으"), Some(2));
    assert_eq!(first("달"), Some(3), "달 on its way to 닭");
    assert_eq!(first("안"), Some(4));
    assert_eq!(first("잇"), Some(5));
}

#[test]
fn a_double_consonant_typed_alone_stands_for_two_initials() {
    let index = Index::new([("변수", "")]);
    assert_eq!(index.search("ㅄ", 5).len(), 1);
}

#[test]
fn typos_are_whole_words_of_one_word_queries() {
    let index = Index::new([
        ("What is a closure?", "A function with its scope."),
        ("Attack surface", "Exposed endpoints."),
        ("Rust traits", "a rust trait"),
    ]);
    let cards = |query: &str| {
        index
            .search(query, 5)
            .iter()
            .map(|hit| hit.card)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cards("clsoure"),
        [0],
        "two letters swapped across the middle"
    );
    assert!(cards("stack").is_empty(), "not the inside of attack");
    assert!(
        cards("rsut trait").is_empty(),
        "a four-letter word forgives no typo"
    );
    assert_eq!(cards("closur"), [0], "a prefix");
    assert_eq!(cards("clsour"), [0], "a typo while still typing");
}

#[test]
fn a_typo_in_the_question_is_found_before_one_in_the_answer() {
    let index = Index::new([("Three ways", "a thread pool")]);
    let hit = &index.search("threed", 5)[0];
    assert_eq!(
        (hit.field, hit.fit, hit.at.clone()),
        (Field::Question, Fit::Typo, 0..5)
    );
}

#[test]
fn a_query_of_several_words_finds_cards_holding_each_of_them() {
    assert_eq!(
        found("인덱스 정렬"),
        [(2, Field::Question, Fit::Words)],
        "one word in the question, the other in the answer"
    );
    assert_eq!(found("트랜잭션 빠르"), [(2, Field::Answer, Fit::Words)]);
    assert_eq!(found("SERIALIZABLE 격리"), [(1, Field::Answer, Fit::Words)]);
    assert!(cards("인덱스 격리").is_empty(), "no card holds both");
    let hit = &index().search("수준 트랜잭션", 5)[0];
    assert_eq!(hit.at, 6..8, "where the first word is");
}

#[test]
fn only_the_last_word_of_several_is_still_being_typed() {
    let index = Index::new([("닭 요리", "먼저"), ("달 먼저", ""), ("다른 것", "먼저")]);
    let cards = |query: &str| {
        let mut cards: Vec<usize> = index.search(query, 5).iter().map(|hit| hit.card).collect();
        cards.sort();
        cards
    };
    assert_eq!(
        cards("달 먼저"),
        [1],
        "달 typed and passed is not 닭, nor 다 then ㄹ"
    );
    assert_eq!(
        cards("먼저 달"),
        [0, 1, 2],
        "the last word may become 닭, or 다른"
    );
}

#[test]
fn words_side_by_side_rank_above_words_apart() {
    let index = Index::new([("수준 높은 격리", ""), ("격리 수준", "")]);
    let hits: Vec<_> = index
        .search("격리 수준", 5)
        .into_iter()
        .map(|hit| (hit.card, hit.fit))
        .collect();
    assert_eq!(hits, [(1, Fit::Exact), (0, Fit::Words)]);
}

/// Every card is searched in one pass through all of them; what a card
/// gives must not depend on the cards around it, nor the first results on
/// how many are asked for.
#[cfg(not(target_arch = "wasm32"))]
mod one_pass {
    use foldcards::study::search::Index;
    use proptest::prelude::*;

    /// Texts from a few letters that make overlaps, initials, finals and
    /// (with words of five letters or more) typos likely.
    fn text() -> impl Strategy<Value = String> {
        "[가각간나난다달닭ㄱㄴㄷaAbc ]{0,16}"
    }

    fn query() -> impl Strategy<Value = String> {
        prop_oneof![
            "[가간나다달ㄱㄴㄷㄺab]{1,3}",
            "[abc]{5,6}",
            "[가나달ㄱa]{1,2} [가나달ㄱa]{1,2}"
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn each_card_is_found_as_it_would_be_alone(
            cards in prop::collection::vec((text(), text()), 1..8),
            query in query(),
        ) {
            let mut together = Index::new(cards.clone()).search(&query, usize::MAX);
            together.sort_by_key(|hit| hit.card);
            let alone: Vec<_> = cards
                .iter()
                .enumerate()
                .flat_map(|(card, texts)| {
                    let hits = Index::new([texts.clone()]).search(&query, usize::MAX);
                    hits.into_iter().map(move |mut hit| {
                        hit.card = card;
                        hit
                    })
                })
                .collect();
            prop_assert_eq!(together, alone);
        }

        #[test]
        fn the_first_results_do_not_depend_on_how_many_are_asked_for(
            cards in prop::collection::vec((text(), text()), 1..10),
            query in query(),
            limit in 1..5usize,
        ) {
            let index = Index::new(cards);
            let mut all = index.search(&query, usize::MAX);
            all.truncate(limit);
            prop_assert_eq!(index.search(&query, limit), all);
        }
    }
}
