//! The schema documents are checked against: the vendored one, embedded in the binary and parsed
//! once per process, or any schema file.

use super::checks::{self, Diagnostic};
use apollo_compiler::Schema;
use apollo_compiler::validation::Valid;
use std::path::Path;
use std::sync::OnceLock;

/// The vendored Houston schema, as `schema/houston.graphql` held it when the binary was built.
pub const VENDORED_SDL: &str = include_str!("../../schema/houston.graphql");
/// The name diagnostics give the vendored schema.
pub const VENDORED_PATH: &str = "schema/houston.graphql";

/// The vendored schema, parsed and validated on first use (build.rs already proved it valid).
pub fn vendored() -> &'static Valid<Schema> {
    static SCHEMA: OnceLock<Valid<Schema>> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        checks::parse_schema(VENDORED_SDL, VENDORED_PATH)
            .unwrap_or_else(|_| unreachable!("build.rs refuses to build with an invalid schema"))
    })
}

/// Why a schema file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    /// The file could not be read.
    #[error("cannot read the schema {path}: {message}")]
    Read {
        /// The schema file.
        path: String,
        /// The I/O error.
        message: String,
    },
    /// The file is not valid SDL, or not a valid schema.
    #[error("{path} is not a valid GraphQL schema ({} problem{}):\n{}", .diagnostics.len(), if .diagnostics.len() == 1 { "" } else { "s" }, render(.diagnostics))]
    Invalid {
        /// The schema file (or the name given for SDL text).
        path: String,
        /// Every problem found, each with its position.
        diagnostics: Vec<Diagnostic>,
    },
}

/// Parses and validates SDL text.
pub fn parse(sdl: &str, path: &str) -> Result<Valid<Schema>, SchemaError> {
    checks::parse_schema(sdl, path).map_err(|diagnostics| SchemaError::Invalid {
        path: path.to_string(),
        diagnostics,
    })
}

/// Reads and validates a schema file.
pub fn load(path: &Path) -> Result<Valid<Schema>, SchemaError> {
    let shown = path.display().to_string();
    let sdl = std::fs::read_to_string(path).map_err(|e| SchemaError::Read {
        path: shown.clone(),
        message: if e.kind() == std::io::ErrorKind::NotFound {
            "no such file".into()
        } else {
            e.to_string()
        },
    })?;
    parse(&sdl, &shown)
}

/// Every diagnostic, with its snippet when it has one.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            // The report's own first line repeats the message: the headline replaces it.
            let snippet = d.rendered.split_once('\n').map(|(_, rest)| rest.trim_end());
            match snippet {
                Some(snippet) if !snippet.is_empty() => format!("{}\n{snippet}", d.headline()),
                _ => d.headline(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn vendored_parses_and_has_the_roots() {
        let schema = super::vendored();
        assert!(schema.type_field("Query", "workspaces").is_ok());
        assert!(schema.type_field("Subscription", "log").is_ok());
    }

    #[test]
    fn bad_schema_files_say_why() {
        let missing = super::load(std::path::Path::new("/no/such/schema.graphql")).unwrap_err();
        assert!(missing.to_string().contains("no such file"), "{missing}");
        let invalid = super::parse("type Query { a: Nope }", "x.graphql").unwrap_err();
        assert!(invalid.to_string().contains("Nope"), "{invalid}");
    }

    #[test]
    fn a_json_file_given_as_sdl_is_refused_quickly_and_briefly() {
        // Regression (fuzz target `schema_diff`): an introspection answer in JSON, one line of
        // 150 KB, gave one error per token, each rendered with the whole line: minutes and GBs.
        let types: Vec<_> = (0..3000)
            .map(|i| serde_json::json!({"kind": "OBJECT", "name": format!("T{i}"), "fields": []}))
            .collect();
        let text = serde_json::json!({"__schema": {"types": types}}).to_string();
        assert!(text.len() > 100_000 && !text.contains('\n'));
        let e = super::parse(&text, "live.json").unwrap_err();
        let super::SchemaError::Invalid { diagnostics, .. } = &e else {
            panic!("{e}")
        };
        assert_eq!(diagnostics.len(), crate::graphql::checks::MAX_LISTED + 1);
        assert!(diagnostics.iter().all(|d| d.rendered.is_empty()));
        let message = e.to_string();
        assert!(message.len() < 20_000, "{} bytes", message.len());
        assert!(
            message.contains("more errors (is this the right file?)"),
            "{message}"
        );
    }
}
