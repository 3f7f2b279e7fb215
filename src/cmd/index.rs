//! `search index`: build the index from a corpus and summarise what was read.

use std::io::Write;
use std::time::Instant;

use crate::config::IndexConfig;
use crate::index::{self, BuildOptions, BuildReport};
use crate::output::json;
use crate::output::progress::Progress;
use crate::output::wire::SummaryRecord;

/// Runs the command; returns whether anything was indexed.
pub fn run(config: &IndexConfig) -> anyhow::Result<bool> {
    let started = Instant::now();
    let report = build(config)?;
    let summary = &report.summary;
    if config.json {
        let mut out = std::io::stdout().lock();
        json::write_line(
            &mut out,
            &SummaryRecord::new(summary, &config.index, started),
        )?;
        out.flush()?;
    }
    if config.verbose {
        eprintln!(
            "search: indexed {} {} from {} {} ({} {}, {} {}) into {} in {:.1}s",
            summary.articles,
            plural(summary.articles, "article", "articles"),
            summary.files_read,
            plural(summary.files_read, "file", "files"),
            summary.passages,
            plural(summary.passages, "passage", "passages"),
            summary.quotes,
            plural(summary.quotes, "quote", "quotes"),
            config.index.display(),
            started.elapsed().as_secs_f64()
        );
        if summary.legacy_decoded > 0 {
            eprintln!(
                "search: {} {} decoded from a legacy encoding",
                summary.legacy_decoded,
                plural(summary.legacy_decoded, "file was", "files were")
            );
        }
        if !summary.skipped.is_empty() {
            eprintln!(
                "search: skipped {} {} (reasons above)",
                summary.skipped.len(),
                plural(summary.skipped.len(), "file", "files")
            );
        }
    }
    Ok(summary.articles > 0)
}

/// Builds the index with a progress line; shared with `search query`'s first-run build.
pub fn build(config: &IndexConfig) -> anyhow::Result<BuildReport> {
    let options = BuildOptions {
        corpus: config.corpus.clone(),
        index: config.index.clone(),
        threads: config.threads,
    };
    let mut progress = Progress::new(config.progress);
    let report = index::build(&options, |seen| {
        progress.update(|| {
            format!(
                "indexing {}: {} files read",
                options.corpus.display(),
                seen.files
            )
        });
    });
    progress.finish();
    report
}

/// The singular or plural form for a count.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}
