//! Direct quotes: who said the words inside the marks.

use super::*;

#[test]
fn cue_after_the_quote() {
    assert_direct(
        &["\u{201c}We will not back down,\u{201d} Gov. Maria Lopez said on Tuesday."],
        &[(
            "We will not back down,",
            Some("Maria Lopez"),
            "Gov. Maria Lopez",
            "said",
        )],
    );
    assert_direct(
        &["\"It is over,\" said one longtime party donor."],
        &[(
            "It is over,",
            Some("one longtime party donor"),
            "one longtime party donor",
            "said",
        )],
    );
}

#[test]
fn cue_before_the_quote() {
    assert_direct(
        &["Sen. Tom Reyes, the chair of the budget panel, told reporters: \u{201c}The numbers do not add up.\u{201d}"],
        &[("The numbers do not add up.", Some("Tom Reyes"), "Sen. Tom Reyes", "told")],
    );
    assert_direct(
        &["Dana Whitfield called the plan \u{201c}a slow-motion disaster for workers.\u{201d}"],
        &[(
            "a slow-motion disaster for workers.",
            Some("Dana Whitfield"),
            "Dana Whitfield",
            "called",
        )],
    );
    assert_direct(
        &["According to Ms. Irene Gray, \u{201c}the vote was rigged from the start.\u{201d}"],
        &[(
            "the vote was rigged from the start.",
            Some("Irene Gray"),
            "Ms. Irene Gray",
            "According to",
        )],
    );
}

#[test]
fn addressee_is_not_the_speaker() {
    assert_direct(
        &["\u{201c}Nobody called me,\u{201d} Walter Brandt told the Daily Herald."],
        &[(
            "Nobody called me,",
            Some("Walter Brandt"),
            "Walter Brandt",
            "told",
        )],
    );
}

#[test]
fn split_quote_gives_two_records_with_one_speaker() {
    assert_direct(
        &[
            "Mayor Ann Cole opened the meeting.",
            "\u{201c}First,\u{201d} she said, \u{201c}we fix the roads.\u{201d}",
        ],
        &[
            ("First,", Some("Ann Cole"), "she", "said"),
            ("we fix the roads.", Some("Ann Cole"), "she", "said"),
        ],
    );
}

#[test]
fn pronouns_agree_in_gender_and_surnames_resolve() {
    assert_direct(
        &[
            "Mayor Ann Cole met Mr. Peter Stone on Monday.",
            "\u{201c}We agreed on nothing,\u{201d} she said.",
            "Stone disagreed. \u{201c}We agreed on the budget,\u{201d} he said.",
        ],
        &[
            ("We agreed on nothing,", Some("Ann Cole"), "she", "said"),
            (
                "We agreed on the budget,",
                Some("Peter Stone"),
                "he",
                "said",
            ),
        ],
    );
}

#[test]
fn role_nouns_resolve_to_the_named_holder() {
    assert_direct(
        &[
            "The city's budget director, Lena Ortiz, presented the figures.",
            "Agency spokesman Raj Patel declined to comment further.",
            "The spokesman said the figures were \u{201c}not final in any sense.\u{201d}",
        ],
        &[(
            "not final in any sense.",
            Some("Raj Patel"),
            "The spokesman",
            "said",
        )],
    );
}

#[test]
fn a_quote_paragraph_without_a_cue_continues_the_speaker() {
    assert_direct(
        &[
            "\u{201c}We are broke,\u{201d} said Treasurer Omar Haddad. \u{201c}Nobody wants to hear it.",
            "\u{201c}But it is true.\u{201d}",
        ],
        &[
            ("We are broke,", Some("Omar Haddad"), "Treasurer Omar Haddad", "said"),
            ("Nobody wants to hear it.", Some("Omar Haddad"), "Treasurer Omar Haddad", "said"),
            ("But it is true.", Some("Omar Haddad"), "Treasurer Omar Haddad", "said"),
        ],
    );
    assert_direct(
        &[
            "Judge Nora Quinn then added:",
            "\u{201c}This court will not be rushed by anyone.\u{201d}",
        ],
        &[(
            "This court will not be rushed by anyone.",
            Some("Nora Quinn"),
            "Judge Nora Quinn",
            "added",
        )],
    );
}

#[test]
fn unnamed_sources_stay_as_written_and_are_anonymous() {
    let (text, spans) =
        article(&["\u{201c}They were never close,\u{201d} a senior campaign official said."]);
    let found = extract(&text, &spans);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].speaker.as_deref(),
        Some("a senior campaign official")
    );
    assert!(found[0].anonymous);
}

#[test]
fn scare_quotes_titles_and_nicknames_get_no_speaker() {
    assert_direct(
        &["Rita Moss said the so-called \u{201c}deal\u{201d} had collapsed."],
        &[],
    );
    assert_direct(
        &["Bill \u{201c}The Hammer\u{201d} Jones said the vote was close."],
        &[],
    );
    assert_direct(
        &["Her novel \u{201c}The Long Road Home\u{201d} sold well."],
        &[],
    );
    assert_direct(
        &["Critics called the show \u{201c}a long and tedious mess\u{201d} at best."],
        &[(
            "a long and tedious mess",
            Some("critics"),
            "Critics",
            "called",
        )],
    );
}

#[test]
fn straight_quotes_without_space_and_odd_marks_recover() {
    assert_direct(
        &[
            "The banner read:\"We want our jobs back now.\"",
            "She said \"this is broken.",
            "\"Fine,\" said Kurt Meyer.",
        ],
        &[
            (
                "We want our jobs back now.",
                Some("the banner"),
                "The banner",
                "read",
            ),
            ("this is broken.", None, "She", "said"),
            ("Fine,", Some("Kurt Meyer"), "Kurt Meyer", "said"),
        ],
    );
}

#[test]
fn nyt_style_marks_pair() {
    assert_direct(
        &["''It was a good month,'' said Paula Brandt, an economist at a bank."],
        &[(
            "It was a good month,",
            Some("Paula Brandt"),
            "Paula Brandt",
            "said",
        )],
    );
}

#[test]
fn credit_lines_after_a_dash() {
    assert_direct(
        &["\u{201c}Prices keep going up and nobody listens.\u{201d} \u{2015} Rosa Delgado, a nurse"],
        &[(
            "Prices keep going up and nobody listens.",
            Some("Rosa Delgado"),
            "Rosa Delgado",
            "\u{2015}",
        )],
    );
    assert_direct(
        &["\"We will hold the line on taxes.\"", "- Gov. Frank Mills."],
        &[(
            "We will hold the line on taxes.",
            Some("Frank Mills"),
            "Gov. Frank Mills",
            "-",
        )],
    );
}

#[test]
fn nested_curly_quotes_stay_inside() {
    assert_direct(
        &["\u{201c}He called it \u{201c}a mess\u{201d} on live television,\u{201d} said Ines Park."],
        &[(
            "He called it \u{201c}a mess\u{201d} on live television,",
            Some("Ines Park"),
            "Ines Park",
            "said",
        )],
    );
}

#[test]
fn pronouns_skip_places_and_prepositional_objects() {
    assert_direct(
        &[
            "In an interview with Carl Novak, Nadia Brooks spoke about Saudi Arabia.",
            "\u{201c}We are tired of waiting,\u{201d} she said.",
        ],
        &[(
            "We are tired of waiting,",
            Some("Nadia Brooks"),
            "she",
            "said",
        )],
    );
}

#[test]
fn mixed_marks_and_inverted_cues_before_the_quote() {
    assert_direct(
        &["\u{201c}It is a shame and a disgrace\" Lena Ortiz said."],
        &[(
            "It is a shame and a disgrace",
            Some("Lena Ortiz"),
            "Lena Ortiz",
            "said",
        )],
    );
    assert_direct(
        &["But, said Omar Haddad, \"the money is simply not there.\""],
        &[(
            "the money is simply not there.",
            Some("Omar Haddad"),
            "Omar Haddad",
            "said",
        )],
    );
}

#[test]
fn a_paragraph_ending_in_a_cue_hands_its_speaker_on() {
    assert_direct(
        &[
            "Turnout will be low this year, Mayor Ann Cole said.",
            "\u{201c}People are simply tired of voting.\u{201d}",
        ],
        &[(
            "People are simply tired of voting.",
            Some("Ann Cole"),
            "Mayor Ann Cole",
            "said",
        )],
    );
}

#[test]
fn participles_take_the_speaker_before_them() {
    assert_direct(
        &["\u{201c}We will win,\u{201d} Rep. Jo Park (D-Ohio) said, adding: \u{201c}It will not be close.\u{201d}"],
        &[
            ("We will win,", Some("Jo Park"), "Rep. Jo Park (D-Ohio)", "said"),
            ("It will not be close.", Some("Jo Park"), "Rep. Jo Park (D-Ohio)", "adding"),
        ],
    );
}

#[test]
fn title_words_as_surnames_and_full_names_from_quotes() {
    assert_direct(
        &[
            "\u{201c}Ask anyone about Ruth Judge and you hear the same story,\u{201d} a neighbor said.",
            "\u{201c}I have never missed a meeting,\u{201d} Ms. Judge, 71, told me.",
            "Howard Dean spoke next. \u{201c}We lost,\u{201d} Dean said.",
        ],
        &[
            ("Ask anyone about Ruth Judge and you hear the same story,", Some("a neighbor"), "a neighbor", "said"),
            ("I have never missed a meeting,", Some("Ruth Judge"), "Ms. Judge", "told"),
            ("We lost,", Some("Howard Dean"), "Dean", "said"),
        ],
    );
}

#[test]
fn possessive_nouns_of_saying_and_announced_quotes() {
    assert_direct(
        &["Reporters checked Mayor Nina Vogt\u{2019}s claim that crime fell by \u{201c}more than half in two years.\u{201d}"],
        &[(
            "more than half in two years.",
            Some("Nina Vogt"),
            "Mayor Nina Vogt\u{2019}s",
            "claim",
        )],
    );
    assert_direct(
        &[
            "Pollster Theo Brandt gave his view.",
            "Brandt continued:",
            "\"Nobody trusts the numbers anymore.\" Forty people agreed with him.",
        ],
        &[(
            "Nobody trusts the numbers anymore.",
            Some("Theo Brandt"),
            "Brandt",
            "continued",
        )],
    );
}

#[test]
fn a_missing_closing_mark_before_the_attribution() {
    assert_direct(
        &["\"Nobody explained the forms to us, said Mina Cho, who runs a legal clinic."],
        &[(
            "Nobody explained the forms to us",
            Some("Mina Cho"),
            "Mina Cho",
            "said",
        )],
    );
}

#[test]
fn a_belief_verb_before_yields_to_a_cue_after() {
    assert_direct(
        &["The vote signals \u{201c}the end of an era\u{201d} for the party, said analyst Ken Ruiz."],
        &[("the end of an era", Some("Ken Ruiz"), "analyst Ken Ruiz", "said")],
    );
}

#[test]
fn the_outer_speaker_takes_the_quote() {
    assert_direct(
        &["Judge Ada Quarles said she remembered thinking, \u{201c}This cannot be the whole story.\u{201d}"],
        &[("This cannot be the whole story.", Some("Ada Quarles"), "Judge Ada Quarles", "said")],
    );
    assert_direct(
        &["The parents who wrote to the board on Monday say they are \u{201c}deeply worried about the cuts.\u{201d}"],
        &[(
            "deeply worried about the cuts.",
            Some("the parents who wrote to the board on Monday"),
            "The parents who wrote to the board on Monday",
            "say",
        )],
    );
}

#[test]
fn names_in_apposition_and_after_links_resolve() {
    assert_direct(
        &["Another critic, Laurence H. Tribe, likened the rules to \"burning the whole Constitution.\""],
        &[("burning the whole Constitution.", Some("Laurence H. Tribe"), "Another critic", "likened")],
    );
    assert_direct(
        &["\"It's a dead heat in the state,\" said Cameron Easley for Morning Consult."],
        &[(
            "It's a dead heat in the state,",
            Some("Cameron Easley"),
            "Cameron Easley for Morning Consult",
            "said",
        )],
    );
    assert_direct(
        &["Gov. Earl Ray Tomblin of West Virginia lauded the plan as \"new and innovative thinking.\""],
        &[(
            "new and innovative thinking.",
            Some("Earl Ray Tomblin"),
            "Gov. Earl Ray Tomblin of West Virginia",
            "lauded",
        )],
    );
}

#[test]
fn according_to_after_a_cue_names_the_report() {
    assert_direct(
        &["\u{201c}We will not give up,\u{201d} Mayor Ann Cole said, according to the Daily Herald."],
        &[("We will not give up,", Some("Daily Herald"), "the Daily Herald", "according to")],
    );
}

#[test]
fn verbs_outside_the_lexicon_can_announce_a_quote() {
    assert_direct(
        &["Columnist Ruth Ames continues, \u{201c}Nobody in this town reads the budget.\u{201d}"],
        &[(
            "Nobody in this town reads the budget.",
            Some("Ruth Ames"),
            "Columnist Ruth Ames",
            "continues",
        )],
    );
}

#[test]
fn reported_quotes_go_to_the_outer_speaker() {
    assert_direct(
        &["Senator Paul Reyes said at a rally that his rival once described the deal as \u{201c}the best in a generation.\u{201d}"],
        &[("the best in a generation.", Some("Paul Reyes"), "Senator Paul Reyes", "said")],
    );
}

#[test]
fn a_person_named_before_and_an_organisation_stays_a_person() {
    // "and" joins an organisation's name ("Securities and Exchange Commission"), not a
    // person's name to the next name's employer.
    assert_direct(
        &[
            "Former ambassador John Hale and Evening Post editor Ruth Kim both spoke on Monday.",
            "\u{201c}We will stay the course on this,\u{201d} Hale said.",
        ],
        &[(
            "We will stay the course on this,",
            Some("John Hale"),
            "Hale",
            "said",
        )],
    );
}
