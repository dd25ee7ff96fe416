//! Rust types for the schema's custom scalars. build.rs refuses to build when the schema has a
//! custom scalar without a `pub type` here (strict scalars).
//!
//! Houston's ids are Prisma cuid strings (`ck35y9uf44y8l0a19cmwd1x8x`), not RFC 4122 UUIDs, and
//! the server does not validate them, so they stay strings.

/// A Houston id (`Uuid` in the schema): a cuid string.
pub type Uuid = String;
/// The deployment-RBAC family's id scalar; same cuid values as `Uuid`.
pub type Id = String;
/// `graphql-type-json`: any JSON value.
pub type Json = serde_json::Value;
/// An ISO-8601 timestamp as the server sent it (`2021-04-29T12:00:00.000Z`).
pub type DateTime = String;
