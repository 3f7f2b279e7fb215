//! Reported clauses that end before a relative clause with a source of its own.
//!
//! "Lund criticized the levy, which an audit said was badly designed": the clause of
//! "criticized" runs on to the sentence end over the relative clause, whose own source
//! and verb of saying report the rest; so do "they liked Lee, compared with 40 percent
//! who said the same" (from the comma before "compared"), "a rule that he said would
//! help rivals" and "at a time when many voters are asking ...". The earlier clause ends
//! before the relative word. Left alone: a relative clause the main clause goes on after
//! ("the levy, which the mayor said was costly, would pass"); a restrictive one on the
//! first noun of the clause ("Lee dismissed critics who called it a sham", "Kim said two
//! women who accused Lee said ..."); "what he called", which the clause holds; clauses
//! of a comparison or -ing cue ("compared with ...", "echoing ..."). The clause reported
//! inside a relative set off by commas ends where the main clause goes on ("Hale, who
//! said he would not run, changed course"). Runs after the direct quotes took their
//! sources from the clauses around them.

use super::clauses;
use super::cues;
use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::NpKind;
use super::sources;

/// Words that open a relative clause whose subject follows ("which he said").
const RELATIVES: &[&str] = &["which", "whom"];

/// Prepositions that may come before the relative word ("in which", "to whom").
const PREPOSITIONS: &[&str] = &["at", "by", "for", "from", "in", "of", "on", "to", "with"];

/// The most words (auxiliaries, adverbs) between a relative clause's subject and its cue
/// ("critics have likened", "lawmakers still believe").
const GAP: usize = 3;

/// Ends every clause of `found` (all the attributions of the document, in text order)
/// before a relative clause of its sentence that holds another attribution's source and
/// cue and runs to that clause's end.
pub(crate) fn trim(doc: &Doc, found: &mut [Reported]) {
    let mut rest = found;
    while let Some(first) = rest.first() {
        let sentence = doc.sentence_of(first.cue.start);
        let n = rest
            .iter()
            .take_while(|r| doc.sentence_of(r.cue.start) == sentence)
            .count();
        let (same, after) = rest.split_at_mut(n);
        trim_sentence(doc, same);
        for r in same.iter_mut() {
            close_relative(doc, r);
        }
        rest = after;
    }
}

/// [`trim`] within one sentence.
fn trim_sentence(doc: &Doc, found: &mut [Reported]) {
    let relatives: Vec<(usize, usize, usize)> = found
        .iter()
        .filter_map(|b| Some((opener(doc, b)?, b.cue.start, b.content.end)))
        .collect();
    for &(rel, cue, end) in &relatives {
        for r in found.iter_mut() {
            if !reports(doc, r)
                || rel < r.cue.end
                || rel <= r.content.start
                || cue >= r.content.end
                || end < r.content.end
                || resumes(doc, cue, r.content.end)
                || in_subject(doc, r, rel)
            {
                continue;
            }
            let mut cut = comparison(doc, r.content.start, rel).unwrap_or(rel);
            while cut > r.content.start
                && (doc.is_punct(cut - 1, ",") || sources::is_dash(doc, cut - 1))
            {
                cut -= 1;
            }
            if (r.content.start..cut).any(|i| doc.is_word(i)) {
                r.content.end = cut;
            }
        }
    }
}

/// Where the relative clause holding the source and cue of `b` opens: at "who" when that
/// is the source ("critics who say"), else at the relative word right before the source
/// ("which he said", "a rule that he said", "a time when voters asked"), with a
/// preposition before it ("in which").
fn opener(doc: &Doc, b: &Reported) -> Option<usize> {
    let s = b.np.tokens.start;
    let c = b.cue.start;
    let gap = c.checked_sub(b.np.tokens.end)?;
    // "who have long said", "which some still argue": only auxiliaries and adverbs
    // between; not "came under attack", "the RNC counsel’s office".
    let helpers = (b.np.tokens.end..c).all(|i| {
        clauses::is_auxiliary(doc, i)
            || clauses::is_modal(doc, i)
            || doc.is(i, "not")
            || doc.is_in(i, Class::ADVERB)
            || doc.word(i).ends_with("ly")
    });
    let possessive = ["’s", "'s"].iter().any(|p| doc.word(c).ends_with(p));
    let speech = doc.verb(c).is_some_and(|v| v.is_speech());
    let words = b
        .content
        .clone()
        .filter(|&i| doc.is_word(i))
        .take(2)
        .count();
    if gap > GAP || !helpers || possessive || !speech || words < 2 {
        return None;
    }
    let rel = if b.np.kind == NpKind::Relative {
        // "critics who say"; not "a speech that would highlight": a thing's "that" or
        // "which" is rarely the source of its clause.
        if !doc.is(s, "who") {
            return None;
        }
        s
    } else {
        let k = s.checked_sub(1)?;
        let before = k.checked_sub(1);
        let after_noun = before.is_some_and(|p| is_noun(doc, p));
        let after_pause = before.is_some_and(|p| doc.is_punct(p, ",") || sources::is_dash(doc, p));
        let relative = RELATIVES.iter().any(|w| doc.is(k, w))
            || doc.is(k, "that") && after_noun
            || (doc.is(k, "when") || doc.is(k, "where")) && (after_noun || after_pause);
        if !relative {
            return None;
        }
        k
    };
    match rel.checked_sub(1) {
        Some(p) if PREPOSITIONS.iter().any(|w| doc.is(p, w)) => Some(p),
        _ => Some(rel),
    }
}

/// Whether token `i` may be the noun a relative clause hangs on: a lower-case word that
/// is no verb, adverb, auxiliary or modal ("a rule that", "a time when"; not "said
/// that", "now that", "so that").
fn is_noun(doc: &Doc, i: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "and", "but", "except", "given", "now", "or", "so", "such", "than",
    ];
    let w = doc.word(i);
    doc.is_word(i)
        && !w.starts_with(|c: char| c.is_ascii_digit())
        && !doc.is_capitalised(i)
        && doc.verb(i).is_none()
        && !doc.is_in(i, Class::ADVERB)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !clauses::is_auxiliary(doc, i)
        && !clauses::is_modal(doc, i)
        && !NOT_NOUNS.iter().any(|n| doc.is(i, n))
}

/// "Senator Hale, who said he would not run, changed course": the clause of a cue whose
/// source is a relative set off by a comma ends where the main clause goes on, at a
/// comma before a verb that no subject precedes.
fn close_relative(doc: &Doc, r: &mut Reported) {
    let s = r.np.tokens.start;
    let set_off = r.np.kind == NpKind::Relative
        && (doc.is(s, "who") || doc.is(s, "which"))
        && s > 0
        && doc.is_punct(s - 1, ",");
    if !set_off {
        return;
    }
    let end = r.content.end;
    let pause = (r.content.start + 1..end).find(|&k| {
        let finite = |i: usize| clauses::is_auxiliary(doc, i) || clauses::is_modal(doc, i);
        let v = (k + 1..end)
            .find(|&i| finite(i) || !(doc.is_in(i, Class::ADVERB) || doc.word(i).ends_with("ly")))
            .unwrap_or(end);
        let w = doc.word(v);
        doc.is_punct(k, ",")
            && doc.quote_of(k).is_none()
            && doc.is_word(v)
            && !doc.is_capitalised(v)
            && (finite(v)
                || doc.verb(v).is_some() && !w.ends_with("ing")
                || cues::is_past_form(w)
                || super::np_words::is_irregular_past(w))
    });
    if let Some(k) = pause {
        r.content.end = k;
    }
}

/// Whether the main clause goes on after the relative clause whose cue is at `cue`
/// before `end`: a comma or dash followed by an auxiliary, a modal or a verb of the
/// lower case ("the levy, which the mayor said was costly, would pass").
fn resumes(doc: &Doc, cue: usize, end: usize) -> bool {
    (cue + 1..end).any(|k| {
        let pause = doc.is_punct(k, ",") || sources::is_dash(doc, k);
        let finite = |i: usize| clauses::is_auxiliary(doc, i) || clauses::is_modal(doc, i);
        // "..., now support", "..., was": past adverbs to the verb.
        let v = (k + 1..end)
            .find(|&i| finite(i) || !(doc.is_in(i, Class::ADVERB) || doc.word(i).ends_with("ly")))
            .unwrap_or(end);
        pause
            && doc.is_word(v)
            && !doc.is_capitalised(v)
            && (finite(v) || doc.verb(v).is_some() && !doc.word(v).ends_with("ing"))
    })
}

/// Whether `r` is likely a report of its own: not a comparison or a phrase on a
/// preposition after its cue ("compared with 40 percent who said ..."), nor an -ing
/// cue other than a plain verb of saying ("echoing critics who say ...").
fn reports(doc: &Doc, r: &Reported) -> bool {
    let cue = r.cue.start;
    let participle =
        doc.word(cue).ends_with("ing") && !["saying", "telling"].iter().any(|w| doc.is(cue, w));
    !participle && !PREPOSITIONS.iter().any(|w| doc.is(r.content.start, w))
}

/// Whether the relative clause opening at `rel` (no comma before it) hangs on the
/// subject of the clause of `r`, with no finite verb before it: "Kim said two women
/// who have accused Lee said ...", "Lee dismissed critics who called it a sham" (the
/// critics are what was dismissed).
fn in_subject(doc: &Doc, r: &Reported, rel: usize) -> bool {
    let restrictive = rel
        .checked_sub(1)
        .is_some_and(|k| !doc.is_punct(k, ",") && !sources::is_dash(doc, k));
    restrictive
        && !(r.content.start..rel).any(|i| {
            let w = doc.word(i);
            doc.is_word(i)
                && !doc.is_capitalised(i)
                && (clauses::is_auxiliary(doc, i)
                    || clauses::is_modal(doc, i)
                    || !w.ends_with("ing") && (doc.verb(i).is_some() || cues::is_past_form(w)))
        })
}

/// Where a comparison before the relative clause starts: the comma before "compared
/// with 40 percent who said ..." (the 40 percent are the relative clause's source).
fn comparison(doc: &Doc, start: usize, rel: usize) -> Option<usize> {
    let comma = (start..rel).rev().take(8).find(|&i| doc.is_punct(i, ","))?;
    ["compared", "comparing"]
        .iter()
        .any(|w| doc.is(comma + 1, w))
        .then_some(comma)
}
