//! Participle cues written right after the object of a preposition: the object is the
//! participle's subject ("a group backing Lee"), unless the object belongs to the
//! clause's subject ("her speech defending ...").

use super::*;

#[test]
fn the_object_of_a_preposition_speaks_for_a_participle_right_after_it() {
    assert_eq!(
        reported(&[
            "Last spring the Harlow family gave $2 million to a group backing the governor.",
            "The radio spots were paid for by two unions supporting Mayor Tess Arden.",
            "Donors poured millions into groups opposing the dam.",
        ]),
        triples(&[
            ("the governor", "a group", "backing"),
            ("Mayor Tess Arden", "two unions", "supporting"),
            ("the dam", "groups", "opposing"),
        ])
    );
}

#[test]
fn an_owned_object_before_a_participle_leaves_the_clause_subject_speaking() {
    // "her speech" is no speaker of its own: the senator defends the plan.
    assert_eq!(
        reported(&["Senator Ada Pike won applause for her speech defending the plan."]),
        triples(&[("the plan", "Senator Ada Pike", "defending")])
    );
}

#[test]
fn a_subject_with_an_attachment_before_a_participle_cue_is_taken_whole() {
    let found = reported(&[
        "The latest batch of audits alleging waste at the port may be harder to answer.",
    ]);
    let sources: Vec<_> = found
        .iter()
        .map(|(_, m, c)| (m.as_str(), c.as_str()))
        .collect();
    assert_eq!(sources, [("The latest batch of audits", "alleging")]);
}
