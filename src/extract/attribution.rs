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

use super::appositives;
use super::clause_verb::clause_verb;
use super::cues;
use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::{self, Np, NpKind};
use super::nested::{enclosing, relative_of};
use super::sources::{announcing, is_belief, is_dash, own_source, trailing_source};
use super::subjects;

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
    // The sentence whose quote set `last`, if a quote did, or whose reported clause
    // closing on its cue did ("The plan failed, he said.").
    let mut quoted_in: Option<usize> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let mut in_sentence: Option<Source> = None;
        // The source of the last quote of this sentence that was kept.
        let mut kept_source: Option<Source> = None;
        // Quotes of this sentence still without a source: “...” and “...”, he said.
        let mut pending: Vec<usize> = Vec::new();
        let first_of_paragraph = s == 0 || doc.sentences[s - 1].paragraph != sentence.paragraph;
        // The token after the sentence's last quote.
        let mut tail = sentence.tokens.start;
        while let Some(quote) = doc.quotes.get(q) {
            if quote.open >= sentence.tokens.end {
                break;
            }
            let para_end = doc.paragraphs[quote.paragraph].end;
            // The clause of the quote starts after the quote before it, unless that one
            // is a title or a word quoted inside the writer's phrase.
            let start = sentence.tokens.start;
            let lo = (0..q)
                .rev()
                .map(|p| (p, &doc.quotes[p]))
                .take_while(|(_, prev)| {
                    prev.paragraph == quote.paragraph && prev.after(para_end) > start
                })
                .find(|&(p, prev)| {
                    prev.open <= start || appositives::embedded_title(doc, p).is_none()
                })
                .map_or(start, |(_, prev)| prev.after(para_end));
            let after = quote.after(para_end);
            // The text after the quote ends at the next quote, unless that one is a
            // title or a word quoted inside the writer's phrase: “...,” Bo Lane,
            // wearing “Vote Kim” pins, said.
            let hi = (q + 1..doc.quotes.len())
                .take_while(|&n| doc.quotes[n].open < sentence.tokens.end)
                .find(|&n| appositives::embedded_title(doc, n).is_none())
                .map_or(sentence.tokens.end, |n| doc.quotes[n].open);
            tail = tail.max(after);
            if is_nickname(doc, quote.open, quote.close) {
                q += 1;
                continue;
            }
            // “...” as donors waited for “...”, he said: a cue clause closing the
            // sentence past the next quote (within reach, to stay linear).
            let near_end = sentence.tokens.end <= after + 80;
            let mut own = super::turns::quoted_label(doc, quote.open, after)
                .or_else(|| name_colon(doc, quote.open, lo))
                .or_else(|| own_source(doc, quote.open, after, lo, hi))
                .or_else(|| opening_said(doc, sentence.tokens.start, quote.open))
                .or_else(|| {
                    near_end
                        .then(|| trailing_source(doc, after, sentence.tokens.end))
                        .flatten()
                });
            // "Lee says he would tell them “...”": a cue inside the reported clause
            // that holds the quote yields to the clause's own cue.
            if let Some(o) = own.as_mut() {
                if let Some(x) = enclosing(doc, &reported[r..], quote.open, o, sentence.tokens.end)
                {
                    *o = x;
                }
            }
            // “...,” she said, and those who “...”: a belief verb between two quotes
            // yields to the speech cue of the quote before.
            if own.as_ref().is_some_and(|o| is_belief(doc, o)) && in_sentence.is_some() {
                own = None;
            }
            // A cue that gave a quote kept earlier in the sentence its source keeps it
            // (“...,” said Jo Lee of Derry, N.H., at a “No-B.S.” barbecue).
            if let (Some(o), Some(prev)) = (own.as_mut(), kept_source.as_ref()) {
                if o.cue == prev.cue {
                    o.clone_from(prev);
                }
            }
            // "..., adding “...”" with no subject of its own: the sentence's speaker.
            if let (Some(o), Some(prev)) = (own.as_mut(), in_sentence.as_ref()) {
                if o.np.is_none() {
                    o.np.clone_from(&prev.np);
                    o.lo = prev.lo;
                }
            }
            let opens_sentence = quote.open == sentence.tokens.start;
            // “...,” Lee said. But, “...”: a sentence adverb or conjunction before it.
            let nearly_opens =
                opens_sentence || after_opener(doc, sentence.tokens.start, quote.open);
            let source = own
                .or_else(|| in_sentence.clone())
                // A credit line right after the paragraph outranks the speaker of the
                // paragraph before.
                .or_else(|| credit_line(doc, quote.paragraph + 1))
                .or_else(|| bracket_credit(doc, quote.paragraph, after))
                .or_else(|| {
                    let (src, paragraph) = last.as_ref()?;
                    let same_paragraph = *paragraph == sentence.paragraph;
                    let previous_paragraph =
                        *paragraph + 1 == sentence.paragraph && first_of_paragraph;
                    (nearly_opens && (same_paragraph || previous_paragraph)).then(|| src.clone())
                })
                .or_else(|| {
                    let previous = s.checked_sub(1)?;
                    (opens_sentence && words(doc, quote.open, after) >= MIN_WORDS)
                        .then(|| topic(doc, previous))
                        .flatten()
                });
            let long = words(doc, quote.open, after) >= MIN_WORDS;
            // An unattributed run of capitalised words is a title ("The Long Road Home"),
            // and so is one after a preposition with its cue after it ("Speaking on
            // “Good Day Ohio,” she said ...").
            let cued_after = source.as_ref().is_some_and(|s| s.cue.start >= after);
            let after_preposition =
                cued_after && quote.open > 0 && subjects::is_preposition(doc, quote.open - 1)
                    || names_a_work(doc, quote.open);
            let title = (source.is_none() || after_preposition) && is_title(doc, quote.open, after);
            let kept =
                long && !title || source.is_some() && !title && stands_alone(doc, quote.open, lo);
            if kept {
                // A quote inside a clause with no cue at all: the clause's subject, not
                // handed on to the quotes after it.
                let clause = || (!opens_sentence).then(|| clause_verb(doc, lo, quote.open));
                // “...,” she says. It's “...”: a quote inside the sentence right after
                // a quoted one, with no cue of its own, continues its speaker.
                let continued = || {
                    let (src, paragraph) = last.as_ref()?;
                    (quoted_in == s.checked_sub(1) && *paragraph == sentence.paragraph)
                        .then(|| src.clone())
                };
                let own = source
                    .clone()
                    .or_else(|| clause().flatten())
                    .or_else(continued);
                if own.is_none() {
                    pending.push(out.len());
                }
                kept_source.clone_from(&own);
                out.push(DirectQuote {
                    quote: q,
                    source: own,
                });
            }
            if let Some(src) = source {
                for i in pending.drain(..) {
                    out[i].source = Some(src.clone());
                }
                in_sentence = Some(src.clone());
                // “...,” Lee told the AP after hinting that “changes” could come: a word
                // quoted in passing by the speaker of a quote before it (or by a "who"
                // hanging on that speaker: "said Lee, who noted that prices had
                // “cratered”") hands on that quote's cue.
                let passing = kept_source.as_ref().filter(|k| {
                    !kept
                        && (k.np.as_ref().map(|n| &n.tokens) == src.np.as_ref().map(|n| &n.tokens)
                            || relative_of(doc, k, &src))
                });
                last = Some((passing.cloned().unwrap_or(src), sentence.paragraph));
                quoted_in = Some(s);
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
        // "In response to Lee's charge that ..., she said ...": a verb of saying reports
        // for the sentence before a noun of saying does.
        let in_this = reported[r.min(reported.len())..]
            .iter()
            .take_while(|x| x.cue.start < sentence.tokens.end);
        let reporting = in_this
            .clone()
            .find(|x| doc.verb(x.cue.start).is_some() && !cues::is_speech_noun(doc, x.cue.start))
            .or_else(|| in_this.clone().next())
            .filter(|_| in_sentence.is_none())
            .map(|x| Source {
                np: Some(x.np.clone()),
                cue: x.cue.clone(),
                lo: x.lo,
                guess: false,
            });
        let src = announcing(doc, sentence.tokens.clone())
            .or(reporting)
            .or_else(|| {
                in_sentence
                    .as_ref()
                    .and(adding(doc, &reported[r..], tail, sentence.tokens.end))
            });
        if let Some(src) = src {
            // "The plan failed, he said. It was “a mess”": the next sentence goes on
            // telling what he said.
            let trailing = reported
                .get(r)
                .is_some_and(|x| x.cue == src.cue && x.content.end <= x.cue.start);
            quoted_in = trailing.then_some(s);
            last = Some((src, sentence.paragraph));
        }
    }
    out
}

/// The forms of "add".
const ADD: &[&str] = &["add", "adds", "added", "adding"];

/// Whether the cue at token `k` says that more was said: a form of "add", or of "go
/// on to" ("going on to contrast", "went on to say").
fn says_more(doc: &Doc, k: usize) -> bool {
    ADD.iter().any(|w| doc.is(k, w)) || super::chains::goes_on(doc, k) && doc.is(k + 2, "to")
}

/// “...,” he said, adding that ...: a form of "add" (or "going on to") after the
/// sentence's last quote (from token `tail`) that reports more; it hands its speaker
/// and cue on to a quote that follows with no cue of its own. Other verbs there
/// ("suggesting", "pointing out") tell how, not what else, was said, and leave the
/// quote to the first cue.
fn adding(doc: &Doc, reported: &[Reported], tail: usize, end: usize) -> Option<Source> {
    reported
        .iter()
        .take_while(|x| x.cue.start < end)
        .filter(|x| x.cue.start >= tail && says_more(doc, x.cue.start))
        .last()
        .map(|x| Source {
            np: Some(x.np.clone()),
            cue: x.cue.clone(),
            lo: x.lo,
            guess: false,
        })
}

/// “Jo Lee: “...”” at the start of a clause, or after a dash ("Polls agree - Jo Lee:
/// “...”") or "more from" ("More from Lee: “...”"), not "was from Ohio: “...”": the
/// name before the colon is the source and the colon the cue.
fn name_colon(doc: &Doc, open: usize, lo: usize) -> Option<Source> {
    let colon = open.checked_sub(1).filter(|&c| doc.is_punct(c, ":"))?;
    // Not "Added Lee: “...”", an inverted cue; "Rep. Jo Lee (D-Ohio): “...”" too.
    let np = subjects::before_parenthesis(doc, colon, lo).filter(|np| {
        np.kind == NpKind::Phrase
            && doc.is_capitalised(np.head)
            && (np.head + 1 == colon || doc.is_punct(colon - 1, ")"))
            && cues::verb(&doc.word(np.tokens.start).to_ascii_lowercase()).is_none()
    })?;
    // "Jo Lee and Bo Kim: “...”": names joined by "and".
    let mut start = np.tokens.start;
    if start > lo + 1 && doc.is(start - 1, "and") {
        if let Some(first) = names::before(doc, start - 1, lo)
            .filter(|f| f.kind == NpKind::Phrase && doc.is_capitalised(f.head))
        {
            start = first.tokens.start;
        }
    }
    let np = Np {
        tokens: start..np.tokens.end,
        ..np
    };
    let opens = start == lo
        || start > lo && is_dash(doc, start - 1)
        || start > lo + 1 && doc.is(start - 1, "from") && doc.is(start - 2, "more");
    let named = |k: usize| doc.is_capitalised(k) || !doc.is_word(k) || doc.is(k, "and");
    (opens && (start..colon).all(named)).then_some(Source {
        np: Some(np),
        cue: colon..open,
        lo,
        guess: false,
    })
}

/// "Said Jo Lee, who grew up there, “...”": a sentence opening on "said" or "says" and
/// its subject, then the quote at `open`.
fn opening_said(doc: &Doc, start: usize, open: usize) -> Option<Source> {
    if open < start + 3 || !(doc.is(start, "said") || doc.is(start, "says")) {
        return None;
    }
    let np = names::after(doc, start + 1, open)
        .filter(|np| doc.is_capitalised(np.head) || doc.is_in(np.head, Class::ROLE))?;
    let e = np.tokens.end;
    let closed = e == open || doc.is_punct(e, ",") || doc.is_punct(e, ":");
    closed.then_some(Source {
        np: Some(np),
        cue: start..start + 1,
        lo: start,
        guess: false,
    })
}

/// Whether only a sentence adverb or conjunction and commas lie between the sentence
/// start and the quote at `open`: "But, “...”", "And now “...”".
fn after_opener(doc: &Doc, start: usize, open: usize) -> bool {
    const OPENERS: &[&str] = &[
        "again", "also", "and", "but", "finally", "however", "later", "now", "plus", "so", "still",
        "then", "yet",
    ];
    open > start
        && open <= start + 3
        && (start..open).all(|k| doc.is_punct(k, ",") || OPENERS.iter().any(|w| doc.is(k, w)))
}

/// The person a sentence is about, for a quote that follows it with no cue at all
/// ("Lee is unapologetic. “...”"): its subject, a pronoun or a name, at its start or
/// after an opening phrase ("In 2015, Lee ..."). The cue is the verb of saying after
/// it, if there is one, else left empty.
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
        // "Lee agreed. “...”": a verb of saying right after the subject is the cue.
        let e = np.tokens.end;
        let cue = if doc.verb(e).is_some() && !cues::is_noun_use(doc, e) {
            e..cues::cue_end(doc, e)
        } else {
            e..e
        };
        (named && verb_follows && !doc.is(np.head, "it")).then_some(Source {
            cue,
            np: Some(np),
            lo: k,
            guess: true,
        })
    })
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

/// A bracketed credit closing paragraph `p` after the quote ending before token
/// `after`, as news digests print where a passage comes from ("... [Daily Herald.]"):
/// the bracket is the cue.
fn bracket_credit(doc: &Doc, p: usize, after: usize) -> Option<Source> {
    let range = doc.paragraphs.get(p)?.clone();
    let close = range
        .end
        .checked_sub(1)
        .filter(|&c| c >= after && doc.is_punct(c, "]"))?;
    let open = (after.max(close.saturating_sub(8))..close)
        .rev()
        .find(|&k| doc.is_punct(k, "["))?;
    let inner = open + 1..close;
    let plain = inner
        .clone()
        .all(|k| doc.is_word(k) || doc.is_punct(k, ".") || doc.is_punct(k, "-"));
    (close > open + 1 && doc.is_capitalised(open + 1) && plain).then_some(Source {
        np: None,
        cue: open..close + 1,
        lo: open,
        guess: false,
    })
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

/// Whether the quote opening at token `open` is the whole of what was said: it opens
/// its clause (`lo`), or follows its cue and a colon or comma.
fn stands_alone(doc: &Doc, open: usize, lo: usize) -> bool {
    open == lo
        || open > 0 && doc.is_punct(open - 1, ":")
        || open > 1 && doc.is_punct(open - 1, ",") && doc.verb(open - 2).is_some()
        || open > 0 && doc.verb(open - 1).is_some_and(|v| v.is_speech())
}

/// Whether the words between token `open` and token `after` read as a title: at most
/// eight words, every longer one capitalised but for function words ("Saturday Night
/// Live", "Made in America", "This Week with George Stephanopoulos").
fn is_title(doc: &Doc, open: usize, after: usize) -> bool {
    let words = || (open..after).filter(|&k| doc.is_word(k));
    let long =
        || words().filter(|&k| doc.word(k).chars().count() > 3 && !doc.is_in(k, Class::STOP));
    words().count() <= 8 && long().count() > 0 && long().all(|k| doc.is_capitalised(k))
}

/// Whether the quote opening at token `open` follows a preposition of where or what a
/// work is, or the addressee of "told", alone or with its owner: "said on “Meet the
/// Press.”", "told “Fox and Friends”", "told NBC’s “Today”",
/// "wrote in “The Art of the Deal”": a title there names the work, not words said.
fn names_a_work(doc: &Doc, open: usize) -> bool {
    let at = |k: usize| ["on", "in", "from"].iter().any(|p| doc.is(k, p));
    let owner = |k: usize| doc.is_capitalised(k) && names::is_possessive(doc.word(k));
    // "told “Fox and Friends”": the addressee of "told".
    let told = |k: usize| doc.verb(k).is_some_and(|v| v.takes_addressee());
    if open > 0 && (at(open - 1) || told(open - 1)) {
        return true;
    }
    // "on Fox News’s “...”": the owner's name may run to a few words.
    if open < 2 || !owner(open - 1) {
        return false;
    }
    let mut k = open - 2;
    while k > 0 && k + 5 > open && doc.is_word(k) && doc.is_capitalised(k) {
        k -= 1;
    }
    at(k) || doc.verb(k).is_some()
}

/// The number of words between token `open` and token `after` (exclusive).
fn words(doc: &Doc, open: usize, after: usize) -> usize {
    (open..after).filter(|&k| doc.is_word(k)).count()
}

/// "— Jo Lee" at token `dash`: the name after a dash, reaching a comma or the end `hi`.
pub(super) fn dash_source(doc: &Doc, dash: usize, hi: usize) -> Option<Source> {
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
