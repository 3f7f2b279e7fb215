//! Indirect attributions: reported clauses and their sources.

use super::*;

#[test]
fn indirect_attributions() {
    let (text, spans) = article(&[
        "The plant will close in June, according to two people familiar with the plans.",
        "City officials said the bridge would reopen in May.",
    ]);
    let found: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (text[a.quote].to_string(), a.mention, a.cue, a.anonymous))
        .collect();
    assert_eq!(
        found,
        [
            (
                "The plant will close in June".to_string(),
                "two people familiar with the plans".to_string(),
                "according to".to_string(),
                true
            ),
            (
                "the bridge would reopen in May".to_string(),
                "City officials".to_string(),
                "said".to_string(),
                true
            ),
        ]
    );
}

#[test]
fn a_question_asked_is_reported_by_the_one_asked_or_the_asker() {
    assert_eq!(
        reported(&["Asked about the budget, the mayor said the numbers would hold."]),
        triples(&[
            ("about the budget", "the mayor", "Asked"),
            ("the numbers would hold", "the mayor", "said"),
        ])
    );
    assert_eq!(
        reported(&["The chairman was asked by Kim Osei whether the vote would be delayed."]),
        triples(&[("whether the vote would be delayed", "Kim Osei", "asked")])
    );
    // A request after its asker.
    assert_eq!(
        reported(&["Asked by Kim Osei to respond to the charge, the mayor said nothing."]),
        triples(&[("to respond to the charge", "Kim Osei", "Asked")])
    );
}

#[test]
fn a_document_opening_the_sentence_reports_the_clause() {
    assert_eq!(
        reported(&["In its annual report, the committee cut its forecast."]),
        triples(&[("the committee cut its forecast", "its annual report", "In")])
    );
    // A place or a time is no document.
    assert_eq!(
        reported(&["In the city on Friday, the committee cut its forecast."]),
        triples(&[])
    );
}

#[test]
fn shares_and_named_groups_are_whole_sources() {
    let mentions =
        |p: &str| -> Vec<String> { reported(&[p]).into_iter().map(|(_, m, _)| m).collect() };
    assert_eq!(
        mentions("Nearly seven out of 10 say the roads need repair."),
        ["Nearly seven out of 10"]
    );
    assert_eq!(
        mentions("Almost half said the fee was too high."),
        ["Almost half"]
    );
    assert_eq!(
        mentions("About 40% say the park should stay open."),
        ["About 40%"]
    );
    assert_eq!(
        mentions("Nearly four of 10 residents say the bus runs late."),
        ["Nearly four of 10 residents"]
    );
    assert_eq!(
        mentions("Harbor residents said the ferry should run all night."),
        ["Harbor residents"]
    );
}

#[test]
fn a_reported_clause_stops_at_a_closed_quote_ending_its_sentence() {
    let clauses: Vec<String> = reported(&[
        "Mayor Ana Ruiz said the tunnel was \u{201c}nearly done.\u{201d} She said the opening would wait until spring.",
    ])
    .into_iter()
    .map(|(q, _, _)| q)
    .collect();
    assert_eq!(
        clauses,
        [
            "the tunnel was \u{201c}nearly done.\u{201d}",
            "the opening would wait until spring"
        ]
    );
}

#[test]
fn a_cue_in_parentheses_reports_the_clause_around_it() {
    assert_eq!(
        reported(&["The repair costs, she added, were higher than planned."]),
        triples(&[(
            "The repair costs, she added, were higher than planned",
            "she",
            "added"
        )])
    );
}

#[test]
fn names_joined_by_and_are_one_subject() {
    let mentions =
        |p: &str| -> Vec<String> { reported(&[p]).into_iter().map(|(_, m, _)| m).collect() };
    assert_eq!(
        mentions("Rosa Diaz and Tom Becker said the bridge needs new cables."),
        ["Rosa Diaz and Tom Becker"]
    );
    assert_eq!(
        mentions("Diaz, Becker and Ortiz argued that the fee was unfair."),
        ["Diaz, Becker and Ortiz"]
    );
    // Names after a preposition belong to the phrase they hang on.
    assert_eq!(
        mentions("Talks with Peru, Chile and Ecuador showed that trade could grow."),
        ["Talks with Peru, Chile and Ecuador"]
    );
}

#[test]
fn which_after_a_comma_is_a_relative_subject() {
    let (text, spans) =
        article(&["Nobody expected the audit, which concluded that the fund had lost money."]);
    let found: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (text[a.quote].to_string(), a.mention, a.speaker))
        .collect();
    assert_eq!(
        found,
        [(
            "the fund had lost money".to_string(),
            "which".to_string(),
            Some("the audit".to_string())
        )]
    );
}

#[test]
fn an_inverted_cue_after_a_clause_takes_the_name_after_it() {
    assert_eq!(
        reported(&[
            "The harbor has been \u{201c}very quiet\u{201d} since the storm, said Lena Ortiz, a pilot there."
        ]),
        triples(&[(
            "The harbor has been \u{201c}very quiet\u{201d} since the storm",
            "Lena Ortiz",
            "said"
        )])
    );
    // "reports show": the plural noun is the subject, not a cue.
    assert_eq!(
        reported(&["Its annual reports show that the fund grew."]),
        triples(&[("the fund grew", "Its annual reports", "show")])
    );
}

#[test]
fn a_participle_skips_the_subject_of_a_subordinate_clause() {
    let found: Vec<(String, String)> = reported(&[
        "Judge Mara Quist apologized after the letters came out, saying they were written long ago.",
    ])
    .into_iter()
    .map(|(_, m, c)| (m, c))
    .collect();
    assert!(
        found.contains(&("Judge Mara Quist".to_string(), "saying".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_plural_party_noun_or_a_quantifier_opening_the_sentence_is_a_subject() {
    assert_eq!(
        reported(&["Democrats said the new map would cost them two seats."]),
        triples(&[("the new map would cost them two seats", "Democrats", "said")])
    );
    assert_eq!(
        reported(&["Many believe the toll road will never pay for itself."]),
        triples(&[("the toll road will never pay for itself", "Many", "believe")])
    );
    // A singular party adjective still makes a noun of the cue.
    assert!(
        reported(&["Republican claims about the levy were wrong, the paper found."])
            .iter()
            .all(|(_, _, c)| c != "claims")
    );
    // "says" is no plural noun: a party word before it is the subject's head.
    assert_eq!(
        reported(&["The Idaho Democrat says the new map would cost them two seats."]),
        triples(&[(
            "the new map would cost them two seats",
            "The Idaho Democrat",
            "says"
        )])
    );
}

#[test]
fn a_contrasting_clause_with_its_own_cue_ends_every_earlier_clause() {
    // The first clause stops at "while", however many cues lie inside it; a cue
    // after "won't" has the relative "who" for subject.
    let found = reported(&[
        "Kim suggested that a mayor who won't answer critics can't govern, while Park said the risk was too small to matter.",
    ]);
    assert_eq!(
        found[0],
        (
            "a mayor who won't answer critics can't govern".to_string(),
            "Kim".to_string(),
            "suggested".to_string()
        )
    );
    assert!(
        found.iter().all(|(_, m, _)| !m.contains("won't")),
        "{found:?}"
    );
    assert_eq!(
        found.last(),
        Some(&(
            "the risk was too small to matter".to_string(),
            "Park".to_string(),
            "said".to_string()
        ))
    );
}

#[test]
fn source_phrases_keep_their_plural_nouns_and_attachments() {
    let cases = [
        (
            "Ohio dairy advocates say the subsidy is too small.",
            "Ohio dairy advocates",
        ),
        (
            "Kim's closest allies in the council insisted the vote was fair.",
            "Kim's closest allies in the council",
        ),
        (
            "People familiar with her thinking say the offer will be refused.",
            "People familiar with her thinking",
        ),
        (
            "An average of recent surveys shows the gap is closing.",
            "An average of recent surveys",
        ),
    ];
    for (text, mention) in cases {
        let found = reported(&[text]);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, mention, "{text}");
    }
}

#[test]
fn an_opening_adverb_is_no_source_and_an_infinitive_no_closing_phrase() {
    assert_eq!(
        reported(&["Later, the warden refused to open the east gate."]),
        triples(&[("to open the east gate", "the warden", "refused")])
    );
    assert_eq!(
        reported(&[
            "Similarly, Nora Diaz, a former city planner, said the zoning rules were ignored."
        ]),
        triples(&[("the zoning rules were ignored", "Nora Diaz", "said")])
    );
    // A name after the comma is the subject, not the word before it.
    let found = reported(&["Patience, Mr. Osei says, is what the voters lack."]);
    assert!(found.iter().all(|(_, m, _)| m != "Patience"), "{found:?}");
}

#[test]
fn a_relative_clause_ends_at_the_comma_before_the_main_cue() {
    assert_eq!(
        reported(&["Nina Park, who has long argued that the levy is unfair, said the council would vote again."]),
        triples(&[
            ("the levy is unfair", "who", "argued"),
            ("the council would vote again", "Nina Park", "said"),
        ])
    );
}

#[test]
fn a_dated_participle_and_a_possessive_partner_stay_in_the_source() {
    assert_eq!(
        reported(&["A county survey released Monday shows the levy trailing badly."]),
        triples(&[(
            "the levy trailing badly",
            "A county survey released Monday",
            "shows"
        )])
    );
    assert_eq!(
        reported(&["Okafor and her deputies argue that the map is unfair."]),
        triples(&[("the map is unfair", "Okafor and her deputies", "argue")])
    );
}

#[test]
fn a_that_clause_after_a_conjunction_belongs_to_the_later_cue() {
    assert_eq!(
        reported(&["Ruiz said the pipeline leaked, but Orton argued that the spill was small."]),
        triples(&[
            ("the pipeline leaked", "Ruiz", "said"),
            ("the spill was small", "Orton", "argued"),
        ])
    );
}

#[test]
fn a_gerund_subject_and_a_dated_organisation_word_stay_in_the_source() {
    assert_eq!(
        reported(&["Exit polling shows the levy failing in every ward."]),
        triples(&[("the levy failing in every ward", "Exit polling", "shows")])
    );
    assert_eq!(
        reported(&["A Valley Today survey found that the levy failed."]),
        triples(&[("the levy failed", "A Valley Today survey", "found")])
    );
}

#[test]
fn a_state_abbreviation_in_a_parenthesis_keeps_the_sentence_whole() {
    assert_eq!(
        reported(&["Rep. Lena Ortiz (D-N.M.) said the bridge plan would fail."]),
        triples(&[(
            "the bridge plan would fail",
            "Rep. Lena Ortiz (D-N.M.)",
            "said"
        )])
    );
}

#[test]
fn an_appositive_between_dashes_stays_with_its_name() {
    let found = reported(&["Tess Varga — a nurse from Lake Hollow — says the clinic will close."]);
    assert_eq!(
        found[0],
        (
            "the clinic will close".to_string(),
            "Tess Varga — a nurse from Lake Hollow".to_string(),
            "says".to_string()
        )
    );
}

#[test]
fn a_sentence_adverb_is_never_the_source() {
    for text in [
        "Outside, about 200 pickets chanted slogans against the board.",
        "Overall, the unions reported spending $2 million on the race.",
    ] {
        let found = reported(&[text]);
        assert!(
            found
                .iter()
                .all(|(_, m, _)| m != "Outside" && m != "Overall"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_cue_inside_a_relative_clause_after_a_phrase_is_said_by_who() {
    // An adverbial between "who" and the cue keeps the cue inside the clause.
    assert_eq!(
        reported(&["Mara Quinn, who in the past has praised the plan, said it now needs work."]),
        triples(&[
            ("the plan", "who", "praised"),
            ("it now needs work", "Mara Quinn", "said"),
        ])
    );
}

#[test]
fn doubled_consonant_forms_of_reporting_verbs_are_cues() {
    assert_eq!(
        reported(&["The coach bragged that the team had never played better."]),
        triples(&[("the team had never played better", "The coach", "bragged")])
    );
    assert_eq!(
        reported(&["Two neighbours concurred that the road was unsafe."]),
        triples(&[("the road was unsafe", "Two neighbours", "concurred")])
    );
}

#[test]
fn begging_the_question_reports_nothing() {
    assert_eq!(
        reported(&["The long delay begs the question whether the bridge will ever open."]),
        triples(&[])
    );
}

#[test]
fn according_to_a_phrase_without_determiner_is_its_source() {
    assert_eq!(
        reported(&["The mayor lost the runoff, according to complete but unofficial returns."]),
        triples(&[(
            "The mayor lost the runoff",
            "complete but unofficial returns",
            "according to"
        )])
    );
    assert_eq!(
        reported(&["The ferry will stop running, according to the “Coastal Plan” draft."]),
        triples(&[])
    );
}

#[test]
fn talking_about_a_topic_reports_it() {
    assert_eq!(
        reported(&["The governor talked about the budget cuts at length."]),
        triples(&[("the budget cuts at length", "The governor", "talked about")])
    );
}

#[test]
fn a_document_opening_a_clause_with_its_own_source_is_no_source() {
    let found = reported(&[
        "In a statement to the paper, her aide, Jo Lee, said the bridge must be rebuilt.",
    ]);
    assert_eq!(
        found,
        triples(&[("the bridge must be rebuilt", "her aide", "said")])
    );
}

#[test]
fn a_role_noun_before_a_participle_is_no_verb() {
    assert_eq!(
        reported(&[
            "The top senators, Jo Lee, the whip, and Tom Reyes, the majority leader, are on record opposing the new tax plan.",
        ]),
        triples(&[("the new tax plan", "The top senators", "opposing")])
    );
}

#[test]
fn a_participle_after_an_inverted_cue_takes_its_subject() {
    let found = reported(&[
        "\u{201c}We never saw anything like it,\u{201d} said Jo Lee, a former party chairman, recalling that the storm had torn the roof off.",
    ]);
    assert_eq!(
        found,
        triples(&[("the storm had torn the roof off", "Jo Lee", "recalling")])
    );
}

#[test]
fn a_reflexive_after_a_name_is_part_of_the_source() {
    assert_eq!(
        reported(&["Reyes himself conceded that the count was close."]),
        triples(&[("the count was close", "Reyes himself", "conceded")])
    );
}

#[test]
fn here_or_a_time_phrase_after_the_subject_is_part_of_the_source() {
    assert_eq!(
        reported(&["Her aides here said the phones had not stopped ringing."]),
        triples(&[(
            "the phones had not stopped ringing",
            "Her aides here",
            "said"
        )])
    );
    assert_eq!(
        reported(&["A county survey last week showed the levy with a narrow lead."]),
        triples(&[(
            "the levy with a narrow lead",
            "A county survey last week",
            "showed"
        )])
    );
}
