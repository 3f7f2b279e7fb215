//! Transcript turns: a paragraph opening on its speaker's name and a colon.

use super::*;

#[test]
fn a_transcript_in_capitals_gives_each_turn_to_its_speaker() {
    let paragraphs = [
        "Dana Pell, the host, spoke with the mayor on Sunday.",
        "DANA PELL: Why not a second vote?",
        "ORTIZ: The bridge is too old for the trucks.",
        "PELL: Voters in the east ward want another chance.",
        "ORTIZ: Then they can vote again in November.",
    ];
    assert_eq!(
        reported(&paragraphs),
        triples(&[
            ("Why not a second vote?", "DANA PELL", ":"),
            ("The bridge is too old for the trucks", "ORTIZ", ":"),
            ("Voters in the east ward want another chance", "PELL", ":"),
            ("Then they can vote again in November", "ORTIZ", ":"),
        ])
    );
    let (text, spans) = article(&paragraphs);
    let pell = extract(&text, &spans)
        .into_iter()
        .find(|a| a.mention == "PELL")
        .and_then(|a| a.speaker);
    assert_eq!(pell.as_deref(), Some("Dana Pell"));
}

#[test]
fn a_panel_in_title_case_is_a_dialogue() {
    assert_eq!(
        reported(&[
            "Mira Olsen: The budget is a mess from top to bottom.",
            "Tove Brink: The county has no money for new roads.",
            "Olsen: Well, the roads are bad.",
        ]),
        triples(&[
            ("The budget is a mess from top to bottom", "Mira Olsen", ":"),
            ("The county has no money for new roads", "Tove Brink", ":"),
            ("Well, the roads are bad", "Olsen", ":"),
        ])
    );
}

#[test]
fn headings_lists_and_notes_are_no_turns() {
    assert!(reported(&[
        "Olsen: Win the east ward.",
        "The mayor needs the east ward to stay in the race.",
        "Brink: Hold on to the suburbs.",
        "The county clerk counted the ballots by hand.",
        "Olsen: 1,204.",
        "Brink: 998.",
        "Olsen: 1,300.",
        "Update: The count ended at 10:30 p.m.",
        "UPDATE: The clerk certified the count.",
    ])
    .is_empty());
}

#[test]
fn a_name_with_its_party_and_state_before_a_colon() {
    assert_direct(
        &["Rep. Tom Grady (R-S.C.): \"I have not heard anyone else cite that figure.\""],
        &[(
            "I have not heard anyone else cite that figure.",
            Some("Tom Grady"),
            "Rep. Tom Grady (R-S.C.)",
            ":",
        )],
    );
}

#[test]
fn a_quoted_transcript_turn_has_its_label_for_source() {
    let got = direct(&[
        "Partial transcript as follows:",
        "\"HOST: Let\u{2019}s start with the news from the debate.",
        "\"LEE: Well, look, the plan was never going to pass the council.",
    ]);
    let mentions: Vec<(&str, &str)> = got
        .iter()
        .map(|(_, _, m, c)| (m.as_str(), c.as_str()))
        .collect();
    assert_eq!(mentions, [("HOST", ":"), ("LEE", ":")]);
}

#[test]
fn a_quote_opening_on_a_heading_in_capitals_has_no_label_source() {
    let got =
        direct(&["\u{201c}UPDATE: The count ended at 10:30 p.m. and the clerk went home.\u{201d}"]);
    let mentions: Vec<&str> = got.iter().map(|(_, _, m, _)| m.as_str()).collect();
    assert_eq!(mentions, [""]);
}
