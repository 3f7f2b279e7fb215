//! A verb of seeming reports only before its complement ("appears to back", "seemed
//! pleased"), not before a place ("appeared on television").

use super::*;

#[test]
fn a_verb_of_seeming_before_a_place_reports_nothing() {
    assert_eq!(
        reported(&[
            "The doctor appeared at a Senate hearing in 2014.",
            "Members can vote by proxy if they cannot appear in person.",
            "She appears alongside the governor at the debates.",
            "The judge ruled against the city on Monday.",
        ]),
        triples(&[])
    );
}

#[test]
fn a_verb_of_seeming_before_its_complement_still_reports() {
    assert_eq!(
        mention_cues(&reported(&[
            "The mayor appeared to back the plan for a new bridge.",
            "The governor seems ready to sign the budget this week.",
        ])),
        [("The mayor", "appeared"), ("The governor", "seems")]
    );
}

#[test]
fn a_quote_after_a_place_takes_the_next_cue() {
    assert_direct(
        &["The doctor appeared at a hearing for his role in selling pills on his show and for saying that tea was a “miracle cure for everyone.”"],
        &[(
            "miracle cure for everyone.",
            Some("the doctor"),
            "The doctor",
            "saying",
        )],
    );
}
