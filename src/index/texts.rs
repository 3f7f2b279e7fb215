//! Passage texts, stored once however many passages share them.
//!
//! News repeats itself: wire stories run verbatim in many outlets, boilerplate closes
//! every article of a feed. A passage stores its text with itself the first time the
//! text is seen; once the text turns up again, it is stored in a text document holding
//! a key (a 64-bit hash, indexed), a second independent hash (fast, to tell a match from
//! a key collision) and the text, and every later passage with that text stores just
//! the key. Unique passages, the most of them, cost no lookup and no key.
//! Text documents belong to no file: replacing or deleting files leaves them, and
//! `search index --rebuild` drops those no passage uses any more.

use std::collections::HashMap;

use anyhow::Context;
use tantivy::{DocAddress, Searcher, Term};

use super::lookup::first_alive;
use super::schema::{QuoteFields, TEXT_CHECK_FIELD};

/// The key (32 bits) and check (64 bits) hashes of a passage text.
pub fn hashes(text: &str) -> (u64, u64) {
    let full = crate::pipeline::fnv1a(text.as_bytes());
    let key = (full >> 32) ^ (full & 0xffff_ffff);
    // A different offset basis and the length make an independent second hash.
    let mut check: u64 = 0x84222325_cbf29ce4 ^ text.len() as u64;
    for &byte in text.as_bytes().iter().rev() {
        check ^= u64::from(byte);
        check = check.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (key, check)
}

/// What the index already holds, while building: texts seen in this run (with their
/// check hash, and whether a text document holds them yet), and the index as it was
/// before the run (unless rebuilding).
pub struct TextSet {
    seen: HashMap<u64, (u64, bool)>,
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
            seen: HashMap::new(),
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
        if let Some((known, shared)) = self.seen.get_mut(&key) {
            if *known != check {
                return Ok(TextPlace::Inline);
            }
            let is_new = !*shared;
            *shared = true;
            return Ok(TextPlace::Shared(key, is_new));
        }
        let before = match &self.previous {
            Some(searcher) => check_of(searcher, fields, key)?,
            None => None,
        };
        Ok(match before {
            Some(known) => {
                self.seen.insert(key, (known, true));
                if known == check {
                    TextPlace::Shared(key, false)
                } else {
                    TextPlace::Inline
                }
            }
            // First seen: stored with its passage; a second sighting makes it shared.
            None => {
                self.seen.insert(key, (check, false));
                TextPlace::Inline
            }
        })
    }
}

/// The text document with `key`, if any (this runs once per hit).
fn text_doc(
    searcher: &Searcher,
    fields: &QuoteFields,
    key: u64,
) -> anyhow::Result<Option<DocAddress>> {
    first_alive(searcher, &Term::from_field_u64(fields.text_key, key))
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
    super::stored::stored_string(searcher, address, fields.body)?
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
        assert!(a1 <= u64::from(u32::MAX) && b1 <= u64::from(u32::MAX));
    }

    #[test]
    fn a_text_whose_key_is_taken_by_another_is_stored_inline() {
        let fields = QuoteFields::new();
        let mut set = TextSet::new(None);
        let place = |set: &mut TextSet, check| match set.place(&fields, 42, check).unwrap() {
            TextPlace::Shared(key, is_new) => format!("shared {key} {is_new}"),
            TextPlace::Inline => "inline".to_string(),
        };
        assert_eq!(place(&mut set, 7), "inline");
        assert_eq!(place(&mut set, 7), "shared 42 true");
        assert_eq!(place(&mut set, 7), "shared 42 false");
        assert_eq!(place(&mut set, 8), "inline");
        assert_eq!(place(&mut set, 8), "inline");
        assert_eq!(place(&mut set, 7), "shared 42 false");
    }
}
