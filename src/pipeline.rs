//! Reading and analysing a corpus in parallel, in a bounded amount of memory, handing
//! results to a sequential sink in walk order. Shared by `search extract` and
//! `search index`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use rayon::prelude::*;
use serde::Serialize;

use crate::analyze::{analyze, Analyzed};
use crate::corpus;
use crate::messages;

/// Files handed to the workers at a time: enough to keep every core busy, few enough
/// that memory does not grow with the corpus.
const CHUNK: usize = 256;

/// What reading a corpus found, for the end-of-run summary.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    /// Article files found.
    pub files: usize,
    /// Files read (possibly with warnings).
    pub files_read: usize,
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
    /// The file (or the walk entry that failed).
    pub path: String,
    /// Why, in a sentence.
    pub reason: String,
}

/// The analysed articles of one file.
pub struct FileResult {
    /// The file read.
    pub path: PathBuf,
    /// Its articles with their attributions.
    pub articles: Vec<Analyzed>,
}

/// Walks `root`, reads and analyses every article file on the rayon pool, and calls
/// `sink` for each file in walk order. Problems with single files are reported on
/// stderr and counted; an error from `sink` stops the run.
pub fn run<F>(root: &Path, mut sink: F) -> anyhow::Result<Summary>
where
    F: FnMut(FileResult) -> anyhow::Result<()>,
{
    ensure_exists(root)?;
    let mut summary = Summary::default();
    let mut batch: Vec<PathBuf> = Vec::with_capacity(CHUNK);
    let mut walk = corpus::walk(root);
    loop {
        batch.clear();
        for entry in walk.by_ref() {
            match entry {
                Ok(path) => {
                    batch.push(path);
                    if batch.len() == CHUNK {
                        break;
                    }
                }
                Err(err) => skip(&mut summary, "?".into(), format!("{err:#}")),
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(PathBuf, anyhow::Result<corpus::FileRead>)> = batch
            .par_iter()
            .map(|path| (path.clone(), corpus::read_file(path)))
            .collect();
        let analysed: Vec<_> = results
            .into_par_iter()
            .map(|(path, read)| {
                let read = read.map(|r| {
                    let legacy = r.legacy_encoding;
                    let warnings = r.warnings;
                    let articles: Vec<Analyzed> = r.articles.into_iter().map(analyze).collect();
                    (articles, legacy, warnings)
                });
                (path, read)
            })
            .collect();
        for (path, read) in analysed {
            summary.files += 1;
            let (articles, legacy, warnings) = match read {
                Ok(read) => read,
                Err(err) => {
                    skip(&mut summary, path.display().to_string(), format!("{err:#}"));
                    continue;
                }
            };
            if let Some(encoding) = legacy {
                summary.legacy_decoded += 1;
                messages::note(format!(
                    "{}: not valid UTF-8, decoded as {encoding}",
                    path.display()
                ));
            }
            summary.warnings += warnings.len();
            for warning in warnings {
                messages::error(warning);
            }
            summary.files_read += 1;
            summary.articles += articles.len();
            summary.passages += articles
                .iter()
                .map(|a| a.article.paragraphs.len())
                .sum::<usize>();
            summary.quotes += articles.iter().map(|a| a.attributions.len()).sum::<usize>();
            sink(FileResult { path, articles })?;
        }
    }
    Ok(summary)
}

fn skip(summary: &mut Summary, path: String, reason: String) {
    messages::error(&reason);
    summary.skipped.push(Skipped { path, reason });
}

/// Fails with a clear message when the corpus path does not exist.
pub fn ensure_exists(root: &Path) -> anyhow::Result<()> {
    std::fs::metadata(root)
        .with_context(|| format!("{}: cannot read the corpus folder", root.display()))
        .map(|_| ())
}
