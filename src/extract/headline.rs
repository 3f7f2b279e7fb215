//! Headlines. A headline has a grammar of its own, so the sentence rules of the body do
//! not run on it; two shapes carry an attribution:
//!
//! - a source, a colon and what it said: "Lee: Talks will resume next week";
//! - a source and a present-tense cue: "Lee Says Talks Will Resume", "Farmers warn of a
//!   dry summer";
//! - what is said, then the source and cue: "Talks will resume, Lee says".
//!
//! The source is resolved against the body's entity table, so "Lee" shows as the "Jo
//! Lee" the article names. A label before a colon ("Exclusive: ...", "Watch: ...") is
//! not a source.

use std::ops::Range;

use super::cues;
use super::entities::Entities;
use super::{Attribution, Kind};

/// Words that make what stands before a headline's colon a label, not a source, as
/// its first or last word: "Exclusive: ...", "The Latest: ...", "Budget Update: ...".
const LABELS: &[&str] = &[
    "analysis",
    "breaking",
    "briefing",
    "commentary",
    "editorial",
    "exclusive",
    "explainer",
    "factbox",
    "interview",
    "latest",
    "live",
    "newsletter",
    "opinion",
    "photos",
    "podcast",
    "preview",
    "recap",
    "related",
    "revealed",
    "review",
    "roundup",
    "timeline",
    "transcript",
    "update",
    "updated",
    "video",
    "watch",
];

/// The most words a headline's source may have.
const MAX_SOURCE_WORDS: usize = 5;

/// The attribution a headline carries, if any, as passage 0. `span` is the headline's
/// byte span in `text`.
pub(super) fn record(text: &str, span: Range<usize>, entities: &Entities) -> Option<Attribution> {
    let line = text.get(span.clone())?;
    let found = colon_source(line)
        .or_else(|| verb_source(line))
        .or_else(|| trailing_source(line))?;
    let content = trimmed(line, found.content)?;
    let mention = &line[found.source.clone()];
    let attribution = line[found.source.start..found.cue.end]
        .trim_end()
        .to_string();
    Some(Attribution {
        paragraph: 0,
        kind: Kind::Indirect,
        quote: span.start + content.start..span.start + content.end,
        speaker: Some(resolve(mention, entities)),
        mention: mention.to_string(),
        cue: line[found.cue].to_string(),
        attribution,
        anonymous: false,
    })
}

/// Byte spans, within the headline, of one attribution's parts.
struct Found {
    source: Range<usize>,
    cue: Range<usize>,
    content: Range<usize>,
}

/// "Lee: Talks will resume": a short capitalised source before the first colon.
fn colon_source(line: &str) -> Option<Found> {
    let colon = line.find(':')?;
    let source = line[..colon].trim_end();
    let start = source.len() - source.trim_start().len();
    let words: Vec<&str> = source.split_whitespace().collect();
    let is_label = |w: &&str| LABELS.contains(&w.to_lowercase().as_str());
    if words.len() > MAX_SOURCE_WORDS
        || !words.iter().all(|w| is_name_word(w))
        || words.first().is_none_or(is_label)
        || words.last().is_some_and(is_label)
    {
        return None;
    }
    Some(Found {
        source: start..source.len(),
        cue: colon..colon + 1,
        content: colon + 1..line.len(),
    })
}

/// "Lee Says Talks Will Resume": a capitalised subject of a few words, then a
/// present-tense cue ("says", "warns", "praises"; "warn" after a plural).
fn verb_source(line: &str) -> Option<Found> {
    let mut words = word_spans(line).take(MAX_SOURCE_WORDS + 1).peekable();
    let first = words.next()?;
    if !is_name_word(&line[first.clone()]) {
        return None;
    }
    let mut previous = first.clone();
    for word in words {
        let written = &line[word.clone()];
        if is_present_cue(&written.to_lowercase(), &line[previous.clone()]) {
            return Some(Found {
                source: first.start..previous.end,
                cue: word.clone(),
                content: word.end..line.len(),
            });
        }
        if !written
            .chars()
            .all(|c| c.is_alphanumeric() || "'’.-&".contains(c))
        {
            return None;
        }
        previous = word;
    }
    None
}

/// "Fares will rise, Mayor Pell says": what is said, a comma, then a source of a few
/// words and a present-tense cue ending the headline.
fn trailing_source(line: &str) -> Option<Found> {
    let body = line.trim_end_matches(|c: char| c.is_whitespace() || ".;".contains(c));
    let comma = body.rfind(", ")?;
    let tail: Vec<Range<usize>> = word_spans(&body[comma + 2..])
        .map(|w| comma + 2 + w.start..comma + 2 + w.end)
        .collect();
    let (cue, source) = tail.split_last()?;
    let (first, last) = (source.first()?, source.last()?);
    let words_ok = source.len() <= MAX_SOURCE_WORDS
        && source.iter().all(|w| {
            line[w.clone()]
                .chars()
                .all(|c| c.is_alphabetic() || "'’.-".contains(c))
        });
    (words_ok && is_present_cue(&line[cue.clone()].to_lowercase(), &line[last.clone()])).then(
        || Found {
            source: first.start..last.end,
            cue: cue.clone(),
            content: 0..comma,
        },
    )
}

/// Whether `word` (lower case) is a present-tense form of a reporting verb whose
/// subject may end in `before`: "says" after anything, "warn" after a plural.
fn is_present_cue(word: &str, before: &str) -> bool {
    let Some(verb) = cues::verb(word) else {
        return false;
    };
    if verb.needs_particle() || cues::is_participle(word) || cues::is_past_form(word) {
        return false;
    }
    word.ends_with('s') || (before.ends_with('s') && !before.ends_with("ss"))
}

/// A word that may be part of a name or a capitalised source: it starts with a capital
/// letter ("Lee", "Rep.", "NY").
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || "'’.-&".contains(c))
}

/// The byte spans of the words of `line`.
fn word_spans(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    line.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - line.as_ptr() as usize;
        start..start + w.len()
    })
}

/// `span` of `line` without surrounding spaces and a final full stop; `None` when
/// fewer than two words are left.
fn trimmed(line: &str, span: Range<usize>) -> Option<Range<usize>> {
    let part = line.get(span.clone())?;
    let lead = part.len() - part.trim_start().len();
    let body = part.trim().trim_end_matches('.');
    (body.split_whitespace().count() >= 2)
        .then(|| span.start + lead..span.start + lead + body.len())
}

/// The name to show for a headline's source: the full name of the person the body
/// names with that surname ("Lee" -> "Jo Lee"), else the source as written.
fn resolve(mention: &str, entities: &Entities) -> String {
    let surname = mention.split_whitespace().last().unwrap_or(mention);
    entities
        .person_by_surname(surname)
        .map(|e| e.display())
        .filter(|name| name.split_whitespace().count() > 1 && name.ends_with(surname))
        .filter(|name| mention.split_whitespace().all(|w| name.contains(w)))
        .unwrap_or_else(|| mention.to_string())
}
