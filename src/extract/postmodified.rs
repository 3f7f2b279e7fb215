//! The subject of a finite cue with a modifier between them: a phrase opening the
//! clause, then a prepositional, participle or relative phrase that belongs to it
//! ("Another source speaking to reporters said", "Officers with no knowledge of the
//! case said", "The states whose laws were struck down say", "People we spoke to
//! said"). The whole run up to the cue is written as the source; the speaker is named
//! by the phrase without a participle or relative clause (`Np::core_end`).

use super::adverbs::is_adverb;
use super::clauses::{is_auxiliary, is_modal, is_subordinator, opens_clause};
use super::cues;
use super::doc::Doc;
use super::fixed_phrases::is_fixed_phrase;
use super::lexicon::Class;
use super::names::{
    before, is_number, is_possessive, is_standalone_determiner, is_subject_pronoun, role, Np,
    NpKind, Role,
};
use super::subjects::{is_opening_adverb, is_preposition};

/// The most words a subject and its modifier may span before the cue.
const MAX_WORDS: usize = 20;

/// "Another source speaking to reporters said": the phrase opening the clause before
/// the finite cue at `cue` (no earlier than `lo`), with the modifier that runs from it
/// to the cue over words only (no comma, quote or dash). `None` where the words before
/// the cue show it is no verb of this subject: a conjunction ("walked in and said"),
/// an infinitive ("went on to say"), a preposition, determiner, number or superlative
/// ("in favor", "the plan", "by 27 pledged", "one of the biggest challenges"), or a finite verb inside the run ("Lee said he had
/// received offers", "the report was thrown into question").
pub(super) fn postmodified_subject(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    let mut end = cue;
    // "A spokesman for the group could only quip": adverbs and a modal before the cue.
    while end > lo && end + 4 > cue && (is_adverb(doc, end - 1) || is_modal(doc, end - 1)) {
        end -= 1;
    }
    let last = end.checked_sub(1).filter(|&l| l > lo)?;
    let verb_ends = ["and", "but", "or", "then", "to", "that"]
        .iter()
        .any(|c| doc.is(last, c) || doc.is(cue - 1, c));
    // "one of the biggest challenges": a superlative's noun, no cue.
    let superlative = doc.word(last).ends_with("est")
        && doc.word(last).len() > 5
        && doc.is_in(last - 1, Class::DETERMINER)
        || doc.is(last - 1, "most");
    if verb_ends
        || superlative
        || is_preposition(doc, last)
        || ["despite", "than", "like", "as"]
            .iter()
            .any(|p| doc.is(last, p))
        || doc.is_in(last, Class::DETERMINER)
        || is_number(doc, last)
    {
        return None;
    }
    let floor = lo.max(end.saturating_sub(MAX_WORDS));
    let first = (floor..end)
        .rev()
        .take_while(|&k| doc.is_word(k) && doc.quote_of(k).is_none())
        .last()?;
    let j = (first + 1..end).find(|&j| opens_modifier(doc, j))?;
    // "the officials whose laws were struck down say": a relative clause has a verb
    // after its subject ("the hacker whose mischief revealed" has none).
    if doc.is(j, "whose") && j + 3 > end {
        return None;
    }
    let relative = doc.is(j, "whose") || is_pronoun_subject(doc, j);
    if (j + 1..end).any(|k| is_finite(doc, k, relative)) {
        return None;
    }
    let np = before(doc, j, lo)?;
    let s = np.tokens.start;
    // "A poll conducted by": a past participle modifies a common noun; after a name
    // it is the name's verb ("The agency responded with a lawsuit").
    let participle_after_name = cues::is_past_form(doc.word(j)) && doc.is_capitalised(np.head);
    let opens = np.kind == NpKind::Phrase
        && np.tokens.end == j
        && s >= first
        && opens_clause(doc, s, lo)
        && !is_opening_adverb(doc, &np)
        && !participle_after_name;
    let core_end = opens_clausal(doc, j).then_some(j);
    opens.then_some(Np {
        tokens: s..end,
        core_end,
        ..np
    })
}

/// "His best friend at Yale, Jo Ray, said": given `np`, a phrase after a preposition
/// and before an appositive comma, the phrase opening the clause that the preposition
/// (or a chain of up to four: "the director of the center at the university", "the
/// people interviewed for the book") attaches `np` to, with the attachments. Its head
/// must be a word that can speak ("friend", "Jo Lee", "many"), not a common noun ("Lee
/// benefits from the rule,").
pub(super) fn attached_subject(doc: &Doc, np: &Np, lo: usize) -> Option<Np> {
    let end = np.tokens.end;
    let mut start = np.tokens.start;
    for _ in 0..4 {
        let link = start
            .checked_sub(1)
            .filter(|&k| k > lo && is_preposition(doc, k) && !doc.is(k, "to"))?;
        // "people interviewed for the book": a past participle before the preposition;
        // after a name it is the name's verb ("Jo Lee arrived in Ohio").
        let participle = link > lo + 2
            && !doc.is_capitalised(link - 1)
            && !doc.is_capitalised(link - 2)
            && cues::is_past_form(doc.word(link - 1));
        let stop = if participle { link - 1 } else { link };
        let outer = before(doc, stop, lo).filter(|o| {
            o.kind == NpKind::Phrase && o.tokens.end == stop && !verb_between_names(doc, o)
        })?;
        start = outer.tokens.start;
        if opens_clause(doc, start, lo) {
            let speaks =
                role(doc, outer.head) == Role::Head || is_standalone_determiner(doc, outer.head);
            return (speaks && !is_opening_adverb(doc, &outer)).then_some(Np {
                tokens: start..end,
                ..outer
            });
        }
    }
    None
}

/// Whether a lower-case word in "-s" stands between two capitalised words of `np`, the
/// verb of a clause and no modifier: "Lee leads Kim (among men)".
fn verb_between_names(doc: &Doc, np: &Np) -> bool {
    (np.tokens.start + 1..np.tokens.end.saturating_sub(1)).any(|k| {
        let w = doc.word(k);
        doc.is_capitalised(k - 1)
            && doc.is_capitalised(k + 1)
            && !doc.is_capitalised(k)
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !is_possessive(w)
    })
}

/// Whether token `k` inside a modifier is a finite verb, which ends the subject's
/// words: a verb of saying ("said"), a word opening a clause ("that", "which",
/// "because"), a negated or other auxiliary ("was", "did"; allowed in a
/// `relative` clause, "whose laws were struck down"), or a past form with no
/// preposition after it ("the shooting sparked protests").
fn is_finite(doc: &Doc, k: usize, relative: bool) -> bool {
    let w = doc.word(k);
    // "the polls", "a report": after a determiner a verb's form is a noun.
    // "the executive in charge of the show said": a fixed phrase holds no verb.
    doc.verb(k).is_some()
        && !cues::is_participle(w)
        && !doc.is_in(k - 1, Class::DETERMINER)
        && !is_fixed_phrase(doc, k)
        || CLAUSE_WORDS.iter().any(|c| doc.is(k, c))
        || is_subordinator(doc, k)
        || w.ends_with("n't")
        || w.ends_with("n\u{2019}t")
        || !relative && (is_auxiliary(doc, k) || is_modal(doc, k))
        || !relative && w.ends_with("ed") && !doc.is_capitalised(k) && !is_preposition(doc, k + 1)
}

/// Words that open a clause of their own inside the words before a cue ("the debate
/// grew so heated over who supported"): no modifier of a subject holds one.
const CLAUSE_WORDS: &[&str] = &[
    "that", "than", "who", "which", "what", "how", "why", "where",
];

/// Whether token `j` can open a modifier of the phrase before it: a preposition
/// ("with", "from"; not "to"), "whose", or a participle or relative clause
/// ([`opens_clausal`]).
fn opens_modifier(doc: &Doc, j: usize) -> bool {
    // "(About) four in 10 voters in each county say": a ratio's "in" and an
    // approximation are part of the phrase.
    let ratio = doc.is(j, "in") && j > 0 && is_number(doc, j - 1) && is_number(doc, j + 1);
    let approximate = ["about", "around"].iter().any(|a| doc.is(j, a)) && is_number(doc, j + 1);
    opens_clausal(doc, j)
        || !doc.is_capitalised(j)
            && !ratio
            && !approximate
            && (is_preposition(doc, j) && !doc.is(j, "to") || doc.is(j, "whose"))
}

/// Whether token `j` opens a participle or relative clause modifying the phrase before
/// it: a participle ("speaking", "conducted by"), or the subject of a relative clause
/// without its pronoun ("we" in "people we spoke to").
fn opens_clausal(doc: &Doc, j: usize) -> bool {
    let w = doc.word(j);
    is_pronoun_subject(doc, j)
        || !doc.is_capitalised(j)
            && (cues::is_participle(w)
                // "A poll conducted by", "voters interviewed at": a past participle
                // with its preposition ("Lee roused the crowd" is a verb and object).
                || cues::is_past_form(w) && is_preposition(doc, j + 1) && !doc.is(j + 1, "to"))
}

/// Whether token `j` is a subject pronoun opening a relative clause without its own
/// pronoun: "we" in "people we spoke to", "I" in "people I’ve met".
fn is_pronoun_subject(doc: &Doc, j: usize) -> bool {
    is_subject_pronoun(doc, j) && !doc.is(j, "it")
}
