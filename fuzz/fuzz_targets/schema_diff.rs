//! Any text as a new schema, graded against the vendored one both ways; any bytes as an
//! introspection answer turned into SDL (what `houston schema pull|check` do with what a server
//! sends). Must never panic.
#![no_main]

use houston::graphql::schema::{parse, vendored};
use houston::graphql::{diff, introspect};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(new) = parse(text, "fuzz.graphql") {
        let changes = diff::diff(vendored(), &new);
        let back = diff::diff(&new, vendored());
        let _ = (changes.len(), back.len());
    }
    if let Ok(value) = serde_json::from_str(text)
        && let Ok(sdl) = introspect::to_sdl(value)
    {
        let _ = parse(&sdl, "pulled.graphql");
    }
});
