//! `--from-file`: one command applied to many rows (users, service accounts), the way an admin
//! needs it for a thousand: every row checked before anything is sent, current state read once
//! so rows already done are skipped, bounded concurrency, a journal so an interrupted run
//! resumes, one result per row, a summary.

use super::{Ctx, output::Format, usage};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::future::Future;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// The bulk flags shared by every `--from-file` command.
#[derive(Debug, Clone, clap::Args)]
pub struct BulkArgs {
    /// Apply to every row of this CSV (with a header) or JSON-lines file
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// Rows in flight at once
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64), requires = "from_file")]
    pub concurrency: u16,
    /// Say what would change, change nothing
    #[arg(long, requires = "from_file")]
    pub dry_run: bool,
    /// Stop starting rows after the first one the server refuses
    #[arg(long, requires = "from_file")]
    pub fail_fast: bool,
    /// Where finished rows are recorded so a rerun skips them (default: FILE.houston-journal)
    #[arg(long, value_name = "FILE", requires = "from_file")]
    pub journal: Option<PathBuf>,
}

/// One input row: its line in the file and its fields.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    pub fields: BTreeMap<String, String>,
}

impl Row {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Reads CSV (header row naming the columns) or JSON lines (`.jsonl`/`.ndjson`, or a first
/// character `{`), keeping each row's line number for messages.
pub fn read_rows(path: &Path) -> anyhow::Result<Vec<Row>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?;
    // Editors on Windows start UTF-8 files with a byte-order mark; CSV ignored it, JSON did not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    let json_lines = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    ) || text.trim_start().starts_with('{');
    let mut rows = Vec::new();
    if json_lines {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: Value = serde_json::from_str(line).map_err(|e| {
                usage(format!(
                    "{}:{}: not a JSON object: {e}",
                    path.display(),
                    i + 1
                ))
            })?;
            let object = value.as_object().ok_or_else(|| {
                usage(format!(
                    "{}:{}: expected a JSON object",
                    path.display(),
                    i + 1
                ))
            })?;
            let fields = object
                .iter()
                .map(|(k, v)| {
                    let text = match v {
                        Value::String(s) => s.clone(),
                        Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (k.to_ascii_lowercase(), text)
                })
                .collect();
            rows.push(Row {
                line: i as u64 + 1,
                fields,
            });
        }
    } else {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| usage(format!("{}: {e}", path.display())))?
            .iter()
            .map(str::to_ascii_lowercase)
            .collect();
        for record in reader.records() {
            let record = record.map_err(|e| usage(format!("{}: {e}", path.display())))?;
            let line = record.position().map(|p| p.line()).unwrap_or_default();
            let fields = headers
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_string))
                .collect();
            rows.push(Row { line, fields });
        }
    }
    if rows.is_empty() {
        return Err(usage(format!("{} holds no rows", path.display())));
    }
    Ok(rows)
}

/// What to do with one row, decided before anything is sent.
#[derive(Debug, Clone)]
pub enum Plan<A> {
    /// Send this.
    Apply { action: A, describe: String },
    /// Nothing to send: already as asked, or not allowed without a flag.
    Skip {
        status: &'static str,
        reason: String,
    },
}

/// One row's result, as printed and journaled.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: String,
    pub detail: Value,
}

impl Outcome {
    pub fn new(status: impl Into<String>) -> Self {
        Outcome {
            status: status.into(),
            detail: Value::Null,
        }
    }
    pub fn with(mut self, detail: Value) -> Self {
        self.detail = detail;
        self
    }
}

/// Runs `apply` on every planned row and reports. `key` names a row in the journal and output
/// (an e-mail, a label).
pub async fn run<A, F, Fut>(
    ctx: &Ctx,
    args: &BulkArgs,
    file: &Path,
    what: &str,
    planned: Vec<(Row, String, Plan<A>)>,
    apply: F,
) -> anyhow::Result<()>
where
    A: Send + 'static,
    F: Fn(A) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Outcome, houston::Error>> + Send + 'static,
{
    let journal_path = args
        .journal
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.houston-journal", file.display())));
    let fingerprint = fingerprint(what, file)?;
    let done = if args.dry_run {
        HashSet::new()
    } else {
        read_journal(&journal_path, &fingerprint)?
    };
    let json = ctx.out.format == Format::Json || ctx.out.jq.is_some();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut results: Vec<Value> = Vec::new();
    let emit = |value: Value, results: &mut Vec<Value>| -> anyhow::Result<()> {
        if json {
            super::output::write_stdout(&format!("{value}\n"))?;
        }
        results.push(value);
        Ok(())
    };

    let mut work = Vec::new();
    for (row, key, plan) in planned {
        let id = format!("{}:{key}", row.line);
        if done.contains(&id) {
            *counts.entry("done earlier".into()).or_default() += 1;
            emit(
                json!({"line": row.line, "key": key, "status": "done earlier", "reason": "recorded in the journal"}),
                &mut results,
            )?;
            continue;
        }
        match plan {
            Plan::Skip { status, reason } => {
                *counts.entry(status.into()).or_default() += 1;
                emit(
                    json!({"line": row.line, "key": key, "status": status, "reason": reason}),
                    &mut results,
                )?;
            }
            Plan::Apply { action, describe } if args.dry_run => {
                let _ = action;
                *counts.entry("would change".into()).or_default() += 1;
                emit(
                    json!({"line": row.line, "key": key, "status": "would change", "action": describe}),
                    &mut results,
                )?;
            }
            Plan::Apply { action, describe } => work.push((row, key, id, action, describe)),
        }
    }

    let progress = if std::io::stderr().is_terminal() && !work.is_empty() {
        let bar =
            ProgressBar::with_draw_target(Some(work.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut journal = if args.dry_run || work.is_empty() {
        None
    } else {
        Some(open_journal(&journal_path, &fingerprint)?)
    };

    let apply = Arc::new(apply);
    let permits = Arc::new(Semaphore::new(usize::from(args.concurrency)));
    let mut tasks = tokio::task::JoinSet::new();
    let mut failed = false;
    let mut pending = work.into_iter();
    loop {
        // Keep the set full; stop starting rows once one failed under --fail-fast.
        while tasks.len() < usize::from(args.concurrency) && !(failed && args.fail_fast) {
            let Some((row, key, id, action, describe)) = pending.next() else {
                break;
            };
            let permit = permits.clone().acquire_owned().await?;
            let apply = apply.clone();
            tasks.spawn(async move {
                let result = apply(action).await;
                drop(permit);
                (row, key, id, describe, result)
            });
        }
        let Some(joined) = tasks.join_next().await else {
            break;
        };
        let (row, key, id, describe, result) = joined?;
        progress.inc(1);
        match result {
            Ok(outcome) => {
                if let Some(j) = journal.as_mut() {
                    // A written line survives the process being killed; only a power cut can
                    // lose it before the final fsync, and then the rerun's state check still
                    // skips the row. An fsync per row would cap a run at the disk's fsync rate.
                    writeln!(j, "{}", json!({"row": id, "status": outcome.status}))?;
                }
                *counts.entry(outcome.status.clone()).or_default() += 1;
                let mut line = json!({"line": row.line, "key": key, "status": outcome.status, "action": describe});
                if !outcome.detail.is_null() {
                    line["result"] = outcome.detail;
                }
                emit(line, &mut results)?;
            }
            Err(e) => {
                failed = true;
                *counts.entry("failed".into()).or_default() += 1;
                let message = e.to_string();
                progress.println(format!("line {}: {key}: {message}", row.line));
                emit(
                    json!({"line": row.line, "key": key, "status": "failed", "action": describe, "error": message}),
                    &mut results,
                )?;
            }
        }
    }
    progress.finish_and_clear();
    if let Some(j) = journal.as_mut() {
        j.sync_data()?;
    }
    let not_started = pending.len();
    if not_started > 0 {
        *counts
            .entry("not started (--fail-fast)".into())
            .or_default() += not_started;
    }

    if !json {
        super::output::write_stdout(&super::output::table(
            &Value::Array(results),
            &[
                ("LINE", "line"),
                ("KEY", "key"),
                ("STATUS", "status"),
                ("DETAIL", "action"),
                ("REASON", "reason"),
                ("ERROR", "error"),
            ],
        ))?;
    }
    let total: usize = counts.values().sum();
    let summary: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    ctx.out.message(&format!(
        "{total} rows{}: {}",
        if args.dry_run {
            " (dry run, nothing sent)"
        } else {
            ""
        },
        summary.join(", ")
    ));
    if failed {
        ctx.out.message(&format!(
            "Rerun the same command to retry the failed rows; finished rows are recorded in {}",
            journal_path.display()
        ));
        anyhow::bail!(
            "{} of {total} rows failed",
            counts.get("failed").copied().unwrap_or(0)
        );
    }
    Ok(())
}

/// Ties a journal to one command and one input file's content.
fn fingerprint(what: &str, file: &Path) -> anyhow::Result<String> {
    use std::hash::{Hash, Hasher};
    let bytes = std::fs::read(file)?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    what.hash(&mut hasher);
    bytes.hash(&mut hasher);
    Ok(format!("{what}:{:016x}", hasher.finish()))
}

fn journal_header(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let header: Value = serde_json::from_str(text.lines().next()?).ok()?;
    header["journal"].as_str().map(str::to_string)
}

fn read_journal(path: &Path, fingerprint: &str) -> anyhow::Result<HashSet<String>> {
    if journal_header(path).as_deref() != Some(fingerprint) {
        // None yet, or another command or a changed file: start over rather than skip the
        // wrong rows.
        return Ok(HashSet::new());
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| usage(format!("cannot read the journal {}: {e}", path.display())))?;
    // A line cut short by a crash is simply not a finished row.
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["row"].as_str().map(str::to_string))
        .collect())
}

fn open_journal(path: &Path, fingerprint: &str) -> anyhow::Result<std::fs::File> {
    let resume = journal_header(path).as_deref() == Some(fingerprint);
    let mut options = std::fs::OpenOptions::new();
    if resume {
        options.append(true);
    } else {
        options.create(true).write(true).truncate(true);
    }
    let mut file = options
        .open(path)
        .map_err(|e| usage(format!("cannot write the journal {}: {e}", path.display())))?;
    if !resume {
        writeln!(file, "{}", json!({"journal": fingerprint}))?;
        file.sync_data()?;
    }
    Ok(file)
}

/// Checks a row's required column, naming the line when it is missing.
pub fn required<'r>(row: &'r Row, column: &str, file: &Path) -> Result<&'r str, String> {
    row.get(column)
        .ok_or_else(|| format!("{}:{}: missing `{column}`", file.display(), row.line))
}

/// Fails with every bad row at once (exit 2), before anything is sent.
pub fn refuse_bad_rows(problems: Vec<String>) -> anyhow::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    let count = problems.len();
    let mut text = problems;
    text.truncate(50);
    Err(usage(format!(
        "{count} bad row{} (nothing was sent):\n  {}",
        if count == 1 { "" } else { "s" },
        text.join("\n  ")
    )))
}
