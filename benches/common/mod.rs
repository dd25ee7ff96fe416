//! What the sandbox benches share (included with `mod common;`; not a bench of its own).

use serde_json::{Value, json};

/// Posts `query` with `variables` to the sandbox at `url`, with `token` as the `authorization`
/// header when given, and returns the answer. A bench's setup must not go on quietly from a
/// failed step: a transport error or an answer with `errors` panics with the answer.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> Value {
    let mut request = client
        .post(url)
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.header("authorization", token);
    }
    let answer: Value = request.send().await.unwrap().json().await.unwrap();
    assert!(answer.get("errors").is_none(), "{answer}");
    answer
}
