//! English stemming with a memo per thread. Stemming is a large share of indexing and
//! highlighting time, and news repeats its words: each thread remembers the stems it
//! computed (up to a bound), so most words are stemmed once. The stems are exactly
//! those of tantivy's English `Stemmer` (the same algorithm, from the same crate).

use std::cell::RefCell;
use std::collections::HashMap;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words remembered per thread before the memo starts afresh.
const MEMO_LIMIT: usize = 200_000;
/// Words this long (bytes) or shorter are their own stems: the English stemmer leaves
/// words of under three letters alone. A fifth of the words of news ("a", "of", "to",
/// "he") skip the memo.
const OWN_STEM_BYTES: usize = 2;
/// Slots of the cache in front of the memo: words a thread met last, by a hash.
const RECENT_SLOTS: usize = 4096;
/// Longest word the cache holds, in bytes (a stem is never longer than its word).
const RECENT_BYTES: usize = 14;

/// A word and its stem, inline: a lookup reads one slot and no other memory, where
/// the memo's table points to both strings elsewhere on the heap.
#[derive(Clone, Copy, Default)]
struct Slot {
    word_len: u8,
    stem_len: u8,
    word: [u8; RECENT_BYTES],
    stem: [u8; RECENT_BYTES],
}

/// A stemmer, the stems it has computed, and the cache of recent words in front.
struct Memo {
    stemmer: frostem::Stemmer,
    seen: HashMap<Box<str>, Box<str>>,
    recent: Vec<Slot>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        seen: HashMap::new(),
        recent: vec![Slot::default(); RECENT_SLOTS],
    });
}

/// The cache slot of a word (FxHash's multiply and rotate, over its bytes).
fn slot_of(word: &[u8]) -> usize {
    let mut hash: u64 = 0;
    for &byte in word {
        hash = (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    (hash >> 52) as usize % RECENT_SLOTS
}

/// The English stem of a lower-cased word.
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    if word.len() <= OWN_STEM_BYTES {
        out.push_str(word);
        return;
    }
    MEMO.with(|memo| {
        let memo = &mut *memo.borrow_mut();
        let bytes = word.as_bytes();
        let at = (bytes.len() <= RECENT_BYTES).then(|| slot_of(bytes));
        if let Some(slot) = at.map(|at| &memo.recent[at]) {
            let stem = std::str::from_utf8(&slot.stem[..usize::from(slot.stem_len)]);
            if &slot.word[..usize::from(slot.word_len)] == bytes {
                if let Ok(stem) = stem {
                    out.push_str(stem);
                    return;
                }
            }
        }
        match memo.seen.get(word) {
            Some(stem) => out.push_str(stem),
            None => {
                let stem = memo.stemmer.stem(word);
                out.push_str(&stem);
                if memo.seen.len() >= MEMO_LIMIT {
                    memo.seen.clear();
                }
                memo.seen.insert(word.into(), stem.as_ref().into());
            }
        }
        if let Some(at) = at.filter(|_| out.len() <= RECENT_BYTES) {
            let slot = &mut memo.recent[at];
            slot.word[..bytes.len()].copy_from_slice(bytes);
            slot.word_len = bytes.len() as u8;
            slot.stem[..out.len()].copy_from_slice(out.as_bytes());
            slot.stem_len = out.len() as u8;
        }
    });
}

/// A token filter replacing each token by its English stem.
#[derive(Clone, Copy, Debug, Default)]
pub struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter { inner: tokenizer }
    }
}

/// [`MemoStemmer`] applied to a tokenizer.
#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            buffer: String::new(),
        }
    }
}

/// The token stream of [`MemoStemmerFilter`].
pub struct MemoStemmerStream<T> {
    tail: T,
    buffer: String,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        stem_into(&token.text, &mut self.buffer);
        std::mem::swap(&mut token.text, &mut self.buffer);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
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
                    a I of is as us ys y\u{e9} \u{e9}s ye yes sky spy \
                    internationalization counterproductively r\u{e9}sum\u{e9}s na\u{ef}vet\u{e9}s";
        let ours = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(MemoStemmer)
            .build();
        let theirs = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
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
        assert_eq!(tokens(ours.clone(), &short), tokens(theirs.clone(), &short));
        // More words than the cache has slots, so that they share slots, twice.
        let many: Vec<String> = (0..3 * RECENT_SLOTS)
            .map(|n| format!("talk{}ing", n % 700))
            .chain(["talking".to_string(), "talked".to_string()])
            .collect();
        let many = many.join(" ");
        for _ in 0..2 {
            assert_eq!(tokens(ours.clone(), &many), tokens(theirs.clone(), &many));
        }
        // Three times: the later passes read the memo and the cache of recent words.
        for _ in 0..3 {
            assert_eq!(tokens(ours.clone(), text), tokens(theirs.clone(), text));
        }
    }
}
