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

#[test]
fn a_lone_name_after_the_is_a_paper_not_a_person() {
    assert_direct(
        &["\u{201c}The budget is late,\u{201d} The Ledger reported."],
        &[(
            "The budget is late,",
            Some("The Ledger"),
            "The Ledger",
            "reported",
        )],
    );
}

#[test]
fn a_paper_owning_a_report_speaks_without_its_possessive() {
    assert_direct(
        &["The Ledger's report said the plan was \u{201c}years behind schedule.\u{201d}"],
        &[(
            "years behind schedule.",
            Some("The Ledger"),
            "The Ledger's report",
            "said",
        )],
    );
}

#[test]
fn who_after_the_noun_of_a_name_is_that_person() {
    let (text, spans) = article(&[
        "Mayor Jo Lee spoke first.",
        "Others did not copy the tone of Lee, who said the plan was \u{201c}a gift to the city.\u{201d}",
    ]);
    let who: Vec<_> = extract(&text, &spans)
        .into_iter()
        .filter(|a| a.mention == "who")
        .map(|a| a.speaker)
        .collect();
    assert!(!who.is_empty(), "{who:?}");
    assert!(
        who.iter().all(|s| s.as_deref() == Some("Jo Lee")),
        "{who:?}"
    );
}

#[test]
fn a_name_garbled_by_decomposed_mojibake_stays_one_name() {
    // "François" encoded three times, then decomposed: A, tilde, U+0083, A, circumflex, §.
    let name = "Fran\u{41}\u{303}\u{83}\u{41}\u{302}\u{a7}ois Berger";
    let text = format!("\u{201c}It is a real step forward,\u{201d} said President {name}.");
    let got = direct(&[&text]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some(name));
    assert_eq!(got[0].2, format!("President {name}"));
}

#[test]
fn a_role_description_goes_to_the_person_just_talked_about() {
    // Nobody was named "senator"; the description stands for the person the last
    // sentences were about, not for the president named once, who holds another office.
    assert_direct(
        &[
            "Tomas Brandt spent the week touring farms. President Ilse Moor praised the tour.",
            "Brandt told farmers that prices would recover.",
            "\u{201c}We will not leave you behind,\u{201d} the Montana senator said.",
        ],
        &[(
            "We will not leave you behind,",
            Some("Tomas Brandt"),
            "the Montana senator",
            "said",
        )],
    );
}

#[test]
fn a_role_description_takes_no_one_of_the_other_gender() {
    assert_direct(
        &[
            "Ms. Ana Ruiz met Tomas Brandt and Ms. Ruiz talked about the plan.",
            "\u{201c}The plan is sound,\u{201d} the businessman said.",
        ],
        &[(
            "The plan is sound,",
            Some("Tomas Brandt"),
            "the businessman",
            "said",
        )],
    );
}

#[test]
fn a_name_modifying_a_longer_role_is_not_what_he_means() {
    assert_direct(
        &[
            "Mark Ortiz toured the port on Friday.",
            "Ortiz communications director Peter Cole said the tour went well. \
             \u{201c}People liked what they heard,\u{201d} he said.",
        ],
        &[(
            "People liked what they heard,",
            Some("Peter Cole"),
            "he",
            "said",
        )],
    );
}

#[test]
fn a_title_case_headline_still_gives_a_full_name() {
    let text = "Ana Ruiz Takes On The Council Over Housing Plan.\n\n\
                \u{201c}We need homes now,\u{201d} Ruiz said.\n";
    let start = text.find('\u{201c}').unwrap();
    let got = extract(text, std::slice::from_ref(&(start..text.len() - 1)));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_age_as_a_noun_goes_to_the_person_just_talked_about() {
    assert_direct(
        &[
            "Nora Field opened her third bakery on Main Street this week.",
            "\u{201c}Bread brings people together,\u{201d} the 52-year-old said.",
        ],
        &[(
            "Bread brings people together,",
            Some("Nora Field"),
            "the 52-year-old",
            "said",
        )],
    );
}

#[test]
fn a_shared_surname_named_as_often_goes_to_the_one_introduced_first() {
    assert_direct(
        &[
            "Ana Ruiz, the mayor, spoke at the fair, where her cousin Tomas Ruiz sold honey.",
            "\u{201c}The fair is back for good,\u{201d} Ruiz said.",
        ],
        &[(
            "The fair is back for good,",
            Some("Ana Ruiz"),
            "Ruiz",
            "said",
        )],
    );
}

#[test]
fn a_time_phrase_after_a_named_body_is_no_part_of_its_name() {
    let found: Vec<_> = reported(&["The Harbour Board on Friday said the pier would stay closed."])
        .into_iter()
        .map(|(_, m, c)| (m, c))
        .collect();
    assert_eq!(
        found,
        [(
            "The Harbour Board on Friday".to_string(),
            "said".to_string()
        )]
    );
    let (text, spans) = article(&["The Harbour Board on Friday said the pier would stay closed."]);
    let speakers: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| a.speaker)
        .collect();
    assert_eq!(speakers, [Some("Harbour Board".to_string())]);
}

#[test]
fn the_name_of_an_event_or_a_law_is_no_antecedent_for_she() {
    // Without the THING words, "Northern Farmers Convention" and "Clean Rivers Act" were
    // two-word names like a person's, and the first one took the "she".
    for place in [
        "the Northern Farmers Convention",
        "a hearing on the Clean Rivers Act",
    ] {
        let opening = format!("At {place} in June, Mara Quist walked to the stage.");
        assert_direct(
            &[&opening, "\u{201c}We will plant again,\u{201d} she said."],
            &[("We will plant again,", Some("Mara Quist"), "she", "said")],
        );
    }
}

#[test]
fn a_country_or_a_state_is_no_antecedent_for_he() {
    // "Norway said" made Norway a speaker, and a person, before "Oskar Brenn".
    assert_direct(
        &[
            "Norway said on Monday that the talks would go on, and Oskar Brenn agreed.",
            "\u{201c}Nobody wants to walk away,\u{201d} he said.",
        ],
        &[(
            "Nobody wants to walk away,",
            Some("Oskar Brenn"),
            "he",
            "said",
        )],
    );
}

#[test]
fn a_lone_compass_word_can_still_be_a_surname() {
    // Place words ("West", "Hill") on their own are surnames as often as places: only
    // countries and states are never people.
    assert_direct(
        &[
            "Dana West, a teacher at the school, praised the plan.",
            "\u{201c}It is overdue,\u{201d} West said.",
        ],
        &[("It is overdue,", Some("Dana West"), "West", "said")],
    );
}

#[test]
fn a_first_name_gives_the_gender_she_must_agree_with() {
    assert_direct(
        &[
            "Owen Pratt and Tara Bell spoke at the meeting on the harbour budget.",
            "\u{201c}The budget is too small,\u{201d} she said.",
        ],
        &[("The budget is too small,", Some("Tara Bell"), "she", "said")],
    );
}

#[test]
fn a_programme_named_security_is_no_person() {
    assert_direct(
        &[
            "Social Security was the first topic when Mary Lund took the stage.",
            "\u{201c}We will keep every promise,\u{201d} she said.",
        ],
        &[(
            "We will keep every promise,",
            Some("Mary Lund"),
            "she",
            "said",
        )],
    );
}

#[test]
fn a_name_over_a_line_break_is_given_on_one_line() {
    // Hard-wrapped newswire: the break falls inside the company's name.
    let (text, spans) =
        article(&["The Harbour Oil and Delta\nShipping Corporation said the talks had ended."]);
    let found: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (a.speaker, a.mention))
        .collect();
    assert_eq!(
        found,
        [(
            Some("Harbour Oil and Delta Shipping Corporation".to_string()),
            "The Harbour Oil and Delta\nShipping Corporation".to_string()
        )]
    );
}

#[test]
fn a_country_or_thing_written_as_an_acronym_is_no_body_that_speaks() {
    // "US" and "TV" are acronyms like "IBM", but no "it" stands for them.
    for opening in [
        "US demand for vans was strong, and the Harlow Group hired staff.",
        "TV advertising was cheap, and the Harlow Group hired staff.",
    ] {
        assert_direct(
            &[opening, "\u{201c}Orders are up,\u{201d} it said."],
            &[("Orders are up,", Some("Harlow Group"), "it", "said")],
        );
    }
}

#[test]
fn the_place_of_a_dateline_is_no_antecedent_for_it() {
    for dateline in [
        "PORT ELLIS, May 2 -",
        "ST KELDA, May 2 -",
        "LA BRAVA, May 2 -",
    ] {
        let opening = format!("{dateline} The Kestrel Group said it would close two mills.");
        assert_direct(
            &[&opening, "\u{201c}Demand has fallen,\u{201d} it said."],
            &[(
                "Demand has fallen,",
                Some("The Kestrel Group"),
                "it",
                "said",
            )],
        );
    }
}

#[test]
fn a_subject_with_an_appositive_after_an_opening_adverb() {
    assert_direct(
        &["Now Omar Petit, the harbor candidate, is promising to stage \u{201c}a big spectacle\u{201d} with music."],
        &[(
            "a big spectacle",
            Some("Omar Petit"),
            "Omar Petit",
            "promising",
        )],
    );
}

#[test]
fn a_person_of_a_town_and_state_is_the_source_not_the_state() {
    assert_direct(
        &["Ines Calder of Dayton, Ohio says the bridge is \u{201c}a disgrace to the whole city.\u{201d}"],
        &[(
            "a disgrace to the whole city.",
            Some("Ines Calder"),
            "Ines Calder of Dayton, Ohio",
            "says",
        )],
    );
}

#[test]
fn a_word_opening_the_sentence_is_no_part_of_a_name() {
    // "Neither Pike" is no name: the person is "Pike".
    assert_direct(
        &[
            "Neither Pike nor her deputy came to the vote.",
            "\u{201c}We will wait,\u{201d} Pike said.",
        ],
        &[("We will wait,", Some("Pike"), "Pike", "said")],
    );
}

#[test]
fn a_party_qualified_role_resolves_to_that_party_s_holder() {
    // "GOP" is "Republican"; the Democratic front-runner, mentioned last, is not meant.
    assert_direct(
        &[
            "Republican front-runner Dale Marsh spoke in Iowa.",
            "Democratic front-runner Ina Cole spoke in Ohio.",
            "The GOP front-runner said Cole \u{201c}caused tremendous harm.\u{201d}",
        ],
        &[(
            "caused tremendous harm.",
            Some("Dale Marsh"),
            "The GOP front-runner",
            "said",
        )],
    );
}

#[test]
fn names_joined_by_and_with_an_appositive_after_the_quote() {
    assert_direct(
        &[
            "\u{201c}The bridge will open in May,\u{201d} Ada Rusk said.",
            "\u{201c}We can only wonder why it took so long,\u{201d} Bo Kerr and Al Mott, both Republicans, said in a statement.",
        ],
        &[
            ("The bridge will open in May,", Some("Ada Rusk"), "Ada Rusk", "said"),
            (
                "We can only wonder why it took so long,",
                Some("Al Mott"),
                "Bo Kerr and Al Mott",
                "said",
            ),
        ],
    );
}

#[test]
fn a_trailing_source_runs_across_a_title_in_its_appositive() {
    assert_direct(
        &[
            "\u{201c}The bridge will open in May,\u{201d} Ada Rusk said.",
            "\u{201c}We have had better meetings than this one,\u{201d} Bo Lane, wearing \u{201c}Vote Kim\u{201d} pins, said calmly as the band played.",
        ],
        &[
            ("The bridge will open in May,", Some("Ada Rusk"), "Ada Rusk", "said"),
            (
                "We have had better meetings than this one,",
                Some("Bo Lane"),
                "Bo Lane",
                "said",
            ),
        ],
    );
}

#[test]
fn a_which_after_a_time_phrase_goes_to_the_noun_before_it() {
    let (text, spans) =
        article(&["Lane released her tax records in July, which showed she paid no tax."]);
    let got: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (a.mention, a.speaker, a.cue))
        .collect();
    assert_eq!(
        got,
        [(
            "which".to_string(),
            Some("her tax records".to_string()),
            "showed".to_string()
        )]
    );
}

#[test]
fn a_pronoun_in_a_later_sentence_means_the_main_clause_subject() {
    // Tom Pike is the subject of the opening "When" clause only: the "he" of the next
    // paragraph is Sam Moss, who answered.
    assert_direct(
        &[
            "When Tom Pike asked about the levy, Sam Moss answered at once.",
            "\u{201c}We will not raise it,\u{201d} he said.",
        ],
        &[("We will not raise it,", Some("Sam Moss"), "he", "said")],
    );
}

#[test]
fn a_titled_name_in_apposition_names_the_source() {
    // "state Sen." and a party tag in parentheses still name the niece; "including"
    // names one of several, not the source.
    assert_direct(
        &[
            "His niece, state Sen. Jo Lane (D-Avon), called the plan \u{201c}a fair deal for all of us.\u{201d}",
            "Other members, including Sen. Al Kirk, called it \u{201c}a waste of good money.\u{201d}",
        ],
        &[
            ("a fair deal for all of us.", Some("Jo Lane"), "His niece", "called"),
            (
                "a waste of good money.",
                Some("other members"),
                "Other members",
                "called",
            ),
        ],
    );
}

#[test]
fn a_month_after_a_given_name_is_a_surname() {
    let (text, spans) = article(&[
        "Prime Minister Karen May said on Monday that the talks would resume.",
        "The vote was held in May, officials said.",
    ]);
    let speakers: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| a.speaker)
        .collect();
    assert_eq!(
        speakers,
        [Some("Karen May".to_string()), Some("officials".to_string())]
    );
}

#[test]
fn a_name_in_apposition_closing_the_sentence_names_an_inverted_source() {
    assert_direct(
        &["\u{201c}We are not there yet,\u{201d} said the president of the union, Orla Vance."],
        &[(
            "We are not there yet,",
            Some("Orla Vance"),
            "the president of the union",
            "said",
        )],
    );
}
