//! From the user's query text to a tantivy query: default fields and boosts, the
//! `--speaker` filter, and errors explained in words.

use anyhow::bail;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser,
    QueryParserError, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use super::Request;
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
    let Some(speaker) = request.speaker else {
        return Ok(query);
    };
    let filter = speaker_filter(fields, speaker)?;
    Ok(Box::new(BooleanQuery::new(vec![
        (Occur::Must, query),
        (Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0))),
    ])))
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

/// For a query of plain words, a bonus for passages (and quotes) holding them side by
/// side, in order: "secure communications" ranks above "secure mobile communication".
fn adjacency_boost(fields: &QuoteFields, query: &str) -> Option<Box<dyn Query>> {
    let is_plain = !query.contains(|c: char| "\":()[]{}+-^*~!/\\".contains(c))
        && !query
            .split_whitespace()
            .any(|w| matches!(w, "AND" | "OR" | "NOT" | "IN"));
    if !is_plain {
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

/// Every word of `name` in the speaker field of the same quote.
fn speaker_filter(fields: &QuoteFields, name: &str) -> anyhow::Result<Box<dyn Query>> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(name);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    while stream.advance() {
        let term = Term::from_field_text(fields.speaker, &stream.token().text);
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    if clauses.is_empty() {
        bail!("--speaker {name:?} has no words to match");
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
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
