//! Where a clause opens: at the start of a span, after punctuation, a conjunction or a
//! sentence adverb, or after the dash that closes a dateline ("WASHINGTON (AP) —").

use std::ops::Range;

use super::doc::Doc;
use super::lexicon::Class;
use super::names;
use super::sources;
use super::tokens::Tag;

/// Whether token `i` is the place of a dateline opening a story: "WASHINGTON —",
/// "PHILADELPHIA, July 25 (AP) —": a word in capitals near the sentence start, then no
/// lower-case word before a dash.
pub(crate) fn is_dateline(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    if w.len() < 3 || !is_shouted(w) {
        return false;
    }
    let Some(sentence) = doc.sentence_of(i).and_then(|s| doc.sentences.get(s)) else {
        return false;
    };
    if i > sentence.tokens.start + 3 {
        return false;
    }
    (i + 1..sentence.tokens.end.min(i + 10))
        .take_while(|&k| {
            !(doc.is_word(k) && !doc.is_capitalised(k) && !super::names::is_number(doc, k))
        })
        .any(|k| sources::is_dash(doc, k))
}

/// Whether a word is written in capitals (and periods): "WASHINGTON", "ST.".
pub(crate) fn is_shouted(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// Words after which a clause can open: conjunctions, relatives, sentence adverbs.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "after", "also", "although", "and", "as", "because", "before", "but", "even", "however",
    "if", "meanwhile", "once", "or", "since", "so", "still", "that", "then", "though",
    "until", "what", "when", "where", "whereas", "which", "while", "yet",
];

/// Whether a phrase starting at token `s` opens a clause: at `lo`, after a comma, or
/// after a conjunction or sentence adverb ("and", "when", "even").
pub(crate) fn opens_clause(doc: &Doc, s: usize, lo: usize) -> bool {
    s == lo
        || doc.is_punct(s - 1, ",")
        || doc.is_punct(s - 1, ";")
        || doc.is_punct(s - 1, ":")
        || doc.is_punct(s - 1, "(")
        // "WASHINGTON (AP) — The committee said": the dash closing a dateline.
        || sources::is_dash(doc, s - 1)
            && (lo.max(s.saturating_sub(12))..s - 1).any(|k| is_dateline(doc, k))
        || doc.quote_of(s - 1).is_some() && doc.tag(s - 1) != Some(Tag::Word)
        || OPENERS.iter().any(|o| doc.is(s - 1, o))
}

/// Conjunctions that open a subordinate clause.
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "until",
    "when", "whereas", "while",
];

/// Whether token `k` is a conjunction that opens a subordinate clause ("after", "when").
pub(crate) fn is_subordinator(doc: &Doc, k: usize) -> bool {
    SUBORDINATORS.iter().any(|s| doc.is(k, s))
}

/// Whether the name at token `i` is the subject of a subordinate clause opening the
/// sentence at `lo` and followed by a main clause that opens on a name: "When Lee
/// arrived, Kim spoke".
pub(crate) fn opens_subordinate_subject(doc: &Doc, i: usize, lo: usize) -> bool {
    if i != lo + 1 || !is_subordinator(doc, lo) {
        return false;
    }
    let sentence = doc.sentence_of(lo);
    // The comma may close a quote: "as “Medicare for all,” Clinton said".
    let next = (i + 1..i + 40)
        .take_while(|&k| doc.sentence_of(k) == sentence)
        .find(|&k| doc.is_punct(k, ","))
        .and_then(|c| (c + 1..c + 3).find(|&k| doc.is_word(k)));
    next.is_some_and(|k| {
        doc.is_capitalised(k)
            && doc.quote_of(k).is_none()
            && (!doc.is_in(k, Class::NOT_NAME) || doc.is_in(k, Class::TITLE))
    })
}

/// Whether token `i` is a word in capitals of a dateline's place, short ones ("ST",
/// "DE") included.
pub(crate) fn in_dateline(doc: &Doc, i: usize) -> bool {
    // A shouted word is capitalised: the flag answers most words at once.
    (i..i + 3)
        .take_while(|&k| doc.is_capitalised(k) && is_shouted(doc.word(k)))
        .any(|k| is_dateline(doc, k))
}

/// For a subject at token `s` right after "that" and a subordinator ("said that once
/// the Senate goes on recess"), the token after "that": the subordinate clause is part
/// of the "that" clause.
pub(crate) fn after_that(doc: &Doc, s: usize) -> Option<usize> {
    let sub = s.checked_sub(1).filter(|&k| is_subordinator(doc, k))?;
    sub.checked_sub(1)
        .filter(|&t| doc.is(t, "that"))
        .map(|_| sub)
}

/// Whether the clause from `lo` to the quote at `open` is subordinate: it opens on a
/// conjunction ("When Lee shouted, “...,” Kim said"), after "but", "and" or "even" if
/// need be, or on a participle ("Holding signs reading “...,” the crowd chanted"); a
/// quote there is the subordinate verb's, not the main clause's after it.
pub(crate) fn is_subordinate(doc: &Doc, lo: usize, open: usize) -> bool {
    let mut k = lo;
    while k + 1 < open && ["and", "but", "even"].iter().any(|w| doc.is(k, w)) {
        k += 1;
    }
    if k >= open || !doc.is_word(k) {
        return false;
    }
    is_subordinator(doc, k)
        || doc.is_capitalised(k) && doc.word(k).len() > 5 && doc.word(k).ends_with("ing")
}

/// Whether the word at `i` is a subject pronoun, an auxiliary or a modal, which only a
/// clause of its own has: the "that" after it is no complementizer of the cue ("said
/// she liked that plan", "said it would take that long").
pub(crate) fn opens_own_clause(doc: &Doc, i: usize) -> bool {
    names::is_subject_pronoun(doc, i)
        || doc.is(i, "there")
        || is_auxiliary(doc, i)
        || is_modal(doc, i)
}

/// The verb contracted after a pronoun at token `i`, without its apostrophe: "s" of
/// "he’s", "ve" of "I've" (the only words to start on an apostrophe).
pub(crate) fn contracted<'a>(doc: &Doc<'a>, i: usize) -> Option<&'a str> {
    doc.is_word(i)
        .then(|| doc.word(i).strip_prefix(['\'', '\u{2019}']))
        .flatten()
}

/// Whether token `i` is a form of "be", "have" or "do", written out or contracted
/// ("’s", "'ve").
pub(crate) fn is_auxiliary(doc: &Doc, i: usize) -> bool {
    doc.is_in(i, Class::AUXILIARY) || contracted(doc, i).is_some()
}

/// The written-out auxiliaries of [`is_auxiliary`].
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
];

/// The modal verbs of [`is_modal`].
pub(super) const MODALS: &[&str] = &[
    "can", "cannot", "could", "may", "might", "must", "should", "will", "would",
];

/// Whether token `i` is a modal verb: "could", "would".
pub(crate) fn is_modal(doc: &Doc, i: usize) -> bool {
    doc.is_in(i, Class::MODAL)
}

/// Whether the reported "clause" `content` after the verb of saying at `cue` only says
/// where or when it was said: "Lee said in a statement", "Kim wrote on Twitter", "she
/// said in December" (a short phrase opening on a preposition, with no verb); not "called
/// on the council to act".
pub(crate) fn is_circumstance(doc: &Doc, cue: usize, content: Range<usize>) -> bool {
    const OPENERS: &[&str] = &["in", "on", "at", "during", "via"];
    let words = content.clone().filter(|&k| doc.is_word(k)).count();
    // "called on Congress to act": "on" is the verb's particle, its object the addressee.
    let call_on =
        doc.word(cue).starts_with("call") && content.start > cue && doc.is(content.start, "on");
    // Before the verb, a phrase with a verb of its own is a clause: "In 2015 Congress
    // passed it, the mayor said" (not "In a speech last July, he said").
    let clause_before = content.start < cue
        && content.clone().any(|k| {
            let w = doc.word(k);
            doc.is_word(k)
                && !doc.is_capitalised(k)
                && (super::cues::is_past_form(w)
                    || super::np_words::is_irregular_past(w)
                    || is_auxiliary(doc, k))
        });
    doc.verb(cue).is_some_and(|v| v.reports_speech())
        && !clause_before
        && !call_on
        && OPENERS.iter().any(|o| doc.is(content.start, o))
        && words <= 6
        && content
            .clone()
            .all(|k| doc.verb(k).is_none() && doc.quote_of(k).is_none())
}

/// Where a source phrase found from token `s` starts with the quantity words before it
/// ("55 percent of all | voters", "a 45% plurality of | Democrats"): back over
/// determiners, numbers, "%", "percent", "of", "all", "majority" and "plurality", a few
/// words at most and not before `lo`.
pub(crate) fn quantity_start(doc: &Doc, s: usize, lo: usize) -> usize {
    const QUANTITIES: &[&str] = &["all", "majority", "of", "percent", "plurality"];
    let mut k = s;
    while k > lo && k + 6 > s {
        let i = k - 1;
        // Not "..., but that she was told": a complementizer opens the clause.
        let quantity = doc.is_in(i, Class::DETERMINER) && !doc.is(i, "that")
            || doc.word(i).starts_with(|c: char| c.is_ascii_digit())
            || doc.is_punct(i, "%")
            || QUANTITIES.iter().any(|w| doc.is(i, w));
        if !quantity {
            break;
        }
        k = i;
    }
    k
}
