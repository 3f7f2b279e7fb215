//! `search extract`: print what the extractor finds, without touching an index.

use std::io::{self, Write};

use crate::analyze::Analyzed;
use crate::config::ExtractConfig;
use crate::output::human::{self, Style};
use crate::output::json;
use crate::output::wire::ExtractRecord;
use crate::pipeline::{self, Content};

/// Runs the command; returns whether any attribution was found.
pub fn run(config: &ExtractConfig) -> anyhow::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let style = Style::new(config.color);
    let mut first = true;
    let summary = pipeline::run(
        &config.path,
        |_| None,
        |file| {
            let Content::Analyzed(articles) = &file.content else {
                return Ok(());
            };
            for analyzed in articles {
                if config.jsonl {
                    print_jsonl(&mut out, analyzed, &|_| true)?;
                } else if !analyzed.attributions.is_empty() {
                    if !first {
                        writeln!(out)?;
                    }
                    first = false;
                    print_human(&mut out, &style, analyzed)?;
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(summary.quotes > 0)
}

/// Prints the extract records of an article's attributions in the paragraphs `wanted`
/// keeps; returns how many were printed. Shared with `search show --json`.
pub fn print_jsonl<W: Write>(
    out: &mut W,
    analyzed: &Analyzed,
    wanted: &dyn Fn(u32) -> bool,
) -> io::Result<usize> {
    let mut printed = 0;
    for (paragraph, attribution) in &analyzed.attributions {
        let number = analyzed.article.paragraphs[*paragraph].number;
        if wanted(number) {
            let record = ExtractRecord {
                path: &analyzed.article.path,
                paragraph: number,
                attribution,
            };
            json::write_line(out, &record)?;
            printed += 1;
        }
    }
    Ok(printed)
}

fn print_human<W: Write>(out: &mut W, style: &Style, analyzed: &Analyzed) -> io::Result<()> {
    let article = &analyzed.article;
    human::print_article_heading(
        out,
        style,
        &article.path,
        &article.title,
        article.source.as_deref(),
    )?;
    for (paragraph, attribution) in &analyzed.attributions {
        let number = article.paragraphs[*paragraph].number;
        writeln!(
            out,
            "{} {}",
            style.locator(&format!("\u{b6}{number}")),
            human::attribution_line(style, attribution, true)
        )?;
    }
    Ok(())
}
