//! The notes in content/ rendered into pages at build time: one per
//! category and card, each with its title, description and screen.

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use foldcards::deck::{Card, CARDS, CATEGORIES};
use foldcards::i18n::Lang;
use foldcards::prerender::{pages, render, write_site};
use foldcards::route::Route;

/// The parts of a built `index.html` the pages are made from, minified as
/// the release build writes them.
const TEMPLATE: &str = "<!doctype html><html lang=\"ko\"><meta charset=utf-8>\
    <meta name=description content=\"x\"><title>Foldcards</title>\
    <link data-integrity=none href=./style-1.css rel=stylesheet>\
    <script type=module>import init from './foldcards-1.js';</script>\
    <link crossorigin href=./foldcards-1.js rel=modulepreload></head><body>\
    <div id=foldcards><p class=loading><span class=brand-mark></span></p></div>\
    <noscript>Foldcards를 쓰려면 JavaScript를 켜 주세요.</noscript></body></html>";

/// The seed notes' card 트랜잭션.
fn transaction() -> &'static Card {
    CARDS
        .iter()
        .find(|card| card.question_text == "트랜잭션")
        .unwrap()
}

/// A folder holding a built site's `index.html` (and its stylesheet,
/// `style-1.css`, when `stylesheet`), for `write_site` to write pages into.
fn built_site(name: &str, stylesheet: bool) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("foldcards-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("index.html"), TEMPLATE).unwrap();
    if stylesheet {
        fs::write(dir.join("style-1.css"), ".page{margin:0}").unwrap();
    }
    dir
}

#[test]
fn the_seed_notes_give_one_page_per_category_and_card() {
    let pages = pages(Lang::Ko);
    let addresses: HashSet<&str> = pages.iter().map(|page| page.address.as_str()).collect();
    assert_eq!(
        addresses.len(),
        pages.len(),
        "no two pages share an address"
    );
    let notes = pages
        .iter()
        .filter(|page| page.holds_notes() && !page.embedded)
        .count();
    assert_eq!(notes, 1 + CATEGORIES.len() + 82);
    assert_eq!(CATEGORIES.len(), 12);
    let embeds: Vec<&str> = pages
        .iter()
        .filter(|page| page.embedded)
        .map(|page| page.address.as_str())
        .collect();
    assert_eq!(embeds.len(), 1 + CATEGORIES.len() + 2, "{embeds:?}");
    assert!(embeds.iter().all(|address| address.starts_with("embed/")));
    let transaction = pages
        .iter()
        .find(|page| page.title == "트랜잭션 · Foldcards")
        .expect("the card 트랜잭션 has a page");
    assert!(
        matches!(&transaction.route, Route::Card(id) if transaction.address == format!("card/{id}/"))
    );
    assert_eq!(transaction.description, "트랜잭션");
    let database = pages
        .iter()
        .find(|page| page.title == "데이터베이스 · Foldcards")
        .expect("the category 데이터베이스 has a page");
    assert_eq!(
        database.address,
        "c/developer-interview/%EA%B8%B0%EC%88%A0-%EC%A7%88%EB%AC%B8/%EB%8D%B0%EC%9D%B4%ED%84%B0%EB%B2%A0%EC%9D%B4%EC%8A%A4/"
            .replace("%EA%B8%B0%EC%88%A0-%EC%A7%88%EB%AC%B8", "기술-질문")
            .replace("%EB%8D%B0%EC%9D%B4%ED%84%B0%EB%B2%A0%EC%9D%B4%EC%8A%A4", "데이터베이스")
    );
    assert_eq!(
        database.description,
        "개발자 면접 준비 › 기술 질문 › 데이터베이스 · 문제 16개"
    );
    let home = &pages[0];
    assert_eq!(
        (home.address.as_str(), home.title.as_str()),
        ("", "Foldcards")
    );
    assert_eq!(home.description, "개발자 면접 준비 · 문제 82개");
    for shell in [
        "quiz/",
        "quiz/new/",
        "review/",
        "drill/starred/",
        "drill/missed/",
        "stats/",
        "search/",
    ] {
        let page = pages.iter().find(|page| page.address == shell);
        assert!(
            page.is_some_and(|page| !page.holds_notes()),
            "{shell} is a page the app draws"
        );
    }
}

#[test]
fn a_card_renders_as_the_app_draws_it_with_links_to_the_other_pages() {
    let card = transaction();
    let html = render(&Route::Card(card.id.to_owned()), Lang::Ko, false);
    assert!(html.contains("<h1"), "a heading");
    assert!(html.contains("트랜잭션"));
    let answer: String = card.answer_html.chars().take(30).collect();
    assert!(html.contains(&answer), "the answer itself");
    assert!(
        html.contains("href=\"c/developer-interview/기술-질문/데이터베이스/\""),
        "a link to its category"
    );
    assert!(html.contains("href=\"./\""), "a link home");
    assert!(!html.contains("href=\"#/"), "no address in the URL hash");
}

#[test]
fn a_category_renders_every_question_in_a_native_fold() {
    let category = CATEGORIES
        .iter()
        .find(|c| c.title == "데이터베이스")
        .unwrap();
    let html = render(&Route::Category(category.id.to_owned()), Lang::Ko, false);
    assert_eq!(
        html.matches("<details").count() - html.matches("class=\"embed\"").count(),
        16
    );
    for card in category.all_cards() {
        assert!(html.contains(&format!("href=\"card/{}/\"", card.id)));
    }
}

#[test]
fn the_site_gets_a_file_for_each_page_with_its_own_head() {
    let dir = built_site("prerender", true);
    let written = write_site(&dir, Some("https://me.example/notes")).unwrap();
    assert_eq!(written.pages, pages(Lang::Ko).len() + 1, "and 404.html");

    let card = transaction();
    let page = fs::read_to_string(dir.join(format!("card/{}/index.html", card.id))).unwrap();
    assert!(
        page.contains("<meta charset=utf-8><base href=\"../../\">"),
        "the base, first"
    );
    assert!(page.contains("<title>트랜잭션 · Foldcards</title>"));
    assert!(page.contains("<meta name=description content=\"트랜잭션\">"));
    assert!(page.contains("<meta property=og:title content=\"트랜잭션 · Foldcards\">"));
    assert!(page.contains("<meta property=og:type content=article>"));
    let url = format!("https://me.example/notes/card/{}/", card.id);
    assert!(page.contains(&format!("<link rel=canonical href=\"{url}\">")));
    assert!(page.contains(&format!("<meta property=og:url content=\"{url}\">")));
    assert!(
        !page.contains("<noscript>"),
        "a notes page reads without JavaScript"
    );
    assert!(!page.contains("class=loading"));
    assert!(
        page.contains("rel=stylesheet"),
        "a card's page, one of many, links the stylesheet"
    );
    let category = fs::read_to_string(dir.join("c/developer-interview/index.html")).unwrap();
    assert!(
        category.contains("<style>.page{margin:0}</style>"),
        "the stylesheet inlined"
    );
    assert!(!category.contains("rel=stylesheet"));

    let embedded = fs::read_to_string(dir.join("embed/c/developer-interview/index.html")).unwrap();
    assert!(embedded.contains("<base href=\"../../../\">"));
    assert!(
        embedded.contains("<h1"),
        "an iframe's page holds its screen"
    );
    assert!(
        !embedded.contains("site-header"),
        "without the site's header"
    );

    let quiz = fs::read_to_string(dir.join("quiz/index.html")).unwrap();
    let quizzes = 1 + CATEGORIES
        .iter()
        .filter(|category| category.all_cards().iter().any(|card| !card.unfinished))
        .count();
    assert_eq!(
        quiz.matches("<template data-quiz=").count(),
        3 * quizzes,
        "three starts of each quiz"
    );
    assert_eq!(
        quiz.matches("<template data-quiz=\"\" data-seed=").count(),
        3,
        "and of every card's"
    );
    assert_eq!(
        quiz.matches("data-testid=\"question\"").count(),
        3 * quizzes,
        "each a first question"
    );
    assert!(
        quiz.contains("history.replaceState"),
        "the script that shows one"
    );
    assert!(quiz.contains("<noscript>"), "a quiz needs JavaScript");

    let stats = fs::read_to_string(dir.join("stats/index.html")).unwrap();
    assert!(
        stats.contains("<noscript>"),
        "a screen of the app's says it needs JavaScript"
    );
    assert!(stats.contains("<base href=\"../\">"));

    let not_found = fs::read_to_string(dir.join("404.html")).unwrap();
    assert!(
        not_found.contains("<base href=\"/notes/\">"),
        "absolute: served at any depth"
    );
    assert!(
        not_found.contains("페이지를 찾을 수 없어요"),
        "the not-found screen"
    );
    assert!(!not_found.contains("data-testid=\"deck\""), "not home's");

    let sitemap = fs::read_to_string(dir.join("sitemap.xml")).unwrap();
    assert_eq!(
        sitemap.matches("<url>").count(),
        1 + CATEGORIES.len() + CARDS.len()
    );
    assert!(sitemap.contains(&format!("<loc>{url}</loc>")));
    assert!(fs::read_to_string(dir.join("robots.txt"))
        .unwrap()
        .contains("Sitemap: https://me.example/notes/sitemap.xml"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_a_site_url_the_not_found_page_works_out_the_sites_root() {
    let dir = built_site("prerender-404", false);
    write_site(&dir, None).unwrap();
    let page = fs::read_to_string(dir.join("404.html")).unwrap();
    assert!(!page.contains("<base href=\"./\">"));
    let script = page.split("<script>").nth(1).unwrap();
    assert!(script.contains("document.write('<base href="), "{script}");
    assert!(
        script.contains("<link data-integrity=none href=./style-1.css rel=stylesheet>"),
        "the stylesheet, written after the base"
    );
    assert_eq!(page.matches("rel=stylesheet").count(), 1);
    assert!(!page.contains("rel=modulepreload"));
    assert!(!dir.join("sitemap.xml").exists());
    let card = transaction();
    let page = fs::read_to_string(dir.join(format!("card/{}/index.html", card.id))).unwrap();
    assert!(
        !page.contains("rel=canonical"),
        "no canonical address without the site's"
    );
    fs::remove_dir_all(&dir).unwrap();
}
