//! Unnamed sources: listed once whatever their place in the sentence, and flagged
//! anonymous ("analysts", "some", "a senior official").

use super::*;

/// (speaker, anonymous) of each attribution, in text order.
fn sources(paragraphs: &[&str]) -> Vec<(Option<String>, bool)> {
    let (text, spans) = article(paragraphs);
    extract(&text, &spans)
        .into_iter()
        .map(|a| (a.speaker, a.anonymous))
        .collect()
}

fn unnamed(speaker: &str) -> (Option<String>, bool) {
    (Some(speaker.to_string()), true)
}

#[test]
fn a_common_noun_opening_a_sentence_is_listed_in_lower_case() {
    // The same source as in mid-sentence: "Critics" and "critics" are one speaker.
    assert_eq!(
        sources(&[
            "Critics said the bridge was \u{201c}a folly.\u{201d}",
            "Some economists said the toll was \u{201c}too high.\u{201d}",
            "The bridge, critics said, was \u{201c}never needed.\u{201d}",
        ]),
        vec![
            unnamed("critics"),
            unnamed("some economists"),
            unnamed("critics")
        ]
    );
}

#[test]
fn a_name_opening_a_sentence_keeps_its_capitals() {
    assert_eq!(
        sources(&["Port Commission officials said the pier was \u{201c}safe.\u{201d}"]),
        vec![unnamed("Port Commission officials")]
    );
    assert_eq!(
        sources(&["Okafor said the pier was \u{201c}safe.\u{201d}"]),
        vec![(Some("Okafor".to_string()), false)]
    );
}

#[test]
fn a_quantifier_alone_is_an_unnamed_source_but_both_is_not() {
    assert_eq!(
        sources(&[
            "Residents gathered at the pier. \u{201c}It is safe,\u{201d} said one.",
            "Some said the pier was \u{201c}a relic.\u{201d}",
        ]),
        vec![unnamed("one"), unnamed("some")]
    );
    let both = sources(&[
        "Dara Okafor met Lena Brandt at the pier.",
        "Both said the pier was \u{201c}a relic.\u{201d}",
    ]);
    assert_eq!(both.len(), 1);
    assert!(!both[0].1, "{both:?}");
}

#[test]
fn market_people_are_unnamed_sources() {
    assert_eq!(
        sources(&[
            "Dealers said the yen was \u{201c}well supported.\u{201d}",
            "\u{201c}It is quiet,\u{201d} said one trader.",
        ]),
        vec![unnamed("dealers"), unnamed("one trader")]
    );
}

#[test]
fn a_name_ends_before_a_joining_word_that_joins_nothing() {
    // "the Vienna Group of Ten meeting" names no one called "of": "he" is Ivo Marek.
    let (text, spans) = article(&[
        "The plan threatened the policy of Ivo Marek, stated at the end of the Vienna Group of Ten meeting last month, that he wanted a stable krona.",
    ]);
    let he = extract(&text, &spans)
        .into_iter()
        .find(|a| a.mention == "he")
        .expect("the clause of he");
    assert_eq!(he.speaker.as_deref(), Some("Ivo Marek"));
}

#[test]
fn an_inverted_source_keeps_its_noun_and_its_knowledge() {
    assert_direct(
        &[
            "\u{201c}The choice is hard,\u{201d} said one person with knowledge of the plans.",
            "\u{201c}The vote is void,\u{201d} wrote one commenter.",
        ],
        &[
            (
                "The choice is hard,",
                Some("one person with knowledge of the plans"),
                "one person with knowledge of the plans",
                "said",
            ),
            (
                "The vote is void,",
                Some("one commenter"),
                "one commenter",
                "wrote",
            ),
        ],
    );
}
