//! The copies of a passage: other articles that repeat it word for word, indexed as
//! copy documents pointing at it (see `index::copies`).

use tantivy::collector::DocSetCollector;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EnableScoring, Occur, Query, TermQuery, TermSetQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Searcher, Term};

use anyhow::Context;

use crate::index::{each_alive, read_copy, CopyColumns, QuoteFields, COPY_LEVEL};

/// Paths of copies read at most per passage; the rest are only counted.
pub const PATHS_LISTED: usize = 20;

/// The other articles holding the passage at `address`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Copies {
    /// How many there are.
    pub count: usize,
    /// The paths of the first [`PATHS_LISTED`] of them, in the order they were
    /// indexed.
    pub paths: Vec<String>,
}

/// How many live copy documents the index holds.
pub fn count(searcher: &Searcher, fields: &QuoteFields) -> anyhow::Result<u64> {
    let term = Term::from_field_text(fields.level, COPY_LEVEL);
    let query = TermQuery::new(term, IndexRecordOption::Basic);
    Ok(searcher.search(&query, &tantivy::collector::Count)? as u64)
}

/// Whether the index holds copy documents, live or deleted: a look-up of one term
/// per segment.
fn any(searcher: &Searcher, fields: &QuoteFields) -> anyhow::Result<bool> {
    let term = Term::from_field_text(fields.level, COPY_LEVEL);
    for segment in searcher.segment_readers() {
        if segment.inverted_index(fields.level)?.doc_freq(&term)? > 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// What finding the copies of hits takes, opened once per searcher: the fast columns
/// of each segment.
pub struct CopyIndex {
    columns: Vec<CopyColumns>,
}

impl CopyIndex {
    /// The copy index of `searcher`'s segments; `None` when the index holds no copy
    /// documents (most hold none, and their hits need no look-up).
    pub fn open(searcher: &Searcher, fields: &QuoteFields) -> anyhow::Result<Option<Self>> {
        if !any(searcher, fields)? {
            return Ok(None);
        }
        let columns = searcher
            .segment_readers()
            .iter()
            .map(CopyColumns::of)
            .collect::<tantivy::Result<_>>()?;
        Ok(Some(CopyIndex { columns }))
    }

    /// The copies of the passage document at `address` (of a searcher with the
    /// segments this index was opened on).
    pub fn copies_of(
        &self,
        searcher: &Searcher,
        fields: &QuoteFields,
        address: DocAddress,
    ) -> anyhow::Result<Copies> {
        let columns = |ord: u32| {
            self.columns
                .get(ord as usize)
                .context("the index changed while it was searched")
        };
        let passage = columns(address.segment_ord)?;
        let doc = address.doc_id;
        let (Some(key), Some(check)) = (passage.key.first(doc), passage.check.first(doc)) else {
            return Ok(Copies::default());
        };
        // A copy in the passage's own article is the one it was indexed again for
        // (see `index::documents::adopt`).
        let own = passage.article.first(doc);
        let mut found = Vec::new();
        let term = Term::from_field_u64(fields.copy_key, key);
        each_alive(searcher, &term, |copy| {
            let columns = columns(copy.segment_ord)?;
            let article = columns.article.first(copy.doc_id);
            if columns.is_copy(copy.doc_id, check) && article != own {
                found.push((article, copy));
            }
            Ok(())
        })?;
        // The first articles in the order they were indexed (the corpus's walk
        // order), whatever segments their copies landed in.
        found.sort_unstable();
        let paths = found
            .iter()
            .take(PATHS_LISTED)
            .map(|&(_, copy)| read_copy(searcher, fields, copy).map(|form| form.path))
            .collect::<anyhow::Result<_>>()?;
        Ok(Copies {
            count: found.len(),
            paths,
        })
    }
}

/// A query about articles (`path:`) that also matches the passages those articles
/// hold as copies: the passage documents whose content a copy document matching the
/// query repeats.
#[derive(Debug)]
pub struct WithCopies {
    inner: Box<dyn Query>,
    level: Term,
    key_field: Field,
}

impl WithCopies {
    /// `inner`, widened to the passages of matching copies.
    pub fn new(inner: Box<dyn Query>, fields: &QuoteFields) -> Self {
        WithCopies {
            inner,
            level: Term::from_field_text(fields.level, COPY_LEVEL),
            key_field: fields.copy_key,
        }
    }
}

impl Clone for WithCopies {
    fn clone(&self) -> Self {
        WithCopies {
            inner: self.inner.box_clone(),
            level: self.level.clone(),
            key_field: self.key_field,
        }
    }
}

impl Query for WithCopies {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let Some(searcher) = scoring.searcher() else {
            return self.inner.weight(scoring);
        };
        let copies = BooleanQuery::new(vec![
            (Occur::Must, self.inner.box_clone()),
            (
                Occur::Must,
                Box::new(TermQuery::new(self.level.clone(), IndexRecordOption::Basic)),
            ),
        ]);
        let found = searcher.search(&copies, &DocSetCollector)?;
        if found.is_empty() {
            return self.inner.weight(scoring);
        }
        let mut keys = Vec::with_capacity(found.len());
        for address in found {
            let columns = CopyColumns::of(searcher.segment_reader(address.segment_ord))?;
            keys.extend(columns.key.first(address.doc_id));
        }
        let terms = keys
            .into_iter()
            .map(|key| Term::from_field_u64(self.key_field, key));
        let widened = BooleanQuery::new(vec![
            (Occur::Should, self.inner.box_clone()),
            (
                Occur::Should,
                Box::new(ConstScoreQuery::new(
                    Box::new(TermSetQuery::new(terms)),
                    1.0,
                )),
            ),
        ]);
        widened.weight(scoring)
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.inner.query_terms(visitor);
    }
}
