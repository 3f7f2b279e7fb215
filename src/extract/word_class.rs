//! Word classes: the lists a word is in, as bits, looked up once per token by
//! `lexicon::classify`.

use super::cues::Verb;

/// The classes a word belongs to, as bits; a word may be in several ("chief" is a title
/// and a role noun).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

impl Class {
    /// A title written before a name ("Sen.", "Secretary").
    pub(crate) const TITLE: Class = Class(1);
    /// A role or kind noun that can head a source ("spokesman", "report").
    pub(crate) const ROLE: Class = Class(1 << 1);
    /// A noun that makes an unnamed source anonymous ("official", "sources").
    pub(crate) const ANON: Class = Class(1 << 2);
    /// A word that makes a name an organisation's ("Department", "News").
    pub(crate) const ORG: Class = Class(1 << 3);
    /// A capitalised word that is never part of a person's name ("However", "May").
    pub(crate) const NOT_NAME: Class = Class(1 << 4);
    /// A pronoun that can stand for a source.
    pub(crate) const PRONOUN: Class = Class(1 << 5);
    /// A word that opens a source phrase ("the", "two", "his").
    pub(crate) const DETERMINER: Class = Class(1 << 6);
    /// A common male first name.
    pub(crate) const MALE: Class = Class(1 << 7);
    /// A common female first name.
    pub(crate) const FEMALE: Class = Class(1 << 8);
    /// A function word that ends a noun phrase ("was", "in", "that").
    pub(crate) const STOP: Class = Class(1 << 9);
    /// An adverb or auxiliary allowed between a subject and its cue ("also", "has").
    pub(crate) const ADVERB: Class = Class(1 << 10);
    /// A weekday, month or day word ("Tuesday", "today").
    pub(crate) const DATE: Class = Class(1 << 11);
    /// A word of place names ("North", "United", "Island"): a run holding one is no
    /// person's name.
    pub(crate) const PLACE: Class = Class(1 << 12);
    /// A word that heads the name of a thing, not a person or a body that speaks: a
    /// law, a building, an event ("Act", "Tower", "Convention").
    pub(crate) const THING: Class = Class(1 << 13);
    /// The name of a country or a US state ("China", "Ohio"); also a PLACE word.
    pub(crate) const REGION: Class = Class(1 << 14);
    /// Bits 16..24 hold a reporting verb's behaviour, bit 24 says there is one.
    const VERB: u32 = 1 << 24;

    // Closed lists that rules ask of token after token. Each class holds its list's
    // words exactly as `Doc::is` matches them (ASCII case aside), so asking the class is
    // asking the list in one step: `Doc` takes them from a possessive ("one’s" is not
    // "one").
    /// A preposition (`subjects::is_preposition`).
    pub(crate) const PREPOSITION: Class = Class(1 << 15);
    /// A written-out form of "be", "have" or "do" (`clauses::is_auxiliary`).
    pub(crate) const AUXILIARY: Class = Class(1 << 25);
    /// A modal verb (`clauses::is_modal`).
    pub(crate) const MODAL: Class = Class(1 << 26);
    /// A determiner or quantity word that can stand alone as a source ("another",
    /// "hundreds": `np_words::is_standalone_determiner`).
    pub(crate) const ALONE: Class = Class(1 << 27);
    /// A pronoun that can be a subject (`np_words::is_subject_pronoun`).
    pub(crate) const SUBJECT_PRONOUN: Class = Class(1 << 28);
    /// A noun of saying that a possessive can own ("claim", `cues::is_speech_noun`),
    /// written in lower case (the list matches case and all).
    pub(crate) const SPEECH_NOUN: Class = Class(1 << 29);
    /// A number written as a word (`np_words::is_number`).
    pub(crate) const NUMBER_WORD: Class = Class(1 << 30);
    /// A unit of time a time phrase ends on ("week", `adverbs::skip_time_back`).
    pub(crate) const TIME_UNIT: Class = Class(1 << 31);
    /// What a word with a capital is not: a reporting verb ("Said" and "Post" are names
    /// more often) or a noun of saying of the exact list.
    pub(crate) const LOWER_CASE_ONLY: Class =
        Class(0xff << 16 | Class::VERB | Class::SPEECH_NOUN.0);
    /// The classes of exact lists, which a possessive does not keep.
    pub(crate) const EXACT: Class = Class(
        Class::PREPOSITION.0
            | Class::AUXILIARY.0
            | Class::MODAL.0
            | Class::ALONE.0
            | Class::SUBJECT_PRONOUN.0
            | Class::SPEECH_NOUN.0
            | Class::NUMBER_WORD.0
            | Class::TIME_UNIT.0,
    );

    /// Whether the word is in any of the classes of `other`.
    pub(crate) fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }

    /// The reporting verb the word is, if it is one (lower-case forms only).
    pub(crate) fn verb(self) -> Option<Verb> {
        (self.0 & Class::VERB != 0).then(|| Verb::from_bits(((self.0 >> 16) & 0xff) as u8))
    }

    /// The union of two sets of classes.
    pub(crate) const fn or(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }

    /// The class of a reporting verb of behaviour `bits` (`Verb::from_bits`).
    pub(crate) const fn of_verb(bits: u8) -> Class {
        Class((bits as u32) << 16 | Class::VERB)
    }

    /// These classes less those of `other`.
    pub(crate) const fn without(self, other: Class) -> Class {
        Class(self.0 & !other.0)
    }
}
