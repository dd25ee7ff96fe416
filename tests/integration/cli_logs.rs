//! `houston deployment logs --follow` through the real binary against the sandbox's `/ws`.

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;
use common::TestSandbox;
use houston_sandbox::DEMO_RELEASE;
use serde_json::Value;

fn houston(sb: &TestSandbox, token: &str) -> Command {
    let mut cmd = common::houston(sb.dir());
    cmd.env("HOUSTON_URL", &sb.url)
        .env("HOUSTON_TOKEN", token)
        .timeout(Duration::from_secs(30));
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn follow_prints_lines_as_they_arrive_until_max_events() {
    let sb = TestSandbox::start();
    let out = houston(&sb, &sb.token)
        .args([
            "deployment",
            "logs",
            DEMO_RELEASE,
            "--follow",
            "--max-events",
            "3",
        ])
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    let mut seen = Vec::new();
    for line in &lines {
        // TIME COMPONENT LOG
        let mut parts = line.splitn(3, ' ');
        let (time, component, log) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(time.ends_with('Z') && time.contains('T'), "{line}");
        assert_eq!(component, "scheduler", "the default component: {line}");
        assert!(log.starts_with("[scheduler] "), "{line}");
        seen.push(log.to_string());
    }
    seen.dedup();
    assert_eq!(seen.len(), 3, "three distinct lines: {stdout}");
    assert!(!stdout.contains(&sb.token) && !stderr.contains(&sb.token));
}

#[test]
fn follow_as_json_lines_honours_component_and_search() {
    let sb = TestSandbox::start();
    let out = houston(&sb, &sb.token)
        .args([
            "-o",
            "json",
            "deployment",
            "logs",
            DEMO_RELEASE,
            "--follow",
            "--component",
            "worker",
            "--search",
            "transform",
            "--max-events",
            "2",
        ])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let events: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(events.len(), 2, "{stdout}");
    for event in &events {
        assert_eq!(event["component"], "worker", "{event}");
        assert!(
            event["log"].as_str().unwrap().contains("transform"),
            "{event}"
        );
        assert!(
            event["id"].is_string() && event["createdAt"].is_string(),
            "{event}"
        );
    }
    assert_ne!(events[0]["id"], events[1]["id"]);
}

#[test]
fn a_bad_token_is_refused_with_a_sentence_and_never_shown() {
    let sb = TestSandbox::start();
    let bad = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.c2lnbmF0dXJlLXNlY3JldC12YWx1ZQ";
    let id = {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let data = rt.block_on(sb.admin(
            "query($r: String!) { deployment(where: {releaseName: $r}) { id } }",
            serde_json::json!({"r": DEMO_RELEASE}),
        ));
        data["deployment"]["id"].as_str().unwrap().to_string()
    };
    // By id the WebSocket itself refuses the token (connection_error); by release name the
    // lookup over POST does (FORBIDDEN). Either way: exit 1, a sentence, no token.
    for (target, expect) in [(id.as_str(), "refused"), (DEMO_RELEASE, "permission")] {
        let out = houston(&sb, bad)
            .args([
                "deployment",
                "logs",
                target,
                "--follow",
                "--max-events",
                "1",
            ])
            .output()
            .unwrap();
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains(expect), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            !stderr.contains(bad) && !stderr.contains("c2lnbmF0dXJl"),
            "{stderr}"
        );
    }
}

#[test]
fn ctrl_c_stops_following_cleanly() {
    let sb = TestSandbox::start();
    let mut child = common::houston_process(sb.dir())
        .env("HOUSTON_URL", &sb.url)
        .env("HOUSTON_TOKEN", &sb.token)
        .args(["deployment", "logs", DEMO_RELEASE, "--follow"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for _ in 0..2 {
        let line = lines.next().unwrap().unwrap();
        assert!(line.contains("[scheduler]"), "{line}");
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running after SIGINT"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
}

#[test]
fn a_subscription_whose_events_carry_errors_exits_1() {
    // A key of another workspace may not read demo's logs: the events carry FORBIDDEN.
    let sb = TestSandbox::start();
    let key_file = sb.dir.join("other.key");
    for args in [
        vec!["workspace", "create", "--label", "other"],
        vec![
            "workspace",
            "sa",
            "create",
            "-w",
            "other",
            "--label",
            "reader",
            "--key-file",
            key_file.to_str().unwrap(),
        ],
    ] {
        let out = houston(&sb, &sb.token).args(&args).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let key = std::fs::read_to_string(&key_file)
        .unwrap()
        .trim()
        .to_string();
    let id = {
        let out = houston(&sb, &sb.token)
            .args([
                "deployment",
                "get",
                "orbiting-telescope-0042",
                "--jq",
                ".id",
            ])
            .output()
            .unwrap();
        text(&out.stdout).trim().to_string()
    };
    let doc = sb.dir.join("log.graphql");
    std::fs::write(
        &doc,
        "subscription tail($id: Uuid!) { log(deploymentUuid: $id) { id message } }\n",
    )
    .unwrap();
    let out = houston(&sb, &key)
        .args([
            "query",
            "run",
            doc.to_str().unwrap(),
            "--var",
            &format!("id={id}"),
            "--max-events",
            "1",
        ])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        text(&out.stdout).contains("FORBIDDEN"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        stderr.contains("1 of 1 events carried GraphQL errors"),
        "{stderr}"
    );
    assert!(!stderr.contains(&key) && !text(&out.stdout).contains(&key));
}
