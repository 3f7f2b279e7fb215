//! A first name that is also a modal verb ("Will") or a month ("April", "June") before a
//! surname; a modal between a subject and its cue ("Lee cannot say") is not part of
//! the source.

use super::*;

#[test]
fn will_before_a_surname_is_a_first_name() {
    assert_direct(
        &["\u{201c}The bridge will open in May,\u{201d} said Will Tanager, a county engineer."],
        &[(
            "The bridge will open in May,",
            Some("Will Tanager"),
            "Will Tanager",
            "said",
        )],
    );
    assert_direct(
        &["\u{201c}Nobody asked us,\u{201d} Will Tanager said."],
        &[(
            "Nobody asked us,",
            Some("Will Tanager"),
            "Will Tanager",
            "said",
        )],
    );
}

#[test]
fn will_opening_a_question_is_no_name() {
    let got = reported(&["Will Parliament act? The clerk said it would not."]);
    assert_eq!(got, triples(&[("it would not", "The clerk", "said")]));
}

#[test]
fn a_month_before_a_surname_opening_the_clause_is_a_first_name() {
    assert_eq!(
        reported(&[
            "April Mellon, a spokeswoman for the city, said that the team would work with the police.",
            "Last June Tanager said the plan was fine.",
        ]),
        triples(&[
            ("the team would work with the police", "April Mellon", "said"),
            ("the plan was fine", "Tanager", "said"),
        ])
    );
}

#[test]
fn cannot_between_a_subject_and_its_cue_is_no_part_of_the_source() {
    assert_eq!(
        mention_cues(&reported(&["Ortiz cannot say that the case is closed."])),
        [("Ortiz", "say")]
    );
}
