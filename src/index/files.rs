//! The table of indexed files: each file's fingerprint (size, modification time,
//! content hash) and what it contributed, so that the next `search index` run can skip
//! unchanged files, replace changed ones and drop deleted ones.
//!
//! The table lives next to the index as `files-<opstamp>.json.zst` (JSON, zstd:
//! paths repeat their folders, so it shrinks tenfold), written and synced
//! before the commit whose payload names it, so a crash at any point leaves the index
//! and the table it names in agreement.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::pipeline::Fingerprint;

/// What the index holds of one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileState {
    /// The file's fingerprint when it was read.
    pub fingerprint: Fingerprint,
    /// Articles indexed from it.
    pub articles: usize,
    /// Passages indexed from it.
    pub passages: usize,
    /// Attributions indexed from it.
    pub quotes: usize,
}

/// Every indexed file by path (as displayed, which is also the `file` field's value).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FileTable {
    /// The files.
    pub files: BTreeMap<String, FileState>,
}

impl FileTable {
    /// Reads the table named `name` in `dir`; `None` if it is missing or unreadable
    /// (the caller then rebuilds from scratch).
    pub fn load(dir: &Path, name: &str) -> Option<FileTable> {
        let file = std::fs::File::open(dir.join(name)).ok()?;
        let decoder = zstd::Decoder::new(std::io::BufReader::new(file)).ok()?;
        // serde_json reads a byte at a time: buffer after the decoder too, or every
        // byte is a call into zstd.
        serde_json::from_reader(std::io::BufReader::new(decoder)).ok()
    }

    /// Writes the table as `files-<opstamp>.json.zst` in `dir`, synced to disk;
    /// returns the file name.
    pub fn save(&self, dir: &Path, opstamp: u64) -> anyhow::Result<String> {
        let name = format!("files-{opstamp}.json.zst");
        let path = dir.join(&name);
        let tmp = dir.join(format!("{name}.tmp"));
        let write = || -> std::io::Result<()> {
            let file = std::fs::File::create(&tmp)?;
            let encoder = zstd::Encoder::new(std::io::BufWriter::new(file), 3)?;
            // Many small writes: buffer them before the encoder.
            let mut json = std::io::BufWriter::with_capacity(1 << 16, encoder);
            serde_json::to_writer(&mut json, self)?;
            let mut file = json.into_inner().map_err(|e| e.into_error())?.finish()?;
            file.flush()?;
            file.get_ref().sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().with_context(|| format!("{}: could not write the file table", path.display()))?;
        Ok(name)
    }

    /// Articles, passages and attributions over all files.
    pub fn totals(&self) -> (usize, usize, usize) {
        self.files.values().fold((0, 0, 0), |(a, p, q), f| {
            (a + f.articles, p + f.passages, q + f.quotes)
        })
    }
}

/// Removes file tables other than `keep` (left behind by earlier commits or crashes).
pub fn remove_stale_tables(dir: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("files-")
            && (name.ends_with(".zst") || name.ends_with(".tmp"))
            && name != keep
        {
            // Best effort: a stale table is harmless, only untidy.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
