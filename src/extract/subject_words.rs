//! Words of a source phrase taken for cues of their own: "A news report said ..." has a
//! "cue" (report) whose clause ("said ...") holds the real cue and its subject.

use super::cues;
use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::NpKind;
use super::subjects;

/// "A news report said ...", "People briefed on the talks said ...": a "cue" inside
/// the subject of the next cue, read from the same phrase start, was a word of that
/// subject (a noun, a participle), not a cue. The last record is dropped, and the
/// words up to the real cue are written as part of its source.
pub(crate) fn drop_inside(doc: &Doc, out: &mut Vec<Reported>, r: &mut Reported) {
    let Some(p) = out.last() else { return };
    let s = r.np.tokens.start;
    let inside = p.np.tokens.start == s
        && p.cue.start > s
        && p.cue.end <= r.cue.start
        && !cues::is_participle(doc.word(r.cue.start))
        && doc.is_word(r.cue.start - 1)
        && p.content.start <= r.cue.start
        && r.cue.start < p.content.end;
    // The subject phrase read through the "cue" ("A news report"), or on through it to
    // the next cue ("Some strike leaders said": "strike" modifies a noun), or a
    // participle right after the phrase opens a prepositional phrase ("People briefed
    // on").
    let read_through = r.np.tokens.end == p.cue.end;
    let modifier =
        p.cue.len() == 1 && r.np.tokens.end == r.cue.start && r.np.tokens.end > p.cue.end;
    let participle = p.cue.start == p.np.tokens.end
        && (r.np.tokens.end <= p.cue.start || r.np.tokens.end == r.cue.start)
        && p.cue.len() == 1
        && doc.word(p.cue.start).ends_with("ed")
        && subjects::is_preposition(doc, p.cue.end)
        && r.cue.start <= p.cue.end + 8;
    // No clause of its own between them: "Lee declined to say ...".
    let plain = (p.cue.end..r.cue.start).all(|k| {
        doc.is_word(k)
            && (doc.verb(k).is_none() || doc.is_in(k - 1, Class::DETERMINER))
            && !["and", "but", "or", "then", "to"]
                .iter()
                .any(|c| doc.is(k, c))
    });
    if inside && (read_through || (modifier || participle) && plain) && r.np.kind == NpKind::Phrase
    {
        out.pop();
        r.np.tokens.end = r.np.tokens.end.max(r.cue.start);
    }
}
