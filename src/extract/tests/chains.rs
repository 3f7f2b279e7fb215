//! A cue hanging on another verb is written with it: "refused to say", "went on to
//! explain", "declined to publicly detail", "decided not to say".

use super::*;

#[test]
fn a_quote_cue_keeps_the_verb_it_hangs_on() {
    let got = direct(&[
        "The agency declined to publicly detail the inquiry’s “scope or targets.”",
        "Ann Lee went on to explain: “The plan will fail.”",
        "The mayor wanted to know, “Who will pay for it?”",
    ]);
    let cues: Vec<&str> = got.iter().map(|(_, _, _, c)| c.as_str()).collect();
    assert_eq!(
        cues,
        [
            "declined to publicly detail",
            "went on to explain",
            "wanted to know"
        ]
    );
}

#[test]
fn a_reported_cue_keeps_the_verb_it_hangs_on() {
    assert_eq!(
        mention_cues(&reported(&[
            "Tom Kim refused to say that the deal was dead.",
            "The board decided not to say whether the plan had failed.",
        ])),
        [
            ("Tom Kim", "refused to say"),
            ("The board", "decided not to say")
        ]
    );
}

#[test]
fn a_cue_after_a_purpose_to_stands_alone() {
    assert_eq!(
        mention_cues(&reported(&[
            "Ann Lee used the meeting to say that the plan had failed."
        ])),
        [("Ann Lee", "say")]
    );
}
