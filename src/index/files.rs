//! The table of indexed files: each file's fingerprint (size, modification time,
//! content hash) and what it contributed, so that the next `search index` run can skip
//! unchanged files, replace changed ones and drop deleted ones.
//!
//! The table lives next to the index as `files-<opstamp>.json.zst` (JSON, zstd:
//! paths repeat their folders, so it shrinks tenfold), written and synced
//! before the commit whose payload names it, so a crash at any point leaves the index
//! and the table it names in agreement.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::pipeline::Fingerprint;

/// What the index holds of one file. Written as a row of six numbers (see [`Row`]):
/// the table of a large corpus has a row for each of its hundreds of thousands of
/// files, and reading it is most of what an unchanged re-run does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Row", into = "Row")]
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

/// A [`FileState`] as stored: size, modification time, hash, articles, passages,
/// attributions.
#[derive(Serialize, Deserialize)]
struct Row(u64, u64, u64, usize, usize, usize);

impl From<Row> for FileState {
    fn from(Row(size, modified, hash, articles, passages, quotes): Row) -> Self {
        FileState {
            fingerprint: Fingerprint {
                size,
                modified,
                hash,
            },
            articles,
            passages,
            quotes,
        }
    }
}

impl From<FileState> for Row {
    fn from(state: FileState) -> Self {
        let Fingerprint {
            size,
            modified,
            hash,
        } = state.fingerprint;
        Row(
            size,
            modified,
            hash,
            state.articles,
            state.passages,
            state.quotes,
        )
    }
}

/// Every indexed file by path (as displayed, which is also the `file` field's value).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FileTable {
    /// The files, in no particular order (a hash map: loading and looking up the
    /// paths of a large corpus, which share long prefixes, costs a sorted map a
    /// string comparison at every step).
    pub files: HashMap<String, FileState, foldhash::fast::RandomState>,
}

impl FileTable {
    /// Reads the table named `name` in `dir`; `None` if it is missing or unreadable
    /// (the caller then rebuilds from scratch).
    pub fn load(dir: &Path, name: &str) -> Option<FileTable> {
        let file = std::fs::File::open(dir.join(name)).ok()?;
        // Parsed from memory: serde_json reads a reader a byte at a time.
        let json = zstd::decode_all(std::io::BufReader::new(file)).ok()?;
        serde_json::from_slice(&json).ok()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_table_loads_back_as_rows_of_numbers() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut table = FileTable::default();
        for (n, path) in ["corpus/a.txt", "corpus/ü/b.jsonl"].iter().enumerate() {
            let fingerprint = Fingerprint {
                size: 10 + n as u64,
                modified: 1_700_000_000_123_456_789,
                hash: u64::MAX - n as u64,
            };
            let state = FileState {
                fingerprint,
                articles: 1 + n,
                passages: 7,
                quotes: 3 * n,
            };
            table.files.insert(path.to_string(), state);
        }
        let name = table.save(dir.path(), 42).expect("save");
        assert_eq!(name, "files-42.json.zst");
        let raw = std::fs::read(dir.path().join(&name)).expect("read");
        let json = String::from_utf8(zstd::decode_all(&raw[..]).expect("zstd")).expect("utf-8");
        assert!(
            json.contains(r#""corpus/a.txt":[10,1700000000123456789,18446744073709551615,1,7,0]"#),
            "{json}"
        );
        let back = FileTable::load(dir.path(), &name).expect("load");
        assert_eq!(back.files, table.files);
        assert!(FileTable::load(dir.path(), "files-1.json.zst").is_none());
    }
}
