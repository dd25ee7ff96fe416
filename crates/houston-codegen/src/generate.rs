//! The Rust generator: graphql_client's code generator for the types, behind the checks, plus
//! what graphql_client does not give (shared schema enums, the `Operation` impl, variant pickers,
//! rustdoc on every item, paths that work from outside houston).

use crate::checks::{self, Diagnostic, FoundOperation, Severity};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{Schema, validation::Valid};
use graphql_client_codegen::{
    CodegenMode, GraphQLClientCodegenOptions, generate_module_token_stream_from_string,
};
use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{env, fs};
use syn::visit_mut::VisitMut;

/// The environment variable cargo sets for the build script of a crate that depends on houston:
/// the absolute path of houston's vendored schema (houston declares `links = "houston"` and
/// emits `cargo::metadata=schema=…`).
pub const SCHEMA_ENV: &str = "DEP_HOUSTON_SCHEMA";

/// Rust types for the custom scalars of Houston's schema: GraphQL name, Rust type, rustdoc.
/// A schema of your own adds its scalars with [`Codegen::scalar`]; a custom scalar with no
/// entry fails the build (strict scalars: nothing silently becomes a string).
///
/// Houston's ids are Prisma cuid strings (`ck35y9uf44y8l0a19cmwd1x8x`), not RFC 4122 UUIDs,
/// and the server does not validate them, so they stay strings.
pub const HOUSTON_SCALARS: &[(&str, &str, &str)] = &[
    (
        "Uuid",
        "String",
        "A Houston id (`Uuid` in the schema): a cuid string.",
    ),
    (
        "Id",
        "String",
        "The deployment-RBAC family's id scalar; same cuid values as `Uuid`.",
    ),
    (
        "JSON",
        "serde_json::Value",
        "`graphql-type-json`: any JSON value.",
    ),
    (
        "DateTime",
        "String",
        "An ISO-8601 timestamp as the server sent it (`2021-04-29T12:00:00.000Z`).",
    ),
];

/// Generates typed Rust for a directory of `.graphql` operations. Build it, adjust it, then call
/// [`Codegen::build`] from `build.rs` (or [`Codegen::generate`] to get the code).
#[derive(Debug, Clone)]
pub struct Codegen {
    root: PathBuf,
    schema: Option<PathBuf>,
    queries: PathBuf,
    crate_path: String,
    scalars: BTreeMap<String, (String, String)>,
    output: String,
}

/// What [`Codegen::generate`] produced.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The Rust source, formatted.
    pub code: String,
    /// Warnings from the checks (deprecated fields, …); they never stop a build.
    pub warnings: Vec<Diagnostic>,
    /// Every file and directory the output depends on.
    pub watched: Vec<PathBuf>,
}

impl Default for Codegen {
    fn default() -> Self {
        Self::new()
    }
}

impl Codegen {
    /// Operations from `queries/` of the crate being built (`CARGO_MANIFEST_DIR`), against
    /// houston's vendored schema, with the generated code referring to houston as `::houston`
    /// and Houston's custom scalars mapped ([`HOUSTON_SCALARS`]).
    pub fn new() -> Self {
        let root = env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        Codegen {
            root,
            schema: None,
            queries: PathBuf::from("queries"),
            crate_path: "::houston".into(),
            scalars: HOUSTON_SCALARS
                .iter()
                .map(|(g, r, d)| (g.to_string(), (r.to_string(), d.to_string())))
                .collect(),
            output: "operations.rs".into(),
        }
    }

    /// The directory relative paths start from, and diagnostics are reported relative to.
    pub fn root(mut self, root: impl Into<PathBuf>) -> Self {
        self.root = root.into();
        self
    }

    /// An SDL schema file of your own instead of houston's (relative to the root).
    pub fn schema(mut self, path: impl Into<PathBuf>) -> Self {
        self.schema = Some(path.into());
        self
    }

    /// The directory of `.graphql` files (default `queries`, relative to the root). Every file
    /// holds one named operation named like the file; `NAME@X.Y.Z.graphql` is the variant of
    /// `NAME` for platforms from X.Y.Z on.
    pub fn queries(mut self, dir: impl Into<PathBuf>) -> Self {
        self.queries = dir.into();
        self
    }

    /// How the generated code names the houston crate (default `::houston`; houston itself
    /// uses `crate`), like serde's `#[serde(crate = "…")]`.
    pub fn crate_path(mut self, path: impl Into<String>) -> Self {
        self.crate_path = path.into();
        self
    }

    /// Maps a custom scalar of the schema to a Rust type (a path, such as
    /// `chrono::DateTime<chrono::Utc>`), replacing any earlier mapping.
    pub fn scalar(mut self, graphql: &str, rust: &str) -> Self {
        self.scalars.insert(
            graphql.to_string(),
            (
                rust.to_string(),
                format!("The schema's `{graphql}` scalar."),
            ),
        );
        self
    }

    /// The file name written under `OUT_DIR` by [`Codegen::build`] (default `operations.rs`).
    pub fn output(mut self, file_name: impl Into<String>) -> Self {
        self.output = file_name.into();
        self
    }

    fn schema_path(&self) -> Result<PathBuf, Vec<Diagnostic>> {
        match &self.schema {
            Some(p) => Ok(self.root.join(p)),
            None => env::var_os(SCHEMA_ENV).map(PathBuf::from).ok_or_else(|| {
                vec![plain(
                    "build.rs",
                    format!(
                        "no schema: {SCHEMA_ENV} is not set (it is set for the build script of a crate with houston as a direct dependency); give one with Codegen::schema(\"path/to/schema.graphql\")"
                    ),
                )]
            }),
        }
    }

    /// The entry point for `build.rs`: checks every operation and writes the Rust to
    /// `$OUT_DIR/<output>`. On errors it prints each as `cargo::error=file:line:col: message`
    /// (with the source snippet on stderr) and exits 1, so `cargo build` fails with every
    /// broken operation at once.
    pub fn build(self) {
        let out =
            PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
        let schema = self.schema_path().ok();
        for watched in schema.iter().chain([&self.root.join(&self.queries)]) {
            println!("cargo::rerun-if-changed={}", watched.display());
        }
        match self.generate() {
            Ok(generated) => {
                for w in &generated.warnings {
                    println!("cargo::warning={}", w.headline());
                }
                if let Err(e) = fs::write(out.join(&self.output), generated.code) {
                    println!("cargo::error=cannot write {}: {e}", self.output);
                    std::process::exit(1);
                }
            }
            Err(diagnostics) => {
                for d in &diagnostics {
                    if !d.rendered.is_empty() {
                        eprintln!("{}", d.rendered);
                    }
                }
                for d in &diagnostics {
                    println!("cargo::error={}", d.headline());
                }
                std::process::exit(1);
            }
        }
    }

    /// Checks every operation and generates the Rust for them; every error at once.
    pub fn generate(&self) -> Result<Generated, Vec<Diagnostic>> {
        let schema_path = self.schema_path()?;
        let shown_schema = self.shown(&schema_path);
        let sdl = fs::read_to_string(&schema_path).map_err(|e| {
            vec![plain(
                &shown_schema,
                format!("cannot read the schema {}: {e}", schema_path.display()),
            )]
        })?;
        let schema = checks::parse_schema(&sdl, &shown_schema)?;
        let mut errors = self.unmapped(&schema, &shown_schema);

        let queries = self.root.join(&self.queries);
        let mut paths = Vec::new();
        collect(&queries, &mut paths);
        paths.sort();
        let mut files = Vec::new();
        for path in &paths {
            let shown = self.shown(path);
            match fs::read_to_string(path) {
                Ok(text) => files.push((shown, text)),
                Err(e) => errors.push(plain(&shown, format!("cannot read {shown}: {e}"))),
            }
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
        let code = self
            .rust(&schema, &schema_path, &operations)
            .map_err(|e| vec![plain("build.rs", e)])?;
        Ok(Generated {
            code,
            warnings: operations
                .iter()
                .flat_map(|op| op.warnings.iter().cloned())
                .collect(),
            watched: vec![schema_path, queries],
        })
    }

    /// A path as diagnostics show it: relative to the root when it is under it.
    fn shown(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    fn unmapped(&self, schema: &Valid<Schema>, shown_schema: &str) -> Vec<Diagnostic> {
        let known = self
            .scalars
            .keys()
            .map(|g| checks::rust_scalar_name(g))
            .collect();
        checks::unmapped_scalars(schema, &known)
            .into_iter()
            .map(|name| {
                let (line, column) = schema
                    .types
                    .get(name.as_str())
                    .and_then(|t| t.location())
                    .and_then(|l| l.line_column_range(&schema.sources))
                    .map(|r| (r.start.line, r.start.column))
                    .unwrap_or((1, 1));
                Diagnostic {
                    file: shown_schema.to_string(),
                    line,
                    column,
                    message: format!(
                        "the custom scalar `{name}` has no Rust type: map it in build.rs with Codegen::scalar(\"{name}\", \"RustType\")"
                    ),
                    severity: Severity::Error,
                    rendered: String::new(),
                }
            })
            .collect()
    }

    fn rust(
        &self,
        schema: &Valid<Schema>,
        schema_path: &Path,
        operations: &[FoundOperation],
    ) -> Result<String, String> {
        let krate: syn::Path = syn::parse_str(&self.crate_path)
            .map_err(|e| format!("crate path `{}` is not a Rust path: {e}", self.crate_path))?;
        let serde: syn::Path = syn::parse_quote!(#krate::__private::serde);
        let mut tokens = TokenStream::new();

        // graphql_client's modules alias each custom scalar to `super::Name`: these.
        for (name, ty) in &schema.types {
            if let ExtendedType::Scalar(s) = ty
                && !s.is_built_in()
                && let Some((rust, doc)) = self.scalars.get(name.as_str())
            {
                let ident = format_ident!("{}", checks::rust_scalar_name(name));
                let rust: syn::Type = syn::parse_str(rust)
                    .map_err(|e| format!("scalar `{name}`: `{rust}` is not a Rust type: {e}"))?;
                tokens.extend(quote! { #[doc = #doc] pub type #ident = #rust; });
            }
        }

        let mut enum_names = Vec::new();
        for (name, ty) in &schema.types {
            if let ExtendedType::Enum(e) = ty
                && !ty.is_built_in()
            {
                enum_names.push(name.to_string());
                let doc = e
                    .description
                    .as_ref()
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| format!("The schema's `{name}` enum."));
                let values: Vec<String> = e.values.keys().map(|v| v.to_string()).collect();
                tokens.extend(enum_code(name, &doc, &values, &serde, &krate));
            }
        }

        let mut groups: BTreeMap<&str, Vec<&FoundOperation>> = BTreeMap::new();
        for op in operations {
            groups.entry(op.base.as_str()).or_default().push(op);
        }
        let names: BTreeMap<&str, (String, String)> = groups
            .values()
            .flat_map(|ops| {
                let single = ops.len() == 1;
                ops.iter().map(move |op| {
                    let source = if single { &op.base } else { &op.name };
                    (
                        op.name.as_str(),
                        (source.to_upper_camel_case(), source.to_snake_case()),
                    )
                })
            })
            .collect();

        tokens.extend(manifest_code(operations, &krate));
        let mut shapes: BTreeMap<&str, Shape> = BTreeMap::new();

        let mut items: Vec<syn::Item> = syn::parse2::<syn::File>(tokens)
            .map_err(|e| format!("generated shared code is not valid Rust: {e}"))?
            .items;
        for op in operations {
            let mut options = GraphQLClientCodegenOptions::new(CodegenMode::Cli);
            options.set_module_visibility(syn::parse_quote!(pub));
            options.set_normalization(graphql_client_codegen::normalization::Normalization::Rust);
            options.set_extern_enums(enum_names.clone());
            options.set_skip_serializing_none(true);
            options.set_serde_path(serde.clone());
            options.set_response_derives("Debug, Clone, PartialEq".into());
            options.set_variables_derives("Debug, Clone, PartialEq, Deserialize".into());
            options.set_deprecation_strategy(
                graphql_client_codegen::deprecation::DeprecationStrategy::Allow,
            );
            let module = generate_module_token_stream_from_string(&op.text, schema_path, options)
                .map_err(|e| {
                format!("{}: graphql_client could not generate code: {e}", op.file)
            })?;
            let (marker, module_name) = &names[op.name.as_str()];
            let marker = format_ident!("{marker}");
            let kind = format_ident!(
                "{}",
                match op.kind {
                    "query" => "Query",
                    "mutation" => "Mutation",
                    _ => "Subscription",
                }
            );
            let min_version = match op.min_version.as_deref().and_then(checks::parse_version) {
                Some((a, b, c)) => quote!(Some(#krate::houston::Version(#a, #b, #c))),
                None => quote!(None),
            };
            let (name, base, file) = (&op.name, &op.base, &op.file);
            let implementation = quote! {
                impl #krate::houston::Operation for #marker {
                    const NAME: &'static str = #name;
                    const BASE: &'static str = #base;
                    const KIND: #krate::houston::OperationKind = #krate::houston::OperationKind::#kind;
                    const MIN_VERSION: Option<#krate::houston::Version> = #min_version;
                    const FILE: &'static str = #file;
                }
            };
            let mut file: syn::File = syn::parse2(module)
                .map_err(|e| format!("{}: generated code is not valid Rust: {e}", op.file))?;
            Rename {
                old_marker: op.name.to_upper_camel_case(),
                new_marker: marker.to_string(),
                old_module: op.name.to_snake_case(),
                new_module: module_name.clone(),
            }
            .visit_file_mut(&mut file);
            optional_defaults(&mut file, &op.defaults);
            builtin_id(&mut file);
            file.items
                .push(syn::parse2(implementation).map_err(|e| e.to_string())?);
            add_call(&mut file, &marker, name, &krate);
            shapes.insert(op.name.as_str(), Shape::of(&file));
            Docs {
                operation: op,
                marker: marker.to_string(),
            }
            .visit_file_mut(&mut file);
            items.extend(file.items);
        }

        let mut versioned = Vec::new();
        for (base, ops) in groups.iter().filter(|(_, ops)| ops.len() > 1) {
            let code = variant_code(base, ops, &names, &krate);
            items.extend(
                syn::parse2::<syn::File>(code)
                    .map_err(|e| format!("variant picker for `{base}`: {e}"))?
                    .items,
            );
            let code = versioned_code(base, ops, &names, &shapes, &krate)?;
            versioned.push(
                syn::parse2::<syn::Item>(code)
                    .map_err(|e| format!("versioned call for `{base}`: {e}"))?,
            );
        }
        if !versioned.is_empty() {
            items.push(syn::parse_quote! {
                /// One call per operation that has version variants: `versioned::NAME::call` picks
                /// the variant for the client's platform (see each module).
                pub mod versioned {
                    #(#versioned)*
                }
            });
        }

        // A crate that uses one operation of many must not get a warning per unused enum, and
        // graphql_client imports more than each module needs.
        for item in &mut items {
            if let Some(attrs) = item_attrs(item) {
                attrs.push(syn::parse_quote!(#[allow(dead_code, unused_imports)]));
            }
        }
        let roots: std::collections::BTreeSet<String> = enum_names.iter().cloned().collect();
        compact_decode(&mut items, &roots, &krate);
        let mut file = syn::File {
            shebang: None,
            attrs: Vec::new(),
            items,
        };
        Reroot { krate }.visit_file_mut(&mut file);
        DocSpace.visit_file_mut(&mut file);
        Ok(prettyplease::unparse(&file))
    }
}

/// One Rust enum per schema enum, shared by every operation (graphql_client's `extern_enums`),
/// with an `Other` arm so a value a newer server adds decodes instead of failing.
fn enum_code(
    name: &str,
    doc: &str,
    values: &[String],
    serde: &syn::Path,
    krate: &syn::Path,
) -> TokenStream {
    let ident = format_ident!("{name}");
    let decode = quote!(#krate::__private::decode);
    let serde_crate = quote!(#serde).to_string();
    let variants: Vec<_> = values
        .iter()
        .map(|v| format_ident!("{}", checks::upper_camel(v)))
        .collect();
    let docs = values.iter().map(|v| format!("`{v}`"));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash, #serde::Serialize)]
        #[serde(crate = #serde_crate)]
        pub enum #ident {
            #( #[doc = #docs] #[serde(rename = #values)] #variants, )*
            /// A value the vendored schema does not declare (from a newer server).
            #[serde(untagged)]
            Other(String),
        }
        impl #ident {
            /// Every value the vendored schema declares, in schema order.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];
            /// The value as the server spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    #( #ident::#variants => #values, )*
                    #ident::Other(s) => s.as_str(),
                }
            }
            /// A value the vendored schema declares; `None` for anything else.
            pub fn known(text: &str) -> Option<Self> {
                match text {
                    #( #values => Some(#ident::#variants), )*
                    _ => None,
                }
            }
        }
        impl std::fmt::Display for #ident {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl #decode::Decode for #ident {
            fn decode(
                value: &#krate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, #decode::Mismatch> {
                #decode::string_enum(value, Self::known, Self::Other)
            }
        }
        impl<'de> #serde::Deserialize<'de> for #ident {
            fn deserialize<D: #serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                #decode::deserialize(deserializer)
            }
        }
    }
}

fn manifest_code(operations: &[FoundOperation], krate: &syn::Path) -> TokenStream {
    let entries = operations.iter().map(|op| {
        let (name, base, kind, file, text) = (&op.name, &op.base, op.kind, &op.file, &op.text);
        let min_version = match &op.min_version {
            Some(v) => quote!(Some(#v)),
            None => quote!(None),
        };
        let variables = op.variables.iter().map(|(n, t)| quote!((#n, #t)));
        let roots = &op.root_fields;
        quote! {
            #krate::manifest::OperationInfo {
                name: #name, base: #base, min_version: #min_version, kind: #kind, file: #file,
                text: #text, variables: &[#(#variables),*], root_fields: &[#(#roots),*],
            }
        }
    });
    quote! {
        /// Every operation under the queries directory, as the build found it.
        pub static MANIFEST: &[#krate::manifest::OperationInfo] = &[#(#entries),*];
    }
}

/// For an operation with version variants, an enum naming them and the generated choice of one
/// for a platform, so callers match on names, not indices or hand-kept version constants.
fn variant_code(
    base: &str,
    ops: &[&FoundOperation],
    names: &BTreeMap<&str, (String, String)>,
    krate: &syn::Path,
) -> TokenStream {
    let mut ops: Vec<(&FoundOperation, (u64, u64, u64))> = ops
        .iter()
        .map(|op| {
            let v = op
                .min_version
                .as_deref()
                .and_then(checks::parse_version)
                .unwrap_or((0, 0, 0));
            (*op, v)
        })
        .collect();
    ops.sort_by_key(|(_, v)| *v);
    let ident = format_ident!("{}Variant", base.to_upper_camel_case());
    let doc = format!(
        "The variants of `{base}` under the queries directory, oldest first; \
         [`{ident}::for_platform`] picks one for a platform."
    );
    let variants: Vec<_> = ops
        .iter()
        .map(|(op, _)| format_ident!("{}", names[op.name.as_str()].0))
        .collect();
    let docs = ops.iter().map(|(op, (a, b, c))| {
        let marker = &names[op.name.as_str()].0;
        format!(
            "[`{marker}`] (`{}`), for platforms from {a}.{b}.{c} on.",
            op.file
        )
    });
    let versions: Vec<_> = ops
        .iter()
        .map(|(_, (a, b, c))| quote!(#krate::houston::Version(#a, #b, #c)))
        .collect();
    let oldest = &versions[0];
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #ident {
            #( #[doc = #docs] #variants, )*
        }
        impl #ident {
            /// The oldest platform any variant is for: below it, none fits.
            pub const OLDEST: #krate::houston::Version = #oldest;
            /// Every variant with the oldest platform it is for, oldest first.
            pub const ALL: &'static [(Self, #krate::houston::Version)] =
                &[#( (#ident::#variants, #versions) ),*];
            /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
            /// unknown platform, or one older than every variant, gets the newest.
            pub fn for_platform(platform: Option<#krate::houston::Version>) -> Self {
                let versions: Vec<#krate::houston::Version> =
                    Self::ALL.iter().map(|(_, v)| *v).collect();
                let i = #krate::houston::pick_variant(&versions, platform)
                    .unwrap_or(Self::ALL.len() - 1);
                Self::ALL[i].0
            }
            /// The oldest platform this variant is for.
            pub fn min_version(self) -> #krate::houston::Version {
                Self::ALL
                    .iter()
                    .find(|(v, _)| *v == self)
                    .map(|(_, min)| *min)
                    .unwrap_or(#krate::houston::Version(0, 0, 0))
            }
        }
    }
}

/// What the versioned call needs of one generated operation module: its name, the fields of
/// its `Variables`, and the types it defines itself (the rest are shared, at the top).
struct Shape {
    module: proc_macro2::Ident,
    fields: Vec<syn::Field>,
    local: std::collections::BTreeSet<String>,
    /// The module's type aliases (`type Int = i64;`, `type Uuid = super::Uuid;`).
    aliases: BTreeMap<String, syn::Type>,
}

impl Shape {
    fn of(file: &syn::File) -> Shape {
        let mut shape = Shape {
            module: format_ident!("unnamed"),
            fields: Vec::new(),
            local: Default::default(),
            aliases: Default::default(),
        };
        for item in &file.items {
            let syn::Item::Mod(module) = item else {
                continue;
            };
            shape.module = module.ident.clone();
            for inner in module.content.iter().flat_map(|(_, items)| items) {
                match inner {
                    syn::Item::Struct(s) => {
                        if s.ident == "Variables" {
                            shape.fields = s.fields.iter().cloned().collect();
                        }
                        shape.local.insert(s.ident.to_string());
                    }
                    syn::Item::Enum(e) => {
                        shape.local.insert(e.ident.to_string());
                    }
                    syn::Item::Type(t) => {
                        shape.aliases.insert(t.ident.to_string(), (*t.ty).clone());
                    }
                    _ => {}
                }
            }
        }
        shape
    }
}

/// A field type of a variant module, as named from `versioned::<base>`: the module's own types
/// through the module, graphql_client's private aliases (`Int`, `ID`, …) as what they stand for,
/// the shared enums and scalars at the top.
struct Qualify<'a> {
    shape: &'a Shape,
}

impl VisitMut for Qualify<'_> {
    fn visit_type_path_mut(&mut self, path: &mut syn::TypePath) {
        if path.qself.is_none() && path.path.segments.len() == 1 {
            let segment = &path.path.segments[0];
            let name = segment.ident.to_string();
            let ident = segment.ident.clone();
            let module = &self.shape.module;
            let alias = match self.shape.aliases.get(&name) {
                Some(syn::Type::Path(target)) => Some(target),
                _ => None,
            };
            let replaced: Option<syn::TypePath> = match name.as_str() {
                "Option" | "Vec" | "Box" | "String" | "bool" | "i64" | "f64" => None,
                // `super::Uuid` in the module is `super::super::Uuid` from `versioned::<base>`.
                _ if alias.is_some_and(|t| t.path.segments[0].ident == "super") => {
                    let target = alias.expect("checked");
                    Some(syn::parse_quote!(super::#target))
                }
                // `type Int = i64;` and the like: what they stand for.
                _ if alias.is_some() => alias.cloned(),
                _ if self.shape.local.contains(&name) => {
                    Some(syn::parse_quote!(super::super::#module::#ident))
                }
                _ => Some(syn::parse_quote!(super::super::#ident)),
            };
            if let Some(replaced) = replaced {
                *path = replaced;
                return;
            }
        }
        syn::visit_mut::visit_type_path_mut(self, path);
    }
}

/// The variables `op` requires (GraphQL names): non-null and with no default.
fn required(op: &FoundOperation) -> impl Iterator<Item = &str> {
    op.variables
        .iter()
        .filter(|(name, ty)| ty.ends_with('!') && !op.defaults.iter().any(|(d, _)| d == name))
        .map(|(name, _)| name.as_str())
}

fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.qself.is_none()
        && p.path.segments.len() == 1
        && p.path.segments[0].ident == "Option")
}

/// `versioned::<base>`: one `call` for an operation with version variants (genqlient's "one
/// call per operation"). Its `Variables` is the union of the variants' variables (a variable
/// some variant lacks, or does not require, is an `Option`); `call` picks the variant from the
/// client's platform version — asking for it in the same request when it is unknown (the probe
/// rides along with a query), and sending the older variant when the answer says the platform
/// is older — and refuses, before sending, a value the chosen variant has no place for
/// ([`Error::NotCarried`](houston::Error)). The answer is an enum over the variants' data.
fn versioned_code(
    base: &str,
    ops: &[&FoundOperation],
    names: &BTreeMap<&str, (String, String)>,
    shapes: &BTreeMap<&str, Shape>,
    krate: &syn::Path,
) -> Result<TokenStream, String> {
    let serde: syn::Path = syn::parse_quote!(#krate::__private::serde);
    let serde_crate = quote!(#serde).to_string();
    let module = format_ident!("{}", base.to_snake_case());
    let picker = format_ident!("{}Variant", base.to_upper_camel_case());
    let shape_of = |op: &FoundOperation| {
        shapes
            .get(op.name.as_str())
            .ok_or_else(|| format!("`{}`: no generated module", op.name))
    };
    // The union, in the newest variant's order, then what older ones add; a field's type is
    // the newest declaring variant's.
    let mut newest_first: Vec<&FoundOperation> = ops.to_vec();
    newest_first.sort_by_key(|op| {
        std::cmp::Reverse(
            op.min_version
                .as_deref()
                .and_then(checks::parse_version)
                .unwrap_or((0, 0, 0)),
        )
    });
    let mut union: Vec<(String, syn::Field, bool)> = Vec::new();
    for op in &newest_first {
        let shape = shape_of(op)?;
        for field in &shape.fields {
            let name = graphql_name(field);
            if union.iter().any(|(n, ..)| *n == name) {
                continue;
            }
            let in_every = newest_first.iter().all(|other| {
                shapes.get(other.name.as_str()).is_some_and(|s| {
                    s.fields
                        .iter()
                        .any(|f| graphql_name(f) == name && !is_option(&f.ty))
                })
            });
            let mut ty = field.ty.clone();
            Qualify { shape }.visit_type_mut(&mut ty);
            if !in_every && !is_option(&ty) {
                ty = syn::parse_quote!(Option<#ty>);
            }
            let ident = field.ident.clone().expect("named field");
            let takers: Vec<String> = newest_first
                .iter()
                .filter(|o| {
                    shapes
                        .get(o.name.as_str())
                        .is_some_and(|s| s.fields.iter().any(|f| graphql_name(f) == name))
                })
                .map(|o| format!("`{}`", o.name))
                .collect();
            let mut doc = if takers.len() == newest_first.len() {
                format!("`${name}`, in every variant.")
            } else {
                format!("`${name}`, taken by {} only.", takers.join(", "))
            };
            let optional = is_option(&ty);
            if let Some((_, default)) = op.defaults.iter().find(|(n, _)| *n == name) {
                doc.push_str(&format!(
                    " `None` leaves it out, and the operation's default `{default}` applies."
                ));
            }
            let requirers: Vec<String> = newest_first
                .iter()
                .filter(|o| required(o).any(|r| r == name))
                .map(|o| format!("`{}`", o.name))
                .collect();
            if optional && !requirers.is_empty() {
                doc.push_str(&format!(
                    " Required by {}: left `None` where that variant is picked, the call fails \
                     before sending with `Error::MissingVariable`.",
                    requirers.join(", ")
                ));
            }
            let field: syn::Field = if optional {
                syn::parse_quote! {
                    #[doc = #doc]
                    #[serde(rename = #name, default, skip_serializing_if = "Option::is_none")]
                    pub #ident: #ty
                }
            } else {
                syn::parse_quote! {
                    #[doc = #doc]
                    #[serde(rename = #name)]
                    pub #ident: #ty
                }
            };
            union.push((name, field, optional));
        }
    }
    let fields = union.iter().map(|(_, f, _)| f);
    let arms: Vec<_> = ops
        .iter()
        .map(|op| {
            let shape = shape_of(op)?;
            let variant = format_ident!("{}", names[op.name.as_str()].0);
            let op_module = &shape.module;
            let declared = op.variables.iter().map(|(n, _)| n.as_str());
            let required = required(op);
            Ok(quote! {
                #picker::#variant => {
                    let v = #krate::houston::carry::<super::super::#op_module::Variables>(
                        variables, &[#(#declared),*], &[#(#required),*], #base, platform,
                    )?;
                    let r = client.execute::<super::super::#variant>(v).await?;
                    Ok(#krate::houston::Response { data: ResponseData::#variant(r.data), raw: r.raw })
                }
            })
        })
        .collect::<Result<_, String>>()?;
    let carried_arms: Vec<_> = ops
        .iter()
        .map(|op| {
            let variant = format_ident!("{}", names[op.name.as_str()].0);
            let declared = op.variables.iter().map(|(n, _)| n.as_str());
            quote!(#picker::#variant => &[#(#declared),*])
        })
        .collect();
    let required_arms: Vec<_> = ops
        .iter()
        .map(|op| {
            let variant = format_ident!("{}", names[op.name.as_str()].0);
            let required = required(op);
            quote!(#picker::#variant => &[#(#required),*])
        })
        .collect();
    let data_variants = ops.iter().map(|op| {
        let variant = format_ident!("{}", names[op.name.as_str()].0);
        let op_module = &shapes[op.name.as_str()].module;
        let doc = format!("The answer of `{}` ({}).", op.name, op.file);
        quote!(#[doc = #doc] #variant(super::super::#op_module::ResponseData))
    });
    let module_doc = format!(
        "`{base}` whatever the platform's version: [`call`] sends the variant \
         [`{picker}`](super::super::{picker}) picks for it."
    );
    let call_doc = format!(
        "Runs `{base}` on `client` in the variant for its platform: the one the client's known \
         version picks; when the version is unknown, the newest (a query asks for the version \
         in the same request), then the older variant if the answer says the platform is older. \
         A value given for a variable the chosen variant lacks is refused before anything is \
         sent, as `Error::NotCarried`, and a variable it requires left `None` as \
         `Error::MissingVariable`."
    );
    let variables_doc = format!(
        "The variables of every variant of `{base}`: one a variant lacks, does not require or \
         gives a default is an `Option` (`None` leaves it out of the request)."
    );
    let data_doc = format!("What `{base}` returns: the answer of the variant that ran.");
    Ok(quote! {
        #[doc = #module_doc]
        pub mod #module {
            #[doc = #variables_doc]
            #[derive(Debug, Clone, PartialEq, #serde::Serialize, #serde::Deserialize)]
            #[serde(crate = #serde_crate)]
            pub struct Variables {
                #(#fields),*
            }

            #[doc = #data_doc]
            #[derive(Debug, Clone, PartialEq)]
            pub enum ResponseData {
                #(#data_variants),*
            }

            /// The variables (GraphQL names) `variant` declares.
            fn declared(variant: super::super::#picker) -> &'static [&'static str] {
                use super::super::#picker;
                match variant {
                    #(#carried_arms),*
                }
            }

            /// The variables (GraphQL names) `variant` requires: non-null, with no default.
            fn required(variant: super::super::#picker) -> &'static [&'static str] {
                use super::super::#picker;
                match variant {
                    #(#required_arms),*
                }
            }

            #[doc = #call_doc]
            pub async fn call(
                client: &#krate::houston::Client,
                variables: Variables,
            ) -> Result<#krate::houston::Response<ResponseData>, #krate::houston::Error> {
                use super::super::#picker;
                let newest = #picker::ALL[#picker::ALL.len() - 1].0;
                let first = match client.known_platform_version() {
                    Some(platform) => #picker::for_platform(platform),
                    // A variable the newest lacks, or one it requires left out: learn the
                    // version first rather than refuse what an older platform's variant takes.
                    None if !#krate::houston::carries(
                        &variables, declared(newest), required(newest),
                    ) => {
                        #picker::for_platform(client.platform_version().await?)
                    }
                    None => newest,
                };
                match send(client, first, &variables).await {
                    Err(#krate::houston::Error::TooOld { .. }) => {
                        let known = client.platform_version().await?;
                        send(client, #picker::for_platform(known), &variables).await
                    }
                    other => other,
                }
            }

            async fn send(
                client: &#krate::houston::Client,
                variant: super::super::#picker,
                variables: &Variables,
            ) -> Result<#krate::houston::Response<ResponseData>, #krate::houston::Error> {
                use super::super::#picker;
                let platform = client.known_platform_version().flatten();
                match variant {
                    #(#arms)*
                }
            }
        }
    })
}

/// A variable with a default in the operation becomes an `Option` that is left out of the
/// request when `None`, so the operation's default applies (GraphQL lets a request omit such a
/// variable; graphql_client makes it a required field and writes the default as a function).
///
/// The `Variables::default_NAME()` functions graphql_client writes go: nothing needs them once
/// the default is the server's to apply, and for an enum default they return a string literal
/// where the enum is expected (code that does not compile).
fn optional_defaults(file: &mut syn::File, defaults: &[(String, String)]) {
    if defaults.is_empty() {
        return;
    }
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        let Some((_, content)) = &mut module.content else {
            continue;
        };
        content.retain(|inner| {
            !matches!(inner, syn::Item::Impl(i)
                if matches!(&*i.self_ty, syn::Type::Path(p) if p.path.is_ident("Variables"))
                && i.trait_.is_none()
                && i.items.iter().all(|f| matches!(f, syn::ImplItem::Fn(f)
                    if f.sig.ident.to_string().starts_with("default_"))))
        });
        for inner in content.iter_mut() {
            let syn::Item::Struct(s) = inner else {
                continue;
            };
            if s.ident != "Variables" {
                continue;
            }
            for field in s.fields.iter_mut() {
                let name = graphql_name(field);
                let Some((_, default)) = defaults.iter().find(|(n, _)| *n == name) else {
                    continue;
                };
                if is_option(&field.ty) {
                    continue;
                }
                let ty = &field.ty;
                field.ty = syn::parse_quote!(Option<#ty>);
                let doc = format!(
                    "`${name}`: `None` leaves it out, and the operation's default `{default}` applies."
                );
                field.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
                field
                    .attrs
                    .push(syn::parse_quote!(#[serde(skip_serializing_if = "Option::is_none")]));
            }
        }
    }
}

/// graphql_client's Rust normalization names the built-in `ID` scalar `Id` in `Variables` and
/// input types but aliases only `ID` (`type ID = String;`); houston's schema has a custom `Id`
/// scalar that the module's `use super::*` happens to find, another schema has none and the
/// code does not compile. A module that does not alias `Id` itself gets `type Id = String;`.
fn builtin_id(file: &mut syn::File) {
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        let Some((_, content)) = &mut module.content else {
            continue;
        };
        let aliased = content
            .iter()
            .any(|i| matches!(i, syn::Item::Type(t) if t.ident == "Id"));
        if !aliased {
            content.push(syn::parse_quote! {
                #[allow(dead_code)]
                type Id = String;
            });
        }
    }
}

/// Adds `call(client, …variables)` to an operation's module: one call per operation, its
/// variables as arguments in the order the operation declares them (genqlient's shape), so a
/// caller writes neither the marker nor the `Variables` struct.
fn add_call(file: &mut syn::File, marker: &proc_macro2::Ident, name: &str, krate: &syn::Path) {
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        let Some((_, content)) = &mut module.content else {
            continue;
        };
        let Some(fields) = content.iter().find_map(|i| match i {
            syn::Item::Struct(s) if s.ident == "Variables" => Some(s.fields.clone()),
            _ => None,
        }) else {
            continue;
        };
        let idents: Vec<_> = fields.iter().filter_map(|f| f.ident.clone()).collect();
        let types = fields.iter().map(|f| &f.ty);
        let variables = match fields {
            syn::Fields::Unit => quote!(Variables),
            _ => quote!(Variables { #(#idents),* }),
        };
        let doc = format!(
            "Runs `{name}` on `client` with its variables in the order the operation declares \
             them: `Client::execute::<{marker}>` without the `Variables` struct."
        );
        content.push(syn::parse_quote! {
            #[doc = #doc]
            #[allow(clippy::too_many_arguments)]
            pub async fn call(
                client: &#krate::houston::Client,
                #( #idents: #types ),*
            ) -> Result<#krate::houston::Response<ResponseData>, #krate::houston::Error> {
                client.execute::<super::#marker>(#variables).await
            }
        });
    }
}

/// Renames an operation's marker, module and nested types from the operation name to the
/// base name when it has no other variant (`WorkspaceTeams`, not `WorkspaceTeams0280`).
struct Rename {
    old_marker: String,
    new_marker: String,
    old_module: String,
    new_module: String,
}

impl VisitMut for Rename {
    fn visit_ident_mut(&mut self, ident: &mut proc_macro2::Ident) {
        if self.old_marker == self.new_marker {
            return;
        }
        let text = ident.to_string();
        if text == self.old_module {
            *ident = proc_macro2::Ident::new(&self.new_module, ident.span());
        } else if let Some(rest) = text.strip_prefix(&self.old_marker) {
            *ident = proc_macro2::Ident::new(&format!("{}{rest}", self.new_marker), ident.span());
        }
    }
}

/// `graphql_client::…` and `serde_json::…` in generated code become `<crate>::__private::…`,
/// so a downstream crate needs houston alone.
struct Reroot {
    krate: syn::Path,
}

impl VisitMut for Reroot {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_none()
            && path
                .segments
                .first()
                .is_some_and(|s| s.ident == "graphql_client" || s.ident == "serde_json")
        {
            let krate = &self.krate;
            let rest = &*path;
            *path = syn::parse_quote!(#krate::__private::#rest);
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_item_use_mut(&mut self, _: &mut syn::ItemUse) {}
}

/// `/// Text`, not `///Text`: prettyplease prints a doc attribute's string as it is.
struct DocSpace;

impl VisitMut for DocSpace {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if attr.path().is_ident("doc")
            && let syn::Meta::NameValue(nv) = &mut attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &mut nv.value
            && !s.value().starts_with(' ')
        {
            *s = syn::LitStr::new(&format!(" {}", s.value()), s.span());
        }
    }
}

/// Rustdoc on every public item graphql_client generates (it writes none).
struct Docs<'a> {
    operation: &'a FoundOperation,
    marker: String,
}

fn has_doc(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("doc"))
}

/// One attribute per line: prettyplease prints a multi-line doc string as a `/** */` block.
fn add_doc(attrs: &mut Vec<syn::Attribute>, doc: &str) {
    if !has_doc(attrs) {
        for (i, line) in doc.lines().enumerate() {
            attrs.insert(i, syn::parse_quote!(#[doc = #line]));
        }
    }
}

/// The GraphQL name of a field: its `#[serde(rename = "…")]`, or the Rust name.
fn graphql_name(field: &syn::Field) -> String {
    for attr in &field.attrs {
        if attr.path().is_ident("serde") {
            let mut found = None;
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    found = Some(meta.value()?.parse::<syn::LitStr>()?.value());
                } else if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
            if let Some(name) = found {
                return name;
            }
        }
    }
    field
        .ident
        .as_ref()
        .map(|i| i.to_string().trim_start_matches("r#").to_string())
        .unwrap_or_default()
}

impl Docs<'_> {
    /// The comment lines at the top of the operation's file, which say what it is for.
    fn file_comment(&self) -> String {
        self.operation
            .text
            .lines()
            .take_while(|l| l.trim_start().starts_with('#'))
            .map(|l| l.trim_start().trim_start_matches('#').trim())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl VisitMut for Docs<'_> {
    fn visit_item_mut(&mut self, item: &mut syn::Item) {
        let op = &self.operation;
        match item {
            syn::Item::Struct(s) if s.ident == self.marker => {
                let comment = self.file_comment();
                let mut doc = format!(
                    "The {} `{}` ({}): run it with `Client::execute`.",
                    op.kind, op.name, op.file
                );
                if !comment.is_empty() {
                    doc = format!("{comment}\n\n{doc}");
                }
                add_doc(&mut s.attrs, &doc);
            }
            syn::Item::Struct(s) => {
                let doc = match s.ident.to_string().as_str() {
                    "Variables" => format!("The variables of `{}`.", op.name),
                    "ResponseData" => format!("What `{}` returns.", op.name),
                    other => format!("A selection in the response of `{}` (`{other}`).", op.name),
                };
                add_doc(&mut s.attrs, &doc);
                let variables = s.ident == "Variables";
                for field in s.fields.iter_mut() {
                    let doc = if variables {
                        format!("`${}`.", graphql_name(field))
                    } else {
                        format!("`{}` as selected.", graphql_name(field))
                    };
                    add_doc(&mut field.attrs, &doc);
                }
            }
            syn::Item::Enum(e) => {
                let doc = format!("One of the types a selection of `{}` may be.", op.name);
                add_doc(&mut e.attrs, &doc);
                for v in e.variants.iter_mut() {
                    let doc = format!("`{}`.", v.ident);
                    add_doc(&mut v.attrs, &doc);
                    for field in v.fields.iter_mut() {
                        add_doc(&mut field.attrs, "The selected fields.");
                    }
                }
            }
            syn::Item::Mod(m) => {
                let doc = format!(
                    "The types of `{}` ({}): its `Variables` and `ResponseData`.",
                    op.name, op.file
                );
                add_doc(&mut m.attrs, &doc);
            }
            syn::Item::Const(c) => {
                let doc = match c.ident.to_string().as_str() {
                    "OPERATION_NAME" => "The operation's name, as sent to the server.",
                    "QUERY" => "The document, as sent to the server.",
                    _ => "A constant of the operation.",
                };
                add_doc(&mut c.attrs, doc);
            }
            syn::Item::Impl(i) => {
                for item in i.items.iter_mut() {
                    if let syn::ImplItem::Fn(f) = item {
                        let doc = format!(
                            "The default of `{}` declared in the operation.",
                            f.sig.ident.to_string().trim_start_matches("default_")
                        );
                        add_doc(&mut f.attrs, &doc);
                    }
                }
            }
            _ => {}
        }
        syn::visit_mut::visit_item_mut(self, item);
    }
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        syn::Item::Struct(i) => Some(&mut i.attrs),
        syn::Item::Enum(i) => Some(&mut i.attrs),
        syn::Item::Impl(i) => Some(&mut i.attrs),
        syn::Item::Static(i) => Some(&mut i.attrs),
        syn::Item::Type(i) => Some(&mut i.attrs),
        syn::Item::Mod(i) => {
            // graphql_client's inner `#![allow(dead_code)]` gives way to the outer one.
            i.attrs.retain(|a| matches!(a.style, syn::AttrStyle::Outer));
            Some(&mut i.attrs)
        }
        _ => None,
    }
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

/// serde's `Deserialize` derive, replaced by a `Decode` impl of one line per field and a
/// five-line `Deserialize` on top of it (`houston::__private::decode`): the derive's field enum,
/// visitor and `visit_seq` were most of the generated code's compile time (docs/design.md,
/// sixth session). A struct the impl cannot express (a `flatten`ed fragment, generics, a
/// serde attribute it does not know) keeps the derive. `roots` are the types at the top of
/// the file that every operation module sees through `use super::*` (the schema enums).
fn compact_decode(
    items: &mut Vec<syn::Item>,
    roots: &std::collections::BTreeSet<String>,
    krate: &syn::Path,
) {
    let mut local = roots.clone();
    for item in items.iter() {
        if let syn::Item::Struct(s) = item
            && convertible(s)
        {
            local.insert(s.ident.to_string());
        }
    }
    let mut added = Vec::new();
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(s) if convertible(s) => {
                added.extend(decode_impls(s, &local, krate));
                drop_deserialize(s);
                added.extend(variables_defaults(s));
            }
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &mut m.content {
                    compact_decode(inner, roots, krate);
                }
            }
            _ => {}
        }
    }
    items.extend(added);
}

fn derives_deserialize(attrs: &[syn::Attribute]) -> bool {
    derive_paths(attrs)
        .iter()
        .any(|p| p.segments.last().is_some_and(|s| s.ident == "Deserialize"))
}

fn derive_paths(attrs: &[syn::Attribute]) -> Vec<syn::Path> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .flat_map(|a| {
            a.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .map(|p| p.into_iter().collect::<Vec<_>>())
            .unwrap_or_default()
        })
        .collect()
}

/// The serde attribute keys of `attrs` (`rename`, `default`, …); `None` if one does not parse.
fn serde_keys(attrs: &[syn::Attribute]) -> Option<Vec<String>> {
    let mut keys = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            keys.push(
                meta.path
                    .get_ident()
                    .map(|i| i.to_string())
                    .unwrap_or_default(),
            );
            if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        })
        .ok()?;
    }
    Some(keys)
}

fn convertible(s: &syn::ItemStruct) -> bool {
    let syn::Fields::Named(fields) = &s.fields else {
        return false;
    };
    derives_deserialize(&s.attrs)
        && s.generics.params.is_empty()
        && serde_keys(&s.attrs).is_some_and(|k| k.iter().all(|k| k == "crate"))
        && fields.named.iter().all(|f| {
            serde_keys(&f.attrs).is_some_and(|keys| {
                keys.iter()
                    .all(|k| matches!(k.as_str(), "rename" | "skip_serializing_if" | "default"))
                    && (!keys.iter().any(|k| k == "default") || is_option(&f.ty))
            })
        })
}

/// The type inside `Option`/`Vec`/`Box` wrappers, if it is a plain name (`Foo`).
fn leaf_name(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else { return None };
    if p.qself.is_some() || p.path.segments.len() != 1 {
        return None;
    }
    let segment = &p.path.segments[0];
    match &segment.arguments {
        syn::PathArguments::None => Some(segment.ident.to_string()),
        syn::PathArguments::AngleBracketed(args)
            if matches!(segment.ident.to_string().as_str(), "Option" | "Vec" | "Box")
                && args.args.len() == 1 =>
        {
            match &args.args[0] {
                syn::GenericArgument::Type(inner) => leaf_name(inner),
                _ => None,
            }
        }
        _ => None,
    }
}

fn decode_impls(
    s: &syn::ItemStruct,
    decodable: &std::collections::BTreeSet<String>,
    krate: &syn::Path,
) -> Vec<syn::Item> {
    let ident = &s.ident;
    let expected = format!("struct {ident}");
    let decode = quote!(#krate::__private::decode);
    let serde = quote!(#krate::__private::serde);
    let fields = s.fields.iter().map(|f| {
        let name = f.ident.as_ref().expect("named field");
        let key = graphql_name(f);
        let optional = is_option(&f.ty);
        if leaf_name(&f.ty).is_some_and(|leaf| decodable.contains(&leaf)) {
            quote!(#name: #decode::field(object, #key)?)
        } else {
            quote!(#name: #decode::scalar(object, #key, #optional)?)
        }
    });
    vec![
        syn::parse_quote! {
            impl #decode::Decode for #ident {
                fn decode(
                    value: &#krate::__private::serde_json::Value,
                ) -> ::std::result::Result<Self, #decode::Mismatch> {
                    let object = #decode::object(value, #expected)?;
                    ::std::result::Result::Ok(#ident { #(#fields,)* })
                }
            }
        },
        syn::parse_quote! {
            impl<'de> #serde::Deserialize<'de> for #ident {
                fn deserialize<D: #serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    #decode::deserialize(deserializer)
                }
            }
        },
    ]
}

/// `Deserialize` out of the derive; a struct left with no serde derive loses its serde
/// attributes too (they would not compile).
fn drop_deserialize(s: &mut syn::ItemStruct) {
    let mut serialize = false;
    for attr in s.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let kept: Vec<syn::Path> = derive_paths(std::slice::from_ref(attr))
            .into_iter()
            .filter(|p| p.segments.last().is_none_or(|s| s.ident != "Deserialize"))
            .collect();
        serialize |= kept
            .iter()
            .any(|p| p.segments.last().is_some_and(|s| s.ident == "Serialize"));
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
    if !serialize {
        s.attrs.retain(|a| !a.path().is_ident("serde"));
        for field in s.fields.iter_mut() {
            field.attrs.retain(|a| !a.path().is_ident("serde"));
        }
    }
}

/// Ways to write a `Variables` without naming every optional variable, so a variable added
/// later does not break a caller's struct literal: `Default` when every field is an `Option`,
/// else `Variables::new` with the required ones (the rest `None`), for
/// `Variables { label: Some(..), ..Variables::new(id) }`. No `Default` where a field is
/// required: it would send an empty string without a word.
fn variables_defaults(s: &mut syn::ItemStruct) -> Option<syn::Item> {
    let syn::Fields::Named(fields) = &s.fields else {
        return None;
    };
    if s.ident != "Variables" || fields.named.is_empty() {
        return None;
    }
    let (optional, required): (Vec<&syn::Field>, Vec<&syn::Field>) =
        fields.named.iter().partition(|f| is_option(&f.ty));
    if required.is_empty() {
        s.attrs.push(syn::parse_quote!(#[derive(Default)]));
        return None;
    }
    if optional.is_empty() {
        return None;
    }
    let names: Vec<_> = required.iter().map(|f| f.ident.clone()).collect();
    let types: Vec<_> = required.iter().map(|f| f.ty.clone()).collect();
    let unset: Vec<_> = optional.iter().map(|f| f.ident.clone()).collect();
    let doc = format!(
        "The required variables ({}); every optional one `None`.",
        required
            .iter()
            .map(|f| format!("`${}`", graphql_name(f)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Some(syn::parse_quote! {
        impl Variables {
            #[doc = #doc]
            #[allow(clippy::too_many_arguments)]
            pub fn new(#(#names: #types),*) -> Self {
                Variables { #(#names,)* #(#unset: None,)* }
            }
        }
    })
}
