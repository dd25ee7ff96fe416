//! Durability and concurrency of the sandbox store, against the real binary and in-process.
//!
//! * `kill -9` in the middle of a burst of 1,000 mutations from 16 clients: after a restart on
//!   the same data directory, every acknowledged mutation is there and the store opens.
//! * 64 concurrent clients incrementing one counter (image deploys) and creating workspaces: no
//!   lost update, no duplicate id.

use crate::common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

/// Starts `houston sandbox serve` on port 0 and returns the child and its URL (first stdout line).
fn serve(data: &Path) -> (Child, String) {
    let mut child = common::houston_process(data.parent().unwrap())
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("houston binary starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("listening line");
    let url = line
        .trim()
        .strip_prefix("houston sandbox listening on ")
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
        .to_string();
    (child, url)
}

fn admin_token(data: &Path) -> String {
    std::fs::read_to_string(data.join("admin-token"))
        .unwrap()
        .trim()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_loses_no_acknowledged_mutation() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("state");
    let (mut child, url) = serve(&data);
    let token = Arc::new(admin_token(&data));
    let url = Arc::new(url);

    const TOTAL: usize = 1000;
    const CLIENTS: usize = 16;
    let acked = Arc::new(std::sync::Mutex::new(Vec::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let (url, token, acked, count) = (url.clone(), token.clone(), acked.clone(), count.clone());
        tasks.push(tokio::spawn(async move {
            let client = houston::http::client(&houston::http::HttpOptions::default()).unwrap();
            for i in (c..TOTAL).step_by(CLIENTS) {
                let label = format!("burst-{i:04}");
                let sent = client
                    .post(url.as_str())
                    .header("authorization", token.as_str())
                    .json(&json!({"query": "mutation($l: String!) { createWorkspace(label: $l) { id } }", "variables": {"l": label}}))
                    .send()
                    .await;
                let Ok(resp) = sent else { return };
                let Ok(body) = resp.json::<Value>().await else { return };
                if body["data"]["createWorkspace"]["id"].is_string() {
                    acked.lock().unwrap().push(label);
                    count.fetch_add(1, Ordering::SeqCst);
                }
            }
        }));
    }
    // Kill in the middle of the burst.
    while count.load(Ordering::SeqCst) < TOTAL / 3 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    child.kill().expect("SIGKILL");
    child.wait().unwrap();
    for t in tasks {
        t.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() >= TOTAL / 3 && acked.len() < TOTAL,
        "killed mid-burst: {} acknowledged",
        acked.len()
    );

    let (mut child, url) = serve(&data);
    let token = admin_token(&data);
    let (status, body) =
        common::post(&url, Some(&token), "{ sysWorkspaces { label } }", None).await;
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(status, 200, "{body}");
    let present: std::collections::HashSet<String> = body["data"]["sysWorkspaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["label"].as_str().unwrap().to_string())
        .collect();
    let lost: Vec<&String> = acked.iter().filter(|l| !present.contains(*l)).collect();
    assert!(
        lost.is_empty(),
        "{} acknowledged mutations lost: {:?}",
        lost.len(),
        &lost[..lost.len().min(10)]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_clients_lose_no_update() {
    let sb = Arc::new(common::TestSandbox::start());
    let release = houston_sandbox::DEMO_RELEASE;
    const CLIENTS: usize = 64;
    const EACH: usize = 4;
    let before = sb
        .admin(&format!("{{ deployment(where: {{releaseName: \"{release}\"}}) {{ deployInfo {{ nextCli }} }} }}"), json!({}))
        .await;
    let start: usize = before["deployment"]["deployInfo"]["nextCli"]
        .as_str()
        .unwrap()[4..]
        .parse()
        .unwrap();

    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let sb = sb.clone();
        tasks.push(tokio::spawn(async move {
            let mut ids = Vec::new();
            for i in 0..EACH {
                // A read-modify-write on the server (deploy counter) and a create (new id).
                sb.admin(
                    "mutation($r: String!, $i: String!) { updateDeploymentImage(releaseName: $r, image: $i) { releaseName } }",
                    json!({"r": release, "i": format!("img:{c}-{i}")}),
                )
                .await;
                let d = sb
                    .admin("mutation($l: String!) { createWorkspace(label: $l) { id } }", json!({"l": format!("c{c}-{i}")}))
                    .await;
                ids.push(d["createWorkspace"]["id"].as_str().unwrap().to_string());
            }
            ids
        }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.extend(t.await.unwrap());
    }
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), CLIENTS * EACH, "duplicate ids");
    let after = sb
        .admin(&format!("{{ deployment(where: {{releaseName: \"{release}\"}}) {{ deployInfo {{ nextCli }} }} }} "), json!({}))
        .await;
    assert_eq!(
        after["deployment"]["deployInfo"]["nextCli"],
        format!("cli-{}", start + CLIENTS * EACH),
        "every deploy counted once"
    );
    let all = sb.admin("{ sysWorkspaces { id } }", json!({})).await;
    assert_eq!(
        all["sysWorkspaces"].as_array().unwrap().len(),
        1 + CLIENTS * EACH
    );
}
