//! Which phrase is the source of a cue: the subject before it ("he said", "Ann Lee,
//! 45, a nurse, said"), across adverbs, parentheses and time phrases, or for a
//! participle the subject of the clause it hangs on ("Lee shared it, writing ...",
//! found by `clause_subject`). The phrases themselves come from `names`.

use super::appositives;
pub(crate) use super::clause_subject::clause_subject;
use super::clauses::opens_clause;
use super::cues;
use super::doc::Doc;
use super::lexicon::Class;
use super::lists::{approximated, bare_plural_list, coordinated, floating_quantifier, located};
use super::names::{before, Np, NpKind};
pub(crate) use super::participle_subject::is_perception;
use super::participle_subject::{
    absolute, inside_modifier, message_maker, noun_before_cue, object_before_participle,
    opening_clause_subject, perceived,
};
use super::postmodified::postmodified_subject;
use super::shares;
use super::sources;
use super::tokens::Tag;

pub(crate) use super::adverbs::is_adverb;
use super::adverbs::{opens_adverbial_phrase, skip_time_back};

/// The subject of the cue at token `cue`, looking back no further than `lo`: skips
/// adverbs ("also said"), a parenthesis ("Rep. Jo Park (D-Ohio) said"), appositives
/// ("Ann Lee, 45, the chair, said"), and returns "who" as a relative subject.
pub(crate) fn subject_before(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    if let Some(np) = doc.subjects.borrow().get(&(cue, lo)) {
        return np.clone();
    }
    let np = find_subject_before(doc, cue, lo);
    doc.subjects.borrow_mut().insert((cue, lo), np.clone());
    np
}

/// [`subject_before`], not remembered.
fn find_subject_before(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    // "Lee himself said": the reflexive is written as part of the source.
    let mut end = cue;
    while end > lo && end + 4 > cue && is_adverb(doc, end - 1) {
        end -= 1;
    }
    // "Her aides here said": so is "here" or "there".
    let reflexive = end > lo + 1
        && [
            "himself",
            "herself",
            "itself",
            "themselves",
            "here",
            "there",
        ]
        .iter()
        .any(|r| doc.is(end - 1, r));
    if let Some(np) = reflexive.then(|| plain_subject(doc, end - 1, lo)).flatten() {
        let tokens = np.tokens.start..np.tokens.end.max(end);
        return Some(Np { tokens, ..np });
    }
    // "A poll last week showed": and so is a time phrase.
    let np = plain_subject(doc, cue, lo)?;
    let e = np.tokens.end;
    let timed = e < end && np.kind != NpKind::Relative && skip_time_back(doc, end, lo) == e;
    let tokens = np.tokens.start..if timed { end } else { e };
    let np = shares::among(doc, Np { tokens, ..np }, lo);
    Some(super::dated_subjects::across_date_comma(doc, lo, np))
}

/// [`subject_before`] without a reflexive.
pub(super) fn plain_subject(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    let mut end = skip_time_back(doc, cue, lo);
    if let Some(np) = dated_participle(doc, end, cue, lo).or_else(|| shares::polled(doc, end, lo)) {
        return Some(np);
    }
    while end > lo && end + 4 > cue && is_adverb(doc, end - 1) {
        end -= 1;
    }
    // "The campaign on Monday also said": a time phrase before the adverbs.
    let timed = skip_time_back(doc, end, lo);
    if timed < end {
        end = timed;
        while end > lo && end + 4 > cue && is_adverb(doc, end - 1) {
            end -= 1;
        }
    }
    if end > lo && doc.is_punct(end - 1, ",") {
        return appositives::appositive_head(doc, end - 1, lo);
    }
    // "Jo Ray, author of “Old Roads,” said": the appositive's comma inside the title.
    let titled = (end > lo + 2)
        .then(|| doc.quote_of(end - 1))
        .flatten()
        .filter(|&q| doc.quotes[q].close == Some(end - 1) && doc.is_punct(end - 2, ","))
        .and_then(|q| appositives::embedded_title(doc, q));
    if titled.is_some_and(|open| open > lo) {
        return appositives::appositive_head(doc, end - 1, lo);
    }
    if end > lo + 2 && sources::is_dash(doc, end - 1) {
        return dashed_appositive(doc, end - 1, lo);
    }
    // The phrase a relative hangs on; "Jo Lee, the analyst who founded a website said":
    // a relative inside an appositive whose closing comma is missing.
    let relative = || {
        across_relative(doc, end, lo, cue)
            .map(|np| unclosed_appositive(doc, lo, np, cue))
            .map(|np| coordinated(doc, lo, np))
    };
    // "A woman who has accused the mayor of fraud said": the object of a relative's
    // verb is no subject; the phrase the relative hangs on is.
    if relative_object(doc, end, lo) {
        return relative();
    }
    // A phrase after a preposition is no subject: "the parents who wrote to the board
    // say" is said by the parents.
    before_parenthesis(doc, end, lo)
        .and_then(|np| match floating_quantifier(doc, lo, &np) {
            Some(aux) => plain_subject(doc, aux, lo),
            None => Some(np),
        })
        .map(|np| approximated(doc, lo, np))
        .map(|np| located(doc, lo, np))
        .map(|np| super::partitives::with_part(doc, lo, np))
        .filter(|np| np.tokens.start == lo || !is_preposition(doc, np.tokens.start - 1))
        .map(|np| unclosed_appositive(doc, lo, np, cue))
        .map(|np| coordinated(doc, lo, np))
        .or_else(|| bare_plural_list(doc, end, lo))
        .or_else(|| super::partitives::part_of_number(doc, end, lo))
        .or_else(|| super::partitives::part_of_pronoun(doc, end, lo))
        .or_else(relative)
}

/// Whether the phrase ending at `end` is the object of a verb inside a relative clause
/// on "who" with no comma in it: "the mayor" in "a woman who has accused the mayor".
fn relative_object(doc: &Doc, end: usize, lo: usize) -> bool {
    // A "who" among the words just before: a cheap test before the phrase is parsed.
    let who = (end.saturating_sub(12).max(lo)..end)
        .rev()
        .take_while(|&j| doc.is_word(j) && doc.quote_of(j).is_none())
        .any(|j| doc.is(j, "who"));
    if !who {
        return false;
    }
    let Some(v) = before_parenthesis(doc, end, lo)
        .filter(|np| np.kind == NpKind::Phrase)
        .and_then(|np| np.tokens.start.checked_sub(1))
        .filter(|&v| v > lo)
    else {
        return false;
    };
    let verb = doc.is_word(v)
        && !doc.is_capitalised(v)
        && (doc.verb(v).is_some() || cues::is_past_form(doc.word(v)));
    verb && (v.saturating_sub(4).max(lo)..v)
        .rev()
        .take_while(|&j| doc.is_word(j) && doc.quote_of(j).is_none())
        .any(|j| doc.is(j, "who"))
}

/// "Jo Sims — a teacher from Ohio — says": the phrase before the dash that opens the
/// appositive closing at the dash `close`, with the appositive.
fn dashed_appositive(doc: &Doc, close: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(close.saturating_sub(20));
    let open = (floor..close)
        .rev()
        .take_while(|&k| doc.quote_of(k).is_none())
        .find(|&k| sources::is_dash(doc, k))?;
    let np = before_parenthesis(doc, open, lo).filter(|np| {
        np.kind != NpKind::Relative
            && opens_clause(doc, np.tokens.start, lo)
            && !is_opening_adverb(doc, np)
    })?;
    // The appositive is written as part of the source.
    Some(Np {
        tokens: np.tokens.start..close,
        ..np
    })
}

/// "A poll released Tuesday shows": a phrase with a participle and the time phrase
/// skipped before the cue (ending at `end`), all of it the subject.
fn dated_participle(doc: &Doc, end: usize, cue: usize, lo: usize) -> Option<Np> {
    let participle = end.checked_sub(1).filter(|&p| p > lo && end < cue)?;
    let w = doc.word(participle);
    if !doc.is_word(participle) || doc.is_capitalised(participle) || !w.ends_with("ed") {
        return None;
    }
    let np = before(doc, participle, lo).filter(|np| np.kind == NpKind::Phrase)?;
    let s = np.tokens.start;
    (s == lo || !is_preposition(doc, s - 1)).then_some(Np {
        tokens: s..cue,
        ..np
    })
}

/// "After the vote, Gov. Jo Park (R-Ohio), said": a name with its parenthesis right
/// before the comma before the cue at `cue`, opening its clause.
pub(crate) fn named_before_comma(doc: &Doc, cue: usize, lo: usize) -> Option<Np> {
    let comma = cue.checked_sub(1).filter(|&c| c > lo + 1)?;
    if !doc.is_punct(comma, ",") || !doc.is_punct(comma - 1, ")") {
        return None;
    }
    before_parenthesis(doc, comma, lo).filter(|np| {
        doc.is_capitalised(np.head)
            && !doc.is_in(np.head, Class::NOT_NAME)
            && opens_clause(doc, np.tokens.start, lo)
    })
}

/// "Jo Lee, president and CEO of the association stated": an appositive whose closing
/// comma is missing; the name before it is the subject.
fn unclosed_appositive(doc: &Doc, lo: usize, np: Np, cue: usize) -> Np {
    let Some(comma) = (lo + 1..np.tokens.start).find(|&c| doc.is_punct(c, ",")) else {
        return np;
    };
    // "Mrs. Lane, these people said, would be open": a source set off by commas inside
    // the clause it reports, which goes on after the cue.
    // So is one before a quote that goes on with the clause: "Lee, an aide said, “is
    // very confident”".
    let after = cues::cue_end(doc, cue);
    let open = matches!(doc.tag(after + 1), Some(Tag::Open | Tag::Straight));
    let next = if open { after + 2 } else { after + 1 };
    if doc.is_punct(after, ",")
        && doc.is_word(next)
        && !doc.is_capitalised(next)
        && (open || doc.quote_of(next).is_none())
    {
        return np;
    }
    let appositive = doc.is_in(
        comma + 1,
        Class::ROLE.or(Class::TITLE).or(Class::DETERMINER),
    );
    let quiet = (comma + 1..np.tokens.start).all(|k| doc.is_word(k) && doc.verb(k).is_none());
    // "Survival, Mr. Lee says, depends on ...": a name after the comma is the subject.
    let described = np
        .tokens
        .clone()
        .any(|k| doc.is_word(k) && !doc.is_capitalised(k))
        || doc.is_in(np.head, Class::ROLE);
    let phrase = before(doc, comma, lo);
    // "“...,” a friend, Mary Lee told the paper": right after a quote, a role before
    // the name, the name's closing comma missing; the role is written as the source,
    // as with the comma. (Opening a sentence, "A loyal supporter, Lee complained" is
    // said of Lee.)
    let after_quote = lo > 0
        && matches!(doc.tag(lo - 1), Some(Tag::Close | Tag::Straight))
        && !doc.starts_sentence(lo);
    let named = after_quote
        && comma + 1 == np.tokens.start
        && doc.is_capitalised(np.head)
        && !doc.is_in(np.head, Class::NOT_NAME);
    if let Some(role) = phrase.as_ref().filter(|role| {
        named
            && role.tokens.start == lo
            && role.tokens.end == comma
            && role.kind == NpKind::Phrase
            && !doc.is_capitalised(role.head)
            && doc.is_in(role.head, Class::ROLE)
    }) {
        return role.clone();
    }
    match phrase {
        Some(name)
            if appositive
                && quiet
                && described
                && !is_opening_adverb(doc, &name)
                && name.tokens.start == lo
                && doc.is_capitalised(name.head)
                && name.kind == NpKind::Phrase =>
        {
            name
        }
        _ => np,
    }
}

/// Whether a phrase is an adverb or participle opening the sentence rather than a
/// name: "Similarly,", "Notably,", "Speaking", "Reached by phone,".
pub(super) fn is_opening_adverb(doc: &Doc, np: &Np) -> bool {
    #[rustfmt::skip]
    const OPENING: &[&str] = &[
        "afterward", "afterwards", "besides", "elsewhere", "furthermore", "granted",
        "hence", "however", "indeed", "inside", "instead", "likewise", "meanwhile",
        "moreover", "nevertheless", "nonetheless", "otherwise", "outside", "overall",
        "regardless", "still", "sure", "therefore", "thus", "yes",
    ];
    let w = doc.word(np.head);
    if np.tokens.len() > 1 {
        return opens_adverbial_phrase(doc, np.tokens.start);
    }
    w.ends_with("ly") && w.len() > 4
        || doc.is_in(np.head, Class::ADVERB)
        || OPENING.iter().any(|a| doc.is(np.head, a))
        || cues::is_participle(w)
}

/// The prepositions of [`is_preposition`].
#[rustfmt::skip]
pub(super) const PREPOSITIONS: &[&str] = &[
    "to", "of", "for", "with", "in", "on", "at", "by", "from", "about", "into", "over",
    "against", "through", "toward", "towards", "under", "between", "among", "outside",
    "inside", "near", "behind", "across",
];

/// Whether token `i` is a preposition.
pub(crate) fn is_preposition(doc: &Doc, i: usize) -> bool {
    doc.is_in(i, Class::PREPOSITION)
}

/// "the groups who wrote to her on Thursday say": the phrase a relative clause (no
/// commas, at most a dozen words before `end`) hangs on, the clause included up to the
/// cue at `cue`.
pub(super) fn across_relative(doc: &Doc, end: usize, lo: usize, cue: usize) -> Option<Np> {
    let floor = lo.max(end.saturating_sub(12));
    let relative = (floor..end)
        .rev()
        .take_while(|&k| doc.is_word(k) && doc.quote_of(k).is_none())
        .find(|&k| doc.is(k, "who") || doc.is(k, "that") || doc.is(k, "which"))?;
    // "the students, who have marched for days and called for": a verb joined to the
    // verb of a relative clause after a comma is the relative's.
    let mut j = end;
    while j > relative + 2 && is_adverb(doc, j - 1) {
        j -= 1;
    }
    let joined = j > relative + 2 && ["and", "but", "or"].iter().any(|c| doc.is(j - 1, c));
    if joined && !doc.is(relative, "that") && relative > lo && doc.is_punct(relative - 1, ",") {
        return Some(Np::single(relative, NpKind::Relative));
    }
    if doc.is(relative, "which") {
        return None;
    }
    let np = before(doc, relative, lo).filter(|np| np.kind == NpKind::Phrase)?;
    Some(Np {
        tokens: np.tokens.start..cue,
        ..np
    })
}

/// The phrase ending before `end`, taking in a parenthesis that ends there: "Rep. Jo
/// Park (D-Ohio)" (the head stays the name).
pub(super) fn before_parenthesis(doc: &Doc, end: usize, lo: usize) -> Option<Np> {
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

/// The source of the cue at token `k`, looking back no further than `lo`:
/// - a participle after "is" or "was" is finite ("Lee is saying");
/// - other participles take the clause's subject ("Lee shared it, writing ...");
/// - a finite verb takes the phrase before it.
///
/// Callers fall back on [`clause_subject`] ("Lee rubbed his chin and said").
pub(crate) fn cue_subject(doc: &Doc, k: usize, lo: usize) -> Option<Np> {
    let participle = cues::is_participle(doc.word(k));
    if let Some(np) = participle.then(|| perceived(doc, k, lo)).flatten() {
        return Some(np);
    }
    if participle {
        let aux = k > lo
            && ["is", "was", "are", "were", "been", "be"]
                .iter()
                .any(|a| doc.is(k - 1, a));
        if aux {
            return subject_before(doc, k - 1, lo);
        }
        if let Some(np) = object_before_participle(doc, k, lo) {
            return Some(np);
        }
        if let Some(np) = noun_before_cue(doc, k, lo) {
            return Some(np);
        }
        if let Some(np) = opening_clause_subject(doc, k, lo) {
            return Some(np);
        }
        // Only where the clause has a subject or the phrase is a name: "with another 10
        // percent voting by proxy" reports nothing.
        let absolute = absolute(doc, k, lo);
        return match clause_subject(doc, lo, k) {
            Some(np) => Some(absolute.unwrap_or(np)),
            None => absolute
                .filter(|np| doc.is_capitalised(np.head) && !doc.is_in(np.head, Class::NOT_NAME)),
        };
    }
    // "Activists clamoring to block Jo Lee from the ballot say": a phrase inside a
    // participle modifier, opening no clause, yields to the subject the modifier is of.
    match subject_before(doc, k, lo) {
        Some(np) if inside_modifier(doc, &np, lo) => Some(
            postmodified_subject(doc, k, lo)
                .filter(|whole| whole.tokens.start < np.tokens.start && whole.core_end.is_some())
                .unwrap_or(np),
        ),
        Some(np) => Some(message_maker(doc, np, lo)),
        None => postmodified_subject(doc, k, lo),
    }
}
