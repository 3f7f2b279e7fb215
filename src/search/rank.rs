//! Collecting ranked passages: tantivy ranks documents (one per passage and quote); we
//! keep each passage's best document, fetch what it stores, and order ties stably.

use std::collections::HashSet;

use anyhow::Context;
use tantivy::collector::TopDocs;
use tantivy::columnar::Column;
use tantivy::query::{Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::Hit;
use crate::index::{QuoteFields, StoredPassage, PID_FIELD};

/// The best `limit` passages for `query`, as (score, passage id), best first, skipping
/// passages in `exclude`. Documents are fetched in growing rounds until enough distinct
/// passages are found or the matches run out.
pub fn top_passages(
    searcher: &Searcher,
    query: &dyn Query,
    limit: usize,
    exclude: &HashSet<u64>,
) -> anyhow::Result<Vec<(f32, u64)>> {
    let mut columns: Vec<Option<Column<u64>>> = vec![None; searcher.segment_readers().len()];
    let mut fetch = limit.saturating_mul(4).saturating_add(16);
    loop {
        let docs = searcher.search(query, &TopDocs::with_limit(fetch).order_by_score())?;
        let exhausted = docs.len() < fetch;
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(limit);
        for (score, address) in docs {
            let pid = passage_of(searcher, &mut columns, address)?;
            if !exclude.contains(&pid) && seen.insert(pid) {
                out.push((score, pid));
                if out.len() == limit {
                    return Ok(out);
                }
            }
        }
        if exhausted {
            return Ok(out);
        }
        fetch = fetch.saturating_mul(4);
    }
}

/// The passage id of a document, reading (and caching) its segment's fast field.
fn passage_of(
    searcher: &Searcher,
    columns: &mut [Option<Column<u64>>],
    address: DocAddress,
) -> anyhow::Result<u64> {
    let ord = address.segment_ord as usize;
    if columns[ord].is_none() {
        let column = searcher
            .segment_reader(address.segment_ord)
            .fast_fields()
            .u64(PID_FIELD)?;
        columns[ord] = Some(column);
    }
    let column = columns[ord].as_ref().expect("column cached above");
    column
        .first(address.doc_id)
        .context("the index is damaged: a document has no passage id")
}

/// The display data stored for a passage.
pub fn stored_passage(
    searcher: &Searcher,
    fields: &QuoteFields,
    pid: u64,
) -> anyhow::Result<StoredPassage> {
    find_passage(searcher, fields, pid)?
        .context("the index is damaged: a passage has no stored text")
}

/// The display data stored for a passage, or `None` if the index has no such passage.
pub fn find_passage(
    searcher: &Searcher,
    fields: &QuoteFields,
    pid: u64,
) -> anyhow::Result<Option<StoredPassage>> {
    let query = TermQuery::new(
        Term::from_field_u64(fields.primary, pid),
        IndexRecordOption::Basic,
    );
    let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    let Some((_, address)) = top.first() else {
        return Ok(None);
    };
    let doc: TantivyDocument = searcher.doc(*address)?;
    let json = doc
        .get_first(fields.stored)
        .and_then(|v| v.as_str())
        .context("the index is damaged: a passage has no stored text")?;
    serde_json::from_str(json)
        .map(Some)
        .context("the index is damaged: a stored passage does not parse")
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
