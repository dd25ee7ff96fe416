//! The houston binary against a local HTTP server (wiremock on 127.0.0.1, ephemeral port) for
//! what only a scripted server can do on demand: exact request bodies, gateway HTML pages,
//! stalls, truncated bodies, refused connections. Every run carries a canary token that must
//! appear in no output.

use assert_cmd::Command;
use serde_json::{Value, json};
use std::time::Duration;
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const CANARY: &str = "canary-tok-4f1e9a7c2b6d8e0f13579bdf";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn houston(server: &str, config: &std::path::Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("houston")
        .unwrap()
        .env_clear()
        .env("HOUSTON_URL", format!("{server}/v1"))
        .env("HOUSTON_TOKEN", CANARY)
        .env("HOUSTON_CONFIG", config)
        .env("NO_COLOR", "1")
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    };
    assert!(
        !run.stdout.contains(CANARY) && !run.stderr.contains(CANARY),
        "the token leaked:\n{}\n{}",
        run.stdout,
        run.stderr
    );
    run
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
}

fn config() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[tokio::test]
async fn workspace_list_prints_the_servers_data() {
    let server = MockServer::start().await;
    with_workspaces(&server).await;
    let dir = config();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "list", "-o", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(out[0]["label"], "demo");
    assert_eq!(out[1]["id"], "ckw2");
    let table = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "list", "-o", "table"],
    );
    assert!(
        table.stdout.lines().next().unwrap().starts_with("ID"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("demo"));
    let jq = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "list", "--jq", ".[].label"],
    );
    assert_eq!(jq.stdout, "demo\nops\n");
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
async fn delete_needs_yes_without_a_terminal() {
    let server = MockServer::start().await;
    with_workspaces(&server).await;
    let dir = config();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "delete", "ops"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("without --yes"), "{}", run.stderr);
    op("deleteWorkspace")
        .and(body_partial_json(
            json!({"variables": {"workspaceUuid": "ckw2"}}),
        ))
        .respond_with(data(
            json!({"deleteWorkspace": {"id": "ckw2", "label": "ops", "description": null}}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "delete", "ops", "--yes", "-o", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).unwrap()["id"],
        "ckw2"
    );
}

#[tokio::test]
async fn graphql_errors_exit_1_with_message_code_and_hint() {
    let server = MockServer::start().await;
    with_workspaces(&server).await;
    op("workspaceAddUser")
        .respond_with(ResponseTemplate::new(200).insert_header("x-request-id", "req-42").set_body_json(json!({
            "data": {"workspaceAddUser": null},
            "errors": [{"message": "User already invited", "path": ["workspaceAddUser"], "extensions": {"code": "USER_ALREADY_INVITED"}}]
        })))
        .mount(&server)
        .await;
    op("workspaceServiceAccounts")
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": {"workspaceServiceAccounts": null},
            "errors": [{"message": "You do not have the appropriate permissions for that", "extensions": {"code": "FORBIDDEN"}}]
        })))
        .mount(&server)
        .await;
    let dir = config();
    let cfg = dir.path().join("c.toml");
    let run = houston(
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
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("workspaceAddUser failed: User already invited (USER_ALREADY_INVITED, at workspaceAddUser) (request id req-42)"),
        "{}",
        run.stderr
    );
    let run = houston(
        &server.uri(),
        &cfg,
        &["workspace", "sa", "list", "-w", "demo"],
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("(FORBIDDEN)"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("hint: the token is missing, expired, or lacks the role"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn a_gateway_html_page_is_a_sentence_and_queries_are_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(502)
                .insert_header("content-type", "text/html")
                .set_body_string("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"),
        )
        .expect(4)
        .mount(&server)
        .await;
    let dir = config();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "list"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "workspaces failed: HTTP 502 Bad Gateway: an HTML page titled \"502 Bad Gateway\""
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("serde") && !run.stderr.contains("panicked"));
}

#[tokio::test]
async fn a_mutation_that_reached_the_server_is_not_retried() {
    let server = MockServer::start().await;
    with_workspaces(&server).await;
    op("createWorkspace")
        .respond_with(ResponseTemplate::new(503).set_body_string("upstream unavailable"))
        .expect(1)
        .mount(&server)
        .await;
    let dir = config();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["workspace", "create", "--label", "x"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("HTTP 503 Service Unavailable: upstream unavailable"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn a_stalled_server_times_out_with_a_sentence() {
    let server = MockServer::start().await;
    op("appConfig")
        .respond_with(data(json!({"appConfig": {"version": "2.1.0"}})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            data(json!({"appConfig": {"version": "2.1.0", "baseDomain": "x"}}))
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let dir = config();
    let started = std::time::Instant::now();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["platform", "version", "--timeout", "300ms"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("did not answer within 300ms"),
        "{}",
        run.stderr
    );
    assert!(
        started.elapsed() < Duration::from_secs(5 * 4),
        "retries must stay bounded"
    );
}

#[tokio::test]
async fn truncated_json_is_reported_as_such() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"data":{"appConfig":{"vers"#, "application/json"),
        )
        .mount(&server)
        .await;
    let dir = config();
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &["platform", "version"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("ended in the middle of its JSON (truncated after 27 bytes)"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_sentence() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let dir = config();
    let run = houston(
        &format!("http://127.0.0.1:{port}"),
        &dir.path().join("c.toml"),
        &["user", "me"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(&format!(
            "could not connect to http://127.0.0.1:{port}/v1: connection refused"
        )),
        "{}",
        run.stderr
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
        op("platformVersionProbe")
            .respond_with(data(json!({"appConfig": {"version": version}})))
            .expect(1)
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

#[tokio::test]
async fn a_new_service_account_key_goes_to_a_0600_file_when_asked() {
    let server = MockServer::start().await;
    op("deployment")
        .and(body_partial_json(json!({"variables": {"where": {"releaseName": "mathematical-probe-2087"}}})))
        .respond_with(data(json!({"deployment": {"id": "ckd1", "label": "etl", "description": null, "releaseName": "mathematical-probe-2087",
            "status": null, "version": null, "executor": "CeleryExecutor", "workspace": {"id": "ckw1", "label": "demo"}, "urls": [],
            "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}})))
        .mount(&server)
        .await;
    let key = "k".repeat(16) + "0123456789abcdef";
    op("createDeploymentServiceAccount")
        .and(body_partial_json(json!({"variables": {"deploymentUuid": "ckd1", "label": "ci", "role": "DEPLOYMENT_EDITOR"}})))
        .respond_with(data(json!({"createDeploymentServiceAccount": {"id": "cks1", "label": "ci", "apiKey": key, "category": null, "active": true, "createdAt": "2026-01-01T00:00:00.000Z"}})))
        .expect(2)
        .mount(&server)
        .await;
    let dir = config();
    let key_file = dir.path().join("ci.key");
    let run = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &[
            "deployment",
            "sa",
            "create",
            "-d",
            "mathematical-probe-2087",
            "--label",
            "ci",
            "--role",
            "DEPLOYMENT_EDITOR",
            "--key-file",
            key_file.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains(&key));
    assert_eq!(std::fs::read_to_string(&key_file).unwrap().trim(), key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let shown = houston(
        &server.uri(),
        &dir.path().join("c.toml"),
        &[
            "deployment",
            "sa",
            "create",
            "-d",
            "mathematical-probe-2087",
            "--label",
            "ci",
            "--role",
            "DEPLOYMENT_EDITOR",
            "-o",
            "json",
        ],
    );
    assert!(shown.stdout.contains(&key));
    assert!(shown.stderr.contains("only time the API key is shown"));
}

#[tokio::test]
async fn contexts_and_login_keep_the_token_secret() {
    let server = MockServer::start().await;
    op("currentUser")
        .respond_with(data(json!({"self": {"user": {"id": "cku1", "username": "admin@example.com", "fullName": null, "status": "active",
            "emails": [], "roleBindings": []}, "isAdmin": true}})))
        .mount(&server)
        .await;
    let dir = config();
    let cfg = dir.path().join("houston/config.toml");
    let url = format!("{}/v1", server.uri());
    let run = |args: &[&str], stdin: &str| {
        let out = Command::cargo_bin("houston")
            .unwrap()
            .env_clear()
            .env("HOUSTON_CONFIG", &cfg)
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!text.contains(CANARY), "leaked: {text}");
        (out.status.code().unwrap(), text)
    };
    let (code, text) = run(&["context", "add", "local", "--url", &url], "");
    assert_eq!(code, 0, "{text}");
    let (code, text) = run(&["login"], &format!("{CANARY}\n"));
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("as admin@example.com"), "{text}");
    let (code, text) = run(&["context", "list", "-o", "json"], "");
    assert_eq!(code, 0);
    assert!(text.contains("****9bdf"), "{text}");
    let (code, text) = run(&["user", "me", "-o", "json"], "");
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("\"isAdmin\":true"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&cfg).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let (code, text) = run(&["login"], "two words\n");
    assert_eq!(code, 2, "{text}");
}
