//! English stemming with a memo per thread. Stemming is a large share of indexing and
//! highlighting time, and news repeats its words: each thread remembers the stems it
//! computed (up to a bound), so most words are stemmed once. The stems are exactly
//! those of tantivy's English `Stemmer` (the same algorithm, from the same crate).

use std::cell::RefCell;
use std::collections::HashMap;

/// Words remembered per thread before the memo starts afresh.
const MEMO_LIMIT: usize = 200_000;

/// A stemmer and the stems it has computed. The memo is looked up for every word
/// indexed: it hashes with foldhash, several times cheaper than the standard SipHash
/// on short words, seeded at random per process like the standard one.
type Memo = (
    frostem::Stemmer,
    HashMap<Box<str>, Box<str>, foldhash::fast::RandomState>,
);

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new((
        frostem::Stemmer::new(frostem::Algorithm::English),
        HashMap::default(),
    ));
}

/// Words this long (bytes) or shorter are their own stems: the English stemmer leaves
/// words of under three letters alone. A fifth of the words of news ("a", "of", "to",
/// "he") skip the memo.
const OWN_STEM_BYTES: usize = 2;

/// The English stem of a lower-cased word.
pub fn stem_into(word: &str, out: &mut String) {
    if word.len() <= OWN_STEM_BYTES {
        out.clear();
        out.push_str(word);
        return;
    }
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let (stemmer, seen) = &mut *memo;
        out.clear();
        if let Some(stem) = seen.get(word) {
            out.push_str(stem);
            return;
        }
        let stem = stemmer.stem(word);
        out.push_str(&stem);
        if seen.len() >= MEMO_LIMIT {
            seen.clear();
        }
        seen.insert(word.into(), stem.as_ref().into());
    });
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};

    use super::*;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn stems_exactly_as_tantivy_does() {
        let text = "The ministers were negotiating; negotiations resumed. Happily, agreed talks talking ran running flies \
                    a I of is as us ys y\u{e9} \u{e9}s ye yes sky spy";
        let lower = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .build();
        let theirs = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        let ours = |text: &str| -> Vec<String> {
            tokens(lower.clone(), text)
                .iter()
                .map(|word| {
                    let mut stem = String::new();
                    stem_into(word, &mut stem);
                    stem
                })
                .collect()
        };
        // Every word of one or two bytes is its own stem.
        let short: Vec<String> = ('a'..='z')
            .chain('0'..='9')
            .flat_map(|a| {
                ('a'..='z')
                    .chain('0'..='9')
                    .map(move |b| format!("{a}{b} {a}"))
            })
            .collect();
        let short = short.join(" ");
        assert_eq!(ours(&short), tokens(theirs.clone(), &short));
        // Twice: the second pass reads the memo.
        assert_eq!(ours(text), tokens(theirs.clone(), text));
        assert_eq!(ours(text), tokens(theirs, text));
    }
}
