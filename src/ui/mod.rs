//! Components: each reads like the screen it draws; the work they need is in
//! [`crate::deck`] and [`crate::route`].

mod app;
mod card;
mod category;
mod home;
mod shared;

pub use app::App;
pub use card::CardPage;
pub use category::{CardFold, CategoryPage};
pub use home::HomePage;
