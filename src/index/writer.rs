//! Building and updating an index: one writer, documents prepared in parallel by the
//! corpus pipeline, one commit. Files unchanged since the last run are skipped, changed
//! files replace their old documents, deleted files leave the index; all of it lands in
//! one commit, so an interrupted run leaves the last good index readable.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use tantivy::directory::error::LockError;
use tantivy::indexer::NoMergePolicy;
use tantivy::store::Compressor;
use tantivy::{Index, IndexSettings, IndexWriter, TantivyError, Term};

use super::copies::CopySet;
use super::documents::{add_article, adopt, Sets};
use super::files::{remove_stale_tables, FileState, FileTable};
use super::meta::IndexInfo;
use super::queue::{InFlight, QueuedDoc};
use super::schema::{register_analyzer, QuoteFields};
use super::texts::TextSet;
use crate::pipeline::{self, Content, Summary};

/// Writer memory per indexing thread when `--memory` is not given.
const MEMORY_PER_THREAD: usize = 64 << 20;
/// The lock file `search index` holds in the index folder while it runs.
const LOCK_FILE: &str = ".search-index.lock";
/// Bytes of stored passages compressed together: larger blocks compress better,
/// smaller ones are quicker to read one passage from.
const DOCSTORE_BLOCK: usize = 32 << 10;
/// Tantivy's floor on writer memory per thread.
const MIN_MEMORY_PER_THREAD: usize = 15 << 20;
/// Documents waiting for the indexing threads may hold this share of the writer's
/// memory (see `index::queue`): a few articles' worth keeps the threads fed, and a
/// longer queue is only fresh memory to fault in (an eighth, 16 MiB at the default
/// 128: BBC and PolNeAR builds 5-15% slower, Reuters and 84 MB of the replicated
/// corpus the same).
const IN_FLIGHT_SHARE: usize = 64;
/// ... and at least this many bytes.
const MIN_IN_FLIGHT: usize = 1 << 20;
/// Segments a build may leave before its small ones are merged into one.
const MAX_SEGMENTS: usize = 8;

/// How to build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The corpus to read.
    pub corpus: PathBuf,
    /// The index folder.
    pub index: PathBuf,
    /// Indexing threads.
    pub threads: usize,
    /// Writer memory in bytes, shared by the threads (default: 64 MiB per thread).
    pub memory: Option<usize>,
    /// Start from an empty index instead of updating.
    pub rebuild: bool,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// What reading the corpus found (this run's reads only).
    pub summary: Summary,
    /// Files that were indexed before and are gone now.
    pub removed: usize,
    /// The index's new description (totals over the whole index).
    pub info: IndexInfo,
}

/// Builds or updates the index in `options.index` from `options.corpus`, so that it
/// then holds exactly the corpus's readable articles. `on_file` is called after each
/// file (for progress).
pub fn build(
    options: &BuildOptions,
    mut on_file: impl FnMut(&Summary),
) -> anyhow::Result<BuildReport> {
    pipeline::ensure_exists(&options.corpus)?;
    let dir = &options.index;
    let _lock = lock(dir)?;
    let fields = QuoteFields::new();
    let (index, previous) = open_or_create(dir, &fields, options.rebuild)?;
    let (mut writer, memory) = writer_for(&index, dir, options.threads, options.memory)?;
    let flight = InFlight::new((memory / IN_FLIGHT_SHARE).max(MIN_IN_FLIGHT));
    let (previous, mut sets, mut next_article, last_info) = match previous {
        Some((info, table)) => {
            let reader = index
                .reader()
                .with_context(|| format!("{}: could not read the index", dir.display()))?;
            let sets = Sets {
                texts: TextSet::new(Some(reader.searcher())),
                copies: CopySet::new(Some(reader.searcher())),
            };
            (table, sets, info.next_article, Some(info))
        }
        None => {
            writer.delete_all_documents()?;
            let sets = Sets {
                texts: TextSet::new(None),
                copies: CopySet::new(None),
            };
            (FileTable::default(), sets, 0, None)
        }
    };
    // Files whose documents this run deletes (replaced or gone).
    let mut gone = HashSet::new();
    // The new table's rows in walk order; a map only at the end, built in bulk.
    let mut rows = Vec::with_capacity(previous.files.len());
    let mut seen = Summary::default();
    // Whether a file was read or its fingerprint moved (see `current` below).
    let mut changed = false;
    let known = |path: &Path| {
        let state = match path.to_str() {
            Some(key) => previous.files.get(key),
            None => previous.files.get(&path.display().to_string()),
        };
        state.map(|state| state.fingerprint)
    };
    let summary = pipeline::run(&options.corpus, known, |file| {
        let key = match file.path.to_str() {
            Some(key) => key.to_string(),
            None => file.path.display().to_string(),
        };
        let state = match file.content {
            Content::Unchanged => match previous.files.get(&key) {
                Some(old) => {
                    // Same contents, but a new modification time is news for the table.
                    changed |= old.fingerprint != file.fingerprint;
                    FileState {
                        fingerprint: file.fingerprint,
                        ..old.clone()
                    }
                }
                None => bail!("{key}: reported unchanged but was never indexed"),
            },
            Content::Analyzed(articles) => {
                changed = true;
                if previous.files.contains_key(&key) {
                    writer.delete_term(Term::from_field_text(fields.file, &key));
                    gone.insert(key.clone());
                }
                for analyzed in &articles {
                    add_article(
                        &writer,
                        &flight,
                        &fields,
                        &mut sets,
                        &key,
                        analyzed,
                        next_article,
                    )
                    .with_context(|| format!("{}: could not write to the index", dir.display()))?;
                    next_article += 1;
                }
                FileState {
                    fingerprint: file.fingerprint,
                    articles: articles.len(),
                    passages: articles.iter().map(|a| a.passages().count()).sum(),
                    quotes: articles.iter().map(|a| a.attributions.len()).sum(),
                }
            }
        };
        rows.push((key, state));
        seen.files += 1;
        on_file(&seen);
        Ok(())
    })?;
    // Nothing read, nothing gone (every row is a file of the last run's table, so as
    // many rows means the same files), every fingerprint as it was: the index is
    // current, and a commit would only rewrite the file table.
    let current = !changed && rows.len() == previous.files.len();
    if let Some(info) = last_info.filter(|_| current) {
        return Ok(BuildReport {
            summary,
            removed: 0,
            info,
        });
    }
    let table = FileTable {
        files: rows.into_iter().collect(),
    };
    let mut removed = 0;
    for key in previous
        .files
        .keys()
        .filter(|k| !table.files.contains_key(*k))
    {
        writer.delete_term(Term::from_field_text(fields.file, key));
        gone.insert(key.clone());
        removed += 1;
    }
    // Passages of the files gone whose copies stay are indexed again in a copy's
    // article (see `index::copies`).
    let Sets { texts, copies } = &mut sets;
    copies
        .orphans(&fields, &gone, |orphan| {
            adopt(&writer, &fields, texts, orphan)
        })
        .with_context(|| format!("{}: could not hand over repeated passages", dir.display()))?;
    // Their searchers of the index as it was keep that index's files from being
    // collected once merged away.
    drop(sets);
    let info = commit(&mut writer, dir, &options.corpus, &table, next_article)?;
    writer
        .wait_merging_threads()
        .with_context(|| format!("{}: could not finish merging", dir.display()))?;
    merge_small_segments(&index)
        .with_context(|| format!("{}: could not finish merging", dir.display()))?;
    Ok(BuildReport {
        summary,
        removed,
        info,
    })
}

/// Merges the small segments (under a quarter of the largest) into one when the index
/// has more than [`MAX_SEGMENTS`]. Tantivy's merge policy merges segments of a size only
/// once there are eight of them, so a large build can end with a dozen or more, and
/// every segment costs each query a lookup of each term. The small ones are a fraction
/// of the index, so merging them is cheap; the merge keeps the commit's payload, an
/// interruption leaves the committed index as it was, and the merged segments' files
/// are removed.
fn merge_small_segments(index: &Index) -> anyhow::Result<()> {
    let Some(small) = small_segments(index)? else {
        return Ok(());
    };
    let mut writer: IndexWriter = index.writer_with_num_threads(1, MIN_MEMORY_PER_THREAD)?;
    writer.set_merge_policy(Box::new(NoMergePolicy));
    writer.merge(&small).wait()?;
    // The merged segments' files stay on disk until collected.
    writer.garbage_collect_files().wait()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// The small segments to merge, if there are enough segments and small ones. (The
/// segment metas are dropped on return: while one lives, its files are not collected.)
fn small_segments(index: &Index) -> anyhow::Result<Option<Vec<tantivy::index::SegmentId>>> {
    let metas = index.searchable_segment_metas()?;
    if metas.len() <= MAX_SEGMENTS {
        return Ok(None);
    }
    let largest = metas.iter().map(|m| m.num_docs()).max().unwrap_or(0);
    let small: Vec<_> = metas
        .iter()
        .filter(|m| m.num_docs() < largest / 4)
        .map(|m| m.id())
        .collect();
    Ok((small.len() >= 2).then_some(small))
}

/// Takes the index folder's lock (creating the folder), so that a second
/// `search index` run on it stops before touching anything. Released when the returned
/// file is dropped, or by the system if the process dies.
fn lock(dir: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("{}: could not create the index folder", dir.display()))?;
    let path = dir.join(LOCK_FILE);
    let file = match std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(err) if super::directory::is_refusal(&err) => bail!(
            "{}: the index folder is not writable ({err}); it can still be queried, but to \
             update it, give yourself write permission or index into another folder with \
             --index DIR",
            dir.display()
        ),
        Err(err) => {
            return Err(err)
                .with_context(|| format!("{}: could not open the index lock", path.display()))
        }
    };
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => bail!(
            "the index at {} is in use by another `search index` run; wait for it to finish",
            dir.display()
        ),
        Err(std::fs::TryLockError::Error(err)) => {
            Err(err).with_context(|| format!("{}: could not lock the index", path.display()))
        }
    }
}

/// Commits everything added and deleted, with the file table and the index's
/// description.
fn commit(
    writer: &mut IndexWriter<QueuedDoc>,
    dir: &Path,
    corpus: &Path,
    table: &FileTable,
    next_article: u64,
) -> anyhow::Result<IndexInfo> {
    let mut prepared = writer
        .prepare_commit()
        .with_context(|| format!("{}: could not write the index", dir.display()))?;
    let table_name = table.save(dir, prepared.opstamp())?;
    let (articles, passages, quotes) = table.totals();
    let mut info = IndexInfo::current(corpus.display().to_string(), articles, passages, quotes);
    info.files = table.files.len();
    info.file_table = Some(table_name.clone());
    info.next_article = next_article;
    let payload = serde_json::to_string(&info).context("could not describe the index")?;
    prepared.set_payload(&payload);
    prepared
        .commit()
        .with_context(|| format!("{}: could not commit the index", dir.display()))?;
    remove_stale_tables(dir, &table_name);
    Ok(info)
}

/// Opens the index in `dir` if it is one this version writes, with the table of files
/// it holds (`None` when rebuilding, or when the table is missing: then every file is
/// indexed afresh), or creates a new one. An index of another format is replaced; a
/// folder holding other files is refused.
fn open_or_create(
    dir: &Path,
    fields: &QuoteFields,
    rebuild: bool,
) -> anyhow::Result<(Index, Option<(IndexInfo, FileTable)>)> {
    if super::exists(dir) {
        if let Ok(index) = Index::open_in_dir(dir) {
            let info = index
                .load_metas()
                .ok()
                .and_then(|m| IndexInfo::from_payload(m.payload.as_deref()));
            if let Some(info) =
                info.filter(|i| i.is_compatible() && index.schema() == fields.schema)
            {
                register_analyzer(&index);
                let table = match (&info.file_table, rebuild) {
                    (Some(name), false) => FileTable::load(dir, name),
                    _ => None,
                };
                return Ok((index, table.map(|table| (info, table))));
            }
        }
        remove_tantivy_files(dir)?;
    } else {
        ensure_no_foreign_files(dir)?;
    }
    let settings = IndexSettings {
        // LZ4 rather than zstd (level 1): on BBC, 3% fewer instructions for a build
        // and 4% fewer for a batch of queries, for an index 14% larger. An index built
        // with zstd stays readable and keeps it, updated or rebuilt in place (a
        // rebuild empties the index in the commit that refills it).
        docstore_compression: Compressor::Lz4,
        docstore_blocksize: DOCSTORE_BLOCK,
        ..IndexSettings::default()
    };
    let index = Index::builder()
        .schema(fields.schema.clone())
        .settings(settings)
        .create_in_dir(dir)
        .with_context(|| format!("{}: could not create the index", dir.display()))?;
    register_analyzer(&index);
    Ok((index, None))
}

/// Refuses to write an index into a folder that holds files other than hidden ones,
/// so that a mistyped `--index` cannot scatter index files among a user's own.
fn ensure_no_foreign_files(dir: &Path) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: could not read the index folder", dir.display()))?;
    for entry in entries {
        let entry =
            entry.with_context(|| format!("{}: could not read the index folder", dir.display()))?;
        if !entry.file_name().to_string_lossy().starts_with('.') {
            bail!(
                "{} is not empty and holds no index; give an empty or new folder with --index",
                dir.display()
            );
        }
    }
    Ok(())
}

/// Removes an old index's files: those tantivy lists as its own, and its metadata.
fn remove_tantivy_files(dir: &Path) -> anyhow::Result<()> {
    let managed = dir.join(".managed.json");
    let listed: Vec<String> = std::fs::read_to_string(&managed)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    for name in listed
        .iter()
        .map(String::as_str)
        .chain(["meta.json", ".managed.json"])
    {
        let path = dir.join(name);
        if path.exists() {
            std::fs::remove_file(&path).with_context(|| {
                format!("{}: could not remove an old index file", path.display())
            })?;
        }
    }
    Ok(())
}

/// Takes the index's writer lock, explaining a lock held by another run.
fn writer_for(
    index: &Index,
    dir: &Path,
    threads: usize,
    memory: Option<usize>,
) -> anyhow::Result<(IndexWriter<QueuedDoc>, usize)> {
    let threads = threads.clamp(1, 8);
    let memory = memory
        .unwrap_or(threads * MEMORY_PER_THREAD)
        .max(threads * MIN_MEMORY_PER_THREAD);
    match index.writer_with_num_threads(threads, memory) {
        Ok(writer) => Ok((writer, memory)),
        Err(TantivyError::LockFailure(LockError::LockBusy, _)) => bail!(
            "the index at {} is in use by another `search index` run; wait for it to finish",
            dir.display()
        ),
        Err(err) => Err(err)
            .with_context(|| format!("{}: could not open the index for writing", dir.display())),
    }
}

#[cfg(test)]
mod tests {
    use tantivy::doc;

    use super::*;

    /// An index in `dir` with one segment per entry of `sizes`, never merged.
    fn index_of_segments(dir: &Path, sizes: &[usize]) -> Index {
        let fields = QuoteFields::new();
        let index = Index::create_in_dir(dir, fields.schema.clone()).expect("index");
        register_analyzer(&index);
        let mut writer: IndexWriter = index
            .writer_with_num_threads(1, MIN_MEMORY_PER_THREAD)
            .expect("writer");
        writer.set_merge_policy(Box::new(NoMergePolicy));
        for &size in sizes {
            for n in 0..size {
                writer
                    .add_document(doc!(fields.text => format!("passage {n}")))
                    .expect("add");
            }
            writer.commit().expect("commit");
        }
        writer.wait_merging_threads().expect("merge threads");
        index
    }

    fn segment_sizes(index: &Index) -> Vec<u32> {
        let mut sizes: Vec<u32> = index
            .searchable_segment_metas()
            .expect("metas")
            .iter()
            .map(|m| m.num_docs())
            .collect();
        sizes.sort_unstable();
        sizes
    }

    /// The segments whose files are in `dir`.
    fn segments_on_disk(dir: &Path) -> std::collections::BTreeSet<String> {
        std::fs::read_dir(dir)
            .expect("read dir")
            .filter_map(|e| {
                let name = e.ok()?.file_name().to_string_lossy().into_owned();
                let (id, _) = name.split_once('.')?;
                (id.len() == 32).then(|| id.to_string())
            })
            .collect()
    }

    #[test]
    fn many_small_segments_are_merged_into_one_and_their_files_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let index = index_of_segments(dir.path(), &[400, 300, 5, 5, 5, 5, 5, 5, 5, 5]);
        merge_small_segments(&index).expect("merge");
        assert_eq!(segment_sizes(&index), vec![40, 300, 400]);
        let live: std::collections::BTreeSet<String> = index
            .searchable_segment_metas()
            .expect("metas")
            .iter()
            .map(|m| m.id().uuid_string())
            .collect();
        assert_eq!(segments_on_disk(dir.path()), live);
    }

    #[test]
    fn a_few_segments_are_left_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let index = index_of_segments(dir.path(), &[400, 5, 5, 5]);
        merge_small_segments(&index).expect("merge");
        assert_eq!(segment_sizes(&index), vec![5, 5, 5, 400]);
    }
}
