//! Sandbox throughput on loopback: 64 concurrent clients, a read query and a mutation, and
//! authentication cost against the caller's number of role bindings (issue 13, item 14):
//! `appConfig` with a token whose user holds 10,000 role bindings beside one whose user holds one,
//! in the same run on the same store. Run with `cargo bench --bench sandbox_throughput` (prints
//! requests/second; asserts nothing).

use secrecy::ExposeSecret;
use std::sync::Arc;
use std::time::{Duration, Instant};

use houston_sandbox::{Sandbox, SandboxOptions};
use serde_json::json;

mod common;

const CLIENTS: usize = 64;
const DURATION: Duration = Duration::from_secs(5);
/// Role bindings of the "many" user (one per workspace it creates).
const MANY: usize = 10_000;

async fn run(
    url: Arc<String>,
    token: Arc<String>,
    query: &'static str,
    vars: fn(usize, usize) -> serde_json::Value,
    duration: Duration,
) -> (usize, usize) {
    let deadline = Instant::now() + duration;
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

/// Signs a new user up and returns its token.
async fn sign_up(client: &reqwest::Client, url: &str, email: &str) -> String {
    let answer = common::post(
        client,
        url,
        None,
        "mutation($e: String!) { createUser(email: $e, password: \"bench-password-1\") { token { value } } }",
        json!({"e": email}),
    )
    .await;
    answer["data"]["createUser"]["token"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("createUser failed: {answer}"))
        .to_string()
}

/// Makes `user` hold `n` role bindings: it creates `n` workspaces (their creator is their admin),
/// 200 per request (aliases) so the setup does not dominate the run.
async fn give_bindings(url: Arc<String>, token: Arc<String>, n: usize) {
    const PER_REQUEST: usize = 200;
    let client = houston::http::client(&houston::http::HttpOptions::default()).unwrap();
    let mut done = 0;
    while done < n {
        let batch = PER_REQUEST.min(n - done);
        let mut query = String::from("mutation {");
        for i in done..done + batch {
            query.push_str(&format!(
                " w{i}: createWorkspace(label: \"binding-{i}\") {{ id }}"
            ));
        }
        query.push('}');
        common::post(&client, &url, Some(&token), &query, json!({})).await;
        done += batch;
    }
}

fn rate(ok: usize, duration: Duration) -> f64 {
    ok as f64 / duration.as_secs_f64()
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
        let (ok, failed) = run(url.clone(), token.clone(), read, |_, _| json!({}), DURATION).await;
        println!(
            "sandbox read  (workspaces with deployments and users), {CLIENTS} clients: {:.0} req/s ({ok} ok, {failed} failed in {}s)",
            rate(ok, DURATION),
            DURATION.as_secs()
        );
        let write = "mutation($l: String!) { createWorkspace(label: $l) { id } }";
        let (ok, failed) = run(url.clone(), token, write, |c, i| json!({"l": format!("bench-{c}-{i}")}), DURATION).await;
        println!(
            "sandbox write (createWorkspace, durable commit), {CLIENTS} clients: {:.0} req/s ({ok} ok, {failed} failed in {}s)",
            rate(ok, DURATION),
            DURATION.as_secs()
        );

        // Authentication cost against the number of the caller's role bindings.
        let client = houston::http::client(&houston::http::HttpOptions::default()).unwrap();
        let many = Arc::new(sign_up(&client, &url, "many-bindings@bench.local").await);
        let one = Arc::new(sign_up(&client, &url, "one-binding@bench.local").await);
        let started = Instant::now();
        give_bindings(url.clone(), many.clone(), MANY).await;
        give_bindings(url.clone(), one.clone(), 1).await;
        println!(
            "(setup: {MANY} role bindings for one user in {:.1}s)",
            started.elapsed().as_secs_f64()
        );
        let app_config = "{ appConfig { version baseDomain } }";
        // Alternate the two tokens so drift (page cache, CPU neighbours) hits both alike.
        let (mut ok_one, mut ok_many, mut failed) = (0, 0, 0);
        let half = DURATION / 2;
        for _ in 0..2 {
            let (ok, f) = run(url.clone(), one.clone(), app_config, |_, _| json!({}), half).await;
            ok_one += ok;
            failed += f;
            let (ok, f) = run(url.clone(), many.clone(), app_config, |_, _| json!({}), half).await;
            ok_many += ok;
            failed += f;
        }
        let (one_rate, many_rate) = (rate(ok_one, DURATION), rate(ok_many, DURATION));
        println!(
            "sandbox appConfig, {CLIENTS} clients: token with 1 role binding {one_rate:.0} req/s; \
             token with {MANY} role bindings {many_rate:.0} req/s ({:.0}% of the former; target >= 80%; {failed} failed)",
            100.0 * many_rate / one_rate.max(1.0)
        );
        sb.shutdown().await;
    });
}
