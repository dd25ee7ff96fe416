//! `--from-file`: one command applied to many rows (users, service accounts), the way an admin
//! needs it for a thousand: every row checked before anything is sent, current state read once
//! so rows already done are skipped, bounded concurrency, a journal so an interrupted run
//! resumes, one result per row, a summary. The engine is the library's [`crate::bulk`]; this
//! is the file reading, the row checks and the printing.

use super::{Ctx, output::Format, usage};
use crate::bulk::{self, Journal, JournalKey, RowRecord};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

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
    /// Where an interrupted run records its rows, so the rerun can tell what it did and what
    /// was sent unanswered (default: FILE.houston-journal, 0600; removed when a run completes)
    #[arg(
        long,
        value_name = "FILE",
        requires = "from_file",
        conflicts_with = "no_journal"
    )]
    pub journal: Option<PathBuf>,
    /// Keep no journal: a rerun decides from the platform's state alone
    #[arg(long, requires = "from_file")]
    pub no_journal: bool,
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
    let bytes =
        std::fs::read(path).map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = e.utf8_error().valid_up_to();
        let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
        usage(format!(
            "{}:{line}: not UTF-8 text (byte {valid}); save the file as UTF-8",
            path.display()
        ))
    })?;
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
    /// Nothing to send, and something to tell (a service account created under a lost answer).
    Report { status: &'static str, detail: Value },
}

pub use crate::bulk::Outcome;

/// A bulk run being prepared: its journal read, so the plan can tell rows done by an earlier
/// run of the same command and changes an interrupted run sent without an answer.
pub struct Session {
    journal: Option<Journal>,
    file: PathBuf,
}

/// How long a rerun waits for changes an interrupted run sent and never saw answered, before it
/// reads the state: the server may still be carrying them out.
const UNANSWERED_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

impl Session {
    /// Reads the journal that belongs to this endpoint, `target`, `command`, plan-changing
    /// `flags` and input file (none under `--no-journal`).
    pub async fn open(
        ctx: &Ctx,
        args: &BulkArgs,
        endpoint: &str,
        target: &str,
        command: &str,
        flags: &[(&str, bool)],
    ) -> anyhow::Result<Session> {
        let file = args
            .from_file
            .clone()
            .expect("clap requires --from-file here");
        if args.no_journal {
            return Ok(Session {
                journal: None,
                file,
            });
        }
        let path = args
            .journal
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{}.houston-journal", file.display())));
        let bytes = std::fs::read(&file)
            .map_err(|e| usage(format!("cannot read {}: {e}", file.display())))?;
        let key = JournalKey {
            endpoint: endpoint.to_string(),
            target: target.to_string(),
            command: command.to_string(),
            flags: flags
                .iter()
                .filter(|(_, on)| *on)
                .map(|(f, _)| f.to_string())
                .collect(),
            input: JournalKey::digest(&bytes),
        };
        let journal = Journal::load(&path, key)
            .map_err(|e| usage(format!("cannot read the journal {}: {e}", path.display())))?;
        let unanswered = journal.unanswered().count();
        if unanswered > 0 && !args.dry_run {
            ctx.out.message(&format!(
                "An interrupted run left {unanswered} change(s) unanswered; waiting {}s for them to land before reading the state",
                UNANSWERED_GRACE.as_secs()
            ));
            tokio::time::sleep(UNANSWERED_GRACE).await;
        }
        Ok(Session {
            journal: Some(journal),
            file,
        })
    }

    /// The input file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// What an earlier run of the same command recorded for a row.
    pub fn earlier(&self, row: &Row, key: &str) -> Option<&RowRecord> {
        self.journal.as_ref()?.earlier(&row_id(row, key))
    }

    /// Runs `apply` on every planned row and reports. `key` names a row in the journal and
    /// output (an e-mail, a label).
    pub async fn run<A, F, Fut>(
        mut self,
        ctx: &Ctx,
        args: &BulkArgs,
        planned: Vec<(Row, String, Plan<A>)>,
        apply: F,
    ) -> anyhow::Result<()>
    where
        A: Send + 'static,
        F: Fn(A) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Outcome, crate::Error>> + Send + 'static,
    {
        let json = ctx.out.format == Format::Json || ctx.out.jq.is_some();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut out = InOrder::new(json);
        let mut work = Vec::new();
        let mut rows = HashMap::new();
        for (index, (row, key, plan)) in planned.into_iter().enumerate() {
            let id = row_id(&row, &key);
            match plan {
                Plan::Skip { status, reason } => {
                    let earlier = self
                        .journal
                        .as_ref()
                        .and_then(|j| j.earlier(&id))
                        .is_some_and(|r| r.status.is_some());
                    let (status, reason) = if status == "unchanged" && earlier {
                        (
                            "done earlier",
                            format!("{reason} (recorded in the journal)"),
                        )
                    } else {
                        (status, reason)
                    };
                    *counts.entry(status.into()).or_default() += 1;
                    out.put(
                        index,
                        json!({"line": row.line, "key": key, "status": status, "reason": reason}),
                    )?;
                }
                Plan::Report { status, detail } => {
                    *counts.entry(status.into()).or_default() += 1;
                    let hint = detail["hint"].as_str().unwrap_or_default().to_string();
                    out.put(
                        index,
                        json!({"line": row.line, "key": key, "status": status, "reason": hint, "result": detail}),
                    )?;
                }
                Plan::Apply { action, describe } if args.dry_run => {
                    let _ = action;
                    *counts.entry("would change".into()).or_default() += 1;
                    out.put(
                        index,
                        json!({"line": row.line, "key": key, "status": "would change", "action": describe}),
                    )?;
                }
                Plan::Apply { action, describe } => {
                    rows.insert(id.clone(), (index, row, key, describe));
                    work.push(bulk::Item { id, action });
                }
            }
        }

        let progress = Bar::new(work.len());
        let stop = bulk::StopSignal::default();
        // Only Ctrl-C stops this run's signal (fail-fast is an option of its own).
        let interrupted = stop.clone();
        let watcher = super::interrupt::stop_on_interrupt(&stop)
            .map_err(|e| anyhow::anyhow!("cannot listen for Ctrl-C: {e}"))?;
        let options = bulk::Options {
            concurrency: usize::from(args.concurrency),
            fail_fast: args.fail_fast,
            stop,
        };
        let journal = if args.dry_run {
            None
        } else {
            self.journal.as_mut()
        };
        let mut emit_error = None;
        let report = bulk::execute(
            work,
            &options,
            journal,
            &progress,
            apply,
            |finished| {
                let (index, row, key, describe) =
                    rows.remove(&finished.id).expect("every id planned");
                let line = match finished.result {
                    Ok(outcome) => {
                        *counts.entry(outcome.status.clone()).or_default() += 1;
                        let mut line = json!({"line": row.line, "key": key, "status": outcome.status, "action": describe});
                        if !outcome.detail.is_null() {
                            line["result"] = outcome.detail;
                        }
                        line
                    }
                    Err(e) => {
                        *counts.entry("failed".into()).or_default() += 1;
                        let message = e.to_string();
                        progress.0.println(format!("line {}: {key}: {message}", row.line));
                        json!({"line": row.line, "key": key, "status": "failed", "action": describe, "error": message})
                    }
                };
                match out.put(index, line) {
                    Ok(true) => ControlFlow::Continue(()),
                    Ok(false) => ControlFlow::Break(()),
                    Err(e) => {
                        emit_error = Some(e);
                        ControlFlow::Break(())
                    }
                }
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("the journal: {e}"))?;
        watcher.abort();
        if let Some(e) = emit_error {
            return Err(e);
        }
        // Rows never started leave gaps: what finished goes out, still in input order.
        out.drain()?;
        let pipe_closed = out.pipe_closed;
        if report.not_started > 0 {
            let why = if interrupted.is_stopped() {
                "interrupted"
            } else if pipe_closed {
                "output closed"
            } else {
                "--fail-fast"
            };
            *counts.entry(format!("not started ({why})")).or_default() += report.not_started;
        }

        if !json {
            super::output::write_stdout(&super::output::table(
                &Value::Array(out.results),
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
        let journal_path = self.journal.as_ref().map(|j| j.path().to_path_buf());
        let where_ = journal_path
            .as_ref()
            .map(|p| format!("; finished rows are recorded in {}", p.display()))
            .unwrap_or_default();
        if interrupted.is_stopped() {
            return Err(super::Interrupted(format!(
                "interrupted: {} rows not started, the rows in flight finished{where_}; rerun the same command to finish",
                report.not_started
            ))
            .into());
        }
        if pipe_closed {
            anyhow::bail!(
                "stdout was closed: {} rows not started, the rows in flight finished{where_}; rerun the same command to finish",
                report.not_started
            );
        }
        if report.failed > 0 {
            ctx.out.message(&format!(
                "Rerun the same command to retry the failed rows{where_}"
            ));
            anyhow::bail!("{} of {total} rows failed", report.failed);
        }
        if report.complete() && !args.dry_run {
            // Nothing left to resume: a later run starts from the state alone.
            if let Some(j) = self.journal.take() {
                j.remove()
                    .map_err(|e| anyhow::anyhow!("cannot remove the journal: {e}"))?;
            }
        }
        Ok(())
    }
}

/// Results in input-line order however the rows finish: each waits until every row before it
/// has its result, then goes out (JSON lines as they come; the table at the end).
struct InOrder {
    json: bool,
    pending: BTreeMap<usize, Value>,
    next: usize,
    results: Vec<Value>,
    pipe_closed: bool,
}

impl InOrder {
    fn new(json: bool) -> InOrder {
        InOrder {
            json,
            pending: BTreeMap::new(),
            next: 0,
            results: Vec::new(),
            pipe_closed: false,
        }
    }

    /// Files row `index`'s result and sends out what is now in order; false once stdout is
    /// closed.
    fn put(&mut self, index: usize, value: Value) -> anyhow::Result<bool> {
        self.pending.insert(index, value);
        while let Some(value) = self.pending.remove(&self.next) {
            self.next += 1;
            self.emit(value)?;
        }
        Ok(!self.pipe_closed)
    }

    /// Sends out every filed result, skipping the rows that never ran.
    fn drain(&mut self) -> anyhow::Result<()> {
        for (_, value) in std::mem::take(&mut self.pending) {
            self.emit(value)?;
        }
        Ok(())
    }

    fn emit(&mut self, value: Value) -> anyhow::Result<()> {
        if self.json && !self.pipe_closed {
            match super::output::write_stdout(&format!("{value}\n")) {
                Err(e) if e.downcast_ref::<super::BrokenPipe>().is_some() => {
                    self.pipe_closed = true;
                }
                other => other?,
            }
        }
        self.results.push(value);
        Ok(())
    }
}

fn row_id(row: &Row, key: &str) -> String {
    format!("{}:{key}", row.line)
}

/// indicatif behind the engine's progress callback (on a terminal only). Clones share the bar.
#[derive(Clone)]
pub(crate) struct Bar(ProgressBar);

impl Bar {
    pub(crate) fn new(len: usize) -> Bar {
        if std::io::stderr().is_terminal() && len > 0 {
            let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            Bar(bar)
        } else {
            Bar(ProgressBar::hidden())
        }
    }
}

impl Bar {
    /// Runs `print` with the bar taken off the screen and drawn again after, so lines written
    /// to a terminal stdout do not mix with the bar on the same terminal's stderr.
    pub(crate) fn suspend<R>(&self, print: impl FnOnce() -> R) -> R {
        self.0.suspend(print)
    }
}

impl bulk::Progress for Bar {
    fn advance(&self, _id: &str, _result: &Result<Outcome, crate::Error>) {
        self.0.inc(1);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Reads `bytes` as a file called `name`.
    fn read(name: &str, bytes: &[u8]) -> anyhow::Result<Vec<Row>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        read_rows(&path)
    }

    /// A line of a CSV or JSON-lines file, made of the characters that matter to their parsers.
    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z@.,\"{}:\\ \t\r\u{feff}é0-9\\[\\]-]{0,30}",
            "\\PC{0,20}",
            Just("email,role".to_string()),
            Just("{\"email\": \"a@example.com\"}".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        // Issue 12 item 8: whatever a bulk file holds, reading it answers rows or an error that
        // says where (the file, and the line when a line is to blame); never a panic.
        #[test]
        fn bulk_files_never_panic_and_errors_say_where(
            lines in proptest::collection::vec(line(), 0..8),
            jsonl in any::<bool>(),
            junk in proptest::collection::vec(any::<u8>(), 0..4),
        ) {
            let mut bytes = lines.join("\n").into_bytes();
            bytes.extend(&junk);
            let name = if jsonl { "rows.jsonl" } else { "rows.csv" };
            match read(name, &bytes) {
                Ok(rows) => prop_assert!(!rows.is_empty()),
                Err(e) => {
                    let text = e.to_string();
                    prop_assert!(text.contains(name), "{}", text);
                    prop_assert!(
                        text.contains("holds no rows")
                            || text.contains(&format!("{name}:"))
                            || text.contains("line"),
                        "no position: {}",
                        text
                    );
                }
            }
        }
    }

    #[test]
    fn a_file_that_is_not_utf8_names_the_line() {
        let err = read("rows.csv", b"email\na@example.com\n\xff\xfe\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("rows.csv:3: not UTF-8"), "{err}");
    }
}
