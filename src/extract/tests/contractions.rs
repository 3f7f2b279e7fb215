//! A subject pronoun with a contracted verb ("he’s said", "I've told"): the pronoun is
//! the source and the verb an auxiliary, unless the contraction makes a passive ("she’s
//! seen as", "they’re told").

use super::*;

#[test]
fn a_pronoun_before_a_contracted_have_is_the_source() {
    assert_eq!(
        reported(&[
            "Tom Lee spoke in Dover. He\u{2019}s said that the plan works.",
            "Ruiz agreed. She's also told aides the plan is dead.",
        ]),
        triples(&[
            ("the plan works", "He", "said"),
            ("the plan is dead", "She", "told"),
        ])
    );
}

#[test]
fn a_contracted_pronoun_speaks_a_quote_after_a_colon() {
    let got = direct(&[
        "Ever since Ann Lee announced her candidacy, she\u{2019}s said the same thing at every stop: \u{201c}It is about us.\u{201d}",
    ]);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].2.as_str(), got[0].3.as_str()), ("she", "said"));
    assert_eq!(got[0].1.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_contracted_be_before_a_participle_is_passive() {
    assert_eq!(
        reported(&[
            "She\u{2019}s seen as a leader by many.",
            "They're told that the plan works.",
        ]),
        triples(&[])
    );
}

#[test]
fn a_relative_before_a_contracted_have_is_the_source() {
    // The contracted verb is classed as the auxiliary it stands for, not as an empty
    // word, so the relative after a passive's agent still reaches its cue.
    assert_eq!(
        mention_cues(&reported(&[
            "The push has been led by state committeeman Curt Vole, who\u{2019}s argued for years that delegates can\u{2019}t be bound."
        ])),
        [("who", "argued")]
    );
}
