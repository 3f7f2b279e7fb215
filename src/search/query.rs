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
use super::sum::Sum;
use super::topk::Bonus;
use super::{Filters, Request};
use crate::index::{analyzer, OpenIndex, QuoteFields, QUOTE_LEVEL};

/// Fields a user may name in a query, for error messages.
pub const QUERY_FIELDS: &str =
    "text, title, source, speakers, path, date, quote, speaker, mention, attribution, kind, anonymous";

/// Weight of a word in the names of the speakers quoted, relative to the text.
const SPEAKERS_BOOST: f32 = 2.0;
/// Weight of a word in the title, relative to the text.
const TITLE_BOOST: f32 = 0.5;

/// How much a word inside a quote adds, relative to the same word in the text.
const QUOTE_BONUS: f32 = 1.5;
/// How much words side by side add, relative to the same words apart.
const ADJACENCY_BONUS: f32 = 2.0;

/// A query parser over the passage-level default fields: the text, the title and the
/// names of the speakers quoted, a speaker's name weighing most.
pub fn parser(index: &OpenIndex, conjunction: bool) -> QueryParser {
    let f = &index.fields;
    let mut parser = QueryParser::for_index(&index.index, vec![f.text, f.title, f.speakers]);
    parser.set_field_boost(f.speakers, SPEAKERS_BOOST);
    parser.set_field_boost(f.title, TITLE_BOOST);
    if conjunction {
        parser.set_conjunction_by_default();
    }
    parser
}

/// The parsers a searcher keeps for every query.
pub struct Parsers {
    /// Words without an operator are all required.
    pub all_terms: QueryParser,
    /// Words without an operator are optional.
    pub any_term: QueryParser,
}

/// A query split for ranking (see `search::topk`): what decides a match and most of
/// the score (`base`, with the filters), and bonuses that only add to it.
pub struct Ranked {
    /// Decides which passages match.
    pub base: Box<dyn Query>,
    /// Added to the score of a matching passage.
    pub bonuses: Vec<Bonus>,
}

impl Ranked {
    /// One query that scores as the base plus the bonuses.
    pub fn combined(self) -> Box<dyn Query> {
        if self.bonuses.is_empty() {
            return self.base;
        }
        let mut clauses = vec![(Occur::Must, self.base)];
        clauses.extend(self.bonuses.into_iter().map(|b| (Occur::Should, b.query)));
        Box::new(BooleanQuery::new(clauses))
    }

    /// Calls `visit` with every term of the base and the bonuses.
    pub fn query_terms<'a>(&'a self, visit: &mut dyn FnMut(&'a Term, bool)) {
        self.base.query_terms(visit);
        for bonus in &self.bonuses {
            bonus.query.query_terms(visit);
        }
    }
}

/// Builds the query for a request, with its filters, over passage documents.
pub fn build(
    parsers: &Parsers,
    conjunction: bool,
    fields: &QuoteFields,
    request: &Request,
) -> anyhow::Result<Box<dyn Query>> {
    Ok(build_ranked(parsers, conjunction, fields, request)?.combined())
}

/// [`build`], split for ranking. A query of plain words gets two bonuses: its words
/// side by side in the text, and its words inside a quote of the passage.
pub fn build_ranked(
    parsers: &Parsers,
    conjunction: bool,
    fields: &QuoteFields,
    request: &Request,
) -> anyhow::Result<Ranked> {
    if request.query.trim().is_empty() {
        bail!("the query is empty: give words to look for, such as `search query \"peace talks\"`");
    }
    let text = normalize(request.query);
    let explain = |err: QueryParserError| anyhow::anyhow!(explain_parse_error(request.query, &err));
    let ast = query_grammar::parse_query(&text)
        .map_err(|_| explain(QueryParserError::SyntaxError(text.clone())))?;
    if conjunction {
        if let Some(words) = simple_words(request) {
            // What the parser builds, each word's fields as a union sought, not
            // buffered (see `search::sum`).
            let base = words
                .iter()
                .map(|w| {
                    let union = Sum::new(in_default_fields(fields, w).into());
                    (Occur::Must, Box::new(union) as Box<dyn Query>)
                })
                .collect();
            return Ok(Ranked {
                base: Box::new(BooleanQuery::new(base)),
                bonuses: plain_bonuses(fields, request.query),
            });
        }
    }
    let planner = Planner {
        parser: if conjunction {
            &parsers.all_terms
        } else {
            &parsers.any_term
        },
        fields,
        conjunction,
    };
    let mut base = planner
        .plan(ast, quote_filters(request.filters)?)
        .map_err(explain)?;
    let passage_filters = passage_filters(fields, request.filters)?;
    if !passage_filters.is_empty() {
        let mut clauses = vec![(Occur::Must, base)];
        for filter in passage_filters {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(filter, 0.0)) as Box<dyn Query>,
            ));
        }
        base = Box::new(BooleanQuery::new(clauses));
    }
    let bonuses = match is_plain(request.query) {
        true => plain_bonuses(fields, request.query),
        false => Vec::new(),
    };
    Ok(Ranked { base, bonuses })
}

/// The bonuses of a query of plain words: its words side by side in the text, and its
/// words inside a quote of the passage.
fn plain_bonuses(fields: &QuoteFields, query: &str) -> Vec<Bonus> {
    adjacency_bonus(fields, query)
        .into_iter()
        .chain(quote_bonus(fields, query))
        .collect()
}

/// The second pass of a plain query: the passages holding some of its words (those
/// holding all of them are taken), each word scored in the text, title and speakers
/// with the parser's boosts, plus the bonus for words inside a quote. Such a passage
/// cannot hold the words side by side, so the adjacency bonus has nothing to add. The
/// base is a flat union of term queries, which tantivy walks with block-max WAND.
/// `None` for a query with filters, or with a word the analyzer splits ("U.S."):
/// those take [`build_ranked`] without conjunction.
pub fn any_words(fields: &QuoteFields, request: &Request) -> Option<Ranked> {
    let words = simple_words(request)?;
    let base = words
        .iter()
        .flat_map(|word| in_default_fields(fields, word))
        .map(|query| (Occur::Should, query))
        .collect();
    Some(Ranked {
        base: Box::new(BooleanQuery::new(base)),
        bonuses: quote_bonus(fields, request.query).into_iter().collect(),
    })
}

/// The analysed words of a plain query without filters whose every word is one
/// term, which can be built without the parser; `None` for any other request.
fn simple_words(request: &Request) -> Option<Vec<String>> {
    if !request.filters.is_empty() || !is_plain(request.query) {
        return None;
    }
    let mut words = Vec::new();
    for word in request.query.split_whitespace() {
        match words_of(word).as_slice() {
            [one] => words.push(one.clone()),
            _ => return None,
        }
    }
    (!words.is_empty()).then_some(words)
}

/// One analysed word in each default field, with the parser's boosts.
fn in_default_fields(fields: &QuoteFields, word: &str) -> [Box<dyn Query>; 3] {
    [
        (fields.text, 1.0),
        (fields.title, TITLE_BOOST),
        (fields.speakers, SPEAKERS_BOOST),
    ]
    .map(|(field, boost)| {
        Box::new(BoostQuery::new(term_query(field, word), boost)) as Box<dyn Query>
    })
}

/// A scored query for one term.
fn term_query(field: Field, word: &str) -> Box<dyn Query> {
    let term = Term::from_field_text(field, word);
    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
}

/// The bonus for the words of a plain query inside a quote of the passage: each word
/// (a phrase if the analyzer splits it) in the quote field of an attribution document,
/// the best attribution of the block counting.
fn quote_bonus(fields: &QuoteFields, query: &str) -> Option<Bonus> {
    let groups: Vec<Vec<Term>> = query
        .split_whitespace()
        .map(|word| {
            words_of(word)
                .iter()
                .map(|w| Term::from_field_text(fields.quote, w))
                .collect::<Vec<_>>()
        })
        .filter(|group| !group.is_empty())
        .collect();
    if groups.is_empty() {
        return None;
    }
    let said = groups
        .iter()
        .map(|group| -> Box<dyn Query> {
            match group.as_slice() {
                [term] => Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
                _ => Box::new(PhraseQuery::new(group.clone())),
            }
        })
        .collect();
    // Only attribution documents have a quote field: no need to ask for their level.
    let in_quote: Box<dyn Query> = Box::new(Sum::new(said));
    Some(Bonus {
        query: Box::new(BoostQuery::new(
            Box::new(ToPassage::new(in_quote)),
            QUOTE_BONUS,
        )),
        groups,
        boost: QUOTE_BONUS,
    })
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

/// For a query of plain words, a bonus for passages holding them side by side, in
/// order: "secure communications" ranks above "secure mobile communication".
fn adjacency_bonus(fields: &QuoteFields, query: &str) -> Option<Bonus> {
    let words = words_of(query);
    if words.len() < 2 {
        return None;
    }
    let terms: Vec<Term> = words
        .iter()
        .map(|w| Term::from_field_text(fields.text, w))
        .collect();
    Some(Bonus {
        query: Box::new(BoostQuery::new(
            Box::new(PhraseQuery::new(terms.clone())),
            ADJACENCY_BONUS,
        )),
        groups: vec![terms],
        boost: ADJACENCY_BONUS,
    })
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
