//! `houston airflow runs …`.

use super::dags::RUN_COLUMNS;
use super::{Ctx, print_list, print_one};
use crate::airflow::Client;
use clap::Subcommand;
use std::time::Duration;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Runs of a DAG (`~` for every DAG), streamed page by page
    List {
        /// The DAG's id
        dag_id: String,
        /// Only runs in this state: queued, running, success, failed (repeatable)
        #[arg(long = "state", value_name = "STATE")]
        states: Vec<String>,
    },
    /// One run
    Get {
        /// The DAG's id
        dag_id: String,
        /// The DAG run's id
        run_id: String,
    },
    /// Wait until a run succeeds or fails (exit 1 if it failed)
    Wait {
        /// The DAG's id
        dag_id: String,
        /// The DAG run's id
        run_id: String,
        /// Give up after this long (e.g. 90s, 10m); `--timeout` is the per-request limit
        #[arg(long, value_name = "DURATION", value_parser = super::super::parse_duration, default_value = "10m")]
        wait_timeout: Duration,
    },
}

pub async fn run(args: Args, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        Cmd::List { dag_id, states } => {
            let pages = client.runs(&dag_id, &states).await?;
            print_list(&ctx.out, pages, RUN_COLUMNS).await
        }
        Cmd::Get { dag_id, run_id } => {
            let run = client.run(&dag_id, &run_id).await?;
            print_one(ctx, &run, RUN_COLUMNS)
        }
        Cmd::Wait {
            dag_id,
            run_id,
            wait_timeout,
        } => {
            let run = client.wait_for_run(&dag_id, &run_id, wait_timeout).await?;
            print_one(ctx, &run, RUN_COLUMNS)?;
            if run.failed() {
                anyhow::bail!("run {run_id} of {dag_id} failed");
            }
            Ok(())
        }
    }
}
