//! Verbs of saying right after a quote, before their source ("“...,” exhorted the
//! host", "“...!” beamed Lee") or after it, closing the sentence ("“...,” an angry Lee
//! retaliated"), including verbs that are never inverted elsewhere and past forms the
//! cue lexicon does not hold.

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
                Some("Ann Lee"),
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

#[test]
fn a_verb_after_an_exclamation_or_question_mark_is_inverted_too() {
    assert_direct(
        &[
            "\u{201c}This is fantastic!\u{201d} beamed Dora Hale of Mobile, who had come \
           early.",
        ],
        &[(
            "This is fantastic!",
            Some("Dora Hale"),
            "Dora Hale of Mobile",
            "beamed",
        )],
    );
}

#[test]
fn a_past_form_closing_the_sentence_after_a_phrase_is_a_cue() {
    // "retaliated" is no verb of the lexicon; after the quote's comma and a phrase, it
    // closes the sentence as a cue would.
    assert_direct(
        &[
            "Mayor Ana Ortiz spoke last.",
            "\u{201c}The city will always be the city,\u{201d} an angry Ortiz retaliated.",
        ],
        &[(
            "The city will always be the city,",
            Some("Ana Ortiz"),
            "an angry Ortiz",
            "retaliated",
        )],
    );
}

#[test]
fn a_participle_after_a_quote_is_not_inverted() {
    let got = direct(&[
        "Tom Lee has delivered a defense of \u{201c}Ohio family values,\u{201d} saying the \
         state embodied the \u{201c}heart and soul of America.\u{201d}",
    ]);
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|q| q.2 == "Tom Lee"), "{got:?}");
}

#[test]
fn a_participle_after_a_comma_does_not_invert_a_clause() {
    assert_eq!(
        reported(&[
            "But Sen. Ann Durbin (D-Ill.), noting the size of Lee\u{2019}s following, said the \
             list was huge."
        ]),
        triples(&[("the list was huge", "Sen. Ann Durbin (D-Ill.)", "said")])
    );
}

#[test]
fn an_owner_opens_the_source_after_an_inverted_cue() {
    assert_direct(
        &[
            "\u{201c}It is about time,\u{201d} said Lee\u{2019}s introducer, the actress Jo Curtis.",
            "\u{201c}We will be back,\u{201d} beamed the mayor\u{2019}s spokesman.",
        ],
        &[
            (
                "It is about time,",
                Some("Jo Curtis"),
                "Lee\u{2019}s introducer",
                "said",
            ),
            (
                "We will be back,",
                Some("the mayor\u{2019}s spokesman"),
                "the mayor\u{2019}s spokesman",
                "beamed",
            ),
        ],
    );
}

#[test]
fn a_past_form_closing_the_sentence_after_a_question_is_its_cue() {
    assert_direct(
        &["\u{201c}Would it be negotiable?\u{201d} Hannity pressed. \u{201c}Maybe not.\u{201d}"],
        &[
            (
                "Would it be negotiable?",
                Some("Hannity"),
                "Hannity",
                "pressed",
            ),
            ("Maybe not.", Some("Hannity"), "Hannity", "pressed"),
        ],
    );
}

#[test]
fn common_nouns_after_a_name_run_on_to_a_relative_after_an_inverted_cue() {
    let got = direct(&[
        "\u{201c}There is little anyone can do,\u{201d} said a former U.S. \
                        law enforcement official who oversaw such cases.",
    ]);
    let mentions: Vec<&str> = got.iter().map(|q| q.2.as_str()).collect();
    assert_eq!(
        mentions,
        ["a former U.S. law enforcement official who oversaw such cases"]
    );
}

#[test]
fn a_date_before_a_role_noun_is_part_of_the_source() {
    assert_direct(
        &[
            "\u{201c}They are wrong,\u{201d} said 9/11 widow Terry Strada.",
            "Many 9/11 families say \u{201c}the law is wrong.\u{201d}",
        ],
        &[
            (
                "They are wrong,",
                Some("Terry Strada"),
                "9/11 widow Terry Strada",
                "said",
            ),
            (
                "the law is wrong.",
                Some("many 9/11 families"),
                "Many 9/11 families",
                "say",
            ),
        ],
    );
}
