//! Pronouns and gender: which entities a "he", "she" or "they" can stand for.

use super::doc::Doc;

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
pub(crate) fn pronoun_kind(doc: &Doc, i: usize) -> Option<PronounKind> {
    if !doc.is_word(i) {
        return None;
    }
    match doc.word(i) {
        "he" | "He" | "him" | "his" | "His" => Some(PronounKind::Personal(Gender::Male)),
        "she" | "She" | "her" | "Her" => Some(PronounKind::Personal(Gender::Female)),
        "they" | "They" | "it" | "It" => Some(PronounKind::Plural),
        _ => None,
    }
}
