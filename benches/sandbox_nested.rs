//! Nested relation resolution in the sandbox (issue 15's plan read): 50 workspaces x 200 users
//! (10,000 users, one workspace binding each), then the documents `houston plan` sends —
//! workspaces with `roleBindings { user { emails } serviceAccount team }`, and every user with
//! `emails` and `roleBindings { workspace }` — timed beside the same bindings and users read
//! without their nested objects (the peer: what the rows alone cost), in one run on one store.
//! Run with `cargo bench --bench sandbox_nested` (prints medians in ms; asserts nothing).
//! `WORKSPACES` and `USERS` scale it down.

use secrecy::ExposeSecret;
use std::time::Instant;

use houston_sandbox::{Sandbox, SandboxOptions};
use serde_json::{Value, json};

mod common;

const RUNS: usize = 5;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The median time of `RUNS` posts of `query`, in ms, and the objects in its first answer.
async fn timed(client: &reqwest::Client, url: &str, token: &str, query: &str) -> (f64, usize) {
    let mut times = Vec::new();
    let mut objects = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        let answer = common::post(client, url, Some(token), query, json!({})).await;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        if objects == 0 {
            objects = count_objects(&answer["data"]);
        }
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], objects)
}

fn count_objects(v: &Value) -> usize {
    match v {
        Value::Object(m) => 1 + m.values().map(count_objects).sum::<usize>(),
        Value::Array(items) => items.iter().map(count_objects).sum(),
        _ => 0,
    }
}

fn main() {
    let workspaces = env_or("WORKSPACES", 50);
    let users = env_or("USERS", 200);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let sb = Sandbox::start(
            SandboxOptions::new(dir.path())
                .listen("127.0.0.1:0".parse().unwrap())
                .demo(false),
        )
        .await
        .unwrap();
        let url = sb.url();
        let token = sb.admin_token().expose_secret().to_string();
        let client = houston::http::client(&houston::http::HttpOptions::default()).unwrap();

        let started = Instant::now();
        for w in 0..workspaces {
            let created = common::post(
                &client,
                &url,
                Some(&token),
                &format!("mutation {{ createWorkspace(label: \"ws-{w}\") {{ id }} }}"),
                json!({}),
            )
            .await;
            let id = created["data"]["createWorkspace"]["id"].as_str().unwrap().to_string();
            let mut adds = String::from("mutation {");
            for u in 0..users {
                adds.push_str(&format!(
                    " u{u}: workspaceAddUser(workspaceUuid: \"{id}\", email: \"w{w}-u{u}@bench.example.com\", \
                     role: WORKSPACE_VIEWER, bypassInvite: true) {{ id }}"
                ));
            }
            adds.push('}');
            common::post(&client, &url, Some(&token), &adds, json!({})).await;
        }
        eprintln!(
            "(setup: {workspaces} workspaces x {users} users in {:.1}s)",
            started.elapsed().as_secs_f64()
        );

        let plan_workspaces = "{ workspaces { id label description roleBindings { role \
            user { id username emails { address } } serviceAccount { id label } team { id name } } } }";
        let flat_workspaces = "{ workspaces { id label description roleBindings { id role } } }";
        let plan_users = "{ users { id username emails { address } roleBindings { role workspace { id } } } }";
        let flat_users = "{ users { id username fullName status } }";
        println!(
            "sandbox nested resolution, {workspaces} workspaces x {users} users, medians of {RUNS} (ms):"
        );
        println!(
            "{:<58} {:>9} {:>9} {:>8}",
            "document", "nested", "flat", "objects"
        );
        for (name, nested, flat) in [
            (
                "workspaces { roleBindings { user { emails } sa team } }",
                plan_workspaces,
                flat_workspaces,
            ),
            ("users { emails roleBindings { workspace } }", plan_users, flat_users),
        ] {
            let (n_ms, n_objects) = timed(&client, &url, &token, nested).await;
            let (f_ms, _) = timed(&client, &url, &token, flat).await;
            println!("{name:<58} {n_ms:>9.1} {f_ms:>9.1} {n_objects:>8}");
        }
        println!("(flat: the same workspaces, bindings and users without their nested objects)");
        sb.shutdown().await;
    });
}
