//! Answering multiple-choice cards.

use foldcards::progress::Grade;
use foldcards::study::choice::{option_for_key, ChoiceAnswer, Verdict};

#[test]
fn one_right_answer_checks_as_soon_as_it_is_chosen() {
    let mut answer = ChoiceAnswer::default();
    assert!(answer.toggle(1, 3, &[1]));
    assert!(answer.is_checked());
    assert_eq!(answer.verdict(&[1]), Verdict::Right);
    assert_eq!(answer.grade, Some(Grade::Good));
    assert!(
        !answer.toggle(2, 3, &[1]),
        "nothing changes after the check"
    );

    let mut wrong = ChoiceAnswer::default();
    wrong.toggle(0, 3, &[1]);
    assert_eq!(wrong.grade, Some(Grade::Again));
}

#[test]
fn several_right_answers_wait_for_the_check() {
    let correct = [1, 4];
    let mut answer = ChoiceAnswer::default();
    assert!(!answer.check(&correct), "nothing chosen, nothing to check");
    answer.toggle(1, 5, &correct);
    answer.toggle(2, 5, &correct);
    answer.toggle(2, 5, &correct);
    answer.toggle(3, 5, &correct);
    assert!(!answer.is_checked());
    assert_eq!(answer.chosen, [1, 3]);
    assert!(answer.check(&correct));
    assert_eq!(answer.verdict(&correct), Verdict::Partly);
    assert_eq!(answer.grade, Some(Grade::Hard));
    assert!(answer.regrade(Grade::Easy));
    assert!(!answer.regrade(Grade::Easy));
    assert_eq!(answer.grade, Some(Grade::Easy));
}

#[test]
fn verdicts_compare_the_chosen_with_the_right_options() {
    assert_eq!(Verdict::of(&[1, 4], &[4, 1]), Verdict::Right);
    assert_eq!(Verdict::of(&[1], &[1, 4]), Verdict::Partly);
    assert_eq!(Verdict::of(&[1, 2, 4], &[1, 4]), Verdict::Partly);
    assert_eq!(Verdict::of(&[0], &[1, 4]), Verdict::Wrong);
    assert_eq!(Verdict::Wrong.suggested_grade(), Grade::Again);
}

#[test]
fn regrading_waits_for_the_check() {
    let mut answer = ChoiceAnswer::default();
    assert!(!answer.regrade(Grade::Good));
    assert_eq!(answer.grade, None);
}

#[test]
fn letters_follow_the_physical_key_whatever_the_input_method_types() {
    let letters = ["A", "B", "C"];
    assert_eq!(option_for_key("KeyB", "b", letters), Some(1));
    assert_eq!(
        option_for_key("KeyB", "ㅠ", letters),
        Some(1),
        "Korean IME on"
    );
    assert_eq!(option_for_key("KeyD", "d", letters), None);
    let numbers = ["1", "2", "3"];
    assert_eq!(option_for_key("Digit2", "2", numbers), Some(1));
    assert_eq!(option_for_key("Numpad3", "3", numbers), Some(2));
    assert_eq!(option_for_key("KeyA", "a", numbers), None);
}
