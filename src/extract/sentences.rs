//! Sentence boundaries within a paragraph, over its tokens.
//!
//! A full stop, question or exclamation mark ends a sentence when what follows starts
//! a new one (a capital, a digit, an opening quote mark). Inside a quote nothing ends a
//! sentence, so a quoted passage of several sentences stays with its attribution; a
//! closing mark after `.`, `?` or `!` ends one unless the next words are the quote's
//! attribution (“We won.” Smith said.).

use std::ops::Range;

use super::cues;
use super::lexicon::{self, Class};
use super::sources::ADVERBIAL_OPENERS;
use super::tokens::{Tag, Token};

/// What the quote pairing says about a token: whether it lies inside a quote (marks
/// included), and whether it is a quote's closing mark.
pub(crate) struct Marks<'a> {
    /// Whether token `i` lies inside a quote, marks included.
    pub in_quote: &'a dyn Fn(usize) -> bool,
    /// Whether token `i` closes a quote.
    pub closes: &'a dyn Fn(usize) -> bool,
}

/// Splits the paragraph `range` (token indices) into sentences, appending token
/// ranges to `out`.
pub(crate) fn split(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    marks: &Marks,
    out: &mut Vec<Range<usize>>,
) {
    let mut start = range.start;
    for i in range.clone() {
        if i + 1 >= range.end || !ends_sentence(text, tokens, i, range.end, marks) {
            continue;
        }
        out.push(start..i + 1);
        start = i + 1;
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

/// Whether token `i` (not the paragraph's last) ends a sentence.
fn ends_sentence(text: &str, tokens: &[Token], i: usize, end: usize, marks: &Marks) -> bool {
    let t = tokens[i];
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    // Read as bytes: a token's span is known to be whole chars.
    let bytes = |t: &Token| text.as_bytes().get(t.start()..t.end()).unwrap_or_default();
    let is_stop =
        |t: &Token| t.tag == Tag::Punct && matches!(bytes(t), b"." | b"?" | b"!" | b"\xe2\x80\xa6");
    // Most tokens can end no sentence whatever follows: answer those first.
    let can_end = match t.tag {
        Tag::Punct => is_stop(&t),
        Tag::Close | Tag::Straight => true,
        Tag::Word => text.as_bytes().get(t.end().wrapping_sub(1)) == Some(&b'.'),
        Tag::Open => false,
    };
    if !can_end {
        return false;
    }
    let starts_new = match next.tag {
        Tag::Open | Tag::Straight => true,
        Tag::Word => next.is_capitalised() || bytes(next).first().is_some_and(u8::is_ascii_digit),
        // "..., Lee said. (Just look at it.)": a bracket opening a sentence.
        Tag::Punct => bytes(next) == b"(" && tokens.get(i + 2).is_some_and(Token::is_capitalised),
        _ => false,
    };
    // "(D-N.Y.)": a stop with a word right after it, no space between, is inside an
    // abbreviation.
    let glued = next.tag == Tag::Word && next.start() == t.end() && t.tag == Tag::Punct;
    if !starts_new || glued {
        return false;
    }
    match t.tag {
        Tag::Punct => is_stop(&t) && !(marks.in_quote)(i),
        Tag::Close | Tag::Straight if (marks.closes)(i) && i > 0 => {
            let asked = ["?", "!"].contains(&tokens[i - 1].text(text));
            is_stop(&tokens[i - 1])
                && !(next.tag == Tag::Word && attribution_follows(text, tokens, i + 1, end, asked))
        }
        // "crime in the U.S. He says ...", "at 7 p.m. The polls ...": an abbreviation's
        // period ends the sentence before a word that opens one and is never part of a
        // name ("the U.S. Senate" goes on).
        Tag::Word => {
            t.text(text).ends_with('.')
                && !(marks.in_quote)(i)
                && OPENING_WORDS.contains(&next.text(text))
        }
        _ => false,
    }
}

/// Capitalised words that open a sentence and never go on a name ended by an
/// abbreviation's period.
#[rustfmt::skip]
const OPENING_WORDS: &[&str] = &[
    "And", "But", "He", "Her", "His", "It", "Its", "She", "That", "The", "Their", "There",
    "These", "They", "This", "Those", "We",
];

/// Whether a short run of words starting at token `from` reaches a verb of saying
/// before any punctuation: "Smith said.", "the senator added", or ends on a past form
/// after a quote that was `asked` ("Hannity pressed."); not one that opens a clause of
/// its own ("Kasich said he would ...", "Lee said that ...").
fn attribution_follows(text: &str, tokens: &[Token], from: usize, end: usize, asked: bool) -> bool {
    let run = &tokens[from..end.min(from + 6)];
    // "“...?” Hannity pressed.": after a question or exclamation, a name, then a past
    // form in "-ed" closing the sentence.
    let words = run.iter().take_while(|t| t.tag == Tag::Word).count();
    let closing = asked && words >= 2 && run.get(words).is_some_and(|t| t.text(text) == ".") && {
        let w = run[words - 1].text(text);
        w.len() > 5 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
    };
    if closing {
        return true;
    }
    let is_cue = |t: &Token| cues::verb(t.text(text)).is_some_and(|v| v.is_speech());
    let Some(cue) = run
        .iter()
        .take_while(|t| t.tag == Tag::Word)
        .position(is_cue)
        .or_else(|| appositive_cue(text, &tokens[from..end.min(from + 30)], is_cue))
    else {
        return false;
    };
    const CLAUSE: &[&str] = &["that", "he", "she", "they", "we", "i", "it"];
    !tokens
        .get(from + cue + 1)
        .filter(|t| t.tag == Tag::Word)
        .is_some_and(|t| CLAUSE.iter().any(|w| t.text(text).eq_ignore_ascii_case(w)))
}

/// “...?” Jo Lee, a retired nurse from Ohio, said.: the position in `run` of a verb of
/// saying right after a name and an appositive set off by commas.
fn appositive_cue(text: &str, run: &[Token], is_cue: impl Fn(&Token) -> bool) -> Option<usize> {
    let capitalised =
        |t: &Token| t.tag == Tag::Word && t.text(text).starts_with(|c: char| c.is_uppercase());
    let name = run.iter().take_while(|t| capitalised(t)).count();
    let mark = run.get(name).map(|t| t.text(text));
    if !(1..=4).contains(&name) || !matches!(mark, Some("," | "(")) {
        return None;
    }
    let cue = if mark == Some("(") {
        // “...?” Sen. Jo Lee (R-Ohio) said.
        let close = (name + 1..run.len().min(name + 8)).find(|&k| run[k].text(text) == ")")?;
        Some(close + 1).filter(|&c| run.get(c).is_some_and(&is_cue))?
    } else {
        // The appositive opens on a lower-case word or a number ("a nurse", "44").
        let first = run.get(name + 1).filter(|t| t.tag == Tag::Word)?;
        if capitalised(first) {
            return None;
        }
        1 + (name + 2..run.len())
            .take_while(|&k| run[k].tag == Tag::Word || run[k].text(text) == ",")
            .find(|&k| run[k].text(text) == "," && run.get(k + 1).is_some_and(&is_cue))?
    };
    // The cue closes the sentence, perhaps with an adverbial or its addressee ("said
    // quietly.", "said in a statement.", "told reporters."); not a verb with a content
    // of its own ("criticized the law.", "told the Post that ...").
    let next = run.get(cue + 1)?;
    let w = next.text(text);
    let told = matches!(run[cue].text(text), "told" | "tells")
        && !run[cue + 1..]
            .iter()
            .take(6)
            .any(|t| t.text(text) == "that");
    let closes = next.tag == Tag::Punct
        || next.tag == Tag::Word
            && (w.len() > 3 && w.ends_with("ly")
                || ADVERBIAL_OPENERS.contains(&w)
                // The manner of a quote's delivery: "said with a laugh", "into the phone".
                || ["into", "with", "through", "over"].contains(&w)
                || lexicon::classify(w).has(Class::DATE)
                || told);
    closes.then_some(cue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    /// Splits `text`, counting tokens from a curly left mark to a curly right mark as
    /// quoted.
    fn sentences(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, 0..text.len(), &mut tokens);
        let mut inside = false;
        let quoted: Vec<bool> = tokens
            .iter()
            .map(|t| match t.tag {
                Tag::Open => {
                    inside = true;
                    true
                }
                Tag::Close => {
                    inside = false;
                    true
                }
                _ => inside,
            })
            .collect();
        let in_quote = |i: usize| quoted[i];
        let closes = |i: usize| tokens[i].tag == Tag::Close;
        let marks = Marks {
            in_quote: &in_quote,
            closes: &closes,
        };
        let mut out = Vec::new();
        split(text, &tokens, 0..tokens.len(), &marks, &mut out);
        out.iter()
            .map(|r| text[tokens[r.start].start()..tokens[r.end - 1].end()].to_string())
            .collect()
    }

    #[test]
    fn a_stop_glued_to_the_next_word_ends_no_sentence() {
        let got = sentences("Rep. Jo Park (D-N.Y.) said no. It failed.");
        assert_eq!(got, ["Rep. Jo Park (D-N.Y.) said no.", "It failed."]);
    }

    #[test]
    fn splits_at_stops_before_capitals() {
        let got = sentences("Sen. Smith spoke. She left at 5 p.m. on Friday. Then? No.");
        assert_eq!(
            got,
            [
                "Sen. Smith spoke.",
                "She left at 5 p.m. on Friday.",
                "Then?",
                "No."
            ]
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_word_that_opens_one() {
        let got = sentences("Lee flew to the U.S. He left at 7 p.m. The U.S. Senate met.");
        assert_eq!(
            got,
            [
                "Lee flew to the U.S.",
                "He left at 7 p.m.",
                "The U.S. Senate met."
            ]
        );
    }

    #[test]
    fn quotes_hold_their_sentences_together() {
        let text =
            "\u{201c}We won. We will win again,\u{201d} she said. \u{201c}Next.\u{201d} He left.";
        let got = sentences(text);
        assert_eq!(
            got,
            [
                "\u{201c}We won. We will win again,\u{201d} she said.",
                "\u{201c}Next.\u{201d}",
                "He left."
            ]
        );
    }

    #[test]
    fn an_attribution_after_a_closed_quote_stays() {
        let text = "\u{201c}We won.\u{201d} Smith said.";
        let got = sentences(text);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_past_form_closing_the_sentence_after_a_question_stays() {
        let text =
            "\u{201c}Would it work?\u{201d} Hannity pressed. \u{201c}Next.\u{201d} He walked.";
        assert_eq!(
            sentences(text),
            [
                "\u{201c}Would it work?\u{201d} Hannity pressed.",
                "\u{201c}Next.\u{201d}",
                "He walked."
            ]
        );
    }

    #[test]
    fn a_cue_opening_its_own_clause_after_a_closed_quote_starts_a_sentence() {
        for text in [
            "\u{201c}We won.\u{201d} Smith said he would run again.",
            "\u{201c}We won.\u{201d} Smith said that the count was over.",
        ] {
            assert_eq!(sentences(text).len(), 2, "{text}");
        }
    }

    #[test]
    fn an_attribution_with_an_appositive_after_a_closed_quote_stays() {
        for text in [
            "\u{201c}Are you in?\u{201d} Jo Lee, a retired nurse from Ohio, said.",
            "\u{201c}We won.\u{201d} Lee, 44, said quietly.",
            "\u{201c}We won!\u{201d} Lee, the mayor, told reporters in Dayton.",
            "\u{201c}We won!\u{201d} Lee, the mayor, said Friday.",
            "\u{201c}We won.\u{201d} Sen. Jo Lee (R-Ohio) said.",
        ] {
            assert_eq!(sentences(text).len(), 1, "{text}");
        }
        // The verb has a content of its own: a new sentence.
        for text in [
            "\u{201c}We won.\u{201d} Jo Lee, a nurse, criticized the count.",
            "\u{201c}We won.\u{201d} Lee, the mayor, told the Post that it was over.",
            "\u{201c}We won.\u{201d} Lee, The Mayor, said.",
        ] {
            assert_eq!(sentences(text).len(), 2, "{text}");
        }
    }
}
