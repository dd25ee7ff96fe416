//! A small reverse proxy on 127.0.0.1 in front of a real Airflow, playing the parts of the
//! world houston cannot start itself: the APC ingress (a deployment path prefix and a raw token),
//! "My Airflow API" (`Token <key>`), a token that has expired, and a gateway that answers HTML 502.

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
pub struct ProxyConf {
    /// A path prefix the proxy serves under and strips (`/<release>/airflow`).
    pub prefix: String,
    /// The exact `Authorization` value a request must carry, if any.
    pub expect: Option<String>,
    /// The real Airflow's root URL.
    pub upstream: String,
    /// Replaces `Authorization` on the way up (the ingress authenticates to Airflow itself);
    /// `None` passes the client's through.
    pub upstream_auth: Option<String>,
    /// Answer every request with nginx's HTML 502 page.
    pub html_502: bool,
    /// Answer the first bearer token seen with 401 `Token Expired` (and keep rejecting it).
    pub expire_first_bearer: bool,
}

struct Shared {
    conf: ProxyConf,
    http: reqwest::Client,
    requests: AtomicUsize,
    logins: AtomicUsize,
    expired: Mutex<Option<String>>,
}

pub struct Proxy {
    pub base: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    pub async fn start(conf: ProxyConf) -> Proxy {
        let shared = Arc::new(Shared {
            conf,
            http: houston::http::client(&Default::default()).unwrap(),
            requests: AtomicUsize::new(0),
            logins: AtomicUsize::new(0),
            expired: Mutex::new(None),
        });
        let app = Router::new().fallback(handle).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Proxy { base, shared, task }
    }

    /// Requests that reached the proxy.
    pub fn requests(&self) -> usize {
        self.shared.requests.load(Ordering::SeqCst)
    }

    /// `POST /auth/token` calls forwarded.
    pub fn logins(&self) -> usize {
        self.shared.logins.load(Ordering::SeqCst)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn json(status: StatusCode, body: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    shared.requests.fetch_add(1, Ordering::SeqCst);
    let conf = &shared.conf;
    if conf.html_502 {
        return (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        )
            .into_response();
    }
    let auth = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if let Some(expected) = &conf.expect
        && auth.as_deref() != Some(expected.as_str())
    {
        return json(
            StatusCode::UNAUTHORIZED,
            r#"{"detail":"proxy: missing or wrong authorization"}"#,
        );
    }
    if conf.expire_first_bearer
        && let Some(bearer) = auth.as_deref().filter(|a| a.starts_with("Bearer "))
    {
        let mut expired = shared.expired.lock().unwrap();
        match expired.as_deref() {
            None => {
                *expired = Some(bearer.to_string());
                return json(StatusCode::UNAUTHORIZED, r#"{"detail":"Token Expired"}"#);
            }
            Some(old) if old == bearer => {
                return json(StatusCode::UNAUTHORIZED, r#"{"detail":"Token Expired"}"#);
            }
            _ => {}
        }
    }
    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default();
    let Some(rest) = path_and_query.strip_prefix(&conf.prefix) else {
        return json(StatusCode::NOT_FOUND, r#"{"detail":"proxy: no such path"}"#);
    };
    if rest.starts_with("/auth/token") {
        shared.logins.fetch_add(1, Ordering::SeqCst);
    }
    let method = request.method().clone();
    let content_type = request.headers().get(header::CONTENT_TYPE).cloned();
    let body = to_bytes(request.into_body(), 16 << 20).await.unwrap();
    let mut up = shared
        .http
        .request(method, format!("{}{rest}", conf.upstream));
    if let Some(ct) = content_type {
        up = up.header(header::CONTENT_TYPE, ct);
    }
    match conf.upstream_auth.as_deref().or(auth.as_deref()) {
        Some(a) if !rest.starts_with("/auth/") => up = up.header(header::AUTHORIZATION, a),
        _ => {}
    }
    if !body.is_empty() {
        up = up.body(body);
    }
    let answer = match up.send().await {
        Ok(a) => a,
        Err(e) => {
            return json(
                StatusCode::BAD_GATEWAY,
                &format!("{{\"detail\":\"proxy: {e}\"}}"),
            );
        }
    };
    let status = StatusCode::from_u16(answer.status().as_u16()).unwrap();
    let ct = answer
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| HeaderValue::from_bytes(v.as_bytes()).ok());
    let bytes = answer.bytes().await.unwrap_or_default();
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    if let Some(ct) = ct {
        response.headers_mut().insert(header::CONTENT_TYPE, ct);
    }
    response
}
