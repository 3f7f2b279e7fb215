//! Tokens: words, punctuation and quote marks of a paragraph, with byte spans.
//!
//! This module only cuts text; it does not pair quote marks (`quotes`) or split
//! sentences (`sentences`). Words keep inner apostrophes, hyphens and periods ("don’t",
//! "Holtz-Eakin", "U.S.") and the final period of an abbreviation ("Sen.", "E."), so a
//! lone `.` token is a real full stop.

use std::ops::Range;

use super::word_key::alnum_end;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Letters and digits, with inner joiners.
    Word,
    /// One punctuation char (or a run of `-`).
    Punct,
    /// A mark that can only open a quote: `“ « „ ‟`.
    Open,
    /// A mark that can only close a quote: `” »`.
    Close,
    /// A mark that opens or closes: `"` or NYT-style `''`.
    Straight,
}

/// One token: a byte span of the article text and its tag.
///
/// Invariant: `start < end`, both on char boundaries. Offsets are kept in 32 bits (a
/// token takes 12 bytes, not 24); text past 4 GiB is not tokenized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offset of the first char.
    from: u32,
    /// Byte offset just past the last char.
    to: u32,
    /// What the token is.
    pub tag: Tag,
    /// Whether the token is a word whose first char is upper-case (asked of most
    /// tokens many times over, so answered once here; it fits the struct's padding).
    capital: bool,
}

impl Token {
    /// A token over bytes `start..end` of `text`, if they fit in 32 bits.
    fn new(text: &str, start: usize, end: usize, tag: Tag) -> Option<Token> {
        let capital = tag == Tag::Word
            && match text.as_bytes().get(start) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => text
                    .get(start..end)
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase),
            };
        Token::at(start, end, tag, capital)
    }

    /// A token over bytes `start..end`, if they fit in 32 bits.
    #[inline]
    fn at(start: usize, end: usize, tag: Tag, capital: bool) -> Option<Token> {
        Some(Token {
            from: u32::try_from(start).ok()?,
            to: u32::try_from(end).ok()?,
            tag,
            capital,
        })
    }

    /// Whether the token is a word whose first char is upper-case.
    #[inline]
    pub(crate) fn is_capitalised(&self) -> bool {
        self.capital
    }

    /// Byte offset of the first char.
    pub(crate) fn start(&self) -> usize {
        self.from as usize
    }

    /// Byte offset just past the last char.
    pub(crate) fn end(&self) -> usize {
        self.to as usize
    }

    /// The token's text.
    pub(crate) fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start()..self.end()).unwrap_or("")
    }
}

/// Whether a word's following period belongs to it (titles, initials aside): "Sen",
/// "Calif", "etc". A match, not a search of a sorted list: it runs at every full stop.
#[rustfmt::skip]
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Adm" | "Ala" | "Apr" | "Ariz" | "Ark" | "Aug" | "Ave" | "Blvd" | "Brig" | "Calif" |
        "Capt" | "Cmdr" | "Co" | "Col" | "Colo" | "Conn" | "Corp" | "Cpl" | "Dec" | "Del" |
        "Dept" | "Dr" | "Feb" | "Fla" | "Fr" | "Ft" | "Ga" | "Gen" | "Gov" | "Hon" | "Ill" |
        "Inc" | "Ind" | "Jan" | "Jr" | "Kan" | "Ky" | "La" | "Lt" | "Ltd" | "Maj" | "Mass" |
        "Md" | "Messrs" | "Mich" | "Minn" | "Miss" | "Mo" | "Mont" | "Mr" | "Mrs" | "Ms" |
        "Mt" | "Neb" | "Nev" | "No" | "Nov" | "Oct" | "Okla" | "Ore" | "Pa" | "Pres" |
        "Prof" | "Rep" | "Reps" | "Rev" | "Sen" | "Sens" | "Sept" | "Sgt" | "Sr" | "St" |
        "Supt" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wyo" | "approx" | "e.g" |
        "etc" | "i.e" | "vs"
    )
}

/// Cuts `text[span]` into tokens, appending them to `out`. Whitespace and invisible
/// format chars separate tokens and are dropped.
pub(crate) fn tokenize(text: &str, span: Range<usize>, out: &mut Vec<Token>) {
    let Some(slice) = text.get(span.clone()) else {
        return;
    };
    let base = span.start;
    let bytes = slice.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Spaces between words, a byte at a time: most of the gaps of any text.
        if matches!(bytes[i], b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        // A word of ASCII letters and digits before a space or a comma, or ASCII
        // punctuation other than a quote mark, an apostrophe or a dash: most of any text,
        // with no joiner, mark or period to weigh.
        let b = bytes[i];
        let fast = if b.is_ascii_alphanumeric() {
            let end = alnum_end(bytes, i + 1);
            let plain = bytes
                .get(end)
                .is_none_or(|&n| n.is_ascii() && !matches!(n, b'\'' | b'-' | b'&' | b'.' | b'/'));
            plain.then_some((end, Tag::Word))
        } else if b.is_ascii() && !matches!(b, b'"' | b'\'' | b'-' | 0x1b) {
            Some((i + 1, Tag::Punct))
        } else {
            None
        };
        if let Some((end, tag)) = fast {
            let Some(token) = Token::at(base + i, base + end, tag, b.is_ascii_uppercase()) else {
                return;
            };
            out.push(token);
            i = end;
            continue;
        }
        let Some(c) = char_at(slice, i) else {
            break;
        };
        let len = c.len_utf8();
        if is_space(c) {
            i += len;
            continue;
        }
        if is_word_char(c) {
            let end = plural_possessive_end(slice, i, word_end(slice, i));
            // "he's", "I’ve": the pronoun and its verb are two words.
            let mut from = i;
            if let Some(cut) = contraction(&slice[i..end]) {
                let Some(token) = Token::new(text, base + i, base + i + cut, Tag::Word) else {
                    return;
                };
                out.push(token);
                from = i + cut;
            }
            let Some(token) = Token::new(text, base + from, base + end, Tag::Word) else {
                return;
            };
            out.push(token);
            i = end;
            continue;
        }
        let (tag, end) = match c {
            '"' => (Tag::Straight, i + 1),
            // In ''...,''' the first of three marks closes an inner single quote.
            '\'' if bytes.get(i + 1..i + 3) == Some(b"''") => (Tag::Punct, i + 1),
            '\'' if bytes.get(i + 1) == Some(&b'\'') => (Tag::Straight, i + 2),
            '\u{201c}' | '\u{ab}' | '\u{201e}' | '\u{201f}' => (Tag::Open, i + len),
            '\u{201d}' | '\u{bb}' => (Tag::Close, i + len),
            '-' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'-').count();
                (Tag::Punct, i + run)
            }
            _ => (Tag::Punct, i + len),
        };
        let Some(token) = Token::new(text, base + i, base + end, tag) else {
            return;
        };
        out.push(token);
        i = end;
    }
}

/// "Sanders’ campaign", "Democrats' plan": the apostrophe after a capitalised word
/// ending in "s", before a space and another word, is the word's possessive ending (a
/// lower-case word there more often closes a single quote). Returns where the word
/// from `start` to `end` ends with it.
fn plural_possessive_end(s: &str, start: usize, end: usize) -> usize {
    let rest = &s[end..];
    let mark = match rest.as_bytes().first() {
        Some(b'\'') => 1,
        Some(0xe2) if rest.starts_with('\u{2019}') => 3,
        _ => return end,
    };
    let next_word = rest[mark..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()));
    let word = &s[start..end];
    let capitalised = word.starts_with(|c: char| c.is_uppercase());
    if word.ends_with(['s', 'S']) && capitalised && next_word {
        end + mark
    } else {
        end
    }
}

/// Where a subject pronoun's contracted verb starts in `word` ("he’s", "I've",
/// "they’d", "who's"), if it is one: the verb ("’s") is a word of its own, an
/// auxiliary like "has", so the pronoun can be a source ("he’s said").
fn contraction(word: &str) -> Option<usize> {
    // Both marks start with a byte no letter has: ' (0x27) and ’ (0xE2 ...).
    if word.len() > 8 || !word.bytes().any(|b| b == b'\'' || b == 0xe2) {
        return None;
    }
    let cut = word.find(['\'', '\u{2019}'])?;
    let (pronoun, verb) = word.split_at(cut);
    let verb = verb.trim_start_matches(['\'', '\u{2019}']);
    let pronoun_ok = ["he", "i", "she", "they", "we", "who", "you"]
        .iter()
        .any(|p| pronoun.eq_ignore_ascii_case(p));
    let verb_ok = ["d", "ll", "m", "re", "s", "ve"]
        .iter()
        .any(|v| verb.eq_ignore_ascii_case(v));
    (pronoun_ok && verb_ok).then_some(cut)
}

/// Whether `c` separates tokens: whitespace and invisible format chars.
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}' | '\u{feff}' | '\u{1b}'
        )
}

/// Whether `c` can start or continue a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{ad}'
}

/// The char at byte `at` of `s` (a char boundary), read without decoding when it is
/// ASCII, as most of any English text is.
fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(at..)?.chars().next(),
        None => None,
    }
}

/// The end of the word that starts at byte `start` of `s`.
fn word_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = start;
    // Where the part after the word's last inner period starts.
    let mut segment = start;
    let mut at = start;
    while let Some(c) = char_at(s, at) {
        let off = at;
        at += c.len_utf8();
        if is_word_char(c) {
            // The rest of a run of ASCII letters and digits, a byte at a time.
            at = alnum_end(bytes, at);
            end = at;
            continue;
        }
        // An ASCII char that is no joiner ends the word (a space, most often).
        if c.is_ascii() && !matches!(c, '\'' | '-' | '&' | '.' | '/') {
            break;
        }
        // Double-encoded UTF-8 ("TrÃ©vidic"): a Latin-1 sign or C1 control after Ã or Â
        // stays in the word (encoded three times: Ã, U+0083, Â, §), and so does a
        // combining mark (the same Ã and Â decomposed: A and a tilde or circumflex).
        let before = &s[..off];
        let mojibake = ('\u{80}'..='\u{bf}').contains(&c)
            && before.ends_with(['\u{c3}', '\u{c2}', '\u{303}', '\u{302}'])
            || ('\u{300}'..='\u{36f}').contains(&c);
        if mojibake && end == off {
            end = at;
            continue;
        }
        // A joiner stays inside the word only between word chars: "don’t", "U.S", "3.5";
        // a period only after one letter or between digits, so "said.Trump" splits.
        let joins = matches!(c, '\'' | '\u{2019}' | '-' | '&' | '\u{2011}');
        let next = char_at(s, at);
        let next_is_word = next.is_some_and(is_word_char);
        let dotted = c == '.'
            && next_is_word
            && (s[segment..end].chars().count() == 1
                || next.is_some_and(|n| n.is_ascii_digit() || n.is_lowercase()));
        if dotted {
            segment = at;
        }
        // "9/11", "24/7": a slash between digits.
        let slashed = c == '/'
            && next.is_some_and(|n| n.is_ascii_digit())
            && s[..off].ends_with(|p: char| p.is_ascii_digit());
        if (joins || dotted || slashed) && next_is_word {
            continue;
        }
        if c == '.' && takes_period(&s[start..end]) {
            end += 1;
        }
        break;
    }
    end
}

/// Whether a word followed by a period keeps the period: initials ("E."), dotted
/// abbreviations ("U.S."), and titles and short forms ("Sen.", "Jan.").
fn takes_period(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let dotted = word.contains('.') && !word.chars().any(|c| c.is_ascii_digit());
    // "R-Fla." keeps the period of its last part.
    let last = word.rsplit('-').next().unwrap_or(word);
    single_capital || dotted || is_abbreviation(last) || is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Tag)> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.iter().map(|t| (t.text(text), t.tag)).collect()
    }

    #[test]
    fn words_keep_inner_joiners_and_abbreviation_periods() {
        let got = words("Sen. Joan E. Smith-Park said the U.S. won\u{2019}t pay $3.5 million.");
        let texts: Vec<&str> = got.iter().map(|w| w.0).collect();
        assert_eq!(
            texts,
            [
                "Sen.",
                "Joan",
                "E.",
                "Smith-Park",
                "said",
                "the",
                "U.S.",
                "won\u{2019}t",
                "pay",
                "$",
                "3.5",
                "million",
                "."
            ]
        );
    }

    #[test]
    fn a_slash_between_digits_stays_in_the_word() {
        let got = words("A 9/11 widow, open 24/7, said yes/no.");
        let texts: Vec<&str> = got.iter().map(|w| w.0).collect();
        assert_eq!(
            texts,
            ["A", "9/11", "widow", ",", "open", "24/7", ",", "said", "yes", "/", "no", "."]
        );
    }

    #[test]
    fn words_run_across_ascii_and_other_letters() {
        let got = words("M\u{fc}ller\u{2019}s caf\u{e9}-owner S\u{e3}o Paulo, 3\u{bd}%");
        let texts: Vec<&str> = got.iter().map(|w| w.0).collect();
        assert_eq!(
            texts,
            [
                "M\u{fc}ller\u{2019}s",
                "caf\u{e9}-owner",
                "S\u{e3}o",
                "Paulo",
                ",",
                "3\u{bd}",
                "%"
            ]
        );
    }

    #[test]
    fn a_word_knows_whether_it_is_capitalised() {
        let text = "\u{c9}mile and He\u{2019}s \u{201c}OK\u{201d} 3M, \u{e9}t\u{e9} I.";
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        let capitals: Vec<&str> = out
            .iter()
            .filter(|t| t.is_capitalised())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(capitals, ["\u{c9}mile", "He", "OK", "I."]);
    }

    #[test]
    fn a_plural_possessive_keeps_its_apostrophe() {
        let texts = |t| words(t).iter().map(|w| w.0).collect::<Vec<_>>();
        assert_eq!(
            texts("Sanders\u{2019} aides and the Democrats' plan"),
            [
                "Sanders\u{2019}",
                "aides",
                "and",
                "the",
                "Democrats'",
                "plan"
            ]
        );
        // Not a lower-case word (a single quote closing), nor one before a stop.
        assert_eq!(
            texts("\u{2018}no bosses\u{2019} then the Sanders\u{2019}."),
            ["\u{2018}", "no", "bosses", "\u{2019}", "then", "the", "Sanders", "\u{2019}", "."]
        );
    }

    #[test]
    fn state_abbreviations_keep_their_period() {
        for state in ["Nev", "Neb", "Calif", "Wyo"] {
            let text = format!("Reid (D-{state}.) said");
            let got = words(&text);
            assert_eq!(got[2].0, format!("D-{state}."), "{got:?}");
        }
    }

    #[test]
    fn a_subject_pronoun_and_its_contracted_verb_are_two_words() {
        let got = words("He\u{2019}s said I've won; it's Lee\u{2019}s, don't.");
        let texts: Vec<&str> = got.iter().map(|w| w.0).collect();
        assert_eq!(
            texts,
            [
                "He",
                "\u{2019}s",
                "said",
                "I",
                "'ve",
                "won",
                ";",
                "it's",
                "Lee\u{2019}s",
                ",",
                "don't",
                "."
            ]
        );
    }

    #[test]
    fn quote_marks_get_their_own_tags() {
        let got =
            words("\u{201c}Yes,\u{201d} she said. ''No,'' he said: \"Maybe\" \u{ab}Oui\u{bb}");
        let marks: Vec<Tag> = got
            .iter()
            .map(|w| w.1)
            .filter(|t| *t != Tag::Word && *t != Tag::Punct)
            .collect();
        assert_eq!(
            marks,
            [
                Tag::Open,
                Tag::Close,
                Tag::Straight,
                Tag::Straight,
                Tag::Straight,
                Tag::Straight,
                Tag::Open,
                Tag::Close
            ]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "'",
            "''",
            "\u{201c}",
            "a.",
            ".a",
            "\u{ad}\u{ad}",
            "---",
            "x\u{2019}",
        ] {
            let _ = words(text);
        }
    }
}
