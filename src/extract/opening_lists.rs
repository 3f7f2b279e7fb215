//! Lists of names after an opening phrase: in "During a debate on the radio, Jo Lee,
//! Al Kim, and Ann Park said", the comma before the list closes the sentence's opening
//! phrase, so the whole list is the subject; in "Trade with Peru, Chile and Cuba",
//! the earlier names hang on a preposition and the list is no subject.

use super::adverbs::skip_time_back;
use super::clauses::is_subordinator;
use super::doc::Doc;
use super::subjects::is_preposition;

/// Words that open a sentence's adverbial phrase besides the prepositions.
const OPENERS: &[&str] = &[
    "during",
    "despite",
    "amid",
    "following",
    "without",
    "unlike",
];

/// Whether the list starting at token `start` (after a comma) follows a phrase that
/// opens the clause at `lo` and ends at that comma: a time phrase ("On Monday, Lee,
/// Kim and Park said"), or a phrase of four tokens or more opened by a preposition or a
/// conjunction ("During a talk in Ohio, Lee and Kim said"). A shorter one ("In Ohio,
/// Iowa and Utah") may hold the list's first name.
pub(super) fn after_opening_phrase(doc: &Doc, lo: usize, start: usize) -> bool {
    let Some(comma) = start.checked_sub(1).filter(|&c| c > lo) else {
        return false;
    };
    if !doc.is_punct(comma, ",") || (lo..comma).any(|k| doc.is_punct(k, ",")) {
        return false;
    }
    if skip_time_back(doc, comma, lo) == lo {
        return true;
    }
    let opener = is_preposition(doc, lo)
        || is_subordinator(doc, lo)
        || OPENERS.iter().any(|w| doc.is(lo, w));
    opener && comma >= lo + 4
}
