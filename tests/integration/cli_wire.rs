//! The houston binary against a scripted HTTP server (wiremock on 127.0.0.1, ephemeral port) for
//! what only such a server can prove: the exact request bodies and operation names houston sends,
//! and that bad input sends nothing at all. Everything else runs against the sandbox
//! (tests/cli_houston.rs, tests/cli_admin.rs). Every run carries a canary token that must appear in
//! no output.

use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const CANARY: &str = "canary-tok-4f1e9a7c2b6d8e0f13579bdf";

use crate::common::Run;

fn houston(server: &str, config: &std::path::Path, args: &[&str]) -> Run {
    let dir = config.parent().unwrap();
    let mut cmd = crate::common::houston(dir);
    cmd.env("HOUSTON_URL", format!("{server}/v1"))
        .env("HOUSTON_TOKEN", CANARY)
        .env("HOUSTON_CONFIG", config)
        .args(args);
    Run::capture(&mut cmd, &[CANARY])
}

fn op(name: &str) -> wiremock::MockBuilder {
    Mock::given(method("POST"))
        .and(path("/v1"))
        .and(header("authorization", CANARY))
        .and(body_partial_json(json!({ "operationName": name })))
}

fn data(value: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({ "data": value }))
}

async fn with_workspaces(server: &MockServer) {
    op("workspaces")
        .respond_with(data(json!({"workspaces": [
            {"id": "ckw1", "label": "demo", "description": "Demo", "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"},
            {"id": "ckw2", "label": "ops", "description": null, "createdAt": "2026-01-02T00:00:00.000Z", "updatedAt": "2026-01-02T00:00:00.000Z"}
        ]})))
        .mount(server)
        .await;
    // `--workspace LABEL` asks the server to filter (0.36+), as Houston does.
    for (id, label) in [("ckw1", "demo"), ("ckw2", "ops")] {
        op("workspacesLabelled_0_36_0")
            .and(body_partial_json(json!({"variables": {"label": label}})))
            .respond_with(data(json!({"workspaces": [{"id": id, "label": label}]})))
            .mount(server)
            .await;
    }
    // A test that pins the platform version mounts its own probe, which wins over this one.
    op("platformVersionProbe")
        .respond_with(data(json!({"appConfig": {"version": "2.1.0"}})))
        .with_priority(10)
        .mount(server)
        .await;
}

fn config() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[tokio::test]
async fn workspace_user_add_sends_the_typed_variables() {
    let server = MockServer::start().await;
    with_workspaces(&server).await;
    op("workspaceAddUser")
        .and(body_partial_json(json!({"variables": {
            "workspaceUuid": "ckw1", "email": "ada@example.com", "role": "WORKSPACE_EDITOR", "bypassInvite": true
        }})))
        .respond_with(data(json!({"workspaceAddUser": {"id": "ckw1", "label": "demo", "users": [
            {"id": "cku1", "username": "ada@example.com", "emails": [{"address": "ada@example.com"}],
             "roleBindings": [{"role": "WORKSPACE_EDITOR", "workspace": {"id": "ckw1"}}, {"role": "WORKSPACE_ADMIN", "workspace": {"id": "other"}}]}
        ]}})))
        .expect(1)
        .mount(&server)
        .await;
    let dir = config();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &[
            "workspace",
            "user",
            "add",
            "-w",
            "demo",
            "--email",
            "ada@example.com",
            "--role",
            "workspace_editor",
            "--bypass-invite",
            "-o",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(out["id"], "cku1");
    assert_eq!(out["role"], "WORKSPACE_EDITOR");
    assert!(
        run.stderr
            .contains("Added ada@example.com to workspace demo as WORKSPACE_EDITOR")
    );
}

#[tokio::test]
async fn bad_input_exits_2_before_anything_is_sent() {
    let server = MockServer::start().await;
    let dir = config();
    let cfg = dir.path().join("c.toml");
    let bad_role = houston(
        &server.uri(),
        &cfg,
        &[
            "workspace",
            "user",
            "add",
            "-w",
            "demo",
            "--email",
            "ada@example.com",
            "--role",
            "DEPLOYMENT_ADMIN",
        ],
    );
    assert_eq!(bad_role.code, 2);
    assert!(
        bad_role
            .stderr
            .contains("use one of: WORKSPACE_ADMIN, WORKSPACE_EDITOR, WORKSPACE_VIEWER"),
        "{}",
        bad_role.stderr
    );
    let bad_email = houston(
        &server.uri(),
        &cfg,
        &["workspace", "user", "add", "-w", "demo", "--email", "ada"],
    );
    assert_eq!(bad_email.code, 2);
    assert!(bad_email.stderr.contains("not an e-mail address"));
    let bad_flag = houston(
        &server.uri(),
        &cfg,
        &["workspace", "list", "--timeout", "soon"],
    );
    assert_eq!(bad_flag.code, 2);
    let no_yes = houston(&server.uri(), &cfg, &["workspace", "delete", "ckw1"]);
    // Resolving the workspace is a read; the delete itself must not be sent.
    assert_eq!(no_yes.code, 1, "{}", no_yes.stderr);
    let nothing_to_update = houston(&server.uri(), &cfg, &["workspace", "update", "ckw1"]);
    assert_eq!(nothing_to_update.code, 2);
    let received = server.received_requests().await.unwrap();
    assert!(
        received
            .iter()
            .all(|r: &Request| !String::from_utf8_lossy(&r.body).contains("mutation")),
        "a mutation was sent"
    );
}

#[tokio::test]
async fn deployment_commands_pick_the_variant_for_the_platform() {
    for (version, expected) in [
        ("0.28.4", "workspaceDeployments"),
        ("1.0.2", "workspaceDeployments_0_29_0"),
    ] {
        let server = MockServer::start().await;
        with_workspaces(&server).await;
        // The version rides in the first query's answer (a real Houston answers the alias
        // beside the query's own field): no probe of its own.
        op("workspacesLabelled_0_36_0")
            .respond_with(data(json!({
                "workspaces": [{"id": "ckw1", "label": "demo"}],
                "houston_platformVersion": {"version": version},
            })))
            .with_priority(1)
            .expect(1)
            .mount(&server)
            .await;
        op("platformVersionProbe")
            .respond_with(data(json!({"appConfig": {"version": version}})))
            .expect(0)
            .mount(&server)
            .await;
        op(expected)
            .and(body_partial_json(json!({"variables": {"workspaceUuid": "ckw1"}})))
            .respond_with(data(json!({"workspaceDeployments": [
                {"id": "ckd1", "label": "etl", "releaseName": "mathematical-probe-2087", "status": "HEALTHY", "version": "1.0.0",
                 "runtimeVersion": "9.1.0", "runtimeAirflowVersion": "2.7.2", "workspace": {"id": "ckw1", "label": "demo"},
                 "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}
            ]})))
            .expect(1)
            .mount(&server)
            .await;
        let dir = config();
        let run = houston(
            &server.uri(),
            &dir.path().join("c.toml"),
            &["deployment", "list", "-w", "demo", "-o", "json"],
        );
        assert_eq!(run.code, 0, "{version}: {}", run.stderr);
        assert_eq!(
            serde_json::from_str::<Value>(&run.stdout).unwrap()[0]["releaseName"],
            "mathematical-probe-2087"
        );
    }
}
