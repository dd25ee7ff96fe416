//! `houston gen FIELD`: scaffold a new operation file from a root field of the schema, ready for
//! the next `cargo build` to make it typed. `houston gen --list` shows the root fields.

use super::output::write_stdout;
use super::query::load_schema;
use super::scaffold::{self, Options};
use super::{Ctx, usage};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  houston gen --list deployment
  houston gen workspaceAddUser                # writes queries/workspace/workspaceAddUser.graphql
  houston gen workspaces --depth 2 --out -    # prints instead of writing")]
pub struct Args {
    /// The root field (`workspaces`, or `Mutation.x` when a name is on two root types)
    #[arg(required_unless_present = "list")]
    field: Option<String>,
    /// List the root fields (optionally those whose name contains PATTERN) instead
    #[arg(long, value_name = "PATTERN", num_args = 0..=1, default_missing_value = "")]
    list: Option<String>,
    /// How many levels of object fields to select below the field's own leaves
    #[arg(long, default_value_t = 1)]
    depth: usize,
    /// The operation's name (default: the field's name)
    #[arg(long)]
    name: Option<String>,
    /// The queries directory to write into (`queries/<area>/<name>.graphql`), or - for stdout
    #[arg(long, value_name = "DIR", default_value = "queries")]
    out: String,
    /// The area directory (default: guessed from the field: workspace, deployment, user, …)
    #[arg(long)]
    area: Option<String>,
    /// Overwrite an existing file
    #[arg(long)]
    force: bool,
    /// Generate against this SDL file instead of the vendored schema
    #[arg(long, value_name = "FILE")]
    schema: Option<PathBuf>,
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let schema = load_schema(args.schema.as_deref())?;
    if let Some(pattern) = &args.list {
        let fields = scaffold::list(&schema, Some(pattern.as_str()).filter(|p| !p.is_empty()));
        return ctx.out.data(
            &serde_json::to_value(fields)?,
            &[
                ("KIND", "kind"),
                ("FIELD", "name"),
                ("ARGUMENTS", "arguments"),
                ("RETURNS", "returns"),
                ("DESCRIPTION", "description"),
            ],
        );
    }
    let field = args
        .field
        .as_deref()
        .expect("clap requires FIELD without --list");
    let generated = scaffold::scaffold(
        &schema,
        field,
        &Options {
            depth: args.depth,
            name: args.name.clone(),
        },
    )
    .map_err(|e| match e {
        scaffold::ScaffoldError::UnknownField(m) => usage(m),
        other => other.into(),
    })?;
    let area = args
        .area
        .clone()
        .unwrap_or_else(|| scaffold::area(&generated.field).to_string());
    let dir = PathBuf::from(&args.out).join(area);
    let path = dir.join(format!("{}.graphql", generated.name));
    // The first line names the command that runs the operation: houston's checks (and `query
    // list`) read it, as they do for every checked-in file.
    let shown = if args.out == "-" {
        PathBuf::from("queries").join(path.strip_prefix("-").unwrap_or(&path))
    } else {
        path.clone()
    };
    let text = format!(
        "# `houston query run {}`: scaffolded by `houston gen {field}`; say which command uses it.\n{}",
        shown.display(),
        generated.text
    );
    if args.out == "-" {
        return write_stdout(&text);
    }
    if path.exists() && !args.force {
        return Err(usage(format!(
            "{} exists; pass --force to overwrite it",
            path.display()
        )));
    }
    if args.out != "-"
        && !args.force
        && let Some(existing) = name_taken(std::path::Path::new(&args.out), &generated.name)
    {
        return Err(usage(format!(
            "An operation named {} is already in {}: choose another name with --name.",
            generated.name,
            existing.display()
        )));
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    std::fs::write(&path, &text)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    ctx.out.message(&format!(
        "wrote {} ({} {}); the next `cargo build` generates houston::operations::{}",
        path.display(),
        generated.kind,
        generated.name,
        heck_camel(&generated.name)
    ));
    Ok(())
}

/// The file under `dir` (recursively) that already defines an operation named `name`: names are
/// unique across a queries directory, whichever directory that is.
fn name_taken(dir: &std::path::Path, name: &str) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            if let Some(found) = name_taken(&path, name) {
                return Some(found);
            }
        } else if path.extension().is_some_and(|e| e == "graphql")
            && let Ok(text) = std::fs::read_to_string(&path)
            && defines(&text, name)
        {
            return Some(path);
        }
    }
    None
}

/// True when `text` holds `query NAME`, `mutation NAME` or `subscription NAME` (also followed
/// by `(` or `{`).
fn defines(text: &str, name: &str) -> bool {
    let words: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_')))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| matches!(w[0], "query" | "mutation" | "subscription") && w[1] == name)
}

/// The marker type graphql_client generates for an operation name.
fn heck_camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
