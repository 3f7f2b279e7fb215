//! The subject of the clause a participle or a second verb hangs on: "Lee shared the
//! news on Monday, writing ...", "Hours later, she issued a statement calling ...". The
//! nearest verb before the cue whose subject opens a clause gives it, passing over
//! words that are no verbs (an appositive's noun, a member of a list) and subjects of
//! subordinate or relative clauses.

use super::clauses::{self, opens_clause};
use super::cues;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{after, before, is_number, Np, NpKind};
use super::noun_signs::is_owner;
use super::participle_subject::{named_at, noun_before_participle, subject_after_opening};
use super::subjects::{is_opening_adverb, subject_before};

/// The subject of the clause a participle at token `k` hangs on: "Lee shared the news
/// on Monday, writing ...", "Hours later, she issued a statement calling ...". Looks
/// back for a lower-case word (a verb, presumably) whose subject opens a clause.
pub(crate) fn clause_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    // "Jo Lee, a former party chairman, recalling": for a participle, role nouns are
    // passed over first.
    let participle = cues::is_participle(doc.word(k));
    verb_subject(doc, lo, k, participle)
        .or_else(|| subject_after_opening(doc, lo, k))
        .or_else(|| named_at(doc, lo, k))
        // Failing all else, a role noun taken for the verb.
        .or_else(|| {
            participle
                .then(|| verb_subject(doc, lo, k, false))
                .flatten()
        })
        .map(|np| inside_relative(doc, np, k))
}

/// The subject of the nearest verb before the cue at `k` whose subject opens a clause;
/// with `skip_roles`, role nouns are passed over as no verbs.
fn verb_subject(doc: &Doc, lo: usize, k: usize, skip_roles: bool) -> Option<Np> {
    let participle = cues::is_participle(doc.word(k));
    (lo + 1..k)
        .rev()
        .filter(|&v| {
            doc.is_word(v)
                && doc.quote_of(v).is_none()
                && !doc.is_capitalised(v)
                && !is_function_word(doc, v)
                // "in February 2012, but claimed": the year of a date is no verb.
                && !(doc.is_in(v - 1, Class::DATE) && is_number(doc, v))
                // "The operation is now considering": an auxiliary is a verb too.
                && (!doc.is_in(v, Class::STOP)
                    || doc.verb(v).is_some()
                    || clauses::is_auxiliary(doc, v))
                // "front-runner Ann Park": a word that titles the name after it is no
                // verb.
                && !(doc.verb(v).is_none()
                    && doc.is_in(v, Class::ROLE.or(Class::TITLE))
                    && doc.is_word(v + 1)
                    && doc.is_capitalised(v + 1)
                    && !doc.is_in(v + 1, Class::NOT_NAME))
                // "Jo Lee, a former party chairman, recalling": a role noun is no verb.
                && !(skip_roles
                    && doc.is_in(v, Class::ROLE.or(Class::TITLE))
                    && doc.verb(v).is_none())
        })
        .find_map(|v| {
            // "Democratic voters were more likely to want": a word that is no verb but
            // the head of the phrase opening the clause makes that phrase the subject.
            if let Some(np) = (!participle).then(|| headed_by(doc, v, k, lo)).flatten() {
                return Some(np);
            }
            // "“...,” said Jo Lee, a former chairman, referring to": the subject
            // after an inverted cue.
            let inverted = participle
                && v > lo
                && (doc.is_punct(v - 1, ",") || doc.quote_of(v - 1).is_some())
                && doc
                    .verb(v)
                    .is_some_and(|verb| verb.inverts() && verb.is_speech());
            if let Some(np) = inverted.then(|| after(doc, v + 1, k)).flatten() {
                let named = np.kind == NpKind::Phrase && doc.is_capitalised(np.head);
                return named.then_some(np);
            }
            let np = subject_before(doc, v, lo)?;
            // "endorsed him at Mar-a-Lago, the private club, calling", "voiced anger, and
            // even a little worry, about it, recently telling": a phrase inside the
            // sentence that opens on an article or is owned, before a word that is no
            // verb form and a comma before the participle, is an appositive or a member
            // of a list, not the participle's subject.
            let s = np.tokens.start;
            let article = s > lo && ["a", "an", "the"].iter().any(|a| doc.is(s, a));
            let owned = s > lo && np.tokens.clone().any(|i| is_owner(doc, i));
            let comma = (np.tokens.end..k).any(|j| doc.is_punct(j, ","));
            if participle && comma && !verb_like(doc, v, &np) && (article || owned) {
                return None;
            }
            let np = if participle {
                noun_before_participle(doc, v, k, lo, np)
            } else {
                np
            };
            let s = np.tokens.start;
            // "noted that he taught law, and added": not the subject of a "that" clause,
            // nor of a subordinate one ("Lee left after they came out, saying ...").
            // "said that the board needs to realize": an infinitive cue right after
            // the verb shares its subject, embedded or not.
            let infinitive = v + 2 == k && doc.is(v + 1, "to");
            let embedded = s > lo
                && !infinitive
                && (doc.is(s - 1, "that")
                    || participle
                        && [
                            "after", "before", "because", "if", "since", "although", "though",
                            "when", "while", "until", "once", "whereas", "what", "how", "why",
                        ]
                        .iter()
                        .any(|w| doc.is(s - 1, w)));
            // "When he returned he began by saying": a pronoun that is only ever a
            // subject opens the main clause after a subordinate one with no comma.
            let nominative = np.tokens.len() == 1
                && ["he", "she", "they", "we", "i"]
                    .iter()
                    .any(|p| doc.is(s, p))
                && after_subordinate(doc, lo, s);
            // "the chief, who began his remarks by praising": a participle inside a
            // relative clause (no comma between) is the relative's.
            let relative = np.kind == NpKind::Relative
                && !(participle
                    && doc.is(s, "who")
                    && (np.tokens.end..k).all(|j| doc.is_word(j) && doc.quote_of(j).is_none()));
            ((opens_clause(doc, s, lo) || nominative) && !relative && !embedded).then_some(np)
        })
}

/// Whether token `v` is a word that is never a verb: an article or a possessive ("the
/// president"), a pronoun or a preposition ("conservatives behind him").
fn is_function_word(doc: &Doc, v: usize) -> bool {
    doc.is_in(v, Class::DETERMINER.or(Class::PRONOUN)) || super::subjects::is_preposition(doc, v)
}

/// Whether token `v` has the form of a finite verb after the phrase `np`: a past form,
/// an auxiliary or modal, a word in "-s", a verb of the lexicon after a plural ("the
/// protesters say", not "a little worry"), or a past that is written like its base
/// ("put", "read").
fn verb_like(doc: &Doc, v: usize, np: &Np) -> bool {
    let w = doc.word(v);
    cues::is_past_form(w)
        || super::np_words::is_irregular_past(w)
        || clauses::is_auxiliary(doc, v)
        || clauses::is_modal(doc, v)
        || w.ends_with('s')
        || doc.verb(v).is_some() && doc.word(np.head).ends_with('s')
        || super::np_words::is_unchanged_past(w)
}

/// Whether the clause before token `s` is a subordinate one opening at `lo` or after a
/// comma ("When the judge returned"), with no verb of saying in it.
fn after_subordinate(doc: &Doc, lo: usize, s: usize) -> bool {
    let start = (lo..s)
        .rev()
        .find(|&k| doc.is_punct(k, ","))
        .map_or(lo, |c| c + 1);
    start + 2 < s
        && clauses::is_subordinator(doc, start)
        && (start + 1..s).all(|k| doc.is_word(k) && doc.verb(k).is_none_or(|v| !v.is_speech()))
}

/// "Lee, who in the past has praised": when the cue at `k` lies inside a relative
/// clause opening right after the phrase (no comma closes it before the cue), its
/// source is the "who".
fn inside_relative(doc: &Doc, np: Np, k: usize) -> Np {
    let end = np.tokens.end;
    let open = doc.is_punct(end, ",")
        && doc.is(end + 1, "who")
        && end + 2 < k
        && (end + 2..k).all(|j| !doc.is_punct(j, ",") && doc.quote_of(j).is_none());
    if open {
        Np::single(end + 1, NpKind::Relative)
    } else {
        np
    }
}

/// The phrase opening a clause whose head is the lower-case noun at token `v` (no verb
/// form): "Democratic voters" for "voters", "Some advocates for cell research" for
/// "research".
fn headed_by(doc: &Doc, v: usize, k: usize, lo: usize) -> Option<Np> {
    let w = doc.word(v);
    // Followed by its clause's auxiliary, and nothing but words up to the cue `k`.
    let finite = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "should", "do", "does", "did",
    ]
    .iter()
    .any(|a| doc.is(v + 1, a));
    if doc.verb(v).is_some()
        || cues::is_past_form(w)
        || cues::is_participle(w)
        || !finite
        || (v + 1..k).any(|j| !doc.is_word(j))
    {
        return None;
    }
    before(doc, v + 1, lo).filter(|np| {
        np.kind == NpKind::Phrase
            && np.tokens.start < v
            && (np.head == v || np.tokens.start < np.head)
            && opens_clause(doc, np.tokens.start, lo)
            && !is_opening_adverb(doc, np)
    })
}
