//! `houston schema pull|check`: fetch a Houston's schema by introspection, and judge a new
//! schema against the vendored one (graded changes, and which operations it breaks).

use super::output::{Format, write_stdout};
use super::query::load_schema;
use super::{Ctx, usage};
use crate::graphql::checks::{Diagnostic, Severity};
use crate::graphql::diff::{self, Change, Grade};
use crate::graphql::introspect::{self, IntrospectError};
use crate::graphql::{files, schema};
use apollo_compiler::Schema;
use apollo_compiler::validation::Valid;
use clap::Subcommand;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Fetch the current Houston's schema by introspection and print (or write) it as SDL
    ///
    /// Types and directives are sorted by name, so two pulls of the same server are byte for
    /// byte the same and a pull diffs cleanly against the last one.
    #[command(after_help = "Examples:
  houston schema pull --out live.graphql
  houston schema pull --sandbox | head")]
    Pull(PullArgs),
    /// Compare a new schema with the vendored one: graded changes, then every checked-in
    /// operation (and files given with --queries) validated against the new schema
    ///
    /// Breaking: something removed, a type changed incompatibly, a required argument or input
    /// field added. Dangerous: an enum value, union member or interface added, an optional
    /// argument added, a default changed. Safe: additions, output types made non-null, input
    /// types made nullable, descriptions and deprecations (counted; --all lists them).
    /// Exit 1 when a change is breaking or an operation no longer validates.
    #[command(after_help = "Examples:
  houston schema check live.graphql
  houston schema check --live --queries scripts/graphql
  houston schema check new.graphql -o json --jq '.operations.broken[].file'")]
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct PullArgs {
    /// Write the SDL to this file (e.g. schema/houston.graphql) instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The new schema (SDL file)
    #[arg(conflicts_with = "live", value_name = "NEW.graphql")]
    new: Option<PathBuf>,
    /// Pull the new schema from the current Houston instead of reading a file
    #[arg(long)]
    live: bool,
    /// Also validate these operation files and directories against the new schema
    #[arg(long, value_name = "PATH", num_args = 1..)]
    queries: Vec<PathBuf>,
    /// Compare with this SDL file instead of the vendored schema
    #[arg(long, value_name = "FILE")]
    base: Option<PathBuf>,
    /// List documentation changes (descriptions, deprecations) too, not only their count
    #[arg(long)]
    all: bool,
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        Cmd::Pull(a) => pull(a, ctx).await,
        Cmd::Check(a) => check(a, ctx).await,
    }
}

/// Pulls SDL from the current context; request failures keep their exit codes.
async fn pull_sdl(ctx: &Ctx) -> anyhow::Result<String> {
    let client = ctx.houston()?;
    introspect::pull(&client).await.map_err(|e| match e {
        IntrospectError::Houston(e) => e.into(),
        other => other.into(),
    })
}

async fn pull(args: PullArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let sdl = pull_sdl(ctx).await?;
    let types = match schema::parse(&sdl, "the pulled schema") {
        Ok(parsed) => Some(parsed.types.values().filter(|t| !t.is_built_in()).count()),
        Err(e) => {
            // Written anyway: the file is what the server said, and the problems are worth a look.
            ctx.out.warn(&e.to_string());
            None
        }
    };
    let Some(path) = args.out else {
        return write_stdout(&sdl);
    };
    write_atomically(&path, &sdl)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    ctx.out.message(&format!(
        "wrote {}{}",
        path.display(),
        types.map_or(String::new(), |n| format!(" ({n} types)"))
    ));
    Ok(())
}

/// Writes through a temporary file in the same directory, so an interrupted pull never leaves
/// half a schema behind.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or("schema".into(), |n| n.to_string_lossy().to_string());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&temp, text)?;
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

/// What re-validating operations against the new schema found.
struct Operations {
    checked: usize,
    /// Files that no longer validate.
    failed: usize,
    errors: Vec<Diagnostic>,
}

fn revalidate(new: &Valid<Schema>, given: &[PathBuf]) -> Operations {
    let manifest = files::check_manifest(new);
    let given = files::check(new, given, false);
    let errors: Vec<Diagnostic> = manifest
        .diagnostics
        .iter()
        .chain(given.diagnostics.iter())
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    Operations {
        checked: manifest.files + given.files,
        failed: manifest.failed + given.failed,
        errors,
    }
}

async fn check(args: CheckArgs, ctx: &Ctx) -> anyhow::Result<()> {
    // Every input is read before anything is pulled: a typo is exit 2, not a broken operation.
    let (given, missing) = files::collect(&args.queries);
    if !missing.is_empty() {
        return Err(usage(format!(
            "--queries: {}",
            missing
                .iter()
                .map(|d| format!("{}: {}", d.file, d.message))
                .collect::<Vec<_>>()
                .join("; ")
        )));
    }
    let base = load_schema(args.base.as_deref())?;
    let base_name = args
        .base
        .as_ref()
        .map_or(format!("{} (vendored)", schema::VENDORED_PATH), |p| {
            p.display().to_string()
        });
    if args.new.is_none() && !args.live {
        return Err(usage(
            "which schema? give the new one as a file (houston schema check NEW.graphql) or --live to pull it from the current Houston",
        ));
    }
    let (new, new_name) = match &args.new {
        Some(path) => (
            load_schema(Some(path))?.into_owned(),
            path.display().to_string(),
        ),
        None => {
            let sdl = pull_sdl(ctx).await?;
            let name = "the live schema".to_string();
            let parsed = schema::parse(&sdl, &name).map_err(|e| anyhow::anyhow!("{e}"))?;
            (parsed, name)
        }
    };
    let changes = diff::diff(&base, &new);
    let operations = revalidate(&new, &given);
    let count = |g: Grade| changes.iter().filter(|c| c.grade == g).count();
    let (breaking, dangerous, safe) = (
        count(Grade::Breaking),
        count(Grade::Dangerous),
        count(Grade::Safe),
    );

    if matches!(ctx.global.output, Some(Format::Json | Format::Yaml)) || ctx.global.jq.is_some() {
        let mut out = ctx.out.clone();
        if out.format == Format::Table {
            out.format = Format::Json;
        }
        out.data(
            &json!({
                "base": base_name,
                "new": new_name,
                "summary": {"breaking": breaking, "dangerous": dangerous, "safe": safe},
                "changes": changes.iter().map(change_json).collect::<Vec<_>>(),
                "operations": {
                    "checked": operations.checked,
                    "failed": operations.failed,
                    "broken": operations.errors.iter().map(|d| json!({
                        "file": d.file, "line": d.line, "column": d.column, "message": d.message,
                    })).collect::<Vec<_>>(),
                },
            }),
            &[],
        )?;
    } else {
        write_stdout(&report(
            &base_name,
            &new_name,
            &changes,
            &operations,
            args.all,
        ))?;
    }

    if breaking == 0 && operations.failed == 0 {
        return Ok(());
    }
    let mut why = Vec::new();
    if operations.failed > 0 {
        why.push(format!(
            "{} of {} operation files no longer validate",
            operations.failed, operations.checked
        ));
    }
    if breaking > 0 {
        why.push(format!(
            "{breaking} breaking change{}",
            if breaking == 1 { "" } else { "s" }
        ));
    }
    Err(anyhow::anyhow!("{new_name}: {}", why.join(", ")))
}

fn change_json(c: &Change) -> Value {
    json!({"grade": c.grade.as_str(), "kind": c.kind, "path": c.path, "message": c.message})
}

/// The report for people: changes by grade, then the operations that break, with snippets.
fn report(base: &str, new: &str, changes: &[Change], ops: &Operations, all: bool) -> String {
    let mut text = format!("{new} compared with {base}:\n");
    let shown: Vec<&Change> = changes
        .iter()
        .filter(|c| all || !c.is_documentation())
        .collect();
    let hidden = changes.len() - shown.len();
    if changes.is_empty() {
        text.push_str("  no changes\n");
    }
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::NOTHING)
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    for c in &shown {
        table.add_row(vec![c.grade.as_str(), c.path.as_str(), c.message.as_str()]);
    }
    if !shown.is_empty() {
        text.push_str(&table.trim_fmt());
        text.push('\n');
    }
    if hidden > 0 {
        text.push_str(&format!(
            "  and {hidden} documentation change{} (descriptions, deprecations; --all lists them)\n",
            if hidden == 1 { "" } else { "s" }
        ));
    }
    let count = |g: Grade| changes.iter().filter(|c| c.grade == g).count();
    text.push_str(&format!(
        "{} breaking, {} dangerous, {} safe\n\n",
        count(Grade::Breaking),
        count(Grade::Dangerous),
        count(Grade::Safe)
    ));
    if ops.failed == 0 {
        text.push_str(&format!(
            "{} operation files validate against {new}\n",
            ops.checked
        ));
    } else {
        text.push_str(&format!(
            "{} of {} operation files no longer validate against {new}:\n{}\n",
            ops.failed,
            ops.checked,
            schema::render(&ops.errors)
        ));
    }
    text
}
