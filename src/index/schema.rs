//! The index schema and its analyzer. One tantivy document per (passage, attribution)
//! pair, so that a query on several attribution fields (`speaker:... quote:...`) can
//! only match fields of the same quote; a passage without quotes has one document.
//! All documents of a passage share its `pid`; the first (the primary) alone stores
//! what display needs, as one JSON blob.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::Index;

/// Name under which the English analyzer is registered with tantivy.
pub const ANALYZER: &str = "search_en";
/// Describes [`analyzer`]; recorded in the index so a different analyzer is detected.
pub const ANALYZER_SETTINGS: &str =
    "simple tokenizer, remove tokens over 40 bytes, lower-case, ASCII folding, English stemmer";
/// Bumped whenever the schema or the meaning of a field changes.
pub const FORMAT_VERSION: u32 = 1;
/// Names of the fast fields (tantivy reads fast fields by name).
pub const PID_FIELD: &str = "pid";
/// See [`PID_FIELD`].
pub const ARTICLE_FIELD: &str = "article";
/// See [`PID_FIELD`].
pub const SPEAKER_KEY_FIELD: &str = "speaker_key";
/// See [`PID_FIELD`].
pub const ANONYMOUS_FIELD: &str = "anonymous";

/// The English analyzer used for every text field: lower-casing, ASCII folding
/// ("Müller" finds "Muller") and stemming ("talks" finds "talk").
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
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
    /// Passage id, shared by all documents of a passage (fast, indexed).
    pub pid: Field,
    /// Passage id on the primary document only, to find it.
    pub primary: Field,
    /// Article id (a hash of its path), fast: counts articles per speaker.
    pub article: Field,
    /// Article path, raw (`dump.jsonl:3` for an article of a dump).
    pub path: Field,
    /// The file the article came from, raw: replacing or dropping a file's documents.
    pub file: Field,
    /// Publication date as `YYYYMMDD`, where known (indexed, fast).
    pub date: Field,
    /// Article title.
    pub title: Field,
    /// Article source (outlet).
    pub source: Field,
    /// Passage text.
    pub text: Field,
    /// The quoted words or reported clause of this document's attribution.
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
    /// "true" or "false", raw.
    pub anonymous: Field,
    /// Display data of the passage (JSON), primary document only.
    pub stored: Field,
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
        let pid = builder.add_u64_field(PID_FIELD, FAST | INDEXED);
        let primary = builder.add_u64_field("primary", INDEXED);
        let article = builder.add_u64_field(ARTICLE_FIELD, FAST);
        let path = builder.add_text_field("path", STRING);
        let file = builder.add_text_field("file", STRING);
        let date = builder.add_u64_field("date", INDEXED | FAST);
        let title = builder.add_text_field("title", english.clone());
        let source = builder.add_text_field("source", english.clone());
        let text = builder.add_text_field("text", english.clone());
        let quote = builder.add_text_field("quote", english.clone());
        let speaker = builder.add_text_field("speaker", english.clone());
        let speaker_key = builder.add_text_field(SPEAKER_KEY_FIELD, STRING | FAST);
        let mention = builder.add_text_field("mention", english.clone());
        let attribution = builder.add_text_field("attribution", english);
        let kind = builder.add_text_field("kind", STRING);
        let anonymous = builder.add_text_field(ANONYMOUS_FIELD, STRING | FAST);
        let stored = builder.add_text_field("stored", STORED);
        QuoteFields {
            schema: builder.build(),
            pid,
            primary,
            article,
            path,
            file,
            date,
            title,
            source,
            text,
            quote,
            speaker,
            speaker_key,
            mention,
            attribution,
            kind,
            anonymous,
            stored,
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
