//! Phrases of "make" that report the clause after them: "Lee made (it) clear that ...",
//! "Kim made the case that ...", "she made the point that ...". The cue is the whole
//! phrase, its source the subject of "make"; a short adverbial or addressee may stand
//! before "that" ("made clear on Monday that", "made it clear to voters that").

use super::clauses;
use super::doc::Doc;
use super::indirect::Reported;
use super::names::{self, Np};
use super::subjects;

/// Forms of "make".
const MAKE: &[&str] = &["make", "made", "makes", "making"];

/// Nouns of an argument that "make the ..." puts forward: "made the case that".
const ARGUMENT_NOUNS: &[&str] = &["argument", "case", "point"];

/// Words allowed between "make (it)" and "clear": "made it very clear".
#[rustfmt::skip]
const DEGREE: &[&str] = &[
    "abundantly", "absolutely", "crystal", "entirely", "fully", "perfectly", "quite", "so",
    "very",
];

/// Forms of "be" before a passive "made": "as was made clear", no source's phrase.
const BE: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// How many words may stand between the phrase and its "that": "made clear over the
/// weekend that".
const GAP: usize = 7;

/// The attribution of the phrase of "make" ending at token `k` ("clear", "case"),
/// looking back no further than `lo` and on to `end`.
#[inline]
pub(crate) fn find(doc: &Doc, lo: usize, end: usize, k: usize) -> Option<Reported> {
    // Asked of every word: the test most fail is kept where it is inlined.
    if !(doc.is(k, "clear") || ARGUMENT_NOUNS.iter().any(|n| doc.is(k, n))) {
        return None;
    }
    made(doc, lo, end, k)
}

/// [`find`] for a token `k` that is "clear" or a noun of argument.
fn made(doc: &Doc, lo: usize, end: usize, k: usize) -> Option<Reported> {
    let v = make_before(doc, lo, k)?;
    if v > lo && BE.iter().any(|b| doc.is(v - 1, b)) {
        return None;
    }
    let from = clause_after(doc, k, end)?;
    let np = subjects::cue_subject(doc, v, lo).filter(|np| !is_dummy(doc, np))?;
    Some(Reported {
        content: from..end,
        np,
        cue: v..k + 1,
        lo,
    })
}

/// The token of "make" whose phrase ends at `k`: "made (it) (very) clear", "made the
/// case", "makes a point".
fn make_before(doc: &Doc, lo: usize, k: usize) -> Option<usize> {
    let mut v = k;
    if doc.is(k, "clear") {
        while v > lo && DEGREE.iter().any(|d| doc.is(v - 1, d)) {
            v -= 1;
        }
        if v > lo && doc.is(v - 1, "it") {
            v -= 1;
        }
    } else if ARGUMENT_NOUNS.iter().any(|n| doc.is(k, n)) {
        if !(v > lo && (doc.is(v - 1, "the") || doc.is(v - 1, "a"))) {
            return None;
        }
        v -= 1;
    } else {
        return None;
    }
    let make = v.checked_sub(1).filter(|&m| m >= lo)?;
    MAKE.iter().any(|w| doc.is(make, w)).then_some(make)
}

/// Where the reported clause after the phrase ending at `k` starts: after a "that"
/// within a few words ("made clear on Monday that"), or right after "clear" where a
/// subject pronoun opens it ("made clear he would run").
fn clause_after(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let that = (k + 1..end.min(k + 1 + GAP))
        .take_while(|&i| {
            doc.is_word(i)
                && doc.quote_of(i).is_none()
                && doc.verb(i).is_none()
                && !clauses::opens_own_clause(doc, i)
        })
        .find(|&i| doc.is(i, "that"))
        .filter(|&t| t + 2 < end && doc.is_word(t + 1));
    if let Some(t) = that {
        return Some(t + 1);
    }
    (doc.is(k, "clear") && k + 2 < end && names::is_subject_pronoun(doc, k + 1)).then_some(k + 1)
}

/// Whether the subject is a dummy that holds no view: "it", "there", "this".
fn is_dummy(doc: &Doc, np: &Np) -> bool {
    np.tokens.len() == 1 && ["it", "there", "this"].iter().any(|w| doc.is(np.head, w))
}
