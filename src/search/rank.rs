//! Collecting ranked passages and reading what they store.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, Term};

use super::query::level;
use super::Hit;
use crate::index::{
    indexed_passage, load_passage_with, ArticleHead, CopyColumns, QuoteFields, StoredPassage,
    COPY_LEVEL, PASSAGE_LEVEL,
};

/// The article fields of head passages read so far, by the head's address, so that
/// the passages of one article found by many queries read them once. Bounded: it
/// starts again when full.
#[derive(Default)]
pub struct Heads {
    read: Mutex<HashMap<DocAddress, Arc<ArticleHead>>>,
}

/// Heads kept at most (a few hundred bytes each).
const HEADS_KEPT: usize = 1 << 16;

impl Heads {
    /// The article fields stored by the passage at `address`.
    fn get(
        &self,
        searcher: &Searcher,
        fields: &QuoteFields,
        address: DocAddress,
    ) -> anyhow::Result<Arc<ArticleHead>> {
        let known = |read: &HashMap<_, Arc<ArticleHead>>| read.get(&address).cloned();
        if let Some(head) = self.read.lock().ok().and_then(|read| known(&read)) {
            return Ok(head);
        }
        let head = Arc::new(ArticleHead::from_json(&stored_json(
            searcher, fields, address,
        )?)?);
        if let Ok(mut read) = self.read.lock() {
            if read.len() >= HEADS_KEPT {
                read.clear();
            }
            read.insert(address, Arc::clone(&head));
        }
        Ok(head)
    }
}

/// What a passage document stores, its article's fields read through `heads`.
pub fn stored_passage(
    searcher: &Searcher,
    fields: &QuoteFields,
    heads: &Heads,
    address: DocAddress,
) -> anyhow::Result<StoredPassage> {
    load_passage_with(searcher, fields, address, |head| {
        heads.get(searcher, fields, head)
    })
}

/// The JSON a passage document stores.
fn stored_json(
    searcher: &Searcher,
    fields: &QuoteFields,
    address: DocAddress,
) -> anyhow::Result<String> {
    crate::index::stored_string(searcher, address, fields.stored)?
        .context("the index is damaged: a passage has no stored text")
}

/// Paragraph `paragraph` of the article at `path`, if the index holds it (itself, or
/// as a copy of a passage indexed in another article).
pub fn find_passage(
    searcher: &Searcher,
    fields: &QuoteFields,
    path: &str,
    paragraph: u32,
) -> anyhow::Result<Option<StoredPassage>> {
    let term = |term| Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>;
    let at = |level_name: &str| {
        BooleanQuery::new(vec![
            (Occur::Must, term(Term::from_field_text(fields.path, path))),
            (
                Occur::Must,
                term(Term::from_field_u64(fields.paragraph, u64::from(paragraph))),
            ),
            (Occur::Must, level(fields, level_name)),
        ])
    };
    let first = |query: &BooleanQuery| -> anyhow::Result<Option<DocAddress>> {
        let top = searcher.search(query, &TopDocs::with_limit(1).order_by_score())?;
        Ok(top.first().map(|&(_, address)| address))
    };
    if let Some(address) = first(&at(PASSAGE_LEVEL))? {
        return stored_passage(searcher, fields, &Heads::default(), address).map(Some);
    }
    let Some(copy) = first(&at(COPY_LEVEL))? else {
        return Ok(None);
    };
    let columns = CopyColumns::of(searcher.segment_reader(copy.segment_ord))?;
    let (Some(key), Some(check)) = (
        columns.key.first(copy.doc_id),
        columns.check.first(copy.doc_id),
    ) else {
        anyhow::bail!("the index is damaged: a copy has no content key");
    };
    let address = indexed_passage(searcher, fields, key, check)?
        .context("the index is damaged: a copy's passage is missing")?;
    let mut passage = stored_passage(searcher, fields, &Heads::default(), address)?;
    passage.path = path.to_string();
    Ok(Some(passage))
}

/// Orders hits by score (descending), then article path and paragraph, so equal
/// scores come out in the same order on every run. Hits holding every term keep their
/// place ahead of the others: the sort only reorders runs of equal scores.
pub fn sort_ties(hits: &mut [Hit]) {
    let mut start = 0;
    while start < hits.len() {
        let score = hits[start].score;
        let end = start
            + hits[start..]
                .iter()
                .take_while(|h| h.score == score)
                .count();
        hits[start..end].sort_by(|a, b| {
            (&a.passage.path, a.passage.paragraph).cmp(&(&b.passage.path, b.passage.paragraph))
        });
        start = end;
    }
}
