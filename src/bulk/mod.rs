//! The bulk engine: many independent changes carried out with bounded concurrency, a journal
//! so an interrupted run can be told apart from a finished one, one result per change, and a
//! stop signal (Ctrl-C, a closed output) that stops issuing changes but lets those in flight
//! finish and be recorded.
//!
//! The engine decides nothing about *what* is done: callers read the platform's state first
//! and hand over only the changes still needed (the state check, not the journal, decides
//! what is done). The journal answers two questions the state cannot: which of the rows that
//! are done now were done by an earlier run of this same command ("done earlier"), and which
//! changes were sent but never answered (a service account created under a lost answer).
//!
//! It never prints: progress goes through [`Progress`], results through a callback.

mod journal;

pub use journal::{Journal, JournalKey, RowRecord};

use crate::http::FromUnanswered as _;
use serde_json::Value;
use std::future::Future;
use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::Notify;

/// One change to carry out.
#[derive(Debug, Clone)]
pub struct Item<A> {
    /// Names the change in the journal: stable across reruns of the same input (e.g.
    /// `12:ada@example.com`, `workspace/demo/user/ada@example.com`).
    pub id: String,
    /// What is carried out.
    pub action: A,
}

/// One change's result as the caller wants it printed and journaled.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// A short word or phrase: `added`, `created`, `already invited`.
    pub status: String,
    /// Anything worth showing with it (the created object, a hint).
    pub detail: Value,
}

impl Outcome {
    /// An outcome with no detail.
    pub fn new(status: impl Into<String>) -> Self {
        Outcome {
            status: status.into(),
            detail: Value::Null,
        }
    }

    /// The same outcome with `detail`.
    pub fn with(mut self, detail: Value) -> Self {
        self.detail = detail;
        self
    }
}

/// A change that finished, successfully or not.
#[derive(Debug)]
pub struct Finished {
    /// The item's id.
    pub id: String,
    /// What happened.
    pub result: Result<Outcome, crate::Error>,
}

/// How a run is carried out.
#[derive(Debug, Clone)]
pub struct Options {
    /// Changes in flight at once (at least 1).
    pub concurrency: usize,
    /// Stop issuing changes after the first failure.
    pub fail_fast: bool,
    /// Stops issuing changes when triggered (Ctrl-C, a closed output).
    pub stop: StopSignal,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            concurrency: 8,
            fail_fast: false,
            stop: StopSignal::default(),
        }
    }
}

/// A shared flag that asks a run to stop issuing changes; those in flight finish.
#[derive(Debug, Clone, Default)]
pub struct StopSignal(Arc<(AtomicBool, Notify)>);

impl StopSignal {
    /// Asks every run holding this signal to stop issuing changes.
    pub fn stop(&self) {
        self.0.0.store(true, Ordering::SeqCst);
        self.0.1.notify_waiters();
    }

    /// Whether [`StopSignal::stop`] was called.
    pub fn is_stopped(&self) -> bool {
        self.0.0.load(Ordering::SeqCst)
    }
}

/// Progress of a run, for a progress bar or a log. Every method has an empty default.
pub trait Progress: Send + Sync {
    /// The run starts `total` changes.
    fn start(&self, total: usize) {
        let _ = total;
    }
    /// One change finished.
    fn advance(&self, id: &str, result: &Result<Outcome, crate::Error>) {
        let _ = (id, result);
    }
    /// The run is over.
    fn finish(&self) {}
}

/// A [`Progress`] that shows nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// How a run ended.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Changes that succeeded.
    pub succeeded: usize,
    /// Changes that failed.
    pub failed: usize,
    /// Changes never started (a stop, `fail_fast`).
    pub not_started: usize,
    /// The run was stopped by its [`StopSignal`] (or the result callback) before the end.
    pub stopped: bool,
}

impl Report {
    /// Every change was carried out and none failed.
    pub fn complete(&self) -> bool {
        self.failed == 0 && self.not_started == 0 && !self.stopped
    }
}

/// Carries out `items` with `apply`, at most `options.concurrency` at a time, in order of
/// issue. Each change is journaled as started before it is sent and with its outcome after;
/// `on_finished` sees every finished change and may return `Break` to stop issuing more (the
/// output went away). Changes in flight at a stop are awaited and journaled.
pub async fn execute<A, F, Fut>(
    items: Vec<Item<A>>,
    options: &Options,
    journal: Option<&mut Journal>,
    progress: &dyn Progress,
    apply: F,
    on_finished: impl FnMut(Finished) -> ControlFlow<()>,
) -> std::io::Result<Report>
where
    A: Send + 'static,
    F: Fn(A) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Outcome, crate::Error>> + Send + 'static,
{
    let apply = Arc::new(apply);
    execute_batches(
        items.into_iter().map(|i| vec![i]).collect(),
        options,
        journal,
        progress,
        move |mut actions: Vec<A>| {
            let apply = apply.clone();
            async move {
                match actions.pop() {
                    Some(action) => vec![apply(action).await],
                    None => Vec::new(),
                }
            }
        },
        on_finished,
    )
    .await
}

/// [`execute`] for changes carried out several at a time (one request that makes many
/// changes): `apply` takes a batch and returns one result per change, in order; at most
/// `options.concurrency` batches are in flight. Every change of a batch is journaled as
/// started before the batch is sent, and each with its own outcome after, so a kill loses
/// nothing a rerun needs to know. A result missing from `apply`'s answer counts as failed.
pub async fn execute_batches<A, F, Fut>(
    batches: Vec<Vec<Item<A>>>,
    options: &Options,
    mut journal: Option<&mut Journal>,
    progress: &dyn Progress,
    apply: F,
    mut on_finished: impl FnMut(Finished) -> ControlFlow<()>,
) -> std::io::Result<Report>
where
    A: Send + 'static,
    F: Fn(Vec<A>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Vec<Result<Outcome, crate::Error>>> + Send + 'static,
{
    let concurrency = options.concurrency.max(1);
    progress.start(batches.iter().map(Vec::len).sum());
    let apply = Arc::new(apply);
    let mut tasks = tokio::task::JoinSet::new();
    let mut report = Report::default();
    let mut pending = batches.into_iter();
    let mut halted = false;
    loop {
        while tasks.len() < concurrency && !halted {
            if options.stop.is_stopped() || (options.fail_fast && report.failed > 0) {
                halted = true;
                break;
            }
            let Some(batch) = pending.next() else {
                break;
            };
            let mut ids = Vec::with_capacity(batch.len());
            let mut actions = Vec::with_capacity(batch.len());
            for item in batch {
                if let Some(j) = journal.as_deref_mut() {
                    j.started(&item.id)?;
                }
                ids.push(item.id);
                actions.push(item.action);
            }
            let apply = apply.clone();
            tasks.spawn(async move {
                let results = apply(actions).await;
                (ids, results)
            });
        }
        if tasks.is_empty() {
            break;
        }
        // Wake on a finished batch or on a stop, whichever comes first, so a stop takes
        // effect while slow changes are in flight.
        let joined = tokio::select! {
            joined = tasks.join_next() => joined,
            _ = options.stop.0.1.notified(), if !halted => {
                halted = true;
                continue;
            }
        };
        let Some(joined) = joined else { break };
        let (ids, results) = match joined {
            Ok(done) => done,
            Err(e) => return Err(std::io::Error::other(format!("a change panicked: {e}"))),
        };
        let mut results = results.into_iter();
        for id in ids {
            let result = results.next().unwrap_or_else(|| {
                Err(crate::Error::invalid(format!(
                    "{id}: no result came back for this change"
                )))
            });
            progress.advance(&id, &result);
            match &result {
                Ok(outcome) => {
                    report.succeeded += 1;
                    if let Some(j) = journal.as_deref_mut() {
                        j.finished(&id, &outcome.status)?;
                    }
                }
                Err(_) => report.failed += 1,
            }
            if on_finished(Finished { id, result }).is_break() {
                halted = true;
                report.stopped = true;
            }
        }
    }
    progress.finish();
    report.not_started = pending.map(|b| b.len()).sum();
    if options.stop.is_stopped() && report.not_started > 0 {
        report.stopped = true;
    }
    if let Some(j) = journal {
        j.sync()?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[tokio::test]
    async fn a_stop_lets_rows_in_flight_finish_and_starts_no_more() {
        let stop = StopSignal::default();
        let options = Options {
            concurrency: 2,
            fail_fast: false,
            stop: stop.clone(),
        };
        let items: Vec<Item<u32>> = (0..10)
            .map(|i| Item {
                id: i.to_string(),
                action: i,
            })
            .collect();
        let trigger = stop.clone();
        let seen = Mutex::new(Vec::new());
        let report = execute(
            items,
            &options,
            None,
            &NoProgress,
            move |i| {
                let trigger = trigger.clone();
                async move {
                    if i == 1 {
                        trigger.stop();
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    Ok(Outcome::new("done"))
                }
            },
            |f| {
                seen.lock().unwrap().push(f.id);
                ControlFlow::Continue(())
            },
        )
        .await
        .unwrap();
        assert_eq!(report.succeeded, 2, "{report:?}");
        assert_eq!(report.not_started, 8);
        assert!(report.stopped && !report.complete());
        assert_eq!(seen.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn fail_fast_stops_after_the_first_failure() {
        let options = Options {
            concurrency: 1,
            fail_fast: true,
            stop: StopSignal::default(),
        };
        let items: Vec<Item<u32>> = (0..5)
            .map(|i| Item {
                id: i.to_string(),
                action: i,
            })
            .collect();
        let report = execute(
            items,
            &options,
            None,
            &NoProgress,
            |i| async move {
                if i == 1 {
                    Err(crate::Error::invalid("no".into()))
                } else {
                    Ok(Outcome::new("done"))
                }
            },
            |_| ControlFlow::Continue(()),
        )
        .await
        .unwrap();
        assert_eq!(
            (report.succeeded, report.failed, report.not_started),
            (1, 1, 3)
        );
    }
}
