//! The user pass (issue 13) and hostile CLI input (issue 12 item 8), through the real binary
//! against a sandbox: deployments by label, workspaces by id without listing them all, the
//! Astro CLI's flag spellings, and inputs that used to panic, spin or mislead.

use crate::common::{TestSandbox, houston, houston_process, ok};
use std::path::Path;

fn houston_in(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    houston(dir).args(args).assert()
}

#[test]
fn deployments_are_found_by_label_within_the_workspace() {
    let sb = TestSandbox::start();
    // Issue 13 item 1: `deployment get etl` said "no deployment with id etl".
    let got = ok(sb.houston(
        &sb.token,
        None,
        &["deployment", "get", "etl", "-w", "demo", "-o", "json"],
    ))
    .json();
    assert_eq!(got["label"], "etl");
    let release = got["releaseName"].as_str().unwrap().to_string();
    // The Astro CLI's spellings work too (item 12).
    let users = ok(sb.houston(
        &sb.token,
        None,
        &[
            "deployment",
            "user",
            "list",
            "--deployment-id",
            "etl",
            "--workspace-id",
            "demo",
            "-o",
            "json",
        ],
    ))
    .json();
    assert!(users.as_array().is_some_and(|u| !u.is_empty()), "{users}");
    // Without a workspace a label cannot be looked up: the message says what to pass.
    let run = sb.houston(&sb.token, None, &["deployment", "get", "etl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--workspace"), "{}", run.stderr);
    // Labels are unique within a workspace, not across them: another workspace's `etl` is
    // not this one's.
    ok(sb.houston(
        &sb.token,
        None,
        &["workspace", "create", "--label", "other", "-o", "json"],
    ));
    let other = ok(sb.houston(
        &sb.token,
        None,
        &[
            "deployment",
            "create",
            "--label",
            "etl",
            "--executor",
            "local",
            "-w",
            "other",
            "-o",
            "json",
        ],
    ))
    .json();
    let got = ok(sb.houston(
        &sb.token,
        None,
        &["deployment", "get", "etl", "-w", "demo", "-o", "json"],
    ))
    .json();
    assert_eq!(got["releaseName"], release.as_str());
    let got = ok(sb.houston(
        &sb.token,
        None,
        &["deployment", "get", "etl", "-w", "other", "-o", "json"],
    ))
    .json();
    assert_eq!(got["id"], other["id"]);
}

#[test]
fn workspaces_by_id_or_label_and_the_id_alias() {
    let sb = TestSandbox::start();
    let listed = ok(sb.houston(&sb.token, None, &["workspace", "list", "-o", "json"])).json();
    let id = listed[0]["id"].as_str().unwrap().to_string();
    let label = listed[0]["label"].as_str().unwrap().to_string();
    for given in [id.as_str(), label.as_str()] {
        let got =
            ok(sb.houston(&sb.token, None, &["workspace", "get", given, "-o", "json"])).json();
        assert_eq!(got["id"], id.as_str());
        ok(sb.houston(
            &sb.token,
            None,
            &["deployment", "list", "--workspace-id", given, "-o", "json"],
        ));
    }
    let run = sb.houston(
        &sb.token,
        None,
        &["deployment", "list", "-w", "no-such-workspace"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("No workspace with id or label `no-such-workspace`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_huge_duration_is_refused_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    // Issue 12 item 8: exit 101 (a panic in Duration::from_secs_f64).
    houston_in(
        dir.path(),
        &["--timeout", "99999999999999999999s", "context", "list"],
    )
    .code(2)
    .stderr(predicates::str::contains("too long"));
    houston_in(
        dir.path(),
        &["airflow", "dags", "list", "--connect-timeout", "1e999"],
    )
    .code(2);
}

#[test]
fn a_dotenv_directory_or_malformed_dotenv_is_said_and_not_spun_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".env")).unwrap();
    // It spun on EISDIR forever; the assert's 60 s timeout would fail it.
    houston_in(dir.path(), &["context", "list"])
        .success()
        .stderr(predicates::str::contains("warning: .env is a directory"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".env"),
        "HOUSTON_URL=http://a/v1\nnot a line at all\n",
    )
    .unwrap();
    houston_in(dir.path(), &["context", "list"])
        .success()
        .stderr(predicates::str::contains("the lines after it were ignored"));
}

#[test]
fn an_empty_variable_does_not_hide_the_dotenv_value() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), format!("HOUSTON_URL={}\n", sb.url)).unwrap();
    // README: an empty variable means unset, so `.env` decides.
    let out = houston(dir.path())
        .env("HOUSTON_URL", "")
        .env("HOUSTON_TOKEN", &sb.token)
        .args(["workspace", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn jsonl_with_a_byte_order_mark_reads_like_csv_with_one() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("users.jsonl");
    std::fs::write(
        &file,
        "\u{feff}{\"email\": \"bom@example.com\", \"role\": \"WORKSPACE_VIEWER\"}\n",
    )
    .unwrap();
    let run = ok(sb.houston(
        &sb.token,
        Some(dir.path()),
        &[
            "workspace",
            "user",
            "add",
            "--from-file",
            "users.jsonl",
            "-w",
            "demo",
            "-o",
            "json",
        ],
    ));
    assert!(
        run.stdout.contains("bom@example.com"),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
}

#[test]
fn a_broken_document_reports_its_syntax_first_and_counts_every_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.graphql"), "{{{{}}}}").unwrap();
    // Issue 12 item 8: "anonymous operation cannot be selected" came before the syntax error.
    let out = houston_in(dir.path(), &["query", "check", "bad.graphql"])
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr.lines().next().unwrap();
    assert!(first.contains("syntax error"), "{stderr}");
    assert!(!stderr.contains("anonymous operation"), "{stderr}");
    // Each diagnostic once.
    let headlines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("bad.graphql:"))
        .collect();
    let mut unique = headlines.clone();
    unique.dedup();
    assert_eq!(headlines, unique);

    // "(51 errors)" was printed for a file with thousands: the count is the real one.
    let many = "query q { appConfig { version } }\n".to_string() + &"}".repeat(2000);
    std::fs::write(dir.path().join("many.graphql"), many).unwrap();
    houston_in(dir.path(), &["query", "check", "many.graphql"])
        .code(2)
        .stderr(predicates::str::contains(
            "1 file, 1 operation: 2000 errors in 1 file",
        ));
    houston_in(
        dir.path(),
        &[
            "query",
            "run",
            "many.graphql",
            "--url",
            "http://127.0.0.1:9/v1",
        ],
    )
    .code(2)
    .stderr(predicates::str::contains("(2000 errors)"));
}

#[test]
fn adding_a_member_twice_is_unchanged_and_another_role_points_to_update() {
    let sb = TestSandbox::start();
    let add = |role: &str| {
        sb.add_user(
            "demo",
            "ada@example.com",
            &["--role", role, "--bypass-invite", "-o", "json"],
        )
    };
    // Issue 13 item 2: the README's first command failed on its second run.
    let first = ok(add("WORKSPACE_EDITOR"));
    assert!(
        first.stderr.contains("Added ada@example.com"),
        "{}",
        first.stderr
    );
    let again = ok(add("WORKSPACE_EDITOR"));
    assert!(
        again
            .stderr
            .contains("already WORKSPACE_EDITOR in workspace demo: unchanged."),
        "{}",
        again.stderr
    );
    assert_eq!(again.json()["role"], "WORKSPACE_EDITOR");
    let other = add("WORKSPACE_VIEWER");
    assert_eq!(other.code, 1, "{}", other.stderr);
    assert!(
        other.stderr.contains("houston workspace user update"),
        "{}",
        other.stderr
    );
    // She is a member, shown by `workspace user list`.
    let members = ok(sb.houston(
        &sb.token,
        None,
        &["workspace", "user", "list", "-w", "demo", "-o", "json"],
    ))
    .json();
    assert!(members.to_string().contains("ada@example.com"), "{members}");
    // An invitation that already exists is unchanged too.
    let invite = |sb: &TestSandbox| sb.add_user("demo", "bob@example.com", &["-o", "json"]);
    ok(invite(&sb));
    let again = ok(invite(&sb));
    assert!(
        again
            .stderr
            .contains("already invited to workspace demo: unchanged."),
        "{}",
        again.stderr
    );
}

#[test]
fn the_readme_first_commands_run_twice() {
    // The README's first commands, as written, against a sandbox of their own; twice.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("## First command").nth(1).unwrap();
    let block = section
        .split("```sh")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let commands: Vec<Vec<&str>> = block
        .lines()
        .filter_map(|l| l.trim().strip_prefix("cargo run -- "))
        .map(|rest| rest.split_whitespace().collect())
        .collect();
    assert!(commands.len() >= 2, "{block}");
    let dir = tempfile::tempdir().unwrap();
    for round in 0..2 {
        for args in &commands {
            let out = houston(dir.path())
                .env("HOUSTON_SANDBOX_DATA", dir.path().join("sb"))
                .args(args)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "round {round}: {args:?}\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // The first command makes a member, not only an invitation.
    let out = houston(dir.path())
        .env("HOUSTON_SANDBOX_DATA", dir.path().join("sb"))
        .args([
            "--sandbox",
            "workspace",
            "user",
            "list",
            "--workspace",
            "demo",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("ada@example.com"));
}

#[test]
fn sandbox_env_and_status_point_a_shell_at_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("sb");
    let mut serve = houston_process(dir.path())
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(&data)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(serve.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_string();
    let env_out = houston_in(
        dir.path(),
        &["sandbox", "env", "--data", data.to_str().unwrap()],
    )
    .success()
    .get_output()
    .stdout
    .clone();
    let env_text = String::from_utf8_lossy(&env_out).to_string();
    assert!(
        env_text.contains(&format!("export HOUSTON_URL='{url}'")),
        "{env_text}"
    );
    let token = std::fs::read_to_string(data.join("admin-token")).unwrap();
    assert!(env_text.contains(&format!("export HOUSTON_TOKEN='{}'", token.trim())));
    // `eval "$(houston sandbox env --data DIR)"` then any command.
    let script = format!(
        "eval \"$('{}' sandbox env --data '{}')\" && '{}' workspace list -o json",
        env!("CARGO_BIN_EXE_houston"),
        data.display(),
        env!("CARGO_BIN_EXE_houston")
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .env("HOUSTON_CONFIG", dir.path().join("config.toml"))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("demo"));
    houston_in(
        dir.path(),
        &["sandbox", "status", "--data", data.to_str().unwrap()],
    )
    .success()
    .stderr(predicates::str::contains(format!(
        "at {url} (platform version"
    )));
    serve.kill().unwrap();
    serve.wait().unwrap();
    houston_in(
        dir.path(),
        &["sandbox", "status", "--data", data.to_str().unwrap()],
    )
    .code(1)
    .stderr(predicates::str::contains("No sandbox answers"));
}

#[test]
fn sandbox_is_refused_where_it_cannot_serve_and_deletes_ask() {
    let dir = tempfile::tempdir().unwrap();
    // Issue 13 item 5: `--sandbox` on airflow commands was silently ignored.
    houston_in(dir.path(), &["--sandbox", "airflow", "dags", "list"])
        .code(2)
        .stderr(predicates::str::contains("has no Airflow"));
    // Item 9: agent-token deletion asks like every other delete (no terminal: --yes needed).
    houston(dir.path())
        .env("ASTRO_API_TOKEN", "t")
        .env("ASTRO_API_URL", "http://127.0.0.1:9")
        .env("ASTRO_ORGANIZATION_ID", "org1")
        .args(["astro", "agent-tokens", "delete", "tok1", "-d", "dep1"])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "Refusing to delete agent token tok1 of deployment dep1 without --yes",
        ));
    // Item 10: `context list` shows the URL a domain stands for.
    houston_in(
        dir.path(),
        &["context", "add", "prod", "--domain", "example.com"],
    )
    .success();
    houston_in(dir.path(), &["context", "list", "-o", "json"])
        .success()
        .stdout(predicates::str::contains("https://houston.example.com/v1"));
}
