//! Turning an analysed article into index documents: per passage, a block of the
//! passage document followed by one document per attribution (see `index::schema`).
//! An article's blocks go to the writer as one batch, which tantivy indexes into one
//! segment in order: that keeps each block's documents adjacent. A text document (see
//! `index::texts`) goes just before the first passage that needs it, outside any block.

use std::sync::Arc;

use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument};

use super::copies::{self, CopyForm, CopySet, Heir, Orphan, Place};
use super::queue::{InFlight, QueuedDoc};
use super::schema::{QuoteFields, COPY_LEVEL, PASSAGE_LEVEL, QUOTE_LEVEL, TEXT_LEVEL};
use super::texts::{self, TextPlace, TextSet};
use super::StoredPassage;
use crate::analyze::{passage_text, Analyzed, CharCounter};
use crate::corpus::date_key;

/// Bytes a document costs while it waits, besides its strings.
const DOC_OVERHEAD: usize = 128;

/// Adds an article's passages and attributions, every document tagged with `file` so
/// that the file's documents can be replaced together, and the passage texts not yet
/// in `sets`; a passage whose content is indexed already becomes a copy document.
/// `ordinal` numbers the article (for counting articles per speaker). The article
/// waits for room in `flight` before it goes to the writer.
pub fn add_article(
    writer: &IndexWriter<QueuedDoc>,
    flight: &Arc<InFlight>,
    fields: &QuoteFields,
    sets: &mut Sets,
    file: &str,
    analyzed: &Analyzed,
    ordinal: u64,
) -> anyhow::Result<()> {
    let article = &analyzed.article;
    let mut chars = CharCounter::new(&article.text);
    let mut batch = Vec::with_capacity(article.paragraphs.len() + analyzed.attributions.len());
    // What the documents hold, roughly: their strings and a fixed overhead each.
    let mut bytes = 0;
    // Where in the batch the first passage, which stores the article's fields, is.
    let mut first_passage = None;
    for (paragraph, attributions) in analyzed.passages() {
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
        let (key, check) = copies::hashes(&stored);
        let heir = || Heir {
            file: file.to_string(),
            path: article.path.clone(),
            ordinal,
        };
        match sets.copies.place(fields, key, check, heir)? {
            Place::Indexed => {
                let block = Block {
                    file,
                    ordinal,
                    key,
                    check,
                };
                bytes += block.push(
                    &mut batch,
                    fields,
                    &mut sets.texts,
                    &stored,
                    &mut first_passage,
                )?;
            }
            Place::Copy => {
                let first = first_passage.is_none();
                first_passage.get_or_insert(batch.len());
                let form = CopyForm::new(file, &stored, first).to_json();
                let mut copy = TantivyDocument::default();
                copy.add_text(fields.level, COPY_LEVEL);
                copy.add_text(fields.file, file);
                copy.add_text(fields.path, &article.path);
                copy.add_u64(fields.paragraph, u64::from(paragraph.number));
                copy.add_u64(fields.copy_key, key);
                copy.add_u64(fields.copy_check, check);
                copy.add_u64(fields.article, ordinal);
                bytes += DOC_OVERHEAD + form.len() + article.path.len();
                copy.add_text(fields.stored, form);
                batch.push(UserOperation::Add(QueuedDoc::new(copy)));
            }
        }
    }
    if let Some(UserOperation::Add(last)) = batch.last_mut() {
        last.carry(flight.admit(bytes));
    }
    writer.run(batch)?;
    Ok(())
}

/// Indexes `passage` again in the article of one of its copies, whose file stays
/// while the passage's goes (see `index::copies`). The copy document stays (it may
/// hold its article's fields for the article's other passages); a copy in the
/// passage's own article is not listed as a copy.
pub fn adopt(
    writer: &IndexWriter<QueuedDoc>,
    fields: &QuoteFields,
    texts: &mut TextSet,
    orphan: Orphan,
) -> anyhow::Result<()> {
    let Orphan {
        mut passage,
        key,
        check,
        heir,
    } = orphan;
    passage.path.clone_from(&heir.path);
    let block = Block {
        file: &heir.file,
        ordinal: heir.ordinal,
        key,
        check,
    };
    let mut batch = Vec::new();
    block.push(&mut batch, fields, texts, &passage, &mut None)?;
    writer.run(batch)?;
    Ok(())
}

/// What the index holds already, while building: the passage texts and contents.
pub struct Sets {
    /// Passage texts (see `index::texts`).
    pub texts: TextSet,
    /// Passage contents (see `index::copies`).
    pub copies: CopySet,
}

/// Where a passage block goes: its article's file and ordinal, its content hashes.
struct Block<'a> {
    file: &'a str,
    ordinal: u64,
    key: u64,
    check: u64,
}

impl Block<'_> {
    /// Pushes the documents of `stored`'s block (after the text document of its text,
    /// if that is new) onto `batch`; the passage stores its article's fields if
    /// `first_passage` is not set yet, and is then where it is set to. Returns the
    /// bytes the documents hold, roughly.
    fn push(
        &self,
        batch: &mut Vec<UserOperation<QueuedDoc>>,
        fields: &QuoteFields,
        texts: &mut TextSet,
        stored: &StoredPassage,
        first_passage: &mut Option<usize>,
    ) -> anyhow::Result<usize> {
        let mut bytes = 0;
        let mut passage = TantivyDocument::default();
        passage.add_text(fields.level, PASSAGE_LEVEL);
        passage.add_u64(fields.block, 0);
        passage.add_u64(fields.paragraph, u64::from(stored.paragraph));
        passage.add_text(fields.file, self.file);
        passage.add_text(fields.path, &stored.path);
        if let Some(date) = stored.date.as_deref().and_then(date_key) {
            passage.add_u64(fields.date, u64::from(date));
        }
        passage.add_text(fields.title, &stored.title);
        if let Some(source) = &stored.source {
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
        passage.add_u64(fields.article, self.ordinal);
        passage.add_u64(fields.copy_key, self.key);
        passage.add_u64(fields.copy_check, self.check);
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
        bytes += DOC_OVERHEAD + json.len() + stored.text.len() + stored.title.len();
        passage.add_text(fields.stored, json);
        batch.push(UserOperation::Add(QueuedDoc::new(passage)));
        for (n, a) in stored.attributions.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_text(fields.level, QUOTE_LEVEL);
            doc.add_u64(fields.block, n as u64 + 1);
            doc.add_text(fields.file, self.file);
            doc.add_u64(fields.article, self.ordinal);
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
        Ok(bytes)
    }
}
