//! The checks every GraphQL document goes through, at build time (`build.rs` includes this file
//! with `#[path]`) and at run time (`houston query run|check`). One copy, so a document the build
//! accepts is exactly a document the CLI accepts.
//!
//! This file may only depend on `apollo-compiler` and `std`: it is compiled into the build script too.

use apollo_compiler::ast::OperationType;
use apollo_compiler::diagnostic::{CliReport, Color};
use apollo_compiler::executable::{Field, Selection, SelectionSet};
use apollo_compiler::parser::SourceSpan;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Node, Schema};
use std::collections::{BTreeMap, HashSet};

/// How bad a finding is. Warnings never stop a build or a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding, positioned in its source file (line and column start at 1).
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub severity: Severity,
    /// The full report with the source snippet (no colour).
    pub rendered: String,
}

impl Diagnostic {
    /// `file:line:col: message`, the form editors and CI logs jump to.
    pub fn headline(&self) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }

    fn at(
        sources: &apollo_compiler::parser::SourceMap,
        file: &str,
        location: Option<SourceSpan>,
        severity: Severity,
        message: String,
        label: &str,
    ) -> Self {
        let (line, column) = location
            .and_then(|l| l.line_column_range(sources))
            .map(|r| (r.start.line, r.start.column))
            .unwrap_or((1, 1));
        let mut report = CliReport::builder(sources, location, Color::Never);
        report.with_message(&message);
        report.with_label_opt(location, label);
        Diagnostic {
            file: file.to_string(),
            line,
            column,
            message,
            severity,
            rendered: report.into_string(),
        }
    }
}

/// Past this many, errors are counted, not listed: a file that is not GraphQL at all (say, a
/// JSON introspection answer given as SDL) has one per token.
pub const MAX_LISTED: usize = 50;
/// Snippets of longer lines are left out: each one repeats the whole line, and a minified
/// one-line file with many errors made gigabytes of them (found by fuzzing `schema_diff`).
pub const MAX_SNIPPET_LINE: usize = 400;

fn from_list(
    list: &apollo_compiler::validation::DiagnosticList,
    file: &str,
    text: &str,
) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    let mut found = Vec::new();
    for d in list.iter() {
        let (line, column) = d
            .line_column_range()
            .map(|r| (r.start.line, r.start.column))
            .unwrap_or((1, 1));
        let message = d.error.to_string();
        // apollo-compiler can report one problem twice (from parsing and from validation).
        if seen.insert((line, column, message.clone())) {
            found.push((line, column, message, d));
        }
    }
    // A document that does not parse gets its syntax errors only: what validation says about
    // the pieces left (which operation to run, say) follows from them and came first.
    if found.iter().any(|f| f.2.starts_with("syntax error")) {
        found.retain(|f| f.2.starts_with("syntax error"));
    }
    let total = found.len();
    // Rendering is the costly part (each report repeats its line): only for those listed.
    let mut all: Vec<Diagnostic> = found
        .into_iter()
        .take(MAX_LISTED)
        .map(|(line, column, message, d)| {
            let long = text
                .lines()
                .nth(line.saturating_sub(1))
                .is_some_and(|l| l.len() > MAX_SNIPPET_LINE);
            Diagnostic {
                file: file.to_string(),
                line,
                column,
                message,
                severity: Severity::Error,
                rendered: if long { String::new() } else { d.to_string() },
            }
        })
        .collect();
    if total > MAX_LISTED {
        all.push(Diagnostic {
            file: file.to_string(),
            line: 1,
            column: 1,
            message: format!(
                "{MORE_PREFIX}{} more errors (is this the right file?)",
                total - MAX_LISTED
            ),
            severity: Severity::Error,
            rendered: String::new(),
        });
    }
    all
}

/// How the line standing in for errors past [`MAX_LISTED`] starts.
const MORE_PREFIX: &str = "… and ";

/// How many errors `list` stands for: the stand-in line for those past [`MAX_LISTED`] counts
/// as the number it names, so a summary says 39,998 errors rather than 51.
pub fn error_count(list: &[Diagnostic]) -> usize {
    list.iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            d.message
                .strip_prefix(MORE_PREFIX)
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(1)
        })
        .sum()
}

/// Parses and validates an SDL schema.
pub fn parse_schema(sdl: &str, path: &str) -> Result<Valid<Schema>, Vec<Diagnostic>> {
    Schema::parse_and_validate(sdl, path).map_err(|e| from_list(&e.errors, path, sdl))
}

/// Which rules apply on top of the GraphQL specification.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Checked-in operations: exactly one named operation per file, named like the file.
    pub one_operation_named_like_file: bool,
    /// Rules that exist because graphql_client generates the Rust types: `__typename` on
    /// abstract selections, no `@skip`/`@include` on a non-null field.
    pub codegen: bool,
}

impl Rules {
    /// What `build.rs` demands of every file under `queries/`.
    pub const CHECKED_IN: Rules = Rules {
        one_operation_named_like_file: true,
        codegen: true,
    };
    /// What any operation file run through the CLI must satisfy.
    pub const RUN_TIME: Rules = Rules {
        one_operation_named_like_file: false,
        codegen: false,
    };
}

/// A document that passed every error-level check, with its warnings.
pub struct Checked {
    pub document: Valid<ExecutableDocument>,
    pub warnings: Vec<Diagnostic>,
}

/// Validates `text` against `schema` and runs the house rules; every error at once.
pub fn check_document(
    schema: &Valid<Schema>,
    text: &str,
    path: &str,
    rules: Rules,
) -> Result<Checked, Vec<Diagnostic>> {
    let document = ExecutableDocument::parse_and_validate(schema, text, path)
        .map_err(|e| from_list(&e.errors, path, text))?;
    let mut found = Vec::new();
    if rules.one_operation_named_like_file {
        found.extend(file_naming(&document, path));
    }
    let mut walker = Walker {
        schema,
        document: &document,
        path,
        codegen: rules.codegen,
        found: &mut found,
    };
    for op in document.operations.iter() {
        walker.selection_set(&op.selection_set);
    }
    for fragment in document.fragments.values() {
        walker.selection_set(&fragment.selection_set);
    }
    // A file that must use a deprecated field (the only way to reach some data on every
    // platform) says so once, with `# allow-deprecated: <why>`, instead of warning forever.
    if text
        .lines()
        .any(|l| l.trim_start().starts_with("# allow-deprecated:"))
    {
        found.retain(|d| d.severity == Severity::Error || !d.message.contains("is deprecated"));
    }
    let (errors, warnings): (Vec<_>, Vec<_>) = found
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    if errors.is_empty() {
        Ok(Checked { document, warnings })
    } else {
        let mut all = errors;
        all.extend(warnings);
        all.sort_by_key(|d| (d.line, d.column));
        Err(all)
    }
}

/// Splits a file stem into the operation's base name and the minimum platform version of a
/// version variant: `upsertDeployment@1.0.1` is the variant of `upsertDeployment` for
/// platforms from 1.0.1 on.
pub fn split_variant(stem: &str) -> (&str, Option<&str>) {
    match stem.split_once('@') {
        Some((base, version)) => (base, Some(version)),
        None => (stem, None),
    }
}

/// The operation name a file must declare: its stem, or `base_X_Y_Z` for a variant file
/// `base@X.Y.Z` (operation names must be unique across `queries/`, and a name cannot hold `@`).
pub fn expected_operation_name(stem: &str) -> String {
    match split_variant(stem) {
        (base, Some(version)) => format!("{base}_{}", version.replace(['.', '-'], "_")),
        (base, None) => base.to_string(),
    }
}

pub use crate::version::parse_version;

fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".graphql").unwrap_or(name)
}

fn file_naming(document: &Valid<ExecutableDocument>, path: &str) -> Vec<Diagnostic> {
    let stem = file_stem(path);
    let expected = expected_operation_name(stem);
    let sources = &document.sources;
    let mut found = Vec::new();
    if let (_, Some(version)) = split_variant(stem)
        && parse_version(version).is_none()
    {
        found.push(Diagnostic::at(
            sources,
            path,
            None,
            Severity::Error,
            format!("`{version}` in the file name is not a version (write NAME@X.Y.Z.graphql)"),
            "",
        ));
    }
    if let Some(anonymous) = &document.operations.anonymous {
        found.push(Diagnostic::at(
            sources,
            path,
            anonymous.location(),
            Severity::Error,
            format!("operations under queries/ must be named: name this one `{expected}`"),
            "anonymous operation",
        ));
    }
    let named: Vec<_> = document.operations.named.values().collect();
    if named.len() + usize::from(document.operations.anonymous.is_some()) > 1 {
        for op in named.iter().skip(1) {
            found.push(Diagnostic::at(
                sources,
                path,
                op.location(),
                Severity::Error,
                "one operation per file: move this operation to a file of its own".into(),
                "second operation",
            ));
        }
    }
    if let Some(op) = named.first()
        && op.name.as_ref().map(|n| n.as_str()) != Some(expected.as_str())
    {
        let name = op.name.as_ref().map(|n| n.as_str()).unwrap_or_default();
        found.push(Diagnostic::at(
            sources,
            path,
            op.location(),
            Severity::Error,
            format!(
                "operation `{name}` is in a file named `{stem}.graphql`: rename the operation to `{expected}` or the file to `{name}.graphql`"
            ),
            "named here",
        ));
    }
    found
}

struct Walker<'a> {
    schema: &'a Valid<Schema>,
    document: &'a Valid<ExecutableDocument>,
    path: &'a str,
    codegen: bool,
    found: &'a mut Vec<Diagnostic>,
}

impl Walker<'_> {
    fn selection_set(&mut self, set: &SelectionSet) {
        let abstract_type = matches!(
            self.schema.types.get(&set.ty),
            Some(ExtendedType::Interface(_) | ExtendedType::Union(_))
        );
        if self.codegen && abstract_type && !selects_typename(set) {
            let location = set.selections.first().and_then(selection_location);
            self.push(
                location,
                Severity::Error,
                format!(
                    "select `__typename` in this selection on the abstract type `{}`: the generated Rust type needs it to tell the variants apart",
                    set.ty
                ),
                "add __typename here",
            );
        }
        for selection in &set.selections {
            match selection {
                Selection::Field(field) => self.field(field),
                Selection::InlineFragment(inline) => self.selection_set(&inline.selection_set),
                Selection::FragmentSpread(_) => {}
            }
        }
    }

    fn field(&mut self, field: &Node<Field>) {
        if let Some(deprecated) = field.definition.directives.get("deprecated") {
            let reason = deprecated
                .specified_argument_by_name("reason")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "no longer supported".into());
            self.push(
                field.location(),
                Severity::Warning,
                format!("field `{}` is deprecated: {reason}", field.name),
                "deprecated field",
            );
        }
        if self.codegen && field.definition.ty.is_non_null() {
            for name in ["skip", "include"] {
                if field.directives.get(name).is_some() {
                    self.push(
                        field.location(),
                        Severity::Error,
                        format!(
                            "`@{name}` on the non-null field `{}`: the generated type would not be optional and decoding fails when the field is left out; select it unconditionally or wrap it in an inline fragment",
                            field.name
                        ),
                        "conditional non-null field",
                    );
                }
            }
        }
        self.selection_set(&field.selection_set);
    }

    fn push(
        &mut self,
        location: Option<SourceSpan>,
        severity: Severity,
        message: String,
        label: &str,
    ) {
        self.found.push(Diagnostic::at(
            &self.document.sources,
            self.path,
            location,
            severity,
            message,
            label,
        ));
    }
}

fn selects_typename(set: &SelectionSet) -> bool {
    set.selections.iter().any(
        |s| matches!(s, Selection::Field(f) if f.name == "__typename" && f.directives.is_empty()),
    )
}

fn selection_location(selection: &Selection) -> Option<SourceSpan> {
    match selection {
        Selection::Field(f) => f.location(),
        Selection::FragmentSpread(f) => f.location(),
        Selection::InlineFragment(f) => f.location(),
    }
}

/// Operation names must be unique across `queries/`, or the generated Rust has two items of the
/// same name. `names` maps each name to the files declaring it.
pub fn duplicate_names(names: &BTreeMap<String, Vec<String>>) -> Vec<Diagnostic> {
    names
        .iter()
        .filter(|(_, files)| files.len() > 1)
        .flat_map(|(name, files)| {
            files.iter().map(move |file| Diagnostic {
                file: file.clone(),
                line: 1,
                column: 1,
                message: format!(
                    "operation name `{name}` is used by {} files ({}): names must be unique across queries/",
                    files.len(),
                    files.join(", ")
                ),
                severity: Severity::Error,
                rendered: String::new(),
            })
        })
        .collect()
}

/// The custom scalars of the schema that have no Rust type in `known` (strict scalars: an
/// unmapped scalar must fail the build, not silently become a string).
pub fn unmapped_scalars(schema: &Schema, known: &HashSet<String>) -> Vec<String> {
    schema
        .types
        .iter()
        .filter(|(_, ty)| matches!(ty, ExtendedType::Scalar(s) if !s.is_built_in()))
        .map(|(name, _)| name.to_string())
        .filter(|name| !known.contains(&rust_scalar_name(name)))
        .collect()
}

/// The name graphql_client's Rust normalisation gives a scalar (`JSON` → `Json`).
pub fn rust_scalar_name(name: &str) -> String {
    upper_camel(name)
}

/// `WORKSPACE_ADMIN` → `WorkspaceAdmin`, `CeleryExecutor` → `CeleryExecutor`, `helm` → `Helm`,
/// `JSON` → `Json`.
pub fn upper_camel(name: &str) -> String {
    let all_upper = !name.chars().any(|c| c.is_ascii_lowercase());
    let mut out = String::with_capacity(name.len());
    for word in name.split('_').filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            if all_upper {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.extend(chars);
            }
        }
    }
    out
}

/// The kind of an operation, as a word.
pub fn kind_name(kind: OperationType) -> &'static str {
    match kind {
        OperationType::Query => "query",
        OperationType::Mutation => "mutation",
        OperationType::Subscription => "subscription",
    }
}

/// A checked-in operation that passed every check, with what the manifest records of it.
#[derive(Debug, Clone)]
pub struct FoundOperation {
    pub file: String,
    pub text: String,
    pub name: String,
    pub base: String,
    pub min_version: Option<String>,
    pub kind: &'static str,
    pub variables: Vec<(String, String)>,
    /// The variables with a default value in the operation (name, the default as GraphQL
    /// text): a request may leave them out, and the operation's default applies.
    pub defaults: Vec<(String, String)>,
    pub root_fields: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

/// Checks a set of operation files (`(path, text)`, paths as they should be reported) the way
/// the build does: the spec, the house rules for checked-in files, and unique names across
/// the set. Every error of every file at once.
pub fn check_operation_files(
    schema: &Valid<Schema>,
    files: &[(String, String)],
) -> Result<Vec<FoundOperation>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut found = Vec::new();
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, text) in files {
        match check_document(schema, text, path, Rules::CHECKED_IN) {
            Ok(checked) => {
                let Some(op) = checked.document.operations.iter().next() else {
                    continue;
                };
                let name = op.name.as_ref().map(|n| n.to_string()).unwrap_or_default();
                let (base, min_version) = split_variant(file_stem(path));
                names.entry(name.clone()).or_default().push(path.clone());
                found.push(FoundOperation {
                    file: path.clone(),
                    text: text.clone(),
                    name,
                    base: base.to_string(),
                    min_version: min_version.map(str::to_string),
                    kind: kind_name(op.operation_type),
                    variables: op
                        .variables
                        .iter()
                        .map(|v| (v.name.to_string(), v.ty.to_string()))
                        .collect(),
                    defaults: op
                        .variables
                        .iter()
                        .filter_map(|v| {
                            let default = v.default_value.as_ref()?;
                            Some((v.name.to_string(), default.to_string()))
                        })
                        .collect(),
                    root_fields: op
                        .selection_set
                        .fields()
                        .map(|f| f.name.to_string())
                        .collect(),
                    warnings: checked.warnings,
                });
            }
            Err(diagnostics) => errors.extend(
                diagnostics
                    .into_iter()
                    .filter(|d| d.severity == Severity::Error),
            ),
        }
    }
    errors.extend(duplicate_names(&names));
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(errors)
    }
}
