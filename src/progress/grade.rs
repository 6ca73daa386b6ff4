//! The grade the user gives a card after seeing its answer: how well they
//! recalled it. The review log, the FSRS scheduler and the quiz share it.

use serde::{Deserialize, Serialize};

/// Serialised as its number, 1 (Again) to 4 (Easy), as in the progress file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Grade {
    Again,
    Hard,
    Good,
    Easy,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// Lower-case name, for CSS classes.
    pub fn name(self) -> &'static str {
        match self {
            Grade::Again => "again",
            Grade::Hard => "hard",
            Grade::Good => "good",
            Grade::Easy => "easy",
        }
    }

    /// The key that gives this grade: 1 to 4, as in Anki.
    pub fn key(self) -> &'static str {
        match self {
            Grade::Again => "1",
            Grade::Hard => "2",
            Grade::Good => "3",
            Grade::Easy => "4",
        }
    }

    pub fn from_key(key: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|grade| grade.key() == key)
    }

    /// Whether the grade is Again or Hard: the card is worth another round.
    pub fn is_missed(self) -> bool {
        matches!(self, Grade::Again | Grade::Hard)
    }

    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(number: u8) -> Option<Grade> {
        Grade::ALL.get(usize::from(number).checked_sub(1)?).copied()
    }
}

impl From<Grade> for u8 {
    fn from(grade: Grade) -> u8 {
        grade.number()
    }
}

impl TryFrom<u8> for Grade {
    type Error = &'static str;

    fn try_from(number: u8) -> Result<Grade, Self::Error> {
        Grade::from_number(number).ok_or("a grade is 1 to 4")
    }
}
