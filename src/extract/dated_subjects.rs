//! Subjects that open on a full date: in "A May 4, 2019 memo shows", the comma after
//! the day is the date's, so the subject is the whole phrase, not "2019 memo".

use super::clauses::opens_clause;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{Np, NpKind};

/// Months shortened with a period, which the date words of the lexicon lack.
const MONTHS_SHORT: &[&str] = &[
    "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
];

/// "A May 4, 2019 memo shows": a phrase `np` opened by a year right after the comma of
/// "May 4," is written with the month, the day and a determiner before them, when the
/// date opens the clause at `lo`.
pub(super) fn across_date_comma(doc: &Doc, lo: usize, np: Np) -> Np {
    let year = np.tokens.start;
    let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
        let w = doc.word(k);
        doc.is_word(k) && n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let dated = np.kind == NpKind::Phrase
        && year >= lo + 3
        && year + 1 < np.tokens.end
        && digits(year, 4..=4)
        && doc.is_punct(year - 1, ",")
        && digits(year - 2, 1..=2)
        && (doc.is_in(year - 3, Class::DATE) || MONTHS_SHORT.iter().any(|m| doc.is(year - 3, m)));
    if !dated {
        return np;
    }
    let mut start = year - 3;
    if start > lo && doc.is_in(start - 1, Class::DETERMINER) {
        start -= 1;
    }
    if !opens_clause(doc, start, lo) {
        return np;
    }
    Np {
        tokens: start..np.tokens.end,
        ..np
    }
}
