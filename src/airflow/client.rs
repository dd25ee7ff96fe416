//! The one Airflow transport: version detection, auth (with the JWT exchange), retries of what
//! is safe to repeat, and error mapping. Resource modules build on [`Client::get`] & co.

use super::ApiVersion;
use super::auth::{self, Auth, Session};
use super::door::Target;
use super::error::{ApiError, Error, parse_error_body};
use crate::http::{self, Credentials, Failure, NoCredentials, Preview, Safety, Transport};
use crate::secret::Secrets;
use reqwest::Method;
use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::time::SystemTime;
use url::Url;

/// What `GET /api/v{2,1}/version` said, and which API the client therefore speaks.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Detected {
    /// The API the client speaks from now on.
    pub api: ApiVersion,
    /// `3.3.2`; `None` on the experimental API, which does not say.
    pub version: Option<String>,
    /// The commit the Airflow was built from, as the server reports it; `None` where it does not.
    pub git_version: Option<String>,
}

/// What an Airflow client takes of its own: the door (URL and credentials), the API when it
/// is known, and how many pages to fetch at once.
#[derive(Clone, Debug)]
pub struct Settings {
    target: Target,
    api_version: Option<ApiVersion>,
    page_concurrency: usize,
}

/// Builds a [`Client`]: `Client::builder(target)`, then optional settings (the shared ones:
/// [`http_options`](crate::http::ClientBuilder::http_options),
/// [`retry`](crate::http::ClientBuilder::retry),
/// [`observer`](crate::http::ClientBuilder::observer)), then a fallible `build()`.
pub type ClientBuilder = crate::http::ClientBuilder<Settings>;

impl ClientBuilder {
    /// How many pages of a list may be fetched at once after the first (default 4; 1 fetches
    /// strictly one after another). Memory holds at most this many pages.
    pub fn page_concurrency(mut self, pages: usize) -> Self {
        self.own.page_concurrency = pages.max(1);
        self
    }

    /// Skip detection and speak this API.
    pub fn api_version(mut self, version: impl Into<Option<ApiVersion>>) -> Self {
        self.own.api_version = version.into();
        self
    }

    /// The client, or why these settings cannot make one (credentials that cannot go in a
    /// header, an unreadable CA bundle). Nothing is sent: the API version is detected on the
    /// first call.
    pub fn build(self) -> Result<Client, Error> {
        let auth = &self.own.target.auth;
        let secrets = Secrets::new(auth.secrets().iter().copied());
        // a server echoing the Authorization header back shows HTTP Basic's encoded pair
        if let Ok(Some(header)) = auth.static_header()
            && let Ok(text) = header.to_str()
        {
            secrets.add(crate::Token::new(text));
            if let Some((_, value)) = text.split_once(' ') {
                secrets.add(crate::Token::new(value));
            }
        }
        // a password door falls back to HTTP Basic on Airflow 2: its encoded pair is a secret
        // too (the canary sweep found it echoed back in full)
        if let Auth::Password { username, password } = auth {
            use base64::Engine as _;
            secrets.add(crate::Token::new(
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{username}:{}", password.expose())),
            ));
        }
        let (own, transport) = self.parts(secrets).map_err(|e| Error::Invalid(e.0))?;
        let mut root = own.target.root;
        // segments are appended to the root's path: it must not end in a slash
        let path = root.path().trim_end_matches('/').to_string();
        root.set_path(&path);
        Ok(Client {
            transport,
            root,
            auth: own.target.auth,
            session: tokio::sync::Mutex::new(Session::Unknown),
            detected: tokio::sync::OnceCell::new(),
            // A URL naming v2 or the experimental API is taken at its word. One naming v1 is
            // only a hint: Airflow 3 removed v1, and people still paste v1 URLs in front of it.
            forced: own
                .api_version
                .or(own.target.api_hint.filter(|a| *a != ApiVersion::V1)),
            hinted: own.target.api_hint,
            page_concurrency: own.page_concurrency,
        })
    }
}

/// A connection to one Airflow, through one door.
#[derive(Debug)]
pub struct Client {
    transport: Transport,
    root: Url,
    auth: Auth,
    session: tokio::sync::Mutex<Session>,
    detected: tokio::sync::OnceCell<Detected>,
    /// The API the caller chose: no detection.
    forced: Option<ApiVersion>,
    /// The API the URL named (`…/api/v1`): tried first by detection, so a v1 URL in front of
    /// an Airflow 3 (which removed v1) still finds v2.
    hinted: Option<ApiVersion>,
    page_concurrency: usize,
}

/// A 2xx answer (scrubbed of every secret in play).
#[derive(Debug, Clone)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type`, when the server sent one.
    pub content_type: Option<String>,
    /// The id a server or gateway gave the request.
    pub request_id: Option<String>,
    /// The body.
    pub body: bytes::Bytes,
    /// `GET /api/v2/dags`, for messages.
    pub what: String,
}

impl Reply {
    /// The body as `T`; a mismatch names the JSON path, a body that is not JSON is excerpted.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        let body: &[u8] = if self.body.is_empty() {
            b"null"
        } else {
            &self.body
        };
        http::decode_json(body).map_err(|message| Error::Decode {
            what: self.what.clone(),
            message,
            request_id: self.request_id.clone(),
        })
    }
}

impl Client {
    /// A builder for the Airflow behind `target` (see [`super::door::resolve`]).
    pub fn builder(target: Target) -> ClientBuilder {
        ClientBuilder::new(Settings {
            target,
            api_version: None,
            page_concurrency: 4,
        })
    }

    /// Pages of a list fetched at once (see [`ClientBuilder::page_concurrency`]).
    pub fn page_concurrency(&self) -> usize {
        self.page_concurrency
    }

    /// The Airflow root requests go under.
    pub fn root(&self) -> &Url {
        &self.root
    }

    /// The credential every request carries.
    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    /// Which API this Airflow speaks, asked once: `/api/v2/version`, then `/api/v1/version`,
    /// then `/api/experimental/test` (what the astro CLI does, plus the 1.10-era API).
    pub async fn detect(&self) -> Result<&Detected, Error> {
        self.detected.get_or_try_init(|| self.probe()).await
    }

    /// The API to use: the forced one (given, or named by a v2 or experimental URL), or the
    /// detected one.
    pub async fn api(&self) -> Result<ApiVersion, Error> {
        match self.forced {
            Some(api) => Ok(api),
            None => Ok(self.detect().await?.api),
        }
    }

    async fn probe(&self) -> Result<Detected, Error> {
        #[derive(serde::Deserialize)]
        struct Version {
            version: String,
            #[serde(default)]
            git_version: Option<String>,
        }
        let all = [ApiVersion::V2, ApiVersion::V1, ApiVersion::Experimental];
        let order: Vec<ApiVersion> = match (self.forced, self.hinted) {
            (Some(api), _) => vec![api],
            (None, Some(hint)) => std::iter::once(hint)
                .chain(all.into_iter().filter(|a| *a != hint))
                .collect(),
            (None, None) => all.to_vec(),
        };
        let mut last = None;
        for api in order {
            let segments: &[&str] = match api {
                ApiVersion::Experimental => &["test"],
                _ => &["version"],
            };
            let url = self.url(api, segments);
            // the version endpoints are open: no login just to find out which API to log in to
            match self.send_as(Method::GET, url, None, false).await {
                Ok(reply) if api == ApiVersion::Experimental => {
                    let _: Value = reply.json()?;
                    return Ok(Detected {
                        api,
                        version: None,
                        git_version: None,
                    });
                }
                Ok(reply) => {
                    // a proxy answering 200 with HTML to every path is not an Airflow
                    let v: Version = reply.json()?;
                    let version = v.version.split('+').next().unwrap_or_default().to_string();
                    let major3 = version
                        .split('.')
                        .next()
                        .and_then(|m| m.parse::<u32>().ok())
                        >= Some(3);
                    let api = if major3 {
                        ApiVersion::V2
                    } else {
                        ApiVersion::V1
                    };
                    return Ok(Detected {
                        api,
                        version: Some(version),
                        git_version: v.git_version.filter(|g| !g.is_empty()),
                    });
                }
                // not this API: try the next one
                Err(e) if matches!(e.status(), Some(404 | 405)) => last = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(match last {
            Some(Error::Api(e)) => Error::Api(Box::new(ApiError {
                message: format!(
                    "{} (no Airflow REST API answers under {}: is the URL the Airflow root, e.g. https://deployments.<domain>/<release>/airflow?)",
                    e.message, self.root
                ),
                ..*e
            })),
            Some(other) => other,
            None => Error::Invalid("no API version to try".into()),
        })
    }

    /// The scheduler, metadatabase, triggerer and dag-processor health (`/monitor/health` on
    /// 3.x, `/health` on 2.x, `/test` on the experimental API).
    pub async fn health(&self) -> Result<Value, Error> {
        let segments: &[&str] = match self.api().await? {
            ApiVersion::V2 => &["monitor", "health"],
            ApiVersion::V1 => &["health"],
            ApiVersion::Experimental => &["test"],
        };
        self.get(segments, &[]).await
    }

    /// `root/api/<v>/<segments…>`, each segment percent-encoded (dataset URIs, variable keys
    /// and connection ids may hold `/`, `:` or spaces).
    pub fn url(&self, api: ApiVersion, segments: &[&str]) -> Url {
        let mut url = self.root.clone();
        {
            let mut path = url.path_segments_mut().expect("http URLs have a path");
            path.pop_if_empty();
            path.extend(api.prefix().trim_start_matches('/').split('/'));
            path.extend(segments);
        }
        url
    }

    /// A URL from a path as a user writes it (`houston airflow api GET /dags?limit=5`): under
    /// the API prefix, unless it already starts at the root (`/api/…`, `/auth/…`, `/health`).
    pub async fn url_for_path(&self, path: &str) -> Result<Url, Error> {
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path, None),
        };
        let path = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        let from_root = ["/api/", "/auth/", "/health", "/openapi", "/execution/"]
            .iter()
            .any(|p| path.starts_with(p))
            || path == "/api";
        let full = if from_root {
            format!("{}{path}", self.root.path().trim_end_matches('/'))
        } else {
            format!(
                "{}{}{path}",
                self.root.path().trim_end_matches('/'),
                self.api().await?.prefix()
            )
        };
        let mut url = self.root.clone();
        url.set_path(&full);
        url.set_query(query);
        Ok(url)
    }

    /// `GET` under the API prefix; JSON back.
    pub async fn get<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        query: &[(&str, String)],
    ) -> Result<T, Error> {
        let mut url = self.url(self.api().await?, segments);
        append_query(&mut url, query);
        self.send(Method::GET, url, None).await?.json()
    }

    /// A write with a JSON body under the API prefix; JSON back (`null` for an empty body).
    pub async fn write<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, String)],
        body: &Value,
    ) -> Result<T, Error> {
        let mut url = self.url(self.api().await?, segments);
        append_query(&mut url, query);
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::Invalid(format!("cannot encode the request body: {e}")))?;
        self.send(method, url, Some(bytes)).await?.json()
    }

    /// `DELETE` under the API prefix. No body and no `Content-Type`: Airflow 2 (Flask) answers
    /// 400 HTML to a body-less DELETE that claims to be JSON.
    pub async fn delete(&self, segments: &[&str]) -> Result<Reply, Error> {
        let url = self.url(self.api().await?, segments);
        self.send(Method::DELETE, url, None).await
    }

    /// Sends one request. GETs (and anything that provably never left the machine) are retried
    /// on connect errors, timeouts and 429/502/503/504, honouring `Retry-After`; a write that
    /// was sent is never repeated. A JWT the server calls expired is renewed once.
    pub async fn send(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
    ) -> Result<Reply, Error> {
        self.send_as(method, url, body, true).await
    }

    /// The request [`Client::send`] would make, credentials masked (the `curl` form reads the
    /// `Authorization` value from `$AIRFLOW_AUTHORIZATION`). Nothing is sent, not even a login.
    pub fn describe(&self, method: Method, url: Url, body: Option<Vec<u8>>) -> Preview {
        let request = http_request(method, url, body);
        self.transport.preview(
            &request,
            &Door {
                client: self,
                login: true,
            },
            Some("AIRFLOW_AUTHORIZATION"),
        )
    }

    /// Every secret this client scrubs from what the server says (its credentials, and the
    /// JWTs it obtains).
    pub fn secrets(&self) -> &Secrets {
        self.transport.secrets()
    }

    /// [`Client::send`], optionally without the username/password exchange (static
    /// credentials are always sent: an APC or Astro ingress wants them on every path).
    async fn send_as(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
        login: bool,
    ) -> Result<Reply, Error> {
        let what = format!("{method} {}", url.path());
        let safety = if method == Method::GET || method == Method::HEAD {
            Safety::Idempotent
        } else {
            Safety::Once
        };
        let request = http_request(method, url, body);
        let door = Door {
            client: self,
            login,
        };
        match self.transport.send(&request, safety, &door).await {
            Ok(reply) => Ok(Reply {
                status: reply.status,
                content_type: reply.content_type().map(str::to_string),
                request_id: reply.request_id,
                body: reply.body,
                what,
            }),
            Err(failure) => Err(to_error(failure, &what)),
        }
    }

    /// The `Authorization` header for the next request, logging in first where the door needs
    /// it (and again when the JWT is about to expire).
    async fn auth_header(&self) -> Result<Option<HeaderValue>, Error> {
        let Auth::Password { username, password } = &self.auth else {
            return self.auth.static_header().map_err(Error::Invalid);
        };
        let mut session = self.session.lock().await;
        if !session.usable(SystemTime::now()) {
            *session = self.login(username, password).await?;
        }
        session.header(&self.auth).map_err(Error::Invalid)
    }

    /// Airflow 3's `POST /auth/token`; where it does not exist (404/405: Airflow 2) Basic it is.
    async fn login(&self, username: &str, password: &crate::Token) -> Result<Session, Error> {
        if let Some(api) = self.forced.or(self.detected.get().map(|d| d.api))
            && api != ApiVersion::V2
        {
            return Ok(Session::Basic);
        }
        let mut url = self.root.clone();
        let path = format!("{}/auth/token", self.root.path().trim_end_matches('/'));
        url.set_path(&path);
        let what = format!("POST {} (log in as {username})", url.path());
        let body = serde_json::json!({"username": username, "password": password.expose()});
        let body = serde_json::to_vec(&body)
            .map_err(|e| Error::Invalid(format!("cannot encode the login: {e}")))?;
        let request = http::Request::new(Method::POST, url).json_body(body);
        // a second token from a repeated login is harmless: safe to repeat
        match self
            .transport
            .send(&request, Safety::Idempotent, &NoCredentials)
            .await
        {
            Ok(reply) => {
                #[derive(serde::Deserialize)]
                struct Issued {
                    access_token: String,
                }
                let reply = Reply {
                    status: reply.status,
                    content_type: None,
                    request_id: reply.request_id,
                    body: reply.body,
                    what,
                };
                let issued: Issued = reply.json()?;
                let token = crate::Token::new(issued.access_token);
                self.transport.secrets().add(token.clone());
                Ok(Session::Jwt {
                    expires: auth::jwt_expiry(token.expose()),
                    token,
                })
            }
            Err(Failure::Status(reply)) if matches!(reply.status, 404 | 405) => Ok(Session::Basic),
            Err(failure) => Err(to_error(failure, &what)),
        }
    }
}

/// The credentials of one request through this client's door.
struct Door<'a> {
    client: &'a Client,
    /// False for the open version probes: no login just to find out which API to log in to.
    login: bool,
}

impl Credentials for Door<'_> {
    async fn authorization(
        &self,
    ) -> Result<Option<HeaderValue>, Box<dyn std::error::Error + Send + Sync>> {
        if !self.login && matches!(self.client.auth, Auth::Password { .. }) {
            return Ok(None);
        }
        self.client
            .auth_header()
            .await
            .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)
    }

    async fn rejected(&self) -> bool {
        if !self.login || !matches!(self.client.auth, Auth::Password { .. }) {
            return false;
        }
        let mut session = self.client.session.lock().await;
        if matches!(*session, Session::Jwt { .. }) {
            *session = Session::Unknown;
            true
        } else {
            false
        }
    }

    fn masked(&self) -> Option<String> {
        self.client.auth.masked()
    }
}

fn http_request(method: Method, url: Url, body: Option<Vec<u8>>) -> http::Request {
    let request = http::Request::new(method, url);
    match body {
        Some(body) => request.json_body(body),
        None => request,
    }
}

/// A failure in this API's words: error bodies in any of Airflow's shapes.
fn to_error(failure: Failure, what: &str) -> Error {
    match failure {
        Failure::Transport(source) => Error::Transport {
            what: what.to_string(),
            source,
        },
        Failure::Status(reply) => {
            let (message, title, fields) = parse_error_body(&reply.body);
            Error::Api(Box::new(ApiError {
                what: what.to_string(),
                status: reply.status,
                message,
                title,
                fields,
                request_id: reply.request_id,
            }))
        }
        Failure::Credentials(e) => match e.downcast::<Error>() {
            Ok(e) => *e,
            Err(e) => Error::Invalid(e.to_string()),
        },
    }
}

pub(crate) fn append_query(url: &mut Url, query: &[(&str, String)]) {
    if !query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in query {
            pairs.append_pair(k, v);
        }
    }
}
