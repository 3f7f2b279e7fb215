//! An adverb opening a clause ("though typically Lee argues", "but ultimately Kim
//! thinks") belongs to neither the source after it nor the clause before it.

use super::*;

#[test]
fn an_adverb_opening_a_clause_is_not_part_of_the_source() {
    assert_eq!(
        mention_cues(&reported(&[
            "Though typically Ann Lee argues that rates should fall, they rose.",
            "Ann Lee admits the critics have a point, but ultimately Tom Kim thinks their logic is flawed.",
        ])),
        [("Ann Lee", "argues"), ("Ann Lee", "admits"), ("Tom Kim", "thinks")]
    );
}

#[test]
fn a_clause_ends_before_an_adverb_opening_the_next() {
    let found = reported(&[
        "Ann Lee admits the critics have a point, but ultimately Tom Kim thinks their logic is flawed.",
    ]);
    assert_eq!(
        clause_cues(&found),
        [
            ("the critics have a point", "admits"),
            ("their logic is flawed", "thinks")
        ]
    );
}
