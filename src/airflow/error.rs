//! One error for every Airflow, whichever shape its error bodies take: connexion's
//! `application/problem+json` on 2.x (`{detail, status, title, type}`), FastAPI's `{"detail": …}` on
//! 3.x (a string, an object, or a list of validation errors), `{"error": …}` from the
//! experimental API, and HTML or plain text from whatever proxy stands in front.

use super::ApiVersion;
use crate::http::Unanswered;
use crate::http::{self, FailureKind};
use serde_json::Value;
use std::fmt;
use std::time::Duration;

/// Everything an Airflow call can fail with.
///
/// Messages say what happened; what to try next (which flag, which credential) is the
/// command-line tool's to say, from the predicates and fields here.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No answer came: refused before anything was sent, or no HTTP response; see
    /// [`Unanswered`], the part every client's error shares.
    #[error(transparent)]
    Unanswered(#[from] Unanswered),

    /// The server answered with a status outside 2xx.
    #[error("{0}")]
    Api(Box<ApiError>),

    /// A 2xx answer whose body is not what the API promises.
    #[error("{what}: {message}{}", request_suffix(.request_id))]
    Decode {
        /// The request.
        what: String,
        /// What did not fit, with the JSON path of the value.
        message: String,
        /// `x-request-id`, when the server sent one.
        request_id: Option<String>,
    },

    /// The Airflow behind this door does not offer the operation (the experimental API has
    /// no variables, for instance). Nothing was sent for it.
    #[error("{what} is not available on the {api} API of this Airflow")]
    Unsupported {
        /// What was asked for: `a run note`.
        what: String,
        /// The API the client speaks to this Airflow.
        api: ApiVersion,
        /// An API version that has it, when the same Airflow may serve that one too (an
        /// Airflow 2 serves the experimental and the stable API side by side).
        available_on: Option<ApiVersion>,
    },

    /// A lookup the client does itself found nothing (an asset URI on Airflow 3).
    #[error("{0}")]
    NotFound(String),

    /// `runs wait` gave up before the run finished.
    #[error("{what}: still `{state}` after {}", http::human_duration(*.waited))]
    WaitTimeout {
        /// The run waited for.
        what: String,
        /// Its last state.
        state: String,
        /// How long the client waited.
        waited: Duration,
    },
}

/// A non-2xx answer, with what the server said in a form people can read.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// What we were doing: `GET /api/v2/dags/nope`.
    pub what: String,
    /// The HTTP status.
    pub status: u16,
    /// The server's one-line message (connexion `detail` or `title`, FastAPI `detail`,
    /// `error`, or an excerpt of an HTML/text body).
    pub message: String,
    /// connexion's `title` when it adds to the message (`DAG not found`).
    pub title: Option<String>,
    /// Per-field validation errors (FastAPI 422 lists).
    pub fields: Vec<FieldError>,
    /// `x-request-id`, when the server (or its proxy) sent one.
    pub request_id: Option<String>,
}

/// One entry of a FastAPI validation error list, without its `input` (which may echo a
/// password back).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// `body.logical_date`, `query.limit`.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
    /// pydantic's error type: `missing`, `extra_forbidden`, `int_parsing`…
    pub kind: Option<String>,
}

impl crate::http::FromUnanswered for Error {}

impl Error {
    /// True for a problem with the input, found before anything was sent (a bad argument, an
    /// operation this Airflow's API does not offer).
    pub fn is_invalid(&self) -> bool {
        match self {
            Error::Unanswered(u) => u.is_invalid(),
            Error::Unsupported { .. } => true,
            _ => false,
        }
    }

    /// The HTTP status, for an answer outside 2xx.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            _ => None,
        }
    }

    /// True for a 404, or a look-up the client made itself that found nothing.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound(_)) || self.status() == Some(404)
    }

    /// True when the credentials are missing, wrong, expired or lack the role; 401 and 403
    /// alike: Airflow 2.10+ answers bad credentials with 403 (the public role
    /// lets the request in and then lacks the permission), Airflow 3 a bad JWT with 403.
    pub fn is_forbidden(&self) -> bool {
        matches!(self.status(), Some(401 | 403))
    }

    /// False when the request provably never reached the server.
    pub fn was_sent(&self) -> bool {
        match self {
            Error::Unanswered(u) => u.was_sent(),
            Error::Unsupported { .. } => false,
            _ => true,
        }
    }

    /// True for a transport failure of the given kind.
    pub fn is_transport(&self, kind: FailureKind) -> bool {
        matches!(self, Error::Unanswered(u) if u.is_transport(kind))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = reqwest::StatusCode::from_u16(self.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        write!(f, "{} failed: HTTP {} {}", self.what, self.status, reason)?;
        match &self.title {
            Some(title) if !self.message.is_empty() => write!(f, ": {title}: {}", self.message)?,
            Some(title) => write!(f, ": {title}")?,
            None if !self.message.is_empty() => write!(f, ": {}", self.message)?,
            None => {}
        }
        for field in &self.fields {
            write!(f, "\n  - {}: {}", field.field, field.message)?;
            if let Some(kind) = &field.kind {
                write!(f, " ({kind})")?;
            }
        }
        f.write_str(&request_suffix(&self.request_id))
    }
}

fn request_suffix(request_id: &Option<String>) -> String {
    match request_id {
        Some(id) => format!(" (request id {id})"),
        None => String::new(),
    }
}

/// What an error body says: (message, title, fields). Never fails: a body we cannot read
/// becomes an excerpt.
pub fn parse_error_body(body: &[u8]) -> (String, Option<String>, Vec<FieldError>) {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return (http::body_excerpt(body), None, Vec::new());
    };
    let Some(object) = value.as_object() else {
        return (http::truncate(&value.to_string(), 300), None, Vec::new());
    };
    let title = object
        .get("title")
        .and_then(Value::as_str)
        .map(str::to_string);
    let (message, fields) = match object.get("detail") {
        Some(Value::String(s)) => (s.clone(), Vec::new()),
        Some(Value::Array(items)) => (String::from("validation failed"), field_errors(items)),
        // 3.x database errors: {"reason", "statement", "orig_error", "message"}
        Some(Value::Object(detail)) => {
            let reason = detail.get("reason").and_then(Value::as_str);
            let message = detail.get("message").and_then(Value::as_str);
            let text = match (reason, message) {
                (Some(r), Some(m)) => format!("{r}: {m}"),
                (Some(one), None) | (None, Some(one)) => one.to_string(),
                (None, None) => http::truncate(&Value::Object(detail.clone()).to_string(), 300),
            };
            (text, Vec::new())
        }
        _ => {
            let text = ["error", "message"]
                .iter()
                .find_map(|k| object.get(*k).and_then(Value::as_str))
                .map(str::to_string);
            match (text, &title) {
                (Some(t), _) => (t, Vec::new()),
                // connexion with `detail: null`: the title is the message
                (None, Some(_)) => (String::new(), Vec::new()),
                (None, None) => (http::truncate(&value.to_string(), 300), Vec::new()),
            }
        }
    };
    // connexion's generic titles add nothing to a specific detail
    let title = match title {
        Some(t) if !message.is_empty() && GENERIC_TITLES.contains(&t.as_str()) => None,
        other => other,
    };
    (message, title, fields)
}

const GENERIC_TITLES: &[&str] = &[
    "Bad Request",
    "Not Found",
    "Conflict",
    "Forbidden",
    "Unauthorized",
];

fn field_errors(items: &[Value]) -> Vec<FieldError> {
    items
        .iter()
        .map(|item| {
            let field = item
                .get("loc")
                .and_then(Value::as_array)
                .map(|loc| {
                    loc.iter()
                        .map(|p| match p {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join(".")
                })
                .unwrap_or_else(|| "(request)".into());
            FieldError {
                field,
                message: item
                    .get("msg")
                    .and_then(Value::as_str)
                    .unwrap_or("invalid")
                    .to_string(),
                kind: item.get("type").and_then(Value::as_str).map(str::to_string),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, body: &str) -> ApiError {
        let (message, title, fields) = parse_error_body(body.as_bytes());
        ApiError {
            what: "GET /api/v2/x".into(),
            status,
            message,
            title,
            fields,
            request_id: None,
        }
    }

    #[test]
    fn connexion_problem_json() {
        let e = api(
            404,
            r#"{"detail":"The DAG with dag_id: nope was not found","status":404,"title":"DAG not found","type":"https://airflow.apache.org/x#NotFound"}"#,
        );
        assert_eq!(
            e.to_string(),
            "GET /api/v2/x failed: HTTP 404 Not Found: DAG not found: The DAG with dag_id: nope was not found"
        );
        let e = api(
            404,
            r#"{"detail":null,"status":404,"title":"Variable not found","type":"x"}"#,
        );
        assert_eq!(
            e.to_string(),
            "GET /api/v2/x failed: HTTP 404 Not Found: Variable not found"
        );
        let e = api(
            400,
            r#"{"detail":"Missing required property(ies): ['slots']","status":400,"title":"Bad Request","type":"x"}"#,
        );
        assert!(
            e.to_string()
                .ends_with("HTTP 400 Bad Request: Missing required property(ies): ['slots']")
        );
    }

    #[test]
    fn fastapi_detail_shapes() {
        let e = api(
            422,
            r#"{"detail":[{"type":"missing","loc":["body","logical_date"],"msg":"Field required","input":{"password":"s3cret"}},
                          {"type":"missing","loc":["include_deferred"],"msg":"Field required","input":{},"url":"https://errors.pydantic.dev"}]}"#,
        );
        let text = e.to_string();
        assert!(text.contains("HTTP 422 Unprocessable Entity: validation failed"));
        assert!(text.contains("\n  - body.logical_date: Field required (missing)"));
        assert!(text.contains("\n  - include_deferred: Field required (missing)"));
        assert!(!text.contains("s3cret"), "the echoed input is never shown");
        let e = api(
            409,
            r#"{"detail":{"reason":"Unique constraint violation","statement":"hidden","orig_error":"hidden","message":"Serious error"}}"#,
        );
        assert!(
            e.to_string()
                .ends_with("HTTP 409 Conflict: Unique constraint violation: Serious error")
        );
        let e = api(401, r#"{"detail":"Not authenticated"}"#);
        assert!(e.to_string().ends_with(": Not authenticated"), "{e}");
        assert!(!e.to_string().contains("hint"), "hints are the CLI's: {e}");
        let e = api(
            404,
            r#"{"error":"/api/v1 has been removed in Airflow 3, please use its upgraded version /api/v2 instead."}"#,
        );
        assert!(e.to_string().contains(": /api/v1 has been removed"));
    }

    #[test]
    fn html_and_text_become_sentences() {
        let e = api(
            502,
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        );
        assert!(
            e.to_string()
                == "GET /api/v2/x failed: HTTP 502 Bad Gateway: an HTML page titled \"502 Bad Gateway\""
        );
        assert_eq!(api(500, "").message, "(empty body)");
        assert_eq!(api(400, "[1,2]").message, "[1,2]");
    }
}
