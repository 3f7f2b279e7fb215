//! The JSON records `search` prints, as serde structs. The format is documented in
//! `output::json`; change these only together with that documentation and the README.

use serde::{Deserialize, Serialize};

/// One attribution, as `search extract --format jsonl` prints it and as hits carry it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttributionRecord {
    /// Direct or indirect.
    pub kind: String,
    /// The quoted words, or the reported clause.
    pub quote: String,
    /// The resolved speaker, or null.
    pub speaker: Option<String>,
    /// The speaker as written.
    pub speaker_mention: String,
    /// The cue ("said", "according to").
    pub cue: String,
    /// Cue and source as written.
    pub attribution: String,
    /// Whether the source is unnamed.
    pub anonymous: bool,
    /// Char offset of the quote in the article text.
    pub start: usize,
    /// Char offset just past the quote.
    pub end: usize,
}

/// One line of `search extract --format jsonl`.
#[derive(Debug, Serialize)]
pub struct ExtractRecord<'a> {
    /// The article's path.
    pub path: &'a str,
    /// The paragraph number (1-based).
    pub paragraph: u32,
    /// The attribution itself.
    #[serde(flatten)]
    pub attribution: &'a AttributionRecord,
}

/// A char range of highlighted text in a hit's passage.
pub type CharRange = [usize; 2];

/// One hit of a query: a passage.
#[derive(Clone, Debug, Serialize)]
pub struct HitRecord<'a> {
    /// Always "hit".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The query's id, in batch output only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a serde_json::Value>,
    /// 1-based rank.
    pub rank: usize,
    /// Relevance score (higher is better; comparable within one query only).
    pub score: f32,
    /// The article's path.
    pub path: &'a str,
    /// The article's title.
    pub title: &'a str,
    /// The outlet, if known.
    pub source: Option<&'a str>,
    /// The date, if known.
    pub date: Option<&'a str>,
    /// The paragraph number (1-based).
    pub paragraph: u32,
    /// The passage text.
    pub text: &'a str,
    /// Matched terms as char ranges of `text`.
    pub highlights: &'a [CharRange],
    /// The attributions in the passage.
    pub attributions: &'a [AttributionRecord],
    /// How many other articles repeat the passage word for word (it is indexed once).
    pub copies: usize,
    /// The paths of the first 20 of them, in the order they were indexed.
    pub also_in: &'a [String],
}

impl<'a> HitRecord<'a> {
    /// The record for a hit at 1-based `rank`, tagged with a batch query's `id`.
    pub fn new(
        hit: &'a crate::search::Hit,
        rank: usize,
        id: Option<&'a serde_json::Value>,
    ) -> Self {
        let p = &hit.passage;
        HitRecord {
            kind: "hit",
            id,
            rank,
            score: hit.score,
            path: &p.path,
            title: &p.title,
            source: p.source.as_deref(),
            date: p.date.as_deref(),
            paragraph: p.paragraph,
            text: &p.text,
            highlights: &hit.highlights,
            attributions: &p.attributions,
            copies: hit.copies.count,
            also_in: &hit.copies.paths,
        }
    }
}

/// The end-of-query record of `search batch`.
#[derive(Debug, Serialize)]
pub struct QueryRecord<'a> {
    /// "query" for a query that ran, "error" for one that could not.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The query's id (its line number when the input gave none).
    pub id: &'a serde_json::Value,
    /// The query text.
    pub query: &'a str,
    /// Hits printed (for "query").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hits: Option<usize>,
    /// What went wrong (for "error").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<&'a str>,
}

/// The summary `search index --json` prints.
#[derive(Debug, Serialize)]
pub struct SummaryRecord<'a> {
    /// Always "summary".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The index folder written.
    pub index: String,
    /// Wall-clock time of the run, in seconds.
    pub seconds: f64,
    /// What this run read.
    #[serde(flatten)]
    pub summary: &'a crate::pipeline::Summary,
    /// Files indexed before and gone now.
    pub removed: usize,
    /// What the index holds after the run.
    pub total: Totals,
}

/// What an index holds.
#[derive(Debug, Serialize)]
pub struct Totals {
    /// Files.
    pub files: usize,
    /// Articles.
    pub articles: usize,
    /// Passages.
    pub passages: usize,
    /// Attributions.
    pub quotes: usize,
}

impl<'a> SummaryRecord<'a> {
    /// The record for a finished run that started at `started`.
    pub fn new(
        report: &'a crate::index::BuildReport,
        index: &std::path::Path,
        started: std::time::Instant,
    ) -> Self {
        SummaryRecord {
            kind: "summary",
            index: index.display().to_string(),
            seconds: started.elapsed().as_secs_f64(),
            summary: &report.summary,
            removed: report.removed,
            total: Totals {
                files: report.info.files,
                articles: report.info.articles,
                passages: report.info.passages,
                quotes: report.info.quotes,
            },
        }
    }
}

/// One line of `search speakers --json`.
#[derive(Debug, Serialize)]
pub struct SpeakerRecord<'a> {
    /// Always "speaker".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The resolved name, or the description of an unnamed source.
    pub name: &'a str,
    /// Quotes attributed to the speaker.
    pub quotes: usize,
    /// Articles quoting the speaker.
    pub articles: usize,
    /// Whether the source is unnamed.
    pub anonymous: bool,
}

impl<'a> SpeakerRecord<'a> {
    /// The record for one speaker.
    pub fn new(speaker: &'a crate::search::SpeakerCount) -> Self {
        SpeakerRecord {
            kind: "speaker",
            name: &speaker.name,
            quotes: speaker.quotes,
            articles: speaker.articles,
            anonymous: speaker.anonymous,
        }
    }
}
