//! GraphQL at run time: the same checks build.rs runs, for any document.

pub mod checks;
