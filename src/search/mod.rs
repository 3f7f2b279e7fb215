//! Answering queries: parse the user's query, find the best passages (each passage
//! once), and return them with highlights. Plain data out; nothing here prints.

mod copies;
mod join;
mod plan;
mod query;
mod rank;
mod snippet;
mod speakers;
mod suggest;
mod sum;
mod topk;

use std::collections::HashSet;

use anyhow::Context;
use tantivy::collector::DocSetCollector;
use tantivy::{DocAddress, IndexReader, ReloadPolicy};

use crate::index::{OpenIndex, StoredPassage};
use crate::output::wire::CharRange;
use query::Parsers;

pub use copies::{Copies, PATHS_LISTED};
pub use query::explain_parse_error;
pub use speakers::SpeakerCount;

/// Whether an error from the index library means its files are damaged (as opposed
/// to a query it could not run).
fn is_damage(err: &(dyn std::error::Error + 'static)) -> bool {
    use tantivy::TantivyError as E;
    matches!(
        err.downcast_ref::<E>(),
        Some(E::OpenReadError(_) | E::IoError(_) | E::DataCorruption(_) | E::IncompatibleIndex(_))
    ) || err.is::<std::io::Error>()
}

/// Decompressed document-store blocks kept per segment, so that a batch reading many
/// passages does not decompress the same blocks again (32 KiB each).
const STORE_CACHE_BLOCKS: usize = 512;

/// One result: a passage, its score, and the char ranges of matched terms in its text.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Relevance (higher is better; comparable within one query).
    pub score: f32,
    /// The passage as stored.
    pub passage: StoredPassage,
    /// Matched terms, as `[start, end)` char ranges of `passage.text`.
    pub highlights: Vec<CharRange>,
    /// Other articles that repeat the passage word for word.
    pub copies: Copies,
}

/// Bytes one field takes: postings, positions, terms, norms, fast, stored.
#[derive(Clone, Debug, serde::Serialize)]
pub struct FieldSpace {
    /// The field's name.
    pub field: String,
    /// Bytes by component, in the order of the doc line above.
    pub bytes: [u64; 6],
}

/// A search request.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    /// The query text in the query language.
    pub query: &'a str,
    /// Passages wanted.
    pub limit: usize,
    /// Conditions every hit must meet.
    pub filters: &'a Filters,
}

/// Conditions on hits, on top of the query. Conditions about quotes (speaker, kind,
/// anonymity) must hold for one and the same quote of the passage.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    /// A quote by a speaker whose name holds every word of this.
    pub speaker: Option<String>,
    /// A quote of this kind.
    pub kind: Option<crate::extract::Kind>,
    /// A quote from an unnamed (true) or named (false) source.
    pub anonymous: Option<bool>,
    /// An article whose source (outlet) holds every word of this.
    pub source: Option<String>,
    /// Articles dated on or after this day (`YYYYMMDD`).
    pub since: Option<u32>,
    /// Articles dated on or before this day (`YYYYMMDD`).
    pub until: Option<u32>,
}

impl Filters {
    /// Whether no condition is set.
    pub fn is_empty(&self) -> bool {
        self.speaker.is_none()
            && self.kind.is_none()
            && self.anonymous.is_none()
            && self.source.is_none()
            && self.since.is_none()
            && self.until.is_none()
    }
}

/// An open index ready to answer queries: one reader and one set of parsers, shared
/// by every query of a run.
pub struct Searcher {
    index: OpenIndex,
    reader: IndexReader,
    parsers: Parsers,
    heads: rank::Heads,
    /// Finding the copies of hits, where the index holds copies.
    copies: Option<copies::CopyIndex>,
}

impl Searcher {
    /// Prepares an opened index for searching.
    pub fn new(index: OpenIndex) -> anyhow::Result<Self> {
        let dir = index.dir.display().to_string();
        let reader = index
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(STORE_CACHE_BLOCKS)
            .try_into()
            .with_context(|| {
                format!(
                    "{dir}: could not read the index; it may be damaged: rebuild it with \
                     `search index CORPUS --index {dir} --rebuild`"
                )
            })?;
        let copies = copies::CopyIndex::open(&reader.searcher(), &index.fields)?;
        let parsers = Parsers {
            all_terms: query::parser(&index, true),
            any_term: query::parser(&index, false),
        };
        Ok(Searcher {
            index,
            reader,
            parsers,
            heads: rank::Heads::default(),
            copies,
        })
    }

    /// The index being searched.
    pub fn index(&self) -> &OpenIndex {
        &self.index
    }

    /// Runs one query: passages holding every term first (BM25 order, with bonuses for
    /// words side by side and words inside quotes), then, for a query of plain words,
    /// passages holding some (BM25 order); ties broken by article path and paragraph.
    pub fn search(&self, request: &Request) -> anyhow::Result<Vec<Hit>> {
        // Tantivy trusts its files; a damaged index can make it panic mid-query.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.search_unguarded(request)
        }));
        match outcome {
            Ok(Err(err)) if err.chain().any(is_damage) => Err(self.damaged(&format!("{err:#}"))),
            Ok(result) => result,
            Err(_) => Err(self.damaged(&crate::messages::last_panic())),
        }
    }

    /// The error for a query that failed inside the index library.
    fn damaged(&self, cause: &str) -> anyhow::Error {
        let dir = self.index.dir.display();
        anyhow::anyhow!(
            "{dir}: the query failed inside the index ({cause}); the index may be damaged: \
             rebuild it with `search index CORPUS --index {dir} --rebuild`"
        )
    }

    fn search_unguarded(&self, request: &Request) -> anyhow::Result<Vec<Hit>> {
        let fields = &self.index.fields;
        let searcher = self.reader.searcher();
        let all = query::build_ranked(&self.parsers, true, fields, request)?;
        let terms = snippet::highlight_terms(&all, fields);
        let none = HashSet::new();
        let mut found = topk::top_passages(&searcher, &all, request.limit, &none)?;
        if found.len() < request.limit && query::is_plain(request.query) {
            let any = match query::any_words(fields, request) {
                Some(any) => any,
                None => query::build_ranked(&self.parsers, false, fields, request)?,
            };
            let seen: HashSet<DocAddress> = found.iter().map(|&(_, address)| address).collect();
            let wanted = request.limit - found.len();
            found.extend(topk::top_passages(&searcher, &any, wanted, &seen)?);
        }
        let mut hits = Vec::with_capacity(found.len());
        for (score, address) in found {
            let passage = rank::stored_passage(&searcher, fields, &self.heads, address)?;
            let highlights = snippet::highlights(&passage.text, &terms);
            let copies = match &self.copies {
                Some(index) => index.copies_of(&searcher, fields, address)?,
                None => Copies::default(),
            };
            hits.push(Hit {
                score,
                passage,
                highlights,
                copies,
            });
        }
        rank::sort_ties(&mut hits);
        Ok(hits)
    }

    /// The passage at paragraph `paragraph` of the article at `path`, if indexed.
    pub fn passage(&self, path: &str, paragraph: u32) -> anyhow::Result<Option<StoredPassage>> {
        rank::find_passage(&self.reader.searcher(), &self.index.fields, path, paragraph)
    }

    /// The speakers quoted in passages matching `query` (every passage when `None`),
    /// counting the quotes that meet the quote-level filters, most quoted first.
    pub fn speakers(
        &self,
        query: Option<&str>,
        filters: &Filters,
    ) -> anyhow::Result<Vec<SpeakerCount>> {
        let fields = &self.index.fields;
        let searcher = self.reader.searcher();
        let passages = match query {
            Some(text) => {
                let request = Request {
                    query: text,
                    limit: 1,
                    filters,
                };
                let passages = query::build(&self.parsers, true, fields, &request)?;
                Some(searcher.search(&*passages, &DocSetCollector)?)
            }
            None => None,
        };
        let quotes = query::quote_filter_query(&self.parsers, fields, filters)?;
        let copies = std::sync::Arc::new(speakers::copies_by_key(&searcher, fields)?);
        let collector = speakers::SpeakerCollector { passages, copies };
        let mut speakers = searcher.search(&*quotes, &collector)?;
        speakers.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
        Ok(speakers)
    }

    /// A corrected query when some of its words are not in the index ("did you
    /// mean ..."), for queries that found nothing.
    pub fn suggest(&self, query: &str) -> anyhow::Result<Option<String>> {
        suggest::suggest(&self.reader.searcher(), &self.index.fields, query)
    }

    /// Bytes on disk per field and component (postings, positions, terms, norms, fast),
    /// summed over segments, largest first; the document store as field "(stored)".
    pub fn space_by_field(&self) -> anyhow::Result<Vec<FieldSpace>> {
        let usage = self.reader.searcher().space_usage()?;
        let mut by_name: std::collections::BTreeMap<String, FieldSpace> = Default::default();
        for segment in usage.segments() {
            let parts = [
                (segment.postings(), 0),
                (segment.positions(), 1),
                (segment.termdict(), 2),
                (segment.fieldnorms(), 3),
                (segment.fast_fields(), 4),
            ];
            for (per_field, slot) in parts {
                for field in per_field.fields() {
                    let entry = by_name
                        .entry(field.field_name().to_string())
                        .or_insert_with(|| FieldSpace {
                            field: field.field_name().to_string(),
                            bytes: [0; 6],
                        });
                    entry.bytes[slot] += field.total().get_bytes();
                }
            }
            let store = by_name
                .entry("(stored)".to_string())
                .or_insert_with(|| FieldSpace {
                    field: "(stored)".to_string(),
                    bytes: [0; 6],
                });
            store.bytes[5] += segment.store().total().get_bytes();
        }
        let mut out: Vec<FieldSpace> = by_name.into_values().collect();
        out.sort_by_key(|f| std::cmp::Reverse(f.bytes.iter().sum::<u64>()));
        Ok(out)
    }

    /// Passages held as copies of passages of other articles (see `index::copies`).
    pub fn copies(&self) -> anyhow::Result<u64> {
        copies::count(&self.reader.searcher(), &self.index.fields)
    }

    /// Documents and segments, for `search stats`.
    pub fn counts(&self) -> (u64, usize) {
        let searcher = self.reader.searcher();
        (searcher.num_docs(), searcher.segment_readers().len())
    }
}
