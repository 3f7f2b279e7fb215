//! Words that look like cues but report nothing: naming participles ("a website called
//! Open Doors"), "support" as a noun ("40 percent support in the poll"), participles
//! describing a noun ("a lead in pledged delegates") and reporters' credits ("Lee
//! reported from Denver.").

use super::doc::Doc;
use super::lexicon::Class;
use super::tokens::Tag;

/// Whether the cue word at `k` only names what comes before it: "a website called Open
/// Doors", "a new group, called Fair Votes". An indefinite noun phrase of things, a
/// naming participle, then a name or a title in quote marks. "A group called for a vote"
/// (a preposition follows) and "a spokesman called Lee a liar" (people name others) are
/// speech.
pub(crate) fn is_naming(doc: &Doc, k: usize) -> bool {
    if !["called", "named", "dubbed", "titled", "entitled"]
        .iter()
        .any(|w| doc.is(k, w))
    {
        return false;
    }
    let title = doc.is_capitalised(k + 1)
        || matches!(doc.tag(k + 1), Some(Tag::Open | Tag::Straight))
        || ["‘", "'"].iter().any(|m| doc.is_punct(k + 1, m));
    // "a regular series, called ...".
    let noun = if k > 1 && doc.is_punct(k - 1, ",") {
        k - 2
    } else {
        k.wrapping_sub(1)
    };
    if !title || noun == usize::MAX || !doc.is_word(noun) || doc.is_capitalised(noun) {
        return false;
    }
    // "the group called it", but "a group called Future Now": a source noun names only
    // after "a".
    let people = Class::ROLE.or(Class::ANON);
    let grammar = Class::PRONOUN.or(Class::DETERMINER).or(Class::STOP);
    if doc.is_in(noun, grammar) || doc.verb(noun).is_some() || doc.word(noun).ends_with("ly") {
        return false;
    }
    // Back over the modifiers and the nouns of the phrase to its article: "a newly formed
    // super PAC", "a syllabus for a 2002 psychology class".
    let reach = if doc.is_in(noun, people) {
        // "A spokesman called Reyes a gambler": a source noun calls someone something;
        // "a group called Future Now ran ads" names it, a verb after the name.
        let mut end = k + 1;
        while end < k + 6
            && doc.is_word(end)
            && (doc.is_capitalised(end) || super::names::is_number(doc, end))
        {
            end += 1;
        }
        let verb_after = doc.is_word(end)
            && !doc.is_capitalised(end)
            && !doc.is_in(end, Class::DETERMINER.or(Class::PRONOUN));
        if !verb_after {
            return false;
        }
        3
    } else {
        5
    };
    (1..=reach).any(|n| {
        noun >= n
            && (doc.is(noun - n, "a") || doc.is(noun - n, "an"))
            && (noun - n + 1..noun).all(|j| doc.is_word(j) && !doc.is_in(j, Class::PRONOUN))
    })
}

/// Whether "support" or "backing" at `k` is a noun: a preposition or a clause break
/// follows, where the verb would take its object ("40 percent support in the poll",
/// "drawing little support; ..."). "Support for" and "support of" stay cues: whose
/// support it is is attributed.
pub(crate) fn is_support_noun(doc: &Doc, k: usize) -> bool {
    const AFTER: [&str; 11] = [
        "from", "among", "in", "across", "above", "on", "at", "over", "than", "against", "as",
    ];
    ["support", "backing"].iter().any(|w| doc.is(k, w))
        && (AFTER.iter().any(|p| doc.is(k + 1, p))
            || [";", ":"].iter().any(|p| doc.is_punct(k + 1, p)))
        // "plans to support in some way", "will support on Monday", "the one they support
        // in May": a verb.
        && !(k > 0
            && ([
                "to", "will", "would", "can", "could", "should", "may", "might", "must", "not", "who",
            ]
            .iter()
            .any(|w| doc.is(k - 1, w))
                || doc.is_in(k - 1, Class::PRONOUN) && !doc.is_in(k - 1, Class::DETERMINER)))
}

/// Whether the past participle at `k` describes the noun after it, right after a
/// preposition or a verb: "a lead in pledged delegates", "asked for added security",
/// "to investigate alleged abuses". A finite verb never follows either.
pub(crate) fn is_participle_adjective(doc: &Doc, k: usize) -> bool {
    const BEFORE: [&str; 10] = [
        "of", "in", "from", "with", "for", "among", "than", "at", "on", "into",
    ];
    let w = doc.word(k);
    // "to investigate alleged abuses", "probing alleged fraud": right after a verb's
    // base or "-ing" form, a past form is no second verb.
    let after_verb = k > 1
        && doc.is_word(k - 1)
        && !doc.is_capitalised(k - 1)
        && !doc.is_in(k - 1, Class::STOP)
        && (doc.is(k - 2, "to") || doc.word(k - 1).ends_with("ing"));
    w.len() > 4
        && w.ends_with("ed")
        && k > 0
        && (BEFORE.iter().any(|p| doc.is(k - 1, p)) || after_verb)
        && doc.is_word(k + 1)
        && !doc.is_capitalised(k + 1)
        && !doc.is_in(k + 1, Class::STOP.or(Class::DETERMINER).or(Class::PRONOUN))
}

/// Whether "reported" at `k` credits a reporter with a place at the foot of an article:
/// "Lee reported from Denver.", "Lee contributed reporting from Ohio and Kim from
/// Utah." No clause is reported ("Lee reported from Denver that ..." keeps its cue).
pub(crate) fn is_reporter_credit(doc: &Doc, k: usize) -> bool {
    let sentence = doc.sentence_of(k);
    ["reported", "reporting"].iter().any(|w| doc.is(k, w))
        && doc.is(k + 1, "from")
        && doc.is_capitalised(k + 2)
        && !(k + 2..k + 40)
            .take_while(|&j| sentence.is_some() && doc.sentence_of(j) == sentence)
            .any(|j| doc.is(j, "that") || doc.verb(j).is_some())
}
