//! The verb a cue hangs on: "refused to say", "went on to explain", "wanted to know",
//! "declined to publicly detail". The cue as written is the whole chain, since the
//! verb before "to" tells what became of the saying.

use super::adverbs::is_clause_adverb;
use super::doc::Doc;
use super::indirect::Reported;
use std::collections::HashSet;
use std::ops::Range;

/// Verbs and adjectives that take a cue as their infinitive: "refused to say", "was
/// quick to add".
#[rustfmt::skip]
const CATENATIVES: &[&str] = &[
    "attempted", "attempting", "attempts", "began", "begins", "bothered", "careful",
    "continue", "continued", "continues", "continuing", "decided", "declined", "declines",
    "declining", "demanded", "demanding", "demands", "eager", "expected", "failed", "fails",
    "forced", "hastened", "hesitate", "hesitated", "hoped", "hopes", "intends", "managed",
    "moved", "need", "needed", "needs", "planned", "plans", "pledged", "promised",
    "prompted", "quick", "refuse", "refused", "refuses", "refusing", "rushed", "seeking",
    "seeks", "sought", "struggled", "threatened", "threatens", "tried", "tries", "trying",
    "used", "vowed", "want", "wanted", "wanting", "wants",
];

/// Forms of "go" before "on to say".
const GO: &[&str] = &["go", "goes", "going", "gone", "went"];

/// Whether token `k` is a form of "go" followed by "on": "went on", "going on".
pub(crate) fn goes_on(doc: &Doc, k: usize) -> bool {
    doc.is(k + 1, "on") && GO.iter().any(|w| doc.is(k, w))
}

/// The cue of a quote at `cue` as written: with the verbs it hangs on ([`hung_on`]), or
/// with the verb that hangs on it.
pub(crate) fn written(doc: &Doc, cue: Range<usize>) -> Range<usize> {
    // "went on to explain: “...”", "refused to say, “...”": a cue that is itself the
    // verb hung on.
    let hangs = CATENATIVES.iter().any(|w| doc.is(cue.start, w)) || goes_on(doc, cue.start);
    if hangs && doc.is(cue.end, "to") && doc.verb(cue.end + 1).is_some() {
        return cue.start..cue.end + 2;
    }
    hung_on(doc, cue)
}

/// The cue at `cue` with the verbs before it that it hangs on, if any: "refused to
/// say", "went on to explain", "declined to publicly detail", "decided not to say".
pub(crate) fn hung_on(doc: &Doc, cue: Range<usize>) -> Range<usize> {
    let mut k = cue.start;
    // "to publicly detail": a split infinitive.
    if k > 0 && is_clause_adverb(doc, k - 1) {
        k -= 1;
    }
    if k < 2 || !doc.is(k - 1, "to") {
        return cue;
    }
    let mut v = k - 2;
    // "decided not to say".
    if doc.is(v, "not") && v > 0 {
        v -= 1;
    }
    if CATENATIVES.iter().any(|w| doc.is(v, w)) {
        return v..cue.end;
    }
    if doc.is(v, "on") && v > 0 && GO.iter().any(|w| doc.is(v - 1, w)) {
        return v - 1..cue.end;
    }
    cue
}

/// The verbs other cues hang on, each with the source they share: (verb token, source
/// start, source end) of "refused" in "Lee refused to say that ...". An attribution on
/// such a verb with that source repeats the one whose cue is the whole chain.
pub(crate) fn hung_verbs<'a>(
    doc: &Doc,
    all: impl Iterator<Item = &'a Reported>,
) -> HashSet<(usize, usize, usize)> {
    all.filter_map(|o| {
        let verb = hung_on(doc, o.cue.clone()).start;
        (verb < o.cue.start).then_some((verb, o.np.tokens.start, o.np.tokens.end))
    })
    .collect()
}
