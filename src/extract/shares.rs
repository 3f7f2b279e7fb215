//! Shares of a group as a source: "47% say", "nearly nine out of 10 voters",
//! "one in five"; the people polled: "those surveyed say".

use super::clauses::opens_clause;
use super::cues;
use super::doc::Doc;
use super::names::{is_number, Np, NpKind};

/// Words naming a share of a group.
const SHARES: &[&str] = &[
    "percent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
];

/// A share of a group ending at token `last`: "47%", "22 percent", "almost half",
/// "nearly nine out of 10", "one in five". The head is the last word.
pub(super) fn quantity_before(doc: &Doc, last: usize, lo: usize) -> Option<Np> {
    // Only before a verb: "47% say", not "a 15 percent rate".
    let cue = last + 1;
    let w = doc.word(cue);
    let verb = doc
        .verb(cue)
        .is_some_and(|v| v.is_speech() || cues::is_past_form(w) || w.ends_with('s'))
        && !cues::is_noun_use(doc, cue);
    let (start, head) = quantity(doc, last, lo).filter(|_| verb)?;
    // A bare number is no share: "two learned", "seven rate"; "six in 10" is one.
    let ratio = |k: usize| doc.is(k, "in") && k > start && is_number(doc, k + 1);
    let shared = (start..=last)
        .any(|k| is_share_word(doc, k) || doc.is_punct(k, "%") || doc.is(k, "of") || ratio(k));
    if !shared {
        return None;
    }
    Some(Np {
        tokens: start..last + 1,
        head,
        kind: NpKind::Phrase,
        core_end: None,
    })
}

/// A share of a group ending at token `last` before an appositive comma, whatever
/// follows: "just shy of half, 49%, say", "about two-thirds, 67 percent, say".
pub(super) fn share_at(doc: &Doc, last: usize, lo: usize) -> Option<Np> {
    let (start, head) = quantity(doc, last, lo)?;
    let shared = (start..=last).any(|k| is_share_word(doc, k) || doc.is_punct(k, "%"));
    shared.then(|| Np {
        tokens: start..last + 1,
        head,
        kind: NpKind::Phrase,
        core_end: None,
    })
}

/// A share with the group it is a share of, when a clause opens on "Among" that group:
/// "Among retired voters, 60% say" is said by "Among retired voters, 60%".
pub(super) fn among(doc: &Doc, np: Np, lo: usize) -> Np {
    let s = np.tokens.start;
    let share = (s..np.tokens.end).any(|k| is_share_word(doc, k) || doc.is_punct(k, "%"));
    if !share || s < lo + 3 || !doc.is_punct(s - 1, ",") {
        return np;
    }
    let floor = lo.max(s.saturating_sub(10));
    for k in (floor..s - 2).rev() {
        if doc.is_punct(k, ",") || doc.quote_of(k).is_some() {
            break;
        }
        if doc.is(k, "among") && opens_clause(doc, k, lo) {
            return Np {
                tokens: k..np.tokens.end,
                ..np
            };
        }
    }
    np
}

/// The start and head of a share ending at token `last` (see [`quantity_before`]).
pub(super) fn quantity(doc: &Doc, last: usize, lo: usize) -> Option<(usize, usize)> {
    const INSIDE: &[&str] = &[
        "out", "of", "in", "nearly", "almost", "about", "around", "roughly", "only", "just",
        "over", "shy", "than", "more", "fewer", "less", "a", "one",
    ];
    let share = |k: usize| is_number(doc, k) || is_share_word(doc, k);
    let head = if doc.is_punct(last, "%") {
        last.checked_sub(1)
            .filter(|&h| h >= lo && is_number(doc, h))?
    } else {
        last
    };
    if !share(head) || !doc.is_word(head) {
        return None;
    }
    let mut start = head;
    // "2,000": a number's thousands separator.
    let joined = |c: usize| {
        c > lo
            && doc.is_punct(c, ",")
            && is_number(doc, c - 1)
            && doc.tokens[c - 1].end() == doc.tokens[c].start()
            && doc.tokens[c].end() == doc.tokens[c + 1].start()
    };
    while start > lo
        && doc.quote_of(start - 1).is_none()
        && (share(start - 1)
            || joined(start - 1)
            || doc.is_punct(start - 1, "%")
            || INSIDE.iter().any(|w| doc.is(start - 1, w)))
    {
        start -= 1;
    }
    // "one in five": the phrase opens on a number or an approximation, not on "of".
    while start < head && ["out", "of", "in", "than"].iter().any(|w| doc.is(start, w)) {
        start += 1;
    }
    Some((start, head))
}

/// Whether token `k` names a share: "percent", "half", "two-thirds", "three-quarters".
fn is_share_word(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    let last = match w.bytes().rposition(|b| b == b'-') {
        Some(at) => &w[at + 1..],
        None => w,
    };
    doc.is_word(k) && SHARES.iter().any(|s| last.eq_ignore_ascii_case(s))
}

/// Participles of polling that close the subject of a cue after "those": "those
/// surveyed said"; the first four after a plural noun too ("voters polled say"), where
/// "asked", "contacted" and "questioned" would read as the verb ("reporters asked").
const POLLED: &[&str] = &[
    "polled",
    "surveyed",
    "interviewed",
    "sampled",
    "asked",
    "contacted",
    "questioned",
];

/// Whether the participle at `p` closes a subject of people polled before a cue:
/// "those surveyed", "voters polled" (`plural`: after a plural noun).
pub(super) fn is_polled(doc: &Doc, p: usize, plural: bool) -> bool {
    let n = if plural { 4 } else { POLLED.len() };
    POLLED[..n].iter().any(|w| doc.is(p, w))
}

/// "those surveyed said", "voters polled say": the people polled, the participle
/// included, as the subject ending at `end`.
pub(super) fn polled(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let p = end.checked_sub(1).filter(|&p| p > lo)?;
    if doc.is(p - 1, "those") && is_polled(doc, p, false) {
        // "Most of those surveyed", "31 percent of those polled": the share with it.
        let share = (p > lo + 2 && doc.is(p - 2, "of"))
            .then(|| super::names::before(doc, p - 2, lo))
            .flatten()
            .filter(|np| np.kind == NpKind::Phrase && np.tokens.end == p - 2);
        let start = share.map_or(p - 1, |np| np.tokens.start);
        return Some(Np {
            tokens: start..end,
            head: p - 1,
            kind: NpKind::Phrase,
            core_end: None,
        });
    }
    if !is_polled(doc, p, true) {
        return None;
    }
    let np = super::subjects::plain_subject(doc, p, lo).filter(|np| {
        np.kind == NpKind::Phrase && np.tokens.end == p && doc.word(np.head).ends_with('s')
    })?;
    Some(Np {
        tokens: np.tokens.start..end,
        ..np
    })
}
