//! Participle cues written right after the object of a preposition: the object is the
//! participle's subject ("a group backing Lee"), unless the object belongs to the
//! clause's subject ("her speech defending ..."); so is a noun right before one ("a
//! banner reading"), unless it is the subject's own message ("issued a statement
//! saying").

use super::*;

#[test]
fn the_object_of_a_preposition_speaks_for_a_participle_right_after_it() {
    assert_eq!(
        reported(&[
            "Last spring the Harlow family gave $2 million to a group backing the governor.",
            "The radio spots were paid for by two unions supporting Mayor Tess Arden.",
            "Donors poured millions into groups opposing the dam.",
        ]),
        triples(&[
            ("the governor", "a group", "backing"),
            ("Mayor Tess Arden", "two unions", "supporting"),
            ("the dam", "groups", "opposing"),
        ])
    );
    // A gerund's subject after "about" or "over": "a talk about the bishop calling ...".
    assert_eq!(
        mention_cues(&reported(&[
            "Dr. Ann Vole will be interviewed about the bishop calling the holiday a sham.",
            "The feud over the mayor saying the levy was dead went on.",
        ])),
        [("the bishop", "calling"), ("the mayor", "saying")]
    );
}

#[test]
fn an_owned_object_before_a_participle_leaves_the_clause_subject_speaking() {
    // "her speech" is no speaker of its own: the senator defends the plan.
    assert_eq!(
        reported(&["Senator Ada Pike won applause for her speech defending the plan."]),
        triples(&[("the plan", "Senator Ada Pike", "defending")])
    );
}

#[test]
fn a_subject_with_an_attachment_before_a_participle_cue_is_taken_whole() {
    let found = reported(&[
        "The latest batch of audits alleging waste at the port may be harder to answer.",
    ]);
    let sources = mention_cues(&found);
    assert_eq!(sources, [("The latest batch of audits", "alleging")]);
}

#[test]
fn a_participle_after_an_opening_conjunction_speaks_for_the_main_clause_subject() {
    assert_eq!(
        reported(&[
            "After praising the new budget, the mayor left for the airport.",
            "Two weeks after endorsing the plan, Rosa Vance still thinks that it is too costly.",
            "The bank kept her file open, and until learning the truth, she paid every bill.",
        ]),
        triples(&[
            ("the new budget", "the mayor", "praising"),
            ("the plan", "Rosa Vance", "endorsing"),
            ("it is too costly", "Rosa Vance", "thinks"),
            ("the truth", "she", "learning"),
        ])
    );
}

#[test]
fn a_quote_inside_an_opening_participle_clause_is_the_main_subjects() {
    assert_direct(
        &[
            "Judge Nora Kell spoke first.",
            "After saying that the new ruling was \"long overdue and fair,\" Kell left the room.",
        ],
        &[(
            "long overdue and fair,",
            Some("Nora Kell"),
            "Kell",
            "saying",
        )],
    );
}

#[test]
fn a_subject_in_a_list_after_a_participle_does_not_end_its_clause() {
    let found = reported(&[
        "(Additional reporting by Tom Reyes, Ana Ortiz and Li Wei in Lima; Editing by Sam Cole.)",
        "Frankly I've heard from a number of nurses, Canadian-Americans, Irish-Americans, all worried about the plan.",
    ]);
    assert!(
        found
            .iter()
            .all(|(q, _, _)| !q.ends_with("by Tom Reyes") && !q.ends_with("nurses")),
        "{found:?}"
    );
}

#[test]
fn a_participle_inside_a_relative_clause_is_the_relatives() {
    let found =
        reported(&["The mayor met the new chief, who began his remarks by praising the officers."]);
    let sources: Vec<_> = found
        .iter()
        .map(|(q, m, c)| (q.as_str(), m.as_str(), c.as_str()))
        .collect();
    assert_eq!(sources, [("the officers", "who", "praising")]);
}

#[test]
fn a_noun_right_before_a_participle_cue_is_its_subject() {
    let found = reported(&[
        "The twins wore a campaign hat reading \"Vote for the bridge\" at the fair.",
        "The two rivals traded barbs, both men insisting that the race was close.",
        "Local groups backing the dam have spent $40,000 on radio spots.",
        "Ann Vole held up a sign saying \"Nurses for the bridge\" at the rally.",
    ]);
    assert_eq!(
        mention_cues(&found),
        [
            ("a campaign hat", "reading"),
            ("both men", "insisting"),
            ("Local groups", "backing"),
            ("a sign", "saying")
        ]
    );
}

#[test]
fn a_message_or_an_addressee_before_a_participle_cue_leaves_the_subject_speaking() {
    let found = reported(&[
        "The union issued a statement saying that the strike would go on.",
        "The governor emailed donors asking for more money.",
    ]);
    let sources: Vec<_> = mention_cues(&found)
        .into_iter()
        .filter(|(_, cue)| cue.ends_with("ing"))
        .collect();
    assert_eq!(
        sources,
        [("The union", "saying"), ("The governor", "asking")]
    );
}

#[test]
fn two_phrases_after_with_speak_for_a_participle() {
    let got = reported(&[
        "Kim won the county, with Ohio Radio and the Ledger calling the race for her early.",
        "Lee is hurting, with a large and growing majority of voters saying he lied.",
    ]);
    assert_eq!(
        mention_cues(&got),
        [
            ("Ohio Radio and the Ledger", "calling"),
            ("a large and growing majority of voters", "saying"),
        ],
        "{got:?}"
    );
}

#[test]
fn those_before_a_participle_or_a_preposition_stands_for_people() {
    let got = reported(&[
        "Lee leads by 21 points among those describing themselves as conservative.",
        "Those close to him say he is leaving the race.",
        "Those services are available to all candidates.",
    ]);
    assert_eq!(
        mention_cues(&got),
        [("those", "describing"), ("Those close to him", "say")],
        "{got:?}"
    );
}

#[test]
fn a_bare_noun_after_and_joins_the_phrase_after_with() {
    assert_direct(
        &[
            "Lima was in their thoughts, with many marchers and spectators chanting \
           \u{201c}We are Lima\u{201d} on the way.",
        ],
        &[(
            "We are Lima",
            Some("many marchers and spectators"),
            "many marchers and spectators",
            "chanting",
        )],
    );
}

#[test]
fn an_adverb_before_the_participle_after_with_is_skipped() {
    assert_direct(
        &[
            "Some of his fans shoved a heckler, with Vole reportedly yelling: \u{201c}Get \
           him out of here!\u{201d}",
        ],
        &[("Get him out of here!", Some("Vole"), "Vole", "yelling")],
    );
}
