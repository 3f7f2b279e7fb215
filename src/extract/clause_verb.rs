//! A quote inside a clause with no verb of saying ("Lee coached him to “...”"): the
//! clause's own verb and subject attribute it.

use super::attribution::Source;
use super::clauses;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{self, NpKind};
use super::subjects;

/// Closed-class words that end like verbs ("-s", "-ed") but are none.
const NOT_VERBS: &[&str] = &[
    "as",
    "is",
    "us",
    "his",
    "its",
    "this",
    "thus",
    "yes",
    "was",
    "hers",
    "ours",
    "yours",
    "theirs",
    "whereas",
    "unless",
    "plus",
    "perhaps",
    "always",
    "besides",
    "towards",
    "afterwards",
    "sometimes",
    "nevertheless",
    "indeed",
    "need",
    "speed",
    "seed",
];

/// For a quote inside a clause with no verb of saying ("Lee coached him to “...”",
/// "She also seeks “...”"): the first verb before the quote whose subject, a pronoun
/// or a name, opens its clause; that verb is the cue.
pub(crate) fn clause_verb(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    (lo + 1..open)
        .filter(|&v| {
            let w = doc.word(v);
            doc.is_word(v)
                && !doc.is_capitalised(v)
                && doc.quote_of(v).is_none()
                && !subjects::is_adverb(doc, v)
                && !NOT_VERBS.contains(&w)
                && !names::is_possessive(w)
                && (doc.verb(v).is_some()
                    || w.ends_with("ed")
                    || w.ends_with('s') && !w.ends_with("ss"))
        })
        .find_map(|v| {
            let np = subjects::subject_before(doc, v, lo)?;
            let named = np.kind == NpKind::Pronoun
                || np.kind == NpKind::Phrase
                    && (doc.is_capitalised(np.head)
                        || doc.is_in(np.head, Class::ROLE.or(Class::ANON)));
            let opens = clauses::opens_clause(doc, np.tokens.start, lo);
            (named && opens && !doc.is(np.head, "it")).then_some(Source {
                cue: v..v + 1,
                np: Some(np),
                lo,
                guess: false,
            })
        })
}
