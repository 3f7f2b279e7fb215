//! Questions as reported clauses: "Asked about X, Lee said ...", "Lee was asked if
//! ...": what was asked is reported, by the asker or the one asked.

use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::{self, NpKind};
use super::subjects;

/// "Asked about X, Lee said ...", "when asked by Kim whether ...", "Lee was asked if
/// ...", "asked by Kim to respond": the question or request is the reported clause; its
/// source is the asker after "by", else the one asked.
pub(super) fn find(doc: &Doc, start: usize, end: usize, k: usize) -> Option<Reported> {
    const WH: &[&str] = &[
        "about", "how", "if", "what", "when", "where", "whether", "which", "who", "whom", "why",
    ];
    let mut i = k + 1;
    let mut by = None;
    if doc.is(i, "by") {
        let np = names::after(doc, i + 1, end)?;
        i = np.tokens.end;
        by = Some(np);
    }
    // "Asked by Kim to respond, Lee said": after the asker, the request itself.
    let request = by.is_some() && doc.is(i, "to") && doc.is_word(i + 1);
    let wh = if request {
        i
    } else {
        (i..end.min(i + 8))
            .take_while(|&j| doc.is_word(j))
            .find(|&j| WH.iter().any(|w| doc.is(j, w)))?
    };
    let stop = (wh + 1..end)
        .find(|&j| doc.is_punct(j, ",") && doc.quote_of(j).is_none())
        .unwrap_or(end);
    // "Asked about it, Lee said": the one asked is the next clause's subject.
    let np = by
        .or_else(|| {
            subjects::cue_subject(doc, k, start).filter(|_| k > start && !doc.is(k - 1, "when"))
        })
        .or_else(|| {
            let after = stop + 1;
            names::after(doc, after, end).filter(|np| {
                np.kind == NpKind::Pronoun
                    || doc.is_capitalised(np.head)
                    || doc.is_in(np.head, Class::ROLE)
            })
        })?;
    Some(Reported {
        content: wh..stop,
        np,
        cue: k..k + 1,
        lo: start,
    })
}
