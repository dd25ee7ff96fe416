//! One request to the Astro API: pacing, headers, the retry rules, and turning answers into
//! typed errors. What may be retried depends on what a repeat would do ([`Safety`]).

use super::error::{Error, ErrorBody};
use super::limit::MethodClass;
use super::{CLIENT_IDENTIFIER, Client};
use crate::http::{self, RetryPolicy, TransportError};
use crate::secret;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;
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
    Delete,
    /// Creates and rotations: a repeat makes a second object (or kills the new secret). Repeated
    /// only when the first try provably did not happen (no connection, or 429); anything else
    /// goes back to the caller, which looks the object up before trying again.
    Create,
}

/// A request as the `api` escape hatch (and every typed call) builds it.
#[derive(Debug, Clone)]
pub struct RawRequest {
    pub method: Method,
    pub url: Url,
    /// A JSON body, already encoded.
    pub body: Option<Vec<u8>>,
    /// Extra headers (`-H`), sent after ours.
    pub headers: Vec<(String, String)>,
}

/// A successful (2xx) answer.
#[derive(Debug, Clone)]
pub struct RawReply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// A DELETE whose first try may have landed came back 404: the object is gone either way.
    pub already_gone: bool,
}

impl RawReply {
    /// The body as JSON; `None` for an empty body (204).
    pub fn json(&self, what: &str) -> Result<Option<Value>, Error> {
        decode_json(what, &self.body)
    }
}

/// What `--verbose` shows. Header values never hold the token: `Authorization` is masked.
#[derive(Debug)]
pub enum Event<'a> {
    Request {
        method: &'a Method,
        url: &'a Url,
        headers: Vec<(String, String)>,
        body: Option<&'a [u8]>,
    },
    Response {
        status: u16,
        headers: &'a HeaderMap,
        elapsed: Duration,
        body: &'a [u8],
    },
    Retry {
        after: Duration,
        reason: String,
    },
}

/// A callback that sees every [`Event`].
pub type Observer = Arc<dyn Fn(&Event<'_>) + Send + Sync>;

/// The best-practice page's schedule for 429s: 1, 2, 4, 8 s.
pub(crate) const RATE_LIMITED: RetryPolicy = RetryPolicy {
    max_retries: 4,
    min_delay: Duration::from_secs(1),
    max_delay: Duration::from_secs(16),
};

enum Outcome {
    Done(RawReply),
    Failed(Error),
    Retry {
        error: Error,
        rate_limited: bool,
        may_have_landed: bool,
        retry_after: Option<Duration>,
    },
}

impl Client {
    /// The headers a request carries, with the token masked: for `--verbose` and `--dry-run`.
    pub fn describe_headers(&self, request: &RawRequest) -> Vec<(String, String)> {
        let mut headers = vec![
            (
                "Authorization".to_string(),
                format!("Bearer {}", self.inner.token.masked()),
            ),
            ("Accept".into(), "application/json".into()),
            ("x-astro-client-identifier".into(), CLIENT_IDENTIFIER.into()),
        ];
        if let Some(v) = &self.inner.minor_version {
            headers.push(("X-API-Version".into(), v.clone()));
        }
        if request.body.is_some() {
            headers.push(("Content-Type".into(), "application/json".into()));
        }
        for (k, v) in &request.headers {
            headers.push((k.clone(), secret::scrub(v, &[&self.inner.token])));
        }
        headers
    }

    /// Sends `request` under the retry rules for `safety`. Any 2xx is success; anything else
    /// is a typed error. `what` reads after "Failed": `to list deployments`.
    pub async fn execute(
        &self,
        request: &RawRequest,
        what: &str,
        safety: Safety,
    ) -> Result<RawReply, Error> {
        let class = MethodClass::of(&request.method);
        let mut delays = self.inner.retry.delays();
        let mut limited = self.inner.rate_limited.delays();
        let mut landed_before = false;
        loop {
            self.inner.limiter.acquire(class).await;
            let (error, rate_limited, may_have_landed, retry_after) =
                match self.send_once(request, what, safety, landed_before).await {
                    Outcome::Done(reply) => return Ok(reply),
                    Outcome::Failed(error) => return Err(error),
                    Outcome::Retry {
                        error,
                        rate_limited,
                        may_have_landed,
                        retry_after,
                    } => (error, rate_limited, may_have_landed, retry_after),
                };
            let planned = if rate_limited {
                limited.next()
            } else {
                delays.next()
            };
            let Some(planned) = planned else {
                return Err(error);
            };
            landed_before |= may_have_landed;
            let after = self.inner.retry.honour(planned, retry_after);
            if let Some(observe) = &self.inner.observer {
                observe(&Event::Retry {
                    after,
                    reason: error.to_string().lines().next().unwrap_or("").to_string(),
                });
            }
            tokio::time::sleep(after).await;
        }
    }

    async fn send_once(
        &self,
        request: &RawRequest,
        what: &str,
        safety: Safety,
        landed_before: bool,
    ) -> Outcome {
        let inner = &self.inner;
        let mut builder = inner
            .http
            .request(request.method.clone(), request.url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .header("x-astro-client-identifier", CLIENT_IDENTIFIER);
        let mut auth =
            reqwest::header::HeaderValue::from_str(&format!("Bearer {}", inner.token.expose()))
                .expect("checked when the client was built");
        auth.set_sensitive(true);
        builder = builder.header(reqwest::header::AUTHORIZATION, auth);
        if let Some(v) = &inner.minor_version {
            builder = builder.header("X-API-Version", v);
        }
        for (k, v) in &request.headers {
            builder = builder.header(k, v);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        if let Some(observe) = &inner.observer {
            observe(&Event::Request {
                method: &request.method,
                url: &request.url,
                headers: self.describe_headers(request),
                body: request.body.as_deref(),
            });
        }
        let started = Instant::now();
        let transport = |e: reqwest::Error| {
            let source =
                TransportError::from_reqwest(&e, request.url.as_str(), inner.options.timeout);
            let error = Error::Transport {
                what: what.to_string(),
                source: source.clone(),
            };
            if !source.sent || safety != Safety::Create {
                Outcome::Retry {
                    error,
                    rate_limited: false,
                    may_have_landed: source.sent,
                    retry_after: None,
                }
            } else {
                Outcome::Failed(error)
            }
        };
        let response = match builder.send().await {
            Ok(r) => r,
            Err(e) => return transport(e),
        };
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = match response.bytes().await {
            Ok(b) => b.to_vec(),
            Err(e) => return transport(e),
        };
        if let Some(observe) = &inner.observer {
            observe(&Event::Response {
                status,
                headers: &headers,
                elapsed: started.elapsed(),
                body: &body,
            });
        }
        if (200..300).contains(&status) {
            return Outcome::Done(RawReply {
                status,
                headers,
                body,
                already_gone: false,
            });
        }
        if status == 404 && safety == Safety::Delete && landed_before {
            return Outcome::Done(RawReply {
                status,
                headers,
                body,
                already_gone: true,
            });
        }
        let error = self.status_error(what, status, &headers, &body);
        let retry_after = http::retry_after(&headers);
        match status {
            // The server refused before doing anything: safe to repeat, even a create.
            429 => Outcome::Retry {
                error,
                rate_limited: true,
                may_have_landed: false,
                retry_after,
            },
            502..=504 if safety != Safety::Create => Outcome::Retry {
                error,
                rate_limited: false,
                may_have_landed: true,
                retry_after,
            },
            _ => Outcome::Failed(error),
        }
    }

    /// The documented error body as [`Error::Api`], anything else as [`Error::Http`].
    pub(crate) fn status_error(
        &self,
        what: &str,
        status: u16,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Error {
        let token = &self.inner.token;
        match serde_json::from_slice::<ErrorBody>(body) {
            Ok(parsed) if !parsed.message.is_empty() => Error::Api {
                what: what.to_string(),
                status,
                message: secret::scrub(&parsed.message, &[token]),
                request_id: parsed.request_id.or_else(|| http::request_id(headers)),
                field_errors: parsed.field_errors,
            },
            _ => Error::Http {
                what: what.to_string(),
                status,
                excerpt: secret::scrub(&http::body_excerpt(body), &[token]),
            },
        }
    }

    /// A JSON call: `body` encoded, the answer decoded (`None` for an empty 2xx body).
    pub(crate) async fn call(
        &self,
        method: Method,
        url: Url,
        body: Option<&Value>,
        what: &str,
        safety: Safety,
    ) -> Result<Option<Value>, Error> {
        let request = RawRequest {
            method,
            url,
            body: body.map(|b| serde_json::to_vec(b).expect("a Value always encodes")),
            headers: Vec::new(),
        };
        let reply = self.execute(&request, what, safety).await?;
        reply.json(what)
    }

    /// A call whose answer must be a JSON object.
    pub(crate) async fn call_object(
        &self,
        method: Method,
        url: Url,
        body: Option<&Value>,
        what: &str,
        safety: Safety,
    ) -> Result<Value, Error> {
        match self.call(method, url, body, what, safety).await? {
            Some(v) if v.is_object() => Ok(v),
            Some(other) => Err(Error::Decode {
                what: what.to_string(),
                message: format!(
                    "expected a JSON object, got {}",
                    http::truncate(&other.to_string(), 200)
                ),
            }),
            None => Err(Error::Decode {
                what: what.to_string(),
                message: "the answer has an empty body where an object was expected".into(),
            }),
        }
    }
}

/// JSON from a 2xx body, explaining what is wrong with a body that is not JSON.
pub(crate) fn decode_json(what: &str, body: &[u8]) -> Result<Option<Value>, Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(body)
        .map(Some)
        .map_err(|e| Error::Decode {
            what: what.to_string(),
            message: if e.is_eof() {
                format!(
                    "the answer ended in the middle of its JSON (truncated after {} bytes)",
                    body.len()
                )
            } else {
                format!("the answer is not JSON: {}", http::body_excerpt(body))
            },
        })
}

/// Decodes a JSON object into `T`, naming the path of any mismatch.
pub(crate) fn typed<T: serde::de::DeserializeOwned>(what: &str, value: &Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::Decode {
        what: what.to_string(),
        message: format!("unexpected answer at {}: {}", e.path(), e.inner()),
    })
}
