//! Highlighting: which words of a passage matched the query. The query's terms are
//! collected once; the passage is run through the same analyzer, and every token whose
//! analysed form is a query term is marked.

use std::collections::HashSet;

use super::query::Ranked;
use crate::analyze::CharCounter;
use crate::index::{stem_into, words, Folder, QuoteFields, MAX_WORD_BYTES};
use crate::output::wire::CharRange;

/// The analysed terms of a query that can appear in a passage's text.
pub fn highlight_terms(query: &Ranked, fields: &QuoteFields) -> HashSet<String> {
    let textual = [
        fields.speakers,
        fields.text,
        fields.quote,
        fields.attribution,
        fields.speaker,
        fields.mention,
    ];
    let mut terms = HashSet::new();
    query.query_terms(&mut |term, _| {
        if textual.contains(&term.field()) {
            if let Some(text) = term.value().as_str() {
                terms.insert(text.to_string());
            }
        }
    });
    terms
}

/// Char ranges of the tokens of `text` whose analysed form is in `terms`, in order.
///
/// Stemming every word of every hit is the costly part, so words are first
/// lower-cased and folded only, and stemmed only when they could stem to one of the
/// terms: begin like it (an English stem keeps at least the first char of its word)
/// and are at least as long (a stem is never longer than its word). Words are split as
/// the index's tokenizer splits them (runs of letters and digits); an ASCII word is
/// lower-cased in place, any other goes through the analyzer's own filters.
pub fn highlights(text: &str, terms: &HashSet<String>) -> Vec<CharRange> {
    if terms.is_empty() {
        return Vec::new();
    }
    // Each term's first char, and its length: a stem is never longer than its word.
    let prefixes: Vec<(&str, usize)> = terms
        .iter()
        .map(|t| {
            let prefix = t
                .char_indices()
                .nth(PREFIX)
                .map_or(t.as_str(), |(i, _)| &t[..i]);
            (prefix, t.chars().count())
        })
        .collect();
    // The shortest term beginning with each ASCII char, lower-cased (0: none): most
    // words are ruled out by this before any copying.
    let mut shortest = [0usize; 128];
    for &(prefix, len) in &prefixes {
        if let Some(&first) = prefix.as_bytes().first().filter(|b| b.is_ascii()) {
            let slot = &mut shortest[usize::from(first)];
            if *slot == 0 || len < *slot {
                *slot = len;
            }
        }
    }
    // A handful of terms: comparing them beats hashing the stem.
    let wanted: Vec<&str> = terms.iter().map(String::as_str).collect();
    let mut folder = Folder::default();
    let mut folded = String::new();
    let mut stem = String::new();
    let mut chars = CharCounter::new(text);
    let mut out: Vec<CharRange> = Vec::new();
    for word in words(text) {
        if word.text.len() >= MAX_WORD_BYTES {
            continue;
        }
        if word.ascii {
            // Most words are ruled out by their first letter and length, before any
            // copying: a term's first char is ASCII if it can match an ASCII word.
            let first = word.text.as_bytes()[0].to_ascii_lowercase();
            let shortest = shortest[usize::from(first)];
            if shortest == 0 || shortest > word.text.len() {
                continue;
            }
        }
        folder.fold(&word, &mut folded);
        let chars_in_word = match folded.is_ascii() {
            true => folded.len(),
            false => folded.chars().count(),
        };
        if !prefixes
            .iter()
            .any(|&(p, len)| len <= chars_in_word && folded.starts_with(p))
        {
            continue;
        }
        stem_into(&folded, &mut stem);
        if wanted.contains(&stem.as_str()) {
            let start = chars.char_offset(word.from);
            let end = chars.char_offset(word.from + word.text.len());
            out.push([start, end]);
        }
    }
    out
}

/// Chars a word and its stem share at least. English stems change word endings,
/// but a short word can change from its second char: "spy" stems to "spi", "dying"
/// to "die".
const PREFIX: usize = 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_terms_and_changed_endings_still_match() {
        let terms: HashSet<String> = ["go", "happi", "agre"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let text = "Go on, happy people agreed.";
        let ranges = highlights(text, &terms);
        assert_eq!(ranges, [[0, 2], [7, 12], [20, 26]]);
        let terms: HashSet<String> = ["spi", "die"].iter().map(|s| s.to_string()).collect();
        assert_eq!(highlights("A spy, dying.", &terms), [[2, 5], [7, 12]]);
    }

    /// What `highlights` must find: every token of the index's own analyzer whose
    /// analysed form is a term.
    fn by_the_analyzer(text: &str, terms: &HashSet<String>) -> Vec<CharRange> {
        let mut analyzer = crate::index::analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut chars = CharCounter::new(text);
        let mut out = Vec::new();
        while stream.advance() {
            let token = stream.token();
            if terms.contains(&token.text) {
                out.push([
                    chars.char_offset(token.offset_from),
                    chars.char_offset(token.offset_to),
                ]);
            }
        }
        out
    }

    #[test]
    fn finds_the_tokens_the_index_analyzer_finds() {
        let long = "x".repeat(39);
        let too_long = "x".repeat(40);
        let text = format!(
            "\u{c9}COLE de la Cit\u{e9}: STRASSE, Stra\u{df}e \u{fb01}nance 2024's \
             r\u{e9}sum\u{e9}s; \u{130}stanbul \u{1f600}talks\u{1f600} {long} {too_long} \
             \u{3c3}\u{3bf}\u{3c6}\u{3af}\u{3b1} ON-LINE a1b2 \u{665}\u{666} \
             spy dying lying tying skies skis idly gently ugly early only singly news \
             atlas bias hoping agreed happily generalization yelled Yes sky by"
        );
        let mut analyzer = crate::index::analyzer();
        let mut stream = analyzer.token_stream(&text);
        let mut every = HashSet::new();
        while stream.advance() {
            every.insert(stream.token().text.clone());
        }
        assert!(every.len() > 10, "{every:?}");
        // A word the analyzer drops for its length is not marked either.
        every.insert(too_long.clone());
        assert_eq!(highlights(&text, &every), by_the_analyzer(&text, &every));
        for term in &every {
            let one: HashSet<String> = [term.clone()].into_iter().collect();
            assert_eq!(
                highlights(&text, &one),
                by_the_analyzer(&text, &one),
                "{term}"
            );
        }
    }

    proptest::proptest! {
        /// On any text, the same tokens as the analyzer, and no panic.
        #[test]
        fn any_text_is_split_as_the_analyzer_splits_it(text in "\\PC{0,80}", pick in 0usize..8) {
            let mut analyzer = crate::index::analyzer();
            let mut stream = analyzer.token_stream(&text);
            let mut tokens = Vec::new();
            while stream.advance() {
                tokens.push(stream.token().text.clone());
            }
            let every: HashSet<String> = tokens.iter().cloned().collect();
            proptest::prop_assert_eq!(highlights(&text, &every), by_the_analyzer(&text, &every));
            if let Some(one) = tokens.get(pick) {
                let one: HashSet<String> = [one.clone()].into_iter().collect();
                proptest::prop_assert_eq!(highlights(&text, &one), by_the_analyzer(&text, &one));
            }
        }
    }

    #[test]
    fn marks_stemmed_and_folded_matches() {
        let terms: HashSet<String> = ["talk", "muller"].iter().map(|s| s.to_string()).collect();
        let text = "M\u{fc}ller said talks stalled; talking helps.";
        let ranges = highlights(text, &terms);
        let words: Vec<String> = ranges
            .iter()
            .map(|[s, e]| text.chars().skip(*s).take(e - s).collect())
            .collect();
        assert_eq!(words, ["M\u{fc}ller", "talks", "talking"]);
    }
}
