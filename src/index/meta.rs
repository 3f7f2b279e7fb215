//! What an index records about itself: the tool version and analyzer that built it,
//! when, from what, and how much it holds. Stored as the payload of tantivy's commit,
//! so it changes atomically with the data it describes.

use serde::{Deserialize, Serialize};

use super::schema::{ANALYZER_SETTINGS, FORMAT_VERSION};

/// The index's description of itself.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndexInfo {
    /// Always "search".
    pub tool: String,
    /// The version of `search` that built the index.
    pub version: String,
    /// The index format ([`FORMAT_VERSION`]).
    pub format: u32,
    /// The analyzer settings ([`ANALYZER_SETTINGS`]).
    pub analyzer: String,
    /// When the index was built, in seconds since the Unix epoch.
    pub built_at: u64,
    /// The corpus path as given to `search index`.
    pub corpus: String,
    /// Articles indexed.
    pub articles: usize,
    /// Passages indexed.
    pub passages: usize,
    /// Attributions indexed.
    pub quotes: usize,
    /// Files indexed.
    #[serde(default)]
    pub files: usize,
    /// The name of the file table of this commit (see `index::files`).
    #[serde(default)]
    pub file_table: Option<String>,
    /// The ordinal the next article added gets (ordinals number articles for
    /// counting; they are never reused).
    #[serde(default)]
    pub next_article: u64,
}

impl IndexInfo {
    /// A description for an index being built now by this version.
    pub fn current(corpus: String, articles: usize, passages: usize, quotes: usize) -> Self {
        let built_at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        IndexInfo {
            tool: "search".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            format: FORMAT_VERSION,
            analyzer: ANALYZER_SETTINGS.to_string(),
            built_at,
            corpus,
            articles,
            passages,
            quotes,
            files: 0,
            file_table: None,
            next_article: 0,
        }
    }

    /// Whether this version of `search` can read an index with this description.
    pub fn is_compatible(&self) -> bool {
        self.tool == "search" && self.format == FORMAT_VERSION && self.analyzer == ANALYZER_SETTINGS
    }

    /// Reads a commit payload; `None` if it is missing or not ours.
    pub fn from_payload(payload: Option<&str>) -> Option<Self> {
        serde_json::from_str(payload?).ok()
    }
}
