//! GraphQL at run time: the same checks build.rs runs, for any document and any schema, plus
//! schema introspection, schema diffs, subscriptions and operation files on disk. Preparing a
//! document from command-line input (`k=v` variables, operation choice) and scaffolding new
//! operation files are the command-line tool's and live there.

pub use houston_codegen::checks;
pub mod diff;
pub mod files;
pub mod introspect;
pub mod schema;
pub mod subscribe;
