//! Validates the vendored schema and every operation under `queries/`, then generates typed Rust
//! for them into `$OUT_DIR/operations.rs`.
//!
//! The checks are the ones `houston query check` runs (one shared file, included below), so a broken
//! operation fails `cargo build` with `queries/x/y.graphql:LINE:COL: message`, every one at once.

#[path = "src/graphql/checks.rs"]
#[allow(dead_code)]
mod checks;

use apollo_compiler::schema::ExtendedType;
use checks::{Diagnostic, Severity};
use graphql_client_codegen::{
    CodegenMode, GraphQLClientCodegenOptions, generate_module_token_stream_from_string,
};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const SCHEMA: &str = "schema/houston.graphql";
const QUERIES: &str = "queries";
const SCALARS: &str = "src/scalars.rs";

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for watched in [SCHEMA, QUERIES, SCALARS, "src/graphql/checks.rs"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    match run(&root) {
        Ok(code) => fs::write(out.join("operations.rs"), code).expect("write operations.rs"),
        Err(diagnostics) => {
            for d in &diagnostics {
                if !d.rendered.is_empty() {
                    eprintln!("{}", d.rendered);
                }
            }
            for d in &diagnostics {
                println!("cargo::error={}", d.headline());
            }
            process::exit(1);
        }
    }
}

fn run(root: &Path) -> Result<String, Vec<Diagnostic>> {
    let sdl = read(root, SCHEMA)?;
    let schema = checks::parse_schema(&sdl, SCHEMA)?;

    let known = scalar_types(&read(root, SCALARS)?);
    let unmapped = checks::unmapped_scalars(&schema, &known);
    let mut errors: Vec<Diagnostic> = unmapped
        .iter()
        .map(|name| plain(SCALARS, format!(
            "the schema's custom scalar `{name}` has no Rust type: add `pub type {} = …;` to {SCALARS}",
            checks::rust_scalar_name(name)
        )))
        .collect();

    let mut paths = Vec::new();
    collect(&root.join(QUERIES), &mut paths);
    paths.sort();
    let mut files = Vec::new();
    for path in &paths {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = read(root, &rel)?;
        files.push((rel, text));
    }
    let operations = match checks::check_operation_files(&schema, &files) {
        Ok(found) => found,
        Err(found) => {
            errors.extend(found);
            Vec::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    for w in operations.iter().flat_map(|op| &op.warnings) {
        println!("cargo::warning={}", w.headline());
    }
    generate(root, &schema, &operations).map_err(|e| vec![plain("build.rs", e)])
}

fn generate(
    root: &Path,
    schema: &apollo_compiler::Schema,
    operations: &[checks::FoundOperation],
) -> Result<String, String> {
    let enums: Vec<(String, Vec<String>)> = schema
        .types
        .iter()
        .filter_map(|(name, ty)| match ty {
            ExtendedType::Enum(e) if !ty.is_built_in() => Some((
                name.to_string(),
                e.values.keys().map(|v| v.to_string()).collect(),
            )),
            _ => None,
        })
        .collect();
    let mut code = String::new();
    // graphql_client emits `type X = crate::scalars::X;` in each module, except when a custom
    // scalar's Rust name collides with a built-in's alias (`Id` next to `ID`): then the module
    // finds it here, through its `use super::*`.
    for (name, ty) in &schema.types {
        if let ExtendedType::Scalar(s) = ty
            && !s.is_built_in()
        {
            let rust = checks::rust_scalar_name(name);
            let _ = writeln!(code, "pub type {rust} = crate::scalars::{rust};");
        }
    }
    for (name, values) in &enums {
        code.push_str(&enum_code(name, values));
    }
    code.push_str(&manifest_code(operations));

    let mut tokens: proc_macro2::TokenStream = code
        .parse()
        .map_err(|e| format!("generated enum/manifest code does not parse: {e}"))?;
    let schema_path = root.join(SCHEMA);
    for op in operations {
        let mut options = GraphQLClientCodegenOptions::new(CodegenMode::Cli);
        options.set_module_visibility(syn::parse_quote!(pub));
        options.set_normalization(graphql_client_codegen::normalization::Normalization::Rust);
        options.set_custom_scalars_module(syn::parse_quote!(crate::scalars));
        options.set_extern_enums(enums.iter().map(|(n, _)| n.clone()).collect());
        options.set_skip_serializing_none(true);
        options.set_response_derives("Debug, Clone, PartialEq".into());
        options.set_variables_derives("Debug, Clone, PartialEq, Deserialize".into());
        options.set_deprecation_strategy(
            graphql_client_codegen::deprecation::DeprecationStrategy::Allow,
        );
        let module = generate_module_token_stream_from_string(&op.text, &schema_path, options)
            .map_err(|e| format!("{}: graphql_client could not generate code: {e}", op.file))?;
        tokens.extend(module);
        let marker = heck::ToUpperCamelCase::to_upper_camel_case(op.name.as_str());
        let kind = match op.kind {
            "query" => "Query",
            "mutation" => "Mutation",
            _ => "Subscription",
        };
        let min_version = match op.min_version.as_deref().and_then(checks::parse_version) {
            Some((a, b, c)) => format!("Some(({a}, {b}, {c}))"),
            None => "None".into(),
        };
        let implementation = format!(
            "impl crate::houston::Operation for {marker} {{
                const NAME: &'static str = {name:?};
                const BASE: &'static str = {base:?};
                const KIND: crate::houston::OperationKind = crate::houston::OperationKind::{kind};
                const MIN_VERSION: Option<(u64, u64, u64)> = {min_version};
                const FILE: &'static str = {file:?};
            }}",
            name = op.name,
            base = op.base,
            file = op.file,
        );
        tokens.extend(
            implementation
                .parse::<proc_macro2::TokenStream>()
                .map_err(|e| format!("generated impl does not parse: {e}"))?,
        );
    }
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code is not valid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// One Rust enum per schema enum, shared by every operation (graphql_client's `extern_enums`),
/// with an `Other` arm so a value a newer server adds decodes instead of failing.
fn enum_code(name: &str, values: &[String]) -> String {
    let mut code = String::new();
    let _ = writeln!(
        code,
        "#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]\npub enum {name} {{"
    );
    for v in values {
        let _ = writeln!(code, "#[serde(rename = {v:?})] {},", checks::upper_camel(v));
    }
    code.push_str("#[serde(untagged)] Other(String),\n}\n");
    let arms: String = values
        .iter()
        .map(|v| format!("{name}::{} => {v:?},", checks::upper_camel(v)))
        .collect();
    let parse: String = values
        .iter()
        .map(|v| format!("{v:?} => Some({name}::{}),", checks::upper_camel(v)))
        .collect();
    let list: String = values.iter().map(|v| format!("{v:?},")).collect();
    let _ = write!(
        code,
        "impl {name} {{
            /// Every value the vendored schema declares, in schema order.
            pub const VALUES: &'static [&'static str] = &[{list}];
            /// The value as the server spells it.
            pub fn as_str(&self) -> &str {{ match self {{ {arms} {name}::Other(s) => s.as_str(), }} }}
            /// A value the vendored schema declares; `None` for anything else.
            pub fn known(text: &str) -> Option<Self> {{ match text {{ {parse} _ => None, }} }}
        }}
        impl std::fmt::Display for {name} {{
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{ f.write_str(self.as_str()) }}
        }}
        "
    );
    code
}

fn manifest_code(operations: &[checks::FoundOperation]) -> String {
    let mut code = String::from(
        "/// Every checked-in operation, as build.rs found it.\npub static MANIFEST: &[crate::manifest::OperationInfo] = &[",
    );
    for op in operations {
        let variables: String = op
            .variables
            .iter()
            .map(|(n, t)| format!("({n:?}, {t:?}),"))
            .collect();
        let roots: String = op.root_fields.iter().map(|f| format!("{f:?},")).collect();
        let _ = write!(
            code,
            "crate::manifest::OperationInfo {{ name: {:?}, base: {:?}, min_version: {:?}, kind: {:?}, file: {:?}, text: {:?}, variables: &[{variables}], root_fields: &[{roots}] }},",
            op.name, op.base, op.min_version, op.kind, op.file, op.text
        );
    }
    code.push_str("];\n");
    code
}

/// The `pub type X = …;` names of src/scalars.rs: what the strict-scalars rule checks against.
fn scalar_types(source: &str) -> HashSet<String> {
    source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub type "))
        .filter_map(|rest| rest.split(['=', '<', ' ']).next())
        .map(str::to_string)
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "graphql") {
            files.push(path);
        }
    }
}

fn read(root: &Path, rel: &str) -> Result<String, Vec<Diagnostic>> {
    fs::read_to_string(root.join(rel))
        .map_err(|e| vec![plain(rel, format!("cannot read {rel}: {e}"))])
}

fn plain(file: &str, message: String) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        line: 1,
        column: 1,
        message,
        severity: Severity::Error,
        rendered: String::new(),
    }
}
