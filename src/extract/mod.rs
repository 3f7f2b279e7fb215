//! Attribution extraction: plain text in, quotes with their speakers and cues out.
//!
//! Pure and deterministic: no I/O, no tantivy. The caller hands over an article's text
//! and its paragraph spans; the extractor returns every attribution it finds, direct
//! (words inside quote marks) and indirect ("according to X, ..."), with byte spans into
//! that text.

mod addressee;
mod adverbs;
mod after_quote;
mod appositives;
mod asked;
mod attribution;
mod attribution_phrases;
mod bracketed;
mod chains;
mod clause_start;
mod clause_subject;
mod clause_verb;
mod clauses;
mod cues;
mod dated_subjects;
mod doc;
mod entities;
mod fixed_phrases;
mod full_names;
mod given_names;
mod headline;
mod in_document;
mod indirect;
mod introducing;
mod inverted;
mod lexicon;
mod lists;
mod made_clear;
mod markup;
mod names;
mod naming;
mod nested;
mod noun_signs;
mod noun_use;
mod np_words;
mod opening_lists;
mod participle_subject;
mod parties;
mod partitives;
mod places;
mod postmodified;
mod pronouns;
mod quote_edges;
mod quotes;
mod relative_ends;
mod run_on;
mod runs;
mod sentences;
mod shared_subject;
mod shares;
mod slashed;
mod slots;
mod sources;
mod speaker;
mod subject_clauses;
mod subject_words;
mod subjects;
mod tails;
mod that_clauses;
mod tokens;
mod turns;
mod word_class;
mod word_key;

use std::ops::Range;

use serde::Serialize;

use doc::Doc;
use entities::Entities;

/// Whether the quote is the speaker's own words in quote marks, or reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Words inside quote marks.
    Direct,
    /// A reported clause: "according to X, ...", "X said that ...".
    Indirect,
}

impl Kind {
    /// The lower-case name used in output and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
        }
    }
}

/// One attribution found in an article.
///
/// Invariant: `quote` lies within the text on char boundaries and inside the paragraph
/// at index `paragraph`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Index (0-based) into the paragraph spans given to [`extract`].
    pub paragraph: usize,
    /// Direct or indirect.
    pub kind: Kind,
    /// Byte span of the quoted words (without the quote marks) or the reported clause.
    pub quote: Range<usize>,
    /// The speaker resolved to a name ("Marco Rubio"), or the description of an
    /// unnamed source ("a senior administration official"); `None` if unknown.
    pub speaker: Option<String>,
    /// The speaker as written where the quote is attributed ("he", "The Secretary of
    /// State"); empty if the quote has no attribution in the text.
    pub mention: String,
    /// The attribution cue ("said", "according to"); empty if none.
    pub cue: String,
    /// The cue and source as written ("he said", "according to two officials").
    pub attribution: String,
    /// Whether the source is unnamed ("one member of Congress", "sources").
    pub anonymous: bool,
}

/// Finds every attribution in an article.
///
/// `paragraphs` are byte spans of `text`, in order and non-overlapping; quotes and
/// cues never cross from one paragraph to another except where a quote reopens in the
/// next paragraph, and speakers are resolved against the whole article.
pub fn extract(text: &str, paragraphs: &[Range<usize>]) -> Vec<Attribution> {
    find(text, None, paragraphs)
}

/// Finds every attribution in an article and its headline: as [`extract`] over the
/// `body` paragraphs, plus the attribution the headline carries, if any ("Lee: Talks
/// will resume"). With a headline, paragraph indices count it as 0 and `body[i]` as
/// `i + 1`, as in a list of passages that starts with the headline.
pub fn extract_article(
    text: &str,
    headline: Option<Range<usize>>,
    body: &[Range<usize>],
) -> Vec<Attribution> {
    find(text, headline, body)
}

fn find(
    text: &str,
    headline: Option<Range<usize>>,
    paragraphs: &[Range<usize>],
) -> Vec<Attribution> {
    let doc = Doc::new(text, paragraphs);
    let entities = Entities::build(&doc);
    let mut reported = indirect::find(&doc);
    let mut out: Vec<Attribution> = attribution::attribute(&doc, &reported)
        .into_iter()
        .filter_map(|d| direct_record(&doc, &entities, &d))
        .filter(|a| !markup::is_attribute_value(text, &a.quote))
        .collect();
    // After the quotes took their sources from the clauses holding them.
    relative_ends::trim(&doc, &mut reported);
    // "Lee refused to say that ...": one clause, written with the whole chain of cues.
    let records: Vec<_> = reported
        .iter()
        .map(|r| indirect_record(&doc, &entities, r))
        .collect();
    let hung = chains::hung_verbs(
        &doc,
        reported
            .iter()
            .zip(&records)
            .filter(|(_, a)| a.is_some())
            .map(|(r, _)| r),
    );
    out.extend(
        reported
            .iter()
            .zip(records)
            .filter(|(r, _)| !hung.contains(&(r.cue.start, r.np.tokens.start, r.np.tokens.end)))
            .filter_map(|(_, a)| a),
    );
    let turns = turns::records(&doc, &entities, &out);
    out.extend(turns);
    if let Some(span) = headline {
        for a in &mut out {
            a.paragraph += 1;
        }
        out.extend(headline::record(text, span, &entities));
    }
    out.sort_by_key(|a| (a.quote.start, a.quote.end));
    out
}

/// A resolved name on one line: a name that runs over a line break of a hard-wrapped
/// article ("BP North\nAmerica") is the same name as on one line. The fields "as
/// written" keep the text's own spacing.
fn single_spaced(name: String) -> String {
    // A name is a few words: two spaces are sought a byte pair at a time, not with the
    // substring search built for long texts.
    let doubled = name.as_bytes().windows(2).any(|pair| pair == b"  ");
    if doubled || name.contains(|c: char| c.is_whitespace() && c != ' ') {
        name.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        name
    }
}

/// The record of one indirect attribution.
fn indirect_record(doc: &Doc, entities: &Entities, r: &indirect::Reported) -> Option<Attribution> {
    // "Lee said in a statement. “...”": only where it was said, which still hands the
    // speaker on to the quote after it.
    if r.content.is_empty() || clauses::is_circumstance(doc, r.cue.start, r.content.clone()) {
        return None;
    }
    let cue = chains::hung_on(doc, r.cue.clone());
    let quote = doc.span(r.content.start, r.content.end.checked_sub(1)?);
    let paragraph = doc.sentences[doc.sentence_of(r.content.start)?].paragraph;
    let who = speaker::resolve(doc, entities, &r.np, r.lo);
    let written = cue.start.min(r.np.tokens.start)..cue.end.max(r.np.tokens.end);
    Some(Attribution {
        paragraph,
        kind: Kind::Indirect,
        quote,
        speaker: who.name.map(single_spaced),
        mention: doc.slice(r.np.tokens.clone()).to_string(),
        cue: doc.slice(cue).to_string(),
        attribution: doc.slice(written).to_string(),
        anonymous: who.anonymous,
    })
}

/// The record of one direct quote.
fn direct_record(
    doc: &Doc,
    entities: &Entities,
    d: &attribution::DirectQuote,
) -> Option<Attribution> {
    let quote = doc.quotes.get(d.quote)?;
    let mut record = Attribution {
        paragraph: quote.paragraph,
        kind: Kind::Direct,
        quote: quote.span.clone(),
        speaker: None,
        mention: String::new(),
        cue: String::new(),
        attribution: String::new(),
        anonymous: false,
    };
    if let Some(source) = &d.source {
        let mut written = chains::written(doc, source.cue.clone());
        record.cue = doc.slice(written.clone()).to_string();
        if let Some(np) = &source.np {
            let who = speaker::resolve(doc, entities, np, source.lo);
            if source.guess && !who.person {
                return Some(record);
            }
            record.speaker = who.name.map(single_spaced);
            record.anonymous = who.anonymous;
            record.mention = doc.slice(np.tokens.clone()).to_string();
            written = written.start.min(np.tokens.start)..written.end.max(np.tokens.end);
        }
        record.attribution = doc.slice(written).to_string();
    }
    Some(record)
}

#[cfg(test)]
mod tests;
