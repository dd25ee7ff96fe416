//! The checks build.rs runs on `queries/` (the same code: `graphql::checks`), proven on broken
//! operations: each yields its `file:line:col` message, and every error is reported at once.

use houston::graphql::checks::{
    self, Rules, Severity, check_document, check_operation_files, parse_schema,
};
use std::collections::HashSet;

const SCHEMA: &str = include_str!("../../schema/houston.graphql");

fn schema() -> apollo_compiler::validation::Valid<apollo_compiler::Schema> {
    parse_schema(SCHEMA, "schema/houston.graphql").expect("the vendored schema is valid")
}

fn errors(files: &[(&str, &str)]) -> Vec<String> {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    match check_operation_files(&schema(), &files) {
        Ok(_) => vec![],
        Err(diagnostics) => diagnostics.iter().map(|d| d.headline()).collect(),
    }
}

#[test]
fn every_checked_in_operation_passes() {
    let mut files = Vec::new();
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "graphql") {
                let rel = path
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap()
                    .to_string_lossy()
                    .to_string();
                out.push((rel, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries"),
        &mut files,
    );
    assert!(files.len() >= 20, "queries/ holds {} files", files.len());
    let found = check_operation_files(&schema(), &files).unwrap_or_else(|d| {
        panic!(
            "{}",
            d.iter()
                .map(|d| d.headline())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(found.len(), files.len());
    // The manifest build.rs generates holds the same operations.
    assert_eq!(houston::manifest::MANIFEST.len(), files.len());
    let variant = found
        .iter()
        .find(|op| op.name == "workspaceDeployments_0_29_0")
        .unwrap();
    assert_eq!(variant.base, "workspaceDeployments");
    assert_eq!(variant.min_version.as_deref(), Some("0.29.0"));
}

#[test]
fn an_unknown_field_is_reported_at_its_position() {
    let e = errors(&[(
        "queries/workspace/broken.graphql",
        "query broken {\n  workspaces {\n    id\n    nmae\n  }\n}\n",
    )]);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("queries/workspace/broken.graphql:4:5: "),
        "{e:?}"
    );
    assert!(e[0].contains("nmae"), "{e:?}");
}

#[test]
fn all_errors_of_all_files_come_at_once() {
    let e = errors(&[
        (
            "queries/a/first.graphql",
            "mutation first($email: Int!) {\n  workspaceAddUser(email: $email, role: NOT_A_ROLE) { id }\n}\n",
        ),
        (
            "queries/a/second.graphql",
            "query second {\n  workspaces {\n    id\n",
        ),
    ]);
    assert!(e.len() >= 3, "{e:?}");
    assert!(
        e.iter()
            .any(|l| l.starts_with("queries/a/first.graphql:2:"))
    );
    assert!(e.iter().any(|l| l.contains("NOT_A_ROLE")), "{e:?}");
    assert!(
        e.iter()
            .any(|l| l.starts_with("queries/a/second.graphql:") && l.contains("syntax error")),
        "{e:?}"
    );
}

#[test]
fn house_rules_for_checked_in_files() {
    let anonymous = errors(&[(
        "queries/w/workspaces.graphql",
        "{\n  workspaces { id }\n}\n",
    )]);
    assert!(
        anonymous.iter().any(|l| l.starts_with(
            "queries/w/workspaces.graphql:1:1: operations under queries/ must be named"
        )),
        "{anonymous:?}"
    );

    let misnamed = errors(&[(
        "queries/w/workspaces.graphql",
        "query listWorkspaces {\n  workspaces { id }\n}\n",
    )]);
    assert!(
        misnamed[0].starts_with("queries/w/workspaces.graphql:1:1: operation `listWorkspaces` is in a file named `workspaces.graphql`"),
        "{misnamed:?}"
    );

    let two = errors(&[(
        "queries/w/a.graphql",
        "query a { workspaces { id } }\n\nquery b { workspaces { label } }\n",
    )]);
    assert!(
        two.iter()
            .any(|l| l.starts_with("queries/w/a.graphql:3:1: one operation per file")),
        "{two:?}"
    );

    let duplicate = errors(&[
        (
            "queries/w/same.graphql",
            "query same { workspaces { id } }\n",
        ),
        (
            "queries/x/same.graphql",
            "query same { workspaces { label } }\n",
        ),
    ]);
    assert_eq!(duplicate.len(), 2, "{duplicate:?}");
    assert!(duplicate[0].contains("operation name `same` is used by 2 files"));

    let variant = errors(&[(
        "queries/d/deployment@1.0.0.graphql",
        "query deployment { appConfig { version } }\n",
    )]);
    assert!(
        variant[0].contains("rename the operation to `deployment_1_0_0`"),
        "{variant:?}"
    );
    let bad_version = errors(&[(
        "queries/d/deployment@new.graphql",
        "query deployment_new { appConfig { version } }\n",
    )]);
    assert!(
        bad_version
            .iter()
            .any(|l| l.contains("`new` in the file name is not a version")),
        "{bad_version:?}"
    );
}

#[test]
fn conditional_non_null_fields_are_refused() {
    let e = errors(&[(
        "queries/w/maybe.graphql",
        "query maybe($full: Boolean!) {\n  workspaces {\n    id @include(if: $full)\n    label @skip(if: $full)\n  }\n}\n",
    )]);
    // `id` is non-null: refused; `label` is nullable: fine.
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("queries/w/maybe.graphql:3:5: `@include` on the non-null field `id`"),
        "{e:?}"
    );
}

#[test]
fn abstract_selections_need_typename() {
    let sdl = "type Query { search: [Result] }\nunion Result = A | B\ntype A { a: String }\ntype B { b: Int }\n";
    let schema = parse_schema(sdl, "mini.graphql").unwrap();
    let bad = check_document(
        &schema,
        "query search {\n  search {\n    ... on A { a }\n  }\n}\n",
        "queries/search.graphql",
        Rules::CHECKED_IN,
    )
    .err()
    .expect("refused");
    assert!(
        bad[0]
            .headline()
            .starts_with("queries/search.graphql:3:5: select `__typename` in this selection on the abstract type `Result`"),
        "{}",
        bad[0].headline()
    );
    let good = check_document(
        &schema,
        "query search {\n  search {\n    __typename\n    ... on A { a }\n  }\n}\n",
        "queries/search.graphql",
        Rules::CHECKED_IN,
    );
    assert!(good.is_ok());
    // At run time (any query file) the rule does not apply: servers do not need it.
    assert!(
        check_document(
            &schema,
            "{ search { ... on A { a } } }",
            "x.graphql",
            Rules::RUN_TIME
        )
        .is_ok()
    );
}

#[test]
fn deprecated_fields_warn_without_failing() {
    let files = vec![(
        "queries/d/old.graphql".to_string(),
        "query old($id: String!) {\n  deployment(where: {id: $id}) {\n    id\n    airflowVersion\n  }\n}\n"
            .to_string(),
    )];
    let found = check_operation_files(&schema(), &files).expect("deprecation is not an error");
    let warning = &found[0].warnings[0];
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning
            .headline()
            .starts_with("queries/d/old.graphql:4:5: field `airflowVersion` is deprecated"),
        "{}",
        warning.headline()
    );
}

#[test]
fn every_custom_scalar_needs_a_rust_type() {
    let schema = schema();
    let all: HashSet<String> = ["Uuid", "Id", "Json", "DateTime"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(checks::unmapped_scalars(&schema, &all).is_empty());
    let mut missing = all.clone();
    missing.remove("Json");
    assert_eq!(checks::unmapped_scalars(&schema, &missing), vec!["JSON"]);
}

#[test]
fn diagnostics_carry_a_snippet() {
    let e = check_document(
        &schema(),
        "query q {\n  workspaces { nmae }\n}\n",
        "q.graphql",
        Rules::RUN_TIME,
    )
    .err()
    .unwrap();
    let unknown = e
        .iter()
        .find(|d| d.message.contains("nmae"))
        .expect("nmae reported");
    assert_eq!((unknown.line, unknown.column), (2, 16));
    assert!(
        unknown.rendered.contains("q.graphql:2:16"),
        "{}",
        unknown.rendered
    );
    assert!(
        unknown.rendered.contains("workspaces { nmae }"),
        "{}",
        unknown.rendered
    );
}

#[test]
fn a_file_can_own_up_to_a_deprecated_field() {
    let files = vec![(
        "queries/d/old.graphql".to_string(),
        "# allow-deprecated: nothing else reaches this on 0.25\nquery old($id: String!) {\n  deployment(where: {id: $id}) {\n    airflowVersion\n  }\n}\n"
            .to_string(),
    )];
    let found = check_operation_files(&schema(), &files).unwrap();
    assert!(found[0].warnings.is_empty());
}
