//! From the user's query text to a tantivy query over passages: default fields and
//! boosts, filters, the bonus for words side by side or inside a quote, and parse
//! errors explained in words. The split between passage and quote levels is
//! `search::plan`'s.

use std::ops::Bound;

use anyhow::bail;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser,
    QueryParserError, RangeQuery, TermQuery,
};
use tantivy::query_grammar::{self, Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::join::ToPassage;
use super::plan::Planner;
use super::{Filters, Request};
use crate::index::{analyzer, OpenIndex, QuoteFields, QUOTE_LEVEL};

/// Fields a user may name in a query, for error messages.
pub const QUERY_FIELDS: &str =
    "text, title, source, speakers, path, date, quote, speaker, mention, attribution, kind, anonymous";

/// How much a word inside a quote adds, relative to the same word in the text.
const QUOTE_BONUS: f32 = 1.5;

/// A query parser over the passage-level default fields: the text, the title and the
/// names of the speakers quoted, a speaker's name weighing most.
pub fn parser(index: &OpenIndex, conjunction: bool) -> QueryParser {
    let f = &index.fields;
    let mut parser = QueryParser::for_index(&index.index, vec![f.text, f.title, f.speakers]);
    parser.set_field_boost(f.speakers, 2.0);
    parser.set_field_boost(f.title, 0.5);
    if conjunction {
        parser.set_conjunction_by_default();
    }
    parser
}

/// A parser whose only default field is the quote, for the bonus of words said.
pub fn quote_parser(index: &OpenIndex) -> QueryParser {
    QueryParser::for_index(&index.index, vec![index.fields.quote])
}

/// The parsers a searcher keeps for every query.
pub struct Parsers {
    /// Words without an operator are all required.
    pub all_terms: QueryParser,
    /// Words without an operator are optional.
    pub any_term: QueryParser,
    /// Default field: the quote.
    pub quote: QueryParser,
}

/// Builds the query for a request, with its filters, over passage documents.
pub fn build(
    parsers: &Parsers,
    conjunction: bool,
    fields: &QuoteFields,
    request: &Request,
) -> anyhow::Result<Box<dyn Query>> {
    if request.query.trim().is_empty() {
        bail!("the query is empty: give words to look for, such as `search query \"peace talks\"`");
    }
    let text = normalize(request.query);
    let explain = |err: QueryParserError| anyhow::anyhow!(explain_parse_error(request.query, &err));
    let ast = query_grammar::parse_query(&text)
        .map_err(|_| explain(QueryParserError::SyntaxError(text.clone())))?;
    let planner = Planner {
        parser: if conjunction {
            &parsers.all_terms
        } else {
            &parsers.any_term
        },
        fields,
        conjunction,
    };
    let mut query = planner
        .plan(ast, quote_filters(request.filters)?)
        .map_err(explain)?;
    if is_plain(request.query) {
        let mut bonus = vec![(Occur::Must, query)];
        bonus.extend(adjacency_boost(fields, request.query).map(|q| (Occur::Should, q)));
        if let Ok(said) = parsers.quote.parse_query(&text) {
            let in_quote: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
                (Occur::Must, level(fields, QUOTE_LEVEL)),
                (Occur::Must, said),
            ]));
            let joined: Box<dyn Query> = Box::new(ToPassage::new(in_quote));
            bonus.push((
                Occur::Should,
                Box::new(BoostQuery::new(joined, QUOTE_BONUS)),
            ));
        }
        query = Box::new(BooleanQuery::new(bonus));
    }
    let passage_filters = passage_filters(fields, request.filters)?;
    if passage_filters.is_empty() {
        return Ok(query);
    }
    let mut clauses = vec![(Occur::Must, query)];
    for filter in passage_filters {
        clauses.push((
            Occur::Must,
            Box::new(ConstScoreQuery::new(filter, 0.0)) as Box<dyn Query>,
        ));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The attribution documents meeting the quote-level filters (all of them when there
/// are none), for counting speakers.
pub fn quote_filter_query(
    parsers: &Parsers,
    fields: &QuoteFields,
    filters: &Filters,
) -> anyhow::Result<Box<dyn Query>> {
    let mut clauses = vec![(Occur::Must, level(fields, QUOTE_LEVEL))];
    for leaf in quote_filters(filters)? {
        let part = parsers
            .all_terms
            .build_query_from_user_input_ast(leaf)
            .map_err(|err| anyhow::anyhow!(explain_parse_error("", &err)))?;
        clauses.push((Occur::Must, part));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The filters about quotes, as query leaves that the planner adds to the group of
/// conditions one quote must meet: every word of `--speaker`, `--kind`, anonymity.
fn quote_filters(filters: &Filters) -> anyhow::Result<Vec<UserInputAst>> {
    let leaf = |field: &str, phrase: &str| {
        UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(UserInputLiteral {
            field_name: Some(field.to_string()),
            phrase: phrase.to_string(),
            delimiter: Delimiter::None,
            slop: 0,
            prefix: false,
        })))
    };
    let mut out = Vec::new();
    if let Some(name) = &filters.speaker {
        let words = words_of(name);
        if words.is_empty() {
            bail!("--speaker {name:?} has no words to match");
        }
        out.extend(words.iter().map(|w| leaf("speaker", w)));
    }
    if let Some(kind) = filters.kind {
        out.push(leaf("kind", kind.as_str()));
    }
    if let Some(anonymous) = filters.anonymous {
        out.push(leaf("anonymous", if anonymous { "true" } else { "false" }));
    }
    Ok(out)
}

/// The filters about articles: every word of `--source`, the date range.
fn passage_filters(fields: &QuoteFields, filters: &Filters) -> anyhow::Result<Vec<Box<dyn Query>>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    if let Some(source) = &filters.source {
        out.push(all_words(fields.source, source, "--source")?);
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

/// The analysed words of `text`.
fn words_of(text: &str) -> Vec<String> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut words = Vec::new();
    while stream.advance() {
        words.push(stream.token().text.clone());
    }
    words
}

/// Every analysed word of `words` in `field`.
fn all_words(field: Field, words: &str, option: &str) -> anyhow::Result<Box<dyn Query>> {
    let terms = words_of(words);
    if terms.is_empty() {
        bail!("{option} {words:?} has no words to match");
    }
    let clauses = terms
        .iter()
        .map(|w| {
            let term = Term::from_field_text(field, w);
            (
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The documents of one level, without score.
pub fn level(fields: &QuoteFields, level: &str) -> Box<dyn Query> {
    let term = Term::from_field_text(fields.level, level);
    Box::new(ConstScoreQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        0.0,
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
    let words = words_of(query);
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
    Some(Box::new(BooleanQuery::new(vec![phrase(fields.text, 2.0)])))
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
        QueryParserError::SyntaxError(_) => format!(
            "could not parse query {query:?}: check its quotes and parentheses, and that \
             operators (AND, OR, NOT, field:) have words beside them"
        ),
        QueryParserError::ExpectedInt(_) => format!(
            "invalid query {query:?}: dates and numbers are digits, as in date:[20160101 TO 20161231]"
        ),
        QueryParserError::FieldDoesNotHavePositionsIndexed(field) => {
            format!("invalid query {query:?}: field `{field}:` holds no phrases; give single words")
        }
        QueryParserError::UnsupportedQuery(detail) => {
            format!("invalid query {query:?}: {detail}")
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
