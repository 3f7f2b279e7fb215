//! Speakers resolved across an article: names, titles and the genders they show.

use super::*;

#[test]
fn a_title_overrules_a_gender_guessed_from_a_pronoun() {
    // "his" goes to the only person in reach, guessing a gender; "Ms. Vance" later
    // still names her.
    assert_direct(
        &[
            "Orla Vance, a pollster for the party, called the poll \u{201c}a warning\u{201d} to his rivals.",
            "\u{201c}We are not there yet,\u{201d} Ms. Vance said.",
        ],
        &[
            ("We are not there yet,", Some("Orla Vance"), "Ms. Vance", "said"),
        ],
    );
}
