//! Records that took the clause of a later cue whose subject holds their cue: "People
//! briefed on the talks say that ...", "Friends who have seen him say that ...". The
//! word read as a cue ("briefed", "seen") belongs to the subject of the real cue
//! ("say"), and the clause after the real cue is not its clause.

use super::indirect::Reported;

/// Drops earlier records of the same sentence (from `first` on) whose cue lies inside
/// the source phrase of `r` and whose clause starts at or after `r`'s cue: they took
/// the clause of `r`, and their cue is a word of its subject.
pub(crate) fn drop_taken(out: &mut Vec<Reported>, first: usize, r: &Reported) {
    let np = &r.np.tokens;
    let taken = |p: &Reported| {
        np.start <= p.cue.start
            && p.cue.end <= np.end
            && np.end <= r.cue.start
            && p.content.start >= r.cue.start
    };
    let mut i = first;
    while i < out.len() {
        if taken(&out[i]) {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}
