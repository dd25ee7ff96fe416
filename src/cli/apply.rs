//! `houston export`, `houston plan -f`, `houston apply -f`: the platform's workspaces and users
//! as a file, the difference from a file, and carrying it out (the library's `crate::apply`).

use super::{Ctx, output::Format, usage};
use crate::apply::{self as engine, DesiredState, EnvValue, Plan, Problem};
use crate::bulk::{Journal, JournalKey};
use serde_json::{Value, json};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// `houston export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Print the desired-state file's JSON Schema instead (nothing is sent)
    #[arg(long)]
    schema: bool,
}

/// `houston plan`.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// Desired-state file(s) (YAML or JSON) or a directory of them
    #[arg(long, short = 'f', required = true, value_name = "FILE|DIR")]
    file: Vec<PathBuf>,
    /// Remove what the named workspaces hold and the file does not list (never you)
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
    /// Requests in flight at once
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
    /// Changes of one kind (users added, roles changed, variable lists replaced) sent in one
    /// request, as aliases of one mutation; 1 sends each change on its own
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..=500))]
    batch_size: u16,
    /// Where created service accounts' keys are written (directory 0700, files 0600); needed
    /// when the plan creates one: keys are never printed
    #[arg(long, value_name = "DIR")]
    key_dir: Option<PathBuf>,
    /// Record each change as sent and answered here, so a rerun after a kill knows what was
    /// sent unanswered (default: FILE.houston-journal, 0600; removed when a run completes)
    #[arg(long, value_name = "PATH", conflicts_with = "no_journal")]
    journal: Option<PathBuf>,
    /// Keep no journal: a rerun decides from the platform's state alone
    #[arg(long)]
    no_journal: bool,
}

/// Exit status of `plan` when there are changes (0: none; 1: a server error; 2: a bad file).
pub const CHANGES_PENDING: u8 = 3;

pub async fn export(args: ExportArgs, ctx: &Ctx) -> anyhow::Result<()> {
    if args.schema {
        let schema = engine::json_schema();
        return super::output::write_stdout(&(serde_json::to_string_pretty(&schema)? + "\n"));
    }
    let client = ctx.houston()?;
    // System roles need a system role to read; a workspace admin's export goes without them.
    let current = match engine::read(&client, true).await {
        Ok(c) => c,
        Err(e) if !e.graphql_errors().is_empty() => engine::read(&client, false).await?,
        Err(e) => return Err(e.into()),
    };
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

/// Checks what needs the platform's version (and, for apply, the secrets' sources) with
/// positions, before anything is sent.
async fn checked_plan(
    loaded: &Loaded,
    client: &crate::Client,
    prune: bool,
    secrets: bool,
) -> anyhow::Result<Plan> {
    let version = client.platform_version().await?;
    let name = match version {
        Some(v) => format!("Houston {v}"),
        None => "this platform".into(),
    };
    loaded.refuse(&format!("for {name}"), |s| {
        let mut p = s.check_for(version);
        if secrets {
            p.extend(s.secret_problems());
        }
        p
    })?;
    Ok(engine::plan(client, &loaded.merged, prune).await?)
}

pub async fn plan(args: PlanArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let loaded = load(&args.file)?;
    let client = ctx.houston()?;
    let plan = checked_plan(&loaded, &client, args.prune, false).await?;
    show(ctx, &plan)?;
    if plan.is_empty() {
        Ok(())
    } else {
        Err(super::ExitQuietly(CHANGES_PENDING).into())
    }
}

pub async fn apply(args: ApplyArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let loaded = load(&args.plan.file)?;
    let client = Arc::new(ctx.houston()?);
    let journal = if args.no_journal {
        None
    } else {
        let first = &args.plan.file[0];
        let path = args.journal.clone().unwrap_or_else(|| {
            if first.is_dir() {
                first.join(".houston-journal")
            } else {
                PathBuf::from(format!("{}.houston-journal", first.display()))
            }
        });
        let key = JournalKey {
            endpoint: client.url().to_string(),
            target: "platform".into(),
            command: "apply".into(),
            flags: if args.plan.prune {
                vec!["--prune".into()]
            } else {
                vec![]
            },
            input: JournalKey::digest(&serde_json::to_vec(&loaded.merged)?),
        };
        let journal = Journal::load(&path, key)
            .map_err(|e| usage(format!("cannot read the journal {}: {e}", path.display())))?;
        let unanswered = journal.unanswered().count();
        if unanswered > 0 {
            ctx.out.message(&format!(
                "An interrupted run left {unanswered} change(s) unanswered; waiting 2s for them to land before reading the state"
            ));
            tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        }
        Some(journal)
    };
    let plan = checked_plan(&loaded, &client, args.plan.prune, true).await?;
    if let Some(j) = &journal {
        // A service account created under a lost answer exists now, and its key was never
        // seen: say so rather than count it as done.
        for id in j.unanswered() {
            if id.contains("/service-account/") && !plan.changes.iter().any(|c| c.id() == id) {
                ctx.out.message(&format!(
                    "warning: {id} was created by the interrupted run and its key was not kept; to get a key, remove it from the file, apply with --prune, then add it back"
                ));
            }
        }
    }
    match show(ctx, &plan) {
        Err(e) if e.downcast_ref::<super::BrokenPipe>().is_some() && !plan.is_empty() => {
            anyhow::bail!("stdout was closed while the plan was shown: nothing was sent")
        }
        other => other?,
    }
    if plan.is_empty() {
        if let Some(j) = journal {
            j.remove()
                .map_err(|e| anyhow::anyhow!("cannot remove the journal: {e}"))?;
        }
        return Ok(());
    }
    let accounts = plan.creates_service_accounts();
    if accounts > 0 && args.key_dir.is_none() {
        return Err(usage(format!(
            "the plan creates {accounts} service account(s), whose keys are shown only once and never printed: give --key-dir DIR to keep them (nothing was sent)"
        )));
    }
    super::resolve::confirm(args.yes, &format!("Apply {} changes", plan.changes.len()))?;
    let stop = crate::bulk::StopSignal::default();
    let watcher = super::interrupt::stop_on_interrupt(&stop)
        .map_err(|e| anyhow::anyhow!("cannot listen for Ctrl-C: {e}"))?;
    // Each change's line goes out as it finishes (a long run shows its progress in a pipe
    // too); once stdout is closed (`| head`), no more changes are issued.
    let json = ctx.global.output == Some(Format::Json) || ctx.out.jq.is_some();
    let closed = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let bar = super::bulk::Bar::new(plan.changes.len());
    // On one terminal, stdout's lines and the bar on stderr would mix: each line is written
    // with the bar off the screen. Otherwise the streams go to different places and the bar
    // is left alone (a redraw per line would cost more than the line).
    let around_bar = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
    let on_result: engine::OnResult = {
        let closed = closed.clone();
        let bar = bar.clone();
        Box::new(move |r: &engine::ChangeResult| {
            let line = result_line(r, json);
            let written = if around_bar {
                bar.suspend(|| super::output::write_stdout(&line))
            } else {
                super::output::write_stdout(&line)
            };
            match written {
                Ok(()) => std::ops::ControlFlow::Continue(()),
                Err(_) => {
                    closed.store(true, std::sync::atomic::Ordering::SeqCst);
                    std::ops::ControlFlow::Break(())
                }
            }
        })
    };
    let options = engine::ApplyOptions {
        bulk: crate::bulk::Options {
            concurrency: usize::from(args.concurrency),
            fail_fast: false,
            stop: stop.clone(),
        },
        journal,
        progress: Some(Box::new(bar)),
        key_dir: args.key_dir.clone(),
        on_result: Some(on_result),
        batch: Some(usize::from(args.batch_size)),
    };
    let applied = engine::apply(&client, &plan, options).await?;
    watcher.abort();
    let report = &applied.report;
    ctx.out.message(&format!(
        "{} changes: {} done, {} failed, {} not started",
        plan.changes.len(),
        report.succeeded,
        report.failed,
        report.not_started
    ));
    if closed.load(std::sync::atomic::Ordering::SeqCst) && report.not_started > 0 {
        anyhow::bail!(
            "stdout was closed: {} of {} changes not started (those in flight finished); rerun `houston apply` to finish",
            report.not_started,
            plan.changes.len()
        );
    }
    if stop.is_stopped() {
        return Err(super::Interrupted(format!(
            "interrupted: {} of {} changes not started; rerun `houston apply` to finish",
            report.not_started,
            plan.changes.len()
        ))
        .into());
    }
    if report.failed > 0 || report.not_started > 0 {
        anyhow::bail!(
            "{} of {} changes failed or were not started; rerun `houston apply` to converge",
            report.failed + report.not_started,
            plan.changes.len()
        );
    }
    Ok(())
}

/// One change's result: a JSON line, or `SIGN WHAT: STATUS` (with the error when it failed).
fn result_line(r: &engine::ChangeResult, json: bool) -> String {
    let (status, error) = match &r.result {
        Ok(o) => (o.status.clone(), None),
        Err(e) => ("failed".to_string(), Some(e.to_string())),
    };
    if json {
        let mut line = json!({
            "change": r.change.id(),
            "sign": r.change.sign().to_string(),
            "describe": r.change.describe(),
            "status": status,
        });
        if let Some(e) = error {
            line["error"] = Value::String(e);
        }
        return format!("{line}\n");
    }
    match error {
        Some(e) => format!("{} {}: failed: {e}\n", r.change.sign(), r.change.describe()),
        None => format!("{} {}: {status}\n", r.change.sign(), r.change.describe()),
    }
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
        text.push_str("not managed (left alone; --prune removes what named workspaces hold):\n");
        for n in &plan.not_managed {
            text.push_str(&format!("  {n}\n"));
        }
    }
    for n in &plan.notes {
        text.push_str(&format!("note: {n}\n"));
    }
    if plan.changes.is_empty() {
        text.push_str("No changes: the platform matches the file.\n");
    }
    text.push_str(&summary);
    text.push('\n');
    super::output::write_stdout(&text)
}

/// The files read: each one's path, text and state (for positions), and their union.
pub struct Loaded {
    files: Vec<(PathBuf, String, DesiredState)>,
    /// The union of every file.
    pub merged: DesiredState,
}

impl Loaded {
    /// A usage error listing every problem `check` finds, each at its `file:line:col`.
    fn refuse(
        &self,
        context: &str,
        check: impl Fn(&DesiredState) -> Vec<Problem>,
    ) -> anyhow::Result<()> {
        let mut problems = Vec::new();
        for (file, text, state) in &self.files {
            for p in check(state) {
                let (line, col) = locate(text, &p.path);
                problems.push(format!("{}:{line}:{col}: {}", file.display(), p.message));
            }
        }
        refuse_all(problems, context)
    }
}

fn refuse_all(problems: Vec<String>, context: &str) -> anyhow::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    Err(usage(format!(
        "{} problem{} in the desired state{} (nothing was sent):\n  {}",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        if context.is_empty() {
            String::new()
        } else {
            format!(" {context}")
        },
        problems.join("\n  ")
    )))
}

/// A relative `secretFromFile` is relative to the file that names it.
fn anchor_secret_files(state: &mut DesiredState, dir: &Path) {
    for w in state.workspaces.values_mut() {
        for d in w.deployments.values_mut() {
            for v in d.env.iter_mut().flat_map(|e| e.values_mut()) {
                if let EnvValue::Secret(s) = v
                    && let Some(p) = &s.secret_from_file
                    && p.is_relative()
                {
                    s.secret_from_file = Some(dir.join(p));
                }
            }
        }
    }
}

/// Reads every file (a directory: its `.yaml`, `.yml` and `.json` files), checks it, and
/// merges them; any problem is a usage error with `file:line:col`, before anything is sent.
pub fn load(paths: &[PathBuf]) -> anyhow::Result<Loaded> {
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
    let mut read = Vec::new();
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
        let mut state = match parsed {
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
        anchor_secret_files(&mut state, file.parent().unwrap_or(Path::new(".")));
        merged.bypass_invite |= state.bypass_invite;
        if let Some(system) = &state.system_roles {
            let into = merged.system_roles.get_or_insert_with(Default::default);
            into.users.extend(system.users.clone());
            into.teams.extend(system.teams.clone());
        }
        for (label, w) in &state.workspaces {
            if let Some(first) = origin.get(label) {
                let (line, col) = locate(&text, &["workspaces".into(), label.clone()]);
                problems.push(format!(
                    "{}:{line}:{col}: workspace {label} is also described in {}",
                    file.display(),
                    first.display()
                ));
                continue;
            }
            origin.insert(label.clone(), file.clone());
            merged.workspaces.insert(label.clone(), w.clone());
        }
        read.push((file.clone(), text, state));
    }
    refuse_all(problems, "")?;
    Ok(Loaded {
        files: read,
        merged,
    })
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
