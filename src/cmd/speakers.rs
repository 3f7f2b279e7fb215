//! `search speakers`: who is quoted, how often and in how many articles.

use std::io::{self, Write};

use crate::cli::SpeakerSort;
use crate::config::SpeakersConfig;
use crate::index;
use crate::output::human::Style;
use crate::output::json;
use crate::output::wire::SpeakerRecord;
use crate::search::{Searcher, SpeakerCount};

/// Runs the command; returns whether any speaker was found.
pub fn run(config: &SpeakersConfig) -> anyhow::Result<bool> {
    let mut open = index::open(&config.index)?;
    open.search_segments_in_parallel();
    let searcher = Searcher::new(open)?;
    let mut speakers = searcher.speakers(config.query.as_deref(), &config.filters)?;
    sort(&mut speakers, config.sort);
    let (anonymous, named): (Vec<_>, Vec<_>) = speakers.iter().partition(|s| s.anonymous);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if config.json {
        for speaker in named
            .iter()
            .take(config.limit)
            .chain(anonymous.iter().take(config.limit))
        {
            json::write_line(&mut out, &SpeakerRecord::new(speaker))?;
        }
    } else {
        let style = Style::new(config.color);
        print_group(&mut out, &style, "Named sources", &named, config.limit)?;
        if !named.is_empty() && !anonymous.is_empty() {
            writeln!(out)?;
        }
        print_group(
            &mut out,
            &style,
            "Unnamed sources",
            &anonymous,
            config.limit,
        )?;
    }
    out.flush()?;
    Ok(!speakers.is_empty())
}

fn sort(speakers: &mut [SpeakerCount], order: SpeakerSort) {
    match order {
        SpeakerSort::Quotes => {
            speakers.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)))
        }
        SpeakerSort::Articles => speakers.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| a.name.cmp(&b.name))
        }),
        SpeakerSort::Name => speakers.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then_with(|| a.name.cmp(&b.name))
        }),
    }
}

fn print_group<W: Write>(
    out: &mut W,
    style: &Style,
    heading: &str,
    speakers: &[&SpeakerCount],
    limit: usize,
) -> io::Result<()> {
    if speakers.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", style.bold(heading))?;
    writeln!(
        out,
        "{}",
        style.dim(&format!("{:>7} {:>8}  speaker", "quotes", "articles"))
    )?;
    for speaker in speakers.iter().take(limit) {
        writeln!(
            out,
            "{:>7} {:>8}  {}",
            speaker.quotes,
            speaker.articles,
            style.speaker(&speaker.name)
        )?;
    }
    if speakers.len() > limit {
        let more = speakers.len() - limit;
        writeln!(
            out,
            "{}",
            style.dim(&format!("  ... and {more} more (raise --limit)"))
        )?;
    }
    Ok(())
}
