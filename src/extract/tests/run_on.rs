//! Reported clauses that would run on into another attribution of their sentence.

use super::*;

#[test]
fn a_clause_ends_before_according_to_and_its_source() {
    assert_eq!(
        reported(&["The union said the mill will shut in March, according to two foremen."]),
        triples(&[
            (
                "The union said the mill will shut in March",
                "two foremen",
                "according to"
            ),
            ("the mill will shut in March", "The union", "said"),
        ])
    );
}

#[test]
fn a_fronted_subordinate_clause_ends_at_its_comma() {
    assert_eq!(
        reported(&["While Tom Reyes praised the harbor plan, the council members said it would cost too much."]),
        triples(&[
            ("the harbor plan", "Tom Reyes", "praised"),
            ("it would cost too much", "the council members", "said"),
        ])
    );
}

#[test]
fn a_relative_clause_with_its_own_source_stays_inside_the_clause() {
    let found =
        reported(&["Ms. Dunn said that the levy, which the mayor said was costly, would pass."]);
    assert!(
        found.contains(&(
            "the levy, which the mayor said was costly, would pass".to_string(),
            "Ms. Dunn".to_string(),
            "said".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_fronted_clause_may_open_on_a_conjunction_a_few_words_in() {
    assert_eq!(
        reported(&[
            "Not long after Kim tweeted the odd slogan, Lee asked the mayor about the fuss."
        ]),
        triples(&[
            ("the odd slogan", "Kim", "tweeted"),
            ("about the fuss", "Lee", "asked"),
        ])
    );
}

#[test]
fn a_frame_before_a_quoted_sentence_is_no_part_of_what_was_said() {
    // The words before the source are the writer's; the quote is the whole statement,
    // a direct quote and no reported clause spanning the sentence.
    for text in [
        "In a statement on Friday, the mayor’s spokesman said, “We will appeal the ruling.”",
        "Holding up the old ledger, Ms. Okafor said, “Nobody here kept any records of it.”",
    ] {
        assert_eq!(reported(&[text]), triples(&[]), "{text}");
    }
    // A clause begun before the source and finished in the quote is still one clause.
    assert_eq!(
        reported(&["The new levy, she said, “would ruin every farmer in the valley.”"]),
        triples(&[(
            "The new levy, she said, “would ruin every farmer in the valley.”",
            "she",
            "said"
        )])
    );
}

#[test]
fn a_quoted_statement_ends_the_clause_before_its_source() {
    assert_eq!(
        reported(&["After Tom Reyes criticized the harbor plan at the hearing, Lee shot back, “It was his plan first.”"]),
        triples(&[("the harbor plan at the hearing", "Tom Reyes", "criticized")])
    );
}

#[test]
fn a_clause_in_a_fronted_prepositional_phrase_ends_at_its_comma() {
    assert_eq!(
        reported(&[
            "Like other club owners who foresee an upside in the change, Mr. Ames said he was building a clubhouse."
        ]),
        triples(&[
            ("an upside in the change", "who", "foresee"),
            ("he was building a clubhouse", "Mr. Ames", "said"),
        ])
    );
    assert_eq!(
        reported(&[
            "In a long debate, while most of his rivals called for a bigger effort, Lee said the plan would work."
        ]),
        triples(&[
            ("for a bigger effort", "most of his rivals", "called"),
            ("the plan would work", "Lee", "said"),
        ])
    );
}

#[test]
fn a_clause_ends_before_a_subordinate_clause_with_its_own_source_and_verb_of_saying() {
    assert_eq!(
        reported(&[
            "Lee weighed in with her support on Tuesday, after Kim said he was encouraged by the plan.",
            "The mayor praised the new budget when she told reporters it would cut taxes.",
        ]),
        triples(&[
            ("with her support on Tuesday", "Lee", "weighed in"),
            ("he was encouraged by the plan", "Kim", "said"),
            ("the new budget", "The mayor", "praised"),
            ("it would cut taxes", "she", "told"),
        ])
    );
    // "as many as": no conjunction.
    let found = reported(&["Polls show as many as ten percent of voters say they will stay home."]);
    assert!(
        found.contains(&(
            "as many as ten percent of voters say they will stay home".to_string(),
            "Polls".to_string(),
            "show".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_relative_after_the_subject_ends_before_the_main_clause_cue() {
    assert_eq!(
        reported(&[
            "Ms. Lund, who told reporters the vote was rigged, has denied that the count was late.",
            "Mr. Ito, who says Lee is wrong about the levy, also said the town would appeal.",
        ]),
        triples(&[
            ("the vote was rigged", "who", "told"),
            ("the count was late", "Ms. Lund", "denied"),
            ("Lee is wrong about the levy", "who", "says"),
            ("the town would appeal", "Mr. Ito", "said"),
        ])
    );
    // With no cue of its own, the main clause is no part of the relative's clause.
    assert_eq!(
        reported(&["Park, who opposes the tax, vetoed the bill."]),
        triples(&[("the tax", "who", "opposes")])
    );
}

#[test]
fn a_fronted_clause_may_follow_a_coordinating_comma_or_a_sentence_adverb() {
    let found = reported(&[
        "The crowd booed, and when Lee said it was great to be home, a man yelled that she should leave.",
        "Oddly, after the agency asked Ms. Moss to search her files, Mr. Hall said a file had gone missing.",
    ]);
    for want in [
        ("it was great to be home", "Lee", "said"),
        ("she should leave", "a man", "yelled"),
        ("to search her files", "the agency", "asked"),
        ("a file had gone missing", "Mr. Hall", "said"),
    ] {
        assert!(
            found.contains(&triples(&[want])[0]),
            "{want:?} in {found:?}"
        );
    }
}

#[test]
fn a_clause_ends_before_an_absolute_phrase_on_with_that_has_its_own_source() {
    assert_eq!(
        reported(&[
            "The race appears closer in Maine, with two new polls showing that Kim has a small lead.",
            "Voters view Lee as far more ready for the job - with most saying she is ready.",
        ]),
        triples(&[
            ("closer in Maine", "The race", "appears"),
            ("Kim has a small lead", "two new polls", "showing"),
            ("Lee as far more ready for the job", "Voters", "view"),
            ("she is ready", "most", "saying"),
        ])
    );
    // "with" and a noun the verb's object, no absolute phrase.
    let found =
        reported(&["The paper responded late Friday with a note saying the story was wrong."]);
    assert!(
        found.contains(&(
            "late Friday with a note saying the story was wrong".to_string(),
            "The paper".to_string(),
            "responded".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_clause_without_a_verb_of_saying_ends_before_a_subordinate_clause_with_its_own_cue() {
    assert_eq!(
        reported(&[
            "The farmers never trusted the mayor because he favors the new levy.",
            "Ms. Vance backed the bill as several aides suggested the vote was close.",
        ]),
        triples(&[
            ("the mayor", "The farmers", "trusted"),
            ("the new levy", "he", "favors"),
            ("the bill", "Ms. Vance", "backed"),
            ("the vote was close", "several aides", "suggested"),
        ])
    );
    // After a verb of saying the reason may be part of what was said.
    let found = reported(&["Ms. Dunn said the plan failed because the mayor wanted it to fail."]);
    assert!(
        found.contains(&(
            "the plan failed because the mayor wanted it to fail".to_string(),
            "Ms. Dunn".to_string(),
            "said".to_string()
        )),
        "{found:?}"
    );
    // "as many as": a comparison, no conjunction.
    let found =
        reported(&["The poll found that twice as many voters backed Kim as said they liked Lee."]);
    assert!(
        found
            .iter()
            .any(|(content, source, _)| source == "The poll" && content.ends_with("liked Lee")),
        "{found:?}"
    );
}

#[test]
fn a_clause_ends_before_a_bracket_with_its_own_source_and_cue() {
    assert_eq!(
        reported(&["The farmers support the new levy (the mayor says it is far too high)."]),
        triples(&[
            ("the new levy", "The farmers", "support"),
            ("it is far too high", "the mayor", "says"),
        ])
    );
}

#[test]
fn a_clause_ends_before_a_colon_that_opens_a_sentence_with_its_own_source_and_cue() {
    assert_eq!(
        reported(&[
            "Early polls show a close race in the county: A new poll found that Kim leads by ten points."
        ]),
        triples(&[
            ("a close race in the county", "Early polls", "show"),
            ("Kim leads by ten points", "A new poll", "found"),
        ])
    );
    // In lower case the words after the colon go on with the clause.
    let found = reported(&["Ms. Dunn said the lesson was clear: voters want a change."]);
    assert!(
        found.contains(&(
            "the lesson was clear: voters want a change".to_string(),
            "Ms. Dunn".to_string(),
            "said".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_clause_ends_before_a_relative_clause_with_its_own_source_at_its_end() {
    assert_eq!(
        reported(&["Lund criticized the new levy, which an audit said was badly designed."]),
        triples(&[
            ("the new levy", "Lund", "criticized"),
            ("was badly designed", "an audit", "said"),
        ])
    );
    assert_eq!(
        reported(&[
            "Seventy percent of members said they liked Varga, compared with 40 percent \
             who said the same of Lund."
        ]),
        triples(&[
            ("they liked Varga", "Seventy percent of members", "said"),
            ("the same of Lund", "who", "said"),
        ])
    );
    // A restrictive relative on what was dismissed belongs to the clause.
    assert_eq!(
        reported(&["Teske dismissed critics who called the plan a sham."]),
        triples(&[
            ("critics who called the plan a sham", "Teske", "dismissed"),
            ("the plan a sham", "who", "called"),
        ])
    );
}

#[test]
fn a_clause_ends_at_a_colon_before_a_quote_with_its_own_cue() {
    let found = reported(&[
        "In her talk, Vance stressed the need for patience: \"Nothing changes in a week, \
         and nothing changes alone,\" she said.",
        "Ruiz scolded him: \"You have not read the report at all,\" she said.",
        "The mayor quoted the motto: \"Build it and they will come!\" Critics still mock it.",
        "Lee seemed irritated: \"It is a public statement, so just send it,\" she wrote.",
    ]);
    assert_eq!(
        clause_cues(&found),
        [
            ("the need for patience", "stressed"),
            // Not where the clause would keep a word or none.
            (
                "him: \"You have not read the report at all,\" she said",
                "scolded"
            ),
            // Not before a new sentence.
            ("the motto: \"Build it and they will come!\"", "quoted"),
            // Any clause of a verb that is no saying.
            ("irritated", "seemed"),
        ]
    );
}
