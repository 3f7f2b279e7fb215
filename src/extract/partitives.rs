//! A part of a group opening the clause, written as the source with its group: "None
//! of the three said", "Each of the senators said", "Two of those officials said".

use super::clauses::opens_clause;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{is_number, Np, NpKind};

/// Words naming a part of a group before "of": "none", "each", "most".
const PARTS: &[&str] = &[
    "all", "any", "both", "each", "either", "few", "half", "many", "most", "neither", "none",
    "one", "several", "some",
];

/// "None of the three said": the phrase `np` after "of" with the part of the group
/// before it, when that part opens the clause (no earlier than `lo`); `np` itself
/// otherwise.
pub(crate) fn with_part(doc: &Doc, lo: usize, np: Np) -> Np {
    let s = np.tokens.start;
    if np.kind != NpKind::Phrase || s < lo + 2 || !doc.is(s - 1, "of") {
        return np;
    }
    let part = s - 2;
    let named = PARTS.iter().any(|p| doc.is(part, p)) || is_number(doc, part);
    if !named || !opens_clause(doc, part, lo) || !can_speak(doc, &np) {
        return np;
    }
    Np {
        tokens: part..np.tokens.end,
        ..np
    }
}

/// Whether the group `np` ends on a head that can speak: a role ("senators"), a name,
/// or a plural noun ("voters"), not "one of the biggest (challenges)".
fn can_speak(doc: &Doc, np: &Np) -> bool {
    let h = np.head;
    let w = doc.word(h);
    np.tokens.end == h + 1
        && (doc.is_in(h, Class::ROLE.or(Class::ANON))
            || doc.is_capitalised(h)
            || w.ends_with('s') && !w.ends_with("ss") && doc.verb(h).is_none())
}

/// "None of the three said", "Two of those five said": a part of a group named only by
/// its number, ending at `end` and opening the clause (no earlier than `lo`).
pub(crate) fn part_of_number(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let number = end
        .checked_sub(1)
        .filter(|&k| k > lo && is_number(doc, k))?;
    let det = ["the", "those", "these"]
        .iter()
        .any(|d| doc.is(number - 1, d));
    let of = if det { number - 2 } else { number - 1 };
    let part = of.checked_sub(1).filter(|&p| p >= lo && doc.is(of, "of"))?;
    let named = PARTS.iter().any(|p| doc.is(part, p)) || is_number(doc, part);
    (named && opens_clause(doc, part, lo)).then_some(Np {
        tokens: part..end,
        head: number,
        kind: NpKind::Phrase,
        core_end: None,
    })
}

/// "half of them said", "as many as two-thirds of us say": a part of a group named by a
/// pronoun, ending at `end` and opening the clause (no earlier than `lo`).
pub(crate) fn part_of_pronoun(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let group = end.checked_sub(1).filter(|&k| k >= lo + 2)?;
    // Not "those" or "these", which may be determiners ("1,500 of those pages").
    if !(doc.is(group, "them") || doc.is(group, "us")) || !doc.is(group - 1, "of") {
        return None;
    }
    let part = group - 2;
    let w = doc.word(part);
    let fraction = [
        "thirds", "fourths", "fifths", "quarters", "third", "quarter",
    ]
    .iter()
    .any(|f| w.ends_with(f));
    let named = PARTS.iter().any(|p| doc.is(part, p)) || is_number(doc, part) || fraction;
    // "as many as half of them", "about a third of them".
    let mut start = part;
    if fraction && start > lo && doc.is(start - 1, "a") {
        start -= 1;
    }
    if start >= lo + 3 && doc.is(start - 3, "as") && doc.is(start - 1, "as") {
        start -= 3;
    } else if start > lo
        && ["about", "nearly", "almost", "roughly"]
            .iter()
            .any(|a| doc.is(start - 1, a))
    {
        start -= 1;
    }
    (named && doc.is_word(part) && opens_clause(doc, start, lo)).then_some(Np {
        tokens: start..end,
        head: part,
        kind: NpKind::Phrase,
        core_end: None,
    })
}
