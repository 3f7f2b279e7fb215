//! Fixed phrases whose reporting word reports nothing: "in charge of", "for fear of",
//! "run counter to", "general counsel".

use super::*;

/// The (mention, cue) pairs of an article's indirect attributions.
fn sources(paragraphs: &[&str]) -> Vec<(String, String)> {
    reported(paragraphs)
        .into_iter()
        .map(|(_, m, c)| (m, c))
        .collect()
}

#[test]
fn in_charge_of_is_part_of_the_subject() {
    assert_eq!(
        sources(&[
            "The producer in charge of the program said the host was new.",
            "The plan would put the mayor in charge of the budget.",
        ]),
        vec![(
            "The producer in charge of the program".to_string(),
            "said".to_string()
        )]
    );
}

#[test]
fn run_counter_to_and_for_fear_of_are_no_cues() {
    assert!(sources(&[
        "Her positions run counter to the party platform.",
        "The aides left early for fear of the storm.",
    ])
    .is_empty());
}

#[test]
fn a_general_counsel_is_no_cue() {
    assert_eq!(
        sources(&[
            "Jo Park, vice president and assistant general counsel for the firm, said the \
             claims had no merit."
        ]),
        vec![("Jo Park".to_string(), "said".to_string())]
    );
}
