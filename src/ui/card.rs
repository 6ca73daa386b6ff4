use super::markup::{markup, Markup};
use super::shared::{breadcrumbs, Page};
use crate::deck::Card;
use crate::route::card_href;

/// One card on its own page, for deep links, with its neighbours in the category.
pub fn card_page(card: &'static Card) -> Page {
    let mut out = Markup::new();
    let category = card.category();
    let (previous, next) = card.neighbours();
    breadcrumbs(&mut out, category, true);
    markup!(&mut out,
        "<article class='card-page'>"
        "<p class='meta'>Question " (card.position() + 1) " of " (category.cards.len()) "</p>"
        "<h1 tabindex='-1' class='card-question'>" [card.question_html] "</h1>"
        "<div class='prose card-answer'>" [card.answer_html] "</div>"
        "</article><nav class='pager' aria-label='Questions in this category'>"
    );
    if let Some(card) = previous {
        pager_link(&mut out, card, "prev", "Previous");
    }
    if let Some(card) = next {
        pager_link(&mut out, card, "next", "Next");
    }
    markup!(&mut out, "</nav>");
    Page::new(Some(card.question_text), out)
}

fn pager_link(out: &mut Markup, card: &Card, rel: &str, label: &str) {
    markup!(out,
        "<a class='pager-link pager-" [rel] "' rel='" [rel] "' href='" (card_href(card.id)) "'>"
        "<span class='pager-label'>" [label] "</span>"
        "<span class='pager-title'>" (card.question_text) "</span></a>"
    );
}
