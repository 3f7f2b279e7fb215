//! Indirect attributions: reported speech and thought outside quote marks.
//!
//! Three shapes, each within one sentence: a phrase crediting the clause around it
//! ("according to X, CLAUSE", "in his view, CLAUSE": `attribution_phrases`); "X CUE
//! (that) CLAUSE" with a reporting or belief verb ("said", "noted", "believes", "denied
//! speculation that"); and "CLAUSE, X CUE." with the cue closing the sentence. The reported clause becomes the span; a clause that is only a
//! direct quote is left to `attribution`.

use std::ops::Range;

use super::asked;
use super::attribution_phrases;
use super::clause_start::clause_start;
use super::clauses;
use super::cues;
use super::doc::{Doc, Sentence};
use super::in_document;
use super::lexicon::Class;
use super::made_clear;
use super::names::{self, Np, NpKind};
use super::participle_subject::is_opening_participle;
use super::quote_edges::{comma_in_quote, opens_sentence_quote, quoted_before};
use super::run_on;
use super::shared_subject;
use super::sources;
use super::subject_clauses;
use super::subject_words;
use super::subjects;
use super::that_clauses;
use super::tokens::Tag;

/// One indirect attribution, before speaker resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reported {
    /// Token range of the reported clause.
    pub content: Range<usize>,
    /// The source phrase.
    pub np: Np,
    /// Cue tokens.
    pub cue: Range<usize>,
    /// Where the clause holding the source starts (the bound for resolving "who").
    pub lo: usize,
}

/// Reported clauses shorter than this many words outside quote marks are not kept.
pub(super) const MIN_WORDS: usize = 2;

/// How far from its cue, in tokens, a reported clause and its source may reach. Real
/// clauses are far shorter; the bound keeps a "sentence" of thousands of words with a
/// cue every few words (a dump without full stops) linear, where each clause running to
/// the sentence's end made the output grow with the square of the input.
const REACH: usize = 150;

/// Finds the indirect attributions of every sentence.
pub(crate) fn find(doc: &Doc) -> Vec<Reported> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        find_in(doc, sentence, &mut out);
    }
    out
}

/// Finds the indirect attributions of one sentence.
fn find_in(doc: &Doc, sentence: &Sentence, out: &mut Vec<Reported>) {
    let first = out.len();
    // Whether the records of the sentence are in the order of their cues so far.
    let mut in_order = true;
    // Attributions whose clause is only a quote: not kept, but boundaries.
    let mut quote_only = Vec::new();
    let Range { start, end } = sentence.tokens.clone();
    let end = trim_end(doc, start, end);
    let sentence_end = end;
    // A reported clause stops at a closed quote that ends a sentence of its own
    // ("Lee said it is “over.” He said ..."); `soft` is the next such stop after `k`.
    let mut soft = quote_stop(doc, start, sentence_end);
    let mut k = start;
    while k < sentence_end {
        while soft <= k && soft < sentence_end {
            soft = quote_stop(doc, soft, sentence_end);
        }
        let end = soft.min(k + REACH);
        let lo = start.max(k.saturating_sub(REACH));
        if doc.quote_of(k).is_some() || !doc.is_word(k) || names::plural_before_verb(doc, k) {
            k += 1;
            continue;
        }
        let found = if doc.is(k, "according") && doc.is(k + 1, "to") {
            attribution_phrases::according_to(doc, lo, end, k)
        } else if doc.is(k, "in") {
            attribution_phrases::in_view(doc, lo, end, k).or_else(|| {
                (k == start)
                    .then(|| in_document::find(doc, end, k))
                    .flatten()
            })
        } else if doc.is(k, "asked") {
            asked::find(doc, lo, end, k).or_else(|| reporting_verb(doc, lo, end, k))
        } else {
            // Most words are no verb of saying: asked of every word, that is read off
            // its classes before the verb's tests run.
            (doc.verb_form(k).is_some())
                .then(|| reporting_verb(doc, lo, end, k))
                .flatten()
                .or_else(|| that_clauses::find(doc, lo, end, k))
                .or_else(|| made_clear::find(doc, lo, end, k))
        };
        if let Some(mut r) = found {
            if !has_words_outside_quotes(doc, r.content.clone(), MIN_WORDS) {
                // "After Kim spoke, Lee said, “...”": a cue whose clause is only a
                // quote is left to `attribution`, but still ends the clauses before it.
                quote_only.push(r);
            } else {
                if out.len() > first {
                    subject_words::drop_inside(doc, out, &mut r);
                    subject_clauses::drop_taken(out, first, &r, in_order);
                }
                // "Cost estimates, he added, were ...": a "verb" right before the
                // parenthesis of a clause's own cue was its subject's noun.
                let s = r.np.tokens.start;
                let noun = |p: &Reported| {
                    p.cue.end + 1 == s
                        && doc.is_punct(p.cue.end, ",")
                        && r.content.start <= p.cue.start
                };
                while out.len() > first && out.last().is_some_and(noun) {
                    out.pop();
                }
                k = r.cue.end;
                // Dropping records keeps the rest in order.
                in_order &= out[first..]
                    .last()
                    .is_none_or(|p| p.cue.start <= r.cue.start);
                out.push(r);
                continue;
            }
        }
        k += 1;
    }
    // The quote-only attributions take their place in text order to end the clauses
    // before them, then go.
    let mut quoted: Vec<usize> = quote_only.iter().map(|r| r.cue.start).collect();
    quoted.sort_unstable();
    if !quoted.is_empty() {
        out.append(&mut quote_only);
        out[first..].sort_by_key(|r| r.cue.start);
    }
    end_at_next_clause(doc, &mut out[first..]);
    run_on::trim(doc, &mut out[first..]);
    shared_subject::trim(doc, &mut out[first..]);
    if !quoted.is_empty() {
        let kept: Vec<Reported> = out
            .drain(first..)
            .filter(|r| quoted.binary_search(&r.cue.start).is_err())
            .collect();
        out.extend(kept);
    }
}

/// The token just past the first closing quote mark at or after `from` (before `end`)
/// that follows a full stop, question or exclamation mark and precedes a capitalised
/// word; `end` if there is none.
fn quote_stop(doc: &Doc, from: usize, end: usize) -> usize {
    (from..end)
        .find(|&c| {
            c > 0
                && matches!(doc.tag(c), Some(Tag::Close | Tag::Straight))
                && doc
                    .quote_of(c)
                    .is_some_and(|q| doc.quotes[q].close == Some(c))
                && [".", "?", "!"].iter().any(|p| doc.is_punct(c - 1, p))
                && c + 1 < end
                && doc.is_word(c + 1)
                && doc.is_capitalised(c + 1)
        })
        .map_or(end, |c| c + 1)
}

/// "74 percent said X, while 22 percent said Y": a reported clause ends where a
/// coordinated clause with its own source begins.
fn end_at_next_clause(doc: &Doc, found: &mut [Reported]) {
    for i in 1..found.len() {
        let s = clauses::quantity_start(doc, found[i].np.tokens.start, found[i - 1].cue.end);
        let next = s.min(found[i].cue.start);
        // "..., who called it a sham": a relative after a comma opens a clause of its own.
        let relative = found[i].np.kind == NpKind::Relative;
        // The clause of any earlier cue may run over it, not only the one just before
        // ("X suggested that those who doubt it lose, while Y said ..."); a few back.
        cut_before(doc, &mut found[i - 1], next, true, relative);
        // "Jo Lee, who advised the mayor, said ...": a relative clause ends at the comma
        // before the cue of the clause it sits in.
        // So does any cue between the subject and the cue of the next attribution: "One
        // attendee, who spoke on condition of anonymity to discuss the meeting, said".
        let cue = found[i].cue.start;
        let np_end = found[i].np.tokens.end;
        let np_start = found[i].np.tokens.start;
        let prev = &mut found[i - 1];
        // Not an aside around its cue: "Democrats, Lee notes, applaud".
        let inside = prev.content.start >= prev.cue.end
            && np_start <= prev.np.tokens.start
            && np_end <= prev.cue.start
            && doc.is_punct(np_end, ",");
        if (prev.np.kind == NpKind::Relative && np_end <= prev.np.tokens.start || inside)
            && prev.content.start <= cue
            && cue < prev.content.end
            && doc.is_punct(cue - 1, ",")
            && !cues::is_participle(doc.word(cue))
        {
            prev.content.end = strip_commas_back(doc, prev.content.start, cue);
        }
        // "A woman who has accused the mayor of fraud said": a relative clause inside
        // the subject ends with it.
        let in_subject =
            prev.np.kind == NpKind::Relative && (np_start..np_end).contains(&prev.cue.start);
        if in_subject && prev.content.start < np_end && np_end < prev.content.end {
            prev.content.end = strip_commas_back(doc, prev.content.start, np_end);
        }
        for j in (i.saturating_sub(4)..i - 1).rev() {
            cut_before(doc, &mut found[j], next, false, false);
        }
    }
}

/// Ends the clause of `prev` before the subject or cue of a later attribution at
/// `next`, where a conjunction, comma or semicolon separates them (only a contrasting
/// conjunction unless `adjacent`: the attribution comes right after `prev`'s).
fn cut_before(doc: &Doc, prev: &mut Reported, next: usize, adjacent: bool, relative: bool) {
    if next <= prev.content.start || next >= prev.content.end || next <= prev.cue.end {
        return;
    }
    let mut cut = next;
    // "..., but ultimately Lee thinks": an adverb after a comma or a contrasting
    // conjunction opens the next clause ("and even his rivals" may be one phrase).
    let mut adverbs = cut;
    while adverbs > prev.content.start + 1 && super::adverbs::is_clause_adverb(doc, adverbs - 1) {
        adverbs -= 1;
    }
    if adverbs < cut
        && (doc.is_punct(adverbs - 1, ",")
            || ["while", "whereas", "but", "although", "though"]
                .iter()
                .any(|c| doc.is(adverbs - 1, c)))
    {
        cut = adverbs;
    }
    // "..., even as others concluded": a subordinate clause with its own source.
    let subordinate =
        cut > 1 && doc.is(cut - 1, "as") && (doc.is(cut - 2, "even") || doc.is_punct(cut - 2, ","));
    let joined = cut > 0
        && (["while", "whereas", "but", "and", "although", "though"]
            .iter()
            .any(|c| doc.is(cut - 1, c))
            || subordinate);
    if joined {
        cut -= 1;
        if subordinate && doc.is(cut - 1, "even") {
            cut -= 1;
        }
    }
    if !adjacent && (!joined || doc.is(cut, "and")) {
        return;
    }
    let separated = cut > 0 && (doc.is_punct(cut - 1, ",") || doc.is_punct(cut - 1, ";"));
    if joined || separated && (cut < next || relative) {
        prev.content.end = strip_commas_back(doc, prev.content.start, cut);
    } else if cut > 0 && doc.is_punct(cut - 1, ";") {
        prev.content.end = cut - 1;
    }
}

/// "X said (that) CLAUSE", "CLAUSE, X said.", "CLAUSE, said X."
fn reporting_verb(doc: &Doc, start: usize, end: usize, k: usize) -> Option<Reported> {
    let verb = doc.verb(k).filter(|v| !v.quote_only())?;
    if cues::is_report_noun(doc, k) || cues::is_passive(doc, k) || cues::is_idiom(doc, k) {
        return None;
    }
    // "expressed concern that ...": the noun holds the that-clause (`that_clauses`).
    if doc.word(k).starts_with("express")
        && (k + 2..k + 5)
            .take_while(|&i| doc.is_word(i))
            .any(|i| doc.is(i, "that"))
    {
        return None;
    }
    let cue = k..cues::cue_end(doc, k);
    let participle = cues::is_participle(doc.word(k));
    if let Some(r) = inverted(doc, start, end, k, verb, &cue, true) {
        return Some(r);
    }
    let subject =
        subjects::cue_subject(doc, k, start).or_else(|| subjects::clause_subject(doc, start, k));
    // "As the night went on": a stretch of time is no source of speech, nor of a time
    // clause.
    let subject = subject.filter(|np| {
        let s = np.tokens.start;
        let timed = s > start
            && ["as", "when", "while", "until", "before", "after"]
                .iter()
                .any(|w| doc.is(s - 1, w));
        // A day may "seem", but does not speak.
        let speaks = timed || verb.is_speech();
        !(speaks && is_time_noun(doc, np.head) && !doc.is_capitalised(np.head))
    });
    // "The deal, which was not previously reported, ...": what a relative passive
    // reports is its antecedent, which is no source.
    let subject = subject.filter(|np| {
        !(np.kind == NpKind::Relative
            && ["which", "that"].iter().any(|w| doc.is(np.head, w))
            && cues::is_passive_across(doc, k))
    });
    let subject = subject.and_then(|np| super::noun_signs::noun_subject(doc, np, k, start));
    let subject = subject.filter(|np| !is_opening_participle(doc, np, k, start));
    // "it is hard to see": an empty "it" says nothing.
    let subject = subject.filter(|np| !super::pronouns::is_expletive(doc, np.tokens.start, k));
    if let Some(np) = subject {
        // "Later, the mayor refused to sign it": an infinitive is no closing adverbial.
        let closing = sources::closes_sentence(doc, cue.end, end) && !infinitive(doc, cue.end);
        let s = np.tokens.start;
        let comma_before = s > start && doc.is_punct(s - 1, ",");
        // "CLAUSE, the article says."; "(as low as 19%, Lee says)".
        let aside = super::bracketed::aside_start(doc, start, s, cue.end);
        let content = if let Some(from) = aside.filter(|_| !participle) {
            from..strip_commas_back(doc, from, s)
        } else if !participle
            && closing
            && s > start
            && (comma_before || doc.is_in(s, Class::DETERMINER) || comma_in_quote(doc, s))
            // Not "X, they say he will need support.": the subject's own verb between.
            && !(np.tokens.end..k).any(|i| doc.verb(i).is_some())
        {
            start..strip_commas_back(doc, start, s)
        } else if !participle
            && comma_before
            && s > start + 1
            && doc.is_punct(cue.end, ",")
            && !opens_sentence_quote(doc, cue.end + 1)
        {
            // "The budget, she said, would cut roads": the clause around the cue; not
            // "In a statement, she said, “We ...”", where the words before the source
            // are the writer's frame and the quote is the whole of what was said.
            start..end
        } else {
            let from = clause_start(doc, cue.end - 1, end, verb.takes_addressee());
            // “...,” Lee told reporters in Ohio: the cue belongs to the quote before,
            // and what follows it is no reported clause.
            let that = doc.is(from.wrapping_sub(1), "that");
            if !that && !participle && quoted_before(doc, start, s) {
                return None;
            }
            // "After meeting the board, Lee said": a subject after the cue ends the clause,
            // where it is no member of a list ("heard from Lee, Kim and Park").
            let e = np.tokens.end;
            let listed = doc.is_punct(e, ",") || doc.is(e, "and") || doc.is(e, "or");
            let end = if s > k && !listed {
                strip_commas_back(doc, from, s).min(end)
            } else {
                end
            };
            from..end
        };
        return Some(Reported {
            content,
            np,
            cue,
            lo: start,
        });
    }
    inverted(doc, start, end, k, verb, &cue, false)
}

/// Whether token `i` is a noun of a stretch of time ("night", "weeks").
pub(crate) fn is_time_noun(doc: &Doc, i: usize) -> bool {
    [
        "day", "days", "evening", "hour", "hours", "minute", "minutes", "month", "months",
        "morning", "night", "week", "weeks", "year", "years",
    ]
    .iter()
    .any(|w| doc.is(i, w))
}

/// Whether an infinitive starts at token `i`: "to" and a lower-case word that is no
/// determiner, pronoun or plural noun ("to sign", not "to reporters" or "to the crowd").
fn infinitive(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i + 1);
    doc.is(i, "to")
        && doc.is_word(i + 1)
        && !doc.is_capitalised(i + 1)
        && !doc.is_in(i + 1, Class::DETERMINER.or(Class::PRONOUN))
        && (!w.ends_with('s') || w.ends_with("ss"))
}

/// "CLAUSE, said X." or "CLAUSE, said X, the chair of Y."
fn inverted(
    doc: &Doc,
    start: usize,
    end: usize,
    k: usize,
    verb: cues::Verb,
    cue: &Range<usize>,
    first: bool,
) -> Option<Reported> {
    // "..., noting the size of the crowd, said": a participle never comes before its
    // subject.
    if !verb.inverts()
        || k <= start
        || !doc.is_punct(k - 1, ",")
        || cues::is_participle(doc.word(k))
    {
        return None;
    }
    let np = names::after(doc, cue.end, end)?;
    // Before the subject searched backwards, only for a source that can speak:
    // "..., said Jo Lee", not a thing ("..., warned the bill").
    let speaks = doc.is_capitalised(np.head) || doc.is_in(np.head, Class::ROLE.or(Class::ANON));
    if first && !speaks {
        return None;
    }
    let e = np.tokens.end;
    // "The cost, said Lee, would be high": the clause around the cue, as for "The
    // cost, Lee said, would be high".
    let around = super::inverted::resumes_clause(doc, e, end);
    (sources::closes_sentence(doc, e, end) || doc.is_punct(e, ",")).then(|| Reported {
        content: if around {
            start..end
        } else {
            start..strip_commas_back(doc, start, k)
        },
        np,
        cue: cue.clone(),
        lo: start,
    })
}

/// The sentence end without its closing punctuation.
fn trim_end(doc: &Doc, start: usize, mut end: usize) -> usize {
    while end > start && doc.tag(end - 1) == Some(Tag::Punct) {
        end -= 1;
    }
    end
}

/// `end` moved back over commas and dashes (not below `start`).
pub(crate) fn strip_commas_back(doc: &Doc, start: usize, mut end: usize) -> usize {
    while end > start && (doc.is_punct(end - 1, ",") || sources::is_dash(doc, end - 1)) {
        end -= 1;
    }
    end
}

/// Whether at least `n` words of `range` lie outside quote marks (counted no further
/// than the `n`th).
fn has_words_outside_quotes(doc: &Doc, range: Range<usize>, n: usize) -> bool {
    n == 0
        || range
            .filter(|&i| doc.is_word(i) && doc.quote_of(i).is_none())
            .nth(n - 1)
            .is_some()
}
