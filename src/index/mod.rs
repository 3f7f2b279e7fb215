//! The tantivy index: its schema, what it records about itself, building it, and
//! opening it for search (refusing indexes this version cannot read).

mod copies;
mod directory;
mod documents;
mod english;
mod files;
mod lookup;
mod meta;
mod queue;
mod schema;
mod stem;
mod stored;
mod texts;
mod writer;

use std::path::Path;

use anyhow::{bail, Context};
use tantivy::Index;

use crate::output::wire::AttributionRecord;

pub use english::{words, Folder};
pub use lookup::{
    each_alive, for_each_alive, indexed_passage, load_passage_with, read_copy, CopyColumns,
};
pub use meta::IndexInfo;
pub use schema::{
    analyzer, QuoteFields, ANALYZER_SETTINGS, ANONYMOUS_FIELD, ARTICLE_FIELD, BLOCK_FIELD,
    COPY_LEVEL, FORMAT_VERSION, MAX_WORD_BYTES, PASSAGE_LEVEL, PASSAGE_LEVEL_FIELDS, QUOTE_LEVEL,
    QUOTE_LEVEL_FIELDS, SPEAKER_KEY_FIELD,
};
pub use stem::stem_into;
pub use stored::{stored_string, ArticleHead};
pub use texts::load as load_text;
pub use writer::{build, BuildOptions, BuildReport};

/// A passage as the index stores it for display.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredPassage {
    /// Article path.
    pub path: String,
    /// Article title.
    pub title: String,
    /// Outlet, if known.
    pub source: Option<String>,
    /// Date, if known.
    pub date: Option<String>,
    /// URL, if known.
    pub url: Option<String>,
    /// Paragraph number (1-based).
    pub paragraph: u32,
    /// Passage text (line breaks turned into spaces).
    pub text: String,
    /// Char offset of the passage in the article text.
    pub start: usize,
    /// The passage's attributions (offsets relative to the article text).
    pub attributions: Vec<AttributionRecord>,
}

/// An index opened for reading, with its field handles and description.
pub struct OpenIndex {
    /// The index folder.
    pub dir: std::path::PathBuf,
    /// The tantivy index, analyzer registered.
    pub index: Index,
    /// Field handles.
    pub fields: QuoteFields,
    /// What the index says about itself.
    pub info: IndexInfo,
}

impl OpenIndex {
    /// Searches the segments of a query in parallel, one thread a segment up to the
    /// cores there are: for commands that run one query (`search query`, `search
    /// speakers`), where a large index has several segments. Batch queries run in
    /// parallel instead. Stays single-threaded if no thread pool can be made.
    pub fn search_segments_in_parallel(&mut self) {
        let segments = self.index.searchable_segment_ids().map_or(1, |s| s.len());
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = segments.min(cores);
        if threads > 1 && self.index.set_multithread_executor(threads).is_err() {
            crate::messages::note("could not start search threads; searching on one");
        }
    }
}

/// Whether `dir` holds an index (of any version).
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Opens the index in `dir` for searching, refusing a missing or incompatible one with
/// a message that says how to (re)build it.
pub fn open(dir: &Path) -> anyhow::Result<OpenIndex> {
    if !exists(dir) {
        bail!(
            "no index at {}: build one with `search index CORPUS --index {}`",
            dir.display(),
            dir.display()
        );
    }
    let index = directory::ReadDirectory::open(dir)
        .map_err(tantivy::TantivyError::from)
        .and_then(Index::open)
        .with_context(|| format!("{}: could not open the index (is it damaged? rebuild it with `search index CORPUS --index {}`)", dir.display(), dir.display()))?;
    let metas = index
        .load_metas()
        .with_context(|| format!("{}: could not read the index metadata", dir.display()))?;
    let info = IndexInfo::from_payload(metas.payload.as_deref());
    let fields = QuoteFields::from_schema(&index.schema());
    match (info, fields) {
        (Some(info), Some(fields)) if info.is_compatible() => {
            schema::register_analyzer(&index);
            Ok(OpenIndex {
                dir: dir.to_path_buf(),
                index,
                fields,
                info,
            })
        }
        (info, _) => {
            let built_by = match info {
                None => "an unknown version".to_string(),
                Some(i) if i.is_compatible() => format!(
                    "search {} with a different schema (a development build)",
                    i.version
                ),
                Some(i) => format!("search {} (index format {})", i.version, i.format),
            };
            bail!(
                "the index at {} was built by {built_by}, which this version ({}, index format {}) cannot read; \
                 rebuild it with `search index CORPUS --index {}`",
                dir.display(),
                env!("CARGO_PKG_VERSION"),
                FORMAT_VERSION,
                dir.display()
            )
        }
    }
}
