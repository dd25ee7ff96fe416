//! HTTP the way Houston's Apollo Server 2 answers it: `POST /v1` (one GraphQL request or a
//! batch: a JSON array answered with an array; `variables` may be an object or a JSON-encoded
//! string), `GET /v1?query=…` (queries only), `GET /v1` from a browser (the GraphQL explorer,
//! GraphiQL served from `/explorer/…`), CORS as Houston configures it, fault injection in front;
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
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use serde_json::Value;
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
pub(crate) struct CancelOnDrop(pub(crate) Arc<AtomicBool>);

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
        .route("/v1", get(get_v1).post(post_v1).options(preflight))
        .route("/v1/", get(get_v1).post(post_v1).options(preflight))
        .route("/", get(about))
        .route("/explorer/{file}", get(super::explorer::asset))
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

fn json_response(status: u16, body: String) -> Response {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
        .body(Body::from(body))
        .expect("valid response")
}

/// Every answer to `/v1` carries `x-request-id: sandbox-N` (what error reports quote).
fn with_request_id(shared: &Shared, mut response: Response) -> Response {
    let n = shared.requests.fetch_add(1, Ordering::Relaxed) + 1;
    if let Ok(value) = HeaderValue::from_str(&format!("sandbox-{n}")) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// Operations in one batched request: each runs in turn on one worker, so a batch is bounded
/// like the per-request limits bound one operation.
const MAX_BATCH: usize = 100;

/// A request refused before execution, with the answer to send.
type Refused = Box<Response>;

/// What one HTTP request carries: one GraphQL request, or a batch (a JSON array).
enum Incoming {
    One(GraphQlRequest),
    Batch(Vec<GraphQlRequest>),
}

fn plain(status: u16, text: &str) -> Response {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST))
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(text.to_string()))
        .expect("valid response")
}

fn bad_body(e: impl std::fmt::Display) -> Response {
    let body = serde_json::json!({"errors": [{
        "message": format!("POST body is not a GraphQL request (JSON object with `query`, or an array of them): {e}"),
        "extensions": {"code": "BAD_REQUEST"}
    }]});
    json_response(400, body.to_string())
}

/// Apollo Server 2 accepts `variables` as a JSON-encoded string (GET always sends it so) and
/// answers a string that is not JSON with a plain-text 400.
fn decode_variables(req: &mut GraphQlRequest) -> Result<(), Refused> {
    if let Some(Value::String(text)) = &req.variables {
        req.variables = if text.is_empty() {
            None
        } else {
            Some(
                serde_json::from_str(text)
                    .map_err(|_| Box::new(plain(400, "Variables are invalid JSON.")))?,
            )
        };
    }
    Ok(())
}

fn parse_body(body: &[u8]) -> Result<Incoming, Refused> {
    let value: Value = serde_json::from_slice(body).map_err(|e| Box::new(bad_body(e)))?;
    let one = |v: Value| -> Result<GraphQlRequest, Refused> {
        if !v.is_object() {
            return Err(Box::new(bad_body("expected a JSON object")));
        }
        let mut req: GraphQlRequest =
            serde_json::from_value(v).map_err(|e| Box::new(bad_body(e)))?;
        decode_variables(&mut req)?;
        Ok(req)
    };
    match value {
        Value::Array(items) if items.len() > MAX_BATCH => Err(Box::new(bad_body(format!(
            "a batch holds at most {MAX_BATCH} operations; this one has {}",
            items.len()
        )))),
        Value::Array(items) => Ok(Incoming::Batch(
            items.into_iter().map(one).collect::<Result<_, _>>()?,
        )),
        other => Ok(Incoming::One(one(other)?)),
    }
}

/// `GET /v1?query=…&variables=…&operationName=…`, as Apollo Server 2 reads it.
fn parse_query_string(raw: &str) -> Result<Option<GraphQlRequest>, Refused> {
    let mut req = GraphQlRequest::default();
    for (key, value) in form_urlencoded::parse(raw.as_bytes()) {
        match key.as_ref() {
            "query" => req.query = Some(value.into_owned()),
            "variables" => req.variables = Some(Value::String(value.into_owned())),
            "operationName" => req.operation_name = Some(value.into_owned()),
            _ => {}
        }
    }
    if req.query.is_none() {
        return Ok(None);
    }
    decode_variables(&mut req)?;
    Ok(Some(req))
}

async fn post_v1(State(conn): State<ConnState>, headers: HeaderMap, body: Bytes) -> Response {
    let mut response = match parse_body(&body) {
        Ok(incoming) => graphql(&conn, &headers, incoming, false).await,
        Err(response) => *response,
    };
    cors(&headers, &conn.shared.settings.base_domain, &mut response);
    with_request_id(&conn.shared, response)
}

/// A browser gets the explorer; `?query=` runs a query; anything else gets the about text.
async fn get_v1(
    State(conn): State<ConnState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let mut response = if super::explorer::prefers_html(&headers) {
        super::explorer::page()
    } else {
        match parse_query_string(raw.as_deref().unwrap_or("")) {
            Ok(Some(req)) => graphql(&conn, &headers, Incoming::One(req), true).await,
            Ok(None) => about().await,
            Err(response) => *response,
        }
    };
    cors(&headers, &conn.shared.settings.base_domain, &mut response);
    with_request_id(&conn.shared, response)
}

/// Whether a browser page from `origin` may call the API: Houston allows its own platform
/// domain (and subdomains) and localhost, with credentials.
fn origin_allowed(origin: &str, base_domain: &str) -> bool {
    let Some((scheme, rest)) = origin.split_once("://") else {
        return false;
    };
    if scheme != "http" && scheme != "https" {
        return false;
    }
    let host = if rest.starts_with('[') {
        rest.split_once(']')
            .map_or(rest, |(h, _)| h)
            .trim_start_matches('[')
    } else {
        rest.split(':').next().unwrap_or(rest)
    };
    let host = host.to_ascii_lowercase();
    let domain = base_domain.to_ascii_lowercase();
    matches!(host.as_str(), "localhost" | "127.0.0.1" | "::1")
        || host == domain
        || host.ends_with(&format!(".{domain}"))
}

/// The `cors` middleware's headers on an actual request (express `cors` with an origin list
/// and `credentials: true`): the allowed origin echoed, `Vary: Origin` always.
fn cors(request: &HeaderMap, base_domain: &str, response: &mut Response) {
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    let Some(origin) = request.get(header::ORIGIN) else {
        return;
    };
    if origin
        .to_str()
        .is_ok_and(|o| origin_allowed(o, base_domain))
    {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HeaderValue::from_static("true"),
        );
    }
}

/// `OPTIONS /v1`: the preflight answer of express `cors` (204, the default methods, the
/// requested headers reflected).
async fn preflight(State(conn): State<ConnState>, headers: HeaderMap) -> Response {
    let mut response = Response::builder()
        .status(StatusCode::NO_CONTENT)
        .header(header::CONTENT_LENGTH, "0")
        .body(Body::empty())
        .expect("valid response");
    cors(&headers, &conn.shared.settings.base_domain, &mut response);
    if response
        .headers()
        .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN)
    {
        let out = response.headers_mut();
        out.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET,HEAD,PUT,PATCH,POST,DELETE"),
        );
        if let Some(requested) = headers.get(header::ACCESS_CONTROL_REQUEST_HEADERS) {
            out.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, requested.clone());
            out.append(
                header::VARY,
                HeaderValue::from_static("Access-Control-Request-Headers"),
            );
        }
    }
    response
}

async fn graphql(conn: &ConnState, headers: &HeaderMap, incoming: Incoming, get: bool) -> Response {
    let shared = conn.shared.clone();
    let (requests, batch) = match incoming {
        Incoming::One(r) => (vec![r], false),
        Incoming::Batch(list) => (list, true),
    };
    if get
        && requests
            .iter()
            .any(|r| exec::operation_type(r).is_some_and(|t| t != "query"))
    {
        let mut response = plain(405, "GET supports only query operation");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }

    let plan = match (shared.faults.is_empty(), requests.first()) {
        (false, Some(first)) => {
            faults::plan(&shared.faults, exec::operation_name(first).as_deref())
        }
        _ => faults::Plan::default(),
    };
    if !plan.delay.is_zero() {
        tokio::time::sleep(plan.delay).await;
    }
    match &plan.action {
        Some(Action::Status { code, retry_after }) => {
            let mut response = Response::builder()
                .status(StatusCode::from_u16(*code).unwrap_or(StatusCode::SERVICE_UNAVAILABLE))
                .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
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
    let Ok(permit) = shared.workers.clone().acquire_owned().await else {
        return json_response(503, STOPPING.to_string());
    };
    let answers = tokio::task::spawn_blocking(move || {
        // Held until the execution itself ends (not when a gone client drops this handler):
        // the cap counts what is executing.
        let _permit = permit;
        // A batch runs on one worker, in order, as Apollo Server 2 answers it.
        requests
            .iter()
            .map(|request| {
                exec::execute_with(
                    &worker.store,
                    &worker.settings,
                    request,
                    authorization.as_deref(),
                    cancel.clone(),
                )
            })
            .collect::<Vec<_>>()
    })
    .await;
    let (status, mut text) = match answers {
        // A batch is always 200: each answer carries its own errors (Apollo Server 2).
        Ok(answers) if batch => (
            200,
            Value::Array(answers.into_iter().map(|a| a.body).collect()).to_string(),
        ),
        Ok(mut answers) => match answers.pop() {
            Some(answer) => (answer.status, answer.body.to_string()),
            None => (200, "null".to_string()),
        },
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
        return json_response(400, body.to_string());
    }
    if plan.action == Some(Action::Truncate) {
        let mut cut = text.len() / 2;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    json_response(status, text)
}

const STOPPING: &str = r#"{"errors":[{"message":"the sandbox is stopping","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}"#;

/// Binds the listener (so port 0 is resolved before anyone is told the address).
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}
