//! The index's English analysis in one pass: [`English`] produces exactly the tokens of
//! tantivy's `SimpleTokenizer`, `RemoveLongFilter`, `LowerCaser` and
//! `AsciiFoldingFilter` followed by English stemming (through the memo of
//! `index::stem`), with the same offsets and positions. Chained, each filter looks at every token again;
//! news is nearly all ASCII, where finding a word, lower-casing it and folding it (a
//! no-op) can be one walk over its bytes. A word with any other char goes through
//! tantivy's own filters, so the tokens never differ.

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

use super::schema::MAX_WORD_BYTES;
use super::stem::stem_into;

/// The analysis as one tokenizer (see the module documentation).
#[derive(Clone, Default)]
pub struct English {
    token: Token,
    /// Lower-casing and folding for words that are not all ASCII, made when needed.
    unicode: Option<TextAnalyzer>,
    folded: String,
}

impl Tokenizer for English {
    type TokenStream<'a> = EnglishStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> EnglishStream<'a> {
        self.token.reset();
        EnglishStream {
            text,
            at: 0,
            analysis: self,
        }
    }
}

/// The token stream of [`English`].
pub struct EnglishStream<'a> {
    text: &'a str,
    /// Where the next word is looked for, in bytes.
    at: usize,
    analysis: &'a mut English,
}

impl EnglishStream<'_> {
    /// Whether the char at byte `i` (not ASCII) belongs to a word, and its length.
    fn wide_char_at(&self, i: usize) -> (bool, usize) {
        self.text[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
    }

    /// The next run of word chars, as a byte range, and whether it is all ASCII.
    fn next_word(&mut self) -> Option<(usize, usize, bool)> {
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
        Some((from, self.at, ascii))
    }
}

impl TokenStream for EnglishStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let analysis = &mut *self.analysis;
            // Every word counts for positions, kept or not (as with the chained filters).
            analysis.token.position = analysis.token.position.wrapping_add(1);
            let Some((from, to, ascii)) = self.next_word() else {
                self.analysis.token.text.clear();
                return false;
            };
            if to - from >= MAX_WORD_BYTES {
                continue;
            }
            let word = &self.text[from..to];
            let analysis = &mut *self.analysis;
            analysis.folded.clear();
            if ascii {
                analysis.folded.push_str(word);
                analysis.folded.make_ascii_lowercase();
            } else {
                let unicode = analysis.unicode.get_or_insert_with(unicode_analyzer);
                let mut stream = unicode.token_stream(word);
                while stream.advance() {
                    analysis.folded.push_str(&stream.token().text);
                }
            }
            stem_into(&analysis.folded, &mut analysis.token.text);
            analysis.token.offset_from = from;
            analysis.token.offset_to = to;
            return true;
        }
    }

    fn token(&self) -> &Token {
        &self.analysis.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.analysis.token
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
