//! Reading and analysing a corpus in parallel, in a bounded amount of memory, handing
//! results to a sequential sink in walk order. Shared by `search extract` and
//! `search index`; the latter passes what it knows of each file so that unchanged files
//! are neither read again (same size and modification time) nor analysed again (same
//! content hash).

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use anyhow::Context;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::analyze::{analyze, Analyzed};
use crate::corpus;
use crate::messages;

/// Files read and analysed at a time: enough to keep every core busy, few enough that
/// memory does not grow with the corpus.
const CHUNK: usize = 256;
/// Files a batch may hold in all: one found unchanged (by size and modification time)
/// costs a `stat` and a few bytes, so a batch takes many of them, and an unchanged
/// re-run hands over a batch per this many files rather than per [`CHUNK`].
const MAX_FILES: usize = 8192;

/// What reading a corpus found, for the end-of-run summary.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    /// Article files found.
    pub files: usize,
    /// Files read and analysed (possibly with warnings).
    pub files_read: usize,
    /// Files skipped because they had not changed since the last run.
    pub unchanged: usize,
    /// Files skipped, with the reason.
    pub skipped: Vec<Skipped>,
    /// Files decoded from a legacy encoding.
    pub legacy_decoded: usize,
    /// Articles read (a JSON Lines dump holds several).
    pub articles: usize,
    /// Paragraphs read.
    pub passages: usize,
    /// Attributions found.
    pub quotes: usize,
    /// Warnings about parts of files (broken JSON lines).
    pub warnings: usize,
}

/// A file that was not indexed, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Skipped {
    /// The file (or the folder the walk could not enter).
    pub path: String,
    /// What kind of problem: "empty", "binary", "without articles", "unreadable".
    pub kind: &'static str,
    /// Why, in a sentence.
    pub reason: String,
}

impl Summary {
    /// The skipped files counted by kind, as "2 unreadable, 1 empty".
    pub fn skipped_by_kind(&self) -> String {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for skipped in &self.skipped {
            match counts.iter_mut().find(|(kind, _)| *kind == skipped.kind) {
                Some((_, n)) => *n += 1,
                None => counts.push((skipped.kind, 1)),
            }
        }
        counts
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What identifies a file's contents: size, modification time and a content hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch (0 when unknown).
    pub modified: u64,
    /// FNV-1a hash of the bytes.
    pub hash: u64,
}

/// A file's articles, or the news that it has not changed.
pub enum Content {
    /// The file was read; its articles with their attributions.
    Analyzed(Vec<Analyzed>),
    /// Same contents as the fingerprint the caller knew.
    Unchanged,
}

/// One file's outcome.
pub struct FileResult {
    /// The file.
    pub path: PathBuf,
    /// Its fingerprint now.
    pub fingerprint: Fingerprint,
    /// What was read from it.
    pub content: Content,
}

/// What one worker produced for one file.
struct Processed {
    result: FileResult,
    legacy: Option<&'static str>,
    warnings: Vec<String>,
}

/// Walks `root`, reads and analyses every article file on the rayon pool, and calls
/// `sink` for each file in walk order. `known` gives the fingerprint a file had when it
/// was last read, if any. Problems with single files are reported on stderr and
/// counted; an error from `sink` stops the run. Files go in batches, and the next batch
/// is walked and analysed while `sink` takes the files of the last one.
pub fn run<K, F>(root: &Path, known: K, mut sink: F) -> anyhow::Result<Summary>
where
    K: Fn(&Path) -> Option<Fingerprint> + Sync,
    F: FnMut(FileResult) -> anyhow::Result<()>,
{
    ensure_exists(root)?;
    let mut summary = Summary::default();
    let mut walker = Walker {
        walk: corpus::walk(root),
        held: VecDeque::new(),
        width: CHUNK,
    };
    let mut pending = next_batch(&mut walker, &known);
    while !pending.is_empty() {
        let (following, taken) = std::thread::scope(|scope| {
            let reader = scope.spawn(|| next_batch(&mut walker, &known));
            let taken = take(pending, &mut summary, &mut sink);
            (reader.join(), taken)
        });
        taken?;
        pending = following.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    }
    Ok(summary)
}

/// One batch of files, walked and analysed.
#[derive(Default)]
struct Batch {
    /// Entries the walk could not read: path and reason.
    unreadable: Vec<(String, String)>,
    processed: Vec<(PathBuf, anyhow::Result<Processed>)>,
}

impl Batch {
    fn is_empty(&self) -> bool {
        self.unreadable.is_empty() && self.processed.is_empty()
    }
}

/// The walk, and the files it gave that were looked at but left for the next batch.
struct Walker<W> {
    walk: W,
    held: VecDeque<(PathBuf, anyhow::Result<Look>)>,
    /// Files to look at in the next slice: [`CHUNK`], doubled after each slice with
    /// nothing to read (up to [`MAX_FILES`]), so that a long run of unchanged files
    /// goes to the rayon pool in a few large slices rather than many small ones.
    width: usize,
}

/// A file after its `stat`.
enum Look {
    /// Unchanged by size and modification time: nothing to read.
    Done(Processed),
    /// To be read: its modification time, and its fingerprint when last read.
    Read {
        modified: u64,
        before: Option<Fingerprint>,
    },
}

/// Whether a looked-at file is still to be read (a failed `stat` is reported as is).
fn to_read(look: &anyhow::Result<Look>) -> bool {
    matches!(look, Ok(Look::Read { .. }))
}

/// The next batch of the walk: at most [`CHUNK`] files to read, and no more files in
/// all than the slice that reaches [`MAX_FILES`], looked at (`stat`) and then read and
/// analysed on the rayon pool, in walk order; empty at the end of the walk.
fn next_batch<W, K>(walker: &mut Walker<W>, known: &K) -> Batch
where
    W: Iterator<Item = corpus::WalkEntry>,
    K: Fn(&Path) -> Option<Fingerprint> + Sync,
{
    let mut batch = Batch::default();
    let mut looked = Vec::new();
    let mut reads = 0;
    // Files are looked at a slice at a time until the batch is full; the rest of the
    // slice that fills it waits, in order, for the next batch.
    let mut slice: Vec<(PathBuf, anyhow::Result<Look>)> = walker.held.drain(..).collect();
    loop {
        let mut rest = slice.into_iter();
        for entry in rest.by_ref() {
            if to_read(&entry.1) {
                if reads == CHUNK {
                    walker.held.push_back(entry);
                    break;
                }
                reads += 1;
            }
            looked.push(entry);
        }
        walker.held.extend(rest);
        if !walker.held.is_empty() || reads == CHUNK || looked.len() >= MAX_FILES {
            break;
        }
        let mut paths: Vec<PathBuf> = Vec::with_capacity(walker.width);
        for entry in walker.walk.by_ref() {
            match entry {
                Ok(path) => {
                    paths.push(path);
                    if paths.len() == walker.width {
                        break;
                    }
                }
                Err(err) => batch.unreadable.push((err.path, err.reason)),
            }
        }
        if paths.is_empty() {
            break;
        }
        slice = paths
            .into_par_iter()
            .map(|path| {
                let look = look(&path, known);
                (path, look)
            })
            .collect();
        walker.width = if slice.iter().any(|(_, look)| to_read(look)) {
            CHUNK
        } else {
            (walker.width * 2).min(MAX_FILES)
        };
    }
    batch.processed = looked
        .into_par_iter()
        .map(|(path, look)| {
            let outcome = look.and_then(|look| match look {
                Look::Done(processed) => Ok(processed),
                Look::Read { modified, before } => read(&path, modified, before),
            });
            (path, outcome)
        })
        .collect();
    batch
}

/// Counts a batch's files and hands them to `sink`, in walk order.
fn take<F>(batch: Batch, summary: &mut Summary, sink: &mut F) -> anyhow::Result<()>
where
    F: FnMut(FileResult) -> anyhow::Result<()>,
{
    for (path, reason) in batch.unreadable {
        skip(summary, path, "unreadable", reason);
    }
    for (path, outcome) in batch.processed {
        summary.files += 1;
        let processed = match outcome {
            Ok(processed) => processed,
            Err(err) => {
                let kind = err
                    .chain()
                    .find_map(|e| e.downcast_ref::<corpus::Unusable>())
                    .map_or("unreadable", |u| u.label());
                skip(
                    summary,
                    path.display().to_string(),
                    kind,
                    format!("{err:#}"),
                );
                continue;
            }
        };
        count(summary, &processed);
        sink(processed.result)?;
    }
    Ok(())
}

/// Looks at one file: unchanged if `known` has its size and modification time.
fn look<K>(path: &Path, known: &K) -> anyhow::Result<Look>
where
    K: Fn(&Path) -> Option<Fingerprint>,
{
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: could not read", path.display()))?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    let before = known(path);
    if let Some(before) = before {
        if before.size == meta.len() && before.modified == modified && modified != 0 {
            return Ok(Look::Done(unchanged(path, before)));
        }
    }
    Ok(Look::Read { modified, before })
}

/// A file found unchanged, with its fingerprint now.
fn unchanged(path: &Path, fingerprint: Fingerprint) -> Processed {
    Processed {
        result: FileResult {
            path: path.to_path_buf(),
            fingerprint,
            content: Content::Unchanged,
        },
        legacy: None,
        warnings: Vec::new(),
    }
}

/// Reads one file and, unless its contents are those of `before`, parses and analyses
/// it.
fn read(path: &Path, modified: u64, before: Option<Fingerprint>) -> anyhow::Result<Processed> {
    let bytes =
        std::fs::read(path).with_context(|| format!("{}: could not read", path.display()))?;
    let fingerprint = Fingerprint {
        size: bytes.len() as u64,
        modified,
        hash: fnv1a(&bytes),
    };
    if before.is_some_and(|b| b.size == fingerprint.size && b.hash == fingerprint.hash) {
        return Ok(unchanged(path, fingerprint));
    }
    let read = corpus::parse_bytes(&path.display().to_string(), &bytes, corpus::is_jsonl(path))?;
    Ok(Processed {
        result: FileResult {
            path: path.to_path_buf(),
            fingerprint,
            content: Content::Analyzed(read.articles.into_iter().map(analyze).collect()),
        },
        legacy: read.legacy_encoding,
        warnings: read.warnings,
    })
}

/// Adds one file's outcome to the summary, reporting its notes and warnings.
fn count(summary: &mut Summary, processed: &Processed) {
    let articles = match &processed.result.content {
        Content::Unchanged => {
            summary.unchanged += 1;
            return;
        }
        Content::Analyzed(articles) => articles,
    };
    if let Some(encoding) = processed.legacy {
        summary.legacy_decoded += 1;
        messages::note(format!(
            "{}: not valid UTF-8, decoded as {encoding}",
            processed.result.path.display()
        ));
    }
    summary.warnings += processed.warnings.len();
    for warning in &processed.warnings {
        messages::error(warning);
    }
    summary.files_read += 1;
    summary.articles += articles.len();
    summary.passages += articles.iter().map(|a| a.passages().count()).sum::<usize>();
    summary.quotes += articles.iter().map(|a| a.attributions.len()).sum::<usize>();
}

fn skip(summary: &mut Summary, path: String, kind: &'static str, reason: String) {
    messages::error(&reason);
    summary.skipped.push(Skipped { path, kind, reason });
}

/// Fails with a clear message when the corpus path does not exist.
pub fn ensure_exists(root: &Path) -> anyhow::Result<()> {
    std::fs::metadata(root)
        .with_context(|| format!("{}: cannot read the corpus folder", root.display()))
        .map(|_| ())
}

/// FNV-1a, 64 bits: fast enough to hash a corpus, and stable across builds.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// Runs the pipeline over `root`, returning each file's name and whether it was
    /// analysed, in the order the sink saw them, and the fingerprints.
    fn seen(
        root: &Path,
        known: &HashMap<PathBuf, Fingerprint>,
    ) -> (Vec<(String, bool)>, HashMap<PathBuf, Fingerprint>) {
        let mut order = Vec::new();
        let mut prints = HashMap::new();
        run(
            root,
            |path| known.get(path).copied(),
            |file| {
                let name = file.path.file_name().unwrap_or_default().to_string_lossy();
                let analysed = matches!(file.content, Content::Analyzed(_));
                order.push((name.into_owned(), analysed));
                prints.insert(file.path, file.fingerprint);
                Ok(())
            },
        )
        .expect("run");
        (order, prints)
    }

    #[test]
    fn unchanged_and_new_files_reach_the_sink_once_each_in_walk_order() {
        // Enough files that unchanged ones fill wide slices and the new ones after
        // them overflow a batch (more than CHUNK to read in one slice).
        let dir = tempfile::tempdir().expect("temporary folder");
        let total = MAX_FILES / 4 + 3 * CHUNK;
        let unchanged = total - 2 * CHUNK - 7;
        for n in 0..total {
            let text = format!("Title {n}\n\n\"Words {n},\" Jo Lee said.\n");
            std::fs::write(dir.path().join(format!("{n:05}.txt")), text).expect("write");
        }
        let (first, prints) = seen(dir.path(), &HashMap::new());
        assert_eq!(first.len(), total);
        assert!(first.iter().all(|(_, analysed)| *analysed));
        // The first files are known as they are; the rest are new.
        let known: HashMap<PathBuf, Fingerprint> = prints
            .into_iter()
            .filter(|(path, _)| {
                let name = path.file_stem().unwrap_or_default().to_string_lossy();
                name.parse::<usize>().is_ok_and(|n| n < unchanged)
            })
            .collect();
        assert_eq!(known.len(), unchanged);
        let (second, _) = seen(dir.path(), &known);
        let expected: Vec<(String, bool)> = (0..total)
            .map(|n| (format!("{n:05}.txt"), n >= unchanged))
            .collect();
        assert_eq!(second, expected);
    }
}
