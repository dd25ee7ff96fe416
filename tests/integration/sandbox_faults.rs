//! Each fault kind of the sandbox produces the documented client error in `houston::Client`.

use crate::common;
use houston::http::Unanswered;

use std::time::{Duration, Instant};

use common::TestSandbox;
use houston::houston::OperationKind;
use houston::houston::{RawResponse, Request};
use houston::http::{FailureKind, HttpOptions, RetryPolicy};
use houston_sandbox::FaultRule;

const QUERY: &str = "query GetWorkspaces { workspaces { id label } }";

fn sandbox(rules: &[&str]) -> TestSandbox {
    let rules: Vec<FaultRule> = rules.iter().map(|r| r.parse().unwrap()).collect();
    TestSandbox::start_with(move |o| o.faults(rules))
}

fn client(sb: &TestSandbox, retry: RetryPolicy, timeout: Duration) -> houston::Client {
    houston::Client::builder(&sb.url)
        .token(Some(houston::Token::new(sb.token.clone())))
        .http_options(HttpOptions {
            timeout,
            ..HttpOptions::default()
        })
        .retry(retry)
        .build()
        .unwrap()
}

async fn send(client: &houston::Client) -> Result<RawResponse, houston::Error> {
    client
        .execute_document(&Request {
            query: QUERY,
            variables: serde_json::Value::Null,
            operation_name: None,
            kind: OperationKind::Query,
        })
        .await
}

#[tokio::test]
async fn status_503_is_an_http_error_and_retry_after_is_honoured() {
    let sb = sandbox(&["kind=503,op=GetWorkspaces,nth=1,retry-after=1"]);
    let err = send(&client(&sb, RetryPolicy::NONE, Duration::from_secs(10)))
        .await
        .unwrap_err();
    assert!(
        matches!(err, houston::Error::Http { status: 503, .. }),
        "{err:?}"
    );
    assert!(!err.is_invalid());

    let sb = sandbox(&["kind=503,op=GetWorkspaces,nth=1,retry-after=1"]);
    let started = Instant::now();
    let ok = send(&client(
        &sb,
        RetryPolicy::default(),
        Duration::from_secs(10),
    ))
    .await;
    assert!(ok.is_ok(), "a query is retried after a 503: {ok:?}");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "Retry-After: 1 honoured"
    );
}

#[tokio::test]
async fn html_error_page_becomes_a_sentence() {
    let sb = sandbox(&["kind=html"]);
    let err = send(&client(&sb, RetryPolicy::NONE, Duration::from_secs(10)))
        .await
        .unwrap_err();
    match &err {
        houston::Error::Http {
            status: 502,
            excerpt,
            ..
        } => {
            assert!(excerpt.contains("502 Bad Gateway"), "{excerpt}");
            assert!(!excerpt.contains('<'), "HTML tags stripped: {excerpt}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn dropped_connection_is_a_transport_error() {
    let sb = sandbox(&["kind=drop"]);
    let err = send(&client(&sb, RetryPolicy::NONE, Duration::from_secs(10)))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            houston::Error::Unanswered(Unanswered::Transport { .. })
        ),
        "{err:?}"
    );
    assert!(err.is_transport(FailureKind::Broken), "{err:?}");
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let sb = sandbox(&["kind=truncate"]);
    let err = send(&client(&sb, RetryPolicy::NONE, Duration::from_secs(10)))
        .await
        .unwrap_err();
    assert!(matches!(err, houston::Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn latency_beyond_the_timeout_is_a_timeout() {
    let sb = sandbox(&["kind=latency,ms=1500"]);
    let err = send(&client(&sb, RetryPolicy::NONE, Duration::from_millis(300)))
        .await
        .unwrap_err();
    assert!(err.is_transport(FailureKind::Timeout), "{err:?}");
    // Within the timeout, latency is just latency.
    let sb = sandbox(&["kind=latency,ms=200"]);
    let started = Instant::now();
    send(&client(&sb, RetryPolicy::NONE, Duration::from_secs(5)))
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(200));
}
