//! Pairing quote marks into quoted spans, paragraph by paragraph.
//!
//! Curly marks and guillemets say which way they face; straight `"` and NYT-style `''`
//! toggle, helped by what surrounds them. Pairing never crosses a paragraph: a quote
//! still open at a paragraph's end runs to that end, and is marked as continuing when
//! the next paragraph reopens with a mark (the newswire convention for a quote that
//! spans paragraphs). An odd mark therefore spoils at most one paragraph. Single curly
//! quotes (‘inner’) are left as text. Who said a quote is `attribution`'s business.

use std::ops::Range;

use super::cues;
use super::tokens::{Tag, Token};

/// One quoted span.
///
/// Invariant: `span` is non-empty, lies between the marks, on char boundaries, and
/// inside the paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    /// Index of the paragraph holding the quote.
    pub paragraph: usize,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the quote runs to the paragraph end.
    pub close: Option<usize>,
    /// Whether the quote runs on into the next paragraph, which reopens with a mark.
    pub continues: bool,
    /// For a quote whose closing mark is missing, the token where its words end when
    /// its attribution follows inside the paragraph ("...the start, said Lee, who").
    pub cut: Option<usize>,
    /// Byte span of the quoted words, without the marks and surrounding spaces.
    pub span: Range<usize>,
}

impl Quote {
    /// The token index just past the quote (past its closing mark, at its cut, or the
    /// paragraph's end when it runs on).
    pub(crate) fn after(&self, paragraph_end: usize) -> usize {
        self.close
            .map_or(self.cut.unwrap_or(paragraph_end), |c| c + 1)
    }
}

/// How an open quote was opened: curly marks and guillemets wait for their closing
/// partner and treat straight marks inside as nested quotes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Curly,
    Straight,
}

/// Pairs the quote marks of every paragraph. `paragraphs` are token index ranges into
/// `tokens`, in order. Returns the quotes in text order.
pub(crate) fn find(text: &str, tokens: &[Token], paragraphs: &[Range<usize>]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for (p, range) in paragraphs.iter().enumerate() {
        let next_reopens = paragraphs
            .get(p + 1)
            .and_then(|next| tokens.get(next.start))
            .is_some_and(|t| t.tag == Tag::Open || (t.tag == Tag::Straight && opens(text, t)));
        pair_paragraph(text, tokens, p, range.clone(), next_reopens, &mut quotes);
    }
    quotes
}

/// Pairs the marks of one paragraph, appending its quotes to `out`.
fn pair_paragraph(
    text: &str,
    tokens: &[Token],
    paragraph: usize,
    range: Range<usize>,
    next_reopens: bool,
    out: &mut Vec<Quote>,
) {
    let mut add = |open: usize, close: Option<usize>, continues: bool| {
        let cut = (close.is_none() && !continues)
            .then(|| missing_close(text, tokens, open, range.end))
            .flatten();
        let end = close.or(cut).unwrap_or(range.end);
        if let Some(span) = quoted_span(text, tokens, open, end) {
            out.push(Quote {
                paragraph,
                open,
                close,
                continues,
                cut,
                span,
            });
        }
    };
    let mut open: Option<(usize, Style)> = None;
    // Curly quotes nested inside the open one whose right marks are still to come.
    let mut nested = 0;
    for i in range.clone() {
        let Some(t) = tokens.get(i) else { break };
        open = match (open, t.tag) {
            (_, Tag::Word | Tag::Punct) => continue,
            (None, Tag::Open) => Some((i, Style::Curly)),
            // A right mark facing a word on its right is a typo for a left mark.
            (None, Tag::Close) => (opens(text, t) && !closes(text, t)).then_some((i, Style::Curly)),
            (None, _) => (!closes(text, t) || opens(text, t)).then_some((i, Style::Straight)),
            (Some((o, Style::Curly)), Tag::Open) => {
                // A left mark facing left closes a quote whose right mark was mistyped;
                // otherwise the earlier mark never closed, so start again here.
                if closes(text, t) && !opens(text, t) {
                    add(o, Some(i), false);
                    None
                } else if opens_nested(tokens, i, range.end) {
                    nested += 1;
                    Some((o, Style::Curly))
                } else {
                    Some((i, Style::Curly))
                }
            }
            // Its right mark ends the quotation within; with no straight mark left in the
            // paragraph, it ends the outer quote too.
            (Some((o, Style::Straight)), Tag::Close) if nested > 0 => {
                nested -= 1;
                let rest = tokens.get(i + 1..range.end).unwrap_or(&[]);
                let straight_follows = rest.iter().any(|t| t.tag == Tag::Straight);
                if straight_follows || rest.iter().any(|t| t.tag == Tag::Word) {
                    Some((o, Style::Straight))
                } else {
                    add(o, Some(i), false);
                    None
                }
            }
            (Some((o, Style::Curly)), Tag::Close) if nested > 0 => {
                nested -= 1;
                Some((o, Style::Curly))
            }
            // A straight mark inside curly marks is a nested quote, unless it faces left
            // and no right curly mark follows: a mistyped right mark.
            (Some((o, Style::Curly)), Tag::Straight) => {
                let last_close = !tokens[i + 1..range.end].iter().any(|t| t.tag == Tag::Close);
                let left_only = closes(text, t) && !opens(text, t);
                if nested == 0
                    && left_only
                    && (last_close || attributed(text, tokens, i, range.end))
                {
                    add(o, Some(i), false);
                    None
                } else {
                    Some((o, Style::Curly))
                }
            }
            (Some((o, _)), Tag::Close | Tag::Straight) => {
                nested = 0;
                add(o, Some(i), false);
                None
            }
            // A left curly mark right after a colon or comma inside a straight quote opens
            // a quotation within it ("... I'll read you the question: “...”"); anywhere
            // else the straight mark was stray and the curly quote starts afresh.
            (Some((o, Style::Straight)), Tag::Open) => {
                let introduced = i > 0
                    && [":", ","]
                        .iter()
                        .any(|p| tokens[i - 1].tag == Tag::Punct && tokens[i - 1].text(text) == *p);
                if introduced || within_straight(text, tokens, o, i, range.end) {
                    nested += 1;
                    Some((o, Style::Straight))
                } else {
                    Some((i, Style::Curly))
                }
            }
        };
    }
    if let Some((o, _)) = open {
        add(o, None, next_reopens);
    }
}

/// For a quote opened at token `open` and never closed before `end`, where its words
/// end if an attribution follows inside it: a comma, then "said Lee" or "Lee said".
fn missing_close(text: &str, tokens: &[Token], open: usize, end: usize) -> Option<usize> {
    let is_cue = |t: &Token| cues::verb(t.text(text)).is_some_and(|v| v.is_speech());
    let capital = |t: &Token| t.tag == Tag::Word && t.text(text).starts_with(char::is_uppercase);
    (open + 2..end).find(|&c| {
        let Some(rest) = tokens.get(c + 1..end.min(c + 5)) else {
            return false;
        };
        tokens[c].text(text) == "," && attribution_opens(rest, &is_cue, &capital)
    })
}

/// Whether `rest` (the few tokens after a comma) opens an attribution: "said Lee" or
/// "Lee said" (names, then a verb of speech), with `named` telling a name and `is_cue`
/// a verb of speech.
fn attribution_opens(
    rest: &[Token],
    is_cue: &dyn Fn(&Token) -> bool,
    named: &dyn Fn(&Token) -> bool,
) -> bool {
    match rest {
        [verb, name, ..] if is_cue(verb) => named(name),
        [name, tail @ ..] if named(name) => tail
            .iter()
            .take_while(|t| named(t) || is_cue(t))
            .any(is_cue),
        _ => false,
    }
}

/// Whether the straight mark at token `i` ends a quote with a comma and is followed by
/// its attribution ("... win,\" Lee said" or "... win,\" said Lee"): then it is a
/// mistyped right mark, not the end of a quotation within a curly quote.
fn attributed(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let is_cue = |t: &Token| cues::verb(t.text(text)).is_some_and(|v| v.is_speech());
    let named = |t: &Token| {
        let w = t.text(text);
        t.tag == Tag::Word
            && (w.starts_with(char::is_uppercase) || ["he", "she", "they"].contains(&w))
    };
    let comma = i > 0 && tokens[i - 1].text(text) == ",";
    let rest = tokens.get(i + 1..end.min(i + 5)).unwrap_or(&[]);
    comma && attribution_opens(rest, &is_cue, &named)
}

/// Whether the left curly mark at token `i`, met inside an open curly quote, opens a
/// nested one: the next two curly marks before `end` are both right marks (“he called
/// it “bad” today”), where a missing right mark would show another left one first.
fn opens_nested(tokens: &[Token], i: usize, end: usize) -> bool {
    let mut marks = tokens
        .get(i + 1..end)
        .unwrap_or(&[])
        .iter()
        .filter(|t| matches!(t.tag, Tag::Open | Tag::Close))
        .map(|t| t.tag);
    marks.next() == Some(Tag::Close) && marks.next() == Some(Tag::Close)
}

/// Whether the left curly mark at token `i` opens a quotation within the straight quote
/// opened at token `o` ("\"The department isn't about “Equal Justice” anymore."): the
/// straight mark faces right, words lie between the two marks, and the next curly mark
/// closes. A curly mark right after the straight one (a paragraph wrapped whole in
/// straight marks) or after a verb of saying ("she called it a “rant,”", an excerpt
/// with its own attributions) opens a quotation of its own.
fn within_straight(text: &str, tokens: &[Token], o: usize, i: usize, end: usize) -> bool {
    let cued = tokens[o + 1..i]
        .iter()
        .rev()
        .take(2)
        .any(|t| cues::verb(t.text(text)).is_some());
    let next_mark = tokens
        .get(i + 1..end)
        .unwrap_or(&[])
        .iter()
        .find(|t| matches!(t.tag, Tag::Open | Tag::Close));
    i > o + 1 && !cued && opens(text, &tokens[o]) && next_mark.is_some_and(|t| t.tag == Tag::Close)
}

/// The byte span of the words between token `open` and token `end` (exclusive), or
/// `None` when no word lies between them.
fn quoted_span(text: &str, tokens: &[Token], open: usize, end: usize) -> Option<Range<usize>> {
    let inner = tokens.get(open + 1..end)?;
    let (first, last) = (inner.first()?, inner.last()?);
    let has_word = inner.iter().any(|t| t.tag == Tag::Word);
    (has_word && text.get(first.start()..last.end()).is_some()).then_some(first.start()..last.end())
}

/// Whether a mark faces right: it starts a word (space or opening punctuation before
/// it, a non-space after it).
pub(crate) fn opens(text: &str, t: &Token) -> bool {
    let before = text[..t.start()].chars().next_back();
    let after = text[t.end()..].chars().next();
    let free_before =
        before.is_none_or(|c| c.is_whitespace() || "([{\u{2014}\u{2013}-:/".contains(c));
    let word_after = after.is_some_and(|c| !c.is_whitespace());
    (free_before || before == Some(':')) && word_after
}

/// Whether a mark faces left: it ends a word (a non-space before it, space or closing
/// punctuation after it).
pub(crate) fn closes(text: &str, t: &Token) -> bool {
    let before = text[..t.start()].chars().next_back();
    let after = text[t.end()..].chars().next();
    let word_before = before.is_some_and(|c| !c.is_whitespace());
    let free_after =
        after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}\u{2014}\u{2013}-".contains(c));
    word_before && free_after
}
