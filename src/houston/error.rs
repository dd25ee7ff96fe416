//! What can go wrong talking to Houston, classified by whether the request reached the server:
//! that decides the exit code (2: refused before sending, 1: the server refused or failed) and
//! whether a retry is safe.

use crate::http::FailureKind;
use crate::http::FromUnanswered as _;
use crate::http::Unanswered;
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// Houston's answer when the token is missing, expired, or lacks the permission: the server
/// cannot tell these apart, so neither can we.
pub const PERMISSION_MESSAGE: &str = "You do not have the appropriate permissions for that";

/// One entry of a GraphQL `errors` array.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub struct GraphQlError {
    /// The server's sentence (scrubbed of every secret in play).
    pub message: String,
    /// The response path of the field that failed (names and list indices).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<Value>,
    /// Where in the document, as `{line, column}` objects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Value>,
    /// Apollo's `extensions`, whose `code` Houston fills (`FORBIDDEN`, `BAD_USER_INPUT`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Value>,
}

impl GraphQlError {
    /// `extensions.code`, e.g. `FORBIDDEN`, `BAD_USER_INPUT`.
    pub fn code(&self) -> Option<&str> {
        self.extensions.as_ref()?.get("code")?.as_str()
    }

    /// `a.b.0.c`, the path of the field that failed.
    pub fn path_text(&self) -> Option<String> {
        if self.path.is_empty() {
            return None;
        }
        Some(
            self.path
                .iter()
                .map(|p| match p {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join("."),
        )
    }

    fn is_auth_problem(&self) -> bool {
        self.message == PERMISSION_MESSAGE
            || self.message == "AUTH_TOKEN_REFRESH_FAILED"
            || self.code() == Some("UNAUTHENTICATED")
    }
}

impl fmt::Display for GraphQlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        let mut extra = Vec::new();
        if let Some(code) = self.code() {
            extra.push(code.to_string());
        }
        if let Some(path) = self.path_text() {
            extra.push(format!("at {path}"));
        }
        if !extra.is_empty() {
            write!(f, " ({})", extra.join(", "))?;
        }
        Ok(())
    }
}

/// Everything a Houston call can fail with.
///
/// Messages say what happened, never what to type next: a program branches on the predicates
/// ([`Error::is_forbidden`], [`Error::is_not_found`], [`Error::is_already_member`], …), and the
/// command-line tool turns them into hints in its own words.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No answer came: refused before anything was sent, or no HTTP response; see
    /// [`Unanswered`], the part every client's error shares.
    #[error(transparent)]
    Unanswered(#[from] Unanswered),

    /// The platform is older than the operation; nothing was sent.
    #[error("`{what}` needs Houston {needs} or newer; this platform is {platform}")]
    TooOld {
        /// The operation (or feature) that was asked for.
        what: String,
        /// The oldest platform version that has it.
        needs: String,
        /// The version the platform reported (or the one the client was told).
        platform: String,
    },

    /// Variables the platform's variant of an operation has no place for (a value given for a
    /// field that only other versions of the operation take); nothing was sent.
    #[error("{} not taken by `{operation}` on {}", quoted(.variables), platform_or_unknown(.platform))]
    NotCarried {
        /// The operation (its name without a version suffix).
        operation: String,
        /// The GraphQL names of the variables given that the variant lacks.
        variables: Vec<String>,
        /// The platform version the variant was picked for, when known.
        platform: Option<super::Version>,
    },

    /// Variables the platform's variant of an operation requires (non-null, no default) but
    /// that were left `None` in the union of every variant's variables (a field other versions
    /// of the operation do without); nothing was sent.
    #[error("{} required by `{operation}` on {}", quoted(.variables), platform_or_unknown(.platform))]
    MissingVariable {
        /// The operation (its name without a version suffix).
        operation: String,
        /// The GraphQL names of the required variables left out.
        variables: Vec<String>,
        /// The platform version the variant was picked for, when known.
        platform: Option<super::Version>,
    },

    /// The configuration (config file, environment, `.env`) cannot be resolved into a
    /// client; nothing was sent.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),

    /// An HTTP status outside 2xx. A 400 from Houston still carries GraphQL errors (a document
    /// the server's schema rejects); gateways send HTML or nothing.
    #[error("{}", http_message(.operation, *.status, .excerpt, .errors, .request_id))]
    Http {
        /// The operation's name.
        operation: String,
        /// The HTTP status.
        status: u16,
        /// The start of the body (scrubbed), for bodies that are not GraphQL.
        excerpt: String,
        /// The GraphQL errors, when the body had them.
        errors: Vec<GraphQlError>,
        /// `x-request-id`, for the platform's logs.
        request_id: Option<String>,
    },

    /// HTTP 200 with `errors`: the server ran the operation and refused or failed (part of) it.
    /// `data` keeps whatever partial result came with the errors.
    #[error("{}", graphql_message(.operation, .errors, .request_id))]
    GraphQl {
        /// The operation's name.
        operation: String,
        /// The server's `errors`, never empty in practice.
        errors: Vec<GraphQlError>,
        /// Whatever partial `data` came with them.
        data: Option<Value>,
        /// `x-request-id`, for the platform's logs.
        request_id: Option<String>,
    },

    /// The response did not have the shape we expected; `path` points into the JSON.
    #[error("{operation}: {message}{}", request_suffix(.request_id))]
    Decode {
        /// The operation's name.
        operation: String,
        /// What did not fit, with the JSON path of the value.
        message: String,
        /// `x-request-id`, for the platform's logs.
        request_id: Option<String>,
    },
}

impl crate::http::FromUnanswered for Error {}

fn quoted(variables: &[String]) -> String {
    let names: Vec<String> = variables.iter().map(|v| format!("`${v}`")).collect();
    names.join(", ") + if names.len() == 1 { " is" } else { " are" }
}

fn platform_or_unknown(platform: &Option<super::Version>) -> String {
    match platform {
        Some(v) => format!("Houston {v}"),
        None => "this platform".into(),
    }
}

impl Error {
    /// The same error again, for each change of a batch whose one request failed as a whole.
    pub(crate) fn duplicate(&self) -> Error {
        match self {
            Error::Unanswered(u) => Error::Unanswered(match u {
                Unanswered::Invalid(m) => Unanswered::Invalid(m.clone()),
                Unanswered::Argument { field, message } => Unanswered::Argument {
                    field,
                    message: message.clone(),
                },
                Unanswered::Transport { what, source } => Unanswered::Transport {
                    what: what.clone(),
                    source: source.clone(),
                },
            }),
            Error::TooOld {
                what,
                needs,
                platform,
            } => Error::TooOld {
                what: what.clone(),
                needs: needs.clone(),
                platform: platform.clone(),
            },
            Error::NotCarried {
                operation,
                variables,
                platform,
            } => Error::NotCarried {
                operation: operation.clone(),
                variables: variables.clone(),
                platform: *platform,
            },
            Error::MissingVariable {
                operation,
                variables,
                platform,
            } => Error::MissingVariable {
                operation: operation.clone(),
                variables: variables.clone(),
                platform: *platform,
            },
            Error::Config(e) => Error::invalid(e.to_string()),
            Error::Http {
                operation,
                status,
                excerpt,
                errors,
                request_id,
            } => Error::Http {
                operation: operation.clone(),
                status: *status,
                excerpt: excerpt.clone(),
                errors: errors.clone(),
                request_id: request_id.clone(),
            },
            Error::GraphQl {
                operation,
                errors,
                data,
                request_id,
            } => Error::GraphQl {
                operation: operation.clone(),
                errors: errors.clone(),
                data: data.clone(),
                request_id: request_id.clone(),
            },
            Error::Decode {
                operation,
                message,
                request_id,
            } => Error::Decode {
                operation: operation.clone(),
                message: message.clone(),
                request_id: request_id.clone(),
            },
        }
    }

    /// False when the request provably never reached the server.
    pub fn was_sent(&self) -> bool {
        match self {
            Error::Unanswered(u) => u.was_sent(),
            Error::Config(_)
            | Error::TooOld { .. }
            | Error::NotCarried { .. }
            | Error::MissingVariable { .. } => false,
            _ => true,
        }
    }

    /// True for a problem with the input, found before anything was sent (a bad URL or
    /// document, an operation the platform is too old for).
    pub fn is_invalid(&self) -> bool {
        match self {
            Error::Unanswered(u) => u.is_invalid(),
            Error::Config(_)
            | Error::TooOld { .. }
            | Error::NotCarried { .. }
            | Error::MissingVariable { .. } => true,
            _ => false,
        }
    }

    /// The GraphQL errors the server returned, if any.
    pub fn graphql_errors(&self) -> &[GraphQlError] {
        match self {
            Error::Http { errors, .. } | Error::GraphQl { errors, .. } => errors,
            _ => &[],
        }
    }

    /// True when the answer means "not logged in, token expired, or not allowed": Houston
    /// answers all three with the same message, so no client can tell them apart.
    pub fn is_forbidden(&self) -> bool {
        match self {
            Error::Http {
                status: 401 | 403, ..
            } => true,
            _ => self
                .graphql_errors()
                .iter()
                .any(GraphQlError::is_auth_problem),
        }
    }

    /// True when the object asked for does not exist (`RESOURCE_NOT_FOUND`, or a 404).
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Http { status: 404, .. }) || self.has_code("RESOURCE_NOT_FOUND")
    }

    /// True when an add was refused because the binding is already there: the user, team or
    /// service account already holds a role in that workspace or deployment. Whether it is the
    /// same role is for the caller to look up.
    pub fn is_already_member(&self) -> bool {
        self.graphql_errors()
            .iter()
            .any(|e| e.message.contains("already exists") && e.message.contains("role binding"))
    }

    /// True when the e-mail already has an open invite (`USER_ALREADY_INVITED`).
    pub fn is_already_invited(&self) -> bool {
        self.has_code("USER_ALREADY_INVITED")
    }

    /// True when the server's schema lacks a field the document selects: the operation variant
    /// does not match the platform's version.
    pub fn is_schema_mismatch(&self) -> bool {
        self.graphql_errors().iter().any(|e| {
            e.message.contains("Cannot query field") || e.message.contains("Unknown argument")
        })
    }

    /// True when a gateway in front of Houston answered instead of Houston (502, 503, 504).
    pub fn is_gateway(&self) -> bool {
        matches!(
            self,
            Error::Http {
                status: 502..=504,
                ..
            }
        )
    }

    /// True when one of the GraphQL errors carries `extensions.code == code`.
    pub fn has_code(&self, code: &str) -> bool {
        self.graphql_errors().iter().any(|e| e.code() == Some(code))
    }

    /// True for a transport failure of the given kind.
    pub fn is_transport(&self, kind: FailureKind) -> bool {
        matches!(self, Error::Unanswered(u) if u.is_transport(kind))
    }
}

fn request_suffix(request_id: &Option<String>) -> String {
    match request_id {
        Some(id) => format!(" (request id {id})"),
        None => String::new(),
    }
}

fn graphql_message(
    operation: &str,
    errors: &[GraphQlError],
    request_id: &Option<String>,
) -> String {
    let mut text = format!("{operation} failed");
    match errors {
        [] => text.push_str(": the server returned an empty error list"),
        [one] => text.push_str(&format!(": {one}")),
        many => {
            text.push_str(&format!(" with {} errors:", many.len()));
            for e in many {
                text.push_str(&format!("\n  - {e}"));
            }
        }
    }
    text.push_str(&request_suffix(request_id));
    text
}

fn http_message(
    operation: &str,
    status: u16,
    excerpt: &str,
    errors: &[GraphQlError],
    request_id: &Option<String>,
) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let mut text = format!("{operation} failed: HTTP {status} {reason}")
        .trim_end()
        .to_string();
    if errors.is_empty() {
        text.push_str(&format!(": {excerpt}"));
    } else {
        for e in errors {
            text.push_str(&format!("\n  - {e}"));
        }
    }
    text.push_str(&request_suffix(request_id));
    text
}
