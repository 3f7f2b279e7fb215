//! Where a reported clause ends before a second cue verb of its own subject: "Mayor
//! Hull said the budget is sound and added that taxes will fall" reports "the budget is
//! sound" (said) and "taxes will fall" (added), both by Mayor Hull. The verb after "and"
//! or "but" has no subject of its own, so it continues the sentence's main clause and
//! not the clause reported by the first cue. Both verbs are finite verbs of saying that
//! agree in tense and person ("says ... and tells", not "says he would sit ... and
//! tell"), and the clauses of cues inside the first clause end with it. A participle of
//! saying after a comma ends a clause that opened on "that" ("said that the levy
//! failed, adding that ...").

use super::cues;
use super::doc::Doc;
use super::indirect::{strip_commas_back, Reported};
use super::tokens::Tag;

/// Adverbs that may stand between the conjunction and the second verb: "and then
/// told", "but also noted".
const LINKING_ADVERBS: &[&str] = &["again", "also", "later", "then"];

/// Ends every clause of `found` (the attributions of one sentence, in text order)
/// before a later cue verb sharing its source and joined to it by "and" or "but".
pub(crate) fn trim(doc: &Doc, found: &mut [Reported]) {
    for b in 1..found.len() {
        let (cue, np) = (found[b].cue.start, found[b].np.tokens.clone());
        let participle = cues::is_participle(doc.word(cue));
        let Some(conj) = joint_before(doc, cue) else {
            continue;
        };
        let Some(a) = (0..b).rev().find(|&a| {
            let r = &found[a];
            r.np.tokens == np
                && np.end <= r.cue.start
                && r.cue.end <= conj
                && r.content.start < conj
                && cue < r.content.end
                && if participle {
                    opens_on_that(doc, r)
                } else {
                    agrees(doc, r.cue.start, cue)
                }
                && doc.verb(r.cue.start).is_some_and(|v| v.is_speech())
        }) else {
            continue;
        };
        // The clause ends at the conjunction, and so does every clause inside it ("said
        // he welcomed the deal and added ...": "welcomed" reports "the deal").
        let inside = found[a].content.start..conj;
        let outer = found[a].cue.clone();
        for r in found[..b].iter_mut() {
            let nested = r.cue == outer || inside.contains(&r.cue.start);
            if nested && r.content.start < conj && conj < r.content.end {
                r.content.end = strip_commas_back(doc, r.content.start, conj);
            }
        }
    }
}

/// The token that joins the verb of saying at `cue` to a verb before it: "and" or
/// "but" before a finite verb ([`conjunction_before`]), a comma before a participle
/// (", adding that").
fn joint_before(doc: &Doc, cue: usize) -> Option<usize> {
    if !doc.verb(cue).is_some_and(|v| v.is_speech()) {
        return None;
    }
    if !cues::is_participle(doc.word(cue)) {
        return conjunction_before(doc, cue);
    }
    cue.checked_sub(1)
        .filter(|&c| doc.is_punct(c, ",") && doc.quote_of(c).is_none())
}

/// Whether the clause of `r` opens on "that" after its cue: "said that the levy failed,
/// adding that ..." has a clause of its own before the participle.
fn opens_on_that(doc: &Doc, r: &Reported) -> bool {
    r.content.start > r.cue.end && doc.is(r.content.start - 1, "that")
}

/// The token of "and" or "but" that joins the verb at `cue` to a verb before it ("and
/// added", "but then told"), if one stands right before it (over linking adverbs).
fn conjunction_before(doc: &Doc, cue: usize) -> Option<usize> {
    let mut k = cue.checked_sub(1)?;
    while k > 0 && LINKING_ADVERBS.iter().any(|a| doc.is(k, a)) {
        k -= 1;
    }
    // Not "approached her “and said, ...”": a quote mark opens the words of another.
    let quoted = k > 0 && matches!(doc.tag(k - 1), Some(Tag::Open | Tag::Straight));
    let joins = doc.is(k, "and") || doc.is(k, "but");
    (doc.quote_of(k).is_none() && !quoted && joins).then_some(k)
}

/// Whether the verbs at `a` and `b` agree in tense and person, as two verbs of one
/// subject do: "said ... and added", "says ... and tells"; not "says he would sit ...
/// and tell", where "tell" is the reported clause's own verb.
fn agrees(doc: &Doc, a: usize, b: usize) -> bool {
    let (v, w) = (doc.word(a), doc.word(b));
    let third = |x: &str| x.ends_with('s') && !x.ends_with("ss");
    cues::is_past_form(v) == cues::is_past_form(w)
        && (cues::is_past_form(v) || third(v) == third(w))
}
