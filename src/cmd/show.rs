//! `search show`: an article, or some of its paragraphs, with every quote marked and
//! its speaker named beside it. Reads the article file itself; no index is needed.

use std::io::{self, Write};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

use crate::analyze::{analyze, passage_text, Analyzed, CharCounter};
use crate::config::ShowConfig;
use crate::corpus;
use crate::output::human::{self, Style};

/// What to show: a file, the line of a JSON Lines dump, and paragraphs.
#[derive(Debug, PartialEq, Eq)]
struct Target {
    file: PathBuf,
    line: Option<usize>,
    paragraphs: Option<RangeInclusive<u32>>,
}

/// Runs the command; returns whether the article holds any attribution.
pub fn run(config: &ShowConfig) -> anyhow::Result<bool> {
    let target = parse_target(&config.target, |p| p.is_file())?;
    let read = corpus::read_file(&target.file)?;
    let article = match target.line {
        Some(line) => {
            let wanted = format!("{}:{line}", target.file.display());
            read.articles
                .into_iter()
                .find(|a| a.path == wanted)
                .with_context(|| format!("{}: no article on line {line}", target.file.display()))?
        }
        None => read
            .articles
            .into_iter()
            .next()
            .with_context(|| format!("{}: no article found", target.file.display()))?,
    };
    let analyzed = analyze(article);
    let wanted = |number: u32| {
        target
            .paragraphs
            .as_ref()
            .is_none_or(|r| r.contains(&number))
    };
    if let Some(range) = &target.paragraphs {
        let count = analyzed.body_paragraphs();
        if usize::try_from(*range.start()).map_or(true, |s| s > count) {
            bail!(
                "{}: has {count} paragraphs, not {}",
                target.file.display(),
                range.start()
            );
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let shown = if config.json {
        super::extract::print_jsonl(&mut out, &analyzed, &wanted)?
    } else {
        print_human(&mut out, &Style::new(config.color), &analyzed, &wanted)?
    };
    out.flush()?;
    Ok(shown > 0)
}

/// Prints the wanted paragraphs with quotes marked `[n]`, and under each paragraph a
/// line per quote naming its speaker. Returns the number of quotes shown.
fn print_human<W: Write>(
    out: &mut W,
    style: &Style,
    analyzed: &Analyzed,
    wanted: &dyn Fn(u32) -> bool,
) -> io::Result<usize> {
    let article = &analyzed.article;
    human::print_article_heading(
        out,
        style,
        &article.path,
        &article.title,
        article.source.as_deref(),
    )?;
    let mut chars = CharCounter::new(&article.text);
    let mut shown = 0;
    for (paragraph, attributions) in analyzed.passages() {
        if !wanted(paragraph.number) {
            continue;
        }
        let start = chars.char_offset(paragraph.span.start);
        let text = human::printable(&passage_text(article.paragraph_text(paragraph))).into_owned();
        let quotes: Vec<_> = attributions.iter().map(|(_, a)| a).collect();
        let mut marked = String::new();
        let mut done = 0;
        let char_len = text.chars().count();
        for (n, a) in quotes.iter().enumerate() {
            let (s, e) = (a.start.saturating_sub(start), a.end.saturating_sub(start));
            if s < done || e > char_len || e < s {
                continue;
            }
            marked.extend(text.chars().skip(done).take(s - done));
            let quote: String = text.chars().skip(s).take(e - s).collect();
            marked.push_str(&style.speaker(&quote));
            marked.push_str(&style.locator(&format!("[{}]", n + 1)));
            done = e;
        }
        marked.extend(text.chars().skip(done));
        writeln!(out)?;
        writeln!(
            out,
            "{}  {marked}",
            style.locator(&format!("\u{b6}{}", paragraph.number))
        )?;
        for (n, a) in quotes.iter().enumerate() {
            writeln!(
                out,
                "    {} {}",
                style.locator(&format!("[{}]", n + 1)),
                human::attribution_line(style, a, false)
            )?;
            shown += 1;
        }
    }
    Ok(shown)
}

/// Splits `TARGET` into a file, an optional JSON Lines line and optional paragraphs:
/// `a.txt`, `a.txt:3`, `a.txt:3-5`, `dump.jsonl:12`, `dump.jsonl:12:3`. A path that is
/// itself a file wins over any reading of its colons.
fn parse_target(target: &str, is_file: impl Fn(&Path) -> bool) -> anyhow::Result<Target> {
    let whole = PathBuf::from(target);
    if is_file(&whole) {
        return Ok(Target {
            file: whole,
            line: None,
            paragraphs: None,
        });
    }
    let number = |s: &str| s.trim().parse::<u32>().ok().filter(|&n| n > 0);
    let range = |s: &str| -> Option<RangeInclusive<u32>> {
        match s.split_once('-') {
            Some((a, b)) => Some(number(a)?..=number(b)?).filter(|r| !r.is_empty()),
            None => number(s).map(|n| n..=n),
        }
    };
    let target_of = |file: &str, line: Option<u32>, paragraphs| Target {
        file: PathBuf::from(file),
        line: line.map(|l| l as usize),
        paragraphs,
    };
    if let Some((file, spec)) = target.rsplit_once(':') {
        let path = Path::new(file);
        if is_file(path) {
            // PATH:PARAGRAPHS, or DUMP:LINE for a JSON Lines dump.
            if is_jsonl(path) {
                if let Some(line) = number(spec) {
                    return Ok(target_of(file, Some(line), None));
                }
            } else if let Some(paragraphs) = range(spec) {
                return Ok(target_of(file, None, Some(paragraphs)));
            }
        }
        // DUMP:LINE:PARAGRAPHS
        if let Some((dump, line)) = file.rsplit_once(':') {
            let path = Path::new(dump);
            if is_file(path) && is_jsonl(path) {
                if let (Some(line), Some(paragraphs)) = (number(line), range(spec)) {
                    return Ok(target_of(dump, Some(line), Some(paragraphs)));
                }
            }
        }
    }
    bail!("{target}: no such article file (give PATH, PATH:PARAGRAPH or PATH:FIRST-LAST)")
}

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(target: &str) -> Option<Target> {
        let files = ["a.txt", "dir:odd/b.txt", "d.jsonl"];
        parse_target(target, |p| files.iter().any(|f| Path::new(f) == p)).ok()
    }

    #[test]
    fn targets() {
        let t = |file: &str, line: Option<usize>, paragraphs: Option<RangeInclusive<u32>>| {
            Some(Target {
                file: PathBuf::from(file),
                line,
                paragraphs,
            })
        };
        assert_eq!(parse("a.txt"), t("a.txt", None, None));
        assert_eq!(parse("a.txt:3"), t("a.txt", None, Some(3..=3)));
        assert_eq!(parse("a.txt:3-5"), t("a.txt", None, Some(3..=5)));
        assert_eq!(
            parse("dir:odd/b.txt:2"),
            t("dir:odd/b.txt", None, Some(2..=2))
        );
        assert_eq!(parse("d.jsonl:12"), t("d.jsonl", Some(12), None));
        assert_eq!(parse("d.jsonl:12:4"), t("d.jsonl", Some(12), Some(4..=4)));
        assert_eq!(parse("a.txt:5-3"), None);
        assert_eq!(parse("a.txt:0"), None);
        assert_eq!(parse("missing.txt"), None);
        assert_eq!(parse("a.txt:x"), None);
    }
}
