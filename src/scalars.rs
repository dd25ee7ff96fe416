//! Rust types for the schema's custom scalars, from houston-codegen's table
//! (`houston_codegen::HOUSTON_SCALARS`); the build fails on a custom scalar without one.

pub use crate::operations::{DateTime, Id, Json, Uuid};
