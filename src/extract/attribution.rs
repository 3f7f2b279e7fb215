//! Direct quotes: for each quoted span, the cue and source phrase that attribute it.
//!
//! Looks for the cue right after the quote (“...,” he said / said Smith), then in the
//! sentence before it (Smith said: “...” / Smith called it “...”). A quote without a
//! cue of its own inherits from the quote before it in the sentence, from the sentence
//! before it in the paragraph (“...,” he said. “...”), or from the paragraph before when
//! the paragraph opens with the quote (a quote running over several paragraphs, or
//! announced by “Smith added:”). Short unattributed quotes (scare quotes, titles) are
//! dropped.

use std::ops::Range;

use super::cues;
use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::{self, Np, NpKind};
use super::subjects;
use super::tokens::Tag;

/// How a quote is attributed: the source phrase and the cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Source {
    /// The source phrase as written, if the cue has one.
    pub np: Option<Np>,
    /// Cue tokens ("said", "according to").
    pub cue: Range<usize>,
    /// Where the phrase and cue were written (the tokens spanning both); the bound for
    /// resolving "who".
    pub lo: usize,
    /// Whether the source is only guessed from the sentence before (no cue): kept
    /// only if it resolves to a person.
    pub guess: bool,
}

/// A direct quote with its attribution, before speaker resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DirectQuote {
    /// Index into `doc.quotes`.
    pub quote: usize,
    /// The attribution, if any was found.
    pub source: Option<Source>,
}

/// Quotes shorter than this many words are kept only when attributed and standing
/// alone as what was said (“No,” he said), not as a word or two quoted inside the
/// writer's sentence (the so-called “deal”).
const MIN_WORDS: usize = 3;

/// Attributes every quote of the article.
pub(crate) fn attribute(doc: &Doc, reported: &[Reported]) -> Vec<DirectQuote> {
    let mut out = Vec::with_capacity(doc.quotes.len());
    let mut q = 0;
    let mut r = 0;
    // The attribution a quote without a cue may inherit, and the paragraph it came from.
    let mut last: Option<(Source, usize)> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let mut in_sentence: Option<Source> = None;
        let first_of_paragraph = s == 0 || doc.sentences[s - 1].paragraph != sentence.paragraph;
        while let Some(quote) = doc.quotes.get(q) {
            if quote.open >= sentence.tokens.end {
                break;
            }
            let para_end = doc.paragraphs[quote.paragraph].end;
            let lo = if q > 0 && doc.quotes[q - 1].paragraph == quote.paragraph {
                doc.quotes[q - 1].after(para_end).max(sentence.tokens.start)
            } else {
                sentence.tokens.start
            };
            let after = quote.after(para_end);
            let hi = doc
                .quotes
                .get(q + 1)
                .filter(|n| n.open < sentence.tokens.end)
                .map_or(sentence.tokens.end, |n| n.open);
            if is_nickname(doc, quote.open, quote.close) {
                q += 1;
                continue;
            }
            let mut own = own_source(doc, quote.open, after, lo, hi);
            // “...,” she said, and those who “...”: a belief verb between two quotes
            // yields to the speech cue of the quote before.
            if own.as_ref().is_some_and(|o| is_belief(doc, o)) && in_sentence.is_some() {
                own = None;
            }
            // "..., adding “...”" with no subject of its own: the sentence's speaker.
            if let (Some(o), Some(prev)) = (own.as_mut(), in_sentence.as_ref()) {
                if o.np.is_none() {
                    o.np.clone_from(&prev.np);
                    o.lo = prev.lo;
                }
            }
            let opens_sentence = quote.open == sentence.tokens.start;
            let source = own
                .or_else(|| in_sentence.clone())
                .or_else(|| {
                    let (src, paragraph) = last.as_ref()?;
                    let same_paragraph = *paragraph == sentence.paragraph;
                    let previous_paragraph =
                        *paragraph + 1 == sentence.paragraph && first_of_paragraph;
                    (opens_sentence && (same_paragraph || previous_paragraph)).then(|| src.clone())
                })
                .or_else(|| credit_line(doc, quote.paragraph + 1))
                .or_else(|| {
                    let previous = s.checked_sub(1)?;
                    (opens_sentence && words(doc, quote.open, after) >= MIN_WORDS)
                        .then(|| topic(doc, previous))
                        .flatten()
                });
            let long = words(doc, quote.open, after) >= MIN_WORDS;
            // An unattributed run of capitalised words is a title ("The Long Road Home").
            let title = source.is_none() && is_title(doc, quote.open, after);
            if long && !title || source.is_some() && stands_alone(doc, quote.open, lo) {
                out.push(DirectQuote {
                    quote: q,
                    source: source.clone(),
                });
            }
            if let Some(src) = source {
                in_sentence = Some(src.clone());
                last = Some((src, sentence.paragraph));
            }
            q += 1;
        }
        // A sentence reporting what someone said ("Lee says the plan works.") hands its
        // speaker to a cue-less quote after it; "Smith added:" at a paragraph's end
        // announces the quote that follows.
        while reported
            .get(r)
            .is_some_and(|x| x.cue.start < sentence.tokens.start)
        {
            r += 1;
        }
        let reporting = reported
            .get(r)
            .filter(|x| x.cue.start < sentence.tokens.end && in_sentence.is_none())
            .map(|x| Source {
                np: Some(x.np.clone()),
                cue: x.cue.clone(),
                lo: x.lo,
                guess: false,
            });
        if let Some(src) = announcing(doc, sentence.tokens.clone()).or(reporting) {
            last = Some((src, sentence.paragraph));
        }
    }
    out
}

/// The person a sentence is about, for a quote that follows it with no cue at all
/// ("Lee is unapologetic. “...”"): its subject, a pronoun or a name, at its start or
/// after an opening phrase ("In 2015, Lee ..."). The cue is left empty.
fn topic(doc: &Doc, s: usize) -> Option<Source> {
    let sentence = doc.sentences.get(s)?.tokens.clone();
    let starts = std::iter::once(sentence.start).chain(
        (sentence.start..sentence.end.min(sentence.start + 10))
            .find(|&k| doc.is_punct(k, ","))
            .map(|k| k + 1),
    );
    starts.filter(|&k| doc.quote_of(k).is_none()).find_map(|k| {
        let np = names::after(doc, k, sentence.end)?;
        let named = np.kind == NpKind::Pronoun || doc.is_capitalised(np.head);
        let verb_follows = doc.is_word(np.tokens.end) && !doc.is_capitalised(np.tokens.end);
        (named && verb_follows && !doc.is(np.head, "it")).then_some(Source {
            cue: np.tokens.end..np.tokens.end,
            np: Some(np),
            lo: k,
            guess: true,
        })
    })
}

/// Whether a source's cue is a verb of belief rather than of saying.
fn is_belief(doc: &Doc, source: &Source) -> bool {
    doc.verb(source.cue.start).is_some_and(|v| !v.is_speech())
}

/// A credit line in paragraph `p`: a dash and a name standing alone ("— Jo Lee, a
/// voter in Ohio"), crediting the quote of the paragraph before it.
fn credit_line(doc: &Doc, p: usize) -> Option<Source> {
    let range = doc.paragraphs.get(p)?.clone();
    if range.len() > 25 || !is_dash(doc, range.start) {
        return None;
    }
    dash_source(doc, range.start, range.end)
}

/// "— Jo Lee" at token `dash`: the name after a dash, reaching a comma or the end `hi`.
fn dash_source(doc: &Doc, dash: usize, hi: usize) -> Option<Source> {
    let np = names::after(doc, dash + 1, hi).filter(|np| np.kind == NpKind::Phrase)?;
    let end = np.tokens.end;
    let rest_is_tail =
        end >= hi || doc.is_punct(end, ",") || doc.is_punct(end, ".") && end + 1 >= hi;
    (rest_is_tail && doc.is_capitalised(np.head)).then_some(Source {
        np: Some(np),
        cue: dash..dash + 1,
        lo: dash,
        guess: false,
    })
}

/// Whether token `k` is a dash.
fn is_dash(doc: &Doc, k: usize) -> bool {
    ["-", "--", "\u{2014}", "\u{2013}", "\u{2015}"]
        .iter()
        .any(|d| doc.is_punct(k, d))
}

/// Whether the quote between tokens `open` and `close` sits inside a name, as a
/// nickname does: Bill “The Hammer” Jones.
fn is_nickname(doc: &Doc, open: usize, close: Option<usize>) -> bool {
    let Some(close) = close else { return false };
    open > 0
        && doc.is_capitalised(open - 1)
        && doc.is_capitalised(close + 1)
        && words(doc, open, close) <= 3
}

/// Whether token `k` ends a clause for cue search: a full stop, colon or semicolon.
fn is_terminal(doc: &Doc, k: usize) -> bool {
    [".", "!", "?", ":", ";"].iter().any(|p| doc.is_punct(k, p))
}

/// Whether the quote opening at token `open` is the whole of what was said: it opens
/// its clause (`lo`), or follows its cue and a colon or comma.
fn stands_alone(doc: &Doc, open: usize, lo: usize) -> bool {
    open == lo
        || open > 0 && doc.is_punct(open - 1, ":")
        || open > 1 && doc.is_punct(open - 1, ",") && doc.verb(open - 2).is_some()
        || open > 0 && doc.verb(open - 1).is_some_and(|v| v.is_speech())
}

/// Whether the words between token `open` and token `after` read as a title: at most
/// eight words, every longer one capitalised ("Saturday Night Live", "Made in America").
fn is_title(doc: &Doc, open: usize, after: usize) -> bool {
    let words = || (open..after).filter(|&k| doc.is_word(k));
    let long = || words().filter(|&k| doc.word(k).chars().count() > 3);
    words().count() <= 8 && long().count() > 0 && long().all(|k| doc.is_capitalised(k))
}

/// The number of words between token `open` and token `after` (exclusive).
fn words(doc: &Doc, open: usize, after: usize) -> usize {
    (open..after).filter(|&k| doc.is_word(k)).count()
}

/// The quote's own attribution: after it, or before it in the sentence. `lo` is where
/// the text before the quote starts (the sentence or the previous quote's end), `hi`
/// where the text after it ends.
fn own_source(doc: &Doc, open: usize, after: usize, lo: usize, hi: usize) -> Option<Source> {
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
        .filter(|src| {
            hands_on
                || !stopped
                || is_dash(doc, src.cue.start)
                || closes_sentence(doc, source_end(src), hi)
        });
    if hands_on && right.is_some() {
        return right;
    }
    let left = source_before(doc, lo, open);
    // A verb of belief before the quote yields to a verb of saying after it: "The
    // rejection signals “the end”, said Lee."
    if left.as_ref().is_none_or(|l| is_belief(doc, l)) {
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

/// The token just past a source's cue and phrase.
fn source_end(src: &Source) -> usize {
    src.cue
        .end
        .max(src.np.as_ref().map_or(0, |np| np.tokens.end))
}

/// A cue clause closing the sentence after more of the writer's words: “...” in
/// comparison to the others, Smith said.
fn trailing_source(doc: &Doc, after: usize, hi: usize) -> Option<Source> {
    (after..hi)
        .filter(|&c| doc.is_punct(c, ",") && doc.quote_of(c).is_none())
        .find_map(|c| {
            let src = source_after(doc, c + 1, hi)?;
            let end = src
                .cue
                .end
                .max(src.np.as_ref().map_or(0, |np| np.tokens.end));
            let appositive = doc.is_punct(end, ",") && src.cue.start < end && src.np.is_some();
            (closes_sentence(doc, end, hi) || appositive).then_some(src)
        })
}

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
    let opens_adverbial = [
        "on", "in", "at", "during", "last", "this", "late", "early", "earlier", "to", "via",
        "before", "after", "while", "when", "as", "from", "outside", "inside",
    ]
    .iter()
    .any(|p| doc.is(from, p))
        || doc.is_in(from, Class::DATE);
    opens_adverbial
        && end - from <= 12
        && (from..end).all(|i| doc.is_word(i) || doc.is_punct(i, ","))
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
    let cue = (i..hi.min(i + 40))
        .take_while(|&k| doc.is_word(k) || doc.tag(k) == Some(Tag::Punct) && !is_terminal(doc, k))
        .find(|&k| doc.verb(k).is_some_and(|v| v.is_speech()) && !cues::is_noun_use(doc, k))?;
    let verb = doc.verb(cue)?;
    if cue == i {
        if !verb.inverts() {
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
    let np = subjects::subject_before(doc, cue, i).filter(|np| {
        np.tokens.start >= i
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
        if cues::is_noun_use(doc, k) || cues::is_passive(doc, k) {
            continue;
        }
        let cue = k..cues::cue_end(doc, k);
        let np = subjects::cue_subject(doc, k, lo)
            .or_else(|| inverted_before(doc, verb, &cue, open))
            .or_else(|| subjects::clause_subject(doc, lo, k));
        let source = Source {
            np,
            cue,
            lo,
            guess: false,
        };
        if verb.is_speech() {
            return Some(outer_speech(doc, lo, &source).unwrap_or(source));
        }
        if source.np.is_some() {
            belief.get_or_insert(source);
        }
    }
    belief
        .or_else(|| introduced(doc, lo, open))
        .or_else(|| announcing_verb(doc, lo, open))
}

/// "Prager continues, “...”": a verb outside the lexicon that introduces the quote
/// directly (its subject opening the clause, a comma or colon before the quote).
fn announcing_verb(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    let mark = open
        .checked_sub(1)
        .filter(|&m| doc.is_punct(m, ",") || doc.is_punct(m, ":"))?;
    let verb = mark.checked_sub(1).filter(|&v| v > lo)?;
    let w = doc.word(verb);
    let verb_like = doc.is_word(verb)
        && !doc.is_capitalised(verb)
        && !doc.is_in(verb, Class::STOP)
        && (w.ends_with('s') || w.ends_with("ed"));
    if !verb_like {
        return None;
    }
    let np = subjects::subject_before(doc, verb, lo)
        .filter(|np| np.tokens.start == lo && np.kind != NpKind::Relative)?;
    Some(Source {
        np: Some(np),
        cue: verb..verb + 1,
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
    let mut at = np.tokens.start;
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
    if !weak || !verb.is_speech() || cues::is_noun_use(doc, k) || cues::is_passive(doc, k) {
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

/// A quote after a colon that closes an introducing clause without a cue verb: “Smith
/// also played up his record: “...”” or “Smith: “...””. The cue is the clause's first
/// words after the subject (or the colon itself).
fn introduced(doc: &Doc, lo: usize, open: usize) -> Option<Source> {
    let colon = open
        .checked_sub(1)
        .filter(|&c| c > lo && doc.is_punct(c, ":"))?;
    if let Some(np) = names::before(doc, colon, lo).filter(|np| np.tokens.start == lo) {
        return Some(Source {
            np: Some(np),
            cue: colon..colon + 1,
            lo,
            guess: false,
        });
    }
    let np = subjects::clause_subject(doc, lo, colon)?;
    let first = np.tokens.end;
    let verb =
        (first..colon.min(first + 4)).find(|&k| doc.is_word(k) && !subjects::is_adverb(doc, k))?;
    Some(Source {
        np: Some(np),
        cue: first..verb + 1,
        lo,
        guess: false,
    })
}

/// For a sentence that ends its paragraph with a colon after a cue ("Smith added:"),
/// the attribution it announces.
fn announcing(doc: &Doc, sentence: Range<usize>) -> Option<Source> {
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
