//! GraphQL at run time: the same checks build.rs runs, for any document, plus what the CLI needs
//! around them (variables, scaffolding, introspection, schema diffs, subscriptions).

pub use houston_codegen::checks;
pub mod diff;
pub mod document;
pub mod files;
pub mod introspect;
pub mod scaffold;
pub mod schema;
pub mod subscribe;
pub mod vars;
