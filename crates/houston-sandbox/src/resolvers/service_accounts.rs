//! Service accounts: workspace, deployment and system scoped, plus the legacy entity-typed API.
//! The API key is returned once, by the create mutation; only its SHA-256 is stored.

use rusqlite::params;
use serde_json::{Map, Value, json};

use super::users::{self, NewBinding};
use super::{Args, Code, Ctx, Node, Out, R, check_role, fail, not_found, obj, opt_str};
use crate::auth::{ADMIN, VIEWER};
use crate::store;

const COLUMNS: &str =
    "id, label, category, entity_type, entity_id, active, last_used_at, created_at, updated_at";

fn data(r: &rusqlite::Row<'_>) -> rusqlite::Result<Map<String, Value>> {
    let entity_type: String = r.get(3)?;
    let entity: Option<String> = r.get(4)?;
    Ok(obj(json!({
        "id": r.get::<_, String>(0)?,
        "label": r.get::<_, String>(1)?,
        "category": opt_str(r.get(2)?),
        "workspaceUuid": if entity_type == "WORKSPACE" { json!(entity) } else { Value::Null },
        "deploymentUuid": if entity_type == "DEPLOYMENT" { json!(entity) } else { Value::Null },
        "entityType": entity_type,
        "entityUuid": entity,
        "active": r.get::<_, bool>(5)?,
        "lastUsedAt": opt_str(r.get(6)?),
        "createdAt": r.get::<_, String>(7)?,
        "updatedAt": r.get::<_, String>(8)?,
        "apiKey": null,
        "uuid": null,
    })))
}

fn select<'c>(ctx: &'c Ctx<'c>, filter: &str, p: impl rusqlite::Params) -> R<Vec<Node<'c>>> {
    let sql =
        format!("SELECT {COLUMNS} FROM service_accounts WHERE {filter} ORDER BY created_at, id");
    let mut stmt = ctx.conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(p, data)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("ServiceAccount", row?));
    }
    Ok(out)
}

pub fn load<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Option<Node<'c>>> {
    Ok(select(ctx, "id = ?1", params![id])?.pop())
}

pub fn of_entity<'c>(ctx: &'c Ctx<'c>, entity_type: &str, entity: &str) -> R<Vec<Node<'c>>> {
    select(
        ctx,
        "entity_type = ?1 AND entity_id = ?2",
        params![entity_type, entity],
    )
}

pub fn relation<'c>(node: &Node<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    let ctx = node.ctx;
    Ok(match field {
        "roleBindings" => {
            let mut list = users::bindings(ctx, "service_account_id = ?1", node.id())?;
            if let Some(first) = args.int("first") {
                list.truncate(first.max(0) as usize);
            }
            Some(Out::nodes(list))
        }
        "roleBinding" => Some(Out::opt(
            users::bindings(ctx, "service_account_id = ?1", node.id())?
                .into_iter()
                .next(),
        )),
        _ => None,
    })
}

/// Checks the scope exists and the caller has `level` on it.
fn require_scope(ctx: &Ctx<'_>, entity_type: &str, entity: Option<&str>, level: u8) -> R<()> {
    ctx.viewer()?;
    match (entity_type, entity) {
        ("WORKSPACE", Some(ws)) => {
            super::load(ctx, "Workspace", ws)?.ok_or_else(not_found)?;
            ctx.require_workspace(ws, level)
        }
        ("DEPLOYMENT", Some(d)) => {
            super::load(ctx, "Deployment", d)?.ok_or_else(not_found)?;
            ctx.require_deployment(d, level)
        }
        ("SYSTEM", _) => ctx.require_system(level).map(|_| ()),
        (_, None) => Err(super::missing("entityUuid")),
        _ => Err(fail(Code::BadUserInput, "Invalid entity type")),
    }
}

fn create<'c>(
    ctx: &'c Ctx<'c>,
    entity_type: &str,
    entity: Option<&str>,
    args: &Args,
) -> R<Node<'c>> {
    let label = args.req("label")?;
    let role = args.req("role")?;
    require_scope(ctx, entity_type, entity, ADMIN)?;
    check_role(role, &format!("{entity_type}_"), "Invalid role")?;
    let id = store::new_id();
    let key = store::new_api_key();
    let now = ctx.now()?;
    ctx.conn.execute(
        "INSERT INTO service_accounts (id, label, category, entity_type, entity_id, api_key_hash, active, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?7)",
        params![id, label, args.str("category"), entity_type, entity, store::sha256_hex(&key), now],
    )?;
    let (workspace, deployment) = match entity_type {
        "WORKSPACE" => (entity, None),
        "DEPLOYMENT" => (None, entity),
        _ => (None, None),
    };
    NewBinding {
        role,
        user: None,
        service_account: Some(&id),
        team: None,
        workspace,
        deployment,
    }
    .insert(ctx)?;
    let mut node = load(ctx, &id)?.ok_or_else(not_found)?;
    node.data.insert("apiKey".into(), json!(key));
    Ok(node)
}

/// The service account `id` if it belongs to the given scope.
fn scoped<'c>(ctx: &'c Ctx<'c>, id: &str, entity_type: &str, entity: Option<&str>) -> R<Node<'c>> {
    let sa = load(ctx, id)?.ok_or_else(not_found)?;
    if sa.str("entityType") != Some(entity_type)
        || (entity.is_some() && sa.str("entityUuid") != entity)
    {
        return Err(not_found());
    }
    Ok(sa)
}

fn update<'c>(ctx: &'c Ctx<'c>, sa: &Node<'c>, args: &Args) -> R<Node<'c>> {
    let payload = args.object("payload").cloned().unwrap_or_default();
    let now = ctx.now()?;
    for (key, column) in [("label", "label"), ("category", "category")] {
        if let Some(v) = payload.get(key).and_then(Value::as_str) {
            ctx.conn.execute(
                &format!(
                    "UPDATE service_accounts SET {column} = ?2, updated_at = ?3 WHERE id = ?1"
                ),
                params![sa.id(), v, now],
            )?;
        }
    }
    if let Some(active) = payload.get("active").and_then(Value::as_bool) {
        ctx.conn.execute(
            "UPDATE service_accounts SET active = ?2, updated_at = ?3 WHERE id = ?1",
            params![sa.id(), active, now],
        )?;
    }
    load(ctx, sa.id())?.ok_or_else(not_found)
}

fn delete<'c>(ctx: &'c Ctx<'c>, sa: Node<'c>) -> R<Out<'c>> {
    ctx.conn.execute(
        "DELETE FROM service_accounts WHERE id = ?1",
        params![sa.id()],
    )?;
    Ok(Out::Node(sa))
}

pub fn query<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "workspaceServiceAccounts" => {
            let ws = args.req("workspaceUuid")?;
            require_scope(ctx, "WORKSPACE", Some(ws), VIEWER)?;
            Out::nodes(of_entity(ctx, "WORKSPACE", ws)?)
        }
        "deploymentServiceAccounts" => {
            let d = args.req("deploymentUuid")?;
            require_scope(ctx, "DEPLOYMENT", Some(d), VIEWER)?;
            Out::nodes(of_entity(ctx, "DEPLOYMENT", d)?)
        }
        "workspaceServiceAccount" => {
            let ws = args.req("workspaceUuid")?;
            require_scope(ctx, "WORKSPACE", Some(ws), VIEWER)?;
            Out::opt(scoped(ctx, args.req("serviceAccountUuid")?, "WORKSPACE", Some(ws)).ok())
        }
        "deploymentServiceAccount" => {
            let d = args.req("deploymentUuid")?;
            require_scope(ctx, "DEPLOYMENT", Some(d), VIEWER)?;
            Out::opt(scoped(ctx, args.req("serviceAccountUuid")?, "DEPLOYMENT", Some(d)).ok())
        }
        "serviceAccounts" => {
            let entity_type = args.req("entityType")?;
            let entity = args.str("entityUuid");
            require_scope(ctx, entity_type, entity, VIEWER)?;
            let mut list = match entity {
                Some(e) => of_entity(ctx, entity_type, e)?,
                None => select(ctx, "entity_type = ?1", params![entity_type])?,
            };
            if let Some(id) = args.str("serviceAccountUuid") {
                list.retain(|sa| sa.id() == id);
            }
            Out::nodes(list)
        }
        _ => return Ok(None),
    }))
}

pub fn mutation<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "createWorkspaceServiceAccount" => Out::Node(create(
            ctx,
            "WORKSPACE",
            Some(args.req("workspaceUuid")?),
            args,
        )?),
        "createDeploymentServiceAccount" => Out::Node(create(
            ctx,
            "DEPLOYMENT",
            Some(args.req("deploymentUuid")?),
            args,
        )?),
        "createSystemServiceAccount" => Out::Node(create(ctx, "SYSTEM", None, args)?),
        "createServiceAccount" => {
            let entity_type = args.req("entityType")?;
            Out::Node(create(ctx, entity_type, args.str("entityUuid"), args)?)
        }
        "deleteWorkspaceServiceAccount" | "updateWorkspaceServiceAccount" => {
            let ws = args.req("workspaceUuid")?;
            require_scope(ctx, "WORKSPACE", Some(ws), ADMIN)?;
            let sa = scoped(ctx, args.req("serviceAccountUuid")?, "WORKSPACE", Some(ws))?;
            if field.starts_with("delete") {
                delete(ctx, sa)?
            } else {
                Out::Node(update(ctx, &sa, args)?)
            }
        }
        "deleteDeploymentServiceAccount" | "updateDeploymentServiceAccount" => {
            let d = args.req("deploymentUuid")?;
            require_scope(ctx, "DEPLOYMENT", Some(d), ADMIN)?;
            let sa = scoped(ctx, args.req("serviceAccountUuid")?, "DEPLOYMENT", Some(d))?;
            if field.starts_with("delete") {
                delete(ctx, sa)?
            } else {
                Out::Node(update(ctx, &sa, args)?)
            }
        }
        "deleteSystemServiceAccount" => {
            require_scope(ctx, "SYSTEM", None, ADMIN)?;
            let sa = scoped(ctx, args.req("serviceAccountUuid")?, "SYSTEM", None)?;
            delete(ctx, sa)?
        }
        "updateServiceAccount" | "deleteServiceAccount" => {
            ctx.viewer()?;
            let sa = load(ctx, args.req("serviceAccountUuid")?)?.ok_or_else(not_found)?;
            let entity_type = sa.str("entityType").unwrap_or_default().to_string();
            let entity = sa.str("entityUuid").map(str::to_string);
            require_scope(ctx, &entity_type, entity.as_deref(), ADMIN)?;
            if field.starts_with("delete") {
                delete(ctx, sa)?
            } else {
                Out::Node(update(ctx, &sa, args)?)
            }
        }
        _ => return Ok(None),
    }))
}
