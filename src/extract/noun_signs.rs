//! Reporting words read as nouns from the word before them, where nothing before can be
//! their subject: the object of a verb that takes one ("he took credit for it", "they
//! had reasons to stay") or a count ("10 million views") is no cue of a reported
//! clause. After a describing adjective ("a cautious note about", "strong
//! views on") the noun is a cue whose source is the subject of the verb before it
//! ("Lee sounded a cautious note about the report"), not the adjective. "He views
//! himself as", "Critics charge that" and "the officials say" keep their verbs: a
//! pronoun or a noun comes before them.

use super::cues::{is_participle, is_past_form, verb};
use super::doc::Doc;
use super::lexicon::Class;
use super::names::Np;

/// Whether the cue word at `k` is a noun with no subject of its own: the object of a
/// verb ("sent messages", "took credit") or a counted noun ("10 million views").
pub(crate) fn is_object_or_counted(doc: &Doc, k: usize) -> bool {
    noun_form(doc, k).is_some_and(|plural| {
        is_object(doc, k, plural) || plural && (is_counted(doc, k) || in_phrase(doc, k))
    })
}

/// Whether the plural at `k` ends a phrase after a preposition, with its article or
/// owner and an adjective: "said in her opening remarks the plan", "with his
/// outrageous views". Not after "of" ("some of the voters say" has a subject), nor
/// after a noun ("Footage from the game shows").
fn in_phrase(doc: &Doc, k: usize) -> bool {
    k > 2
        && [
            "in", "during", "on", "to", "with", "for", "at", "from", "by", "about",
        ]
        .iter()
        .any(|p| doc.is(k - 3, p))
        && (is_owner(doc, k - 2) || ["a", "an", "the"].iter().any(|d| doc.is(k - 2, d)))
        // "in her opening remarks": no gerund can be a subject here.
        && (is_described(doc, k, false) || is_adjective(doc.word(k - 1)))
}

/// Whether the cue word at `k` is a noun after a describing adjective: "strong views",
/// "diplomatic posts", "a cautious note".
fn is_described_noun(doc: &Doc, k: usize) -> bool {
    noun_form(doc, k).is_some_and(|plural| is_described(doc, k, plural))
}

/// Whether the cue word at `k`, after a lower-case word, can be a noun: `Some(true)`
/// for a plural ("views"), `Some(false)` for a base form ("support"), `None` for
/// other forms ("said", "saying", "says").
fn noun_form(doc: &Doc, k: usize) -> Option<bool> {
    if k == 0 || !doc.is_word(k - 1) || doc.is_capitalised(k - 1) {
        return None;
    }
    let w = doc.word(k);
    let plural = is_plural_form(w);
    let base = !is_past_form(w) && !is_participle(w) && super::noun_use::is_base_form(w);
    (plural || base).then_some(plural)
}

/// Whether a word is the -s form of a lexicon verb that can be a plural noun: "views",
/// "remarks", "messages", but not "says" or "focus".
pub(crate) fn is_plural_form(word: &str) -> bool {
    word.len() > 3
        && !word.ends_with("ss")
        && !super::noun_use::is_verb_only_s_form(word)
        && word
            .strip_suffix('s')
            .is_some_and(|stem| verb(stem).is_some())
}

/// Verbs that take a noun object and no bare infinitive: "sent messages", "took credit",
/// "gave hints", "offer details", "had reasons".
#[rustfmt::skip]
const OBJECT_VERBS: &[&str] = &[
    "deserve", "deserved", "deserves", "earn", "earned", "earns", "exchange", "exchanged",
    "gain", "gained", "gave", "get", "gets", "getting", "give", "given", "gives", "giving",
    "got", "gotten", "had", "has", "have", "having", "hold", "holding", "holds", "held",
    "list", "listed", "lists", "made", "makes", "making", "offer", "offered", "offering",
    "offers", "post", "posted", "posting",
    "receive", "received", "receives", "receiving", "send", "sending", "sends", "sent",
    "share", "shared", "shares", "sharing", "take", "taken", "takes", "taking", "took",
    "win", "winning", "wins", "won",
];

/// Whether the word before `k` is a verb of [`OBJECT_VERBS`] that has the cue word as its
/// object: not a noun after a determiner ("the list shows", "his offer reflects").
fn is_object(doc: &Doc, k: usize, plural: bool) -> bool {
    let v = k - 1;
    OBJECT_VERBS.contains(&doc.word(v))
        // Only a plural after "made" or "making": "made support" reads as a bare
        // infinitive ("made them support it").
        && (plural || !doc.word(v).starts_with("mak") && !doc.is(v, "made"))
        && !(v > 0
            && (doc.is_in(v - 1, Class::DETERMINER)
                || super::names::is_possessive(doc.word(v - 1))
                || ["a", "an", "the", "his", "her", "its", "our", "their", "this", "that"]
                    .iter()
                    .any(|d| doc.is(v - 1, d))))
}

/// Whether a count comes before the plural at `k`: "10 million views", "six figures",
/// "two messages". "The two say" keeps its verb: the -s form is no verb after a plural.
fn is_counted(doc: &Doc, k: usize) -> bool {
    let n = k - 1;
    ["million", "billion", "trillion"]
        .iter()
        .any(|w| doc.is(n, w))
        || super::names::is_number(doc, n) && !doc.is(n, "1")
}

/// Whether a describing adjective comes before the cue at `k`: "strong views",
/// "diplomatic posts", "valid reasons", "growing support"; no role noun ("an official
/// claims", "the critic charges"), no adverb, pronoun or function word, and no gerund
/// owned or before a plural ("her thinking say", "the ruling reflects").
fn is_described(doc: &Doc, k: usize, plural: bool) -> bool {
    let a = k - 1;
    let w = doc.word(a);
    if doc.is_in(
        a,
        Class::ROLE
            .or(Class::ANON)
            .or(Class::TITLE)
            .or(Class::PRONOUN)
            .or(Class::DETERMINER)
            .or(Class::STOP)
            .or(Class::ADVERB),
    ) || w.ends_with("ly")
        || NOUNS_LIKE_ADJECTIVES.contains(&w)
    {
        return false;
    }
    let gerund = w.ends_with("ing") && (plural || a > 0 && is_owner(doc, a - 1));
    is_adjective(w) && !gerund
}

/// Whether the participle at `k` modifies the noun after it inside a phrase that opens
/// on an article or owner and an adjective: "a creative writing professor", "her
/// favorite speaking style".
pub(crate) fn is_modifying_participle(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    let a = doc.word(k.wrapping_sub(1));
    k > 1
        && is_participle(w)
        && doc.is_word(k - 1)
        && !doc.is_capitalised(k - 1)
        && is_adjective(a)
        && !a.ends_with("ing")
        && (["a", "an", "the"].iter().any(|d| doc.is(k - 2, d)) || is_owner(doc, k - 2))
        && doc.is_word(k + 1)
        && !doc.is_capitalised(k + 1)
        && !doc.is_in(k + 1, Class::STOP.or(Class::DETERMINER).or(Class::PRONOUN))
        && doc.verb(k + 1).is_none()
}

/// Whether token `i` is a possessive: "his", "their", "Lee's".
pub(crate) fn is_owner(doc: &Doc, i: usize) -> bool {
    ["his", "her", "their", "its", "our", "my", "your"]
        .iter()
        .any(|w| doc.is(i, w))
        || super::names::is_possessive(doc.word(i))
}

/// Whether a word ends like an adjective: "political", "diplomatic", "offensive",
/// "pugnacious", "hateful", "baseless", "valid".
fn is_adjective(word: &str) -> bool {
    word.len() > 4
        && ([
            "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ing",
        ]
        .iter()
        .any(|end| word.ends_with(end))
            || ENT_ADJECTIVES.contains(&word))
        && !["nothing", "something", "anything", "everything"].contains(&word)
}

/// Adjectives ending in -ent or -ant, where most such words are nouns ("the incident",
/// "the statement").
#[rustfmt::skip]
const ENT_ADJECTIVES: &[&str] = &[
    "apparent", "arrogant", "blatant", "consistent", "constant", "current", "decent",
    "different", "eloquent", "excellent", "flagrant", "frequent", "important", "independent",
    "insistent", "persistent", "pertinent", "prominent", "recent", "relevant", "repugnant",
    "significant", "subsequent", "urgent", "vehement", "violent",
];

/// Nouns that end like adjectives and can be the subject of the cue after them: "the
/// proposal calls for", "a cleric charges", "the archive shows".
#[rustfmt::skip]
const NOUNS_LIKE_ADJECTIVES: &[&str] = &[
    "animal", "approval", "archive", "arrival", "capital", "cleric", "clinic", "criminal",
    "denial", "directive", "editorial", "festival", "hospital", "individual", "initiative",
    "journal", "liberal", "logic", "manual", "memorial", "motive", "music", "proposal",
    "public", "radical", "referral", "renewal", "republic", "rhetoric", "ritual", "scandal",
    "signal", "table", "topic", "traffic", "trial", "tribunal",
];

/// The source of a described noun cue at `k` whose subject found is only the words
/// before it ("a cautious" of "Lee sounded a cautious note about"): the subject of the
/// verb before those words ("Lee"); none where no verb comes before a short phrase ("One
/// lurking question is whether"). An owner stays the source ("Lee's harsh remarks"), and
/// so does any other subject.
pub(crate) fn noun_subject(doc: &Doc, np: Np, k: usize, lo: usize) -> Option<Np> {
    let owned = np.tokens.clone().any(|j| is_owner(doc, j));
    if owned || np.tokens.end != k || !is_described_noun(doc, k) {
        return Some(np);
    }
    // "faces a vigorous challenge from Lee": the source follows.
    if doc.is(k + 1, "from") {
        return None;
    }
    let s = np.tokens.start;
    let v = s.saturating_sub(1);
    let verb_like = s > lo
        && doc.is_word(v)
        && !doc.is_capitalised(v)
        && !doc.is_in(v, Class::STOP.or(Class::DETERMINER).or(Class::PRONOUN));
    if !verb_like {
        // A longer phrase may hold a subject and its verb: "The Republicans need strong
        // support to win".
        return (np.tokens.len() > 4).then_some(np);
    }
    super::subjects::cue_subject(doc, v, lo)
}

/// Whether token `i` is a plural noun that looks like a verb, followed by the verb
/// of its clause: "reports show", "polls suggest".
#[inline]
pub(crate) fn plural_before_verb(doc: &Doc, i: usize) -> bool {
    // Asked of every word: most do not end in "s".
    doc.word(i).ends_with('s') && plural_noun_before_verb(doc, i)
}

/// [`plural_before_verb`] for a word ending in "s".
fn plural_noun_before_verb(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    if !w.ends_with('s')
        || w.ends_with("ss")
        || super::names::is_possessive(w)
        || !doc.is_word(i + 1)
        || doc.word(i + 1).ends_with("ing")
    {
        return false;
    }
    // "the tax plans would cut", "early estimates put the cost at": after a lower-case
    // word, a modal or a verb without its particle is the verb too (not after a
    // subject: "a rule he believes will fail").
    let modified = || {
        i > 0
            && doc.is_word(i - 1)
            && !doc.is_capitalised(i - 1)
            && !super::names::is_subject_pronoun(doc, i - 1)
            && !["that", "who", "which"].iter().any(|r| doc.is(i - 1, r))
            && is_plural_form(w)
    };
    // "40 states have voted": or an auxiliary.
    doc.verb(i + 1).is_some()
        || (doc.verb_form(i + 1).is_some()
            || super::clauses::is_modal(doc, i + 1)
            || super::clauses::is_auxiliary(doc, i + 1))
            && modified()
}

/// Whether the -ing form at token `i` modifies the singular role noun after it inside
/// a phrase ("former policy planning director"): a lower-case singular word that is no
/// verb or pronoun comes before it. After a name or a plural it is a verb ("Lee
/// criticizing judges", "candidates backing a rival").
pub(crate) fn is_role_compound(doc: &Doc, i: usize) -> bool {
    let before = i.checked_sub(1);
    is_participle(doc.word(i))
        && before.is_some_and(|b| {
            doc.is_word(b)
                && !doc.is_capitalised(b)
                && !doc.word(b).ends_with('s')
                && doc.verb(b).is_none()
                && !doc.is_in(b, Class::PRONOUN.or(Class::STOP))
        })
        && doc.is_in(i + 1, Class::ROLE)
        && !doc.word(i + 1).ends_with('s')
}
