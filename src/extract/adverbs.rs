//! Adverbs between a subject and its cue ("also said", "did not say", "on Tuesday
//! said"), told apart from nouns that end like them ("the rally said"), and the
//! participle or adverb that opens an adverbial phrase ("Reached by the Courier, Lee
//! said", "Later in the day, the agency said").

use super::cues;
use super::doc::Doc;
use super::lexicon::Class;

/// Whether token `i` is an adverb or auxiliary that may sit between subject and cue.
pub(crate) fn is_adverb(doc: &Doc, i: usize) -> bool {
    doc.is_word(i) && {
        let w = doc.word(i);
        doc.is_in(i, Class::ADVERB)
            || w.ends_with("n't")
            || w.ends_with("n\u{2019}t")
            || (w.len() > 4
                && w.ends_with("ly")
                && w.starts_with(|c: char| c.is_lowercase())
                && !LY_NOUNS.contains(&w))
    }
}

/// Whether token `i` is an adverb that may open a clause ("but ultimately Lee
/// thinks", "even some allies say"), not an auxiliary ("did he say").
pub(crate) fn is_clause_adverb(doc: &Doc, i: usize) -> bool {
    is_adverb(doc, i)
        && (doc.word(i).ends_with("ly")
            || [
                "again", "already", "also", "even", "however", "indeed", "instead", "later",
                "never", "now", "soon", "still", "then", "yet",
            ]
            .iter()
            .any(|w| doc.is(i, w)))
}

/// Nouns ending in "-ly" that can head the phrase before a cue ("the head of the rally
/// said"), so no adverb.
const LY_NOUNS: &[&str] = &[
    "ally",
    "anomaly",
    "assembly",
    "bully",
    "family",
    "monopoly",
    "monthly",
    "quarterly",
    "rally",
    "reply",
    "supply",
    "tally",
    "weekly",
];

/// The units of time a time phrase ends on: "last week", "Tuesday night".
pub(super) const TIME_UNITS: &[&str] = &[
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
];

/// `end` moved back over a time adverbial between a subject and its verb: "Lee on
/// Tuesday said", "officials last week said".
pub(crate) fn skip_time_back(doc: &Doc, mut end: usize, lo: usize) -> usize {
    // "A poll in June showed", "a survey out Monday found": "in" and "out" open a time
    // phrase too.
    const OPENERS: &[&str] = &[
        "on", "last", "this", "next", "late", "early", "earlier", "later", "that", "in", "out",
    ];
    let opens = |i: usize| OPENERS.iter().any(|o| doc.is(i, o));
    loop {
        let before = end;
        if end > lo && doc.is_in(end - 1, Class::DATE) {
            end -= 1;
        } else if end > lo + 1
            && doc.is_in(end - 1, Class::TIME_UNIT)
            && (opens(end - 2) || doc.is_in(end - 2, Class::DATE))
        {
            end -= 2;
        }
        if end < before && end > lo && opens(end - 1) {
            end -= 1;
        }
        // "who in 2010 said", "a study from 2011 found": a year after "in" or "from".
        if end == before
            && end > lo + 1
            && is_year(doc.word(end - 1))
            && (doc.is(end - 2, "in") || doc.is(end - 2, "from"))
        {
            end -= 2;
        }
        // "who a week ago said", "two days ago".
        if end == before && end > lo + 2 && doc.is(end - 1, "ago") {
            let unit = doc.word(end - 2).to_ascii_lowercase();
            let unit = unit.strip_suffix('s').unwrap_or(&unit);
            let count = ["a", "one", "few", "several", "many"]
                .iter()
                .any(|w| doc.is(end - 3, w))
                || super::np_words::is_number(doc, end - 3);
            if count && (TIME_UNITS.contains(&unit) || ["day", "hour", "decade"].contains(&unit)) {
                end -= 3;
            }
        }
        if end == before {
            return end;
        }
    }
}

/// Whether the capitalised word at `start` opens an adverbial phrase rather than a
/// source: a participle or an adverb followed by a preposition or a determiner
/// ("Reached by phone, Lee said", "Making her way out, Lee told", "Later in the day,
/// the agency said").
pub(crate) fn opens_adverbial_phrase(doc: &Doc, start: usize) -> bool {
    let w = doc.word(start).to_ascii_lowercase();
    // "Only about 4 in 10 voters": a focusing adverb belongs to the phrase.
    let verbal = cues::is_participle(&w)
        || cues::is_past_form(&w)
        || doc.is_in(start, Class::ADVERB) && w != "only";
    let next = start + 1;
    let linked = doc.is_word(next)
        && (PREPOSITIONS.iter().any(|p| doc.is(next, p)) || doc.is_in(next, Class::DETERMINER));
    doc.is_capitalised(start) && verbal && linked
}

/// Prepositions that follow an opening participle or adverb: "Reached by", "Later in".
const PREPOSITIONS: &[&str] = &[
    "about", "after", "around", "at", "by", "for", "from", "in", "into", "on", "to", "with",
];

/// Whether a word is a year of the last century or this one: "1998", "2016".
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}
