//! First start: the system administrator and a small demo platform, so that list commands show
//! something real on a fresh machine. Everything happens in one transaction: a crash during the
//! seed leaves an empty store that seeds again on the next start.

use rusqlite::{Connection, params};
use serde_json::json;

use super::resolvers::users::{NewBinding, create_user};
use super::resolvers::{Ctx, Fail, Settings};
use super::store;

pub const ADMIN_USERNAME: &str = "admin";
pub const ADMIN_EMAIL: &str = "admin@sandbox.local";
pub const DEMO_WORKSPACE: &str = "demo";
pub const DEMO_RELEASE: &str = "orbiting-telescope-0042";

/// True when the store has never been seeded.
pub fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    Ok(store::count(conn, "users")? == 0)
}

/// Creates the admin (with `password`) and, if `demo`, the demo workspace. Returns the admin id.
pub fn seed(
    conn: &Connection,
    settings: &Settings,
    password: &str,
    demo: bool,
) -> Result<String, Fail> {
    let ctx = Ctx::new(conn, Ok(None), settings, None, Default::default());
    let admin = create_user(
        &ctx,
        ADMIN_EMAIL,
        Some(ADMIN_USERNAME),
        Some(password),
        Some("Sandbox Administrator"),
        false,
    )?;
    let bind = |role: &str,
                user: Option<&str>,
                sa: Option<&str>,
                team: Option<&str>,
                ws: Option<&str>,
                dep: Option<&str>| {
        NewBinding {
            role,
            user,
            service_account: sa,
            team,
            workspace: ws,
            deployment: dep,
        }
        .insert(&ctx)
        .map(|_| ())
    };
    bind("SYSTEM_ADMIN", Some(&admin), None, None, None, None)?;
    if !demo {
        return Ok(admin);
    }

    let now = ctx.now()?;
    let ws = store::new_id();
    conn.execute(
        "INSERT INTO workspaces (id, label, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![ws, DEMO_WORKSPACE, "Seeded by the houston sandbox", now],
    )?;
    bind("WORKSPACE_ADMIN", Some(&admin), None, None, Some(&ws), None)?;

    let grace = create_user(
        &ctx,
        "grace@example.com",
        None,
        None,
        Some("Grace Hopper"),
        false,
    )?;
    let linus = create_user(
        &ctx,
        "linus@example.com",
        None,
        None,
        Some("Linus Pauling"),
        false,
    )?;
    let margaret = create_user(
        &ctx,
        "margaret@example.com",
        None,
        None,
        Some("Margaret Hamilton"),
        false,
    )?;
    bind(
        "WORKSPACE_EDITOR",
        Some(&grace),
        None,
        None,
        Some(&ws),
        None,
    )?;
    bind(
        "WORKSPACE_VIEWER",
        Some(&linus),
        None,
        None,
        Some(&ws),
        None,
    )?;
    bind(
        "WORKSPACE_VIEWER",
        Some(&margaret),
        None,
        None,
        Some(&ws),
        None,
    )?;

    let dep = store::new_id();
    conn.execute(
        "INSERT INTO deployments (id, workspace_id, label, description, release_name, namespace, status, version, \
           runtime_version, desired_runtime_version, cluster_id, executor, mode, config, dag_deployment, \
           triggerer_replicas, deploy_seq, created_at, updated_at) \
         VALUES (?1, ?2, 'etl', 'Nightly extract-transform-load', ?3, ?4, 'HEALTHY', '1.9.0', '12.1.0', '12.1.0', ?5, \
           'CeleryExecutor', 'helm', '{}', ?6, 1, 3, ?7, ?7)",
        params![
            dep,
            ws,
            DEMO_RELEASE,
            format!("astronomer-{DEMO_RELEASE}"),
            super::resolvers::deployments::CLUSTER_ID,
            json!({"type": "dag_deploy"}).to_string(),
            now
        ],
    )?;
    bind(
        "DEPLOYMENT_ADMIN",
        Some(&margaret),
        None,
        None,
        None,
        Some(&dep),
    )?;
    for (i, (key, value, secret)) in [
        ("AIRFLOW__CORE__PARALLELISM", "32", false),
        ("WAREHOUSE_PASSWORD", "not-a-real-password", true),
    ]
    .iter()
    .enumerate()
    {
        conn.execute(
            "INSERT INTO env_vars (deployment_id, position, key, value, is_secret) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![dep, i as i64, key, value, secret],
        )?;
    }

    // A service account whose key nobody knows (the sandbox never prints keys it did not hand out).
    let sa = store::new_id();
    conn.execute(
        "INSERT INTO service_accounts (id, label, category, entity_type, entity_id, api_key_hash, active, created_at, updated_at) \
         VALUES (?1, 'ci', 'CI', 'WORKSPACE', ?2, ?3, 1, ?4, ?4)",
        params![sa, ws, store::sha256_hex(&store::new_api_key()), now],
    )?;
    bind("WORKSPACE_EDITOR", None, Some(&sa), None, Some(&ws), None)?;

    // Teams come from the identity provider on a real platform; here, one seeded team.
    let team = store::new_id();
    conn.execute(
        "INSERT INTO teams (id, name, created_at, updated_at) VALUES (?1, 'data-platform', ?2, ?2)",
        params![team, now],
    )?;
    for member in [&grace, &linus] {
        conn.execute(
            "INSERT INTO team_members (team_id, user_id) VALUES (?1, ?2)",
            params![team, member],
        )?;
    }
    bind("WORKSPACE_EDITOR", None, None, Some(&team), Some(&ws), None)?;
    Ok(admin)
}
