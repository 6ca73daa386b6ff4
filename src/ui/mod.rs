//! What the user sees: Leptos components that draw the pure model (`deck`,
//! `study`, `progress`) and send it the user's actions. [`App`] is the shell.
//!
//! The app's state is four small contexts, created by `App`, provided
//! together as one value and read through [`context`]: [`host::Host`] (where the app runs, in which
//! language), [`navigation::Navigation`] (the route, the address and each
//! screen's place), [`learner::Learner`] (progress and its storage) and
//! [`screen::Screen`] (title, focus and announcements). [`browser`] and
//! [`host`] are leaves that import no other UI module.

mod app;
pub mod browser;
mod card;
mod category;
pub mod context;
mod embed;
mod home;
pub mod host;
pub mod learner;
pub mod navigation;
pub mod preferences;
mod quiz;
pub mod screen;
mod search;
mod shared;
mod stats;
pub mod takeover;

pub use app::App;
