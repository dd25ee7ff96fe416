//! Users, e-mails, tokens, invites, role bindings and system roles.

use rusqlite::{Connection, params};
use serde_json::{Map, Value, json};

use super::{
    Args, Code, Ctx, Node, Out, R, check_role, fail, forbidden, not_found, obj, opt_str,
    user_matches,
};
use crate::auth::{self, ADMIN, VIEWER};
use crate::store;

const USER_COLUMNS: &str = "id, username, full_name, status, created_at, updated_at";

fn user_data(r: &rusqlite::Row<'_>) -> rusqlite::Result<Map<String, Value>> {
    Ok(obj(json!({
        "id": r.get::<_, String>(0)?,
        "username": r.get::<_, String>(1)?,
        "fullName": opt_str(r.get(2)?),
        "status": r.get::<_, String>(3)?,
        "createdAt": r.get::<_, String>(4)?,
        "updatedAt": r.get::<_, String>(5)?,
        "profile": [],
    })))
}

/// Users selected by `sql` (which must select [`USER_COLUMNS`] in order).
pub fn users_where<'c>(ctx: &'c Ctx<'c>, sql: &str, p: impl rusqlite::Params) -> R<Vec<Node<'c>>> {
    let mut stmt = ctx.conn.prepare_cached(sql)?;
    let rows = stmt.query_map(p, user_data)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("User", row?));
    }
    Ok(out)
}

pub fn load<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Option<Node<'c>>> {
    Ok(users_where(
        ctx,
        &format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1"),
        params![id],
    )?
    .pop())
}

pub fn by_email<'c>(ctx: &'c Ctx<'c>, email: &str) -> R<Option<Node<'c>>> {
    Ok(users_where(
        ctx,
        &format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id = (SELECT user_id FROM emails WHERE address = ?1)"
        ),
        params![email],
    )?
    .pop())
}

/// Users with a binding on a workspace (directly), ordered by id.
pub fn workspace_users<'c>(ctx: &'c Ctx<'c>, workspace: &str) -> R<Vec<Node<'c>>> {
    users_where(
        ctx,
        &format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id IN \
             (SELECT user_id FROM role_bindings WHERE workspace_id = ?1) ORDER BY id"
        ),
        params![workspace],
    )
}

pub fn emails_of(conn: &Connection, user: &str) -> R<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT address FROM emails WHERE user_id = ?1")?;
    let rows = stmt.query_map(params![user], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Filters users by a `UserSearch` argument.
pub fn search<'c>(ctx: &Ctx<'c>, users: Vec<Node<'c>>, args: &Args, key: &str) -> R<Vec<Node<'c>>> {
    let filter = args.object(key);
    let mut out = Vec::new();
    for u in users {
        let emails = emails_of(ctx.conn, u.id())?;
        if user_matches(&u, filter, &emails) {
            out.push(u);
        }
    }
    Ok(out)
}

const BINDING_COLUMNS: &str = "id, role, user_id, service_account_id, team_id, workspace_id, deployment_id, created_at, updated_at";

fn binding_data(r: &rusqlite::Row<'_>) -> rusqlite::Result<Map<String, Value>> {
    Ok(obj(json!({
        "id": r.get::<_, String>(0)?,
        "role": r.get::<_, String>(1)?,
        "_user": opt_str(r.get(2)?),
        "_serviceAccount": opt_str(r.get(3)?),
        "_team": opt_str(r.get(4)?),
        "_workspace": opt_str(r.get(5)?),
        "_deployment": opt_str(r.get(6)?),
        "createdAt": r.get::<_, String>(7)?,
        "updatedAt": r.get::<_, String>(8)?,
    })))
}

/// Role bindings matching `filter` (an SQL condition on `role_bindings` with `?1`).
pub fn bindings<'c>(ctx: &'c Ctx<'c>, filter: &str, arg: &str) -> R<Vec<Node<'c>>> {
    let sql = format!(
        "SELECT {BINDING_COLUMNS} FROM role_bindings WHERE {filter} ORDER BY created_at, id"
    );
    let mut stmt = ctx.conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![arg], binding_data)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("RoleBinding", row?));
    }
    Ok(out)
}

pub fn load_binding<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Option<Node<'c>>> {
    Ok(bindings(ctx, "id = ?1", id)?.pop())
}

/// Inserts a role binding and returns it. Exactly one of user/sa/team is set by the caller.
pub struct NewBinding<'a> {
    pub role: &'a str,
    pub user: Option<&'a str>,
    pub service_account: Option<&'a str>,
    pub team: Option<&'a str>,
    pub workspace: Option<&'a str>,
    pub deployment: Option<&'a str>,
}

impl NewBinding<'_> {
    pub fn insert<'c>(&self, ctx: &'c Ctx<'c>) -> R<Node<'c>> {
        let id = store::new_id();
        let now = ctx.now()?;
        ctx.conn.execute(
            "INSERT INTO role_bindings (id, role, user_id, service_account_id, team_id, workspace_id, deployment_id, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![id, self.role, self.user, self.service_account, self.team, self.workspace, self.deployment, now],
        )?;
        load_binding(ctx, &id)?.ok_or_else(not_found)
    }
}

pub fn relation<'c>(node: &Node<'c>, field: &str) -> R<Option<Out<'c>>> {
    let ctx = node.ctx;
    Ok(Some(match field {
        "emails" => {
            let mut stmt = ctx.conn.prepare_cached(
                "SELECT id, address, verified, is_primary, created_at, updated_at FROM emails \
                 WHERE user_id = ?1 ORDER BY is_primary DESC, created_at",
            )?;
            let rows = stmt.query_map(params![node.id()], |r| {
                Ok(obj(json!({
                    "id": r.get::<_, String>(0)?,
                    "address": r.get::<_, String>(1)?,
                    "verified": r.get::<_, bool>(2)?,
                    "primary": r.get::<_, bool>(3)?,
                    "createdAt": r.get::<_, String>(4)?,
                    "updatedAt": r.get::<_, String>(5)?,
                })))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let mut data = row?;
                data.insert("_user".into(), json!(node.id()));
                out.push(ctx.node("Email", data));
            }
            Out::nodes(out)
        }
        "roleBindings" => Out::nodes(bindings(ctx, "user_id = ?1", node.id())?),
        _ => return Ok(None),
    }))
}

/// `AuthUser` for a user, with a fresh token when `token` is given.
fn auth_user<'c>(ctx: &'c Ctx<'c>, user: &str, token: Option<(String, i64, i64)>) -> R<Out<'c>> {
    let (is_admin, _) = system_role(ctx.conn, user)?;
    let token = token.map(|(value, iat, exp)| {
        json!({"value": value, "payload": {"uuid": user, "iat": iat, "exp": exp}})
    });
    Ok(Out::Node(ctx.node(
        "AuthUser",
        obj(json!({
            "_user": user,
            "token": token,
            "permissions": {},
            "isAdmin": is_admin,
            "authUserCapabilities": {"canSysAdmin": is_admin},
        })),
    )))
}

fn system_role(conn: &Connection, user: &str) -> R<(bool, Option<String>)> {
    let role: Option<String> = store::opt_row(
        conn,
        "SELECT role FROM role_bindings WHERE user_id = ?1 AND role = 'SYSTEM_ADMIN'",
        params![user],
        |r| r.get(0),
    )?;
    Ok((role.is_some(), role))
}

/// Token lifetime: `duration` days (Houston's argument), default one day.
fn lifetime(args: &Args) -> i64 {
    args.int("duration").filter(|d| *d > 0).unwrap_or(1) * 86_400
}

/// Refuses a username another account could be confused with: usernames are unique
/// case-insensitively against every username and every e-mail address (createToken accepts
/// either, so `bob@x.com` as someone else's username would lock Bob out), and a username that
/// is an e-mail address must be one of `own_emails`.
fn check_username(
    ctx: &Ctx<'_>,
    username: &str,
    user: Option<&str>,
    own_emails: &[String],
) -> R<()> {
    if username.trim().is_empty() {
        return Err(fail(Code::BadUserInput, "Username cannot be empty"));
    }
    let me = user.unwrap_or("");
    let clash: bool = ctx.conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM users WHERE username = ?1 AND id <> ?2) \
             OR EXISTS (SELECT 1 FROM emails WHERE address = ?1 AND user_id <> ?2)",
        params![username, me],
        |r| r.get(0),
    )?;
    if clash {
        return Err(fail(Code::DuplicateEmail, "Username in use"));
    }
    if username.contains('@') && !own_emails.iter().any(|e| e.eq_ignore_ascii_case(username)) {
        return Err(fail(
            Code::BadUserInput,
            "A username that is an e-mail address must be one of your own addresses",
        ));
    }
    Ok(())
}

/// Creates an active local user with a verified e-mail; returns its id. With `claim_invites`
/// (the caller proved the address: an invite token, or an admin adding the user), pending
/// workspace invites for the address become role bindings; without it they stay pending.
pub fn create_user(
    ctx: &Ctx<'_>,
    email: &str,
    username: Option<&str>,
    password: Option<&str>,
    full_name: Option<&str>,
    claim_invites: bool,
) -> R<String> {
    let taken: Option<String> = store::opt_row(
        ctx.conn,
        "SELECT id FROM emails WHERE address = ?1",
        params![email],
        |r| r.get(0),
    )?;
    if taken.is_some() {
        return Err(fail(Code::DuplicateEmail, "Email address in use"));
    }
    let username = username.unwrap_or(email);
    check_username(ctx, username, None, &[email.to_string()])?;
    let id = store::new_id();
    let now = ctx.now()?;
    ctx.conn.execute(
        "INSERT INTO users (id, username, full_name, status, password_hash, created_at, updated_at) \
         VALUES (?1, ?2, ?3, 'active', ?4, ?5, ?5)",
        params![id, username, full_name, password.map(store::hash_password), now],
    )?;
    ctx.conn.execute(
        "INSERT INTO emails (id, user_id, address, verified, is_primary, created_at, updated_at) \
         VALUES (?1, ?2, ?3, 1, 1, ?4, ?4)",
        params![store::new_id(), id, email, now],
    )?;
    if !claim_invites {
        return Ok(id);
    }
    // Pending workspace invites for this address turn into role bindings.
    let mut stmt = ctx.conn.prepare_cached(
        "SELECT id, workspace_id, role FROM invites WHERE email = ?1 AND workspace_id IS NOT NULL",
    )?;
    let invites: Vec<(String, String, String)> = stmt
        .query_map(params![email], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (invite, workspace, role) in invites {
        NewBinding {
            role: &role,
            user: Some(&id),
            service_account: None,
            team: None,
            workspace: Some(&workspace),
            deployment: None,
        }
        .insert(ctx)?;
        ctx.conn
            .execute("DELETE FROM invites WHERE id = ?1", params![invite])?;
    }
    ctx.conn
        .execute("DELETE FROM invites WHERE email = ?1", params![email])?;
    Ok(id)
}

fn invite_data(r: &rusqlite::Row<'_>) -> rusqlite::Result<Map<String, Value>> {
    let id: String = r.get(0)?;
    Ok(obj(json!({
        "id": id, "uuid": id,
        "email": r.get::<_, String>(1)?,
        "role": opt_str(r.get(2)?),
        "token": r.get::<_, String>(3)?,
        "createdAt": r.get::<_, String>(4)?,
        "updatedAt": r.get::<_, String>(5)?,
        "_workspace": opt_str(r.get(6)?),
    })))
}

pub fn invites_where<'c>(
    ctx: &'c Ctx<'c>,
    filter: &str,
    p: impl rusqlite::Params,
) -> R<Vec<Node<'c>>> {
    let sql = format!(
        "SELECT id, email, role, token, created_at, updated_at, workspace_id FROM invites WHERE {filter} ORDER BY created_at, id"
    );
    let mut stmt = ctx.conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(p, invite_data)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("Invite", row?));
    }
    Ok(out)
}

/// Creates an invite; `USER_ALREADY_INVITED` when one exists for the same address and scope.
pub fn create_invite<'c>(
    ctx: &'c Ctx<'c>,
    email: &str,
    workspace: Option<&str>,
    role: Option<&str>,
) -> R<Node<'c>> {
    let existing = invites_where(
        ctx,
        "email = ?1 AND IFNULL(workspace_id, '') = ?2",
        params![email, workspace.unwrap_or("")],
    )?;
    if !existing.is_empty() {
        return Err(fail(Code::UserAlreadyInvited, "User already invited"));
    }
    let id = store::new_id();
    let now = ctx.now()?;
    ctx.conn.execute(
        "INSERT INTO invites (id, email, workspace_id, role, token, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, email, workspace, role, store::random_string(24, b"abcdefghijklmnopqrstuvwxyz0123456789"), now],
    )?;
    invites_where(ctx, "id = ?1", params![id])?
        .pop()
        .ok_or_else(not_found)
}

fn search_invites<'c>(ctx: &'c Ctx<'c>, mut list: Vec<Node<'c>>, args: &Args) -> Vec<Node<'c>> {
    if let Some(search) = args.object("invite") {
        let get = |k: &str| {
            search
                .get(k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        };
        if let Some(id) = get("inviteUuid") {
            list.retain(|n| n.id() == id);
        }
        if let Some(email) = get("email") {
            list.retain(|n| {
                n.str("email")
                    .is_some_and(|e| e.eq_ignore_ascii_case(email))
            });
        }
    }
    let _ = ctx;
    list
}

pub fn query<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "self" => {
            let viewer = ctx.viewer()?;
            match viewer.user_id() {
                Some(user) => auth_user(ctx, user, None)?,
                None => Out::Node(ctx.node(
                    "AuthUser",
                    obj(json!({"permissions": {}, "isAdmin": viewer.system_level >= ADMIN,
                               "authUserCapabilities": {"canSysAdmin": viewer.system_level >= ADMIN}})),
                )),
            }
        }
        "users" => {
            ctx.require_system(VIEWER)?;
            let all = users_where(
                ctx,
                &format!("SELECT {USER_COLUMNS} FROM users ORDER BY id"),
                [],
            )?;
            Out::nodes(search(ctx, all, args, "user")?)
        }
        "invites" => {
            ctx.require_system(VIEWER)?;
            let all = invites_where(ctx, "1 = 1", [])?;
            Out::nodes(search_invites(ctx, all, args))
        }
        "workspaceInvites" => {
            let ws = args.req("workspaceUuid")?;
            ctx.require_workspace(ws, VIEWER)?;
            let all = invites_where(ctx, "workspace_id = ?1", params![ws])?;
            Out::nodes(search_invites(ctx, all, args))
        }
        "email" => {
            let viewer = ctx.viewer()?;
            let w = args.object("where").cloned().unwrap_or_default();
            let get = |k: &str| w.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let row: Option<(Map<String, Value>, String)> = store::opt_row(
                ctx.conn,
                "SELECT id, address, verified, is_primary, created_at, updated_at, user_id FROM emails \
                 WHERE id = ?1 OR address = ?2",
                params![get("id"), get("address")],
                |r| {
                    Ok((
                        obj(json!({
                            "id": r.get::<_, String>(0)?, "address": r.get::<_, String>(1)?,
                            "verified": r.get::<_, bool>(2)?, "primary": r.get::<_, bool>(3)?,
                            "createdAt": r.get::<_, String>(4)?, "updatedAt": r.get::<_, String>(5)?,
                            "_user": r.get::<_, String>(6)?,
                        })),
                        r.get(6)?,
                    ))
                },
            )?;
            match row {
                Some((data, owner)) => {
                    if viewer.system_level < VIEWER && viewer.user_id() != Some(owner.as_str()) {
                        return Err(forbidden());
                    }
                    Out::Node(ctx.node("Email", data))
                }
                None => Out::Null,
            }
        }
        _ => return Ok(None),
    }))
}

fn require_user_admin(ctx: &Ctx<'_>) -> R<()> {
    ctx.require_system(ADMIN).map(|_| ())
}

/// Refuses to drop the last system administrator.
fn keep_an_admin(ctx: &Ctx<'_>, losing: &str) -> R<()> {
    let others: i64 = ctx.conn.query_row(
        "SELECT COUNT(*) FROM role_bindings WHERE role = 'SYSTEM_ADMIN' AND user_id IS NOT NULL AND user_id <> ?1",
        params![losing],
        |r| r.get(0),
    )?;
    if others == 0 {
        return Err(fail(
            Code::Internal,
            "There are no other system administrators. Add another one before removing this one.",
        ));
    }
    Ok(())
}

fn find_user_by_id_arg<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Node<'c>> {
    load(ctx, id)?.ok_or_else(not_found)
}

pub fn mutation<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "createToken" => {
            let identity = args.str("identity").unwrap_or_default();
            let password = args.req("password")?;
            let row: Option<(String, Option<String>)> = store::opt_row(
                ctx.conn,
                "SELECT id, password_hash FROM users WHERE username = ?1 \
                 OR id = (SELECT user_id FROM emails WHERE address = ?1)",
                params![identity],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let invalid = || fail(Code::Internal, "Invalid password and username combination");
            let (user, hash) = row.ok_or_else(invalid)?;
            let hash =
                hash.ok_or_else(|| fail(Code::Unauthenticated, "No password credentials found"))?;
            if !store::verify_password(password, &hash) {
                return Err(invalid());
            }
            let token = auth::mint_user_token(ctx.conn, &user, lifetime(args))?;
            auth_user(ctx, &user, Some(token))?
        }
        "createUser" => {
            let email = args.req("email")?;
            let password = args.req("password")?;
            // Public sign-up is on (authConfig.publicSignup), but an invite's role goes only to
            // whoever holds its token: knowing the invited address is not enough.
            let mut claim = false;
            if let Some(token) = args.str("inviteToken") {
                let invite: Option<String> = store::opt_row(
                    ctx.conn,
                    "SELECT email FROM invites WHERE token = ?1",
                    params![token],
                    |r| r.get(0),
                )?;
                match invite {
                    None => return Err(fail(Code::BadUserInput, "Invite token not found")),
                    Some(e) if !e.eq_ignore_ascii_case(email) => {
                        return Err(fail(
                            Code::InviteEmailNotMatch,
                            "This email is not associated with the specified invite token",
                        ));
                    }
                    Some(_) => claim = true,
                }
            }
            let full_name = args
                .object("profile")
                .and_then(|p| p.get("fullName"))
                .and_then(Value::as_str);
            let user = create_user(
                ctx,
                email,
                args.str("username"),
                Some(password),
                full_name,
                claim,
            )?;
            let token = auth::mint_user_token(ctx.conn, &user, lifetime(args))?;
            auth_user(ctx, &user, Some(token))?
        }
        "forgotPassword" | "resendConfirmation" => {
            args.req("email")?;
            Out::Leaf(json!(true))
        }
        "updateSelf" => {
            let viewer = ctx.viewer()?;
            let user = viewer.user_id().ok_or_else(forbidden)?.to_string();
            let payload = args.object("payload").cloned().unwrap_or_default();
            let now = ctx.now()?;
            if let Some(name) = payload.get("fullName").and_then(Value::as_str) {
                ctx.conn.execute(
                    "UPDATE users SET full_name = ?2, updated_at = ?3 WHERE id = ?1",
                    params![user, name, now],
                )?;
            }
            if let Some(name) = payload.get("username").and_then(Value::as_str) {
                check_username(ctx, name, Some(&user), &emails_of(ctx.conn, &user)?)?;
                ctx.conn.execute(
                    "UPDATE users SET username = ?2, updated_at = ?3 WHERE id = ?1",
                    params![user, name, now],
                )?;
            }
            Out::Node(find_user_by_id_arg(ctx, &user)?)
        }
        "removeUser" => {
            require_user_admin(ctx)?;
            let id = args.req("userUuid")?;
            let user = find_user_by_id_arg(ctx, id)?;
            let is_admin: bool = ctx.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM role_bindings WHERE user_id = ?1 AND role = 'SYSTEM_ADMIN')",
                params![id],
                |r| r.get(0),
            )?;
            if is_admin {
                keep_an_admin(ctx, id)?;
            }
            ctx.conn
                .execute("DELETE FROM users WHERE id = ?1", params![id])?;
            Out::Node(user)
        }
        "verifyEmail" => {
            require_user_admin(ctx)?;
            let email = args.req("email")?;
            let n = ctx.conn.execute(
                "UPDATE emails SET verified = 1, updated_at = ?2 WHERE address = ?1",
                params![email, ctx.now()?],
            )?;
            if n == 0 {
                return Err(not_found());
            }
            ctx.conn.execute(
                "UPDATE users SET status = 'active' WHERE id = (SELECT user_id FROM emails WHERE address = ?1) AND status = 'pending'",
                params![email],
            )?;
            Out::Leaf(json!(true))
        }
        "inviteUser" => {
            require_user_admin(ctx)?;
            let email = args.req("email")?;
            if by_email(ctx, email)?.is_some() {
                return Err(fail(Code::DuplicateEmail, "Email address in use"));
            }
            Out::Node(create_invite(ctx, email, None, None)?)
        }
        "deleteInviteToken" => {
            let id = args.req("inviteUuid")?;
            let row: Option<Option<String>> = store::opt_row(
                ctx.conn,
                "SELECT workspace_id FROM invites WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )?;
            let workspace = row.ok_or_else(not_found)?;
            match workspace.as_deref() {
                Some(ws) => ctx.require_workspace(ws, ADMIN)?,
                None => require_user_admin(ctx)?,
            }
            let invite = invites_where(ctx, "id = ?1", params![id])?
                .pop()
                .ok_or_else(not_found)?;
            ctx.conn
                .execute("DELETE FROM invites WHERE id = ?1", params![id])?;
            Out::Node(invite)
        }
        "createSystemRoleBinding" => {
            require_user_admin(ctx)?;
            let user = args.req("userId")?;
            let role = args.req("role")?;
            check_role(role, "SYSTEM_", "Invalid role")?;
            find_user_by_id_arg(ctx, user)?;
            let exists: bool = ctx.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM role_bindings WHERE user_id = ?1 AND role = ?2)",
                params![user, role],
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
                    user: Some(user),
                    service_account: None,
                    team: None,
                    workspace: None,
                    deployment: None,
                }
                .insert(ctx)?,
            )
        }
        "deleteSystemRoleBinding" => {
            require_user_admin(ctx)?;
            let user = args.req("userId")?;
            let role = args.req("role")?;
            check_role(role, "SYSTEM_", "Invalid role")?;
            let binding = bindings(
                ctx,
                "user_id = ?1 AND role LIKE 'SYSTEM\\_%' ESCAPE '\\'",
                user,
            )?
            .into_iter()
            .find(|b| b.str("role") == Some(role))
            .ok_or_else(not_found)?;
            if role == "SYSTEM_ADMIN" {
                keep_an_admin(ctx, user)?;
            }
            ctx.conn.execute(
                "DELETE FROM role_bindings WHERE id = ?1",
                params![binding.id()],
            )?;
            Out::Node(binding)
        }
        "confirmEmail" | "resetPassword" | "updateUser" => return Ok(None),
        _ => return Ok(None),
    }))
}
