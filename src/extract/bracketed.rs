//! Reported clauses closing a bracketed aside: in "her ratings (at one point as low as
//! 19 percent, Lee says) hurt him", what Lee says is the aside before the source, not
//! the rest of the sentence after the closing bracket.

use super::doc::Doc;

/// How far back, in tokens, the opening bracket of an aside is sought.
const REACH: usize = 40;

/// Where the aside starts whose cue ends at token `cue_end` with a closing bracket and
/// whose source starts at token `s` after a comma: the token after the opening bracket,
/// if that bracket lies after `start` with no other bracket between it and `s`.
pub(crate) fn aside_start(doc: &Doc, start: usize, s: usize, cue_end: usize) -> Option<usize> {
    if !doc.is_punct(cue_end, ")") || s <= start + 1 || !doc.is_punct(s - 1, ",") {
        return None;
    }
    let floor = start.max(s.saturating_sub(REACH));
    let open = (floor..s)
        .rev()
        .take_while(|&k| !doc.is_punct(k, ")"))
        .find(|&k| doc.is_punct(k, "("))?;
    (open + 2 < s - 1).then_some(open + 1)
}
