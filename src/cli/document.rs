//! A document run from the command line, made ready to send: validated against the schema, its
//! operation chosen, its variables built and coerced. Nothing here touches the network, so
//! everything that can be wrong with the input is found before a request exists.

use super::vars::{self, VarErrors};
use crate::graphql::checks::{self, Diagnostic, Rules};
use crate::graphql::schema::render;
use crate::houston::{OperationKind, Request};
use apollo_compiler::ast::OperationType;
use apollo_compiler::executable::Operation;
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Node, Schema};
use serde_json::Value;

/// Why a document cannot be sent. Every variant is found before sending (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    /// The document does not parse or does not fit the schema: every diagnostic.
    #[error("{}", render(.0))]
    Document(Vec<Diagnostic>),
    /// No operation, or several and no (or a wrong) `--operation`.
    #[error("{0}")]
    Operation(String),
    #[error("{0}")]
    Variables(VarErrors),
}

/// A document ready to send.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub text: String,
    pub operation_name: Option<String>,
    pub kind: OperationKind,
    /// A JSON object, or null when the operation declares no variables.
    pub variables: Value,
    /// Non-fatal findings (deprecated fields).
    pub warnings: Vec<Diagnostic>,
}

impl Prepared {
    /// The request the Houston client sends for it.
    pub fn request(&self) -> Request<'_> {
        Request {
            query: &self.text,
            variables: self.variables.clone(),
            operation_name: self.operation_name.as_deref(),
            kind: self.kind,
        }
    }
}

/// What `--var`/`--vars-file` gave.
#[derive(Debug, Clone, Default)]
pub struct VariableInput {
    /// `k=v` arguments, in order.
    pub assignments: Vec<String>,
    /// A `--vars-file`: its name for messages and its parsed JSON.
    pub file: Option<(String, Value)>,
}

/// The operation to run: the one named, or the only one.
pub fn select<'d>(
    document: &'d ExecutableDocument,
    name: Option<&str>,
) -> Result<&'d Node<Operation>, PrepareError> {
    let names: Vec<String> = document
        .operations
        .named
        .keys()
        .map(|n| n.to_string())
        .collect();
    match name {
        Some(wanted) => document.operations.named.get(wanted).ok_or_else(|| {
            PrepareError::Operation(if names.is_empty() {
                format!("--operation {wanted}: the document has only an anonymous operation; drop --operation")
            } else {
                format!(
                    "--operation {wanted}: the document has no such operation; it has {}",
                    names.join(", ")
                )
            })
        }),
        None => document.operations.get(None).map_err(|_| {
            PrepareError::Operation(if names.is_empty() {
                "the document holds no operation".to_string()
            } else {
                format!(
                    "the document holds {} operations: choose one with --operation ({})",
                    document.operations.len(),
                    names.join(", ")
                )
            })
        }),
    }
}

/// Validates `text` (named `path` in diagnostics) against `schema`, chooses the operation, and
/// builds its variables.
pub fn prepare(
    schema: &Valid<Schema>,
    text: &str,
    path: &str,
    operation: Option<&str>,
    input: &VariableInput,
) -> Result<Prepared, PrepareError> {
    let checked = checks::check_document(schema, text, path, Rules::RUN_TIME)
        .map_err(PrepareError::Document)?;
    let op = select(&checked.document, operation)?;
    let file = input.file.as_ref().map(|(p, v)| (p.as_str(), v.clone()));
    let variables =
        vars::build(schema, op, &input.assignments, file).map_err(PrepareError::Variables)?;
    let variables = if op.variables.is_empty() {
        Value::Null
    } else {
        Value::Object(variables)
    };
    // A document with several operations needs the name on the wire; with one it is harmless
    // and makes server logs readable.
    let operation_name = op.name.as_ref().map(|n| n.to_string());
    Ok(Prepared {
        text: text.to_string(),
        operation_name,
        kind: kind(op.operation_type),
        variables,
        warnings: checked.warnings,
    })
}

/// The transport's name for an operation type.
pub fn kind(operation_type: OperationType) -> OperationKind {
    match operation_type {
        OperationType::Query => OperationKind::Query,
        OperationType::Mutation => OperationKind::Mutation,
        OperationType::Subscription => OperationKind::Subscription,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::schema::vendored;

    #[test]
    fn chooses_the_operation_and_reports_bad_documents() {
        let two = "query a { appConfig { version } }\nquery b { appConfig { version } }";
        let input = VariableInput::default();
        let err = prepare(vendored(), two, "two.graphql", None, &input).unwrap_err();
        assert!(
            err.to_string()
                .contains("choose one with --operation (a, b)"),
            "{err}"
        );
        let p = prepare(vendored(), two, "two.graphql", Some("b"), &input).unwrap();
        assert_eq!(p.operation_name.as_deref(), Some("b"));
        assert_eq!(p.variables, Value::Null);
        let err = prepare(vendored(), two, "two.graphql", Some("c"), &input).unwrap_err();
        assert!(err.to_string().contains("it has a, b"), "{err}");

        let bad = "query q {\n  workspaces { nope }\n  appConfig { alsoNope }\n}";
        let PrepareError::Document(found) =
            prepare(vendored(), bad, "bad.graphql", None, &input).unwrap_err()
        else {
            panic!("expected diagnostics")
        };
        let at: Vec<_> = found.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(at, [(2, 3), (2, 16), (3, 3), (3, 15)], "{found:?}");
        let text = render(&found);
        assert!(
            text.contains("bad.graphql:3:15: type `AppConfig` does not have a field `alsoNope`\n"),
            "{text}"
        );
        assert!(
            text.contains("appConfig { alsoNope }"),
            "the snippet: {text}"
        );
    }
}
