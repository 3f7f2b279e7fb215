//! Subjects written as more than one phrase: a list joined by "and" ("Lee, Park and
//! other officials said"), a number approximated by the word before it ("About 40
//! percent said"), a phrase placed in a town and its state ("Jo Lee of Dayton, Ohio,
//! says"), a bare plural noun joined to a phrase ("Farmers and growers said"); and a
//! quantifier that floats after its subject's auxiliary ("who has both
//! praised"), which is no subject itself.

use super::clauses::opens_clause;
use super::doc::Doc;
use super::names::{self, before, role, Np, NpKind, Role};
use super::opening_lists::after_opening_phrase;
use super::subjects::is_preposition;

/// "About 40 percent said", "Over 200 nurses said": "about" or "over" opening the
/// clause before a number approximates it, and is written as part of the phrase.
pub(super) fn approximated(doc: &Doc, lo: usize, np: Np) -> Np {
    let s = np.tokens.start;
    let approximates = s > lo
        && names::is_number(doc, s)
        && ["about", "around", "over"].iter().any(|w| doc.is(s - 1, w))
        && opens_clause(doc, s - 1, lo);
    if !approximates {
        return np;
    }
    Np {
        tokens: s - 1..np.tokens.end,
        ..np
    }
}

/// "Jo Lee and Ann Park said", "Lee, Park and Kim said", "Nurses, teachers, and other
/// workers said", "He and Sen. Jo Park said": the phrases joined to a subject. The head
/// stays the last phrase's.
pub(super) fn coordinated(doc: &Doc, lo: usize, np: Np) -> Np {
    let phrase = |np: &Np| np.kind == NpKind::Phrase;
    let s = np.tokens.start;
    if !phrase(&np) || s < lo + 2 || !doc.is(s - 1, "and") {
        return np;
    }
    // "Lee, Park, and Kim": a comma before the "and" closes a list of three or more.
    let and = s - 1;
    let serial = and > lo + 1 && doc.is_punct(and - 1, ",");
    let Some(first) = before(doc, if serial { and - 1 } else { and }, lo) else {
        return np;
    };
    // "She and Sen. Jo Park said": a subject pronoun opening the clause, joined alone;
    // anywhere if it can only be a subject ("said he and other leaders are planning").
    if first.kind == NpKind::Pronoun {
        let subject = !serial
            && (names::is_nominative(doc, first.head)
                || !doc.is(first.head, "it") && opens_clause(doc, first.head, lo));
        return if subject {
            Np {
                tokens: first.head..np.tokens.end,
                ..np
            }
        } else {
            np
        };
    }
    if !phrase(&first) {
        return np;
    }
    let mut start = first.tokens.start;
    // "Lee, Park and Kim": each earlier phrase opens the clause or follows a comma.
    while start >= lo + 2 && doc.is_punct(start - 1, ",") {
        match before(doc, start - 1, lo).filter(phrase) {
            Some(prev) if opens_clause(doc, prev.tokens.start, lo) => start = prev.tokens.start,
            Some(prev) => match placed_list(doc, lo, &prev, np.tokens.end) {
                Some(list) => return list,
                None => break,
            },
            None => break,
        }
    }
    // A list whose earlier names hang on a preposition ("with Mexico, China and ...")
    // is no subject.
    // "During a talk in Ohio, Lee, Kim and Park said": unless a comma closes the
    // clause's opening phrase there.
    let listed = start >= lo + 2
        && doc.is_punct(start - 1, ",")
        && doc.is_capitalised(start - 2)
        && !after_opening_phrase(doc, lo, start);
    // "with Peru and the trade pact": a list after a preposition is no subject.
    let opens = opens_clause(doc, start, lo) && !(start > lo && is_preposition(doc, start - 1));
    // "Most voters in Ohio and Utah said": two places after the phrase they hang on.
    if !opens && start == first.tokens.start {
        return placed_list(doc, lo, &first, np.tokens.end).unwrap_or(np);
    }
    if !opens || listed || serial && start == first.tokens.start {
        return np;
    }
    Np {
        tokens: start..np.tokens.end,
        ..np
    }
}

/// "Most voters in Ohio, Iowa and Utah said": the first item of a list of places,
/// `first`, came with the phrase it hangs on ("voters in Ohio"); that phrase is the
/// subject, the whole list (ending at `end`) with it, if it opens the clause or follows
/// a quantifier that does ("Most").
fn placed_list(doc: &Doc, lo: usize, first: &Np, end: usize) -> Option<Np> {
    let attached = first
        .tokens
        .clone()
        .any(|p| p > first.head && ["in", "from", "across"].iter().any(|w| doc.is(p, w)));
    let mut start = first.tokens.start;
    if start > lo && names::is_standalone_determiner(doc, start - 1) {
        start -= 1;
    }
    (attached
        && doc.is_capitalised(first.tokens.end.saturating_sub(1))
        && opens_clause(doc, start, lo))
    .then_some(Np {
        tokens: start..end,
        ..first.clone()
    })
}

/// "Jo Lee of Dayton, Ohio says": the phrase found before the cue is the state after
/// a town's comma; the source is the phrase the town hangs on, written with the place.
pub(super) fn located(doc: &Doc, lo: usize, np: Np) -> Np {
    let s = np.tokens.start;
    let state = np.kind == NpKind::Phrase
        && np.tokens.len() <= 3
        && s >= lo + 4
        && doc.is_capitalised(s)
        && doc.is_punct(s - 1, ",")
        && doc.is_capitalised(s - 2);
    if !state {
        return np;
    }
    // The town: up to three capitalised words after "of", "in" or "from".
    let mut t = s - 2;
    while t > lo + 1 && t + 3 > s - 1 && doc.is_word(t - 1) && doc.is_capitalised(t - 1) {
        t -= 1;
    }
    if !["of", "in", "from"].iter().any(|p| doc.is(t - 1, p)) {
        return np;
    }
    // "Soon after the storm in Dayton, Lee said": a phrase after a preposition is an
    // opening adverbial, and the name after its comma the subject.
    let adverbial = |who: &Np| {
        let s = who.tokens.start;
        s > lo
            && (is_preposition(doc, s - 1)
                || ["after", "before", "since", "until"]
                    .iter()
                    .any(|w| doc.is(s - 1, w)))
    };
    match before(doc, t - 1, lo) {
        Some(who)
            if who.kind == NpKind::Phrase
                && opens_clause(doc, who.tokens.start, lo)
                && !adverbial(&who) =>
        {
            Np {
                tokens: who.tokens.start..np.tokens.end,
                ..who
            }
        }
        _ => np,
    }
}

/// "Lee, who has both praised and faulted the plan", "they have all said", "Lee and Park
/// both said": a quantifier right after an auxiliary, a name or a pronoun floats off the
/// subject before it. Returns the token the subject ends before when the phrase `np` is
/// such a quantifier.
pub(super) fn floating_quantifier(doc: &Doc, lo: usize, np: &Np) -> Option<usize> {
    const QUANTIFIERS: &[&str] = &["both", "all", "each"];
    const AUXILIARIES: &[&str] = &[
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should",
        "may", "might", "can", "did", "do", "does",
    ];
    let q = np.tokens.start;
    if np.tokens.len() != 1 || q <= lo || !QUANTIFIERS.iter().any(|w| doc.is(q, w)) {
        return None;
    }
    if q > lo + 1 && AUXILIARIES.iter().any(|w| doc.is(q - 1, w)) {
        return Some(q - 1);
    }
    // "Lee and Park both said", "They all agreed": right after a name or a pronoun.
    let named = doc.is_word(q - 1) && doc.is_capitalised(q - 1)
        || doc.is_punct(q - 1, ")")
        || ["they", "we", "you"].iter().any(|p| doc.is(q - 1, p));
    named.then_some(q)
}

/// "Farmers and growers said", "The nurses and aides interviewed said": a bare plural
/// noun (up to two modifiers) ending before `end` is no phrase alone, but is the last
/// item of a list joined by "and" to the phrase before it.
pub(super) fn bare_plural_list(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let head = end.checked_sub(1).filter(|&h| h > lo + 1)?;
    let w = doc.word(head);
    let plural = role(doc, head) == Role::Modifier
        && w.ends_with('s')
        && !w.ends_with("ss")
        // "religious", "various": an adjective.
        && !w.ends_with("us")
        && (doc.verb(head).is_none() || names::plural_before_verb(doc, head));
    if !plural {
        return None;
    }
    let mut start = head;
    while start > lo + 1 && start + 2 > head && role(doc, start - 1) == Role::Modifier {
        start -= 1;
    }
    let np = Np {
        tokens: start..end,
        head,
        kind: NpKind::Phrase,
        core_end: None,
    };
    let list = coordinated(doc, lo, np);
    (list.tokens.start < start).then_some(list)
}
