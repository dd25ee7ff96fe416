//! Issue 12, item 4: an RBAC walk generated from the schema. For every principal (system admin,
//! workspace admin/editor/viewer, deployment admin/editor/viewer, a workspace and a deployment
//! service account, a user with no role who created a workspace and added a member of others, a
//! member of two workspaces), every root query field is called with every id the test knows, and
//! every object field of the answer is followed four levels deep (all scalar fields at every
//! level). Every object in every answer is compared with the rules of docs/sandbox.md ("Roles" and
//! "Relations"), written out below independently of the sandbox's code; canary strings of a
//! workspace the principal has no part in must never appear. Then each principal tries writes it
//! may not make. New schema fields are walked without changing this test.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;

use apollo_compiler::Schema;
use apollo_compiler::schema::ExtendedType;
use houston_sandbox::{Sandbox, SandboxOptions};
use rusqlite::OptionalExtension;
use secrecy::ExposeSecret;
use serde_json::{Value, json};

use common::{data, post, sign_up};

const SDL: &str = include_str!("../../../schema/houston.graphql");
/// Object levels followed below a root field (the root's own object is the first).
const LEVELS: usize = 4;
/// Strings that only principals with a part in W2 may ever receive.
const CANARIES: &[&str] = &[
    "secret-w2-label",
    "secret-d2-label",
    "canary-d2-value",
    "w2admin@canary.test",
    "invitee2@canary.test",
];

/// What a principal may read, per the docs' tables.
#[derive(Debug, Clone, Default)]
struct Rights {
    system: bool,
    /// Workspaces it reads in full (a workspace role, own or through a team).
    workspaces: HashSet<String>,
    /// Deployments it reads in full through a deployment role.
    deployments: HashSet<String>,
    /// Workspaces it has any binding in (workspace or deployment): their names are visible.
    member_of: HashSet<String>,
    /// Workspaces it administers (invite tokens).
    admin_of: HashSet<String>,
    user: Option<String>,
    service_account: Option<String>,
    sees_w2: bool,
}

struct World {
    addr: SocketAddr,
    db: std::path::PathBuf,
    ids: BTreeMap<&'static str, Vec<Value>>,
}

impl World {
    fn conn(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(&self.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap()
    }
}

fn deployment_workspace(conn: &rusqlite::Connection, d: &str) -> Option<String> {
    conn.query_row(
        "SELECT workspace_id FROM deployments WHERE id = ?1",
        [d],
        |r| r.get(0),
    )
    .optional()
    .unwrap()
}

impl Rights {
    fn reads_workspace(&self, ws: &str) -> bool {
        self.system || self.workspaces.contains(ws)
    }
    fn reads_deployment(&self, conn: &rusqlite::Connection, d: &str) -> bool {
        self.system
            || self.deployments.contains(d)
            || deployment_workspace(conn, d).is_some_and(|ws| self.workspaces.contains(&ws))
    }
    /// Reads the scope of a binding/SA/invite: (workspace, deployment) or neither = system.
    fn reads_scope(
        &self,
        conn: &rusqlite::Connection,
        ws: Option<String>,
        d: Option<String>,
    ) -> bool {
        match (ws, d) {
            (Some(ws), _) => self.reads_workspace(&ws),
            (None, Some(d)) => self.reads_deployment(conn, &d),
            (None, None) => self.system,
        }
    }
}

/// Checks one object of an answer; returns a sentence per violation.
fn check_object(
    conn: &rusqlite::Connection,
    who: &Rights,
    obj: &serde_json::Map<String, Value>,
    out: &mut Vec<String>,
) {
    let ty = obj.get("__typename").and_then(Value::as_str).unwrap_or("");
    let Some(id) = obj.get("id").and_then(Value::as_str) else {
        return;
    };
    let identity_only = |allowed: &[&str]| -> Option<String> {
        obj.iter()
            .find(|(k, v)| {
                !v.is_null() && !allowed.contains(&k.as_str()) && k.as_str() != "__typename"
            })
            .map(|(k, _)| k.clone())
    };
    match ty {
        "Workspace" => {
            if who.reads_workspace(id) {
                return;
            }
            if who.member_of.contains(id) {
                if let Some(field) = identity_only(&["id", "uuid", "label"]) {
                    out.push(format!(
                        "workspace {id}: field {field} read by a member without a workspace role"
                    ));
                }
            } else {
                out.push(format!("workspace {id} seen without any part in it"));
            }
        }
        "Deployment" => {
            if who.reads_deployment(conn, id) {
                return;
            }
            let ws = deployment_workspace(conn, id).unwrap_or_default();
            if who.member_of.contains(&ws) {
                if let Some(field) = identity_only(&["id", "uuid", "label", "releaseName"]) {
                    out.push(format!(
                        "deployment {id}: field {field} read without a role on it"
                    ));
                }
            } else {
                out.push(format!(
                    "deployment {id} seen without any part in its workspace"
                ));
            }
        }
        "ServiceAccount" => {
            let row: Option<(String, Option<String>)> = conn
                .query_row(
                    "SELECT entity_type, entity_id FROM service_accounts WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .unwrap();
            let Some((kind, entity)) = row else { return };
            let ok = match kind.as_str() {
                "WORKSPACE" => who.reads_scope(conn, entity, None),
                "DEPLOYMENT" => who.reads_scope(conn, None, entity),
                _ => who.system,
            };
            if !ok {
                out.push(format!(
                    "service account {id} ({kind}) seen without viewer on its scope"
                ));
            }
        }
        "RoleBinding" => {
            type Row = (
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
            );
            let row: Option<Row> = conn
                .query_row(
                    "SELECT workspace_id, deployment_id, user_id, service_account_id, team_id FROM role_bindings WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()
                .unwrap();
            let Some((ws, d, user, sa, team)) = row else {
                return;
            };
            let own = (user.is_some() && user == who.user)
                || (sa.is_some() && sa == who.service_account)
                || team.is_some_and(|t| {
                    who.user.as_ref().is_some_and(|u| {
                        conn.query_row(
                            "SELECT COUNT(*) FROM team_members WHERE team_id = ?1 AND user_id = ?2",
                            [&t, u],
                            |r| r.get::<_, i64>(0),
                        )
                        .unwrap()
                            > 0
                    })
                });
            if !own && !who.reads_scope(conn, ws.clone(), d.clone()) {
                out.push(format!("role binding {id} (workspace {ws:?}, deployment {d:?}) seen without viewer on its scope"));
            }
        }
        "Invite" => {
            let ws: Option<Option<String>> = conn
                .query_row(
                    "SELECT workspace_id FROM invites WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()
                .unwrap();
            let Some(ws) = ws else { return };
            if !who.reads_scope(conn, ws.clone(), None) {
                out.push(format!("invite {id} seen without viewer on its workspace"));
            }
            let admin = who.system || ws.as_ref().is_some_and(|w| who.admin_of.contains(w));
            if !admin && obj.get("token").is_some_and(|t| !t.is_null()) {
                out.push(format!(
                    "invite {id}: token read without admin on its workspace"
                ));
            }
        }
        _ => {}
    }
}

fn walk_answer(
    conn: &rusqlite::Connection,
    who: &Rights,
    value: &Value,
    out: &mut Vec<String>,
    seen: &mut usize,
) {
    match value {
        Value::Object(map) => {
            if map.contains_key("__typename") {
                *seen += 1;
                check_object(conn, who, map, out);
            }
            for v in map.values() {
                walk_answer(conn, who, v, out, seen);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| walk_answer(conn, who, v, out, seen)),
        _ => {}
    }
}

fn is_object(schema: &Schema, ty: &str) -> bool {
    matches!(schema.types.get(ty), Some(ExtendedType::Object(_)))
}

/// `{ __typename scalars… path/subtrees }` for `ty`: every scalar field without required
/// arguments, and the object fields: only `path[0]` when a path is given, else all of them,
/// `levels` deep.
fn selection(schema: &Schema, ty: &str, levels: usize, path: &[String]) -> String {
    let Some(ExtendedType::Object(def)) = schema.types.get(ty) else {
        return String::new();
    };
    let mut out = String::from("{ __typename");
    for (name, field) in &def.fields {
        if field.arguments.iter().any(|a| a.is_required()) {
            continue;
        }
        let inner = field.ty.inner_named_type().as_str();
        if !is_object(schema, inner) {
            out.push(' ');
            out.push_str(name.as_str());
            continue;
        }
        if levels <= 1 {
            continue;
        }
        match path.first() {
            Some(step) if step != name.as_str() => continue,
            _ => {}
        }
        let rest = if path.is_empty() { &[][..] } else { &path[1..] };
        out.push_str(&format!(
            " {name} {}",
            selection(schema, inner, levels - 1, rest)
        ));
    }
    out.push_str(" }");
    out
}

/// Object fields of `ty` (candidates for the next path step).
fn object_fields(schema: &Schema, ty: &str) -> Vec<(String, String)> {
    let Some(ExtendedType::Object(def)) = schema.types.get(ty) else {
        return vec![];
    };
    def.fields
        .iter()
        .filter(|(_, f)| !f.arguments.iter().any(|a| a.is_required()))
        .filter(|(_, f)| is_object(schema, f.ty.inner_named_type().as_str()))
        .map(|(n, f)| (n.to_string(), f.ty.inner_named_type().to_string()))
        .collect()
}

/// Every way to call a root query field with the ids the test knows (required arguments only).
fn calls(
    schema: &Schema,
    world: &World,
) -> Vec<(String, String, serde_json::Map<String, Value>, String)> {
    let query = schema.get_object("Query").unwrap();
    let mut out = Vec::new();
    for (name, field) in &query.fields {
        let mut combos: Vec<(Vec<String>, serde_json::Map<String, Value>)> =
            vec![(vec![], serde_json::Map::new())];
        let mut callable = true;
        for arg in field.arguments.iter().filter(|a| a.is_required()) {
            let ty = arg.ty.inner_named_type().as_str();
            let candidates: Vec<Value> = match (arg.name.as_str(), ty) {
                (_, "DeploymentWhereUniqueInput") => world.ids["deployment"]
                    .iter()
                    .map(|d| json!({"id": d}))
                    .collect(),
                ("workspaceUuid", _) => world.ids["workspace"].clone(),
                ("deploymentUuid" | "deploymentId", _) => world.ids["deployment"].clone(),
                ("serviceAccountUuid", _) => world.ids["service_account"].clone(),
                ("teamUuid", _) => world.ids["team"].clone(),
                ("releaseName", _) => world.ids["release"].clone(),
                (_, t) => match schema.types.get(t) {
                    Some(ExtendedType::Enum(e)) => {
                        e.values.keys().map(|v| json!(v.as_str())).collect()
                    }
                    Some(ExtendedType::InputObject(i))
                        if i.fields.values().all(|f| !f.is_required()) =>
                    {
                        vec![json!({})]
                    }
                    _ => {
                        callable = false;
                        vec![]
                    }
                },
            };
            let mut next = Vec::new();
            for (decl, vars) in &combos {
                for c in &candidates {
                    let mut decl = decl.clone();
                    let mut vars = vars.clone();
                    decl.push(format!("${}: {}", arg.name, arg.ty));
                    vars.insert(arg.name.to_string(), c.clone());
                    next.push((decl, vars));
                }
            }
            combos = next;
        }
        if !callable {
            continue;
        }
        let ty = field.ty.inner_named_type().to_string();
        for (decl, vars) in combos {
            let args: Vec<String> = vars.keys().map(|k| format!("{k}: ${k}")).collect();
            let head = if decl.is_empty() {
                "query".to_string()
            } else {
                format!("query({})", decl.join(", "))
            };
            let call = if args.is_empty() {
                name.to_string()
            } else {
                format!("{name}({})", args.join(", "))
            };
            out.push((head, call, vars, ty.clone()));
        }
    }
    out
}

/// Runs one root call with its whole subtree, splitting along object fields whenever the
/// sandbox refuses the query as too large; returns (objects checked, violations).
async fn walk_call(
    schema: &Schema,
    world: &World,
    token: &str,
    who: &Rights,
    call: &(String, String, serde_json::Map<String, Value>, String),
    path: Vec<String>,
    texts: &mut Vec<String>,
) -> (usize, Vec<String>) {
    let (head, field, vars, ty) = call;
    let mut stack = vec![path];
    let (mut seen, mut violations) = (0, Vec::new());
    while let Some(path) = stack.pop() {
        let sel = if is_object(schema, ty) {
            selection(schema, ty, LEVELS, &path)
        } else {
            String::new()
        };
        let query = format!("{head} {{ {field} {sel} }}");
        let (status, body) =
            post(world.addr, Some(token), &query, Value::Object(vars.clone())).await;
        let refused = status == 400
            && body["errors"][0]["message"].as_str().is_some_and(|m| {
                m.contains("too complex") || m.contains("too large") || m.contains("too deep")
            });
        if refused {
            // Split: one query per object field at the first level not yet fixed by the path.
            let mut ty_at = ty.clone();
            for step in &path {
                ty_at = object_fields(schema, &ty_at)
                    .into_iter()
                    .find(|(n, _)| n == step)
                    .map(|(_, t)| t)
                    .unwrap_or_default();
            }
            let next = object_fields(schema, &ty_at);
            assert!(
                !next.is_empty() && path.len() + 1 < LEVELS,
                "cannot split {query}"
            );
            for (name, _) in next {
                let mut p = path.clone();
                p.push(name);
                stack.push(p);
            }
            continue;
        }
        assert_ne!(status, 500, "{query}: {body}");
        let conn = world.conn();
        let before = violations.len();
        walk_answer(&conn, who, &body["data"], &mut violations, &mut seen);
        for v in &mut violations[before..] {
            v.push_str(&format!("\n    in {query} {}", Value::Object(vars.clone())));
        }
        texts.push(body.to_string());
    }
    (seen, violations)
}

async fn add_user(addr: SocketAddr, admin: &str, ws: &str, email: &str, role: &str) {
    data(
        addr,
        Some(admin),
        "mutation($w: Uuid!, $e: String!, $r: Role!) { workspaceAddUser(workspaceUuid: $w, email: $e, role: $r) { id } }",
        json!({"w": ws, "e": email, "r": role}),
    )
    .await;
}

async fn new_workspace(addr: SocketAddr, token: &str, label: &str) -> String {
    data(
        addr,
        Some(token),
        "mutation($l: String!) { createWorkspace(label: $l) { id } }",
        json!({"l": label}),
    )
    .await["createWorkspace"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn new_deployment(addr: SocketAddr, token: &str, ws: &str, label: &str) -> (String, String) {
    let d = data(
        addr,
        Some(token),
        "mutation($w: Uuid!, $l: String!) { createDeployment(workspaceUuid: $w, type: \"airflow\", label: $l) { id releaseName } }",
        json!({"w": ws, "l": label}),
    )
    .await;
    (
        d["createDeployment"]["id"].as_str().unwrap().into(),
        d["createDeployment"]["releaseName"]
            .as_str()
            .unwrap()
            .into(),
    )
}

async fn new_sa(
    addr: SocketAddr,
    token: &str,
    kind: &str,
    scope: &str,
    role: &str,
) -> (String, String) {
    let (mutation, arg) = if kind == "WORKSPACE" {
        ("createWorkspaceServiceAccount", "workspaceUuid")
    } else {
        ("createDeploymentServiceAccount", "deploymentUuid")
    };
    let q = format!(
        "mutation($s: Uuid!, $r: Role!) {{ {mutation}(label: \"sa\", {arg}: $s, role: $r) {{ id apiKey }} }}"
    );
    let d = data(addr, Some(token), &q, json!({"s": scope, "r": role})).await;
    (
        d[mutation]["id"].as_str().unwrap().into(),
        d[mutation]["apiKey"].as_str().unwrap().into(),
    )
}

fn user_id(world: &World, email: &str) -> String {
    world
        .conn()
        .query_row(
            "SELECT user_id FROM emails WHERE address = ?1",
            [email],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_relation_from_every_role_stays_within_the_documented_rules() {
    let schema = Schema::parse_and_validate(SDL, "houston.graphql")
        .unwrap()
        .into_inner();
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::start(SandboxOptions::new(dir.path()).listen("127.0.0.1:0".parse().unwrap()))
        .await
        .unwrap();
    let addr = sb.addr();
    let admin = sb.admin_token().expose_secret().to_string();

    // The world: W1 (D1, D1b) where the roles under test live; W2 (D2) full of canaries;
    // W3 created by a user with no role.
    let w1 = new_workspace(addr, &admin, "w1").await;
    let w2 = new_workspace(addr, &admin, "secret-w2-label").await;
    let (d1, r1) = new_deployment(addr, &admin, &w1, "d1").await;
    let (d1b, _) = new_deployment(addr, &admin, &w1, "d1b").await;
    let (d2, r2) = new_deployment(addr, &admin, &w2, "secret-d2-label").await;
    data(
        addr,
        Some(&admin),
        "mutation($d: Uuid!, $r: String!) { updateDeploymentVariables(deploymentUuid: $d, releaseName: $r, environmentVariables: [{key: \"K\", value: \"canary-d2-value\", isSecret: false}]) { key } }",
        json!({"d": d2, "r": r2}),
    )
    .await;
    let mut tokens: Vec<(&str, String)> = vec![("system admin", admin.clone())];
    for (name, email) in [
        ("workspace admin", "wsadmin@x.test"),
        ("workspace editor", "wseditor@x.test"),
        ("workspace viewer", "wsviewer@x.test"),
        ("deployment admin", "depadmin@x.test"),
        ("deployment editor", "depeditor@x.test"),
        ("deployment viewer", "depviewer@x.test"),
        ("user with no role", "norole@x.test"),
        ("member of W1 and W2", "other@x.test"),
        ("W2 admin", "w2admin@canary.test"),
    ] {
        tokens.push((name, sign_up(addr, email).await));
    }
    add_user(addr, &admin, &w1, "wsadmin@x.test", "WORKSPACE_ADMIN").await;
    add_user(addr, &admin, &w1, "wseditor@x.test", "WORKSPACE_EDITOR").await;
    add_user(addr, &admin, &w1, "wsviewer@x.test", "WORKSPACE_VIEWER").await;
    add_user(addr, &admin, &w1, "other@x.test", "WORKSPACE_VIEWER").await;
    add_user(addr, &admin, &w2, "other@x.test", "WORKSPACE_ADMIN").await;
    add_user(addr, &admin, &w2, "w2admin@canary.test", "WORKSPACE_ADMIN").await;
    add_user(addr, &admin, &w1, "invitee1@x.test", "WORKSPACE_VIEWER").await;
    add_user(addr, &admin, &w2, "invitee2@canary.test", "WORKSPACE_ADMIN").await;
    for (email, role) in [
        ("depadmin@x.test", "DEPLOYMENT_ADMIN"),
        ("depeditor@x.test", "DEPLOYMENT_EDITOR"),
        ("depviewer@x.test", "DEPLOYMENT_VIEWER"),
    ] {
        data(
            addr,
            Some(&admin),
            "mutation($d: Id!, $e: String!, $r: Role!) { deploymentAddUserRole(deploymentId: $d, email: $e, role: $r) { id } }",
            json!({"d": d1, "e": email, "r": role}),
        )
        .await;
    }
    let (sa_w1, key_w1) = new_sa(addr, &admin, "WORKSPACE", &w1, "WORKSPACE_VIEWER").await;
    let (sa_d1, key_d1) = new_sa(addr, &admin, "DEPLOYMENT", &d1, "DEPLOYMENT_VIEWER").await;
    let (sa_w2, _) = new_sa(addr, &admin, "WORKSPACE", &w2, "WORKSPACE_ADMIN").await;
    let (sa_d2, _) = new_sa(addr, &admin, "DEPLOYMENT", &d2, "DEPLOYMENT_ADMIN").await;
    tokens.push(("workspace service account", key_w1));
    tokens.push(("deployment service account", key_d1));
    let norole = tokens
        .iter()
        .find(|(n, _)| *n == "user with no role")
        .unwrap()
        .1
        .clone();
    let w3 = new_workspace(addr, &norole, "w3").await;
    add_user(addr, &norole, &w3, "other@x.test", "WORKSPACE_VIEWER").await;

    let world = {
        let db = dir.path().join("houston-sandbox.db");
        let mut ids: BTreeMap<&'static str, Vec<Value>> = BTreeMap::new();
        let probe = World {
            addr,
            db: db.clone(),
            ids: BTreeMap::new(),
        };
        let conn = probe.conn();
        let all = |sql: &str| -> Vec<Value> {
            let mut stmt = conn.prepare(sql).unwrap();
            stmt.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(|v| json!(v.unwrap()))
                .collect()
        };
        ids.insert("workspace", all("SELECT id FROM workspaces"));
        ids.insert("deployment", vec![json!(d1), json!(d1b), json!(d2)]);
        ids.insert(
            "service_account",
            vec![json!(sa_w1), json!(sa_d1), json!(sa_w2), json!(sa_d2)],
        );
        ids.insert("team", all("SELECT id FROM teams"));
        ids.insert("release", vec![json!(r1), json!(r2)]);
        World { addr, db, ids }
    };

    let set = |items: &[&str]| {
        items
            .iter()
            .map(|s| s.to_string())
            .collect::<HashSet<String>>()
    };
    let mut rights: HashMap<&str, Rights> = HashMap::new();
    rights.insert(
        "system admin",
        Rights {
            system: true,
            sees_w2: true,
            ..Default::default()
        },
    );
    for (name, admin_of) in [
        ("workspace admin", true),
        ("workspace editor", false),
        ("workspace viewer", false),
    ] {
        rights.insert(
            name,
            Rights {
                workspaces: set(&[&w1]),
                member_of: set(&[&w1]),
                admin_of: if admin_of {
                    set(&[&w1])
                } else {
                    HashSet::new()
                },
                ..Default::default()
            },
        );
    }
    for name in ["deployment admin", "deployment editor", "deployment viewer"] {
        rights.insert(
            name,
            Rights {
                deployments: set(&[&d1]),
                member_of: set(&[&w1]),
                ..Default::default()
            },
        );
    }
    rights.insert(
        "workspace service account",
        Rights {
            workspaces: set(&[&w1]),
            member_of: set(&[&w1]),
            service_account: Some(sa_w1.clone()),
            ..Default::default()
        },
    );
    rights.insert(
        "deployment service account",
        Rights {
            deployments: set(&[&d1]),
            member_of: set(&[&w1]),
            service_account: Some(sa_d1.clone()),
            ..Default::default()
        },
    );
    rights.insert(
        "user with no role",
        Rights {
            workspaces: set(&[&w3]),
            member_of: set(&[&w3]),
            admin_of: set(&[&w3]),
            ..Default::default()
        },
    );
    rights.insert(
        "member of W1 and W2",
        Rights {
            workspaces: set(&[&w1, &w2, &w3]),
            member_of: set(&[&w1, &w2, &w3]),
            admin_of: set(&[&w2]),
            sees_w2: true,
            ..Default::default()
        },
    );
    rights.insert(
        "W2 admin",
        Rights {
            workspaces: set(&[&w2]),
            member_of: set(&[&w2]),
            admin_of: set(&[&w2]),
            sees_w2: true,
            ..Default::default()
        },
    );
    for (name, r) in rights.iter_mut() {
        let email = match *name {
            "workspace admin" => "wsadmin@x.test",
            "workspace editor" => "wseditor@x.test",
            "workspace viewer" => "wsviewer@x.test",
            "deployment admin" => "depadmin@x.test",
            "deployment editor" => "depeditor@x.test",
            "deployment viewer" => "depviewer@x.test",
            "user with no role" => "norole@x.test",
            "member of W1 and W2" => "other@x.test",
            "W2 admin" => "w2admin@canary.test",
            "system admin" => houston_sandbox::ADMIN_EMAIL,
            _ => continue,
        };
        r.user = Some(user_id(&world, email));
    }

    let calls = calls(&schema, &world);
    assert!(
        calls.len() > 40,
        "the walk found only {} root calls",
        calls.len()
    );
    // One task per principal: the walk is thousands of requests.
    let shared = std::sync::Arc::new((schema, world, calls));
    let mut tasks = Vec::new();
    for (name, token) in tokens.clone() {
        let who = rights[name].clone();
        let shared = shared.clone();
        tasks.push(tokio::spawn(async move {
            let (schema, world, calls) = &*shared;
            let (mut seen, mut texts, mut report) = (0, Vec::new(), Vec::new());
            for call in calls {
                let (n, violations) =
                    walk_call(schema, world, &token, &who, call, vec![], &mut texts).await;
                seen += n;
                report.extend(violations.into_iter().map(|v| format!("{name}: {v}")));
            }
            if !who.sees_w2 {
                for text in &texts {
                    for canary in CANARIES {
                        if text.contains(canary) {
                            report.push(format!(
                                "{name}: canary {canary} in an answer: {}",
                                &text[..text.len().min(400)]
                            ));
                        }
                    }
                }
            }
            assert!(
                seen > 0,
                "{name} saw no object at all: the walk proves nothing"
            );
            (seen, report)
        }));
    }
    let mut report = Vec::new();
    let mut total_seen = 0;
    for task in tasks {
        let (seen, violations) = task.await.unwrap();
        total_seen += seen;
        report.extend(violations);
    }
    let (_, world, calls) = &*shared;
    eprintln!(
        "rbac walk: {} root calls × {} principals, {total_seen} objects checked",
        calls.len(),
        tokens.len()
    );

    // Writes beyond the rules: every principal without a part in W2 tries to change it.
    let writes: Vec<(&str, Value)> = vec![
        (
            "mutation($w: Uuid!) { updateWorkspace(workspaceUuid: $w, payload: {label: \"pwned\"}) { id } }",
            json!({"w": w2}),
        ),
        (
            "mutation($w: Uuid!) { workspaceAddUser(workspaceUuid: $w, email: \"pwned@x.test\", role: WORKSPACE_ADMIN) { id } }",
            json!({"w": w2}),
        ),
        (
            "mutation($w: Uuid!) { createDeployment(workspaceUuid: $w, type: \"airflow\", label: \"pwned\") { id } }",
            json!({"w": w2}),
        ),
        (
            "mutation($w: Uuid!) { createWorkspaceServiceAccount(label: \"pwned\", workspaceUuid: $w, role: WORKSPACE_ADMIN) { id } }",
            json!({"w": w2}),
        ),
        (
            "mutation($d: Uuid!) { createDeploymentServiceAccount(label: \"pwned\", deploymentUuid: $d, role: DEPLOYMENT_ADMIN) { id } }",
            json!({"d": d2}),
        ),
        (
            "mutation($d: Uuid!, $r: String!) { updateDeploymentVariables(deploymentUuid: $d, releaseName: $r, environmentVariables: []) { key } }",
            json!({"d": d2, "r": r2}),
        ),
        (
            "mutation($d: Id!) { deploymentAddUserRole(deploymentId: $d, email: \"wsviewer@x.test\", role: DEPLOYMENT_ADMIN) { id } }",
            json!({"d": d2}),
        ),
        (
            "mutation($d: Uuid!) { deleteDeployment(deploymentUuid: $d) { id } }",
            json!({"d": d2}),
        ),
        (
            "mutation($w: Uuid!) { deleteWorkspace(workspaceUuid: $w) { id } }",
            json!({"w": w2}),
        ),
    ];
    for (name, token) in &tokens {
        if rights[name].sees_w2 {
            continue;
        }
        for (query, vars) in &writes {
            let (status, body) = post(addr, Some(token), query, vars.clone()).await;
            let code = body["errors"][0]["extensions"]["code"]
                .as_str()
                .unwrap_or("");
            if status != 200 || !matches!(code, "FORBIDDEN" | "RESOURCE_NOT_FOUND") {
                report.push(format!(
                    "{name}: write not refused with FORBIDDEN: {query} → {status} {body}"
                ));
            }
        }
    }
    let conn = world.conn();
    let label: String = conn
        .query_row("SELECT label FROM workspaces WHERE id = ?1", [&w2], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(label, "secret-w2-label");
    let env: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM env_vars WHERE deployment_id = ?1",
            [&d2],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(env, 1, "D2's variables were changed");

    assert!(
        report.is_empty(),
        "{} reads or writes beyond docs/sandbox.md:\n{}",
        report.len(),
        report.join("\n")
    );
    sb.shutdown().await;
}
