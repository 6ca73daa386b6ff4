use super::embed::{embed_button, Embeddable};
use super::markup::{markup, Markup};
use super::shared::{breadcrumbs, card_fold, category_tree, question_count, quiz_button, Page};
use crate::deck::Category;
use crate::route::category_href;

/// A category: its notes, the categories below it, and every question in it,
/// grouped by the category they belong to, each foldable to its answer.
/// `embed_base`: the app's address, for the Embed button (`None`: no button).
pub fn category_page(category: &'static Category, embed_base: Option<&str>) -> Page {
    let mut out = Markup::new();
    breadcrumbs(&mut out, category, false);
    markup!(&mut out, "<header class='page-heading'><h1 tabindex='-1'>" (category.title) "</h1>");
    question_count(&mut out, category);
    markup!(&mut out, "</header>");
    quiz_button(&mut out, category);
    if let Some(base) = embed_base {
        embed_button(&mut out, base, Embeddable::Category(category.id));
    }
    if !category.notes_html.is_empty() {
        markup!(&mut out, "<div class='prose notes' data-testid='notes'>" [category.notes_html] "</div>");
    }
    if !category.children.is_empty() {
        markup!(
            &mut out,
            "<nav class='subcategories' aria-label='Sections'>"
        );
        category_tree(&mut out, category);
        markup!(&mut out, "</nav>");
    }
    if category.card_count() > 0 {
        markup!(&mut out,
            "<div class='toolbar'><button type='button' class='button button-quiet' data-action='toggle-answers'>"
            "Show all answers</button></div>"
        );
    }
    for group in category.groups() {
        question_group(&mut out, group, category);
    }
    Page::new(Some(category.title), out)
}

/// The questions of one category, under its name when it is below the page's.
fn question_group(out: &mut Markup, group: &'static Category, top: &'static Category) {
    markup!(out, "<section class='group'>");
    if !std::ptr::eq(group, top) {
        let title = group
            .path()
            .into_iter()
            .skip(top.depth + 1)
            .map(|step| step.title)
            .collect::<Vec<_>>()
            .join(" › ");
        markup!(out, "<h2 class='group-title'><a href='" (category_href(group.id)) "'>" (title) "</a></h2>");
    }
    markup!(out, "<ol class='folds'>");
    for card in group.own_cards() {
        markup!(out, "<li>");
        card_fold(out, card, None);
        markup!(out, "</li>");
    }
    markup!(out, "</ol></section>");
}
