//! The stored form of a passage: the JSON its document keeps for display.
//!
//! Most of what an attribution says is already in the passage: the quote is a span of
//! the text, the attribution ("Jo Lee, the mayor, said") usually stands in it word for
//! word, and the mention, cue and speaker ("Jo Lee", "said") stand inside the
//! attribution. Such strings are stored as a span (`[start, end]`, byte offsets) of the
//! string that holds them, and only the rest is written out. Where passage texts are
//! shared (see `index::texts`) the passage stores no text, and written-out attributions
//! would be most of what it stores.

use std::sync::Arc;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tantivy::schema::document::{DeserializeError, DocumentDeserialize, DocumentDeserializer};
use tantivy::schema::OwnedValue;

use super::StoredPassage;
use crate::output::wire::AttributionRecord;

/// Strings shorter than this are written out: a span would not be shorter.
const MIN_SPAN: usize = 6;

/// The stored form of a passage. The article's fields (path, title, source, date,
/// URL) are stored with its first passage; each later passage stores `head` instead,
/// how many documents back that first passage is. An article's documents are indexed
/// as one batch, which tantivy keeps adjacent and in order, and they are deleted
/// together, so the distance holds through merges.
#[derive(Serialize, Deserialize)]
struct StoredForm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    /// Documents back to the passage holding the article's fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    head: Option<u32>,
    paragraph: u32,
    /// The text, when it is not in a text document (see `index::texts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    /// The key of the text document holding the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<u64>,
    start: usize,
    attributions: Vec<StoredAttribution>,
}

/// The article's fields of a [`StoredForm`], read alone from the passage holding them
/// (the rest of it is skipped, not parsed): what later passages of the article share.
#[derive(Debug, Deserialize)]
pub struct ArticleHead {
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// An attribution in the stored form: [`AttributionRecord`] without `quote` (a span
/// of the text, from `start` and `end`), its other strings as [`Piece`]s.
#[derive(Serialize, Deserialize)]
struct StoredAttribution {
    kind: String,
    /// Within the attribution.
    speaker: Option<Piece>,
    /// Within the attribution.
    speaker_mention: Piece,
    /// Within the attribution.
    cue: Piece,
    /// Within the passage text.
    attribution: Piece,
    anonymous: bool,
    start: usize,
    end: usize,
}

/// A string, written out or as the byte span of a string that holds it: in JSON, a
/// string or a pair of numbers.
#[derive(Serialize)]
#[serde(untagged)]
enum Piece {
    Span([usize; 2]),
    Text(String),
}

/// Reads a [`Piece`] by what the JSON holds, without serde's trial and error for
/// untagged enums (which builds an error for every string it reads).
impl<'de> Deserialize<'de> for Piece {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PieceVisitor;
        impl<'de> serde::de::Visitor<'de> for PieceVisitor {
            type Value = Piece;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a [start, end] span")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Piece, E> {
                Ok(Piece::Text(s.to_string()))
            }

            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Piece, E> {
                Ok(Piece::Text(s))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Piece, A::Error> {
                let mut next = || -> Result<usize, A::Error> {
                    seq.next_element()?
                        .ok_or_else(|| serde::de::Error::custom("a span needs a start and an end"))
                };
                let span = [next()?, next()?];
                Ok(Piece::Span(span))
            }
        }
        deserializer.deserialize_any(PieceVisitor)
    }
}

impl Piece {
    /// `s` as a span of `host` where it stands there, else written out.
    fn within(s: &str, host: &str) -> Piece {
        if s.len() >= MIN_SPAN {
            // A byte match of one UTF-8 string in another lies on char boundaries.
            if let Some(at) = memchr::memmem::find(host.as_bytes(), s.as_bytes()) {
                return Piece::Span([at, at + s.len()]);
            }
        }
        Piece::Text(s.to_string())
    }

    /// The string, cut out of `host` if it is a span.
    fn resolve(self, host: &str) -> anyhow::Result<String> {
        match self {
            Piece::Text(s) => Ok(s),
            Piece::Span([from, to]) => host
                .get(from..to)
                .map(str::to_string)
                .context("the index is damaged: a stored span is out of its text"),
        }
    }
}

impl ArticleHead {
    /// Reads the article's fields from the JSON of the passage holding them.
    pub fn from_json(json: &str) -> anyhow::Result<Self> {
        parse(json)
    }
}

impl StoredPassage {
    /// The JSON the passage document stores: its text inline, or the key of the text
    /// document that holds it; the article's fields, or `head`, how many documents
    /// back the passage holding them is.
    pub fn to_json(&self, key: Option<u64>, head: Option<u32>) -> String {
        // The first passage of an article holds the article's fields.
        let first = head.is_none();
        let own = |field: &Option<String>| field.clone().filter(|_| first);
        let form = StoredForm {
            path: first.then(|| self.path.clone()),
            title: first.then(|| self.title.clone()),
            source: own(&self.source),
            date: own(&self.date),
            url: own(&self.url),
            head,
            paragraph: self.paragraph,
            text: key.is_none().then(|| self.text.clone()),
            key,
            start: self.start,
            attributions: self
                .attributions
                .iter()
                .map(|a| StoredAttribution {
                    kind: a.kind.clone(),
                    speaker: a
                        .speaker
                        .as_deref()
                        .map(|s| Piece::within(s, &a.attribution)),
                    speaker_mention: Piece::within(&a.speaker_mention, &a.attribution),
                    cue: Piece::within(&a.cue, &a.attribution),
                    attribution: Piece::within(&a.attribution, &self.text),
                    anonymous: a.anonymous,
                    start: a.start,
                    end: a.end,
                })
                .collect(),
        };
        serde_json::to_string(&form).expect("a passage serialises to JSON")
    }

    /// Reads what [`StoredPassage::to_json`] wrote, fetching the text by its key with
    /// `text_of` and the JSON of the passage holding the article's fields with
    /// `head_of` (given how many documents back it is), and cutting each quote and span
    /// out of the text.
    pub fn from_json(
        json: &str,
        text_of: impl FnOnce(u64) -> anyhow::Result<String>,
        head_of: impl FnOnce(u32) -> anyhow::Result<Arc<ArticleHead>>,
    ) -> anyhow::Result<Self> {
        let mut form: StoredForm = parse(json)?;
        if let Some(back) = form.head {
            let head = head_of(back)?;
            form.path.clone_from(&head.path);
            form.title.clone_from(&head.title);
            form.source.clone_from(&head.source);
            form.date.clone_from(&head.date);
            form.url.clone_from(&head.url);
        }
        let (Some(path), Some(title)) = (form.path, form.title) else {
            anyhow::bail!("the index is damaged: a passage has no article");
        };
        let text = match (form.text, form.key) {
            (Some(text), _) => text,
            (None, Some(key)) => text_of(key)?,
            (None, None) => anyhow::bail!("the index is damaged: a passage has no text"),
        };
        // Char offsets to byte offsets: the same in ASCII text, the most of news.
        let ascii = text.is_ascii();
        let starts: Vec<usize> = match ascii {
            true => Vec::new(),
            false => text.char_indices().map(|(b, _)| b).collect(),
        };
        let byte_at = |c: usize| match ascii {
            true => c.min(text.len()),
            false => starts.get(c).copied().unwrap_or(text.len()),
        };
        let attributions = form
            .attributions
            .into_iter()
            .map(|a| {
                let from = byte_at(a.start.saturating_sub(form.start));
                let to = byte_at(a.end.saturating_sub(form.start)).max(from);
                let attribution = a.attribution.resolve(&text)?;
                Ok(AttributionRecord {
                    quote: text[from..to].to_string(),
                    kind: a.kind,
                    speaker: a.speaker.map(|s| s.resolve(&attribution)).transpose()?,
                    speaker_mention: a.speaker_mention.resolve(&attribution)?,
                    cue: a.cue.resolve(&attribution)?,
                    attribution,
                    anonymous: a.anonymous,
                    start: a.start,
                    end: a.end,
                })
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(StoredPassage {
            path,
            title,
            source: form.source,
            date: form.date,
            url: form.url,
            paragraph: form.paragraph,
            text,
            start: form.start,
            attributions,
        })
    }
}

/// The string a document stores in `field` (passage and text documents store one
/// string each), read without building the whole document.
pub fn stored_string(
    searcher: &tantivy::Searcher,
    address: tantivy::DocAddress,
    field: tantivy::schema::Field,
) -> anyhow::Result<Option<String>> {
    struct OneString(Vec<(tantivy::schema::Field, String)>);
    impl DocumentDeserialize for OneString {
        fn deserialize<'de, D>(mut deserializer: D) -> Result<Self, DeserializeError>
        where
            D: DocumentDeserializer<'de>,
        {
            let mut strings = Vec::with_capacity(1);
            while let Some((field, value)) = deserializer.next_field::<OwnedValue>()? {
                if let OwnedValue::Str(s) = value {
                    strings.push((field, s));
                }
            }
            Ok(OneString(strings))
        }
    }
    let OneString(strings) = searcher.doc(address)?;
    Ok(strings
        .into_iter()
        .find(|(f, _)| *f == field)
        .map(|(_, s)| s))
}

/// A stored passage's JSON, parsed (whole, or only its article's fields).
fn parse<'a, T: Deserialize<'a>>(json: &'a str) -> anyhow::Result<T> {
    serde_json::from_str(json).context("the index is damaged: a stored passage does not parse")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(
        span: (usize, usize),
        speaker: Option<&str>,
        mention: &str,
        cue: &str,
        attribution: &str,
    ) -> AttributionRecord {
        AttributionRecord {
            kind: "direct".to_string(),
            quote: String::new(),
            speaker: speaker.map(str::to_string),
            speaker_mention: mention.to_string(),
            cue: cue.to_string(),
            attribution: attribution.to_string(),
            anonymous: false,
            start: span.0,
            end: span.1,
        }
    }

    /// A passage starting at char 100 of its article, its quotes cut from its text.
    fn passage(text: &str, mut attributions: Vec<AttributionRecord>) -> StoredPassage {
        let chars: Vec<char> = text.chars().collect();
        for a in &mut attributions {
            a.quote = chars[a.start - 100..a.end - 100].iter().collect();
        }
        StoredPassage {
            path: "a.txt".to_string(),
            title: "Ferry plans".to_string(),
            source: None,
            date: None,
            url: None,
            paragraph: 2,
            text: text.to_string(),
            start: 100,
            attributions,
        }
    }

    #[test]
    fn strings_found_in_the_passage_are_stored_as_spans_and_read_back() {
        let text = "“The ferry will run all winter,” Mayor Jo Lee told reporters on Monday.";
        let original = passage(
            text,
            vec![record(
                (101, 130),
                Some("Jo Lee"),
                "Mayor Jo Lee",
                "told",
                "Mayor Jo Lee told reporters",
            )],
        );
        let json = original.to_json(None, None);
        assert_eq!(json.matches("Mayor Jo Lee").count(), 1, "{json}");
        let back = StoredPassage::from_json(&json, |_| unreachable!(), |_| unreachable!()).unwrap();
        assert_eq!(back, original);
    }

    #[test]
    fn strings_not_in_the_passage_are_written_out() {
        let text = "“We will not close the pier,” she said, after the vote.";
        let original = passage(
            text,
            vec![record(
                (101, 127),
                Some("Ana Ortiz-Müller"),
                "she",
                "said",
                "she said",
            )],
        );
        let json = original.to_json(Some(7), None);
        assert!(json.contains("Ana Ortiz-Müller"), "{json}");
        let back = StoredPassage::from_json(
            &json,
            |key| {
                assert_eq!(key, 7);
                Ok(text.to_string())
            },
            |_| unreachable!(),
        )
        .unwrap();
        assert_eq!(back, original);
    }

    #[test]
    fn a_span_outside_its_text_is_reported_as_damage() {
        let json = r#"{"path":"a","title":"t","source":null,"date":null,"url":null,
            "paragraph":1,"text":"short","start":0,"attributions":[{"kind":"direct",
            "speaker":null,"speaker_mention":"","cue":"","attribution":[2,90],
            "anonymous":false,"start":0,"end":1}]}"#;
        let err =
            StoredPassage::from_json(json, |_| unreachable!(), |_| unreachable!()).unwrap_err();
        assert!(format!("{err:#}").contains("damaged"), "{err:#}");
    }

    #[test]
    fn later_passages_take_the_article_fields_from_the_first() {
        let mut first = passage("The council met.", vec![]);
        first.paragraph = 1;
        first.source = Some("Harbour Gazette".to_string());
        first.date = Some("2025-03-01".to_string());
        let mut later = first.clone();
        later.paragraph = 4;
        later.text = "It voted to keep the ferry.".to_string();
        let head = first.to_json(None, None);
        let json = later.to_json(None, Some(5));
        assert!(
            !json.contains("Ferry plans") && !json.contains("Gazette"),
            "{json}"
        );
        let back = StoredPassage::from_json(
            &json,
            |_| unreachable!(),
            |back| {
                assert_eq!(back, 5);
                ArticleHead::from_json(&head).map(Arc::new)
            },
        )
        .unwrap();
        assert_eq!(back, later);
    }

    #[test]
    fn a_passage_without_its_article_is_reported_as_damage() {
        let later = passage("It voted to keep the ferry.", vec![]);
        let json = later.to_json(None, Some(2));
        let orphan = later.to_json(None, Some(1));
        let err = StoredPassage::from_json(
            &json,
            |_| unreachable!(),
            |_| ArticleHead::from_json(&orphan).map(Arc::new),
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("damaged"), "{err:#}");
    }
}
