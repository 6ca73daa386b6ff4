//! Answering a multiple-choice card: the user chooses options, the choice is
//! checked against the right ones, and the check suggests a grade.

use crate::progress::Grade;

/// How a checked choice compares with the right options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Right,
    /// Some right options chosen, but not exactly the right ones.
    Partly,
    Wrong,
}

impl Verdict {
    pub fn of(chosen: &[usize], correct: &[usize]) -> Verdict {
        let hits = chosen.iter().filter(|at| correct.contains(at)).count();
        if hits == correct.len() && chosen.len() == correct.len() {
            Verdict::Right
        } else if hits > 0 {
            Verdict::Partly
        } else {
            Verdict::Wrong
        }
    }

    /// Good when right, Hard when partly right, Again when wrong.
    pub fn suggested_grade(self) -> Grade {
        match self {
            Verdict::Right => Grade::Good,
            Verdict::Partly => Grade::Hard,
            Verdict::Wrong => Grade::Again,
        }
    }
}

/// The answer being given to the current choice card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChoiceAnswer {
    /// Options chosen, in the order they were chosen.
    pub chosen: Vec<usize>,
    /// The grade to record when the user moves on; `None` until checked. It
    /// starts as the suggested grade, and keys 1–4 change it (`regrade`).
    pub grade: Option<Grade>,
}

impl ChoiceAnswer {
    pub fn is_checked(&self) -> bool {
        self.grade.is_some()
    }

    /// Chooses option `at`, or unchooses it. With one right answer, choosing
    /// checks at once. Returns whether anything changed.
    pub fn toggle(&mut self, at: usize, options: usize, correct: &[usize]) -> bool {
        if self.is_checked() || at >= options {
            return false;
        }
        if let Some(i) = self.chosen.iter().position(|&c| c == at) {
            self.chosen.remove(i);
        } else {
            self.chosen.push(at);
            if correct.len() == 1 {
                self.check(correct);
            }
        }
        true
    }

    /// Checks the chosen options and sets the suggested grade. Returns false
    /// when already checked or when nothing is chosen.
    pub fn check(&mut self, correct: &[usize]) -> bool {
        if self.is_checked() || self.chosen.is_empty() {
            return false;
        }
        self.grade = Some(Verdict::of(&self.chosen, correct).suggested_grade());
        true
    }

    /// Changes the grade to record after the check. Returns whether it
    /// changed.
    pub fn regrade(&mut self, grade: Grade) -> bool {
        if !self.is_checked() || self.grade == Some(grade) {
            return false;
        }
        self.grade = Some(grade);
        true
    }

    pub fn verdict(&self, correct: &[usize]) -> Verdict {
        Verdict::of(&self.chosen, correct)
    }
}

/// Returns the index of the option a key press picks. Letters are read from
/// the physical key in `code` (`KeyB`), so they work while a Korean input
/// method turns them into jamo; digits from `Digit…` or `Numpad…`; any other
/// key from `key`.
pub fn option_for_key<'a>(
    code: &str,
    key: &str,
    labels: impl IntoIterator<Item = &'a str>,
) -> Option<usize> {
    let pressed = code
        .strip_prefix("Key")
        .or_else(|| code.strip_prefix("Digit"))
        .or_else(|| code.strip_prefix("Numpad"))
        .filter(|name| name.len() == 1)
        .unwrap_or(key);
    labels
        .into_iter()
        .position(|label| label.eq_ignore_ascii_case(pressed))
}
