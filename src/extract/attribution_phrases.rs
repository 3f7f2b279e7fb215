//! Phrases that credit the clause around them: "according to X" ("According to X,
//! CLAUSE", "CLAUSE, according to X") and a view owned in a phrase on "in" ("In his
//! view, CLAUSE", "CLAUSE, in Bolton's view", "in my personal opinion, CLAUSE", "in the
//! words of Jo Lee, CLAUSE").
//!
//! The one credited is the source, "according to" or the noun ("view", "words") the
//! cue, and the clause before or after the phrase the content.

use std::ops::Range;

use super::doc::Doc;
use super::indirect::{strip_commas_back, Reported};
use super::names::{self, is_possessive, Np, NpKind};

/// Nouns of a held or stated view.
const VIEWS: &[&str] = &[
    "assessment",
    "estimation",
    "judgment",
    "opinion",
    "view",
    "words",
];

/// Possessive pronouns that own a view: "in his view".
const OWNERS: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// "In his view, CLAUSE" / "CLAUSE, in Bolton's view" / "in the words of Lee, CLAUSE",
/// for the "in" at token `k`, within `start..end`.
pub(crate) fn in_view(doc: &Doc, start: usize, end: usize, k: usize) -> Option<Reported> {
    let (np, phrase_end, cue) = owned_view(doc, k, end).or_else(|| view_of(doc, k, end))?;
    // "The step, in his view, would be research": the clause around the phrase.
    let aside = k > start + 1
        && doc.is_punct(k - 1, ",")
        && doc.is_punct(phrase_end, ",")
        && phrase_end + 1 < end;
    let content = if aside {
        start..end
    } else {
        longer_side(doc, start, end, k, phrase_end)
    };
    // "But he insists that it, in his view, ...": a clause with a cue of its own is
    // that cue's to report.
    let cued = content
        .clone()
        .any(|i| doc.quote_of(i).is_none() && doc.verb(i).is_some_and(|v| v.is_speech()));
    (!cued).then_some(Reported {
        content,
        np,
        cue,
        lo: start,
    })
}

/// "in his (own) view", "in Professor Knittel's view": the owner, the token past the
/// phrase and the noun.
fn owned_view(doc: &Doc, k: usize, end: usize) -> Option<(Np, usize, Range<usize>)> {
    // The owner: a possessive pronoun, or a phrase of up to four words ending on a
    // possessive.
    let owner = (k + 1..end.min(k + 5)).find(|&j| {
        OWNERS.iter().any(|o| doc.is(j, o)) && j == k + 1
            || doc.is_word(j) && is_possessive(doc.word(j))
    })?;
    if (k + 1..owner).any(|j| !doc.is_word(j)) {
        return None;
    }
    // "in my personal opinion", "in his own view": one word before the noun.
    let noun = (owner + 1..end.min(owner + 3)).find(|&j| VIEWS.iter().any(|v| doc.is(j, v)))?;
    if noun > owner + 1 && !["own", "personal"].iter().any(|a| doc.is(owner + 1, a)) {
        return None;
    }
    let kind = if owner == k + 1 && !is_possessive(doc.word(owner)) {
        NpKind::Pronoun
    } else {
        NpKind::Phrase
    };
    let np = Np {
        tokens: k + 1..owner + 1,
        head: owner,
        kind,
        core_end: None,
    };
    Some((np, noun + 1, noun..noun + 1))
}

/// "in the view of Jo Lee", "in the words of the chairman": the phrase after "of".
fn view_of(doc: &Doc, k: usize, end: usize) -> Option<(Np, usize, Range<usize>)> {
    let noun = k + 2;
    let view =
        doc.is(k + 1, "the") && VIEWS.iter().any(|v| doc.is(noun, v)) && doc.is(noun + 1, "of");
    if !view {
        return None;
    }
    let np = names::after(doc, noun + 2, end)?;
    let phrase_end = np.tokens.end;
    Some((np, phrase_end, noun..noun + 1))
}

/// "according to X, CLAUSE" / "CLAUSE, according to X".
pub(crate) fn according_to(doc: &Doc, start: usize, end: usize, k: usize) -> Option<Reported> {
    let np = names::according_source(doc, k + 2, end)?;
    let content = longer_side(doc, start, end, k, np.tokens.end);
    Some(Reported {
        content,
        np,
        cue: k..k + 2,
        lo: start,
    })
}

/// For a phrase of attribution from token `k` to `phrase_end` inside `start..end`, the
/// longer of the clause before it and the clause after it (past its commas).
fn longer_side(doc: &Doc, start: usize, end: usize, k: usize, phrase_end: usize) -> Range<usize> {
    let before = start..strip_commas_back(doc, start, k);
    let mut rest = phrase_end;
    while rest < end && doc.is_punct(rest, ",") {
        rest += 1;
    }
    let after = rest..end;
    if before.len() >= after.len() {
        before
    } else {
        after
    }
}
