//! Who may use a deployment: its users, teams and service accounts.

use crate::cli::bulk::BulkArgs;
use crate::cli::output::Column;
use crate::cli::workspace::{SERVICE_ACCOUNT_COLUMNS, show_created_key};
use crate::cli::{Ctx, bulk_ops, resolve};
use clap::Subcommand;
use houston::Client;
use houston::operations::{self as ops, Role};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// List the deployment's users and their deployment role
    List,
    /// Give a user a deployment role, or every row of --from-file (columns: email, role)
    Add {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email, required_unless_present = "from_file", conflicts_with = "from_file")]
        email: Option<String>,
        /// DEPLOYMENT_ADMIN, DEPLOYMENT_EDITOR or DEPLOYMENT_VIEWER (with --from-file: for rows without a role)
        #[arg(long, default_value = "DEPLOYMENT_VIEWER", value_parser = resolve::deployment_role)]
        role: Role,
        /// With --from-file: change the role of users who already have another one
        #[arg(long, requires = "from_file")]
        update_existing: bool,
        #[command(flatten)]
        bulk: BulkArgs,
    },
    /// Change a user's deployment role
    Update {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: String,
        /// The role to give
        #[arg(long, value_parser = resolve::deployment_role)]
        role: Role,
    },
    /// Take a user's deployment role away
    Remove {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// List the deployment's teams and their deployment role
    List,
    /// Give a team a deployment role
    Add {
        /// The team's id (see `houston team list`)
        #[arg(long)]
        team: String,
        /// The role to give
        #[arg(long, default_value = "DEPLOYMENT_VIEWER", value_parser = resolve::deployment_role)]
        role: Role,
    },
    /// Change a team's deployment role
    Update {
        /// The team (id)
        #[arg(long)]
        team: String,
        /// The role to give
        #[arg(long, value_parser = resolve::deployment_role)]
        role: Role,
    },
    /// Take a team's deployment role away
    Remove {
        /// The team (id)
        #[arg(long)]
        team: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ServiceAccountCmd {
    /// List the deployment's service accounts
    List,
    /// Show one service account
    Get {
        /// The service account's id
        id: String,
    },
    /// Create a service account; its API key is shown once (or written to --key-file). With
    /// --from-file (columns: label, role, category), keys go to --key-dir
    Create {
        /// A label (the name shown in lists)
        #[arg(
            long,
            required_unless_present = "from_file",
            conflicts_with = "from_file"
        )]
        label: Option<String>,
        /// A category for the service account (free text, e.g. CI)
        #[arg(long)]
        category: Option<String>,
        /// DEPLOYMENT_ADMIN, DEPLOYMENT_EDITOR or DEPLOYMENT_VIEWER
        #[arg(long, default_value = "DEPLOYMENT_VIEWER", value_parser = resolve::deployment_role)]
        role: Role,
        /// Write the API key to this file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE", conflicts_with = "from_file")]
        key_file: Option<PathBuf>,
        /// With --from-file: write each key to DIR/LABEL.key (0600) instead of the output
        #[arg(long, value_name = "DIR", requires = "from_file")]
        key_dir: Option<PathBuf>,
        #[command(flatten)]
        bulk: BulkArgs,
    },
    /// Delete a service account
    Delete {
        /// The service account's id
        id: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

const MEMBER_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("USERNAME", "username"),
    ("NAME", "fullName"),
    ("EMAIL", "emails.address"),
    ("ROLE", "role"),
];

const TEAM_COLUMNS: &[Column] = &[("ID", "id"), ("NAME", "name"), ("ROLE", "role")];

const BINDING_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("ROLE", "role"),
    ("USER", "user.username"),
    ("DEPLOYMENT", "deployment.releaseName"),
];

/// Adds `role`: the binding of `items[i]` whose `scope.id` is `id` (Houston returns them all).
pub fn with_role_in(items: &Value, scope: &str, id: &str) -> Value {
    let rows = items
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut item| {
            let role = item["roleBindings"]
                .as_array()
                .and_then(|bs| bs.iter().find(|b| b[scope]["id"].as_str() == Some(id)))
                .map(|b| b["role"].clone())
                .unwrap_or(Value::Null);
            item["role"] = role;
            item
        })
        .collect();
    Value::Array(rows)
}

pub async fn users(
    command: UserCmd,
    ctx: &Ctx,
    client: &Arc<Client>,
    d: resolve::FoundDeployment,
) -> anyhow::Result<()> {
    match command {
        UserCmd::List => {
            let r = client
                .execute::<ops::DeploymentUsers>(ops::deployment_users::Variables {
                    deployment_id: d.id.clone(),
                })
                .await?;
            ctx.out.data(
                &with_role_in(&r.raw["deploymentUsers"], "deployment", &d.id),
                MEMBER_COLUMNS,
            )
        }
        UserCmd::Add {
            email: None,
            role,
            update_existing,
            bulk,
        } => bulk_ops::deployment_users_add(ctx, client, &d, &bulk, role, update_existing).await,
        UserCmd::Add {
            email: Some(email),
            role,
            ..
        } => {
            let r = client
                .execute::<ops::DeploymentAddUserRole>(ops::deployment_add_user_role::Variables {
                    deployment_id: d.id,
                    email: email.clone(),
                    role: role.clone(),
                })
                .await?;
            ctx.out.message(&format!(
                "{email} is now {role} on deployment {}",
                d.release_name
            ));
            ctx.out
                .data(&r.raw["deploymentAddUserRole"], BINDING_COLUMNS)
        }
        UserCmd::Update { email, role } => {
            let r = client
                .execute::<ops::DeploymentUpdateUserRole>(
                    ops::deployment_update_user_role::Variables {
                        deployment_id: d.id,
                        email: email.clone(),
                        role: role.clone(),
                    },
                )
                .await?;
            ctx.out.message(&format!(
                "{email} is now {role} on deployment {}",
                d.release_name
            ));
            ctx.out
                .data(&r.raw["deploymentUpdateUserRole"], BINDING_COLUMNS)
        }
        UserCmd::Remove { email, yes } => {
            resolve::confirm(
                yes,
                &format!("Remove {email} from deployment {}", d.release_name),
            )?;
            let r = client
                .execute::<ops::DeploymentRemoveUserRole>(
                    ops::deployment_remove_user_role::Variables {
                        deployment_id: d.id,
                        email: email.clone(),
                    },
                )
                .await?;
            ctx.out.message(&format!(
                "Removed {email} from deployment {}",
                d.release_name
            ));
            ctx.out.data(
                &r.raw["deploymentRemoveUserRole"],
                &[("ID", "id"), ("ROLE", "role")],
            )
        }
    }
}

pub async fn teams(
    command: TeamCmd,
    ctx: &Ctx,
    client: &Arc<Client>,
    d: resolve::FoundDeployment,
) -> anyhow::Result<()> {
    match command {
        TeamCmd::List => {
            let r = client
                .execute::<ops::DeploymentTeams>(ops::deployment_teams::Variables {
                    deployment_uuid: d.id.clone(),
                })
                .await?;
            ctx.out.data(
                &with_role_in(&r.raw["deploymentTeams"], "deployment", &d.id),
                TEAM_COLUMNS,
            )
        }
        TeamCmd::Add { team, role } => {
            let r = client
                .execute::<ops::DeploymentAddTeamRole>(ops::deployment_add_team_role::Variables {
                    deployment_uuid: d.id,
                    team_uuid: team.clone(),
                    role,
                })
                .await?;
            ctx.out.data(
                &json!({"team": team, "binding": r.raw["deploymentAddTeamRole"]}),
                &[("TEAM", "team"), ("ROLE", "binding.role")],
            )
        }
        TeamCmd::Update { team, role } => {
            let r = client
                .execute::<ops::DeploymentUpdateTeamRole>(
                    ops::deployment_update_team_role::Variables {
                        deployment_uuid: d.id,
                        team_uuid: team.clone(),
                        role,
                    },
                )
                .await?;
            ctx.out.data(
                &json!({"team": team, "binding": r.raw["deploymentUpdateTeamRole"]}),
                &[("TEAM", "team"), ("ROLE", "binding.role")],
            )
        }
        TeamCmd::Remove { team, yes } => {
            resolve::confirm(
                yes,
                &format!("Remove team {team} from deployment {}", d.release_name),
            )?;
            let r = client
                .execute::<ops::DeploymentRemoveTeamRole>(
                    ops::deployment_remove_team_role::Variables {
                        deployment_uuid: d.id,
                        team_uuid: team.clone(),
                    },
                )
                .await?;
            ctx.out.data(
                &json!({"team": team, "binding": r.raw["deploymentRemoveTeamRole"]}),
                &[("TEAM", "team"), ("BINDING", "binding.id")],
            )
        }
    }
}

pub async fn service_accounts(
    command: ServiceAccountCmd,
    ctx: &Ctx,
    client: &Arc<Client>,
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
            label: None,
            role,
            key_dir,
            bulk,
            ..
        } => {
            bulk_ops::service_accounts_create(
                ctx,
                client,
                bulk_ops::Scope::Deployment(d),
                &bulk,
                role,
                key_dir,
            )
            .await
        }
        ServiceAccountCmd::Create {
            label: Some(label),
            category,
            role,
            key_file,
            ..
        } => {
            let created = bulk_ops::Scope::Deployment(d)
                .create_service_account(client, label, category, role)
                .await?;
            show_created_key(ctx, created, key_file)
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
