//! The user pass (issue 13) and hostile CLI input (issue 12 item 8), through the real binary
//! against a sandbox: deployments by label, workspaces by id without listing them all, the
//! Astro CLI's flag spellings, and inputs that used to panic, spin or mislead.

use crate::common::{TestSandbox, ok};
use std::path::Path;

fn houston_in(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    assert_cmd::Command::cargo_bin("houston")
        .unwrap()
        .env_clear()
        .env("HOUSTON_CONFIG", dir.join("config.toml"))
        .current_dir(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
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
    let out = assert_cmd::Command::cargo_bin("houston")
        .unwrap()
        .env_clear()
        .env("HOUSTON_CONFIG", dir.path().join("config.toml"))
        .env("HOUSTON_URL", "")
        .env("HOUSTON_TOKEN", &sb.token)
        .current_dir(dir.path())
        .args(["workspace", "list", "-o", "json"])
        .timeout(std::time::Duration::from_secs(60))
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
