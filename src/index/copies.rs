//! Passages indexed once however many articles repeat them.
//!
//! A corpus often holds the same article more than once: a story filed twice, a feed
//! fetched again, a folder copied into another. A passage that repeats one already
//! indexed in everything the index records of it (text, attributions, title, source,
//! date, URL, paragraph number and place in the article) is not indexed again: it
//! becomes a copy document, which names its own article (file, path, paragraph) and
//! holds the content key of the passage it repeats. Queries find the indexed passage
//! and list the articles of its copies with it (see `search::copies`).
//!
//! The first article read with a passage holds it. When that article's file is replaced
//! or deleted and copies of the passage remain, one of them takes its place: the
//! passage is indexed again in the copy's article, and the copy document goes
//! ([`CopySet::orphans`], done by the writer at the end of a run).

use std::collections::{HashMap, HashSet};

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tantivy::{Searcher, Term};

use super::lookup::{for_each_alive, indexed_passage, load_passage, read_copy};
use super::schema::QuoteFields;
use super::StoredPassage;

/// The key and check hashes of a passage's content: everything the index records of
/// it except its article's path and file.
pub fn hashes(passage: &StoredPassage) -> (u64, u64) {
    let mut hash = ContentHash::new();
    hash.str(&passage.title);
    hash.opt(passage.source.as_deref());
    hash.opt(passage.date.as_deref());
    hash.opt(passage.url.as_deref());
    hash.num(u64::from(passage.paragraph));
    hash.num(passage.start as u64);
    hash.str(&passage.text);
    for a in &passage.attributions {
        hash.str(&a.kind);
        hash.str(&a.quote);
        hash.opt(a.speaker.as_deref());
        hash.str(&a.speaker_mention);
        hash.str(&a.cue);
        hash.str(&a.attribution);
        hash.num(u64::from(a.anonymous));
        hash.num(a.start as u64);
        hash.num(a.end as u64);
    }
    (hash.key, hash.check)
}

/// Two independent 64-bit hashes fed the same words: a multiply-xorshift step for
/// the key, a rotate-xor-multiply step for the check.
struct ContentHash {
    key: u64,
    check: u64,
}

impl ContentHash {
    fn new() -> Self {
        ContentHash {
            key: 0xcbf2_9ce4_8422_2325,
            check: 0x6a09_e667_f3bc_c908,
        }
    }

    /// Feeds `bytes` eight at a time (then the rest one by one): a passage's text
    /// is hashed once per build, so the hash must be cheap.
    fn bytes(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut eight = [0; 8];
            eight.copy_from_slice(word);
            self.mix(u64::from_le_bytes(eight));
        }
        for &byte in words.remainder() {
            self.mix(u64::from(byte));
        }
    }

    /// One word into both hashes. A product's low bits depend only on its factors'
    /// low bits, so each step also moves high bits down: by a shift for the key, by a
    /// rotation for the check.
    fn mix(&mut self, value: u64) {
        let key = (self.key ^ value).wrapping_mul(0x9fb2_1c65_1e98_df25);
        self.key = key ^ (key >> 32);
        self.check = (self.check.rotate_left(23) ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    /// A string, then a byte no UTF-8 string holds: "ab" + "c" and "a" + "bc" differ.
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
        self.bytes(&[0xff]);
    }

    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.bytes(&[1]);
                self.str(s);
            }
            None => self.bytes(&[0xfe]),
        }
    }

    fn num(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }
}

/// What a copy document stores: its article, and the article's fields when it is the
/// article's first passage (a later passage of the article reads them from it, as
/// from any first passage; see `index::stored`).
#[derive(Debug, Serialize, Deserialize)]
pub struct CopyForm {
    /// The file the article is in, when it is not the article's path (an article of
    /// a dump); see [`CopyForm::file`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    /// The article's path.
    pub path: String,
    /// The paragraph number.
    pub paragraph: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

impl CopyForm {
    /// The stored form of a copy of `passage` in `file`; `first` when it is its
    /// article's first passage.
    pub fn new(file: &str, passage: &StoredPassage, first: bool) -> Self {
        let own = |field: &Option<String>| field.clone().filter(|_| first);
        CopyForm {
            file: (file != passage.path).then(|| file.to_string()),
            path: passage.path.clone(),
            paragraph: passage.paragraph,
            title: first.then(|| passage.title.clone()),
            source: own(&passage.source),
            date: own(&passage.date),
            url: own(&passage.url),
        }
    }

    /// The file the article is in.
    pub fn file(&self) -> &str {
        self.file.as_deref().unwrap_or(&self.path)
    }

    /// The JSON a copy document stores.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a copy serialises to JSON")
    }

    /// Reads what [`CopyForm::to_json`] wrote.
    pub fn from_json(json: &str) -> anyhow::Result<Self> {
        serde_json::from_str(json).context("the index is damaged: a stored copy does not parse")
    }
}

/// Where a passage goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Indexed: its content is new.
    Indexed,
    /// A copy document: its content is indexed already.
    Copy,
}

/// Where the passage holding a content was indexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    ThisRun,
    Before,
}

/// An article holding a copy: what it takes for the copy to become the indexed
/// passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heir {
    /// The file the article is in.
    pub file: String,
    /// The article's path.
    pub path: String,
    /// The article's ordinal (see `index::documents`).
    pub ordinal: u64,
}

/// A passage whose file goes in this run while copies of it stay.
pub struct Orphan {
    /// The passage as the index held it.
    pub passage: StoredPassage,
    /// Its content hashes.
    pub key: u64,
    /// See `key`.
    pub check: u64,
    /// The copy that is to take its place.
    pub heir: Heir,
}

/// The contents indexed so far, while building: those indexed in this run, and the
/// index as it was before the run (unless rebuilding).
pub struct CopySet {
    known: HashMap<u64, (u64, Origin)>,
    previous: Option<Searcher>,
    /// Copies made in this run of passages indexed before it, by key: heirs, should
    /// the file of the passage go.
    heirs: HashMap<u64, Vec<Heir>>,
}

impl CopySet {
    /// A set that also consults `previous`, the index before this run.
    pub fn new(previous: Option<Searcher>) -> Self {
        CopySet {
            known: HashMap::new(),
            previous,
            heirs: HashMap::new(),
        }
    }

    /// Where the passage with these content hashes goes; `heir` describes its article,
    /// asked for only when the passage becomes a copy of one indexed before this run.
    pub fn place(
        &mut self,
        fields: &QuoteFields,
        key: u64,
        check: u64,
        heir: impl FnOnce() -> Heir,
    ) -> anyhow::Result<Place> {
        match self.known.get(&key) {
            Some(&(known, origin)) if known == check => {
                if origin == Origin::Before {
                    self.heirs.entry(key).or_default().push(heir());
                }
                return Ok(Place::Copy);
            }
            // Another content with the same key: indexed apart, never a copy.
            Some(_) => return Ok(Place::Indexed),
            None => {}
        }
        if let Some(searcher) = &self.previous {
            if indexed_passage(searcher, fields, key, check)?.is_some() {
                self.known.insert(key, (check, Origin::Before));
                self.heirs.entry(key).or_default().push(heir());
                return Ok(Place::Copy);
            }
        }
        self.known.insert(key, (check, Origin::ThisRun));
        Ok(Place::Indexed)
    }

    /// Calls `adopt` with each passage held by `gone` files (replaced or deleted in
    /// this run) whose content this run has not indexed again while copies of it
    /// remain, and the copy to take its place; one at a time, however many there are.
    pub fn orphans(
        &self,
        fields: &QuoteFields,
        gone: &HashSet<String>,
        mut adopt: impl FnMut(Orphan) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let Some(searcher) = &self.previous else {
            return Ok(());
        };
        let mut done = HashSet::new();
        for file in gone {
            let term = Term::from_field_text(fields.file, file);
            for_each_alive(searcher, &term, |address, columns| {
                // Passage documents: a content key and block 0.
                let (Some(key), Some(0)) = (
                    columns.key.first(address.doc_id),
                    columns.block.first(address.doc_id),
                ) else {
                    return Ok(());
                };
                let check = columns.check.first(address.doc_id).unwrap_or(0);
                if self.known.get(&key) == Some(&(check, Origin::ThisRun))
                    || !done.insert((key, check))
                {
                    return Ok(());
                }
                let heir = match self.heirs.get(&key).and_then(|h| h.first()) {
                    Some(heir) => Some(heir.clone()),
                    None => surviving_copy(searcher, fields, key, check, gone)?,
                };
                match heir {
                    Some(heir) => adopt(Orphan {
                        passage: load_passage(searcher, fields, address)?,
                        key,
                        check,
                        heir,
                    }),
                    None => Ok(()),
                }
            })?;
        }
        Ok(())
    }
}

/// A live copy of the content (`key`, `check`) outside the `gone` files.
fn surviving_copy(
    searcher: &Searcher,
    fields: &QuoteFields,
    key: u64,
    check: u64,
    gone: &HashSet<String>,
) -> anyhow::Result<Option<Heir>> {
    let mut heir = None;
    let term = Term::from_field_u64(fields.copy_key, key);
    for_each_alive(searcher, &term, |address, columns| {
        if heir.is_some() || !columns.is_copy(address.doc_id, check) {
            return Ok(());
        }
        let form = read_copy(searcher, fields, address)?;
        if !gone.contains(form.file()) {
            heir = Some(Heir {
                file: form.file().to_string(),
                path: form.path,
                ordinal: columns.article.first(address.doc_id).unwrap_or(0),
            });
        }
        Ok(())
    })?;
    Ok(heir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::stored::ArticleHead;
    use crate::output::wire::AttributionRecord;

    fn passage() -> StoredPassage {
        StoredPassage {
            path: "harbour/2025-03-01.txt".to_string(),
            title: "Ferry plans".to_string(),
            source: Some("Harbour Gazette".to_string()),
            date: None,
            url: None,
            paragraph: 3,
            text: "“The ferry stays,” Mayor Jo Lee said.".to_string(),
            start: 40,
            attributions: vec![AttributionRecord {
                kind: "direct".to_string(),
                quote: "The ferry stays,".to_string(),
                speaker: Some("Jo Lee".to_string()),
                speaker_mention: "Mayor Jo Lee".to_string(),
                cue: "said".to_string(),
                attribution: "Mayor Jo Lee said".to_string(),
                anonymous: false,
                start: 41,
                end: 57,
            }],
        }
    }

    #[test]
    fn the_same_content_in_another_article_hashes_alike() {
        let mut other = passage();
        other.path = "mirror/2025-03-01.txt".to_string();
        assert_eq!(hashes(&passage()), hashes(&other));
    }

    #[test]
    fn any_difference_in_what_is_indexed_changes_both_hashes() {
        let base = hashes(&passage());
        type Change = Box<dyn Fn(&mut StoredPassage)>;
        let changes: Vec<Change> = vec![
            Box::new(|p| p.title.push('!')),
            Box::new(|p| p.source = None),
            Box::new(|p| p.date = Some(String::new())),
            Box::new(|p| p.paragraph += 1),
            Box::new(|p| p.start += 1),
            Box::new(|p| p.text.push(' ')),
            Box::new(|p| p.attributions[0].speaker = Some("Jo Leeds".to_string())),
            Box::new(|p| p.attributions[0].anonymous = true),
            Box::new(|p| p.attributions[0].cue = "told".to_string()),
            Box::new(|p| p.attributions.clear()),
            // A character moved from one field into the next.
            Box::new(|p| {
                p.attributions[0].speaker_mention = "Mayor Jo Le".to_string();
                p.attributions[0].cue = "esaid".to_string();
            }),
        ];
        for (n, change) in changes.iter().enumerate() {
            let mut changed = passage();
            change(&mut changed);
            let (key, check) = hashes(&changed);
            assert_ne!(key, base.0, "change {n}");
            assert_ne!(check, base.1, "change {n}");
        }
    }

    #[test]
    fn a_first_copy_stores_its_article_and_a_later_one_only_its_place() {
        let first = CopyForm::new("a.txt", &passage(), true).to_json();
        let head = ArticleHead::from_json(&first).unwrap();
        assert_eq!(format!("{head:?}").matches("Ferry plans").count(), 1);
        let later = CopyForm::new("a.txt", &passage(), false).to_json();
        assert!(
            !later.contains("Ferry") && !later.contains("Gazette"),
            "{later}"
        );
        let back = CopyForm::from_json(&later).unwrap();
        assert_eq!((back.file(), back.paragraph), ("a.txt", 3));
        assert_eq!(back.path, "harbour/2025-03-01.txt");
        // A file that is the article's path is stored once.
        let plain = CopyForm::new("harbour/2025-03-01.txt", &passage(), false);
        assert_eq!(plain.to_json().matches("harbour").count(), 1);
        let back = CopyForm::from_json(&plain.to_json()).unwrap();
        assert_eq!(back.file(), "harbour/2025-03-01.txt");
    }

    #[test]
    fn a_content_seen_again_in_this_run_is_a_copy_unless_only_its_key_matches() {
        let fields = QuoteFields::new();
        let mut set = CopySet::new(None);
        let heir = || -> Heir { unreachable!("no heirs without an earlier index") };
        assert_eq!(set.place(&fields, 9, 1, heir).unwrap(), Place::Indexed);
        assert_eq!(set.place(&fields, 9, 1, heir).unwrap(), Place::Copy);
        assert_eq!(set.place(&fields, 9, 2, heir).unwrap(), Place::Indexed);
        assert_eq!(set.place(&fields, 9, 2, heir).unwrap(), Place::Indexed);
        assert_eq!(set.place(&fields, 10, 2, heir).unwrap(), Place::Indexed);
        let mut orphans = 0;
        set.orphans(&fields, &HashSet::from(["a.txt".to_string()]), |_| {
            orphans += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(orphans, 0);
    }
}
