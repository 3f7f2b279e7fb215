//! Partial quotes inside the writer's own clause, with no verb of saying, or inside a
//! clause that a verb of saying reports.

use super::*;

#[test]
fn a_quote_in_a_clause_without_a_cue_goes_to_its_subject() {
    assert_direct(
        &["Coach Ana Okafor urged the players to \u{201c}keep the ball moving until the final whistle.\u{201d}"],
        &[(
            "keep the ball moving until the final whistle.",
            Some("Ana Okafor"),
            "Coach Ana Okafor",
            "urged",
        )],
    );
    // Handed to no quote after it: the next one opens its sentence without a cue.
    assert_direct(
        &[
            "On Friday, she also seeks \u{201c}a full review of the contract and its costs\u{201d} from the board.",
            "\u{201c}Nobody has answered the letters we sent last year.\u{201d}",
        ],
        &[
            (
                "a full review of the contract and its costs",
                None,
                "she",
                "seeks",
            ),
            ("Nobody has answered the letters we sent last year.", None, "", ""),
        ],
    );
    // The subject may follow opening phrases and an appositive.
    assert_direct(
        &["Last spring, during a visit to the port, Mayor Ana Ruiz, a former engineer, expressed \u{201c}deep concern about the state of the docks.\u{201d}"],
        &[(
            "deep concern about the state of the docks.",
            Some("Ana Ruiz"),
            "Mayor Ana Ruiz",
            "expressed",
        )],
    );
}

#[test]
fn a_cue_closing_the_sentence_covers_every_quote_before_it() {
    assert_direct(
        &["Sales were \u{201c}flat for a whole month\u{201d} as buyers waited for \u{201c}a much clearer signal,\u{201d} the store manager said."],
        &[
            ("flat for a whole month", Some("the store manager"), "the store manager", "said"),
            ("a much clearer signal,", Some("the store manager"), "the store manager", "said"),
        ],
    );
    assert_direct(
        &["Sales were \u{201c}flat for a whole month\u{201d} as buyers waited, the store manager said."],
        &[("flat for a whole month", Some("the store manager"), "the store manager", "said")],
    );
}

#[test]
fn an_inverted_source_keeps_the_one_it_serves() {
    let got = direct(&[
        "Mayor Ana Ruiz opened the bridge.",
        "\u{201c}It took six years of work,\u{201d} said one longtime adviser to Mayor Ruiz.",
    ]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, "one longtime adviser to Mayor Ruiz");
    assert_ne!(got[0].1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn according_to_before_the_cue_credits_the_report() {
    assert_direct(
        &["According to the Harbor Gazette, the mayor said the repairs were \u{201c}far behind schedule and over budget.\u{201d}"],
        &[(
            "far behind schedule and over budget.",
            Some("Harbor Gazette"),
            "the Harbor Gazette",
            "According to",
        )],
    );
}

#[test]
fn a_word_that_only_looks_like_a_verb_is_no_cue() {
    // "as" ends like a verb but is none: the quote is what Holt called Ruiz, never
    // something Ruiz said.
    let got = direct(&[
        "In recent weeks, Senator Dana Holt has gone after Kim Ruiz as a \u{201c}walking disaster for the county\u{201d} and worse.",
    ]);
    assert_eq!(got.len(), 1, "{got:?}");
    let (_, speaker, mention, cue) = &got[0];
    assert_ne!(speaker.as_deref(), Some("Kim Ruiz"), "{got:?}");
    assert_ne!(mention, "Kim Ruiz", "{got:?}");
    assert_ne!(cue, "as", "{got:?}");
}

#[test]
fn a_straight_mark_before_an_attribution_closes_a_curly_quote() {
    // The quote opens on a curly mark, closes on a straight one, and its second half
    // ends on a curly mark again: the attribution between them is not quoted.
    let got = direct(&[
        "Mayor Ana Ruiz praised the crews. \u{201c}We will fix the roads,\" Ruiz said on Monday. \"Then we will fix the schools.\u{201d}",
    ]);
    assert_eq!(got[0].0, "We will fix the roads,", "{got:?}");
    assert_eq!(got[0].3, "said", "{got:?}");
    assert!(got.iter().all(|q| !q.0.contains("Ruiz said")), "{got:?}");
}

#[test]
fn a_clause_with_a_partial_quote_before_a_named_source_is_reported_whole() {
    assert_eq!(
        reported(&[
            "Prices rose and the winter was \"a disaster for every family here,\" Vance said."
        ]),
        triples(&[(
            "Prices rose and the winter was \"a disaster for every family here,\"",
            "Vance",
            "said"
        )])
    );
}

#[test]
fn a_verb_joined_to_a_reported_clause_yields_to_the_clause_cue() {
    assert_direct(
        &[
            "Vole says he would sit the board down and tell them \u{201c}no more \
           delays\u{201d} at the next meeting.",
        ],
        &[("no more delays", Some("Vole"), "Vole", "says")],
    );
    // Two verbs of the same subject keep their own cues.
    assert_direct(
        &[
            "Vole praised the board and told them \u{201c}no more delays\u{201d} at the \
           next meeting.",
        ],
        &[("no more delays", Some("Vole"), "Vole", "told")],
    );
}
