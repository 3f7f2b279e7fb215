//! From a source phrase as written to the speaker it names: "he" -> the person the
//! entity table resolved it to, "Rubio" -> "Marco Rubio", "The Secretary of State" ->
//! the person introduced with that role, "who" -> the phrase it hangs on; unnamed
//! sources ("a senior administration official") stay as written and are flagged
//! anonymous.

use std::collections::HashMap;

use super::adverbs;
use super::doc::Doc;
use super::entities::Entities;
use super::lexicon::{self, Class};
use super::names::{self, is_possessive, Np, NpKind};
use super::pronouns::Gender;
use super::runs;

/// A resolved source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// The name or description, `None` when unknown.
    pub name: Option<String>,
    /// Whether the source is unnamed.
    pub anonymous: bool,
    /// Whether the source resolved to a person the article names.
    pub person: bool,
}

/// Resolves the source phrase `np`; `lo` bounds the search for the phrase a "who"
/// hangs on.
pub(crate) fn resolve(doc: &Doc, entities: &Entities, np: &Np, lo: usize) -> Speaker {
    match np.kind {
        NpKind::Pronoun => {
            let entity = entities
                .mention_at(np.tokens.start)
                .filter(|m| m.pronoun)
                .map(|m| &entities.list[m.entity]);
            Speaker {
                name: entity.map(|e| e.display()),
                anonymous: false,
                person: entity.is_some_and(|e| e.person),
            }
        }
        NpKind::Relative => {
            let mut end = np.tokens.start;
            if end > lo && (doc.is_punct(end - 1, ",") || super::sources::is_dash(doc, end - 1)) {
                end -= 1;
            }
            // "her records in July, which showed": over a time phrase after the noun.
            let phrase = |end| names::before(doc, end, lo).filter(|h| h.kind == NpKind::Phrase);
            match phrase(end).or_else(|| phrase(adverbs::skip_time_back(doc, end, lo))) {
                Some(head) => {
                    let head = person_after_of(doc, entities, &head).unwrap_or(head);
                    resolve(doc, entities, &head, lo)
                }
                _ => Speaker::default(),
            }
        }
        NpKind::Phrase => resolve_phrase(doc, entities, &named_part(np)),
    }
}

/// The words of a phrase that name its speaker: without a modifier written as part of
/// the source ("protesters" of "protesters marching through the streets said").
fn named_part(np: &Np) -> Np {
    let end = np
        .core_end
        .filter(|&e| e > np.head && e < np.tokens.end)
        .unwrap_or(np.tokens.end);
    Np {
        tokens: np.tokens.start..end,
        core_end: None,
        ..np.clone()
    }
}

/// For "the tone of Jo Lee, who": the person after "of" when the phrase is "the",
/// a noun that is no person ("tone", not "the director of ..."), "of" and a name.
fn person_after_of(doc: &Doc, entities: &Entities, np: &Np) -> Option<Np> {
    let of = np.tokens.clone().find(|&k| doc.is(k, "of"))?;
    let noun = np.tokens.start + 1;
    let thing = of == noun + 1
        && doc.is(np.tokens.start, "the")
        && !doc.is_capitalised(noun)
        && !doc.is_in(noun, Class::ROLE.or(Class::ANON));
    let m = entities.mention_at(of + 1)?;
    let named = !m.pronoun
        && m.first == of + 1
        && m.last + 1 == np.tokens.end
        && entities.list[m.entity].person;
    (thing && named).then(|| Np {
        tokens: of + 1..np.tokens.end,
        head: m.last,
        kind: NpKind::Phrase,
        core_end: None,
    })
}

/// Nouns of a document that speaks for whoever is named before it: "the IMF report".
const DOCUMENTS: &[&str] = &[
    "analysis",
    "filing",
    "letter",
    "memo",
    "release",
    "report",
    "statement",
    "study",
];

/// Head nouns of a description that reporters use for a person they have named
/// before, without that role: "the Vermont senator", "the billionaire".
const PERSON_ROLES: &[&str] = &[
    "billionaire",
    "businessman",
    "businesswoman",
    "candidate",
    "front-runner",
    "frontrunner",
    "governor",
    "lawmaker",
    "mogul",
    "nominee",
    "representative",
    "senator",
    "tycoon",
];

/// Words that stand alone for people the article leaves unnamed: "some said".
const UNNAMED_QUANTIFIERS: &[&str] = &[
    "another",
    "dozens",
    "few",
    "hundreds",
    "many",
    "most",
    "multiple",
    "numerous",
    "one",
    "others",
    "several",
    "some",
    "thousands",
];

/// How many sentences back the person of a description must have been mentioned.
const RECENT: usize = 4;

/// Offices that rule a person out of a description with another head: the president
/// is not "the Vermont senator".
const OFFICES: &[&str] = &[
    "chairman",
    "director",
    "governor",
    "judge",
    "justice",
    "mayor",
    "minister",
    "pope",
    "president",
    "representative",
    "secretary",
    "senator",
    "spokesman",
];

/// For "the Vermont senator" when nobody was named with that role: the person the
/// article has mentioned most before it (the latest of equals), of the gender the
/// noun gives, if any, named in full (or with a title) and with no other office, and
/// mentioned in the last few sentences.
fn principal(doc: &Doc, entities: &Entities, np: &Np) -> Option<usize> {
    let head = runs::role_word(doc.word(np.head));
    let aged = np.tokens.clone().any(|k| is_age(doc.word(k)));
    if !PERSON_ROLES.contains(&head.as_str()) && !aged {
        return None;
    }
    let word = doc.word(np.head).to_lowercase();
    let not = if word.ends_with("woman") || word.ends_with("mother") || word == "mom" {
        Gender::Male
    } else if word.ends_with("man") || word.ends_with("father") || word == "dad" {
        Gender::Female
    } else {
        Gender::Unknown
    };
    let end = entities
        .mentions
        .partition_point(|m| m.first < np.tokens.start);
    let here = doc.sentence_of(np.tokens.start)?;
    let recent: Vec<usize> = entities.mentions[..end]
        .iter()
        .filter(|m| m.sentence + RECENT > here)
        .map(|m| m.entity)
        .collect();
    let mut seen: HashMap<usize, (usize, usize)> = HashMap::new();
    for (i, m) in entities.mentions[..end].iter().enumerate() {
        if !recent.contains(&m.entity) {
            continue;
        }
        let e = &entities.list[m.entity];
        let other_office = e
            .roles
            .iter()
            .any(|r| *r != head && OFFICES.contains(&r.as_str()));
        let named = e.first.is_some() || e.titled.is_some();
        if e.person && named && (not == Gender::Unknown || e.gender != not) && !other_office {
            let c = seen.entry(m.entity).or_insert((0, 0));
            *c = (c.0 + 1, i);
        }
    }
    seen.into_iter().max_by_key(|&(_, c)| c).map(|(e, _)| e)
}

/// Whether a word is an age used as a noun: "34-year-old".
fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Resolves a phrase that is not a pronoun.
fn resolve_phrase(doc: &Doc, entities: &Entities, np: &Np) -> Speaker {
    let head = np.head;
    // "the IMF report", "a GAO report released last year": the name owning a document
    // speaks.
    let owner = ["the", "a", "an"]
        .iter()
        .any(|a| doc.is(np.tokens.start, a))
        && head > np.tokens.start + 1
        && DOCUMENTS.iter().any(|d| doc.is(head, d))
        && doc.is_capitalised(head - 1)
        && entities
            .mention_at(head - 1)
            .is_some_and(|m| !m.pronoun && m.last == head - 1);
    if owner {
        // "a POLITICO analysis" is by POLITICO, "the IMF report" by the IMF.
        let from = np.tokens.start + usize::from(!doc.is(np.tokens.start, "the"));
        let named = Np {
            tokens: from..head,
            head: head - 1,
            kind: NpKind::Phrase,
            core_end: None,
        };
        return resolve_phrase(doc, entities, &named);
    }
    let written = doc.slice(np.tokens.clone());
    if let Some(m) = entities.mention_at(head).filter(|m| !m.pronoun) {
        let e = &entities.list[m.entity];
        // People get their name; organisations and other names keep the phrase as
        // written ("the White House", "The Hill"), less a possessive ("The AP's report").
        // "The council on Friday said": the time phrase is no part of the name.
        let end = np.tokens.end;
        let timed = end > m.last + 1 && adverbs::skip_time_back(doc, end, m.last + 1) == m.last + 1;
        let named = if timed {
            doc.slice(np.tokens.start..m.last + 1)
        } else {
            written
        };
        // A company goes by its fullest name: "Texaco" after "Texaco Inc", "the lead
        // manager Nomura Ltd" is "Nomura Ltd".
        // A lone organisation word is no fuller name: "the Bank" stays as written.
        let generic = !e.name.contains(' ') && lexicon::classify(&e.name).has(Class::ORG);
        let bare = (timed || m.last + 1 == end) && !generic;
        let name = if e.person || e.org && bare && !is_possessive(doc.word(m.last)) {
            e.display()
        } else {
            runs::strip_possessive(named).to_string()
        };
        return Speaker {
            name: Some(name),
            anonymous: false,
            person: e.person,
        };
    }
    // "Another critic, Jo Lee, said": a name in apposition names the source, after a
    // lower-case word or two of its title too ("His aide, state Sen. Jo Lee (D), said").
    let end = np.tokens.end;
    if doc.is_punct(end, ",") {
        const BEFORE_TITLE: &[&str] = &["acting", "former", "interim", "retired", "state", "the"];
        // "the actress Jo Curtis": a lower-case role noun titles the name too.
        let role = |k: usize| doc.is_in(k, Class::ROLE) && !doc.is_capitalised(k);
        let name = (end + 1..end + 5)
            .take_while(|&k| doc.is_word(k))
            .find(|&k| !BEFORE_TITLE.iter().any(|w| doc.is(k, w)) && !role(k))
            .filter(|&k| k == end + 1 || doc.is_in(k, Class::TITLE) || role(k - 1))
            .and_then(|k| {
                entities
                    .mention_at(k)
                    .filter(|m| !m.pronoun && m.first == k)
            });
        if let Some(m) = name {
            let e = &entities.list[m.entity];
            // "said the group's president, Jo Lee.": or closing the sentence.
            let after = m.last + 1;
            let closed = [",", "(", ".", ";"].iter().any(|p| doc.is_punct(after, p))
                || doc.sentence_of(after) != doc.sentence_of(m.last);
            if e.person && (closed || doc.verb(m.last + 1).is_some()) {
                return Speaker {
                    name: Some(e.display()),
                    anonymous: false,
                    person: true,
                };
            }
        }
    }
    // "a White House official" is unnamed; "an aide to Sen. Lee" is not.
    let has_name = np.tokens.clone().any(|k| {
        entities
            .mention_at(k)
            .is_some_and(|m| !m.pronoun && entities.list[m.entity].person)
    });
    let definite = doc.is(np.tokens.start, "the");
    let has_role = np
        .tokens
        .clone()
        .any(|k| doc.is_in(k, Class::ROLE) || doc.is_in(k, Class::TITLE));
    // "the commission": the organisation named with that word.
    if definite && !has_name && doc.is_in(head, Class::ORG) && !doc.is_capitalised(head) {
        if let Some(e) = entities.by_org_word(doc.word(head), np.tokens.start) {
            return Speaker {
                name: Some(entities.list[e].display()),
                anonymous: false,
                person: false,
            };
        }
    }
    // "the 34-year-old", "the 34-year-old mother of three": an age stands for the
    // person just talked about.
    if definite && !has_name && !has_role && np.tokens.clone().any(|k| is_age(doc.word(k))) {
        if let Some(e) = principal(doc, entities, np) {
            return Speaker {
                name: Some(entities.list[e].display()),
                anonymous: false,
                person: true,
            };
        }
    }
    if definite && !has_name && has_role {
        let words: Vec<String> = (np.tokens.start + 1..np.tokens.end)
            .filter(|&k| doc.is_word(k))
            .map(|k| runs::role_word(doc.word(k)))
            .collect();
        let head = runs::role_word(doc.word(head));
        if let Some(e) = entities
            .by_role(&head, &words, np.tokens.start)
            .or_else(|| principal(doc, entities, np))
        {
            return Speaker {
                name: Some(entities.list[e].display()),
                anonymous: false,
                person: true,
            };
        }
    }
    // "Some said", "said one": a quantifier alone stands for people left unnamed
    // ("both" and "each" stand for people just named).
    let quantifier = np.tokens.len() == 1 && UNNAMED_QUANTIFIERS.iter().any(|q| doc.is(head, q));
    let anonymous =
        !has_name && (quantifier || np.tokens.clone().any(|k| doc.is_in(k, Class::ANON)));
    Speaker {
        name: Some(sentence_case_undone(doc, np, written)),
        anonymous,
        person: false,
    }
}

/// An unnamed source as it would read inside a sentence: "Analysts" at a sentence's
/// start is "analysts", "Some" is "some", so that one source is listed once; a name
/// ("White House officials") keeps its capitals.
fn sentence_case_undone(doc: &Doc, np: &Np, written: &str) -> String {
    let first = np.tokens.start;
    let common = Class::ROLE
        .or(Class::ANON)
        .or(Class::DETERMINER)
        .or(Class::STOP);
    let word = doc.word(first);
    let lower_rest = word.chars().skip(1).all(|c| !c.is_uppercase());
    let next_capitalised = first + 1 < np.tokens.end && doc.is_capitalised(first + 1);
    let lower = doc.starts_sentence(first)
        && doc.is_capitalised(first)
        && lower_rest
        && doc.is_in(first, common)
        && !doc.is_in(first, Class::TITLE.or(Class::ORG))
        && !next_capitalised;
    let mut chars = written.chars();
    match chars.next() {
        Some(c) if lower && written.starts_with(word) => c.to_lowercase().chain(chars).collect(),
        _ => written.to_string(),
    }
}
