//! With the `build-codegen` feature (on by default) validates the vendored schema and every
//! operation under `queries/` and generates typed Rust for them into `$OUT_DIR/operations.rs`,
//! with houston-codegen: the same crate (and the same checks `houston query check` runs) a
//! downstream crate's build.rs uses for its own operations; a broken operation fails the build
//! with its `file:line:col`.
//!
//! Without it (a library user's `default-features = false`) the crate compiles the copy checked in
//! at `src/generated/operations.rs`, which a unit test keeps equal to what this generates, and its
//! build compiles none of the generator (apollo-compiler, graphql_client's code generator, syn).

fn main() {
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/houston.graphql");
    // Dependents' build scripts read it as DEP_HOUSTON_SCHEMA (this package `links = "houston"`).
    println!("cargo::metadata=schema={}", schema.display());
    println!("cargo::rustc-check-cfg=cfg(houston_generated)");
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(feature = "build-codegen")]
    {
        houston_codegen::Codegen::new()
            .schema("schema/houston.graphql")
            .crate_path("crate")
            .build();
        println!("cargo::rustc-cfg=houston_generated");
    }
}
