//! From the user's query text to a tantivy query: default fields and boosts, the
//! `--speaker` filter, and errors explained in words.

use anyhow::bail;
use std::ops::Bound;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser,
    QueryParserError, TermQuery,
};

use tantivy::query::{AllQuery, RangeQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::{Filters, Request};
use crate::index::{analyzer, OpenIndex, QuoteFields};

/// Fields a user may name in a query, for error messages.
pub const QUERY_FIELDS: &str =
    "text, title, source, quote, speaker, mention, attribution, kind, anonymous, path";

/// A query parser over the default fields, with boosts that rank a match in a quote or
/// a speaker's name above one in the passage text or the title.
pub fn parser(index: &OpenIndex) -> QueryParser {
    let f = &index.fields;
    let mut parser = QueryParser::for_index(
        &index.index,
        vec![f.text, f.title, f.quote, f.speaker, f.attribution],
    );
    parser.set_field_boost(f.speaker, 2.0);
    parser.set_field_boost(f.quote, 1.5);
    parser.set_field_boost(f.attribution, 1.0);
    parser.set_field_boost(f.text, 1.0);
    parser.set_field_boost(f.title, 0.5);
    parser
}

/// Builds the query for a request, with its filters.
pub fn build(
    parser: &QueryParser,
    fields: &QuoteFields,
    request: &Request,
) -> anyhow::Result<Box<dyn Query>> {
    if request.query.trim().is_empty() {
        bail!("the query is empty: give words to look for, such as `search query \"peace talks\"`");
    }
    let text = normalize(request.query);
    let mut query = parser
        .parse_query(&text)
        .map_err(|err| anyhow::anyhow!(explain_parse_error(request.query, &err)))?;
    if let Some(phrase) = adjacency_boost(fields, request.query) {
        query = Box::new(BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Should, phrase),
        ]));
    }
    let filters = filter_clauses(fields, request.filters)?;
    if filters.is_empty() {
        return Ok(query);
    }
    let mut clauses = vec![(Occur::Must, query)];
    for filter in filters {
        let filter: Box<dyn Query> = Box::new(ConstScoreQuery::new(filter, 0.0));
        clauses.push((Occur::Must, filter));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// A query matching every document that passes the filters.
pub fn filters_only(fields: &QuoteFields, filters: &Filters) -> anyhow::Result<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, Box::new(AllQuery))];
    for filter in filter_clauses(fields, filters)? {
        clauses.push((Occur::Must, filter));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// One non-scoring clause per filter.
fn filter_clauses(fields: &QuoteFields, filters: &Filters) -> anyhow::Result<Vec<Box<dyn Query>>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    if let Some(name) = &filters.speaker {
        out.push(all_words(fields.speaker, name, "--speaker")?);
    }
    if let Some(source) = &filters.source {
        out.push(all_words(fields.source, source, "--source")?);
    }
    if let Some(kind) = filters.kind {
        out.push(exact(fields.kind, kind.as_str()));
    }
    if let Some(anonymous) = filters.anonymous {
        out.push(exact(
            fields.anonymous,
            if anonymous { "true" } else { "false" },
        ));
    }
    if filters.since.is_some() || filters.until.is_some() {
        let bound = |day: Option<u32>| match day {
            Some(day) => Bound::Included(Term::from_field_u64(fields.date, u64::from(day))),
            None => Bound::Unbounded,
        };
        out.push(Box::new(RangeQuery::new(
            bound(filters.since),
            bound(filters.until),
        )));
    }
    Ok(out)
}

/// Every analysed word of `words` in `field`.
fn all_words(field: Field, words: &str, option: &str) -> anyhow::Result<Box<dyn Query>> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(words);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    while stream.advance() {
        let term = Term::from_field_text(field, &stream.token().text);
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    if clauses.is_empty() {
        bail!("{option} {words:?} has no words to match");
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The raw value `value` in `field`.
fn exact(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Rewrites `a AND NOT b` as `a NOT b` outside quoted phrases: tantivy reads the
/// former as "a, and a clause that only excludes", which matches nothing.
fn normalize(query: &str) -> String {
    let mut out = String::with_capacity(query.len());
    let mut in_phrase = false;
    let mut rest = query;
    while let Some(c) = rest.chars().next() {
        if c == '"' {
            in_phrase = !in_phrase;
        } else if !in_phrase && out.ends_with(char::is_whitespace) && rest.starts_with("AND NOT ") {
            rest = &rest["AND ".len()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Whether a query is plain words: no fields, phrases, operators or grouping. Only
/// such queries fall back to passages holding some of their words, and get a bonus
/// for words side by side; a query with fields means exactly what it says.
pub fn is_plain(query: &str) -> bool {
    !query.contains(|c: char| "\":()[]{}+-^*~!/\\".contains(c))
        && !query
            .split_whitespace()
            .any(|w| matches!(w, "AND" | "OR" | "NOT" | "IN"))
}

/// For a query of plain words, a bonus for passages (and quotes) holding them side by
/// side, in order: "secure communications" ranks above "secure mobile communication".
fn adjacency_boost(fields: &QuoteFields, query: &str) -> Option<Box<dyn Query>> {
    if !is_plain(query) {
        return None;
    }
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(query);
    let mut words = Vec::new();
    while stream.advance() {
        words.push(stream.token().text.clone());
    }
    if words.len() < 2 {
        return None;
    }
    let phrase = |field, boost| -> (Occur, Box<dyn Query>) {
        let terms = words
            .iter()
            .map(|w| Term::from_field_text(field, w))
            .collect();
        (
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(PhraseQuery::new(terms)), boost)),
        )
    };
    Some(Box::new(BooleanQuery::new(vec![
        phrase(fields.text, 2.0),
        phrase(fields.quote, 3.0),
    ])))
}

/// A parse error in words a user can act on.
pub fn explain_parse_error(query: &str, err: &QueryParserError) -> String {
    match err {
        QueryParserError::FieldDoesNotExist(field) | QueryParserError::FieldNotIndexed(field) => {
            format!("unknown field `{field}:` in query {query:?}; the fields are {QUERY_FIELDS} (put a colon that is not a field inside \"quotes\")")
        }
        QueryParserError::AllButQueryForbidden => {
            format!("query {query:?} only excludes (NOT or -word): add words to look for")
        }
        QueryParserError::SyntaxError(detail) => {
            format!("could not parse query {query:?} ({detail}): check its quotes and parentheses")
        }
        other => format!("invalid query {query:?}: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn and_not_becomes_not_outside_phrases() {
        assert_eq!(normalize("bridge AND NOT spring"), "bridge NOT spring");
        assert_eq!(
            normalize("\"x AND NOT y\" AND NOT z"),
            "\"x AND NOT y\" NOT z"
        );
        assert_eq!(normalize("AND NOT x"), "AND NOT x");
        assert_eq!(
            normalize("caf\u{e9} AND NOT th\u{e9}"),
            "caf\u{e9} NOT th\u{e9}"
        );
    }
}
