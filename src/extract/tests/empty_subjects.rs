//! An empty "it" before an infinitive cue ("it is hard to see", "it takes a lawyer to
//! say") stands for no one, so it reports nothing; an "it" that does the saying ("it is
//! expected to show", "it managed to say") still does.

use super::*;

#[test]
fn an_empty_it_before_an_infinitive_reports_nothing() {
    assert_eq!(
        reported(&[
            "For savers, it is hard to see the good side of the rate cut.",
            "It is too soon to say the race is over.",
            "It takes a lawyer to see the law is broken.",
        ]),
        triples(&[])
    );
}

#[test]
fn an_it_that_does_the_saying_still_reports() {
    assert_eq!(
        mention_cues(&reported(&[
            "The study is expected to show that rents rose.",
            "It is expected to show that rents rose.",
            "The firm managed to say that the deal was done.",
        ])),
        [
            ("The study", "expected to show"),
            ("It", "expected to show"),
            ("The firm", "managed to say")
        ]
    );
}
