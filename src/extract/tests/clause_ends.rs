//! Where a reported clause ends when another clause with its own source follows it:
//! a coordinated clause opening on quantity words, a subject with a verb of its own.

use super::*;

#[test]
fn a_noun_closing_the_sentence_is_no_cue_of_the_clause_before_its_subject() {
    // "support" ends the sentence, but "they" is the subject of "say": the clause
    // before it is no report of a closing "they support".
    assert_eq!(
        reported(&[
            "While many bank watchers expect Mr. Lund to be reappointed, they say he \
             will have to work to keep support."
        ]),
        triples(&[
            ("Mr. Lund to be reappointed", "many bank watchers", "expect"),
            ("he will have to work to keep support", "they", "say"),
        ])
    );
}

#[test]
fn a_clause_ends_before_a_coordinated_clause_whose_source_opens_on_a_quantity() {
    assert_eq!(
        reported(&[
            "Some 75 percent of members said yes, but 55 percent of all voters say she does not."
        ]),
        triples(&[
            ("yes", "Some 75 percent of members", "said"),
            ("she does not", "voters", "say"),
        ])
    );
}

#[test]
fn a_subject_pronoun_joined_to_a_phrase_opens_one_clause_not_two() {
    // "he" can only be a subject: "he and other town leaders" is one subject of
    // "are planning", and the reported clause runs on past "and".
    let found = reported(&[
        "Rabbi Dan Kohl, president of the River Towns Union, said he and other town \
         leaders are planning to skip the speech.",
    ]);
    assert_eq!(
        found.first(),
        Some(&(
            "he and other town leaders are planning to skip the speech".to_string(),
            "Rabbi Dan Kohl".to_string(),
            "said".to_string()
        ))
    );
}

#[test]
fn a_subject_pronoun_joined_to_a_name_with_an_appositive_keeps_the_name() {
    // After a closing parenthesis, which opens no clause, "She and Jo Park" is still
    // the subject; not the appositive's last capitalised words.
    assert_eq!(
        reported(&[
            "Some were freed. (About 40 fall under that rule.) She and Jo Park, a \
             Cold-War Treasury official, outlined a plan to review the cases."
        ]),
        triples(&[("a plan to review the cases", "She and Jo Park", "outlined")])
    );
}

#[test]
fn a_clause_ends_before_a_second_cue_verb_of_its_subject() {
    assert_eq!(
        reported(&[
            "Mayor Lena Hull said the budget is sound and added that taxes will fall.",
            "Tom Varga said he welcomed the audit but told reporters that it came too late.",
        ]),
        triples(&[
            ("the budget is sound", "Mayor Lena Hull", "said"),
            ("taxes will fall", "Mayor Lena Hull", "added"),
            ("he welcomed the audit", "Tom Varga", "said"),
            ("the audit", "he", "welcomed"),
            ("it came too late", "Tom Varga", "told"),
        ])
    );
}

#[test]
fn a_verb_that_does_not_agree_with_the_cue_stays_in_its_clause() {
    // "tell" cannot be a second verb of "Kasich says": it is the reported clause's own.
    let found = reported(&["Ann Kasich says he would sit the envoy down and tell him to stop."]);
    assert_eq!(
        found.first(),
        Some(&(
            "he would sit the envoy down and tell him to stop".to_string(),
            "Ann Kasich".to_string(),
            "says".to_string()
        ))
    );
}

#[test]
fn the_object_of_called_on_is_no_circumstance_of_saying() {
    assert_eq!(
        reported(&["Governor Ames called on the council to act and said roads cannot wait."]),
        triples(&[
            ("on the council to act", "Governor Ames", "called"),
            ("roads cannot wait", "Governor Ames", "said"),
        ])
    );
}

#[test]
fn a_that_clause_ends_before_a_participle_of_saying_of_its_subject() {
    assert_eq!(
        reported(&[
            "Mayor Ruth Penn said that the levy failed, adding that the council will try again."
        ]),
        triples(&[
            ("the levy failed", "Mayor Ruth Penn", "said"),
            ("the council will try again", "Mayor Ruth Penn", "adding"),
        ])
    );
}

#[test]
fn a_clause_cut_before_a_later_clause_drops_its_trailing_dash() {
    // Any dash ("--", "―") before the cut goes with the comma, not into the clause.
    let found =
        reported(&["Mayor Ann Hull said the budget is sound -- and added that taxes will fall."]);
    assert_eq!(found[0].0, "the budget is sound");
}

#[test]
fn a_cue_inside_a_modifier_of_the_subject_ends_at_the_main_cue() {
    let found = reported(&[
        "One aide, who spoke on condition of anonymity to discuss the talks, said the deal was close.",
        "Farmers, Ana Ruiz notes, want the new dam built soon.",
    ]);
    let clauses = clause_cues(&found);
    assert!(clauses.contains(&("the talks", "discuss")), "{found:?}");
    assert!(
        clauses.contains(&("the deal was close", "said")),
        "{found:?}"
    );
    assert!(
        clauses
            .iter()
            .any(|(q, c)| *c == "notes" && q.contains("want the new dam")),
        "{found:?}"
    );
}
