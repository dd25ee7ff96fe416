//! Validates the vendored Houston schema and every operation fixture against it.
//!
//! * `schema/houston.graphql` must parse and validate, and declare exactly the documented
//!   number of root fields (40 queries, 62 mutations, 3 subscriptions).
//! * Every `.graphql` file under `tests/fixtures/` (astro-CLI operations, all version
//!   variants, plus documentation examples) must validate against that one schema and
//!   contain exactly one named operation.
//!
//! All failures are collected and printed as `file:line:col: message` before the test fails.

use std::fs;
use std::path::{Path, PathBuf};

use apollo_compiler::{ExecutableDocument, Schema};

const SCHEMA_PATH: &str = "schema/houston.graphql";
const FIXTURES_DIR: &str = "tests/fixtures";

/// Documented root-field counts (fact sheet `houston-api.md`, union of all sources).
const QUERY_FIELDS: usize = 40;
const MUTATION_FIELDS: usize = 62;
const SUBSCRIPTION_FIELDS: usize = 3;

/// How many fixture files this repository ships; an empty or truncated directory fails.
const MIN_FIXTURES: usize = 96;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn collect_graphql(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_graphql(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "graphql") {
            out.push(path);
        }
    }
}

/// Renders every diagnostic as `file:line:col: message`.
fn push_diagnostics(
    failures: &mut Vec<String>,
    file: &str,
    errors: &apollo_compiler::validation::DiagnosticList,
) {
    for d in errors.iter() {
        let (line, col) = d
            .line_column_range()
            .map(|r| (r.start.line, r.start.column))
            .unwrap_or((0, 0));
        failures.push(format!("{file}:{line}:{col}: {}", d.error));
    }
}

/// The operation name encoded in a fixture file name: the stem up to the first `-` or `@`.
fn file_operation_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    stem.split(['-', '@']).next().unwrap_or_default().to_owned()
}

fn root_field_count(schema: &Schema, type_name: &str) -> usize {
    schema
        .get_object(type_name)
        .map(|object| object.fields.len())
        .unwrap_or(0)
}

#[test]
fn schema_and_fixtures_validate() {
    let root = root();
    let schema_text = fs::read_to_string(root.join(SCHEMA_PATH)).expect("read schema");
    let schema = match Schema::parse_and_validate(schema_text, SCHEMA_PATH) {
        Ok(schema) => schema,
        Err(e) => {
            let mut failures = Vec::new();
            push_diagnostics(&mut failures, SCHEMA_PATH, &e.errors);
            for f in &failures {
                eprintln!("{f}");
            }
            eprintln!("{}", e.errors);
            panic!("{SCHEMA_PATH}: {} schema error(s)", failures.len());
        }
    };

    let mut failures = Vec::new();

    for (type_name, expected) in [
        ("Query", QUERY_FIELDS),
        ("Mutation", MUTATION_FIELDS),
        ("Subscription", SUBSCRIPTION_FIELDS),
    ] {
        let actual = root_field_count(&schema, type_name);
        if actual != expected {
            failures.push(format!(
                "{SCHEMA_PATH}:0:0: type {type_name} has {actual} fields, expected {expected}"
            ));
        }
    }

    for builtin in ["Int", "Float", "Boolean", "String", "ID"] {
        if !schema.types.contains_key(builtin) {
            failures.push(format!(
                "{SCHEMA_PATH}:0:0: built-in scalar {builtin} is not referenced, so it is dropped"
            ));
        }
    }

    let mut files = Vec::new();
    collect_graphql(&root.join(FIXTURES_DIR), &mut files);
    files.sort();

    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                failures.push(format!("{rel}:0:0: cannot read: {e}"));
                continue;
            }
        };
        match ExecutableDocument::parse_and_validate(&schema, text, &rel) {
            Ok(doc) => {
                let ops = doc.operations.iter().count();
                if ops != 1 {
                    failures.push(format!(
                        "{rel}:0:0: expected exactly one operation, found {ops}"
                    ));
                }
                if doc.operations.anonymous.is_some() {
                    failures.push(format!("{rel}:0:0: operation must be named"));
                }
                // File names are `<OperationName>[-purpose][@version].graphql`.
                let expected = file_operation_name(path);
                for op in doc.operations.named.keys() {
                    if op.as_str() != expected {
                        failures.push(format!(
                            "{rel}:0:0: operation is named `{op}`, the file name says `{expected}`"
                        ));
                    }
                }
            }
            Err(e) => push_diagnostics(&mut failures, &rel, &e.errors),
        }
    }

    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} failure(s) in {} fixture file(s); see above",
        failures.len(),
        files.len()
    );
    assert!(
        files.len() >= MIN_FIXTURES,
        "only {} fixture files under {FIXTURES_DIR}, expected at least {MIN_FIXTURES}",
        files.len()
    );
    eprintln!(
        "validated {} fixture files against {SCHEMA_PATH}",
        files.len()
    );
}
