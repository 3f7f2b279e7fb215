//! A year or a number after the article of an inverted source phrase.

use super::*;

#[test]
fn a_year_after_the_article_is_part_of_the_inverted_source() {
    assert_direct(
        &["\u{201c}The county is lost,\u{201d} said a 2010 Marsh campaign aide."],
        &[(
            "The county is lost,",
            Some("a 2010 Marsh campaign aide"),
            "a 2010 Marsh campaign aide",
            "said",
        )],
    );
    let got = reported(&["The levee will hold, said the two officials."]);
    assert_eq!(
        got,
        triples(&[("The levee will hold", "the two officials", "said")])
    );
}
