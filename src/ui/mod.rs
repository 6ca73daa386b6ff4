//! What the user sees. Screens are plain functions from the deck and the
//! study state to HTML ([`markup`] says why); [`App`] is the Leptos shell that
//! holds the state, shows the screen the address names and handles the events.

mod app;
mod card;
mod category;
pub mod embed;
mod home;
pub mod markup;
pub mod quiz;
mod shared;
mod store;

pub use app::App;
pub use card::card_page;
pub use category::category_page;
pub use home::home;
pub use shared::Page;
