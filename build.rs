//! Validates the vendored schema and every operation under `queries/` and generates typed Rust
//! for them into `$OUT_DIR/operations.rs`, with houston-codegen: the same crate (and the same
//! checks `houston query check` runs) a downstream crate's build.rs uses for its own operations.

fn main() {
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/houston.graphql");
    // Dependents' build scripts read it as DEP_HOUSTON_SCHEMA (this package `links = "houston"`).
    println!("cargo::metadata=schema={}", schema.display());
    houston_codegen::Codegen::new()
        .schema("schema/houston.graphql")
        .crate_path("crate")
        .build();
}
