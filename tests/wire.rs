//! Test-local copies of the JSON records, with `deny_unknown_fields`, so that a field
//! added, renamed or retyped in the output fails a test.

#![allow(dead_code)]

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    pub kind: String,
    pub quote: String,
    pub speaker: Option<String>,
    pub speaker_mention: String,
    pub cue: String,
    pub attribution: String,
    pub anonymous: bool,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractRecord {
    pub path: String,
    pub paragraph: u32,
    pub kind: String,
    pub quote: String,
    pub speaker: Option<String>,
    pub speaker_mention: String,
    pub cue: String,
    pub attribution: String,
    pub anonymous: bool,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hit {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    pub rank: usize,
    pub score: f32,
    pub path: String,
    pub title: String,
    pub source: Option<String>,
    pub date: Option<String>,
    pub paragraph: u32,
    pub text: String,
    pub highlights: Vec<[usize; 2]>,
    pub attributions: Vec<Attribution>,
    pub copies: usize,
    pub also_in: Vec<String>,
}

/// Any line of `search batch` output.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum BatchLine {
    Hit(BatchHit),
    Query(QueryEnd),
    Error(QueryError),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchHit {
    pub id: serde_json::Value,
    pub rank: usize,
    pub score: f32,
    pub path: String,
    pub title: String,
    pub source: Option<String>,
    pub date: Option<String>,
    pub paragraph: u32,
    pub text: String,
    pub highlights: Vec<[usize; 2]>,
    pub attributions: Vec<Attribution>,
    pub copies: usize,
    pub also_in: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryEnd {
    pub id: serde_json::Value,
    pub query: String,
    pub hits: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryError {
    pub id: serde_json::Value,
    pub query: String,
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub quotes: usize,
    pub articles: usize,
    pub anonymous: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skipped {
    pub path: String,
    pub kind: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub files: usize,
    pub articles: usize,
    pub passages: usize,
    pub quotes: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    #[serde(rename = "type")]
    pub kind: String,
    pub index: String,
    pub seconds: f64,
    pub files: usize,
    pub files_read: usize,
    pub unchanged: usize,
    pub skipped: Vec<Skipped>,
    pub legacy_decoded: usize,
    pub articles: usize,
    pub passages: usize,
    pub quotes: usize,
    pub warnings: usize,
    pub removed: usize,
    pub total: Totals,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    #[serde(rename = "type")]
    pub kind: String,
    pub index: String,
    pub articles: usize,
    pub passages: usize,
    pub copies: u64,
    pub quotes: usize,
    pub speakers: usize,
    pub anonymous_speakers: usize,
    pub documents: u64,
    pub segments: usize,
    pub bytes_on_disk: u64,
    pub built_at: u64,
    pub built_by: String,
    pub format: u32,
    pub analyzer: String,
    pub corpus: String,
}
