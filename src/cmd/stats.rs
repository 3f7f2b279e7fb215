//! `search stats`: what the index holds, how big it is, and who built it when.

use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use crate::config::StatsConfig;
use crate::index;
use crate::output::json;
use crate::search::{FieldSpace, Filters, Searcher};

/// The figures `search stats` reports.
#[derive(Debug, Serialize)]
struct Stats {
    /// Always "stats".
    #[serde(rename = "type")]
    kind: &'static str,
    index: String,
    articles: usize,
    passages: usize,
    /// Passages held as copies of a passage of another article (indexed once).
    copies: u64,
    quotes: usize,
    speakers: usize,
    anonymous_speakers: usize,
    documents: u64,
    segments: usize,
    bytes_on_disk: u64,
    built_at: u64,
    built_by: String,
    format: u32,
    analyzer: String,
    corpus: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<Vec<FieldSpace>>,
}

/// Runs the command.
pub fn run(config: &StatsConfig) -> anyhow::Result<bool> {
    let open = index::open(&config.index)?;
    let info = open.info.clone();
    let searcher = Searcher::new(open)?;
    let speakers = searcher.speakers(None, &Filters::default())?;
    let (documents, segments) = searcher.counts();
    let fields = if config.fields {
        Some(searcher.space_by_field()?)
    } else {
        None
    };
    let stats = Stats {
        kind: "stats",
        index: config.index.display().to_string(),
        articles: info.articles,
        passages: info.passages,
        copies: searcher.copies()?,
        quotes: info.quotes,
        speakers: speakers.iter().filter(|s| !s.anonymous).count(),
        anonymous_speakers: speakers.iter().filter(|s| s.anonymous).count(),
        documents,
        segments,
        bytes_on_disk: size_on_disk(&config.index)?,
        built_at: info.built_at,
        built_by: format!("search {}", info.version),
        format: info.format,
        analyzer: info.analyzer,
        corpus: info.corpus,
        fields,
    };
    let mut out = io::stdout().lock();
    if config.json {
        json::write_line(&mut out, &stats)?;
    } else {
        print_human(&mut out, &stats)?;
    }
    out.flush()?;
    Ok(true)
}

fn print_human<W: Write>(out: &mut W, s: &Stats) -> io::Result<()> {
    writeln!(out, "index       {}", s.index)?;
    writeln!(out, "corpus      {}", s.corpus)?;
    writeln!(out, "articles    {}", s.articles)?;
    match s.copies {
        0 => writeln!(out, "passages    {}", s.passages)?,
        n => writeln!(
            out,
            "passages    {} ({n} repeat passages of other articles, indexed once)",
            s.passages
        )?,
    }
    writeln!(out, "quotes      {}", s.quotes)?;
    writeln!(
        out,
        "speakers    {} named, {} unnamed sources",
        s.speakers, s.anonymous_speakers
    )?;
    writeln!(
        out,
        "documents   {} in {} segments",
        s.documents, s.segments
    )?;
    writeln!(out, "size        {}", human_bytes(s.bytes_on_disk))?;
    writeln!(
        out,
        "built       {} by {}",
        format_utc(s.built_at),
        s.built_by
    )?;
    writeln!(out, "format      {} ({})", s.format, s.analyzer)?;
    if let Some(fields) = &s.fields {
        writeln!(out)?;
        writeln!(
            out,
            "{:<14} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
            "field", "postings", "positions", "terms", "norms", "fast", "stored"
        )?;
        for f in fields {
            let [a, b, c, d, e, g] = f.bytes.map(human_bytes);
            writeln!(
                out,
                "{:<14} {a:>10} {b:>10} {c:>10} {d:>10} {e:>10} {g:>10}",
                f.field
            )?;
        }
    }
    Ok(())
}

/// The total size of the files directly in `dir`.
fn size_on_disk(dir: &Path) -> anyhow::Result<u64> {
    let mut total = 0;
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: could not list the index", dir.display()))?;
    for entry in entries.flatten() {
        if let Ok(meta) = entry.metadata() {
            if meta.is_file() {
                total += meta.len();
            }
        }
    }
    Ok(total)
}

/// Bytes in the largest unit that keeps the number at or above 1.
fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// Seconds since the Unix epoch as `YYYY-MM-DD HH:MM UTC` (civil-from-days, after
/// Howard Hinnant's algorithm).
fn format_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3_600,
        rem % 3_600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_times_and_sizes() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(1_795_685_000), "2026-11-26 09:23 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1_572_864), "1.5 MiB");
    }
}
