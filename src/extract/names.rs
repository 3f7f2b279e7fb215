//! Noun phrases that name a source, found next to a cue: "he", "Sen. Ann Lee",
//! "a senior administration official", "one member of Congress", "the report".
//!
//! Shallow on purpose: a phrase is a run of capitalised words, titles, role nouns and a
//! few modifiers, opened by a determiner and ending in a head that can speak (a name, a
//! role or kind noun, a pronoun). Which phrase is a cue's source is `subjects`'
//! business; what a phrase refers to is `speaker`'s.

use std::ops::Range;

use super::cues;
use super::doc::{Doc, Memo};
use super::given_names;
use super::lexicon::Class;
use super::runs;
use super::shares;
use super::tails::{self, pronoun_tail, TAIL_LINKS};

pub(crate) use super::inverted::{according_source, after, possessor};
pub(crate) use super::noun_signs::plural_before_verb;
use super::np_words::is_multitude;
pub(crate) use super::np_words::{
    is_nominative, is_number, is_possessive, is_standalone_determiner, is_subject_pronoun,
};

/// What a noun phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// A personal pronoun ("he", "they").
    Pronoun,
    /// The relative pronoun "who": the source is the phrase it hangs on.
    Relative,
    /// Any other phrase: a name, a description.
    Phrase,
}

/// A noun phrase: its tokens, its head word and kind.
///
/// Invariant: `head` lies in `tokens`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    /// Token indices of the phrase.
    pub tokens: Range<usize>,
    /// The token the phrase is about: "director" in "the director of the agency".
    pub head: usize,
    /// What the phrase is.
    pub kind: NpKind,
    /// Where the words naming the speaker end when a modifier written as part of the
    /// source follows them ("protesters" of "protesters marching through the streets");
    /// `None` when that is the whole phrase.
    pub core_end: Option<usize>,
}

impl Np {
    pub(super) fn single(i: usize, kind: NpKind) -> Np {
        Np {
            tokens: i..i + 1,
            head: i,
            kind,
            core_end: None,
        }
    }
}

/// How a word can serve in a source phrase.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Opens the phrase: "the", "two", "his".
    Determiner = 0,
    /// Can end the phrase: a name, a title, a role or kind noun.
    Head = 1,
    /// "of" or "for" between two parts: "member of Congress".
    Link = 2,
    /// A lower-case modifier or common noun: "senior", "longtime", "commenter".
    Modifier = 3,
    /// Cannot be in the phrase.
    Outside = 4,
}

/// The role token `i` can play in a source phrase.
pub(super) fn role(doc: &Doc, i: usize) -> Role {
    match doc.memo(i, Memo::Role, || find_role(doc, i) as u8) {
        0 => Role::Determiner,
        1 => Role::Head,
        2 => Role::Link,
        3 => Role::Modifier,
        _ => Role::Outside,
    }
}

/// [`role`], worked out.
fn find_role(doc: &Doc, i: usize) -> Role {
    if !doc.is_word(i) {
        return Role::Outside;
    }
    let w = doc.word(i);
    if doc.is(i, "of") || doc.is(i, "for") {
        return Role::Link;
    }
    if doc.is_in(i, Class::DETERMINER) && !doc.is(i, "that") && !doc.is(i, "her")
        || w.bytes().all(|b| b.is_ascii_digit() || b == b',')
    {
        return Role::Determiner;
    }
    if runs::is_contraction(w) {
        return Role::Outside;
    }
    if is_possessive(w) {
        return if doc.is_capitalised(i) {
            Role::Head
        } else {
            Role::Modifier
        };
    }
    if doc.is_in(i, Class::TITLE) || doc.is_in(i, Class::ROLE) || doc.is_in(i, Class::ANON) {
        return Role::Head;
    }
    // "USA Today", "a USA TODAY investigation": an organisation's word after a name.
    let org_name = doc.is_capitalised(i)
        && doc.is_in(i, Class::ORG)
        && i > 0
        && doc.is_capitalised(i - 1)
        && !doc.is_in(i - 1, Class::NOT_NAME);
    // "US Senator Jo Lee": the country, not the pronoun.
    if w == "US" {
        return Role::Head;
    }
    if super::clauses::is_dateline(doc, i) {
        return Role::Outside;
    }
    if !org_name
        && !given_names::is_modal_name(doc, i)
        && !given_names::is_month_name(doc, i)
        && (doc.is_in(i, Class::STOP) || doc.is_in(i, Class::PRONOUN) || doc.is_in(i, Class::DATE))
    {
        return Role::Outside;
    }
    if doc.is_capitalised(i) {
        return Role::Head;
    }
    // "46-year-old" is a modifier; "$5" and "3:30" are not.
    // "9/11 widow": a date used as a modifier.
    let wordlike = w.chars().all(|c| c.is_alphanumeric() || c == '-')
        && w.chars().any(char::is_alphabetic)
        || w.contains('/') && w.bytes().all(|b| b.is_ascii_digit() || b == b'/');
    // "The mayor met reporters": an irregular past after a word of the phrase.
    let past = || {
        super::np_words::is_irregular_past(w)
            && i > 0
            && doc.is_word(i - 1)
            && !doc.is_in(i - 1, Class::DETERMINER)
    };
    if !wordlike || past() {
        return Role::Outside;
    }
    // Inflected verb forms ("said", "adding", "says") end a phrase; a base form may be a
    // noun ("the report", "one question").
    let inflected = cues::is_past_form(w) || cues::is_participle(w) || w.ends_with('s');
    if !inflected || doc.verb(i).is_none() {
        return Role::Modifier;
    }
    // "Exit polling shows": a gerund right before a finite verb is its subject.
    // "Recent polling is showing": or right before an auxiliary.
    let gerund = || {
        cues::is_participle(w)
            && doc.is_word(i + 1)
            && (doc.verb(i + 1).is_some() && !cues::is_participle(doc.word(i + 1))
                || i > 0 && doc.is_word(i - 1) && is_auxiliary(doc, i + 1))
    };
    // "the planning", "her thinking": a determiner makes a noun of a verb form.
    let determined = || {
        i > 0
            && cues::is_participle(w)
            && ["the", "her", "his", "their", "its", "our", "my", "your"]
                .iter()
                .any(|d| doc.is(i - 1, d))
    };
    // "former policy planning director": a verb form inside the phrase, before its
    // role noun.
    let compound = || super::noun_signs::is_role_compound(doc, i);
    if !plural_before_verb(doc, i) && !determined() && !gerund() && !compound() {
        return Role::Outside;
    }
    Role::Modifier
}

/// Whether token `i` is a finite auxiliary: "is", "has", "will".
fn is_auxiliary(doc: &Doc, i: usize) -> bool {
    [
        "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "should",
        "does", "did",
    ]
    .iter()
    .any(|a| doc.is(i, a))
}

/// Prepositions that attach a second phrase to a source: "an economist at the bank",
/// "a spokesman for the campaign", "one of the organizers".
pub(super) fn is_attaching(doc: &Doc, i: usize) -> bool {
    [
        "of", "for", "at", "from", "with", "inside", "in", "on", "by",
    ]
    .iter()
    .any(|p| doc.is(i, p))
}

/// The source phrase that ends just before token `end`, starting no earlier than `lo`.
pub(crate) fn before(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let last = end.checked_sub(1).filter(|&h| h >= lo)?;
    if is_subject_pronoun(doc, last) {
        return Some(Np::single(last, NpKind::Pronoun));
    }
    if let Some(np) = pronoun_tail(doc, end, lo) {
        return Some(np);
    }
    // "who said", and "bottles that said" (a relative after a noun).
    let relative_that = (doc.is(last, "that") || doc.is(last, "which"))
        && last > lo
        && matches!(role(doc, last - 1), Role::Head | Role::Modifier);
    // "the report, which concluded", "her records in July, which showed", "the sign —
    // which read": a relative after a comma or a dash.
    let relative_which = doc.is(last, "which")
        && last > lo + 1
        && (doc.is_punct(last - 1, ",") || super::sources::is_dash(doc, last - 1))
        && doc.is_word(last - 2);
    let relative_that = relative_that || relative_which;
    if doc.is(last, "who") || relative_that {
        return Some(Np::single(last, NpKind::Relative));
    }
    if is_standalone_determiner(doc, last) && !(last > lo && role(doc, last - 1) == Role::Link) {
        return Some(Np::single(last, NpKind::Phrase));
    }
    // "supporters of reform": a bare lower-case noun after "of" hangs on the phrase before.
    let simple = simple_before(doc, end, lo).or_else(|| {
        let link = end
            .checked_sub(2)
            .filter(|&l| l > lo && role(doc, l) == Role::Link)?;
        (role(doc, end - 1) == Role::Modifier)
            .then(|| simple_before(doc, link, lo))
            .flatten()
    });
    // "a mother of two": a parent and the number of their children.
    let simple = simple.or_else(|| {
        let of = last.checked_sub(1).filter(|&l| l > lo && doc.is(l, "of"))?;
        const PARENT: &[&str] = &[
            "mother",
            "father",
            "grandmother",
            "grandfather",
            "mom",
            "dad",
        ];
        let (s, h) = simple_before(doc, of, lo)?;
        (is_number(doc, last) && PARENT.iter().any(|p| doc.is(h, p))).then_some((s, h))
    });
    let Some((mut start, mut head)) = simple else {
        return shares::quantity_before(doc, last, lo);
    };
    // "a source close to the campaign said", "people familiar with the talks said".
    let tail_link = start >= lo + 3
        && (TAIL_LINKS
            .iter()
            .any(|(w, p)| doc.is(start - 1, p) && doc.is(start - 2, w))
            || tails::participle_link(doc, start));
    if tail_link {
        if let Some((s, h)) = simple_before(doc, start - 2, lo) {
            start = s;
            head = h;
        }
    } else if let Some(with) = tails::with_knowledge(doc, start, lo) {
        if let Some((s, h)) = simple_before(doc, with, lo) {
            start = s;
            head = h;
        }
    }
    // "six in 10 voters", "one in five voters": a ratio of the group opens the phrase.
    if start > lo + 1 && doc.is(start - 1, "in") && is_number(doc, start) {
        let one = doc.is(start - 2, "one").then_some((start - 2, start - 2));
        if let Some((s, _)) = shares::quantity(doc, start - 2, lo).or(one) {
            start = s;
        }
    }
    // "the director of the agency", "an economist at the bank": the head is the first part's.
    while start > lo + 1 && (is_attaching(doc, start - 1) || doc.is(start - 1, "to")) {
        // "Hundreds of nurses": a large number of the group, the group its head.
        if doc.is(start - 1, "of") && is_multitude(doc, start - 2) {
            start -= 2;
            break;
        }
        // "some in the party", "those at the rally": a part of a group named by where it is.
        let part = start - 2;
        let quantifier = doc.is(part, "those")
            || is_standalone_determiner(doc, part)
                && !doc.is(part, "one")
                && !doc.is(part, "another");
        if quantifier && !doc.is(start - 1, "of") && !doc.is(start - 1, "to") {
            start = part;
            head = part;
            break;
        }
        let to = doc.is(start - 1, "to");
        match simple_before(doc, start - 1, lo) {
            // "an aide to Sen. Lee": "to" attaches only to a role noun.
            Some((_, h)) if to && !doc.is_in(h, Class::ROLE) => break,
            // "a narrator in the ad": a determined common noun takes attachments too.
            Some((s, h))
                if role(doc, h) == Role::Head
                    || doc.is(start - 1, "of")
                    || (doc.is_in(s, Class::DETERMINER) || is_possessive(doc.word(s))) && s < h =>
            {
                start = s;
                head = h;
            }
            // "One of the top officials", "some of his aides": a part of the group.
            None if doc.is(start - 1, "of")
                && is_standalone_determiner(doc, start - 2)
                && !doc.is(start - 2, "others")
                // A group that can speak, not "one of the biggest (challenges)".
                && (doc.is_in(head, Class::ROLE.or(Class::ANON))
                    || doc.is_capitalised(head)
                    || doc.word(head).ends_with('s') && doc.verb(head).is_none()) =>
            {
                start -= 2;
                break;
            }
            // "eight of 10 voters": a share of the group.
            None if doc.is(start - 1, "of") => {
                if let Some((s, h)) = shares::quantity(doc, start - 2, lo) {
                    start = s;
                    head = h;
                }
                break;
            }
            _ => break,
        }
    }
    let np = Np {
        tokens: start..end,
        head,
        kind: NpKind::Phrase,
        core_end: None,
    };
    Some(super::slashed::joined(doc, np, lo))
}

/// A phrase without attachments ending just before `end`: determiner, modifiers and
/// a head. Returns its start and head. A lower-case head needs a determiner ("the
/// email", "another commenter").
fn simple_before(doc: &Doc, end: usize, lo: usize) -> Option<(usize, usize)> {
    let head = end.checked_sub(1).filter(|&h| h >= lo)?;
    let head_role = role(doc, head);
    // A lower-case head in "-ed" is a verb: "the council issued".
    let verb_like = head_role == Role::Modifier && doc.word(head).ends_with("ed");
    if is_possessive(doc.word(head))
        || verb_like
        || !matches!(head_role, Role::Head | Role::Modifier)
    {
        return None;
    }
    if is_standalone_determiner(doc, head) {
        return Some((head, head));
    }
    let mut start = head;
    let mut head = head;
    let mut modifiers = 0;
    let mut determined = false;
    // "Abortion opponents", "Senate aides": a name modifying a lower-case noun.
    let mut named = false;
    while start > lo {
        let k = start - 1;
        // "Her economic plan": "her" opens a phrase as well as standing for a person.
        let role_k = if doc.is(k, "her") {
            Role::Determiner
        } else {
            role(doc, k)
        };
        match role_k {
            // "Lee's first five questioners", "the two candidates": a number inside.
            Role::Determiner
                if is_number(doc, k)
                    && k > lo
                    && matches!(
                        role(doc, k - 1),
                        Role::Head | Role::Modifier | Role::Determiner
                    )
                    && !doc.is_in(k - 1, Class::STOP) =>
            {
                determined = true;
            }
            Role::Determiner => {
                start = k;
                // "1,409 teachers": a number written with thousands separators.
                while start >= lo + 2
                    && doc.is_punct(start - 1, ",")
                    && is_number(doc, start - 2)
                    && doc.tokens[start - 2].end() == doc.tokens[start - 1].start()
                    && doc.tokens[start - 1].end() == doc.tokens[start].start()
                {
                    start -= 2;
                }
                // "all three candidates", "both the senators": a word before the
                // determiner.
                if start > lo && ["all", "both"].iter().any(|w| doc.is(start - 1, w)) {
                    start -= 1;
                }
                determined = true;
                break;
            }
            Role::Head => {
                modifiers = 0;
                named |= head_role == Role::Modifier && k + 1 == head && doc.is_capitalised(k);
                // "Lee's aides": a possessive determines the phrase.
                determined |= is_possessive(doc.word(k));
            }
            // "member of Congress", "Secretary of State": the head is the part before.
            Role::Link
                if k > lo
                    && role(doc, k - 1) == Role::Head
                    && (role(doc, k + 1) != Role::Modifier
                        || doc.is_in(k - 1, Class::TITLE.or(Class::ROLE))) =>
            {
                head = k - 1;
            }
            Role::Modifier if modifiers < 3 => {
                modifiers += 1;
                determined |= is_possessive(doc.word(k));
            }
            // "A Wednesday editorial": a day between the article and the noun it dates.
            Role::Outside
                if k > lo
                    && k + 1 == head
                    && doc.is_in(k, Class::DATE)
                    && doc.is_capitalised(k)
                    && ["a", "an", "the"].iter().any(|a| doc.is(k - 1, a)) => {}
            _ => break,
        }
        start = k;
    }
    // A phrase opens on a determiner, a head or a title: trim stray modifiers and links,
    // unless the phrase opens its clause ("Former governor Jo Lee said").
    let opens = start == lo
        || [",", ";", ":"].iter().any(|p| doc.is_punct(start - 1, p))
        || doc.is(start - 1, "and")
        || doc.is(start - 1, "but")
        || ["while", "whereas", "although", "though", "because"]
            .iter()
            .any(|w| doc.is(start - 1, w));
    // "though typically DNC rules permit", "but ultimately Lee thinks": an adverb
    // before a name opens the clause, not the phrase ("likely voters" keeps its
    // adjective).
    while opens
        && start < head
        && !doc.is_capitalised(start)
        && super::adverbs::is_clause_adverb(doc, start)
        && doc.is_capitalised(start + 1)
    {
        start += 1;
    }
    let keep = opens && role(doc, start) == Role::Modifier;
    let after_of = start > lo && doc.is(start - 1, "of");
    if !(determined || keep || after_of) {
        while start < head && matches!(role(doc, start), Role::Modifier | Role::Link) {
            start += 1;
        }
    }
    let w = doc.word(head);
    let gerund = cues::is_participle(w) && (doc.verb(end).is_some() || is_auxiliary(doc, end));
    let noun_head = (doc.verb(head).is_none() || plural_before_verb(doc, head))
        && (w.ends_with('s') && !w.ends_with("ss") || doc.is_in(head, Class::ROLE.or(Class::ANON)))
        || gerund;
    // "Iowa farm advocates say": modifiers and a plural noun opening the clause; "(an
    // average of) recent polls": a plural noun after "of", for the caller to attach.
    let opening = opens && noun_head && doc.is_capitalised(start) || noun_head && after_of;
    // "Turkish media reported": a singular common noun after a name, right before a
    // finite cue.
    let named_noun = named
        && doc.verb(head).is_none()
        && !cues::is_past_form(w)
        && doc.verb(end).is_some()
        && !cues::is_participle(doc.word(end));
    // "(hundreds of) nurses": a plural noun after a multitude, for the caller to attach.
    let counted = after_of && noun_head && start >= lo + 2 && is_multitude(doc, start - 2);
    // "Supporters of gun rights": a role noun heading a bare noun after "of".
    let linked = head + 1 < end && doc.is_in(head, Class::ROLE) && noun_head;
    (head_role == Role::Head
        || (determined || named && (noun_head || named_noun) || opening) && head > start
        || counted
        || linked)
        .then_some((start, head))
}
