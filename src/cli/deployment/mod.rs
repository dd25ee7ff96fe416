//! `houston deployment …`: deployments, their runtime, image, environment, logs, users, teams
//! and service accounts. Each subcommand picks the operation variant the platform speaks.

mod access;
pub(super) use access::with_role_in;
mod env;
mod lifecycle;

use super::output::Column;
use super::{Ctx, resolve};
use clap::Subcommand;
use houston::operations as ops;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// List the deployments of a workspace (--workspace or the context's), or all of them
    List {
        /// Every deployment you can see, across workspaces (Houston 0.32+)
        #[arg(long)]
        all: bool,
    },
    /// Show one deployment
    Get {
        /// Id or release name
        deployment: String,
    },
    /// Create a deployment in a workspace (createDeployment before 1.0, upsertDeployment after)
    Create(lifecycle::CreateArgs),
    /// Change a deployment's label, description, executor, triggerer, DAG deployment
    Update(lifecycle::UpdateArgs),
    /// Delete a deployment
    Delete {
        /// Id or release name
        deployment: String,
        /// Also remove its database and data at once (platforms with hard delete)
        #[arg(long)]
        hard: bool,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Upgrade the Astro Runtime, or cancel an upgrade (Houston 0.29+)
    Runtime {
        #[command(subcommand)]
        command: lifecycle::RuntimeCmd,
    },
    /// Point a deployment at an image that is already in a registry (Houston 0.29.2+)
    Image {
        #[command(subcommand)]
        command: lifecycle::ImageCmd,
    },
    /// Environment variables (secret values are never printed)
    Env {
        #[command(subcommand)]
        command: env::EnvCmd,
    },
    /// Recent log lines of a component, or follow them
    Logs(env::LogsArgs),
    /// Set who receives the deployment's alert e-mails (replaces the list; none clears it)
    Alerts {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
        /// An address to alert (repeatable)
        #[arg(long = "email", value_name = "EMAIL", value_parser = resolve::email)]
        emails: Vec<String>,
    },
    /// Register an existing operator-managed Airflow as a deployment (Houston 2.1+)
    Adopt(lifecycle::AdoptArgs),
    /// Forget a deployment without touching its Airflow (Houston 2.1+)
    Unadopt {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Users of a deployment and their deployment roles
    User {
        /// The deployment (id, release name, or label within the workspace)
        #[arg(
            long,
            short = 'd',
            global = true,
            alias = "deployment-id",
            value_name = "DEPLOYMENT"
        )]
        deployment: Option<String>,
        #[command(subcommand)]
        command: access::UserCmd,
    },
    /// Teams of a deployment (Houston 0.28+)
    Team {
        /// The deployment (id, release name, or label within the workspace)
        #[arg(
            long,
            short = 'd',
            global = true,
            alias = "deployment-id",
            value_name = "DEPLOYMENT"
        )]
        deployment: Option<String>,
        #[command(subcommand)]
        command: access::TeamCmd,
    },
    /// Service accounts of a deployment
    #[command(name = "service-account", visible_alias = "sa")]
    ServiceAccount {
        /// The deployment (id, release name, or label within the workspace)
        #[arg(
            long,
            short = 'd',
            global = true,
            alias = "deployment-id",
            value_name = "DEPLOYMENT"
        )]
        deployment: Option<String>,
        #[command(subcommand)]
        command: access::ServiceAccountCmd,
    },
}

const LIST_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("RELEASE NAME", "releaseName"),
    ("RUNTIME", "runtimeVersion"),
    ("STATUS", "status"),
    ("WORKSPACE", "workspace.label"),
];

pub(super) const GET_COLUMNS: &[Column] = &[
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
    let client = std::sync::Arc::new(ctx.houston()?);
    match args.command {
        Cmd::List { all: true } => {
            let r = client
                .execute::<ops::PaginatedDeployments>(ops::paginated_deployments::Variables {
                    take: Some(-1),
                    page_number: None,
                })
                .await?;
            ctx.out.data(&r.raw["paginatedDeployments"], LIST_COLUMNS)
        }
        Cmd::List { all: false } => {
            let w = resolve::workspace(ctx, &client, ctx.global.workspace.as_deref()).await?;
            let raw = if resolve::supports::<ops::WorkspaceDeployments0290>(&client).await? {
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
            let raw = get(ctx, &client, &deployment).await?;
            ctx.out.data(&raw, GET_COLUMNS)
        }
        Cmd::Create(args) => lifecycle::create(args, ctx, &client).await,
        Cmd::Update(args) => lifecycle::update(args, ctx, &client).await,
        Cmd::Delete {
            deployment,
            hard,
            yes,
        } => lifecycle::delete(ctx, &client, &deployment, hard, yes).await,
        Cmd::Runtime { command } => lifecycle::runtime(command, ctx, &client).await,
        Cmd::Image { command } => lifecycle::image(command, ctx, &client).await,
        Cmd::Env { command } => env::env(command, ctx, &client).await,
        Cmd::Logs(args) => env::logs(args, ctx, &client).await,
        Cmd::Adopt(args) => lifecycle::adopt(args, ctx, &client).await,
        Cmd::Alerts { deployment, emails } => {
            let d = resolve::deployment(ctx, &client, &deployment).await?;
            let r = client
                .execute::<ops::DeploymentAlertsUpdate>(ops::deployment_alerts_update::Variables {
                    deployment_uuid: d.id,
                    alert_emails: Some(emails.into_iter().map(Some).collect()),
                })
                .await?;
            ctx.out.data(
                &r.raw["deploymentAlertsUpdate"],
                &[
                    ("RELEASE NAME", "releaseName"),
                    ("ALERT E-MAILS", "alertEmails"),
                ],
            )
        }
        Cmd::Unadopt { deployment, yes } => {
            lifecycle::unadopt(ctx, &client, &deployment, yes).await
        }
        Cmd::User {
            deployment,
            command,
        } => {
            if let access::UserCmd::Add { bulk, .. } = &command {
                super::bulk_ops::precheck(
                    bulk,
                    super::bulk_ops::Precheck::Users {
                        role_of: resolve::deployment_role,
                        with_role: true,
                    },
                )?;
            }
            let d = which(ctx, &client, deployment).await?;
            access::users(command, ctx, &client, d).await
        }
        Cmd::Team {
            deployment,
            command,
        } => {
            let d = which(ctx, &client, deployment).await?;
            access::teams(command, ctx, &client, d).await
        }
        Cmd::ServiceAccount {
            deployment,
            command,
        } => {
            if let access::ServiceAccountCmd::Create { bulk, key_dir, .. } = &command {
                super::bulk_ops::precheck(
                    bulk,
                    super::bulk_ops::Precheck::ServiceAccounts {
                        role_of: resolve::deployment_role,
                        key_files: key_dir.is_some(),
                    },
                )?;
            }
            let d = which(ctx, &client, deployment).await?;
            access::service_accounts(command, ctx, &client, d).await
        }
    }
}

async fn which(
    ctx: &Ctx,
    client: &houston::Client,
    given: Option<String>,
) -> anyhow::Result<resolve::FoundDeployment> {
    let given =
        given.ok_or_else(|| super::usage("which deployment? pass --deployment ID|RELEASE_NAME"))?;
    resolve::deployment(ctx, client, &given).await
}

/// The deployment as JSON, with the runtime fields where the platform has them; by id or
/// release name in one request, by label through the workspace's deployments.
pub(super) async fn get(
    ctx: &Ctx,
    client: &houston::Client,
    deployment: &str,
) -> anyhow::Result<serde_json::Value> {
    if let Some(found) = get_unique(client, deployment).await? {
        return Ok(found);
    }
    let d = resolve::deployment(ctx, client, deployment).await?;
    get_unique(client, &d.id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("Deployment {} disappeared while it was read.", d.id))
}

/// The deployment with this id or release name, `None` when there is none.
async fn get_unique(
    client: &houston::Client,
    deployment: &str,
) -> anyhow::Result<Option<serde_json::Value>> {
    let by_release = deployment.contains('-');
    let id = (!by_release).then(|| deployment.to_string());
    let release_name = by_release.then(|| deployment.to_string());
    let raw = if resolve::supports::<ops::Deployment0290>(client).await? {
        let where_ = ops::deployment_0_29_0::DeploymentWhereUniqueInput { id, release_name };
        client
            .execute::<ops::Deployment0290>(ops::deployment_0_29_0::Variables { where_ })
            .await
            .map(|r| r.raw)
    } else {
        let where_ = ops::deployment::DeploymentWhereUniqueInput { id, release_name };
        client
            .execute::<ops::Deployment>(ops::deployment::Variables { where_ })
            .await
            .map(|r| r.raw)
    };
    match raw {
        Ok(r) if !r["deployment"].is_null() => Ok(Some(r["deployment"].clone())),
        Ok(_) => Ok(None),
        Err(e @ houston::Error::GraphQl { .. }) if !e.is_forbidden() => Ok(None),
        Err(e) => Err(e.into()),
    }
}
