//! A title or a word quoted inside the writer's phrase ("author of “Old Roads,”", the
//! local “reporter”) neither ends the search for a source nor hides the phrase
//! around it; a title after "on", "in" or a network's name is a programme or a book
//! ("said on NBC’s “Meet the Press.”"), no quote.

use super::*;

#[test]
fn a_title_inside_an_appositive_keeps_the_name_before_it() {
    assert_direct(
        &[
            "As Paul Grant, professor of history at Ohio State and author of ''Forgotten \
           Rivers,'' put it, ''Lawmakers should remember what happened before.''",
        ],
        &[(
            "Lawmakers should remember what happened before.",
            Some("Paul Grant"),
            "Paul Grant",
            "put it",
        )],
    );
    assert_direct(
        &[
            "Baker, star of the drama \"Night Shift,\" thanked the mayor for \"taking these \
           steps to make us safer.\"",
        ],
        &[(
            "taking these steps to make us safer.",
            Some("Baker"),
            "Baker",
            "thanked",
        )],
    );
}

#[test]
fn a_title_after_the_subject_comma_keeps_the_subject() {
    assert_eq!(
        reported(&["The ad, titled \"Leader?\", concludes that the governor cannot be trusted."]),
        triples(&[("the governor cannot be trusted", "The ad", "concludes")])
    );
}

#[test]
fn a_scare_quote_before_the_cue_does_not_end_the_clause() {
    assert_direct(
        &["Kerpen needled the local \"reporter,\" saying, \"A reporter who posts on request!\""],
        &[(
            "A reporter who posts on request!",
            Some("Kerpen"),
            "Kerpen",
            "saying",
        )],
    );
}

#[test]
fn a_quote_after_a_title_in_an_appositive_takes_the_name_before_the_title() {
    // The title ends the quote's own search for a subject before "said"; the clause
    // of "said", read past the title, has the name. The relative after the title is
    // none of the title's source.
    assert_direct(
        &[
            "Sam Ruiz, a contestant on the show, \u{201c}Top Chef,\u{201d} who went on \
           to work for Lee, said his boss was \u{201c}always kind and generous.\u{201d}",
        ],
        &[(
            "always kind and generous.",
            Some("Sam Ruiz"),
            "Sam Ruiz",
            "said",
        )],
    );
}

#[test]
fn a_word_quoted_after_a_cue_keeps_the_speaker_of_the_quote_before() {
    let got = direct(&[
        "\u{201c}I don't know where he stands,\u{201d} said voter Ann Hooton of Derry, N.H., \
         before the event, a \u{201c}No-B.S.\u{201d} barbecue hosted by Sam Brown, the former \
         senator. \u{201c}Some sort of amnesty, I think.\u{201d}",
    ]);
    let mentions: Vec<&str> = got.iter().map(|q| q.2.as_str()).collect();
    assert_eq!(mentions, ["voter Ann Hooton of Derry"; 2]);
}

#[test]
fn a_word_quoted_in_passing_hands_on_the_cue_of_the_quote_before() {
    let got = direct(&[
        "\u{201c}Everything is on the table,\u{201d} Ann Vole told the AP on Wednesday after \
         hinting that \u{201c}personnel changes\u{201d} could come. \u{201c}Every single thing \
         is on the table.\u{201d}",
    ]);
    let cues: Vec<(&str, &str)> = got.iter().map(|q| (q.2.as_str(), q.3.as_str())).collect();
    assert_eq!(cues, [("Ann Vole", "told"); 2]);
}

#[test]
fn a_word_quoted_by_a_who_after_the_speaker_hands_on_the_speakers_cue() {
    let got = direct(&[
        "\u{201c}Sales are up a little, and so are visits,\u{201d} said Mr. Vole, who noted \
         that prices had \u{201c}cratered\u{201d} in the slump.",
        "\u{201c}Things are moving in the right direction.\u{201d}",
    ]);
    let cues: Vec<(&str, &str)> = got.iter().map(|q| (q.2.as_str(), q.3.as_str())).collect();
    assert_eq!(cues, [("Mr. Vole", "said"); 2]);
}

#[test]
fn a_programme_named_after_on_or_its_network_is_no_quote() {
    for sentence in [
        "Ann Ruiz said on NBC\u{2019}s \u{201c}Meet the Press.\u{201d}",
        "Ann Ruiz told ABC\u{2019}s \u{201c}Good Morning America\u{201d} that the plan works.",
        "Ann Ruiz spoke on \u{201c}Fox News Sunday,\u{201d} where she defended the plan.",
        "Ann Ruiz told \u{201c}Fox and Friends\u{201d} that the plan works.",
        "Ann Ruiz said Thursday on Fox News\u{2019}s \u{201c}Fox and Friends.\u{201d}",
        // A title keeps its function words in lower case.
        "Ann Ruiz said on ABC\u{2019}s \u{201c}This Week with George Stephanopoulos.\u{201d}",
    ] {
        assert!(direct(&[sentence]).is_empty(), "{sentence}");
    }
    // A quote after its cue and a colon is what was said, titled or not.
    assert_direct(
        &["Ann Ruiz said on Sunday: \u{201c}We Will Win Ohio.\u{201d}"],
        &[("We Will Win Ohio.", Some("Ann Ruiz"), "Ann Ruiz", "said")],
    );
}
