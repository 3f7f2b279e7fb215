//! Human-readable output, loosely modelled on ripgrep: a heading per article, then its
//! passages or quotes. Colour is applied only when the caller asked for it (a terminal
//! without `NO_COLOR`, or `--color always`).

use std::io::{self, Write};

use crate::output::wire::AttributionRecord;

/// ANSI styling, or none.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    color: bool,
}

const BOLD: &str = "\x1b[1m";
const MAGENTA: &str = "\x1b[35m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const RED_BOLD: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

impl Style {
    /// Styling on when `color` is true.
    pub fn new(color: bool) -> Self {
        Style { color }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("{code}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// An article path heading.
    pub fn path(&self, text: &str) -> String {
        self.paint(MAGENTA, text)
    }

    /// A title or other emphasis.
    pub fn bold(&self, text: &str) -> String {
        self.paint(BOLD, text)
    }

    /// A matched term.
    pub fn highlight(&self, text: &str) -> String {
        self.paint(RED_BOLD, text)
    }

    /// A speaker's name.
    pub fn speaker(&self, text: &str) -> String {
        self.paint(GREEN, text)
    }

    /// A paragraph number or other locator.
    pub fn locator(&self, text: &str) -> String {
        self.paint(CYAN, text)
    }

    /// Secondary information.
    pub fn dim(&self, text: &str) -> String {
        self.paint(DIM, text)
    }
}

/// One line describing an attribution: who, how it is attributed, and (optionally)
/// the quote itself.
pub fn attribution_line(style: &Style, a: &AttributionRecord, with_quote: bool) -> String {
    let who = match (&a.speaker, a.speaker_mention.is_empty()) {
        (Some(name), _) => style.speaker(name),
        (None, false) => style.speaker(&a.speaker_mention),
        (None, true) => style.dim("(no speaker)"),
    };
    let mut line = format!("{who} {}", style.dim(&format!("[{}]", a.kind)));
    if a.anonymous {
        line.push_str(&style.dim(" [anonymous]"));
    }
    if !a.attribution.is_empty() {
        line.push_str(&format!(
            " {}",
            style.dim(&format!("\u{2014} {}", a.attribution))
        ));
    }
    if with_quote {
        line.push_str(&format!(": \u{201c}{}\u{201d}", one_line(&a.quote)));
    }
    line
}

/// Text with line breaks and runs of spaces collapsed, for one-line display.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Prints an article heading: path, then title and source.
pub fn print_article_heading<W: Write>(
    out: &mut W,
    style: &Style,
    path: &str,
    title: &str,
    source: Option<&str>,
) -> io::Result<()> {
    writeln!(out, "{}", style.path(path))?;
    match source {
        Some(source) if !title.starts_with(source) => {
            writeln!(
                out,
                "{} {}",
                style.bold(title),
                style.dim(&format!("({source})"))
            )
        }
        _ => writeln!(out, "{}", style.bold(title)),
    }
}

/// Prints one search hit: a heading when the article differs from the previous hit's,
/// then the paragraph with its highlights, then a line per attribution.
pub fn print_hit<W: Write>(
    out: &mut W,
    style: &Style,
    hit: &crate::search::Hit,
    previous_path: Option<&str>,
) -> io::Result<()> {
    let passage = &hit.passage;
    if previous_path != Some(passage.path.as_str()) {
        if previous_path.is_some() {
            writeln!(out)?;
        }
        print_article_heading(
            out,
            style,
            &passage.path,
            &passage.title,
            passage.source.as_deref(),
        )?;
    }
    let locator = style.locator(&format!("\u{b6}{}", passage.paragraph));
    writeln!(
        out,
        "{locator}  {}",
        highlighted(style, &passage.text, &hit.highlights)
    )?;
    for attribution in &passage.attributions {
        writeln!(
            out,
            "    {} {}",
            style.dim("\u{2514}"),
            attribution_line(style, attribution, false)
        )?;
    }
    Ok(())
}

/// `text` with the char ranges in `ranges` (sorted, non-overlapping) highlighted.
/// Ranges past the end of the text or overlapping an earlier one are ignored.
pub fn highlighted(style: &Style, text: &str, ranges: &[[usize; 2]]) -> String {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let byte = |c: usize| bounds.get(c).copied();
    let mut out = String::with_capacity(text.len() + ranges.len() * 12);
    let mut done = 0;
    for &[start, end] in ranges {
        let (Some(s), Some(e)) = (byte(start), byte(end)) else {
            continue;
        };
        if s < done || e <= s {
            continue;
        }
        out.push_str(&text[done..s]);
        out.push_str(&style.highlight(&text[s..e]));
        done = e;
    }
    out.push_str(&text[done..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_char_ranges_with_multibyte_text() {
        let style = Style::new(true);
        let text = "Caf\u{e9} talks resume";
        let out = highlighted(&style, text, &[[5, 10], [30, 40]]);
        assert_eq!(out, "Caf\u{e9} \x1b[1;31mtalks\x1b[0m resume");
        assert_eq!(highlighted(&Style::new(false), text, &[[5, 10]]), text);
    }
}
