//! Bulk runs interrupted by Ctrl-C, kill -9 and a closed pipe, then rerun: every row applied
//! exactly once (issue 12, items 9–11). Service accounts are the hard case: creating one is not
//! idempotent on the server, so a duplicate shows any row done twice.

use crate::common::{self, TestSandbox, ok};
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

const ROWS: usize = 30;

fn slow_sandbox() -> TestSandbox {
    TestSandbox::start_with(|o| {
        o.faults(vec![
            "kind=latency,ms=40,op=createWorkspaceServiceAccount"
                .parse()
                .unwrap(),
        ])
    })
}

fn write_rows(dir: &Path, prefix: &str) {
    let mut text = String::from("label,role\n");
    for i in 0..ROWS {
        text.push_str(&format!("{prefix}-{i:02},WORKSPACE_VIEWER\n"));
    }
    std::fs::write(dir.join(format!("{prefix}.csv")), text).unwrap();
}

fn args(prefix: &str) -> Vec<String> {
    [
        "workspace",
        "service-account",
        "create",
        "-w",
        "demo",
        "--from-file",
        &format!("{prefix}.csv"),
        "--key-dir",
        &format!("keys-{prefix}"),
        "--concurrency",
        "3",
        "-o",
        "json",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn spawn(sb: &TestSandbox, dir: &Path, prefix: &str, stdout: Stdio) -> Child {
    common::houston_process(dir)
        .env("HOUSTON_URL", &sb.url)
        .env("HOUSTON_TOKEN", &sb.token)
        .env("HOUSTON_CONFIG", sb.dir.join("houston-cli.toml"))
        .current_dir(dir)
        .args(args(prefix))
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn wait_for_journaled(dir: &Path, prefix: &str, rows: usize) {
    let journal = dir.join(format!("{prefix}.csv.houston-journal"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        let done = std::fs::read_to_string(&journal)
            .map(|t| t.lines().filter(|l| l.contains("\"status\"")).count())
            .unwrap_or(0);
        if done >= rows {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the run journaled fewer than {rows} rows in 30 s");
}

/// label → how many service accounts carry it, for the labels of `prefix`.
fn labels(sb: &TestSandbox, prefix: &str) -> HashMap<String, usize> {
    let list = ok(sb.houston(
        &sb.token,
        None,
        &[
            "workspace",
            "service-account",
            "list",
            "-w",
            "demo",
            "-o",
            "json",
        ],
    ))
    .json();
    let mut counts = HashMap::new();
    for sa in list.as_array().unwrap() {
        let label = sa["label"].as_str().unwrap_or_default();
        if label.starts_with(&format!("{prefix}-")) {
            *counts.entry(label.to_string()).or_default() += 1;
        }
    }
    counts
}

/// Reruns to completion and checks every row exists exactly once; labels whose key file is
/// missing must have been reported as "created, key lost", never "unchanged".
fn rerun_and_check(sb: &TestSandbox, dir: &Path, prefix: &str) {
    let args = args(prefix);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let rerun = ok(sb.houston(&sb.token, Some(dir), &args));
    let counts = labels(sb, prefix);
    assert_eq!(counts.len(), ROWS, "{prefix}: {counts:?}\n{}", rerun.stdout);
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "{prefix}: duplicates {twice:?}");
    let lines: Vec<Value> = rerun
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for i in 0..ROWS {
        let label = format!("{prefix}-{i:02}");
        if !dir
            .join(format!("keys-{prefix}"))
            .join(format!("{label}.key"))
            .exists()
        {
            let line = lines.iter().find(|l| l["key"] == label.as_str()).unwrap();
            assert_eq!(line["status"], "created, key lost", "{line}");
            assert!(line["result"]["id"].is_string(), "{line}");
        }
    }
    // A complete run leaves no journal behind to suppress a later one.
    assert!(
        !dir.join(format!("{prefix}.csv.houston-journal")).exists(),
        "{prefix}: journal left after a complete run"
    );
}

#[test]
fn sigint_stops_issuing_waits_for_rows_in_flight_and_the_rerun_finishes() {
    let sb = slow_sandbox();
    let work = tempfile::tempdir().unwrap();
    for t in 0..5 {
        let prefix = format!("int{t}");
        write_rows(work.path(), &prefix);
        let child = spawn(&sb, work.path(), &prefix, Stdio::null());
        wait_for_journaled(work.path(), &prefix, 4);
        let status = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{stderr}");
        assert!(stderr.contains("not started (interrupted)"), "{stderr}");
        assert!(stderr.contains("rerun the same command"), "{stderr}");
        // Every row that was sent finished and was journaled: none is unanswered.
        let journal =
            std::fs::read_to_string(work.path().join(format!("{prefix}.csv.houston-journal")))
                .unwrap();
        let started = journal.lines().filter(|l| !l.contains("status")).count() - 1;
        let finished = journal.lines().filter(|l| l.contains("\"status\"")).count();
        assert_eq!(started, finished, "{journal}");
        assert!(
            labels(&sb, &prefix).len() < ROWS,
            "{prefix}: not interrupted"
        );
        rerun_and_check(&sb, work.path(), &prefix);
    }
}

#[test]
fn kill_9_then_a_rerun_creates_nothing_twice() {
    let sb = slow_sandbox();
    let work = tempfile::tempdir().unwrap();
    for t in 0..5 {
        let prefix = format!("k{t}");
        write_rows(work.path(), &prefix);
        let mut child = spawn(&sb, work.path(), &prefix, Stdio::null());
        wait_for_journaled(work.path(), &prefix, 4 + t);
        child.kill().unwrap();
        child.wait().unwrap();
        rerun_and_check(&sb, work.path(), &prefix);
    }
}

#[test]
fn a_closed_pipe_stops_the_run_with_a_failure_and_the_rerun_finishes() {
    let sb = slow_sandbox();
    let work = tempfile::tempdir().unwrap();
    for t in 0..5 {
        let prefix = format!("p{t}");
        write_rows(work.path(), &prefix);
        // `… -o json | head -1`
        let mut child = spawn(&sb, work.path(), &prefix, Stdio::piped());
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        drop(reader);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("stdout was closed"), "{stderr}");
        assert!(labels(&sb, &prefix).len() < ROWS, "{prefix}: not stopped");
        rerun_and_check(&sb, work.path(), &prefix);
    }
}

#[test]
fn the_journal_belongs_to_its_target_and_a_finished_run_suppresses_nothing() {
    let sb = TestSandbox::start();
    let work = tempfile::tempdir().unwrap();
    ok(sb.houston(
        &sb.token,
        Some(work.path()),
        &["workspace", "create", "--label", "second", "-o", "json"],
    ));
    std::fs::write(
        work.path().join("u.csv"),
        "email,role\nada@example.com,WORKSPACE_VIEWER\nbob@example.com,WORKSPACE_VIEWER\n",
    )
    .unwrap();
    let add = |workspace: &str| {
        ok(sb.houston(
            &sb.token,
            Some(work.path()),
            &[
                "workspace",
                "user",
                "add",
                "-w",
                workspace,
                "--from-file",
                "u.csv",
                "--bypass-invite",
                "-o",
                "json",
            ],
        ))
    };
    let members = |workspace: &str| -> usize {
        let list = ok(sb.houston(
            &sb.token,
            None,
            &["workspace", "user", "list", "-w", workspace, "-o", "json"],
        ))
        .json();
        list.as_array()
            .unwrap()
            .iter()
            .filter(|u| {
                u.to_string().contains("ada@example.com")
                    || u.to_string().contains("bob@example.com")
            })
            .count()
    };
    add("demo");
    assert_eq!(members("demo"), 2);
    // The same file against another workspace adds both there too.
    let other = add("second");
    assert_eq!(
        other.stdout.matches("\"added\"").count(),
        2,
        "{}",
        other.stdout
    );
    assert_eq!(members("second"), 2);
    // Remove one after the complete run; the rerun adds her again.
    ok(sb.houston(
        &sb.token,
        None,
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
    let again = add("demo");
    assert_eq!(
        again.stdout.matches("\"added\"").count(),
        1,
        "{}",
        again.stdout
    );
    assert_eq!(members("demo"), 2);

    // Invitations: a rerun that meets its own invitation calls the row done.
    std::fs::write(
        work.path().join("new.csv"),
        "email,role\nnew-person@example.org,WORKSPACE_VIEWER\n",
    )
    .unwrap();
    let invite = [
        "workspace",
        "user",
        "add",
        "-w",
        "demo",
        "--from-file",
        "new.csv",
        "--no-journal",
        "-o",
        "json",
    ];
    ok(sb.houston(&sb.token, Some(work.path()), &invite));
    let rerun = ok(sb.houston(&sb.token, Some(work.path()), &invite));
    assert!(
        rerun.stdout.contains("\"already invited\""),
        "{}",
        rerun.stdout
    );
    assert!(!work.path().join("new.csv.houston-journal").exists());
}

#[cfg(unix)]
#[test]
fn journals_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let sb = slow_sandbox();
    let work = tempfile::tempdir().unwrap();
    write_rows(work.path(), "priv");
    let mut child = spawn(&sb, work.path(), "priv", Stdio::null());
    wait_for_journaled(work.path(), "priv", 2);
    let mode = std::fs::metadata(work.path().join("priv.csv.houston-journal"))
        .unwrap()
        .permissions()
        .mode();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(mode & 0o777, 0o600);
}
