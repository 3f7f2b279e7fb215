//! A sentence opening on a poll or document that reports what follows.

use super::*;

#[test]
fn a_poll_with_its_date_opens_the_clause_it_reports() {
    assert_eq!(
        reported(&[
            "In a Valley Register poll last month, the mayor had a big lead in the east ward.",
            "In the latest polls, the mayor trails his rival.",
            "In a Harbor Gazette survey released Monday, the levy has a narrow edge.",
        ]),
        triples(&[
            (
                "the mayor had a big lead in the east ward",
                "a Valley Register poll",
                "In"
            ),
            ("the mayor trails his rival", "the latest polls", "In"),
            (
                "the levy has a narrow edge",
                "a Harbor Gazette survey",
                "In"
            ),
        ])
    );
}

#[test]
fn a_statement_with_its_date_is_left_to_the_clause() {
    assert!(
        reported(&["In a statement Monday, the mayor was more careful than her aides."]).is_empty()
    );
}
