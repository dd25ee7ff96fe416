//! Workspaces and their members.

use rusqlite::params;
use serde_json::{Map, Value, json};

use super::users::{self, NewBinding};
use super::{
    Args, Code, Ctx, Node, Out, R, after_cursor, check_role, fail, missing, not_found, obj,
    opt_str, page, stored_json,
};
use crate::auth::{ADMIN, EDITOR, Principal, VIEWER};
use crate::store;

const COLUMNS: &str = "id, label, description, properties, created_at, updated_at";

fn data(r: &rusqlite::Row<'_>) -> rusqlite::Result<Map<String, Value>> {
    let id: String = r.get(0)?;
    Ok(obj(json!({
        "id": id,
        "label": r.get::<_, String>(1)?,
        "description": opt_str(r.get(2)?),
        "properties": stored_json(r.get(3)?),
        "active": true,
        "createdAt": r.get::<_, String>(4)?,
        "updatedAt": r.get::<_, String>(5)?,
        "billingEnabled": false,
        "paywallEnabled": false,
        "stripeCustomerId": null,
        "trialEndsAt": null,
    })))
}

fn select<'c>(ctx: &'c Ctx<'c>, filter: &str, p: impl rusqlite::Params) -> R<Vec<Node<'c>>> {
    let sql = format!("SELECT {COLUMNS} FROM workspaces WHERE {filter} ORDER BY created_at, id");
    let mut stmt = ctx.conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(p, data)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("Workspace", row?));
    }
    Ok(out)
}

pub fn load<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Option<Node<'c>>> {
    Ok(select(ctx, "id = ?1", params![id])?.pop())
}

/// The workspace, or `RESOURCE_NOT_FOUND`; then the viewer needs `level` on it.
pub fn existing<'c>(ctx: &'c Ctx<'c>, id: &str, level: u8) -> R<Node<'c>> {
    ctx.viewer()?;
    let ws = load(ctx, id)?.ok_or_else(not_found)?;
    ctx.require_workspace(id, level)?;
    Ok(ws)
}

/// Workspaces the caller belongs to (own, team and service-account bindings).
fn mine<'c>(ctx: &'c Ctx<'c>) -> R<Vec<Node<'c>>> {
    let viewer = ctx.viewer()?;
    match &viewer.principal {
        Principal::User(id) => select(
            ctx,
            "id IN (SELECT workspace_id FROM role_bindings WHERE workspace_id IS NOT NULL AND \
             (user_id = ?1 OR team_id IN (SELECT team_id FROM team_members WHERE user_id = ?1)))",
            params![id],
        ),
        Principal::ServiceAccount(id) => select(
            ctx,
            "id IN (SELECT workspace_id FROM role_bindings WHERE service_account_id = ?1 AND workspace_id IS NOT NULL \
             UNION SELECT d.workspace_id FROM deployments d JOIN role_bindings rb ON rb.deployment_id = d.id \
             WHERE rb.service_account_id = ?1)",
            params![id],
        ),
    }
}

/// [`mine`] labelled `label`, found from the label's side (an index on it) with one
/// membership seek per candidate: O(workspaces with that label), not O(the caller's
/// workspaces), so `--workspace LABEL` costs the same on a platform of 5 or 5,000.
fn mine_labelled<'c>(ctx: &'c Ctx<'c>, label: &str) -> R<Vec<Node<'c>>> {
    let viewer = ctx.viewer()?;
    match &viewer.principal {
        Principal::User(id) => select(
            ctx,
            "label = ?2 AND (EXISTS (SELECT 1 FROM role_bindings rb \
             WHERE rb.user_id = ?1 AND rb.workspace_id = workspaces.id) \
             OR EXISTS (SELECT 1 FROM team_members tm JOIN role_bindings rb ON rb.team_id = tm.team_id \
             WHERE tm.user_id = ?1 AND rb.workspace_id = workspaces.id))",
            params![id, label],
        ),
        Principal::ServiceAccount(id) => select(
            ctx,
            "label = ?2 AND (EXISTS (SELECT 1 FROM role_bindings rb \
             WHERE rb.service_account_id = ?1 AND rb.workspace_id = workspaces.id) \
             OR EXISTS (SELECT 1 FROM deployments d JOIN role_bindings rb ON rb.deployment_id = d.id \
             WHERE d.workspace_id = workspaces.id AND rb.service_account_id = ?1))",
            params![id, label],
        ),
    }
}

pub fn relation<'c>(node: &Node<'c>, field: &str) -> R<Option<Out<'c>>> {
    let ctx = node.ctx;
    let id = node.id();
    Ok(Some(match field {
        "users" => Out::nodes(users::workspace_users(ctx, id)?),
        "deployments" => Out::nodes(super::deployments::in_workspace(ctx, id)?),
        "deploymentCount" => {
            let n: i64 = ctx.conn.query_row(
                "SELECT COUNT(*) FROM deployments WHERE workspace_id = ?1",
                params![id],
                |r| r.get(0),
            )?;
            Out::Leaf(json!(n))
        }
        "serviceAccounts" => Out::nodes(super::service_accounts::of_entity(ctx, "WORKSPACE", id)?),
        "roleBindings" => Out::nodes(users::bindings(ctx, "workspace_id = ?1", id)?),
        "invites" => Out::opt(
            users::invites_where(ctx, "workspace_id = ?1", params![id])?
                .into_iter()
                .next(),
        ),
        "workspaceCapabilities" => {
            let level = ctx.workspace_level(id).unwrap_or(0);
            let admin = level >= ADMIN;
            Out::Node(ctx.node(
                "WorkspaceCapabilities",
                obj(json!({
                    "canUpdateBilling": false,
                    "canUpdateIAM": admin,
                    "canUpdateWorkspace": admin,
                    "canDeleteWorkspace": admin,
                    "canCreateDeployment": level >= EDITOR,
                    "canInviteUser": admin,
                    "canUpdateUser": admin,
                    "canDeleteUser": admin,
                    "canCreateServiceAccount": admin,
                    "canUpdateServiceAccount": admin,
                    "canDeleteServiceAccount": admin,
                })),
            ))
        }
        _ => return Ok(None),
    }))
}

pub fn query<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "workspaces" => Out::nodes(match args.str("label") {
            Some(label) => mine_labelled(ctx, label)?,
            None => mine(ctx)?,
        }),
        "sysWorkspaces" => {
            ctx.require_system(VIEWER)?;
            Out::nodes(select(ctx, "1 = 1", [])?)
        }
        "paginatedWorkspaces" => {
            let list = mine(ctx)?;
            Out::nodes(page(list, args.int("take"), args.int("pageNumber")))
        }
        "workspace" => {
            ctx.viewer()?;
            let id = args.req("workspaceUuid")?;
            match load(ctx, id)? {
                Some(ws) => {
                    ctx.require_workspace(id, VIEWER)?;
                    Out::Node(ws)
                }
                None => Out::Null,
            }
        }
        "workspaceUsers" => {
            let id = args.req("workspaceUuid")?;
            existing(ctx, id, VIEWER)?;
            let list = users::workspace_users(ctx, id)?;
            Out::nodes(users::search(ctx, list, args, "user")?)
        }
        "paginatedWorkspaceUsers" => {
            let id = args.req("workspaceUuid")?;
            existing(ctx, id, VIEWER)?;
            let list = after_cursor(users::workspace_users(ctx, id)?, args.str("cursor"));
            Out::nodes(page(list, args.int("take"), None))
        }
        "workspaceUser" => {
            let id = args.req("workspaceUuid")?;
            existing(ctx, id, VIEWER)?;
            let list = users::search(ctx, users::workspace_users(ctx, id)?, args, "user")?;
            Out::opt(list.into_iter().next())
        }
        "card" => return Ok(None),
        _ => return Ok(None),
    }))
}

fn update_label_description(ctx: &Ctx<'_>, id: &str, payload: &Map<String, Value>) -> R<()> {
    let now = ctx.now()?;
    if let Some(label) = payload.get("label").and_then(Value::as_str) {
        if label.trim().is_empty() {
            return Err(fail(Code::BadUserInput, "Workspace label cannot be empty"));
        }
        ctx.conn.execute(
            "UPDATE workspaces SET label = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, label, now],
        )?;
    }
    if let Some(description) = payload.get("description").and_then(Value::as_str) {
        ctx.conn.execute(
            "UPDATE workspaces SET description = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, description, now],
        )?;
    }
    Ok(())
}

fn workspace_binding(ctx: &Ctx<'_>, workspace: &str, user: &str) -> R<Option<(String, String)>> {
    Ok(store::opt_row(
        ctx.conn,
        "SELECT id, role FROM role_bindings WHERE workspace_id = ?1 AND user_id = ?2",
        params![workspace, user],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Grants the `deploymentRoles` argument of workspaceAddUser/workspaceAddTeam.
pub fn grant_deployment_roles(
    ctx: &Ctx<'_>,
    workspace: &str,
    args: &Args,
    user: Option<&str>,
    team: Option<&str>,
) -> R<()> {
    let Some(Value::Array(roles)) = args.json("deploymentRoles") else {
        return Ok(());
    };
    for entry in roles {
        let deployment = entry
            .get("deploymentId")
            .and_then(Value::as_str)
            .unwrap_or("");
        let role = entry.get("role").and_then(Value::as_str).unwrap_or("");
        if deployment.is_empty() || role.is_empty() {
            continue;
        }
        check_role(role, "DEPLOYMENT_", "Invalid role")?;
        let in_ws: bool = ctx.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM deployments WHERE id = ?1 AND workspace_id = ?2)",
            params![deployment, workspace],
            |r| r.get(0),
        )?;
        if !in_ws {
            return Err(fail(
                Code::BadUserInput,
                format!("Invalid deployment: {deployment} is not in this workspace"),
            ));
        }
        NewBinding {
            role,
            user,
            service_account: None,
            team,
            workspace: None,
            deployment: Some(deployment),
        }
        .insert(ctx)?;
    }
    Ok(())
}

pub fn mutation<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "createWorkspace" => {
            let viewer = ctx.viewer()?;
            let creator = match &viewer.principal {
                Principal::User(id) => Some(id.clone()),
                Principal::ServiceAccount(_) if viewer.system_level >= EDITOR => None,
                Principal::ServiceAccount(_) => return Err(super::forbidden()),
            };
            let label = args.req("label")?;
            let id = store::new_id();
            let now = ctx.now()?;
            ctx.conn.execute(
                "INSERT INTO workspaces (id, label, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![id, label, args.str("description"), now],
            )?;
            if let Some(user) = creator {
                NewBinding {
                    role: "WORKSPACE_ADMIN",
                    user: Some(&user),
                    service_account: None,
                    team: None,
                    workspace: Some(&id),
                    deployment: None,
                }
                .insert(ctx)?;
            }
            Out::opt(load(ctx, &id)?)
        }
        "updateWorkspace" => {
            let id = args.req("workspaceUuid")?;
            existing(ctx, id, ADMIN)?;
            let payload = args.object("payload").cloned().unwrap_or_default();
            update_label_description(ctx, id, &payload)?;
            Out::opt(load(ctx, id)?)
        }
        "deleteWorkspace" => {
            let id = args.req("workspaceUuid")?;
            let ws = existing(ctx, id, ADMIN)?;
            let deployments: i64 = ctx.conn.query_row(
                "SELECT COUNT(*) FROM deployments WHERE workspace_id = ?1",
                params![id],
                |r| r.get(0),
            )?;
            if deployments > 0 {
                return Err(fail(
                    Code::Internal,
                    "You must first deprovision all deployments before you can delete your workspace.",
                ));
            }
            ctx.conn.execute(
                "DELETE FROM service_accounts WHERE entity_type = 'WORKSPACE' AND entity_id = ?1",
                params![id],
            )?;
            ctx.conn
                .execute("DELETE FROM workspaces WHERE id = ?1", params![id])?;
            Out::Node(ws)
        }
        "workspaceAddUser" => {
            let id = args
                .str("workspaceUuid")
                .ok_or_else(|| missing("workspaceUuid"))?;
            let email = args.req("email")?;
            let role = args.str("role").unwrap_or("WORKSPACE_VIEWER");
            existing(ctx, id, ADMIN)?;
            check_role(role, "WORKSPACE_", "invalid workspace role")?;
            match users::by_email(ctx, email)? {
                Some(user) => {
                    if workspace_binding(ctx, id, user.id())?.is_some() {
                        return Err(fail(
                            Code::BadUserInput,
                            "A duplicate role binding already exists",
                        ));
                    }
                    NewBinding {
                        role,
                        user: Some(user.id()),
                        service_account: None,
                        team: None,
                        workspace: Some(id),
                        deployment: None,
                    }
                    .insert(ctx)?;
                    grant_deployment_roles(ctx, id, args, Some(user.id()), None)?;
                }
                None if args.bool("bypassInvite") == Some(true) => {
                    let user = users::create_user(ctx, email, None, None, None, true)?;
                    NewBinding {
                        role,
                        user: Some(&user),
                        service_account: None,
                        team: None,
                        workspace: Some(id),
                        deployment: None,
                    }
                    .insert(ctx)?;
                    grant_deployment_roles(ctx, id, args, Some(&user), None)?;
                }
                None => {
                    users::create_invite(ctx, email, Some(id), Some(role))?;
                }
            }
            Out::opt(load(ctx, id)?)
        }
        "workspaceRemoveUser" => {
            let id = args.req("workspaceUuid")?;
            let user = args.req("userUuid")?;
            existing(ctx, id, ADMIN)?;
            let removed = ctx.conn.execute(
                "DELETE FROM role_bindings WHERE user_id = ?2 AND (workspace_id = ?1 OR deployment_id IN \
                 (SELECT id FROM deployments WHERE workspace_id = ?1))",
                params![id, user],
            )?;
            if removed == 0 {
                return Err(not_found());
            }
            Out::opt(load(ctx, id)?)
        }
        "workspaceUpsertUserRole" | "workspaceUpdateUserRole" => {
            let id = args.req("workspaceUuid")?;
            let email = args.req("email")?;
            let role = args.req("role")?;
            existing(ctx, id, ADMIN)?;
            check_role(role, "WORKSPACE_", "invalid workspace role")?;
            let user = users::by_email(ctx, email)?.ok_or_else(not_found)?;
            match workspace_binding(ctx, id, user.id())? {
                Some((binding, _)) => {
                    ctx.conn.execute(
                        "UPDATE role_bindings SET role = ?2, updated_at = ?3 WHERE id = ?1",
                        params![binding, role, ctx.now()?],
                    )?;
                }
                None if field == "workspaceUpsertUserRole" => {
                    NewBinding {
                        role,
                        user: Some(user.id()),
                        service_account: None,
                        team: None,
                        workspace: Some(id),
                        deployment: None,
                    }
                    .insert(ctx)?;
                }
                None => return Err(not_found()),
            }
            Out::Leaf(json!(role))
        }
        "addCard"
        | "updateCard"
        | "addCustomerId"
        | "suspendWorkspace"
        | "extendWorkspaceTrial" => {
            return Ok(None);
        }
        _ => return Ok(None),
    }))
}
