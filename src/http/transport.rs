//! The one retry orchestrator. Every request of every client goes through [`Transport::send`]:
//! pacing, credentials (renewed once on a 401 when they can be), the observer, the scrubber,
//! and the decision whether a failed try may be repeated, which depends on what a repeat would
//! do ([`Safety`]) and on whether the failed try left this machine.

use super::{Limiter, MethodClass, RetryPolicy, TransportError};
use crate::secret::Secrets;
use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

/// What repeating a request would do, which decides when it may be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Safety {
    /// Reads and full-replacement updates: the same request twice has the effect of once.
    /// Retried on transport failures, 429 and 502/503/504.
    Idempotent,
    /// A second DELETE answers 404, which after a lost first answer means "already gone".
    /// Retried like [`Safety::Idempotent`].
    Delete,
    /// Creates, mutations, rotations: a repeat may do it twice. Repeated only when the first
    /// try provably did not happen: no connection was made, or a 429 refused it.
    Once,
}

/// A request as an adapter shapes it: everything but the credentials.
#[derive(Debug, Clone)]
pub struct Request {
    /// The HTTP method.
    pub method: Method,
    /// Where it goes.
    pub url: Url,
    /// Headers besides `Authorization` and `User-Agent`, in the order they are sent.
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// The body, as sent.
    pub body: Option<Bytes>,
}

impl Request {
    /// A request without headers or body.
    pub fn new(method: Method, url: Url) -> Request {
        Request {
            method,
            url,
            headers: Vec::new(),
            body: None,
        }
    }

    /// Adds a header.
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Request {
        self.headers.push((name, value));
        self
    }

    /// A JSON body (and its `Content-Type`).
    pub fn json_body(mut self, body: Vec<u8>) -> Request {
        self.headers.push((
            reqwest::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        ));
        self.body = Some(Bytes::from(body));
        self
    }
}

/// An answer with a status, 2xx or not. Its headers and body have been scrubbed of every
/// secret the transport knows.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The response headers (values scrubbed).
    pub headers: HeaderMap,
    /// The body (scrubbed).
    pub body: Bytes,
    /// The id a server or gateway gave the request, for support tickets (scrubbed).
    pub request_id: Option<String>,
    /// A DELETE whose first try may have landed came back 404: the object is gone either way.
    pub already_gone: bool,
}

impl Reply {
    /// True for 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// `Retry-After`, when the server sent it.
    pub fn retry_after(&self) -> Option<Duration> {
        super::retry_after(&self.headers)
    }

    /// The `Content-Type`, when the server sent one.
    pub fn content_type(&self) -> Option<&str> {
        self.headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }
}

/// Why [`Transport::send`] gave up. Adapters turn this into their own error type, reading
/// [`Failure::Status`] bodies in their API's error format.
#[derive(Debug)]
#[non_exhaustive]
pub enum Failure {
    /// No HTTP response came back; [`TransportError::sent`] says whether the request left.
    Transport(TransportError),
    /// The server (or a gateway) answered with a status outside 2xx.
    Status(Reply),
    /// The credentials could not be produced (a login exchange failed); nothing was sent
    /// with them. The error is the adapter's own, boxed.
    Credentials(Box<dyn std::error::Error + Send + Sync>),
}

/// Where the `Authorization` header of each try comes from.
pub trait Credentials: Send + Sync {
    /// The header for the next try (`None`: send none).
    fn authorization(
        &self,
    ) -> impl Future<Output = Result<Option<HeaderValue>, Box<dyn std::error::Error + Send + Sync>>> + Send;

    /// The server answered 401. Return true when fresh credentials may be fetched (a session
    /// token that expired): the request is then sent once more, which is safe even for a
    /// write, since a 401 comes before any handler runs.
    fn rejected(&self) -> impl Future<Output = bool> + Send {
        async { false }
    }

    /// How the header is shown by a preview or a verbose log: masked, never the secret.
    fn masked(&self) -> Option<String>;
}

/// No `Authorization` header.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoCredentials;

impl Credentials for NoCredentials {
    async fn authorization(
        &self,
    ) -> Result<Option<HeaderValue>, Box<dyn std::error::Error + Send + Sync>> {
        Ok(None)
    }
    fn masked(&self) -> Option<String> {
        None
    }
}

/// A header that never changes (a token, an API key, HTTP Basic), with its masked form.
#[derive(Debug, Clone)]
pub struct StaticCredentials {
    /// The header as sent (marked sensitive).
    pub header: Option<HeaderValue>,
    /// The header as shown.
    pub shown: Option<String>,
}

impl Credentials for StaticCredentials {
    async fn authorization(
        &self,
    ) -> Result<Option<HeaderValue>, Box<dyn std::error::Error + Send + Sync>> {
        Ok(self.header.clone())
    }
    fn masked(&self) -> Option<String> {
        self.shown.clone()
    }
}

/// What a verbose log shows. Header values and bodies have been scrubbed and `Authorization`
/// masked before an observer sees them.
#[derive(Debug)]
#[non_exhaustive]
pub enum Event<'a> {
    /// A try is about to be sent.
    Request {
        /// The method.
        method: &'a Method,
        /// The URL.
        url: &'a Url,
        /// Every header sent, `Authorization` masked.
        headers: Vec<(String, String)>,
        /// The body (scrubbed).
        body: Option<&'a [u8]>,
    },
    /// An answer came back.
    Response {
        /// The status.
        status: u16,
        /// The headers (scrubbed).
        headers: &'a HeaderMap,
        /// From sending to the last byte of the body.
        elapsed: Duration,
        /// The body (scrubbed).
        body: &'a [u8],
    },
    /// The try failed and another follows after `after`.
    Retry {
        /// The wait before the next try.
        after: Duration,
        /// Why (one line, scrubbed).
        reason: String,
    },
}

/// A callback that sees every [`Event`].
pub type Observer = Arc<dyn Fn(&Event<'_>) + Send + Sync>;

/// The request [`Transport::send`] would make, for a dry run: credentials masked, the body
/// byte for byte.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// `GET`, `POST`…
    pub method: String,
    /// The URL.
    pub url: String,
    /// Name and value in the order they are sent; `authorization` masked.
    pub headers: Vec<(String, String)>,
    /// The body as sent (scrubbed of known secrets, which only a password exchange holds).
    pub body: Option<String>,
    /// The environment variable the `curl` line reads the `Authorization` value from.
    pub auth_variable: Option<String>,
}

impl Preview {
    /// The request as text: request line, headers, blank line, body.
    pub fn text(&self) -> String {
        let mut text = format!("{} {}\n", self.method, self.url);
        for (name, value) in &self.headers {
            text.push_str(&format!("{name}: {value}\n"));
        }
        if let Some(body) = &self.body {
            text.push('\n');
            text.push_str(body);
            text.push('\n');
        }
        text
    }

    /// An equivalent `curl` command line (POSIX shell quoting). The credentials are read from
    /// [`Preview::auth_variable`], never written out.
    pub fn curl(&self) -> String {
        let mut line = format!("curl -sS -X {} {}", self.method, shell_quote(&self.url));
        for (name, value) in &self.headers {
            if name.eq_ignore_ascii_case("authorization") {
                continue;
            }
            line.push_str(&format!(
                " \\\n  -H {}",
                shell_quote(&format!("{name}: {value}"))
            ));
        }
        if let Some(var) = &self.auth_variable {
            line.push_str(&format!(" \\\n  -H \"authorization: ${var}\""));
        }
        if let Some(body) = &self.body {
            line.push_str(&format!(" \\\n  --data-raw {}", shell_quote(body)));
        }
        line
    }
}

/// Single-quotes `text` for a POSIX shell.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// Builds a [`Transport`].
#[derive(Clone, Default)]
pub struct TransportBuilder {
    options: super::HttpOptions,
    retry: Option<RetryPolicy>,
    rate_limited: Option<RetryPolicy>,
    limits: Option<super::RateLimits>,
    observer: Option<Observer>,
    secrets: Secrets,
}

impl std::fmt::Debug for TransportBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransportBuilder")
            .field("options", &self.options)
            .field("retry", &self.retry)
            .field("limits", &self.limits)
            .field("observer", &self.observer.is_some())
            .finish()
    }
}

impl TransportBuilder {
    /// Timeouts and TLS.
    pub fn options(mut self, options: super::HttpOptions) -> Self {
        self.options = options;
        self
    }
    /// The schedule for transient failures (default [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }
    /// The schedule for 429 answers (default: the transient one; a longer `Retry-After` wins).
    pub fn rate_limited_retry(mut self, retry: RetryPolicy) -> Self {
        self.rate_limited = Some(retry);
        self
    }
    /// Client-side pacing per method class (default: none).
    pub fn rate_limits(mut self, limits: Option<super::RateLimits>) -> Self {
        self.limits = limits;
        self
    }
    /// Sees every request and response (scrubbed), for a verbose log.
    pub fn observer(mut self, observer: Option<Observer>) -> Self {
        self.observer = observer;
        self
    }
    /// The secrets to scrub from everything the server sends.
    pub fn secrets(mut self, secrets: Secrets) -> Self {
        self.secrets = secrets;
        self
    }
    /// The transport; fails only when the TLS setup does (an unreadable CA file).
    pub fn build(self) -> Result<Transport, super::SetupError> {
        let http = super::client(&self.options)?;
        let retry = self.retry.unwrap_or_default();
        Ok(Transport {
            http,
            options: self.options,
            retry,
            rate_limited: self.rate_limited.unwrap_or(retry),
            limiter: self.limits.map(Limiter::new),
            observer: self.observer,
            secrets: self.secrets,
        })
    }
}

/// The reqwest client plus every rule about sending: one per API client, shared by its clones.
pub struct Transport {
    http: reqwest::Client,
    options: super::HttpOptions,
    retry: RetryPolicy,
    rate_limited: RetryPolicy,
    limiter: Option<Limiter>,
    observer: Option<Observer>,
    secrets: Secrets,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("options", &self.options)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

/// One try's outcome, before we know whether another follows.
enum Try {
    Done(Reply),
    Failed(Failure),
    Again {
        failure: Failure,
        rate_limited: bool,
        may_have_landed: bool,
        retry_after: Option<Duration>,
    },
}

impl Transport {
    /// A builder with the defaults.
    pub fn builder() -> TransportBuilder {
        TransportBuilder::default()
    }

    /// The connection settings.
    pub fn options(&self) -> &super::HttpOptions {
        &self.options
    }

    /// The scrubber: every secret in play for this client.
    pub fn secrets(&self) -> &Secrets {
        &self.secrets
    }

    /// The transient-failure schedule (a create-then-look-up loop paces itself with it).
    pub fn retry_policy(&self) -> RetryPolicy {
        self.retry
    }

    /// The request as it would be sent, credentials masked; nothing is sent.
    pub fn preview(
        &self,
        request: &Request,
        credentials: &impl Credentials,
        auth_variable: Option<&str>,
    ) -> Preview {
        let shown = credentials.masked();
        Preview {
            method: request.method.to_string(),
            url: request.url.to_string(),
            headers: self.shown_headers(request, shown.as_deref()),
            body: request
                .body
                .as_ref()
                .map(|b| self.secrets.scrub(&String::from_utf8_lossy(b))),
            auth_variable: shown.and(auth_variable.map(str::to_string)),
        }
    }

    fn shown_headers(&self, request: &Request, auth: Option<&str>) -> Vec<(String, String)> {
        let mut headers = vec![
            ("user-agent".to_string(), super::USER_AGENT.to_string()),
            ("accept".to_string(), "application/json".to_string()),
        ];
        if let Some(auth) = auth {
            headers.push(("authorization".to_string(), auth.to_string()));
        }
        for (name, value) in &request.headers {
            if name == reqwest::header::ACCEPT {
                headers.retain(|(n, _)| n != "accept");
            }
            let value = String::from_utf8_lossy(value.as_bytes());
            headers.push((name.as_str().to_string(), self.secrets.scrub(&value)));
        }
        headers
    }

    /// Sends `request` under the retry rules for `safety`: transport failures, 429 and
    /// 502/503/504 are retried when a repeat is safe, honouring `Retry-After`; a 401 gets fresh
    /// credentials once when `credentials` can renew them; a DELETE whose first try may have
    /// landed takes a later 404 as success ([`Reply::already_gone`]). TLS failures are never
    /// retried. `Ok` is a 2xx (or such a 404); every other status is [`Failure::Status`].
    pub async fn send(
        &self,
        request: &Request,
        safety: Safety,
        credentials: &impl Credentials,
    ) -> Result<Reply, Failure> {
        let class = MethodClass::of(&request.method);
        let mut delays = self.retry.delays();
        let mut limited = self.rate_limited.delays();
        let mut landed_before = false;
        let mut renewed = false;
        loop {
            if let Some(limiter) = &self.limiter {
                limiter.acquire(class).await;
            }
            let (failure, rate_limited, may_have_landed, retry_after) = match self
                .send_once(request, safety, credentials, landed_before)
                .await
            {
                Try::Done(reply) => return Ok(reply),
                Try::Failed(Failure::Status(reply))
                    if reply.status == 401 && !renewed && credentials.rejected().await =>
                {
                    renewed = true;
                    continue;
                }
                Try::Failed(failure) => return Err(failure),
                Try::Again {
                    failure,
                    rate_limited,
                    may_have_landed,
                    retry_after,
                } => (failure, rate_limited, may_have_landed, retry_after),
            };
            let planned = if rate_limited {
                limited.next()
            } else {
                delays.next()
            };
            let Some(planned) = planned else {
                return Err(failure);
            };
            landed_before |= may_have_landed;
            let after = self.retry.honour(planned, retry_after);
            if let Some(observe) = &self.observer {
                let reason = match &failure {
                    Failure::Transport(e) => e.message.clone(),
                    Failure::Status(reply) => format!("HTTP {}", reply.status),
                    Failure::Credentials(e) => e.to_string(),
                };
                observe(&Event::Retry {
                    after,
                    reason: self.secrets.scrub(&reason),
                });
            }
            tokio::time::sleep(after).await;
        }
    }

    async fn send_once(
        &self,
        request: &Request,
        safety: Safety,
        credentials: &impl Credentials,
        landed_before: bool,
    ) -> Try {
        let auth = match credentials.authorization().await {
            Ok(auth) => auth,
            Err(e) => return Try::Failed(Failure::Credentials(e)),
        };
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        if let Some(mut auth) = auth {
            auth.set_sensitive(true);
            headers.insert(reqwest::header::AUTHORIZATION, auth);
        }
        for (name, value) in &request.headers {
            // ours are defaults: an adapter's (or a user's `-H`) replaces them
            if name == reqwest::header::ACCEPT || name == reqwest::header::CONTENT_TYPE {
                headers.insert(name.clone(), value.clone());
            } else {
                headers.append(name.clone(), value.clone());
            }
        }
        let mut builder = self
            .http
            .request(request.method.clone(), request.url.clone())
            .headers(headers);
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        if let Some(observe) = &self.observer {
            let scrubbed = request.body.as_ref().map(|b| self.secrets.scrub_bytes(b));
            observe(&Event::Request {
                method: &request.method,
                url: &request.url,
                headers: self.shown_headers(request, credentials.masked().as_deref()),
                body: scrubbed.as_deref(),
            });
        }
        let started = Instant::now();
        let transport = |e: reqwest::Error| {
            let source =
                TransportError::from_reqwest(&e, request.url.as_str(), self.options.timeout);
            let source = TransportError {
                message: self.secrets.scrub(&source.message),
                ..source
            };
            let tls = matches!(source.kind, super::FailureKind::Tls(_));
            if tls || (source.sent && safety == Safety::Once) {
                Try::Failed(Failure::Transport(source))
            } else {
                Try::Again {
                    may_have_landed: source.sent,
                    failure: Failure::Transport(source),
                    rate_limited: false,
                    retry_after: None,
                }
            }
        };
        let response = match builder.send().await {
            Ok(r) => r,
            Err(e) => return transport(e),
        };
        let status = response.status().as_u16();
        let headers = self.scrub_headers(response.headers());
        let body = match response.bytes().await {
            Ok(b) => match self.secrets.scrub_bytes(&b) {
                std::borrow::Cow::Borrowed(_) => b,
                std::borrow::Cow::Owned(clean) => Bytes::from(clean),
            },
            Err(e) => return transport(e),
        };
        if let Some(observe) = &self.observer {
            observe(&Event::Response {
                status,
                headers: &headers,
                elapsed: started.elapsed(),
                body: &body,
            });
        }
        let request_id = super::request_id(&headers);
        let retry_after = super::retry_after(&headers);
        let mut reply = Reply {
            status,
            headers,
            body,
            request_id,
            already_gone: false,
        };
        if reply.is_success() {
            return Try::Done(reply);
        }
        if status == 404 && safety == Safety::Delete && landed_before {
            reply.already_gone = true;
            return Try::Done(reply);
        }
        match status {
            // refused before anything was done: safe to repeat, even a create
            429 => Try::Again {
                failure: Failure::Status(reply),
                rate_limited: true,
                may_have_landed: false,
                retry_after,
            },
            502..=504 if safety != Safety::Once => Try::Again {
                failure: Failure::Status(reply),
                rate_limited: false,
                may_have_landed: true,
                retry_after,
            },
            _ => Try::Failed(Failure::Status(reply)),
        }
    }

    fn scrub_headers(&self, headers: &HeaderMap) -> HeaderMap {
        if self.secrets.is_empty() {
            return headers.clone();
        }
        let mut out = HeaderMap::with_capacity(headers.len());
        for (name, value) in headers {
            let clean = match self.secrets.scrub_bytes(value.as_bytes()) {
                std::borrow::Cow::Borrowed(_) => value.clone(),
                std::borrow::Cow::Owned(bytes) => {
                    HeaderValue::from_bytes(&bytes).unwrap_or(HeaderValue::from_static("****"))
                }
            };
            out.append(name.clone(), clean);
        }
        out
    }
}
