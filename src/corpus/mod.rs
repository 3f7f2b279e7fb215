//! Reading a corpus: walking a folder for article files and turning each file into
//! [`Article`]s (title, metadata, text and paragraph spans).
//!
//! This is the only module that reads article files. It knows nothing of quotes or
//! indexes: what it hands on is plain text with byte spans, which `extract` and `index`
//! consume.

mod date;
mod decode;
mod jsonl;
mod text;
mod walk;

use std::ops::Range;
use std::path::Path;

use anyhow::Context;

pub use date::{date_key, format_date_key};
pub use decode::decode;
pub use walk::{is_article_file, walk, WalkEntry, WalkError};

/// One news article, ready for extraction and indexing.
///
/// Invariant: every paragraph span lies within `text` on char boundaries, spans are in
/// order and do not overlap.
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// Where the article came from, as shown to users: the file path, plus `:LINE` for
    /// an article taken from a line of a JSON Lines dump.
    pub path: String,
    /// The headline (first line of a text file, `title` of a JSON record).
    pub title: String,
    /// The outlet, from a JSON `source` field or an "Outlet: headline" title.
    pub source: Option<String>,
    /// Publication date as given (JSON `date` field), or found in the file name
    /// (`outlet_2016-09-12_slug.txt`), if any.
    pub date: Option<String>,
    /// URL (JSON `url` field), if any.
    pub url: Option<String>,
    /// The full text; all offsets refer to it. For a text file this is the whole
    /// decoded file, title line included, so char offsets match the file.
    pub text: String,
    /// The passages in reading order: the headline as number 0 when it is part of
    /// `text` (a text file's first line), then the body paragraphs numbered from 1.
    pub paragraphs: Vec<Paragraph>,
}

/// One passage of an article: a byte span of [`Article::text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Position in the article: 0 for the headline, 1 and up for the body paragraphs.
    pub number: u32,
    /// Byte span in the article text, trimmed of surrounding whitespace.
    pub span: Range<usize>,
}

impl Article {
    /// The text of one paragraph.
    pub fn paragraph_text(&self, paragraph: &Paragraph) -> &str {
        &self.text[paragraph.span.clone()]
    }

    /// The spans of all passages, headline included, as plain byte ranges.
    pub fn paragraph_spans(&self) -> Vec<Range<usize>> {
        self.paragraphs.iter().map(|p| p.span.clone()).collect()
    }

    /// The headline's span, when the headline is passage 0 (see [`Article::paragraphs`]).
    pub fn headline_span(&self) -> Option<Range<usize>> {
        self.paragraphs
            .first()
            .filter(|p| p.number == 0)
            .map(|p| p.span.clone())
    }

    /// The spans of the body paragraphs: with [`Article::headline_span`], what
    /// `extract::extract_article` takes.
    pub fn body_spans(&self) -> Vec<Range<usize>> {
        self.paragraphs
            .iter()
            .filter(|p| p.number > 0)
            .map(|p| p.span.clone())
            .collect()
    }
}

/// What reading one file produced.
#[derive(Debug, Default)]
pub struct FileRead {
    /// The articles found (one for a text file, one per good line of a JSON dump).
    pub articles: Vec<Article>,
    /// The legacy encoding the file was decoded from, if it was not UTF-8.
    pub legacy_encoding: Option<&'static str>,
    /// Problems that did not stop the file from being read (a broken JSON line).
    pub warnings: Vec<String>,
}

/// Reads one article file: decodes it and parses it by extension (`.jsonl` as a news
/// dump, anything else as a plain text article).
///
/// Errors when the file cannot be read or holds nothing to index (empty, binary).
pub fn read_file(path: &Path) -> anyhow::Result<FileRead> {
    let bytes =
        std::fs::read(path).with_context(|| format!("{}: could not read", path.display()))?;
    let display = path.display().to_string();
    parse_bytes(&display, &bytes, is_jsonl(path))
}

/// Why a file holds nothing to index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// No bytes, or only whitespace.
    Empty,
    /// NUL bytes: not text.
    Binary,
    /// Text, but no article in it (a JSON Lines dump whose lines all failed).
    NoArticle,
}

impl Unusable {
    /// A short name for summaries ("2 empty, 1 binary").
    pub fn label(self) -> &'static str {
        match self {
            Unusable::Empty => "empty",
            Unusable::Binary => "binary",
            Unusable::NoArticle => "without articles",
        }
    }
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Unusable::Empty => "file is empty",
            Unusable::Binary => "looks like a binary file (contains NUL bytes)",
            Unusable::NoArticle => "no article text found",
        })
    }
}

impl std::error::Error for Unusable {}

/// Parses the bytes of an article file; `display` names it in articles and messages.
/// A file with nothing to index fails with an [`Unusable`] in the error chain.
pub fn parse_bytes(display: &str, bytes: &[u8], jsonl: bool) -> anyhow::Result<FileRead> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(anyhow::Error::new(Unusable::Empty).context(display.to_string()));
    }
    if bytes.contains(&0) {
        return Err(anyhow::Error::new(Unusable::Binary).context(display.to_string()));
    }
    let (text, legacy_encoding) = decode(bytes);
    let mut read = if jsonl {
        jsonl::parse(display, &text)
    } else {
        FileRead {
            articles: text::parse(display, text.into_owned())
                .into_iter()
                .collect(),
            ..FileRead::default()
        }
    };
    read.legacy_encoding = legacy_encoding;
    if !jsonl {
        let name = display.rsplit(['/', '\\']).next().unwrap_or(display);
        for article in &mut read.articles {
            article.date = date_key(name).map(format_date_key);
        }
    }
    if read.articles.is_empty() && read.warnings.is_empty() {
        return Err(anyhow::Error::new(Unusable::NoArticle).context(display.to_string()));
    }
    Ok(read)
}

/// Whether `path` is read as a JSON Lines news dump (by extension).
pub fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}
