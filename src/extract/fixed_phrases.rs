//! Fixed phrases whose reporting word is a noun or part of an idiom that reports
//! nothing: "in charge of", "for fear of", "run counter to", "the general counsel".

use super::doc::Doc;

/// Words before "counsel" that make it a title: "general counsel", "chief counsel",
/// "White House counsel", "served as counsel".
const COUNSEL_MODIFIERS: &[&str] = &[
    "as",
    "assistant",
    "associate",
    "chief",
    "deputy",
    "general",
    "house",
    "independent",
    "legal",
    "majority",
    "minority",
    "outside",
    "senior",
    "special",
    "strategic",
];

/// Whether the cue word at `k` belongs to a fixed phrase and reports nothing: "the
/// executive in charge of the show", "declined to be named for fear of reprisal",
/// "positions that run counter to the platform", "the agency's general counsel".
pub(crate) fn is_fixed_phrase(doc: &Doc, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let before = |w: &str| doc.is(k - 1, w);
    doc.is(k, "charge") && before("in")
        || doc.is(k, "fear") && (before("for") || before("of") && k > 1 && doc.is(k - 2, "out"))
        || doc.is(k, "counter") && ["run", "runs", "ran", "running"].iter().any(|w| before(w))
        || doc.is(k, "counsel") && COUNSEL_MODIFIERS.iter().any(|m| before(m))
}
