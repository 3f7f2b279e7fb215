//! A cue hanging on another verb is written with it: "refused to say", "went on to
//! explain", "declined to publicly detail", "decided not to say"; so is a particle
//! ("went after", "has gone after").

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

#[test]
fn going_after_someone_is_a_cue_but_planning_to_is_not() {
    assert_eq!(
        mention_cues(&reported(&[
            "In recent weeks, Reid has gone after Trump as a \u{201c}human leech who will bleed the country.\u{201d}",
            "Bush went after the governor for his record on taxes and spending.",
            "The senator vowed to go after the companies that moved jobs overseas.",
        ])),
        [("Reid", "gone after"), ("Bush", "went after"), ("The senator", "vowed")]
    );
}
