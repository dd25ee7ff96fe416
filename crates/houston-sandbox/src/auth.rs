//! Who is calling, and what they may do — Houston's rules.
//!
//! The `authorization` header carries either a user token (JWT-shaped, from `createToken` or
//! the admin-token file) or a service account's 32-character API key; a `Bearer ` prefix is
//! stripped first, as Houston does. A user's powers are the union of their own role bindings
//! and those of their teams; a service account has exactly its own binding.
//!
//! Levels: admin 3, editor 2, viewer 1. A workspace role implies the same level on every
//! deployment of the workspace; a system role implies its level everywhere (SYSTEM_ADMIN can do
//! anything, SYSTEM_EDITOR edits but does not manage people, SYSTEM_VIEWER reads).

use base64::Engine;
use rusqlite::{Connection, params};

use super::resolvers::{Code, Fail, fail};
use super::store;

pub const ADMIN: u8 = 3;
pub const EDITOR: u8 = 2;
pub const VIEWER: u8 = 1;

/// Houston's message for "no usable token" and "not allowed" alike (the astro CLI reads it as
/// "token expired, log in again").
pub const NO_PERMISSION: &str = "You do not have the appropriate permissions for that";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    User(String),
    ServiceAccount(String),
}

/// The authenticated caller of one request.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub principal: Principal,
    /// Level from system role bindings (0 = none).
    pub system_level: u8,
}

impl Viewer {
    pub fn user_id(&self) -> Option<&str> {
        match &self.principal {
            Principal::User(id) => Some(id),
            Principal::ServiceAccount(_) => None,
        }
    }
}

/// What the header said, before any database lookup.
pub enum Credential<'a> {
    None,
    ApiKey(&'a str),
    UserToken(&'a str),
    Malformed,
}

pub fn credential(header: Option<&str>) -> Credential<'_> {
    let Some(raw) = header else {
        return Credential::None;
    };
    let token = raw.strip_prefix("Bearer ").unwrap_or(raw).trim();
    if token.is_empty() {
        Credential::None
    } else if token.len() == 32 && !token.contains('.') {
        Credential::ApiKey(token)
    } else if token.split('.').count() == 3 {
        Credential::UserToken(token)
    } else {
        Credential::Malformed
    }
}

/// Resolves the header to a viewer. `Ok(None)`: no credential at all. `Err`: a credential that
/// names nobody (malformed, unknown, expired, revoked).
pub fn authenticate(conn: &Connection, header: Option<&str>) -> Result<Option<Viewer>, Fail> {
    let principal = match credential(header) {
        Credential::None => return Ok(None),
        Credential::Malformed => return Err(fail(Code::Unauthenticated, "Invalid JWT")),
        Credential::ApiKey(key) => {
            let hash = store::sha256_hex(key);
            let id: Option<String> = store::opt_row(
                conn,
                "SELECT id FROM service_accounts WHERE api_key_hash = ?1 AND active = 1",
                params![hash],
                |r| r.get(0),
            )?;
            Principal::ServiceAccount(id.ok_or_else(|| fail(Code::Forbidden, NO_PERMISSION))?)
        }
        Credential::UserToken(token) => {
            let hash = store::sha256_hex(token);
            let row: Option<(String, i64)> = store::opt_row(
                conn,
                "SELECT t.user_id, t.exp FROM tokens t JOIN users u ON u.id = t.user_id \
                 WHERE t.hash = ?1 AND u.status <> 'banned'",
                params![hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            match row {
                Some((user, exp)) if exp > store::unix_now() => Principal::User(user),
                _ => return Err(fail(Code::Forbidden, NO_PERMISSION)),
            }
        }
    };
    let system_level = system_level(conn, &principal)?;
    Ok(Some(Viewer {
        principal,
        system_level,
    }))
}

pub fn level_of(role: &str) -> u8 {
    if role.ends_with("_ADMIN") {
        ADMIN
    } else if role.ends_with("_EDITOR") {
        EDITOR
    } else if role.ends_with("_VIEWER") {
        VIEWER
    } else {
        0
    }
}

/// SQL matching the role bindings that apply to a principal (`?1` = its id).
fn principal_filter(principal: &Principal) -> (&'static str, &str) {
    match principal {
        Principal::User(id) => (
            "(user_id = ?1 OR team_id IN (SELECT team_id FROM team_members WHERE user_id = ?1))",
            id,
        ),
        Principal::ServiceAccount(id) => ("service_account_id = ?1", id),
    }
}

fn best_role(conn: &Connection, principal: &Principal, scope: &str, arg: &str) -> Result<u8, Fail> {
    let (filter, id) = principal_filter(principal);
    let sql = format!("SELECT role FROM role_bindings WHERE {filter} AND {scope}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let roles = stmt.query_map(params![id, arg], |r| r.get::<_, String>(0))?;
    let mut best = 0;
    for role in roles {
        best = best.max(level_of(&role?));
    }
    Ok(best)
}

fn system_level(conn: &Connection, principal: &Principal) -> Result<u8, Fail> {
    let (filter, id) = principal_filter(principal);
    let sql = format!(
        "SELECT role FROM role_bindings WHERE {filter} AND role LIKE 'SYSTEM\\_%' ESCAPE '\\'"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut best = 0;
    for role in stmt.query_map(params![id], |r| r.get::<_, String>(0))? {
        best = best.max(level_of(&role?));
    }
    Ok(best)
}

/// The viewer's level on a workspace (system roles included).
pub fn workspace_level(conn: &Connection, viewer: &Viewer, workspace: &str) -> Result<u8, Fail> {
    let own = best_role(
        conn,
        &viewer.principal,
        "workspace_id = ?2 AND role LIKE 'WORKSPACE\\_%' ESCAPE '\\'",
        workspace,
    )?;
    Ok(own.max(viewer.system_level))
}

/// The viewer's level on a deployment (its workspace's and system roles included).
pub fn deployment_level(conn: &Connection, viewer: &Viewer, deployment: &str) -> Result<u8, Fail> {
    let own = best_role(
        conn,
        &viewer.principal,
        "deployment_id = ?2 AND role LIKE 'DEPLOYMENT\\_%' ESCAPE '\\'",
        deployment,
    )?;
    let workspace: Option<String> = store::opt_row(
        conn,
        "SELECT workspace_id FROM deployments WHERE id = ?1",
        params![deployment],
        |r| r.get(0),
    )?;
    let via_workspace = match workspace {
        Some(ws) => workspace_level(conn, viewer, &ws)?,
        None => viewer.system_level,
    };
    Ok(own.max(via_workspace))
}

/// Whether the viewer has any binding on a workspace or on one of its deployments (own, team
/// or service-account bindings): a member sees the workspace's name, not its contents.
pub fn is_member(conn: &Connection, viewer: &Viewer, workspace: &str) -> Result<bool, Fail> {
    let (filter, id) = principal_filter(&viewer.principal);
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM role_bindings WHERE {filter} AND (workspace_id = ?2 OR \
         deployment_id IN (SELECT id FROM deployments WHERE workspace_id = ?2)))"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row(params![id, workspace], |r| r.get(0))?)
}

/// Whether a user is a member of a team.
pub fn in_team(conn: &Connection, user: &str, team: &str) -> Result<bool, Fail> {
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM team_members WHERE team_id = ?1 AND user_id = ?2)",
    )?;
    Ok(stmt.query_row(params![team, user], |r| r.get(0))?)
}

/// A new user token: JWT-shaped (`header.payload.signature`, base64url) so clients that peek at
/// `exp` can, but opaque to the server, which only keeps its SHA-256.
pub fn mint_user_token(
    conn: &Connection,
    user_id: &str,
    lifetime_secs: i64,
) -> Result<(String, i64, i64), Fail> {
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let iat = store::unix_now();
    let exp = iat + lifetime_secs;
    let header = b64.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = b64.encode(
        serde_json::json!({"uuid": user_id, "iat": iat, "exp": exp, "iss": "houston-sandbox"})
            .to_string(),
    );
    let signature = store::random_string(
        43,
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
    );
    let token = format!("{header}.{payload}.{signature}");
    conn.execute(
        "INSERT INTO tokens (hash, user_id, iat, exp) VALUES (?1, ?2, ?3, ?4)",
        params![store::sha256_hex(&token), user_id, iat, exp],
    )?;
    Ok((token, iat, exp))
}

/// Seconds left on a user token, if the store knows it.
pub fn token_lifetime_left(conn: &Connection, token: &str) -> rusqlite::Result<Option<i64>> {
    store::opt_row(
        conn,
        "SELECT exp FROM tokens WHERE hash = ?1",
        params![store::sha256_hex(token)],
        |r| r.get::<_, i64>(0),
    )
    .map(|exp| exp.map(|e| e - store::unix_now()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_forms() {
        let key = "a".repeat(32);
        assert!(matches!(credential(Some(&key)), Credential::ApiKey(_)));
        let bearer = format!("Bearer {key}");
        assert!(matches!(credential(Some(&bearer)), Credential::ApiKey(_)));
        assert!(matches!(
            credential(Some("a.b.c")),
            Credential::UserToken(_)
        ));
        assert!(matches!(
            credential(Some("Bearer a.b.c")),
            Credential::UserToken(_)
        ));
        assert!(matches!(
            credential(Some("nonsense")),
            Credential::Malformed
        ));
        assert!(matches!(credential(Some("")), Credential::None));
        assert!(matches!(credential(None), Credential::None));
    }

    #[test]
    fn levels() {
        assert_eq!(level_of("WORKSPACE_ADMIN"), ADMIN);
        assert_eq!(level_of("DEPLOYMENT_EDITOR"), EDITOR);
        assert_eq!(level_of("SYSTEM_VIEWER"), VIEWER);
        assert_eq!(level_of("USER"), 0);
    }
}
