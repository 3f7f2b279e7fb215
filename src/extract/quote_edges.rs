//! Where a quote meets the clause around it: a quote that opens a sentence of its own,
//! a sentence that is only a quote so far, a quote closing on a comma before its source.

use super::doc::Doc;
use super::tokens::Tag;

/// Whether a quote that goes on a clause of the writer's closes on a comma right before
/// token `s`: "it was “a disaster,” Lee said", not "Lee warned: “...,” she said".
pub(super) fn comma_in_quote(doc: &Doc, s: usize) -> bool {
    s > 1
        && doc.is_punct(s - 2, ",")
        && doc
            .quote_of(s - 1)
            .and_then(|q| doc.quotes[q].open.checked_sub(1))
            .is_some_and(|w| doc.is_word(w))
}

/// Whether token `i` opens a quote whose first word is capitalised: a quoted sentence
/// of its own rather than the rest of a clause begun outside the marks.
pub(super) fn opens_sentence_quote(doc: &Doc, i: usize) -> bool {
    doc.quote_of(i).is_some_and(|q| doc.quotes[q].open == i) && doc.is_capitalised(i + 1)
}

/// Whether the sentence up to token `s` (from `start`) is a quote and its punctuation.
pub(super) fn quoted_before(doc: &Doc, start: usize, s: usize) -> bool {
    s > start
        && (start..s).all(|k| doc.quote_of(k).is_some() || doc.tag(k) == Some(Tag::Punct))
        && doc.quote_of(start).is_some()
}
