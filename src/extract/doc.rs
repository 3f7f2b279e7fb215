//! An article cut up once for every later pass: tokens, paragraphs, quotes and
//! sentences, with lookups between them.
//!
//! Owns no linguistics beyond that; `names`, `speaker`, `attribution` and `indirect`
//! read it.

use std::cell::{Cell as Slot, RefCell};
use std::collections::HashMap;
use std::ops::Range;

use super::cues::{self, Verb};
use super::lexicon::{self, Class};
use super::names::Np;
use super::quotes::{self, Quote};
use super::runs;
use super::sentences;
use super::tokens::{self, Tag, Token};

/// No quote or sentence.
const NONE: u32 = u32::MAX;

/// One sentence: a token range inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Index of the paragraph.
    pub paragraph: usize,
    /// Token indices.
    pub tokens: Range<usize>,
}

/// What is asked of one token, cut and looked up once.
#[derive(Clone, Copy)]
struct Cell<'a> {
    /// The token's text.
    word: &'a str,
    /// Its word classes (empty for punctuation and marks).
    class: Class,
    /// What it is.
    tag: Tag,
    /// Whether it is a word whose first char is upper-case.
    capital: bool,
}

/// The tokens, quotes and sentences of an article.
///
/// Invariant: tokens are in text order; each paragraph's tokens are contiguous;
/// sentences tile their paragraph's tokens.
pub(crate) struct Doc<'a> {
    /// The whole article text.
    pub text: &'a str,
    /// Every token of every paragraph.
    pub tokens: Vec<Token>,
    /// Per paragraph given to `extract`, its token range (empty if the span was bad).
    pub paragraphs: Vec<Range<usize>>,
    /// The quotes, in text order.
    pub quotes: Vec<Quote>,
    /// The sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Per token, what every pass asks of it many times over, in one place.
    cells: Vec<Cell<'a>>,
    /// Per token, the quote holding it (marks included), or `NONE`.
    quote_of: Vec<u32>,
    /// Per token, its sentence.
    sentence_of: Vec<u32>,
    /// `subjects::subject_before` by cue and bound, asked again for the same tokens by
    /// every later cue of a sentence that looks back over them.
    pub subjects: RefCell<HashMap<(usize, usize), Option<Np>, foldhash::fast::RandomState>>,
    /// Per token, the answers of [`Memo`] rules asked so far: a nibble each, the answer
    /// plus one (0 until asked).
    memo: Vec<Slot<u8>>,
}

/// Per-token rules whose answer depends on the `Doc` alone and that are asked of the
/// same token again and again (a phrase is read back from each cue after it), so
/// [`Doc::memo`] keeps their first answer. Each names its nibble of the memo byte.
#[derive(Clone, Copy)]
pub(crate) enum Memo {
    /// `names::role`.
    Role = 0,
    /// `noun_use::is_noun_use`.
    NounUse = 4,
}

impl<'a> Doc<'a> {
    /// Cuts up `text`; paragraph spans that are out of range, off char boundaries or out
    /// of order are treated as empty.
    pub(crate) fn new(text: &'a str, paragraphs: &[Range<usize>]) -> Doc<'a> {
        // About a token per five bytes of the spans (the title line alone is a short one).
        let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();
        let mut tokens = Vec::with_capacity(bytes.min(text.len()) / 5);
        let mut ranges = Vec::with_capacity(paragraphs.len());
        let mut floor = 0;
        for span in paragraphs {
            let start = tokens.len();
            if span.start >= floor && span.start <= span.end && text.get(span.clone()).is_some() {
                tokens::tokenize(text, span.clone(), &mut tokens);
                floor = span.end;
            }
            ranges.push(start..tokens.len());
        }
        let quotes = quotes::find(text, &tokens, &ranges);
        let mut quote_of = vec![NONE; tokens.len()];
        for (q, quote) in quotes.iter().enumerate() {
            let end = quote.after(ranges[quote.paragraph].end);
            for slot in &mut quote_of[quote.open..end] {
                *slot = u32::try_from(q).unwrap_or(NONE);
            }
        }
        let mut closing = vec![false; tokens.len()];
        for c in quotes.iter().filter_map(|q| q.close) {
            closing[c] = true;
        }
        let in_quote = |i: usize| quote_of.get(i).is_some_and(|&q| q != NONE);
        let closes = |i: usize| closing.get(i).copied().unwrap_or(false);
        let marks = sentences::Marks {
            in_quote: &in_quote,
            closes: &closes,
        };
        let mut sentences = Vec::new();
        let mut spans = Vec::new();
        for (p, range) in ranges.iter().enumerate() {
            spans.clear();
            sentences::split(text, &tokens, range.clone(), &marks, &mut spans);
            sentences.extend(spans.drain(..).map(|tokens| Sentence {
                paragraph: p,
                tokens,
            }));
        }
        let mut sentence_of = vec![NONE; tokens.len()];
        for (s, sentence) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[sentence.tokens.clone()] {
                *slot = u32::try_from(s).unwrap_or(NONE);
            }
        }
        let mut cells: Vec<Cell> = tokens
            .iter()
            .map(|t| {
                let word = t.text(text);
                Cell {
                    word,
                    class: match t.tag {
                        // "Friday’s" is in the classes of "Friday", but for the exact
                        // lists.
                        Tag::Word => {
                            let stem = runs::strip_possessive(word);
                            let class = lexicon::classify(stem);
                            match stem.len() == word.len() {
                                true => class,
                                false => class.without(Class::EXACT),
                            }
                        }
                        _ => Class::default(),
                    },
                    tag: t.tag,
                    capital: t.is_capitalised(),
                }
            })
            .collect();
        // "Acknowledging that ..., Lee said": a participle opening its sentence before
        // "that" is the verb its lower-case form is.
        for sentence in &sentences {
            let i = sentence.tokens.start;
            let opens = cells.get(i).zip(cells.get(i + 1)).is_some_and(|(c, next)| {
                c.tag == Tag::Word
                    && c.word.len() > 5
                    && c.word.ends_with("ing")
                    && c.word.starts_with(|c: char| c.is_ascii_uppercase())
                    && next.tag == Tag::Word
                    && next.word == "that"
            });
            if let Some(cell) = cells.get_mut(i).filter(|_| opens) {
                cell.class = cell
                    .class
                    .or(lexicon::classify(&cell.word.to_ascii_lowercase()).without(Class::EXACT));
            }
        }
        Doc {
            text,
            memo: vec![Slot::new(0); tokens.len()],
            tokens,
            cells,
            paragraphs: ranges,
            quotes,
            sentences,
            quote_of,
            sentence_of,
            // Sized for a typical article's cues, so that it seldom grows.
            subjects: RefCell::new(HashMap::with_capacity_and_hasher(
                32,
                foldhash::fast::RandomState::default(),
            )),
        }
    }

    /// The text of token `i` ("" past the end).
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.cells.get(i).map_or("", |c| c.word)
    }

    /// The tag of token `i`, if there is one.
    #[inline]
    pub(crate) fn tag(&self, i: usize) -> Option<Tag> {
        self.cells.get(i).map(|c| c.tag)
    }

    /// Whether token `i` is a word.
    #[inline]
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.tag(i) == Some(Tag::Word)
    }

    /// Whether token `i` is a punctuation token with text `p`.
    #[inline]
    pub(crate) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tag(i) == Some(Tag::Punct) && self.word(i) == p
    }

    /// Whether token `i` is a word starting with a capital.
    #[inline]
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.cells.get(i).is_some_and(|c| c.capital)
    }

    /// Whether token `i` is a word of (one of) the word classes `class`.
    #[inline]
    pub(crate) fn is_in(&self, i: usize, class: Class) -> bool {
        self.cells.get(i).is_some_and(|c| c.class.has(class))
    }

    /// The reporting verb token `i` is, if any (a verb like "put" only with its
    /// particle: "put it"; "appeared" only before its complement, not "appeared on
    /// television").
    #[inline]
    pub(crate) fn verb(&self, i: usize) -> Option<Verb> {
        // Asked of most words, which are no verb: that much is answered inline.
        let verb = self.verb_form(i)?;
        self.verb_here(i, verb)
    }

    /// [`Doc::verb`] for a token that has the form of reporting verb `verb`.
    fn verb_here(&self, i: usize, verb: Verb) -> Option<Verb> {
        if verb.is_linking() && self.is_place_after(i + 1) {
            return None;
        }
        (!verb.needs_particle() || cues::cue_end(self, i) > i + 1).then_some(verb)
    }

    /// Whether token `i` opens a place, an occasion or a party ("on television", "in
    /// person", "before Congress", "against Utah"), which a verb of seeming or judging
    /// does not report.
    fn is_place_after(&self, i: usize) -> bool {
        [
            "on",
            "in",
            "at",
            "against",
            "before",
            "with",
            "beside",
            "alongside",
            "together",
            "onstage",
            "inside",
            "outside",
            "behind",
            "during",
            "after",
            "from",
            "across",
            "for",
            "the",
            "a",
            "an",
        ]
        .iter()
        .any(|w| self.is(i, w))
    }

    /// The reporting verb token `i` is a form of, with or without its particle.
    #[inline]
    pub(crate) fn verb_form(&self, i: usize) -> Option<Verb> {
        self.cells.get(i)?.class.verb()
    }

    /// Whether token `i` is the word `w`, ignoring ASCII case.
    #[inline(always)]
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        match self.cells.get(i) {
            Some(c) if c.word.len() == w.len() && c.tag == Tag::Word => {
                c.word.as_bytes().eq_ignore_ascii_case(w.as_bytes())
            }
            _ => false,
        }
    }

    /// The answer of rule `memo` for token `i`: `compute()` on first asking (and for a
    /// token out of range), the kept answer after. Answers must be below 15.
    #[inline]
    pub(crate) fn memo(&self, i: usize, memo: Memo, compute: impl FnOnce() -> u8) -> u8 {
        let Some(slot) = self.memo.get(i) else {
            return compute();
        };
        let shift = memo as u8;
        let held = (slot.get() >> shift) & 0xf;
        if held != 0 {
            return held - 1;
        }
        let answer = compute();
        debug_assert!(answer < 15, "a memo answer must fit a nibble");
        slot.set(slot.get() | ((answer + 1) & 0xf) << shift);
        answer
    }

    /// The quote holding token `i` (its marks included), if any.
    #[inline]
    pub(crate) fn quote_of(&self, i: usize) -> Option<usize> {
        self.quote_of
            .get(i)
            .filter(|&&q| q != NONE)
            .map(|&q| q as usize)
    }

    /// The sentence holding token `i`.
    #[inline]
    pub(crate) fn sentence_of(&self, i: usize) -> Option<usize> {
        self.sentence_of
            .get(i)
            .filter(|&&s| s != NONE)
            .map(|&s| s as usize)
    }

    /// Whether token `i` opens its sentence.
    #[inline]
    pub(crate) fn starts_sentence(&self, i: usize) -> bool {
        self.sentence_of(i)
            .and_then(|s| self.sentences.get(s))
            .is_some_and(|s| s.tokens.start == i)
    }

    /// The byte span from the start of token `first` to the end of token `last`.
    #[inline]
    pub(crate) fn span(&self, first: usize, last: usize) -> Range<usize> {
        match (self.tokens.get(first), self.tokens.get(last)) {
            (Some(a), Some(b)) if a.start() <= b.end() => a.start()..b.end(),
            _ => 0..0,
        }
    }

    /// The text of tokens `range` (from the first one's start to the last one's end).
    pub(crate) fn slice(&self, range: Range<usize>) -> &'a str {
        if range.is_empty() {
            return "";
        }
        self.text
            .get(self.span(range.start, range.end - 1))
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessive_is_in_its_stems_classes_but_not_in_exact_lists() {
        let text = "Friday’s deal: one’s claim, one claim.";
        let doc = Doc::new(text, std::slice::from_ref(&(0..text.len())));
        assert!(doc.is_in(0, Class::DATE));
        let one = (0..doc.tokens.len()).filter(|&i| doc.word(i).starts_with("one"));
        assert_eq!(
            one.map(|i| doc.is_in(i, Class::ALONE)).collect::<Vec<_>>(),
            [false, true]
        );
        // A noun of saying after a possessive is one all the same.
        let claim = (0..doc.tokens.len()).filter(|&i| doc.word(i) == "claim");
        assert_eq!(
            claim
                .map(|i| doc.is_in(i, Class::SPEECH_NOUN))
                .collect::<Vec<_>>(),
            [true, true]
        );
    }

    #[test]
    fn a_memo_answers_once_per_token_and_rule() {
        let text = "Lee said it.";
        let doc = Doc::new(text, std::slice::from_ref(&(0..text.len())));
        let asked = std::cell::Cell::new(0);
        let ask = |answer: u8| {
            asked.set(asked.get() + 1);
            answer
        };
        assert_eq!(doc.memo(1, Memo::Role, || ask(3)), 3);
        assert_eq!(doc.memo(1, Memo::Role, || ask(9)), 3);
        assert_eq!(asked.get(), 1);
        // The other rule's nibble of the same token, and another token, are their own.
        assert_eq!(doc.memo(1, Memo::NounUse, || ask(0)), 0);
        assert_eq!(doc.memo(1, Memo::NounUse, || ask(1)), 0);
        assert_eq!(doc.memo(2, Memo::Role, || ask(14)), 14);
        assert_eq!(doc.memo(2, Memo::Role, || ask(0)), 14);
        assert_eq!(asked.get(), 3);
        // Past the last token nothing is kept.
        assert_eq!(doc.memo(99, Memo::Role, || ask(2)), 2);
        assert_eq!(doc.memo(99, Memo::Role, || ask(4)), 4);
        assert_eq!(doc.memo(1, Memo::Role, || ask(0)), 3);
    }
}
