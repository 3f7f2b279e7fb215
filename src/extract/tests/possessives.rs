//! A plural possessive written with an apostrophe alone ("Sanders’ aides", "the
//! Democrats' plan") opens a source phrase as one in "’s" does.

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
