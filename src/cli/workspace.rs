//! `houston workspace …`: workspaces, their users and service accounts.

use super::output::{Column, sorted};
use super::{Ctx, access, resolve};
use crate::operations as ops;
use clap::Subcommand;
use serde_json::Value;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// List the workspaces this token can see, or every workspace (--all, system admins, Houston 0.36+)
    List {
        /// Every workspace on the platform (system admins), not only yours
        #[arg(long)]
        all: bool,
    },
    /// Show one workspace with its role bindings
    Get {
        /// Id or label (default: --workspace or the context's workspace)
        workspace: Option<String>,
    },
    /// Create a workspace
    Create {
        /// A label (the name shown in lists)
        #[arg(long)]
        label: String,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
    },
    /// Change a workspace's label or description
    Update {
        /// Id or label (default: --workspace or the context's workspace)
        workspace: Option<String>,
        /// A label (the name shown in lists)
        #[arg(long)]
        label: Option<String>,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a workspace (it must have no deployments)
    Delete {
        /// Id or label (default: --workspace or the context's workspace)
        workspace: Option<String>,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Users of a workspace
    User {
        #[command(subcommand)]
        command: access::UserCmd<access::Workspace>,
    },
    /// Teams of a workspace (Houston 0.28+)
    Team {
        #[command(subcommand)]
        command: access::TeamCmd<access::Workspace>,
    },
    /// Service accounts of a workspace
    #[command(name = "service-account", visible_alias = "sa")]
    ServiceAccount {
        #[command(subcommand)]
        command: access::ServiceAccountCmd<access::Workspace>,
    },
}

pub const WORKSPACE_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("DESCRIPTION", "description"),
    ("CREATED", "createdAt"),
];

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = std::sync::Arc::new(ctx.houston()?);
    let given = ctx.global.workspace.clone();
    match args.command {
        Cmd::List { all: false } => {
            let r = client
                .execute::<ops::Workspaces>(ops::workspaces::Variables)
                .await?;
            ctx.out.data(
                &sorted(super::output::answer(r.raw), "label"),
                WORKSPACE_COLUMNS,
            )
        }
        Cmd::List { all: true } => {
            let r = client
                .execute::<ops::SysWorkspaces>(ops::sys_workspaces::Variables)
                .await?;
            ctx.out.data(
                &sorted(super::output::answer(r.raw), "label"),
                WORKSPACE_COLUMNS,
            )
        }
        Cmd::Get { workspace } => {
            let w =
                resolve::workspace(ctx, &client, workspace.as_deref().or(given.as_deref())).await?;
            let r = client
                .execute::<ops::Workspace>(ops::workspace::Variables {
                    workspace_uuid: w.id.clone(),
                })
                .await?;
            // `workspace(workspaceUuid)` answers null for one that does not exist.
            if r.raw["workspace"].is_null() && w.label.is_none() {
                return Err(resolve::named_workspace(ctx, &client, Some(&w.id))
                    .await
                    .err()
                    .unwrap_or_else(|| {
                        anyhow::anyhow!("Workspace {} disappeared while it was read.", w.id)
                    }));
            }
            ctx.out.data(
                &crate::cli::output::answer(r.raw),
                &[
                    ("ID", "id"),
                    ("LABEL", "label"),
                    ("DESCRIPTION", "description"),
                    ("CREATED", "createdAt"),
                    ("UPDATED", "updatedAt"),
                    ("ROLES", "roleBindings.role"),
                ],
            )
        }
        Cmd::Create { label, description } => {
            let r = client
                .execute::<ops::CreateWorkspace>(ops::create_workspace::Variables {
                    label,
                    description,
                })
                .await?;
            if let Some(created) = &r.data.create_workspace {
                ctx.out.message(&format!(
                    "Created workspace {} ({})",
                    created.label.as_deref().unwrap_or_default(),
                    created.id
                ));
            }
            ctx.out
                .data(&super::output::answer(r.raw), WORKSPACE_COLUMNS)
        }
        Cmd::Update {
            workspace,
            label,
            description,
        } => {
            if label.is_none() && description.is_none() {
                return Err(super::usage(
                    "nothing to change: give --label and/or --description",
                ));
            }
            let w =
                resolve::workspace(ctx, &client, workspace.as_deref().or(given.as_deref())).await?;
            let mut payload = serde_json::Map::new();
            if let Some(l) = label {
                payload.insert("label".into(), Value::String(l));
            }
            if let Some(d) = description {
                payload.insert("description".into(), Value::String(d));
            }
            let r = client
                .execute::<ops::UpdateWorkspace>(ops::update_workspace::Variables {
                    workspace_uuid: w.id.clone(),
                    payload: Value::Object(payload),
                })
                .await;
            let r = match r {
                Ok(r) => r,
                Err(e) => return Err(resolve::missing_workspace(&client, &w, e.into()).await),
            };
            ctx.out
                .data(&crate::cli::output::answer(r.raw), WORKSPACE_COLUMNS)
        }
        Cmd::Delete { workspace, yes } => {
            // Looked up even by id: the confirmation names what goes.
            let w =
                resolve::named_workspace(ctx, &client, workspace.as_deref().or(given.as_deref()))
                    .await?;
            resolve::confirm(yes, &format!("Delete workspace {} ({})", w.name(), w.id))?;
            let r = client
                .execute::<ops::DeleteWorkspace>(ops::delete_workspace::Variables {
                    workspace_uuid: w.id.clone(),
                })
                .await?;
            ctx.out.message(&format!("Deleted workspace {}", w.name()));
            ctx.out
                .data(&crate::cli::output::answer(r.raw), WORKSPACE_COLUMNS)
        }
        // A list needs only the id (one request); a change is reported by the workspace's name.
        Cmd::User { command } => {
            access::precheck_users(&command, true)?;
            let list = matches!(command, access::UserCmd::List);
            let w = scope_workspace(ctx, &client, given.as_deref(), list).await?;
            let done =
                access::users(command, ctx, &client, access::Scope::Workspace(w.clone())).await;
            checked(&client, &w, done).await
        }
        Cmd::ServiceAccount { command } => {
            access::precheck_service_accounts(&command)?;
            let list = matches!(command, access::ServiceAccountCmd::List);
            let w = scope_workspace(ctx, &client, given.as_deref(), list).await?;
            let done = access::service_accounts(
                command,
                ctx,
                &client,
                access::Scope::Workspace(w.clone()),
            )
            .await;
            checked(&client, &w, done).await
        }
        Cmd::Team { command } => {
            let list = matches!(command, access::TeamCmd::List);
            let w = scope_workspace(ctx, &client, given.as_deref(), list).await?;
            let done =
                access::teams(command, ctx, &client, access::Scope::Workspace(w.clone())).await;
            checked(&client, &w, done).await
        }
    }
}

/// The workspace a user, team or service-account command acts in: by id without a look-up
/// for a list, named for a change (its messages and output say which workspace).
async fn scope_workspace(
    ctx: &Ctx,
    client: &crate::Client,
    given: Option<&str>,
    list: bool,
) -> anyhow::Result<resolve::FoundWorkspace> {
    if list {
        resolve::workspace(ctx, client, given).await
    } else {
        resolve::named_workspace(ctx, client, given).await
    }
}

/// A command's outcome, with a not-found on a workspace given by id said as such.
async fn checked(
    client: &crate::Client,
    w: &resolve::FoundWorkspace,
    done: anyhow::Result<()>,
) -> anyhow::Result<()> {
    match done {
        Ok(()) => Ok(()),
        Err(e) => Err(resolve::missing_workspace(client, w, e).await),
    }
}
