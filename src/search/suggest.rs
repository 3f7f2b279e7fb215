//! "Did you mean ...": for a query that finds nothing, the closest indexed words to the
//! query's words that the index does not hold. Candidates come from the passage text's
//! term dictionary (stems, by edit distance, then by how many passages hold them); the
//! word offered is the form of that stem, as written in a passage, closest to what the
//! user typed.

use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use crate::index::{analyzer, QuoteFields};

/// Words longer than this are not corrected (they are rarely typos of indexed words).
const MAX_WORD: usize = 30;

/// A corrected query, if any of its plain words is missing from the index and has a
/// close neighbour. Field clauses, phrases and operators are left as they are.
pub fn suggest(
    searcher: &Searcher,
    fields: &QuoteFields,
    query: &str,
) -> anyhow::Result<Option<String>> {
    let mut changed = false;
    let mut words = Vec::new();
    for word in query.split_whitespace() {
        let plain = !word.contains(|c: char| ":\"()[]{}+-^*~".contains(c))
            && !matches!(word, "AND" | "OR" | "NOT");
        let replacement = if plain {
            correct(searcher, fields, word)?
        } else {
            None
        };
        changed |= replacement.is_some();
        words.push(replacement.unwrap_or_else(|| word.to_string()));
    }
    Ok(changed.then(|| words.join(" ")))
}

/// The analysed form of a single-token word; `None` for words that split ("U.S.").
fn stem_of(word: &str) -> Option<String> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(word);
    let mut tokens = Vec::new();
    while stream.advance() {
        tokens.push(stream.token().text.clone());
    }
    match tokens.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The best replacement for one word, if its stem is not in the index.
fn correct(
    searcher: &Searcher,
    fields: &QuoteFields,
    word: &str,
) -> anyhow::Result<Option<String>> {
    let Some(stem) = stem_of(word) else {
        return Ok(None);
    };
    let len = stem.chars().count();
    if !(3..=MAX_WORD).contains(&len) {
        return Ok(None);
    }
    let max_distance = if len <= 4 { 1 } else { 2 };
    let mut best: Option<(usize, u32, String)> = None;
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.text)?;
        if inverted.terms().get(stem.as_bytes())?.is_some() {
            return Ok(None);
        }
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            let Ok(candidate) = std::str::from_utf8(terms.key()) else {
                continue;
            };
            let Some(distance) = bounded_distance(&stem, candidate, max_distance) else {
                continue;
            };
            let freq = terms.value().doc_freq;
            let key = (distance, std::cmp::Reverse(freq));
            if best.as_ref().is_none_or(|(d, f, c)| {
                (key, candidate) < ((*d, std::cmp::Reverse(*f)), c.as_str())
            }) {
                best = Some((distance, freq, candidate.to_string()));
            }
        }
    }
    match best {
        Some((_, _, candidate)) => surface_form(searcher, fields, &candidate, word),
        None => Ok(None),
    }
}

/// The word, as written in a passage holding `stem`, that is closest to `typed`.
fn surface_form(
    searcher: &Searcher,
    fields: &QuoteFields,
    stem: &str,
    typed: &str,
) -> anyhow::Result<Option<String>> {
    let query = TermQuery::new(
        Term::from_field_text(fields.text, stem),
        IndexRecordOption::Basic,
    );
    let typed = typed.to_lowercase();
    let mut best: Option<(usize, String)> = None;
    let mut analyzer = analyzer();
    let heads = super::rank::Heads::default();
    for (_, address) in searcher.search(&query, &TopDocs::with_limit(20).order_by_score())? {
        let Ok(passage) = super::rank::stored_passage(searcher, fields, &heads, address) else {
            continue;
        };
        let mut stream = analyzer.token_stream(&passage.text);
        while stream.advance() {
            let token = stream.token();
            if token.text != stem {
                continue;
            }
            let written = passage.text[token.offset_from..token.offset_to].to_lowercase();
            let distance = bounded_distance(&typed, &written, usize::MAX).unwrap_or(usize::MAX);
            if best
                .as_ref()
                .is_none_or(|(d, w)| (distance, &written) < (*d, w))
            {
                best = Some((distance, written));
            }
        }
        if best.is_some() {
            break;
        }
    }
    Ok(best.map(|(_, word)| word))
}

/// The Levenshtein distance between `a` and `b` if it is at most `max`.
fn bounded_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        let mut row_min = current[0];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            row_min = row_min.min(current[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= max).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(bounded_distance("secure", "secure", 2), Some(0));
        assert_eq!(bounded_distance("secrue", "secure", 2), Some(2));
        assert_eq!(
            bounded_distance("comunications", "communications", 2),
            Some(1)
        );
        assert_eq!(bounded_distance("bridge", "village", 2), None);
        assert_eq!(bounded_distance("caf\u{e9}", "cafe", 1), Some(1));
    }
}
