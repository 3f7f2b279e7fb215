//! Planning a query over passage blocks: the parsed query is split into what holds of
//! a passage (text, title, source, date, path) and what must hold of one of its
//! quotes (quote, speaker, mention, attribution, kind, anonymous).
//!
//! In a clause, the required quote-level parts are grouped and evaluated together on
//! attribution documents, then joined to their passage ([`ToPassage`]): so
//! `speaker:dunn quote:lose` needs one quote by Dunn that holds "lose", and a
//! quote-level exclusion beside them (`speaker:dunn -quote:win`) narrows that same
//! quote. Optional and excluded quote-level parts on their own join one by one:
//! `NOT speaker:dunn` is a passage where no quote is Dunn's.

use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, QueryParserError, TermQuery};
use tantivy::query_grammar::{UserInputAst, UserInputLeaf};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use super::copies::WithCopies;
use super::join::ToPassage;
use crate::index::{
    QuoteFields, PASSAGE_LEVEL, PASSAGE_LEVEL_FIELDS, QUOTE_LEVEL, QUOTE_LEVEL_FIELDS,
};

/// One clause of a boolean query.
type Clause = (Occur, Box<dyn Query>);

/// Where a part of a query is evaluated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// On passage documents.
    Passage,
    /// On attribution documents, then joined to their passage.
    Quote,
    /// Both kinds of parts below it.
    Mixed,
}

/// Turns parsed queries into passage-level tantivy queries.
pub struct Planner<'a> {
    /// Builds the leaves and pure subtrees (field names, analysis, phrases, ranges).
    pub parser: &'a QueryParser,
    /// Field handles.
    pub fields: &'a QuoteFields,
    /// Whether clauses without an operator are required (else optional).
    pub conjunction: bool,
}

impl Planner<'_> {
    /// The query matching passage documents for `ast`, with `required` quote-level
    /// leaves (filters) added to its top clause.
    pub fn plan(
        &self,
        ast: UserInputAst,
        required: Vec<UserInputAst>,
    ) -> Result<Box<dyn Query>, QueryParserError> {
        ensure_fields(&ast, &self.fields.schema)?;
        let children = match ast {
            UserInputAst::Clause(children) => children,
            other => vec![(None, other)],
        };
        let mut clauses = self.clause(children, required)?;
        let passages = (Occur::Must, self.level_term(PASSAGE_LEVEL));
        // Exclusions alone mean "every passage but"; otherwise the user's clauses stay
        // one group, so that optional words remain needed when nothing is required.
        if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
            clauses.push(passages);
            return Ok(Box::new(BooleanQuery::new(clauses)));
        }
        let user: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
        Ok(Box::new(BooleanQuery::new(vec![
            (Occur::Must, user),
            passages,
        ])))
    }

    /// A passage-level query for any part of a parsed query.
    fn lower(&self, ast: UserInputAst) -> Result<Box<dyn Query>, QueryParserError> {
        match level_of(&ast) {
            Level::Passage if !names_path(&ast) => self.parser.build_query_from_user_input_ast(ast),
            Level::Quote => self.join(vec![ast], Vec::new()),
            // Mixed levels, or a part about article paths: built part by part, so that
            // `path:` also finds the passages an article holds as copies.
            _ => match ast {
                UserInputAst::Boost(inner, boost) => Ok(Box::new(tantivy::query::BoostQuery::new(
                    self.lower(*inner)?,
                    boost.into_inner() as f32,
                ))),
                UserInputAst::Clause(children) => Ok(Box::new(BooleanQuery::new(
                    self.clause(children, Vec::new())?,
                ))),
                leaf => {
                    let about_path = names_path(&leaf);
                    let query = self.parser.build_query_from_user_input_ast(leaf)?;
                    Ok(match about_path {
                        true => Box::new(WithCopies::new(query, self.fields)),
                        false => query,
                    })
                }
            },
        }
    }

    /// The clauses of one boolean clause, quote-level parts grouped as described in
    /// the module documentation.
    fn clause(
        &self,
        children: Vec<(Option<tantivy::query_grammar::Occur>, UserInputAst)>,
        required: Vec<UserInputAst>,
    ) -> Result<Vec<Clause>, QueryParserError> {
        use tantivy::query_grammar::Occur as Said;
        let mut out = Vec::new();
        let filters = required.len();
        let mut group = required;
        let mut excluded = Vec::new();
        for (occur, child) in children {
            let occur = match occur {
                Some(Said::Must) => Occur::Must,
                Some(Said::MustNot) => Occur::MustNot,
                Some(Said::Should) => Occur::Should,
                None if self.conjunction => Occur::Must,
                None => Occur::Should,
            };
            match (level_of(&child), occur) {
                (Level::Quote, Occur::Must) => group.push(child),
                (Level::Quote, Occur::MustNot) => excluded.push(child),
                (Level::Quote, Occur::Should) => {
                    out.push((Occur::Should, self.join(vec![child], Vec::new())?))
                }
                (_, occur) => out.push((occur, self.lower(child)?)),
            }
        }
        // Filters must not turn the user's optional words into mere score boosts:
        // without a required word of the user's, one of the optional ones must match.
        let user_requires =
            group.len() > filters || out.iter().any(|(occur, _)| *occur == Occur::Must);
        if filters > 0 && !user_requires {
            let (optional, rest): (Vec<_>, Vec<_>) = out
                .into_iter()
                .partition(|(occur, _)| *occur == Occur::Should);
            out = rest;
            if !optional.is_empty() {
                out.push((
                    Occur::Must,
                    Box::new(BooleanQuery::new(optional)) as Box<dyn Query>,
                ));
            }
        }
        if group.is_empty() {
            for child in excluded {
                out.push((Occur::MustNot, self.join(vec![child], Vec::new())?));
            }
        } else {
            out.push((Occur::Must, self.join(group, excluded)?));
        }
        Ok(out)
    }

    /// Passages with an attribution that meets every part of `required` and none of
    /// `excluded`.
    fn join(
        &self,
        required: Vec<UserInputAst>,
        excluded: Vec<UserInputAst>,
    ) -> Result<Box<dyn Query>, QueryParserError> {
        let mut clauses = vec![(Occur::Must, self.level_term(QUOTE_LEVEL))];
        for part in required {
            clauses.push((
                Occur::Must,
                self.parser.build_query_from_user_input_ast(part)?,
            ));
        }
        for part in excluded {
            clauses.push((
                Occur::MustNot,
                self.parser.build_query_from_user_input_ast(part)?,
            ));
        }
        Ok(Box::new(ToPassage::new(Box::new(BooleanQuery::new(
            clauses,
        )))))
    }

    /// Documents of one level (non-scoring in effect: a raw term with one posting per
    /// document).
    fn level_term(&self, level: &str) -> Box<dyn Query> {
        let term = Term::from_field_text(self.fields.level, level);
        Box::new(tantivy::query::ConstScoreQuery::new(
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            0.0,
        ))
    }
}

/// Checks that every field the query names is one a user may search: the query
/// parser leaves some forms (`field:*`) to fail only when the query runs.
fn ensure_fields(
    ast: &UserInputAst,
    schema: &tantivy::schema::Schema,
) -> Result<(), QueryParserError> {
    match ast {
        UserInputAst::Clause(children) => children
            .iter()
            .try_for_each(|(_, child)| ensure_fields(child, schema)),
        UserInputAst::Boost(inner, _) => ensure_fields(inner, schema),
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Exists { field } = leaf.as_ref() {
                return Err(QueryParserError::UnsupportedQuery(format!(
                    "`{field}:*` (any value) is not supported; `*` alone matches every passage"
                )));
            }
            match field_of(leaf) {
                Some(name)
                    if !(QUOTE_LEVEL_FIELDS.contains(&name)
                        || PASSAGE_LEVEL_FIELDS.contains(&name))
                        || schema.get_field(name).is_err() =>
                {
                    Err(QueryParserError::FieldDoesNotExist(name.to_string()))
                }
                _ => Ok(()),
            }
        }
    }
}

/// The field a leaf of a parsed query names, if any.
fn field_of(leaf: &UserInputLeaf) -> Option<&str> {
    match leaf {
        UserInputLeaf::Literal(literal) => literal.field_name.as_deref(),
        UserInputLeaf::Range { field, .. }
        | UserInputLeaf::Set { field, .. }
        | UserInputLeaf::Regex { field, .. } => field.as_deref(),
        UserInputLeaf::Exists { field } => Some(field.as_str()),
        UserInputLeaf::All => None,
    }
}

/// Whether a part of a parsed query names the `path` field.
fn names_path(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Leaf(leaf) => field_of(leaf) == Some("path"),
        UserInputAst::Boost(inner, _) => names_path(inner),
        UserInputAst::Clause(children) => children.iter().any(|(_, child)| names_path(child)),
    }
}

/// Where a part of a parsed query is evaluated.
fn level_of(ast: &UserInputAst) -> Level {
    match ast {
        UserInputAst::Leaf(leaf) => {
            let field = field_of(leaf);
            match field {
                Some(name) if QUOTE_LEVEL_FIELDS.contains(&name) => Level::Quote,
                _ => Level::Passage,
            }
        }
        UserInputAst::Boost(inner, _) => level_of(inner),
        UserInputAst::Clause(children) => {
            let mut levels = children.iter().map(|(_, child)| level_of(child));
            let Some(first) = levels.next() else {
                return Level::Passage;
            };
            if levels.all(|level| level == first) {
                first
            } else {
                Level::Mixed
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::query_grammar::parse_query;

    fn level(query: &str) -> Level {
        level_of(&parse_query(query).expect("parses"))
    }

    #[test]
    fn levels_of_query_parts() {
        assert_eq!(level("secure communications"), Level::Passage);
        assert_eq!(level("title:talks text:peace"), Level::Passage);
        assert_eq!(level("speaker:rubio"), Level::Quote);
        assert_eq!(level("speaker:rubio quote:talented"), Level::Quote);
        assert_eq!(level("(speaker:a OR speaker:b) kind:direct"), Level::Quote);
        assert_eq!(level("secure speaker:rubio"), Level::Mixed);
        assert_eq!(level("*"), Level::Passage);
    }
}
