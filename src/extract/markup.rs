//! Markup left in an article's text: the value of a tag's attribute
//! (`<tweet date="May 2, 2016">`) is in quote marks, but nobody says it.

use std::ops::Range;

/// Whether the quoted span `quote` of `text` is the value of a markup attribute: an
/// equals sign right before its opening mark (`date="May 2, 2016"`).
pub(crate) fn is_attribute_value(text: &str, quote: &Range<usize>) -> bool {
    let mut before = text[..quote.start].chars().rev();
    matches!(before.next(), Some('"' | '\'')) && before.next() == Some('=')
}
