//! `houston deployment …`: deployments and their service accounts.

use super::output::Column;
use super::workspace::{SERVICE_ACCOUNT_COLUMNS, show_created_key};
use super::{Ctx, resolve};
use clap::Subcommand;
use houston::houston::Version;
use houston::operations::{self as ops, Role};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// List the deployments of a workspace (--workspace or the context's)
    List,
    /// Show one deployment
    Get {
        /// Id or release name
        deployment: String,
    },
    /// Service accounts of a deployment
    #[command(name = "service-account", visible_alias = "sa")]
    ServiceAccount {
        /// The deployment (id or release name)
        #[arg(long, short = 'd', global = true)]
        deployment: Option<String>,
        #[command(subcommand)]
        command: ServiceAccountCmd,
    },
}

#[derive(Debug, Subcommand)]
enum ServiceAccountCmd {
    /// List the deployment's service accounts
    List,
    /// Show one service account
    Get {
        /// The service account's id
        id: String,
    },
    /// Create a service account; its API key is shown once (or written to --key-file)
    Create {
        #[arg(long)]
        label: String,
        #[arg(long)]
        category: Option<String>,
        /// DEPLOYMENT_ADMIN, DEPLOYMENT_EDITOR or DEPLOYMENT_VIEWER
        #[arg(long, default_value = "DEPLOYMENT_VIEWER", value_parser = resolve::deployment_role)]
        role: Role,
        /// Write the API key to this file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        key_file: Option<PathBuf>,
    },
    /// Delete a service account
    Delete {
        /// The service account's id
        id: String,
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

/// Astro Runtime fields exist from 0.29 on.
const RUNTIME: Version = Version(0, 29, 0);

const LIST_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("RELEASE NAME", "releaseName"),
    ("RUNTIME", "runtimeVersion"),
    ("STATUS", "status"),
    ("WORKSPACE", "workspace.label"),
];

const GET_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("DESCRIPTION", "description"),
    ("RELEASE NAME", "releaseName"),
    ("EXECUTOR", "executor"),
    ("RUNTIME", "runtimeVersion"),
    ("AIRFLOW", "runtimeAirflowVersion"),
    ("STATUS", "status"),
    ("WORKSPACE", "workspace.label"),
    ("URLS", "urls.url"),
    ("CREATED", "createdAt"),
];

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::List => {
            let w = resolve::workspace(ctx, &client, ctx.global.workspace.as_deref()).await?;
            let raw = if resolve::at_least(&client, RUNTIME).await? {
                client
                    .execute::<ops::WorkspaceDeployments0290>(
                        ops::workspace_deployments_0_29_0::Variables {
                            workspace_uuid: w.id,
                        },
                    )
                    .await?
                    .raw
            } else {
                client
                    .execute::<ops::WorkspaceDeployments>(ops::workspace_deployments::Variables {
                        workspace_uuid: w.id,
                    })
                    .await?
                    .raw
            };
            ctx.out.data(&raw["workspaceDeployments"], LIST_COLUMNS)
        }
        Cmd::Get { deployment } => {
            let by_release = deployment.contains('-');
            let raw = if resolve::at_least(&client, RUNTIME).await? {
                let where_ = ops::deployment_0_29_0::DeploymentWhereUniqueInput {
                    id: (!by_release).then(|| deployment.clone()),
                    release_name: by_release.then(|| deployment.clone()),
                };
                client
                    .execute::<ops::Deployment0290>(ops::deployment_0_29_0::Variables { where_ })
                    .await?
                    .raw
            } else {
                let where_ = ops::deployment::DeploymentWhereUniqueInput {
                    id: (!by_release).then(|| deployment.clone()),
                    release_name: by_release.then(|| deployment.clone()),
                };
                client
                    .execute::<ops::Deployment>(ops::deployment::Variables { where_ })
                    .await?
                    .raw
            };
            if raw["deployment"].is_null() {
                anyhow::bail!(
                    "no deployment with {} `{deployment}` (list them with `houston deployment list`)",
                    if by_release { "release name" } else { "id" }
                );
            }
            ctx.out.data(&raw["deployment"], GET_COLUMNS)
        }
        Cmd::ServiceAccount {
            deployment,
            command,
        } => {
            let given = deployment.ok_or_else(|| {
                super::usage("which deployment? pass --deployment ID|RELEASE_NAME")
            })?;
            let d = resolve::deployment(&client, &given).await?;
            service_accounts(command, ctx, &client, d).await
        }
    }
}

async fn service_accounts(
    command: ServiceAccountCmd,
    ctx: &Ctx,
    client: &houston::Client,
    d: resolve::FoundDeployment,
) -> anyhow::Result<()> {
    match command {
        ServiceAccountCmd::List => {
            let r = client
                .execute::<ops::DeploymentServiceAccounts>(
                    ops::deployment_service_accounts::Variables {
                        deployment_uuid: d.id,
                    },
                )
                .await?;
            ctx.out
                .data(&r.raw["deploymentServiceAccounts"], SERVICE_ACCOUNT_COLUMNS)
        }
        ServiceAccountCmd::Get { id } => {
            let r = client
                .execute::<ops::DeploymentServiceAccount>(
                    ops::deployment_service_account::Variables {
                        deployment_uuid: d.id,
                        service_account_uuid: id.clone(),
                    },
                )
                .await?;
            if r.raw["deploymentServiceAccount"].is_null() {
                anyhow::bail!("no service account `{id}` in deployment {}", d.release_name);
            }
            ctx.out
                .data(&r.raw["deploymentServiceAccount"], SERVICE_ACCOUNT_COLUMNS)
        }
        ServiceAccountCmd::Create {
            label,
            category,
            role,
            key_file,
        } => {
            let r = client
                .execute::<ops::CreateDeploymentServiceAccount>(
                    ops::create_deployment_service_account::Variables {
                        label,
                        category,
                        deployment_uuid: d.id,
                        role,
                    },
                )
                .await?;
            show_created_key(
                ctx,
                r.raw["createDeploymentServiceAccount"].clone(),
                key_file,
            )
        }
        ServiceAccountCmd::Delete { id, yes } => {
            resolve::confirm(
                yes,
                &format!(
                    "Delete service account {id} of deployment {}",
                    d.release_name
                ),
            )?;
            let r = client
                .execute::<ops::DeleteDeploymentServiceAccount>(
                    ops::delete_deployment_service_account::Variables {
                        service_account_uuid: id,
                        deployment_uuid: d.id,
                    },
                )
                .await?;
            ctx.out.data(
                &r.raw["deleteDeploymentServiceAccount"],
                &[("ID", "id"), ("LABEL", "label")],
            )
        }
    }
}
