//! Teams (on Houston they come from the identity provider; the sandbox seeds them) and their
//! workspace, deployment and system roles.

use rusqlite::params;
use serde_json::{Map, Value, json};

use super::users::{self, NewBinding};
use super::{
    Args, Code, Ctx, Node, Out, R, after_cursor, check_role, fail, forbidden, not_found, obj, page,
};
use crate::auth::{ADMIN, VIEWER};
use crate::store;

fn data(r: &rusqlite::Row<'_>) -> rusqlite::Result<Map<String, Value>> {
    Ok(obj(json!({
        "id": r.get::<_, String>(0)?,
        "name": r.get::<_, String>(1)?,
        "createdAt": r.get::<_, String>(2)?,
        "updatedAt": r.get::<_, String>(3)?,
        "sortId": null,
    })))
}

fn select<'c>(ctx: &'c Ctx<'c>, filter: &str, p: impl rusqlite::Params) -> R<Vec<Node<'c>>> {
    let sql = format!(
        "SELECT id, name, created_at, updated_at FROM teams WHERE {filter} ORDER BY name, id"
    );
    let mut stmt = ctx.conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(p, data)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("Team", row?));
    }
    Ok(out)
}

pub fn load<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Option<Node<'c>>> {
    Ok(select(ctx, "id = ?1", params![id])?.pop())
}

pub fn relation<'c>(node: &Node<'c>, field: &str) -> R<Option<Out<'c>>> {
    Ok(match field {
        "roleBindings" => Some(Out::nodes(users::bindings(
            node.ctx,
            "team_id = ?1",
            node.id(),
        )?)),
        _ => None,
    })
}

fn existing<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Node<'c>> {
    load(ctx, id)?.ok_or_else(not_found)
}

/// Reading a team: system viewers, its members, or viewers of the workspace asked about.
fn may_read(ctx: &Ctx<'_>, team: &str, workspace: Option<&str>) -> R<()> {
    let viewer = ctx.viewer()?;
    if viewer.system_level >= VIEWER {
        return Ok(());
    }
    if let Some(ws) = workspace
        && ctx.workspace_level(ws)? >= VIEWER
    {
        return Ok(());
    }
    if let Some(user) = viewer.user_id() {
        let member: bool = ctx.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM team_members WHERE team_id = ?1 AND user_id = ?2)",
            params![team, user],
            |r| r.get(0),
        )?;
        if member {
            return Ok(());
        }
    }
    Err(forbidden())
}

fn binding(ctx: &Ctx<'_>, team: &str, scope: &str, id: &str) -> R<Option<String>> {
    Ok(store::opt_row(
        ctx.conn,
        &format!("SELECT id FROM role_bindings WHERE team_id = ?1 AND {scope} = ?2"),
        params![team, id],
        |r| r.get(0),
    )?)
}

pub fn query<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "workspaceTeams" => {
            let ws = args.req("workspaceUuid")?;
            super::workspaces::existing(ctx, ws, VIEWER)?;
            Out::nodes(select(
                ctx,
                "id IN (SELECT team_id FROM role_bindings WHERE workspace_id = ?1)",
                params![ws],
            )?)
        }
        "deploymentTeams" => {
            let id = args.req("deploymentUuid")?;
            ctx.viewer()?;
            super::load(ctx, "Deployment", id)?.ok_or_else(not_found)?;
            ctx.require_deployment(id, VIEWER)?;
            Out::nodes(select(
                ctx,
                "id IN (SELECT team_id FROM role_bindings WHERE deployment_id = ?1)",
                params![id],
            )?)
        }
        "team" => {
            let id = args.req("teamUuid")?;
            ctx.viewer()?;
            match load(ctx, id)? {
                Some(team) => {
                    may_read(ctx, id, args.str("workspaceUuid"))?;
                    Out::Node(team)
                }
                None => Out::Null,
            }
        }
        "teamUsers" => {
            let id = args.req("teamUuid")?;
            ctx.viewer()?;
            existing(ctx, id)?;
            may_read(ctx, id, None)?;
            Out::nodes(users::users_where(
                ctx,
                "SELECT id, username, full_name, status, created_at, updated_at FROM users \
                 WHERE id IN (SELECT user_id FROM team_members WHERE team_id = ?1) ORDER BY id",
                params![id],
            )?)
        }
        "paginatedTeams" => {
            let list = match args.str("workspaceUuid") {
                Some(ws) => {
                    super::workspaces::existing(ctx, ws, VIEWER)?;
                    select(
                        ctx,
                        "id IN (SELECT team_id FROM role_bindings WHERE workspace_id = ?1)",
                        params![ws],
                    )?
                }
                None => {
                    ctx.require_system(VIEWER)?;
                    select(ctx, "1 = 1", [])?
                }
            };
            let count = list.len();
            let list = page(
                after_cursor(list, args.str("cursor")),
                args.int("take"),
                None,
            );
            Out::Node(ctx.node(
                "TeamsPage",
                obj(json!({
                    "count": count,
                    "teams": list.into_iter().map(|t| Value::Object(t.data)).collect::<Vec<_>>(),
                })),
            ))
        }
        _ => return Ok(None),
    }))
}

pub fn mutation<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "workspaceAddTeam" => {
            let ws = args.req("workspaceUuid")?;
            let team = args.req("teamUuid")?;
            let role = args.str("role").unwrap_or("WORKSPACE_VIEWER");
            super::workspaces::existing(ctx, ws, ADMIN)?;
            existing(ctx, team)?;
            check_role(role, "WORKSPACE_", "invalid workspace role")?;
            if binding(ctx, team, "workspace_id", ws)?.is_some() {
                return Err(fail(
                    Code::BadUserInput,
                    "A duplicate role binding already exists",
                ));
            }
            NewBinding {
                role,
                user: None,
                service_account: None,
                team: Some(team),
                workspace: Some(ws),
                deployment: None,
            }
            .insert(ctx)?;
            super::workspaces::grant_deployment_roles(ctx, ws, args, None, Some(team))?;
            Out::opt(super::load(ctx, "Workspace", ws)?)
        }
        "workspaceRemoveTeam" => {
            let ws = args.req("workspaceUuid")?;
            let team = args.req("teamUuid")?;
            super::workspaces::existing(ctx, ws, ADMIN)?;
            let n = ctx.conn.execute(
                "DELETE FROM role_bindings WHERE team_id = ?2 AND (workspace_id = ?1 OR deployment_id IN \
                 (SELECT id FROM deployments WHERE workspace_id = ?1))",
                params![ws, team],
            )?;
            if n == 0 {
                return Err(not_found());
            }
            Out::opt(super::load(ctx, "Workspace", ws)?)
        }
        "workspaceUpdateTeamRole" => {
            let ws = args.req("workspaceUuid")?;
            let team = args.req("teamUuid")?;
            let role = args.req("role")?;
            super::workspaces::existing(ctx, ws, ADMIN)?;
            check_role(role, "WORKSPACE_", "invalid workspace role")?;
            let id = binding(ctx, team, "workspace_id", ws)?.ok_or_else(not_found)?;
            ctx.conn.execute(
                "UPDATE role_bindings SET role = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, role, ctx.now()?],
            )?;
            Out::Leaf(json!(role))
        }
        "createTeamSystemRoleBinding" => {
            ctx.require_system(ADMIN)?;
            let team = args.req("teamUuid")?;
            let role = args.req("role")?;
            check_role(role, "SYSTEM_", "Invalid role")?;
            existing(ctx, team)?;
            let exists: bool = ctx.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM role_bindings WHERE team_id = ?1 AND role = ?2)",
                params![team, role],
                |r| r.get(0),
            )?;
            if exists {
                return Err(fail(
                    Code::BadUserInput,
                    "A duplicate role binding already exists",
                ));
            }
            Out::Node(
                NewBinding {
                    role,
                    user: None,
                    service_account: None,
                    team: Some(team),
                    workspace: None,
                    deployment: None,
                }
                .insert(ctx)?,
            )
        }
        "deleteTeamSystemRoleBinding" => {
            ctx.require_system(ADMIN)?;
            let team = args.req("teamUuid")?;
            let role = args.req("role")?;
            let found = users::bindings(ctx, "team_id = ?1", team)?
                .into_iter()
                .find(|b| b.str("role") == Some(role))
                .ok_or_else(not_found)?;
            ctx.conn.execute(
                "DELETE FROM role_bindings WHERE id = ?1",
                params![found.id()],
            )?;
            Out::Node(found)
        }
        "deploymentAddTeamRole" | "deploymentUpdateTeamRole" | "deploymentRemoveTeamRole" => {
            let id = args.req("deploymentUuid")?;
            let team = args.req("teamUuid")?;
            ctx.viewer()?;
            super::load(ctx, "Deployment", id)?.ok_or_else(not_found)?;
            ctx.require_deployment(id, ADMIN)?;
            existing(ctx, team)?;
            let current = binding(ctx, team, "deployment_id", id)?;
            match (field, current) {
                ("deploymentAddTeamRole", Some(_)) => {
                    return Err(fail(
                        Code::BadUserInput,
                        "A duplicate role binding already exists",
                    ));
                }
                ("deploymentAddTeamRole", None) => {
                    let role = args.req("role")?;
                    check_role(role, "DEPLOYMENT_", "Invalid role")?;
                    Out::Node(
                        NewBinding {
                            role,
                            user: None,
                            service_account: None,
                            team: Some(team),
                            workspace: None,
                            deployment: Some(id),
                        }
                        .insert(ctx)?,
                    )
                }
                ("deploymentUpdateTeamRole", Some(b)) => {
                    let role = args.req("role")?;
                    check_role(role, "DEPLOYMENT_", "Invalid role")?;
                    ctx.conn.execute(
                        "UPDATE role_bindings SET role = ?2, updated_at = ?3 WHERE id = ?1",
                        params![b, role, ctx.now()?],
                    )?;
                    Out::opt(users::load_binding(ctx, &b)?)
                }
                (_, Some(b)) => {
                    let node = users::load_binding(ctx, &b)?.ok_or_else(not_found)?;
                    ctx.conn
                        .execute("DELETE FROM role_bindings WHERE id = ?1", params![b])?;
                    Out::Node(node)
                }
                (_, None) => return Err(not_found()),
            }
        }
        _ => return Ok(None),
    }))
}
