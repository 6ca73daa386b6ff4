//! Study logic with no UI in it: which cards a quiz asks, in which order, and
//! how a session goes. Tested natively.

pub mod choice;
pub mod quiz;
pub mod search;
pub mod session;
pub mod shuffle;
