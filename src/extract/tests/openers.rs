//! Direct quotes after what opens their sentence: an inverted cue ("Said Lee,"), a
//! sentence adverb or conjunction before a quote that continues a speaker, a quote in
//! the sentence right after a quoted one.

use super::*;

#[test]
fn a_sentence_opening_on_a_capitalised_inverted_cue() {
    assert_direct(
        &["Said Mayor Ines Calder, \u{201c}The bridge will be rebuilt by spring.\u{201d}"],
        &[(
            "The bridge will be rebuilt by spring.",
            Some("Ines Calder"),
            "Mayor Ines Calder",
            "Said",
        )],
    );
    assert_direct(
        &["Added the treasurer: \u{201c}Nobody saw the invoices until June.\u{201d}"],
        &[(
            "Nobody saw the invoices until June.",
            Some("the treasurer"),
            "the treasurer",
            "Added",
        )],
    );
}

#[test]
fn a_quote_after_a_sentence_adverb_continues_the_speaker() {
    assert_direct(
        &["\u{201c}We were not pleased at first,\u{201d} said Omar Petit, who runs the ferry line. Now, \u{201c}most of the crew thinks the schedule works.\u{201d}"],
        &[
            (
                "We were not pleased at first,",
                Some("Omar Petit"),
                "Omar Petit",
                "said",
            ),
            (
                "most of the crew thinks the schedule works.",
                Some("Omar Petit"),
                "Omar Petit",
                "said",
            ),
        ],
    );
}

#[test]
fn a_name_with_its_parenthesis_before_the_cue_comma() {
    assert_direct(
        &["After the count, Sen. Ruth Okafor (D-Md.), said, \u{201c}We will contest every ballot.\u{201d}"],
        &[(
            "We will contest every ballot.",
            Some("Ruth Okafor"),
            "Sen. Ruth Okafor (D-Md.)",
            "said",
        )],
    );
}

#[test]
fn a_quote_inside_the_sentence_after_a_quoted_one_continues_its_speaker() {
    assert_direct(
        &["\u{201c}It is a trap for the council,\u{201d} Mira Holt says. That is \u{201c}the oldest trick in the book.\u{201d}"],
        &[
            (
                "It is a trap for the council,",
                Some("Mira Holt"),
                "Mira Holt",
                "says",
            ),
            (
                "the oldest trick in the book.",
                Some("Mira Holt"),
                "Mira Holt",
                "says",
            ),
        ],
    );
    // Not across a sentence without a quote.
    let found = direct(&[
        "\u{201c}It is a trap,\u{201d} Mira Holt says. The vote was delayed. It was \u{201c}the oldest trick in the book.\u{201d}",
    ]);
    assert_eq!(found[1].2, "", "{found:?}");
}

#[test]
fn the_one_quoted_or_shown_saying_it_is_the_speaker() {
    assert_direct(
        &["The flyer quoted Dara Voss saying, \u{201c}The depot will stay open all winter.\u{201d}"],
        &[(
            "The depot will stay open all winter.",
            Some("Dara Voss"),
            "Dara Voss",
            "saying",
        )],
    );
}

#[test]
fn a_name_and_a_colon_after_a_dash_credit_the_quote() {
    assert_direct(
        &[
            "TURNOUT MAY BREAK RECORDS - Nadia Brook: \u{201c}Early ballots are arriving at \
           twice the usual rate in most counties.\u{201d}",
        ],
        &[(
            "Early ballots are arriving at twice the usual rate in most counties.",
            Some("Nadia Brook"),
            "Nadia Brook",
            ":",
        )],
    );
}

#[test]
fn two_names_joined_by_and_before_a_colon_credit_the_quote() {
    assert_direct(
        &["TURNOUT HELD UP - Ann Park and Bo Kim: “The lines were long but nobody left them.”"],
        &[(
            "The lines were long but nobody left them.",
            Some("Bo Kim"),
            "Ann Park and Bo Kim",
            ":",
        )],
    );
}

#[test]
fn a_sentence_opening_on_said_and_its_subject_credits_the_quote() {
    assert_direct(
        &["Said Ann Park, who ran the shop for years, “Nobody ever locked a door here.”"],
        &[(
            "Nobody ever locked a door here.",
            Some("Ann Park"),
            "Ann Park",
            "Said",
        )],
    );
}

#[test]
fn a_title_after_a_preposition_is_no_quote_of_the_cue_after_it() {
    // The show's name is no speech of the mayor's; what the mayor said is reported.
    assert_direct(
        &["Speaking on \u{201c}Good Day Riverton,\u{201d} the mayor said the budget was fine."],
        &[],
    );
    // A quote before its cue, not after a preposition, is still the mayor's.
    assert_direct(
        &["\u{201c}Good Day Riverton,\u{201d} the mayor said when asked for her favorite show."],
        &[("Good Day Riverton,", Some("the mayor"), "the mayor", "said")],
    );
}

#[test]
fn a_pronoun_after_a_subordinate_clause_without_a_comma() {
    assert_direct(
        &[
            "Judge Ray Olsen took a short recess.",
            "When the judge returned he began by saying, \"I don't think a jail term is needed.\"",
        ],
        &[(
            "I don't think a jail term is needed.",
            Some("Ray Olsen"),
            "he",
            "saying",
        )],
    );
}

#[test]
fn a_quote_in_the_sentence_after_a_closing_cue_continues_its_speaker() {
    assert_direct(
        &[
            "Dr. Lena Voss studies rumors online.",
            "Rumors spread faster than facts, she said. Facts can still win, but only when \
             \"the truth is more exciting than the lie.\"",
        ],
        &[(
            "the truth is more exciting than the lie.",
            Some("Lena Voss"),
            "she",
            "said",
        )],
    );
}

#[test]
fn a_list_of_names_after_an_opening_phrase() {
    assert_eq!(
        reported(&[
            "During a forum aired by WXRT, Senators Jo Linton, Bo Sauer, and Mae Olley said the tax plan was unfair.",
            "On Friday, Ida Marsh and Tom Vale argued that the deal was lopsided.",
        ]),
        triples(&[
            (
                "the tax plan was unfair",
                "Senators Jo Linton, Bo Sauer, and Mae Olley",
                "said"
            ),
            ("the deal was lopsided", "Ida Marsh and Tom Vale", "argued"),
        ])
    );
}

#[test]
fn a_list_whose_first_name_ends_an_opening_phrase() {
    assert_eq!(
        reported(&["In Ohio, Iowa and Utah, the farmers said the rains came late."]),
        triples(&[("the rains came late", "the farmers", "said")])
    );
}

#[test]
fn a_subject_opening_on_a_full_date() {
    assert_eq!(
        reported(&["A Sept. 9, 2014 memo shows that the depot ran over budget."]),
        triples(&[("the depot ran over budget", "A Sept. 9, 2014 memo", "shows")])
    );
}

#[test]
fn a_name_after_an_opening_phrase_that_ends_on_a_place() {
    // "in Lyon, Dole" is no town and its state: the phrase hangs on "after".
    assert_eq!(
        reported(&["Soon after the fire at a mill in Lyon, Dole asserted that the city was lost."]),
        triples(&[("the city was lost", "Dole", "asserted")])
    );
}

#[test]
fn a_participle_opening_the_sentence_with_its_object_is_no_source() {
    assert_eq!(
        reported(&[
            "Using a crude phrase to describe the council, he said the town needed a fight."
        ]),
        triples(&[("the town needed a fight", "he", "said")])
    );
}

#[test]
fn a_sentence_adverb_before_a_comma_is_no_source() {
    assert_eq!(
        reported(&[
            "Sure, official data suggest that output peaked.",
            "Regardless, the agency said the fax was never sent."
        ]),
        triples(&[
            ("output peaked", "official data", "suggest"),
            ("the fax was never sent", "the agency", "said")
        ])
    );
}

#[test]
fn a_capitalised_participle_opening_a_sentence_before_that_is_a_cue() {
    let found = reported(&[
        "Acknowledging that the plan had flaws, Ortiz still urged the council to pass it.",
        "Starting that night, the mayor stayed home.",
    ]);
    assert_eq!(
        mention_cues(&found),
        [("Ortiz", "Acknowledging"), ("Ortiz", "urged")]
    );
}

#[test]
fn a_clause_closed_by_a_colon_has_its_verb_past_the_asides_for_cue() {
    assert_direct(
        &[
            "Senate leader Ann Lee, R-Ky., delivered a blunt message to Kim: \u{201c}It is time to \
             stop attacking people.\u{201d}",
            "The campaign, in a note on the dispute, worded it more carefully: \u{201c}Her \
             practice was to write to officials.\u{201d}",
        ],
        &[
            (
                "It is time to stop attacking people.",
                Some("Ann Lee"),
                "Senate leader Ann Lee",
                "delivered",
            ),
            (
                "Her practice was to write to officials.",
                Some("the campaign"),
                "The campaign",
                "worded it more carefully",
            ),
        ],
    );
}

#[test]
fn a_short_clause_closed_by_a_colon_is_the_cue_whole() {
    assert_direct(
        &["I had to change my answer: \u{201c}Of course I believe it.\u{201d}"],
        &[(
            "Of course I believe it.",
            None,
            "I",
            "had to change my answer",
        )],
    );
}

#[test]
fn a_cue_after_a_quote_outranks_the_clause_that_introduces_it_after_an_opener() {
    assert_direct(
        &["After the vote, the singer Ann Vole posted a note for her fans: \u{201c}Nobody should \
           be surprised by this,\u{201d} she wrote. \u{201c}We saw it coming.\u{201d}"],
        &[
            (
                "Nobody should be surprised by this,",
                Some("Ann Vole"),
                "she",
                "wrote",
            ),
            ("We saw it coming.", Some("Ann Vole"), "she", "wrote"),
        ],
    );
}
