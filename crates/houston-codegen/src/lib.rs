//! Validation and typed Rust for Houston GraphQL operations, from a build script.
//!
//! houston's own `build.rs` is a few lines on this crate, and so is yours: put `.graphql` files
//! under your crate's `queries/`, and in `build.rs`
//!
//! ```no_run
//! houston_codegen::Codegen::new().build();
//! ```
//!
//! then `include!(concat!(env!("OUT_DIR"), "/operations.rs"));` in a module of your crate. Each
//! operation becomes a marker type for `houston::Client::execute`, a module with its
//! `Variables` and `ResponseData`, and every broken operation fails the build with
//! `queries/file.graphql:LINE:COL: message`. The schema is houston's vendored one (found through
//! the `DEP_HOUSTON_SCHEMA` variable cargo gives the build script of a crate depending on
//! houston) unless you give your own with [`Codegen::schema`].
//!
//! Without the default `codegen` feature this crate is the `checks` feature alone (what the
//! houston library's `graphql` feature runs on any document at run time), and without any
//! feature it is [`version`] alone, which every houston client needs and which compiles nothing.

#[cfg(feature = "checks")]
pub mod checks;
pub mod version;

#[cfg(feature = "codegen")]
mod generate;

#[cfg(feature = "codegen")]
pub use generate::{Codegen, Generated, HOUSTON_SCALARS, SCHEMA_ENV};
