//! Checks every operation under queries/ against houston's vendored schema (houston exports its
//! path as DEP_HOUSTON_SCHEMA) and writes the typed Rust to $OUT_DIR/operations.rs. A broken
//! operation fails `cargo build` with `queries/FILE.graphql:LINE:COL: message`.

fn main() {
    houston_codegen::Codegen::new().build();
}
