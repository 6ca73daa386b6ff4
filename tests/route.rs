//! The URL hash is the whole routing table.

use foldcards::route::{card_href, category_href, Route};

#[test]
fn empty_and_root_hashes_are_home() {
    for hash in ["", "#", "#/", "/", "#//"] {
        assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
    }
}

#[test]
fn category_ids_keep_their_slashes_and_hangul() {
    assert_eq!(
        Route::from_hash("#/c/developer-interview/기술-질문/웹"),
        Route::Category("developer-interview/기술-질문/웹".into())
    );
    assert_eq!(
        Route::from_hash("#/c/deck/"),
        Route::Category("deck".into())
    );
}

#[test]
fn percent_encoded_hashes_are_decoded() {
    assert_eq!(
        Route::from_hash("#/c/deck/%EA%B8%B0%EC%B4%88"),
        Route::Category("deck/기초".into())
    );
    assert_eq!(Route::from_hash("#/c/a%2"), Route::Category("a%2".into()));
    assert_eq!(Route::from_hash("#/c/%FF"), Route::Category("%FF".into()));
}

#[test]
fn cards_are_addressed_by_id() {
    assert_eq!(
        Route::from_hash("#/card/x1hkzqjc"),
        Route::Card("x1hkzqjc".into())
    );
    assert_eq!(
        Route::from_hash("#/card/a/b"),
        Route::NotFound("/card/a/b".into())
    );
}

#[test]
fn a_query_string_does_not_change_the_screen() {
    assert_eq!(
        Route::from_hash("#/card/abc?from=share"),
        Route::Card("abc".into())
    );
}

#[test]
fn anything_else_is_not_found() {
    for hash in ["#/c", "#/c/", "#/card/", "#/settings", "#main"] {
        assert!(
            matches!(Route::from_hash(hash), Route::NotFound(_)),
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
    ] {
        assert_eq!(Route::from_hash(&route.href()), route);
    }
    assert_eq!(category_href("d/x"), "#/c/d/x");
    assert_eq!(card_href("abc"), "#/card/abc");
}
