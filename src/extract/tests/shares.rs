//! Shares of a group as sources, with an appositive figure or the group they are a
//! share of.

use super::*;

#[test]
fn a_share_with_an_appositive_figure_is_the_source() {
    let got = reported(&["Just shy of half, 49%, say the new bridge is too costly."]);
    assert_eq!(
        got,
        triples(&[("the new bridge is too costly", "Just shy of half", "say")])
    );
    let got = reported(&["Just over a quarter, 26 percent, said the ferry should stay."]);
    assert_eq!(
        got,
        triples(&[("the ferry should stay", "Just over a quarter", "said")])
    );
}

#[test]
fn a_share_among_a_group_names_the_group() {
    let got = reported(&["Among retired teachers, 61% say the pension fund is safe."]);
    assert_eq!(
        got,
        triples(&[(
            "the pension fund is safe",
            "Among retired teachers, 61%",
            "say"
        )])
    );
}
