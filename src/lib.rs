//! `houston`: a typed client for the Houston GraphQL API of Astro Private Cloud (formerly
//! Astronomer Software), with the pieces its command-line tool is built from.
//!
//! The library never prints and never exits; errors are typed.

pub mod airflow;
pub mod astro;
pub mod bulk;
pub mod config;
pub mod graphql;
pub mod houston;
pub mod http;
pub mod manifest;
pub mod operations;
pub mod scalars;
pub mod secret;

pub use houston::{Client, Error};
pub use secret::Token;
