//! Fixed phrases whose reporting word is a noun or part of an idiom that reports
//! nothing: "in charge of", "for fear of", "run counter to", "the general counsel",
//! and compound nouns ("news reports", "a talk show", "early voting", "a strong
//! showing", "a think tank").

use super::doc::Doc;

/// Words before "counsel" that make it a title: "general counsel", "chief counsel",
/// "White House counsel", "served as counsel", "senior trial counsel".
const COUNSEL_MODIFIERS: &[&str] = &[
    "as",
    "assistant",
    "associate",
    "campaign",
    "chief",
    "committee",
    "corporate",
    "defense",
    "deputy",
    "ethics",
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
    "transition",
    "trial",
];

/// Adjectives that make "showing" a noun: "a strong showing", "her poor showing".
const SHOWING_ADJECTIVES: &[&str] = &[
    "best",
    "better",
    "dismal",
    "disappointing",
    "good",
    "impressive",
    "poor",
    "solid",
    "strong",
    "stronger",
    "strongest",
    "surprising",
    "weak",
    "weaker",
];

/// Whether the cue word at `k` is part of a compound noun: "news reports", "a talk
/// show", "early voting", "a strong showing", "a think tank" (but "CBS News reports" is
/// a name and its verb).
fn is_compound(doc: &Doc, k: usize) -> bool {
    let before = |w: &str| doc.is(k - 1, w);
    let lower = !doc.is_capitalised(k - 1);
    (doc.is(k, "report") || doc.is(k, "reports")) && before("news") && lower
        || (doc.is(k, "show") || doc.is(k, "shows")) && before("talk")
        || doc.is(k, "voting") && (before("early") || before("absentee"))
        || doc.is(k, "showing") && SHOWING_ADJECTIVES.iter().any(|a| before(a))
        || doc.is(k, "think") && (doc.is(k + 1, "tank") || doc.is(k + 1, "tanks"))
}

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
        || doc.is(k, "counsel")
            && (COUNSEL_MODIFIERS.iter().any(|m| before(m)) || titles_counsel(doc, k - 1))
        || is_compound(doc, k)
}

/// Whether the word at `k`, before "counsel", names whose counsel it is: a singular
/// name inside the sentence ("Justice Department counsel", "Trump counsel"), not a
/// plural subject ("Lawyers counsel patience").
fn titles_counsel(doc: &Doc, k: usize) -> bool {
    doc.is_capitalised(k) && !doc.starts_sentence(k) && !doc.word(k).ends_with('s')
}
