//! One request to the Astro API, shaped for the HTTP spine ([`crate::http::Transport`], which
//! paces, retries and scrubs): the Astro headers going out, the documented error body coming
//! back. What may be retried depends on what a repeat would do ([`Safety`]).

use super::error::{Error, ErrorBody};
use super::{CLIENT_IDENTIFIER, Client};
use crate::http::{self, Failure, Preview, RetryPolicy};
pub use crate::http::{Event, Observer, Safety};
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;
use std::time::Duration;
use url::Url;

/// A request as the `api` escape hatch (and every typed call) builds it.
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// The method.
    pub method: Method,
    /// The URL.
    pub url: Url,
    /// A JSON body, already encoded.
    pub body: Option<Vec<u8>>,
    /// Extra headers (`-H`), sent after ours.
    pub headers: Vec<(String, String)>,
}

/// A successful (2xx) answer, scrubbed of every secret in play.
#[derive(Debug, Clone)]
pub struct RawReply {
    /// The status.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
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

/// The best-practice page's schedule for 429s: 1, 2, 4, 8 s.
pub(crate) const RATE_LIMITED: RetryPolicy = RetryPolicy {
    max_retries: 4,
    min_delay: Duration::from_secs(1),
    max_delay: Duration::from_secs(16),
};

impl Client {
    fn http_request(&self, request: &RawRequest) -> Result<http::Request, Error> {
        let mut out = http::Request::new(request.method.clone(), request.url.clone()).header(
            HeaderName::from_static("x-astro-client-identifier"),
            HeaderValue::from_static(CLIENT_IDENTIFIER),
        );
        if let Some(v) = &self.inner.minor_version {
            let value = HeaderValue::from_str(v).map_err(|_| {
                Error::Invalid(format!("`{v}` cannot go in the X-API-Version header"))
            })?;
            out = out.header(HeaderName::from_static("x-api-version"), value);
        }
        if let Some(body) = &request.body {
            out = out.json_body(body.clone());
        }
        for (k, v) in &request.headers {
            let name = HeaderName::from_bytes(k.as_bytes())
                .map_err(|_| Error::Invalid(format!("`{k}` is not an HTTP header name")))?;
            let value = HeaderValue::from_str(v)
                .map_err(|_| Error::Invalid(format!("the value of header `{k}` cannot be sent")))?;
            out = out.header(name, value);
        }
        Ok(out)
    }

    /// The request as it would be sent, token masked (the `curl` form reads the
    /// `Authorization` value from `$ASTRO_AUTHORIZATION`); nothing is sent.
    pub fn describe(&self, request: &RawRequest) -> Result<Preview, Error> {
        let http_request = self.http_request(request)?;
        Ok(self.inner.transport.preview(
            &http_request,
            &self.inner.credentials,
            Some("ASTRO_AUTHORIZATION"),
        ))
    }

    /// Sends `request` under the retry rules for `safety`. Any 2xx is success; anything else
    /// is a typed error. `what` reads after "Failed": `to list deployments`.
    pub async fn execute(
        &self,
        request: &RawRequest,
        what: &str,
        safety: Safety,
    ) -> Result<RawReply, Error> {
        let http_request = self.http_request(request)?;
        match self
            .inner
            .transport
            .send(&http_request, safety, &self.inner.credentials)
            .await
        {
            Ok(reply) => Ok(RawReply {
                status: reply.status,
                headers: reply.headers,
                body: reply.body.to_vec(),
                already_gone: reply.already_gone,
            }),
            Err(Failure::Status(reply)) => {
                Err(self.status_error(what, reply.status, &reply.headers, &reply.body))
            }
            Err(Failure::Transport(source)) => Err(Error::Transport {
                what: what.to_string(),
                source,
            }),
            Err(other) => Err(Error::Invalid(format!("{what}: {other:?}"))),
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
        // the body came through the transport: already scrubbed
        match serde_json::from_slice::<ErrorBody>(body) {
            Ok(parsed) if !parsed.message.is_empty() => Error::Api {
                what: what.to_string(),
                status,
                message: parsed.message,
                request_id: parsed.request_id.or_else(|| http::request_id(headers)),
                field_errors: parsed.field_errors,
            },
            _ => Error::Http {
                what: what.to_string(),
                status,
                excerpt: http::body_excerpt(body),
            },
        }
    }

    /// A JSON call whose answer must be a JSON object: `body` encoded, the answer decoded.
    pub(crate) async fn call_object(
        &self,
        method: Method,
        url: Url,
        body: Option<&Value>,
        what: &str,
        safety: Safety,
    ) -> Result<Value, Error> {
        let request = RawRequest {
            method,
            url,
            body: body.map(|b| serde_json::to_vec(b).expect("a Value always encodes")),
            headers: Vec::new(),
        };
        match self.execute(&request, what, safety).await?.json(what)? {
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
    http::decode_json(body)
        .map(Some)
        .map_err(|message| Error::Decode {
            what: what.to_string(),
            message,
        })
}

/// Decodes a JSON object into `T`, naming the path of any mismatch.
pub(crate) fn typed<T: serde::de::DeserializeOwned>(what: &str, value: &Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::Decode {
        what: what.to_string(),
        message: format!("unexpected answer at {}: {}", e.path(), e.inner()),
    })
}
