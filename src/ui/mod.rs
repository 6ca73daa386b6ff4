//! What the user sees: Leptos components that draw the pure model (`deck`,
//! `study`, `progress`) and send it the user's actions. [`App`] is the shell;
//! its state is provided by context ([`state`]).

mod app;
mod card;
mod category;
pub mod embed;
mod home;
pub mod preferences;
mod quiz;
mod search;
mod shared;
pub mod state;
mod stats;

pub use app::App;
