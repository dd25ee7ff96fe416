//! What an Astro API call can fail with. The server's error body `{message, requestId,
//! statusCode, fieldErrors}` becomes [`Error::Api`], keeping the request id Astronomer support
//! asks for; bodies that are not that JSON (gateways, many 429s) become [`Error::Http`].

use crate::http::FailureKind;
use crate::http::Unanswered;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One entry of `fieldErrors` (validation 400s, v1 only).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct FieldError {
    /// The request field: `clusterId`.
    #[serde(default)]
    pub field: String,
    /// The validator's code: `required`.
    #[serde(default)]
    pub code: String,
    /// What is wrong with it.
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

/// What a create (or rotation) whose answer was lost was making: enough for a caller to look
/// for it, delete it or try again.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Resource {
    /// An agent token of a deployment.
    AgentToken {
        /// The deployment's id.
        deployment: String,
    },
    /// An API token of the organization, a workspace or a deployment.
    ApiToken,
    /// A rotation of the API token with this id.
    Rotation {
        /// The token's id.
        id: String,
    },
    /// A deployment in a workspace.
    Deployment {
        /// The workspace's id.
        workspace: String,
        /// The deployment's name.
        name: String,
    },
}

impl Resource {
    fn uncertainty(&self) -> &'static str {
        match self {
            Resource::AgentToken { .. } | Resource::ApiToken => "the token may or may not exist",
            Resource::Deployment { .. } => "the deployment may or may not exist",
            Resource::Rotation { .. } => {
                "the token may have been rotated, in which case its old value no longer works and the new one was lost"
            }
        }
    }
}

/// Everything an Astro API call can fail with. `what` reads after "Failed": `to create
/// deployment "etl"`.
///
/// Messages say what happened; what to try next (which flag, which command) is the
/// command-line tool's to say, from the predicates and fields here.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No answer came: refused before anything was sent, or no HTTP response; see
    /// [`Unanswered`], the part every client's error shares.
    #[error(transparent)]
    Unanswered(#[from] Unanswered),

    /// The server answered with its documented error body.
    #[error("{}", api_message(.what, .status, .message, .request_id, .field_errors))]
    Api {
        /// What was being done.
        what: String,
        /// The HTTP status.
        status: u16,
        /// The server's `message`.
        message: String,
        /// `requestId`, which Astronomer support asks for.
        request_id: Option<String>,
        /// `fieldErrors`, for validation failures.
        field_errors: Vec<FieldError>,
    },

    /// A status outside 2xx whose body is not the documented JSON (a gateway page, an empty
    /// 429).
    #[error("{}", http_message(.what, *.status, .excerpt))]
    Http {
        /// What was being done.
        what: String,
        /// The HTTP status.
        status: u16,
        /// The start of the body, scrubbed.
        excerpt: String,
    },

    /// A 2xx whose body is not what the endpoint documents.
    #[error("Failed {what}: {message}")]
    Decode {
        /// What was being done.
        what: String,
        /// What did not fit, with the JSON path of the value.
        message: String,
    },

    /// A create whose answer was lost after it may have reached the server, and the follow-up
    /// look-up could not settle whether it happened. Nothing was sent twice.
    #[error("Failed {what}: {source}\n{}{}", .resource.uncertainty(), check_suffix(.check_failed))]
    Uncertain {
        /// What was being done.
        what: String,
        /// What it was making, to look for it before trying again.
        resource: Resource,
        /// Why the look-up afterwards could not settle it, when one was made and failed.
        check_failed: Option<String>,
        /// The failure that lost the answer.
        #[source]
        source: Box<Error>,
    },

    /// A token was created (or rotated) but its answer, the only copy of the secret, was lost.
    /// The token exists; its value cannot be fetched again.
    #[error(
        "Failed {what}: {source}\nthe token was created (id {id}) but its value was lost with the answer, and the API never shows it again: delete it and create a new one"
    )]
    SecretLost {
        /// What was being done.
        what: String,
        /// The created token's id.
        id: String,
        /// Which kind of token, to delete it the right way.
        resource: Resource,
        /// The failure that lost the answer.
        #[source]
        source: Box<Error>,
    },

    /// `wait` gave up: the deployment reached a failure state.
    #[error("{0}")]
    Wait(String),

    /// `wait` gave up: the time ran out before the deployment settled.
    #[error("deployment {deployment} is still {status} after {}", crate::http::human_duration(*.waited))]
    WaitTimeout {
        /// The deployment, as `name (id)`.
        deployment: String,
        /// Its last status.
        status: String,
        /// How long the client waited.
        waited: std::time::Duration,
    },
}

impl crate::http::FromUnanswered for Error {}

impl Error {
    /// True for a problem with the input, found before anything was sent (a missing token or
    /// organization, a bad host, a body missing a required field).
    pub fn is_invalid(&self) -> bool {
        matches!(self, Error::Unanswered(u) if u.is_invalid())
    }

    /// False when the request provably never reached the server.
    pub fn was_sent(&self) -> bool {
        match self {
            Error::Unanswered(u) => u.was_sent(),
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
        matches!(self, Error::Unanswered(u) if u.is_transport(kind))
    }

    /// True for a 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// True when the token is missing, expired, not an Astro API token (401) or lacks the role
    /// (403).
    pub fn is_forbidden(&self) -> bool {
        matches!(self.status(), Some(401 | 403))
    }
}

fn check_suffix(check_failed: &Option<String>) -> String {
    match check_failed {
        Some(why) => format!(" (the check afterwards failed too: {why})"),
        None => String::new(),
    }
}

fn request_suffix(status: u16, request_id: &Option<String>) -> String {
    match request_id {
        Some(id) => format!(" (status {status}, request id {id})"),
        None => format!(" (status {status})"),
    }
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
    text
}

fn http_message(what: &str, status: u16, excerpt: &str) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let text = format!("Failed {what}: HTTP {status} {reason}")
        .trim_end()
        .to_string();
    if excerpt == "(empty body)" {
        text
    } else {
        format!("{text}: {excerpt}")
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
        assert_eq!(
            e.to_string(),
            "Failed to list deployments: HTTP 429 Too Many Requests",
            "hints are the CLI's"
        );
    }
}
