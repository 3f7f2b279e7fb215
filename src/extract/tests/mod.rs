//! Whole-extractor tests: short articles written for these tests, run through
//! [`extract`], checked quote by quote (`direct`, `reported`), and hostile or random
//! input that must not panic (`robust`).

use super::*;

mod addressees;
mod asides;
mod chains;
mod clause_adverbs;
mod clause_ends;
mod clause_starts;
mod closed_quotes;
mod companies;
mod contractions;
mod cues;
mod direct;
mod empty_subjects;
mod handing_on;
mod headlines;
mod in_document;
mod inversions;
mod markup;
mod modal_names;
mod modifiers;
mod naming;
mod nested_marks;
mod numbered;
mod openers;
mod partial;
mod participles;
mod phrases;
mod possessives;
mod quoted_titles;
mod relatives;
mod reported;
mod robust;
mod run_on;
mod seeming;
mod shares;
mod source_nouns;
mod speakers;
mod stances;
mod turns;
mod unnamed;

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

/// (clause, mention, cue) of each indirect attribution.
fn reported(paragraphs: &[&str]) -> Vec<(String, String, String)> {
    let (text, spans) = article(paragraphs);
    extract(&text, &spans)
        .into_iter()
        .filter(|a| a.kind == Kind::Indirect)
        .map(|a| (text[a.quote].to_string(), a.mention, a.cue))
        .collect()
}

/// (mention, cue) of each triple [`reported`] gives.
fn mention_cues(found: &[(String, String, String)]) -> Vec<(&str, &str)> {
    found
        .iter()
        .map(|(_, m, c)| (m.as_str(), c.as_str()))
        .collect()
}

/// (clause, cue) of each triple [`reported`] gives.
fn clause_cues(found: &[(String, String, String)]) -> Vec<(&str, &str)> {
    found
        .iter()
        .map(|(q, _, c)| (q.as_str(), c.as_str()))
        .collect()
}

/// Expected (clause, mention, cue) triples, as [`reported`] gives them.
fn triples(want: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    want.iter()
        .map(|(q, m, c)| (q.to_string(), m.to_string(), c.to_string()))
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
fn a_speaker_name_is_written_with_single_spaces() {
    for (name, want) in [
        ("Jo Lee", "Jo Lee"),
        ("Jo  Lee", "Jo Lee"),
        ("Jo\nLee", "Jo Lee"),
        ("Jo \u{a0}Lee", "Jo Lee"),
        ("Mr. Jo Lee Jr.", "Mr. Jo Lee Jr."),
        ("Lee", "Lee"),
    ] {
        assert_eq!(single_spaced(name.to_string()), want, "{name:?}");
    }
}

#[test]
fn a_name_of_many_words_is_one_entity() {
    let found = direct(&[
        "Maria Anna Sofia Teresa Luisa Carmen Elena Rosa Vega arrived on Monday.",
        "“We are ready for the vote,” Vega said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1.as_deref(),
        Some("Maria Anna Sofia Teresa Luisa Carmen Elena Rosa Vega")
    );
}
