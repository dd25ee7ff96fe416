//! `houston astro …` through the real binary against the local Astro API fake. Every run checks
//! that the admin token's canary appears in no output, `--verbose` and `--dry-run` included.

use crate::astro_fake;

use astro_fake::{CANARY, Fake, Fault, ORG, WORKSPACE};
use serde_json::json;
use std::path::Path;
use std::time::Duration;

use crate::common::Run;

fn run_with(
    fake: &Fake,
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
    stdin: Option<&str>,
) -> Run {
    let mut cmd = crate::common::houston(dir);
    cmd.env("ASTRO_API_URL", fake.url()).arg("astro").args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    Run::capture(&mut cmd, &[CANARY, &astro_fake::admin_token()])
}

fn astro(fake: &Fake, dir: &Path, args: &[&str]) -> Run {
    let token = astro_fake::admin_token();
    run_with(fake, dir, args, &[("ASTRO_API_TOKEN", &token)], None)
}

fn setup() -> (Fake, tempfile::TempDir) {
    (Fake::start(), tempfile::tempdir().unwrap())
}

#[test]
fn organizations_and_workspaces() {
    let (fake, dir) = setup();
    let run = astro(&fake, dir.path(), &["organizations", "list", "-o", "json"]).ok();
    assert_eq!(run.json()[0]["id"], ORG);
    let run = astro(&fake, dir.path(), &["workspaces", "list", "-o", "table"]).ok();
    let header: Vec<&str> = run
        .stdout
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(header[..2], ["ID", "NAME"]);
    assert!(run.stdout.contains("Data Platform") && run.stdout.contains("Analytics"));
    let run = astro(
        &fake,
        dir.path(),
        &[
            "workspaces",
            "list",
            "--name",
            "Analytics",
            "--jq",
            ".[].id",
        ],
    )
    .ok();
    assert_eq!(run.stdout.trim(), astro_fake::WORKSPACE_2);
    let run = astro(&fake, dir.path(), &["ws", "get", WORKSPACE, "-o", "yaml"]).ok();
    assert!(run.stdout.contains("name: Data Platform"), "{}", run.stdout);
    // Every request said who it is.
    assert!(
        fake.seen().iter().all(|s| s.client_identifier.as_deref()
            == Some(concat!("houston/", env!("CARGO_PKG_VERSION"))))
    );
}

#[test]
fn seed_flow_create_a_deployment_and_wait_until_healthy() {
    let (fake, dir) = setup();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "create",
            "--workspace",
            WORKSPACE,
            "--name",
            "etl",
            "--executor",
            "celery",
            "--scheduler-size",
            "small",
            "--runtime-version",
            "3.0-4",
            "--high-availability",
            "--contact-email",
            "data@example.com",
            "--wait",
            "--interval",
            "20ms",
            "-o",
            "json",
        ],
    )
    .ok();
    let d = run.json();
    assert_eq!(d["status"], "HEALTHY");
    assert_eq!(
        d["futureField"]["addedIn"], "v1.9",
        "unknown fields survive"
    );
    assert!(
        run.stderr.contains("Created deployment etl ("),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("): CREATING\n") && run.stderr.contains("): HEALTHY\n"));
    let sent = fake
        .seen()
        .into_iter()
        .find(|s| s.method == "POST")
        .unwrap();
    assert_eq!(
        sent.body.unwrap(),
        json!({"name": "etl", "workspaceId": WORKSPACE, "executor": "CELERY",
               "schedulerSize": "SMALL", "astroRuntimeVersion": "3.0-4",
               "isHighAvailability": true, "contactEmails": ["data@example.com"]})
    );
    // The table form of get.
    let id = d["id"].as_str().unwrap();
    let run = astro(
        &fake,
        dir.path(),
        &["deployments", "get", id, "-o", "table"],
    )
    .ok();
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("STATUS") && l.ends_with("HEALTHY"))
    );
}

#[test]
fn create_from_a_yaml_file_with_flags_on_top() {
    let (fake, dir) = setup();
    std::fs::write(
        dir.path().join("dep.yaml"),
        "name: from-file\nworkspaceId: clwsp00000000000000000001\nexecutor: KUBERNETES\nworkerQueues: []\nnewApiField: 7\n",
    )
    .unwrap();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "create",
            "-f",
            "dep.yaml",
            "--name",
            "from-flags",
            "--dry-run",
        ],
    )
    .ok();
    assert_eq!(
        run.json(),
        json!({"name": "from-flags", "workspaceId": WORKSPACE, "executor": "KUBERNETES",
               "workerQueues": [], "newApiField": 7})
    );
    assert!(fake.seen().is_empty(), "a dry run sends nothing");
    astro(
        &fake,
        dir.path(),
        &["deployments", "create", "-f", "dep.yaml", "-o", "json"],
    )
    .ok();
    assert_eq!(fake.deployments()[0]["name"], "from-file");
}

#[test]
fn the_documented_error_handling() {
    let (fake, dir) = setup();
    fake.seed_deployment("etl", WORKSPACE);
    let run = astro(
        &fake,
        dir.path(),
        &["deployments", "create", "-w", WORKSPACE, "--name", "etl"],
    );
    assert_eq!(run.code, 1);
    let first = run.stderr.lines().next().unwrap();
    assert!(
        first.starts_with("error: Failed to create deployment \"etl\": Invalid request: Deployment name 'etl' already exists in this workspace (status 400, request id f004d12a-29c8-40d8-b239-"),
        "{first}"
    );
    // Validation errors list their fields.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "POST",
            "/organizations/{organizationId}/deployments",
            "-f",
            "name=x",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("\n  - workspaceId: workspaceId is required (required)"),
        "{}",
        run.stderr
    );
    // A gateway page that never goes away: status and a sentence, after the retries.
    for _ in 0..4 {
        fake.fail_next("GET", "/workspaces", Fault::Unavailable);
    }
    let run = astro(&fake, dir.path(), &["workspaces", "list"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: Failed to list workspaces: HTTP 503 Service Unavailable: an HTML page titled \"503 Service Unavailable\"\nhint: a gateway"), "{}", run.stderr);
    // A truncated answer.
    fake.fail_next("GET", "/organizations", Fault::Truncated);
    let run = astro(&fake, dir.path(), &["orgs", "list"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("ended in the middle of its JSON"),
        "{}",
        run.stderr
    );
    // A refused connection.
    let run = run_with(
        &fake,
        dir.path(),
        &["--api-url", "http://127.0.0.1:9", "orgs", "list"],
        &[("ASTRO_API_TOKEN", &astro_fake::admin_token())],
        None,
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("could not connect to http://127.0.0.1:9/v1/organizations"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let (fake, dir) = setup();
    for args in [
        &["deployments", "create", "--name", "x"][..],
        &[
            "deployments",
            "create",
            "-w",
            WORKSPACE,
            "--name",
            "x",
            "--executor",
            "turbo",
        ],
        &["deployments", "list", "--limit", "5000"],
        &["deployments", "list", "--sort", "name"],
        &["deployments", "update", "d1"],
        &[
            "agent-tokens",
            "create",
            "-d",
            "d1",
            "--name",
            "a",
            "--expiry-days",
            "0",
        ],
        &["api-tokens", "roles", "t1", "--add", "CLUSTER:c1=ADMIN"],
        &[
            "api",
            "GET",
            "/organizations/{organizationId}/teams/{teamId}",
        ],
        &["api", "POST", "/x", "-f", "a=1", "-f", "a=2"],
        &["api", "GET", "/x", "-H", "Authorization: Bearer other"],
    ] {
        let run = astro(&fake, dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("error"), "{args:?}: {}", run.stderr);
    }
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "create",
            "-w",
            WORKSPACE,
            "--name",
            "x",
            "--executor",
            "turbo",
        ],
    );
    assert!(
        run.stderr.contains("CELERY, KUBERNETES, ASTRO"),
        "{}",
        run.stderr
    );
    assert!(fake.seen().is_empty(), "{:?}", fake.seen());
    // No token at all; an opaque token and no organization anywhere.
    let run = run_with(&fake, dir.path(), &["deployments", "list"], &[], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("ASTRO_API_TOKEN"));
    let run = run_with(
        &fake,
        dir.path(),
        &["deployments", "list"],
        &[("ASTRO_API_TOKEN", "opaque")],
        None,
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no Astro organization"),
        "{}",
        run.stderr
    );
    assert!(fake.seen().is_empty());
}

#[test]
fn update_is_get_merge_post_and_keeps_secrets() {
    let (fake, dir) = setup();
    let created = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "POST",
            "/organizations/{organizationId}/deployments",
            "--input",
            "-",
        ],
    );
    assert_eq!(
        created.code, 2,
        "--input - without stdin content is not JSON"
    );
    let body = json!({"name": "etl", "workspaceId": WORKSPACE, "environmentVariables": [
        {"key": "PLAIN", "value": "1", "isSecret": false},
        {"key": "PASSWORD", "value": "hunter2-secret", "isSecret": true}
    ]});
    let token = astro_fake::admin_token();
    let run = run_with(
        &fake,
        dir.path(),
        &[
            "api",
            "POST",
            "/organizations/{organizationId}/deployments",
            "--input",
            "-",
        ],
        &[("ASTRO_API_TOKEN", &token)],
        Some(&body.to_string()),
    )
    .ok();
    let id = run.json()["id"].as_str().unwrap().to_string();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "update",
            &id,
            "--scheduler-size",
            "MEDIUM",
            "--dry-run",
        ],
    )
    .ok();
    let preview = run.json();
    assert_eq!(preview["schedulerSize"], "MEDIUM");
    assert_eq!(fake.count("POST", &format!("/deployments/{id}")), 0);
    std::fs::write(
        dir.path().join("patch.json"),
        r#"{"description": "nightly", "isDevelopmentMode": true}"#,
    )
    .unwrap();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "update",
            &id,
            "--scheduler-size",
            "medium",
            "-f",
            "patch.json",
            "--wait",
            "--interval",
            "10ms",
            "-o",
            "json",
        ],
    )
    .ok();
    assert_eq!(run.json()["status"], "HEALTHY");
    let post = fake
        .seen()
        .into_iter()
        .rfind(|s| s.method == "POST")
        .unwrap()
        .body
        .unwrap();
    assert_eq!(post["schedulerSize"], "MEDIUM");
    assert_eq!(post["description"], "nightly");
    assert_eq!(post["type"], "STANDARD");
    assert_eq!(post["workerQueues"][0]["name"], "default");
    assert_eq!(
        post["environmentVariables"],
        json!([{"key": "PLAIN", "value": "1", "isSecret": false}, {"key": "PASSWORD", "isSecret": true}])
    );
    let stored = &fake.deployments()[0]["environmentVariables"][1];
    assert_eq!(
        stored["value"], "hunter2-secret",
        "the secret survived the update"
    );
}

#[test]
fn wait_fails_on_unhealthy_and_delete() {
    let (fake, dir) = setup();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "create",
            "-w",
            WORKSPACE,
            "--name",
            "doomed",
            "--wait",
            "--interval",
            "10ms",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("is UNHEALTHY: Scheduler pods are crash-looping"),
        "{}",
        run.stderr
    );
    let id = fake.deployments()[0]["id"].as_str().unwrap().to_string();
    fake.set_polls_to_healthy(10_000);
    let slow = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "create",
            "-w",
            WORKSPACE,
            "--name",
            "slow",
            "--jq",
            ".id",
        ],
    )
    .ok();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "wait",
            slow.stdout.trim(),
            "--interval",
            "10ms",
            "--wait-timeout",
            "100ms",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("is still CREATING after 100ms"),
        "{}",
        run.stderr
    );
    let refused = astro(&fake, dir.path(), &["deployments", "delete", &id]);
    assert_eq!(refused.code, 2, "no --yes without a terminal");
    let run = astro(&fake, dir.path(), &["deployments", "delete", &id, "--yes"]).ok();
    assert!(run.stderr.contains(&format!("Deleted deployment {id}.")));
    let run = astro(&fake, dir.path(), &["deployments", "delete", &id, "--yes"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("Deployment not found (status 404, request id"),
        "{}",
        run.stderr
    );
}

#[test]
fn lists_page_through_everything() {
    let (fake, dir) = setup();
    fake.seed_many("etl", 150, WORKSPACE);
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "list",
            "--all",
            "-w",
            WORKSPACE,
            "--jq",
            "length",
        ],
    )
    .ok();
    assert_eq!(run.stdout.trim(), "150");
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "list",
            "--sort",
            "name:desc",
            "--limit",
            "3",
            "--jq",
            ".[].name",
        ],
    )
    .ok();
    assert_eq!(run.stdout, "etl-149\netl-148\netl-147\n");
    let queries: Vec<String> = fake.seen().iter().filter_map(|s| s.query.clone()).collect();
    assert_eq!(
        queries[0],
        format!("workspaceIds={WORKSPACE}&offset=0&limit=100")
    );
    assert_eq!(
        queries[1],
        format!("workspaceIds={WORKSPACE}&offset=100&limit=100")
    );
}

#[test]
fn seed_flow_agent_token_for_a_deployment() {
    let (fake, dir) = setup();
    let dep = fake.seed_deployment("etl", WORKSPACE);
    // Shown once, with the warning.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "agent-tokens",
            "create",
            "--deployment",
            &dep,
            "--name",
            "re-agent",
            "--description",
            "remote execution",
            "--expiry-days",
            "90",
            "-o",
            "json",
        ],
    )
    .ok();
    let shown = run.json();
    let id = shown["id"].as_str().unwrap().to_string();
    assert_eq!(shown["token"].as_str(), fake.secret_of(&id).as_deref());
    assert!(
        run.stderr
            .contains("warning: this is the only time the agent token is shown"),
        "{}",
        run.stderr
    );
    // Written to a file, never shown.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "agent-tokens",
            "create",
            "-d",
            &dep,
            "--name",
            "second",
            "--token-file",
            "agent.token",
            "--verbose",
            "-o",
            "json",
        ],
    )
    .ok();
    let second = run.json();
    let second_id = second["id"].as_str().unwrap();
    let secret = fake.secret_of(second_id).unwrap();
    assert!(second.get("token").is_none());
    assert!(
        !run.stdout.contains(&secret) && !run.stderr.contains(&secret),
        "the secret was shown:\n{}",
        run.stderr
    );
    let path = dir.path().join("agent.token");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{secret}\n")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let run = astro(
        &fake,
        dir.path(),
        &["agent-tokens", "list", "-d", &dep, "-o", "json"],
    )
    .ok();
    let listed = run.json();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    for t in fake.agent_tokens() {
        let secret = fake.secret_of(t["id"].as_str().unwrap()).unwrap();
        assert!(
            !run.stdout.contains(&secret),
            "a listed token shows its secret"
        );
    }
    astro(&fake, dir.path(), &["agent-tokens", "get", &id, "-d", &dep]).ok();
    let run = astro(
        &fake,
        dir.path(),
        &["agent-tokens", "delete", &id, "-d", &dep, "--yes"],
    )
    .ok();
    assert!(run.stderr.contains(&format!("Deleted agent token {id}.")));
    assert_eq!(fake.agent_tokens().len(), 1);
}

#[test]
fn api_tokens_at_every_scope_with_roles() {
    let (fake, dir) = setup();
    let dep = fake.seed_deployment("etl", WORKSPACE);
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "create",
            "--name",
            "ci",
            "--role",
            "WORKSPACE_OPERATOR",
            "-w",
            WORKSPACE,
            "--add-role",
            &format!("DEPLOYMENT:{dep}=DEPLOYMENT_ADMIN"),
            "--expiry-days",
            "30",
            "--token-file",
            "ci.token",
            "-o",
            "json",
        ],
    )
    .ok();
    let id = run.json()["id"].as_str().unwrap().to_string();
    let sent = fake
        .seen()
        .into_iter()
        .find(|s| s.method == "POST" && s.path.ends_with("/tokens"))
        .unwrap();
    assert_eq!(
        sent.body.unwrap(),
        json!({"name": "ci", "scope": "WORKSPACE", "entityId": WORKSPACE, "role": "WORKSPACE_OPERATOR", "tokenExpiryPeriodInDays": 30})
    );
    let roles = fake.api_tokens()[0]["roles"].clone();
    assert_eq!(roles.as_array().unwrap().len(), 2, "{roles}");
    // Roles: add, change, remove; everything else kept.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "roles",
            &id,
            "--add",
            "WORKSPACE:clwsp00000000000000000002=WORKSPACE_MEMBER",
            "--remove",
            &format!("DEPLOYMENT:{dep}"),
            "-o",
            "json",
        ],
    )
    .ok();
    let roles: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{}:{}={}",
                r["entityType"].as_str().unwrap(),
                r["entityId"].as_str().unwrap(),
                r["role"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        roles,
        [
            format!("WORKSPACE:{WORKSPACE}=WORKSPACE_OPERATOR"),
            "WORKSPACE:clwsp00000000000000000002=WORKSPACE_MEMBER".to_string()
        ]
    );
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "roles",
            &id,
            "--remove",
            &format!("WORKSPACE:{WORKSPACE}"),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("cannot be removed"));
    // Organization and deployment scope.
    let org = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "create",
            "--name",
            "admin2",
            "--role",
            "ORGANIZATION_OWNER",
            "--jq",
            ".scope",
        ],
    )
    .ok();
    assert_eq!(org.stdout.trim(), "ORGANIZATION");
    let d = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "create",
            "--name",
            "dep",
            "--role",
            "DEPLOYMENT_ADMIN",
            "-d",
            &dep,
            "--jq",
            ".scope",
        ],
    )
    .ok();
    assert_eq!(d.stdout.trim(), "DEPLOYMENT");
    let run = astro(
        &fake,
        dir.path(),
        &["api-tokens", "list", "-d", &dep, "-o", "json"],
    )
    .ok();
    assert_eq!(run.json().as_array().unwrap().len(), 1);
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "list",
            "--all",
            "--scope",
            "organization",
            "--jq",
            ".[].name",
        ],
    )
    .ok();
    assert_eq!(run.stdout, "admin2\n");
    // Rotation: the new value goes to the file, the old one is dead.
    let old = fake.secret_of(&id).unwrap();
    let run = astro(
        &fake,
        dir.path(),
        &["api-tokens", "rotate", &id, "--token-file", "ci.token"],
    )
    .ok();
    let new = fake.secret_of(&id).unwrap();
    assert_ne!(old, new);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ci.token"))
            .unwrap()
            .trim(),
        new
    );
    assert!(!run.stdout.contains(&new));
    let run = run_with(
        &fake,
        dir.path(),
        &["orgs", "list"],
        &[("ASTRO_API_TOKEN", &old), ("ASTRO_ORGANIZATION_ID", ORG)],
        None,
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("status 401"));
    astro(&fake, dir.path(), &["api-tokens", "get", &id]).ok();
    astro(&fake, dir.path(), &["api-tokens", "delete", &id, "--yes"]).ok();
    assert_eq!(fake.api_tokens().len(), 2);
}

#[test]
fn api_escape_hatch_fixes_what_astro_api_gets_wrong() {
    let (fake, dir) = setup();
    fake.seed_many("etl", 45, WORKSPACE);
    // Repeated query keys, both ways.
    astro(
        &fake,
        dir.path(),
        &[
            "api",
            "GET",
            "/organizations/{organizationId}/deployments",
            "-f",
            "sorts=name:desc",
            "-f",
            "sorts=createdAt:asc",
            "-F",
            "names[]=etl-001",
            "-F",
            "names[]=etl-002",
        ],
    )
    .ok();
    assert_eq!(
        fake.seen().last().unwrap().query.as_deref(),
        Some("sorts=name%3Adesc&sorts=createdAt%3Aasc&names=etl-001&names=etl-002")
    );
    // --paginate sets a page size, finds the items array, keeps totalCount.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "get",
            "/organizations/{organizationId}/deployments",
            "--paginate",
            "--page-size",
            "20",
        ],
    )
    .ok();
    let merged = run.json();
    assert_eq!(merged["deployments"].as_array().unwrap().len(), 45);
    assert_eq!(merged["totalCount"], 45);
    assert_eq!(fake.count("GET", "/deployments"), 4);
    assert!(
        fake.seen()
            .last()
            .unwrap()
            .query
            .as_deref()
            .unwrap()
            .ends_with("offset=40&limit=20")
    );
    // A body from typed fields; 204 has no body.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "POST",
            "/organizations/{organizationId}/deployments",
            "-f",
            "name=raw",
            "-f",
            &format!("workspaceId={WORKSPACE}"),
            "-F",
            "isHighAvailability=true",
            "-F",
            "contactEmails[]=a@x",
            "--jq",
            ".id",
        ],
    )
    .ok();
    let id = run.stdout.trim().to_string();
    assert_eq!(
        fake.seen().last().unwrap().body,
        Some(
            json!({"name": "raw", "workspaceId": WORKSPACE, "isHighAvailability": true, "contactEmails": ["a@x"]})
        )
    );
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "DELETE",
            &format!("/v1/organizations/{ORG}/deployments/{id}"),
        ],
    )
    .ok();
    assert!(
        run.stdout.is_empty() && run.stderr.contains("204"),
        "{}",
        run.stderr
    );
    // v1beta1 works, with the end-of-support warning.
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "GET",
            "/platform/v1beta1/organizations",
            "--jq",
            ".organizations[0].supportPlan",
        ],
    )
    .ok();
    assert_eq!(run.stdout, "BUSINESS\n");
    assert!(run.stderr.contains("support ends in January 2027"));
    // --dry-run and --verbose mask the token (checked on every run) but show the request.
    let before = fake.seen().len();
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "POST",
            "/organizations/{organizationId}/deployments",
            "-f",
            "name=x",
            "--dry-run",
        ],
    )
    .ok();
    assert!(
        run.stdout.starts_with(&format!(
            "POST {}/v1/organizations/{ORG}/deployments\n",
            fake.url()
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("authorization: Bearer ****"),
        "{}",
        run.stdout
    );
    assert_eq!(fake.seen().len(), before);
    let run = astro(&fake, dir.path(), &["orgs", "list", "--verbose"]).ok();
    assert!(
        run.stderr.contains("> GET ") && run.stderr.contains("< 200"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("> authorization: Bearer ****"),
        "{}",
        run.stderr
    );
}

#[test]
fn rate_limits_and_lost_answers_through_the_binary() {
    let (fake, dir) = setup();
    fake.fail_next(
        "GET",
        "/organizations",
        Fault::TooMany {
            retry_after: Some(1),
            json: true,
        },
    );
    let started = std::time::Instant::now();
    astro(&fake, dir.path(), &["orgs", "list", "--verbose"]).ok();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(fake.count("GET", "/organizations"), 2);
    // The create landed but its answer was lost: found by name, not created twice.
    fake.fail_next("POST", "/deployments", Fault::LostAnswer);
    let run = astro(
        &fake,
        dir.path(),
        &[
            "deployments",
            "create",
            "-w",
            WORKSPACE,
            "--name",
            "etl",
            "-o",
            "json",
        ],
    )
    .ok();
    assert_eq!(run.json()["name"], "etl");
    assert_eq!(fake.count("POST", "/deployments"), 1);
    assert_eq!(fake.deployments().len(), 1);
    // An API token whose answer was lost: reported with its id, never re-created.
    fake.fail_next("POST", "/tokens", Fault::LostAnswer);
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api-tokens",
            "create",
            "--name",
            "ci",
            "--role",
            "ORGANIZATION_MEMBER",
        ],
    );
    assert_eq!(run.code, 1);
    let id = fake.api_tokens()[0]["id"].as_str().unwrap().to_string();
    assert!(
        run.stderr.contains(&format!(
            "the token was created (id {id}) but its value was lost"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("houston astro api-tokens delete {id}"))
    );
    assert_eq!(fake.count("POST", "/tokens"), 1);
    // A raw POST is never repeated after a gateway error either.
    fake.fail_next("POST", "/deployments", Fault::Unavailable);
    let run = astro(
        &fake,
        dir.path(),
        &[
            "api",
            "POST",
            "/organizations/{organizationId}/deployments",
            "-f",
            "name=raw",
            "-f",
            &format!("workspaceId={WORKSPACE}"),
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(fake.count("POST", "/deployments"), 2);
}

#[test]
fn token_and_organization_sources() {
    let (fake, dir) = setup();
    let token = astro_fake::admin_token();
    // --token-stdin.
    let run = run_with(
        &fake,
        dir.path(),
        &["orgs", "list", "--token-stdin", "-o", "json"],
        &[],
        Some(&format!("{token}\n")),
    )
    .ok();
    assert_eq!(run.json()[0]["id"], ORG);
    // .env in the working directory.
    std::fs::write(
        dir.path().join(".env"),
        format!("ASTRO_API_TOKEN={token}\n"),
    )
    .unwrap();
    run_with(&fake, dir.path(), &["deployments", "list"], &[], None).ok();
    std::fs::remove_file(dir.path().join(".env")).unwrap();
    // A context's astro_token and astro_organization.
    std::fs::write(
        dir.path().join("config.toml"),
        format!("current = \"astro\"\n[contexts.astro]\nastro_token = \"{token}\"\nastro_organization = \"{ORG}\"\nastro_api_url = \"{}\"\n", fake.url()),
    )
    .unwrap();
    run_with(&fake, dir.path(), &["deployments", "list"], &[], None).ok();
    // The flag beats the environment beats the context; the server judges access.
    let run = run_with(
        &fake,
        dir.path(),
        &["deployments", "list"],
        &[("ASTRO_ORGANIZATION_ID", astro_fake::OTHER_ORG)],
        None,
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("Forbidden: this token has no access to that organization (status 403"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint: the token lacks a role"));
    run_with(
        &fake,
        dir.path(),
        &["deployments", "list", "--organization", ORG],
        &[("ASTRO_ORGANIZATION_ID", astro_fake::OTHER_ORG)],
        None,
    )
    .ok();
}

#[test]
fn login_stores_the_token_and_organization_in_the_context() {
    let (fake, dir) = setup();
    let token = astro_fake::admin_token();
    let login = run_with(
        &fake,
        dir.path(),
        &["login"],
        &[],
        Some(&format!("{token}\n")),
    )
    .ok();
    assert!(
        login.stderr.contains(&format!("({ORG})")),
        "{}",
        login.stderr
    );
    let saved = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(
        saved.contains(&format!("astro_organization = \"{ORG}\"")),
        "{saved}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("config.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // No environment needed any more.
    let listed = run_with(
        &fake,
        dir.path(),
        &["workspaces", "list", "-o", "json"],
        &[],
        None,
    )
    .ok();
    assert!(listed.stdout.contains(WORKSPACE), "{}", listed.stdout);
    // A token the API refuses is not stored.
    let (fake2, dir2) = setup();
    let refused = run_with(
        &fake2,
        dir2.path(),
        &["login"],
        &[],
        Some("header.payload.sig\n"),
    );
    assert_ne!(refused.code, 0);
    assert!(
        !dir2.path().join("config.toml").exists()
            || !std::fs::read_to_string(dir2.path().join("config.toml"))
                .unwrap()
                .contains("astro_token")
    );
}

#[test]
fn a_host_from_dotenv_never_receives_a_saved_astro_token() {
    // Issue 12 item 2: a `.env` naming another Astro API host must not get the context's token.
    let (fake, dir) = setup();
    let token = astro_fake::admin_token();
    // `astro login` against the fake remembers the host with the token.
    run_with(
        &fake,
        dir.path(),
        &["login"],
        &[],
        Some(&format!("{token}\n")),
    )
    .ok();
    let saved = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(
        saved.contains(&format!("astro_api_url = \"{}\"", fake.url())),
        "{saved}"
    );
    let other = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    other.set_nonblocking(true).unwrap();
    let elsewhere = format!("http://127.0.0.1:{}", other.local_addr().unwrap().port());
    std::fs::write(
        dir.path().join(".env"),
        format!("ASTRO_API_URL={elsewhere}\n"),
    )
    .unwrap();
    let refused = |run: Run, origin: &str| {
        assert_eq!(run.code, 2, "refused before sending: {}", run.stderr);
        assert!(
            run.stderr
                .contains("a saved token is only sent to the endpoint it was saved with"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(origin), "{}", run.stderr);
        assert!(run.stderr.contains("--api-url"), "{}", run.stderr);
    };
    // run without the fixture's ASTRO_API_URL, so only `.env` names the host
    let bare = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = crate::common::houston(dir.path());
        cmd.arg("astro").args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Run::capture(&mut cmd, &[CANARY, &token])
    };
    refused(bare(&["workspaces", "list"], &[]), "ASTRO_API_URL in .env");
    refused(bare(&["deployments", "list"], &[]), "ASTRO_API_URL in .env");
    // the environment is no better than `.env`
    refused(
        bare(&["workspaces", "list"], &[("ASTRO_API_URL", &elsewhere)]),
        "ASTRO_API_URL in the environment",
    );
    // a context saved before hosts were remembered holds a token for the default host only
    std::fs::write(
        dir.path().join("config.toml"),
        format!("current = \"astro\"\n[contexts.astro]\nastro_token = \"{token}\"\nastro_organization = \"{ORG}\"\n"),
    )
    .unwrap();
    refused(
        bare(&["api", "GET", "/organizations"], &[]),
        "ASTRO_API_URL in .env",
    );
    assert!(
        other.accept().is_err(),
        "nothing reached the other endpoint"
    );
    // the saved host is where the saved token goes when nothing names one
    std::fs::write(
        dir.path().join("config.toml"),
        format!("current = \"astro\"\n[contexts.astro]\nastro_token = \"{token}\"\nastro_organization = \"{ORG}\"\nastro_api_url = \"{}\"\n", fake.url()),
    )
    .unwrap();
    std::fs::remove_file(dir.path().join(".env")).unwrap();
    bare(&["workspaces", "list"], &[]).ok();
    // a token given beside the host, or the host typed as a flag, is the user's own choice
    bare(&["workspaces", "list", "--api-url", &fake.url()], &[]).ok();
    bare(
        &["workspaces", "list"],
        &[("ASTRO_API_URL", &fake.url()), ("ASTRO_API_TOKEN", &token)],
    )
    .ok();
}
