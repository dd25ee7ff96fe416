//! A server that echoes the credentials it receives back in every shape a server answers with
//! (error bodies, HTML, plain text, GraphQL errors, `x-request-id`, successful bodies, truncated
//! JSON), and notes every canary (`cnry…`) that reached it: what the tests that keep secrets out
//! of output run commands against (spine.rs, canary_sweep.rs).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// How the server answers; each shape carries what the client sent (its `Authorization`
/// header, decoded when it is Basic, and its body).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Unauthorized,
    ForbiddenHtml,
    PlainText,
    GraphQlError,
    RequestIdHeader,
    EchoedData,
    TruncatedJson,
}

pub const SHAPES: [Shape; 7] = [
    Shape::Unauthorized,
    Shape::ForbiddenHtml,
    Shape::PlainText,
    Shape::GraphQlError,
    Shape::RequestIdHeader,
    Shape::EchoedData,
    Shape::TruncatedJson,
];

/// The echo server, on its own runtime on 127.0.0.1; it stops when dropped.
pub struct EchoServer {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    state: Echo,
    _runtime: tokio::runtime::Runtime,
}

#[derive(Clone)]
struct Echo {
    shape: Arc<AtomicUsize>,
    /// Every canary that reached the server (from any header or the body).
    seen: Arc<Mutex<HashSet<String>>>,
    /// Paths that named no shape (answered in the shape [`EchoServer::set_shape`] set).
    unshaped: Arc<Mutex<Vec<String>>>,
}

impl EchoServer {
    /// Starts answering in the first shape.
    pub fn start() -> EchoServer {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let state = Echo {
            shape: Arc::new(AtomicUsize::new(0)),
            seen: Arc::default(),
            unshaped: Arc::default(),
        };
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = axum::Router::new().fallback(echo).with_state(state.clone());
        runtime.spawn(async move { axum::serve(listener, app).await });
        EchoServer {
            url,
            state,
            _runtime: runtime,
        }
    }

    /// A base URL whose requests are answered in `SHAPES[index]` whatever [`set_shape`] says
    /// (`http://127.0.0.1:PORT/s3`): runs in different shapes can then go at once.
    ///
    /// [`set_shape`]: EchoServer::set_shape
    pub fn url_in_shape(&self, index: usize) -> String {
        format!("{}/s{index}", self.url)
    }

    /// Answers in `SHAPES[index]` from now on.
    pub fn set_shape(&self, index: usize) {
        self.state.shape.store(index, Ordering::SeqCst);
    }

    /// Every canary that has reached the server so far.
    pub fn seen(&self) -> HashSet<String> {
        self.state.seen.lock().unwrap().clone()
    }

    /// The paths of requests that came without a shape in them: a client that left the base
    /// URL of [`EchoServer::url_in_shape`] (an address it built from the host alone).
    pub fn unshaped(&self) -> Vec<String> {
        self.state.unshaped.lock().unwrap().clone()
    }
}

/// Canaries in `text`: `cnry` and the alphanumerics after it.
fn canaries(text: &str, into: &mut HashSet<String>) {
    let mut rest = text;
    while let Some(at) = rest.find("cnry") {
        let tail = &rest[at..];
        let end = tail
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tail.len());
        into.insert(tail[..end].to_string());
        rest = &tail[end..];
    }
}

/// The shape a path asks for (`/s3/v1` → 3), if it starts with one.
fn shape_of_path(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("/s")?;
    let digits = rest.split('/').next()?;
    digits.parse().ok().filter(|i| *i < SHAPES.len())
}

async fn echo(State(echo): State<Echo>, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    // a Basic credential is echoed decoded too, as a server that quotes the user would
    let basic = auth
        .strip_prefix("Basic ")
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let sent = format!("{auth} {basic} {}", String::from_utf8_lossy(&body));
    {
        let mut seen = HashSet::new();
        canaries(&sent, &mut seen);
        for value in headers.values() {
            canaries(&String::from_utf8_lossy(value.as_bytes()), &mut seen);
        }
        echo.seen.lock().unwrap().extend(seen);
    }
    let json_text = serde_json::to_string(&sent).unwrap();
    let json = |status: StatusCode, text: String| {
        (status, [("content-type", "application/json")], text).into_response()
    };
    let shape = shape_of_path(uri.path()).unwrap_or_else(|| {
        echo.unshaped.lock().unwrap().push(uri.path().to_string());
        echo.shape.load(Ordering::SeqCst)
    });
    match SHAPES[shape] {
        Shape::Unauthorized => json(
            StatusCode::UNAUTHORIZED,
            format!(
                r#"{{"message":{json_text},"detail":{json_text},"title":{json_text},"errors":[{{"message":{json_text}}}]}}"#
            ),
        ),
        Shape::ForbiddenHtml => (
            StatusCode::FORBIDDEN,
            [("content-type", "text/html")],
            format!("<html><head><title>Forbidden {auth}</title></head><body>{sent}</body></html>"),
        )
            .into_response(),
        Shape::PlainText => {
            (StatusCode::OK, [("content-type", "text/plain")], sent).into_response()
        }
        Shape::GraphQlError => json(
            StatusCode::OK,
            format!(
                r#"{{"data":null,"errors":[{{"message":{json_text},"extensions":{{"code":"UNAUTHENTICATED","exception":{{"message":{json_text}}}}}}}]}}"#
            ),
        ),
        Shape::RequestIdHeader => (
            StatusCode::BAD_REQUEST,
            [
                ("x-request-id", auth.replace(' ', "-")),
                ("content-type", "text/plain".to_string()),
            ],
            "no",
        )
            .into_response(),
        Shape::EchoedData => json(
            StatusCode::OK,
            format!(
                r#"{{"data":{{"workspaces":[{{"id":{json_text},"label":{json_text}}}],"workspace":{{"id":{json_text}}},"me":{json_text},"appConfig":{{"version":{json_text}}}}},"dags":[{{"dag_id":{json_text}}}],"total_entries":1,"deployments":[{{"id":{json_text}}}],"totalCount":1,"organizations":[{{"id":{json_text}}}],"version":{json_text},"id":{json_text},"status":{json_text},"access_token":{json_text}}}"#
            ),
        ),
        Shape::TruncatedJson => json(StatusCode::OK, format!(r#"{{"data":{{"x":{json_text}"#)),
    }
}
