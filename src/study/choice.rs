//! Answering a multiple-choice card: options chosen, checked against the
//! right ones, and the grade that check suggests.

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
    /// Once checked: the grade to record when the user moves on, first the
    /// suggested one, then whichever 1–4 picked.
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

    /// Checks what is chosen; nothing to check before a choice.
    pub fn check(&mut self, correct: &[usize]) -> bool {
        if self.is_checked() || self.chosen.is_empty() {
            return false;
        }
        self.grade = Some(Verdict::of(&self.chosen, correct).suggested_grade());
        true
    }

    /// Changes the grade to record, once checked.
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

/// The option a key picks: letters by their physical key (`KeyB`), so they
/// work while a Korean input method turns them into jamo, and numbers by
/// the digit keys.
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
