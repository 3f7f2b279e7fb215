//! Whole-extractor tests: short articles written for these tests, run through
//! [`extract`], checked quote by quote.

use super::*;

/// An article: a title line, then paragraphs separated by blank lines.
fn article(paragraphs: &[&str]) -> (String, Vec<Range<usize>>) {
    let mut text = String::from("Title\n");
    let mut spans = Vec::new();
    for p in paragraphs {
        text.push('\n');
        spans.push(text.len()..text.len() + p.len());
        text.push_str(p);
        text.push('\n');
    }
    (text, spans)
}

/// (quote, speaker, mention, cue) of each direct attribution.
fn direct(paragraphs: &[&str]) -> Vec<(String, Option<String>, String, String)> {
    let (text, spans) = article(paragraphs);
    extract(&text, &spans)
        .into_iter()
        .filter(|a| a.kind == Kind::Direct)
        .map(|a| (text[a.quote].to_string(), a.speaker, a.mention, a.cue))
        .collect()
}

/// Asserts that the direct quotes of an article are exactly `want`: (quote, speaker,
/// mention, cue).
fn assert_direct(paragraphs: &[&str], want: &[(&str, Option<&str>, &str, &str)]) {
    let got = direct(paragraphs);
    let want: Vec<_> = want
        .iter()
        .map(|(q, s, m, c)| {
            (
                q.to_string(),
                s.map(String::from),
                m.to_string(),
                c.to_string(),
            )
        })
        .collect();
    assert_eq!(got, want, "{paragraphs:?}");
}

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
        &[("The Long Road Home", None, "", "")],
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
                Some("The banner"),
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
fn indirect_attributions() {
    let (text, spans) = article(&[
        "The plant will close in June, according to two people familiar with the plans.",
        "City officials said the bridge would reopen in May.",
    ]);
    let found: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (text[a.quote].to_string(), a.mention, a.cue, a.anonymous))
        .collect();
    assert_eq!(
        found,
        [
            (
                "The plant will close in June".to_string(),
                "two people familiar with the plans".to_string(),
                "according to".to_string(),
                true
            ),
            (
                "the bridge would reopen in May".to_string(),
                "City officials".to_string(),
                "said".to_string(),
                true
            ),
        ]
    );
}

#[test]
fn spans_are_valid_on_hostile_input() {
    let inputs = [
        String::from("\u{201c}\u{201c}\u{201d}\u{201d}\"\"''\u{ab}"),
        "\u{201c}".repeat(5000),
        "\"a\" ".repeat(3000),
        String::from("caf\u{e9} \u{201c}na\u{ef}ve\u{201d} \u{1f600} said \u{2019}s \u{ad}"),
        String::from("said said said according to to to , , he she they who"),
    ];
    for input in &inputs {
        let (text, spans) = article(&[input, input]);
        for a in extract(&text, &spans) {
            assert!(text.get(a.quote.clone()).is_some());
            assert!(
                spans[a.paragraph].start <= a.quote.start && a.quote.end <= spans[a.paragraph].end
            );
        }
    }
    // Spans that are out of range or off char boundaries are ignored, not trusted.
    let text = "T\n\u{e9}\u{e9} \"x y z\" he said";
    let backwards = Range { start: 5, end: 2 };
    let _ = extract(text, &[3..4, 0..100, backwards]);
}

/// Extraction speed on the BBC corpus in `../shared` (skipped when absent). Run with
/// `cargo test --release -- --ignored --nocapture throughput`.
#[test]
#[ignore]
fn throughput_on_bbc() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    if !root.is_dir() {
        eprintln!("no BBC corpus at {}; skipping", root.display());
        return;
    }
    let mut articles = Vec::new();
    for path in crate::corpus::walk(&root).flatten() {
        if let Ok(read) = crate::corpus::read_file(&path) {
            articles.extend(read.articles);
        }
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let spans: Vec<_> = articles.iter().map(|a| a.paragraph_spans()).collect();
    let start = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..5 {
        for (a, s) in articles.iter().zip(&spans) {
            found += extract(&a.text, s).len();
        }
    }
    let secs = start.elapsed().as_secs_f64() / 5.0;
    eprintln!(
        "{} articles, {:.1} MB, {:.3} s per pass: {:.1} MB/s, {} attributions",
        articles.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        found / 5
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

/// Pieces that random articles are made of: words, names, cues, marks and odd chars.
const PIECES: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "to",
    "he",
    "she",
    "they",
    "who",
    "that",
    "the",
    "a",
    "Sen.",
    "Mr.",
    "Ann",
    "Lee",
    "Park",
    "of",
    "State",
    "Department",
    "official",
    ",",
    ".",
    ":",
    ";",
    "(",
    ")",
    "-",
    "\u{2014}",
    "\"",
    "''",
    "'",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}s",
    "\u{ab}",
    "\u{bb}",
    "U.S.",
    "46-year-old",
    "adding",
    "and",
    "In",
    "poll",
    "\u{e9}t\u{e9}",
    "\u{1f600}",
    "\u{ad}",
    "\u{202a}",
    "\n",
    "\n\n",
    "The",
    "spokesman",
    "called",
    "it",
    "I\u{2019}m",
    "O\u{2019}Neill",
    "de",
    "Jr.",
    "NBC",
    "News",
    "asked",
];

#[test]
fn random_articles_never_panic_and_spans_stay_valid() {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = (next() % 120) as usize;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() % 3 > 0 {
                text.push(' ');
            }
        }
        let mut spans = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices('\n') {
            if i > start {
                spans.push(start..i);
            }
            start = i + 1;
        }
        if start < text.len() {
            spans.push(start..text.len());
        }
        for a in extract(&text, &spans) {
            assert!(text.get(a.quote.clone()).is_some(), "{text:?}");
            let p = &spans[a.paragraph];
            assert!(p.start <= a.quote.start && a.quote.end <= p.end, "{text:?}");
        }
    }
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
