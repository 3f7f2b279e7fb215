//! Curly quotation marks inside a quote opened with a straight mark: a quotation within
//! the quote, which goes on after it, unless the curly quote is one of its own (right
//! after the straight mark, or after a verb of saying in an excerpt).

use super::*;

#[test]
fn a_quotation_inside_a_straight_quote() {
    assert_direct(
        &[
            "Pollster Ida Grant spoke last.",
            "Grant continued:",
            "\"Here is the question we asked: \u{201c}Do you trust the count?\u{201d} Most said no.",
        ],
        &[(
            "Here is the question we asked: \u{201c}Do you trust the count?\u{201d} Most said no.",
            Some("Ida Grant"),
            "Grant",
            "continued",
        )],
    );
}

#[test]
fn a_quoted_phrase_inside_a_straight_quote_leaves_it_whole() {
    assert_direct(
        &[
            "Council member Ida Grant wrote to the mayor on Friday.",
            "Grant stated:",
            "\"The budget is not about \u{201c}shared sacrifice\u{201d} any more. It is about cuts to the parks.",
            "\"The latest example is the \u{201c}Green Streets\u{201d} plan, which ends in March.\"",
        ],
        &[
            (
                "The budget is not about \u{201c}shared sacrifice\u{201d} any more. It is about cuts to the parks.",
                Some("Ida Grant"),
                "Grant",
                "stated",
            ),
            (
                "The latest example is the \u{201c}Green Streets\u{201d} plan, which ends in March.",
                Some("Ida Grant"),
                "Grant",
                "stated",
            ),
        ],
    );
}

#[test]
fn a_curly_quote_right_after_a_straight_mark_is_the_quote() {
    // The paragraph is wrapped whole in straight marks; the curly quote is the quotation.
    assert_direct(
        &[
            "Ida Grant spoke to reporters.",
            "\"\u{201c}We will not win every county,\u{201d} Grant said before leaving.\"",
        ],
        &[(
            "We will not win every county,",
            Some("Ida Grant"),
            "Grant",
            "said",
        )],
    );
}

#[test]
fn an_excerpt_with_its_own_attributions_keeps_its_inner_quotes() {
    let got = direct(&[
        "Reporter Ida Grant spent a day with the family. Grant reports:",
        "\"At the rally, the crowd began chanting \u{201c}Four more years!\u{201d} as the band played.",
    ]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Four more years!");
    assert_eq!(got[0].3, "chanting");
}
