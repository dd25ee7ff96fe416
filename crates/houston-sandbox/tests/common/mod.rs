//! A minimal HTTP/1.1 client for the sandbox tests (the sandbox crate has no HTTP client, and
//! these tests should not pull one in): one request per connection.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Status and parsed JSON body of `POST /v1`.
pub async fn post(
    addr: SocketAddr,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> (u16, Value) {
    let body = json!({"query": query, "variables": variables}).to_string();
    let mut head = format!(
        "POST /v1 HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    if let Some(token) = token {
        head.push_str(&format!("authorization: {token}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(60), stream.read_to_end(&mut raw))
        .await
        .expect("the sandbox answered within 60 s")
        .unwrap();
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP response");
    let status: u16 = head.split(' ').nth(1).unwrap().parse().unwrap();
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    (
        status,
        serde_json::from_str(&body).unwrap_or(Value::String(body)),
    )
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        body = &rest[n + 2..];
    }
    out
}

/// The `data` of an answer without errors (panics with the answer otherwise).
pub async fn data(addr: SocketAddr, token: Option<&str>, query: &str, variables: Value) -> Value {
    let (status, body) = post(addr, token, query, variables).await;
    assert!(
        status == 200 && body.get("errors").is_none(),
        "{query}\n→ {status} {body}"
    );
    body["data"].clone()
}

/// Signs up a user (public sign-up) and returns its token.
pub async fn sign_up(addr: SocketAddr, email: &str) -> String {
    let d = data(
        addr,
        None,
        "mutation($e: String!) { createUser(email: $e, password: \"pw-123456\") { token { value } } }",
        json!({"e": email}),
    )
    .await;
    d["createUser"]["token"]["value"]
        .as_str()
        .unwrap()
        .to_string()
}
