//! What an Astro API call can fail with. The server's error body `{message, requestId,
//! statusCode, fieldErrors}` becomes [`Error::Api`], keeping the request id Astronomer support
//! asks for; bodies that are not that JSON (gateways, many 429s) become [`Error::Http`].

use crate::http::{FailureKind, TransportError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One entry of `fieldErrors` (validation 400s, v1 only).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct FieldError {
    #[serde(default)]
    pub field: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.field.is_empty(), self.code.is_empty()) {
            (false, false) => write!(f, "{}: {} ({})", self.field, self.message, self.code),
            (false, true) => write!(f, "{}: {}", self.field, self.message),
            (true, false) => write!(f, "{} ({})", self.message, self.code),
            (true, true) => f.write_str(&self.message),
        }
    }
}

/// The error body the Astro API documents.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ErrorBody {
    pub message: String,
    #[serde(default)]
    pub request_id: Option<String>,
    #[serde(default)]
    pub field_errors: Vec<FieldError>,
}

/// Everything an Astro API call can fail with. `what` reads after "Failed": `to create
/// deployment "etl"`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Found before anything was sent: a missing token or organization, a bad host, a body
    /// missing a required field.
    #[error("{0}")]
    Invalid(String),

    /// No HTTP response came back.
    #[error("Failed {what}: {source}{}", transport_hint(.source))]
    Transport {
        what: String,
        source: TransportError,
    },

    /// The server answered with its documented error body.
    #[error("{}", api_message(.what, .status, .message, .request_id, .field_errors))]
    Api {
        what: String,
        status: u16,
        message: String,
        request_id: Option<String>,
        field_errors: Vec<FieldError>,
    },

    /// A status outside 2xx whose body is not the documented JSON (a gateway page, an empty
    /// 429).
    #[error("{}", http_message(.what, *.status, .excerpt))]
    Http {
        what: String,
        status: u16,
        excerpt: String,
    },

    /// A 2xx whose body is not what the endpoint documents.
    #[error("Failed {what}: {message}")]
    Decode { what: String, message: String },

    /// A create whose answer was lost after it may have reached the server, and the follow-up
    /// look-up could not settle whether it happened. Nothing was sent twice.
    #[error("Failed {what}: {source}\n{advice}")]
    Uncertain {
        what: String,
        advice: String,
        #[source]
        source: Box<Error>,
    },

    /// A token was created (or rotated) but its answer, the only copy of the secret, was lost.
    /// The token exists; its value cannot be fetched again.
    #[error(
        "Failed {what}: {source}\nthe token was created (id {id}) but its value was lost with the answer, and the API never shows it again; delete it (`{delete_hint}`) and create a new one"
    )]
    SecretLost {
        what: String,
        id: String,
        delete_hint: String,
        #[source]
        source: Box<Error>,
    },

    /// `wait` gave up: the deployment reached a failure state or the time ran out.
    #[error("{0}")]
    Wait(String),
}

impl Error {
    /// True for a problem with the input, found before anything was sent (a missing token or
    /// organization, a bad host, a body missing a required field).
    pub fn is_invalid(&self) -> bool {
        matches!(self, Error::Invalid(_))
    }

    /// False when the request provably never reached the server.
    pub fn was_sent(&self) -> bool {
        match self {
            Error::Invalid(_) => false,
            Error::Transport { source, .. } => source.sent,
            _ => true,
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } | Error::Http { status, .. } => Some(*status),
            Error::Uncertain { source, .. } | Error::SecretLost { source, .. } => source.status(),
            _ => None,
        }
    }

    /// The request id to quote to Astronomer support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { request_id, .. } => request_id.as_deref(),
            Error::Uncertain { source, .. } | Error::SecretLost { source, .. } => {
                source.request_id()
            }
            _ => None,
        }
    }

    /// The server's `message`, when it sent one.
    pub fn server_message(&self) -> Option<&str> {
        match self {
            Error::Api { message, .. } => Some(message),
            _ => None,
        }
    }

    /// True for a transport failure of the given kind.
    pub fn is_transport(&self, kind: FailureKind) -> bool {
        matches!(self, Error::Transport { source, .. } if source.kind == kind)
    }

    /// True for a 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }
}

fn request_suffix(status: u16, request_id: &Option<String>) -> String {
    match request_id {
        Some(id) => format!(" (status {status}, request id {id})"),
        None => format!(" (status {status})"),
    }
}

fn hint(status: u16) -> Option<&'static str> {
    match status {
        401 => Some(
            "the token is missing, expired or not an Astro API token: create one in the Astro UI (Organization/Workspace/Deployment settings → API Tokens) and pass it as ASTRO_API_TOKEN or with --token-stdin",
        ),
        403 => Some(
            "the token lacks a role for this: use a token whose role covers the resource (an Organization token, or a Workspace/Deployment token for that workspace/deployment)",
        ),
        429 => Some(
            "the Astro API rate limit (per token: about 10 POST/s, 5 DELETE/s, 25 GET/s) is still exceeded after backing off; slow down or try again in a moment",
        ),
        502..=504 => Some("a gateway in front of the Astro API failed; try again in a moment"),
        _ => None,
    }
}

fn with_hint(mut text: String, status: u16) -> String {
    if let Some(h) = hint(status) {
        text.push_str("\nhint: ");
        text.push_str(h);
    }
    text
}

fn api_message(
    what: &str,
    status: &u16,
    message: &str,
    request_id: &Option<String>,
    field_errors: &[FieldError],
) -> String {
    let mut text = format!(
        "Failed {what}: {message}{}",
        request_suffix(*status, request_id)
    );
    for e in field_errors {
        text.push_str(&format!("\n  - {e}"));
    }
    with_hint(text, *status)
}

fn http_message(what: &str, status: u16, excerpt: &str) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let text = format!("Failed {what}: HTTP {status} {reason}")
        .trim_end()
        .to_string();
    let text = if excerpt == "(empty body)" {
        text
    } else {
        format!("{text}: {excerpt}")
    };
    with_hint(text, status)
}

fn transport_hint(source: &TransportError) -> &'static str {
    match source.kind {
        FailureKind::Connect => {
            "\nhint: check the host (--api-url / ASTRO_API_URL) and your network or proxy"
        }
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_quotes_message_status_and_request_id() {
        let e = Error::Api {
            what: "to create deployment \"etl\"".into(),
            status: 400,
            message: "Invalid request: Deployment name 'etl' already exists in this workspace"
                .into(),
            request_id: Some("f004d12a-29c8-40d8-b239-2b1b615ea45b".into()),
            field_errors: vec![FieldError {
                field: "name".into(),
                code: "unique".into(),
                message: "taken".into(),
            }],
        };
        assert_eq!(
            e.to_string(),
            "Failed to create deployment \"etl\": Invalid request: Deployment name 'etl' already exists in this workspace (status 400, request id f004d12a-29c8-40d8-b239-2b1b615ea45b)\n  - name: taken (unique)"
        );
        assert_eq!(e.request_id(), Some("f004d12a-29c8-40d8-b239-2b1b615ea45b"));
        let e = Error::Http {
            what: "to list deployments".into(),
            status: 429,
            excerpt: "(empty body)".into(),
        };
        assert!(
            e.to_string()
                .starts_with("Failed to list deployments: HTTP 429 Too Many Requests\nhint:"),
            "{e}"
        );
    }
}
