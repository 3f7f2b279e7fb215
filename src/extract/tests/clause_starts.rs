//! Where a reported clause starts: after a "that" that opens it, across a short
//! adverbial, but not at a "that" inside the clause.

use super::*;

#[test]
fn a_that_across_an_adverbial_opens_the_clause() {
    assert_eq!(
        reported(&["Jo Hart said in a statement on Monday that the ferry would stop."]),
        triples(&[("the ferry would stop", "Jo Hart", "said")])
    );
}

#[test]
fn a_that_after_a_subject_pronoun_or_an_auxiliary_is_inside_the_clause() {
    assert_eq!(
        reported(&["Jo Hart said she liked that plan for the harbor best."]),
        triples(&[("she liked that plan for the harbor best", "Jo Hart", "said")])
    );
    assert_eq!(
        reported(&["Jo Hart said the vote would settle that question for good."]),
        triples(&[(
            "the vote would settle that question for good",
            "Jo Hart",
            "said"
        )])
    );
}

#[test]
fn a_that_with_less_than_a_clause_after_it_is_a_determiner() {
    assert_eq!(
        reported(&["Jo Hart said the voters liked that plan."]),
        triples(&[("the voters liked that plan", "Jo Hart", "said")])
    );
}

#[test]
fn a_time_phrase_after_the_cue_that_runs_into_a_that_clause_closes_nothing() {
    assert_eq!(
        reported(&["Courted by every candidate, Adler said on Friday that he may wait."]),
        triples(&[("he may wait", "Adler", "said")])
    );
}

#[test]
fn the_that_of_a_phrase_after_a_comma_opens_no_clause_of_the_cue() {
    // The clause of "adding" is not also the clause of "said", whose words are the
    // quote before it; an aside set off by commas still leads to the cue's "that".
    assert_eq!(
        reported(&[
            "“The fee is unfair,” Mayor Ada Ruiz said, adding that the council will vote in May.",
            "Kim Oduya said, however, that the bridge will open in June.",
        ]),
        triples(&[
            ("the council will vote in May", "Mayor Ada Ruiz", "adding"),
            ("the bridge will open in June", "Kim Oduya", "said"),
        ])
    );
}

#[test]
fn the_that_of_a_result_clause_opens_no_reported_clause() {
    // "so ... that" gives a result, not what the growers feel; after a preposition "so"
    // is part of a time phrase and the "that" is the cue's.
    assert_eq!(
        reported(&[
            "Many growers feel so beleaguered that they will back any change.",
            "Kim Ross feared for so long that the mill would close.",
        ]),
        triples(&[
            (
                "so beleaguered that they will back any change",
                "Many growers",
                "feel"
            ),
            ("the mill would close", "Kim Ross", "feared"),
        ])
    );
}

#[test]
fn a_clause_opening_on_in_before_a_closing_cue_is_reported() {
    // "In 2015 Congress passed the bill" has a verb of its own; "In a speech last
    // July" only says where it was said.
    let found = reported(&[
        "In 2015 Congress passed the bill, the mayor said.",
        "In May, the council turned it down, Ortiz said.",
        "In a speech last July, he said the port would grow.",
    ]);
    assert_eq!(
        found,
        triples(&[
            ("In 2015 Congress passed the bill", "the mayor", "said"),
            ("In May, the council turned it down", "Ortiz", "said"),
            ("the port would grow", "he", "said"),
        ])
    );
}
