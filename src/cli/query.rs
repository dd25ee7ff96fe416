//! `houston query …`: run any operation file, check many, list and show the checked-in ones.

use super::document::{self, PrepareError, VariableInput};
use super::output::{Format, Output, write_stdout};
use super::{Ctx, usage};
use crate::graphql::checks::{Diagnostic, Severity};
use crate::graphql::schema::render;
use crate::graphql::{files, schema, subscribe};
use crate::houston::{Error as HoustonError, OperationKind};
use clap::Subcommand;
use serde_json::{Value, json};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Validate an operation file and its variables against the schema, then send it
    ///
    /// Nothing is sent until the document and every variable are known good (exit 2 otherwise).
    /// `--var k=v` is parsed by the variable's declared type: Int, Float and Boolean as such,
    /// strings, ids and enums as the text itself, lists and input objects as JSON; `k=@FILE`
    /// reads the value from a file. Subscriptions run over Houston's WebSocket.
    #[command(after_help = "Examples:
  houston query run queries/workspace/workspace.graphql --var workspaceUuid=ck35y9uf44y8l0a19cmwd1x8x
  houston query run add.graphql --var role=WORKSPACE_ADMIN --var email=a@example.com --dry-run
  echo '{ appConfig { version } }' | houston query run - --jq .appConfig.version")]
    Run(RunArgs),
    /// Validate operation files (directories recursively) without sending anything
    ///
    /// Files under a `queries/` directory get the build's rules (one operation per file, named
    /// like the file; `__typename` on abstract types); others those of `query run`.
    /// `--output json` prints one {file, line, column, severity, message} record per finding.
    Check(CheckArgs),
    /// The checked-in operations: kind, variables and the command that uses each
    List,
    /// One checked-in operation's document
    Show {
        /// Operation name (a variant's full name, or its base name for the newest variant)
        name: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The operation file, or - for standard input
    file: String,
    /// Which operation to run when the document holds several
    #[arg(long, value_name = "NAME")]
    operation: Option<String>,
    /// A variable: NAME=VALUE, NAME=@FILE (value from a file), NAME=@@TEXT (a literal @TEXT)
    #[arg(long = "var", short = 'v', value_name = "NAME=VALUE")]
    vars: Vec<String>,
    /// A JSON object of variables (or - for standard input); --var wins over it
    #[arg(long, value_name = "FILE")]
    vars_file: Option<String>,
    /// Validate against this SDL file instead of the vendored schema
    #[arg(long, value_name = "FILE")]
    schema: Option<PathBuf>,
    /// Print the whole response envelope (data, errors, extensions) instead of data
    #[arg(long)]
    raw: bool,
    /// Print the request (and an equivalent curl command) instead of sending it
    #[arg(long)]
    dry_run: bool,
    /// Subscriptions: stop after this many events
    #[arg(long, value_name = "N")]
    max_events: Option<u64>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files and directories to check (default: queries)
    paths: Vec<PathBuf>,
    /// Validate against this SDL file instead of the vendored schema
    #[arg(long, value_name = "FILE")]
    schema: Option<PathBuf>,
    /// Apply the build's rules to every file, not only those under queries/
    #[arg(long)]
    strict: bool,
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        Cmd::Run(a) => run_file(a, ctx).await,
        Cmd::Check(a) => check(a, ctx),
        Cmd::List => list(ctx),
        Cmd::Show { name } => show(&name),
    }
}

/// The schema to check against: `--schema FILE` or the vendored one.
pub fn load_schema(
    path: Option<&Path>,
) -> anyhow::Result<
    std::borrow::Cow<'static, apollo_compiler::validation::Valid<apollo_compiler::Schema>>,
> {
    match path {
        None => Ok(std::borrow::Cow::Borrowed(schema::vendored())),
        Some(p) => schema::load(p)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| usage(e.to_string())),
    }
}

fn read_input(source: &str, what: &str) -> anyhow::Result<String> {
    if source == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| usage(format!("cannot read the {what} from standard input: {e}")))?;
        return Ok(text);
    }
    std::fs::read_to_string(source).map_err(|e| {
        let why = if e.kind() == std::io::ErrorKind::NotFound {
            "no such file".to_string()
        } else {
            e.to_string()
        };
        usage(format!("cannot read the {what} {source}: {why}"))
    })
}

/// JSON, not a table, unless `--output` says otherwise: a document's data has no fixed shape.
fn data_output(ctx: &Ctx) -> Output {
    let mut out = ctx.out.clone();
    if ctx.global.output.is_none() {
        out.format = Format::Json;
    }
    out
}

fn warn_all(ctx: &Ctx, warnings: &[Diagnostic]) {
    for w in warnings {
        ctx.out.warn(&w.headline());
    }
}

async fn run_file(args: RunArgs, ctx: &Ctx) -> anyhow::Result<()> {
    if args.file == "-" && args.vars_file.as_deref() == Some("-") {
        return Err(usage(
            "the document and --vars-file cannot both come from standard input",
        ));
    }
    let schema = load_schema(args.schema.as_deref())?;
    let text = read_input(&args.file, "operation file")?;
    let shown = if args.file == "-" {
        "<stdin>".to_string()
    } else {
        args.file.clone()
    };
    let file = match &args.vars_file {
        None => None,
        Some(source) => {
            let raw = read_input(source, "variables file")?;
            let value: Value = serde_json::from_str(&raw).map_err(|e| {
                usage(format!(
                    "--vars-file {source}: not JSON: {e} (write a JSON object such as {{\"workspaceUuid\": \"ck…\"}})"
                ))
            })?;
            Some((source.clone(), value))
        }
    };
    let input = VariableInput {
        assignments: args.vars.clone(),
        file,
    };
    let prepared =
        match document::prepare(&schema, &text, &shown, args.operation.as_deref(), &input) {
            Ok(p) => p,
            Err(PrepareError::Document(found)) => {
                let errors = crate::graphql::checks::error_count(&found);
                eprintln!("{}", render(&found));
                return Err(usage(format!(
                    "{shown} does not fit the schema ({errors} error{}); nothing was sent",
                    if errors == 1 { "" } else { "s" }
                )));
            }
            Err(e) => return Err(usage(format!("{e}\nnothing was sent"))),
        };
    warn_all(ctx, &prepared.warnings);
    let client = ctx.houston()?;
    let request = prepared.request();
    if args.dry_run {
        return dry_run(&client, &request);
    }
    if prepared.kind == OperationKind::Subscription {
        return run_subscription(&client, &request, args.max_events, ctx).await;
    }
    let response = client.send(&request).await?;
    let out = data_output(ctx);
    if args.raw {
        let mut envelope = serde_json::Map::new();
        envelope.insert("data".into(), response.data.clone().unwrap_or(Value::Null));
        if !response.errors.is_empty() {
            envelope.insert("errors".into(), serde_json::to_value(&response.errors)?);
        }
        if let Some(ext) = &response.extensions {
            envelope.insert("extensions".into(), ext.clone());
        }
        out.data(&Value::Object(envelope), &[])?;
    } else if let Some(data) = &response.data
        && (response.errors.is_empty() || !data.is_null())
    {
        print_data(&out, data)?;
    }
    if response.errors.is_empty() {
        return Ok(());
    }
    Err(HoustonError::GraphQl {
        operation: prepared
            .operation_name
            .clone()
            .unwrap_or_else(|| format!("the {}", prepared.kind.as_str())),
        errors: response.errors,
        data: response.data,
        request_id: response.request_id,
    }
    .into())
}

/// Prints data: JSON/YAML as it is; a table of the single root field's rows (or fields).
fn print_data(out: &Output, data: &Value) -> anyhow::Result<()> {
    if out.format != Format::Table || out.jq.is_some() {
        return out.data(data, &[]);
    }
    write_stdout(&generic_table(data))
}

/// A table for data of any shape: the single root field's value; a list of objects as rows with
/// one column per key, an object as FIELD VALUE rows; nested values as compact JSON.
fn generic_table(data: &Value) -> String {
    let value = match data {
        Value::Object(map) if map.len() == 1 => map.values().next().expect("one entry"),
        other => other,
    };
    let cell = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::NOTHING)
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    match value {
        Value::Array(items) if items.is_empty() => return "(none)\n".into(),
        Value::Array(items) => {
            let mut keys: Vec<String> = Vec::new();
            for item in items {
                if let Value::Object(map) = item {
                    for k in map.keys() {
                        if !keys.contains(k) {
                            keys.push(k.clone());
                        }
                    }
                }
            }
            if keys.is_empty() {
                table.set_header(vec!["VALUE"]);
                for item in items {
                    table.add_row(vec![cell(item)]);
                }
            } else {
                table.set_header(keys.iter().map(|k| k.to_uppercase()));
                for item in items {
                    table.add_row(
                        keys.iter()
                            .map(|k| cell(item.get(k).unwrap_or(&Value::Null))),
                    );
                }
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                table.add_row(vec![k.clone(), cell(v)]);
            }
        }
        Value::Null => return "(none)\n".into(),
        other => return format!("{}\n", cell(other)),
    }
    let mut text = table.trim_fmt();
    text.push('\n');
    text
}

fn dry_run(client: &crate::Client, request: &crate::houston::Request<'_>) -> anyhow::Result<()> {
    let mut text = String::new();
    if request.kind == OperationKind::Subscription {
        let url = subscribe::ws_url(client.url());
        text.push_str(&format!(
            "# WebSocket {url} (Sec-WebSocket-Protocol: {}); messages sent:\n",
            subscribe::PROTOCOL
        ));
        for message in subscribe::opening_messages(client, request, true) {
            text.push_str(&format!("{message}\n"));
        }
        text.push_str("# nothing was sent\n");
        return write_stdout(&text);
    }
    let prepared = client.describe(request)?;
    text.push_str(&format!("{} {}\n", prepared.method, prepared.url));
    for (name, value) in &prepared.headers {
        text.push_str(&format!("{name}: {value}\n"));
    }
    text.push('\n');
    text.push_str(prepared.body.as_deref().unwrap_or_default());
    text.push_str("\n\n# the same request with curl (the token comes from $HOUSTON_TOKEN):\n");
    text.push_str(&prepared.curl());
    text.push_str("\n# nothing was sent\n");
    write_stdout(&text)
}

async fn run_subscription(
    client: &crate::Client,
    request: &crate::houston::Request<'_>,
    max_events: Option<u64>,
    ctx: &Ctx,
) -> anyhow::Result<()> {
    if max_events == Some(0) {
        return Ok(());
    }
    let mut subscription = subscribe::start(client, request).await?;
    let mut seen = 0u64;
    let mut with_errors = 0u64;
    let mut failed: Option<anyhow::Error> = None;
    // One Ctrl-C future for the whole stream, polled first: tokio reports a signal only to a
    // future already polled, so a new `ctrl_c()` per event missed a Ctrl-C that came while an
    // event was being printed (the stream then went on), and one never polled (the event
    // branch won every race) left SIGINT's default action, killing the process.
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    loop {
        let event = tokio::select! {
            biased;
            _ = &mut interrupted => break,
            event = subscription.next() => event,
        };
        match event {
            Ok(Some(event)) => {
                with_errors += u64::from(!event.errors.is_empty());
                let line = json!({"data": event.data, "errors": event.errors});
                let line = if event.errors.is_empty() {
                    event.data.clone().unwrap_or(Value::Null)
                } else {
                    line
                };
                // One JSON line per event, whatever the terminal: a stream is for `jq`/scripts.
                let mut out = ctx.out.clone();
                out.tty = false;
                if ctx.global.output.is_none() {
                    out.format = Format::Json;
                }
                if let Err(e) = out.data(&line, &[]) {
                    failed = Some(e);
                    break;
                }
                seen += 1;
                if max_events.is_some_and(|max| seen >= max) {
                    break;
                }
            }
            Ok(None) => break,
            Err(e) => {
                failed = Some(e.into());
                break;
            }
        }
    }
    subscription.stop().await;
    match failed {
        Some(e) => Err(e),
        // As for a query: errors the server sent mean exit 1, after everything was shown.
        None if with_errors > 0 => Err(anyhow::anyhow!(
            "{with_errors} of {seen} events carried GraphQL errors"
        )),
        None => Ok(()),
    }
}

fn check(args: CheckArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let schema = load_schema(args.schema.as_deref())?;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("queries")]
    } else {
        args.paths
    };
    let (list, missing) = files::collect(&paths);
    let mut report = files::check(&schema, &list, args.strict);
    report.failed += missing.len();
    report.diagnostics.splice(0..0, missing);
    let errors = crate::graphql::checks::error_count(&report.diagnostics);
    if ctx.global.output == Some(Format::Json) || ctx.global.jq.is_some() {
        let records: Vec<Value> = report
            .diagnostics
            .iter()
            .map(|d| {
                json!({
                    "file": d.file,
                    "line": d.line,
                    "column": d.column,
                    "severity": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                    "message": d.message,
                })
            })
            .collect();
        let mut out = ctx.out.clone();
        out.format = Format::Json;
        out.data(&Value::Array(records), &[])?;
    } else {
        let (errs, warns): (Vec<Diagnostic>, Vec<Diagnostic>) = report
            .diagnostics
            .iter()
            .cloned()
            .partition(|d| d.severity == Severity::Error);
        if !errs.is_empty() {
            eprintln!("{}", render(&errs));
        }
        warn_all(ctx, &warns);
    }
    let summary = format!(
        "{} file{}, {} operation{}: {}",
        report.files,
        if report.files == 1 { "" } else { "s" },
        report.operations,
        if report.operations == 1 { "" } else { "s" },
        if errors == 0 {
            "all valid".to_string()
        } else {
            format!(
                "{errors} error{} in {} file{}",
                if errors == 1 { "" } else { "s" },
                report.failed,
                if report.failed == 1 { "" } else { "s" }
            )
        }
    );
    if errors > 0 {
        return Err(usage(summary));
    }
    ctx.out.message(&summary);
    Ok(())
}

/// The command an operation serves, from the first line of its file (`# \`houston workspace list\`: …`):
/// the operation file is the one place that says it.
fn command_for(op: &crate::manifest::OperationInfo) -> String {
    op.text
        .lines()
        .take_while(|l| l.trim_start().starts_with('#'))
        .find_map(|l| {
            let start = l.find("`houston ")? + 1;
            let end = start + l[start..].find('`')?;
            Some(l[start..end].to_string())
        })
        .unwrap_or_default()
}

fn list(ctx: &Ctx) -> anyhow::Result<()> {
    let rows: Vec<Value> = crate::manifest::MANIFEST
        .iter()
        .map(|op| {
            json!({
                "name": op.name,
                "kind": op.kind,
                "minVersion": op.min_version,
                "variables": op.variables.iter().map(|(n, t)| format!("${n}: {t}")).collect::<Vec<_>>(),
                "rootFields": op.root_fields,
                "file": op.file,
                "command": command_for(op),
            })
        })
        .collect();
    ctx.out.data(
        &Value::Array(rows),
        &[
            ("NAME", "name"),
            ("KIND", "kind"),
            ("SINCE", "minVersion"),
            ("VARIABLES", "variables"),
            ("COMMAND", "command"),
        ],
    )
}

fn show(name: &str) -> anyhow::Result<()> {
    let Some(op) = crate::manifest::find(name) else {
        let names: Vec<&str> = crate::manifest::MANIFEST.iter().map(|o| o.name).collect();
        return Err(usage(format!(
            "no checked-in operation is named {name}; `houston query list` shows them ({})",
            names.join(", ")
        )));
    };
    let mut text = format!("# {}\n", op.file);
    text.push_str(op.text);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    write_stdout(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_checked_in_operation_has_its_command() {
        // Every operation file names the command that uses it.
        for op in crate::manifest::MANIFEST {
            assert!(
                !command_for(op).is_empty(),
                "{} does not start with a comment naming its command",
                op.file
            );
        }
    }

    #[test]
    fn every_listed_command_exists() {
        use clap::CommandFactory;
        for op in crate::manifest::MANIFEST {
            let line = command_for(op);
            let mut command = crate::cli::Cli::command();
            for word in line.split_whitespace().skip(1).take_while(|w| {
                !w.starts_with('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            }) {
                command = command
                    .find_subcommand(word)
                    .unwrap_or_else(|| panic!("`{line}`: no subcommand `{word}`"))
                    .clone();
            }
        }
    }

    #[test]
    fn tables_for_any_shape() {
        let t =
            generic_table(&json!({"workspaces": [{"id": "a", "label": "x"}, {"id": "b", "n": 2}]}));
        let lines: Vec<String> = t
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(lines, ["ID LABEL N", "a x", "b 2"]);
        assert!(generic_table(&json!({"appConfig": {"version": "1.0"}})).contains("version"));
    }
}
