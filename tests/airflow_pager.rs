//! The pager against a scripted server, for what a healthy Airflow never does on demand: a page
//! that comes back shorter than the server's page size in the middle of a list (rows deleted
//! while listing) and a server whose page cap is below what was asked.

use houston::Token;
use houston::airflow::{ApiVersion, Auth, Client, Pages, Target};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
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
