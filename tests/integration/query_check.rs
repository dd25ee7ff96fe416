//! `houston query check|list|show`, through the real binary, on files.

use predicates::prelude::*;
use serde_json::Value;

use crate::common::houston;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_checked_in_operations_and_fixtures_pass() {
    let dir = tempfile::tempdir().unwrap();
    houston(dir.path())
        .args(["query", "check", &format!("{ROOT}/queries")])
        .assert()
        .success()
        .stderr(predicate::str::contains("operations: all valid"));
    // The astro CLI's own operations, checked with the run-time rules (their names carry
    // no file convention), against the vendored schema.
    houston(dir.path())
        .args(["query", "check", &format!("{ROOT}/tests/fixtures")])
        .assert()
        .success();
}

#[test]
fn every_failure_of_every_file_at_once_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let queries = dir.path().join("queries/x");
    std::fs::create_dir_all(&queries).unwrap();
    std::fs::write(
        queries.join("a.graphql"),
        "query a { appConfig { nope } }\n",
    )
    .unwrap();
    std::fs::write(
        queries.join("b.graphql"),
        "query notB { appConfig { version } }\n",
    )
    .unwrap();
    std::fs::write(
        queries.join("c.graphql"),
        "query c { appConfig { version } }\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("loose.gql"), "{ appConfig { version } }\n").unwrap();
    std::fs::write(dir.path().join("broken.graphql"), "query {\n").unwrap();

    houston(dir.path())
        .args([
            "query",
            "check",
            "queries",
            "loose.gql",
            "broken.graphql",
            "missing.graphql",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(
                "queries/x/a.graphql:1:23: type `AppConfig` does not have a field `nope`",
            )
            .and(predicate::str::contains(
                "queries/x/b.graphql:1:1: operation `notB` is in a file named `b.graphql`",
            ))
            .and(predicate::str::contains("broken.graphql:1:9: syntax error"))
            .and(predicate::str::contains(
                "missing.graphql:1:1: no such file or directory",
            ))
            .and(predicate::str::contains("in 4 files")),
        );

    let out = houston(dir.path())
        .args(["query", "check", "queries", "loose.gql", "--output", "json"])
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let records: Vec<Value> = serde_json::from_slice(&out).unwrap();
    let a = records
        .iter()
        .find(|r| {
            r["file"] == "queries/x/a.graphql"
                && r["severity"] == "error"
                && r["message"].as_str().unwrap().contains("nope")
        })
        .expect("a record for a.graphql");
    assert_eq!(
        (a["line"].as_u64(), a["column"].as_u64()),
        (Some(1), Some(23))
    );
    assert!(
        records.iter().all(|r| r["file"] != "loose.gql"),
        "{records:?}"
    );

    // --strict: the loose file needs a name too.
    houston(dir.path())
        .args(["query", "check", "loose.gql", "--strict"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "operations under queries/ must be named",
        ));
}

#[test]
fn a_schema_that_is_missing_or_invalid_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.graphql"), "type Query { a: B }").unwrap();
    houston(dir.path())
        .args([
            "query",
            "check",
            &format!("{ROOT}/queries"),
            "--schema",
            "nope.graphql",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read the schema nope.graphql: no such file",
        ));
    houston(dir.path())
        .args([
            "query",
            "check",
            &format!("{ROOT}/queries"),
            "--schema",
            "bad.graphql",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.graphql is not a valid GraphQL schema",
        ));
}

#[test]
fn list_and_show() {
    let dir = tempfile::tempdir().unwrap();
    let out = houston(dir.path())
        .args(["query", "list", "--output", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows: Vec<Value> = serde_json::from_slice(&out).unwrap();
    let add = rows
        .iter()
        .find(|r| r["name"] == "workspaceAddUser")
        .unwrap();
    assert_eq!(add["kind"], "mutation");
    assert_eq!(add["command"], "houston workspace user add");
    assert!(
        add["variables"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v == "$role: Role!")
    );
    assert_eq!(add["file"], "queries/workspace/workspaceAddUser.graphql");

    let expected =
        std::fs::read_to_string(format!("{ROOT}/queries/workspace/workspaceAddUser.graphql"))
            .unwrap();
    houston(dir.path())
        .args(["query", "show", "workspaceAddUser"])
        .assert()
        .success()
        .stdout(predicate::str::contains(expected.trim_end()));
    houston(dir.path())
        .args(["query", "show", "workspaceAddUsr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no checked-in operation is named workspaceAddUsr",
        ));
}
