//! The Airflow client against a scripted server (wiremock on 127.0.0.1), for what a healthy
//! Airflow never does on demand: a page that comes back short in the middle of a list (rows
//! deleted while listing), a page cap below what was asked, 429 with `Retry-After`, a server
//! that stalls past the timeout. The real-Airflow tests are in airflow_live.rs.

use houston::Token;
use houston::airflow::{ApiVersion, Auth, Client, Pages, Target};
use houston::http::{FailureKind, HttpOptions, RetryPolicy};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// 10 items `0..10`; pages hold at most 3 (the server's cap); the page at offset 3 loses its
/// last item once (as if a row vanished between two requests).
async fn server(hits: Arc<AtomicUsize>) -> MockServer {
    let server = MockServer::start().await;
    let shortened = Arc::new(AtomicUsize::new(0));
    Mock::given(method("GET"))
        .and(path("/api/v2/things"))
        .respond_with(move |req: &Request| {
            hits.fetch_add(1, Ordering::SeqCst);
            let q = |k: &str| {
                req.url
                    .query_pairs()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.parse::<usize>().unwrap())
            };
            let (limit, offset) = (q("limit").unwrap().min(3), q("offset").unwrap());
            let mut items: Vec<Value> = (offset..(offset + limit).min(10))
                .map(|i| json!({"n": i}))
                .collect();
            if offset == 3 && shortened.fetch_add(1, Ordering::SeqCst) == 0 {
                items.pop();
            }
            ResponseTemplate::new(200).set_body_json(json!({"things": items, "total_entries": 10}))
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn concurrent_pages_come_out_in_order_without_holes_or_repeats() {
    for concurrency in [1, 4] {
        let hits = Arc::new(AtomicUsize::new(0));
        let server = server(hits.clone()).await;
        let client = Client::builder(Target {
            root: url::Url::parse(&server.uri()).unwrap(),
            auth: Auth::ApiKey(Token::new("k")),
            api_hint: Some(ApiVersion::V2),
        })
        .page_concurrency(concurrency)
        .build()
        .unwrap();
        let url = client.url(ApiVersion::V2, &["things"]);
        let mut pages: Pages<'_, Value> = Pages::new(&client, url, Some("things"));
        let mut seen = Vec::new();
        while let Some(page) = pages.next_page().await.unwrap() {
            seen.extend(page.items.iter().map(|v| v["n"].as_u64().unwrap()));
        }
        // after the short page the list goes on where it really is: nothing lost, nothing twice
        assert_eq!(
            seen,
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            "concurrency {concurrency}"
        );
        assert!(hits.load(Ordering::SeqCst) >= 4);
    }
}

fn client_for(server: &MockServer, timeout: Duration) -> Client {
    Client::builder(Target {
        root: url::Url::parse(&server.uri()).unwrap(),
        auth: Auth::Bearer(Token::new("astro-token-0123456789")),
        api_hint: Some(ApiVersion::V2),
    })
    .http_options(HttpOptions {
        timeout,
        ..HttpOptions::default()
    })
    .retry(RetryPolicy {
        max_retries: 2,
        min_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(20),
    })
    .build()
    .unwrap()
}

/// Answers the first `failures` calls with `first`, then 200 `{"dag_id": "d", ...}`.
fn flaky(
    first: ResponseTemplate,
    failures: usize,
    calls: Arc<AtomicUsize>,
) -> impl Fn(&Request) -> ResponseTemplate {
    move |_req: &Request| {
        if calls.fetch_add(1, Ordering::SeqCst) < failures {
            first.clone()
        } else {
            ResponseTemplate::new(200).set_body_json(json!({"dag_id": "d", "is_paused": true}))
        }
    }
}

#[tokio::test]
async fn get_waits_out_429_retry_after_and_succeeds() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    Mock::given(method("GET"))
        .and(path("/api/v2/dags/d"))
        .and(wiremock::matchers::header(
            "authorization",
            "Bearer astro-token-0123456789",
        ))
        .respond_with(flaky(
            ResponseTemplate::new(429).insert_header("retry-after", "1"),
            1,
            calls.clone(),
        ))
        .mount(&server)
        .await;
    let c = client_for(&server, Duration::from_secs(10));
    let start = Instant::now();
    let dag = c.dag("d").await.unwrap();
    assert_eq!(dag.dag_id, "d");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    // the planned delay was 10-20 ms; the server asked for a second
    assert!(
        start.elapsed() >= Duration::from_millis(900),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn a_stalled_get_is_retried_and_a_stalled_write_is_not() {
    let server = MockServer::start().await;
    let stall = ResponseTemplate::new(200).set_delay(Duration::from_secs(3));
    let gets = Arc::new(AtomicUsize::new(0));
    Mock::given(method("GET"))
        .and(path("/api/v2/dags/d"))
        .respond_with(flaky(stall.clone(), 1, gets.clone()))
        .mount(&server)
        .await;
    let patches = Arc::new(AtomicUsize::new(0));
    Mock::given(method("PATCH"))
        .and(path("/api/v2/dags/d"))
        .respond_with(flaky(stall, 1, patches.clone()))
        .mount(&server)
        .await;
    let c = client_for(&server, Duration::from_millis(500));
    assert_eq!(c.dag("d").await.unwrap().dag_id, "d");
    assert_eq!(gets.load(Ordering::SeqCst), 2, "the GET was tried again");
    let err = c.set_paused("d", true).await.unwrap_err();
    assert!(err.is_transport(FailureKind::Timeout), "{err}");
    assert!(err.was_sent());
    assert!(
        err.to_string().contains("did not answer within 500ms"),
        "{err}"
    );
    assert_eq!(
        patches.load(Ordering::SeqCst),
        1,
        "a sent write is never repeated"
    );
}

#[tokio::test]
async fn truncated_and_non_json_bodies_are_sentences() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/dags/cut"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"dag_id": "d", "is_pa"#, "application/json"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/dags/html"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw("<html><title>Sign in</title></html>", "text/html"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/dags/shape"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"dag_id": 7})))
        .mount(&server)
        .await;
    let c = client_for(&server, Duration::from_secs(5));
    let cut = c.dag("cut").await.unwrap_err().to_string();
    assert!(cut.contains("truncated after"), "{cut}");
    let html = c.dag("html").await.unwrap_err().to_string();
    assert!(
        html.contains("not JSON: an HTML page titled \"Sign in\""),
        "{html}"
    );
    let shape = c.dag("shape").await.unwrap_err().to_string();
    assert!(
        shape.contains("unexpected response shape at `dag_id`"),
        "{shape}"
    );
}

/// Issue 12 item 2: `AIRFLOW_URL` from `.env` naming an APC deployments host of another platform
/// never receives the context's saved Houston token. The scripted server stands in as the HTTP
/// proxy for every host, so it sees any request the binary makes, wherever it is addressed.
#[tokio::test(flavor = "multi_thread")]
async fn a_deployments_url_from_dotenv_never_receives_a_saved_houston_token() {
    const SAVED: &str = "saved-houston-token-4f1c9a";
    let proxy = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"dags": [], "total_entries": 0})),
        )
        .mount(&proxy)
        .await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "current = \"plat\"\n[contexts.plat]\nurl = \"http://houston.platform.test/v1\"\ntoken = \"{SAVED}\"\n"
        ),
    )
    .unwrap();
    let run = |airflow_url: &'static str| {
        let dir = dir.path().to_path_buf();
        let proxy = proxy.uri();
        async move {
            std::fs::write(dir.join(".env"), format!("AIRFLOW_URL={airflow_url}\n")).unwrap();
            tokio::task::spawn_blocking(move || {
                let mut cmd = crate::common::houston(&dir);
                cmd.env("HTTP_PROXY", &proxy)
                    .env("http_proxy", &proxy)
                    .args(["airflow", "dags", "list", "--timeout", "5s"]);
                crate::common::Run::capture(&mut cmd, &[SAVED])
            })
            .await
            .unwrap()
        }
    };
    let refused = run("http://deployments.elsewhere.test/rel-1/airflow").await;
    assert_eq!(
        refused.code, 2,
        "refused before sending: {}",
        refused.stderr
    );
    assert!(
        refused
            .stderr
            .contains("a saved token is only sent to the endpoint it was saved with"),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("AIRFLOW_URL in .env"),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("--airflow-url"),
        "{}",
        refused.stderr
    );
    assert!(
        proxy.received_requests().await.unwrap().is_empty(),
        "nothing reached the other endpoint"
    );
    // The same platform's deployments host gets the token (proving the proxy sees requests).
    run("http://deployments.platform.test/rel-1/airflow").await;
    let seen = proxy.received_requests().await.unwrap();
    assert!(
        !seen.is_empty(),
        "the platform's own deployment was reached"
    );
    assert!(seen.iter().all(|r| {
        r.headers.get("host").and_then(|h| h.to_str().ok()) == Some("deployments.platform.test")
            && r.headers.get("authorization").and_then(|h| h.to_str().ok()) == Some(SAVED)
    }));
}
