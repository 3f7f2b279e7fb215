//! A union of a few queries that moves only when asked: [`Sum`].
//!
//! tantivy's union of optional clauses buffers: it reads every clause a window of
//! 4,096 documents ahead and zeroes a score slot for each, at creation and at every
//! seek past its window. That suits walking a long union; it wastes work where a union
//! is only sought to a few documents: one word over the text, title and speakers inside
//! an intersection of words, or the words of a bonus scored on candidates. [`Sum`]
//! keeps its clauses side by side and seeks each only as far as asked.

use std::fmt;

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

/// Matches a document matched by any of its clauses, scoring the sum of their scores.
pub struct Sum {
    clauses: Vec<Box<dyn Query>>,
}

impl Sum {
    /// The union of `clauses`.
    pub fn new(clauses: Vec<Box<dyn Query>>) -> Self {
        Sum { clauses }
    }
}

impl Clone for Sum {
    fn clone(&self) -> Self {
        Sum::new(self.clauses.iter().map(|c| c.box_clone()).collect())
    }
}

impl fmt::Debug for Sum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sum({:?})", self.clauses)
    }
}

impl Query for Sum {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|c| c.weight(enable_scoring))
            .collect::<tantivy::Result<_>>()?;
        Ok(Box::new(SumWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

struct SumWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl Weight for SumWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let scorers = self
            .weights
            .iter()
            .map(|w| w.scorer(reader, boost))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut scorer = SumScorer { scorers, doc: 0 };
        scorer.doc = scorer.lowest();
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let parts: Vec<Explanation> = self
            .weights
            .iter()
            .filter_map(|w| w.explain(reader, doc).ok())
            .collect();
        if parts.is_empty() {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        let total = parts.iter().map(Explanation::value).sum();
        let mut out = Explanation::new("sum of the matching clauses", total);
        for part in parts {
            out.add_detail(part);
        }
        Ok(out)
    }
}

struct SumScorer {
    scorers: Vec<Box<dyn Scorer>>,
    doc: DocId,
}

impl SumScorer {
    /// The lowest document any clause is on.
    fn lowest(&self) -> DocId {
        self.scorers
            .iter()
            .map(|s| s.doc())
            .min()
            .unwrap_or(TERMINATED)
    }
}

impl DocSet for SumScorer {
    fn advance(&mut self) -> DocId {
        let doc = self.doc;
        for scorer in &mut self.scorers {
            if scorer.doc() == doc {
                scorer.advance();
            }
        }
        self.doc = self.lowest();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for scorer in &mut self.scorers {
            if scorer.doc() < target {
                scorer.seek(target);
            }
        }
        self.doc = self.lowest();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.scorers
            .iter()
            .map(|s| s.size_hint())
            .fold(0u32, u32::saturating_add)
    }

    fn cost(&self) -> u64 {
        self.scorers.iter().map(|s| s.cost()).sum()
    }
}

impl Scorer for SumScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        self.scorers
            .iter_mut()
            .filter(|s| s.doc() == doc)
            .map(|s| s.score())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, BoostQuery, Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{doc, Index};

    #[test]
    fn finds_and_scores_what_a_boolean_union_does() {
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", TEXT);
        let title = builder.add_text_field("title", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        let words = ["ferry", "harbour", "vote", "budget"];
        for n in 0..5000usize {
            let body = format!("{} {}", words[n % 4], words[(n / 3) % 4]);
            let head = if n % 11 == 0 { "ferry" } else { "council" };
            writer
                .add_document(doc!(text => body, title => head))
                .unwrap();
            if n % 2000 == 1999 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let clauses = || -> Vec<Box<dyn Query>> {
            let term = |field, word| -> Box<dyn Query> {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, word),
                    IndexRecordOption::WithFreqs,
                ))
            };
            vec![
                term(text, "ferry"),
                Box::new(BoostQuery::new(term(title, "ferry"), 0.5)),
                term(text, "budget"),
            ]
        };
        let boolean =
            BooleanQuery::new(clauses().into_iter().map(|c| (Occur::Should, c)).collect());
        // Inside an intersection, the union is sought rather than walked.
        let with = |union: Box<dyn Query>| {
            let vote: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(text, "vote"),
                IndexRecordOption::WithFreqs,
            ));
            BooleanQuery::new(vec![(Occur::Must, union), (Occur::Must, vote)])
        };
        for (ours, theirs) in [
            (
                Box::new(Sum::new(clauses())) as Box<dyn Query>,
                Box::new(boolean.clone()) as Box<dyn Query>,
            ),
            (
                Box::new(with(Box::new(Sum::new(clauses())))),
                Box::new(with(Box::new(boolean))),
            ),
        ] {
            let top = TopDocs::with_limit(10_000).order_by_score();
            let mut a = searcher.search(&*ours, &top).unwrap();
            let mut b = searcher.search(&*theirs, &top).unwrap();
            assert!(!a.is_empty());
            a.sort_by_key(|&(_, address)| address);
            b.sort_by_key(|&(_, address)| address);
            assert_eq!(a.len(), b.len());
            for ((x, at), (y, want)) in a.iter().zip(&b) {
                assert_eq!(at, want);
                assert!((x - y).abs() < 1e-5, "{x} vs {y}");
            }
        }
    }
}
