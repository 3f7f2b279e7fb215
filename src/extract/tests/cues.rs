//! Which word is a cue, which cue a quote is credited to, and where a reported clause
//! ends when another attribution follows inside it.

use super::*;

#[test]
fn a_quote_inside_a_reported_clause_is_credited_to_its_verb_of_saying() {
    let got = direct(&[
        "Dana Reyes said the new rule was a gesture meant to highlight \u{201c}the sheer \
         hypocrisy of the council.\u{201d}",
    ]);
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].2.as_str(), got[0].3.as_str()),
        ("Dana Reyes", "said")
    );
}

#[test]
fn a_clause_ends_before_even_as_and_a_relative_with_their_own_sources() {
    assert_eq!(
        reported(&[
            "The mayor defended the budget on Monday, even as several council members \
             concluded that it could not pass."
        ]),
        triples(&[
            ("the budget on Monday", "The mayor", "defended"),
            ("it could not pass", "several council members", "concluded"),
        ])
    );
    assert_eq!(
        reported(&[
            "The senator echoed the tone of Lee, who has called the proposal a plain fraud."
        ]),
        triples(&[
            ("the tone of Lee", "The senator", "echoed"),
            ("the proposal a plain fraud", "who", "called"),
        ])
    );
}

#[test]
fn nouns_are_no_cues() {
    // A rate is a number, "thanks (largely) to" a preposition, a named attack an event,
    // support from someone a thing one has.
    assert_eq!(
        reported(&[
            "The central bank raised interest rates to slow the economy.",
            "The lead grew thanks to a late win in the state.",
            "The town grew, thanks largely to the mill and thanks in part to the port.",
            "The Dayton attack shocked the whole town.",
            "Critics said Lee's sharp attack on the plan had backfired.",
            "The governor enjoys wide support from farmers across the state.",
        ]),
        triples(&[(
            "Lee's sharp attack on the plan had backfired",
            "Critics",
            "said"
        )])
    );
}

#[test]
fn a_noun_after_any_or_a_described_participle_is_no_cue() {
    // "any dispute" is a thing, and "two sharply opposed ideas" are ideas; neither
    // leaves a source behind it ("a skilled", "the town has two sharply").
    assert_eq!(
        reported(&[
            "She is a skilled mediator who can settle any dispute between the towns.",
            "The council has two sharply opposed ideas for the harbor.",
            "Lee said the town has two sharply opposed ideas for the harbor.",
        ]),
        triples(&[(
            "the town has two sharply opposed ideas for the harbor",
            "Lee",
            "said"
        )])
    );
}

#[test]
fn a_relative_passive_reports_its_antecedent_which_is_no_source() {
    assert_eq!(
        reported(&[
            "The deal, which was not previously reported, is the latest sign of the rift.",
            "The levy, which has been widely derided by farmers, passed on Monday.",
        ]),
        triples(&[])
    );
}

#[test]
fn referring_to_reports_what_was_meant() {
    // The participle hangs on the clause's subject, "to" is part of the cue, and the
    // words a speaker called someone are the speaker's.
    assert_eq!(
        reported(&["“That is the price of it,” Ms. Osei said, referring to the new levy."]),
        triples(&[("the new levy", "Ms. Osei", "referring to")])
    );
    assert_eq!(
        reported(&[
            "The new ad references the mayor's vote on the levy.",
            "The ad made two references to the levy.",
        ]),
        triples(&[("the mayor's vote on the levy", "The new ad", "references")])
    );
    assert_direct(
        &["Mr. Dale referred to the mayor as “a most able man.”"],
        &[("a most able man.", Some("Dale"), "Mr. Dale", "referred to")],
    );
}

#[test]
fn discussing_expressing_and_pointing_to_report_their_object() {
    assert_eq!(
        reported(&[
            "On the radio, Ms. Osei discussed her plan for the harbor.",
            "Farmers expressed concern about the cost of the levy.",
            "Mr. Dale pointed to the falling price of grain.",
        ]),
        triples(&[
            ("her plan for the harbor", "Ms. Osei", "discussed"),
            ("concern about the cost of the levy", "Farmers", "expressed"),
            ("the falling price of grain", "Mr. Dale", "pointed to"),
        ])
    );
}

#[test]
fn a_family_is_a_source_and_no_adverb() {
    assert_eq!(
        reported(&["A member of the family suggested they sell the farm."]),
        triples(&[("they sell the farm", "A member of the family", "suggested")])
    );
}

#[test]
fn a_past_form_or_a_question_after_a_name_is_still_a_verb() {
    assert_eq!(
        reported(&[
            "The Veterans Guild wrote to the office that it had not approved the ad.",
            "Why did the Lee Foundation refuse to hand over the records?",
        ]),
        triples(&[
            ("it had not approved the ad", "The Veterans Guild", "wrote"),
            ("to hand over the records", "the Lee Foundation", "refuse"),
        ])
    );
}

#[test]
fn a_named_document_speaks_for_its_owner() {
    let (text, spans) = article(&[
        "The Fund released a report on Tuesday. The Fund report stated that growth would slow.",
    ]);
    let found: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (a.mention, a.speaker))
        .collect();
    assert_eq!(
        found,
        [("The Fund report".to_string(), Some("The Fund".to_string()))]
    );
}

#[test]
fn an_irregular_past_after_a_named_noun_is_a_verb() {
    assert_direct(
        &[
            "The Democratic frontrunner wrote for The Capital Weekly that \u{201c}the city is \
           often neglected when money is shared\u{201d} because it has no vote.",
        ],
        &[(
            "the city is often neglected when money is shared",
            Some("The Democratic frontrunner"),
            "The Democratic frontrunner",
            "wrote",
        )],
    );
}

#[test]
fn a_possessive_pronoun_owns_a_noun_of_saying() {
    let got = direct(&[
        "The union is unlikely to back the senator after her March comment that, \u{201c}We are \
         going to put many mines out of business.\u{201d}",
    ]);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].2.as_str(), got[0].3.as_str()), ("her", "comment"));
}

#[test]
fn a_stretch_of_time_does_not_speak() {
    assert_eq!(
        reported(&["The mayor started fast and faded the longer the night went on."]),
        triples(&[])
    );
    // It may still seem: a belief cue keeps its subject.
    let got = reported(&["The day seemed to show how divided the council has become."]);
    assert!(
        got.iter().any(|(_, m, c)| m == "The day" && c == "seemed"),
        "{got:?}"
    );
}

#[test]
fn a_quote_after_an_added_report_takes_the_added_cue() {
    let got = direct(&[
        "\u{201c}We will finish the bridge by spring,\u{201d} the mayor said, adding that the \
         budget was already approved. \u{201c}Nobody should worry about the money.\u{201d}",
    ]);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].3, "said");
    assert_eq!(got[1].3, "adding");
    assert_eq!(got[1].2, "the mayor");
}

#[test]
fn a_plural_noun_after_a_preposition_or_adjective_reports_nothing() {
    // The phrase before the noun does not ask, report or call; "with plans to", "in
    // hopes of" still tell what the subject means to do.
    assert_eq!(
        reported(&[
            "The vote came in a period of unrest, raising new questions about the union.",
            "The arena filled with chants for the two candidates.",
            "The campaign is making its biggest buy, with plans to spend $10 million on ads.",
        ]),
        triples(&[("to spend $10 million on ads", "The campaign", "plans")])
    );
}

#[test]
fn a_plural_noun_after_an_adjective_is_no_cue_of_a_quote() {
    let got = direct(&[
        "\u{201c}The plan works for the town,\u{201d} Lee said, suggesting a few questions, \
         including, \u{201c}Who pays for the new road?\u{201d}",
    ]);
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[1].2.as_str(), got[1].3.as_str()),
        ("Lee", "suggesting")
    );
}

#[test]
fn talking_about_is_no_cue_of_a_quoted_title() {
    let found = direct(&[
        "Jo Park, one of the mayor's aides, recalled the mayor talking about \u{201c}Rivers: How Towns Learn to Live With Floods,\u{201d} a book by an engineer.",
    ]);
    let cues: Vec<_> = found.iter().map(|d| d.3.as_str()).collect();
    assert_eq!(cues, ["recalled"]);
}

#[test]
fn a_verb_inside_a_reported_clause_yields_to_the_clause_cue() {
    // "telling" sits inside what Lee says; the partial quote is Lee's report.
    assert_direct(
        &["Jo Lee says the owners got a letter telling them to “stop the noise right now” at night."],
        &[(
            "stop the noise right now",
            Some("Jo Lee"),
            "Jo Lee",
            "says",
        )],
    );
}

#[test]
fn a_verb_of_saying_closing_the_sentence_before_a_quote_is_its_cue() {
    assert_direct(
        &["The county clerk Ann Park agreed. “Nobody here has ever seen a count this slow.”"],
        &[(
            "Nobody here has ever seen a count this slow.",
            Some("Ann Park"),
            "The county clerk Ann Park",
            "agreed",
        )],
    );
}

#[test]
fn a_title_of_two_nouns_before_a_name_is_part_of_the_inverted_source() {
    assert_direct(
        &["“Please take your seats, the show starts soon,” said master of ceremonies Jo Lee."],
        &[(
            "Please take your seats, the show starts soon,",
            Some("Jo Lee"),
            "master of ceremonies Jo Lee",
            "said",
        )],
    );
}

#[test]
fn a_participle_right_before_a_quote_is_its_cue() {
    assert_direct(
        &["Ines Calder, citing \u{201c}the old pull of the harbor,\u{201d} said the party could win the port towns."],
        &[(
            "the old pull of the harbor,",
            Some("Ines Calder"),
            "Ines Calder",
            "citing",
        )],
    );
}

#[test]
fn a_past_form_after_a_party_word_is_the_verb_of_its_subject() {
    let got = direct(&[
        "\u{201c}We will not back down from this fight,\u{201d} a veteran Democrat said.",
        "\u{201c}The plan has no chance in the committee,\u{201d} the Republican told us.",
    ]);
    let cues: Vec<_> = got.iter().map(|d| (d.2.as_str(), d.3.as_str())).collect();
    assert_eq!(
        cues,
        [("a veteran Democrat", "said"), ("the Republican", "told")]
    );
}

#[test]
fn a_credit_line_outranks_the_speaker_of_the_paragraph_before() {
    let got = direct(&[
        "The panel met on Friday. \u{201c}Nothing about this budget adds up,\u{201d} \
         Mara Quist said.",
        "\u{201c}We have asked for the numbers three times and heard nothing back.\u{201d}",
        "\u{2014} Tomas Ferrell",
    ]);
    let cues: Vec<_> = got.iter().map(|d| (d.2.as_str(), d.3.as_str())).collect();
    assert_eq!(
        cues,
        [("Mara Quist", "said"), ("Tomas Ferrell", "\u{2014}")]
    );
}

#[test]
fn a_bracketed_credit_closing_the_paragraph_is_the_cue() {
    let got = direct(&[
        "TOWN VOTES ON BRIDGE \u{201c}The council has delayed the repairs for a decade, \
         and the crossing is now unsafe.\u{201d} [Valley Courier.]",
    ]);
    let cues: Vec<_> = got.iter().map(|d| d.3.as_str()).collect();
    assert_eq!(cues, ["[Valley Courier.]"]);
}

#[test]
fn a_quote_in_a_subordinate_clause_keeps_that_clause_s_cue() {
    let got = direct(&[
        "When a man near the stage shouted, \u{201c}Send the whole board home,\u{201d} \
         Mayor Dale Ortiz said he agreed.",
        "Holding signs calling the plan \u{201c}a gift to the developers,\u{201d} the \
         tenants said they would return.",
    ]);
    let cues: Vec<_> = got.iter().map(|d| d.3.as_str()).collect();
    assert_eq!(cues, ["shouted", "calling"]);
}

#[test]
fn states_and_continues_are_cues_next_to_a_quote_only() {
    let got = direct(&[
        "\u{201c}We have to finish the road before the winter comes,\u{201d} the mayor \
         continues.",
        "The audit states: \u{201c}No funds were misused in the period under review.\u{201d}",
        "\u{201c}Nobody asked us before the vote was taken,\u{201d} one neighbour commented.",
    ]);
    let cues: Vec<_> = got.iter().map(|d| d.3.as_str()).collect();
    assert_eq!(cues, ["continues", "states", "commented"]);
    assert_eq!(
        reported(&["The mayor continues to say the road will open in May."]),
        triples(&[("the road will open in May", "The mayor", "continues to say")])
    );
}

#[test]
fn a_capitalised_cue_before_a_name_and_colon_is_inverted() {
    let got = direct(&[
        "Continued Ortiz: \u{201c}We cannot keep paying for roads that nobody uses.\u{201d}",
    ]);
    let cues: Vec<_> = got.iter().map(|d| (d.2.as_str(), d.3.as_str())).collect();
    assert_eq!(cues, [("Ortiz", "Continued")]);
}

#[test]
fn to_blame_after_a_form_of_be_is_no_cue() {
    assert_eq!(
        reported(&["Cory Tull said the pilot was to blame for the delay."]),
        triples(&[("the pilot was to blame for the delay", "Cory Tull", "said")])
    );
}

#[test]
fn a_relative_clause_after_the_cue_ends_before_a_second_verb() {
    // Not "said SOURCE": "the man who hired him" is the subject of the reported clause.
    assert_eq!(
        reported(&["Cory Tull, a former aide, said the man who hired him was wrong."]),
        triples(&[("the man who hired him was wrong", "Cory Tull", "said")])
    );
}

#[test]
fn where_or_when_something_was_said_is_no_reported_clause() {
    assert!(reported(&["Lee said in a statement.", "Park wrote on Twitter."]).is_empty());
    // It still announces the quote after it.
    assert_direct(
        &[
            "Sam Lo, the party's spokesman, said in a statement.",
            "\u{201c}There are no paper ballots to recount.\u{201d}",
        ],
        &[(
            "There are no paper ballots to recount.",
            Some("Sam Lo"),
            "Sam Lo",
            "said",
        )],
    );
}

#[test]
fn an_object_or_a_counted_noun_reports_nothing() {
    // The verb before the noun is no subject; "Critics charge" keeps its verb.
    assert_eq!(
        reported(&[
            "The senator took credit for the new bridge.",
            "The clip got 10 million views in the days that followed.",
            "Critics charge that the plan is costly.",
        ]),
        triples(&[("the plan is costly", "Critics", "charge")])
    );
}

#[test]
fn a_described_noun_is_credited_to_the_subject_of_its_verb() {
    // Not to the adjective before it: "a cautious", "One lurking".
    assert_eq!(
        reported(&[
            "Jo Park, a pollster for the party, sounded a cautious note about the jobs figures.",
            "One lurking question is whether the mayor knew about the deal.",
        ]),
        triples(&[
            ("about the jobs figures", "Jo Park", "note"),
            ("about the deal", "the mayor", "knew"),
        ])
    );
}

#[test]
fn a_described_plural_after_a_preposition_is_no_cue() {
    // "in her opening remarks": no subject comes before a noun inside a phrase; the
    // clause is what Jo Park said.
    assert_eq!(
        reported(&["Jo Park said in her opening remarks the levy would pass."]),
        triples(&[(
            "in her opening remarks the levy would pass",
            "Jo Park",
            "said"
        )])
    );
}

#[test]
fn a_subordinate_clause_after_said_that_keeps_the_quote_with_said() {
    // "goes on" is no cue of its own in "once the council goes on recess".
    assert_direct(
        &[
            "By contrast, Sen. Mark Rubin said that once the council goes on recess, \u{201c}I \
           intend to help wherever I can.\u{201d}",
        ],
        &[(
            "I intend to help wherever I can.",
            Some("Mark Rubin"),
            "Sen. Mark Rubin",
            "said",
        )],
    );
}

#[test]
fn a_noun_of_saying_as_the_subject_yields_to_the_cue_after_the_quote() {
    assert_direct(
        &[
            "Dale's comments further \u{201c}the angry mob mentality\u{201d} fostered by \
           rivals, the groups say.",
        ],
        &[(
            "the angry mob mentality",
            Some("the groups"),
            "the groups",
            "say",
        )],
    );
}
