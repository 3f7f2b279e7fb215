//! That-clauses held by a word that is no reporting verb: a stance ("Lee was adamant
//! that ...", "Lee expressed concern that ...") or a noun
//! of saying owned by its source ("his claim that ...", "Lee's warning that ...").

use std::ops::Range;

use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::{self, Np, NpKind};
use super::subjects;

/// Adjectives of a stance that take a that-clause after a form of "be".
#[rustfmt::skip]
const STANCE_ADJECTIVES: &[&str] = &[
    "adamant", "afraid", "aware", "certain", "concerned", "confident", "convinced",
    "doubtful", "fearful", "hopeful", "insistent", "optimistic", "skeptical", "sure",
    "unaware", "worried",
];

/// Nouns of a stance that a verb of expressing takes before a that-clause.
#[rustfmt::skip]
const STANCE_NOUNS: &[&str] = &[
    "concern", "concerns", "confidence", "doubt", "doubts", "fear", "fears", "hope",
    "hopes", "worries", "worry",
];

/// Verbs of expressing a stance noun ("expressed concern").
#[rustfmt::skip]
const EXPRESSING: &[&str] = &[
    "express", "expressed", "expresses", "expressing", "raise", "raised", "raises",
    "raising", "voice", "voiced", "voices", "voicing",
];

/// Nouns of what a claim holds, that a possessive source owns before a that-clause
/// ("his claim that"); not the nouns of its medium ("in his speech that").
#[rustfmt::skip]
const CLAIM_NOUNS: &[&str] = &[
    "accusation", "accusations", "admission", "allegation", "allegations", "argument",
    "assertion", "assertions", "assurance", "assurances", "belief", "charge", "claim",
    "claims", "complaint", "complaints", "conclusion", "contention", "criticism", "demand",
    "fear", "fears", "hope", "insistence", "pledge", "prediction", "promise", "suggestion",
    "view", "vow", "warning",
];

/// Forms of "be" and its like before a stance adjective.
#[rustfmt::skip]
const BE: &[&str] = &[
    "am", "appeared", "are", "be", "became", "become", "been", "being", "grew", "is",
    "remain", "remained", "remains", "seem", "seemed", "seems", "was", "were", "'re",
    "\u{2019}re", "'m", "\u{2019}m",
];

/// Words allowed between the verb and the stance word ("was not entirely sure").
#[rustfmt::skip]
const DEGREE: &[&str] = &[
    "absolutely", "also", "deeply", "entirely", "equally", "fairly", "fully", "increasingly",
    "less", "more", "never", "not", "now", "quite", "so", "still", "too", "very",
];

/// The attribution whose that-clause follows the stance or speech noun at token `k`,
/// looking back no further than `lo` and on to `end`.
#[inline]
pub(crate) fn find(doc: &Doc, lo: usize, end: usize, k: usize) -> Option<Reported> {
    // Asked of every word: the test most fail is kept where it is inlined.
    if !doc.is(k + 1, "that") || k + 2 >= end || !doc.is_word(k + 2) {
        return None;
    }
    before_that(doc, lo, end, k)
}

/// [`find`] once a word follows "that" after token `k`.
fn before_that(doc: &Doc, lo: usize, end: usize, k: usize) -> Option<Reported> {
    if let Some((np, cue)) = owned(doc, lo, k) {
        // The phrase is part of a clause of its own ("Despite his claim that X, the
        // firms ..."): its that-clause ends at the first stop.
        let stop = (k + 2..end)
            .find(|&i| {
                [",", ";", ":", "(", "\u{2014}"]
                    .iter()
                    .any(|p| doc.is_punct(i, p))
            })
            .unwrap_or(end);
        return Some(Reported {
            content: k + 2..stop,
            np,
            cue,
            lo,
        });
    }
    let (np, cue) = stance(doc, lo, k)?;
    Some(Reported {
        content: k + 2..end,
        np,
        cue,
        lo,
    })
}

/// "his claim that", "the mayor's warning that": a noun of saying after a possessive.
fn owned(doc: &Doc, lo: usize, k: usize) -> Option<(Np, Range<usize>)> {
    if !CLAIM_NOUNS.contains(&doc.word(k)) || k <= lo {
        return None;
    }
    let p = k - 1;
    let np = if ["his", "her", "their", "its", "my", "our"]
        .iter()
        .any(|w| doc.is(p, w))
    {
        Np::single(p, NpKind::Pronoun)
    } else if names::is_possessive(doc.word(p)) {
        let mut np = names::possessor(doc, p, lo)?;
        // "Despite Mr. Lee's claim", "that Lee's claim": the word before the name.
        while np.tokens.len() > 1
            && !doc.is_in(np.tokens.start, Class::TITLE)
            && (doc.is_in(np.tokens.start, Class::NOT_NAME)
                || doc.is(np.tokens.start, "that")
                || doc.is(np.tokens.start, "despite"))
        {
            np.tokens.start += 1;
        }
        np
    } else {
        return None;
    };
    Some((np, k..k + 1))
}

/// "Lee was adamant that", "Lee expressed concern that": the subject of the verb before
/// the stance word ("made it clear that" is `made_clear`'s).
fn stance(doc: &Doc, lo: usize, k: usize) -> Option<(Np, Range<usize>)> {
    let word = doc.word(k);
    let adjective = STANCE_ADJECTIVES.contains(&word);
    let noun = STANCE_NOUNS.contains(&word);
    if !(adjective || noun) {
        return None;
    }
    let mut v = k;
    if noun {
        v = v.checked_sub(1).filter(|&v| v >= lo)?;
        if !EXPRESSING.contains(&doc.word(v)) {
            return None;
        }
    } else {
        while v > lo && DEGREE.contains(&doc.word(v - 1)) {
            v -= 1;
        }
        v = v.checked_sub(1).filter(|&v| v >= lo)?;
        if !BE.contains(&doc.word(v)) {
            return None;
        }
    }
    // "It is clear that ...", "There is concern that ...": no one holds the stance.
    let np = subjects::cue_subject(doc, v, lo).filter(|np| {
        !(np.tokens.len() == 1
            && ["it", "It", "there", "There", "this", "This"]
                .iter()
                .any(|w| doc.is(np.head, w)))
    })?;
    Some((np, v..k + 1))
}
