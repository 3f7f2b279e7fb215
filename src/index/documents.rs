//! Turning an analysed article into index documents: per passage, a block of the
//! passage document followed by one document per attribution (see `index::schema`).
//! An article's blocks go to the writer as one batch, which tantivy indexes into one
//! segment in order: that keeps each block's documents adjacent. A text document (see
//! `index::texts`) goes just before the first passage that needs it, outside any block.

use std::sync::Arc;

use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument};

use super::queue::{InFlight, QueuedDoc};
use super::schema::{QuoteFields, PASSAGE_LEVEL, QUOTE_LEVEL, TEXT_LEVEL};
use super::texts::{self, TextPlace, TextSet};
use super::StoredPassage;
use crate::analyze::{passage_text, Analyzed, CharCounter};
use crate::corpus::date_key;

/// Bytes a document costs while it waits, besides its strings.
const DOC_OVERHEAD: usize = 128;

/// Adds an article's passages and attributions, every document tagged with `file` so
/// that the file's documents can be replaced together, and the passage texts not yet
/// in `texts`. `ordinal` numbers the article (for counting articles per speaker). The
/// article waits for room in `flight` before it goes to the writer.
pub fn add_article(
    writer: &IndexWriter<QueuedDoc>,
    flight: &Arc<InFlight>,
    fields: &QuoteFields,
    texts: &mut TextSet,
    file: &str,
    analyzed: &Analyzed,
    ordinal: u64,
) -> anyhow::Result<()> {
    let article = &analyzed.article;
    let mut chars = CharCounter::new(&article.text);
    let date = article.date.as_deref().and_then(date_key);
    let mut batch = Vec::with_capacity(article.paragraphs.len() + analyzed.attributions.len());
    // What the documents hold, roughly: their strings and a fixed overhead each.
    let mut bytes = 0;
    // Where in the batch the first passage, which stores the article's fields, is.
    let mut first_passage = None;
    for (paragraph, attributions) in article.paragraphs.iter().zip(analyzed.by_paragraph()) {
        let stored = StoredPassage {
            path: article.path.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            paragraph: paragraph.number,
            text: passage_text(article.paragraph_text(paragraph)),
            start: chars.char_offset(paragraph.span.start),
            attributions: attributions.iter().map(|(_, a)| a.clone()).collect(),
        };
        let mut passage = TantivyDocument::default();
        passage.add_text(fields.level, PASSAGE_LEVEL);
        passage.add_u64(fields.block, 0);
        passage.add_u64(fields.paragraph, u64::from(paragraph.number));
        passage.add_text(fields.file, file);
        passage.add_text(fields.path, &article.path);
        if let Some(date) = date {
            passage.add_u64(fields.date, u64::from(date));
        }
        passage.add_text(fields.title, &article.title);
        if let Some(source) = &article.source {
            passage.add_text(fields.source, source);
        }
        passage.add_text(fields.text, &stored.text);
        for speaker in stored
            .attributions
            .iter()
            .filter_map(|a| a.speaker.as_deref())
        {
            passage.add_text(fields.speakers, speaker);
        }
        let (key, check) = texts::hashes(&stored.text);
        let key = match texts.place(fields, key, check)? {
            TextPlace::Shared(key, is_new) => {
                if is_new {
                    let mut text = TantivyDocument::default();
                    text.add_text(fields.level, TEXT_LEVEL);
                    text.add_u64(fields.text_key, key);
                    text.add_u64(fields.text_check, check);
                    text.add_text(fields.body, &stored.text);
                    bytes += DOC_OVERHEAD + stored.text.len();
                    batch.push(UserOperation::Add(QueuedDoc::new(text)));
                }
                Some(key)
            }
            TextPlace::Inline => None,
        };
        let head = first_passage.and_then(|at| u32::try_from(batch.len() - at).ok());
        first_passage.get_or_insert(batch.len());
        let json = stored.to_json(key, head);
        bytes += DOC_OVERHEAD + json.len() + stored.text.len() + article.title.len();
        passage.add_text(fields.stored, json);
        batch.push(UserOperation::Add(QueuedDoc::new(passage)));
        for (n, a) in stored.attributions.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_text(fields.level, QUOTE_LEVEL);
            doc.add_u64(fields.block, n as u64 + 1);
            doc.add_text(fields.file, file);
            doc.add_u64(fields.article, ordinal);
            doc.add_text(fields.quote, &a.quote);
            if let Some(speaker) = &a.speaker {
                doc.add_text(fields.speaker, speaker);
                doc.add_text(fields.speaker_key, speaker);
            }
            doc.add_text(fields.mention, &a.speaker_mention);
            doc.add_text(fields.attribution, &a.attribution);
            doc.add_text(fields.kind, &a.kind);
            doc.add_text(fields.anonymous, if a.anonymous { "true" } else { "false" });
            bytes += DOC_OVERHEAD
                + a.quote.len()
                + a.attribution.len()
                + a.speaker_mention.len()
                + 2 * a.speaker.as_ref().map_or(0, String::len);
            batch.push(UserOperation::Add(QueuedDoc::new(doc)));
        }
    }
    if let Some(UserOperation::Add(last)) = batch.last_mut() {
        last.carry(flight.admit(bytes));
    }
    writer.run(batch)?;
    Ok(())
}
