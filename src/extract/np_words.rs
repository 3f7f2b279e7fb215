//! Word classes inside a source phrase: subject pronouns ("he", "they"), determiners
//! that stand alone as a source ("another said", "hundreds said"), numbers and
//! possessives ("Trump’s").

use super::doc::Doc;
use super::lexicon::Class;

/// Whether token `i` is a personal pronoun that can be a source.
pub(crate) fn is_subject_pronoun(doc: &Doc, i: usize) -> bool {
    doc.is_in(i, Class::SUBJECT_PRONOUN)
}

/// The pronouns of [`is_subject_pronoun`].
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "you", "it"];

/// Whether token `i` is a pronoun that can only be a subject: "he", "she", "they",
/// "we", "I".
pub(crate) fn is_nominative(doc: &Doc, i: usize) -> bool {
    ["he", "she", "they", "we", "i"]
        .iter()
        .any(|p| doc.is(i, p))
}

/// Whether token `i` is a determiner that can stand alone as a source: "another said",
/// "hundreds (of nurses) said".
pub(crate) fn is_standalone_determiner(doc: &Doc, i: usize) -> bool {
    // The words of `ALONE` and `MULTITUDES`.
    doc.is_in(i, Class::ALONE) || those_alone(doc, i)
}

/// The words of [`is_standalone_determiner`] besides the multitudes.
#[rustfmt::skip]
pub(super) const ALONE: &[&str] = &[
    "another", "others", "one", "some", "many", "both", "several", "most", "few", "all",
    "everyone", "everybody", "nobody",
];

/// The words of [`is_multitude`].
pub(super) const MULTITUDES: &[&str] = &["dozens", "hundreds", "thousands", "millions"];

/// Whether token `i` is "those" standing for people: before a participle or a
/// preposition ("those describing themselves", "those polled", "those close to him"),
/// not before its noun ("those services") or a relative (which `across_relative`
/// takes).
fn those_alone(doc: &Doc, i: usize) -> bool {
    if !doc.is(i, "those") {
        return false;
    }
    let next = i + 1;
    let w = doc.word(next);
    !doc.is_word(next)
        || !doc.is_capitalised(next) && (w.ends_with("ing") || w.ends_with("ed"))
        || super::subjects::is_preposition(doc, next)
        || doc.is(next, "close")
        || doc.is(next, "familiar")
}

/// Whether token `i` is a large, round number of people: "dozens", "hundreds".
pub(crate) fn is_multitude(doc: &Doc, i: usize) -> bool {
    MULTITUDES.iter().any(|p| doc.is(i, p))
}

/// Whether token `i` is a number ("5", "1,000", "five").
pub(crate) fn is_number(doc: &Doc, i: usize) -> bool {
    doc.word(i).bytes().all(|b| b.is_ascii_digit() || b == b',') && doc.is_word(i)
        || doc.is_in(i, Class::NUMBER_WORD)
}

/// The numbers written as words of [`is_number`].
#[rustfmt::skip]
pub(super) const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "hundred", "thousand",
];

/// Whether a word is a possessive ("Trump’s", "officials'"); not the verb "’s" of
/// "he’s".
pub(crate) fn is_possessive(word: &str) -> bool {
    possessive_stem(word).is_some()
}

/// A possessive word without its ending: "Trump’s" and "Sanders’" give "Trump" and
/// "Sanders"; `None` for any other word, and for the contracted verb "’s" alone.
#[inline]
pub(crate) fn possessive_stem(word: &str) -> Option<&str> {
    // This runs on every word: most end in no "s" and no mark (’ ends in 0x99), and
    // most in "s" have no mark before it.
    match word.as_bytes() {
        [.., b'\'' | 0x99, b's'] | [.., b'\'' | 0x99] => marked_stem(word),
        _ => None,
    }
}

/// [`possessive_stem`] for a word ending in "s" or a mark.
fn marked_stem(word: &str) -> Option<&str> {
    const CURLY: &[u8] = "\u{2019}".as_bytes();
    let b = word.as_bytes();
    let mark = |end: usize| {
        if b[..end].ends_with(b"'") {
            Some(1)
        } else if b[..end].ends_with(CURLY) {
            Some(CURLY.len())
        } else {
            None
        }
    };
    let cut = match b.last()? {
        // "Trump’s", "Trump's".
        b's' => mark(b.len() - 1).map(|m| m + 1)?,
        // "Sanders’", "Democrats'": after an "s" (’ ends in the byte 0x99).
        b'\'' | 0x99 => {
            mark(b.len()).filter(|&m| b.len() > m && matches!(b[b.len() - m - 1], b's' | b'S'))?
        }
        _ => return None,
    };
    let stem = &word[..word.len() - cut];
    (!stem.is_empty()).then_some(stem)
}

/// Whether a word is a past tense written like its base form: "put", "read" ("The New
/// Yorker put it", "Jo Lee, the chair, read").
pub(crate) fn is_unchanged_past(word: &str) -> bool {
    matches!(
        word,
        "bet" | "broadcast" | "cast" | "cut" | "hit" | "let" | "put" | "quit" | "read" | "set"
    )
}

/// Whether a lower-case word is the past tense of a common irregular verb that is no
/// noun or adjective: "met", "took", "gave" ("The mayor met reporters and said": the
/// phrase ends before it).
#[rustfmt::skip]
pub(crate) fn is_irregular_past(word: &str) -> bool {
    // A match, not a search of a sorted list: it runs for every word of a phrase.
    matches!(
        word,
        "ate" | "became" | "began" | "bought" | "brought" | "built" | "came" | "caught" |
        "chose" | "did" | "drew" | "drove" | "flew" | "forgot" | "gave" | "got" | "grew" |
        "had" | "held" | "kept" | "knew" | "lost" | "made" | "meant" | "met" | "paid" |
        "ran" | "sat" | "sent" | "sought" | "spent" | "spoke" | "stood" | "struck" |
        "swore" | "taught" | "threw" | "took" | "tried" | "went" | "won" | "wore" | "wrote"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_stems() {
        for (word, stem) in [
            ("Trump\u{2019}s", Some("Trump")),
            ("Trump's", Some("Trump")),
            ("Sanders\u{2019}", Some("Sanders")),
            ("Democrats'", Some("Democrats")),
            ("M\u{fc}ller\u{2019}s", Some("M\u{fc}ller")),
            ("\u{2019}s", None),
            ("'s", None),
            ("'", None),
            ("Lee\u{2019}", None),
            ("says", None),
            ("s", None),
            ("", None),
        ] {
            assert_eq!(possessive_stem(word), stem, "{word}");
        }
    }
}
