//! Names joined by a slash in a source phrase: "a CNN/ORC poll", "a Lakeside
//! Post/Hill News survey". The phrase found before a cue stops at the slash; the name
//! before it belongs to the phrase.

use super::doc::Doc;
use super::names::{before, Np, NpKind};

/// `np` with the name joined to it by a slash right before it ("CNN/" in "a CNN/ORC
/// poll"), the slash touching both names; the head stays `np`'s.
pub(super) fn joined(doc: &Doc, np: Np, lo: usize) -> Np {
    let s = np.tokens.start;
    let Some(slash) = s.checked_sub(1).filter(|&k| k > lo && doc.is_punct(k, "/")) else {
        return np;
    };
    let touching = match (
        doc.tokens.get(slash - 1),
        doc.tokens.get(slash),
        doc.tokens.get(s),
    ) {
        (Some(a), Some(b), Some(c)) => a.end() == b.start() && b.end() == c.start(),
        _ => false,
    };
    if !touching || np.kind != NpKind::Phrase || !doc.is_capitalised(s) {
        return np;
    }
    match before(doc, slash, lo) {
        Some(left) if left.kind == NpKind::Phrase && doc.is_capitalised(left.head) => Np {
            tokens: left.tokens.start..np.tokens.end,
            ..np
        },
        _ => np,
    }
}
