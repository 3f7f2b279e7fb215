//! Noun phrases that name a source, found next to a cue: "he", "Sen. Ann Lee",
//! "a senior administration official", "one member of Congress", "the report".
//!
//! Shallow on purpose: a phrase is a run of capitalised words, titles, role nouns and a
//! few modifiers, opened by a determiner and ending in a head that can speak (a name, a
//! role or kind noun, a pronoun). What a phrase refers to is `speaker`'s business.

use std::ops::Range;

use super::doc::Doc;
use super::lexicon::Class;

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

/// A noun phrase: its tokens and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    /// Token indices of the phrase.
    pub tokens: Range<usize>,
    /// What the phrase is.
    pub kind: NpKind,
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
    /// A lower-case modifier: "senior", "longtime".
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
    if doc.is_in(i, Class::DETERMINER) && !doc.is(i, "that") && !doc.is(i, "her") {
        return Role::Determiner;
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
    if doc.verb(i).is_some() || w.chars().any(|c| !c.is_alphabetic() && c != '-') {
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

/// The source phrase that ends just before token `end`, starting no earlier than `lo`.
pub(crate) fn before(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
    let head = end.checked_sub(1).filter(|&h| h >= lo)?;
    if is_subject_pronoun(doc, head) {
        return Some(Np {
            tokens: head..end,
            kind: NpKind::Pronoun,
        });
    }
    if doc.is(head, "who") {
        return Some(Np {
            tokens: head..end,
            kind: NpKind::Relative,
        });
    }
    if role(doc, head) != Role::Head || is_possessive(doc.word(head)) {
        return None;
    }
    let mut start = head;
    let mut modifiers = 0;
    while start > lo {
        let k = start - 1;
        match role(doc, k) {
            Role::Determiner => {
                start = k;
                // "the director of the agency": a determiner after a link is inside.
                if k > lo && role(doc, k - 1) == Role::Link {
                    continue;
                }
                break;
            }
            Role::Head => modifiers = 0,
            Role::Link if role(doc, k + 1) != Role::Modifier => {}
            Role::Modifier if modifiers < 3 => modifiers += 1,
            _ => break,
        }
        start = k;
    }
    // A phrase opens on a determiner, a head or a title: trim stray modifiers and links.
    while start < head && matches!(role(doc, start), Role::Modifier | Role::Link) {
        start += 1;
    }
    Some(Np {
        tokens: start..end,
        kind: NpKind::Phrase,
    })
}

/// The source phrase that starts at token `start`, ending before `hi`: the inverted
/// subject of "said Smith", the source of "according to two officials".
pub(crate) fn after(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    if start >= hi {
        return None;
    }
    if is_subject_pronoun(doc, start) {
        return Some(Np {
            tokens: start..start + 1,
            kind: NpKind::Pronoun,
        });
    }
    let mut end = start;
    let mut last_head = None;
    while end < hi {
        match role(doc, end) {
            Role::Determiner if end == start || role(doc, end - 1) == Role::Link => {}
            Role::Head => {
                last_head = Some(end);
                if is_possessive(doc.word(end)) {
                    last_head = None;
                }
            }
            Role::Link if last_head == Some(end - 1) => {}
            Role::Modifier if last_head.is_none() || role(doc, end - 1) == Role::Link => {}
            _ => break,
        }
        end += 1;
    }
    let head = last_head?;
    let mut end = head + 1;
    // "a person familiar with the matter", "two officials and a Senate aide".
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
        kind: NpKind::Phrase,
    })
}

/// The subject of the cue at token `cue`, looking back no further than `lo`: skips
/// adverbs ("also said"), an appositive ("Ann Lee, the chair, said"), and returns "who"
/// as a relative subject.
pub(crate) fn subject_before(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    let mut end = cue;
    while end > lo && end + 4 > cue && is_adverb(doc, end - 1) {
        end -= 1;
    }
    if end > lo && doc.is_punct(end - 1, ",") {
        return appositive_head(doc, end - 1, lo);
    }
    before(doc, end, lo)
}

/// Whether token `i` is an adverb or auxiliary that may sit between subject and cue.
fn is_adverb(doc: &Doc, i: usize) -> bool {
    doc.is_word(i) && {
        let w = doc.word(i);
        doc.is_in(i, Class::ADVERB)
            || (w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase()))
    }
}

/// For "Ann Lee, the committee chair, said": given the comma before the cue, the
/// phrase before the appositive, if the text between the commas reads like one.
fn appositive_head(doc: &Doc, comma: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(comma.saturating_sub(30));
    let open = (floor..comma).rev().find(|&k| doc.is_punct(k, ","))?;
    let first = open + 1;
    let reads_like = doc.is_in(first, Class::DETERMINER)
        || doc.is(first, "who")
        || doc.is_in(first, Class::ROLE)
        || doc.word(first).starts_with(|c: char| c.is_ascii_digit());
    if !reads_like || first >= comma {
        return None;
    }
    before(doc, open, lo).filter(|np| np.kind != NpKind::Relative)
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
            ("The plan, which failed, said nothing.", "said", None),
            ("It was the plan that said so.", "said", None),
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
