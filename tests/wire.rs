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
