//! Relative clauses and the words around a participle after a comma: "posters that
//! said" speak for the posters, "released a video that said" for whoever released it,
//! and a noun inside an appositive, a list or a "what" clause is no verb whose subject
//! a participle could share.

use super::*;

#[test]
fn a_relative_that_after_a_noun_is_the_source_of_its_verb() {
    let found = reported(&[
        "The clinic hung up posters that said the flu shots were free.",
        "Officials cited a study that suggests the river is cleaner.",
    ]);
    assert_eq!(
        found,
        triples(&[
            ("the flu shots were free", "that", "said"),
            (
                "a study that suggests the river is cleaner",
                "Officials",
                "cited"
            ),
            ("the river is cleaner", "that", "suggests"),
        ])
    );
}

#[test]
fn that_before_a_plural_after_a_verb_is_no_relative() {
    // "that claims" after "said" opens the reported clause; "claims" is its noun.
    assert_eq!(
        reported(&["The mayor said that claims about the budget were false."]),
        triples(&[("claims about the budget were false", "The mayor", "said")])
    );
}

#[test]
fn a_message_speaks_for_whoever_made_it() {
    let found = reported(&[
        "The Ward campaign released a video that said the mayor had failed the city.",
        "She sent an email by her lawyer that said the contract was void.",
        "He released a letter from his doctor Friday afternoon that says he is fit to serve.",
    ]);
    assert_eq!(
        mention_cues(&found),
        [
            ("The Ward campaign", "said"),
            ("She", "said"),
            ("He", "says")
        ]
    );
}

#[test]
fn a_count_in_digits_makes_a_plural_cue_word_a_noun() {
    // "views" after a count is a noun: the quote is the message's, not a view's.
    assert_direct(
        &[
            "The listing, which got more than 185,000 views, was replaced by a message \
           that said, \u{201c}Sorry, the item is gone.\u{201d}",
        ],
        &[(
            "Sorry, the item is gone.",
            Some("a message"),
            "that",
            "said",
        )],
    );
}

#[test]
fn a_participle_after_a_comma_takes_the_main_clause_subject_over_an_inner_noun() {
    let found = reported(&[
        "Dana Cole has voiced frustration, and even a little worry, about the vote, \
         recently telling a friend that she expects a recount.",
        "Mr. Hale endorsed Ms. Ortiz at Seaview, Ms. Ortiz's beach house, calling her \
         a tireless worker.",
        "Former governor Al Brandt, a Hale supporter, praised Ortiz for what she has \
         achieved, calling it a model for the state.",
        "This year, he came to the defense of Tom Reyes, the president of the league, \
         saying Reyes should keep his job.",
    ]);
    let sources = participle_sources(&found);
    assert_eq!(
        sources,
        [
            ("Dana Cole", "telling"),
            ("Mr. Hale", "calling"),
            ("Former governor Al Brandt", "calling"),
            ("he", "saying"),
        ]
    );
}

#[test]
fn a_named_phrase_after_with_speaks_for_a_participle_after_it() {
    let found = reported(&[
        "Ortiz's reply to the ruling angered the state and county boards, with \
         Chairwoman Dee Fox comparing the reply to a tantrum.",
    ]);
    assert_eq!(mention_cues(&found), [("Chairwoman Dee Fox", "comparing")]);
}

#[test]
fn a_span_of_time_ago_is_skipped_before_a_relative_subject() {
    let found = reported(&[
        "The senator met Paul Hale, who just a week ago told reporters he would not run.",
    ]);
    assert_eq!(mention_cues(&found), [("who", "told")]);
}

#[test]
fn a_clause_reported_inside_a_relative_set_off_by_commas_ends_at_the_main_verb() {
    let found = reported(&[
        "Senator Paul Hale, who said he would not run, changed course on Friday.",
        "The union, which endorsed Ortiz in May, has since said it would back Hale.",
    ]);
    assert_eq!(
        found,
        triples(&[
            ("he would not run", "who", "said"),
            ("Ortiz in May", "which", "endorsed"),
            ("it would back Hale", "The union", "said"),
        ])
    );
}

#[test]
fn a_participle_skips_pronouns_prepositions_and_opening_phrases_for_its_subject() {
    let found = reported(&[
        "Mr. Ortiz has built a coalition of farmers and other voters behind him, arguing \
         that he can win the county.",
        "Throughout the spring, Senator Ann Lee, fearing a loss in the fall, kept quiet.",
    ]);
    let sources = participle_sources(&found);
    assert_eq!(
        sources,
        [("Mr. Ortiz", "arguing"), ("Senator Ann Lee", "fearing")]
    );
}

/// (mention, cue) of the attributions whose cue is a participle ("calling").
fn participle_sources(found: &[(String, String, String)]) -> Vec<(&str, &str)> {
    mention_cues(found)
        .into_iter()
        .filter(|(_, c)| c.ends_with("ing"))
        .collect()
}

#[test]
fn a_relative_before_an_aside_is_the_subject_of_the_cue() {
    let got = reported(&[
        "The column was written by Bret Stone, who, after trading insults with Lee over the \
         plan, said on the show that the party had become an echo chamber.",
    ]);
    assert_eq!(mention_cues(&got), [("who", "said")], "{got:?}");
}

#[test]
fn a_relative_clause_inside_a_subject_is_no_subject_and_ends_with_it() {
    assert_eq!(
        reported(&[
            "A woman who has accused the former mayor of fraud said Sunday night that he was \
             trying to date her."
        ]),
        triples(&[
            ("the former mayor of fraud", "who", "accused"),
            (
                "he was trying to date her",
                "A woman who has accused the former mayor of fraud",
                "said",
            ),
        ])
    );
}

#[test]
fn phrases_joined_before_a_relative_clause_share_the_cue_after_it() {
    let got = reported(&[
        "Hawkins and others who want to ban abortion said the ruling will make the choice stark.",
    ]);
    assert!(
        got.contains(&(
            "the ruling will make the choice stark".to_string(),
            "Hawkins and others who want to ban abortion".to_string(),
            "said".to_string(),
        )),
        "{got:?}"
    );
}

#[test]
fn a_relative_inside_an_appositive_without_its_closing_comma_leaves_the_name_the_subject() {
    assert_direct(
        &[
            "\u{201c}The suburbs decide this race,\u{201d} Ann Vole, the analyst who \
           founded pollster.com wrote on Friday. \u{201c}Nobody else does.\u{201d}",
        ],
        &[
            (
                "The suburbs decide this race,",
                Some("Ann Vole"),
                "Ann Vole",
                "wrote",
            ),
            ("Nobody else does.", Some("Ann Vole"), "Ann Vole", "wrote"),
        ],
    );
    let found = reported(&["In Ohio, a banker who founded a bank said the plan would fail."]);
    assert_eq!(
        mention_cues(&found),
        [("a banker who founded a bank", "said")]
    );
}

#[test]
fn a_which_after_a_dash_stands_for_the_phrase_before_it() {
    assert_direct(
        &["At the rally she held up a banner \u{2014} which read \u{201c}Nurses for Vole\u{201d} \u{2014} and waved it."],
        &[("Nurses for Vole", Some("a banner"), "which", "read")],
    );
}
