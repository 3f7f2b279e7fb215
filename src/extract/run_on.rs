//! Reported clauses that run on into another attribution of the same sentence.
//!
//! "While Lee praised the plan, Kim said it would fail": the clause of "praised", read
//! to the sentence end, swallows the main clause with a source and cue of its own; so
//! does "Lee said the plan failed, according to two aides", and "Lee praised the plan
//! after Kim said it would pass", "Teske backs Lee because he worries Kim would lose"
//! (not after a verb of saying: "Kim said it failed because Lee wanted it to"), and
//! "The race looks close, with polls showing Kim ahead", "Lee backs the levy (Kim says
//! it is too high)" and "Polls show a close race: A new poll found ...". Where a later attribution's source or cue sits inside
//! an earlier clause behind such a boundary, that clause ends at the boundary. A
//! relative clause inside the content ("the levy, which the mayor said was costly,
//! would pass") is no boundary; a relative set off after a subject ends before the
//! main clause's cue ("Lund, who told reporters X, has denied Y").

use super::clauses;
use super::cues;
use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::NpKind;
use super::sources;

/// Ends every clause of `found` (the attributions of one sentence) before a later
/// attribution it runs into across a clause boundary.
pub(crate) fn trim(doc: &Doc, found: &mut [Reported]) {
    // Per attribution, where its source ends and its cue starts.
    let mains: Vec<(usize, usize)> = found
        .iter()
        .map(|b| (b.np.tokens.end, b.cue.start))
        .collect();
    // The relative clauses that end before their main clause's cue: (relative pronoun,
    // end). Only before the cue of the main clause whose subject the relative hangs on
    // ("Lee, who ..., has denied that ..."): a relative's antecedent is that clause's
    // subject, its run-on the best record of a main clause without a cue.
    let relatives: Vec<(usize, usize)> = found
        .iter()
        .filter_map(|r| {
            let cut = relative_end(doc, r)?;
            let s = r.np.tokens.start;
            mains
                .iter()
                .any(|&(e, c)| e <= s && cut < c && c < r.content.end)
                .then_some((s, cut))
        })
        .collect();
    // Each clause with its cue inside such a relative ends with it too ("Kim, who says
    // Lee is wrong, said ...").
    for r in found.iter_mut() {
        if let Some(&(_, cut)) = relatives
            .iter()
            .find(|&&(s, cut)| s <= r.cue.start && r.cue.start < cut && cut < r.content.end)
        {
            r.content.end = cut;
        }
    }
    // Per attribution, where its source and cue start and end, and whether they open a
    // clause or phrase of their own ([`Opening`]).
    let spans: Vec<(usize, usize, Opening)> = found
        .iter()
        .map(|b| {
            (
                b.np.tokens.start.min(b.cue.start),
                b.np.tokens.end.max(b.cue.end),
                opening(doc, b),
            )
        })
        .collect();
    end_before_quoted_sentence(doc, found);
    // The clauses by where they start: a clause holding a phrase starts before it and
    // reaches past it, so only a window of them can (a "sentence" can hold thousands).
    // Clauses only get shorter below, and none starts anew.
    let mut by_start: Vec<usize> = (0..found.len()).collect();
    by_start.sort_by_key(|&a| found[a].content.start);
    let longest = found.iter().map(|r| r.content.len()).max().unwrap_or(0);
    for (b, &(next, last, opens)) in spans.iter().enumerate() {
        let from = by_start.partition_point(|&a| found[a].content.start + longest < last);
        let to = by_start.partition_point(|&a| found[a].content.start < next);
        for &a in by_start.get(from..to).unwrap_or_default() {
            let r = &mut found[a];
            // The other attribution inside this clause, behind its start and cue.
            if a == b || next <= r.content.start || last > r.content.end || next < r.cue.end {
                continue;
            }
            let ends = match opens {
                Opening::Inside => false,
                Opening::Narrated => !says(doc, r),
                Opening::Subordinate | Opening::Absolute | Opening::Bracketed => true,
            };
            if let Some(cut) = boundary(doc, r, next).or_else(|| subordinate(doc, r, next, ends)) {
                r.content.end = cut;
            }
        }
    }
}

/// "Lee declared the need for drive: “Change the world,” she said.": a quote after a
/// colon, with its own source and cue after it, is a sentence of its own; a clause
/// running on into it ends at the colon.
fn end_before_quoted_sentence(doc: &Doc, found: &mut [Reported]) {
    let colons: Vec<usize> = found
        .iter()
        .filter_map(|b| {
            // The quote closes on a comma right before the source and cue (“...,” she
            // said), or on "?" or "!" before a lower-case word (not a new sentence).
            let s = b.np.tokens.start.min(b.cue.start);
            let mut c = s.checked_sub(1)?;
            let mut comma = doc.is_punct(c, ",");
            if comma {
                c = c.checked_sub(1)?;
            }
            let quote = &doc.quotes[doc.quote_of(c)?];
            let last = c.checked_sub(1)?;
            comma |= doc.is_punct(last, ",");
            let mark = ["?", "!"].iter().any(|p| doc.is_punct(last, p)) && !doc.is_capitalised(s);
            let colon = quote.open.checked_sub(1)?;
            let after_colon = doc.is_punct(colon, ":") && doc.quote_of(colon).is_none();
            (quote.close == Some(c) && (comma || mark) && after_colon).then_some(colon)
        })
        .collect();
    for r in found.iter_mut() {
        if let Some(&colon) = colons
            .iter()
            // "scolded him: “...,” she said": not where the clause of a verb of saying
            // would keep a word or none ("seemed irritated:" is no saying).
            .find(|&&c| {
                r.cue.end <= c
                    && c < r.content.end
                    && ((r.content.start..c)
                        .filter(|&i| doc.is_word(i))
                        .nth(1)
                        .is_some()
                        || doc.verb(r.cue.start).is_some_and(|v| !v.is_speech()))
            })
        {
            r.content.end = colon;
        }
    }
}

/// Where the clause of a relative set off by a comma or dash after its subject ends:
/// at the comma or dash before the main verb ("Park, who opposes the tax, has said
/// ..." reports "the tax"). The main verb is a word of the lower case: an auxiliary, or
/// after any adverbs an -ed form or a reporting verb.
fn relative_end(doc: &Doc, r: &Reported) -> Option<usize> {
    const AUXILIARIES: &[&str] = &[
        "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must",
        "should", "was", "were", "will", "would",
    ];
    let s = r.np.tokens.start;
    if r.np.kind != NpKind::Relative || s == 0 {
        return None;
    }
    let dash = sources::is_dash(doc, s - 1);
    if !dash && !doc.is_punct(s - 1, ",") {
        return None;
    }
    let closes = |k: usize| {
        doc.quote_of(k).is_none()
            && if dash {
                sources::is_dash(doc, k)
            } else {
                doc.is_punct(k, ",")
            }
    };
    let verb = |k: usize| {
        if AUXILIARIES.iter().any(|a| doc.is(k + 1, a)) {
            return true;
        }
        let Some(v) = (k + 1..r.content.end.min(k + 4))
            .find(|&i| !(doc.is_in(i, Class::ADVERB) || doc.word(i).ends_with("ly")))
        else {
            return false;
        };
        let w = doc.word(v);
        doc.is_word(v)
            && !doc.is_capitalised(v)
            && (AUXILIARIES.contains(&w) || cues::is_past_form(w) || doc.verb(v).is_some())
            && !cues::is_participle(w)
    };
    (r.content.start + 1..r.content.end).find(|&k| closes(k) && verb(k))
}

/// Where the clause of `r` ends before an attribution opening at `next`, if a clause
/// boundary stands right before it: the comma before "according to", or the comma
/// before the main clause's source when `r` sits in a clause opening the sentence on a
/// conjunction or participle ("While Lee praised the plan, Kim said ...").
fn boundary(doc: &Doc, r: &Reported, next: usize) -> Option<usize> {
    let k = next.checked_sub(1)?;
    // "As Lee said, the plan ...": the clause after the comma is the one reported.
    let after_comma = r.content.start > r.cue.end && doc.is_punct(r.content.start - 1, ",");
    // "..., according to two officials": the source of another clause ends this one.
    let according = doc.is(next, "according") && doc.is(next + 1, "to");
    if k <= r.content.start
        || !doc.is_punct(k, ",")
        || !according && (after_comma || !fronted(doc, r))
    {
        return None;
    }
    let mut cut = k;
    while cut > r.content.start && doc.is_punct(cut - 1, ",") {
        cut -= 1;
    }
    (cut > r.content.start).then_some(cut)
}

/// How the source and cue of an attribution stand to a clause running on over them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// Inside it, unless a comma ends it ([`boundary`]).
    Inside,
    /// The subject and verb of saying of a subordinate clause ([`opens_subordinate`]):
    /// "Lee weighed in, hours after Kim said ...".
    Subordinate,
    /// The subject and another cue verb of a subordinate clause ([`opens_narrated`]):
    /// "Teske backs Lee because he worries Kim would lose". After a verb of saying the
    /// clause may be part of what was said ("Kim said the plan failed because Lee wanted
    /// it to"); after any other cue it is the writer's.
    Narrated,
    /// The subject and -ing cue of an absolute phrase on "with" set off by a comma, a
    /// dash or "and": "The race looks close, with some polls showing Kim ahead". The
    /// phrase is the writer's addition to the clause before it, its source the source of
    /// what follows.
    Absolute,
    /// The subject and cue verb of a clause in brackets: "Lee backs the levy (Kim says
    /// it is too high)". The bracket is an aside, no part of the clause around it. Also
    /// a sentence of its own after a colon ([`opens_after_colon`]).
    Bracketed,
}

/// How the source and cue of `b` open a clause or phrase of their own.
fn opening(doc: &Doc, b: &Reported) -> Opening {
    if opens_subordinate(doc, b) {
        Opening::Subordinate
    } else if opens_narrated(doc, b) {
        Opening::Narrated
    } else if opens_absolute(doc, b) {
        Opening::Absolute
    } else if opens_bracket(doc, b) || opens_after_colon(doc, b) {
        Opening::Bracketed
    } else {
        Opening::Inside
    }
}

/// Whether the source of `b` runs straight into its cue and the cue is a verb: not a
/// relative pronoun's ("who said"), nor a possessive's noun ("the council’s staff").
fn source_then_verb(doc: &Doc, b: &Reported) -> bool {
    let c = b.cue.start;
    let possessive = ["’s", "'s"].iter().any(|p| doc.word(c).ends_with(p));
    b.np.tokens.end == c && !possessive && b.np.kind != NpKind::Relative && doc.verb(c).is_some()
}

/// Whether the source and cue of `b` open a sentence of their own after a colon:
/// "Early polls show voters turning away: A new poll found ...". Not with a lower-case
/// source ("the lesson was clear: voters want change"), nor after a cue verb, whose
/// words the colon opens ("Lee wrote: Kim is right").
fn opens_after_colon(doc: &Doc, b: &Reported) -> bool {
    let (s, c) = (b.np.tokens.start, b.cue.start);
    let Some(k) = s.checked_sub(1).filter(|&k| k > 0) else {
        return false;
    };
    doc.is_punct(k, ":")
        && doc.quote_of(k).is_none()
        && doc.verb(k - 1).is_none()
        && doc.is_capitalised(s)
        && source_then_verb(doc, b)
        && !doc.word(c).ends_with("ing")
}

/// Whether the source and cue of `b` open a bracket ([`Opening::Bracketed`]): "("
/// right before the source, outside quote marks, and a cue verb right after it.
fn opens_bracket(doc: &Doc, b: &Reported) -> bool {
    let Some(k) = b.np.tokens.start.checked_sub(1) else {
        return false;
    };
    doc.is_punct(k, "(") && doc.quote_of(k).is_none() && source_then_verb(doc, b)
}

/// Whether the source and cue of `b` are the subject and (finite) cue verb of a
/// subordinate clause ([`Opening::Narrated`]) on a conjunction: "because he worries",
/// "when Trump shot back", "as polls show"; not "as" after "such", "well" or "same",
/// a few words after another "as" ("as many people as polls show"), or before "many".
fn opens_narrated(doc: &Doc, b: &Reported) -> bool {
    const CONJUNCTIONS: &[&str] = &[
        "although", "as", "because", "though", "when", "where", "whereas", "while",
    ];
    let (s, c) = (b.np.tokens.start, b.cue.start);
    let Some(k) = s.checked_sub(1) else {
        return false;
    };
    // "as many as", "three times as many people say", "such as".
    let comparison = doc.is(k, "as")
        && ((k.saturating_sub(4)..k).any(|i| {
            ["as", "same", "such", "times", "twice", "well"]
                .iter()
                .any(|w| doc.is(i, w))
        }) || ["few", "many", "much"].iter().any(|w| doc.is(s, w)));
    CONJUNCTIONS.iter().any(|w| doc.is(k, w))
        && !comparison
        && source_then_verb(doc, b)
        && !doc.word(c).ends_with("ing")
}

/// Whether the cue of `r` is a verb of saying or "according to", whose clause may hold
/// a subordinate clause of what was said.
fn says(doc: &Doc, r: &Reported) -> bool {
    doc.is(r.cue.start, "according") || doc.verb(r.cue.start).is_some_and(|v| v.is_speech())
}

/// Whether the source and cue of `b` open an absolute phrase ([`Opening::Absolute`]):
/// "with" right before the source, a comma, dash or "and" before it, and an -ing cue
/// right after the source. "Lee responded with a note saying ..." is no such phrase.
fn opens_absolute(doc: &Doc, b: &Reported) -> bool {
    let (s, c) = (b.np.tokens.start, b.cue.start);
    let Some(k) = s.checked_sub(1).filter(|&k| k > 0 && doc.is(k, "with")) else {
        return false;
    };
    let set_off = doc.is_punct(k - 1, ",") || sources::is_dash(doc, k - 1) || doc.is(k - 1, "and");
    set_off && source_then_verb(doc, b) && doc.word(c).ends_with("ing")
}

/// Whether the source and cue of `b` are the subject and verb of saying of a
/// subordinate clause: "..., hours after Kim said", "because she told". After "after",
/// "before", "since" (also prepositions: "the turmoil after the vote shows") the source
/// is a pronoun or a name, or a comma stands before; after "as" ("as many as ten say",
/// "as secretary of state claimed") a pronoun, or a name after a comma.
fn opens_subordinate(doc: &Doc, b: &Reported) -> bool {
    const CONJUNCTIONS: &[&str] = &["although", "because", "though", "when", "whereas", "while"];
    const PREPOSITIONS: &[&str] = &["after", "before", "since"];
    let (s, c) = (b.np.tokens.start, b.cue.start);
    let Some(k) = s.checked_sub(1) else {
        return false;
    };
    let speech = source_then_verb(doc, b)
        && !doc.word(c).ends_with("ing")
        && doc.verb(c).is_some_and(|v| v.reports_speech());
    let pronoun = b.np.kind == NpKind::Pronoun;
    let name = doc.is_capitalised(b.np.head);
    let comma = k > 0 && doc.is_punct(k - 1, ",");
    speech
        && (CONJUNCTIONS.iter().any(|w| doc.is(k, w))
            || PREPOSITIONS.iter().any(|w| doc.is(k, w)) && (pronoun || name || comma)
            || doc.is(k, "as") && (pronoun || name && comma))
}

/// Where the clause of `r` ends before the subordinate clause or absolute phrase whose
/// source opens at `next`, when `ends` ([`Opening`]): "Lee weighed in with her support,
/// hours after Kim said he was encouraged" ends before "after", "The race looks close,
/// with some polls showing Kim ahead" before "with".
fn subordinate(doc: &Doc, r: &Reported, next: usize, ends: bool) -> Option<usize> {
    let k = next.checked_sub(1)?;
    if !ends || k <= r.content.start {
        return None;
    }
    // "..., but when Kim said", "(although as polls show": the conjunction or bracket
    // before it joins the next clause.
    let mut cut = k;
    while cut > r.content.start
        && (doc.is_punct(cut - 1, ",")
            || doc.is_punct(cut - 1, "(")
            || sources::is_dash(doc, cut - 1)
            || clauses::is_subordinator(doc, cut - 1)
            || ["also", "and", "but", "even"]
                .iter()
                .any(|w| doc.is(cut - 1, w))
            // "..., but ultimately Lee thinks".
            || super::adverbs::is_adverb(doc, cut - 1))
    {
        cut -= 1;
    }
    (cut > r.content.start).then_some(cut)
}

/// Whether the source and cue of `r` sit in a subordinate clause opening the sentence
/// ("While Lee praised", "Speaking to reporters, ..."), with no comma before them; or
/// in a phrase opening the sentence on a preposition, as a relative or participle
/// ("Like other owners who foresee ...", "With polls showing ...", "After the report,
/// which found ..."), where every piece before a comma opens that way too. The clause
/// may open after a coordinating comma ("The crowd booed, and when Lee said ...") or a
/// sentence adverb ("Oddly, after Lee said ...").
fn fronted(doc: &Doc, r: &Reported) -> bool {
    let Some(sentence) = doc.sentence_of(r.cue.start).map(|s| &doc.sentences[s]) else {
        return false;
    };
    let Some(lo) = (sentence.tokens.start..r.cue.start).find(|&i| doc.is_word(i)) else {
        return false;
    };
    let at = r.cue.start.min(r.np.tokens.start).max(lo);
    // "The crowd booed, and when Lee said ...": the last coordinated clause before the
    // source opens where "and" or "but" follows a comma.
    let lo = (lo + 1..at)
        .rev()
        .find(|&i| doc.is_punct(i - 1, ",") && (doc.is(i, "and") || doc.is(i, "but")))
        .unwrap_or(lo);
    // "Interestingly, after Lee said ...": a sentence adverb before its comma.
    let adverb = doc.word(lo).ends_with("ly") || doc.is_in(lo, Class::ADVERB);
    let lo = if adverb && doc.is_punct(lo + 1, ",") && lo + 2 < at {
        lo + 2
    } else {
        lo
    };
    // "Not long after Lee praised ...", "One day after announcing ...": a conjunction
    // a few words in.
    let later = || {
        !(lo..r.cue.start).any(|i| doc.is_punct(i, ","))
            && (lo + 1..r.cue.start).any(|i| clauses::is_subordinator(doc, i))
    };
    if !(lo..at).any(|i| doc.is_punct(i, ","))
        && (clauses::is_subordinate(doc, lo, r.cue.start + 1) || later())
    {
        return true;
    }
    // The pieces between commas before the source, each opening on a preposition,
    // conjunction or participle, or on a relative after a comma.
    let relative = r.np.kind == NpKind::Relative || doc.word(r.cue.start).ends_with("ing");
    let mut piece = lo;
    for i in lo..=at {
        if i < at && !doc.is_punct(i, ",") {
            continue;
        }
        let opens = if is_preposition(doc, piece) {
            i < at || relative
        } else {
            clauses::is_subordinate(doc, piece, r.cue.start + 1)
                || piece > lo && RELATIVES.iter().any(|w| doc.is(piece, w))
        };
        if !opens {
            return false;
        }
        piece = i + 1;
    }
    is_preposition(doc, lo)
}

/// Relative pronouns that open a clause after a comma.
const RELATIVES: &[&str] = &["which", "who", "whom", "whose"];

/// Prepositions that open a phrase before a sentence's main clause.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "about", "after", "against", "amid", "among", "at", "before", "beyond", "by",
    "despite", "during", "following", "for", "from", "in", "like", "on", "over", "since",
    "through", "throughout", "under", "unlike", "upon", "with", "within", "without",
];

/// Whether token `i` is a preposition ("Like", "Among").
fn is_preposition(doc: &Doc, i: usize) -> bool {
    PREPOSITIONS.iter().any(|p| doc.is(i, p))
}
