//! `houston team …`: teams imported from the identity provider (Houston 0.28+).

use super::output::{Column, answer, sorted};
use super::{Ctx, usage};
use crate::operations::{self as ops, Role};
use clap::Subcommand;
use serde_json::{Value, json};

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// List teams (of --workspace, or all) with their system role
    List,
    /// Show a team and its role bindings
    Get {
        /// The team's id
        team: String,
    },
    /// List a team's users
    Users {
        /// The team's id
        team: String,
    },
    /// Set a team's system role: SYSTEM_ADMIN, SYSTEM_EDITOR, SYSTEM_VIEWER or NONE (Houston 0.29.2+)
    SystemRole {
        /// The team's id
        team: String,
        /// The role to give
        #[arg(value_parser = system_role_or_none)]
        role: RoleOrNone,
    },
}

/// A system role, or none at all (clap cannot parse straight into an `Option`).
#[derive(Debug, Clone)]
pub struct RoleOrNone(Option<Role>);

fn system_role_or_none(text: &str) -> Result<RoleOrNone, String> {
    if text.eq_ignore_ascii_case("none") {
        Ok(RoleOrNone(None))
    } else {
        super::resolve::role(text, "SYSTEM_")
            .map(|r| RoleOrNone(Some(r)))
            .map_err(|e| format!("{e}, or NONE"))
    }
}

const LIST_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("SYSTEM ROLE", "systemRole"),
];

/// The team's system role among all its bindings' roles.
fn system_role(roles: impl IntoIterator<Item = Option<Role>>) -> Option<Role> {
    roles
        .into_iter()
        .flatten()
        .find(|r| r.as_str().starts_with("SYSTEM_"))
}

/// Team `team` as the server sent it, and its system role; `None`: there is no such team.
async fn find(
    client: &crate::Client,
    team: &str,
) -> Result<Option<(Value, Option<Role>)>, crate::Error> {
    let r = ops::team::call(client, team.to_string()).await?;
    Ok(r.data.team.map(|found| {
        let roles = found.role_bindings.into_iter().flatten().flatten();
        (answer(r.raw), system_role(roles.map(|b| b.role)))
    }))
}

/// A team object as the server sent it, with `systemRole` added.
fn with_system_role(mut team: Value, role: Option<Role>) -> Value {
    if team.is_object() {
        team["systemRole"] = json!(role.as_ref().map(Role::as_str));
    }
    team
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::List => {
            let workspace = match &ctx.global.workspace {
                Some(w) => Some(super::resolve::workspace(ctx, &client, Some(w)).await?.id),
                None => None,
            };
            // Houston pages teams by cursor; follow the cursor until a short page.
            let mut teams: Vec<Value> = Vec::new();
            let mut cursor: Option<String> = None;
            loop {
                let r = client
                    .execute::<ops::PaginatedTeams>(ops::paginated_teams::Variables {
                        take: Some(100),
                        cursor: cursor.clone(),
                        workspace_uuid: workspace.clone(),
                    })
                    .await?;
                let page = r
                    .data
                    .paginated_teams
                    .and_then(|p| p.teams)
                    .unwrap_or_default();
                // `get`, not indexing: a server answering another shape must not panic.
                let shown = match answer(r.raw).get_mut("teams").map(Value::take) {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                };
                let last = page.iter().flatten().last().and_then(|t| t.id.clone());
                let short = page.len() < 100;
                for (item, team) in shown.into_iter().zip(page) {
                    let roles = team
                        .and_then(|t| t.role_bindings)
                        .into_iter()
                        .flatten()
                        .flatten()
                        .map(|b| b.role);
                    teams.push(with_system_role(item, system_role(roles)));
                }
                match last {
                    Some(id) if !short && cursor.as_deref() != Some(id.as_str()) => {
                        cursor = Some(id)
                    }
                    _ => break,
                }
            }
            ctx.out
                .data(&sorted(Value::Array(teams), "name"), LIST_COLUMNS)
        }
        Cmd::Get { team } => {
            let Some((found, role)) = find(&client, &team).await? else {
                anyhow::bail!("no team `{team}` (list them with `houston team list`)");
            };
            ctx.out.data(
                &with_system_role(found, role),
                &[
                    ("ID", "id"),
                    ("NAME", "name"),
                    ("SYSTEM ROLE", "systemRole"),
                    ("ROLES", "roleBindings.role"),
                    ("WORKSPACES", "roleBindings.workspace.label"),
                    ("DEPLOYMENTS", "roleBindings.deployment.releaseName"),
                    ("CREATED", "createdAt"),
                ],
            )
        }
        Cmd::Users { team } => {
            let r = client
                .execute::<ops::TeamUsers>(ops::team_users::Variables { team_uuid: team })
                .await?;
            ctx.out.data(
                &answer(r.raw),
                &[
                    ("ID", "id"),
                    ("USERNAME", "username"),
                    ("EMAIL", "emails.address"),
                    ("STATUS", "status"),
                ],
            )
        }
        Cmd::SystemRole {
            team,
            role: RoleOrNone(role),
        } => {
            let Some((_, had)) = find(&client, &team).await? else {
                return Err(usage(format!("no team `{team}`")));
            };
            let had = had.map(|r| r.as_str().to_string());
            if had.as_deref() == role.as_ref().map(Role::as_str) {
                ctx.out.message("Nothing to change");
            } else {
                if let Some(old) = had.as_deref().and_then(Role::known) {
                    ops::delete_team_system_role_binding::call(&client, team.clone(), old).await?;
                }
                if let Some(new) = role.clone() {
                    ops::create_team_system_role_binding::call(&client, team.clone(), new).await?;
                }
            }
            let now = role.as_ref().map(|r| r.as_str().to_string());
            ctx.out.data(
                &json!({"team": team, "systemRole": now, "previous": had}),
                &[
                    ("TEAM", "team"),
                    ("SYSTEM ROLE", "systemRole"),
                    ("PREVIOUS", "previous"),
                ],
            )
        }
    }
}
