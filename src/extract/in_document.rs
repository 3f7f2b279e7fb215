//! A sentence opening on a document that reports what follows: "In a new poll, CLAUSE",
//! "In her memo, CLAUSE", "In a poll released Monday, CLAUSE".
//!
//! The document is the source, "In" the cue, the clause after the comma the content;
//! a clause with a source of its own ("In a statement, Lee said ...") is left to that
//! source.

use super::doc::Doc;
use super::indirect::Reported;
use super::lexicon::Class;
use super::names::{self, NpKind};
use super::subjects;

/// "In a new poll, CLAUSE", "In her memo, CLAUSE": a sentence opening on a document
/// that reports what follows.
pub(crate) fn find(doc: &Doc, end: usize, k: usize) -> Option<Reported> {
    const DOCUMENTS: &[&str] = &[
        "ad",
        "analysis",
        "article",
        "book",
        "column",
        "editorial",
        "email",
        "filing",
        "letter",
        "memo",
        "op-ed",
        "poll",
        "polls",
        "post",
        "release",
        "report",
        "speech",
        "statement",
        "study",
        "survey",
        "surveys",
        "tweet",
        "video",
    ];
    let np = names::after(doc, k + 1, end)?;
    let document = DOCUMENTS.iter().any(|d| doc.is(np.head, d))
        || (np.tokens.clone()).any(|j| DOCUMENTS.iter().any(|d| doc.is(j, d)));
    // "In a poll last month, CLAUSE"; not "In a statement Monday, Lee ...", whose
    // clause is most often the author's own.
    let polled = ["poll", "polls", "survey", "surveys"]
        .iter()
        .any(|d| doc.is(np.head, d));
    let comma = if polled {
        when_end(doc, np.tokens.end, end)
    } else {
        np.tokens.end
    };
    // "In a statement, Lee said ...": the clause has a source of its own, and the
    // document only tells where it was said.
    let sourced = || {
        (comma + 2..end.min(comma + 20))
            .filter(|&j| doc.verb(j).is_some())
            .any(|j| {
                subjects::cue_subject(doc, j, comma + 1)
                    .is_some_and(|s| s.tokens.start == comma + 1 && s.kind != NpKind::Relative)
            })
    };
    (document && doc.is_punct(comma, ",") && comma + 2 < end && !sourced()).then(|| Reported {
        content: comma + 1..end,
        np,
        cue: k..k + 1,
        lo: k,
    })
}

/// Participles that tell when a document came out: "a poll released Monday".
const PUBLISHED: &[&str] = &[
    "conducted",
    "issued",
    "out",
    "published",
    "released",
    "taken",
];

/// Words of a time phrase after a document: "last month", "this week", "on Monday".
const TIME_WORDS: &[&str] = &[
    "earlier", "last", "month", "morning", "night", "on", "past", "this", "week", "weekend", "year",
];

/// How many words may tell when a document came out: "released late last week".
const MAX_WHEN: usize = 5;

/// Where the phrase telling when the document ending before `i` came out ends ("a
/// poll released Monday", "a poll last month"): `i` itself when there is none.
fn when_end(doc: &Doc, i: usize, end: usize) -> usize {
    let mut j = i;
    if PUBLISHED.iter().any(|w| doc.is(j, w)) {
        j += 1;
    }
    while j < end.min(i + MAX_WHEN)
        && (doc.is_in(j, Class::DATE) || TIME_WORDS.iter().any(|w| doc.is(j, w)))
    {
        j += 1;
    }
    if j > i && doc.is_punct(j, ",") {
        j
    } else {
        i
    }
}
