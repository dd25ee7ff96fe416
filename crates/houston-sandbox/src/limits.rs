//! What one request may cost, decided before it runs (from the document alone) and enforced
//! while it runs.
//!
//! Before execution (right after parsing, before validation, whose cost also grows with the
//! document): at most [`MAX_FIELDS`] field selections once fragments are expanded (a 10,000-alias
//! query is refused here), nesting at most [`MAX_DEPTH`] deep (introspection excepted: its depth is
//! apollo-compiler's own check), and an estimated cost of at most [`MAX_COST`], where every field
//! costs 1 and a list multiplies what it selects by [`LIST_FACTOR`]. Four nested lists fit; the
//! "complexity bomb" (`workspaces { users { roleBindings { workspace { users … } } } }`, whose
//! real fan-out is the number of workspaces to the power of the nesting) does not.
//!
//! While executing: every object created and field resolved is charged to a budget of
//! [`MAX_RESOLVED`]; past it, or when the request is cancelled (the client went away, the server is
//! stopping), resolvers stop loading and the request answers one error instead of data.

use apollo_compiler::ast::{self, Definition, Selection};
use apollo_compiler::schema::ExtendedType;

/// Field selections in one document, fragments expanded.
pub const MAX_FIELDS: usize = 2_000;
/// Selection-set nesting (introspection excepted).
pub const MAX_DEPTH: usize = 10;
/// The estimated cost limit (see the module comment).
pub const MAX_COST: u64 = 100_000;
/// What a list multiplies the cost of its selection by.
pub const LIST_FACTOR: u64 = 10;
/// Objects created plus fields resolved while executing one request.
pub const MAX_RESOLVED: u64 = 500_000;
/// The largest JSON answer the server sends (a backstop behind [`MAX_RESOLVED`]).
pub const MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;
/// Significant tokens (names, punctuation, values; not whitespace, commas or comments) in one
/// document, counted by the lexer alone before anything is parsed: parsing is the one cost paid
/// before the other limits can be checked, and the lexer is far cheaper. 20,000 is eight times a
/// large generated operation (200 aliased mutations take ~2,400) and lets 2,000 fields with
/// arguments through; 10,000 aliases (60,000) stop at it.
pub const MAX_TOKENS: usize = 20_000;
/// The parser's own token limit, whitespace included (a backstop behind [`MAX_TOKENS`]), and
/// its nesting limit (stack safety).
pub const MAX_PARSER_TOKENS: usize = 4 * MAX_TOKENS;
pub const MAX_PARSE_RECURSION: usize = 64;

/// Why a document is refused before execution (a sentence for the client).
#[derive(Debug, PartialEq, Eq)]
pub struct TooExpensive(pub String);

struct Walk<'a> {
    doc: &'a ast::Document,
    fields: usize,
    cost: u64,
    depth: usize,
    fragments: Vec<&'a str>,
}

/// Refuses a document of more than [`MAX_TOKENS`] significant tokens, lexing no further than
/// that. A lexing error is left for the parser to report with its position.
pub fn count_tokens(query: &str) -> Result<(), TooExpensive> {
    use apollo_parser::TokenKind;
    let mut significant = 0;
    for token in apollo_parser::Lexer::new(query).flatten() {
        if matches!(
            token.kind(),
            TokenKind::Whitespace | TokenKind::Comma | TokenKind::Comment | TokenKind::Eof
        ) {
            continue;
        }
        significant += 1;
        if significant > MAX_TOKENS {
            return Err(TooExpensive(format!(
                "query too large: more than {MAX_TOKENS} tokens (names, punctuation and values; aliases and fields counted); split it into several requests"
            )));
        }
    }
    Ok(())
}

/// Checks every operation of a parsed (not yet validated) document against the static limits.
pub fn check(doc: &ast::Document) -> Result<(), TooExpensive> {
    let mut walk = Walk {
        doc,
        fields: 0,
        cost: 0,
        depth: 0,
        fragments: Vec::new(),
    };
    for def in &doc.definitions {
        if let Definition::OperationDefinition(op) = def {
            let root = match op.operation_type {
                ast::OperationType::Query => "Query",
                ast::OperationType::Mutation => "Mutation",
                ast::OperationType::Subscription => "Subscription",
            };
            walk.selections(&op.selection_set, Some(root), 1, 1, false)?;
        }
    }
    Ok(())
}

impl<'a> Walk<'a> {
    fn selections(
        &mut self,
        set: &'a [Selection],
        ty: Option<&str>,
        depth: usize,
        multiplier: u64,
        introspection: bool,
    ) -> Result<(), TooExpensive> {
        if !introspection {
            self.depth = self.depth.max(depth);
            if depth > MAX_DEPTH {
                return Err(TooExpensive(format!(
                    "query too deep: selections nest more than {MAX_DEPTH} levels; ask for less at once"
                )));
            }
        }
        for selection in set {
            // Spreads count too: fragments that only spread others (or spread undefined ones)
            // would otherwise make this walk exponential without a single field.
            self.fields += 1;
            if self.fields > MAX_FIELDS {
                return Err(TooExpensive(format!(
                    "query too large: more than {MAX_FIELDS} fields (aliases and fragments counted); \
                     split it into several requests"
                )));
            }
            match selection {
                Selection::Field(field) => {
                    self.cost = self.cost.saturating_add(multiplier);
                    let definition =
                        ty.and_then(|t| crate::schema().type_field(t, &field.name).ok());
                    let is_list = definition.is_some_and(|d| d.ty.is_list());
                    let child_ty = definition.map(|d| d.ty.inner_named_type().as_str());
                    let child_multiplier = if is_list {
                        multiplier.saturating_mul(LIST_FACTOR)
                    } else {
                        multiplier
                    };
                    if !field.selection_set.is_empty() {
                        let inner = introspection || field.name.starts_with("__");
                        self.selections(
                            &field.selection_set,
                            child_ty,
                            depth + 1,
                            child_multiplier,
                            inner,
                        )?;
                    }
                    if self.cost > MAX_COST {
                        return Err(self.too_costly());
                    }
                }
                Selection::InlineFragment(inline) => {
                    let ty = inline.type_condition.as_ref().map(|t| t.as_str()).or(ty);
                    self.selections(&inline.selection_set, ty, depth, multiplier, introspection)?;
                }
                Selection::FragmentSpread(spread) => {
                    let name = spread.fragment_name.as_str();
                    // A cycle is a validation error reported after this check; stop walking it.
                    if self.fragments.contains(&name) {
                        continue;
                    }
                    let Some(fragment) = self.doc.definitions.iter().find_map(|d| match d {
                        Definition::FragmentDefinition(f) if f.name == name => Some(f),
                        _ => None,
                    }) else {
                        continue;
                    };
                    let ty = Some(fragment.type_condition.as_str()).filter(|t| {
                        matches!(
                            crate::schema().types.get(*t),
                            Some(ExtendedType::Object(_) | ExtendedType::Interface(_))
                        )
                    });
                    self.fragments.push(name);
                    let result = self.selections(
                        &fragment.selection_set,
                        ty,
                        depth,
                        multiplier,
                        introspection,
                    );
                    self.fragments.pop();
                    result?;
                }
            }
        }
        Ok(())
    }

    fn too_costly(&self) -> TooExpensive {
        TooExpensive(format!(
            "query too complex: its estimated cost exceeds {MAX_COST} (every field costs 1 and each list \
             multiplies what it selects by {LIST_FACTOR}); select fewer nested lists, or page with take/pageNumber"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(query: &str) -> Result<(), TooExpensive> {
        check(&ast::Document::parse(query, "q.graphql").unwrap())
    }

    #[test]
    fn ordinary_queries_pass() {
        verdict("{ workspaces { id label deployments { id urls { url } roleBindings { role user { emails { address } } } } } }").unwrap();
        verdict("query { __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }").unwrap();
    }

    #[test]
    fn the_complexity_bomb_is_refused() {
        let bomb = "{workspaces{users{roleBindings{workspace{users{roleBindings{workspace{users{roleBindings{workspace{id}}}}}}}}}}}";
        assert!(bomb.len() < 160);
        let err = verdict(bomb).unwrap_err();
        assert!(
            err.0.contains("too complex") || err.0.contains("too deep"),
            "{}",
            err.0
        );
        let shallow_bomb = "{workspaces{users{roleBindings{workspace{users{roleBindings{id}}}}}}}";
        assert!(verdict(shallow_bomb).unwrap_err().0.contains("too complex"));
    }

    #[test]
    fn ten_thousand_aliases_are_refused() {
        let mut q = String::from("{");
        for i in 0..10_000 {
            q.push_str(&format!(" a{i}: appConfig {{ version }}"));
        }
        q.push('}');
        assert!(verdict(&q).unwrap_err().0.contains("more than 2000 fields"));
    }

    #[test]
    fn fragment_fan_out_is_counted() {
        let mut q = String::from("{ ...F0 }\n");
        for i in 0..12 {
            q.push_str(&format!(
                "fragment F{i} on Query {{ ...F{} ...F{} }}\n",
                i + 1,
                i + 1
            ));
        }
        q.push_str("fragment F12 on Query { appConfig { version } }\n");
        assert!(verdict(&q).is_err());
    }
}
