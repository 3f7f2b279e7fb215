//! A quote closed on a full stop, question or exclamation mark, with its cue after it:
//! the cue clause takes the quote when it closes the sentence, with at most an
//! adverbial, an aside, what it was said of or whom it was told to; not when it opens
//! the next quote and a cue before introduces this one.

use super::*;

/// The (mention, cue) of each direct quote of an article that names Ida Marsh and
/// then holds `sentence`.
fn cues_of(sentence: &str) -> Vec<(String, String)> {
    direct(&["Ida Marsh runs the food bank in Akron.", sentence])
        .into_iter()
        .map(|(_, _, mention, cue)| (mention, cue))
        .collect()
}

#[test]
fn a_cue_closing_the_sentence_after_a_closed_quote_takes_it() {
    for (sentence, mention, cue) in [
        (
            "\u{201c}It is over. We lost.\u{201d} Marsh said of the vote.",
            "Marsh",
            "said",
        ),
        (
            "\u{201c}It is over. We lost.\u{201d} Marsh later told reporters after the vote.",
            "Marsh",
            "told",
        ),
        (
            "\u{201c}It is over. We lost.\u{201d} Marsh told The Daily Ledger.",
            "Marsh",
            "told",
        ),
        (
            "\u{201c}It is over. We lost.\u{201d} Marsh said, her voice breaking.",
            "Marsh",
            "said",
        ),
        (
            "\u{201c}It is over. We lost.\u{201d} said Ida Marsh, the director of the bank.",
            "Ida Marsh",
            "said",
        ),
        (
            "\u{201c}It is over. We lost.\u{201d} Marsh said with a laugh.",
            "Marsh",
            "said",
        ),
        (
            "\u{201c}Is it over?\u{201d} Marsh, the director, said Friday.",
            "Marsh",
            "said",
        ),
    ] {
        assert_eq!(
            cues_of(sentence),
            [(mention.to_string(), cue.to_string())],
            "{sentence}"
        );
    }
}

#[test]
fn a_cue_with_a_clause_of_its_own_after_a_closed_quote_does_not_take_it() {
    for sentence in [
        "\u{201c}It is over. We lost.\u{201d} Marsh said, twice, that she would stay.",
        "\u{201c}It is over. We lost.\u{201d} Marsh told reporters that she would stay.",
    ] {
        assert!(
            cues_of(sentence).iter().all(|(_, cue)| cue.is_empty()),
            "{sentence}: {:?}",
            cues_of(sentence)
        );
    }
}

#[test]
fn a_parent_and_the_number_of_children_name_the_person_just_talked_about() {
    assert_direct(
        &[
            "Ida Marsh runs the food bank in Akron.",
            "\u{201c}We need more shelves,\u{201d} the 41-year-old mother of two said.",
        ],
        &[(
            "We need more shelves,",
            Some("Ida Marsh"),
            "the 41-year-old mother of two",
            "said",
        )],
    );
}

#[test]
fn a_cue_after_a_question_that_opens_the_next_quote_is_that_quote_s() {
    assert_eq!(
        cues_of(
            "Marsh wrote, \u{201c}Why close it now?\u{201d} Her deputy wrote back, \
             \u{201c}Because the money ran out.\u{201d}"
        ),
        [
            ("Marsh".to_string(), "wrote".to_string()),
            ("Her deputy".to_string(), "wrote back".to_string()),
        ]
    );
    // With no cue before it, the question is the cue's after it.
    assert_eq!(
        cues_of("\u{201c}Is it over?\u{201d} Marsh asked, \u{201c}or are we done?\u{201d}"),
        [
            ("Marsh".to_string(), "asked".to_string()),
            ("Marsh".to_string(), "asked".to_string()),
        ]
    );
}
