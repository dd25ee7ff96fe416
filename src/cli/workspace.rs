//! `houston workspace …`: workspaces, their users and service accounts.

use super::bulk::BulkArgs;
use super::output::Column;
use super::{Ctx, bulk_ops, resolve};
use clap::Subcommand;
use houston::operations::{self as ops, Role};
use serde_json::{Value, json};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
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
        command: UserCmd,
    },
    /// Teams of a workspace (Houston 0.28+)
    Team {
        #[command(subcommand)]
        command: TeamCmd,
    },
    /// Service accounts of a workspace
    #[command(name = "service-account", visible_alias = "sa")]
    ServiceAccount {
        #[command(subcommand)]
        command: ServiceAccountCmd,
    },
}

#[derive(Debug, Subcommand)]
enum UserCmd {
    /// List the workspace's users and their workspace role
    List,
    /// Add a user by e-mail (an unknown e-mail gets an invite unless --bypass-invite), or every
    /// row of --from-file (columns: email, role)
    Add {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email, required_unless_present = "from_file", conflicts_with = "from_file")]
        email: Option<String>,
        /// WORKSPACE_ADMIN, WORKSPACE_EDITOR or WORKSPACE_VIEWER (with --from-file: for rows without a role)
        #[arg(long, default_value = "WORKSPACE_VIEWER", value_parser = resolve::workspace_role)]
        role: Role,
        /// Add the user directly, without an e-mail invitation (system admins)
        #[arg(long)]
        bypass_invite: bool,
        /// With --from-file: change the role of users who already have another one
        #[arg(long, requires = "from_file")]
        update_existing: bool,
        #[command(flatten)]
        bulk: BulkArgs,
    },
    /// Change a user's workspace role
    Update {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: String,
        /// WORKSPACE_ADMIN, WORKSPACE_EDITOR or WORKSPACE_VIEWER
        #[arg(long, value_parser = resolve::workspace_role)]
        role: Role,
    },
    /// Remove a user from the workspace, or every row of --from-file (column: email)
    Remove {
        /// The user's e-mail or username
        #[arg(
            long,
            required_unless_present = "from_file",
            conflicts_with = "from_file"
        )]
        email: Option<String>,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
        #[command(flatten)]
        bulk: BulkArgs,
    },
}

#[derive(Debug, Subcommand)]
enum TeamCmd {
    /// List the workspace's teams and their workspace role
    List,
    /// Give a team a workspace role
    Add {
        /// The team's id (see `houston team list`)
        #[arg(long)]
        team: String,
        /// The role to give
        #[arg(long, default_value = "WORKSPACE_VIEWER", value_parser = resolve::workspace_role)]
        role: Role,
    },
    /// Change a team's workspace role
    Update {
        /// The team (id)
        #[arg(long)]
        team: String,
        /// The role to give
        #[arg(long, value_parser = resolve::workspace_role)]
        role: Role,
    },
    /// Remove a team from the workspace
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
enum ServiceAccountCmd {
    /// List the workspace's service accounts
    List,
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
        /// WORKSPACE_ADMIN, WORKSPACE_EDITOR or WORKSPACE_VIEWER
        #[arg(long, default_value = "WORKSPACE_VIEWER", value_parser = resolve::workspace_role)]
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

pub const WORKSPACE_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("DESCRIPTION", "description"),
    ("CREATED", "createdAt"),
];

const USER_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("USERNAME", "username"),
    ("NAME", "fullName"),
    ("EMAIL", "emails.address"),
    ("ROLE", "role"),
    ("STATUS", "status"),
];

pub const SERVICE_ACCOUNT_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("CATEGORY", "category"),
    ("ROLE", "roleBindings.role"),
    ("ACTIVE", "active"),
    ("LAST USED", "lastUsedAt"),
];

pub const CREATED_KEY_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("CATEGORY", "category"),
    ("API KEY", "apiKey"),
];

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = std::sync::Arc::new(ctx.houston()?);
    let given = ctx.global.workspace.clone();
    match args.command {
        Cmd::List { all: false } => {
            let r = client
                .execute::<ops::Workspaces>(ops::workspaces::Variables)
                .await?;
            ctx.out.data(&r.raw["workspaces"], WORKSPACE_COLUMNS)
        }
        Cmd::List { all: true } => {
            let r = client
                .execute::<ops::SysWorkspaces>(ops::sys_workspaces::Variables)
                .await?;
            ctx.out.data(&r.raw["sysWorkspaces"], WORKSPACE_COLUMNS)
        }
        Cmd::Get { workspace } => {
            let w =
                resolve::workspace(ctx, &client, workspace.as_deref().or(given.as_deref())).await?;
            let r = client
                .execute::<ops::Workspace>(ops::workspace::Variables {
                    workspace_uuid: w.id,
                })
                .await?;
            ctx.out.data(
                &r.raw["workspace"],
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
            let created = &r.raw["createWorkspace"];
            ctx.out.message(&format!(
                "Created workspace {} ({})",
                created["label"].as_str().unwrap_or_default(),
                created["id"].as_str().unwrap_or_default()
            ));
            ctx.out.data(created, WORKSPACE_COLUMNS)
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
                    workspace_uuid: w.id,
                    payload: Value::Object(payload),
                })
                .await?;
            ctx.out.data(&r.raw["updateWorkspace"], WORKSPACE_COLUMNS)
        }
        Cmd::Delete { workspace, yes } => {
            let w =
                resolve::workspace(ctx, &client, workspace.as_deref().or(given.as_deref())).await?;
            resolve::confirm(yes, &format!("Delete workspace {} ({})", w.label, w.id))?;
            let r = client
                .execute::<ops::DeleteWorkspace>(ops::delete_workspace::Variables {
                    workspace_uuid: w.id,
                })
                .await?;
            ctx.out.message(&format!("Deleted workspace {}", w.label));
            ctx.out.data(&r.raw["deleteWorkspace"], WORKSPACE_COLUMNS)
        }
        Cmd::User { command } => {
            match &command {
                UserCmd::Add { bulk, .. } => bulk_ops::precheck(
                    bulk,
                    bulk_ops::Precheck::Users {
                        role_of: resolve::workspace_role,
                        with_role: true,
                    },
                )?,
                UserCmd::Remove { bulk, .. } => bulk_ops::precheck(
                    bulk,
                    bulk_ops::Precheck::Users {
                        role_of: resolve::workspace_role,
                        with_role: false,
                    },
                )?,
                _ => {}
            }
            let w = resolve::workspace(ctx, &client, given.as_deref()).await?;
            users(command, ctx, &client, w).await
        }
        Cmd::ServiceAccount { command } => {
            if let ServiceAccountCmd::Create { bulk, key_dir, .. } = &command {
                bulk_ops::precheck(
                    bulk,
                    bulk_ops::Precheck::ServiceAccounts {
                        role_of: resolve::workspace_role,
                        key_files: key_dir.is_some(),
                    },
                )?;
            }
            let w = resolve::workspace(ctx, &client, given.as_deref()).await?;
            service_accounts(command, ctx, &client, w).await
        }
        Cmd::Team { command } => {
            let w = resolve::workspace(ctx, &client, given.as_deref()).await?;
            teams(command, ctx, &client, w).await
        }
    }
}

async fn teams(
    command: TeamCmd,
    ctx: &Ctx,
    client: &houston::Client,
    w: resolve::FoundWorkspace,
) -> anyhow::Result<()> {
    let columns: &[Column] = &[
        ("TEAM", "team"),
        ("ROLE", "role"),
        ("WORKSPACE", "workspace"),
    ];
    match command {
        TeamCmd::List => {
            let r = client
                .execute::<ops::WorkspaceTeams>(ops::workspace_teams::Variables {
                    workspace_uuid: w.id.clone(),
                })
                .await?;
            ctx.out.data(
                &super::deployment::with_role_in(&r.raw["workspaceTeams"], "workspace", &w.id),
                &[("ID", "id"), ("NAME", "name"), ("ROLE", "role")],
            )
        }
        TeamCmd::Add { team, role } => {
            client
                .execute::<ops::WorkspaceAddTeam>(ops::workspace_add_team::Variables {
                    workspace_uuid: w.id,
                    team_uuid: team.clone(),
                    role: role.clone(),
                })
                .await?;
            ctx.out.message(&format!(
                "Team {team} is now {role} in workspace {}",
                w.label
            ));
            ctx.out.data(
                &json!({"team": team, "role": role.as_str(), "workspace": w.label}),
                columns,
            )
        }
        TeamCmd::Update { team, role } => {
            let r = client
                .execute::<ops::WorkspaceUpdateTeamRole>(
                    ops::workspace_update_team_role::Variables {
                        workspace_uuid: w.id,
                        team_uuid: team.clone(),
                        role: role.clone(),
                    },
                )
                .await?;
            let now = r.raw["workspaceUpdateTeamRole"]
                .as_str()
                .unwrap_or(role.as_str())
                .to_string();
            ctx.out.data(
                &json!({"team": team, "role": now, "workspace": w.label}),
                columns,
            )
        }
        TeamCmd::Remove { team, yes } => {
            resolve::confirm(
                yes,
                &format!("Remove team {team} from workspace {}", w.label),
            )?;
            client
                .execute::<ops::WorkspaceRemoveTeam>(ops::workspace_remove_team::Variables {
                    workspace_uuid: w.id,
                    team_uuid: team.clone(),
                })
                .await?;
            ctx.out
                .message(&format!("Removed team {team} from workspace {}", w.label));
            ctx.out.data(
                &json!({"team": team, "role": null, "workspace": w.label}),
                columns,
            )
        }
    }
}

/// The user's role in workspace `id`: Houston returns every binding a user has.
/// What `workspaceAddUser` answers about the member (it has no name or status).
const ADDED_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("USERNAME", "username"),
    ("EMAIL", "emails.address"),
    ("ROLE", "role"),
];

/// A single add the server refused because the member or the invite is already there: the
/// same role (or an invite) is "unchanged", exit 0, as in the bulk path, so the README's first
/// command can be run twice; another role points to `workspace user update`.
async fn already_there(
    ctx: &Ctx,
    client: &houston::Client,
    w: &resolve::FoundWorkspace,
    email: &str,
    role: &Role,
    error: houston::Error,
) -> anyhow::Result<()> {
    let houston::Error::GraphQl { errors, .. } = &error else {
        return Err(error.into());
    };
    if errors
        .iter()
        .any(|e| e.code() == Some("USER_ALREADY_INVITED"))
    {
        ctx.out.message(&format!(
            "{email} is already invited to workspace {}: unchanged.",
            w.label
        ));
        return ctx.out.data(
            &json!({"email": email, "role": role.as_str(), "status": "invited", "workspace": {"id": w.id, "label": w.label}}),
            &[("EMAIL", "email"), ("ROLE", "role"), ("STATUS", "status"), ("WORKSPACE", "workspace.label")],
        );
    }
    if !errors.iter().any(|e| e.message.contains("already exists")) {
        return Err(error.into());
    }
    let listed = client
        .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
            workspace_uuid: w.id.clone(),
        })
        .await?;
    let member = listed.raw["workspaceUsers"].as_array().and_then(|users| {
        users
            .iter()
            .find(|u| {
                u["username"]
                    .as_str()
                    .is_some_and(|n| n.eq_ignore_ascii_case(email))
                    || u["emails"].as_array().is_some_and(|es| {
                        es.iter().any(|e| {
                            e["address"]
                                .as_str()
                                .is_some_and(|a| a.eq_ignore_ascii_case(email))
                        })
                    })
            })
            .cloned()
    });
    let Some(member) = member else {
        return Err(error.into());
    };
    let member = with_workspace_role(member, &w.id);
    let has = member["role"].as_str().unwrap_or_default().to_string();
    if has == role.as_str() {
        ctx.out.message(&format!(
            "{email} is already {has} in workspace {}: unchanged.",
            w.label
        ));
        return ctx.out.data(&member, ADDED_COLUMNS);
    }
    Err(anyhow::anyhow!(
        "{email} is already {has} in workspace {}; to make them {role}, run `houston workspace user update --workspace {} --email {email} --role {role}`.",
        w.label,
        w.id
    ))
}

fn with_workspace_role(mut user: Value, workspace_id: &str) -> Value {
    let role = user["roleBindings"]
        .as_array()
        .and_then(|bindings| {
            bindings
                .iter()
                .find(|b| b["workspace"]["id"].as_str() == Some(workspace_id))
                .map(|b| b["role"].clone())
        })
        .unwrap_or(Value::Null);
    user["role"] = role;
    user
}

async fn users(
    command: UserCmd,
    ctx: &Ctx,
    client: &std::sync::Arc<houston::Client>,
    w: resolve::FoundWorkspace,
) -> anyhow::Result<()> {
    match command {
        UserCmd::List => {
            let r = client
                .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
                    workspace_uuid: w.id.clone(),
                })
                .await?;
            let rows: Vec<Value> = r.raw["workspaceUsers"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|u| with_workspace_role(u, &w.id))
                .collect();
            ctx.out.data(&Value::Array(rows), USER_COLUMNS)
        }
        UserCmd::Add {
            email: None,
            role,
            bypass_invite,
            update_existing,
            bulk,
        } => {
            bulk_ops::workspace_users_add(
                ctx,
                client,
                &w,
                &bulk,
                role,
                bypass_invite,
                update_existing,
            )
            .await
        }
        UserCmd::Add {
            email: Some(email),
            role,
            bypass_invite,
            ..
        } => {
            let sent = client
                .execute::<ops::WorkspaceAddUser>(ops::workspace_add_user::Variables {
                    workspace_uuid: w.id.clone(),
                    email: email.clone(),
                    role: role.clone(),
                    bypass_invite: bypass_invite.then_some(true),
                })
                .await;
            let r = match sent {
                Ok(r) => r,
                Err(e) => return already_there(ctx, client, &w, &email, &role, e).await,
            };
            let added = r.raw["workspaceAddUser"]["users"]
                .as_array()
                .and_then(|users| {
                    users.iter().find(|u| {
                        u["emails"].as_array().is_some_and(|es| {
                            es.iter().any(|e| {
                                e["address"]
                                    .as_str()
                                    .is_some_and(|a| a.eq_ignore_ascii_case(&email))
                            })
                        }) || u["username"]
                            .as_str()
                            .is_some_and(|n| n.eq_ignore_ascii_case(&email))
                    })
                })
                .cloned();
            match added {
                Some(user) => {
                    ctx.out.message(&format!(
                        "Added {email} to workspace {} as {role}.",
                        w.label
                    ));
                    ctx.out
                        .data(&with_workspace_role(user, &w.id), ADDED_COLUMNS)
                }
                None => {
                    ctx.out.message(&format!(
                        "Invited {email} to workspace {} as {role}: they join once they accept the e-mail invitation",
                        w.label
                    ));
                    ctx.out.data(
                        &json!({"email": email, "role": role.as_str(), "status": "invited", "workspace": {"id": w.id, "label": w.label}}),
                        &[("EMAIL", "email"), ("ROLE", "role"), ("STATUS", "status"), ("WORKSPACE", "workspace.label")],
                    )
                }
            }
        }
        UserCmd::Update { email, role } => {
            let r = client
                .execute::<ops::WorkspaceUpsertUserRole>(
                    ops::workspace_upsert_user_role::Variables {
                        workspace_uuid: w.id.clone(),
                        email: email.clone(),
                        role: role.clone(),
                    },
                )
                .await?;
            let now = r.raw["workspaceUpsertUserRole"]
                .as_str()
                .unwrap_or(role.as_str())
                .to_string();
            ctx.out
                .message(&format!("{email} is now {now} in workspace {}", w.label));
            ctx.out.data(
                &json!({"email": email, "role": now, "workspace": {"id": w.id, "label": w.label}}),
                &[
                    ("EMAIL", "email"),
                    ("ROLE", "role"),
                    ("WORKSPACE", "workspace.label"),
                ],
            )
        }
        UserCmd::Remove {
            email: None, bulk, ..
        } => bulk_ops::workspace_users_remove(ctx, client, &w, &bulk).await,
        UserCmd::Remove {
            email: Some(email),
            yes,
            ..
        } => {
            let listed = client
                .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
                    workspace_uuid: w.id.clone(),
                })
                .await?;
            let users = listed.data.workspace_users.unwrap_or_default();
            let user = users.into_iter().flatten().find(|u| {
                u.username
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(&email))
                    || u.emails.iter().flatten().flatten().any(|e| {
                        e.address
                            .as_deref()
                            .is_some_and(|a| a.eq_ignore_ascii_case(&email))
                    })
            });
            let Some(user) = user else {
                anyhow::bail!("{email} is not a user of workspace {}", w.label);
            };
            resolve::confirm(yes, &format!("Remove {email} from workspace {}", w.label))?;
            let r = client
                .execute::<ops::WorkspaceRemoveUser>(ops::workspace_remove_user::Variables {
                    workspace_uuid: w.id.clone(),
                    user_uuid: user.id.clone(),
                })
                .await?;
            ctx.out
                .message(&format!("Removed {email} from workspace {}", w.label));
            ctx.out.data(
                &json!({"id": user.id, "email": email, "workspace": r.raw["workspaceRemoveUser"]}),
                &[
                    ("ID", "id"),
                    ("EMAIL", "email"),
                    ("WORKSPACE", "workspace.label"),
                ],
            )
        }
    }
}

async fn service_accounts(
    command: ServiceAccountCmd,
    ctx: &Ctx,
    client: &std::sync::Arc<houston::Client>,
    w: resolve::FoundWorkspace,
) -> anyhow::Result<()> {
    match command {
        ServiceAccountCmd::List => {
            let r = client
                .execute::<ops::WorkspaceServiceAccounts>(
                    ops::workspace_service_accounts::Variables {
                        workspace_uuid: w.id,
                    },
                )
                .await?;
            ctx.out
                .data(&r.raw["workspaceServiceAccounts"], SERVICE_ACCOUNT_COLUMNS)
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
                bulk_ops::Scope::Workspace(w),
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
            let created = bulk_ops::Scope::Workspace(w)
                .create_service_account(client, label, category, role)
                .await?;
            show_created_key(ctx, created, key_file)
        }
        ServiceAccountCmd::Delete { id, yes } => {
            resolve::confirm(
                yes,
                &format!("Delete service account {id} of workspace {}", w.label),
            )?;
            let r = client
                .execute::<ops::DeleteWorkspaceServiceAccount>(
                    ops::delete_workspace_service_account::Variables {
                        service_account_uuid: id,
                        workspace_uuid: w.id,
                    },
                )
                .await?;
            ctx.out.data(
                &r.raw["deleteWorkspaceServiceAccount"],
                &[("ID", "id"), ("LABEL", "label")],
            )
        }
    }
}

/// A new service account's key exists in clear exactly once: show it with a warning, or put it
/// in a 0600 file and leave it out of the output.
pub fn show_created_key(
    ctx: &Ctx,
    mut account: Value,
    key_file: Option<PathBuf>,
) -> anyhow::Result<()> {
    let key = account["apiKey"].as_str().map(str::to_string);
    match (key, key_file) {
        (Some(key), Some(path)) => {
            resolve::store_secret(ctx, &path, &key, "API key")?;
            account["apiKey"] = Value::Null;
        }
        (Some(_), None) => ctx.out.warn(
            "this is the only time the API key is shown: store it now (or use --key-file next time)",
        ),
        (None, _) => ctx.out.warn("the server returned no API key"),
    }
    ctx.out.data(&account, CREATED_KEY_COLUMNS)
}
