//! `houston schema pull|check` through the real binary, against the sandbox (a real Houston
//! emulator on 127.0.0.1 that answers introspection from the vendored schema).

use crate::common;

use assert_cmd::Command;
use common::TestSandbox;
use houston::graphql::checks::{Rules, check_document};
use houston::graphql::schema::{VENDORED_SDL, parse, vendored};
use houston::manifest::MANIFEST;
use houston_sandbox::FaultRule;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

fn houston(dir: &Path, url: &str, token: &str) -> Command {
    let mut cmd = common::houston(dir);
    cmd.env("HOUSTON_URL", url).env("HOUSTON_TOKEN", token);
    cmd
}

#[test]
fn pull_round_trips_through_the_sandbox() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let run = || houston(dir.path(), &sb.url, &sb.token);

    let printed = run()
        .args(["schema", "pull"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let types = vendored()
        .types
        .values()
        .filter(|t| !t.is_built_in())
        .count();
    run()
        .args(["schema", "pull", "--out", "live.graphql"])
        .assert()
        .success()
        .stdout("")
        .stderr(format!("wrote live.graphql ({types} types)\n"));
    let sdl = std::fs::read_to_string(dir.path().join("live.graphql")).unwrap();
    // Deterministic: the file and the printed copy (two separate pulls) are the same bytes.
    assert_eq!(sdl.as_bytes(), printed.as_slice());
    assert_ne!(
        sdl, VENDORED_SDL,
        "comments and order differ; the schema must not"
    );

    // Every checked-in operation validates against the pulled schema, by the build's rules.
    let pulled = parse(&sdl, "live.graphql").unwrap();
    for op in MANIFEST {
        if let Err(found) = check_document(&pulled, op.text, op.file, Rules::CHECKED_IN) {
            panic!("{}: {:?}", op.file, found);
        }
    }

    // And `schema check` finds no change at all: descriptions, deprecations (arguments
    // included: the sandbox speaks the 2025 introspection), defaults and types all survived.
    run()
        .args(["schema", "check", "live.graphql"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("no changes")
                .and(predicate::str::contains("0 breaking, 0 dangerous, 0 safe"))
                .and(predicate::str::contains(format!(
                    "{} operation files validate",
                    MANIFEST.len()
                ))),
        );
    // The same, pulled by `--live` itself.
    let out = run()
        .args(["schema", "check", "--live", "-o", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["new"], "the live schema");
    assert_eq!(report["changes"], serde_json::json!([]));
    assert_eq!(report["operations"]["checked"], MANIFEST.len());
    assert_eq!(report["operations"]["failed"], 0);
}

#[test]
fn pull_failures_are_sentences_with_exit_1() {
    let rules: Vec<FaultRule> = vec![
        "kind=html,op=IntrospectionQuery".parse().unwrap(),
        "kind=truncate,op=CapabilitiesQuery,nth=1".parse().unwrap(),
    ];
    let sb = TestSandbox::start_with(move |o| o.faults(rules));
    let dir = tempfile::tempdir().unwrap();
    let run = || houston(dir.path(), &sb.url, &sb.token);
    // First request: the capability probe comes back cut in half.
    run()
        .args(["schema", "pull", "--out", "live.graphql"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("error: ").and(predicate::str::contains("panicked").not()),
        );
    // Then the full query meets a gateway's HTML page.
    let assert = run()
        .args(["schema", "check", "--live"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "error: IntrospectionQuery failed: HTTP 502 Bad Gateway: an HTML page titled \"502 Bad Gateway\"",
        ));
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(!stderr.contains('<'), "no HTML in the message: {stderr}");
    assert!(!dir.path().join("live.graphql").exists(), "nothing written");
    // Nothing listening: a sentence, exit 1.
    houston(dir.path(), "http://127.0.0.1:9/v1", "t")
        .args(["schema", "pull"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("error: "));
}

/// The vendored schema with one field removed (breaks `platformInfo`), a required argument
/// added, an enum value added and a type added.
fn changed_schema() -> String {
    let sdl = VENDORED_SDL
        .replace("  baseDomain: String\n", "")
        .replace(
            "  DEPLOYMENT_VIEWER\n",
            "  DEPLOYMENT_VIEWER\n  DEPLOYMENT_AUDITOR\n",
        )
        .replace(
            "workspaceDeployments(workspaceUuid: Uuid!, releaseName",
            "workspaceDeployments(workspaceUuid: Uuid!, tenant: String!, releaseName",
        );
    format!("{sdl}\ntype Audit {{ at: DateTime }}\n")
}

#[test]
fn check_grades_changes_and_names_the_operations_that_break() {
    let dir = tempfile::tempdir().unwrap();
    let new = changed_schema();
    assert_eq!(new.matches("DEPLOYMENT_AUDITOR").count(), 1);
    std::fs::write(dir.path().join("new.graphql"), &new).unwrap();
    std::fs::create_dir(dir.path().join("ops")).unwrap();
    std::fs::write(
        dir.path().join("ops/mine.graphql"),
        "query mine {\n  appConfig {\n    version\n    baseDomain\n  }\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ops/fine.gql"),
        "{ appConfig { version } }\n",
    )
    .unwrap();
    // No server is needed: nothing is sent.
    let run = || houston(dir.path(), "http://127.0.0.1:9/v1", "t");

    let assert = run()
        .args(["schema", "check", "new.graphql", "--queries", "ops"])
        .assert()
        .code(1)
        .stderr(format!(
            "error: new.graphql: 5 of {} operation files no longer validate, 2 breaking changes\n",
            MANIFEST.len() + 2
        ));
    let out = String::from_utf8_lossy(&assert.get_output().stdout).to_string();
    let lines: Vec<String> = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    for expected in [
        "breaking AppConfig.baseDomain the field `AppConfig.baseDomain` was removed",
        "breaking Query.workspaceDeployments.tenant the argument `Query.workspaceDeployments.tenant: String!` was added and is required: operations that do not send it fail",
        "dangerous Role.DEPLOYMENT_AUDITOR the value `DEPLOYMENT_AUDITOR` was added to the enum `Role` (a client that handles every value meets a new one)",
        "safe Audit object type `Audit` was added",
        "2 breaking, 1 dangerous, 1 safe",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "`{expected}` not in:\n{out}"
        );
    }
    // Each broken operation with file:line:col and why.
    for expected in [
        "queries/platform/platformInfo.graphql:5:5: type `AppConfig` does not have a field `baseDomain`",
        "ops/mine.graphql:4:5: type `AppConfig` does not have a field `baseDomain`",
        "queries/deployment/workspaceDeployments.graphql:3:3: the required argument `Query.workspaceDeployments(tenant:)` is not provided",
        "queries/deployment/workspaceDeployments@0.29.0.graphql",
    ] {
        assert!(out.contains(expected), "`{expected}` not in:\n{out}");
    }
    assert!(!out.contains("fine.gql"), "{out}");

    // The same as JSON, for CI.
    let out = run()
        .args([
            "schema",
            "check",
            "new.graphql",
            "--queries",
            "ops",
            "-o",
            "json",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        report["summary"],
        serde_json::json!({"breaking": 2, "dangerous": 1, "safe": 1})
    );
    assert_eq!(report["operations"]["failed"], 5);
    let broken: Vec<&str> = report["operations"]["broken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["file"].as_str().unwrap())
        .collect();
    assert!(broken.contains(&"ops/mine.graphql"), "{broken:?}");
    assert_eq!(report["changes"][0]["kind"], "FIELD_REMOVED");
    assert_eq!(report["changes"][0]["grade"], "breaking");
}

#[test]
fn the_vendored_schema_against_itself_has_no_change() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("same.graphql"), VENDORED_SDL).unwrap();
    houston(dir.path(), "http://127.0.0.1:9/v1", "t")
        .args(["schema", "check", "same.graphql"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no changes"));
}

#[test]
fn bad_input_is_exit_2_before_anything_is_pulled() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("broken.graphql"),
        "type Query { a: Missing }",
    )
    .unwrap();
    let run = || houston(dir.path(), &sb.url, &sb.token);
    for (args, expected) in [
        (
            vec!["schema", "check", "--live", "--queries", "nope"],
            "--queries: nope: no such file or directory",
        ),
        (
            vec!["schema", "check", "missing.graphql"],
            "cannot read the schema missing.graphql: no such file",
        ),
        (
            vec!["schema", "check", "broken.graphql"],
            "broken.graphql is not a valid GraphQL schema",
        ),
        (
            vec!["schema", "check"],
            "a file (houston schema check NEW.graphql) or --live",
        ),
    ] {
        run()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected));
    }
}

/// A Houston whose Apollo Server refuses introspection (production default) cannot be the
/// sandbox, which always allows it: a local fake answers with Apollo Server 2's exact refusal.
#[tokio::test]
async fn a_refused_introspection_says_what_to_do() {
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(serde_json::json!({
            "errors": [{
                "message": "GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production",
                "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}
            }]
        })))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    houston(dir.path(), &format!("{}/v1", server.uri()), "t")
        .args(["schema", "pull"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains(
                "the server refuses introspection (GraphQL introspection is not allowed",
            )
            .and(predicate::str::contains(
                "hint: compare a schema file instead: `houston schema check FILE`",
            )),
        );
}
