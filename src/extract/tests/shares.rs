//! Shares of a group as sources, with an appositive figure or the group they are a
//! share of; and the words of poll reports that are no cues ("compared with a third",
//! "voting rights").

use super::*;

#[test]
fn a_share_with_an_appositive_figure_is_the_source() {
    let got = reported(&["Just shy of half, 49%, say the new bridge is too costly."]);
    assert_eq!(
        got,
        triples(&[("the new bridge is too costly", "Just shy of half", "say")])
    );
    let got = reported(&["Just over a quarter, 26 percent, said the ferry should stay."]);
    assert_eq!(
        got,
        triples(&[("the ferry should stay", "Just over a quarter", "said")])
    );
}

#[test]
fn a_share_among_a_group_names_the_group() {
    let got = reported(&["Among retired teachers, 61% say the pension fund is safe."]);
    assert_eq!(
        got,
        triples(&[(
            "the pension fund is safe",
            "Among retired teachers, 61%",
            "say"
        )])
    );
}

#[test]
fn the_people_polled_are_the_source_with_their_participle() {
    assert_eq!(
        reported(&[
            "Again, those surveyed said the mayor was best able to handle the flood.",
            "Forty percent of those polled say the levy is too high.",
            "Growers interviewed said the harbor should reopen.",
        ]),
        triples(&[
            (
                "the mayor was best able to handle the flood",
                "those surveyed",
                "said"
            ),
            (
                "the levy is too high",
                "Forty percent of those polled",
                "say"
            ),
            ("the harbor should reopen", "Growers interviewed", "said"),
        ])
    );
    // "asked" after a noun is the verb of its own clause.
    let found = reported(&["Reporters asked the mayor about the levy."]);
    assert!(
        found.iter().all(|(_, s, _)| s != "Reporters asked"),
        "{found:?}"
    );
}

#[test]
fn a_quantifier_floating_after_names_leaves_the_names_as_the_source() {
    assert_eq!(
        reported(&["Lee and Park both said the program was a failure."]),
        triples(&[("the program was a failure", "Lee and Park", "said")])
    );
    assert_eq!(
        reported(&["They all agreed that the vote would be close."]),
        triples(&[("the vote would be close", "They", "agreed")])
    );
}

#[test]
fn a_part_of_a_group_named_by_a_pronoun_is_the_source() {
    let found = reported(&[
        "Officers backed the plan, while half of them said it was flawed.",
        "Nurses are a large bloc, and as many as two-thirds of them say the wards are short-staffed.",
    ]);
    let sources = mention_cues(&found);
    assert!(sources.contains(&("half of them", "said")), "{found:?}");
    assert!(
        sources.contains(&("as many as two-thirds of them", "say")),
        "{found:?}"
    );
}

#[test]
fn compared_with_a_figure_is_no_cue() {
    assert_eq!(
        reported(&[
            "Half said they liked the plan, compared with a third who said so last year.",
            "Rep. Ana Cole compared the levy to a toll on the poor.",
        ]),
        triples(&[
            ("they liked the plan", "Half", "said"),
            ("so last year", "who", "said"),
            (
                "the levy to a toll on the poor",
                "Rep. Ana Cole",
                "compared"
            ),
        ])
    );
}

#[test]
fn voting_is_a_cue_only_where_a_vote_is_cast() {
    let found = reported(&[
        "About 60 percent of members are voting for the bill this week.",
        "The court weighed a voting rights case from Texas on Tuesday.",
        "Turnout fell sharply before voting began in the northern counties.",
    ]);
    assert_eq!(
        mention_cues(&found),
        [("About 60 percent of members", "voting")]
    );
}
