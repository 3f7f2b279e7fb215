//! Human output of search hits: a heading per article (as ripgrep prints one per file),
//! then `¶N` and the passage, cut to its best window when long, with matched terms
//! highlighted, optional context paragraphs, and a line per attribution.

use std::io::{self, Write};

use super::human::{attribution_line, print_article_heading, Style};
use crate::index::StoredPassage;
use crate::search::{Copies, Hit};

/// Passages longer than this many chars are cut to a window around their matches.
const WINDOW: usize = 320;

/// A hit with the paragraphs printed around it.
pub struct HitWithContext<'a> {
    /// The hit.
    pub hit: &'a Hit,
    /// Paragraphs before it, in order.
    pub before: Vec<StoredPassage>,
    /// Paragraphs after it, in order.
    pub after: Vec<StoredPassage>,
}

/// Prints one hit; a heading first when its article differs from the previous hit's.
pub fn print_hit<W: Write>(
    out: &mut W,
    style: &Style,
    hit: &HitWithContext,
    previous_path: Option<&str>,
) -> io::Result<()> {
    let passage = &hit.hit.passage;
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
    } else if !hit.before.is_empty() || !hit.after.is_empty() {
        writeln!(out, "{}", style.dim("--"))?;
    }
    for context in &hit.before {
        print_context(out, style, context)?;
    }
    let locator = style.locator(&format!("\u{b6}{}", passage.paragraph));
    let (start, end) = best_window(&passage.text, &hit.hit.highlights, WINDOW);
    let shown = excerpt(style, &passage.text, &hit.hit.highlights, start, end);
    writeln!(out, "{locator}  {shown}")?;
    for attribution in &passage.attributions {
        writeln!(
            out,
            "    {} {}",
            style.dim("\u{2514}"),
            attribution_line(style, attribution, false)
        )?;
    }
    if let Some(line) = copies_line(&hit.hit.copies) {
        writeln!(out, "    {}", style.dim(&line))?;
    }
    for context in &hit.after {
        print_context(out, style, context)?;
    }
    Ok(())
}

/// "also in 2 other articles: a.txt, b.txt", for a passage other articles repeat.
fn copies_line(copies: &Copies) -> Option<String> {
    const SHOWN: usize = 3;
    let (count, paths) = (copies.count, &copies.paths);
    if count == 0 {
        return None;
    }
    let articles = if count == 1 { "article" } else { "articles" };
    let shown = paths[..paths.len().min(SHOWN)].join(", ");
    let more = count.saturating_sub(paths.len().min(SHOWN));
    Some(match more {
        0 => format!("also in {count} other {articles}: {shown}"),
        _ => format!("also in {count} other {articles}: {shown} and {more} more"),
    })
}

fn print_context<W: Write>(out: &mut W, style: &Style, passage: &StoredPassage) -> io::Result<()> {
    let (start, end) = best_window(&passage.text, &[], WINDOW);
    let text = excerpt(&Style::new(false), &passage.text, &[], start, end);
    writeln!(
        out,
        "{}  {}",
        style.dim(&format!("\u{b6}{}-", passage.paragraph)),
        style.dim(&text)
    )
}

/// The char range of `text` to show: all of it when short, otherwise the `width`-char
/// window holding the most highlights (the earliest such), widened to word boundaries.
pub fn best_window(text: &str, highlights: &[[usize; 2]], width: usize) -> (usize, usize) {
    let len = text.chars().count();
    if len <= width {
        return (0, len);
    }
    let mut best = (0usize, 0usize);
    for (i, &[start, _]) in highlights.iter().enumerate() {
        let inside = highlights[i..]
            .iter()
            .take_while(|&&[_, e]| e <= start + width)
            .count();
        if inside > best.1 {
            best = (start, inside);
        }
    }
    // Start a little before the first match, so it reads in context.
    let lead = width / 5;
    let mut start = best.0.saturating_sub(lead).min(len - width);
    let chars: Vec<char> = text.chars().collect();
    while start > 0 && !chars[start - 1].is_whitespace() {
        start -= 1;
    }
    let mut end = (start + width).min(len);
    while end < len && !chars[end].is_whitespace() {
        end += 1;
    }
    (start, end)
}

/// The chars `start..end` of `text`, matches highlighted, with an ellipsis where cut.
fn excerpt(
    style: &Style,
    text: &str,
    highlights: &[[usize; 2]],
    start: usize,
    end: usize,
) -> String {
    let piece: String = text.chars().skip(start).take(end - start).collect();
    let shifted: Vec<[usize; 2]> = highlights
        .iter()
        .filter(|&&[s, e]| s >= start && e <= end)
        .map(|&[s, e]| [s - start, e - start])
        .collect();
    let piece = super::human::printable(&piece).into_owned();
    let mut out = highlighted(style, piece.trim_end(), &shifted);
    if start > 0 {
        out = format!("\u{2026}{}", out.trim_start());
    }
    if end < text.chars().count() {
        out.push('\u{2026}');
    }
    out
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
    fn copies_are_counted_and_the_first_few_named() {
        let copies = |count: usize, paths: &[&str]| Copies {
            count,
            paths: paths.iter().map(|p| p.to_string()).collect(),
        };
        assert_eq!(copies_line(&copies(0, &[])), None);
        assert_eq!(
            copies_line(&copies(1, &["b/x.txt"])).as_deref(),
            Some("also in 1 other article: b/x.txt")
        );
        assert_eq!(
            copies_line(&copies(30, &["a", "b", "c", "d"])).as_deref(),
            Some("also in 30 other articles: a, b, c and 27 more")
        );
    }

    #[test]
    fn highlights_char_ranges_with_multibyte_text() {
        let style = Style::new(true);
        let text = "Caf\u{e9} talks resume";
        let out = highlighted(&style, text, &[[5, 10], [30, 40]]);
        assert_eq!(out, "Caf\u{e9} \x1b[1;31mtalks\x1b[0m resume");
        assert_eq!(highlighted(&Style::new(false), text, &[[5, 10]]), text);
    }

    #[test]
    fn short_passages_are_shown_whole() {
        assert_eq!(best_window("short text", &[[0, 5]], 50), (0, 10));
    }

    #[test]
    fn long_passages_are_cut_around_the_densest_matches() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i:02}")).collect();
        let text = words.join(" ");
        // Matches at words 80 and 82 (4 chars per word with its space).
        let highlights = [[4, 7], [320, 323], [328, 331]];
        let (start, end) = best_window(&text, &highlights, 60);
        assert!(start <= 320 && end >= 331, "{start}..{end}");
        assert!(end - start <= 64);
        let shown = excerpt(&Style::new(false), &text, &highlights, start, end);
        assert!(
            shown.starts_with('\u{2026}') && shown.ends_with('\u{2026}'),
            "{shown}"
        );
        assert!(shown.contains("w80") && shown.contains("w82"), "{shown}");
    }
}
