//! Turning an analysed article into index documents: one per (passage, attribution),
//! at least one per passage, the first of each passage storing what display needs.

use anyhow::Context;
use tantivy::{IndexWriter, TantivyDocument};

use super::schema::QuoteFields;
use super::{article_id, passage_id, StoredPassage};
use crate::analyze::{passage_text, Analyzed, CharCounter};
use crate::corpus::date_key;

/// Adds one document per (passage, attribution), at least one per passage, each
/// tagged with `file` so that the file's documents can be replaced together.
pub fn add_article(
    writer: &IndexWriter,
    fields: &QuoteFields,
    file: &str,
    analyzed: &Analyzed,
) -> anyhow::Result<()> {
    let article = &analyzed.article;
    let mut chars = CharCounter::new(&article.text);
    let article_id = article_id(&article.path);
    let date = article.date.as_deref().and_then(date_key);
    for (i, paragraph) in article.paragraphs.iter().enumerate() {
        let text = passage_text(article.paragraph_text(paragraph));
        let pid = passage_id(&article.path, paragraph.number);
        let attributions: Vec<_> = analyzed.attributions_of(i).cloned().collect();
        let stored = StoredPassage {
            path: article.path.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            paragraph: paragraph.number,
            text: text.clone(),
            start: chars.char_offset(paragraph.span.start),
            attributions,
        };
        let base = |doc: &mut TantivyDocument| {
            doc.add_u64(fields.pid, pid);
            doc.add_u64(fields.article, article_id);
            doc.add_text(fields.file, file);
            doc.add_text(fields.path, &article.path);
            if let Some(date) = date {
                doc.add_u64(fields.date, u64::from(date));
            }
            doc.add_text(fields.title, &article.title);
            if let Some(source) = &article.source {
                doc.add_text(fields.source, source);
            }
            doc.add_text(fields.text, &text);
        };
        let mut primary = TantivyDocument::default();
        base(&mut primary);
        primary.add_u64(fields.primary, pid);
        primary.add_text(
            fields.stored,
            serde_json::to_string(&stored).context("could not serialise a passage")?,
        );
        let mut docs = vec![primary];
        for (n, a) in stored.attributions.iter().enumerate() {
            if n > 0 {
                let mut doc = TantivyDocument::default();
                base(&mut doc);
                docs.push(doc);
            }
            let doc = docs.last_mut().expect("a document per attribution");
            doc.add_text(fields.quote, &a.quote);
            if let Some(speaker) = &a.speaker {
                doc.add_text(fields.speaker, speaker);
                doc.add_text(fields.speaker_key, speaker);
            }
            doc.add_text(fields.mention, &a.speaker_mention);
            doc.add_text(fields.attribution, &a.attribution);
            doc.add_text(fields.kind, &a.kind);
            doc.add_text(fields.anonymous, if a.anonymous { "true" } else { "false" });
        }
        for doc in docs {
            writer.add_document(doc)?;
        }
    }
    Ok(())
}
