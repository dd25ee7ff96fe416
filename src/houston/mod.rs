//! The Houston GraphQL client: one transport for typed operations (generated from `queries/`)
//! and raw documents (`houston query run`).

mod batch;
mod client;
pub mod decode;
mod error;
mod fold;
mod version;

pub use client::{
    Client, ClientBuilder, RawResponse, Request, Response, Settings, decode_response, endpoint,
};
pub use error::{Error, GraphQlError, PERMISSION_MESSAGE};
pub use version::{Version, carries, carry, pick_variant};

/// Query, mutation or subscription: decides what is safe to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationKind {
    /// A read: safe to repeat.
    Query,
    /// A write: repeated only if it never left.
    Mutation,
    /// A stream over a WebSocket.
    Subscription,
}

impl OperationKind {
    /// The kind as GraphQL spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            OperationKind::Query => "query",
            OperationKind::Mutation => "mutation",
            OperationKind::Subscription => "subscription",
        }
    }
}

/// A checked-in operation: graphql_client's types plus what build.rs knows about the file.
/// Implemented by build.rs for every operation under `queries/`.
pub trait Operation: graphql_client::GraphQLQuery {
    /// The operation's name as declared in its file.
    const NAME: &'static str;
    /// The name without a version suffix (`upsertDeployment` for `upsertDeployment_1_0_1`).
    const BASE: &'static str;
    /// Query, mutation or subscription.
    const KIND: OperationKind;
    /// The oldest platform this variant is for (from a `NAME@X.Y.Z.graphql` file name).
    const MIN_VERSION: Option<Version>;
    /// The file under `queries/` it came from.
    const FILE: &'static str;
}
