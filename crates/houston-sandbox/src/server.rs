//! HTTP: `POST /v1` (GraphQL), `GET /v1` (what this is), fault injection in front of both;
//! `GET /ws` upgrades to Houston's subscription WebSocket (see `ws.rs`).
//!
//! The accept loop is ours (hyper's per-connection server under an axum router) so that the
//! `drop` fault can close a connection without answering, as a crashing proxy does.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Notify, Semaphore, watch};
use tokio::task::JoinSet;

use super::exec::{self, GraphQlRequest};
use super::faults::{self, Action, Rule};
use super::limits::MAX_RESPONSE_BYTES;
use super::resolvers::Settings;
use super::store::Store;

/// What every request handler shares.
pub struct Shared {
    pub store: Store,
    pub settings: Settings,
    pub faults: Vec<Rule>,
    pub requests: AtomicU64,
    /// The data directory's lock, held for as long as anything serves from the store.
    pub _lock: super::DataLock,
    /// Set at shutdown: running requests stop at their next field (a prompt SIGTERM).
    pub stopping: Arc<AtomicBool>,
    /// Requests executing at once (each holds a blocking thread and a store connection);
    /// others wait their turn without a thread.
    pub workers: Arc<Semaphore>,
    /// How long a connection may take to send a request's headers, and stay idle between
    /// requests (slowloris and idle connections are closed after it).
    pub header_timeout: Duration,
}

/// Requests executing at once: enough to keep 2–8 cores busy while others wait on fsync.
pub const MAX_WORKERS: usize = 16;

/// Sets a request's cancel flag when its handler is dropped before finishing: hyper drops it
/// when the client closes the connection, and the server drops it at shutdown.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

#[derive(Clone)]
struct ConnState {
    shared: Arc<Shared>,
    /// Notified by a `drop` fault: the connection task then closes the socket unanswered.
    kill: Arc<Notify>,
    /// Flips at shutdown: upgraded WebSocket sessions (which outlive their HTTP connection
    /// task) end with it.
    stop: watch::Receiver<bool>,
}

fn router() -> Router<ConnState> {
    Router::new()
        .route("/v1", get(about).post(graphql))
        .route("/v1/", get(about).post(graphql))
        .route("/", get(about))
        .route("/healthz", get(|| async { "ok" }))
        .route(
            "/ws",
            get(
                |State(conn): State<ConnState>, req: axum::extract::Request| {
                    super::ws::upgrade(conn.shared, conn.stop, req)
                },
            ),
        )
}

/// Serves until `shutdown` flips to true; in-flight connections are then closed (every
/// acknowledged mutation is already committed, so nothing is lost).
pub async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
) {
    let base = router();
    let mut connections = JoinSet::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = shutdown.changed() => break,
        };
        // Reap finished connection tasks so the set does not grow without bound.
        while connections.try_join_next().is_some() {}
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors or similar: back off a little and keep serving.
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let kill = Arc::new(Notify::new());
        let app = base.clone().with_state(ConnState {
            shared: shared.clone(),
            kill: kill.clone(),
            stop: shutdown.clone(),
        });
        let mut stop = shutdown.clone();
        let header_timeout = shared.header_timeout;
        connections.spawn(async move {
            // The header timer also runs while a kept-alive connection waits for its next
            // request, so it closes slowloris and idle connections alike.
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app))
                .with_upgrades();
            tokio::select! {
                _ = conn => {}
                _ = kill.notified() => {}
                _ = stop.changed() => {}
            }
        });
    }
    // Running requests see this at their next field and stop; aborting the connection tasks
    // drops their handlers, which cancels them too.
    shared.stopping.store(true, Ordering::Relaxed);
    connections.abort_all();
    while connections.join_next().await.is_some() {}
}

async fn about() -> Response {
    let text = "houston sandbox: a local emulator of the Houston GraphQL API (Astro Private Cloud).\n\n\
POST GraphQL here: {\"query\": \"...\", \"variables\": {...}} with `authorization: <token>`.\n\
The admin token is in the sandbox's data directory (file admin-token); see docs/sandbox.md.\n\
Introspection is enabled, so GraphQL tools and `houston schema pull` work against this URL.\n";
    Response::builder()
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(text))
        .expect("static response")
}

fn json_response(status: u16, body: String, request_id: &str) -> Response {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
        .header("x-request-id", request_id)
        .body(Body::from(body))
        .expect("valid response")
}

async fn graphql(State(conn): State<ConnState>, headers: HeaderMap, body: Bytes) -> Response {
    let shared = conn.shared.clone();
    let n = shared.requests.fetch_add(1, Ordering::Relaxed) + 1;
    let request_id = format!("sandbox-{n}");
    let request: GraphQlRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            let body = serde_json::json!({"errors": [{
                "message": format!("POST body is not a GraphQL request (JSON object with `query`): {e}"),
                "extensions": {"code": "BAD_REQUEST"}
            }]});
            return json_response(400, body.to_string(), &request_id);
        }
    };

    let plan = if shared.faults.is_empty() {
        faults::Plan::default()
    } else {
        faults::plan(&shared.faults, exec::operation_name(&request).as_deref())
    };
    if !plan.delay.is_zero() {
        tokio::time::sleep(plan.delay).await;
    }
    match &plan.action {
        Some(Action::Status { code, retry_after }) => {
            let mut response = Response::builder()
                .status(StatusCode::from_u16(*code).unwrap_or(StatusCode::SERVICE_UNAVAILABLE))
                .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
                .header("x-request-id", &request_id)
                .body(Body::from(format!(
                    "{} (injected by the houston sandbox)\n",
                    StatusCode::from_u16(*code)
                        .ok()
                        .and_then(|s| s.canonical_reason())
                        .unwrap_or("error")
                )))
                .expect("valid response");
            if let Some(secs) = retry_after {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*secs));
            }
            return response;
        }
        Some(Action::Html { code }) => {
            return Response::builder()
                .status(StatusCode::from_u16(*code).unwrap_or(StatusCode::BAD_GATEWAY))
                .header(header::CONTENT_TYPE, "text/html")
                .body(Body::from(faults::HTML_PAGE))
                .expect("valid response");
        }
        Some(Action::Drop) => {
            conn.kill.notify_one();
            return std::future::pending().await;
        }
        _ => {}
    }

    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let worker = shared.clone();
    let gone = Arc::new(AtomicBool::new(false));
    let _cancel_on_drop = CancelOnDrop(gone.clone());
    let cancel = super::resolvers::Cancel(vec![gone, shared.stopping.clone()]);
    let Ok(_permit) = shared.workers.clone().acquire_owned().await else {
        return json_response(503, STOPPING.to_string(), &request_id);
    };
    let answer = tokio::task::spawn_blocking(move || {
        exec::execute_with(
            &worker.store,
            &worker.settings,
            &request,
            authorization.as_deref(),
            cancel,
        )
    })
    .await;
    let (status, mut text) = match answer {
        Ok(answer) => (answer.status, answer.body.to_string()),
        Err(_) => (
            500,
            r#"{"errors":[{"message":"the sandbox failed while answering (a bug: please report it)","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#.to_string(),
        ),
    };
    if text.len() > MAX_RESPONSE_BYTES {
        let body = serde_json::json!({"errors": [{
            "message": format!(
                "the answer is larger than {} MB; ask for less (fewer fields or nested lists, or page with take/pageNumber)",
                MAX_RESPONSE_BYTES / (1024 * 1024)
            ),
            "extensions": {"code": "BAD_REQUEST"}
        }]});
        return json_response(400, body.to_string(), &request_id);
    }
    if plan.action == Some(Action::Truncate) {
        let mut cut = text.len() / 2;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    json_response(status, text, &request_id)
}

const STOPPING: &str = r#"{"errors":[{"message":"the sandbox is stopping","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}"#;

/// Binds the listener (so port 0 is resolved before anyone is told the address).
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}
