//! Where a reported clause starts after its cue: after "that" ("said on Monday that"),
//! after an addressee ("told reporters"), after a short adverbial ("said in a
//! statement").

use super::addressee;
use super::clauses;
use super::doc::Doc;
use super::indirect::MIN_WORDS;
use super::names;
use super::subjects;

/// Where the reported clause after the cue at `k` starts: after "that", after an
/// addressee ("told reporters"), after a short adverbial ("on Tuesday", "in a
/// statement").
pub(super) fn clause_start(doc: &Doc, k: usize, end: usize, addressee: bool) -> usize {
    let window = end.min(k + 9);
    // Across a short adverbial ("said on Monday that"), not into a clause of its own
    // ("said the plan failed and added that", "said she liked that plan").
    let that = (k + 1..window)
        .take_while(|&i| {
            (doc.is_word(i) || doc.is_punct(i, ","))
                && !["and", "but", "or", "while", "because"]
                    .iter()
                    .any(|c| doc.is(i, c))
                && !opens_result(doc, i)
                && !clauses::opens_own_clause(doc, i)
        })
        .find(|&i| doc.is(i, "that"))
        // Past a comma only the "that" closing an aside ("said, however, that"), not
        // one of a phrase after it ("said, adding that", "called it a sham, a word that").
        .filter(|&t| doc.is_punct(t - 1, ",") || !(k + 1..t).any(|i| doc.is_punct(i, ",")))
        // "cited a study that suggests": a relative "that" opens no reported clause.
        .filter(|&t| !(t > k + 1 && super::noun_use::is_relative_that(doc, t)));
    // "said the voters liked that plan": a "that" with less than a clause after it is a
    // determiner.
    if let Some(t) = that.filter(|&t| {
        (t + 1..end)
            .filter(|&i| doc.is_word(i))
            .nth(MIN_WORDS)
            .is_some()
    }) {
        return t + 1;
    }
    let mut from = k + 1;
    if addressee {
        match names::after(doc, from, end) {
            Some(np) => from = np.tokens.end,
            None => from = addressee::past_object_pronoun(doc, from, end),
        }
    }
    while from < end && (doc.is_punct(from, ",") || doc.is(from, "that")) {
        from += 1;
    }
    from
}

/// Whether "so" or "such" at token `i` opens a degree whose "that" is a result
/// clause's ("seemed so stark that", "tells so many lies that"); not after a
/// preposition ("decided, after so many months, that", "feared for so long that").
fn opens_result(doc: &Doc, i: usize) -> bool {
    let after_preposition =
        i > 0 && (subjects::is_preposition(doc, i - 1) || clauses::is_subordinator(doc, i - 1));
    (doc.is(i, "so") || doc.is(i, "such")) && !after_preposition
}
