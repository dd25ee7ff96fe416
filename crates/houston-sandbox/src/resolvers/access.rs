//! The one permission check every object the sandbox returns goes through.
//!
//! Root fields check the caller's right to what they were asked for (see the table in
//! docs/sandbox.md). Relations are where data leaks (`roleBindings { workspace { users } }`), so
//! the executor does not trust them: every object handed to it from a relation, a to-one link
//! (`_workspace`) or a query root passes [`guard`], which works out the object's *owning scope*
//! from its type and data ([`owner`]) and the caller's level on that scope (computed once per
//! scope per request), and stores that level on the node. Before any field of a node is
//! resolved, [`field_allowed`] compares it with what the field needs ([`needs`]).
//!
//! - Objects with an owning scope: `Workspace` (itself), `Deployment` (itself, and through its
//!   workspace), `ServiceAccount` (its workspace, deployment or the system), `RoleBinding` (its
//!   workspace, deployment or the system; always readable by the principal it binds), `Invite`
//!   (its workspace, or the system). The caller needs viewer on the scope for the whole object.
//! - Short of that, `Workspace` and `Deployment` show their identity fields (`id`, `uuid`,
//!   `label`, and a deployment's `releaseName`) to a member of the workspace (anyone with a
//!   binding on it or on one of its deployments, so a deployment-scoped principal sees the name
//!   of the workspace it lives in, not its users) and through a to-one link from an object the
//!   caller fully reads (a deleted deployment's `workspace { id }`); every other field is
//!   `FORBIDDEN`.
//! - Otherwise a single object is `null` with `FORBIDDEN`, and a list leaves it out (a list is
//!   what the caller may see).
//! - Every other type (`User`, `Team`, `Email`, nested plain objects …) has no scope of its own:
//!   it is as readable as the object it was reached through, since reaching it already took a
//!   field of that object.
//! - `Invite.token` (which claims the invite) needs admin on the invite's scope.
//! - Mutation results are not guarded (the mutation checked its right to act on that object, and
//!   a deleted object has no scope left to check); their relations are.
//!
//! A new resolver declares nothing: it returns nodes of schema types, and they are checked here
//! by type. A new *type* with data of its own scope gets an arm in [`owner`] (and identity fields
//! in [`needs`] if a member should see its name); a type without one inherits.

use super::{Ctx, Fail, Node, Out, R, forbidden};
use crate::auth::{self, ADMIN, Principal, VIEWER};

/// A node no scope restricts (unscoped types, mutation results).
pub const UNRESTRICTED: u8 = u8::MAX;
/// Only identity fields (`id`, `label`, …) of the node may be read.
pub const IDENTITY: u8 = 0;

/// What a caller's level is computed on (cached per request in [`Ctx::levels`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scope {
    System,
    Workspace(String),
    Deployment(String),
    /// 1 when the caller has any binding on the workspace or one of its deployments.
    Member(String),
}

/// The owning scope of a node, and the workspace whose members see its identity fields.
fn owner(node: &Node<'_>) -> Option<(Scope, Option<String>)> {
    let s = |k: &str| node.str(k).map(str::to_string);
    Some(match node.ty.as_str() {
        "Workspace" => (
            Scope::Workspace(node.id().to_string()),
            Some(node.id().to_string()),
        ),
        "Deployment" => (Scope::Deployment(node.id().to_string()), s("_workspace")),
        "ServiceAccount" => match (node.str("entityType"), s("entityUuid")) {
            (Some("WORKSPACE"), Some(ws)) => (Scope::Workspace(ws), None),
            (Some("DEPLOYMENT"), Some(d)) => (Scope::Deployment(d), None),
            _ => (Scope::System, None),
        },
        "RoleBinding" => match (s("_workspace"), s("_deployment")) {
            (Some(ws), _) => (Scope::Workspace(ws), None),
            (None, Some(d)) => (Scope::Deployment(d), None),
            (None, None) => (Scope::System, None),
        },
        "Invite" => match s("_workspace") {
            Some(ws) => (Scope::Workspace(ws), None),
            None => (Scope::System, None),
        },
        _ => return None,
    })
}

/// The level a field of type `ty` needs on the node's scope.
pub fn needs(ty: &str, field: &str) -> u8 {
    match (ty, field) {
        ("Workspace", "id" | "uuid" | "label") => IDENTITY,
        ("Deployment", "id" | "uuid" | "label" | "releaseName") => IDENTITY,
        ("Invite", "token") => ADMIN,
        _ => VIEWER,
    }
}

/// Whether a field of `node` may be resolved (the check before every field).
pub fn field_allowed(node: &Node<'_>, field: &str) -> R<()> {
    if node.level == UNRESTRICTED || node.level >= needs(&node.ty, field) {
        Ok(())
    } else {
        Err(forbidden())
    }
}

impl Ctx<'_> {
    /// The caller's level on a scope (0 without a valid token), once per scope per request.
    pub fn level(&self, scope: &Scope) -> R<u8> {
        if let Some(level) = self.levels.borrow().get(scope) {
            return Ok(*level);
        }
        let level = match self.viewer() {
            Err(_) => 0,
            Ok(viewer) => match scope {
                Scope::System => viewer.system_level,
                Scope::Workspace(ws) => auth::workspace_level(self.conn, viewer, ws)?,
                Scope::Deployment(d) => auth::deployment_level(self.conn, viewer, d)?,
                Scope::Member(ws) => u8::from(auth::is_member(self.conn, viewer, ws)?),
            },
        };
        self.levels.borrow_mut().insert(scope.clone(), level);
        Ok(level)
    }

    /// A role binding of the caller itself (its own, or its team's).
    fn own_binding(&self, node: &Node<'_>) -> R<bool> {
        let Ok(viewer) = self.viewer() else {
            return Ok(false);
        };
        Ok(match &viewer.principal {
            Principal::User(id) => {
                node.str("_user") == Some(id.as_str())
                    || match node.str("_team") {
                        Some(team) => auth::in_team(self.conn, id, team)?,
                        None => false,
                    }
            }
            Principal::ServiceAccount(id) => node.str("_serviceAccount") == Some(id.as_str()),
        })
    }
}

/// The level the caller reads `node` with, or `None` when it may not see it at all.
/// `to_one`: reached through a to-one link of an object the caller reads.
fn level_of(node: &Node<'_>, to_one: bool) -> R<Option<u8>> {
    let ctx = node.ctx;
    let Some((scope, members)) = owner(node) else {
        return Ok(Some(UNRESTRICTED));
    };
    if node.ty == "RoleBinding" && ctx.own_binding(node)? {
        return Ok(Some(UNRESTRICTED));
    }
    let level = ctx.level(&scope)?;
    if level >= VIEWER {
        return Ok(Some(level));
    }
    let Some(ws) = members else {
        return Ok(None);
    };
    if to_one || ctx.level(&Scope::Member(ws))? > 0 {
        return Ok(Some(IDENTITY));
    }
    Ok(None)
}

/// Checks what a relation or a query root returns: a single object the caller may not see is
/// `FORBIDDEN`, list items it may not see are left out, and every node keeps the level it is
/// read with for [`field_allowed`].
pub fn guard(out: Out<'_>, to_one: bool) -> R<Out<'_>> {
    Ok(match out {
        Out::Node(mut node) => match level_of(&node, to_one)? {
            Some(level) => {
                node.level = level;
                Out::Node(node)
            }
            None => return Err(forbidden()),
        },
        Out::List(items) => {
            let mut kept = Vec::with_capacity(items.len());
            for item in items {
                match guard(item, false) {
                    Ok(out) => kept.push(out),
                    Err(Fail {
                        code: super::Code::Forbidden,
                        ..
                    }) => {}
                    Err(other) => return Err(other),
                }
            }
            Out::List(kept)
        }
        other => other,
    })
}
