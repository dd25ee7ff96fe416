//! `houston query check`: many operation files checked at once, with the diagnostics the build
//! gives. Files under a `queries/` directory get the build's rules (one operation named like its
//! file, the code-generation rules, unique names); others the rules of `houston query run`.

use super::checks::{self, Diagnostic, Rules, Severity};
use apollo_compiler::Schema;
use apollo_compiler::validation::Valid;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The extensions taken as GraphQL operation files when a directory is walked.
pub const EXTENSIONS: &[&str] = &["graphql", "gql"];

/// What checking a set of files found.
#[derive(Debug, Default)]
pub struct Report {
    /// Operation files read.
    pub files: usize,
    /// Operations (queries, mutations, subscriptions) found in them.
    pub operations: usize,
    /// Files with at least one error.
    pub failed: usize,
    /// Errors and warnings, by file then position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The diagnostics that are errors (warnings left out): any makes the check fail.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

/// The operation files `paths` name: files as given, directories walked recursively for
/// [`EXTENSIONS`], sorted. A path that does not exist is a diagnostic of its own.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            walk(path, &mut files, &mut problems);
            files[before..].sort();
        } else if path.exists() {
            files.push(path.clone());
        } else {
            problems.push(plain(
                &path.display().to_string(),
                "no such file or directory".into(),
            ));
        }
    }
    (files, problems)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(plain(
                &dir.display().to_string(),
                format!("cannot read the directory: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files, problems);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            files.push(path);
        }
    }
}

/// True for a file the build compiles: one under a `queries` directory.
pub fn is_checked_in(path: &Path) -> bool {
    path.components()
        .any(|c| matches!(c, Component::Normal(n) if n == "queries"))
}

/// Checks every file; `strict` applies the build's rules to all of them.
pub fn check(schema: &Valid<Schema>, files: &[PathBuf], strict: bool) -> Report {
    let mut checker = Checker::default();
    for path in files {
        let shown = path.display().to_string().replace('\\', "/");
        let build_rules = strict || is_checked_in(path);
        match std::fs::read_to_string(path) {
            Ok(text) => checker.check(schema, &shown, &text, build_rules),
            Err(e) => {
                checker.report.files += 1;
                checker.report.failed += 1;
                checker
                    .report
                    .diagnostics
                    .push(plain(&shown, format!("cannot read the file: {e}")));
            }
        }
    }
    checker.finish()
}

/// Checks the operations this binary was built with (`queries/`, as build.rs saw them) with
/// the build's rules: what `houston schema check` re-validates against a new schema.
pub fn check_manifest(schema: &Valid<Schema>) -> Report {
    let mut checker = Checker::default();
    for op in crate::manifest::MANIFEST {
        checker.check(schema, op.file, op.text, true);
    }
    checker.finish()
}

#[derive(Default)]
struct Checker {
    report: Report,
    names: BTreeMap<String, Vec<String>>,
}

impl Checker {
    fn check(&mut self, schema: &Valid<Schema>, shown: &str, text: &str, build_rules: bool) {
        let report = &mut self.report;
        report.files += 1;
        let rules = if build_rules {
            Rules::CHECKED_IN
        } else {
            Rules::RUN_TIME
        };
        match checks::check_document(schema, text, shown, rules) {
            Ok(checked) => {
                report.operations += checked.document.operations.len();
                if build_rules {
                    for op in checked.document.operations.named.keys() {
                        self.names
                            .entry(op.to_string())
                            .or_default()
                            .push(shown.to_string());
                    }
                }
                report.diagnostics.extend(checked.warnings);
            }
            Err(found) => {
                report.failed += 1;
                report.operations += count_operations(text, shown);
                report.diagnostics.extend(found);
            }
        }
    }

    fn finish(mut self) -> Report {
        let report = &mut self.report;
        let duplicates = checks::duplicate_names(&self.names);
        for d in &duplicates {
            if !report
                .diagnostics
                .iter()
                .any(|o| o.file == d.file && o.severity == Severity::Error)
            {
                report.failed += 1;
            }
        }
        report.diagnostics.extend(duplicates);
        self.report
    }
}

/// The operations a file holds, whether or not it is valid (what parses of it, when it does not).
fn count_operations(text: &str, shown: &str) -> usize {
    let document = match apollo_compiler::ast::Document::parse(text, shown) {
        Ok(d) => d,
        Err(with_errors) => with_errors.partial,
    };
    document
        .definitions
        .iter()
        .filter(|d| matches!(d, apollo_compiler::ast::Definition::OperationDefinition(_)))
        .count()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::schema::vendored;

    #[test]
    fn the_checked_in_operations_pass_and_a_broken_one_fails() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (files, problems) = collect(&[root.join("queries"), root.join("nope")]);
        assert_eq!(problems.len(), 1);
        assert!(files.len() >= 20);
        let report = check(vendored(), &files, false);
        assert_eq!(report.errors().count(), 0, "{:?}", report.diagnostics);
        assert_eq!(report.operations, files.len());

        let dir = tempfile::tempdir().unwrap();
        let queries = dir.path().join("queries");
        std::fs::create_dir(&queries).unwrap();
        std::fs::write(
            queries.join("a.graphql"),
            "query b { appConfig { version } }",
        )
        .unwrap();
        std::fs::write(dir.path().join("loose.gql"), "{ appConfig { version } }").unwrap();
        let (files, _) = collect(&[dir.path().to_path_buf()]);
        let report = check(vendored(), &files, false);
        let messages: Vec<_> = report.errors().map(|d| d.headline()).collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].contains("rename the operation to `a`"),
            "{messages:?}"
        );
        assert_eq!(report.failed, 1);
    }

    #[test]
    fn the_manifest_passes_the_vendored_schema_and_fails_one_without_a_field() {
        let report = check_manifest(vendored());
        assert_eq!(report.files, crate::manifest::MANIFEST.len());
        assert_eq!(report.errors().count(), 0, "{:?}", report.diagnostics);

        let without = crate::graphql::schema::VENDORED_SDL.replace("  baseDomain: String\n", "");
        assert_ne!(without, crate::graphql::schema::VENDORED_SDL);
        let schema = crate::graphql::schema::parse(&without, "new.graphql").unwrap();
        let report = check_manifest(&schema);
        let broken: Vec<_> = report.errors().map(|d| d.headline()).collect();
        assert!(!broken.is_empty());
        assert!(
            broken
                .iter()
                .all(|h| h.starts_with("queries/") && h.contains("`baseDomain`")),
            "{broken:?}"
        );
    }
}
