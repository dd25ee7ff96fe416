//! Any text as an operation file: parse, validate against the vendored schema, choose the
//! operation, build variables (from a JSON object when the input carries one after a NUL byte).
//! Must never panic, whatever the input.
#![no_main]

use houston::graphql::document::{self, VariableInput};
use houston::graphql::schema::vendored;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (doc, vars) = text.split_once('\0').unwrap_or((text, ""));
    let input = VariableInput {
        assignments: vars
            .lines()
            .filter(|l| !l.starts_with('{'))
            .map(str::to_string)
            .collect(),
        file: vars
            .lines()
            .find(|l| l.starts_with('{'))
            .and_then(|l| serde_json::from_str(l).ok())
            .map(|v| ("fuzz.json".to_string(), v)),
    };
    if let Err(e) = document::prepare(vendored(), doc, "fuzz.graphql", None, &input) {
        // Rendering the diagnostics (snippets with positions) must not panic either.
        let _ = e.to_string();
    }
});
