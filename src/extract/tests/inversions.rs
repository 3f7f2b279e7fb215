//! Verbs written before their source right after a quote: "“...,” exhorted the host",
//! including verbs that are never inverted elsewhere and past forms the cue lexicon
//! does not hold.

use super::*;

#[test]
fn a_verb_right_after_a_quote_ending_on_a_comma_is_inverted_before_its_source() {
    assert_direct(
        &[
            "\u{201c}It is time for a change,\u{201d} exhorted the host, Ann Lee.",
            "\u{201c}Nobody thought it would work,\u{201d} remembered Roy Vance, the \
             former spokesman.",
            "\u{201c}Not one more dollar,\u{201d} harrumphed the treasurer.",
        ],
        &[
            (
                "It is time for a change,",
                Some("the host"),
                "the host",
                "exhorted",
            ),
            (
                "Nobody thought it would work,",
                Some("Roy Vance"),
                "Roy Vance",
                "remembered",
            ),
            (
                "Not one more dollar,",
                Some("the treasurer"),
                "the treasurer",
                "harrumphed",
            ),
        ],
    );
}

#[test]
fn a_verb_after_a_quote_with_more_of_its_clause_is_no_inverted_cue() {
    // "worried the board for weeks": the phrase does not end the sentence.
    assert_direct(
        &[
            "\u{201c}We will not pay for this,\u{201d} worried the board for weeks after \
           the vote.",
        ],
        &[("We will not pay for this,", None, "", "")],
    );
}
