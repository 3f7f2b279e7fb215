//! `search query`: one query, ranked passages out (human or JSON Lines).

use std::io::{self, Write};
use std::path::Path;

use crate::cmd::index as index_cmd;
use crate::config::{IndexConfig, QueryConfig, DEFAULT_CORPUS};
use crate::index;
use crate::messages;
use crate::output::hits::{self, HitWithContext};
use crate::output::human::Style;
use crate::output::json;
use crate::output::wire::HitRecord;
use crate::search::{Hit, Request, Searcher};

/// Runs the command; returns whether any passage matched.
pub fn run(config: &QueryConfig) -> anyhow::Result<bool> {
    ensure_index(config)?;
    let mut open = index::open(&config.index)?;
    open.search_segments_in_parallel();
    let searcher = Searcher::new(open)?;
    let request = Request {
        query: &config.query,
        limit: config.limit,
        filters: &config.filters,
    };
    let hits = searcher.search(&request)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if config.json {
        for (i, hit) in hits.iter().enumerate() {
            json::write_line(&mut out, &HitRecord::new(hit, i + 1, None))?;
        }
    } else {
        let style = Style::new(config.color);
        let mut previous: Option<&str> = None;
        for hit in &hits {
            let with_context = with_context(&searcher, hit, config.context)?;
            hits::print_hit(&mut out, &style, &with_context, previous)?;
            previous = Some(&hit.passage.path);
        }
    }
    out.flush()?;
    if hits.is_empty() {
        match searcher.suggest(&config.query)? {
            Some(better) => messages::note(format!("no passages match; did you mean: {better}")),
            None => messages::note("no passages match"),
        }
    }
    Ok(!hits.is_empty())
}

/// The hit with up to `n` paragraphs of its article before and after it.
fn with_context<'a>(
    searcher: &Searcher,
    hit: &'a Hit,
    n: u32,
) -> anyhow::Result<HitWithContext<'a>> {
    let passage = &hit.passage;
    let mut before = Vec::new();
    for paragraph in passage.paragraph.saturating_sub(n).max(1)..passage.paragraph {
        before.extend(searcher.passage(&passage.path, paragraph)?);
    }
    let mut after = Vec::new();
    for paragraph in passage.paragraph.saturating_add(1)..=passage.paragraph.saturating_add(n) {
        match searcher.passage(&passage.path, paragraph)? {
            Some(p) => after.push(p),
            None => break,
        }
    }
    Ok(HitWithContext { hit, before, after })
}

/// Builds the default index from the default corpus on first use, so that a
/// newcomer's first `search query` just works. Other index folders must exist.
fn ensure_index(config: &QueryConfig) -> anyhow::Result<()> {
    if index::exists(&config.index) || !config.index_is_default {
        return Ok(());
    }
    let corpus = Path::new(DEFAULT_CORPUS);
    if !corpus.exists() {
        anyhow::bail!(
            "no index at {} and no {DEFAULT_CORPUS}/ folder to build it from: run `search index PATH` first",
            config.index.display()
        );
    }
    messages::note(format!(
        "no index yet: building {} from {DEFAULT_CORPUS}/ first",
        config.index.display()
    ));
    let build = IndexConfig {
        corpus: corpus.to_path_buf(),
        index: config.index.clone(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        memory: None,
        rebuild: false,
        json: false,
        progress: false,
        verbose: true,
    };
    index_cmd::run(&build)?;
    Ok(())
}
