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
                    print_jsonl(&mut out, analyzed)?;
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

fn print_jsonl<W: Write>(out: &mut W, analyzed: &Analyzed) -> io::Result<()> {
    for (paragraph, attribution) in &analyzed.attributions {
        let record = ExtractRecord {
            path: &analyzed.article.path,
            paragraph: analyzed.article.paragraphs[*paragraph].number,
            attribution,
        };
        json::write_line(out, &record)?;
    }
    Ok(())
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
