//! "Did you mean ...": for a query that finds nothing, the closest words of the index's
//! vocabulary (by edit distance, then by how many passages hold them) to the query's
//! words that the index does not hold.

use tantivy::Searcher;

use crate::index::{words_analyzer, QuoteFields};

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

/// The best replacement for one word, if it is not in the vocabulary.
fn correct(
    searcher: &Searcher,
    fields: &QuoteFields,
    word: &str,
) -> anyhow::Result<Option<String>> {
    let mut analyzer = words_analyzer();
    let mut stream = analyzer.token_stream(word);
    let mut tokens = Vec::new();
    while stream.advance() {
        tokens.push(stream.token().text.clone());
    }
    // Only single-token words: "U.S." or "e-mail" are not corrected.
    let [token] = tokens.as_slice() else {
        return Ok(None);
    };
    let len = token.chars().count();
    if !(3..=MAX_WORD).contains(&len) {
        return Ok(None);
    }
    let max_distance = if len <= 5 { 1 } else { 2 };
    let mut best: Option<(usize, u32, String)> = None;
    let mut total_freq = 0u32;
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.words)?;
        if let Some(info) = inverted.terms().get(token.as_bytes())? {
            total_freq += info.doc_freq;
        }
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            let Ok(candidate) = std::str::from_utf8(terms.key()) else {
                continue;
            };
            let Some(distance) = bounded_distance(token, candidate, max_distance) else {
                continue;
            };
            if distance == 0 {
                continue;
            }
            let freq = terms.value().doc_freq;
            let better = match &best {
                None => true,
                Some((d, f, c)) => {
                    (distance, std::cmp::Reverse(freq), candidate)
                        < (*d, std::cmp::Reverse(*f), c.as_str())
                }
            };
            if better {
                best = Some((distance, freq, candidate.to_string()));
            }
        }
    }
    if total_freq > 0 {
        return Ok(None);
    }
    Ok(best.map(|(_, _, word)| word))
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
