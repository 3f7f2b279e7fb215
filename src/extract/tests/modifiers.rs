//! A subject with a modifier between it and its cue: the whole run is written as the
//! source, the speaker is named without a participle or relative clause.

use super::*;

#[test]
fn a_participle_phrase_after_the_subject_is_part_of_the_source() {
    assert_eq!(
        reported(&[
            "Another campaign source speaking to the Daily Ledger said the rally would go ahead."
        ]),
        triples(&[(
            "the rally would go ahead",
            "Another campaign source speaking to the Daily Ledger",
            "said"
        )])
    );
}

#[test]
fn a_prepositional_phrase_after_the_subject_is_part_of_the_source() {
    assert_eq!(
        reported(&[
            "Several officers with no direct knowledge of the inquiry said it was unusual."
        ]),
        triples(&[(
            "it was unusual",
            "Several officers with no direct knowledge of the inquiry",
            "said"
        )])
    );
}

#[test]
fn a_relative_clause_after_the_subject_is_part_of_the_source() {
    assert_eq!(
        reported(&[
            "The county officials whose rules have been struck down say they will appeal.",
            "Several neighbors I've spoken with over the past week said the road was unsafe.",
        ]),
        triples(&[
            (
                "they will appeal",
                "The county officials whose rules have been struck down",
                "say"
            ),
            (
                "the road was unsafe",
                "Several neighbors I've spoken with over the past week",
                "said"
            ),
        ])
    );
}

#[test]
fn the_speaker_is_named_without_the_participle_phrase() {
    assert_direct(
        &["Protesters marching through the square chanted, \u{201c}Open the gates!\u{201d}"],
        &[(
            "Open the gates!",
            Some("protesters"),
            "Protesters marching through the square",
            "chanted",
        )],
    );
}

#[test]
fn a_coordinated_verb_before_the_cue_is_no_modifier() {
    assert_eq!(
        reported(&["The mayor walked into the hall and said the vote was over."]),
        triples(&[("the vote was over", "The mayor", "said")])
    );
}

#[test]
fn a_long_modifier_with_a_noun_like_a_cue_is_part_of_the_source() {
    // "the polls" is a noun, not a verb of saying ending the subject's words.
    assert_eq!(
        reported(&[
            "Large majorities of Democratic primary voters in four states going to \
             the polls early on Tuesday said they back the plan."
        ]),
        triples(&[(
            "they back the plan",
            "Large majorities of Democratic primary voters in four states going to \
             the polls early on Tuesday",
            "said"
        )])
    );
}

#[test]
fn a_role_noun_heads_a_bare_noun_after_of_before_an_aside() {
    assert_eq!(
        reported(&["Supporters of gun rights, on the other hand, argued that the law was fair."]),
        triples(&[("the law was fair", "Supporters of gun rights", "argued")])
    );
}

#[test]
fn a_phrase_with_prepositions_before_an_appositive_is_the_source() {
    assert_eq!(
        reported(&[
            "His best friend at Yale, Jo Ray, said the plan would fail.",
            "Many of the voters interviewed for this story, including Al Kim, said they would stay home.",
        ]),
        triples(&[
            ("the plan would fail", "His best friend at Yale", "said"),
            (
                "they would stay home",
                "Many of the voters interviewed for this story",
                "said"
            ),
        ])
    );
}

#[test]
fn a_clause_before_an_appositive_is_no_source() {
    assert_eq!(
        reported(&["Jo Lee arrived in Dayton, Ohio, and said the plan would fail."]),
        triples(&[("the plan would fail", "Jo Lee", "said")])
    );
}

#[test]
fn a_tie_to_a_pronoun_is_part_of_the_source() {
    assert_eq!(
        reported(&["A source close to him said the talks would resume in May."]),
        triples(&[(
            "the talks would resume in May",
            "A source close to him",
            "said"
        )])
    );
}

#[test]
fn a_participle_phrase_after_according_to_is_part_of_the_source() {
    assert_eq!(
        reported(&[
            "The plant will close, according to two people involved in the talks.",
            "Turnout was high, according to exit polls reported by the networks.",
        ]),
        triples(&[
            (
                "The plant will close",
                "two people involved in the talks",
                "according to"
            ),
            (
                "Turnout was high",
                "exit polls reported by the networks",
                "according to"
            ),
        ])
    );
}

#[test]
fn a_past_form_after_a_name_is_its_verb() {
    assert_eq!(
        reported(&["Asked about the vote, Jo Kim smiled at the reporters and said it was fair."]),
        triples(&[
            ("about the vote", "Jo Kim", "Asked"),
            ("it was fair", "Jo Kim", "said"),
        ])
    );
}

#[test]
fn a_pronoun_joined_to_a_phrase_is_part_of_the_source() {
    assert_eq!(
        reported(&["He and Senate Budget Committee Chairman Al Park said the bill would pass."]),
        triples(&[(
            "the bill would pass",
            "He and Senate Budget Committee Chairman Al Park",
            "said"
        )])
    );
}

#[test]
fn a_tie_to_a_bare_plural_is_part_of_the_source() {
    assert_eq!(
        reported(&["Several aides privy to negotiations say the deal is near."]),
        triples(&[(
            "the deal is near",
            "Several aides privy to negotiations",
            "say"
        )])
    );
}

#[test]
fn all_or_both_before_a_determiner_is_part_of_the_source() {
    assert_eq!(
        reported(&[
            "All three candidates said the attacks were vile.",
            "Both the mayor and her staff insisted the plan would work."
        ]),
        triples(&[
            ("the attacks were vile", "All three candidates", "said"),
            (
                "the plan would work",
                "Both the mayor and her staff",
                "insisted"
            )
        ])
    );
}

#[test]
fn a_share_with_a_ratio_and_a_modifier_is_one_source() {
    // "in" of "4 in 10" and "about" before a number open no modifier: the modifier
    // is "in each county".
    assert_eq!(
        reported(&[
            "Four in 10 Green voters in each county want the levy to pass.",
            "Only about 4 in 10 Green voters in each county want the levy to pass.",
        ]),
        triples(&[
            (
                "the levy to pass",
                "Four in 10 Green voters in each county",
                "want"
            ),
            (
                "the levy to pass",
                "Only about 4 in 10 Green voters in each county",
                "want"
            ),
        ])
    );
}

#[test]
fn a_name_inside_a_participle_modifier_is_no_source() {
    // "Dan Hale" is the object of "block", inside the modifier of "Green activists".
    assert_eq!(
        reported(&[
            "Green activists clamoring to block Dan Hale from the party nomination say they \
             will fight on."
        ]),
        triples(&[(
            "they will fight on",
            "Green activists clamoring to block Dan Hale from the party nomination",
            "say"
        )])
    );
}

#[test]
fn an_irregular_past_verb_ends_the_subject_phrase() {
    assert_eq!(
        reported(&[
            "The mayor met reporters on Monday and said the plan was dead.",
            "The council took a vote and argued that the road must close.",
        ]),
        triples(&[
            ("the plan was dead", "The mayor", "said"),
            ("the road must close", "The council", "argued"),
        ])
    );
}

#[test]
fn a_verb_joined_to_a_relative_clauses_verb_has_the_relative_for_subject() {
    assert_eq!(
        reported(&[
            "Most buyers are retirees, who make up half of the market and say the homes are a safe bet.",
            "The plan came from two unions, which met in May and argued that wages must rise.",
        ]),
        triples(&[
            ("the homes are a safe bet", "who", "say"),
            ("wages must rise", "which", "argued"),
        ])
    );
}

#[test]
fn a_year_after_in_or_from_and_together_stand_between_a_subject_and_its_cue() {
    assert_eq!(
        reported(&[
            "The board met with Senator Ray Cole, who in 2010 said the fund was a waste.",
            "The push came from two large unions, which together vowed to block the bill.",
            "A review panel in 2001 found that the fees were too high.",
            "A survey from 2011 found that the fees were too low.",
        ]),
        triples(&[
            ("the fund was a waste", "who", "said"),
            ("to block the bill", "which", "vowed"),
            ("the fees were too high", "A review panel in 2001", "found"),
            ("the fees were too low", "A survey from 2011", "found"),
        ])
    );
}

#[test]
fn a_source_set_off_by_commas_inside_the_clause_it_reports_is_the_source() {
    let found = reported(&["Mrs. Lane, these people said, would be open to other measures."]);
    let sources = mention_cues(&found);
    assert_eq!(sources, [("these people", "said")]);
    // The comma closing an appositive is missing here; the name still speaks.
    let found = reported(&["Jo Lee, president and chief of the guild said the strike is over."]);
    let sources = mention_cues(&found);
    assert_eq!(sources, [("Jo Lee", "said")]);
}

#[test]
fn modifiers_of_a_subject_after_while_are_kept() {
    assert_eq!(
        reported(&[
            "Officers favored the plan by ten points, while military personnel favored it by a wide margin."
        ]),
        triples(&[
            ("the plan by ten points", "Officers", "favored"),
            ("it by a wide margin", "military personnel", "favored"),
        ])
    );
}

#[test]
fn only_is_an_adverb_before_a_cue_and_part_of_an_opening_phrase() {
    assert_eq!(
        reported(&[
            "At the rally, he only hinted at his rival by mentioning the need for a wall.",
            "Only about 4 in 10 voters in each state want him to win the race.",
        ]),
        triples(&[
            ("the need for a wall", "he", "mentioning"),
            (
                "him to win the race",
                "Only about 4 in 10 voters in each state",
                "want"
            ),
        ])
    );
}

#[test]
fn a_plural_noun_that_looks_like_a_verb_before_an_auxiliary_is_a_noun() {
    let found = reported(&[
        "The early estimates are showing that turnout fell.",
        "The discovery of the old posts has exposed a gap in the checks.",
    ]);
    let sources = mention_cues(&found);
    assert_eq!(sources, [("The early estimates", "showing")]);
}

#[test]
fn quite_and_yet_stand_between_a_subject_and_its_cue() {
    let found = reported(&[
        "Others had left, but the police never quite realized that the men had a plan.",
        "Dozens of delegates, who have not yet announced a choice, will decide the race.",
    ]);
    let sources = mention_cues(&found);
    assert!(sources.contains(&("the police", "realized")), "{found:?}");
    assert!(sources.contains(&("who", "announced")), "{found:?}");
}

#[test]
fn everyone_and_nobody_can_be_a_source() {
    let found = reported(&[
        "The party must make sure everyone knows how the mayor caused this mess.",
        "Almost everyone agrees that the old law was deeply flawed.",
    ]);
    let sources = mention_cues(&found);
    assert!(sources.contains(&("everyone", "knows")), "{found:?}");
    assert!(sources.contains(&("everyone", "agrees")), "{found:?}");
}

#[test]
fn an_ing_form_before_a_role_noun_is_part_of_the_title() {
    assert_direct(
        &["\u{201c}The vote was close,\u{201d} former policy planning director Ann Ruiz wrote to the board."],
        &[(
            "The vote was close,",
            Some("Ann Ruiz"),
            "former policy planning director Ann Ruiz",
            "wrote",
        )],
    );
    assert_eq!(
        mention_cues(&reported(&[
            "Ann Ruiz, the former policy planning director, said the vote was close.",
        ])),
        [("Ann Ruiz", "said")]
    );
}
