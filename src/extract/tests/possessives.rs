//! Possessives: one written with an apostrophe alone ("Sanders’ aides", "the
//! Democrats' plan") opens a source phrase as one in "’s" does; a possessive is no
//! verb, and a name after one modifies the noun after it ("last week’s Dayton attack").

use super::*;

#[test]
fn a_plural_possessive_opens_a_source_phrase() {
    assert_eq!(
        mention_cues(&reported(&[
            "Voss\u{2019} spokesman, Tom Lee, said the plan works.",
            "Kim, CNN\u{2019}s Ann Ruiz and Reuters\u{2019} Jo Park argued that the plan works.",
        ])),
        [
            ("Voss\u{2019} spokesman", "said"),
            (
                "Kim, CNN\u{2019}s Ann Ruiz and Reuters\u{2019} Jo Park",
                "argued"
            ),
        ]
    );
}

#[test]
fn a_plural_possessive_name_resolves_without_its_apostrophe() {
    assert_direct(
        &[
            "Senator Ada Voss spoke in Reno.",
            "\u{201c}We will win Nevada,\u{201d} Voss\u{2019} campaign manager, Tom Lee, said.",
        ],
        &[(
            "We will win Nevada,",
            Some("Tom Lee"),
            "Voss\u{2019} campaign manager",
            "said",
        )],
    );
}

#[test]
fn a_name_owning_a_noun_of_saying_takes_no_that_before_it() {
    assert_direct(
        &[
            "It was clear by then that Kim\u{2019}s statement about \u{201c}thousands of \
           jobs\u{201d} was wrong.",
        ],
        &[(
            "thousands of jobs",
            Some("Kim"),
            "Kim\u{2019}s",
            "statement",
        )],
    );
}

#[test]
fn a_possessive_is_no_verb_of_the_clause_before_a_quote() {
    // "district’s" ends in "s" like a verb but owns the noun after it.
    assert_direct(
        &[
            "Councillor Ann Ruiz runs the food bank.",
            "Informed of the local district\u{2019}s lean, Ruiz shrugged it off as \u{201c}news to me.\u{201d}",
        ],
        &[("news to me.", Some("Ann Ruiz"), "Ruiz", "shrugged")],
    );
}

#[test]
fn a_name_between_a_possessive_and_a_base_form_makes_a_noun() {
    assert_eq!(
        mention_cues(&reported(&[
            "Citing last week\u{2019}s Dayton attack, Lee urged voters to stay calm.",
        ])),
        [("Lee", "urged")]
    );
}
