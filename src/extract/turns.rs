//! Transcript turns: paragraphs that open on their speaker's name and a colon.
//!
//! Debate and panel transcripts give each turn its own paragraph: "JO LEE: We won the
//! vote.", "Kim: Well, that is news." The name is the source, the colon the cue, the
//! rest of the paragraph the content. The words are the speaker's own but carry no
//! quote marks, so a turn is an indirect record, as "according to" is. A name in
//! capitals is resolved to the person the article names ("LEE" -> "Jo Lee"), else to
//! the speaker's longest label ("JO LEE").
//!
//! A colon after a short capitalised phrase is also a heading ("Update: ...", "Lee:
//! Win big.") or a list ("Lee: 1,200."), so a label counts only inside a dialogue: among
//! the paragraphs of an article whose labels have the same shape (names in capitals,
//! names in title case), at least two different speakers, one of them speaking twice.
//! Content opening on a digit or a quote mark is no turn (a count, or a quote that
//! `attribution` takes). A paragraph that already holds an attribution keeps it alone:
//! the turn would cover, and outrank, the attributions inside it. "Q:" and "A:" turns
//! are left alone (an interview's questions and answers are not annotated alike).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::attribution::Source;
use super::doc::Doc;
use super::entities::Entities;
use super::lexicon::Class;
use super::names::{Np, NpKind};
use super::speaker;
use super::tokens::Tag;
use super::word_key::with_key;
use super::{Attribution, Kind};

/// The most words a speaker label has ("Mary Ann Van Dyke").
const MAX_LABEL_WORDS: usize = 4;

/// Words that open headings, notes and lists, not turns: "Update:", "Editor's note:".
const NOT_SPEAKERS: &[&str] = &[
    "advertisement",
    "clarification",
    "contact",
    "correction",
    "credit",
    "editor",
    "email",
    "note",
    "photo",
    "photos",
    "related",
    "result",
    "source",
    "sources",
    "transcript",
    "update",
    "video",
    "watch",
];

/// How a label is written; a dialogue keeps to one shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Shape {
    /// A name in capitals: "JO LEE".
    Capitals,
    /// A name in title case: "Jo Lee".
    Title,
}

/// One paragraph that opens on a label and a colon.
struct Turn {
    /// Tokens of the label.
    label: Range<usize>,
    /// The colon token.
    colon: usize,
    /// Tokens of the content (without a closing full stop).
    content: Range<usize>,
    /// How the label is written.
    shape: Shape,
    /// The label's last word, lower case: the same speaker under a shorter label.
    key: String,
}

/// The records of every transcript turn of the article, in paragraphs that hold none
/// of the attributions `found`.
pub(crate) fn records(doc: &Doc, entities: &Entities, found: &[Attribution]) -> Vec<Attribution> {
    let turns: Vec<(usize, Turn)> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(p, range)| Some((p, turn(doc, range.clone())?)))
        .collect();
    if turns.is_empty() {
        return Vec::new();
    }
    let taken: HashSet<usize> = found.iter().map(|a| a.paragraph).collect();
    // Per shape, how often each speaker takes a turn.
    let mut counts: HashMap<Shape, HashMap<&str, usize>> = HashMap::new();
    for (_, t) in &turns {
        *counts
            .entry(t.shape)
            .or_default()
            .entry(t.key.as_str())
            .or_default() += 1;
    }
    let dialogue = |shape: &Shape| {
        counts
            .get(shape)
            .is_some_and(|c| c.len() >= 2 && c.values().any(|&n| n >= 2))
    };
    // Per speaker, the longest label: "JO LEE" for "LEE".
    let mut longest: HashMap<&str, &Range<usize>> = HashMap::new();
    for (_, t) in &turns {
        let best = longest.entry(t.key.as_str()).or_insert(&t.label);
        if t.label.len() > best.len() {
            *best = &t.label;
        }
    }
    turns
        .iter()
        .filter(|(p, t)| dialogue(&t.shape) && !taken.contains(p))
        .map(|(p, t)| {
            let full = longest.get(t.key.as_str()).map_or(&t.label, |l| *l);
            // A name in capitals: the person of that surname the article names.
            let named = entities.person_by_surname(&t.key).map(|e| e.display());
            record(
                doc,
                entities,
                *p,
                t,
                named.unwrap_or_else(|| doc.slice(full.clone()).to_string()),
            )
        })
        .collect()
}

/// The turn paragraph `range` opens, if it does: "Kim: Well, that is news."
fn turn(doc: &Doc, range: Range<usize>) -> Option<Turn> {
    let start = range.start;
    let colon = (start + 1..range.end.min(start + MAX_LABEL_WORDS + 1))
        .find(|&i| !doc.is_word(i))
        .filter(|&i| doc.is_punct(i, ":"))?;
    // "10:30" is a time, not a label: the colon is followed by a space.
    let after = doc.tokens.get(colon)?.end();
    if !doc.text[after..].starts_with(char::is_whitespace) {
        return None;
    }
    let first = colon + 1;
    let mut end = range.end;
    if end > first && doc.is_punct(end - 1, ".") {
        end -= 1;
    }
    let opens_on_word = doc.tag(first) == Some(Tag::Word)
        && !doc.word(first).starts_with(|c: char| c.is_ascii_digit());
    if end <= first || !opens_on_word {
        return None;
    }
    let label = start..colon;
    let shape = shape(doc, label.clone())?;
    let key = doc.word(colon - 1).to_lowercase();
    Some(Turn {
        label,
        colon,
        content: first..end,
        shape,
        key,
    })
}

/// How the label `label` is written, if it can be a speaker's.
fn shape(doc: &Doc, label: Range<usize>) -> Option<Shape> {
    let words: Vec<&str> = label.clone().map(|i| doc.word(i)).collect();
    let head = label.end.checked_sub(1)?;
    let nameable = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
            && !w.ends_with("'s")
            && !w.ends_with("\u{2019}s")
            && !with_key(w, |k| NOT_SPEAKERS.contains(&k))
    });
    if !nameable || doc.is_in(head, Class::NOT_NAME.or(Class::DATE)) {
        return None;
    }
    let capitals = words.iter().all(|w| !w.chars().any(char::is_lowercase));
    Some(if capitals {
        Shape::Capitals
    } else {
        Shape::Title
    })
}

/// The record of one turn: the label as written, resolved to the name the article gave
/// the speaker ("Lee" -> "Jo Lee"); a name in capitals to the person of that surname
/// ("LEE" -> "Jo Lee"), given as `capitals`, else to the speaker's longest label.
fn record(
    doc: &Doc,
    entities: &Entities,
    paragraph: usize,
    t: &Turn,
    capitals: String,
) -> Attribution {
    let mention = doc.slice(t.label.clone()).to_string();
    let np = Np {
        tokens: t.label.clone(),
        head: t.colon - 1,
        kind: NpKind::Phrase,
        core_end: None,
    };
    let who = speaker::resolve(doc, entities, &np, t.label.start);
    let speaker = match t.shape {
        Shape::Capitals => Some(capitals),
        Shape::Title => who.name,
    };
    let last = t.content.end.saturating_sub(1);
    Attribution {
        paragraph,
        kind: Kind::Indirect,
        quote: doc.span(t.content.start, last),
        speaker,
        mention,
        cue: doc.word(t.colon).to_string(),
        attribution: doc.slice(t.label.start..t.colon + 1).to_string(),
        anonymous: who.anonymous && t.shape == Shape::Title,
    }
}

/// A quote that opens on a transcript label in capitals, its speaker: "“WALLACE: Let’s
/// start with the news.”" (a transcript quoted whole, a paragraph per turn). The label is
/// the source and its colon the cue.
pub(super) fn quoted_label(doc: &Doc, open: usize, after: usize) -> Option<Source> {
    let first = open + 1;
    let colon = (first..after.min(first + MAX_LABEL_WORDS + 1)).find(|&k| !doc.is_word(k))?;
    let shouted = colon > first && shape(doc, first..colon) == Some(Shape::Capitals);
    (shouted && doc.is_punct(colon, ":")).then(|| Source {
        np: Some(Np {
            tokens: first..colon,
            head: colon - 1,
            kind: NpKind::Phrase,
            core_end: None,
        }),
        cue: colon..colon + 1,
        lo: first,
        guess: false,
    })
}
