//! GraphQL at run time: subscriptions, and with the `graphql` feature the same checks build.rs
//! runs (for any document and any schema), schema introspection, schema diffs and operation
//! files on disk. Preparing a
//! document from command-line input (`k=v` variables, operation choice) and scaffolding new
//! operation files are the command-line tool's and live there.

#[cfg(feature = "graphql")]
pub use houston_codegen::checks;
#[cfg(feature = "graphql")]
pub mod diff;
#[cfg(feature = "graphql")]
pub mod files;
#[cfg(feature = "graphql")]
pub mod introspect;
#[cfg(feature = "graphql")]
pub mod schema;
pub mod subscribe;
