//! `search index`: build the index from a corpus and summarise what was read.

use std::io::Write;
use std::time::Instant;

use crate::config::IndexConfig;
use crate::index::{self, BuildOptions, BuildReport};
use crate::output::json;
use crate::output::progress::Progress;
use crate::output::wire::SummaryRecord;

/// Runs the command; returns whether the index holds anything.
pub fn run(config: &IndexConfig) -> anyhow::Result<bool> {
    let started = Instant::now();
    let report = build(config)?;
    if config.json {
        let mut out = std::io::stdout().lock();
        json::write_line(
            &mut out,
            &SummaryRecord::new(&report, &config.index, started),
        )?;
        out.flush()?;
    }
    if config.verbose {
        print_summary(config, &report, started);
    }
    Ok(report.info.articles > 0)
}

/// The end-of-run summary on stderr.
fn print_summary(config: &IndexConfig, report: &BuildReport, started: Instant) {
    let summary = &report.summary;
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", plural(n, one, many));
    let mut line = format!(
        "search: indexed {} from {} ({}, {})",
        count(summary.articles, "article", "articles"),
        count(summary.files_read, "file", "files"),
        count(summary.passages, "passage", "passages"),
        count(summary.quotes, "quote", "quotes"),
    );
    if summary.unchanged > 0 || report.removed > 0 {
        line.push_str(&format!(
            "; {} unchanged, {} removed",
            count(summary.unchanged, "file", "files"),
            report.removed
        ));
    }
    line.push_str(&format!(
        " in {:.1}s; {} now holds {} and {}",
        started.elapsed().as_secs_f64(),
        config.index.display(),
        count(report.info.articles, "article", "articles"),
        count(report.info.quotes, "quote", "quotes"),
    ));
    eprintln!("{line}");
    if summary.legacy_decoded > 0 {
        eprintln!(
            "search: {} decoded from a legacy encoding",
            count(summary.legacy_decoded, "file was", "files were")
        );
    }
    if !summary.skipped.is_empty() {
        eprintln!(
            "search: skipped {} ({}; reasons above)",
            count(summary.skipped.len(), "file", "files"),
            summary.skipped_by_kind()
        );
    }
}

/// Builds the index with a progress line; shared with `search query`'s first-run build.
pub fn build(config: &IndexConfig) -> anyhow::Result<BuildReport> {
    let options = BuildOptions {
        corpus: config.corpus.clone(),
        index: config.index.clone(),
        threads: config.threads,
        memory: config.memory,
        rebuild: config.rebuild,
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
