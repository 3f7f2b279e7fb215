//! An addressee written as an object pronoun before a reported clause without "that":
//! "told him the road would close", "told me they had left", "tells them why".

use super::doc::Doc;
use super::names::is_subject_pronoun;
use super::subjects::is_preposition;

/// Words that open a reported question: "told them why", "asked her whether".
const WH: &[&str] = &[
    "what", "why", "when", "where", "how", "whether", "which", "who", "if",
];

/// The token after an object pronoun at `from` that is the addressee of a cue, or
/// `from` when there is none. "him", "them", "me" and "us" are addressees unless a
/// preposition, "to" or an instruction follows ("told him to leave", "told them about
/// it", "told them what to say"); "her" and
/// "you", which can open the clause ("told reporters her plan failed"), only before a
/// subject pronoun or a question word ("told her she was right").
pub(super) fn past_object_pronoun(doc: &Doc, from: usize, end: usize) -> usize {
    let next = from + 1;
    if next >= end || !doc.is_word(from) || !doc.is_word(next) {
        return from;
    }
    // "told them what to say" is an instruction, not a reported question.
    let question =
        WH.iter().any(|w| doc.is(next, w)) && !(next + 1 < end && doc.is(next + 1, "to"));
    let clause = is_subject_pronoun(doc, next) || question;
    let object = ["him", "them", "me", "us"].iter().any(|p| doc.is(from, p));
    let either = ["her", "you"].iter().any(|p| doc.is(from, p));
    let linked =
        is_preposition(doc, next) || ["and", "or", "but", "not"].iter().any(|w| doc.is(next, w));
    let instruction = WH.iter().any(|w| doc.is(next, w)) && !question;
    if object && !linked && !instruction || either && clause {
        next
    } else {
        from
    }
}
