//! Highlighting: which words of a passage matched the query. The query's terms are
//! collected once; the passage is run through the same analyzer, and every token whose
//! analysed form is a query term is marked.

use std::collections::HashSet;

use tantivy::query::Query;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};

use crate::analyze::CharCounter;
use crate::index::{analyzer, QuoteFields};
use crate::output::wire::CharRange;

/// The analysed terms of a query that can appear in a passage's text.
pub fn highlight_terms(query: &dyn Query, fields: &QuoteFields) -> HashSet<String> {
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
/// lower-cased and folded only, and stemmed only when they begin like one of the terms
/// (an English stem keeps all but, at most, the end of its word).
pub fn highlights(text: &str, terms: &HashSet<String>) -> Vec<CharRange> {
    if terms.is_empty() {
        return Vec::new();
    }
    let prefixes: Vec<&str> = terms
        .iter()
        .map(|t| {
            t.char_indices()
                .nth(PREFIX)
                .map_or(t.as_str(), |(i, _)| &t[..i])
        })
        .collect();
    let mut words = unstemmed();
    let mut stemmer = analyzer();
    let mut stream = words.token_stream(text);
    let mut chars = CharCounter::new(text);
    let mut out: Vec<CharRange> = Vec::new();
    while stream.advance() {
        let token = stream.token();
        if !prefixes.iter().any(|p| token.text.starts_with(p)) {
            continue;
        }
        let mut stemmed = stemmer.token_stream(&token.text);
        if stemmed.advance() && terms.contains(&stemmed.token().text) {
            let start = chars.char_offset(token.offset_from);
            let end = chars.char_offset(token.offset_to);
            out.push([start, end]);
        }
    }
    out
}

/// Chars a word and its stem share at least (Porter stems change only word endings).
const PREFIX: usize = 3;

/// The index analyzer without its stemmer.
fn unstemmed() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

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
