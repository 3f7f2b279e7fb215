//! Where a quote's own attribution is written: the cue clause right after it (“...,”
//! he said / said Smith / according to two officials), a cue clause closing the
//! sentence, or the nearest cue before it in its sentence (Smith said: “...” / Smith
//! called it “...” / Smith: “...”), with the outer speaker of a nested clause.

use std::ops::Range;

use super::attribution::{dash_source, Source};
use super::clauses;
use super::cues;
use super::doc::Doc;
use super::introducing;
use super::lexicon::Class;
use super::names::{self, Np, NpKind};
use super::noun_use::noun_subject;
use super::subjects;
use super::tokens::Tag;

/// Whether a source's cue is a verb of belief rather than of saying.
pub(super) fn is_belief(doc: &Doc, source: &Source) -> bool {
    doc.verb(source.cue.start).is_some_and(|v| !v.is_speech())
}

/// Whether token `k` is a dash.
pub(super) fn is_dash(doc: &Doc, k: usize) -> bool {
    ["-", "--", "\u{2014}", "\u{2013}", "\u{2015}"]
        .iter()
        .any(|d| doc.is_punct(k, d))
}

/// Whether token `k` ends a clause for cue search: a full stop, colon or semicolon.
pub(super) fn is_terminal(doc: &Doc, k: usize) -> bool {
    [".", "!", "?", ":", ";"].iter().any(|p| doc.is_punct(k, p))
}

/// The quote's own attribution: after it, or before it in the sentence. `lo` is where
/// the text before the quote starts (the sentence or the previous quote's end), `hi`
/// where the text after it ends.
pub(super) fn own_source(
    doc: &Doc,
    open: usize,
    after: usize,
    lo: usize,
    hi: usize,
) -> Option<Source> {
    // A quote ending in a comma, question or exclamation mark hands on to its cue; one
    // ending in a full stop or opening its clause may still have the cue after it.
    let last = after.saturating_sub(2);
    // “...‘helping my husband,’” counts as ending in a comma.
    let last = if ["'", "\u{2019}"].iter().any(|p| doc.is_punct(last, p)) {
        last.saturating_sub(1)
    } else {
        last
    };
    let hands_on = [",", "?", "!", "\u{2014}"]
        .iter()
        .any(|p| doc.is_punct(last, p))
        || doc.is_punct(after, ",");
    let stopped = doc.is_punct(last, ".");
    let right = (hands_on || open == lo || stopped)
        .then(|| source_after(doc, after, hi))
        .flatten()
        // “...” Lee said. — but not “...” Lee said yes, a new sentence.
        .filter(|src| hands_on || !stopped || is_dash(doc, src.cue.start) || closes(doc, src, hi));
    let left = source_before(doc, lo, open);
    // "Lee, citing “...,” said": a participle cue right before the quote takes it.
    let cited = left
        .as_ref()
        .is_some_and(|l| l.cue.end == open && cues::is_participle(doc.word(l.cue.start)));
    // "After the news broke, she posted a message: “...,” she wrote.": the colon closes
    // the clause, subordinate or not, and the quote is the cue's after it.
    let introduced = open > 0 && doc.is_punct(open - 1, ":");
    let subordinate = !introduced && clauses::is_subordinate(doc, lo, open);
    // "Lee said, “Why now?” Kim wrote back, “...”": a cue after a question that opens
    // the next quote is that quote's, when a cue before introduces this one.
    let passes_on = left.is_some()
        && open > 0
        && (doc.is_punct(open - 1, ",") || introduced)
        && !doc.is_punct(last, ",")
        && right.as_ref().is_some_and(|r| opens_next(doc, r, hi));
    if hands_on && right.is_some() && !cited && !subordinate && !passes_on {
        return right;
    }
    // A verb of belief before the quote yields to a verb of saying after it: "The
    // rejection signals “the end”, said Lee."; so does a noun of saying that is the
    // subject: "Lee's remarks feed “a mob mentality,” the groups say."
    if left
        .as_ref()
        .is_none_or(|l| is_belief(doc, l) || noun_subject(doc, l.cue.start))
    {
        let spoken = right
            .clone()
            .or_else(|| trailing_source(doc, after, hi))
            .filter(|r| !is_belief(doc, r));
        if spoken.is_some() {
            return spoken;
        }
    }
    left.or(right).or_else(|| trailing_source(doc, after, hi))
}

/// Whether a cue clause after a quote closes the sentence, with at most an adverbial
/// ("said on Friday."), an aside after a comma ("said, his voice breaking.", "said Lee,
/// the mayor."), a manner ("said with a laugh."), what it was said of ("said of the
/// plan.") or whom it was told to ("told reporters after the vote."): it reports the
/// quote, not a clause of its own.
fn closes(doc: &Doc, src: &Source, hi: usize) -> bool {
    let mut end = source_end(src);
    // Not "He said, twice, that ...": an aside before the reported clause.
    let aside = doc.is_punct(end, ",") && !(end..hi).any(|k| doc.is(k, "that"));
    // "said with a laugh", not "agreed with him".
    let manner = doc.is(end, "with") && doc.is(end + 1, "a");
    if aside || manner || doc.is(end, "of") {
        return true;
    }
    let told = ["told", "tells"].iter().any(|w| doc.is(src.cue.start, w));
    if told && end == src.cue.end && doc.is_word(end) {
        // The addressee: one lower-case word ("reporters", "me") or a capitalised run
        // ("The Associated Press").
        end += 1;
        while doc.is_word(end) && doc.is_capitalised(end) && doc.is_capitalised(end - 1) {
            end += 1;
        }
    }
    closes_sentence(doc, end, hi)
}

/// Whether the clause of `src` ends on a comma or colon right before the quote that
/// opens at `hi`: it introduces that quote.
fn opens_next(doc: &Doc, src: &Source, hi: usize) -> bool {
    let end = source_end(src);
    end < hi
        && doc.quote_of(hi).is_some()
        && (end..hi).all(|k| doc.is_punct(k, ",") || doc.is_punct(k, ":"))
}

/// The token just past a source's cue and phrase.
fn source_end(src: &Source) -> usize {
    src.cue
        .end
        .max(src.np.as_ref().map_or(0, |np| np.tokens.end))
}

/// A cue clause closing the sentence after more of the writer's words: “...” in
/// comparison to the others, Smith said.
pub(super) fn trailing_source(doc: &Doc, after: usize, hi: usize) -> Option<Source> {
    (after..hi)
        .filter(|&c| doc.is_punct(c, ",") && doc.quote_of(c).is_none())
        .find_map(|c| {
            let src = source_after(doc, c + 1, hi)?;
            let end = source_end(&src);
            let appositive = doc.is_punct(end, ",") && src.cue.start < end && src.np.is_some();
            (closes_sentence(doc, end, hi) || appositive).then_some(src)
        })
}

/// Words that open an adverbial after a cue closing its sentence: "said on Tuesday", "in
/// a statement", "at a news conference" (and a date word, by its class).
pub(crate) const ADVERBIAL_OPENERS: &[&str] = &[
    "on", "in", "at", "during", "last", "this", "late", "early", "earlier", "to", "via", "before",
    "after", "while", "when", "as", "from", "outside", "inside",
];

/// Whether only an adverbial ("on Tuesday", "in a statement", "at a news conference in
/// Ohio") or nothing lies between token `from` and `end`.
pub(crate) fn closes_sentence(doc: &Doc, from: usize, end: usize) -> bool {
    let end = (from..end)
        .rev()
        .find(|&k| !matches!(doc.tag(k), Some(Tag::Punct)))
        .map_or(from, |k| k + 1);
    if from >= end {
        return true;
    }
    let opens_adverbial =
        ADVERBIAL_OPENERS.iter().any(|p| doc.is(from, p)) || doc.is_in(from, Class::DATE);
    // Not "said on Friday that he may wait": the adverbial goes on into a that-clause.
    opens_adverbial
        && end - from <= 12
        && (from..end).all(|i| (doc.is_word(i) && !doc.is(i, "that")) || doc.is_punct(i, ","))
}

/// A cue clause right after a quote: “...,” he said / said Smith / Smith, the chair,
/// told reporters / according to two officials.
fn source_after(doc: &Doc, from: usize, hi: usize) -> Option<Source> {
    let found = cue_clause_after(doc, from, hi)?;
    // “...,” Lee said, according to the Times: the report is the source.
    let end = source_end(&found);
    let reported = (end..hi.min(end + 12))
        .find(|&k| doc.is_punct(k, ",") && doc.is(k + 1, "according") && doc.is(k + 2, "to"));
    if let Some(np) = reported.and_then(|k| names::according_source(doc, k + 3, hi)) {
        let k = np.tokens.start - 2;
        return Some(Source {
            np: Some(np),
            cue: k..k + 2,
            lo: k,
            guess: false,
        });
    }
    Some(found)
}

/// The cue clause right after a quote, before any "according to".
fn cue_clause_after(doc: &Doc, from: usize, hi: usize) -> Option<Source> {
    if is_dash(doc, from) {
        if let Some(source) = dash_source(doc, from, hi) {
            return Some(source);
        }
    }
    let mut i = from;
    while i < hi && doc.tag(i) == Some(Tag::Punct) && !is_terminal(doc, i) {
        i += 1;
    }
    if doc.is(i, "according") && doc.is(i + 1, "to") {
        let np = names::according_source(doc, i + 2, hi)?;
        return Some(Source {
            np: Some(np),
            cue: i..i + 2,
            lo: i,
            guess: false,
        });
    }
    if let Some(source) = super::after_quote::quote_inversion(doc, from, i, hi) {
        return Some(source);
    }
    let cue = (i..hi.min(i + 40))
        .take_while(|&k| {
            doc.is_word(k)
                || doc.tag(k) == Some(Tag::Punct) && !is_terminal(doc, k)
                || super::appositives::in_title(doc, k)
        })
        .find(|&k| doc.verb(k).is_some_and(|v| v.is_speech()) && !cues::is_quote_noun(doc, k))?;
    let verb = doc.verb(cue)?;
    if cue == i {
        // “...,” saying the plan works: a participle never comes before its subject.
        if !verb.inverts() || cues::is_participle(doc.word(cue)) {
            return None;
        }
        let end = cues::cue_end(doc, cue);
        let np = names::after(doc, end, hi)?;
        return Some(Source {
            np: Some(np),
            cue: cue..end,
            lo: i,
            guess: false,
        });
    }
    // The subject must open the clause: “...,” he said; not “...,” and then he said.
    // Lower-case modifiers may come first: “...” former governor Jo Lee said.
    // Not “Top Chef,” who went on: a relative right after a quote hangs on a phrase
    // before it, which holds the quote as a title.
    let np = subjects::subject_before(doc, cue, i).filter(|np| {
        np.tokens.start >= i
            && np.kind != NpKind::Relative
            && np.tokens.start <= i + 2
            && (i..np.tokens.start).all(|k| {
                doc.is_word(k)
                    && !doc.is_capitalised(k)
                    && doc.verb(k).is_none()
                    && (!doc.is_in(k, Class::STOP) || doc.is(k, "as"))
            })
    })?;
    Some(Source {
        np: Some(np),
        cue: cue..cues::cue_end(doc, cue),
        lo: i,
        guess: false,
    })
}

/// The nearest cue before a quote in its sentence, with its subject: Smith said: “...”,
/// Smith called the plan “...”, according to Smith, “...”.
fn source_before(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    // A verb of belief close to the quote yields to a verb of saying further back:
    // Smith said she hopes for “a quick deal”.
    let mut belief = None;
    let mut k = open;
    while k > lo {
        k -= 1;
        if doc.quote_of(k).is_some() {
            continue;
        }
        if doc.is(k, "according") && doc.is(k + 1, "to") {
            if let Some(np) = names::according_source(doc, k + 2, open) {
                return Some(Source {
                    np: Some(np),
                    cue: k..k + 2,
                    lo: k,
                    guess: false,
                });
            }
            continue;
        }
        // "Lee's claim that “...”": a possessive owning a noun of saying, used when no
        // verb of saying comes before it.
        // "her claim that “...”", "his March remarks": a possessive pronoun owns it.
        let owner = (1..=2)
            .map(|n| k.wrapping_sub(n))
            .take_while(|&p| p >= lo && p < k)
            .find(|&p| ["his", "her", "their"].iter().any(|w| doc.is(p, w)))
            .filter(|&p| p + 1 == k || doc.is_word(p + 1) && !doc.is_in(p + 1, Class::STOP));
        if let Some(p) = owner.filter(|_| cues::is_speech_noun(doc, k)) {
            belief.get_or_insert(Source {
                np: Some(Np::single(p, NpKind::Pronoun)),
                cue: k..k + 1,
                lo,
                guess: false,
            });
        }
        if cues::is_speech_noun(doc, k) && k > lo && names::is_possessive(doc.word(k - 1)) {
            if let Some(np) = names::possessor(doc, k - 1, lo) {
                belief.get_or_insert(Source {
                    np: Some(np),
                    cue: k..k + 1,
                    lo,
                    guess: false,
                });
            }
        }
        let Some(verb) = doc.verb(k) else { continue };
        if cues::is_quote_noun(doc, k) || cues::is_passive(doc, k) {
            continue;
        }
        let cue = k..cues::cue_end(doc, k);
        let np = subjects::cue_subject(doc, k, lo)
            .or_else(|| subjects::named_before_comma(doc, k, lo))
            .or_else(|| inverted_before(doc, verb, &cue, open))
            .or_else(|| subjects::clause_subject(doc, lo, k));
        // "Lee said the plan was meant to highlight “...”": a subject found across an
        // earlier verb of saying is that verb's, and so is the quote.
        if let Some(outer) = np.as_ref().and_then(|np| own_speech_verb(doc, np, k, lo)) {
            return Some(Source {
                np,
                cue: outer..cues::cue_end(doc, outer),
                lo,
                guess: false,
            });
        }
        let source = Source {
            np,
            cue,
            lo,
            guess: false,
        };
        if verb.is_speech() {
            return Some(
                reported_by(doc, lo, k)
                    .or_else(|| outer_speech(doc, lo, &source))
                    .unwrap_or(source),
            );
        }
        if source.np.is_some() {
            belief.get_or_insert(source);
        }
    }
    belief
        .or_else(|| opening_inversion(doc, lo, open))
        .or_else(|| introducing::introduced(doc, lo, open))
        .or_else(|| introducing::announcing_verb(doc, lo, open))
}

/// The verb of saying whose subject is `np`, when it comes between `np` and a later
/// cue at `k`: "said" in "Lee said the plan was meant to highlight".
fn own_speech_verb(doc: &Doc, np: &Np, k: usize, lo: usize) -> Option<usize> {
    if np.kind == NpKind::Relative || cues::is_participle(doc.word(k)) {
        return None;
    }
    let v = (np.tokens.end..k).find(|&v| {
        doc.verb(v).is_some()
            && !subjects::is_adverb(doc, v)
            && !cues::is_quote_noun(doc, v)
            && !cues::is_participle(doc.word(v))
            && !["who", "which", "that"].iter().any(|r| doc.is(v - 1, r))
    })?;
    let speech = doc.verb(v).is_some_and(|verb| verb.is_speech());
    let own = subjects::subject_before(doc, v, lo).is_some_and(|s| s.tokens == np.tokens);
    // "Lee said no and added “...”": a verb coordinated with the earlier one is its own.
    let coordinated = (v + 1..k).any(|j| {
        ["and", "but", "or", "then", "before", "after", "while"]
            .iter()
            .any(|c| doc.is(j, c))
            || doc.is_punct(j, ";")
            || doc.is_punct(j, ",")
    });
    (v + 1 < k && speech && own && !coordinated && !cues::is_passive(doc, v)).then_some(v)
}

/// "Said Lee, “...”", "Added the mayor: “...”": a clause opening on a capitalised
/// inverting cue, its subject right before the comma or colon that opens the quote.
fn opening_inversion(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    let mark = open
        .checked_sub(1)
        .filter(|&m| m > lo + 1 && (doc.is_punct(m, ",") || doc.is_punct(m, ":")))?;
    if !doc.is_capitalised(lo) || doc.word(lo).len() > 12 {
        return None;
    }
    cues::verb(&doc.word(lo).to_ascii_lowercase()).filter(|v| v.inverts())?;
    let np = names::after(doc, lo + 1, mark).filter(|np| np.tokens.end == mark)?;
    Some(Source {
        np: Some(np),
        cue: lo..lo + 1,
        lo,
        guess: false,
    })
}

/// "According to the Times, Lee said “...”": a clause opening on "according to"
/// before the cue at `k` credits the report, as a trailing one does.
fn reported_by(doc: &Doc, lo: usize, k: usize) -> Option<Source> {
    if !(doc.is(lo, "according") && doc.is(lo + 1, "to")) {
        return None;
    }
    let comma = (lo + 2..k.min(lo + 20)).find(|&c| doc.is_punct(c, ","))?;
    let np = names::according_source(doc, lo + 2, comma)?;
    Some(Source {
        np: Some(np),
        cue: lo..lo + 2,
        lo,
        guess: false,
    })
}

/// For a cue inside the clause of an earlier verb of saying, the earlier cue with its
/// named subject: the outer attribution is the one the quote is credited to. Inside
/// means: the subject right after the earlier cue ("Lee said she recalled “...”", "Lee
/// said Kim called it “...”"), after its "that" ("Lee said at a rally that Kim
/// described it as “...”"), or a relative ("voters who wonder").
fn outer_speech(doc: &Doc, lo: usize, inner: &Source) -> Option<Source> {
    let np = inner.np.as_ref()?;
    // "Lee said that once the Senate goes on recess, “...”": past a subordinator.
    let mut at = clauses::after_that(doc, np.tokens.start).unwrap_or(np.tokens.start);
    let that = doc.is(at.checked_sub(1)?, "that");
    if that {
        at -= 1;
    }
    let k = (lo..at).rev().find(|&k| doc.verb(k).is_some())?;
    let verb = doc.verb(k)?;
    let cue = k..cues::cue_end(doc, k);
    let adjacent = cue.end == at;
    // "Lee said during a rally that Kim once described it as “...”": the quote is
    // credited to the outer speaker too.
    let complement = that && (cue.end..at).all(|j| doc.is_word(j) || doc.is_punct(j, ","));
    let weak = np.kind == NpKind::Relative || adjacent || complement;
    // "The ad quoted Lee saying “...”": the one quoted speaks.
    let perceived = adjacent && subjects::is_perception(doc, k);
    if !weak
        || perceived
        || !verb.is_speech()
        || cues::is_quote_noun(doc, k)
        || cues::is_passive(doc, k)
    {
        return None;
    }
    let outer = subjects::cue_subject(doc, k, lo)
        .or_else(|| subjects::clause_subject(doc, lo, k))
        .filter(|o| o.kind != NpKind::Relative)?;
    Some(Source {
        np: Some(outer),
        cue,
        lo,
        guess: false,
    })
}

/// "But, said Lee, “...”": the subject after an inverting cue that comes right before
/// the quote (a comma or colon between them).
fn inverted_before(doc: &Doc, verb: cues::Verb, cue: &Range<usize>, open: usize) -> Option<Np> {
    if !verb.inverts()
        || cue.start == 0
        || !(doc.is_punct(cue.start - 1, ",")
            || cue.start - 1 < open && doc.quote_of(cue.start - 1).is_some())
    {
        return None;
    }
    let np = names::after(doc, cue.end, open)?;
    let gap = open - np.tokens.end;
    (gap <= 1 && (gap == 0 || doc.is_punct(np.tokens.end, ",") || doc.is_punct(np.tokens.end, ":")))
        .then_some(np)
}

/// For a sentence that ends its paragraph with a colon after a cue ("Smith added:"),
/// the attribution it announces.
pub(super) fn announcing(doc: &Doc, sentence: Range<usize>) -> Option<Source> {
    let last = sentence.end.checked_sub(1)?;
    if !doc.is_punct(last, ":") || doc.quote_of(last).is_some() {
        return None;
    }
    let paragraph = doc.sentences[doc.sentence_of(last)?].paragraph;
    if doc.paragraphs[paragraph].end != last + 1 {
        return None;
    }
    source_before(doc, sentence.start, last + 1)
}
