//! Building an index: one writer, documents prepared in parallel by the corpus
//! pipeline, one commit. Re-indexing into an existing index deletes its documents in
//! the same commit that adds the new ones, so an interrupted run leaves the last good
//! index readable.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use tantivy::directory::error::LockError;
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError};

use super::meta::IndexInfo;
use super::schema::{register_analyzer, QuoteFields};
use super::{article_id, passage_id, StoredPassage};
use crate::analyze::{passage_text, Analyzed, CharCounter};
use crate::corpus::date_key;
use crate::pipeline::{self, Summary};

/// Memory for the writer per indexing thread.
const MEMORY_PER_THREAD: usize = 64 << 20;

/// How to build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The corpus to read.
    pub corpus: PathBuf,
    /// The index folder.
    pub index: PathBuf,
    /// Indexing threads.
    pub threads: usize,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// What reading the corpus found.
    pub summary: Summary,
    /// The index's new description.
    pub info: IndexInfo,
}

/// Builds the index in `options.index` from `options.corpus`, replacing what it held.
/// `on_file` is called after each file (for progress).
pub fn build(
    options: &BuildOptions,
    mut on_file: impl FnMut(&Summary),
) -> anyhow::Result<BuildReport> {
    pipeline::ensure_exists(&options.corpus)?;
    let fields = QuoteFields::new();
    let index = open_or_create(&options.index, &fields)?;
    let mut writer = writer_for(&index, &options.index, options.threads)?;
    writer.delete_all_documents()?;
    let mut counted = Summary::default();
    let summary = pipeline::run(&options.corpus, |file| {
        for analyzed in &file.articles {
            add_article(&writer, &fields, analyzed)?;
        }
        counted.files += 1;
        on_file(&counted);
        Ok(())
    })?;
    let info = IndexInfo::current(
        options.corpus.display().to_string(),
        summary.articles,
        summary.passages,
        summary.quotes,
    );
    let payload = serde_json::to_string(&info).context("could not describe the index")?;
    let mut prepared = writer
        .prepare_commit()
        .with_context(|| format!("{}: could not write the index", options.index.display()))?;
    prepared.set_payload(&payload);
    prepared
        .commit()
        .with_context(|| format!("{}: could not commit the index", options.index.display()))?;
    writer
        .wait_merging_threads()
        .with_context(|| format!("{}: could not finish merging", options.index.display()))?;
    Ok(BuildReport { summary, info })
}

/// Adds one document per (passage, attribution), at least one per passage.
fn add_article(
    writer: &IndexWriter,
    fields: &QuoteFields,
    analyzed: &Analyzed,
) -> anyhow::Result<()> {
    let article = &analyzed.article;
    let mut chars = CharCounter::new(&article.text);
    let article_id = article_id(&article.path);
    let date = article.date.as_deref().and_then(date_key);
    for (i, paragraph) in article.paragraphs.iter().enumerate() {
        let text = passage_text(article.paragraph_text(paragraph));
        let pid = passage_id(&article.path, paragraph.number);
        let attributions: Vec<_> = analyzed.attributions_of(i).cloned().collect();
        let stored = StoredPassage {
            path: article.path.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            paragraph: paragraph.number,
            text: text.clone(),
            start: chars.char_offset(paragraph.span.start),
            attributions,
        };
        let base = |doc: &mut TantivyDocument| {
            doc.add_u64(fields.pid, pid);
            doc.add_u64(fields.article, article_id);
            doc.add_text(fields.path, &article.path);
            if let Some(date) = date {
                doc.add_u64(fields.date, u64::from(date));
            }
            doc.add_text(fields.title, &article.title);
            if let Some(source) = &article.source {
                doc.add_text(fields.source, source);
            }
            doc.add_text(fields.text, &text);
        };
        let mut primary = TantivyDocument::default();
        base(&mut primary);
        primary.add_u64(fields.primary, pid);
        primary.add_text(fields.words, &text);
        if i == 0 {
            primary.add_text(fields.words, &article.title);
        }
        primary.add_text(
            fields.stored,
            serde_json::to_string(&stored).context("could not serialise a passage")?,
        );
        let mut docs = vec![primary];
        for (n, a) in stored.attributions.iter().enumerate() {
            if n > 0 {
                let mut doc = TantivyDocument::default();
                base(&mut doc);
                docs.push(doc);
            }
            let doc = docs.last_mut().expect("a document per attribution");
            doc.add_text(fields.quote, &a.quote);
            if let Some(speaker) = &a.speaker {
                doc.add_text(fields.speaker, speaker);
                doc.add_text(fields.speaker_key, speaker);
            }
            doc.add_text(fields.mention, &a.speaker_mention);
            doc.add_text(fields.attribution, &a.attribution);
            doc.add_text(fields.kind, &a.kind);
            doc.add_text(fields.anonymous, if a.anonymous { "true" } else { "false" });
        }
        for doc in docs {
            writer.add_document(doc)?;
        }
    }
    Ok(())
}

/// Opens the index in `dir` if it is one this version writes, or creates a new one.
/// An index of another format is replaced; a folder holding other files is refused.
fn open_or_create(dir: &Path, fields: &QuoteFields) -> anyhow::Result<Index> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("{}: could not create the index folder", dir.display()))?;
    if super::exists(dir) {
        if let Ok(index) = Index::open_in_dir(dir) {
            let info = index
                .load_metas()
                .ok()
                .and_then(|m| IndexInfo::from_payload(m.payload.as_deref()));
            if info.is_some_and(|i| i.is_compatible()) && index.schema() == fields.schema {
                register_analyzer(&index);
                return Ok(index);
            }
        }
        remove_tantivy_files(dir)?;
    } else {
        ensure_no_foreign_files(dir)?;
    }
    let index = Index::create_in_dir(dir, fields.schema.clone())
        .with_context(|| format!("{}: could not create the index", dir.display()))?;
    register_analyzer(&index);
    Ok(index)
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
fn writer_for(index: &Index, dir: &Path, threads: usize) -> anyhow::Result<IndexWriter> {
    let threads = threads.clamp(1, 8);
    match index.writer_with_num_threads(threads, threads * MEMORY_PER_THREAD) {
        Ok(writer) => Ok(writer),
        Err(TantivyError::LockFailure(LockError::LockBusy, _)) => bail!(
            "the index at {} is in use by another `search index` run; wait for it to finish",
            dir.display()
        ),
        Err(err) => Err(err)
            .with_context(|| format!("{}: could not open the index for writing", dir.display())),
    }
}
