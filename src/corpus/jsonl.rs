//! News dumps as JSON Lines: one article per line, with at least `text`, and `title`,
//! `url`, `date`, `source` where present. A broken line is reported with its number and
//! skipped; the other lines are still read.

use serde::Deserialize;

use super::{text::split_paragraphs, Article, FileRead};

/// The fields read from one line of a dump; unknown fields are ignored.
#[derive(Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<serde_json::Value>,
    #[serde(default)]
    source: Option<String>,
}

/// Parses a JSON Lines dump; each good line becomes an article at `display:LINE`.
pub(super) fn parse(display: &str, text: &str) -> FileRead {
    let mut read = FileRead::default();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = match serde_json::from_str(line) {
            Ok(record) => record,
            Err(err) => {
                read.warnings.push(format!(
                    "{display}:{line_no}: skipped a broken JSON line: {err}"
                ));
                continue;
            }
        };
        if record.text.trim().is_empty() {
            read.warnings.push(format!(
                "{display}:{line_no}: skipped a record with empty text"
            ));
            continue;
        }
        read.articles
            .push(article_of(format!("{display}:{line_no}"), record));
    }
    read
}

fn article_of(path: String, record: Record) -> Article {
    let mut paragraphs = split_paragraphs(&record.text, 0);
    // A dump that separates paragraphs by single newlines has one block per line.
    if paragraphs.len() == 1 && record.text.trim().contains('\n') {
        paragraphs = split_lines(&record.text);
    }
    let title = record
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| first_words(&record.text));
    let date = record.date.and_then(|d| match d {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let source = record
        .source
        .or_else(|| super::text::outlet_of_title(&title));
    Article {
        path,
        title,
        source,
        date,
        url: record.url,
        text: record.text,
        paragraphs,
    }
}

/// One paragraph per non-blank line.
fn split_lines(text: &str) -> Vec<super::Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let s = start + lead;
            out.push(super::Paragraph {
                number: u32::try_from(out.len() + 1).unwrap_or(u32::MAX),
                span: s..s + trimmed.len(),
            });
        }
        start += line.len();
    }
    out
}

/// A stand-in title for a record without one: its first few words.
fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_line_and_reports_broken_ones() {
        let dump = concat!(
            r#"{"title": "One", "text": "First.\n\nSecond.", "source": "Daily Bugle", "date": "2024-01-02"}"#,
            "\n{not json\n",
            r#"{"text": "Untitled body text here."}"#,
            "\n"
        );
        let read = parse("dump.jsonl", dump);
        assert_eq!(read.articles.len(), 2);
        assert_eq!(read.warnings.len(), 1);
        assert!(
            read.warnings[0].starts_with("dump.jsonl:2:"),
            "{}",
            read.warnings[0]
        );
        let a = &read.articles[0];
        assert_eq!(a.path, "dump.jsonl:1");
        assert_eq!(a.source.as_deref(), Some("Daily Bugle"));
        assert_eq!(a.date.as_deref(), Some("2024-01-02"));
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(read.articles[1].path, "dump.jsonl:3");
        assert_eq!(read.articles[1].title, "Untitled body text here.");
    }

    #[test]
    fn single_newlines_separate_paragraphs_when_there_are_no_blank_lines() {
        let read = parse("d.jsonl", r#"{"text": "One.\nTwo.\nThree."}"#);
        assert_eq!(read.articles[0].paragraphs.len(), 3);
    }
}
