//! Pronouns and gender: which entities a "he", "she" or "they" can stand for.

use super::doc::Doc;
use super::lexicon::Class;

/// Grammatical gender as far as the article shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Unknown,
    Male,
    Female,
}

/// What a pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PronounKind {
    /// "he" or "she".
    Personal(Gender),
    /// "they" or "it" for an organisation.
    Plural,
}

/// The kind of the subject pronoun at token `i`, if it is one.
#[inline]
pub(crate) fn pronoun_kind(doc: &Doc, i: usize) -> Option<PronounKind> {
    // Each of them is in the lexicon's pronouns: most words are answered by their class
    // where they are asked.
    if !doc.is_in(i, Class::PRONOUN) {
        return None;
    }
    personal_kind(doc, i)
}

/// [`pronoun_kind`] for a word of the pronoun class.
fn personal_kind(doc: &Doc, i: usize) -> Option<PronounKind> {
    match doc.word(i) {
        "he" | "He" | "him" | "his" | "His" => Some(PronounKind::Personal(Gender::Male)),
        "she" | "She" | "her" | "Her" => Some(PronounKind::Personal(Gender::Female)),
        "they" | "They" | "it" | "It" => Some(PronounKind::Plural),
        _ => None,
    }
}

/// Whether `it` at token `s` is the empty subject of an infinitive cue at token `k`:
/// "it is hard to see", "it is too soon to say", "it takes a mathematician to say".
/// The "it" stands for no one who says anything. Not "it is expected to show", "it
/// managed to say", where "it" is the doer.
pub(crate) fn is_expletive(doc: &Doc, s: usize, k: usize) -> bool {
    const COPULAS: &[&str] = &[
        "is",
        "was",
        "\u{2019}s",
        "'s",
        "be",
        "been",
        "seems",
        "seemed",
    ];
    // Adjectives after which the infinitive's subject is "it" itself.
    const RAISING: &[&str] = &[
        "able", "about", "bound", "certain", "due", "expected", "going", "likely", "meant", "set",
        "supposed", "sure", "unable", "unlikely",
    ];
    if !doc.is(s, "it") || k < s + 3 || !doc.is(k - 1, "to") {
        return false;
    }
    let between = s + 1..k - 1;
    if !between.clone().all(|j| doc.is_word(j)) {
        return false;
    }
    let takes = ["takes", "took", "take"].iter().any(|w| doc.is(s + 1, w));
    let copula = between
        .clone()
        .find(|&j| COPULAS.iter().any(|c| doc.is(j, c)));
    let adjective = copula.is_some_and(|c| {
        let rest = c + 1..k - 1;
        !rest.is_empty()
            && rest.clone().all(|j| {
                let w = doc.word(j);
                !doc.is_capitalised(j) && !w.ends_with("ed") && doc.verb(j).is_none()
            })
            && !rest.clone().any(|j| RAISING.iter().any(|r| doc.is(j, r)))
    });
    takes || adjective
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subject_pronoun_has_a_kind_and_other_words_none() {
        let text = "He him his His she She her Her they They it It hers them Hello Italy he’s";
        let doc = Doc::new(text, std::slice::from_ref(&(0..text.len())));
        let kinds: Vec<Option<PronounKind>> = (0..doc.tokens.len())
            .map(|i| pronoun_kind(&doc, i))
            .collect();
        let male = Some(PronounKind::Personal(Gender::Male));
        let female = Some(PronounKind::Personal(Gender::Female));
        let plural = Some(PronounKind::Plural);
        #[rustfmt::skip]
        let expected = [
            male, male, male, male, female, female, female, female, plural, plural, plural,
            plural, None, None, None, None, male, None,
        ];
        assert_eq!(kinds, expected);
    }
}
