//! Appositive chains before a cue: "Ann Lee, 45, a nurse from Ohio, said" is said by
//! the phrase that opens the chain, not by its last link ("Jo Lee and Al Kim, both
//! Republicans, said": by the names joined by "and").

use super::adverbs::is_adverb;
use super::clauses::opens_clause;
use super::cues;
use super::doc::Doc;
use super::lists::coordinated;
use super::names::{self, Np, NpKind};
use super::postmodified::attached_subject;
use super::shares;
use super::subjects::{across_relative, before_parenthesis, is_opening_adverb, is_preposition};

/// For "Ann Lee, 45, a nurse from Ohio, said": given the comma before the cue, the
/// phrase that opens the chain of appositives. Each comma back to `lo` (or 40 tokens)
/// is tried; the farthest phrase that opens a clause wins.
pub(super) fn appositive_head(doc: &Doc, comma: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(comma.saturating_sub(40));
    let mut best = None;
    let mut c = comma;
    while c > floor {
        c -= 1;
        // "Jo Ray, author of “Old Roads,” said": a title quoted inside the chain.
        if let Some(q) = doc.quote_of(c) {
            match embedded_title(doc, q) {
                Some(open) if open > floor => {
                    c = open;
                    continue;
                }
                _ => break,
            }
        }
        if !doc.is_punct(c, ",") {
            continue;
        }
        // "Just over a quarter, 26%, say": a share, not its last phrase ("a quarter").
        let share = (c > lo).then(|| shares::share_at(doc, c - 1, lo)).flatten();
        let np = match (before_parenthesis(doc, c, lo), share) {
            (Some(np), Some(sh)) if sh.tokens.start >= np.tokens.start => Some(np),
            (np, sh) => sh.or(np),
        };
        // "The judges who ruled on it, for instance, said": a phrase and its "who"
        // clause opening the sentence ("that" is too often a complementizer).
        let np = across_relative(doc, c, lo, c)
            .filter(|r| r.tokens.start == lo && r.tokens.clone().any(|k| doc.is(k, "who")))
            .or(np);
        // "His friend at Yale, Jo Ray, said": a phrase after a preposition may end one
        // that opens the clause.
        let Some(np) = np.map(|np| attached_subject(doc, &np, lo).unwrap_or(np)) else {
            continue;
        };
        // "Jo Ray, who, after a long fight, said": a relative set off before an aside
        // is the subject.
        if best.is_none()
            && np.kind == NpKind::Relative
            && np.tokens.end == c
            && doc.is(np.head, "who")
        {
            return Some(np);
        }
        // "Jo Lee and Al Kim, both Republicans, said": names joined by "and".
        let np = coordinated(doc, lo, np);
        // "After the vote, Lee (D-Ohio), said": a phrase after a preposition is no
        // subject.
        let s = np.tokens.start;
        // But "after Lee, asked about it, said": a past participle set off after it
        // makes "after" a conjunction and the phrase its clause's subject.
        let described =
            doc.is_word(c + 1) && !doc.is_capitalised(c + 1) && cues::is_past_form(doc.word(c + 1));
        let conjunction = ["after", "before", "since", "until"]
            .iter()
            .any(|w| s > lo && doc.is(s - 1, w));
        let adverbial = s > lo
            && (is_preposition(doc, s - 1) || conjunction || doc.is(s - 1, "during"))
            && !(conjunction && described);
        // "Now Jo Lee, the mayor, is promising": after an adverb opening the sentence.
        let after_adverb = s == lo + 1 && is_adverb(doc, lo);
        if (opens_clause(doc, s, lo) || after_adverb || names::is_nominative(doc, s))
            && np.kind != NpKind::Relative
            && !adverbial
            && !is_opening_adverb(doc, &np)
        {
            best = Some(np);
        }
    }
    best
}

/// For the quote `q`, its opening mark if it is a few words quoted inside a phrase (a
/// title or a word held at arm's length: "author of “Old Roads,”", "the local
/// “reporter,”"), closed and after a word that is no verb of saying.
pub(super) fn embedded_title(doc: &Doc, q: usize) -> Option<usize> {
    let quote = doc.quotes.get(q)?;
    let close = quote.close?;
    let words = (quote.open..close).filter(|&k| doc.is_word(k)).count();
    let before = quote.open.checked_sub(1)?;
    (words <= 4
        && doc.is_word(before)
        && doc.quote_of(before).is_none()
        && (doc.verb(before).is_none_or(|v| !v.is_speech())
            // "a class called “Perception”".
            || super::naming::is_naming(doc, before)))
    .then_some(quote.open)
}

/// Whether token `k` lies in a title or a word quoted inside the writer's phrase ("Jo
/// Ray, wearing “Vote Kim” pins, said"), which a cue clause runs across.
pub(super) fn in_title(doc: &Doc, k: usize) -> bool {
    doc.quote_of(k)
        .is_some_and(|q| embedded_title(doc, q).is_some())
}
