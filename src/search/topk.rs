//! The best passages for a query: a base query walked with pruning, and bonuses added
//! only to the passages that can still make the list.
//!
//! A plain query is scored as its words (the base: which passages match, and most of
//! the score) plus bonuses that never decide a match: the words side by side, and the
//! words inside a quote of the passage (through the block join). Scoring a bonus costs
//! more than scoring the words (phrase positions, a walk over attribution documents),
//! and most matching passages never come near the top. Each bonus has a ceiling (its
//! words at the highest BM25 score they can reach, times its boost), so once `limit`
//! passages are held, a passage can only enter if its base score beats the weakest
//! held score minus the sum of the ceilings: only then are its bonuses scored. That
//! threshold also goes back to tantivy, which skips whole blocks of documents of a
//! flat union or intersection of terms that cannot reach it (block-max WAND). The
//! result is the same as scoring every passage in full.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering as Atomic};
use std::sync::OnceLock;

use tantivy::query::{Bm25Weight, EnableScoring, Query, Scorer, Weight};
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, Term};

use super::query::Ranked;

/// A bonus: a query scored only on candidates, summing the BM25 scores of `groups`
/// (each a term, or the terms of a phrase) times `boost`; its ceiling is each group
/// at the highest score it can reach.
pub struct Bonus {
    /// The query; must score as described.
    pub query: Box<dyn Query>,
    /// Its terms, a group per term or phrase it sums.
    pub groups: Vec<Vec<Term>>,
    /// Its boost.
    pub boost: Score,
}

/// The sum of the ceilings of `bonuses`.
fn headroom(searcher: &Searcher, bonuses: &[Bonus]) -> tantivy::Result<Score> {
    let mut sum = 0.0;
    for bonus in bonuses {
        let mut ceiling = 0.0;
        for group in bonus.groups.iter().filter(|g| !g.is_empty()) {
            ceiling += Bm25Weight::for_terms(searcher, group)?.max_score();
        }
        sum += ceiling * bonus.boost;
    }
    Ok(sum)
}

/// The best `limit` passages for `query` (its base plus its bonuses), best first,
/// skipping those in `exclude`. Segments run on the index's search threads when it
/// has them.
pub fn top_passages(
    searcher: &Searcher,
    query: &Ranked,
    limit: usize,
    exclude: &HashSet<DocAddress>,
) -> tantivy::Result<Vec<(Score, DocAddress)>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let scoring = EnableScoring::enabled_from_searcher(searcher);
    let walk = Walk {
        base: query.base.weight(scoring)?,
        bonuses: query
            .bonuses
            .iter()
            .map(|b| b.query.weight(scoring))
            .collect::<tantivy::Result<_>>()?,
        headroom: OnceLock::new(),
        searcher,
        query,
        limit,
        exclude,
        floor: AtomicU32::new(0),
    };
    let segments = searcher.segment_readers().iter().enumerate();
    let per_segment = searcher
        .index()
        .search_executor()
        .map(|(ord, reader)| walk.segment(ord as u32, reader), segments)?;
    let mut all: Vec<Held> = per_segment.into_iter().flatten().collect();
    all.sort();
    all.truncate(limit);
    Ok(all.into_iter().map(|h| (h.score, h.address)).collect())
}

/// What every segment's walk shares.
struct Walk<'a> {
    base: Box<dyn Weight>,
    bonuses: Vec<Box<dyn Weight>>,
    /// The sum of the bonuses' ceilings, worked out when first needed: many queries
    /// never fill their list.
    headroom: OnceLock<Score>,
    searcher: &'a Searcher,
    query: &'a Ranked,
    limit: usize,
    exclude: &'a HashSet<DocAddress>,
    /// The best score known to have `limit` passages at or above it, in any segment
    /// (the bits of a non-negative f32, which order as the floats do).
    floor: AtomicU32,
}

impl Walk<'_> {
    /// The best `limit` passages of one segment.
    fn segment(&self, ord: u32, reader: &SegmentReader) -> tantivy::Result<Vec<Held>> {
        // Made at the first passage that needs them: in many segments none does.
        let mut bonuses: Option<Vec<Box<dyn Scorer>>> = None;
        let mut failed = None;
        let mut held: BinaryHeap<Held> = BinaryHeap::with_capacity(self.limit + 1);
        // Documents deleted since the segment was written are still in its postings.
        let alive = reader.alive_bitset();
        let start = self.threshold(&held);
        self.base
            .for_each_pruning(start, reader, &mut |doc: DocId, score: Score| {
                let address = DocAddress::new(ord, doc);
                let deleted = alive.is_some_and(|alive| !alive.is_alive(doc));
                if !deleted && !self.exclude.contains(&address) && score > self.threshold(&held) {
                    let mut total = score;
                    if bonuses.is_none() {
                        let made = self.bonuses.iter().map(|w| w.scorer(reader, 1.0));
                        match made.collect::<tantivy::Result<Vec<_>>>() {
                            Ok(made) => bonuses = Some(made),
                            Err(err) => {
                                failed.get_or_insert(err);
                                return Score::INFINITY;
                            }
                        }
                    }
                    // The walk yields documents in increasing order: the bonus
                    // scorers only move forward.
                    for bonus in bonuses.iter_mut().flatten() {
                        if bonus.doc() < doc {
                            bonus.seek(doc);
                        }
                        if bonus.doc() == doc {
                            total += bonus.score();
                        }
                    }
                    let candidate = Held {
                        score: total,
                        address,
                    };
                    if held.len() < self.limit {
                        held.push(candidate);
                    } else if held.peek().is_some_and(|weakest| candidate < *weakest) {
                        held.pop();
                        held.push(candidate);
                    }
                    if held.len() >= self.limit {
                        if let Some(weakest) = held.peek() {
                            let bits = weakest.score.max(0.0).to_bits();
                            self.floor.fetch_max(bits, Atomic::Relaxed);
                        }
                    }
                }
                self.threshold(&held)
            })?;
        match failed {
            Some(err) => Err(err),
            None => Ok(held.into_vec()),
        }
    }

    /// The base score a passage must beat to matter, given what this segment holds
    /// and what the others have found.
    fn threshold(&self, held: &BinaryHeap<Held>) -> Score {
        let mut floor = f32::from_bits(self.floor.load(Atomic::Relaxed));
        if held.len() >= self.limit {
            if let Some(weakest) = held.peek() {
                floor = floor.max(weakest.score);
            }
        }
        if floor <= 0.0 {
            return Score::MIN;
        }
        let headroom = *self.headroom.get_or_init(|| {
            // Without the statistics, no pruning: every passage gets its bonuses.
            headroom(self.searcher, &self.query.bonuses).unwrap_or(Score::INFINITY)
        });
        // A hair lower, so that rounding in the sums never drops a passage that ties.
        floor - headroom - floor * 1e-5
    }
}

/// A passage held by a walk. Ordered best first: a higher score, then (as tantivy's
/// top-docs collector has it) the earlier document. `BinaryHeap` keeps its greatest
/// element on top, which is then the weakest passage held.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Held {
    score: Score,
    address: DocAddress,
}

impl Eq for Held {}

impl Ord for Held {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then_with(|| self.address.cmp(&other.address))
    }
}

impl PartialOrd for Held {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, BoostQuery, Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, STORED, STRING, TEXT};
    use tantivy::{doc, Index};

    /// A small index of pseudo-random passages over a few words, in several segments,
    /// some documents deleted.
    fn index(seed: u64) -> (Index, Schema) {
        let mut builder = Schema::builder();
        builder.add_text_field("id", STRING | STORED);
        builder.add_text_field("text", TEXT);
        builder.add_text_field("quote", TEXT);
        let schema = builder.build();
        let (id, text, quote) = (
            schema.get_field("id").unwrap(),
            schema.get_field("text").unwrap(),
            schema.get_field("quote").unwrap(),
        );
        let index = Index::create_in_ram(schema.clone());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut state = seed;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let words = ["peace", "talks", "war", "vote", "tax", "court"];
        for n in 0..600 {
            let mut body = String::new();
            for _ in 0..1 + next(12) {
                body.push_str(words[next(6) as usize]);
                body.push(' ');
            }
            let said = if next(3) == 0 {
                words[next(6) as usize]
            } else {
                ""
            };
            writer
                .add_document(doc!(id => n.to_string(), text => body, quote => said))
                .unwrap();
            if n % 150 == 149 {
                writer.commit().unwrap();
            }
        }
        for n in (0..600).step_by(7) {
            writer.delete_term(Term::from_field_text(id, &n.to_string()));
        }
        writer.commit().unwrap();
        (index, schema)
    }

    fn term(schema: &Schema, field: &str, word: &str) -> Term {
        Term::from_field_text(schema.get_field(field).unwrap(), word)
    }

    /// Words in the text (a flat union, walked with block-max WAND) and a bonus for
    /// words in the quote.
    fn ranked(schema: &Schema, words: &[&str]) -> Ranked {
        let union = |field: &str| -> Vec<(Occur, Box<dyn Query>)> {
            words
                .iter()
                .map(|w| {
                    let query =
                        TermQuery::new(term(schema, field, w), IndexRecordOption::WithFreqs);
                    (Occur::Should, Box::new(query) as Box<dyn Query>)
                })
                .collect()
        };
        let said = BooleanQuery::new(union("quote"));
        Ranked {
            base: Box::new(BooleanQuery::new(union("text"))),
            bonuses: vec![Bonus {
                query: Box::new(BoostQuery::new(Box::new(said), 1.5)),
                groups: words
                    .iter()
                    .map(|w| vec![term(schema, "quote", w)])
                    .collect(),
                boost: 1.5,
            }],
        }
    }

    #[test]
    fn pruning_finds_what_scoring_every_passage_finds() {
        for seed in 1..6 {
            let (index, schema) = index(seed);
            let searcher = index.reader().unwrap().searcher();
            for words in [&["peace", "talks"][..], &["tax"], &["war", "vote", "court"]] {
                let query = ranked(&schema, words);
                for limit in [1, 5, 20] {
                    let exclude: HashSet<DocAddress> = HashSet::new();
                    let found = top_passages(&searcher, &query, limit, &exclude).unwrap();
                    let combined = ranked(&schema, words).combined();
                    let expected = searcher
                        .search(&*combined, &TopDocs::with_limit(limit).order_by_score())
                        .unwrap();
                    assert_eq!(found.len(), expected.len(), "seed {seed} {words:?} {limit}");
                    for ((score, at), (want, want_at)) in found.iter().zip(&expected) {
                        assert!(
                            (score - want).abs() < 1e-4,
                            "seed {seed} {words:?}: {found:?} {expected:?}"
                        );
                        assert_eq!(at, want_at, "seed {seed} {words:?}: {found:?} {expected:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn excluded_and_deleted_passages_are_skipped() {
        let (index, schema) = index(9);
        let searcher = index.reader().unwrap().searcher();
        let query = ranked(&schema, &["peace", "war"]);
        let first = top_passages(&searcher, &query, 5, &HashSet::new()).unwrap();
        let exclude: HashSet<DocAddress> = first.iter().map(|&(_, a)| a).collect();
        let next = top_passages(&searcher, &query, 5, &exclude).unwrap();
        assert_eq!(next.len(), 5);
        assert!(next.iter().all(|(_, a)| !exclude.contains(a)));
        let id = schema.get_field("id").unwrap();
        for &(_, address) in first.iter().chain(&next) {
            let doc: tantivy::TantivyDocument = searcher.doc(address).unwrap();
            let n: u64 = tantivy::schema::Value::as_str(&doc.get_first(id).unwrap())
                .unwrap()
                .parse()
                .unwrap();
            assert_ne!(n % 7, 0, "document {n} was deleted");
        }
        assert!(first.windows(2).all(|w| w[0].0 >= w[1].0));
    }
}
