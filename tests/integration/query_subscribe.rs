//! `houston query run` on a subscription, through the real binary, against a local graphql-ws
//! peer on 127.0.0.1 that speaks Houston's protocol (subscriptions-transport-ws) and checks what
//! the client sends: sub-protocol, `connection_init` with the token, `start` with id, `stop`.

use assert_cmd::Command;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

const TOKEN: &str = "tok-abcdefghijklmnopqrstuvwxyz-9876";
const LOG: &str = "subscription log($deploymentUuid: Uuid!) {\n  log(deploymentUuid: $deploymentUuid) { id message }\n}\n";

/// Serves one connection; returns every message the client sent.
#[allow(clippy::result_large_err)] // the callback type is tungstenite's
async fn peer(listener: TcpListener, events: usize, refuse: bool) -> Vec<Value> {
    let (stream, _) = listener.accept().await.unwrap();
    let mut socket =
        tokio_tungstenite::accept_hdr_async(stream, |req: &Request, mut resp: Response| {
            assert_eq!(req.uri().path(), "/ws");
            let protocol = req.headers().get("Sec-WebSocket-Protocol").unwrap().clone();
            assert_eq!(protocol, "graphql-ws");
            resp.headers_mut()
                .insert("Sec-WebSocket-Protocol", protocol);
            Ok(resp)
        })
        .await
        .unwrap();
    let mut got = Vec::new();
    while let Some(Ok(message)) = socket.next().await {
        let Message::Text(text) = message else {
            continue;
        };
        let value: Value = serde_json::from_str(&text).unwrap();
        got.push(value.clone());
        match value["type"].as_str().unwrap() {
            "connection_init" => {
                if refuse {
                    let _ = socket.send(Message::text(json!({"type": "connection_error", "payload": {"message": "You do not have the appropriate permissions for that"}}).to_string())).await;
                    let _ = socket.close(None).await;
                    break;
                }
                socket
                    .send(Message::text(r#"{"type":"connection_ack"}"#))
                    .await
                    .unwrap();
                socket
                    .send(Message::text(r#"{"type":"ka"}"#))
                    .await
                    .unwrap();
            }
            "start" => {
                for i in 0..events {
                    let data = json!({"type": "data", "id": value["id"], "payload": {"data": {"log": {"id": format!("l{i}"), "message": format!("line {i}")}}}});
                    socket.send(Message::text(data.to_string())).await.unwrap();
                }
            }
            "stop" | "connection_terminate" => {}
            other => panic!("unexpected message type {other}"),
        }
    }
    got
}

fn houston(dir: &std::path::Path, port: u16) -> Command {
    let mut cmd = crate::common::houston(dir);
    cmd.env("HOUSTON_URL", format!("http://127.0.0.1:{port}/v1"))
        .env("HOUSTON_TOKEN", TOKEN)
        .timeout(std::time::Duration::from_secs(30));
    cmd
}

#[tokio::test(flavor = "multi_thread")]
async fn events_print_as_json_lines_until_max_events() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(peer(listener, 5, false));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("log.graphql"), LOG).unwrap();
    let out = tokio::task::spawn_blocking({
        let dir = dir.path().to_path_buf();
        move || {
            houston(&dir, port)
                .args([
                    "query",
                    "run",
                    "log.graphql",
                    "--var",
                    "deploymentUuid=d1",
                    "--max-events",
                    "3",
                ])
                .assert()
                .success()
                .get_output()
                .clone()
        }
    })
    .await
    .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert_eq!(lines[2], json!({"log": {"id": "l2", "message": "line 2"}}));

    let sent = server.await.unwrap();
    assert_eq!(
        sent[0],
        json!({"type": "connection_init", "payload": {"authorization": TOKEN}})
    );
    assert_eq!(sent[1]["type"], "start");
    assert_eq!(sent[1]["id"], "1");
    assert_eq!(
        sent[1]["payload"],
        json!({"query": LOG, "operationName": "log", "variables": {"deploymentUuid": "d1"}})
    );
    assert_eq!(sent[2], json!({"id": "1", "type": "stop"}));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_connection_exits_1_with_the_server_message() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(peer(listener, 0, true));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("log.graphql"), LOG).unwrap();
    let out = tokio::task::spawn_blocking({
        let dir = dir.path().to_path_buf();
        move || {
            houston(&dir, port)
                .args(["query", "run", "log.graphql", "--var", "deploymentUuid=d1"])
                .assert()
                .code(1)
                .get_output()
                .clone()
        }
    })
    .await
    .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("You do not have the appropriate permissions"),
        "{stderr}"
    );
    assert!(!stderr.contains(TOKEN));
    server.await.unwrap();
}

#[test]
fn dry_run_shows_the_messages_with_the_token_masked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("log.graphql"), LOG).unwrap();
    let out = houston(dir.path(), 9)
        .args([
            "query",
            "run",
            "log.graphql",
            "--var",
            "deploymentUuid=d1",
            "--dry-run",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("WebSocket ws://127.0.0.1:9/ws (Sec-WebSocket-Protocol: graphql-ws)"),
        "{stdout}"
    );
    assert!(stdout.contains(r#""authorization":"****9876""#), "{stdout}");
    assert!(!stdout.contains(TOKEN));
}
