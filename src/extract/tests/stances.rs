//! That-clauses held by a stance or a noun of saying, cues inside the subject of a
//! later cue, ratios and parts of a group as sources, and views owned in a phrase on
//! "in" ("in his view"), and verbs that characterise or perform ("portrayed her as",
//! "riffed", "sang").

use super::*;

#[test]
fn a_stance_before_a_that_clause_is_an_attribution() {
    assert_eq!(
        reported(&["Nora Vance made it clear that her team would hold out for a firmer offer."]),
        triples(&[(
            "her team would hold out for a firmer offer",
            "Nora Vance",
            "made it clear"
        )])
    );
    assert_eq!(
        reported(&["Several growers were adamant that the levy would ruin the valley."]),
        triples(&[(
            "the levy would ruin the valley",
            "Several growers",
            "were adamant"
        )])
    );
    assert_eq!(
        reported(&["The dean expressed concern that the new rules would drive students away."]),
        triples(&[(
            "the new rules would drive students away",
            "The dean",
            "expressed concern"
        )])
    );
    assert_eq!(
        reported(&["Many fishermen remain skeptical that the harbor will reopen soon."]),
        triples(&[(
            "the harbor will reopen soon",
            "Many fishermen",
            "remain skeptical"
        )])
    );
}

#[test]
fn no_one_holds_an_impersonal_stance() {
    assert_eq!(
        reported(&["It is clear that the ferry will not run this winter."]),
        triples(&[])
    );
    assert_eq!(
        reported(&["The crew made sure that the boats were tied down."]),
        triples(&[])
    );
}

#[test]
fn a_cue_inside_the_subject_of_a_later_cue_does_not_take_its_clause() {
    assert_eq!(
        reported(&[
            "People briefed on the talks say that the mayor has kept almost everything to himself."
        ]),
        triples(&[(
            "the mayor has kept almost everything to himself",
            "People briefed on the talks",
            "say"
        )])
    );
    assert_eq!(
        reported(&["Friends of the mayor who have seen him on the road lately say that his old energy has matured into calm."]),
        triples(&[(
            "his old energy has matured into calm",
            "Friends of the mayor who have seen him on the road lately",
            "say"
        )])
    );
    assert_eq!(
        reported(&["Numbers reported on Monday suggest that the senator is the only candidate with the money to fight."]),
        triples(&[(
            "the senator is the only candidate with the money to fight",
            "Numbers reported on Monday",
            "suggest"
        )])
    );
}

#[test]
fn a_claim_noun_owned_by_its_source_holds_a_that_clause() {
    assert_eq!(
        reported(&["The mayor never gave a source for his claim that the port lost 40 ships."]),
        triples(&[("the port lost 40 ships", "his", "claim")])
    );
    assert_eq!(
        reported(&["Despite Mr. Odell's warning that the dam would fail, the town kept building."]),
        triples(&[("the dam would fail", "Mr. Odell's", "warning")])
    );
    // The medium of a statement holds nothing of its own.
    assert_eq!(
        reported(&["The mayor said in his speech that the port would reopen."]),
        triples(&[("the port would reopen", "The mayor", "said")])
    );
}

#[test]
fn a_ratio_of_a_group_is_a_source() {
    assert_eq!(
        reported(&["Seven in 10 dairy farmers say the levy is unfair."]),
        triples(&[("the levy is unfair", "Seven in 10 dairy farmers", "say")])
    );
    assert_eq!(
        reported(&["One in five nurses said the shifts were too long."]),
        triples(&[("the shifts were too long", "One in five nurses", "said")])
    );
}

#[test]
fn a_part_of_a_group_named_by_where_it_is_is_a_source() {
    assert_eq!(
        reported(&["Some in the union said the contract was a step back."]),
        triples(&[("the contract was a step back", "Some in the union", "said")])
    );
    assert_eq!(
        reported(&["Those at the hearing said the mayor left early."]),
        triples(&[("the mayor left early", "Those at the hearing", "said")])
    );
}

#[test]
fn a_phrase_of_make_reports_the_clause_after_it() {
    assert_eq!(
        reported(&[
            "Senator Ada Pike made clear on Monday that her caucus will block the toll plan. \
             The mayor also made the case that the bridge needs repair."
        ]),
        triples(&[
            (
                "her caucus will block the toll plan",
                "Senator Ada Pike",
                "made clear"
            ),
            ("the bridge needs repair", "The mayor", "made the case"),
        ])
    );
}

#[test]
fn hearing_is_no_saying_and_plural_messages_are_a_noun() {
    // The hearer is no source; what was heard has a speaker of its own, if any.
    assert_eq!(
        reported(&[
            "The mayor heard that the plant would close.",
            "The text messages from the staff were brief.",
        ]),
        triples(&[])
    );
}

#[test]
fn find_is_a_stance_but_no_cue_as_an_infinitive() {
    assert_eq!(
        reported(&[
            "The board tried to find a new site for the plant.",
            "I find his plan for the port chilling.",
        ]),
        triples(&[("his plan for the port chilling", "I", "find")])
    );
}

#[test]
fn a_cue_word_after_of_under_or_whose_is_a_noun() {
    assert_eq!(
        reported(&[
            "The usual statements of support for the victims were mocked online.",
            "She courted union members, whose support she will need in the fall.",
            "He has a long record of praise for the program.",
            "The mayor came under attack from the council for the plan.",
        ]),
        triples(&[])
    );
}

#[test]
fn a_word_in_s_after_a_plural_quantifier_is_a_noun() {
    // A plural quantifier takes a plural verb: "some views" and "several calls" are
    // nouns, while "Some say" stays a cue.
    assert_eq!(
        reported(&[
            "Ortiz and Hale share some views on schools: both want smaller classes.",
            "Several calls to the office went unanswered on Monday.",
            "Some say the plan will fail.",
        ]),
        triples(&[
            ("smaller classes", "both", "want"),
            ("the plan will fail", "Some", "say"),
        ])
    );
}

#[test]
fn a_participle_between_an_adjective_and_a_noun_modifies_the_noun() {
    assert_eq!(
        reported(&["Kim Lee, a creative writing teacher, said the plan had failed."]),
        triples(&[("the plan had failed", "Kim Lee", "said")])
    );
}

#[test]
fn a_view_owned_in_a_phrase_on_in_reports_its_clause() {
    assert_eq!(
        reported(&[
            "In his view, the plan will fail.",
            "The only other step, in Professor Vole\u{2019}s view, would be more research.",
            "The deal was a disaster, in the words of Sen. Ann Lee.",
            "He was in his office when the call came.",
        ]),
        triples(&[
            ("the plan will fail", "his", "view"),
            (
                "The only other step, in Professor Vole\u{2019}s view, would be more research",
                "Professor Vole\u{2019}s",
                "view",
            ),
            ("The deal was a disaster", "Sen. Ann Lee", "words"),
        ])
    );
}

#[test]
fn a_view_inside_a_clause_with_its_own_cue_is_left_to_that_cue() {
    let got = reported(&["Kim insists that the group, in his view, has gained strength."]);
    assert_eq!(mention_cues(&got), [("Kim", "insists")], "{got:?}");
}

#[test]
fn a_ruling_reports_its_that_clause() {
    assert_eq!(
        mention_cues(&reported(&[
            "The judge ruled that the law was unconstitutional on its face."
        ])),
        [("The judge", "ruled")]
    );
}

#[test]
fn portraying_and_riffing_are_cues() {
    assert_eq!(
        mention_cues(&reported(&[
            "The governor portrayed her rival as a friend of the banks.",
        ])),
        [("The governor", "portrayed")]
    );
    assert_direct(
        &[
            "Ana Ruiz spoke at the rally in Concord.",
            "\u{201c}Let me help you out: the answer is no,\u{201d} the nominee riffed, drawing laughs.",
        ],
        &[(
            "Let me help you out: the answer is no,",
            Some("Ana Ruiz"),
            "the nominee",
            "riffed",
        )],
    );
}

#[test]
fn singing_is_a_cue_next_to_a_quote_only() {
    assert_direct(
        &["As the Harbor Kings sang in 1985, \u{201c}They will turn us all into beggars.\u{201d}"],
        &[(
            "They will turn us all into beggars.",
            Some("Harbor Kings"),
            "the Harbor Kings",
            "sang",
        )],
    );
    assert!(reported(&["Her daughter sang in the choir at the school every week."]).is_empty());
}
