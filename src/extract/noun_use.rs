//! Reporting verbs used as nouns: "the report", "a press call", "the Orlando attack",
//! "interest rates" are no cues; nor are they in idioms ("begs the question").

use super::cues::{is_participle, is_past_form, verb};
use super::doc::{Doc, Memo};
use super::lexicon;

/// Whether the cue word at `k` is used as a noun ("the report", "his call", "a press
/// call", "a lengthy answer").
pub(crate) fn is_noun_use(doc: &Doc, k: usize) -> bool {
    doc.memo(k, Memo::NounUse, || u8::from(noun_use(doc, k))) == 1
}

/// [`is_noun_use`], worked out.
fn noun_use(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    // Only a base form reads as a noun after an adjective: "a lengthy answer", "a press
    // call"; "the commission says" and "the officials say" are subjects and verbs.
    let inflected = is_past_form(w) || is_participle(w) || w.ends_with('s');
    // Asked by three of the tests below: tried once.
    let base = !inflected && is_base_form(w);
    let modified = base
        && (1..=2).any(|n| {
            k > n
                && (k - n..k).all(|j| {
                    doc.is_word(j)
                        && !doc.is_capitalised(j)
                        && doc.verb(j).is_none()
                        && !doc.is_in(j, lexicon::Class::STOP)
                        && !doc.is_in(j, lexicon::Class::PRONOUN)
                        && !doc.is_in(j, lexicon::Class::DETERMINER)
                        && !doc.is_in(j, lexicon::Class::ADVERB)
                        && !doc.is_in(j, lexicon::Class::ROLE)
                        && !doc.is_in(j, lexicon::Class::ANON)
                        && !doc.word(j).ends_with('s')
                        && !super::names::is_possessive(doc.word(j))
                        && !doc.word(j).ends_with("ly")
                })
                && {
                    // "the Murphy conference call": names between determiner and noun.
                    let mut d = k - n - 1;
                    let plain = (k - n..k).all(|j| {
                        let w = doc.word(j);
                        !is_past_form(w) && !super::runs::is_contraction(w)
                    });
                    while plain
                        && d > 0
                        && d + n + 4 > k
                        && doc.is_capitalised(d)
                        && !super::names::is_possessive(doc.word(d))
                        && !doc.is_in(d, lexicon::Class::DETERMINER.or(lexicon::Class::PRONOUN))
                        && doc.is_word(d - 1)
                    {
                        d -= 1;
                    }
                    ([
                        "a", "an", "the", "his", "her", "their", "its", "our", "this", "that",
                        "another",
                    ]
                    .iter()
                    .any(|w| doc.is(d, w))
                        // "Lee's sharp attack".
                        || super::names::is_possessive(doc.word(d)))
                        && !ends_object(doc, k, d)
                }
        });
    // "The Orlando attack", "a Clinton call", "last week's Paris attack": a singular name
    // between a determiner or a possessive and a base form.
    // Not a past form the same as the base: "The New Yorker put it".
    let unchanged = super::np_words::is_unchanged_past(w);
    let named = base
        && !unchanged
        && (1..=2).any(|n| {
            k > n
                && (k - n..k).all(|j| {
                    doc.is_capitalised(j)
                        && !doc.word(j).ends_with('s')
                        && !doc.is_in(
                            j,
                            lexicon::Class::PRONOUN
                                .or(lexicon::Class::DETERMINER)
                                .or(lexicon::Class::ROLE)
                                .or(lexicon::Class::ANON),
                        )
                })
                && (["a", "an", "the", "this", "that", "another"]
                    .iter()
                    .any(|w| doc.is(k - n - 1, w))
                    // "last week’s Paris attack".
                    || super::names::is_possessive(doc.word(k - n - 1)))
                // "Lee and the Foundation refuse", "did the Foundation refuse": a plural
                // subject, a question.
                && !(k > n + 1
                    && [
                        "and", "or", "did", "does", "do", "will", "would", "can", "could",
                        "should", "may", "might", "must",
                    ]
                    .iter()
                    .any(|a| doc.is(k - n - 2, a)))
        });
    // "a text message", "a welcome message", "a long message": after "a" and a singular
    // lower-case word, even a verb or an adverb too, a base form cannot be the verb (it
    // would be "a text messages"); but "a majority say", "a few warn" are plural.
    let compound = base
        && !unchanged
        && k > 1
        && (doc.is(k - 2, "a") || doc.is(k - 2, "an"))
        && doc.is_word(k - 1)
        && !doc.is_capitalised(k - 1)
        && !doc.word(k - 1).ends_with('s')
        && !doc.is_in(k - 1, lexicon::Class::STOP)
        && !is_past_form(doc.word(k - 1))
        && !is_participle(doc.word(k - 1))
        && !COLLECTIVE.contains(&doc.word(k - 1));
    // "thanks to": a preposition; "in reference to", "references to the war": nouns.
    let thanks_to = (doc.is(k, "thanks") || doc.is(k, "reference") || doc.is(k, "references"))
        && doc.is(k + 1, "to")
        // "thanks in part to", "thanks largely to".
        || doc.is(k, "thanks")
            && (doc.is(k + 1, "in") && doc.is(k + 2, "part") && doc.is(k + 3, "to")
                || doc.word(k + 1).ends_with("ly") && doc.is(k + 2, "to"));
    // "support from donors", "support among women": the verb takes an object, the noun
    // a preposition. "A website called Open Doors": a naming participle.
    let backing = super::naming::is_support_noun(doc, k)
        // "the policy planning director".
        || super::noun_signs::is_role_compound(doc, k);
    // "His cost estimates are", "the remarks were": a plural right before a plural verb
    // is its subject, unless a pronoun before it is ("what he believes are").
    let subject = w.ends_with('s')
        && !is_verb_only_s_form(w)
        && ["are", "were", "have", "had"]
            .iter()
            .any(|v| doc.is(k + 1, v))
        && !(k > 0 && super::names::is_subject_pronoun(doc, k - 1));
    // "A Defense Department report released last year found", "the Pentagon report
    // shows": a noun after a singular name, followed by its own verb.
    let reporting = !inflected
        && !unchanged
        && k > 0
        && doc.is_capitalised(k - 1)
        && !doc.word(k - 1).ends_with('s')
        && !doc.is_in(k - 1, lexicon::Class::PRONOUN)
        && !is_verb_only_base(w)
        && is_base_form(w)
        && doc.is_word(k + 1)
        && !doc.is_capitalised(k + 1)
        && {
            let next = doc.word(k + 1);
            next.ends_with("ed") || doc.verb(k + 1).is_some() && next.ends_with('s')
        };
    modified
        || named
        || reporting
        || compound
        || subject
        || is_described_participle(doc, k)
        || thanks_to
        || backing
        || super::naming::is_naming(doc, k)
        || super::naming::is_participle_adjective(doc, k)
        || super::naming::is_reporter_credit(doc, k)
        || super::fixed_phrases::is_fixed_phrase(doc, k)
        || super::noun_signs::is_modifying_participle(doc, k)
        // "got 185,000 views", "than 300 calls": a plural after a count written in
        // digits after a lower-case word (not a year, "in 2015 says", nor a number of a
        // name, "Article 33 affirms").
        || w.ends_with('s') && !is_verb_only_s_form(w) && after_count(doc, k)
        // "share some views", "several reports": a plural quantifier takes a plural
        // verb, so a word in "-s" after it is a noun ("some say" stays a verb).
        || k > 0
            && w.ends_with('s')
            && !w.ends_with("ss")
            && [
                "both", "few", "many", "most", "numerous", "other", "several", "some", "these",
                "those", "various",
            ]
            .iter()
            .any(|q| doc.is(k - 1, q))
        // "a loss of support", "statements of support", "came under attack": after "of"
        // or "under", no finite verb.
        || k > 0
            && (doc.is(k - 1, "of") || doc.is(k - 1, "under"))
            && !is_participle(w)
            && !is_past_form(w)
        || k > 0
            && ([
            "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "my", "your",
            "any", "every", "whose",
        ]
        .iter()
        .any(|d| doc.is(k - 1, d))
            && !is_relative_that(doc, k - 1)
            // "Lee's claims", "Republican claims".
            || super::names::is_possessive(doc.word(k - 1))
            // "Republican claims", but not "Republicans say" or "Many said": a
            // plural or a quantifier is the subject.
            // Not a past form inside a phrase: "the Republican said" is a subject and
            // its verb (but "Most said" opening a clause is no cue).
            // Not a verb whose -s form is no plural noun: "The Idaho Democrat says".
            // Not a gerund after a conjunction or preposition: "After saying", "While
            // arguing".
            || doc.is_capitalised(k - 1)
                && !is_verb_only_s_form(w)
                && !(is_participle(w) && doc.is_in(k - 1, lexicon::Class::STOP))
                && !(is_past_form(w) && k > 1 && doc.is_word(k - 2))
                && doc.is_in(k - 1, lexicon::Class::NOT_NAME)
                && !doc.word(k - 1).ends_with('s')
                && !doc.is_in(
                    k - 1,
                    lexicon::Class::PRONOUN
                        .or(lexicon::Class::DATE)
                        .or(lexicon::Class::DETERMINER),
                ))
}

/// Whether the verb at `k` follows the object of a preposition opening at the
/// determiner `d`, a verb that is no noun: "Voters in the state say", "officials on the
/// island believe" (but "have the final say"; "think tank" is a fixed phrase).
fn ends_object(doc: &Doc, k: usize, d: usize) -> bool {
    d > 0 && super::subjects::is_preposition(doc, d - 1) && is_verb_only_base(doc.word(k))
}

/// Whether a reporting verb's base form is never a noun after a preposition's object:
/// "say", "believe", "argue", unlike "call", "claim" or "report".
fn is_verb_only_base(word: &str) -> bool {
    [
        "acknowledge",
        "agree",
        "argue",
        "assert",
        "believe",
        "contend",
        "insist",
        "know",
        "maintain",
        "predict",
        "say",
        "suggest",
        "think",
        "warn",
    ]
    .contains(&word)
}

/// Whether a reporting verb's -s form is never a plural noun: "says", "tells", "adds",
/// unlike "claims", "reports" or "notes".
pub(super) fn is_verb_only_s_form(word: &str) -> bool {
    [
        "says",
        "tells",
        "adds",
        "writes",
        "argues",
        "insists",
        "explains",
        "contends",
        "asserts",
        "acknowledges",
        "admits",
        "believes",
        "thinks",
        "predicts",
        "suggests",
    ]
    .contains(&word)
}

/// Whether the past form at `k` describes the noun after it, behind a determiner or a
/// number and an adverb: "two diametrically opposed approaches", "the widely reported
/// deal".
fn is_described_participle(doc: &Doc, k: usize) -> bool {
    k > 1
        && is_past_form(doc.word(k))
        && doc.word(k - 1).ends_with("ly")
        && super::adverbs::is_adverb(doc, k - 1)
        && ([
            "a", "an", "the", "his", "her", "their", "its", "our", "this", "these", "those",
        ]
        .iter()
        .any(|d| doc.is(k - 2, d))
            || super::names::is_number(doc, k - 2))
        && doc.is_word(k + 1)
        && !doc.is_capitalised(k + 1)
        && !doc.is_in(k + 1, lexicon::Class::STOP.or(lexicon::Class::PRONOUN))
}

/// Whether a verb of the lexicon is a base form: another form built on it is in the
/// lexicon too ("attack", "refuse"), unlike "wrote" or "spoke".
pub(super) fn is_base_form(word: &str) -> bool {
    let stem = word.strip_suffix('e').unwrap_or(word);
    // One buffer on the stack for all the forms tried; a form longer than it is longer
    // than any listed word.
    let mut buffer = [0u8; 40];
    let mut is_verb = |base: &str, end: &str| {
        let len = base.len() + end.len();
        let Some(form) = buffer.get_mut(..len) else {
            return false;
        };
        form[..base.len()].copy_from_slice(base.as_bytes());
        form[base.len()..].copy_from_slice(end.as_bytes());
        std::str::from_utf8(form).is_ok_and(|form| verb(form).is_some())
    };
    ["s", "es", "ed", "d", "ing"]
        .iter()
        .any(|end| is_verb(word, end))
        || is_verb(stem, "ing")
}

/// Whether the plural cue word at `k` is a noun after a preposition or a describing
/// adjective: "a series of questions", "raised new questions", "in broad terms" (a verb
/// after "to" has no -s).
fn is_plural_noun(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && k > 0
        && ([
            "of", "to", "for", "about", "with", "on", "from", "by", "in", "at", "new", "tough",
            "hard", "serious", "many", "several", "few", "more", "other",
        ]
        .iter()
        .any(|p| doc.is(k - 1, p))
            || doc.word(k - 1).ends_with("est") && !doc.is_capitalised(k - 1))
}

/// Whether the cue word at `k` is a noun where a quote's cue is sought: any noun use,
/// plural nouns after a preposition or adjective included.
pub(crate) fn is_quote_noun(doc: &Doc, k: usize) -> bool {
    is_noun_use(doc, k) || is_plural_noun(doc, k)
}

/// Whether the cue word at `k` is a noun where a reported clause's cue is sought: any
/// noun use, and plural nouns after a preposition or adjective ("raised new questions
/// about", "filled with chants for"), which have no subject to credit; but "with plans
/// to spend" and "in hopes of" still tell what the clause's subject means to do.
pub(crate) fn is_report_noun(doc: &Doc, k: usize) -> bool {
    let purpose = doc.is(k + 1, "to") || doc.is(k, "hopes");
    is_noun_use(doc, k)
        || !purpose && is_plural_noun(doc, k)
        || super::noun_signs::is_object_or_counted(doc, k)
}

/// Whether the noun of saying at `k` is the subject of the verb after it rather than
/// the words it announces: "Lee's remarks feed “a mob mentality,” the groups say", not
/// "Lee's claim that “...”" or "his remarks: “...”".
pub(crate) fn noun_subject(doc: &Doc, k: usize) -> bool {
    super::cues::is_speech_noun(doc, k)
        && doc.is_word(k + 1)
        && !doc.is(k + 1, "that")
        && !doc.is_in(k + 1, lexicon::Class::STOP)
}

/// Whether the "that" at token `t` is a relative hanging on a noun before it and
/// followed by a verb of its own: "a letter that said", "a group that claims"; not a
/// determiner ("that claim") nor the "that" of a reported clause ("told reporters that
/// taxes rose").
pub(crate) fn is_relative_that(doc: &Doc, t: usize) -> bool {
    use super::names::{role, Role};
    let w = doc.word(t + 1);
    let finite = is_past_form(w) || w.ends_with('s') && !w.ends_with("ss");
    finite
        && doc.verb(t + 1).is_some()
        && t > 0
        && doc.is(t, "that")
        && matches!(role(doc, t - 1), Role::Head | Role::Modifier)
}

/// Whether token `k` follows a count in digits ("185,000", read as one token or as
/// "185" "," "000") that follows a lower-case word.
fn after_count(doc: &Doc, k: usize) -> bool {
    let Some(mut j) = k.checked_sub(1).filter(|&j| is_count(doc.word(j))) else {
        return false;
    };
    while j >= 2 && doc.is_punct(j - 1, ",") && is_count(doc.word(j - 2)) {
        j -= 2;
    }
    j > 0 && doc.is_word(j - 1) && !doc.is_capitalised(j - 1)
}

/// Whether a word is a count written in digits ("300", "185,000"), not a year.
fn is_count(word: &str) -> bool {
    word.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && !(word.len() == 4 && (word.starts_with("19") || word.starts_with("20")))
}

/// Nouns of amount that take a plural verb after "a": "a majority say", "a third
/// warn".
const COLLECTIVE: &[&str] = &[
    "couple",
    "dozen",
    "few",
    "fifth",
    "half",
    "handful",
    "lot",
    "majority",
    "minority",
    "number",
    "plurality",
    "quarter",
    "third",
    "variety",
];

/// Whether the cue word at `k` is part of an idiom that reports nothing: "begs the
/// question", "the aide was to blame", "compared with 40 percent" (a comparison, not
/// "compared the plan to a tax"), "voting rights", "hard to find".
pub(crate) fn is_idiom(doc: &Doc, k: usize) -> bool {
    doc.word(k).starts_with("beg") && doc.is(k + 1, "the") && doc.is(k + 2, "question")
        || doc.is(k, "blame")
            && k > 1
            && doc.is(k - 1, "to")
            && super::cues::BE.iter().any(|b| doc.is(k - 2, b))
        || doc.word(k).starts_with("compar") && (doc.is(k + 1, "with") || doc.is(k + 1, "to"))
        || doc.is(k, "voting") && !casts_vote(doc, k + 1)
        || doc.is(k, "find") && k > 0 && doc.is(k - 1, "to")
}

/// Whether a vote is cast at token `i`, after "voting": "for", "against", "in favor",
/// not "voting rights", "voting on Tuesday".
fn casts_vote(doc: &Doc, i: usize) -> bool {
    doc.is(i, "for") || doc.is(i, "against") || doc.is(i, "in") && doc.is(i + 1, "favor")
}
