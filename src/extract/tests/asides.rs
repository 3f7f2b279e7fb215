//! Asides inside a sentence: an inverted cue between commas, a bracketed aside with
//! its own cue, a parenthetical adverb after the subject, a bracket opening a sentence,
//! an appositive whose closing comma is missing, a name and appositive after a closed
//! quote.

use super::*;

#[test]
fn an_inverted_cue_between_commas_inside_a_clause_reports_the_whole_clause() {
    assert_eq!(
        reported(&["The contrast with Dale, said Moss and others, would be clear by then."]),
        triples(&[(
            "The contrast with Dale, said Moss and others, would be clear by then",
            "Moss and others",
            "said"
        )])
    );
    // An apposition after the source ends no clause of its own.
    assert_eq!(
        reported(&["The road is safe, said Lena Ortiz, a pilot there."]),
        triples(&[("The road is safe", "Lena Ortiz", "said")])
    );
}

#[test]
fn a_cue_closing_a_bracketed_aside_reports_the_aside() {
    // The aside is what Lund says, not the rest of the sentence after the bracket.
    let found = reported(&[
        "She feared her poor ratings (at one time as low as 20%, Lund says) hurt the mayor.",
    ]);
    let lund: Vec<_> = found.into_iter().filter(|(_, m, _)| m == "Lund").collect();
    assert_eq!(
        lund,
        triples(&[("at one time as low as 20%", "Lund", "says")])
    );
}

#[test]
fn a_subject_with_a_relative_clause_before_a_parenthetical_adverb() {
    assert_eq!(
        reported(&[
            "The judges who ruled against Utah, for instance, said the problem was the cost."
        ]),
        triples(&[(
            "the problem was the cost",
            "The judges who ruled against Utah",
            "said"
        )])
    );
}

#[test]
fn a_bracket_opening_a_sentence_ends_the_one_before() {
    assert_eq!(
        reported(&["That plan was often right, Mr. Lund said. (Just take a look at the roads.)"]),
        triples(&[("That plan was often right", "Mr. Lund", "said")])
    );
}

#[test]
fn a_source_between_commas_before_a_quote_that_goes_on_with_the_clause_speaks() {
    // "an aide said" is set off inside the sentence; Ortiz is whom the aide spoke of,
    // and the quote goes on with Ortiz's clause.
    assert_direct(
        &[
            "Ortiz, an aide said, \u{201c}is very confident about the vote\u{201d} \
           this fall.",
        ],
        &[(
            "is very confident about the vote",
            Some("an aide"),
            "an aide",
            "said",
        )],
    );
}

#[test]
fn a_role_before_a_name_without_its_closing_comma_after_a_quote_is_the_source() {
    assert_direct(
        &[
            "\u{201c}She also ran the choir,\u{201d} another friend, Mary Vole told the \
           paper. \u{201c}Everyone knew her.\u{201d}",
        ],
        &[
            (
                "She also ran the choir,",
                Some("Mary Vole"),
                "another friend",
                "told",
            ),
            (
                "Everyone knew her.",
                Some("Mary Vole"),
                "another friend",
                "told",
            ),
        ],
    );
    // Opening a sentence, the role is said of the name.
    let found = reported(&["A loyal supporter, Bo Kim complained of the long lines."]);
    assert_eq!(mention_cues(&found), [("Bo Kim", "complained")]);
}

#[test]
fn a_past_participle_aside_after_a_phrase_on_after_makes_it_the_subject() {
    assert_direct(
        &[
            "The row began after Mr. Vole, asked about the strike, had said, \u{201c}Nobody \
           works harder than our staff.\u{201d}",
        ],
        &[(
            "Nobody works harder than our staff.",
            Some("Vole"),
            "Mr. Vole",
            "said",
        )],
    );
    // "After the vote, Lee, ..., said": the phrase after "after" stays an adverbial.
    let found = reported(&["After the vote, Ann Lee, the mayor, said the plan was dead."]);
    assert_eq!(mention_cues(&found), [("Ann Lee", "said")]);
}

#[test]
fn a_name_and_appositive_after_a_question_take_the_quote() {
    assert_direct(
        &[
            "Ida Marsh phones voters for the campaign.",
            "\u{201c}Hello, this is the campaign. How are you today?\u{201d} Marsh, a retired welder from Akron, said brightly into the phone.",
        ],
        &[(
            "Hello, this is the campaign. How are you today?",
            Some("Ida Marsh"),
            "Marsh",
            "said",
        )],
    );
}
