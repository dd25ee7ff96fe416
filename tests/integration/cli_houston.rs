//! Every first command (issue 3's set) through the real binary against the sandbox on
//! 127.0.0.1:0, including the failures a real platform produces: a GraphQL refusal with its code,
//! a permission error with its hint, a gateway HTML page, a stall, a truncated answer, a refused
//! connection. The admin token must appear in no output.

use crate::common;

use common::{Run, TestSandbox, ok};
use serde_json::Value;

fn houston_as(sb: &TestSandbox, token: &str, args: &[&str]) -> Run {
    sb.houston(token, None, args)
}

fn houston(sb: &TestSandbox, args: &[&str]) -> Run {
    sb.houston(&sb.token, None, args)
}

#[test]
fn workspaces_from_create_to_delete() {
    let sb = TestSandbox::start();
    let listed = ok(houston(&sb, &["workspace", "list", "-o", "json"])).json();
    assert_eq!(listed[0]["label"], "demo");
    let table = ok(houston(&sb, &["workspace", "list", "-o", "table"])).stdout;
    assert!(table.starts_with("ID"), "{table}");
    assert!(table.contains("demo"));
    let labels = ok(houston(&sb, &["workspace", "list", "--jq", ".[].label"])).stdout;
    assert_eq!(labels, "demo\n");
    let yaml = ok(houston(&sb, &["workspace", "get", "demo", "-o", "yaml"])).stdout;
    assert!(yaml.contains("label: demo"), "{yaml}");

    let created = ok(houston(
        &sb,
        &[
            "workspace",
            "create",
            "--label",
            "analytics",
            "--description",
            "BI",
            "-o",
            "json",
        ],
    ))
    .json();
    let id = created["id"].as_str().unwrap().to_string();
    let updated = ok(houston(
        &sb,
        &[
            "workspace",
            "update",
            "analytics",
            "--description",
            "Business intelligence",
            "-o",
            "json",
        ],
    ))
    .json();
    assert_eq!(updated["description"], "Business intelligence");
    let got = ok(houston(&sb, &["workspace", "get", &id, "-o", "json"])).json();
    assert_eq!(got["label"], "analytics");
    assert_eq!(
        got["roleBindings"][0]["role"], "WORKSPACE_ADMIN",
        "the creator administers it"
    );

    // Houston's rule: a workspace with deployments cannot go.
    let refused = houston(&sb, &["workspace", "delete", "demo", "--yes"]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("deprovision all deployments"),
        "{}",
        refused.stderr
    );
    let refused = houston(&sb, &["workspace", "delete", "analytics"]);
    assert_eq!(refused.code, 2, "no --yes without a terminal");
    ok(houston(&sb, &["workspace", "delete", "analytics", "--yes"]));
    let listed = ok(houston(&sb, &["workspace", "list", "-o", "json"])).json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let missing = houston(&sb, &["workspace", "get", "analytics"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing
            .stderr
            .contains("No workspace with id or label `analytics` is visible to this token"),
        "{}",
        missing.stderr
    );
}

#[test]
fn workspace_users_add_update_remove() {
    let sb = TestSandbox::start();
    let added = ok(sb.add_user(
        "demo",
        "ada@example.com",
        &[
            "--role",
            "WORKSPACE_EDITOR",
            "--bypass-invite",
            "-o",
            "json",
        ],
    ));
    assert!(
        added
            .stderr
            .contains("Added ada@example.com to workspace demo as WORKSPACE_EDITOR"),
        "{}",
        added.stderr
    );
    assert_eq!(added.json()["role"], "WORKSPACE_EDITOR");
    // Without --bypass-invite an unknown address is invited, and a second time is refused.
    let invited = ok(sb.add_user("demo", "bob@example.com", &["-o", "json"]));
    assert_eq!(invited.json()["status"], "invited");
    let again = sb.add_user("demo", "bob@example.com", &[]);
    // An invitation that already exists is "unchanged" (issue 13 item 2), as in the bulk path.
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains("bob@example.com is already invited to workspace demo: unchanged."),
        "{}",
        again.stderr
    );

    ok(houston(
        &sb,
        &[
            "workspace",
            "user",
            "update",
            "-w",
            "demo",
            "--email",
            "ada@example.com",
            "--role",
            "WORKSPACE_ADMIN",
        ],
    ));
    let users = ok(houston(
        &sb,
        &["workspace", "user", "list", "-w", "demo", "-o", "json"],
    ))
    .json();
    let ada = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "ada@example.com")
        .unwrap();
    assert_eq!(ada["role"], "WORKSPACE_ADMIN");
    ok(houston(
        &sb,
        &[
            "workspace",
            "user",
            "remove",
            "-w",
            "demo",
            "--email",
            "ada@example.com",
            "--yes",
        ],
    ));
    let users = ok(houston(
        &sb,
        &["workspace", "user", "list", "-w", "demo", "-o", "json"],
    ))
    .json();
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["username"] != "ada@example.com")
    );
    let gone = houston(
        &sb,
        &[
            "workspace",
            "user",
            "remove",
            "-w",
            "demo",
            "--email",
            "ada@example.com",
            "--yes",
        ],
    );
    assert_eq!(gone.code, 1);
    assert!(gone.stderr.contains("is not a user of workspace demo"));
}

#[test]
fn service_accounts_and_their_keys() {
    let sb = TestSandbox::start();
    let key_file = sb.dir.join("ws.key");
    let created = ok(houston(
        &sb,
        &[
            "workspace",
            "sa",
            "create",
            "-w",
            "demo",
            "--label",
            "deployer",
            "--role",
            "WORKSPACE_VIEWER",
            "--key-file",
            key_file.to_str().unwrap(),
            "-o",
            "json",
        ],
    ))
    .json();
    assert!(created["apiKey"].is_null());
    let key = std::fs::read_to_string(&key_file)
        .unwrap()
        .trim()
        .to_string();
    assert_eq!(key.len(), 32);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let listed = ok(houston(
        &sb,
        &["workspace", "sa", "list", "-w", "demo", "-o", "json"],
    ))
    .json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["label"] == "deployer")
    );

    // The key is a token; as a viewer it may read but not add a user.
    let read = houston_as(
        &sb,
        &key,
        &["workspace", "user", "list", "-w", "demo", "-o", "json"],
    );
    assert_eq!(read.code, 0, "{}", read.stderr);
    let refused = houston_as(
        &sb,
        &key,
        &[
            "workspace",
            "user",
            "add",
            "-w",
            "demo",
            "--email",
            "eve@example.com",
        ],
    );
    assert_eq!(refused.code, 1);
    assert!(
        refused
            .stderr
            .contains("You do not have the appropriate permissions for that (FORBIDDEN"),
        "{}",
        refused.stderr
    );
    assert!(
        refused
            .stderr
            .contains("hint: the token is missing, expired, or lacks the role"),
        "{}",
        refused.stderr
    );

    let id = created["id"].as_str().unwrap().to_string();
    ok(houston(
        &sb,
        &["workspace", "sa", "delete", "-w", "demo", &id, "--yes"],
    ));
    let dead = houston_as(&sb, &key, &["workspace", "list"]);
    assert_eq!(dead.code, 1, "a deleted key still works: {}", dead.stdout);

    // Deployment service accounts, addressed by release name; the key shown once on stdout.
    let shown = ok(houston(
        &sb,
        &[
            "deployment",
            "sa",
            "create",
            "-d",
            "orbiting-telescope-0042",
            "--label",
            "ci-deploy",
            "--role",
            "DEPLOYMENT_EDITOR",
            "-o",
            "json",
        ],
    ));
    assert!(shown.stderr.contains("only time the API key is shown"));
    let account = shown.json();
    assert_eq!(account["apiKey"].as_str().unwrap().len(), 32);
    let id = account["id"].as_str().unwrap().to_string();
    let got = ok(houston(
        &sb,
        &[
            "deployment",
            "sa",
            "get",
            "-d",
            "orbiting-telescope-0042",
            &id,
            "-o",
            "json",
        ],
    ))
    .json();
    assert_eq!(got["label"], "ci-deploy");
    assert!(got["apiKey"].is_null(), "the key is never shown again");
    let listed = ok(houston(
        &sb,
        &[
            "deployment",
            "sa",
            "list",
            "-d",
            "orbiting-telescope-0042",
            "-o",
            "json",
        ],
    ))
    .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    ok(houston(
        &sb,
        &[
            "deployment",
            "sa",
            "delete",
            "-d",
            "orbiting-telescope-0042",
            &id,
            "--yes",
        ],
    ));
    let listed = ok(houston(
        &sb,
        &[
            "deployment",
            "sa",
            "list",
            "-d",
            "orbiting-telescope-0042",
            "-o",
            "json",
        ],
    ))
    .json();
    assert!(listed.as_array().unwrap().is_empty());
    let wrong_role = houston(
        &sb,
        &[
            "deployment",
            "sa",
            "create",
            "-d",
            "orbiting-telescope-0042",
            "--label",
            "x",
            "--role",
            "WORKSPACE_ADMIN",
        ],
    );
    assert_eq!(wrong_role.code, 2);
}

#[test]
fn deployments_platform_and_me() {
    let sb = TestSandbox::start();
    let listed = ok(houston(
        &sb,
        &["deployment", "list", "-w", "demo", "-o", "json"],
    ))
    .json();
    assert_eq!(listed[0]["releaseName"], "orbiting-telescope-0042");
    assert_eq!(listed[0]["runtimeVersion"], "12.1.0");
    let by_release = ok(houston(
        &sb,
        &["deployment", "get", "orbiting-telescope-0042", "-o", "json"],
    ))
    .json();
    let by_id = ok(houston(
        &sb,
        &[
            "deployment",
            "get",
            by_release["id"].as_str().unwrap(),
            "-o",
            "json",
        ],
    ))
    .json();
    assert_eq!(by_release, by_id);
    let missing = houston(&sb, &["deployment", "get", "no-such-release-1"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing
            .stderr
            .contains("No deployment has the id or release name `no-such-release-1`")
    );

    let version = ok(houston(&sb, &["platform", "version", "-o", "json"])).json();
    assert_eq!(version["version"], "2.1.0");
    let me = ok(houston(&sb, &["user", "me", "-o", "json"])).json();
    assert_eq!(me["username"], "admin");
    assert_eq!(me["isAdmin"], true);
}

#[test]
fn gateway_pages_stalls_and_truncation_are_sentences() {
    // The first `workspaces` answers a gateway's HTML page: a query is retried and succeeds.
    let sb = TestSandbox::start_with(|o| {
        o.faults(vec![
            "kind=html,op=workspaces,nth=1".parse().unwrap(),
            "kind=html,op=platformInfo,rate=1".parse().unwrap(),
            "kind=503,op=createWorkspace,nth=1".parse().unwrap(),
            "kind=latency,ms=3000,op=currentUser".parse().unwrap(),
            "kind=truncate,op=workspaceUsers".parse().unwrap(),
        ])
    });
    let listed = ok(houston(&sb, &["workspace", "list", "-o", "json"])).json();
    assert_eq!(listed[0]["label"], "demo", "the retry did not happen");

    // Every try answers HTML: after the retries, one sentence.
    let html = houston(&sb, &["platform", "version"]);
    assert_eq!(html.code, 1);
    assert!(
        html.stderr
            .contains("HTTP 502 Bad Gateway: an HTML page titled"),
        "{}",
        html.stderr
    );
    assert!(!html.stderr.contains("<html") && !html.stderr.contains("panicked"));

    // A mutation that reached the server is not retried: nothing was created by a second try.
    let refused = houston(&sb, &["workspace", "create", "--label", "once"]);
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("HTTP 503"), "{}", refused.stderr);
    let listed = ok(houston(&sb, &["workspace", "list", "-o", "json"])).json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w["label"] != "once")
    );

    let stalled = houston(&sb, &["user", "me", "--timeout", "300ms"]);
    assert_eq!(stalled.code, 1);
    assert!(
        stalled
            .stderr
            .contains("did not answer within 300ms\nhint: give it longer with --timeout"),
        "{}",
        stalled.stderr
    );

    let cut = houston(&sb, &["workspace", "user", "list", "-w", "demo"]);
    assert_eq!(cut.code, 1);
    assert!(
        cut.stderr.contains("ended in the middle of its JSON"),
        "{}",
        cut.stderr
    );
}

#[test]
fn a_server_that_is_not_there() {
    let sb = TestSandbox::start();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let out = common::houston(&sb.dir)
        .env("HOUSTON_URL", format!("http://127.0.0.1:{port}/v1"))
        .env("HOUSTON_TOKEN", &sb.token)
        .args(["workspace", "list"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains(&format!(
            "could not connect to http://127.0.0.1:{port}/v1: connection refused"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains(&sb.token));
}

#[test]
fn contexts_and_login() {
    let sb = TestSandbox::start();
    let config = sb.dir.join("houston/config.toml");
    let run = |args: &[&str], stdin: &str| {
        let out = common::houston(&sb.dir)
            .env("HOUSTON_CONFIG", &config)
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!text.contains(&sb.token), "leaked: {text}");
        (
            out.status.code().unwrap(),
            text,
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    };
    let (code, text, _) = run(
        &[
            "context",
            "add",
            "local",
            "--url",
            &sb.url,
            "--workspace",
            "demo",
        ],
        "",
    );
    assert_eq!(code, 0, "{text}");
    let (code, text, _) = run(&["login"], "not-a-valid-token\n");
    assert_eq!(code, 1, "a bad token is refused at login: {text}");
    let (code, text, _) = run(&["login"], &format!("{}\n", sb.token));
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("as admin"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&config).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let (_, _, listed) = run(&["context", "list", "-o", "json"], "");
    let listed: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed[0]["name"], "local");
    assert!(listed[0]["token"].as_str().unwrap().starts_with("****"));
    // The context's workspace is the default for workspace commands.
    let (code, text, users) = run(&["workspace", "user", "list", "-o", "json"], "");
    assert_eq!(code, 0, "{text}");
    assert!(users.contains("grace@example.com"), "{users}");
    let (code, _, _) = run(&["context", "use", "nope"], "");
    assert_eq!(code, 2);
    let (code, text, _) = run(&["context", "remove", "local"], "");
    assert_eq!(code, 0, "{text}");
    let (code, text, _) = run(&["workspace", "list"], "");
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("no Houston to talk to"), "{text}");
}

#[test]
fn local_login_auth_config_alerts_and_email_verification() {
    let sb = TestSandbox::start();
    let config = sb.dir.join("local-login.toml");
    let password = std::fs::read_to_string(sb.dir.join("admin-password")).unwrap();
    let out = common::houston(&sb.dir)
        .env("HOUSTON_CONFIG", &config)
        .args(["--url", &sb.url, "login", "--username", "admin"])
        .write_stdin(password.clone())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{text}");
    assert!(text.contains("as admin"), "{text}");
    assert!(!text.contains(password.trim()));
    let me = common::houston(&sb.dir)
        .env("HOUSTON_CONFIG", &config)
        .args(["user", "me", "-o", "json"])
        .output()
        .unwrap();
    assert!(me.status.success(), "the stored user token works");
    let wrong = common::houston(&sb.dir)
        .env("HOUSTON_CONFIG", &config)
        .args(["--url", &sb.url, "login", "--username", "admin"])
        .write_stdin("wrong-password")
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));

    let auth = ok(houston(&sb, &["platform", "auth", "-o", "json"])).json();
    assert_eq!(auth["localEnabled"], true);
    let alerts = ok(houston(
        &sb,
        &[
            "deployment",
            "alerts",
            "orbiting-telescope-0042",
            "--email",
            "oncall@example.com",
            "-o",
            "json",
        ],
    ))
    .json();
    assert_eq!(
        alerts["alertEmails"],
        serde_json::json!(["oncall@example.com"])
    );
    ok(houston(&sb, &["user", "verify-email", "grace@example.com"]));
}

#[test]
fn a_url_from_dotenv_never_receives_a_saved_token() {
    let sb = TestSandbox::start();
    let work = tempfile::tempdir().unwrap();
    let config = work.path().join("config.toml");
    let run = |args: &[&str], stdin: &str| {
        let out = common::houston(work.path())
            .env("HOUSTON_CONFIG", &config)
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        )
    };
    assert_eq!(run(&["context", "add", "local", "--url", &sb.url], "").0, 0);
    let (code, text) = run(&["login"], &format!("{}\n", sb.token));
    assert_eq!(code, 0, "{text}");
    // Another endpoint, named only by a `.env` a repository could carry; it records any visit.
    let other = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    other.set_nonblocking(true).unwrap();
    let port = other.local_addr().unwrap().port();
    std::fs::write(
        work.path().join(".env"),
        format!("HOUSTON_URL=http://127.0.0.1:{port}/v1\n"),
    )
    .unwrap();
    let (code, text) = run(&["workspace", "list"], "");
    assert_eq!(code, 2, "refused before sending: {text}");
    assert!(
        text.contains("only sent to the endpoint it was saved with"),
        "{text}"
    );
    assert!(text.contains("HOUSTON_URL in .env"), "{text}");
    assert!(text.contains("hint:"), "says how to override: {text}");
    assert!(!text.contains(&sb.token), "{text}");
    assert!(
        other.accept().is_err(),
        "nothing reached the other endpoint"
    );
    // The saved endpoint written in `.env` is the same endpoint: the token goes there.
    std::fs::write(
        work.path().join(".env"),
        format!("HOUSTON_URL={}\n", sb.url),
    )
    .unwrap();
    let (code, text) = run(&["workspace", "list"], "");
    assert_eq!(code, 0, "{text}");
}
