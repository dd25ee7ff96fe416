//! The error core the three clients share: what any call fails with before a server answers.
//! Each client's `Error` holds it as `Error::Unanswered` beside the ways its own server answers
//! (GraphQL errors, Airflow's problem bodies, Astro's error body), so "was it sent", "was the
//! input at fault" and "which network failure" are decided in one place.

use super::{FailureKind, TransportError};

/// A call that got no answer from the server: refused before anything was sent, or sent and
/// left without an HTTP response.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Unanswered {
    /// Found before anything was sent: a bad URL, a client that cannot be built, a document or
    /// variables that do not fit the schema, a missing token.
    #[error("{0}")]
    Invalid(String),

    /// An argument is missing, out of range, or conflicts with another; nothing was sent.
    /// `field` names it as the request (or the builder) does, so a caller can point at its
    /// own input.
    #[error("{message}")]
    Argument {
        /// The request field or builder input at fault: `slots`, `expiryInDays`.
        field: &'static str,
        /// What is wrong, in a sentence.
        message: String,
    },

    /// No HTTP response came back.
    #[error("{what}: {source}")]
    Transport {
        /// The request or operation: `GET /api/v2/dags`, `workspaces`.
        what: String,
        /// What went wrong on the way, and whether the request left.
        source: TransportError,
    },
}

impl Unanswered {
    /// True when the input was at fault and nothing was sent.
    pub fn is_invalid(&self) -> bool {
        matches!(self, Unanswered::Invalid(_) | Unanswered::Argument { .. })
    }

    /// False when the request provably never reached the server.
    pub fn was_sent(&self) -> bool {
        match self {
            Unanswered::Transport { source, .. } => source.sent,
            _ => false,
        }
    }

    /// True for a transport failure of the given kind.
    pub fn is_transport(&self, kind: FailureKind) -> bool {
        matches!(self, Unanswered::Transport { source, .. } if source.kind == kind)
    }
}

/// The constructors of every client's error for its [`Unanswered`] part, written once:
/// `Error::invalid(…)` and `Error::argument(…)` for the Houston, Airflow and Astro errors alike.
pub trait FromUnanswered: From<Unanswered> {
    /// [`Unanswered::Invalid`]: found before anything was sent.
    fn invalid(message: String) -> Self {
        Unanswered::Invalid(message).into()
    }

    /// [`Unanswered::Argument`]: `field` is missing, out of range or in conflict.
    fn argument(field: &'static str, message: String) -> Self {
        Unanswered::Argument { field, message }.into()
    }
}
