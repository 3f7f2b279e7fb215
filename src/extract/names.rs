//! Noun phrases that name a source, found next to a cue: "he", "Sen. Ann Lee",
//! "a senior administration official", "one member of Congress", "the report".
//!
//! Shallow on purpose: a phrase is a run of capitalised words, titles, role nouns and a
//! few modifiers, opened by a determiner and ending in a head that can speak (a name, a
//! role or kind noun, a pronoun). What a phrase refers to is `speaker`'s business.

use std::ops::Range;

use super::cues;
use super::doc::Doc;
use super::lexicon::Class;
use super::runs;
use super::tokens::Tag;

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
}

impl Np {
    fn single(i: usize, kind: NpKind) -> Np {
        Np {
            tokens: i..i + 1,
            head: i,
            kind,
        }
    }
}

/// How a word can serve in a source phrase.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Opens the phrase: "the", "two", "his".
    Determiner,
    /// Can end the phrase: a name, a title, a role or kind noun.
    Head,
    /// "of" or "for" between two parts: "member of Congress".
    Link,
    /// A lower-case modifier or common noun: "senior", "longtime", "commenter".
    Modifier,
    /// Cannot be in the phrase.
    Outside,
}

/// The role token `i` can play in a source phrase.
fn role(doc: &Doc, i: usize) -> Role {
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
    if doc.is_in(i, Class::STOP) || doc.is_in(i, Class::PRONOUN) || doc.is_in(i, Class::DATE) {
        return Role::Outside;
    }
    if doc.is_capitalised(i) {
        return Role::Head;
    }
    // "46-year-old" is a modifier; "$5" and "3:30" are not.
    let wordlike =
        w.chars().all(|c| c.is_alphanumeric() || c == '-') && w.chars().any(char::is_alphabetic);
    // Inflected verb forms ("said", "adding", "says") end a phrase; a base form may be a
    // noun ("the report", "one question").
    let inflected = cues::is_past_form(w) || cues::is_participle(w) || w.ends_with('s');
    if doc.verb(i).is_some() && inflected || !wordlike {
        return Role::Outside;
    }
    Role::Modifier
}

/// Whether token `i` is a personal pronoun that can be a source.
fn is_subject_pronoun(doc: &Doc, i: usize) -> bool {
    ["he", "she", "they", "i", "we", "you", "it"]
        .iter()
        .any(|p| doc.is(i, p))
}

/// Whether token `i` is a determiner that can stand alone as a source: "another said".
fn is_standalone_determiner(doc: &Doc, i: usize) -> bool {
    [
        "another", "others", "one", "some", "many", "both", "several", "most", "few", "all",
    ]
    .iter()
    .any(|p| doc.is(i, p))
}

/// Prepositions that attach a second phrase to a source: "an economist at the bank",
/// "a spokesman for the campaign", "one of the organizers".
fn is_attaching(doc: &Doc, i: usize) -> bool {
    ["of", "for", "at", "from", "with", "inside", "in", "on"]
        .iter()
        .any(|p| doc.is(i, p))
}

/// The source phrase that ends just before token `end`, starting no earlier than `lo`.
pub(crate) fn before(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let last = end.checked_sub(1).filter(|&h| h >= lo)?;
    if is_subject_pronoun(doc, last) {
        return Some(Np::single(last, NpKind::Pronoun));
    }
    // "who said", and "bottles that said" (a relative after a noun).
    let relative_that = (doc.is(last, "that") || doc.is(last, "which"))
        && last > lo
        && matches!(role(doc, last - 1), Role::Head | Role::Modifier);
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
    let (mut start, mut head) = simple?;
    // "the director of the agency", "an economist at the bank": the head is the first part's.
    while start > lo + 1 && (is_attaching(doc, start - 1) || doc.is(start - 1, "to")) {
        let to = doc.is(start - 1, "to");
        match simple_before(doc, start - 1, lo) {
            // "an aide to Sen. Lee": "to" attaches only to a role noun.
            Some((_, h)) if to && !doc.is_in(h, Class::ROLE) => break,
            Some((s, h)) if role(doc, h) == Role::Head || doc.is(start - 1, "of") => {
                start = s;
                head = h;
            }
            _ => break,
        }
    }
    Some(Np {
        tokens: start..end,
        head,
        kind: NpKind::Phrase,
    })
}

/// A phrase without attachments ending just before `end`: determiner, modifiers and
/// a head. Returns its start and head. A lower-case head needs a determiner ("the
/// email", "another commenter").
fn simple_before(doc: &Doc, end: usize, lo: usize) -> Option<(usize, usize)> {
    let head = end.checked_sub(1).filter(|&h| h >= lo)?;
    let head_role = role(doc, head);
    if is_possessive(doc.word(head)) || !matches!(head_role, Role::Head | Role::Modifier) {
        return None;
    }
    if is_standalone_determiner(doc, head) {
        return Some((head, head));
    }
    let mut start = head;
    let mut head = head;
    let mut modifiers = 0;
    let mut determined = false;
    while start > lo {
        let k = start - 1;
        match role(doc, k) {
            Role::Determiner => {
                start = k;
                determined = true;
                break;
            }
            Role::Head => {
                modifiers = 0;
                // "Lee's aides": a possessive determines the phrase.
                determined |= is_possessive(doc.word(k));
            }
            // "member of Congress", "Secretary of State": the head is the part before.
            Role::Link
                if k > lo
                    && role(doc, k + 1) != Role::Modifier
                    && role(doc, k - 1) == Role::Head =>
            {
                head = k - 1;
            }
            Role::Modifier if modifiers < 3 => {
                modifiers += 1;
                determined |= is_possessive(doc.word(k));
            }
            _ => break,
        }
        start = k;
    }
    // A phrase opens on a determiner, a head or a title: trim stray modifiers and links.
    if !determined {
        while start < head && matches!(role(doc, start), Role::Modifier | Role::Link) {
            start += 1;
        }
    }
    (head_role == Role::Head || determined && head > start).then_some((start, head))
}

/// The source phrase that starts at token `start`, ending before `hi`: the inverted
/// subject of "said Smith", the source of "according to two officials".
pub(crate) fn after(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    if start >= hi {
        return None;
    }
    if is_subject_pronoun(doc, start) {
        return Some(Np::single(start, NpKind::Pronoun));
    }
    let (mut end, head) = simple_after(doc, start, hi)?;
    // "one of the organizers", "a spokesman for the campaign".
    loop {
        let attaches = doc.is(end, "of")
            || doc.is(end, "for")
            || is_attaching(doc, end) && doc.is_in(end + 1, Class::DETERMINER);
        match simple_after(doc, end + 1, hi).filter(|_| attaches) {
            Some((e, _)) => end = e,
            None => break,
        }
    }
    // "Sen. Jo Park (D-Ohio)".
    if doc.is_punct(end, "(") {
        if let Some(close) = (end + 1..hi.min(end + 10)).find(|&k| doc.is_punct(k, ")")) {
            end = close + 1;
        }
    }
    // "a person familiar with the matter".
    if doc.is(end, "familiar") && doc.is(end + 1, "with") {
        let rest = (end + 2..hi.min(end + 9))
            .take_while(|&k| {
                doc.is_word(k) && (!doc.is_in(k, Class::STOP) || doc.is_in(k, Class::DETERMINER))
            })
            .last();
        if let Some(last) = rest {
            end = last + 1;
        }
    }
    Some(Np {
        tokens: start..end,
        head,
        kind: NpKind::Phrase,
    })
}

/// A phrase without attachments starting at `start`: returns its end and head.
fn simple_after(doc: &Doc, start: usize, hi: usize) -> Option<(usize, usize)> {
    if start >= hi {
        return None;
    }
    let mut end = start;
    let mut last_head = None;
    let mut determined = false;
    while end < hi {
        match role(doc, end) {
            Role::Determiner if end == start => determined = true,
            Role::Head => {
                last_head = Some(end);
                if is_possessive(doc.word(end)) {
                    last_head = None;
                }
            }
            Role::Link
                if end > start && last_head == Some(end - 1) && doc.is_capitalised(end + 1) => {}
            Role::Modifier if last_head.is_none() => {}
            _ => break,
        }
        end += 1;
    }
    // "another said", "one of the aides": a determiner standing alone.
    if last_head.is_none() && determined && is_standalone_determiner(doc, start) {
        return Some((start + 1, start));
    }
    // "the email said": a lower-case noun after a determiner.
    if last_head.is_none() && determined && end > start + 1 && role(doc, end - 1) == Role::Modifier
    {
        return Some((end, end - 1));
    }
    let head = last_head?;
    // "the printed Cruz slate card.": common nouns after a name, up to the phrase's end.
    if determined && !doc.is_in(head, Class::ROLE) {
        let nouns = (head + 1..hi.min(head + 4))
            .take_while(|&k| role(doc, k) == Role::Modifier)
            .count();
        let after = head + 1 + nouns;
        if nouns > 0 && (after >= hi || doc.tag(after).is_some_and(|t| t != Tag::Word)) {
            return Some((after, after - 1));
        }
    }
    Some((head + 1, head))
}

/// The source of "according to", starting at token `start`: the whole phrase up to a
/// comma or the clause's end (before `hi`) when it is short ("a CNN/ORC poll released
/// Monday", "two officials and a person familiar with the talks"); its head is the
/// first phrase's.
pub(crate) fn according_source(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    let np = after(doc, start, hi)?;
    let end = (start..hi.min(start + 25))
        .find(|&k| {
            doc.tag(k) != Some(Tag::Word)
                && !doc.is_punct(k, "/")
                && !doc.is_punct(k, "-")
                && !doc.is_punct(k, "(")
                && !doc.is_punct(k, ")")
        })
        .unwrap_or(hi);
    let reaches = end == hi || doc.tag(end) != Some(Tag::Word) && end < start + 25;
    let has_verb = (np.tokens.end..end).any(|k| doc.verb(k).is_some());
    if reaches && end > np.tokens.end && !has_verb && np.kind == NpKind::Phrase {
        return Some(Np {
            tokens: start..end,
            ..np
        });
    }
    Some(np)
}

/// The subject of the cue at token `cue`, looking back no further than `lo`: skips
/// adverbs ("also said"), a parenthesis ("Rep. Jo Park (D-Ohio) said"), appositives
/// ("Ann Lee, 45, the chair, said"), and returns "who" as a relative subject.
pub(crate) fn subject_before(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    let mut end = skip_time_back(doc, cue, lo);
    while end > lo && end + 4 > cue && is_adverb(doc, end - 1) {
        end -= 1;
    }
    if end > lo && doc.is_punct(end - 1, ",") {
        return appositive_head(doc, end - 1, lo);
    }
    before_parenthesis(doc, end, lo)
}

/// The phrase ending before `end`, taking in a parenthesis that ends there: "Rep. Jo
/// Park (D-Ohio)" (the head stays the name).
fn before_parenthesis(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    if end > lo && doc.is_punct(end - 1, ")") {
        let floor = lo.max(end.saturating_sub(12));
        let open = (floor..end - 1).rev().find(|&k| doc.is_punct(k, "("))?;
        let np = before(doc, open, lo)?;
        return Some(Np {
            tokens: np.tokens.start..end,
            ..np
        });
    }
    before(doc, end, lo)
}

/// `end` moved back over a time adverbial between a subject and its verb: "Lee on
/// Tuesday said", "officials last week said".
fn skip_time_back(doc: &Doc, mut end: usize, lo: usize) -> usize {
    let units = [
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
    ];
    let openers = [
        "on", "last", "this", "next", "late", "early", "earlier", "later", "that",
    ];
    loop {
        let before = end;
        if end > lo && doc.is_in(end - 1, Class::DATE) {
            end -= 1;
        } else if end > lo + 1
            && units.iter().any(|u| doc.is(end - 1, u))
            && openers.iter().any(|o| doc.is(end - 2, o))
        {
            end -= 2;
        }
        if end < before && end > lo && openers.iter().any(|o| doc.is(end - 1, o)) {
            end -= 1;
        }
        if end == before {
            return end;
        }
    }
}

/// Words after which a clause can open: conjunctions, relatives, sentence adverbs.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "after", "also", "although", "and", "as", "because", "before", "but", "even", "however",
    "if", "meanwhile", "once", "or", "since", "so", "still", "that", "then", "though",
    "until", "what", "when", "where", "whereas", "which", "while", "yet",
];

/// Whether a phrase starting at token `s` opens a clause: at `lo`, after a comma, or
/// after a conjunction or sentence adverb ("and", "when", "even").
fn opens_clause(doc: &Doc, s: usize, lo: usize) -> bool {
    s == lo
        || doc.is_punct(s - 1, ",")
        || doc.is_punct(s - 1, ";")
        || doc.is_punct(s - 1, ":")
        || doc.is_punct(s - 1, "(")
        || doc.quote_of(s - 1).is_some() && doc.tag(s - 1) != Some(Tag::Word)
        || OPENERS.iter().any(|o| doc.is(s - 1, o))
}

/// The source of the cue at token `k`, looking back no further than `lo`:
/// - a participle after "is" or "was" is finite ("Lee is saying");
/// - other participles take the clause's subject ("Lee shared it, writing ...");
/// - a finite verb takes the phrase before it.
///
/// Callers fall back on [`clause_subject`] ("Lee rubbed his chin and said").
pub(crate) fn cue_subject(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    let participle = cues::is_participle(doc.word(k));
    if participle {
        let aux = k > lo
            && ["is", "was", "are", "were", "been", "be"]
                .iter()
                .any(|a| doc.is(k - 1, a));
        if aux {
            return subject_before(doc, k - 1, lo);
        }
        return clause_subject(doc, lo, k);
    }
    subject_before(doc, k, lo)
}

/// The subject of the clause a participle at token `k` hangs on: "Lee shared the news
/// on Monday, writing ...", "Hours later, she issued a statement calling ...". Looks
/// back for a lower-case word (a verb, presumably) whose subject opens a clause.
pub(crate) fn clause_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    (lo + 1..k)
        .rev()
        .filter(|&v| {
            doc.is_word(v)
                && doc.quote_of(v).is_none()
                && !doc.is_capitalised(v)
                && (!doc.is_in(v, Class::STOP) || doc.verb(v).is_some())
        })
        .find_map(|v| {
            let np = subject_before(doc, v, lo)?;
            (opens_clause(doc, np.tokens.start, lo) && np.kind != NpKind::Relative).then_some(np)
        })
}

/// Whether token `i` is an adverb or auxiliary that may sit between subject and cue.
pub(crate) fn is_adverb(doc: &Doc, i: usize) -> bool {
    doc.is_word(i) && {
        let w = doc.word(i);
        doc.is_in(i, Class::ADVERB)
            || (w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase()))
    }
}

/// For "Ann Lee, 45, a nurse from Ohio, said": given the comma before the cue, the
/// phrase that opens the chain of appositives. Each comma back to `lo` (or 40 tokens)
/// is tried; the farthest phrase that opens a clause wins.
fn appositive_head(doc: &Doc, comma: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(comma.saturating_sub(40));
    let mut best = None;
    for c in (floor..comma).rev() {
        if doc.quote_of(c).is_some() {
            break;
        }
        if !doc.is_punct(c, ",") {
            continue;
        }
        let Some(np) = before_parenthesis(doc, c, lo) else {
            continue;
        };
        if opens_clause(doc, np.tokens.start, lo) && np.kind != NpKind::Relative {
            best = Some(np);
        }
    }
    best
}

/// Whether a word is a possessive ("Trump’s", "officials'").
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc<'_> {
        Doc::new(text, std::slice::from_ref(&(0..text.len())))
    }

    fn word_index(d: &Doc, w: &str) -> usize {
        (0..d.tokens.len()).find(|&i| d.word(i) == w).expect(w)
    }

    fn subject(text: &str, cue: &str) -> Option<String> {
        let d = doc(text);
        let c = word_index(&d, cue);
        subject_before(&d, c, 0).map(|np| d.slice(np.tokens).to_string())
    }

    #[test]
    fn subjects_before_their_cue() {
        let table = [
            ("Later, he said it again.", "said", Some("he")),
            (
                "A senior administration official said it.",
                "said",
                Some("A senior administration official"),
            ),
            (
                "Then Sen. Ann Lee also told us.",
                "told",
                Some("Sen. Ann Lee"),
            ),
            (
                "The agency's deputy chief of staff wrote back.",
                "wrote",
                Some("The agency's deputy chief of staff"),
            ),
            (
                "Rep. Jo Park, the top Democrat on the panel, said no.",
                "said",
                Some("Rep. Jo Park"),
            ),
            (
                "The plan, which failed, said nothing.",
                "said",
                Some("The plan"),
            ),
            ("It was the plan that said so.", "said", Some("that")),
            (
                "The director of the agency argued otherwise.",
                "argued",
                Some("The director of the agency"),
            ),
        ];
        for (text, cue, want) in table {
            assert_eq!(subject(text, cue).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn inverted_subjects_after_their_cue() {
        let table = [
            (
                "said one member of Congress.",
                Some("one member of Congress"),
            ),
            ("said Tom Reyes, a pollster.", Some("Tom Reyes")),
            (
                "said a person familiar with the talks.",
                Some("a person familiar with the talks"),
            ),
            ("said in a statement.", None),
        ];
        for (text, want) in table {
            let d = doc(text);
            let got = after(&d, 1, d.tokens.len()).map(|np| d.slice(np.tokens).to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }
}
