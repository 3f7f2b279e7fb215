//! The index's English analysis in one pass: [`English`] produces exactly the tokens of
//! tantivy's `SimpleTokenizer`, `RemoveLongFilter`, `LowerCaser` and
//! `AsciiFoldingFilter` followed by English stemming (through the memo of
//! `index::stem`), with the same offsets and positions. Chained, each filter looks at
//! every token again; news is nearly all ASCII, where finding a word, lower-casing it
//! and folding it (a no-op) can be one walk over its bytes. A word with any other char
//! goes through tantivy's own filters, so the tokens never differ. [`words`] and
//! [`Folder`] are the steps before stemming, for highlighting.

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

use super::schema::MAX_WORD_BYTES;
use super::stem::stem_into;

/// The analysis as one tokenizer (see the module documentation).
#[derive(Clone, Default)]
pub struct English {
    token: Token,
    folder: Folder,
    folded: String,
}

impl Tokenizer for English {
    type TokenStream<'a> = EnglishStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> EnglishStream<'a> {
        self.token.reset();
        EnglishStream {
            words: words(text),
            analysis: self,
        }
    }
}

/// The token stream of [`English`].
pub struct EnglishStream<'a> {
    words: Words<'a>,
    analysis: &'a mut English,
}

impl TokenStream for EnglishStream<'_> {
    fn advance(&mut self) -> bool {
        let analysis = &mut *self.analysis;
        for word in self.words.by_ref() {
            // Every word counts for positions, kept or not (as with the chained filters).
            analysis.token.position = analysis.token.position.wrapping_add(1);
            if word.text.len() >= MAX_WORD_BYTES {
                continue;
            }
            analysis.folder.fold(&word, &mut analysis.folded);
            stem_into(&analysis.folded, &mut analysis.token.text);
            analysis.token.offset_from = word.from;
            analysis.token.offset_to = word.from + word.text.len();
            return true;
        }
        analysis.token.position = analysis.token.position.wrapping_add(1);
        analysis.token.text.clear();
        false
    }

    fn token(&self) -> &Token {
        &self.analysis.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.analysis.token
    }
}

/// A word of a text, as the index splits text: a maximal run of letters and digits.
pub struct Word<'a> {
    /// Its byte offset in the text.
    pub from: usize,
    /// The word as written.
    pub text: &'a str,
    /// Whether it is all ASCII.
    pub ascii: bool,
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`].
pub struct Words<'a> {
    text: &'a str,
    /// Where the next word is looked for, in bytes.
    at: usize,
}

impl Words<'_> {
    /// Whether the char at byte `i` (not ASCII) belongs to a word, and its length.
    fn wide_char_at(&self, i: usize) -> (bool, usize) {
        self.text[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        while self.at < len {
            let byte = bytes[self.at];
            if byte.is_ascii() {
                if byte.is_ascii_alphanumeric() {
                    break;
                }
                self.at += 1;
            } else {
                let (word, width) = self.wide_char_at(self.at);
                if word {
                    break;
                }
                self.at += width;
            }
        }
        if self.at >= len {
            return None;
        }
        let from = self.at;
        let mut ascii = true;
        while self.at < len {
            let byte = bytes[self.at];
            if byte.is_ascii() {
                if !byte.is_ascii_alphanumeric() {
                    break;
                }
                self.at += 1;
            } else {
                let (word, width) = self.wide_char_at(self.at);
                if !word {
                    break;
                }
                ascii = false;
                self.at += width;
            }
        }
        Some(Word {
            from,
            text: &self.text[from..self.at],
            ascii,
        })
    }
}

/// Lower-cases and folds words as the index does before stemming.
#[derive(Clone, Default)]
pub struct Folder {
    /// tantivy's own filters, for words that are not all ASCII; made when needed.
    unicode: Option<TextAnalyzer>,
}

impl Folder {
    /// `word` lower-cased and folded, into `out`.
    pub fn fold(&mut self, word: &Word, out: &mut String) {
        out.clear();
        if word.ascii {
            out.push_str(word.text);
            out.make_ascii_lowercase();
            return;
        }
        let mut stream = self
            .unicode
            .get_or_insert_with(unicode_analyzer)
            .token_stream(word.text);
        while stream.advance() {
            out.push_str(&stream.token().text);
        }
    }
}

/// Lower-casing and folding of one word with tantivy's own filters.
fn unicode_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{Language, RemoveLongFilter, Stemmer};

    use super::*;

    /// The chained analysis that [`English`] replaces, with tantivy's own stemmer
    /// (the memo's stems are the same: see `index::stem`).
    fn chained() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build()
    }

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn matches_the_chained_filters_on_news_like_text() {
        let text = "Müller SAID: \"Talks resumed\" — İstanbul's mayor, 2,500 votes; \
                    naïve café-owners ÉTÉ ß \u{301}x x\u{301} \
                    averyveryveryveryveryveryverylongwordthatisover40bytes ok 日本語 end";
        assert_eq!(
            tokens(TextAnalyzer::from(English::default()), text),
            tokens(chained(), text)
        );
        assert_eq!(tokens(TextAnalyzer::from(English::default()), ""), vec![]);
    }

    proptest::proptest! {
        #[test]
        fn matches_the_chained_filters_on_any_text(text in "\\PC{0,80}") {
            proptest::prop_assert_eq!(
                tokens(TextAnalyzer::from(English::default()), &text),
                tokens(chained(), &text)
            );
        }

        #[test]
        fn matches_the_chained_filters_on_words(
            text in "([A-Za-z0-9éÉİßü\u{301}]{1,45}[ ,.;'\u{2014}]{1,3}){0,12}"
        ) {
            proptest::prop_assert_eq!(
                tokens(TextAnalyzer::from(English::default()), &text),
                tokens(chained(), &text)
            );
        }
    }
}
