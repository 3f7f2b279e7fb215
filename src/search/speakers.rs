//! Counting speakers: for every attribution document matching the quote-level
//! filters (and, when a query is given, in a passage matching it), its resolved
//! speaker, the article it is in and whether the source is unnamed, summed per speaker
//! across the index.

use std::collections::{HashMap, HashSet};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentReader};

use crate::index::{ANONYMOUS_FIELD, ARTICLE_FIELD, BLOCK_FIELD, SPEAKER_KEY_FIELD};

/// One speaker and how often they are quoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerCount {
    /// The resolved name (or description of an unnamed source).
    pub name: String,
    /// Quotes attributed to them.
    pub quotes: usize,
    /// Articles quoting them.
    pub articles: usize,
    /// Whether most of their quotes come from an unnamed source.
    pub anonymous: bool,
}

/// Per-speaker tallies while collecting.
#[derive(Default)]
struct Tally {
    quotes: usize,
    anonymous: usize,
    articles: HashSet<u64>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.quotes += other.quotes;
        self.anonymous += other.anonymous;
        self.articles.extend(other.articles);
    }
}

/// A collector of [`SpeakerCount`]s over attribution documents.
pub struct SpeakerCollector {
    /// Only attributions of these passage documents, when set.
    pub passages: Option<HashSet<DocAddress>>,
}

/// The per-segment half of [`SpeakerCollector`].
pub struct SpeakerSegmentCollector {
    speakers: Option<StrColumn>,
    anonymous: Option<StrColumn>,
    articles: Column<u64>,
    block: Column<u64>,
    /// This segment's passage documents to count in, when restricted.
    passages: Option<HashSet<DocId>>,
    /// Term ord of "true" in the anonymous column, if present in the segment.
    anonymous_true: Option<u64>,
    by_ord: HashMap<u64, Tally>,
}

impl Collector for SpeakerCollector {
    type Fruit = Vec<SpeakerCount>;
    type Child = SpeakerSegmentCollector;

    fn for_segment(&self, ord: u32, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        let fast = reader.fast_fields();
        let speakers = fast.str(SPEAKER_KEY_FIELD)?;
        let anonymous = fast.str(ANONYMOUS_FIELD)?;
        let anonymous_true = match &anonymous {
            Some(column) => ord_of(column, "true")?,
            None => None,
        };
        Ok(SpeakerSegmentCollector {
            speakers,
            anonymous,
            articles: fast.u64(ARTICLE_FIELD)?,
            block: fast.u64(BLOCK_FIELD)?,
            passages: self.passages.as_ref().map(|all| {
                all.iter()
                    .filter(|a| a.segment_ord == ord)
                    .map(|a| a.doc_id)
                    .collect()
            }),
            anonymous_true,
            by_ord: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segments: Vec<HashMap<String, TallyFruit>>,
    ) -> tantivy::Result<Vec<SpeakerCount>> {
        let mut all: HashMap<String, Tally> = HashMap::new();
        for segment in segments {
            for (name, fruit) in segment {
                all.entry(name).or_default().add(fruit.0);
            }
        }
        Ok(all
            .into_iter()
            .map(|(name, t)| SpeakerCount {
                name,
                quotes: t.quotes,
                articles: t.articles.len(),
                anonymous: t.anonymous * 2 > t.quotes,
            })
            .collect())
    }
}

/// A segment's tally for one speaker (wrapped so the fruit type stays private).
pub struct TallyFruit(Tally);

impl SegmentCollector for SpeakerSegmentCollector {
    type Fruit = HashMap<String, TallyFruit>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(passages) = &self.passages {
            let distance = self.block.first(doc).unwrap_or(0);
            let passage = doc.saturating_sub(u32::try_from(distance).unwrap_or(u32::MAX));
            if !passages.contains(&passage) {
                return;
            }
        }
        let Some(ord) = self.speakers.as_ref().and_then(|c| c.ords().first(doc)) else {
            return;
        };
        let tally = self.by_ord.entry(ord).or_default();
        tally.quotes += 1;
        if let Some(article) = self.articles.first(doc) {
            tally.articles.insert(article);
        }
        let is_anonymous = self
            .anonymous
            .as_ref()
            .and_then(|c| c.ords().first(doc))
            .is_some_and(|o| Some(o) == self.anonymous_true);
        tally.anonymous += usize::from(is_anonymous);
    }

    fn harvest(self) -> Self::Fruit {
        let Some(speakers) = self.speakers else {
            return HashMap::new();
        };
        let mut name = String::new();
        self.by_ord
            .into_iter()
            .filter_map(|(ord, tally)| {
                name.clear();
                matches!(speakers.ord_to_str(ord, &mut name), Ok(true))
                    .then(|| (name.clone(), TallyFruit(tally)))
            })
            .collect()
    }
}

/// The term ord of `value` in a string column, if the segment holds it.
fn ord_of(column: &StrColumn, value: &str) -> tantivy::Result<Option<u64>> {
    let mut text = String::new();
    for ord in 0..column.num_terms() as u64 {
        text.clear();
        if column.ord_to_str(ord, &mut text)? && text == value {
            return Ok(Some(ord));
        }
    }
    Ok(None)
}
