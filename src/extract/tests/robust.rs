//! Input that must not break the extractor, and its speed.

use super::*;

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

#[test]
fn a_sentence_dense_with_cues_gives_output_linear_in_its_length() {
    // No full stop in thousands of words, a cue every few: each reported clause must
    // not run to the end of the "sentence", or the output grows with the square.
    let unit = "officials said prices rose while Kim reported that costs fell and ";
    for words in [2_000, 8_000] {
        let body = unit.repeat(words / 12);
        let (text, spans) = article(&[&body]);
        let quoted: usize = extract(&text, &spans)
            .iter()
            .map(|a| a.quote.end - a.quote.start)
            .sum();
        assert!(
            quoted < 20 * body.len(),
            "{words} words: {quoted} bytes quoted from {}",
            body.len()
        );
    }
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
