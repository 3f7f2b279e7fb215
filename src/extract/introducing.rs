//! A quote opened by a clause with no cue of the lexicon: a verb in "-s" or "-ed"
//! right before the comma or colon ("Prager continues, “...”"), or a clause closed by a
//! colon ("Smith also played up his record: “...”", "Smith: “...”").

use super::attribution::Source;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{self, NpKind};
use super::subjects;

/// "Prager continues, “...”": a verb outside the lexicon that introduces the quote
/// directly (its subject opening the clause, a comma or colon before the quote).
pub(super) fn announcing_verb(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    let mark = open
        .checked_sub(1)
        .filter(|&m| doc.is_punct(m, ",") || doc.is_punct(m, ":"))?;
    let verb = mark.checked_sub(1).filter(|&v| v > lo)?;
    let w = doc.word(verb);
    let verb_like = doc.is_word(verb)
        && !doc.is_capitalised(verb)
        && !doc.is_in(verb, Class::STOP)
        && (w.ends_with('s') || w.ends_with("ed"));
    if !verb_like {
        return None;
    }
    let np = subjects::subject_before(doc, verb, lo)
        .filter(|np| np.tokens.start == lo && np.kind != NpKind::Relative)?;
    Some(Source {
        np: Some(np),
        cue: verb..verb + 1,
        lo,
        guess: false,
    })
}

/// A quote after a colon that closes an introducing clause without a cue verb: “Smith
/// also played up his record: “...”” or “Smith: “...””. The cue is the clause's first
/// words after the subject (or the colon itself).
pub(super) fn introduced(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    let colon = open
        .checked_sub(1)
        .filter(|&c| c > lo && doc.is_punct(c, ":"))?;
    if let Some(np) = names::before(doc, colon, lo).filter(|np| np.tokens.start == lo) {
        return Some(Source {
            np: Some(np),
            cue: colon..colon + 1,
            lo,
            guess: false,
        });
    }
    let np = subjects::clause_subject(doc, lo, colon)?;
    // "Mitch McConnell, R-Ky., delivered a message:": past the asides after the subject.
    let first = (np.tokens.end..colon)
        .rev()
        .find(|&c| doc.is_punct(c, ","))
        .filter(|&c| doc.is_word(c + 1) && !doc.is_capitalised(c + 1))
        .map_or(np.tokens.end, |c| c + 1);
    let verb =
        (first..colon.min(first + 4)).find(|&k| doc.is_word(k) && !subjects::is_adverb(doc, k))?;
    // "had to change my answer", "delivered a message": a short clause is the cue whole.
    let end = if colon <= verb + 5 { colon } else { verb + 1 };
    Some(Source {
        np: Some(np),
        cue: first..end,
        lo,
        guess: false,
    })
}
