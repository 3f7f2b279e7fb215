//! Finding documents by the content keys of `index::copies`: passages by their
//! content, copies of a passage, and what both store.

use std::sync::Arc;

use anyhow::Context;
use tantivy::columnar::Column;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Searcher, SegmentReader, Term, TERMINATED};

use super::copies::CopyForm;
use super::schema::{QuoteFields, ARTICLE_FIELD, BLOCK_FIELD, COPY_CHECK_FIELD, COPY_KEY_FIELD};
use super::stored::{stored_string, ArticleHead};
use super::StoredPassage;

/// The fast columns copies are found by, in one segment.
pub struct CopyColumns {
    /// Content key (passage and copy documents).
    pub key: Column<u64>,
    /// Content check (passage and copy documents).
    pub check: Column<u64>,
    /// Place in the block (passage and attribution documents; none on copies).
    pub block: Column<u64>,
    /// Article ordinal (attribution and copy documents).
    pub article: Column<u64>,
}

impl CopyColumns {
    /// The columns of `segment`.
    pub fn of(segment: &SegmentReader) -> tantivy::Result<Self> {
        let fast = segment.fast_fields();
        Ok(CopyColumns {
            key: fast.u64(COPY_KEY_FIELD)?,
            check: fast.u64(COPY_CHECK_FIELD)?,
            block: fast.u64(BLOCK_FIELD)?,
            article: fast.u64(ARTICLE_FIELD)?,
        })
    }

    /// Whether `doc` is a copy of the content (`key`, `check`).
    pub fn is_copy(&self, doc: DocId, check: u64) -> bool {
        self.block.first(doc).is_none() && self.check.first(doc) == Some(check)
    }
}

/// Calls `each` with every live document holding `term`, across segments, and the
/// columns of its segment.
pub fn for_each_alive(
    searcher: &Searcher,
    term: &Term,
    mut each: impl FnMut(DocAddress, &CopyColumns) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut columns: Option<(u32, CopyColumns)> = None;
    each_alive(searcher, term, |address| {
        let ord = address.segment_ord;
        let open = match columns.take() {
            Some((at, open)) if at == ord => open,
            _ => CopyColumns::of(searcher.segment_reader(ord))?,
        };
        let done = each(address, &open);
        columns = Some((ord, open));
        done
    })
}

/// Calls `each` with every live document holding `term`, across segments.
pub fn each_alive(
    searcher: &Searcher,
    term: &Term,
    mut each: impl FnMut(DocAddress) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    alive_until(searcher, term, |address| each(address).map(|()| true))
}

/// The first live document holding `term`, if any.
pub fn first_alive(searcher: &Searcher, term: &Term) -> anyhow::Result<Option<DocAddress>> {
    let mut first = None;
    alive_until(searcher, term, |address| {
        first = Some(address);
        Ok(false)
    })?;
    Ok(first)
}

/// Calls `each` with the live documents holding `term`, across segments, read
/// straight from each segment's postings (much cheaper than running a query), until
/// it returns `false`.
fn alive_until(
    searcher: &Searcher,
    term: &Term,
    mut each: impl FnMut(DocAddress) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let inverted = segment.inverted_index(term.field())?;
        let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)? else {
            continue;
        };
        let alive = segment.alive_bitset();
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) && !each(DocAddress::new(ord as u32, doc))? {
                return Ok(());
            }
            doc = postings.advance();
        }
    }
    Ok(())
}

/// The live passage document holding the content (`key`, `check`), if any.
pub fn indexed_passage(
    searcher: &Searcher,
    fields: &QuoteFields,
    key: u64,
    check: u64,
) -> anyhow::Result<Option<DocAddress>> {
    let mut found = None;
    let term = Term::from_field_u64(fields.copy_key, key);
    for_each_alive(searcher, &term, |address, columns| {
        let doc = address.doc_id;
        if found.is_none()
            && columns.block.first(doc) == Some(0)
            && columns.check.first(doc) == Some(check)
        {
            found = Some(address);
        }
        Ok(())
    })?;
    Ok(found)
}

/// What the copy document at `address` stores.
pub fn read_copy(
    searcher: &Searcher,
    fields: &QuoteFields,
    address: DocAddress,
) -> anyhow::Result<CopyForm> {
    let json = stored_string(searcher, address, fields.stored)?
        .context("the index is damaged: a copy stores nothing")?;
    CopyForm::from_json(&json)
}

/// The passage document at `address`, its article's fields and text read from where
/// they are stored.
pub fn load_passage(
    searcher: &Searcher,
    fields: &QuoteFields,
    address: DocAddress,
) -> anyhow::Result<StoredPassage> {
    load_passage_with(searcher, fields, address, |head| {
        let json = stored_string(searcher, head, fields.stored)?
            .context("the index is damaged: an article stores nothing")?;
        ArticleHead::from_json(&json).map(Arc::new)
    })
}

/// [`load_passage`], reading the article's fields with `head_of` from the document
/// holding them (a cache may stand in front of it).
pub fn load_passage_with(
    searcher: &Searcher,
    fields: &QuoteFields,
    address: DocAddress,
    head_of: impl FnOnce(DocAddress) -> anyhow::Result<Arc<ArticleHead>>,
) -> anyhow::Result<StoredPassage> {
    let json = stored_string(searcher, address, fields.stored)?
        .context("the index is damaged: a passage stores nothing")?;
    StoredPassage::from_json(
        &json,
        |key| super::texts::load(searcher, fields, key),
        |back| {
            let doc_id = address
                .doc_id
                .checked_sub(back)
                .context("the index is damaged: a passage points before its segment")?;
            head_of(DocAddress::new(address.segment_ord, doc_id))
        },
    )
}
