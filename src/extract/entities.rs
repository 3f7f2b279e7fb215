//! The article's entity table: who is mentioned where, under which names and roles,
//! and which earlier entity each "he", "she" or "they" stands for.
//!
//! Built in one pass over the sentences, outside quotes (a name inside someone's quote
//! is not an antecedent). Capitalised runs (`runs`) become people or organisations: a
//! lone surname joins the full name it shares ("Rubio" -> "Marco Rubio"), titles and
//! role words become the entity's roles ("secretary of state"). Pronouns are resolved
//! as they are met, to the first fitting entity of the nearest sentence that has one (a
//! subject-first preference), so later pronouns chain through earlier ones. Turning a
//! source phrase into a speaker is `speaker`'s job.

use std::collections::HashMap;

use super::clauses;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::is_possessive;
use super::pronouns::{pronoun_kind, Gender, PronounKind};
use super::runs::{self, Run};
use super::word_key::{key, with_key};

/// How many sentences back a pronoun looks for its antecedent.
const PRONOUN_WINDOW: usize = 5;

/// How many sentences a full name stays the obvious referent of its bare surname
/// (the Johnson just named, not the one named most)...
const RECENT_WINDOW: usize = 2;

/// ...when no other bearer of the surname was named within this many sentences.
const STALE_WINDOW: usize = 5;

/// A person or an organisation the article names.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    /// The fullest name seen ("Marco Rubio", "State Department").
    pub name: String,
    /// The first word of a person's full name, if seen ("Marco").
    pub first: Option<String>,
    /// Title and surname when no full name was seen ("President Obama").
    pub titled: Option<String>,
    /// Gender, from titles, first names and the pronouns resolved to it.
    pub gender: Gender,
    /// Whether the gender came only from a pronoun resolved to the entity, which a
    /// title ("Ms.") later overrules.
    guessed: bool,
    /// Whether the name looks like an organisation's.
    pub org: bool,
    /// Whether the entity is known to be a person (a title, a first name, a full name).
    pub person: bool,
    /// Whether "The" is part of an organisation's name ("The Hill").
    pub the: bool,
    /// Role words, lower case, abbreviations spelled out ("secretary", "state").
    pub roles: Vec<String>,
    /// How many times the entity was named.
    count: u32,
    /// The sentence of its latest mention by name.
    last_sentence: usize,
}

impl Entity {
    /// The name to show: the full name, else title and surname, else the name as seen.
    pub(crate) fn display(&self) -> String {
        match (&self.first, &self.titled) {
            (None, Some(titled)) => titled.clone(),
            _ if self.the => format!("The {}", self.name),
            _ => self.name.clone(),
        }
    }
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
    /// Whether the mention is unlikely to be a subject: the object of a preposition
    /// ("an interview with Jo Lee") or a possessive ("Lee's aide").
    pub oblique: bool,
    /// Whether the mention is the subject of a subordinate clause opening its sentence
    /// ("When Lee arrived, Kim ..."): for a pronoun in a later sentence, second to the
    /// main clause's.
    pub subordinate: bool,
}

/// The entity table of one article.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    /// Every entity, in order of first mention.
    pub list: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Entities by lower-case surname (or last word of an organisation's name).
    by_surname: HashMap<String, Vec<usize>, foldhash::fast::RandomState>,
    /// People by lower-case first name.
    by_first: HashMap<String, Vec<usize>, foldhash::fast::RandomState>,
    /// Companies ("Texaco Inc", "Ford Motor Co") by the lower-case first word of their name.
    by_company: HashMap<String, Vec<usize>, foldhash::fast::RandomState>,
}

impl Entities {
    /// Builds the table for a whole article.
    pub(crate) fn build(doc: &Doc) -> Entities {
        // Sized for a typical article's names, so that the maps seldom grow.
        let map = || HashMap::with_capacity_and_hasher(16, Default::default());
        let mut table = Entities {
            by_surname: map(),
            by_first: map(),
            ..Entities::default()
        };
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let mut i = sentence.tokens.start;
            while i < sentence.tokens.end {
                // Names in quotes are no antecedents, nor is the place of a dateline
                // ("NEW YORK, March 3 -", "ST LOUIS, March 3 -").
                if doc.quote_of(i).is_some() || clauses::in_dateline(doc, i) {
                    i += 1;
                    continue;
                }
                if let Some(kind) = pronoun_kind(doc, i) {
                    let subject = ["he", "she", "they", "it"].iter().any(|p| doc.is(i, p));
                    table.resolve_pronoun(i, s, kind, subject);
                    i += 1;
                    continue;
                }
                let mut end = runs::run_end(doc, i, sentence.tokens.end);
                // A lone title word that is a known surname: "Dean said".
                let lone = doc.is_capitalised(i) && !doc.is_in(i, Class::NOT_NAME.or(Class::DATE));
                if end == i && lone && table.has_surname(doc.word(i)) {
                    end = i + 1;
                }
                if end > i {
                    let run = runs::analyse(doc, i, end);
                    table.add_run(doc, &run, s, sentence.tokens.start);
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
        table.complete_names(doc);
        table
    }

    /// The company, named before, whose name starts with `words` and goes on only
    /// with more words or "Inc", "Corp" ("Ford" for "Ford Motor Co").
    fn company_named(&self, words: &[&str]) -> Option<usize> {
        let first = words.first()?;
        let named = with_key(first, |k| self.by_company.get(k))?;
        named.iter().rev().copied().find(|&k| {
            let mut name = self.list[k].name.split(' ');
            words
                .iter()
                .all(|w| name.next().is_some_and(|n| n.eq_ignore_ascii_case(w)))
        })
    }

    /// The first person named in ordinary case with the surname `word`: "Jo Lee" for
    /// a transcript's "LEE".
    pub(crate) fn person_by_surname(&self, word: &str) -> Option<&Entity> {
        let named = with_key(word, |k| self.by_surname.get(k))?;
        named
            .iter()
            .filter_map(|&k| self.list.get(k))
            .find(|e| e.person && e.name.chars().any(char::is_lowercase))
    }

    /// Whether some entity has the surname `word`.
    fn has_surname(&self, word: &str) -> bool {
        with_key(word, |k| self.by_surname.contains_key(k))
    }

    /// The mention whose tokens include token `i`, if any.
    pub(crate) fn mention_at(&self, i: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.last < i);
        self.mentions.get(k).filter(|m| m.first <= i)
    }

    /// The person last mentioned before token `before` whose roles include the head
    /// word `head` (normalised, as [`runs::role_word`] gives it); among the last few,
    /// the one sharing most of `words`.
    pub(crate) fn by_role(&self, head: &str, words: &[String], before: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.first < before);
        let mut best: Option<(usize, usize)> = None;
        let mut seen = 0;
        for m in self.mentions[..end].iter().rev() {
            let e = &self.list[m.entity];
            if !e.roles.iter().any(|r| r == head) || super::parties::differ(words, &e.roles) {
                continue;
            }
            let score = words.iter().filter(|w| e.roles.contains(w)).count();
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((m.entity, score));
            }
            seen += 1;
            if seen >= 8 {
                break;
            }
        }
        best.map(|(e, _)| e)
    }

    /// The organisation last mentioned before token `before` whose name holds `word`
    /// ("the commission" for "the Commission on Presidential Debates").
    pub(crate) fn by_org_word(&self, word: &str, before: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.first < before);
        self.mentions[..end]
            .iter()
            .rev()
            .map(|m| m.entity)
            .find(|&e| {
                let e = &self.list[e];
                e.org && e.name.split(' ').any(|w| w.eq_ignore_ascii_case(word))
            })
    }

    /// Records run `run` in sentence `s` (which starts at token `floor`): links the name
    /// to an entity and notes roles and gender.
    fn add_run(&mut self, doc: &Doc, run: &Run, s: usize, floor: usize) {
        if run.name_start >= run.end {
            return;
        }
        // Only the last word's possessive is no part of the name ("Lee's", but
        // "Standard and Poor's Corp").
        let word = |k: usize| match k + 1 == run.end {
            true => runs::strip_possessive(doc.word(k)),
            false => doc.word(k),
        };
        // A name has a few words: they are gathered on the stack, a long run on the heap.
        let mut few = [""; 8];
        let many: Vec<&str>;
        let words: &[&str] = if run.end - run.name_start <= few.len() {
            for (slot, k) in few.iter_mut().zip(run.name_start..run.end) {
                *slot = word(k);
            }
            &few[..run.end - run.name_start]
        } else {
            many = (run.name_start..run.end).map(word).collect();
            &many
        };
        // A company goes by the word before "Inc" or "Corp": "Texaco Inc" is "Texaco".
        let Some(surname) = words
            .iter()
            .rev()
            .find(|w| !(runs::is_suffix(w) || run.org && runs::is_company_suffix(w)))
            .or_else(|| words.iter().rev().find(|w| !runs::is_suffix(w)))
        else {
            return;
        };
        // After "Mr." every word is surname: "Mr. Guajardo Villarreal".
        let first_name =
            (words.len() >= 2 && !run.org && !runs::has_honorific(doc, run)).then(|| words[0]);
        let title = runs::formal_title(doc, run);
        let title_gender =
            (run.first..run.name_start).find_map(|k| runs::title_gender(doc.word(k)));
        let gender = title_gender
            .or_else(|| first_name.and_then(runs::first_name_gender))
            .unwrap_or(Gender::Unknown);
        let gender = (gender, title_gender.is_some());
        let entity = with_key(surname, |surname| {
            self.link(words, surname, run.org, first_name, gender, s)
        });
        let mut roles = runs::role_words(doc, run, floor);
        roles.extend(runs::appositive_role_words(doc, run.end));
        let person = runs::is_person(doc, run, !roles.is_empty());
        let e = &mut self.list[entity];
        if let Some(first) = first_name {
            // A company named in short ("General Motors") keeps its full name.
            if e.first.is_none() && !e.org {
                e.name = words.join(" ");
                self.by_first.entry(key(first)).or_default().push(entity);
                e.first = Some(first.to_string());
            }
        }
        if let (Some(title), 1) = (title, words.len()) {
            e.titled
                .get_or_insert_with(|| format!("{title} {}", words[0]));
        }
        e.person |= person && !e.org;
        // "The Hill" mid-sentence: the article is part of the name (at a sentence's start
        // "The" is capitalised anyway).
        if run.org && e.count == 0 && run.first > floor + 1 {
            e.the = doc.word(run.first - 1) == "The";
        }
        if e.gender == Gender::Unknown || e.guessed && title_gender.is_some() {
            e.gender = title_gender
                .or_else(|| e.first.as_deref().and_then(runs::first_name_gender))
                .unwrap_or(e.gender);
            e.guessed = false;
        }
        for role in roles {
            if !e.roles.contains(&role) {
                e.roles.push(role);
            }
        }
        e.count += 1;
        e.last_sentence = s;
        // Objects of prepositions, possessives and names used as modifiers ("Clinton
        // communication director Jo Lee") are rarely what a later pronoun means.
        // Also over a word or two before the role ("Clinton press secretary Jo Lee").
        let lower = (run.end..run.end + 3)
            .find(|&k| !doc.is_word(k) || doc.is_capitalised(k))
            .unwrap_or(run.end + 3);
        let modifier = doc.is_in(run.end, Class::ROLE) && !doc.is_capitalised(run.end)
            || lower > run.end + 1
                && doc.is_in(lower - 1, Class::ROLE)
                && doc.is_capitalised(lower)
                && !doc.is_in(lower, Class::NOT_NAME.or(Class::DATE));
        let oblique = run.first > floor && is_preposition(doc, run.first - 1)
            || is_possessive(doc.word(run.end - 1))
            || modifier;
        self.mentions.push(Mention {
            first: run.first,
            last: run.end - 1,
            sentence: s,
            entity,
            pronoun: false,
            oblique,
            subordinate: clauses::opens_subordinate_subject(doc, run.first, floor),
        });
    }

    /// The entity a name belongs to, creating it when new. A bare surname goes to the
    /// person named by it in the last sentences, else to the one named most.
    fn link(
        &mut self,
        words: &[&str],
        surname: &str,
        org: bool,
        first: Option<&str>,
        (gender, titled): (Gender, bool),
        s: usize,
    ) -> usize {
        let candidates = self.by_surname.get(surname).map_or(&[][..], Vec::as_slice);
        // `loose`: a gender guessed from a pronoun yields to a title ("Ms. Lee" after a
        // "his" that went to Jo Lee), when no one fits without that.
        // "Texaco" after "Texaco Inc", "General Motors" after "General Motors Corp".
        if !org && gender == Gender::Unknown {
            if let Some(k) = self.company_named(words) {
                return k;
            }
        }
        let fits = |e: &Entity, loose: bool| {
            e.org == org
                && (org
                    || first.is_none()
                    || e.first.is_none()
                    || e.first.as_deref().is_some_and(|f| Some(f) == first))
                && (gender == Gender::Unknown
                    || e.gender == Gender::Unknown
                    || e.gender == gender
                    || loose && e.guessed && titled)
        };
        // No lists are built: a surname has a handful of candidates at most.
        let (list, fits) = (&self.list, &fits);
        let fitting_in = |loose: bool| {
            candidates
                .iter()
                .copied()
                .filter(move |&k| fits(&list[k], loose))
        };
        let loose = fitting_in(false).next().is_none();
        let is_recent = |k: usize| list[k].last_sentence + RECENT_WINDOW >= s;
        let stale =
            fitting_in(loose).all(|k| is_recent(k) || list[k].last_sentence + STALE_WINDOW < s);
        let mut recent = fitting_in(loose).filter(|&k| is_recent(k));
        let only_recent = recent.next().filter(|_| recent.next().is_none());
        let best = if let Some(k) = only_recent.filter(|_| stale) {
            Some(k)
        } else {
            fitting_in(loose).max_by_key(|&k| (list[k].count, std::cmp::Reverse(k)))
        };
        if let Some(k) = best {
            return k;
        }
        // "Hillary" for "Hillary Clinton".
        if words.len() == 1 && !org {
            if let Some(&k) = self.by_first.get(surname).and_then(|v| v.last()) {
                return k;
            }
        }
        self.list.push(Entity {
            name: words.join(" "),
            first: None,
            titled: None,
            gender: Gender::Unknown,
            guessed: false,
            org,
            person: false,
            the: false,
            roles: Vec::new(),
            count: 0,
            last_sentence: s,
        });
        let k = self.list.len() - 1;
        if org && words.last().is_some_and(|w| runs::is_company_suffix(w)) {
            self.by_company.entry(key(words[0])).or_default().push(k);
        }
        self.by_surname
            .entry(surname.to_string())
            .or_default()
            .push(k);
        k
    }

    /// Resolves the pronoun at token `i` (sentence `s`) and records it as a mention.
    fn resolve_pronoun(&mut self, i: usize, s: usize, kind: PronounKind, subject: bool) {
        let Some(entity) = self.antecedent(s, kind) else {
            return;
        };
        if let PronounKind::Personal(g) = kind {
            let e = &mut self.list[entity];
            if e.gender == Gender::Unknown {
                e.gender = g;
                e.guessed = true;
            }
        }
        self.mentions.push(Mention {
            first: i,
            last: i,
            sentence: s,
            entity,
            pronoun: true,
            oblique: !subject,
            subordinate: false,
        });
    }

    /// The antecedent of a pronoun in sentence `s`: the first fitting mention of the
    /// nearest sentence (this one included) that has one, preferring mentions that can
    /// be subjects over objects of prepositions and possessives.
    fn antecedent(&self, s: usize, kind: PronounKind) -> Option<usize> {
        let mut k = self.mentions.len();
        while k > 0 {
            let sentence = self.mentions[k - 1].sentence;
            if sentence + PRONOUN_WINDOW < s {
                return None;
            }
            let start = self.mentions[..k].partition_point(|m| m.sentence < sentence);
            let group = &self.mentions[start..k];
            let found = [false, true].iter().find_map(|&oblique| {
                group
                    .iter()
                    .filter(|m| (m.oblique || m.subordinate && m.sentence < s) == oblique)
                    .map(|m| m.entity)
                    .find(|&e| self.fits(e, kind))
            });
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

/// Whether token `i` is a preposition that makes the name after it an object.
fn is_preposition(doc: &Doc, i: usize) -> bool {
    [
        "with", "by", "to", "for", "from", "of", "about", "against", "in", "on", "at", "into",
        "toward", "towards", "over", "under", "between", "among", "like", "than", "after",
        "before", "behind", "beside", "without",
    ]
    .iter()
    .any(|p| doc.is(i, p))
}
