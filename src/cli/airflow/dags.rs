//! `houston airflow dags …` and `houston airflow datasets event`.

use super::{Ctx, json_arg, print_list, print_one};
use crate::airflow::{Client, DagFilter, Trigger};
use crate::cli::output::Column;
use clap::Subcommand;

const DAG_COLUMNS: &[Column] = &[
    ("DAG ID", "dag_id"),
    ("PAUSED", "is_paused"),
    ("TAGS", "tags.name"),
];

const DAG_DETAIL: &[Column] = &[
    ("DAG ID", "dag_id"),
    ("PAUSED", "is_paused"),
    ("TAGS", "tags.name"),
    ("DESCRIPTION", "description"),
    ("FILE", "fileloc"),
    ("SCHEDULE", "timetable_description"),
    ("OWNERS", "owners"),
];

pub(super) const RUN_COLUMNS: &[Column] = &[
    ("DAG ID", "dag_id"),
    ("RUN ID", "dag_run_id"),
    ("STATE", "state"),
    ("TYPE", "run_type"),
    ("LOGICAL DATE", "logical_date"),
    ("STARTED", "start_date"),
    ("ENDED", "end_date"),
];

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// DAGs sorted by id (the whole objects with --output json)
    List {
        /// Only paused DAGs
        #[arg(long, conflicts_with = "active")]
        paused: bool,
        /// Only DAGs that are not paused
        #[arg(long)]
        active: bool,
        /// Only DAGs with this tag (repeat for any of several)
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Only DAGs whose id contains this (SQL LIKE: `%` and `_` are wildcards)
        #[arg(long, value_name = "TEXT")]
        pattern: Option<String>,
    },
    /// One DAG
    Get {
        /// The DAG's id
        dag_id: String,
    },
    /// Pause a DAG: the scheduler creates no runs for it
    Pause {
        /// The DAG's id
        dag_id: String,
    },
    /// Unpause a DAG
    Unpause {
        /// The DAG's id
        dag_id: String,
    },
    /// Start a DAG run
    Trigger {
        /// The DAG's id
        dag_id: String,
        /// The run's conf: a JSON object, inline or @file (@- for stdin)
        #[arg(long, value_name = "JSON|@FILE")]
        conf: Option<String>,
        /// A note shown on the run
        #[arg(long)]
        note: Option<String>,
        /// The logical date (RFC 3339, e.g. 2026-01-01T00:00:00Z); default: Airflow's choice
        #[arg(long, value_name = "DATE")]
        logical_date: Option<String>,
        /// The run id (default: manual__<date>)
        #[arg(long, value_name = "ID")]
        run_id: Option<String>,
    },
}

pub async fn run(args: Args, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        Cmd::List {
            paused,
            active,
            tags,
            pattern,
        } => {
            let filter = DagFilter {
                paused: if paused {
                    Some(true)
                } else if active {
                    Some(false)
                } else {
                    None
                },
                tags,
                pattern,
            };
            let pages = client.dags(&filter).await?;
            print_list(&ctx.out, pages, DAG_COLUMNS).await
        }
        Cmd::Get { dag_id } => {
            let dag = client.dag(&dag_id).await?;
            print_one(ctx, &dag, DAG_DETAIL)
        }
        Cmd::Pause { dag_id } => {
            let dag = client.set_paused(&dag_id, true).await?;
            print_one(ctx, &dag, DAG_COLUMNS)
        }
        Cmd::Unpause { dag_id } => {
            let dag = client.set_paused(&dag_id, false).await?;
            print_one(ctx, &dag, DAG_COLUMNS)
        }
        Cmd::Trigger {
            dag_id,
            conf,
            note,
            logical_date,
            run_id,
        } => {
            let conf = conf.map(|c| json_arg("--conf", &c)).transpose()?;
            let run = client
                .trigger(
                    &dag_id,
                    &Trigger {
                        run_id,
                        conf,
                        note,
                        logical_date,
                    },
                )
                .await?;
            print_one(ctx, &run, RUN_COLUMNS)
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct DatasetArgs {
    #[command(subcommand)]
    command: DatasetCmd,
}

#[derive(Debug, Subcommand)]
enum DatasetCmd {
    /// Record that the data behind URI changed (DAGs scheduled on it run)
    Event {
        /// The dataset's URI
        uri: String,
        /// Extra information on the event: a JSON object, inline or @file
        #[arg(long, value_name = "JSON|@FILE")]
        extra: Option<String>,
    },
}

pub async fn datasets(args: DatasetArgs, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        DatasetCmd::Event { uri, extra } => {
            let extra = extra.map(|e| json_arg("--extra", &e)).transpose()?;
            let event = client.post_dataset_event(&uri, extra.as_ref()).await?;
            ctx.out.data(
                &event,
                &[
                    ("ID", "id"),
                    ("URI", "uri"),
                    ("DATASET URI", "dataset_uri"),
                    ("TIMESTAMP", "timestamp"),
                    ("EXTRA", "extra"),
                ],
            )
        }
    }
}
