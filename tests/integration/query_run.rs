//! `houston query run`, driven through the real binary.
//!
//! What a real server can show runs against the sandbox (the Houston emulator on 127.0.0.1):
//! query and mutation files, variables from every source, output formats, `--raw`, GraphQL
//! errors with code, path and partial data. wiremock stays only where a real server cannot
//! prove the point: the exact request body (how each variable is typed on the wire), that bad
//! input and `--dry-run` send nothing at all, and a `--schema` no real Houston serves.

use crate::common;

use assert_cmd::Command;
use common::TestSandbox;
use predicates::prelude::*;
use serde_json::{Value, json};
use std::path::Path;
use tempfile::TempDir;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "tok-abcdefghijklmnopqrstuvwxyz-1234";

const ADD_USER: &str = "mutation add($workspaceUuid: Uuid!, $email: String!, $role: Role!, $bypassInvite: Boolean) {
  workspaceAddUser(workspaceUuid: $workspaceUuid, email: $email, role: $role, bypassInvite: $bypassInvite) {
    id
    label
  }
}
";

const DEPLOYMENTS: &str = "query deps($workspaceUuid: Uuid!) {
  workspaceDeployments(workspaceUuid: $workspaceUuid) { id label }
}
";

struct Env {
    dir: TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn file(&self, name: &str, text: &str) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    }

    fn houston(&self, url: &str) -> Command {
        let mut cmd = common::houston(self.dir.path());
        cmd.env("HOUSTON_URL", url).env("HOUSTON_TOKEN", TOKEN);
        cmd
    }
}

// ---- Against wiremock: only where the exact request body matters, where nothing may be sent,
// or where the server needs a schema no Houston serves (see the module comment) ----

async fn server() -> MockServer {
    MockServer::start().await
}

/// A server that must not be called: any request fails the test when it drops.
async fn untouchable() -> MockServer {
    let s = server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&s)
        .await;
    s
}

fn url(s: &MockServer) -> String {
    format!("{}/v1", s.uri())
}

#[tokio::test]
async fn sends_exactly_the_document_and_typed_variables_and_prints_data() {
    let s = server().await;
    let env = Env::new();
    let file = env.file("add.graphql", ADD_USER);
    Mock::given(method("POST"))
        .and(path("/v1"))
        .and(header("authorization", TOKEN))
        .and(body_json(json!({
            "query": ADD_USER,
            "operationName": "add",
            "variables": {"workspaceUuid": "ck1", "email": "true", "role": "WORKSPACE_ADMIN", "bypassInvite": true}
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"data": {"workspaceAddUser": {"id": "ck1", "label": "ops"}}}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    let out = env
        .houston(&url(&s))
        .args([
            "query",
            "run",
            &file,
            "--var",
            "workspaceUuid=ck1",
            "--var",
            "email=true",
        ])
        .args([
            "--var",
            "role=WORKSPACE_ADMIN",
            "--var",
            "bypassInvite=true",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let printed: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        printed,
        json!({"workspaceAddUser": {"id": "ck1", "label": "ops"}})
    );
}

#[tokio::test]
async fn dry_run_prints_the_request_and_a_curl_line_without_the_token() {
    let s = untouchable().await;
    let env = Env::new();
    let file = env.file("deps.graphql", DEPLOYMENTS);
    let out = env
        .houston(&url(&s))
        .args([
            "query",
            "run",
            &file,
            "--var",
            "workspaceUuid=w'1",
            "--dry-run",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(TOKEN), "{text}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains(TOKEN));
    assert!(text.starts_with(&format!("POST {}\n", url(&s))), "{text}");
    assert!(text.contains("authorization: ****1234"), "{text}");
    assert!(
        text.contains(r#"-H "authorization: $HOUSTON_TOKEN""#),
        "{text}"
    );
    // The body line is exactly what would be sent.
    let body: Value =
        serde_json::from_str(text.lines().find(|l| l.starts_with('{')).unwrap()).unwrap();
    assert_eq!(
        body,
        json!({"query": DEPLOYMENTS, "operationName": "deps", "variables": {"workspaceUuid": "w'1"}})
    );
    assert!(
        text.contains(r#""workspaceUuid":"w'\''1""#),
        "shell-quoted: {text}"
    );
}

/// Each bad input: exit 2, a message that says what to do, and nothing sent.
#[tokio::test]
async fn bad_input_is_refused_before_sending() {
    let s = untouchable().await;
    let env = Env::new();
    let add = env.file("add.graphql", ADD_USER);
    let deps = env.file("deps.graphql", DEPLOYMENTS);
    let bad = env.file(
        "bad.graphql",
        "query q {\n  workspaces { id nope }\n  appConfig { alsoNope }\n}\n",
    );
    let cases: Vec<(Vec<String>, Vec<&str>)> = vec![
        (
            vec!["query".into(), "run".into(), bad.clone()],
            vec![
                "bad.graphql:2:19: type `Workspace` does not have a field `nope`",
                "bad.graphql:3:15: type `AppConfig` does not have a field `alsoNope`",
                "2 │   workspaces { id nope }",
                "(3 errors); nothing was sent",
            ],
        ),
        (
            args(
                &add,
                &[
                    "--var",
                    "emial=a@b.c",
                    "--var",
                    "email=a@b.c",
                    "--var",
                    "role=USER",
                    "--var",
                    "workspaceUuid=w",
                ],
            ),
            vec![
                "the operation declares no $emial; it declares $workspaceUuid: Uuid!, $email: String!, $role: Role!, $bypassInvite: Boolean",
            ],
        ),
        (
            args(
                &add,
                &[
                    "--var",
                    "bypassInvite=yes",
                    "--var",
                    "email=a",
                    "--var",
                    "role=USER",
                    "--var",
                    "workspaceUuid=w",
                ],
            ),
            vec!["--var bypassInvite: $bypassInvite is Boolean, and `yes` is not true or false"],
        ),
        (
            args(
                &add,
                &[
                    "--var",
                    "role=ADMIN",
                    "--var",
                    "email=a",
                    "--var",
                    "workspaceUuid=w",
                ],
            ),
            vec![
                "$role: `ADMIN` is not a value of the enum Role; one of: SYSTEM_ADMIN, SYSTEM_EDITOR, SYSTEM_VIEWER, WORKSPACE_ADMIN, WORKSPACE_EDITOR, WORKSPACE_VIEWER, DEPLOYMENT_ADMIN, DEPLOYMENT_EDITOR, DEPLOYMENT_VIEWER, USER",
            ],
        ),
        (
            args(&add, &["--var", "role=USER", "--var", "workspaceUuid=w"]),
            vec!["$email: String! is required: add --var email=VALUE"],
        ),
        (
            args(&deps, &["--var", "workspaceUuid=not an id"]),
            vec!["$workspaceUuid: \"not an id\" is not a Houston id"],
        ),
        (
            args(&deps, &["--var", "workspaceUuid"]),
            vec!["--var `workspaceUuid`: write NAME=VALUE"],
        ),
        (
            args(&deps, &["--var", "workspaceUuid=@missing.txt"]),
            vec!["--var workspaceUuid=@missing.txt: cannot read the file: no such file"],
        ),
        (
            args(
                &deps,
                &["--var", "workspaceUuid=w", "--schema", "nope.graphql"],
            ),
            vec!["cannot read the schema nope.graphql: no such file"],
        ),
        (
            args(
                &deps,
                &[
                    "--var",
                    "workspaceUuid=w",
                    "--schema",
                    &env.file("broken.graphql", "type Query { a: Missing }"),
                ],
            ),
            vec!["broken.graphql is not a valid GraphQL schema", "Missing"],
        ),
        (
            args(&deps, &["--vars-file", &env.file("v.json", "[1]")]),
            vec!["holds a list, not a JSON object of variables"],
        ),
        (
            args(
                &env.file(
                    "two.graphql",
                    "query a { appConfig { version } } query b { appConfig { version } }",
                ),
                &[],
            ),
            vec!["choose one with --operation (a, b)"],
        ),
        (
            args("nothere.graphql", &[]),
            vec!["cannot read the operation file nothere.graphql: no such file"],
        ),
    ];
    for (argv, expected) in cases {
        let assert = env.houston(&url(&s)).args(&argv).assert().code(2);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
        for e in expected {
            assert!(stderr.contains(e), "{argv:?}: expected `{e}` in:\n{stderr}");
        }
        assert!(!stderr.contains(TOKEN));
    }
}

fn args(file: &str, extra: &[&str]) -> Vec<String> {
    let mut v = vec!["query".to_string(), "run".to_string(), file.to_string()];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

#[tokio::test]
async fn a_schema_file_replaces_the_vendored_one() {
    let s = server().await;
    let env = Env::new();
    let schema = env.file("s.graphql", "type Query { hello(n: Int!): String }");
    let doc = env.file("h.graphql", "query h($n: Int!) { hello(n: $n) }");
    Mock::given(method("POST"))
        .and(body_json(json!({"query": "query h($n: Int!) { hello(n: $n) }", "operationName": "h", "variables": {"n": 3}})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": {"hello": "hi"}})))
        .expect(1)
        .mount(&s)
        .await;
    env.houston(&url(&s))
        .args(["query", "run", &doc, "--schema", &schema, "--var", "n=3"])
        .assert()
        .success()
        .stdout("{\"hello\":\"hi\"}\n");
    // The vendored schema has no `hello`.
    env.houston(&url(&s))
        .args(["query", "run", &doc, "--var", "n=3"])
        .assert()
        .code(2);
    let _ = Path::new(&doc);
}

// ---- Against the sandbox ----

impl Env {
    fn sandbox(&self, sb: &TestSandbox) -> Command {
        let mut cmd = self.houston(&sb.url);
        cmd.env("HOUSTON_TOKEN", &sb.token);
        cmd
    }
}

async fn demo_workspace(sb: &TestSandbox) -> String {
    let data = sb
        .admin("{ workspaces(label: \"demo\") { id } }", json!({}))
        .await;
    data["workspaces"][0]["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_query_file_with_variables_from_every_source_in_every_format() {
    let sb = TestSandbox::start();
    let ws = demo_workspace(&sb).await;
    let env = Env::new();
    let file = env.file("deps.graphql", DEPLOYMENTS);
    let dep = sb.admin("{ deployments { id } }", json!({})).await["deployments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let out = env
        .sandbox(&sb)
        .args([
            "query",
            "run",
            &file,
            "--var",
            &format!("workspaceUuid={ws}"),
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let printed: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        printed,
        json!({"workspaceDeployments": [{"id": dep, "label": "etl"}]})
    );

    // The document on stdin, variables from a file (a wrong id, which --var @FILE overrides).
    let vars = env.file("vars.json", r#"{"workspaceUuid": "ck-not-this-one"}"#);
    let id_file = env.file("ws.txt", &format!("{ws}\n"));
    let base = |extra: &[&str]| {
        let mut c = env.sandbox(&sb);
        c.args(["query", "run", "-", "--vars-file", &vars])
            .arg("--var")
            .arg(format!("workspaceUuid=@{id_file}"))
            .args(extra)
            .write_stdin(DEPLOYMENTS);
        c
    };
    base(&["--jq", ".workspaceDeployments[0].label"])
        .assert()
        .success()
        .stdout("etl\n");
    base(&["--output", "yaml"])
        .assert()
        .success()
        .stdout(format!(
            "workspaceDeployments:\n- id: {dep}\n  label: etl\n"
        ));
    base(&["--output", "table"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(format!("^ *ID +LABEL\n *{dep} +etl\n$")).unwrap());
    let raw = base(&["--raw"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let raw: Value = serde_json::from_slice(&raw).unwrap();
    assert_eq!(
        raw,
        json!({"data": {"workspaceDeployments": [{"id": dep, "label": "etl"}]}})
    );
}

#[tokio::test]
async fn a_mutation_with_variables_changes_the_server() {
    let sb = TestSandbox::start();
    let ws = demo_workspace(&sb).await;
    let env = Env::new();
    let file = env.file("add.graphql", ADD_USER);
    let out = env
        .sandbox(&sb)
        .args([
            "query",
            "run",
            &file,
            "--var",
            &format!("workspaceUuid={ws}"),
        ])
        .args([
            "--var",
            "email=ada@example.com",
            "--var",
            "role=WORKSPACE_EDITOR",
        ])
        .args(["--var", "bypassInvite=true"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let printed: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        printed,
        json!({"workspaceAddUser": {"id": ws, "label": "demo"}})
    );
    // The server really holds the new member, with the role that was sent.
    let data = sb
        .admin(
            "query($w: Uuid!) { workspaceUsers(workspaceUuid: $w) { username roleBindings { role } } }",
            json!({"w": ws}),
        )
        .await;
    let ada: Vec<&Value> = data["workspaceUsers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["username"] == "ada@example.com")
        .collect();
    assert_eq!(ada.len(), 1, "{data}");
    assert!(
        ada[0]["roleBindings"]
            .to_string()
            .contains("WORKSPACE_EDITOR"),
        "{data}"
    );
}

#[tokio::test]
async fn graphql_errors_exit_1_with_code_path_request_id_and_partial_data() {
    let sb = TestSandbox::start();
    let env = Env::new();
    let file = env.file(
        "m.graphql",
        "mutation m {\n  a: createWorkspace(label: \"one\") { label }\n  b: deleteWorkspace(workspaceUuid: \"cknotthere0000000000000000\") { id }\n}\n",
    );
    env.sandbox(&sb)
        .args(["query", "run", &file])
        .assert()
        .code(1)
        .stdout("{\"a\":{\"label\":\"one\"},\"b\":null}\n")
        .stderr(
            predicate::str::contains(
                "m failed: The requested resource was not found (RESOURCE_NOT_FOUND, at b)",
            )
            .and(predicate::str::contains("(request id sandbox-")),
        );
    // --raw shows the whole envelope, errors included, and still exits 1.
    let out = env
        .sandbox(&sb)
        .args(["query", "run", &file, "--raw"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let raw: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(raw["data"], json!({"a": {"label": "one"}, "b": null}));
    assert_eq!(raw["errors"][0]["path"], json!(["b"]));
    assert_eq!(raw["errors"][0]["extensions"]["code"], "RESOURCE_NOT_FOUND");
    // A token that is not a JWT: Houston's UNAUTHENTICATED with a hint, and the token is never shown.
    env.sandbox(&sb)
        .env("HOUSTON_TOKEN", TOKEN)
        .args(["query", "run", "-"])
        .write_stdin("{ workspaces { id } }")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("Invalid JWT (UNAUTHENTICATED, at workspaces)")
                .and(predicate::str::contains("hint: the token is missing"))
                .and(predicate::str::contains(TOKEN).not()),
        );
}
