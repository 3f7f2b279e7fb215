//! Postmodifiers written as part of a source phrase: a word and its preposition tying
//! a phrase to the source ("a source close to the campaign", "officials involved in
//! the talks"), a past participle with its preposition ("three people briefed on the
//! talks", "polls reported by the networks"), a tie whose object is a pronoun ("a
//! source close to him"), a passive's agent ("records compiled by the agency") and
//! "with knowledge of" ("people with direct knowledge of the talks").

use super::cues;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{before, Np, NpKind};

/// A word and preposition that tie a phrase to the source before them: "a source close
/// to the campaign", "officials involved in the talks".
pub(super) const TAIL_LINKS: &[(&str, &str)] = &[
    ("briefed", "on"),
    ("close", "to"),
    ("familiar", "with"),
    ("involved", "in"),
    ("knowledgeable", "about"),
    ("privy", "to"),
];

/// Prepositions after a past participle that modifies the source before it: "briefed
/// on", "reported by", "quoted in".
const PARTICIPLE_PREPOSITIONS: &[&str] = &["about", "at", "by", "from", "in", "on", "to", "with"];

/// Object pronouns that can close a tie to the source: "close to him".
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me"];

/// Whether tokens `k` and `k + 1` are a word of [`TAIL_LINKS`] and its preposition.
fn is_tail_link(doc: &Doc, k: usize) -> bool {
    TAIL_LINKS
        .iter()
        .any(|(w, p)| doc.is(k, w) && doc.is(k + 1, p))
}

/// Whether token `k` is an object pronoun ("him", "them").
pub(super) fn is_object_pronoun(doc: &Doc, k: usize) -> bool {
    OBJECT_PRONOUNS.iter().any(|p| doc.is(k, p))
}

/// Where the phrase that a postmodifier opening at token `k` ties to the source
/// before it starts: after "close to" in "a source close to the campaign", after "on"
/// in "people briefed on the talks", after "by" in "polls reported (only) by the
/// networks". A participle modifies only a source headed by a common noun: after a name
/// it is the name's verb ("Lee pointed to the vote"). `None` where no postmodifier
/// opens at `k` ("said", "told" are verbs of their own clause).
pub(super) fn postmodifier_object(doc: &Doc, k: usize, named: bool) -> Option<usize> {
    if is_tail_link(doc, k) {
        return Some(k + 2);
    }
    // "a person with (direct) knowledge of the talks".
    if doc.is(k, "with") {
        let noun = if doc.is(k + 1, "knowledge") {
            k + 1
        } else {
            k + 2
        };
        if doc.is(noun, "knowledge") && doc.is(noun + 1, "of") && doc.is_word(noun - 1) {
            return Some(noun + 2);
        }
    }
    let w = doc.word(k);
    let participle = !named
        && doc.is_word(k)
        && !doc.is_capitalised(k)
        && cues::is_past_form(w)
        && !["said", "told"].iter().any(|s| doc.is(k, s));
    if !participle {
        return None;
    }
    // "reported previously by": an adverb between the participle and its preposition.
    let mut p = k + 1;
    if doc.is_word(p) && doc.word(p).ends_with("ly") && doc.word(p).len() > 4 {
        p += 1;
    }
    PARTICIPLE_PREPOSITIONS
        .iter()
        .any(|q| doc.is(p, q))
        .then_some(p + 1)
}

/// "A source close to him said", "sources privy to negotiations say": the source
/// phrase ending before `end` whose tie ([`TAIL_LINKS`]) ends in an object pronoun or
/// a bare plural noun, all of it written as the source.
pub(super) fn pronoun_tail(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let last = end.checked_sub(1).filter(|&l| l >= lo + 3)?;
    // "sources privy to negotiations": or a bare plural noun.
    let w = doc.word(last);
    let plural = doc.is_word(last)
        && !doc.is_capitalised(last)
        && w.ends_with('s')
        && !w.ends_with("ss")
        && doc.verb(last).is_none()
        && !doc.is_in(last, Class::STOP);
    if !(is_object_pronoun(doc, last) || plural) || !is_tail_link(doc, last - 2) {
        return None;
    }
    let np = before(doc, last - 2, lo)
        .filter(|np| np.kind == NpKind::Phrase && np.tokens.end == last - 2)?;
    Some(Np {
        tokens: np.tokens.start..end,
        ..np
    })
}

/// "records compiled by the agency": a past participle and "by" right before the
/// phrase at `start` (a passive's agent; "arrived in" may be a finite verb).
pub(super) fn participle_link(doc: &Doc, start: usize) -> bool {
    let w = doc.word(start - 2);
    doc.is_word(start - 2)
        && !doc.is_capitalised(start - 2)
        && cues::is_past_form(w)
        && doc.is(start - 1, "by")
}

/// "people with (direct) knowledge of the talks": the token "with" when the phrase at
/// `start` follows such a link.
pub(super) fn with_knowledge(doc: &Doc, start: usize, lo: usize) -> Option<usize> {
    let of = start
        .checked_sub(1)
        .filter(|&k| k > lo + 2 && doc.is(k, "of"))?;
    let mut k = of.checked_sub(1).filter(|&k| doc.is(k, "knowledge"))?;
    if ["direct", "detailed", "firsthand", "intimate"]
        .iter()
        .any(|a| doc.is(k - 1, a))
    {
        k -= 1;
    }
    (k > lo + 1 && doc.is(k - 1, "with")).then_some(k - 1)
}
