//! A block join: match passages by what their quotes hold.
//!
//! Each passage is indexed as a block of adjacent documents in one segment: the
//! passage document, then one document per attribution (see `index::documents`). Every
//! document stores, in the `block` fast field, its distance from the block's passage
//! document (0 for the passage itself). [`ToPassage`] runs a query over attribution
//! documents and yields the passage document of every block in which it matched, with
//! the best score of the block's matching attributions: `speaker:dunn quote:lose`,
//! evaluated inside one attribution document, becomes a match on its passage.

use std::fmt;

use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use crate::index::BLOCK_FIELD;

/// Matches the passage documents of blocks in which `query` matches an attribution
/// document.
pub struct ToPassage {
    query: Box<dyn Query>,
}

impl ToPassage {
    /// Wraps a query over attribution documents.
    pub fn new(query: Box<dyn Query>) -> Self {
        ToPassage { query }
    }
}

impl Clone for ToPassage {
    fn clone(&self) -> Self {
        ToPassage {
            query: self.query.box_clone(),
        }
    }
}

impl fmt::Debug for ToPassage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ToPassage({:?})", self.query)
    }
}

impl Query for ToPassage {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ToPassageWeight {
            inner: self.query.weight(enable_scoring)?,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.query.query_terms(visitor);
    }
}

struct ToPassageWeight {
    inner: Box<dyn Weight>,
}

impl Weight for ToPassageWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let inner = self.inner.scorer(reader, boost)?;
        let block = reader.fast_fields().u64(BLOCK_FIELD)?;
        Ok(Box::new(ToPassageScorer::new(inner, block)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new(
            "best matching attribution of the passage",
            scorer.score(),
        ))
    }
}

/// Walks the attribution scorer block by block.
struct ToPassageScorer {
    inner: Box<dyn Scorer>,
    block: Column<u64>,
    doc: DocId,
    score: Score,
}

impl ToPassageScorer {
    fn new(inner: Box<dyn Scorer>, block: Column<u64>) -> Self {
        let mut scorer = ToPassageScorer {
            inner,
            block,
            doc: 0,
            score: 0.0,
        };
        scorer.collect_block();
        scorer
    }

    /// The passage document of document `doc`'s block.
    fn passage_of(&self, doc: DocId) -> DocId {
        let distance = self.block.first(doc).unwrap_or(0);
        doc.saturating_sub(u32::try_from(distance).unwrap_or(u32::MAX))
    }

    /// Consumes the inner matches of the block the inner scorer is in, setting `doc`
    /// to its passage and `score` to the best of them.
    fn collect_block(&mut self) -> DocId {
        let first = self.inner.doc();
        if first == TERMINATED {
            self.doc = TERMINATED;
            return TERMINATED;
        }
        let passage = self.passage_of(first);
        let mut best: Score = 0.0;
        let mut doc = first;
        while doc != TERMINATED && self.passage_of(doc) == passage {
            best = best.max(self.inner.score());
            doc = self.inner.advance();
        }
        self.doc = passage;
        self.score = best;
        passage
    }
}

impl DocSet for ToPassageScorer {
    fn advance(&mut self) -> DocId {
        self.collect_block()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        // A block's attributions come after its passage: any match at or past `target`
        // belongs to a passage at or past it, unless `target` is inside a block.
        if self.inner.doc() < target {
            self.inner.seek(target);
        }
        loop {
            let passage = self.collect_block();
            if passage >= target {
                return passage;
            }
        }
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.inner.size_hint()
    }
}

impl Scorer for ToPassageScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}
