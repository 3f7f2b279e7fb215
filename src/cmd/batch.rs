//! `search batch`: many queries in, JSON Lines out, in input order. One index reader
//! and one pair of parsers serve every query; queries run in parallel.

use std::io::{self, BufRead, Write};
use std::sync::mpsc;

use anyhow::Context;
use rayon::prelude::*;
use serde::Deserialize;

use crate::config::{ensure_limit, BatchConfig};
use crate::index;
use crate::output::json;
use crate::output::wire::{HitRecord, QueryRecord};
use crate::search::{Filters, Request, Searcher};

/// Queries run in parallel at a time: bounds the rendered output held in memory, and
/// small enough that the next chunk reuses the memory of the last one.
const CHUNK: usize = 64;

/// One query of the batch.
struct BatchQuery {
    id: serde_json::Value,
    query: String,
    /// Hits wanted, or an error found while reading the line.
    limit: Result<usize, String>,
}

/// A JSON Lines query.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonQuery {
    #[serde(default)]
    id: Option<serde_json::Value>,
    query: String,
    #[serde(default)]
    limit: Option<usize>,
}

/// Runs the command; returns whether any query matched.
pub fn run(config: &BatchConfig) -> anyhow::Result<bool> {
    let queries = read_queries(config)?;
    let searcher = Searcher::new(index::open(&config.index)?)?;
    let filters = Filters::default();
    // The workers search and render one chunk while a writer thread writes the one
    // before: a reader of the output that takes its time (a pipe into a script) then
    // costs no search time.
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::sync_channel::<(&[BatchQuery], Vec<Rendered>)>(1);
        let writer = scope.spawn(move || write_chunks(receiver));
        for chunk in queries.chunks(CHUNK) {
            let rendered: Vec<Rendered> = chunk
                .par_iter()
                .map(|q| render(&searcher, &filters, q))
                .collect::<io::Result<_>>()?;
            if sender.send((chunk, rendered)).is_err() {
                // The writer stopped on an error, which joining it returns.
                break;
            }
        }
        drop(sender);
        match writer.join() {
            Ok(result) => Ok(result?),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Writes rendered chunks to stdout in the order they come; returns whether any query
/// matched.
fn write_chunks(chunks: mpsc::Receiver<(&[BatchQuery], Vec<Rendered>)>) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut any = false;
    for (chunk, rendered) in chunks {
        for (q, result) in chunk.iter().zip(rendered) {
            if let Some(message) = &result.error {
                crate::messages::error(format!("query {}: {message}", q.id));
            }
            any |= result.matched;
            out.write_all(&result.lines)?;
        }
    }
    out.flush()?;
    Ok(any)
}

/// One query's output: its JSON lines, whether it matched, and its error if it failed.
struct Rendered {
    lines: Vec<u8>,
    matched: bool,
    error: Option<String>,
}

/// Runs one query and renders its hit records and its closing query or error record.
fn render(searcher: &Searcher, filters: &Filters, q: &BatchQuery) -> io::Result<Rendered> {
    let result = q.limit.clone().and_then(|limit| {
        let request = Request {
            query: &q.query,
            limit,
            filters,
        };
        searcher.search(&request).map_err(|e| format!("{e:#}"))
    });
    // Ten hits with their passages and attributions come to about 20 KB.
    let mut lines = Vec::with_capacity(32 << 10);
    let (matched, error) = match result {
        Ok(hits) => {
            for (i, hit) in hits.iter().enumerate() {
                json::write_line(&mut lines, &HitRecord::new(hit, i + 1, Some(&q.id)))?;
            }
            let record = QueryRecord {
                kind: "query",
                id: &q.id,
                query: &q.query,
                hits: Some(hits.len()),
                message: None,
            };
            json::write_line(&mut lines, &record)?;
            (!hits.is_empty(), None)
        }
        Err(message) => {
            let record = QueryRecord {
                kind: "error",
                id: &q.id,
                query: &q.query,
                hits: None,
                message: Some(&message),
            };
            json::write_line(&mut lines, &record)?;
            (false, Some(message))
        }
    };
    Ok(Rendered {
        lines,
        matched,
        error,
    })
}

/// Reads the queries: one per line, or a JSON object per line; blank lines are skipped.
fn read_queries(config: &BatchConfig) -> anyhow::Result<Vec<BatchQuery>> {
    let name = config.file.display().to_string();
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        let file = std::fs::File::open(&config.file)
            .with_context(|| format!("{name}: could not open the query file"))?;
        Box::new(io::BufReader::new(file))
    };
    let mut queries = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{name}: could not read line {}", i + 1))?;
        let line_no = serde_json::Value::from(i + 1);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if !trimmed.starts_with('{') {
            queries.push(BatchQuery {
                id: line_no,
                query: trimmed.to_string(),
                limit: Ok(config.limit),
            });
            continue;
        }
        queries.push(match serde_json::from_str::<JsonQuery>(trimmed) {
            Ok(q) => BatchQuery {
                id: q.id.unwrap_or(line_no),
                query: q.query,
                limit: ensure_limit(q.limit.unwrap_or(config.limit)).map_err(|e| e.to_string()),
            },
            Err(err) => BatchQuery {
                id: line_no,
                query: trimmed.to_string(),
                limit: Err(format!("line {} is not a valid query object: {err}", i + 1)),
            },
        });
    }
    Ok(queries)
}
