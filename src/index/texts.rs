//! Passage texts, stored once however many passages share them.
//!
//! News repeats itself: wire stories run verbatim in many outlets, boilerplate closes
//! every article of a feed. A passage document stores the key of its text (a 64-bit
//! hash); the text itself is stored once, in a text document holding the key (indexed),
//! a second independent hash (fast, to tell a match from a key collision) and the text.
//! Text documents belong to no file: replacing or deleting files leaves them, and
//! `search index --rebuild` drops those no passage uses any more.

use std::collections::HashMap;

use anyhow::Context;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, Searcher, TantivyDocument, Term, TERMINATED};

use super::schema::{QuoteFields, TEXT_CHECK_FIELD};

/// The key and check hashes of a passage text.
pub fn hashes(text: &str) -> (u64, u64) {
    let key = crate::pipeline::fnv1a(text.as_bytes());
    // A different offset basis and the length make an independent second hash.
    let mut check: u64 = 0x84222325_cbf29ce4 ^ text.len() as u64;
    for &byte in text.as_bytes().iter().rev() {
        check ^= u64::from(byte);
        check = check.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (key, check)
}

/// What the index already holds, while building: texts stored in this run, and the
/// index as it was before the run (unless rebuilding).
pub struct TextSet {
    stored: HashMap<u64, u64>,
    previous: Option<Searcher>,
}

/// Where a passage's text is.
pub enum TextPlace {
    /// In a text document with this key; `true` when that document is still to be
    /// added.
    Shared(u64, bool),
    /// Stored with the passage (the key is taken by another text).
    Inline,
}

impl TextSet {
    /// A set that also consults `previous`, the index before this run.
    pub fn new(previous: Option<Searcher>) -> Self {
        TextSet {
            stored: HashMap::new(),
            previous,
        }
    }

    /// Where the text with these hashes goes.
    pub fn place(
        &mut self,
        fields: &QuoteFields,
        key: u64,
        check: u64,
    ) -> anyhow::Result<TextPlace> {
        if let Some(&known) = self.stored.get(&key) {
            return Ok(if known == check {
                TextPlace::Shared(key, false)
            } else {
                TextPlace::Inline
            });
        }
        let before = match &self.previous {
            Some(searcher) => check_of(searcher, fields, key)?,
            None => None,
        };
        self.stored.insert(key, before.unwrap_or(check));
        Ok(match before {
            Some(known) if known != check => TextPlace::Inline,
            Some(_) => TextPlace::Shared(key, false),
            None => TextPlace::Shared(key, true),
        })
    }
}

/// The text document with `key`, if any: read straight from each segment's postings,
/// much cheaper than running a query (this runs once per hit).
fn text_doc(
    searcher: &Searcher,
    fields: &QuoteFields,
    key: u64,
) -> anyhow::Result<Option<DocAddress>> {
    let term = Term::from_field_u64(fields.text_key, key);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let inverted = segment.inverted_index(fields.text_key)?;
        let Some(mut postings) = inverted.read_postings(&term, IndexRecordOption::Basic)? else {
            continue;
        };
        let alive = segment.alive_bitset();
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                return Ok(Some(DocAddress::new(ord as u32, doc)));
            }
            doc = postings.advance();
        }
    }
    Ok(None)
}

/// The check hash of the text stored under `key`, if any.
fn check_of(searcher: &Searcher, fields: &QuoteFields, key: u64) -> anyhow::Result<Option<u64>> {
    let Some(address) = text_doc(searcher, fields, key)? else {
        return Ok(None);
    };
    let column = searcher
        .segment_reader(address.segment_ord)
        .fast_fields()
        .u64(TEXT_CHECK_FIELD)?;
    Ok(column.first(address.doc_id))
}

/// The text stored under `key`.
pub fn load(searcher: &Searcher, fields: &QuoteFields, key: u64) -> anyhow::Result<String> {
    let address = text_doc(searcher, fields, key)?
        .context("the index is damaged: a passage's text is missing")?;
    let doc: TantivyDocument = searcher.doc(address)?;
    doc.get_first(fields.body)
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .context("the index is damaged: a text document holds no text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_differ_in_both_halves() {
        let (a1, a2) = hashes("The council met on Tuesday.");
        let (b1, b2) = hashes("The council met on Tuesday!");
        assert_ne!(a1, b1);
        assert_ne!(a2, b2);
        assert_ne!(a1, a2);
        assert_eq!(hashes("same"), hashes("same"));
    }
}
