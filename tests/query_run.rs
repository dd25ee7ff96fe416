//! `houston query run`, driven through the real binary.
//!
//! Until the sandbox (the Houston emulator) lands, the server side is a wiremock fake on
//! 127.0.0.1 that only answers when it receives the exact body houston must send, so these
//! tests prove what goes on the wire; the bad-input tests prove nothing goes on it at all.

use assert_cmd::Command;
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
        let mut cmd = Command::cargo_bin("houston").unwrap();
        cmd.current_dir(self.dir.path())
            .env_clear()
            .env("HOUSTON_CONFIG", self.dir.path().join("config.toml"))
            .env("HOUSTON_URL", url)
            .env("HOUSTON_TOKEN", TOKEN);
        cmd
    }
}

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
async fn stdin_vars_file_at_file_jq_yaml_and_raw() {
    let s = server().await;
    let env = Env::new();
    let email = env.file("email.txt", "someone@example.com\n");
    let vars = env.file(
        "vars.json",
        r#"{"workspaceUuid": "ck1", "role": "WORKSPACE_VIEWER"}"#,
    );
    Mock::given(method("POST"))
        .and(body_json(json!({
            "query": ADD_USER,
            "operationName": "add",
            "variables": {"workspaceUuid": "ck2", "email": "someone@example.com", "role": "WORKSPACE_VIEWER"}
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"data": {"workspaceAddUser": {"id": "ck2", "label": "ops"}}, "extensions": {"cost": 1}}),
        ))
        .expect(4)
        .mount(&s)
        .await;
    let base = |extra: &[&str]| {
        let mut c = env.houston(&url(&s));
        c.args([
            "query",
            "run",
            "-",
            "--vars-file",
            &vars,
            "--var",
            "workspaceUuid=ck2",
        ])
        .arg("--var")
        .arg(format!("email=@{email}"))
        .args(extra)
        .write_stdin(ADD_USER);
        c
    };
    base(&["--jq", ".workspaceAddUser.label"])
        .assert()
        .success()
        .stdout("ops\n");
    base(&["--output", "yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("workspaceAddUser:\n  id: ck2"));
    let raw = base(&["--raw"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let raw: Value = serde_json::from_slice(&raw).unwrap();
    assert_eq!(raw["extensions"], json!({"cost": 1}));
    assert_eq!(raw["data"]["workspaceAddUser"]["id"], "ck2");
    base(&["--output", "table"])
        .assert()
        .success()
        .stdout(predicate::str::contains("label").and(predicate::str::contains("ops")));
}

#[tokio::test]
async fn graphql_errors_exit_1_with_code_and_path_and_keep_partial_data() {
    let s = server().await;
    let env = Env::new();
    let file = env.file("deps.graphql", DEPLOYMENTS);
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": {"workspaceDeployments": [{"id": "d1", "label": null}]},
            "errors": [{"message": "label resolver failed", "path": ["workspaceDeployments", 0, "label"], "extensions": {"code": "INTERNAL_SERVER_ERROR"}}]
        })))
        .expect(1)
        .mount(&s)
        .await;
    env.houston(&url(&s))
        .args(["query", "run", &file, "--var", "workspaceUuid=w1"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(r#""id":"d1""#))
        .stderr(
            predicate::str::contains("label resolver failed")
                .and(predicate::str::contains("INTERNAL_SERVER_ERROR"))
                .and(predicate::str::contains("at workspaceDeployments.0.label")),
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
