//! `houston deployment …`: deployments, their runtime, image, environment, logs, users, teams
//! and service accounts. Each subcommand picks the operation variant the platform speaks.

mod env;
mod lifecycle;

use super::output::{Column, sorted};
use super::{Ctx, access, resolve};
use crate::operations::{self as ops, versioned};
use clap::Subcommand;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
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
    User(OnDeployment<access::UserCmd<access::Deployment>>),
    /// Teams of a deployment (Houston 0.28+)
    Team(OnDeployment<access::TeamCmd<access::Deployment>>),
    /// Service accounts of a deployment
    #[command(name = "service-account", visible_alias = "sa")]
    ServiceAccount(OnDeployment<access::ServiceAccountCmd<access::Deployment>>),
}

/// Which deployment, then what to do with who may use it.
#[derive(Debug, clap::Args)]
pub struct OnDeployment<C: clap::Subcommand> {
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
    command: C,
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
            ctx.out.data(
                &sorted(crate::cli::output::answer(r.raw), "label"),
                LIST_COLUMNS,
            )
        }
        Cmd::List { all: false } => {
            let w = resolve::workspace(ctx, &client, ctx.global.workspace.as_deref()).await?;
            let raw = match in_workspace(&client, &w.id).await {
                Ok(raw) => raw,
                Err(e) => return Err(resolve::missing_workspace(&client, &w, e.into()).await),
            };
            ctx.out.data(
                &sorted(crate::cli::output::answer(raw), "label"),
                LIST_COLUMNS,
            )
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
                &crate::cli::output::answer(r.raw),
                &[
                    ("RELEASE NAME", "releaseName"),
                    ("ALERT E-MAILS", "alertEmails"),
                ],
            )
        }
        Cmd::Unadopt { deployment, yes } => {
            lifecycle::unadopt(ctx, &client, &deployment, yes).await
        }
        Cmd::User(OnDeployment {
            deployment,
            command,
        }) => {
            access::precheck_users(&command, false)?;
            let d = which(ctx, &client, deployment).await?;
            access::users(command, ctx, &client, access::Scope::Deployment(d)).await
        }
        Cmd::Team(OnDeployment {
            deployment,
            command,
        }) => {
            let d = which(ctx, &client, deployment).await?;
            access::teams(command, ctx, &client, access::Scope::Deployment(d)).await
        }
        Cmd::ServiceAccount(OnDeployment {
            deployment,
            command,
        }) => {
            access::precheck_service_accounts(&command)?;
            let d = which(ctx, &client, deployment).await?;
            access::service_accounts(command, ctx, &client, access::Scope::Deployment(d)).await
        }
    }
}

async fn which(
    ctx: &Ctx,
    client: &crate::Client,
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
    client: &crate::Client,
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

/// The deployments of a workspace: one request on a platform that speaks the newest variant
/// (the generated call folds the version probe in and falls back on an older platform).
async fn in_workspace(
    client: &crate::Client,
    workspace: &str,
) -> Result<serde_json::Value, crate::Error> {
    let variables = versioned::workspace_deployments::Variables {
        workspace_uuid: workspace.to_string(),
    };
    Ok(versioned::workspace_deployments::call(client, variables)
        .await?
        .raw)
}

/// The deployment with this id or release name, `None` when there is none.
async fn get_unique(
    client: &crate::Client,
    deployment: &str,
) -> anyhow::Result<Option<serde_json::Value>> {
    let by_release = deployment.contains('-');
    let id = (!by_release).then(|| deployment.to_string());
    let release_name = by_release.then(|| deployment.to_string());
    let where_ = ops::deployment_0_29_0::DeploymentWhereUniqueInput { id, release_name };
    let variables = versioned::deployment::Variables { where_ };
    let raw = versioned::deployment::call(client, variables)
        .await
        .map(|r| r.raw);
    match raw {
        Ok(r) if !r["deployment"].is_null() => Ok(Some(r["deployment"].clone())),
        Ok(_) => Ok(None),
        Err(e @ crate::Error::GraphQl { .. }) if !e.is_forbidden() => Ok(None),
        Err(e) => Err(e.into()),
    }
}
