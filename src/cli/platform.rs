//! `houston platform …`: the platform itself.

use super::Ctx;
use crate::operations as ops;
use clap::Subcommand;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// The platform version and base domain (`appConfig`)
    Version,
    /// How people log in: local passwords, identity providers (no token needed)
    Auth,
    /// Astro Runtime versions the platform offers (Houston 0.29+)
    Runtimes {
        /// Only releases for this Airflow version (migrating an AC deployment)
        #[arg(long)]
        airflow_version: Option<String>,
        /// Cluster id (Houston 1.0+)
        #[arg(long)]
        cluster: Option<String>,
    },
    /// Kubernetes namespaces free for new deployments (manual-namespace platforms)
    Namespaces {
        /// Cluster id (required from Houston 1.0 on)
        #[arg(long)]
        cluster: Option<String>,
    },
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::Version => {
            let r = client
                .execute::<ops::PlatformInfo>(ops::platform_info::Variables)
                .await?;
            ctx.out.data(
                &crate::cli::output::answer(r.raw),
                &[("VERSION", "version"), ("BASE DOMAIN", "baseDomain")],
            )
        }
        Cmd::Auth => {
            let r = client
                .execute::<ops::AuthConfig>(ops::auth_config::Variables)
                .await?;
            ctx.out.data(
                &crate::cli::output::answer(r.raw),
                &[
                    ("LOCAL PASSWORDS", "localEnabled"),
                    ("PUBLIC SIGNUP", "publicSignup"),
                    ("INITIAL SIGNUP", "initialSignup"),
                    ("PROVIDERS", "providers.displayName"),
                ],
            )
        }
        Cmd::Runtimes {
            airflow_version,
            cluster,
        } => {
            let r = client
                .execute::<ops::RuntimeReleases>(ops::runtime_releases::Variables {
                    airflow_version,
                    cluster_id: cluster,
                })
                .await?;
            ctx.out.data(
                &crate::cli::output::answer(r.raw),
                &[
                    ("VERSION", "version"),
                    ("AIRFLOW", "airflowVersion"),
                    ("DB MIGRATIONS", "airflowDatabaseMigrations"),
                ],
            )
        }
        Cmd::Namespaces { cluster } => {
            // The generated call picks the variant: from 1.0 on it requires the cluster
            // (`MissingVariable` without --cluster), before 1.0 it has no place for one.
            let mut given = super::variables::Given::default();
            given.set("clusterId", "--cluster", cluster);
            let raw = ops::versioned::available_namespaces::call(&client, given.variables()?)
                .await
                .map_err(|e| given.explain(e))?
                .raw;
            ctx.out
                .data(&crate::cli::output::answer(raw), &[("NAME", "name")])
        }
    }
}
