//! A quote with no cue of its own after a sentence that reports speech takes that
//! sentence's speaker: which of the sentence's attributions hands it on.

use super::*;

/// The (mention, cue) of each direct quote.
fn mention_cue(paragraphs: &[&str]) -> Vec<(String, String)> {
    direct(paragraphs)
        .into_iter()
        .map(|(_, _, mention, cue)| (mention, cue))
        .collect()
}

#[test]
fn a_verb_of_saying_hands_on_before_a_noun_of_saying_in_its_sentence() {
    let got = mention_cue(&[
        "Mayor Ann Kim spoke at the forum.",
        "In response to Tom Lee\u{2019}s charge that she had been weak on crime, she said the city had hired more officers. \u{201c}We have done an incredible job.\u{201d}",
    ]);
    assert_eq!(got, [("she".to_string(), "said".to_string())]);
}

#[test]
fn going_on_to_say_more_hands_on_as_adding_does() {
    let got = mention_cue(&[
        "Senator Ann Ruiz spoke to students on Monday.",
        "\u{201c}We are not looking at the polls,\u{201d} Ruiz said, going on to contrast the two plans. \u{201c}So look at the issues.\u{201d}",
    ]);
    assert_eq!(
        got,
        [
            ("Ruiz".to_string(), "said".to_string()),
            ("Ruiz".to_string(), "going on".to_string()),
        ]
    );
}
