//! Attributions inside other attributions: a quote inside a clause that a verb of
//! saying reports takes that verb's cue ("Lee says he would tell them “...”"), and a
//! "who" hanging on a speaker speaks for that speaker ("said Lee, who noted").

use super::attribution::Source;
use super::cues;
use super::doc::Doc;
use super::indirect::Reported;
use super::names::{self, NpKind};

/// Whether the source phrase of `src` is a "who" right after the phrase of `kept` and
/// a comma: "said Lee, who noted".
pub(super) fn relative_of(doc: &Doc, kept: &Source, src: &Source) -> bool {
    let (Some(k), Some(n)) = (kept.np.as_ref(), src.np.as_ref()) else {
        return false;
    };
    n.kind == NpKind::Relative
        && n.tokens.start == k.tokens.end + 1
        && doc.is_punct(k.tokens.end, ",")
}

/// The source of the reported clause (among `reported`, up to `end`) that holds the
/// quote opening at `open` and the cue of `own`, which comes before the quote.
pub(super) fn enclosing(
    doc: &Doc,
    reported: &[Reported],
    open: usize,
    own: &Source,
    end: usize,
) -> Option<Source> {
    let inside = |x: &&Reported| {
        // "Lee says he would sit them down and tell them “...”": a clause opening on
        // a subject pronoun holds the verbs joined to its own.
        let own_clause = names::is_subject_pronoun(doc, x.content.start);
        x.cue.end <= own.cue.start
            && (x.cue.end..open).all(|k| doc.is_word(k))
            // "Lee praised it and said “...”": a verb of the same subject, not one
            // inside the clause.
            && (cues::is_participle(doc.word(own.cue.start))
                || own_clause
                || own.np.as_ref().is_none_or(|np| np.tokens.start >= x.cue.end))
            && (own_clause
                || !own
                    .cue
                    .start
                    .checked_sub(1)
                    .is_some_and(|k| ["and", "but", "or"].iter().any(|c| doc.is(k, c))))
            && x.content.start <= own.cue.start
            && own.cue.end <= open
            && open < x.content.end
    };
    // "Sam Solovey, a contestant on “The Apprentice,” who worked for Lee, said his
    // boss was “kind”": the clause of the same cue, read past the title, has the name
    // where the quote's own search, stopped at the title, found none or a relative.
    let same_cue = |x: &&Reported| {
        x.cue == own.cue
            && x.np.kind != NpKind::Relative
            && own.np.as_ref().is_none_or(|np| np.kind == NpKind::Relative)
            && x.content.start <= open
            && open < x.content.end
    };
    let reported = || reported.iter().take_while(|x| x.cue.start < end);
    reported()
        .find(inside)
        .or_else(|| reported().find(same_cue))
        .map(|x| Source {
            np: Some(x.np.clone()),
            cue: x.cue.clone(),
            lo: x.lo,
            guess: false,
        })
}
