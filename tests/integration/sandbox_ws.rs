//! The sandbox's `/ws`: Houston's subscription WebSocket (legacy Apollo `graphql-ws`), spoken to
//! frame by frame with tungstenite so every message of the protocol is checked.

use crate::common;

use std::time::Duration;

use common::TestSandbox;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

const LOG: &str = "subscription log($id: Uuid!, $component: String, $search: String) { log(deploymentUuid: $id, component: $component, search: $search) { id createdAt: timestamp component log: message } }";

fn ws_url(sb: &TestSandbox) -> String {
    sb.url.replace("http://", "ws://").replace("/v1", "/ws")
}

async fn open(sb: &TestSandbox, protocol: &str) -> Result<Socket, String> {
    let mut request = ws_url(sb).into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_str(protocol).unwrap(),
    );
    tokio_tungstenite::connect_async(request)
        .await
        .map(|(socket, response)| {
            assert_eq!(
                response.headers()["sec-websocket-protocol"],
                "graphql-ws",
                "the server confirms the sub-protocol"
            );
            socket
        })
        .map_err(|e| e.to_string())
}

async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::text(message.to_string()))
        .await
        .unwrap();
}

/// The next protocol message other than a keep-alive; `None` when the socket closed.
async fn next(socket: &mut Socket) -> Option<Value> {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("a message within 10 s");
        match message {
            Some(Ok(Message::Text(text))) => {
                let value: Value = serde_json::from_str(&text).unwrap();
                if value["type"] != "ka" {
                    return Some(value);
                }
            }
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
            Some(Ok(_)) => {}
        }
    }
}

/// Opens, authenticates (checking ack and the first keep-alive) and returns the socket.
async fn connect(sb: &TestSandbox, authorization: &str) -> Socket {
    let mut socket = open(sb, "graphql-ws").await.unwrap();
    send(
        &mut socket,
        json!({"type": "connection_init", "payload": {"authorization": authorization}}),
    )
    .await;
    let ack = socket.next().await.unwrap().unwrap();
    assert_eq!(ack.to_text().unwrap(), r#"{"type":"connection_ack"}"#);
    let ka = socket.next().await.unwrap().unwrap();
    assert_eq!(ka.to_text().unwrap(), r#"{"type":"ka"}"#);
    socket
}

async fn etl(sb: &TestSandbox) -> String {
    let data = sb
        .admin(
            "query($r: String!) { deployment(where: {releaseName: $r}) { id } }",
            json!({"r": houston_sandbox::DEMO_RELEASE}),
        )
        .await;
    data["deployment"]["id"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn log_streams_lines_until_stop() {
    let sb = TestSandbox::start();
    let id = etl(&sb).await;
    let mut socket = connect(&sb, &format!("Bearer {}", sb.token)).await;
    send(
        &mut socket,
        json!({"id": "7", "type": "start", "payload": {"query": LOG, "variables": {"id": id}}}),
    )
    .await;
    let mut seen = Vec::new();
    for _ in 0..5 {
        let event = next(&mut socket).await.unwrap();
        assert_eq!(event["type"], "data", "{event}");
        assert_eq!(event["id"], "7");
        assert!(event["payload"].get("errors").is_none(), "{event}");
        let line = &event["payload"]["data"]["log"];
        assert!(line["log"].as_str().unwrap().starts_with('['), "{line}");
        assert!(line["createdAt"].as_str().unwrap().ends_with('Z'), "{line}");
        seen.push(line["id"].as_str().unwrap().to_string());
    }
    seen.dedup();
    assert_eq!(seen.len(), 5, "every event is a new line: {seen:?}");

    send(&mut socket, json!({"id": "7", "type": "stop"})).await;
    // Events already on the wire may still arrive; then nothing more for id 7.
    tokio::time::sleep(Duration::from_millis(300)).await;
    while let Ok(Some(Ok(_))) = tokio::time::timeout(Duration::from_millis(50), socket.next()).await
    {
    }
    let quiet = tokio::time::timeout(Duration::from_millis(700), next(&mut socket)).await;
    assert!(quiet.is_err(), "no event after stop: {quiet:?}");

    send(&mut socket, json!({"type": "connection_terminate"})).await;
    assert_eq!(next(&mut socket).await, None, "terminate closes the socket");
}

#[tokio::test(flavor = "multi_thread")]
async fn log_honours_component_and_search_and_queries_answer_once() {
    let sb = TestSandbox::start();
    let id = etl(&sb).await;
    let mut socket = connect(&sb, &sb.token).await;
    send(
        &mut socket,
        json!({"id": "a", "type": "start", "payload": {"query": LOG,
        "variables": {"id": id, "component": "worker", "search": "transform"}}}),
    )
    .await;
    for _ in 0..2 {
        let event = next(&mut socket).await.unwrap();
        let line = &event["payload"]["data"]["log"];
        assert_eq!(line["component"], "worker", "{event}");
        assert!(
            line["log"].as_str().unwrap().contains("transform"),
            "{event}"
        );
    }
    send(&mut socket, json!({"id": "a", "type": "stop"})).await;

    // A query over the socket: one `data`, then `complete` (events of `a` may be interleaved).
    send(
        &mut socket,
        json!({"id": "q", "type": "start", "payload": {"query": "{ self { user { username } } }"}}),
    )
    .await;
    let mut got = Vec::new();
    while got.len() < 2 {
        let m = next(&mut socket).await.unwrap();
        if m["id"] == "q" {
            got.push(m);
        }
    }
    assert_eq!(got[0]["type"], "data");
    assert_eq!(
        got[0]["payload"]["data"]["self"]["user"]["username"],
        "admin"
    );
    assert_eq!(got[1], json!({"type": "complete", "id": "q"}));
}

#[tokio::test(flavor = "multi_thread")]
async fn deployment_status_sends_the_current_status_once_then_changes_only() {
    let sb = TestSandbox::start();
    let mut socket = connect(&sb, &sb.token).await;
    let query = "subscription($r: String) { deploymentStatus(releaseName: $r) { status } }";
    send(
        &mut socket,
        json!({"id": "s", "type": "start", "payload": {"query": query,
        "variables": {"r": houston_sandbox::DEMO_RELEASE}}}),
    )
    .await;
    let first = next(&mut socket).await.unwrap();
    assert_eq!(
        first,
        json!({"type": "data", "id": "s", "payload": {"data": {"deploymentStatus": {"status": "HEALTHY"}}}})
    );
    let quiet = tokio::time::timeout(Duration::from_millis(800), next(&mut socket)).await;
    assert!(
        quiet.is_err(),
        "an unchanged status is not repeated: {quiet:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_or_missing_tokens_are_refused() {
    let sb = TestSandbox::start();
    for init in [
        json!({"type": "connection_init", "payload": {"authorization": "Bearer eyJhbGciOi.not-a-token.x"}}),
        json!({"type": "connection_init", "payload": {}}),
    ] {
        let mut socket = open(&sb, "graphql-ws").await.unwrap();
        send(&mut socket, init).await;
        let refused = next(&mut socket).await.unwrap();
        assert_eq!(refused["type"], "connection_error", "{refused}");
        assert!(
            refused["payload"]["message"]
                .as_str()
                .unwrap()
                .contains("valid token"),
            "{refused}"
        );
        assert_eq!(
            next(&mut socket).await,
            None,
            "the server closes after refusing"
        );
    }
    // `start` before `connection_init` is refused too.
    let mut socket = open(&sb, "graphql-ws").await.unwrap();
    send(
        &mut socket,
        json!({"id": "1", "type": "start", "payload": {"query": "{ self { id } }"}}),
    )
    .await;
    let refused = next(&mut socket).await.unwrap();
    assert_eq!(refused["type"], "error");
    assert_eq!(refused["id"], "1");
}

#[tokio::test(flavor = "multi_thread")]
async fn documents_are_validated_and_roles_enforced_like_post() {
    let sb = TestSandbox::start();
    let id = etl(&sb).await;
    let mut socket = connect(&sb, &sb.token).await;
    send(&mut socket, json!({"id": "v", "type": "start", "payload": {"query": "subscription { log(deploymentUuid: \"x\") { nope } }"}})).await;
    // subscriptions-transport-ws: validation errors are an execution result (`data` with
    // `errors`), then `complete` — never an `error` with a list payload.
    let invalid = next(&mut socket).await.unwrap();
    assert_eq!(invalid["type"], "data", "{invalid}");
    assert_eq!(invalid["id"], "v");
    assert_eq!(
        invalid["payload"]["errors"][0]["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED",
        "{invalid}"
    );
    assert_eq!(
        invalid["payload"]["errors"][0]["message"],
        "Cannot query field \"nope\" on type \"DeploymentLog\".",
        "{invalid}"
    );
    assert!(
        invalid["payload"]["errors"][0]["locations"].is_array(),
        "{invalid}"
    );
    assert_eq!(
        next(&mut socket).await.unwrap(),
        json!({"type": "complete", "id": "v"})
    );
    // A document that does not parse: `error` with one object payload.
    send(
        &mut socket,
        json!({"id": "p", "type": "start", "payload": {"query": "subscription { log("}}),
    )
    .await;
    let unparsable = next(&mut socket).await.unwrap();
    assert_eq!(unparsable["type"], "error", "{unparsable}");
    assert_eq!(unparsable["id"], "p");
    assert!(unparsable["payload"]["message"].is_string(), "{unparsable}");
    send(
        &mut socket,
        json!({"id": "w", "type": "start", "payload": {"query": LOG, "variables": {}}}),
    )
    .await;
    let missing = next(&mut socket).await.unwrap();
    assert_eq!(missing["type"], "data", "{missing}");
    assert_eq!(
        missing["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{missing}"
    );
    assert_eq!(
        next(&mut socket).await.unwrap(),
        json!({"type": "complete", "id": "w"})
    );

    // A user with no role in the demo workspace: FORBIDDEN, as the `logs` query answers.
    let (_, created) = sb
        .post(None, "mutation { createUser(email: \"outsider@example.com\", password: \"pw-123456\") { token { value } } }", None)
        .await;
    let token = created["data"]["createUser"]["token"]["value"]
        .as_str()
        .unwrap();
    let mut outsider = connect(&sb, token).await;
    send(
        &mut outsider,
        json!({"id": "1", "type": "start", "payload": {"query": LOG, "variables": {"id": id}}}),
    )
    .await;
    let forbidden = next(&mut outsider).await.unwrap();
    assert_eq!(forbidden["type"], "data", "{forbidden}");
    assert_eq!(forbidden["payload"]["data"]["log"], Value::Null);
    assert_eq!(
        forbidden["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{forbidden}"
    );
    assert_eq!(
        next(&mut outsider).await.unwrap(),
        json!({"type": "complete", "id": "1"})
    );
    let (_, post) = sb
        .post(
            Some(token),
            "query($id: Uuid!) { logs(deploymentUuid: $id) { id } }",
            Some(json!({"id": id})),
        )
        .await;
    assert_eq!(post["errors"][0]["extensions"]["code"], "FORBIDDEN");
}

#[tokio::test(flavor = "multi_thread")]
async fn other_protocols_and_plain_gets_are_told_what_ws_is() {
    let sb = TestSandbox::start();
    let refused = open(&sb, "graphql-transport-ws").await.unwrap_err();
    assert!(refused.contains("400"), "{refused}");
    let client = houston::http::client(&houston::http::HttpOptions::default()).unwrap();
    let text = client
        .get(ws_url(&sb).replace("ws://", "http://"))
        .send()
        .await
        .unwrap();
    assert_eq!(text.status().as_u16(), 426);
    assert!(text.text().await.unwrap().contains("graphql-ws"));
}
