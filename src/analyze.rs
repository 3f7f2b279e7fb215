//! The step shared by `search extract` and `search index`: run the extractor over an
//! article and turn its byte spans into the char offsets and records users see.

use crate::corpus::{Article, Paragraph};
use crate::extract;
use crate::output::wire::AttributionRecord;

/// An article with the attributions found in it.
#[derive(Debug)]
pub struct Analyzed {
    /// The article as read.
    pub article: Article,
    /// Each attribution with the index of its paragraph in `article.paragraphs`,
    /// ordered by paragraph (then text order).
    pub attributions: Vec<(usize, AttributionRecord)>,
}

impl Analyzed {
    /// The attributions of each paragraph, in paragraph order: one slice per paragraph
    /// of `article.paragraphs` (in one pass, however long the article).
    pub fn by_paragraph(&self) -> Vec<&[(usize, AttributionRecord)]> {
        let mut out = Vec::with_capacity(self.article.paragraphs.len());
        let mut rest = self.attributions.as_slice();
        for i in 0..self.article.paragraphs.len() {
            let here = rest.iter().take_while(|(p, _)| *p == i).count();
            let (mine, later) = rest.split_at(here);
            out.push(mine);
            rest = later;
        }
        out
    }
}

impl Analyzed {
    /// The passages users see, each with its attributions: every body paragraph, and
    /// the headline (passage 0) where it carries an attribution. A headline without
    /// one is no passage of its own: every passage is searched by its article's title,
    /// and every view shows the title.
    pub fn passages(&self) -> impl Iterator<Item = (&Paragraph, &[(usize, AttributionRecord)])> {
        self.article
            .paragraphs
            .iter()
            .zip(self.by_paragraph())
            .filter(|(p, attributions)| p.number > 0 || !attributions.is_empty())
    }

    /// How many body paragraphs the article has (the headline is not one).
    pub fn body_paragraphs(&self) -> usize {
        self.article
            .paragraphs
            .iter()
            .filter(|p| p.number > 0)
            .count()
    }
}

/// Extracts the attributions of an article.
pub fn analyze(article: Article) -> Analyzed {
    let headline = article.headline_span();
    let mut found =
        extract::extract_article(&article.text, headline.clone(), &article.body_spans());
    if headline.is_some() {
        // An "NBC News: ..." headline names the outlet the article is from (the corpus
        // took it as the article's source), not a source it quotes.
        found.retain(|a| a.paragraph != 0 || article.source.as_deref() != Some(&a.mention));
    }
    let mut chars = CharCounter::new(&article.text);
    found.sort_by_key(|a| a.paragraph);
    let attributions = found
        .into_iter()
        .map(|a| {
            let start = chars.char_offset(a.quote.start);
            let end = chars.char_offset(a.quote.end);
            let record = AttributionRecord {
                kind: a.kind.as_str().to_string(),
                quote: article.text[a.quote.clone()].to_string(),
                speaker: a.speaker,
                speaker_mention: a.mention,
                cue: a.cue,
                attribution: a.attribution,
                anonymous: a.anonymous,
                start,
                end,
            };
            (a.paragraph, record)
        })
        .collect();
    Analyzed {
        article,
        attributions,
    }
}

/// Converts byte offsets to char offsets, walking from the last answer so that offsets
/// asked in increasing order cost one pass over the text in all, and a step back costs
/// only its own length.
pub struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The char offset of byte offset `byte` (clamped to the text; a byte inside a char
    /// counts as that char's start).
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        // Count the bytes that start a char (everything but UTF-8 continuation bytes)
        // between the last offset and this one, back or forth: the offsets come nearly
        // in order, and a paragraph may be megabytes long.
        let starts = |bytes: &[u8]| bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
        let bytes = self.text.as_bytes();
        if byte < self.byte {
            self.chars -= starts(&bytes[byte..self.byte]);
        } else {
            self.chars += starts(&bytes[self.byte..byte]);
        }
        self.byte = byte;
        self.chars
    }
}

/// A passage's text for display and indexing: line breaks inside a paragraph (hard
/// wrapping) become spaces, one for one, so char offsets are unchanged.
pub fn passage_text(raw: &str) -> String {
    raw.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_multibyte_chars_once() {
        let text = "\u{201c}Caf\u{e9},\u{201d} she said.";
        let mut counter = CharCounter::new(text);
        let said = text.find("said").expect("said");
        assert_eq!(counter.char_offset(said), 12);
        assert_eq!(counter.char_offset(3), 1);
        assert_eq!(counter.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn attributions_are_grouped_by_paragraph() {
        let text =
            "Title\n\n\"One,\" she said.\n\nNothing here.\n\n\"Two,\" he said. \"Three,\" he said.";
        let article = crate::corpus::parse_bytes("a.txt", text.as_bytes(), false)
            .expect("parses")
            .articles
            .remove(0);
        let analyzed = analyze(article);
        let counts: Vec<usize> = analyzed.by_paragraph().iter().map(|p| p.len()).collect();
        assert_eq!(counts, [0, 1, 0, 2], "the headline is passage 0");
    }

    #[test]
    fn passage_text_keeps_char_offsets() {
        let raw = "wrapped\nline\r\nend";
        let text = passage_text(raw);
        assert_eq!(text, "wrapped line  end");
        assert_eq!(text.chars().count(), raw.chars().count());
    }
}
