//! Every screen has an address relative to the site's root; the older
//! addresses in the URL hash read as the same screens.

use foldcards::route::{
    address_setting, card_href, category_href, is_app_href, is_embed, quiz_spec, Route,
};
use foldcards::study::quiz::QuizSpec;

#[test]
fn empty_and_root_hashes_are_home() {
    for hash in ["", "#", "#/", "/", "#//", "./", "embed/"] {
        assert_eq!(Route::from_address(hash), Route::Home, "{hash:?}");
    }
}

#[test]
fn category_ids_keep_their_slashes_and_hangul() {
    assert_eq!(
        Route::from_address("#/c/developer-interview/기술-질문/웹"),
        Route::Category("developer-interview/기술-질문/웹".into())
    );
    assert_eq!(
        Route::from_address("#/c/deck/"),
        Route::Category("deck".into())
    );
}

#[test]
fn percent_encoded_hashes_are_decoded() {
    assert_eq!(
        Route::from_address("#/c/deck/%EA%B8%B0%EC%B4%88"),
        Route::Category("deck/기초".into())
    );
    assert_eq!(
        Route::from_address("#/c/a%2"),
        Route::Category("a%2".into())
    );
    assert_eq!(
        Route::from_address("#/c/%FF"),
        Route::Category("%FF".into())
    );
}

#[test]
fn cards_are_addressed_by_id() {
    assert_eq!(
        Route::from_address("#/card/x1hkzqjc"),
        Route::Card("x1hkzqjc".into())
    );
    assert_eq!(
        Route::from_address("#/card/a/b"),
        Route::NotFound("card/a/b".into())
    );
}

#[test]
fn a_query_string_does_not_change_the_screen() {
    assert_eq!(
        Route::from_address("#/card/abc?from=share"),
        Route::Card("abc".into())
    );
}

#[test]
fn anything_else_is_not_found() {
    for hash in ["#/c", "#/c/", "#/card/", "#/settings", "#main"] {
        assert!(
            matches!(Route::from_address(hash), Route::NotFound(_)),
            "{hash:?}"
        );
    }
}

#[test]
fn hrefs_parse_back_to_their_route() {
    for route in [
        Route::Home,
        Route::Category("deck/기술-질문".into()),
        Route::Card("pkqj0nqa".into()),
        Route::Quiz(quiz_spec("c=deck/웹&n=5&seed=9")),
        Route::QuizSetup(quiz_spec("c=a&c=b&n=all")),
    ] {
        assert_eq!(Route::from_address(&route.href()), route);
    }
    assert_eq!(category_href("d/x"), "c/d/x/");
    assert_eq!(card_href("abc"), "card/abc/");
    assert_eq!(Route::Home.href(), "./");
}

#[test]
fn paths_and_older_hashes_name_the_same_screens() {
    for (path, hash) in [
        ("c/deck/웹/", "#/c/deck/웹"),
        ("card/abc/", "#/card/abc"),
        ("quiz/?c=deck&n=3", "#/quiz?c=deck&n=3"),
        ("quiz/new/?n=all", "#/quiz/new?n=all"),
        ("search/?q=db", "#/search?q=db"),
        ("stats/", "#/stats"),
    ] {
        assert_eq!(
            Route::from_address(path),
            Route::from_address(hash),
            "{path}"
        );
        assert_ne!(Route::from_address(path), Route::Home, "{path}");
    }
}

#[test]
fn a_screen_path_is_a_folder_of_the_site() {
    assert_eq!(Route::Home.path(), "");
    assert_eq!(Route::Category("d/기초".into()).path(), "c/d/기초/");
    assert_eq!(Route::Card("a b".into()).path(), "card/a%20b/");
    assert_eq!(Route::Quiz(quiz_spec("n=5")).path(), "quiz/");
    assert_eq!(Route::Search("x".into()).path(), "search/");
}

#[test]
fn only_links_to_screens_are_the_apps() {
    for href in ["c/deck/", "card/abc/", "quiz/?n=5", "./", "#/c/deck", "#/"] {
        assert!(is_app_href(href), "{href}");
    }
    for href in [
        "https://example.com/c/deck/",
        "/c/deck/",
        "#main",
        "notes/diagram.png",
        "mailto:a@b.c",
        "settings/",
    ] {
        assert!(!is_app_href(href), "{href}");
    }
}

#[test]
fn quiz_addresses_carry_their_parameters() {
    assert_eq!(
        Route::from_address("#/quiz?c=deck/%EC%9B%B9&n=5&seed=9"),
        Route::Quiz(QuizSpec {
            categories: vec!["deck/웹".into()],
            count: Some(5),
            seed: Some(9),
            ..QuizSpec::default()
        })
    );
    assert_eq!(
        Route::from_address("#/quiz/new"),
        Route::QuizSetup(QuizSpec::of_categories(Vec::new()))
    );
    assert!(matches!(
        Route::from_address("#/quiz/old"),
        Route::NotFound(_)
    ));
}

#[test]
fn embed_addresses_are_the_same_screens_without_the_header() {
    assert_eq!(
        Route::from_address("#/embed/c/deck/웹"),
        Route::Category("deck/웹".into())
    );
    assert_eq!(
        Route::from_address("#/embed/quiz?c=deck&n=3"),
        Route::from_address("#/quiz?c=deck&n=3")
    );
    assert!(is_embed("#/embed/quiz?c=deck"));
    assert!(is_embed("/embed/c/x"));
    assert!(is_embed("embed/c/x/"));
    assert_eq!(
        Route::from_address("embed/c/deck/"),
        Route::Category("deck".into())
    );
    assert!(!is_embed("#/c/embed"));
    assert!(!is_embed("#/"));
}

#[test]
fn an_embed_href_is_the_same_screen_under_embed() {
    use foldcards::route::embed_href;
    for href in ["c/deck/웹/", "quiz/?c=deck&n=3", "./"] {
        assert!(is_embed(&embed_href(href, "")));
        assert_eq!(
            Route::from_address(&embed_href(href, "")),
            Route::from_address(href)
        );
    }
    assert_eq!(embed_href("c/deck/", ""), "embed/c/deck/");
    assert_eq!(embed_href("./", ""), "embed/");
}

#[test]
fn an_older_embed_address_keeps_its_language_and_theme_at_its_new_address() {
    use foldcards::route::embed_href;
    let older = "#/embed/quiz?c=deck&n=3&lang=en&theme=dark";
    let href = Route::from_address(older).href();
    assert_eq!(
        embed_href(&href, older),
        "embed/quiz/?c=deck&n=3&lang=en&theme=dark"
    );
    assert_eq!(
        embed_href("c/deck/", "#/embed/c/deck?theme=light"),
        "embed/c/deck/?theme=light"
    );
}

#[test]
fn progress_screens_have_addresses_that_round_trip() {
    use foldcards::study::quiz::Drill;
    for (address, route) in [
        ("review/", Route::Review),
        ("drill/starred/", Route::Drill(Drill::Starred)),
        ("drill/missed/", Route::Drill(Drill::Missed)),
        ("stats/", Route::Stats),
    ] {
        assert_eq!(Route::from_address(address), route);
        assert_eq!(route.href(), address);
    }
    assert_eq!(
        Route::from_address("#/drill/other"),
        Route::NotFound("drill/other".into())
    );
}

#[test]
fn searches_have_an_address() {
    use foldcards::route::Route;
    let route = Route::from_address("#/search?q=%ED%8A%B8%EB%9E%9C%20db");
    assert_eq!(route, Route::Search("트랜 db".into()));
    assert_eq!(route.href(), "search/?q=트랜%20db");
    assert_eq!(Route::from_address(&route.href()), route);
    assert_eq!(
        Route::from_address("#/search"),
        Route::Search(String::new())
    );
}

#[test]
fn embed_addresses_carry_their_language_and_theme() {
    let hash = "#/embed/quiz?c=web&n=5&lang=en&theme=dark";
    assert_eq!(address_setting(hash, "lang").as_deref(), Some("en"));
    assert_eq!(address_setting(hash, "theme").as_deref(), Some("dark"));
    assert_eq!(address_setting(hash, "n").as_deref(), Some("5"));
    assert_eq!(address_setting("#/embed/c/web?language=ko", "lang"), None);
    assert_eq!(address_setting("#/embed/c/web", "lang"), None);
}
