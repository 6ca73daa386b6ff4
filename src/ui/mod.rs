//! What the user sees: Leptos components that draw the pure model (`deck`,
//! `study`, `progress`) and send it the user's actions. [`App`] is the shell;
//! its state is provided by context ([`state`]).

mod app;
mod card;
mod category;
pub mod embed;
mod home;
mod quiz;
mod search;
mod shared;
pub mod state;
mod stats;

pub use app::App;

/// The language of the app's own words (buttons, headings, messages), which
/// `index.html` and an embedded element's root declare; note content
/// declares the notes' own ([`crate::deck::NOTES_LANG`]).
pub const UI_LANG: &str = "en";
