//! The table of indexed files: each file's fingerprint (size, modification time,
//! content hash) and what it contributed, so that the next `search index` run can skip
//! unchanged files, replace changed ones and drop deleted ones.
//!
//! The table lives next to the index as `files-<opstamp>.bin.zst` (rows of a path and
//! six numbers, zstd: paths repeat their folders), written and synced before the
//! commit whose payload names it, so a crash at any point leaves the index and the
//! table it names in agreement. Indexes from before it keep a table of JSON
//! (`files-<opstamp>.json.zst`), which is still read.

use std::collections::HashMap;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

use crate::pipeline::Fingerprint;

/// What the index holds of one file. Written as a row of six numbers (see [`Row`]):
/// the table of a large corpus has a row for each of its hundreds of thousands of
/// files, and reading it is much of what an unchanged re-run does.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "Row")]
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
#[derive(Deserialize)]
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
#[derive(Clone, Debug, Default, Deserialize)]
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
        if name.ends_with(".json.zst") {
            // Parsed from memory: serde_json reads a reader a byte at a time.
            let json = zstd::decode_all(BufReader::new(file)).ok()?;
            return serde_json::from_slice(&json).ok();
        }
        // Read as it is decompressed: the rows are never all in memory as bytes.
        let decoder = zstd::Decoder::new(file).ok()?;
        read_rows(&mut BufReader::with_capacity(1 << 16, decoder)).ok()
    }

    /// Writes the table as `files-<opstamp>.bin.zst` in `dir`, synced to disk;
    /// returns the file name.
    pub fn save(&self, dir: &Path, opstamp: u64) -> anyhow::Result<String> {
        let name = format!("files-{opstamp}.bin.zst");
        let path = dir.join(&name);
        let tmp = dir.join(format!("{name}.tmp"));
        let write = || -> std::io::Result<()> {
            let file = std::fs::File::create(&tmp)?;
            let encoder = zstd::Encoder::new(BufWriter::new(file), 3)?;
            // Many small writes: buffer them before the encoder.
            let mut out = BufWriter::with_capacity(1 << 16, encoder);
            self.write_rows(&mut out)?;
            let mut file = out.into_inner().map_err(|e| e.into_error())?.finish()?;
            file.flush()?;
            file.get_ref().sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().with_context(|| format!("{}: could not write the file table", path.display()))?;
        Ok(name)
    }

    /// The binary form: [`MAGIC`], the number of rows, then per row the path's length
    /// and bytes and the six numbers of its [`Row`], every number little-endian.
    fn write_rows(&self, out: &mut impl Write) -> std::io::Result<()> {
        out.write_all(MAGIC)?;
        out.write_all(&(self.files.len() as u64).to_le_bytes())?;
        for (path, state) in &self.files {
            let Row(size, modified, hash, articles, passages, quotes) = Row::from(state.clone());
            let len = u32::try_from(path.len()).map_err(|_| invalid("a path over 4 GiB"))?;
            out.write_all(&len.to_le_bytes())?;
            out.write_all(path.as_bytes())?;
            for n in [
                size,
                modified,
                hash,
                articles as u64,
                passages as u64,
                quotes as u64,
            ] {
                out.write_all(&n.to_le_bytes())?;
            }
        }
        Ok(())
    }

    /// Articles, passages and attributions over all files.
    pub fn totals(&self) -> (usize, usize, usize) {
        self.files.values().fold((0, 0, 0), |(a, p, q), f| {
            (a + f.articles, p + f.passages, q + f.quotes)
        })
    }
}

/// The first bytes of a binary file table (format 1).
const MAGIC: &[u8; 8] = b"SRCHFT01";
/// Longest path a table may hold, in bytes: a longer one means a damaged table.
const MAX_PATH_BYTES: usize = 1 << 16;

/// Reads what [`FileTable::write_rows`] wrote; an error for anything else, including
/// bytes after the last row.
fn read_rows(input: &mut impl Read) -> std::io::Result<FileTable> {
    let mut magic = [0u8; 8];
    input.read_exact(&mut magic)?;
    if &magic != MAGIC {
        return Err(invalid("not a file table"));
    }
    let count = read_u64(input)?;
    // The count is read, not trusted: room for at most a million rows up front.
    let room = usize::try_from(count.min(1 << 20)).unwrap_or(0);
    let mut files = HashMap::with_capacity_and_hasher(room, Default::default());
    let mut path = Vec::new();
    for _ in 0..count {
        let mut len = [0u8; 4];
        input.read_exact(&mut len)?;
        let len = u32::from_le_bytes(len) as usize;
        if len > MAX_PATH_BYTES {
            return Err(invalid("a path too long"));
        }
        path.resize(len, 0);
        input.read_exact(&mut path)?;
        let key = std::str::from_utf8(&path)
            .map_err(|_| invalid("a path not in UTF-8"))?
            .to_string();
        let mut n = [0u64; 6];
        for slot in &mut n {
            *slot = read_u64(input)?;
        }
        let count = |v: u64| usize::try_from(v).map_err(|_| invalid("a count too large"));
        let row = Row(n[0], n[1], n[2], count(n[3])?, count(n[4])?, count(n[5])?);
        files.insert(key, FileState::from(row));
    }
    if input.read(&mut [0u8; 1])? != 0 {
        return Err(invalid("bytes after the last row"));
    }
    Ok(FileTable { files })
}

/// One little-endian number.
fn read_u64(input: &mut impl Read) -> std::io::Result<u64> {
    let mut bytes = [0u8; 8];
    input.read_exact(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

/// An error for a damaged table.
fn invalid(what: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("file table: {what}"),
    )
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
        assert_eq!(name, "files-42.bin.zst");
        let back = FileTable::load(dir.path(), &name).expect("load");
        assert_eq!(back.files, table.files);
        assert!(FileTable::load(dir.path(), "files-1.bin.zst").is_none());
        // A table of JSON, as indexes from before the binary form have, still loads.
        let json = r#"{"files":{"corpus/a.txt":[10,1700000000123456789,18446744073709551615,1,7,0],"corpus/ü/b.jsonl":[11,1700000000123456789,18446744073709551614,2,7,3]}}"#;
        let old = dir.path().join("files-7.json.zst");
        std::fs::write(&old, zstd::encode_all(json.as_bytes(), 3).expect("zstd")).expect("write");
        let back = FileTable::load(dir.path(), "files-7.json.zst").expect("load JSON");
        assert_eq!(back.files, table.files);
    }

    #[test]
    fn a_damaged_table_does_not_load() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut table = FileTable::default();
        let state = FileState {
            fingerprint: Fingerprint {
                size: 1,
                modified: 2,
                hash: 3,
            },
            articles: 1,
            passages: 1,
            quotes: 0,
        };
        table.files.insert("corpus/a.txt".to_string(), state);
        let mut rows = Vec::new();
        table.write_rows(&mut rows).expect("write");
        assert!(read_rows(&mut rows.as_slice()).is_ok());
        // Cut short anywhere, with a byte too many, or with another magic: an error.
        for cut in 0..rows.len() {
            assert!(read_rows(&mut &rows[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = rows.clone();
        longer.push(0);
        assert!(read_rows(&mut longer.as_slice()).is_err());
        let mut other = rows.clone();
        other[0] = b'X';
        assert!(read_rows(&mut other.as_slice()).is_err());
        // A row count far beyond the rows there are reserves little and fails.
        let mut many = rows;
        many[8..16].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(read_rows(&mut many.as_slice()).is_err());
        let name = "files-9.bin.zst";
        std::fs::write(
            dir.path().join(name),
            zstd::encode_all(&[1u8, 2, 3][..], 3).expect("zstd"),
        )
        .expect("write");
        assert!(FileTable::load(dir.path(), name).is_none());
    }
}
