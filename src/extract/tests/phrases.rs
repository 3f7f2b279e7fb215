//! Source phrases: where a subject phrase starts and ends, and which nouns are no cues.

use super::*;
use crate::extract::doc::Doc;
use crate::extract::subjects::subject_before;

/// The (mention, cue) pairs of an article's indirect attributions.
fn sources(paragraphs: &[&str]) -> Vec<(String, String)> {
    reported(paragraphs)
        .into_iter()
        .map(|(_, m, c)| (m, c))
        .collect()
}

fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
    want.iter()
        .map(|(m, c)| (m.to_string(), c.to_string()))
        .collect()
}

#[test]
fn a_noun_followed_by_its_auxiliary_heads_the_subject() {
    assert_eq!(
        sources(&[
            "In six of eight towns where surveys were taken Monday, Democratic voters were more \
             likely to want a change."
        ]),
        pairs(&[("Democratic voters", "want")])
    );
}

#[test]
fn an_auxiliary_before_an_adverb_ends_the_subject() {
    // The noun before "is" or "has" is the head, not a verb of its own.
    assert_eq!(
        sources(&[
            "The giant Lund operation is now considering leaving the race.",
            "The poll has, however, revealed that the mayor does not speak for most residents.",
        ]),
        pairs(&[
            ("The giant Lund operation", "considering"),
            ("The poll", "revealed")
        ])
    );
}

#[test]
fn a_plural_before_a_plural_verb_is_its_subject() {
    assert_eq!(
        sources(&[
            "His cost estimates have been between $8 billion and $12 billion.",
            "The chief's remarks were priceless for the rival camp.",
            "Lee praised what he believes are the shared assets of the town.",
        ]),
        pairs(&[("Lee", "praised"), ("he", "believes")])
    );
}

#[test]
fn a_gerund_before_an_auxiliary_is_the_subject_head() {
    assert_eq!(
        sources(&["Recent polling is showing the mayor well ahead."]),
        pairs(&[("Recent polling", "showing")])
    );
}

#[test]
fn a_number_with_thousands_separators_stays_whole() {
    assert_eq!(
        sources(&["By the end, 2,350 nurses said the wards were understaffed."]),
        pairs(&[("2,350 nurses", "said")])
    );
}

#[test]
fn a_base_form_after_a_named_noun_is_a_noun() {
    assert_eq!(
        sources(&["The Ortiz conference call did not mention that the mayor had voted no."]),
        pairs(&[("The Ortiz conference call", "mention")])
    );
    // A past form between the name and the noun is the verb: "the Board expressed doubt".
    assert_eq!(
        sources(&["The city Board expressed doubt that the budget would pass."]),
        pairs(&[("The city Board", "doubt")])
    );
}

#[test]
fn kinds_of_people_and_groups_head_a_source() {
    assert_eq!(
        sources(&["Some advocates for cell research said the rule was harmful."]),
        pairs(&[("Some advocates for cell research", "said")])
    );
}

#[test]
fn modifiers_and_a_role_noun_before_a_name_stay_in_an_inverted_source() {
    assert_direct(
        &["\u{201c}We will win this race by a lot,\u{201d} said Republican political consultant Jo Rusk."],
        &[(
            "We will win this race by a lot,",
            Some("Jo Rusk"),
            "Republican political consultant Jo Rusk",
            "said",
        )],
    );
}

#[test]
fn a_name_after_at_stays_in_an_inverted_role_phrase() {
    assert_direct(
        &["\u{201c}He never gave up,\u{201d} said his best friend at Yale, Jo Ray, who met him there."],
        &[(
            "He never gave up,",
            Some("Jo Ray"),
            "his best friend at Yale",
            "said",
        )],
    );
}

#[test]
fn one_of_a_group_is_a_subject() {
    assert_eq!(
        sources(&["One of the school's top officials later testified that the rules were broken."]),
        pairs(&[("One of the school's top officials", "testified")])
    );
    // Not a part of something that cannot speak: "the biggest" is no group.
    let got = sources(&["He said it was one of the biggest challenges facing the next mayor."]);
    assert!(!got.iter().any(|(m, _)| m.starts_with("one of")), "{got:?}");
}

#[test]
fn us_before_a_title_is_the_country() {
    assert_direct(
        &[
            "\u{201c}We are proud to cast our votes today!\u{201d} US Senator Jo Park said as he \
           opened the roll call.",
        ],
        &[(
            "We are proud to cast our votes today!",
            Some("Jo Park"),
            "US Senator Jo Park",
            "said",
        )],
    );
}

fn one_doc(text: &str) -> Doc<'_> {
    Doc::new(text, std::slice::from_ref(&(0..text.len())))
}

fn word_index(d: &Doc, w: &str) -> usize {
    (0..d.tokens.len()).find(|&i| d.word(i) == w).expect(w)
}
fn subject(text: &str, cue: &str) -> Option<String> {
    let d = one_doc(text);
    let c = word_index(&d, cue);
    subject_before(&d, c, 0).map(|np| d.slice(np.tokens).to_string())
}
#[test]
fn subjects_before_their_cue() {
    let table = [
        ("Later, he said it again.", "said", Some("he")),
        (
            "A senior administration official said it.",
            "said",
            Some("A senior administration official"),
        ),
        (
            "Then Sen. Ann Lee also told us.",
            "told",
            Some("Sen. Ann Lee"),
        ),
        (
            "The agency's deputy chief of staff wrote back.",
            "wrote",
            Some("The agency's deputy chief of staff"),
        ),
        (
            "Rep. Jo Park, the top Democrat on the panel, said no.",
            "said",
            Some("Rep. Jo Park"),
        ),
        (
            "The plan, which failed, said nothing.",
            "said",
            Some("The plan"),
        ),
        ("It was the plan that said so.", "said", Some("that")),
        (
            "Ultimately, the mayor refused to sign.",
            "refused",
            Some("the mayor"),
        ),
        (
            "The director of the agency argued otherwise.",
            "argued",
            Some("The director of the agency"),
        ),
    ];
    for (text, cue, want) in table {
        assert_eq!(subject(text, cue).as_deref(), want, "{text}");
    }
}

#[test]
fn a_dateline_is_no_source_and_its_dash_opens_the_clause() {
    let got = sources(&[
        "RIVERTON, May 3 (AP) \u{2014} The party committee released a statement on Monday, \
         offering an apology to the senators for the delay.",
    ]);
    assert_eq!(got, pairs(&[("The party committee", "offering")]));
}

#[test]
fn a_noun_ending_in_ly_is_no_adverb_before_the_cue() {
    assert_eq!(
        sources(&["The head of the rally said the crowd was larger than expected."]),
        pairs(&[("The head of the rally", "said")])
    );
}

#[test]
fn a_noun_or_participle_inside_the_subject_is_no_cue_of_its_own() {
    // "report" is read as a noun of the subject, not a cue reporting "said ...".
    assert_eq!(
        reported(&["A wire report said the harbour would stay shut."]),
        triples(&[("the harbour would stay shut", "A wire report", "said")])
    );
    // "briefed on the plan" describes the people and is written with them.
    assert_eq!(
        reported(&["Staff briefed on the plan said the office would move."]),
        triples(&[("the office would move", "Staff briefed on the plan", "said")])
    );
    // A verb with a clause of its own still reports it, written with the verb it
    // hangs on.
    assert_eq!(
        reported(&["The mayor declined to say whether the office would move."]),
        triples(&[(
            "whether the office would move",
            "The mayor",
            "declined to say"
        )])
    );
}

#[test]
fn a_cue_word_modifying_the_noun_before_the_real_cue_is_no_cue() {
    // "report" modifies "writers": the subject reads on through it to "said".
    assert_eq!(
        reported(&["Several report writers said the depot would reopen."]),
        triples(&[("the depot would reopen", "Several report writers", "said")])
    );
    assert_eq!(
        reported(&["One protest organiser says the square will stay open."]),
        triples(&[("the square will stay open", "One protest organiser", "says")])
    );
}

#[test]
fn the_phrase_after_with_speaks_for_a_participle_right_after_it() {
    // The surveys, not the race, show the narrowing lead.
    assert_eq!(
        sources(&["The race tightened in May, with two surveys showing that the lead had shrunk."]),
        pairs(&[("two surveys", "showing")])
    );
    // Without "with", the clause's subject still speaks.
    assert_eq!(
        sources(&["The mayor spoke for an hour, saying that the budget was sound."]),
        pairs(&[("The mayor", "saying")])
    );
}

#[test]
fn a_source_is_written_with_what_ties_it_to_the_matter() {
    assert_eq!(
        sources(&[
            "Aides involved in the planning say the tour is off.",
            "Two staffers privy to the plan said the tour was off.",
            "A worker with direct knowledge of the plan said the tour was off.",
        ]),
        pairs(&[
            ("Aides involved in the planning", "say"),
            ("Two staffers privy to the plan", "said"),
            ("A worker with direct knowledge of the plan", "said"),
        ])
    );
}

#[test]
fn a_passive_participle_and_its_agent_are_part_of_the_source() {
    assert_eq!(
        sources(&["Shipping logs obtained by the council show the barge left early."]),
        pairs(&[("Shipping logs obtained by the council", "show")])
    );
    // An irregular participle too, after "of"; the participle is no cue of its own,
    // but "responded by" a gerund is.
    assert_eq!(
        sources(&[
            "A copy of the memo seen by reporters said investigators found nothing.",
            "The board responded by quickly blocking access to the data.",
            "The talks reported by the local paper ended early.",
        ]),
        pairs(&[
            ("A copy of the memo seen by reporters", "said"),
            ("The board", "responded")
        ])
    );
}

#[test]
fn a_list_of_common_phrases_is_one_subject() {
    assert_eq!(
        sources(&["The nurses, the porters and the night cooks said the wards were cold."]),
        pairs(&[("The nurses, the porters and the night cooks", "said")])
    );
    // A serial comma before "and" closes a list of three.
    assert_eq!(
        sources(&["Ines Calder, Omar Petit, and other councillors said the vote was rushed."]),
        pairs(&[("Ines Calder, Omar Petit, and other councillors", "said")])
    );
    // One comma and "and" join clauses, not phrases.
    assert_eq!(
        sources(&[
            "The clerk locked the hall early, and the councillors said the vote was rushed."
        ]),
        pairs(&[("the councillors", "said")])
    );
}

#[test]
fn an_infinitive_cue_shares_the_subject_of_its_verb_in_a_that_clause() {
    assert_eq!(
        sources(&[
            "She said that the harbor board and the city council need to realize that the \
             fund is empty."
        ]),
        pairs(&[
            ("She", "said"),
            ("the harbor board and the city council", "need to realize"),
        ])
    );
}

#[test]
fn shares_of_a_group_are_sources() {
    assert_eq!(
        sources(&["Six in 10 say the ferry should run at night."]),
        pairs(&[("Six in 10", "say")])
    );
    assert_eq!(
        sources(&["Among renters, three-quarters said the rent was too high."]),
        pairs(&[("Among renters, three-quarters", "said")])
    );
    // "About" opening the clause approximates the number after it.
    assert_eq!(
        sources(&["About 40 percent said they had no preference."]),
        pairs(&[("About 40 percent", "said")])
    );
}

#[test]
fn a_multitude_of_a_group_is_a_subject() {
    assert_eq!(
        sources(&["Thousands of nurses said the wards were cold."]),
        pairs(&[("Thousands of nurses", "said")])
    );
    assert_direct(
        &["Hundreds of striking dockworkers marched, chanting \u{201c}No deal, no ships, no pay.\u{201d}"],
        &[(
            "No deal, no ships, no pay.",
            Some("hundreds of striking dockworkers"),
            "Hundreds of striking dockworkers",
            "chanting",
        )],
    );
}

#[test]
fn a_time_phrase_opening_on_in_or_out_is_skipped() {
    assert_eq!(
        sources(&["A Lakeside poll in June showed that the mayor was ahead."]),
        pairs(&[("A Lakeside poll in June", "showed")])
    );
}

#[test]
fn a_time_phrase_before_an_adverb_is_skipped() {
    assert_eq!(
        sources(&[
            "The Lee campaign on Monday also doubled down on its attacks, saying the rival \
             was unfit."
        ]),
        pairs(&[("The Lee campaign on Monday", "saying")])
    );
}

#[test]
fn the_year_of_a_date_is_no_verb_of_a_clause() {
    assert_eq!(
        sources(&[
            "Jo Lee (left) shot and wounded Kim Park (right) in February 2012, but claimed \
             that he had acted in self-defense."
        ]),
        pairs(&[("Jo Lee (left)", "claimed")])
    );
}

#[test]
fn a_noun_right_before_a_participle_cue_heads_its_subject() {
    assert_eq!(
        sources(&[
            "The two are tied, with Kim drawing the young voters and the older population \
             backing the former mayor."
        ])
        .last()
        .cloned(),
        Some(("the older population".to_string(), "backing".to_string()))
    );
}

#[test]
fn a_participle_or_adverb_opening_the_sentence_is_no_source() {
    assert_eq!(
        sources(&[
            "Reached by the Courier, Jo Lee, the county chair, said the plan would fail.",
            "Later in the day, the agency said it would cooperate.",
        ]),
        pairs(&[("Jo Lee", "said"), ("the agency", "said")])
    );
}

#[test]
fn names_joined_by_a_slash_stay_in_the_source() {
    assert_eq!(
        sources(&["A Lakeside Post/Hill News poll showed that the mayor was ahead."]),
        pairs(&[("A Lakeside Post/Hill News poll", "showed")])
    );
}

#[test]
fn a_list_of_places_stays_with_the_phrase_it_hangs_on() {
    assert_eq!(
        sources(&["Most voters in Dorland, Vessa and Kirrin said the harbor should reopen."]),
        pairs(&[("Most voters in Dorland, Vessa and Kirrin", "said")])
    );
    assert_eq!(
        sources(&["Most voters in Dorland and Vessa said the harbor should reopen."]),
        pairs(&[("Most voters in Dorland and Vessa", "said")])
    );
}

#[test]
fn a_quantifier_after_an_auxiliary_is_no_source() {
    assert_eq!(
        sources(&["The growers have all said the harbor should reopen."]),
        pairs(&[("The growers", "said")])
    );
}

#[test]
fn a_bare_plural_noun_ends_a_list() {
    assert_eq!(
        sources(&["Farmers and growers said the harbor should reopen."]),
        pairs(&[("Farmers and growers", "said")])
    );
    assert_eq!(
        sources(&["The farmers and growers interviewed said the harbor should reopen."]),
        pairs(&[("The farmers and growers interviewed", "said")])
    );
}

#[test]
fn a_singular_noun_after_a_name_before_a_finite_cue_heads_the_source() {
    assert_eq!(
        reported(&["Danish radio reported that the ferry had been delayed."]),
        triples(&[("the ferry had been delayed", "Danish radio", "reported")])
    );
}

#[test]
fn a_role_word_before_a_name_is_no_verb_of_a_coordinated_cue() {
    // "front-runner" titles the name after it; "said" is Graham's second verb.
    let found = sources(&[
        "Graham called both Lee and Democratic front-runner Ann Park \"crazy\" and said the \
         party is bound to lose.",
    ]);
    assert_eq!(
        found.last(),
        Some(&("Graham".to_string(), "said".to_string()))
    );
}
