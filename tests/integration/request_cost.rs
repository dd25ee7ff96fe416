//! What a command costs in requests (issue 13, item 13): a command given a workspace or a
//! deployment sends what curl sends for the same operation, and nothing that grows with the
//! workspaces it does not touch. The sandbox numbers every answer (`x-request-id: sandbox-N`),
//! so the requests a command made are the difference of that counter around it.

use crate::common::{TestSandbox, ok};
use std::io::{Read, Write};

/// Requests the sandbox has answered so far (this look itself is one more).
fn answered(sb: &TestSandbox) -> u64 {
    let address = sb
        .url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "GET /v1 HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("x-request-id: sandbox-")
                .map(|n| n.trim().parse().unwrap())
        })
        .unwrap_or_else(|| panic!("no request id in {reply}"))
}

/// Runs the binary and returns its run and the requests it made.
fn counted(sb: &TestSandbox, args: &[&str]) -> (crate::common::Run, u64) {
    let before = answered(sb);
    let run = sb.houston(&sb.token, None, args);
    let after = answered(sb);
    (run, after - before - 1)
}

/// `n` more workspaces, one request.
async fn more_workspaces(sb: &TestSandbox, n: usize) {
    if n == 0 {
        return;
    }
    let mut query = String::from("mutation {");
    for i in 0..n {
        query.push_str(&format!(
            " w{i}: createWorkspace(label: \"extra-{i}\") {{ id }}"
        ));
    }
    query.push('}');
    sb.admin(&query, serde_json::json!({})).await;
}

fn demo_id(sb: &TestSandbox) -> String {
    let listed = ok(sb.houston(
        &sb.token,
        None,
        &[
            "workspace",
            "list",
            "-o",
            "json",
            "--jq",
            "[.[] | select(.label == \"demo\")][0].id",
        ],
    ));
    listed.stdout.trim().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_workspace_given_by_id_costs_one_request_however_many_workspaces_there_are() {
    let sb = TestSandbox::start();
    let id = demo_id(&sb);
    let mut costs = Vec::new();
    for extra in [0, 200] {
        more_workspaces(&sb, extra).await;
        let (run, list) = counted(
            &sb,
            &["deployment", "list", "--workspace", &id, "-o", "json"],
        );
        let listed = ok(run).json();
        assert!(
            listed.as_array().is_some_and(|l| !l.is_empty())
                && listed[0].get("runtimeVersion").is_some(),
            "the newest variant's fields: {listed}"
        );
        let (run, users) = counted(&sb, &["workspace", "user", "list", "-w", &id, "-o", "json"]);
        assert!(ok(run).json().as_array().is_some_and(|u| !u.is_empty()));
        let (run, by_label) = counted(&sb, &["deployment", "list", "-w", "demo", "-o", "json"]);
        assert_eq!(ok(run).json(), listed);
        let release = listed[0]["releaseName"].as_str().unwrap().to_string();
        let (run, get) = counted(&sb, &["deployment", "get", &release, "-o", "json"]);
        assert_eq!(ok(run).json()["releaseName"], release.as_str());
        costs.push((extra, list, users, by_label, get));
    }
    // One request each (the version probe rides in it); a label adds its one filtered look-up.
    assert_eq!(
        costs,
        [(0, 1, 1, 2, 1), (200, 1, 1, 2, 1)],
        "(extra workspaces, deployment list by id, user list by id, deployment list by label, deployment get)"
    );
}

#[test]
fn a_missing_workspace_id_says_so_in_the_same_words_as_before() {
    let sb = TestSandbox::start();
    let missing = "cnosuchworkspace000000000";
    for args in [
        &["deployment", "list", "-w", missing][..],
        &["workspace", "user", "list", "-w", missing],
        &["workspace", "get", missing],
        &["workspace", "team", "list", "-w", missing],
    ] {
        let run = sb.houston(&sb.token, None, args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "No workspace with id or label `{missing}` is visible to this token (list them with `houston workspace list`)."
            )),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn an_older_platform_gets_the_older_variant() {
    // 0.25 has no Astro Runtime fields: the folded answer says so and the older variant follows.
    let sb = TestSandbox::start_with(|o| o.platform_version("0.25.0"));
    let id = demo_id(&sb);
    let (run, cost) = counted(&sb, &["deployment", "list", "-w", &id, "-o", "json"]);
    let listed = ok(run).json();
    assert!(
        listed.as_array().is_some_and(|l| !l.is_empty())
            && listed[0].get("runtimeVersion").is_none(),
        "{listed}"
    );
    assert_eq!(cost, 2, "the newest variant, refused; then the older one");
    // Told the version, nothing is asked: one request, the right variant.
    let (run, cost) = counted(
        &sb,
        &[
            "--platform-version",
            "0.25.0",
            "deployment",
            "list",
            "-w",
            &id,
            "-o",
            "json",
        ],
    );
    assert_eq!(ok(run).json(), listed);
    assert_eq!(cost, 1);
}
