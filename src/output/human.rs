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
        (Some(name), _) => style.speaker(&one_line(name)),
        (None, false) => style.speaker(&one_line(&a.speaker_mention)),
        (None, true) => style.dim("(no speaker)"),
    };
    let mut line = format!("{who} {}", style.dim(&format!("[{}]", a.kind)));
    if a.anonymous {
        line.push_str(&style.dim(" [anonymous]"));
    }
    if !a.attribution.is_empty() {
        let attribution = one_line(&a.attribution);
        // "Lee:" (a headline, a transcript turn) before ": “quote”" needs no second colon.
        let attribution = match with_quote {
            true => attribution.trim_end_matches(':'),
            false => &attribution,
        };
        line.push_str(&format!(
            " {}",
            style.dim(&format!("\u{2014} {attribution}"))
        ));
    }
    if with_quote {
        line.push_str(&format!(": \u{201c}{}\u{201d}", one_line(&a.quote)));
    }
    line
}

/// Text with line breaks and runs of spaces collapsed, for one-line display.
pub fn one_line(text: &str) -> String {
    printable(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

/// Text safe to print on a terminal: control characters (an escape byte in an article
/// could otherwise restyle or clear the user's screen) become U+FFFD.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let is_bad = |c: char| c.is_control() && c != '\t' && c != '\n';
    if text.contains(is_bad) {
        std::borrow::Cow::Owned(text.replace(is_bad, "\u{fffd}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Prints an article heading: path, then title and source.
pub fn print_article_heading<W: Write>(
    out: &mut W,
    style: &Style,
    path: &str,
    title: &str,
    source: Option<&str>,
) -> io::Result<()> {
    writeln!(out, "{}", style.path(&printable(path)))?;
    let title = printable(title);
    match source {
        Some(source) if !title.starts_with(source) => writeln!(
            out,
            "{} {}",
            style.bold(&title),
            style.dim(&format!("({})", printable(source)))
        ),
        _ => writeln!(out, "{}", style.bold(&title)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_not_printed() {
        assert_eq!(printable("a\x1b[2Jb"), "a\u{fffd}[2Jb");
        assert_eq!(printable("tab\tok"), "tab\tok");
        assert_eq!(one_line("he\nsaid\x07"), "he said\u{fffd}");
    }
}
