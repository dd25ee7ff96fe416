//! Issue 12 item 8, fuzzed (unit tests of the binary, where the document and variable parsers
//! live): documents and variables as a user may type them. Whatever the
//! input, preparing it answers a request or errors that say where (a `file:line:column` for a
//! document, the variable or file for a value); never a panic. (Bulk files, `.env`, durations and
//! `--field` values are fuzzed beside their parsers, in the binary's and library's unit tests.)

use super::document::{self, PrepareError, VariableInput};
use super::vars;
use crate::graphql::schema::vendored;
use proptest::prelude::*;
use serde_json::Value;

/// Pieces GraphQL documents are made of, valid and not.
const PIECES: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ":",
    "!",
    "=",
    "@",
    "$",
    "...",
    "|",
    "&",
    "\"",
    "\"\"\"",
    "#",
    "\n",
    "query",
    "mutation",
    "subscription",
    "fragment",
    "on",
    "q",
    "F",
    "Query",
    "workspaces",
    "workspace",
    "id",
    "label",
    "users",
    "appConfig",
    "version",
    "$id",
    "$w",
    "Uuid",
    "Uuid!",
    "String",
    "[String!]",
    "Int",
    "1",
    "-1.5e3",
    "true",
    "null",
    "\"x\"",
    "ENUM_VALUE",
    "workspaceUuid:",
    "__typename",
    "__schema",
    "@include(if: true)",
    "@deprecated",
    "\u{feff}",
    "é",
    "\u{0}",
];

/// A JSON value of any shape, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(
                "[a-z]{1,4}|i|fl|b|s|id|e|l|o|u|d|j|x|y|tag",
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// An operation with a variable of every kind on vars_props' schema, one of them required.
const DOC: &str = "query q($i: Int, $fl: Float, $b: Boolean, $s: String, $id: ID, $e: Color, $l: [Int!], $o: Point, $u: Uuid, $d: DateTime, $j: JSON, $r: Int!) { f(i: $i, fl: $fl, b: $b, s: $s, id: $id, e: $e, l: $l, o: $o, u: $u, d: $d, j: $j, r: $r) }";

/// vars_props' schema and [`DOC`], checked once for every case.
static SETUP: std::sync::LazyLock<(
    apollo_compiler::validation::Valid<apollo_compiler::Schema>,
    apollo_compiler::validation::Valid<apollo_compiler::ExecutableDocument>,
)> = std::sync::LazyLock::new(|| super::vars_props::setup_with(DOC));

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_document_prepares_or_says_where(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40),
        tail in "\\PC{0,8}",
    ) {
        let text = format!("{}{tail}", pieces.join(" "));
        match document::prepare(vendored(), &text, "fuzz.graphql", None, &VariableInput::default()) {
            Ok(prepared) => prop_assert_eq!(prepared.text, text),
            Err(PrepareError::Document(diagnostics)) => {
                prop_assert!(!diagnostics.is_empty());
                for d in &diagnostics {
                    let headline = d.headline();
                    prop_assert!(headline.starts_with("fuzz.graphql:"), "{}", headline);
                    let mut at = headline["fuzz.graphql:".len()..].splitn(3, ':');
                    let line: usize = at.next().unwrap().parse().unwrap();
                    let column: usize = at.next().unwrap().parse().unwrap();
                    prop_assert!(line >= 1 && column >= 1, "{}", headline);
                }
            }
            Err(PrepareError::Operation(message)) => prop_assert!(!message.is_empty()),
            Err(PrepareError::Variables(errors)) => prop_assert!(!errors.0.is_empty()),
        }
    }

    #[test]
    fn any_variables_file_and_vars_build_or_name_the_variable(
        file in json(),
        assignments in proptest::collection::vec("(i|fl|b|s|id|e|l|o|u|d|j|r|zz|)(=|)\\PC{0,10}", 0..5),
    ) {
        let (schema, doc) = &*SETUP;
        let op = doc.operations.get(None).unwrap();
        let assignments: Vec<String> = assignments.into_iter().filter(|a| !a.contains('@')).collect();
        if let Err(errors) = vars::build(schema, op, &assignments, Some(("vars.json", file))) {
            prop_assert!(!errors.0.is_empty());
            for e in &errors.0 {
                let text = e.to_string();
                prop_assert!(text.contains('$') || text.contains("--var"), "where? {}", text);
            }
        }
    }
}
