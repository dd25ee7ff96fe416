//! `houston export`, `houston plan -f`, `houston apply -f`: the platform's workspaces and users
//! as a file, the difference from a file, and carrying it out (the library's `houston::apply`).

use super::{Ctx, output::Format, usage};
use houston::apply::{self as engine, DesiredState, Plan};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Arc;

/// `houston export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {}

/// `houston plan`.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// Desired-state file(s) (YAML or JSON) or a directory of them
    #[arg(long, short = 'f', required = true, value_name = "FILE|DIR")]
    file: Vec<PathBuf>,
    /// Remove members of the named workspaces that the file does not list
    #[arg(long)]
    prune: bool,
}

/// `houston apply`.
#[derive(Debug, clap::Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    plan: PlanArgs,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    yes: bool,
    /// Changes in flight at once
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
}

/// Exit status of `plan` when there are changes (0: none; 1: a server error; 2: a bad file).
pub const CHANGES_PENDING: u8 = 3;

pub async fn export(_args: ExportArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    let current = engine::read(&client).await?;
    let mut state = engine::export(&current);
    if let Some(only) = &ctx.global.workspace {
        state.workspaces.retain(|label, _| label == only);
    }
    if ctx.global.output == Some(Format::Json) || ctx.out.jq.is_some() {
        ctx.out.data(&serde_json::to_value(&state)?, &[])
    } else {
        super::output::write_stdout(&serde_norway::to_string(&state)?)
    }
}

pub async fn plan(args: PlanArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let desired = load(&args.file)?;
    let client = ctx.houston()?;
    let plan = engine::plan(&client, &desired, args.prune).await?;
    show(ctx, &plan)?;
    if plan.is_empty() {
        Ok(())
    } else {
        Err(super::ExitQuietly(CHANGES_PENDING).into())
    }
}

pub async fn apply(args: ApplyArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let desired = load(&args.plan.file)?;
    let client = Arc::new(ctx.houston()?);
    let plan = engine::plan(&client, &desired, args.plan.prune).await?;
    show(ctx, &plan)?;
    if plan.is_empty() {
        return Ok(());
    }
    super::resolve::confirm(args.yes, &format!("Apply {} changes", plan.changes.len()))?;
    let stop = houston::bulk::StopSignal::default();
    let watcher = {
        let stop = stop.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                stop.stop();
            }
        })
    };
    let options = engine::ApplyOptions {
        bulk: houston::bulk::Options {
            concurrency: usize::from(args.concurrency),
            fail_fast: false,
            stop,
        },
        journal: None,
        progress: Some(Box::new(super::bulk::Bar::new(plan.changes.len()))),
    };
    let (results, report) = engine::apply(&client, &plan, &options).await?;
    watcher.abort();
    let json = ctx.global.output == Some(Format::Json) || ctx.out.jq.is_some();
    let mut lines = Vec::new();
    for r in &results {
        let mut line = json!({"change": r.change.id(), "sign": r.change.sign().to_string(), "describe": r.change.describe()});
        match &r.result {
            Ok(o) => line["status"] = Value::String(o.status.clone()),
            Err(e) => {
                line["status"] = "failed".into();
                line["error"] = Value::String(e.to_string());
            }
        }
        if json {
            super::output::write_stdout(&format!("{line}\n"))?;
        }
        lines.push(line);
    }
    if !json {
        super::output::write_stdout(&super::output::table(
            &Value::Array(lines),
            &[
                ("", "sign"),
                ("CHANGE", "describe"),
                ("STATUS", "status"),
                ("ERROR", "error"),
            ],
        ))?;
    }
    ctx.out.message(&format!(
        "{} changes: {} done, {} failed, {} not started",
        plan.changes.len(),
        report.succeeded,
        report.failed,
        report.not_started
    ));
    if report.failed > 0 || report.not_started > 0 {
        anyhow::bail!(
            "{} of {} changes failed or were not started; rerun `houston apply` to converge",
            report.failed + report.not_started,
            plan.changes.len()
        );
    }
    Ok(())
}

fn show(ctx: &Ctx, plan: &Plan) -> anyhow::Result<()> {
    let (add, change, remove) =
        plan.changes
            .iter()
            .fold((0, 0, 0), |(a, c, r), x| match x.sign() {
                '+' => (a + 1, c, r),
                '~' => (a, c + 1, r),
                _ => (a, c, r + 1),
            });
    let summary = format!(
        "Plan: {add} to add, {change} to change, {remove} to remove, {} not managed.",
        plan.not_managed.len()
    );
    if ctx.global.output == Some(Format::Json) || ctx.out.jq.is_some() {
        let mut value = serde_json::to_value(plan)?;
        value["summary"] = json!({"add": add, "change": change, "remove": remove, "notManaged": plan.not_managed.len()});
        return ctx.out.data(&value, &[]);
    }
    let mut text = String::new();
    for c in &plan.changes {
        text.push_str(&format!("{} {}\n", c.sign(), c.describe()));
    }
    if !plan.not_managed.is_empty() {
        text.push_str("not managed (left alone; --prune removes members of named workspaces):\n");
        for n in &plan.not_managed {
            text.push_str(&format!("  {n}\n"));
        }
    }
    if plan.changes.is_empty() {
        text.push_str("No changes: the platform matches the file.\n");
    }
    text.push_str(&summary);
    text.push('\n');
    super::output::write_stdout(&text)
}

/// Reads every file (a directory: its `.yaml`, `.yml` and `.json` files), checks it, and
/// merges them; any problem is a usage error with `file:line:col`, before anything is sent.
pub fn load(paths: &[PathBuf]) -> anyhow::Result<DesiredState> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| usage(format!("cannot read {}: {e}", p.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    matches!(
                        f.extension().and_then(|x| x.to_str()),
                        Some("yaml" | "yml" | "json")
                    )
                })
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(p.clone());
        }
    }
    if files.is_empty() {
        return Err(usage("no desired-state files (.yaml, .yml, .json) found"));
    }
    let mut merged = DesiredState::default();
    let mut origin: std::collections::BTreeMap<String, PathBuf> = Default::default();
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| usage(format!("cannot read {}: {e}", file.display())))?;
        let parsed: Result<DesiredState, String> =
            if file.extension().and_then(|x| x.to_str()) == Some("json") {
                serde_json::from_str(&text).map_err(|e| {
                    format!(
                        "{}:{}:{}: {}",
                        file.display(),
                        e.line(),
                        e.column(),
                        strip_position(&e.to_string())
                    )
                })
            } else {
                serde_norway::from_str(&text).map_err(|e| match e.location() {
                    Some(l) => format!(
                        "{}:{}:{}: {}",
                        file.display(),
                        l.line(),
                        l.column(),
                        strip_position(&e.to_string())
                    ),
                    None => format!("{}: {e}", file.display()),
                })
            };
        let state = match parsed {
            Ok(s) => s,
            Err(m) => {
                problems.push(m);
                continue;
            }
        };
        for p in state.check() {
            let (line, col) = locate(&text, &p.path);
            problems.push(format!("{}:{line}:{col}: {}", file.display(), p.message));
        }
        merged.bypass_invite |= state.bypass_invite;
        for (label, w) in state.workspaces {
            if let Some(first) = origin.get(&label) {
                let (line, col) = locate(&text, &["workspaces".into(), label.clone()]);
                problems.push(format!(
                    "{}:{line}:{col}: workspace {label} is also described in {}",
                    file.display(),
                    first.display()
                ));
                continue;
            }
            origin.insert(label.clone(), file.clone());
            merged.workspaces.insert(label, w);
        }
    }
    if !problems.is_empty() {
        return Err(usage(format!(
            "{} problem{} in the desired state (nothing was sent):\n  {}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            problems.join("\n  ")
        )));
    }
    Ok(merged)
}

/// serde's messages end with " at line L column C"; the position is already in front.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The line and column of the last key of `path`, found by looking for each key in turn after
/// the previous one (keys are written `key:` in YAML, `"key":` in JSON).
fn locate(text: &str, path: &[String]) -> (usize, usize) {
    let mut from = 0;
    for key in path {
        let found = [format!("\"{key}\""), format!("'{key}'"), key.clone()]
            .iter()
            .filter_map(|k| text[from..].find(k.as_str()).map(|i| from + i))
            .min();
        if let Some(i) = found {
            from = i;
        }
    }
    let before = &text[..from];
    let line = before.matches('\n').count() + 1;
    let col = from - before.rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
    (line, col)
}
