//! Words around a source phrase: fixed phrases whose reporting word reports nothing
//! ("in charge of", "for fear of", "run counter to", "general counsel"), a verb after a
//! preposition's object ("Voters in the state say"), and a day dating the source noun
//! ("a Wednesday editorial").

use super::*;

/// The (mention, cue) pairs of an article's indirect attributions.
fn sources(paragraphs: &[&str]) -> Vec<(String, String)> {
    reported(paragraphs)
        .into_iter()
        .map(|(_, m, c)| (m, c))
        .collect()
}

#[test]
fn in_charge_of_is_part_of_the_subject() {
    assert_eq!(
        sources(&[
            "The producer in charge of the program said the host was new.",
            "The plan would put the mayor in charge of the budget.",
        ]),
        vec![(
            "The producer in charge of the program".to_string(),
            "said".to_string()
        )]
    );
}

#[test]
fn run_counter_to_and_for_fear_of_are_no_cues() {
    assert!(sources(&[
        "Her positions run counter to the party platform.",
        "The aides left early for fear of the storm.",
    ])
    .is_empty());
}

#[test]
fn a_general_counsel_is_no_cue() {
    assert_eq!(
        sources(&[
            "Jo Park, vice president and assistant general counsel for the firm, said the \
             claims had no merit."
        ]),
        vec![("Jo Park".to_string(), "said".to_string())]
    );
}

#[test]
fn counsel_after_its_client_or_a_trial_is_no_cue() {
    assert_direct(
        &[
            "\u{201c}The records will be searched,\u{201d} Energy Department trial counsel \
           Ann Vole wrote in a filing.",
        ],
        &[(
            "The records will be searched,",
            Some("Ann Vole"),
            "Energy Department trial counsel Ann Vole",
            "wrote",
        )],
    );
    // A plural subject before "counsel" is no client: the verb reports.
    assert_eq!(
        sources(&["Ohio Lawyers counsel that the rule is unfair."]),
        vec![("Ohio Lawyers".to_string(), "counsel".to_string())]
    );
}

#[test]
fn a_verb_after_the_object_of_a_preposition_is_the_cue() {
    assert_eq!(
        sources(&[
            "Farmers in the valley say the river has never been this low.",
            "Few on either side of the dispute believe the deal will hold.",
            "Ana Ruiz, a fellow at the centrist think tank Civic Lab, said the deal will hold.",
        ]),
        vec![
            ("Farmers in the valley".to_string(), "say".to_string()),
            (
                "Few on either side of the dispute".to_string(),
                "believe".to_string()
            ),
            ("Ana Ruiz".to_string(), "said".to_string()),
        ]
    );
}

#[test]
fn a_part_of_a_group_opens_the_subject() {
    assert_eq!(
        sources(&[
            "None of the three said the bridge would close.",
            "Each of the senators said the bridge would close.",
            "Two of those five have declared that the toll is fair.",
            "One of the biggest fears is that the bridge would close.",
        ]),
        vec![
            ("None of the three".to_string(), "said".to_string()),
            ("Each of the senators".to_string(), "said".to_string()),
            ("Two of those five".to_string(), "declared".to_string()),
        ]
    );
}

#[test]
fn a_compound_noun_holds_no_cue() {
    assert_eq!(
        sources(&[
            "Radio talk show host Jo Park said the race was over.",
            "Ana Lee had a strong showing in the primary.",
            "Turnout rose during early voting in the county.",
            "Local news reports identify him as the owner.",
        ]),
        vec![(
            "Radio talk show host Jo Park".to_string(),
            "said".to_string()
        )]
    );
}

#[test]
fn a_bare_plural_of_people_is_a_subject() {
    assert_eq!(
        sources(&[
            "But specialists say the bridge is safe.",
            "Yet proponents of the toll argue that it is fair.",
        ]),
        vec![
            ("specialists".to_string(), "say".to_string()),
            ("proponents of the toll".to_string(), "argue".to_string()),
        ]
    );
}

#[test]
fn more_people_nouns_open_a_subject() {
    assert_eq!(
        sources(&[
            "But forecasters say the storm will pass.",
            "And participants agreed that the vote was fair.",
        ]),
        vec![
            ("forecasters".to_string(), "say".to_string()),
            ("participants".to_string(), "agreed".to_string()),
        ]
    );
}

#[test]
fn people_of_the_screen_and_stage_open_a_subject() {
    assert_eq!(
        sources(&["But celebrities say the show was a hit."]),
        vec![("celebrities".to_string(), "say".to_string())]
    );
}

#[test]
fn a_base_form_after_a_and_a_noun_is_a_noun() {
    let got = reported(&[
        "Her campaign sent a text message to supporters on Friday.",
        "Lee gave a stump speech and a welcome message on the trail.",
        "The singer left a long message about the tour.",
        "A majority say the plan works.",
    ]);
    assert_eq!(mention_cues(&got), [("A majority", "say")], "{got:?}");
}

#[test]
fn a_day_between_the_article_and_the_noun_stays_in_the_source() {
    assert_eq!(
        mention_cues(&reported(&[
            "A Wednesday editorial in The Dayton Ledger said the mayor had no plan.",
            "A Monday statement from the campaign said the count was fair.",
        ])),
        [
            ("A Wednesday editorial in The Dayton Ledger", "said"),
            ("A Monday statement from the campaign", "said"),
        ]
    );
    assert_direct(
        &[
            "Mayor Tom Hale spoke on Tuesday.",
            "\u{201c}Snails have shown more spine than this mayor,\u{201d} reads a Wednesday editorial in The Dayton Ledger.",
        ],
        &[(
            "Snails have shown more spine than this mayor,",
            Some("a Wednesday editorial in The Dayton Ledger"),
            "a Wednesday editorial in The Dayton Ledger",
            "reads",
        )],
    );
}

#[test]
fn a_named_report_with_its_own_verb_is_the_subject_not_the_cue() {
    assert_direct(
        &[
            "A Defense Department report released last year found that the money was \
           not coming from \u{201c}the drug trade or other criminal activities.\u{201d}",
        ],
        &[(
            "the drug trade or other criminal activities.",
            Some("Defense Department"),
            "A Defense Department report released last year",
            "found",
        )],
    );
}

#[test]
fn the_name_owning_a_document_speaks_for_it() {
    let (text, spans) = article(&[
        "A Washington Post analysis of campaign filings found that donors gave less.",
        "An Acme Research report released Monday says that rents rose.",
    ]);
    let speakers: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (a.mention, a.speaker))
        .collect();
    assert_eq!(
        speakers,
        [
            (
                "A Washington Post analysis of campaign filings".to_string(),
                Some("Washington Post".to_string())
            ),
            (
                "An Acme Research report released Monday".to_string(),
                Some("Acme Research".to_string())
            )
        ]
    );
}
