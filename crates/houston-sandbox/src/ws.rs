//! `GET /ws`: subscriptions over WebSocket in Houston's protocol, the legacy Apollo
//! `graphql-ws` sub-protocol (subscriptions-transport-ws), not the newer `graphql-transport-ws`.
//!
//! The client sends `connection_init` with `payload.authorization` (raw or `Bearer `), the
//! server answers `connection_ack` and keep-alives (`ka`), or `connection_error` and closes when
//! the token is missing, unknown or expired, as Houston's `onConnect` refuses. Each `start`
//! {id, payload {query, variables, operationName}} is validated and authorised exactly like
//! `POST /v1` (it runs through the same executor): a subscription then streams `data` events
//! until `stop`, a query or mutation answers one `data` and `complete`. As in
//! subscriptions-transport-ws, a syntax error is an `error` message with an object payload
//! (`{message}`); validation and variable errors, and field errors (a role that is missing),
//! come as `data` with `errors`, then `complete`.
//!
//! Streams: event `n` re-executes the document with the stream position `n`, every
//! [`TICK`]; an event is sent when it differs from the previous one and is not all-null. So `log`
//! emits a new synthesized line each tick (the ones `search` rules out are skipped) and
//! `deploymentStatus` emits its current status once, then on every change.
//!
//! The upgrade is done here (hyper's upgrade + tungstenite's handshake helper) rather than with
//! axum's `ws` feature, which pins an older tokio-tungstenite than the client's and would
//! compile a second copy of tungstenite and sha1.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::Role;

use super::auth;
use super::exec::{self, GraphQlRequest};
use super::resolvers::Cancel;
use super::server::{CancelOnDrop, Shared};
use std::sync::atomic::AtomicBool;

/// The sub-protocol spoken here.
pub const PROTOCOL: &str = "graphql-ws";
/// How often a keep-alive is sent once the connection is acknowledged.
const KEEP_ALIVE: Duration = Duration::from_secs(10);
/// How often a subscription's document is re-executed (a new log line every tick).
pub const TICK: Duration = Duration::from_millis(200);

const REFUSED: &str = "the connection was refused: connection_init must carry a valid token in payload.authorization (the token is missing, unknown or expired)";

fn plain(status: StatusCode, text: &str) -> Response {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(format!("{text}\n")))
        .expect("valid response")
}

fn header_has(headers: &HeaderMap, name: header::HeaderName, token: &str) -> bool {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(token))
}

/// Answers the upgrade request and runs the session on the upgraded connection.
pub async fn upgrade(
    shared: Arc<Shared>,
    stop: watch::Receiver<bool>,
    mut req: Request,
) -> Response {
    let headers = req.headers();
    let Some(key) = headers.get(header::SEC_WEBSOCKET_KEY).cloned() else {
        return plain(
            StatusCode::UPGRADE_REQUIRED,
            "houston sandbox: /ws is Houston's subscription endpoint: open a WebSocket with Sec-WebSocket-Protocol: graphql-ws",
        );
    };
    if !header_has(headers, header::UPGRADE, "websocket")
        || !header_has(headers, header::CONNECTION, "upgrade")
    {
        return plain(
            StatusCode::UPGRADE_REQUIRED,
            "houston sandbox: /ws needs `Connection: upgrade` and `Upgrade: websocket`",
        );
    }
    if headers
        .get(header::SEC_WEBSOCKET_VERSION)
        .is_none_or(|v| v.as_bytes() != b"13")
    {
        return plain(
            StatusCode::BAD_REQUEST,
            "houston sandbox: only WebSocket version 13 is supported",
        );
    }
    let asked_protocol = headers.contains_key(header::SEC_WEBSOCKET_PROTOCOL);
    if asked_protocol && !header_has(headers, header::SEC_WEBSOCKET_PROTOCOL, PROTOCOL) {
        return plain(
            StatusCode::BAD_REQUEST,
            "houston sandbox: /ws speaks the `graphql-ws` sub-protocol (subscriptions-transport-ws), as Houston does; not graphql-transport-ws",
        );
    }
    let Some(on_upgrade) = req.extensions_mut().remove::<hyper::upgrade::OnUpgrade>() else {
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "houston sandbox: this connection cannot be upgraded",
        );
    };
    tokio::spawn(async move {
        let Ok(upgraded) = on_upgrade.await else {
            return;
        };
        let socket =
            WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, None).await;
        session(socket, shared, stop).await;
    });
    let mut response = Response::builder()
        .status(StatusCode::SWITCHING_PROTOCOLS)
        .header(header::CONNECTION, "upgrade")
        .header(header::UPGRADE, "websocket")
        .header(
            header::SEC_WEBSOCKET_ACCEPT,
            derive_accept_key(key.as_bytes()),
        );
    if asked_protocol {
        response = response.header(header::SEC_WEBSOCKET_PROTOCOL, PROTOCOL);
    }
    response.body(Body::empty()).expect("valid response")
}

/// A message to the client, with the operation id when there is one (the astro CLI sends none).
fn message(kind: &str, id: Option<&Value>, payload: Option<Value>) -> Value {
    let mut m = json!({ "type": kind });
    if let Some(id) = id {
        m["id"] = id.clone();
    }
    if let Some(payload) = payload {
        m["payload"] = payload;
    }
    m
}

async fn session<S>(
    socket: WebSocketStream<S>,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sink, mut incoming) = socket.split();
    // Events of running operations, written out by this loop.
    let (events, mut outgoing) = mpsc::channel::<Value>(64);
    let mut authorization: Option<Arc<str>> = None;
    let mut running: HashMap<String, JoinHandle<()>> = HashMap::new();
    let mut keep_alive =
        tokio::time::interval_at(tokio::time::Instant::now() + KEEP_ALIVE, KEEP_ALIVE);
    macro_rules! send {
        ($value:expr) => {
            if sink.send(Message::text($value.to_string())).await.is_err() {
                break;
            }
        };
    }
    loop {
        let received = tokio::select! {
            _ = stop.changed() => break,
            Some(event) = outgoing.recv() => {
                send!(event);
                continue;
            }
            _ = keep_alive.tick(), if authorization.is_some() => {
                send!(message("ka", None, None));
                continue;
            }
            received = incoming.next() => received,
        };
        let text = match received {
            Some(Ok(Message::Text(text))) => text.to_string(),
            Some(Ok(Message::Binary(bytes))) => String::from_utf8_lossy(&bytes).into_owned(),
            Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
            Some(Ok(_)) => continue,
        };
        let Ok(Value::Object(msg)) = serde_json::from_str::<Value>(&text) else {
            send!(message(
                "error",
                None,
                Some(json!({"message": "Message must be a JSON object"}))
            ));
            continue;
        };
        let id = msg.get("id").filter(|v| !v.is_null());
        let payload = msg.get("payload").cloned().unwrap_or(Value::Null);
        match msg.get("type").and_then(Value::as_str).unwrap_or("") {
            "connection_init" => {
                let token = ["authorization", "Authorization"]
                    .iter()
                    .find_map(|k| payload.get(*k).and_then(Value::as_str))
                    .map(str::to_string);
                if authenticated(&shared, token.clone()).await {
                    authorization = token.map(Arc::from);
                    send!(message("connection_ack", None, None));
                    send!(message("ka", None, None));
                } else {
                    send!(message(
                        "connection_error",
                        None,
                        Some(
                            json!({"message": REFUSED, "extensions": {"code": "UNAUTHENTICATED"}})
                        )
                    ));
                    break;
                }
            }
            "start" => {
                let key = id.map(Value::to_string).unwrap_or_default();
                if let Some(previous) = running.remove(&key) {
                    previous.abort();
                }
                running.retain(|_, task| !task.is_finished());
                let Some(authorization) = authorization.clone() else {
                    send!(message(
                        "error",
                        id,
                        Some(
                            json!({"message": "send connection_init (with the token) before start"})
                        )
                    ));
                    continue;
                };
                let request: GraphQlRequest = match serde_json::from_value(payload) {
                    Ok(r) => r,
                    Err(e) => {
                        send!(message(
                            "error",
                            id,
                            Some(
                                json!({"message": format!("the start payload is not a GraphQL request: {e}")})
                            )
                        ));
                        continue;
                    }
                };
                let task = tokio::spawn(operation(
                    shared.clone(),
                    request,
                    authorization,
                    id.cloned(),
                    events.clone(),
                ));
                running.insert(key, task);
            }
            "stop" => {
                let key = id.map(Value::to_string).unwrap_or_default();
                if let Some(task) = running.remove(&key) {
                    task.abort();
                }
            }
            "connection_terminate" => break,
            other => {
                send!(message(
                    "error",
                    id,
                    Some(json!({"message": format!("unknown message type `{other}`")}))
                ));
            }
        }
    }
    for task in running.into_values() {
        task.abort();
    }
    let _ = sink.close().await;
}

/// True when the token names an active user or service account.
async fn authenticated(shared: &Arc<Shared>, token: Option<String>) -> bool {
    let Some(token) = token else {
        return false;
    };
    let shared = shared.clone();
    tokio::task::spawn_blocking(move || {
        shared
            .store
            .read(|conn| Ok::<_, rusqlite::Error>(auth::authenticate(conn, Some(&token))))
            .is_ok_and(|viewer| matches!(viewer, Ok(Some(_))))
    })
    .await
    .unwrap_or(false)
}

/// True when every root field of a response is null (a `log` line that `search` ruled out).
fn all_null(body: &Value) -> bool {
    match &body["data"] {
        Value::Object(fields) => fields.values().all(Value::is_null),
        _ => true,
    }
}

/// Runs one operation of a session, sending its events to `out`.
async fn operation(
    shared: Arc<Shared>,
    request: GraphQlRequest,
    authorization: Arc<str>,
    id: Option<Value>,
    out: mpsc::Sender<Value>,
) {
    let subscription = exec::is_subscription(&request) == Some(true);
    let request = Arc::new(request);
    let mut last: Option<Value> = None;
    // Set when this task is aborted (`stop`, a closed session, shutdown): the execution in
    // flight stops at its next field, as a `POST /v1` whose client went away does.
    let gone = Arc::new(AtomicBool::new(false));
    let _cancel_on_drop = CancelOnDrop(gone.clone());
    for n in 0u64.. {
        let (worker, req, auth) = (shared.clone(), request.clone(), authorization.clone());
        let cancel = Cancel(vec![gone.clone(), shared.stopping.clone()]);
        // The same cap as `POST /v1`: at most MAX_WORKERS executions at once, over both.
        let Ok(permit) = shared.workers.clone().acquire_owned().await else {
            let stopping = json!({"message": "the sandbox is stopping"});
            let _ = out
                .send(message("error", id.as_ref(), Some(stopping)))
                .await;
            return;
        };
        let answer = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            exec::execute_at_with(
                &worker.store,
                &worker.settings,
                &req,
                Some(&auth),
                subscription.then_some(n),
                cancel,
            )
        })
        .await;
        let Ok(answer) = answer else {
            let failed =
                json!({"message": "the sandbox failed while answering (a bug: please report it)"});
            let _ = out.send(message("error", id.as_ref(), Some(failed))).await;
            return;
        };
        let mut sends = Vec::new();
        if answer.status != 200 {
            // subscriptions-transport-ws: a document that does not parse is an `error` with one
            // object payload (the thrown error's message); validation and variable errors are
            // an execution result ({errors}) sent as `data`, then `complete`.
            if answer.body["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED" {
                let message_text = answer.body["errors"][0]["message"].clone();
                sends.push(message(
                    "error",
                    id.as_ref(),
                    Some(json!({ "message": message_text })),
                ));
            } else {
                sends.push(message("data", id.as_ref(), Some(answer.body)));
                sends.push(message("complete", id.as_ref(), None));
            }
        } else if !subscription || answer.body.get("errors").is_some() {
            sends.push(message("data", id.as_ref(), Some(answer.body)));
            sends.push(message("complete", id.as_ref(), None));
        } else if !all_null(&answer.body) && last.as_ref() != Some(&answer.body) {
            last = Some(answer.body.clone());
            sends.push(message("data", id.as_ref(), Some(answer.body)));
        }
        let finished = answer.status != 200 || sends.last().is_some_and(|m| m["type"] != "data");
        for m in sends {
            if out.send(m).await.is_err() {
                return;
            }
        }
        if finished {
            return;
        }
        tokio::time::sleep(TICK).await;
    }
}
