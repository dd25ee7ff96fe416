//! Sandbox throughput on loopback: 64 concurrent clients, a read query and a mutation.
//! Run with `cargo bench --bench sandbox_throughput` (prints requests/second; asserts nothing).

use secrecy::ExposeSecret;
use std::sync::Arc;
use std::time::{Duration, Instant};

use houston_sandbox::{Sandbox, SandboxOptions};
use serde_json::json;

const CLIENTS: usize = 64;
const DURATION: Duration = Duration::from_secs(5);

async fn run(
    url: Arc<String>,
    token: Arc<String>,
    query: &'static str,
    vars: fn(usize, usize) -> serde_json::Value,
) -> (usize, usize) {
    let deadline = Instant::now() + DURATION;
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let (url, token) = (url.clone(), token.clone());
        tasks.push(tokio::spawn(async move {
            let client = houston::http::client(&houston::http::HttpOptions::default()).unwrap();
            let (mut ok, mut failed, mut i) = (0, 0, 0);
            while Instant::now() < deadline {
                let resp = client
                    .post(url.as_str())
                    .header("authorization", token.as_str())
                    .json(&json!({"query": query, "variables": vars(c, i)}))
                    .send()
                    .await;
                match resp {
                    Ok(r) if r.status().is_success() => match r.json::<serde_json::Value>().await {
                        Ok(b) if b.get("errors").is_none() => ok += 1,
                        _ => failed += 1,
                    },
                    _ => failed += 1,
                }
                i += 1;
            }
            (ok, failed)
        }));
    }
    let mut total = (0, 0);
    for t in tasks {
        let (ok, failed) = t.await.unwrap();
        total.0 += ok;
        total.1 += failed;
    }
    total
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let sb = Sandbox::start(SandboxOptions::new(dir.path()).listen("127.0.0.1:0".parse().unwrap()))
            .await
            .unwrap();
        let url = Arc::new(sb.url());
        let token = Arc::new(sb.admin_token().expose_secret().to_string());
        let read = "{ workspaces { id label deployments { id label releaseName } users { id username } } }";
        let (ok, failed) = run(url.clone(), token.clone(), read, |_, _| json!({})).await;
        println!(
            "sandbox read  (workspaces with deployments and users), {CLIENTS} clients: {:.0} req/s ({ok} ok, {failed} failed in {}s)",
            ok as f64 / DURATION.as_secs_f64(),
            DURATION.as_secs()
        );
        let write = "mutation($l: String!) { createWorkspace(label: $l) { id } }";
        let (ok, failed) = run(url, token, write, |c, i| json!({"l": format!("bench-{c}-{i}")})).await;
        println!(
            "sandbox write (createWorkspace, durable commit), {CLIENTS} clients: {:.0} req/s ({ok} ok, {failed} failed in {}s)",
            ok as f64 / DURATION.as_secs_f64(),
            DURATION.as_secs()
        );
        sb.shutdown().await;
    });
}
