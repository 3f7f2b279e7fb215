//! The subject of a participle cue written right after a noun: "the older population
//! backing Lee", "a newspaper columnist suggesting that ...", where the noun before the
//! participle could be taken for the verb of the clause; the object of a verb of
//! perception ("shows Lee saying") or of "with" ("with polls showing"); a participle
//! modifier's inner phrase that is no subject ("activists clamoring to block Lee say");
//! the main clause's subject after an opening participle phrase ("After saying X, she").

use super::adverbs::is_adverb;
use super::clauses::{is_auxiliary, is_modal, opens_clause};
use super::cues;
use super::doc::Doc;
use super::indirect::is_time_noun;
use super::inverted::after;
use super::lexicon::Class;
use super::names::{before, role, Np, NpKind, Role};
use super::noun_signs::is_owner;
use super::np_words::is_number;

/// "the older population backing Lee", "a columnist suggesting that": the noun at `v`
/// right before the participle cue at `k` is no verb but the head of the participle's
/// subject, of which `np` (found before `v`) is only the opening words.
pub(super) fn noun_before_participle(doc: &Doc, v: usize, k: usize, lo: usize, np: Np) -> Np {
    let w = doc.word(v);
    if np.tokens.end != v
        || doc.verb(v).is_some()
        // "The moderators almost forgetting": no adverb heads a phrase.
        || doc.is_in(v, Class::NOT_NAME)
        || is_adverb(doc, v)
        // "Lee avoids condemning": a word in "-s" after a name is its verb.
        || w.ends_with('s') && v.checked_sub(1).is_some_and(|p| role(doc, p) == Role::Head)
        || cues::is_past_form(w)
        || cues::is_participle(w)
    {
        return np;
    }
    // "The recent crop of stories alleging": `v` may head a phrase with an
    // attachment that runs on to the participle.
    match before(doc, k, lo) {
        Some(whole)
            if whole.kind == NpKind::Phrase
                && whole.tokens.start == np.tokens.start
                && whole.tokens.end == k
                && whole.tokens.contains(&v) =>
        {
            whole
        }
        _ => np,
    }
}

/// Whether `np`, found as the subject of the cue at `k`, is only a participle opening
/// the sentence with an object of its own ("Using a crude phrase to describe the
/// council, he said"): the participle's phrase is an opening adverbial and no source.
/// A gerund right before the cue stays ("Polling shows").
pub(super) fn is_opening_participle(doc: &Doc, np: &Np, k: usize, lo: usize) -> bool {
    let p = np.tokens.start;
    np.tokens.len() == 1
        && p == lo
        && np.tokens.end < k
        && cues::is_participle(doc.word(p))
        && doc.is_in(p + 1, Class::DETERMINER.or(Class::PRONOUN))
}

/// "money given to a group backing Lee", "ads paid for by super PACs supporting
/// her": a phrase that is the object of a preposition, right before the participle
/// cue at `k` with no comma between, is the participle's subject (a reduced relative
/// clause: "a group that backs Lee"). Not where the "participle" is a noun or an
/// adjective: "his strong showing", "her speech defending" (an owned thing speaks for
/// its owner), "an exceptionally welcoming".
pub(super) fn object_before_participle(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    linked_before(doc, k, lo, OBJECT_OF)
        .filter(|np| !np.tokens.clone().any(|i| is_owner(doc, i)) && !is_adverb(doc, k - 1))
}

/// The phrase ending right before the participle at `k` when one of `links` ("with",
/// "to") stands right before it, no earlier than `lo`.
fn linked_before(doc: &Doc, k: usize, lo: usize, links: &[&str]) -> Option<Np> {
    let np = phrase_ending_at(doc, k, lo)?;
    let s = np.tokens.start;
    (s > lo && links.iter().any(|p| doc.is(s - 1, p))).then_some(np)
}

/// The phrase (no pronoun or relative) that ends right before token `k`.
fn phrase_ending_at(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    before(doc, k, lo).filter(|np| np.kind == NpKind::Phrase && np.tokens.end == k)
}

/// Prepositions whose object can be the subject of a participle after it.
const OBJECT_OF: &[&str] = &[
    "about",
    "against",
    "alongside",
    "among",
    "as",
    "between",
    "by",
    "for",
    "from",
    "including",
    "into",
    "like",
    "of",
    "over",
    "to",
    "toward",
    "towards",
];

/// "sent a letter saying", "tickets telling them when", "a hat reading": a phrase
/// headed by a lower-case noun right before the participle cue at `k`, with no comma
/// between, is the participle's subject (a reduced relative clause: "a letter that
/// says"). Not after a preposition ("during a speech attacking": the speech is the
/// speaker's), nor a span of time ("that night showing") or an owned thing ("their
/// ninth debate saying").
pub(super) fn noun_before_cue(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    let np = phrase_ending_at(doc, k, lo)?;
    // "The twins carried signs reading": a verb taken into the phrase; whose words
    // the signs are is not clear.
    let verb = (np.tokens.start + 1..k - 1).any(|j| {
        !doc.is_capitalised(j)
            && cues::is_past_form(doc.word(j))
            && !doc.is_in(j - 1, Class::DETERMINER)
    });
    let (h, s) = (k - 1, np.tokens.start);
    let noun = doc.is_word(h)
        && !doc.is_capitalised(h)
        && doc.verb(h).is_none()
        && !doc.is_in(
            h,
            Class::STOP
                .or(Class::DATE)
                .or(Class::PRONOUN)
                .or(Class::NOT_NAME),
        )
        && !is_adverb(doc, h)
        && !is_time_noun(doc, h)
        && !cues::is_past_form(doc.word(h))
        && !cues::is_participle(doc.word(h));
    // "held up a sign saying": a verb's particle is no preposition.
    let particle =
        s > lo + 1 && doc.is(s - 1, "up") && doc.is_word(s - 2) && !doc.is_in(s - 2, Class::STOP);
    let placed = s == lo || doc.is_punct(s - 1, ",") || !doc.is_in(s - 1, Class::STOP) || particle;
    // "issued a statement saying", "opened a rally blasting": a message or an event
    // after a verb speaks for that verb's subject.
    let issued = s > lo && doc.is_word(s - 1) && SPOKEN.iter().any(|w| doc.is(h, w));
    // "emailed supporters saying": the addressee of a cue is no speaker; "a deep
    // understanding of" is a noun.
    let addressed = s > lo && doc.verb(s - 1).is_some();
    let owned = np.tokens.clone().any(|i| is_owner(doc, i));
    (noun && placed && !verb && !issued && !addressed && !owned && !doc.is(k + 1, "of"))
        .then_some(np)
}

/// "released a video that said", "has put out an ad that accuses": a relative "that"
/// or "which" hanging on a message made by the subject of the verb before it stands for
/// that maker, whose words the message carries.
pub(super) fn message_maker(doc: &Doc, np: Np, lo: usize) -> Np {
    let s = np.tokens.start;
    let relative = np.kind == NpKind::Relative && (doc.is(s, "that") || doc.is(s, "which"));
    // "a letter from his doctor Friday that says": past a time phrase, and the message
    // heads the phrase before its author's "from" or "by".
    let e = super::adverbs::skip_time_back(doc, s, lo);
    let Some(message) = relative.then(|| phrase_ending_at(doc, e, lo)).flatten() else {
        return np;
    };
    let a = message.tokens.start;
    let h = (a + 1..e)
        .find(|&j| doc.is(j, "from") || doc.is(j, "by"))
        .unwrap_or(e)
        - 1;
    let made = a > lo + 1
        && SPOKEN.iter().any(|w| doc.is(h, w))
        && doc.is_word(a - 1)
        && !doc.is_capitalised(a - 1)
        && {
            let w = doc.word(a - 1);
            doc.verb(a - 1).is_some()
                || cues::is_past_form(w)
                || cues::is_participle(w)
                || super::np_words::is_irregular_past(w)
        };
    made.then(|| super::subjects::cue_subject(doc, a - 1, lo))
        .flatten()
        .filter(|maker| maker.kind != NpKind::Relative)
        .unwrap_or(np)
}

/// Messages and events whose words are their maker's: "released a statement saying".
#[rustfmt::skip]
const SPOKEN: &[&str] = &[
    "ad", "ads", "appearance", "book", "briefing", "campaign", "conference", "debate",
    "email", "emails", "event", "hearing", "interview", "letter", "letters", "memo",
    "message", "paper", "post", "press", "rally", "release", "report", "resolution",
    "speech", "spot", "statement", "statements", "tweet", "tweets", "video", "website",
    "weekend",
];

/// Whether `np`, a name or noun phrase found before a cue, opens no clause and follows
/// a word that is neither a verb of saying nor "whether" ("to block Jo Lee from ...").
pub(super) fn inside_modifier(doc: &Doc, np: &Np, lo: usize) -> bool {
    let s = np.tokens.start;
    np.kind == NpKind::Phrase
        && s > lo
        && !opens_clause(doc, s, lo)
        && doc.verb(s - 1).is_none()
        && !["whether", "if"].iter().any(|w| doc.is(s - 1, w))
}

/// "..., with polls showing X": the phrase after "with" right before the participle
/// at `k` is its source.
pub(super) fn absolute(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    // "with Lee reportedly yelling": an adverb before the participle.
    let k = if k > lo + 1 && is_adverb(doc, k - 1) && doc.word(k - 1).ends_with("ly") {
        k - 1
    } else {
        k
    };
    // "with marchers and spectators chanting": a bare noun after "and" joins too.
    let bare = || {
        let n = k
            .checked_sub(1)
            .filter(|&n| n > lo + 1 && doc.is(n - 1, "and"))?;
        (doc.is_word(n)
            && !doc.is_capitalised(n)
            && doc.verb(n).is_none()
            && !doc.is_in(n, Class::STOP.or(Class::PRONOUN))
            && !is_adverb(doc, n))
        .then(|| Np::single(n, NpKind::Phrase))
    };
    let np = phrase_ending_at(doc, k, lo).or_else(bare)?;
    let after_link = |s: usize| s > lo && ABSOLUTE.iter().any(|p| doc.is(s - 1, p));
    // "with Fox News and NBC News calling": two phrases joined by "and".
    let s = np.tokens.start;
    let joined = (s > lo + 1 && doc.is(s - 1, "and"))
        .then(|| phrase_ending_at(doc, s - 1, lo))
        .flatten()
        .filter(|first| after_link(first.tokens.start));
    if let Some(first) = joined {
        return Some(Np {
            tokens: first.tokens.start..np.tokens.end,
            ..np
        });
    }
    after_link(s).then_some(np)
}

const ABSOLUTE: &[&str] = &["with", "without"];

/// "The ad shows Lee saying", "reporters heard her telling": the object of a verb of
/// perception right before the participle at `k` is its speaker.
pub(super) fn perceived(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    let np = before(doc, k, lo).filter(|np| np.kind != NpKind::Relative)?;
    let s = np.tokens.start;
    (s > lo && is_perception(doc, s - 1)).then_some(np)
}

/// Whether token `i` is a verb of perception or quoting whose object speaks: "shows",
/// "heard", "quoted".
pub(crate) fn is_perception(doc: &Doc, i: usize) -> bool {
    const PERCEPTION: &[&str] = &[
        "caught", "captured", "feature", "featured", "features", "filmed", "hear", "heard",
        "quote", "quoted", "quotes", "recorded", "saw", "see", "sees", "show", "showed", "shown",
        "shows", "watched",
    ];
    PERCEPTION.iter().any(|v| doc.is(i, v))
}

/// "After meeting the board, Lee said", "One month after announcing his support, Kim
/// still believes": a participle right after a conjunction that opens the sentence
/// (or a clause after ", and") has no subject of its own; it is the subject of the main
/// clause after the comma that closes the subordinate one.
pub(super) fn opening_clause_subject(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    const OPENERS: &[&str] = &[
        "after", "before", "by", "despite", "since", "until", "upon", "when", "while", "without",
    ];
    let s = k.checked_sub(1).filter(|&s| s >= lo)?;
    if !OPENERS.iter().any(|w| doc.is(s, w)) {
        return None;
    }
    // "One month after", "Shortly before", "Days after": a span of time may come first.
    let mut b = s;
    while b > lo && s - b < 3 && is_time_word(doc, b - 1) {
        b -= 1;
    }
    let opens = b == lo
        || ["and", "but"].iter().any(|w| doc.is(b - 1, w))
            && (b - 1 == lo || doc.is_punct(b - 2, ","));
    if !opens {
        return None;
    }
    let sentence = doc.sentence_of(k);
    let within = |i: usize| doc.sentence_of(i) == sentence;
    // The comma may close a quote: "After saying it was “so swollen,” she was".
    let comma = (k + 1..k + 40)
        .take_while(|&i| within(i))
        .find(|&i| doc.is_punct(i, ","))?;
    let first = (comma + 1..comma + 3).find(|&i| doc.is_word(i) && doc.quote_of(i).is_none())?;
    let end = doc.sentences.get(sentence?)?.tokens.end;
    // The main clause's subject, followed by its verb: "the mayor walked", "Kim still".
    let np = after(doc, first, end)?;
    let e = np.tokens.end;
    let followed = doc.is_word(e) && !doc.is_capitalised(e) && !doc.is_in(e, Class::STOP)
        || doc.is_punct(e, ",")
        || is_auxiliary(doc, e)
        || is_modal(doc, e)
        || is_adverb(doc, e);
    (followed && np.kind != NpKind::Relative).then_some(np)
}

/// "After saying X, she ...": for a cue in the sentence's first words, a name or
/// pronoun after the comma that closes the opening phrase (outside quote marks). Like
/// [`opening_clause_subject`], which reads any phrase after a conjunction.
pub(super) fn subject_after_opening(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    if k > lo + 2 {
        return None;
    }
    let end = doc.sentences.get(doc.sentence_of(k)?)?.tokens.end;
    let comma = (k + 1..end).find(|&c| doc.is_punct(c, ",") && doc.quote_of(c).is_none())?;
    named_at(doc, comma + 1, end)
}

/// A pronoun or a name opening the clause at `lo` and followed by more of it before `k`
/// ("House Speaker Paul Ryan, R-Wis., despite admitting ...").
pub(super) fn named_at(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    // "Throughout the 2000s, Democrats in Congress, fearing ...": past an opening
    // phrase on a preposition, to the comma that closes it.
    if doc.is_capitalised(lo) && OPENING_PREPOSITIONS.iter().any(|p| doc.is(lo, p)) {
        let comma = (lo + 1..k).find(|&c| doc.is_punct(c, ","))?;
        return named_at(doc, comma + 1, k);
    }
    let np = after(doc, lo, k)?;
    let named = np.kind == NpKind::Pronoun
        || doc.is_capitalised(np.head) && !doc.is_in(np.head, Class::NOT_NAME);
    let followed = doc.is_punct(np.tokens.end, ",")
        || doc.is_word(np.tokens.end) && !doc.is_capitalised(np.tokens.end);
    (named
        && followed
        && np.tokens.end < k
        && !doc.is(np.head, "it")
        && !super::subjects::is_opening_adverb(doc, &np))
    .then_some(np)
}

/// Prepositions that open a sentence with a phrase of time or place before its subject.
const OPENING_PREPOSITIONS: &[&str] = &[
    "amid",
    "at",
    "before",
    "during",
    "in",
    "inside",
    "on",
    "outside",
    "over",
    "throughout",
    "under",
];

/// Whether token `i` is a word of a span of time before a conjunction: "One month",
/// "shortly", "two days", "just".
fn is_time_word(doc: &Doc, i: usize) -> bool {
    #[rustfmt::skip]
    const SPAN: &[&str] = &[
        "a", "one", "few", "several", "just", "only", "shortly", "soon", "long", "right",
        "even", "immediately",
    ];
    is_time_noun(doc, i) || is_number(doc, i) || SPAN.iter().any(|w| doc.is(i, w))
}
