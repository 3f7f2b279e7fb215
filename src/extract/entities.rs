//! The article's entity table: who is mentioned where, under which names and roles,
//! and which earlier entity each "he", "she" or "they" stands for.
//!
//! Built in one pass over the sentences, outside quotes (a name inside someone's quote
//! is not an antecedent). Capitalised runs become people or organisations: titles and
//! role words in front of a name ("U.S. Secretary of State", "campaign spokesman") are
//! kept as the entity's roles, a lone surname joins the full name it shares ("Rubio" ->
//! "Marco Rubio"). Pronouns are resolved as they are met, to the first fitting entity of
//! the nearest sentence that has one (a subject-first preference), so later pronouns
//! chain through earlier ones. Turning a source phrase into a speaker is `speaker`'s job.

use super::doc::Doc;
use super::lexicon::{self, Class};
use super::names::is_possessive;

/// How many sentences back a pronoun looks for its antecedent.
const PRONOUN_WINDOW: usize = 5;

/// Grammatical gender as far as the article shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Unknown,
    Male,
    Female,
}

/// A person or an organisation the article names.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    /// The fullest name seen ("Marco Rubio", "the State Department").
    pub name: String,
    /// The last word of the name, possessive stripped ("Rubio").
    pub surname: String,
    /// The first word of a person's full name, if seen ("Marco").
    pub first: Option<String>,
    /// Gender, from titles, first names and the pronouns resolved to it.
    pub gender: Gender,
    /// Whether the name looks like an organisation's.
    pub org: bool,
    /// Whether the entity is known to be a person (a title, a first name, a full name).
    pub person: bool,
    /// Role phrases in lower case ("u.s. secretary of state", "spokesman").
    pub roles: Vec<String>,
}

/// One mention of an entity: a token range outside quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// First token (titles included).
    pub first: usize,
    /// Last token.
    pub last: usize,
    /// The sentence.
    pub sentence: usize,
    /// Index into [`Entities::list`].
    pub entity: usize,
    /// Whether the mention is a pronoun.
    pub pronoun: bool,
}

/// The entity table of one article.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    /// Every entity, in order of first mention.
    pub list: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// Builds the table for a whole article.
    pub(crate) fn build(doc: &Doc) -> Entities {
        let mut table = Entities::default();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let mut i = sentence.tokens.start;
            while i < sentence.tokens.end {
                if doc.quote_of(i).is_some() {
                    i += 1;
                    continue;
                }
                if let Some(gender) = pronoun_gender(doc, i) {
                    table.resolve_pronoun(i, s, gender);
                    i += 1;
                    continue;
                }
                let end = run_end(doc, i, sentence.tokens.end);
                if end > i {
                    table.add_run(doc, i, end, s);
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
        table
    }

    /// The mention whose tokens include token `i`, if any.
    pub(crate) fn mention_at(&self, i: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.last < i);
        self.mentions.get(k).filter(|m| m.first <= i)
    }

    /// The entity with a role ending in `role` (lower case) mentioned last before token
    /// `before`.
    pub(crate) fn by_role(&self, role: &str, before: usize) -> Option<usize> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.first < before)
            .map(|m| m.entity)
            .find(|&e| {
                self.list[e]
                    .roles
                    .iter()
                    .any(|r| r == role || r.ends_with(&format!(" {role}")))
            })
    }

    /// Records a capitalised run `first..end` in sentence `s`: splits titles from the
    /// name, links the name to an entity, and notes roles and gender.
    fn add_run(&mut self, doc: &Doc, first: usize, end: usize, s: usize) {
        let name_start = name_start(doc, first, end);
        let org = (first..end).any(|k| doc.is_in(k, Class::ORG) || is_acronym(doc.word(k)));
        let start = if org { first } else { name_start };
        if start >= end {
            return;
        }
        let words: Vec<&str> = (start..end)
            .map(|k| strip_possessive(doc.word(k)))
            .collect();
        if words.is_empty() {
            return;
        }
        let title_gender = (first..name_start).find_map(|k| title_gender(doc.word(k)));
        let first_name = (words.len() >= 2 && !org).then(|| words[0].to_string());
        let entity = self.link(&words, org, first_name.as_deref());
        let e = &mut self.list[entity];
        if words.len() >= 2 && !org && e.first.is_none() {
            e.name = words.join(" ");
            e.first = first_name;
        }
        e.person |= !org && (words.len() >= 2 || name_start > first);
        if e.gender == Gender::Unknown {
            e.gender = title_gender
                .or_else(|| e.first.as_deref().and_then(first_name_gender))
                .unwrap_or(Gender::Unknown);
        }
        let prefix = role_prefix(doc, first, name_start, s);
        if !prefix.is_empty() && !org {
            push_role(e, prefix);
        }
        if let Some(role) = appositive_role(doc, end) {
            push_role(e, role);
        }
        self.mentions.push(Mention {
            first,
            last: end - 1,
            sentence: s,
            entity,
            pronoun: false,
        });
    }

    /// The entity a name belongs to, creating it when new.
    fn link(&mut self, words: &[&str], org: bool, first: Option<&str>) -> usize {
        let surname = words.last().copied().unwrap_or("");
        let whole = words.join(" ");
        let fits = |e: &Entity| {
            if org != e.org {
                return false;
            }
            if org {
                return e.name == whole || e.surname == surname;
            }
            e.surname == surname
                && (first.is_none() || e.first.is_none() || e.first.as_deref() == first)
        };
        // The most mentioned fitting entity: "Trump" is the Trump the article is about.
        let mut best: Option<(usize, usize)> = None;
        for (k, e) in self.list.iter().enumerate() {
            if fits(e) {
                let count = self.mentions.iter().filter(|m| m.entity == k).count();
                if best.is_none_or(|(_, c)| count > c) {
                    best = Some((k, count));
                }
            }
        }
        if let Some((k, _)) = best {
            return k;
        }
        if words.len() == 1 && !org {
            if let Some(k) = self
                .list
                .iter()
                .position(|e| e.first.as_deref() == Some(surname))
            {
                return k;
            }
        }
        self.list.push(Entity {
            name: whole,
            surname: surname.to_string(),
            first: None,
            gender: Gender::Unknown,
            org,
            person: false,
            roles: Vec::new(),
        });
        self.list.len() - 1
    }

    /// Resolves the pronoun at token `i` (sentence `s`) and records it as a mention.
    fn resolve_pronoun(&mut self, i: usize, s: usize, gender: PronounKind) {
        let Some(entity) = self.antecedent(s, gender) else {
            return;
        };
        if let PronounKind::Personal(g) = gender {
            let e = &mut self.list[entity];
            if e.gender == Gender::Unknown {
                e.gender = g;
            }
        }
        self.mentions.push(Mention {
            first: i,
            last: i,
            sentence: s,
            entity,
            pronoun: true,
        });
    }

    /// The antecedent of a pronoun in sentence `s`: the first fitting mention of the
    /// nearest sentence (this one included) that has one.
    fn antecedent(&self, s: usize, kind: PronounKind) -> Option<usize> {
        let mut k = self.mentions.len();
        while k > 0 {
            let sentence = self.mentions[k - 1].sentence;
            if sentence + PRONOUN_WINDOW < s {
                return None;
            }
            let start = self.mentions[..k].partition_point(|m| m.sentence < sentence);
            let found = self.mentions[start..k]
                .iter()
                .map(|m| m.entity)
                .find(|&e| self.fits(e, kind));
            if found.is_some() {
                return found;
            }
            k = start;
        }
        None
    }

    /// Whether entity `e` can be what a pronoun of this kind stands for.
    fn fits(&self, e: usize, kind: PronounKind) -> bool {
        let e = &self.list[e];
        match kind {
            PronounKind::Personal(g) => {
                !e.org && e.person && (e.gender == Gender::Unknown || e.gender == g)
            }
            PronounKind::Plural => e.org,
        }
    }
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
fn pronoun_gender(doc: &Doc, i: usize) -> Option<PronounKind> {
    if !doc.is_word(i) {
        return None;
    }
    match doc.word(i) {
        "he" | "He" | "him" | "his" | "His" => Some(PronounKind::Personal(Gender::Male)),
        "she" | "She" | "her" | "Her" => Some(PronounKind::Personal(Gender::Female)),
        "they" | "They" => Some(PronounKind::Plural),
        _ => None,
    }
}

/// The end of the capitalised run starting at token `i` (`i` itself when none starts
/// there). A run is capitalised words, initials and titles, with "of" inside a title or
/// organisation ("Secretary of State", "Bank of America"); a possessive ends it.
fn run_end(doc: &Doc, i: usize, hi: usize) -> usize {
    let mut k = i;
    while k < hi {
        let w = doc.word(k);
        let fits = doc.is_capitalised(k)
            && (!doc.is_in(k, Class::NOT_NAME) || doc.is_in(k, Class::TITLE) && k + 1 < hi);
        let link = k > i && (doc.is(k, "of") || is_particle(w)) && doc.is_capitalised(k + 1);
        if !(fits || link) {
            break;
        }
        k += 1;
        if is_possessive(w) {
            break;
        }
    }
    // A run never ends on a title alone ("the President said").
    while k > i && doc.is_in(k - 1, Class::TITLE) {
        k -= 1;
    }
    k
}

/// Where the name proper starts in run `first..end`: after the titles, role words and
/// "of" phrases in front ("U.S. Secretary of State | Marco Rubio").
fn name_start(doc: &Doc, first: usize, end: usize) -> usize {
    let mut start = first;
    let mut k = first;
    while k + 1 < end {
        if doc.is_in(k, Class::TITLE) || doc.is_in(k, Class::ROLE) {
            start = k + 1;
        } else if doc.is(k, "of") {
            // "Secretary of State Marco Rubio": the word after "of" completes the title.
            start = k + 2;
            k += 1;
        }
        k += 1;
    }
    // After a title a name has two words, or three with an initial: "Director of National
    // Intelligence Jo Lee" is "Jo Lee".
    if start > first && end >= start + 3 && !is_initial(doc.word(end - 2)) {
        start = end - 2;
    }
    start
}

/// Whether a word is an initial ("E.").
fn is_initial(word: &str) -> bool {
    word.len() == 2 && word.ends_with('.')
}

/// Lower-case role words just before a run, with the titles inside it: "campaign
/// spokesman" for "campaign spokesman Jo Lee", "u.s. secretary of state" for "U.S.
/// Secretary of State Marco Rubio".
fn role_prefix(doc: &Doc, first: usize, name_start: usize, s: usize) -> String {
    let floor = doc.sentences.get(s).map_or(0, |x| x.tokens.start);
    let mut start = first;
    while start > floor && doc.is_in(start - 1, Class::ROLE) && !doc.is_capitalised(start - 1) {
        start -= 1;
    }
    let has_role = start < first
        || (first..name_start).any(|k| doc.is_in(k, Class::TITLE) || doc.is_in(k, Class::ROLE));
    if !has_role {
        return String::new();
    }
    doc.slice(start..name_start).to_lowercase()
}

/// For "Jo Lee, a Democratic pollster,": the role noun of an appositive right after
/// the run ending before token `end`.
fn appositive_role(doc: &Doc, end: usize) -> Option<String> {
    if !doc.is_punct(end, ",") {
        return None;
    }
    let det = end + 1;
    if !(doc.is(det, "a") || doc.is(det, "an") || doc.is(det, "the")) {
        return None;
    }
    (det + 1..det + 6)
        .take_while(|&k| doc.is_word(k) && !doc.is(k, "of") && !doc.is(k, "who"))
        .filter(|&k| doc.is_in(k, Class::ROLE))
        .last()
        .map(|k| doc.word(k).to_lowercase())
}

/// Adds a role to an entity unless it has it.
fn push_role(e: &mut Entity, role: String) {
    if !e.roles.contains(&role) {
        e.roles.push(role);
    }
}

/// The gender a title implies.
fn title_gender(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    match w.as_str() {
        "mr" | "congressman" | "spokesman" | "chairman" | "king" | "prince" | "sir" | "lord"
        | "father" | "councilman" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "congresswoman" | "spokeswoman" | "chairwoman" | "queen"
        | "princess" | "lady" | "dame" | "councilwoman" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a common first name implies.
fn first_name_gender(name: &str) -> Option<Gender> {
    let class = lexicon::classify(name);
    if class.has(Class::MALE) {
        Some(Gender::Male)
    } else if class.has(Class::FEMALE) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether a word is a lower-case name particle ("de", "van", "bin").
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "del" | "della" | "van" | "von" | "der" | "bin" | "al" | "la" | "le" | "da" | "dos"
    )
}

/// Whether a word is an acronym of an organisation ("FBI", "NAACP").
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.len() <= 6 && word.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// A name word without its possessive ending.
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}
