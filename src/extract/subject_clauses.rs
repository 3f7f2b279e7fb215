//! Records that took the clause of a later cue whose subject holds their cue: "People
//! briefed on the talks say that ...", "Friends who have seen him say that ...". The
//! word read as a cue ("briefed", "seen") belongs to the subject of the real cue
//! ("say"), and the clause after the real cue is not its clause.

use super::indirect::Reported;

/// Drops earlier records of the same sentence (from `first` on) whose cue lies inside
/// the source phrase of `r` and whose clause starts at or after `r`'s cue: they took
/// the clause of `r`, and their cue is a word of its subject. With `in_order` (the
/// records are in the order of their cues), only those from the phrase's start on are
/// looked at: a sentence of a thousand cues is not read a thousand times.
pub(crate) fn drop_taken(out: &mut Vec<Reported>, first: usize, r: &Reported, in_order: bool) {
    let np = &r.np.tokens;
    let first = match in_order {
        true => first + out[first..].partition_point(|p| p.cue.start < np.start),
        false => first,
    };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::{Np, NpKind};

    fn record(np: std::ops::Range<usize>, cue: usize, content: std::ops::Range<usize>) -> Reported {
        Reported {
            content,
            np: Np {
                tokens: np.clone(),
                head: np.end - 1,
                kind: NpKind::Phrase,
                core_end: None,
            },
            cue: cue..cue + 1,
            lo: 0,
        }
    }

    #[test]
    fn a_cue_inside_a_later_subject_that_took_its_clause_is_dropped_in_order_or_not() {
        // "Earlier: Kim said X. People briefed on the talks say that Y": "briefed" (6)
        // took the clause after "say" (10); the record of "said" (2) stays.
        let before = vec![
            record(1..2, 2, 3..4),
            record(4..6, 6, 11..20),
            record(0..1, 9, 11..20),
        ];
        let r = record(4..9, 10, 11..20);
        for in_order in [true, false] {
            let mut out = before.clone();
            drop_taken(&mut out, 0, &r, in_order);
            assert_eq!(out.len(), 2, "{in_order}");
            assert_eq!(out[0].cue, 2..3);
            assert_eq!(out[1].cue, 9..10);
        }
        // Out of order, every record is looked at: one before the phrase's start in the
        // list but inside it in the text is still dropped.
        let mut out = vec![record(4..6, 6, 11..20), record(1..2, 2, 3..4)];
        drop_taken(&mut out, 0, &r, false);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].cue, 2..3);
    }
}
