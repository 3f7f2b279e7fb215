//! Verbs of saying right after a quote that the cue lexicon does not invert or does not
//! hold: "“...,” exhorted the host", "“...!” beamed Lee", "“...,” an angry Lee
//! retaliated." Their position after the quote, with a phrase that ends the sentence,
//! tells that they report it.

use super::attribution::Source;
use super::cues;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{self, NpKind};
use super::sources::is_terminal;

/// “...,” exhorted the host, Ann Lee: a verb that is not written before its subject
/// elsewhere ("exhorted", "remembered") or a past form in "-ed" that is no verb of the
/// lexicon, right after a quote that ends on a comma (or "?", "!") and before a phrase
/// that ends the sentence or opens an appositive, is a verb of saying inverted after
/// the quote. So is such a verb after the phrase, closing the sentence: “...,” an angry
/// Ortiz retaliated; “...?” Hannity pressed.
pub(super) fn quote_inversion(doc: &Doc, from: usize, i: usize, hi: usize) -> Option<Source> {
    // The quote ends on one of `marks`, inside or outside its closing mark.
    let ends_on = |marks: &[&str]| {
        (from.saturating_sub(2)..i).any(|k| marks.iter().any(|p| doc.is_punct(k, p)))
    };
    if !ends_on(&[",", "?", "!"]) {
        return None;
    }
    if let Some(source) = closing_verb(doc, i, hi) {
        return Some(source);
    }
    let w = doc.word(i);
    let verb = match doc.verb(i) {
        Some(v) => !v.inverts() && !cues::is_participle(w),
        None => w.len() > 5 && w.ends_with("ed"),
    };
    if !verb || !doc.is_word(i) || doc.is_capitalised(i) {
        return None;
    }
    let np = names::after(doc, i + 1, hi)?;
    let e = np.tokens.end;
    let ends = e >= hi || is_terminal(doc, e) || doc.is_punct(e, ",");
    (ends && np.kind == NpKind::Phrase && !doc.is_in(np.head, Class::NOT_NAME)).then_some(Source {
        np: Some(np),
        cue: i..i + 1,
        lo: i,
        guess: false,
    })
}

/// “...,” an angry Ortiz retaliated.: a phrase at `i` followed by a past form in "-ed"
/// that is no verb of saying in the lexicon and closes the sentence.
fn closing_verb(doc: &Doc, i: usize, hi: usize) -> Option<Source> {
    let np = names::after(doc, i, hi).filter(|np| np.kind == NpKind::Phrase)?;
    let v = np.tokens.end;
    let w = doc.word(v);
    let closes = v + 1 >= hi || is_terminal(doc, v + 1);
    let past = doc.is_word(v)
        && !doc.is_capitalised(v)
        && w.len() > 5
        && w.ends_with("ed")
        && doc.verb(v).is_none_or(|verb| !verb.is_speech());
    (closes && past && np.tokens.start == i).then_some(Source {
        np: Some(np),
        cue: v..v + 1,
        lo: i,
        guess: false,
    })
}
