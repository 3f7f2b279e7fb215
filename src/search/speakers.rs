//! Counting speakers: for every attribution document matching the quote-level
//! filters (and, when a query is given, in a passage matching it), its resolved
//! speaker, the article it is in and whether the source is unnamed, summed per speaker
//! across the index.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, Term};

use crate::index::{
    for_each_alive, CopyColumns, QuoteFields, ANONYMOUS_FIELD, ARTICLE_FIELD, BLOCK_FIELD,
    COPY_LEVEL, SPEAKER_KEY_FIELD,
};

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
    /// The copies in the index (see [`copies_by_key`]): a quote counts once more for
    /// each article repeating its passage.
    pub copies: Arc<CopiesByKey>,
}

/// The copy documents of an index, by content key: each one's content check and
/// article ordinal.
pub type CopiesByKey = HashMap<u64, Vec<(u64, u64)>>;

/// Every live copy document of the index, by content key.
pub fn copies_by_key(searcher: &Searcher, fields: &QuoteFields) -> anyhow::Result<CopiesByKey> {
    let mut by_key: CopiesByKey = HashMap::new();
    let term = Term::from_field_text(fields.level, COPY_LEVEL);
    for_each_alive(searcher, &term, |copy, columns| {
        let doc = copy.doc_id;
        if let (Some(key), Some(check), Some(article)) = (
            columns.key.first(doc),
            columns.check.first(doc),
            columns.article.first(doc),
        ) {
            by_key.entry(key).or_default().push((check, article));
        }
        Ok(())
    })?;
    Ok(by_key)
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
    copies: Arc<CopiesByKey>,
    /// Content keys of passages (to find their copies).
    columns: CopyColumns,
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
            copies: Arc::clone(&self.copies),
            columns: CopyColumns::of(reader)?,
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
        Ok(canonical(all))
    }
}

/// A segment's tally for one speaker (wrapped so the fruit type stays private).
pub struct TallyFruit(Tally);

impl SegmentCollector for SpeakerSegmentCollector {
    type Fruit = HashMap<String, TallyFruit>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let distance = self.block.first(doc).unwrap_or(0);
        let passage = doc.saturating_sub(u32::try_from(distance).unwrap_or(u32::MAX));
        if let Some(passages) = &self.passages {
            if !passages.contains(&passage) {
                return;
            }
        }
        let Some(ord) = self.speakers.as_ref().and_then(|c| c.ords().first(doc)) else {
            return;
        };
        let tally = self.by_ord.entry(ord).or_default();
        let own = self.articles.first(doc);
        tally.articles.extend(own);
        // The articles repeating the passage, but for its own (see `search::copies`).
        let mut times = 1;
        let columns = &self.columns;
        // Most indexes hold no copies: then no column is read for them.
        let content = match self.copies.is_empty() {
            true => (None, None),
            false => (columns.key.first(passage), columns.check.first(passage)),
        };
        if let (Some(key), Some(check)) = content {
            for &(copy_check, article) in self.copies.get(&key).into_iter().flatten() {
                if copy_check == check && Some(article) != own {
                    times += 1;
                    tally.articles.insert(article);
                }
            }
        }
        tally.quotes += times;
        let is_anonymous = self
            .anonymous
            .as_ref()
            .and_then(|c| c.ords().first(doc))
            .is_some_and(|o| Some(o) == self.anonymous_true);
        tally.anonymous += times * usize::from(is_anonymous);
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

/// One speaker per person: names that differ only in case are one speaker (shown as
/// most often written), and a lone surname ("Rubio") joins the one full name in the
/// index that ends with it ("Marco Rubio"), when there is exactly one. Unnamed
/// sources are kept as they are.
fn canonical(all: HashMap<String, Tally>) -> Vec<SpeakerCount> {
    // Case variants: most quoted spelling first, then alphabetical, for stable output.
    let mut by_folded: HashMap<String, Vec<(String, Tally)>> = HashMap::new();
    for (name, tally) in all {
        by_folded
            .entry(name.to_lowercase())
            .or_default()
            .push((name, tally));
    }
    let mut merged: HashMap<String, (String, Tally)> = HashMap::new();
    for (folded, mut variants) in by_folded {
        variants.sort_by(|a, b| b.1.quotes.cmp(&a.1.quotes).then_with(|| a.0.cmp(&b.0)));
        let mut variants = variants.into_iter();
        let Some((name, mut tally)) = variants.next() else {
            continue;
        };
        for (_, other) in variants {
            tally.add(other);
        }
        merged.insert(folded, (name, tally));
    }
    // Surnames: the one named speaker whose last word it is.
    let mut full_names: HashMap<String, Vec<String>> = HashMap::new();
    for (folded, (_, tally)) in &merged {
        let words: Vec<&str> = folded.split_whitespace().collect();
        if words.len() >= 2 && tally.anonymous * 2 <= tally.quotes {
            if let Some(last) = words.last() {
                full_names
                    .entry((*last).to_string())
                    .or_default()
                    .push(folded.clone());
            }
        }
    }
    let surnames: Vec<(String, String)> = merged
        .iter()
        .filter(|(folded, (_, tally))| !folded.contains(' ') && tally.anonymous * 2 <= tally.quotes)
        .filter_map(
            |(folded, _)| match full_names.get(folded).map(Vec::as_slice) {
                Some([one]) => Some((folded.clone(), one.clone())),
                _ => None,
            },
        )
        .collect();
    for (surname, full) in surnames {
        if let Some((_, tally)) = merged.remove(&surname) {
            if let Some((_, into)) = merged.get_mut(&full) {
                into.add(tally);
            }
        }
    }
    merged
        .into_values()
        .map(|(name, t)| SpeakerCount {
            name,
            quotes: t.quotes,
            articles: t.articles.len(),
            anonymous: t.anonymous * 2 > t.quotes,
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(quotes: usize, anonymous: usize, articles: &[u64]) -> Tally {
        Tally {
            quotes,
            anonymous,
            articles: articles.iter().copied().collect(),
        }
    }

    fn names(all: Vec<(&str, Tally)>) -> Vec<(String, usize, usize)> {
        let map = all.into_iter().map(|(n, t)| (n.to_string(), t)).collect();
        let mut out: Vec<_> = canonical(map)
            .into_iter()
            .map(|s| (s.name, s.quotes, s.articles))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn case_variants_and_lone_surnames_join_one_speaker() {
        let out = names(vec![
            ("Marco Rubio", tally(3, 0, &[1, 2])),
            ("Rubio", tally(2, 0, &[3])),
            ("the article", tally(1, 0, &[1])),
            ("The article", tally(2, 0, &[2])),
        ]);
        assert_eq!(
            out,
            [("Marco Rubio".into(), 5, 3), ("The article".into(), 3, 2)]
        );
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let out = names(vec![
            ("Hillary Clinton", tally(3, 0, &[1])),
            ("Bill Clinton", tally(2, 0, &[2])),
            ("Clinton", tally(4, 0, &[3])),
        ]);
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn unnamed_sources_are_not_merged_into_names() {
        let out = names(vec![
            ("a senior official", tally(2, 2, &[1])),
            ("official", tally(1, 1, &[2])),
        ]);
        assert_eq!(out.len(), 2);
    }
}
