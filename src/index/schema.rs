//! The index schema and its analyzer.
//!
//! Each passage is a block of adjacent documents: the passage document (its text,
//! article fields and everything display needs, stored once), then one document per
//! attribution in it (quote, speaker, mention, attribution, kind, anonymity). A query
//! about quotes runs over attribution documents and joins to their passage (see
//! `search::join`), so `speaker:"Marco Rubio" quote:talented` matches only a quote that
//! Marco Rubio said containing "talented", and the passage text is indexed once.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Index;

use super::english::English;

/// Name under which the English analyzer is registered with tantivy.
pub const ANALYZER: &str = "search_en";
/// Describes [`analyzer`]; recorded in the index so a different analyzer is detected.
pub const ANALYZER_SETTINGS: &str =
    "simple tokenizer, remove tokens over 40 bytes, lower-case, ASCII folding, English stemmer";
/// Words this long in bytes, or longer, are not indexed (a word of 40 letters is noise).
pub const MAX_WORD_BYTES: usize = 40;
/// Bumped whenever the schema or the meaning of a field changes.
pub const FORMAT_VERSION: u32 = 5;

/// Names of the fast fields (tantivy reads fast fields by name).
pub const BLOCK_FIELD: &str = "block";
/// See [`BLOCK_FIELD`].
pub const ARTICLE_FIELD: &str = "article";
/// See [`BLOCK_FIELD`].
pub const SPEAKER_KEY_FIELD: &str = "speaker_key";
/// See [`BLOCK_FIELD`].
pub const ANONYMOUS_FIELD: &str = "anonymous";
/// See [`BLOCK_FIELD`].
pub const TEXT_CHECK_FIELD: &str = "text_check";
/// See [`BLOCK_FIELD`].
pub const COPY_KEY_FIELD: &str = "copy_key";
/// See [`BLOCK_FIELD`].
pub const COPY_CHECK_FIELD: &str = "copy_check";

/// The `level` of a passage document.
pub const PASSAGE_LEVEL: &str = "passage";
/// The `level` of an attribution document.
pub const QUOTE_LEVEL: &str = "quote";
/// The `level` of a text document: one stored passage text, shared by every passage
/// with that text (wire copies, repeated boilerplate).
pub const TEXT_LEVEL: &str = "text";
/// The `level` of a copy document: a passage that repeats one indexed elsewhere word
/// for word (see `index::copies`), indexed by its article's path and paragraph only.
pub const COPY_LEVEL: &str = "copy";

/// Fields of attribution documents that a query may name.
pub const QUOTE_LEVEL_FIELDS: &[&str] = &[
    "quote",
    "speaker",
    "mention",
    "attribution",
    "kind",
    "anonymous",
];
/// Fields of passage documents that a query may name; the other fields are internal.
pub const PASSAGE_LEVEL_FIELDS: &[&str] = &[
    "text",
    "title",
    "source",
    "speakers",
    "path",
    "date",
    "paragraph",
];

/// The English analyzer used for every text field: words split at anything not a
/// letter or digit, words of [`MAX_WORD_BYTES`] or more left out, lower-casing, ASCII
/// folding ("Müller" finds "Muller") and stemming ("talks" finds "talk"), in one pass
/// (see `index::english`).
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::from(English::default())
}

/// Registers the analyzer with an index (needed after every create or open).
pub fn register_analyzer(index: &Index) {
    index.tokenizers().register(ANALYZER, analyzer());
}

/// The field handles, kept from schema building so nothing is looked up by name.
#[derive(Clone, Debug)]
pub struct QuoteFields {
    /// The schema these fields belong to.
    pub schema: Schema,
    /// "passage" or "quote": which kind of document this is.
    pub level: Field,
    /// Distance from the block's passage document (0 on the passage itself); fast.
    pub block: Field,
    /// Paragraph number (passage documents): with `path`, finds a passage.
    pub paragraph: Field,
    /// The file the article came from, raw, on every document: replacing or dropping
    /// a file's documents.
    pub file: Field,
    /// Article path, raw (`dump.jsonl:3` for an article of a dump), on passage
    /// documents.
    pub path: Field,
    /// Publication date as `YYYYMMDD`, where known.
    pub date: Field,
    /// Article title.
    pub title: Field,
    /// Article source (outlet).
    pub source: Field,
    /// Passage text.
    pub text: Field,
    /// The resolved speakers of the passage's attributions, so that plain words
    /// find a passage by who is quoted in it.
    pub speakers: Field,
    /// Display data of the passage (JSON, without the text).
    pub stored: Field,
    /// The key of a passage text (a 64-bit hash): on text documents, indexed.
    pub text_key: Field,
    /// A second, independent hash of the text, fast: tells a true match from a
    /// collision of keys.
    pub text_check: Field,
    /// A passage text, stored (text documents).
    pub body: Field,
    /// The key of a passage's content (a 64-bit hash of everything indexed about it
    /// but its article's path): on passage documents and on copy documents (the key of
    /// the passage they repeat); indexed and fast.
    pub copy_key: Field,
    /// A second, independent hash of the content, fast: tells a true copy from a
    /// collision of keys.
    pub copy_check: Field,
    /// The article's ordinal (numbered as indexed), on passage, attribution and copy
    /// documents; fast.
    pub article: Field,
    /// The quoted words or reported clause.
    pub quote: Field,
    /// The resolved speaker.
    pub speaker: Field,
    /// The resolved speaker, raw and fast, for listing speakers.
    pub speaker_key: Field,
    /// The speaker as written.
    pub mention: Field,
    /// The cue and source as written.
    pub attribution: Field,
    /// "direct" or "indirect", raw.
    pub kind: Field,
    /// "true" or "false", raw and fast.
    pub anonymous: Field,
}

impl QuoteFields {
    /// Builds the schema.
    pub fn new() -> Self {
        let mut builder = Schema::builder();
        let english = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        // Fields whose length says little about relevance (titles, names, cues): no
        // norms, which cost a byte per field on every document of a segment, passage
        // and attribution documents alike.
        let english_short = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions)
                .set_fieldnorms(false),
        );
        // Raw and numeric fields are matched, never ranked: no field norms.
        let raw = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        );
        let number = NumericOptions::default().set_indexed();
        let level = builder.add_text_field("level", raw.clone());
        let block = builder.add_u64_field(BLOCK_FIELD, FAST);
        let paragraph = builder.add_u64_field("paragraph", number.clone());
        let file = builder.add_text_field("file", raw.clone());
        let path = builder.add_text_field("path", raw.clone());
        let date = builder.add_u64_field("date", number.clone());
        let title = builder.add_text_field("title", english_short.clone());
        let source = builder.add_text_field("source", english_short.clone());
        let text = builder.add_text_field("text", english.clone());
        let speakers = builder.add_text_field("speakers", english_short.clone());
        let stored = builder.add_text_field("stored", STORED);
        let text_key = builder.add_u64_field("text_key", number.clone());
        let text_check = builder.add_u64_field(TEXT_CHECK_FIELD, FAST);
        let body = builder.add_text_field("body", STORED);
        let copy_key = builder.add_u64_field(COPY_KEY_FIELD, number.clone().set_fast());
        let copy_check = builder.add_u64_field(COPY_CHECK_FIELD, FAST);
        let article = builder.add_u64_field(ARTICLE_FIELD, FAST);
        let quote = builder.add_text_field("quote", english.clone());
        let speaker = builder.add_text_field("speaker", english_short.clone());
        // Read only as a column (listing speakers), never searched: not indexed.
        let speaker_key =
            builder.add_text_field(SPEAKER_KEY_FIELD, TextOptions::default().set_fast("raw"));
        let mention = builder.add_text_field("mention", english_short.clone());
        let attribution = builder.add_text_field("attribution", english_short);
        let kind = builder.add_text_field("kind", raw.clone());
        let anonymous = builder.add_text_field(ANONYMOUS_FIELD, raw.set_fast("raw"));
        QuoteFields {
            schema: builder.build(),
            level,
            block,
            paragraph,
            file,
            path,
            date,
            title,
            source,
            text,
            speakers,
            stored,
            text_key,
            text_check,
            body,
            copy_key,
            copy_check,
            article,
            quote,
            speaker,
            speaker_key,
            mention,
            attribution,
            kind,
            anonymous,
        }
    }

    /// The handles for an opened index's schema, checking that it is this schema.
    pub fn from_schema(schema: &Schema) -> Option<Self> {
        let fields = QuoteFields::new();
        (fields.schema == *schema).then_some(fields)
    }
}

impl Default for QuoteFields {
    fn default() -> Self {
        Self::new()
    }
}
