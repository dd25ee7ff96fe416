//! Deployments: lifecycle, images, runtime upgrades, environment variables, deployment users
//! and teams, logs.

use rusqlite::{Connection, params};
use serde_json::{Map, Value, json};

use super::users::{self, NewBinding};
use super::{
    Args, Code, Ctx, Node, Out, R, after_cursor, check_role, fail, missing, not_found, obj,
    opt_str, page, stored_json,
};
use crate::auth::{ADMIN, EDITOR, Principal, VIEWER};
use crate::store;

/// Astro Runtime releases the sandbox offers: (runtime version, Airflow version).
pub const RUNTIME_RELEASES: &[(&str, &str)] = &[
    ("5.0.13", "2.5.0"),
    ("6.0.10", "2.5.3"),
    ("7.4.3", "2.6.3"),
    ("8.10.0", "2.7.3"),
    ("9.1.0", "2.8.1"),
    ("10.4.0", "2.9.2"),
    ("11.3.0", "2.10.2"),
    ("12.1.0", "2.10.3"),
];

/// Astronomer Certified images (platforms before 1.0.1): (tag, Airflow version).
pub const AC_RELEASES: &[(&str, &str)] = &[
    ("2.2.5-onbuild", "2.2.5"),
    ("2.3.4-onbuild", "2.3.4"),
    ("2.4.3-onbuild", "2.4.3"),
];

/// The one cluster of the sandbox (APC ≥ 1.0 is multi-cluster).
pub const CLUSTER_ID: &str = "csandboxcluster00000000001";

const CHART_VERSION: &str = "1.9.0";

fn runtime_airflow(version: &str) -> Option<&'static str> {
    RUNTIME_RELEASES
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, a)| *a)
}

fn newest_runtime() -> &'static str {
    RUNTIME_RELEASES.last().map(|(v, _)| *v).unwrap_or("12.1.0")
}

/// Resources of one Airflow component as Houston writes them into `config` (Kubernetes
/// quantities: one 0.5 CPU / 1.875 GiB unit, the platform's default AU size times five).
fn component_resources() -> Value {
    json!({
        "limits": {"cpu": "500m", "memory": "1920Mi"},
        "requests": {"cpu": "500m", "memory": "1920Mi"},
    })
}

/// Whether an Airflow version has the triggerer component (Airflow 2.2 and later).
fn has_triggerer(airflow: Option<&str>) -> bool {
    let Some(version) = airflow else {
        return true;
    };
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (2, 2)
}

/// The `config` Houston stores for a new deployment: the executor and every component's
/// replicas and resources (tools index `config["executor"]`, `config["workers"]["replicas"]`,
/// `config["scheduler"]["resources"]["limits"]`). The triggerer exists from Airflow 2.2.
pub fn houston_config(executor: &str, airflow: Option<&str>, triggerer: Option<i64>) -> Value {
    let mut config = json!({
        "executor": executor,
        "scheduler": {"replicas": 1, "resources": component_resources()},
        "webserver": {"replicas": 1, "resources": component_resources()},
        "workers": {
            "replicas": if executor == "CeleryExecutor" { 1 } else { 0 },
            "terminationGracePeriodSeconds": 600,
            "resources": component_resources(),
        },
    });
    if has_triggerer(airflow) {
        config["triggerer"] =
            json!({"replicas": triggerer.unwrap_or(1), "resources": component_resources()});
    }
    config
}

/// `config` with the component arguments (`workers`, `scheduler`, `webserver`) folded in, as
/// Houston stores them.
fn with_components(config: Value, args: &Args) -> Value {
    let mut config = match config {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    for key in ["workers", "scheduler", "webserver"] {
        if let Some(Value::Object(given)) = args.json(key) {
            match config.get_mut(key) {
                Some(Value::Object(to)) => to.extend(given.clone()),
                _ => {
                    config.insert(key.into(), Value::Object(given.clone()));
                }
            }
        }
    }
    Value::Object(config)
}

/// What `config` answers: the stored object over the Houston defaults, with the executor and
/// triggerer replicas always those of their columns (which updates change), so `config` and the
/// top-level `executor` never disagree, even for rows stored before config carried them.
fn effective_config(
    executor: &str,
    airflow: Option<&str>,
    triggerer: Option<i64>,
    stored: Value,
) -> Value {
    let mut config = houston_config(executor, airflow, triggerer);
    if let (Value::Object(base), Value::Object(stored)) = (&mut config, stored) {
        for (key, value) in stored {
            match (base.get_mut(&key), value) {
                (Some(Value::Object(to)), Value::Object(from)) => to.extend(from),
                (_, value) => {
                    base.insert(key, value);
                }
            }
        }
        base.insert("executor".into(), json!(executor));
        if let (Some(n), Some(Value::Object(t))) = (triggerer, base.get_mut("triggerer")) {
            t.insert("replicas".into(), json!(n));
        }
    }
    config
}

/// A `ResourcesLimits` answer from the resources `config` holds: `ContainerResources` are
/// `Int`s (CPU in millicores, memory in MiB, the units of the `Requests`/`Limits` inputs and of
/// `AstroUnit`), while `config` keeps Kubernetes quantities (`500m`, `1920Mi`) or the `Int`s a
/// client sent.
fn resources_limits(stored: &Value) -> Value {
    let container = |q: &Value| {
        json!({
            "cpu": quantity(&q["cpu"], 'c'),
            "memory": quantity(&q["memory"], 'm'),
        })
    };
    json!({
        "requests": container(&stored["requests"]),
        "limits": container(&stored["limits"]),
    })
}

/// An `Int` from a stored quantity: CPU (`kind` 'c') in millicores, memory in MiB; null when
/// there is none or it does not parse.
fn quantity(v: &Value, kind: char) -> Value {
    if let Some(n) = v.as_i64() {
        return n.into();
    }
    let Some(text) = v.as_str() else {
        return Value::Null;
    };
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let Ok(number) = number.parse::<f64>() else {
        return Value::Null;
    };
    let n = match (kind, unit) {
        ('c', "m") => number,
        ('c', "") => number * 1000.0,
        (_, "Mi") => number,
        (_, "Gi") => number * 1024.0,
        (_, "Ki") => number / 1024.0,
        (_, "") => number / (1024.0 * 1024.0),
        _ => return Value::Null,
    };
    (n.round() as i64).into()
}

const COLUMNS: &str = "id, workspace_id, label, description, release_name, namespace, status, version, \
    airflow_version, desired_airflow_version, runtime_version, desired_runtime_version, cluster_id, \
    executor, config, properties, dag_deployment, image, deploy_seq, alert_emails, created_at, updated_at, \
    triggerer_replicas, mode";

fn data(r: &rusqlite::Row<'_>, base_domain: &str) -> rusqlite::Result<Map<String, Value>> {
    let release: String = r.get(4)?;
    let executor: String = r.get(13)?;
    let runtime: Option<String> = r.get(10)?;
    let seq: i64 = r.get(18)?;
    let status: String = r.get(6)?;
    let dag = stored_json(r.get(16)?);
    let dag_type = dag
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("image")
        .to_string();
    let base = format!("https://deployments.{base_domain}/{release}");
    let mut urls = vec![json!({"type": "airflow", "url": format!("{base}/airflow")})];
    if executor == "CeleryExecutor" {
        urls.push(json!({"type": "flower", "url": format!("{base}/flower")}));
    }
    if dag_type == "dag_deploy" {
        urls.push(json!({"type": "dagserver", "url": format!("{base}/dags/upload")}));
    }
    urls.push(json!({"type": "registry", "url": format!("registry.{base_domain}/{release}")}));
    let triggerer: Option<i64> = r.get(22)?;
    let airflow: Option<String> = r.get(8)?;
    let airflow = runtime
        .as_deref()
        .and_then(runtime_airflow)
        .map(str::to_string)
        .or(airflow);
    let config = effective_config(
        &executor,
        airflow.as_deref(),
        triggerer,
        stored_json(r.get(14)?),
    );
    let properties = stored_json(r.get(15)?);
    let plugin = |key: &str, default: bool| {
        properties
            .get(key)
            .and_then(Value::as_bool)
            .unwrap_or(default)
    };
    let mode: Option<String> = r.get(23)?;
    let workers = config["workers"].clone();
    let int = |v: &Value| v.as_i64().map(Value::from).unwrap_or(Value::Null);
    Ok(obj(json!({
        "id": r.get::<_, String>(0)?,
        "_workspace": r.get::<_, String>(1)?,
        "type": "airflow",
        "label": r.get::<_, String>(2)?,
        "description": opt_str(r.get(3)?),
        "releaseName": release,
        "namespace": r.get::<_, String>(5)?,
        "status": status,
        "version": r.get::<_, String>(7)?,
        "airflowVersion": opt_str(r.get(8)?),
        "desiredAirflowVersion": opt_str(r.get(9)?),
        "runtimeAirflowVersion": runtime.as_deref().and_then(runtime_airflow),
        "runtimeVersion": runtime,
        "desiredRuntimeVersion": opt_str(r.get(11)?),
        "clusterId": opt_str(r.get(12)?),
        "executor": executor,
        "config": config,
        "analyticsPluginEnabled": plugin("analyticsPluginEnabled", true),
        "airflowDbCleanupPluginEnabled": plugin("airflowDbCleanupPluginEnabled", false),
        "properties": properties,
        "dagDeployment": if dag.is_null() { json!({"type": "image"}) } else { dag },
        "urls": urls,
        "deployInfo": {
            "current": if seq > 0 { json!(format!("cli-{seq}")) } else { Value::Null },
            "nextCli": format!("cli-{}", seq + 1),
            "next": format!("cli-{}", seq + 1),
            "desired": if seq > 0 { json!(format!("cli-{seq}")) } else { Value::Null },
            "latest": if seq > 0 { json!(format!("cli-{seq}")) } else { Value::Null },
        },
        "deploymentStatus": {"status": status},
        "alertEmails": stored_json(r.get(19)?),
        "createdAt": r.get::<_, String>(20)?,
        "updatedAt": r.get::<_, String>(21)?,
        "workers": {
            "replicas": int(&workers["replicas"]),
            "terminationGracePeriodSeconds": int(&workers["terminationGracePeriodSeconds"]),
            "resources": resources_limits(&workers["resources"]),
        },
        "webserver": {
            "resources": resources_limits(&config["webserver"]["resources"]),
            "useDefaultAirflowImage": true,
        },
        "scheduler": {
            "replicas": {"default": 1, "minimum": 1, "limit": 4},
            "resources": resources_limits(&config["scheduler"]["resources"]),
        },
        "env": null,
        // Deployments created before APC 2.1 had no mode: Helm was the only way.
        "mode": mode.unwrap_or_else(|| "helm".into()),
    })))
}

fn select<'c>(ctx: &'c Ctx<'c>, filter: &str, p: impl rusqlite::Params) -> R<Vec<Node<'c>>> {
    let sql = format!("SELECT {COLUMNS} FROM deployments WHERE {filter} ORDER BY created_at, id");
    let mut stmt = ctx.conn.prepare_cached(&sql)?;
    let base = ctx.settings.base_domain.as_str();
    let rows = stmt.query_map(p, |r| data(r, base))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(ctx.node("Deployment", row?));
    }
    Ok(out)
}

pub fn load<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Option<Node<'c>>> {
    Ok(select(ctx, "id = ?1", params![id])?.pop())
}

pub fn in_workspace<'c>(ctx: &'c Ctx<'c>, workspace: &str) -> R<Vec<Node<'c>>> {
    select(ctx, "workspace_id = ?1", params![workspace])
}

fn by_release<'c>(ctx: &'c Ctx<'c>, release: &str) -> R<Option<Node<'c>>> {
    Ok(select(ctx, "release_name = ?1", params![release])?.pop())
}

/// The deployment, or `RESOURCE_NOT_FOUND`; then the viewer needs `level` on it.
fn existing<'c>(ctx: &'c Ctx<'c>, id: &str, level: u8) -> R<Node<'c>> {
    ctx.viewer()?;
    let d = load(ctx, id)?.ok_or_else(not_found)?;
    ctx.require_deployment(id, level)?;
    Ok(d)
}

fn existing_release<'c>(ctx: &'c Ctx<'c>, release: &str, level: u8) -> R<Node<'c>> {
    ctx.viewer()?;
    let d = by_release(ctx, release)?.ok_or_else(not_found)?;
    ctx.require_deployment(d.id(), level)?;
    Ok(d)
}

/// Deployments the caller can see.
fn visible<'c>(ctx: &'c Ctx<'c>) -> R<Vec<Node<'c>>> {
    let viewer = ctx.viewer()?;
    if viewer.system_level >= VIEWER {
        return select(ctx, "1 = 1", []);
    }
    match &viewer.principal {
        Principal::User(id) => select(
            ctx,
            "workspace_id IN (SELECT workspace_id FROM role_bindings WHERE workspace_id IS NOT NULL AND \
               (user_id = ?1 OR team_id IN (SELECT team_id FROM team_members WHERE user_id = ?1))) \
             OR id IN (SELECT deployment_id FROM role_bindings WHERE deployment_id IS NOT NULL AND \
               (user_id = ?1 OR team_id IN (SELECT team_id FROM team_members WHERE user_id = ?1)))",
            params![id],
        ),
        Principal::ServiceAccount(id) => select(
            ctx,
            "workspace_id IN (SELECT workspace_id FROM role_bindings WHERE service_account_id = ?1 AND workspace_id IS NOT NULL) \
             OR id IN (SELECT deployment_id FROM role_bindings WHERE service_account_id = ?1)",
            params![id],
        ),
    }
}

/// True when `release` names an existing deployment.
pub fn release_name_taken(conn: &Connection, release: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM deployments WHERE release_name = ?1)",
        params![release],
        |r| r.get(0),
    )
}

const ADJECTIVES: &[&str] = &[
    "mathematical",
    "orbiting",
    "gravitational",
    "spectral",
    "nebular",
    "lunar",
    "solar",
    "radiant",
    "stellar",
    "cosmic",
    "galactic",
    "infrared",
    "magnetic",
    "celestial",
    "quantum",
];
const NOUNS: &[&str] = &[
    "probe",
    "telescope",
    "comet",
    "quasar",
    "pulsar",
    "nova",
    "meteor",
    "orbit",
    "satellite",
    "asteroid",
    "nebula",
    "eclipse",
    "rocket",
    "lander",
    "station",
];

fn generate_release_name(conn: &Connection) -> R<String> {
    loop {
        let pick = store::random_string(3, b"0123456789abcdefghijklmnopqrstuvwxyz");
        let b = pick.as_bytes();
        let name = format!(
            "{}-{}-{:04}",
            ADJECTIVES[b[0] as usize % ADJECTIVES.len()],
            NOUNS[b[1] as usize % NOUNS.len()],
            (u32::from(b[0]) * 97 + u32::from(b[1]) * 31 + u32::from(b[2]) * 7) % 10_000
        );
        if !release_name_taken(conn, &name)? {
            return Ok(name);
        }
    }
}

fn valid_release_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-')
}

fn check_label_free(ctx: &Ctx<'_>, workspace: &str, label: &str, except: Option<&str>) -> R<()> {
    let clash: Option<String> = store::opt_row(
        ctx.conn,
        "SELECT id FROM deployments WHERE workspace_id = ?1 AND label = ?2 AND id <> ?3",
        params![workspace, label, except.unwrap_or("")],
        |r| r.get(0),
    )?;
    if clash.is_some() {
        return Err(fail(
            Code::BadUserInput,
            format!("Workspace already has a deployment named {label}"),
        ));
    }
    Ok(())
}

fn check_runtime(version: &str) -> R<()> {
    if runtime_airflow(version).is_some() {
        Ok(())
    } else {
        let known: Vec<&str> = RUNTIME_RELEASES.iter().map(|(v, _)| *v).collect();
        Err(fail(
            Code::BadUserInput,
            format!(
                "Invalid runtime version {version}; available: {}",
                known.join(", ")
            ),
        ))
    }
}

fn replace_env(ctx: &Ctx<'_>, deployment: &str, vars: &Value) -> R<Vec<Value>> {
    ctx.conn.execute(
        "DELETE FROM env_vars WHERE deployment_id = ?1",
        params![deployment],
    )?;
    let mut echoed = Vec::new();
    for (i, var) in vars.as_array().into_iter().flatten().enumerate() {
        let Some(key) = var
            .get("key")
            .and_then(Value::as_str)
            .filter(|k| !k.is_empty())
        else {
            return Err(fail(Code::BadUserInput, "Environment variables need a key"));
        };
        let value = var.get("value").and_then(Value::as_str);
        let secret = var
            .get("isSecret")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        ctx.conn.execute(
            "INSERT INTO env_vars (deployment_id, position, key, value, is_secret) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (deployment_id, key) DO UPDATE SET value = excluded.value, is_secret = excluded.is_secret",
            params![deployment, i as i64, key, value, secret],
        )?;
        echoed.push(json!({"key": key, "value": if secret { Value::Null } else { json!(value) }, "isSecret": secret}));
    }
    Ok(echoed)
}

fn env_vars(conn: &Connection, deployment: &str) -> R<Vec<Value>> {
    let mut stmt = conn.prepare_cached(
        "SELECT key, value, is_secret FROM env_vars WHERE deployment_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map(params![deployment], |r| {
        let secret: bool = r.get(2)?;
        let value: Option<String> = r.get(1)?;
        // Secret values are write-only, as on Houston.
        Ok(json!({"key": r.get::<_, String>(0)?, "value": if secret { None } else { value }, "isSecret": secret}))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// createDeployment / upsertDeployment (create) / adoptDeployment.
fn create<'c>(ctx: &'c Ctx<'c>, workspace: &str, args: &Args, adopt: bool) -> R<Node<'c>> {
    ctx.viewer()?;
    super::workspaces::existing(ctx, workspace, EDITOR)?;
    let (release, namespace) = if adopt {
        (
            args.req("crName")?.to_string(),
            args.req("crNamespace")?.to_string(),
        )
    } else {
        let release = match args.str("releaseName") {
            Some(r) => r.to_string(),
            None => generate_release_name(ctx.conn)?,
        };
        let namespace = args
            .str("namespace")
            .map(str::to_string)
            .unwrap_or_else(|| format!("astronomer-{release}"));
        (release, namespace)
    };
    let label = match args.str("label") {
        Some(l) => l.to_string(),
        None if adopt => release.clone(),
        None => return Err(missing("label")),
    };
    if !valid_release_name(&release) {
        return Err(fail(
            Code::BadUserInput,
            format!("Invalid release name {release}: use lower-case letters, digits and '-'"),
        ));
    }
    check_label_free(ctx, workspace, &label, None)?;
    if release_name_taken(ctx.conn, &release)? {
        return Err(fail(
            Code::BadUserInput,
            format!("Release name {release} is already in use"),
        ));
    }
    let ns_taken: bool = ctx.conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM deployments WHERE namespace = ?1)",
        params![namespace],
        |r| r.get(0),
    )?;
    if ns_taken {
        return Err(fail(
            Code::BadUserInput,
            format!("Namespace {namespace} is already in use"),
        ));
    }
    let airflow = args.str("airflowVersion");
    let runtime = match (args.str("runtimeVersion"), airflow) {
        (Some(r), _) => Some(r),
        (None, Some(_)) => None,
        (None, None) => Some(newest_runtime()),
    };
    if let Some(r) = runtime {
        check_runtime(r)?;
    }
    let executor = args.str("executor").unwrap_or("CeleryExecutor");
    let id = store::new_id();
    let now = ctx.now()?;
    let to_text = |v: Option<&Value>| v.map(Value::to_string);
    let triggerer = args
        .object("triggerer")
        .and_then(|t| t.get("replicas"))
        .and_then(Value::as_i64);
    let mode = if adopt {
        Some("operator")
    } else {
        args.str("mode")
    };
    ctx.conn.execute(
        "INSERT INTO deployments (id, workspace_id, label, description, release_name, namespace, status, version, \
           airflow_version, runtime_version, desired_runtime_version, cluster_id, executor, mode, config, properties, \
           dag_deployment, triggerer_replicas, cloud_role, adopted, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'HEALTHY', ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)",
        params![
            id, workspace, label, args.str("description"), release, namespace,
            args.str("version").unwrap_or(CHART_VERSION), airflow, runtime,
            args.str("clusterId").unwrap_or(CLUSTER_ID), executor, mode,
            effective_config(executor, airflow.or(runtime.and_then(runtime_airflow)), triggerer,
                with_components(args.json("config").cloned().unwrap_or(Value::Null), args)).to_string(),
            to_text(args.json("properties")),
            to_text(args.json("dagDeployment").filter(|d| d.as_object().is_some_and(|o| !o.is_empty()))),
            triggerer, args.str("cloudRole"), adopt, now
        ],
    )?;
    let mut node = load(ctx, &id)?.ok_or_else(not_found)?;
    if let Some(vars) = args.json("environmentVariables") {
        let echoed = replace_env(ctx, &id, vars)?;
        node.data
            .insert("upsertedEnvironmentVariables".into(), json!(echoed));
    }
    Ok(node)
}

/// updateDeployment / upsertDeployment (update): changes only what the arguments carry.
fn update<'c>(
    ctx: &'c Ctx<'c>,
    current: &Node<'c>,
    args: &Args,
    payload: Option<&Map<String, Value>>,
) -> R<Node<'c>> {
    let id = current.id().to_string();
    let workspace = current.str("_workspace").unwrap_or_default().to_string();
    let now = ctx.now()?;
    let text = |k: &str| {
        args.str(k).map(str::to_string).or_else(|| {
            payload
                .and_then(|p| p.get(k))
                .and_then(Value::as_str)
                .map(str::to_string)
        })
    };
    let set = |column: &str, value: &dyn rusqlite::ToSql| -> R<()> {
        ctx.conn.execute(
            &format!("UPDATE deployments SET {column} = ?2, updated_at = ?3 WHERE id = ?1"),
            params![id, value, now],
        )?;
        Ok(())
    };
    if let Some(label) = text("label") {
        check_label_free(ctx, &workspace, &label, Some(&id))?;
        set("label", &label)?;
    }
    if let Some(description) = text("description") {
        set("description", &description)?;
    }
    if let Some(executor) = args.str("executor") {
        set("executor", &executor)?;
    }
    if let Some(cloud_role) = args.str("cloudRole") {
        set("cloud_role", &cloud_role)?;
    }
    if let Some(dag) = args
        .json("dagDeployment")
        .filter(|d| d.as_object().is_some_and(|o| !o.is_empty()))
    {
        set("dag_deployment", &dag.to_string())?;
    }
    if args.json("config").is_some()
        || ["workers", "scheduler", "webserver"]
            .iter()
            .any(|k| args.json(k).is_some())
    {
        let stored = match args.json("config") {
            Some(config) => config.clone(),
            None => current.data.get("config").cloned().unwrap_or(Value::Null),
        };
        set("config", &with_components(stored, args).to_string())?;
    }
    if let Some(properties) = args.json("properties") {
        set("properties", &properties.to_string())?;
    }
    if let Some(n) = args
        .object("triggerer")
        .and_then(|t| t.get("replicas"))
        .and_then(Value::as_i64)
    {
        set("triggerer_replicas", &n)?;
    }
    if let Some(version) = args.str("version") {
        set("version", &version)?;
    }
    if let Some(desired) = args.str("desiredRuntimeVersion") {
        check_runtime(desired)?;
        set("desired_runtime_version", &desired)?;
    }
    if let Some(image) = args.str("image") {
        deploy_image(ctx, &id, image, args.str("runtimeVersion"))?;
    } else if let Some(runtime) = args.str("runtimeVersion") {
        check_runtime(runtime)?;
        set("runtime_version", &runtime)?;
        set("desired_runtime_version", &runtime)?;
    }
    let echoed = match args.json("environmentVariables") {
        Some(vars) => Some(replace_env(ctx, &id, vars)?),
        None => None,
    };
    let mut node = load(ctx, &id)?.ok_or_else(not_found)?;
    if let Some(echoed) = echoed {
        node.data
            .insert("upsertedEnvironmentVariables".into(), json!(echoed));
    }
    Ok(node)
}

/// A new image is live: bump the deploy counter, take its runtime version.
fn deploy_image(ctx: &Ctx<'_>, id: &str, image: &str, runtime: Option<&str>) -> R<()> {
    if let Some(r) = runtime {
        check_runtime(r)?;
    }
    ctx.conn.execute(
        "UPDATE deployments SET image = ?2, deploy_seq = deploy_seq + 1, \
           runtime_version = COALESCE(?3, runtime_version), \
           desired_runtime_version = COALESCE(?3, desired_runtime_version), updated_at = ?4 WHERE id = ?1",
        params![id, image, runtime, ctx.now()?],
    )?;
    Ok(())
}

/// Deletes the record (and its service accounts; bindings and variables cascade).
fn remove(ctx: &Ctx<'_>, id: &str) -> R<()> {
    ctx.conn.execute(
        "DELETE FROM service_accounts WHERE entity_type = 'DEPLOYMENT' AND entity_id = ?1",
        params![id],
    )?;
    ctx.conn
        .execute("DELETE FROM deployments WHERE id = ?1", params![id])?;
    Ok(())
}

pub fn relation<'c>(node: &Node<'c>, field: &str) -> R<Option<Out<'c>>> {
    let ctx = node.ctx;
    let id = node.id();
    Ok(Some(match field {
        "roleBindings" => Out::nodes(users::bindings(ctx, "deployment_id = ?1", id)?),
        "serviceAccounts" => Out::nodes(super::service_accounts::of_entity(ctx, "DEPLOYMENT", id)?),
        "environmentVariables" => Out::List(
            env_vars(ctx.conn, id)?
                .into_iter()
                .map(|v| Out::Node(ctx.node("EnvironmentVariable", obj(v))))
                .collect(),
        ),
        "cluster" => Out::opt(cluster(ctx, node.str("clusterId"))?),
        "deploymentCapabilities" => {
            let level = ctx.deployment_level(id).unwrap_or(0);
            Out::Node(ctx.node(
                "DeploymentCapabilities",
                obj(json!({
                    "canDeploy": level >= EDITOR,
                    "canUpdateDeployment": level >= EDITOR,
                    "canDeleteDeployment": level >= ADMIN,
                    "canCreateServiceAccount": level >= ADMIN,
                    "canUpdateServiceAccount": level >= ADMIN,
                    "canDeleteServiceAccount": level >= ADMIN,
                    "canUpdateVariables": level >= EDITOR,
                    "canUpdateUserRole": level >= ADMIN,
                })),
            ))
        }
        _ => return Ok(None),
    }))
}

/// The cluster a deployment runs on. The sandbox has one cluster, registered when the store
/// was created; a deployment that names another cluster id answers null (Houston refuses
/// unknown clusters at create; the sandbox stores the id as given).
fn cluster<'c>(ctx: &'c Ctx<'c>, id: Option<&str>) -> R<Option<Node<'c>>> {
    if id != Some(CLUSTER_ID) {
        return Ok(None);
    }
    let created: Option<String> =
        ctx.conn
            .query_row("SELECT MIN(created_at) FROM users", [], |r| r.get(0))?;
    let created = match created {
        Some(c) => c,
        None => ctx.now()?,
    };
    let domain = &ctx.settings.base_domain;
    Ok(Some(ctx.node(
        "Cluster",
        obj(json!({
            "id": CLUSTER_ID,
            "name": "sandbox",
            "k8sVersion": "1.29",
            "cloudProvider": "local",
            "status": "ACTIVE",
            "config": {
                "baseDomain": domain,
                "platformNamespace": "astronomer",
                "registry": {"host": format!("registry.{domain}")},
                "singleNamespace": false,
            },
            "createdAt": created,
            "updatedAt": created,
        })),
    )))
}

/// Seconds since the epoch of a `DateTime` argument (anything SQLite's date functions read:
/// `2026-11-30`, `2026-11-30T12:00:00Z`, …).
fn epoch_seconds(conn: &Connection, arg: &str, text: &str) -> R<i64> {
    let secs: Option<i64> = conn.query_row(
        "SELECT CAST(strftime('%s', ?1) AS INTEGER)",
        params![text],
        |r| r.get(0),
    )?;
    secs.ok_or_else(|| {
        fail(
            Code::BadUserInput,
            format!("{arg}: {text:?} is not a date (use e.g. 2026-11-30 or 2026-11-30T12:00:00Z)"),
        )
    })
}

fn iso(conn: &Connection, secs: i64) -> R<String> {
    Ok(conn.query_row(
        "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', ?1, 'unixepoch')",
        params![secs],
        |r| r.get(0),
    )?)
}

/// FNV-1a: a stable hash (std's `DefaultHasher` may change between Rust releases, and the
/// counts must not).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `deploymentTaskUsage`: the sandbox runs no tasks, so each day the deployment existed gets
/// counts derived from its release name and the date. Days add up: the counts of two adjacent
/// ranges sum to those of their union, as recorded task runs would.
fn task_usage(ctx: &Ctx<'_>, deployment: &Node<'_>, args: &Args) -> R<Map<String, Value>> {
    const DAY: i64 = 86_400;
    let now = store::unix_now();
    let end = match args.str("endDate") {
        Some(t) => epoch_seconds(ctx.conn, "endDate", t)?,
        None => now,
    };
    let start = match args.str("startDate") {
        Some(t) => epoch_seconds(ctx.conn, "startDate", t)?,
        None => end - 30 * DAY,
    };
    if start > end {
        return Err(fail(
            Code::BadUserInput,
            "startDate is after endDate: give the earlier date as startDate",
        ));
    }
    let created = epoch_seconds(
        ctx.conn,
        "createdAt",
        deployment.str("createdAt").unwrap_or_default(),
    )?;
    let release = deployment.str("releaseName").unwrap_or_default();
    let (mut ok, mut failed) = (0i64, 0i64);
    // Whole days only: a day counts when its start lies in [start, end] and the deployment
    // existed by its end and it is not in the future.
    let first = start.div_euclid(DAY) + i64::from(start.rem_euclid(DAY) != 0);
    let last = end.min(now).div_euclid(DAY);
    for day in first.max(created.div_euclid(DAY))..=last {
        let h = fnv(&format!("{release}/{day}"));
        ok += 20 + (h % 81) as i64;
        failed += ((h >> 16) % 6) as i64;
    }
    Ok(obj(json!({
        "releaseName": release,
        "startDate": iso(ctx.conn, start)?,
        "endDate": iso(ctx.conn, end)?,
        "successfulTasks": ok,
        "failedTasks": failed,
        "totalTasks": ok + failed,
    })))
}

/// Users with a DEPLOYMENT_* binding on a deployment.
fn deployment_users<'c>(ctx: &'c Ctx<'c>, id: &str) -> R<Vec<Node<'c>>> {
    users::users_where(
        ctx,
        "SELECT id, username, full_name, status, created_at, updated_at FROM users WHERE id IN \
         (SELECT user_id FROM role_bindings WHERE deployment_id = ?1) ORDER BY id",
        params![id],
    )
}

fn log_lines(ctx: &Ctx<'_>, deployment: &Node<'_>, args: &Args) -> R<Vec<Value>> {
    let release = deployment
        .str("releaseName")
        .unwrap_or_default()
        .to_string();
    let wanted = args.str("component");
    let search = args.str("search");
    let since = args.str("timestamp");
    let components = ["scheduler", "webserver", "worker", "triggerer"];
    let messages = [
        "Starting the component",
        "Loaded 3 DAGs from /usr/local/airflow/dags",
        "Heartbeat ok",
        "Task example_dag.extract succeeded",
        "Task example_dag.load succeeded",
    ];
    let mut out = Vec::new();
    for component in components {
        if wanted.is_some_and(|w| w != component) {
            continue;
        }
        for (i, message) in messages.iter().enumerate() {
            let age = (messages.len() - i) as i64 * 10;
            let ts: String = ctx.conn.query_row(
                "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1)",
                params![format!("-{age} seconds")],
                |r| r.get(0),
            )?;
            if since.is_some_and(|s| ts.as_str() <= s) {
                continue;
            }
            let line = format!("[{component}] {message}");
            if search.is_some_and(|s| !line.contains(s)) {
                continue;
            }
            out.push(json!({
                "id": format!("{}-{component}-{i}", deployment.id()),
                "timestamp": ts,
                "release": release,
                "component": component,
                "level": "info",
                "message": line,
            }));
        }
    }
    Ok(out)
}

/// The `n`-th line of a live log stream: the components take turns (unless one is asked for),
/// each cycling through the messages; `None` when `search` rules the line out.
fn live_line(ctx: &Ctx<'_>, deployment: &Node<'_>, args: &Args, n: u64) -> R<Option<Value>> {
    let components = ["scheduler", "webserver", "worker", "triggerer"];
    let (component, turn) = match args.str("component") {
        Some(c) => (c.to_string(), n),
        None => (
            components[(n % components.len() as u64) as usize].to_string(),
            n / components.len() as u64,
        ),
    };
    let messages = [
        "Heartbeat ok",
        "Filling up the DagBag from /usr/local/airflow/dags",
        "Task example_dag.extract succeeded",
        "Task example_dag.transform succeeded",
        "Task example_dag.load succeeded",
    ];
    let message = messages[(turn % messages.len() as u64) as usize];
    let line = format!("[{component}] {message} (live line {n})");
    if args.str("search").is_some_and(|s| !line.contains(s)) {
        return Ok(None);
    }
    let ts: String =
        ctx.conn
            .query_row("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", [], |r| {
                r.get(0)
            })?;
    Ok(Some(json!({
        "id": format!("{}-{component}-live-{n}", deployment.id()),
        "timestamp": ts,
        "release": deployment.str("releaseName").unwrap_or_default(),
        "component": component,
        "level": "info",
        "message": line,
    })))
}

fn value_nodes<'c>(ctx: &'c Ctx<'c>, ty: &str, items: Vec<Value>) -> Out<'c> {
    Out::List(
        items
            .into_iter()
            .map(|v| Out::Node(ctx.node(ty, obj(v))))
            .collect(),
    )
}

pub fn query<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "deployment" => {
            ctx.viewer()?;
            let w = args.object("where").cloned().unwrap_or_default();
            let id = w
                .get("id")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty());
            let release = w
                .get("releaseName")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty());
            let found = match (id, release) {
                (Some(id), _) => load(ctx, id)?,
                (None, Some(r)) => by_release(ctx, r)?,
                (None, None) => return Err(missing("where.id")),
            };
            match found {
                Some(d) => {
                    ctx.require_deployment(d.id(), VIEWER)?;
                    Out::Node(d)
                }
                None => Out::Null,
            }
        }
        "deploymentTaskUsage" => {
            let d = existing_release(ctx, args.req("releaseName")?, VIEWER)?;
            let usage = task_usage(ctx, &d, args)?;
            Out::Node(ctx.node("DeploymentTaskUsage", usage))
        }
        "workspaceDeployments" => {
            let ws = args.req("workspaceUuid")?;
            super::workspaces::existing(ctx, ws, VIEWER)?;
            let mut list = in_workspace(ctx, ws)?;
            if let Some(r) = args.str("releaseName") {
                list.retain(|d| d.str("releaseName") == Some(r));
            }
            Out::nodes(list)
        }
        "workspaceDeployment" => {
            let ws = args.req("workspaceUuid")?;
            let release = args.req("releaseName")?;
            super::workspaces::existing(ctx, ws, VIEWER)?;
            Out::opt(
                in_workspace(ctx, ws)?
                    .into_iter()
                    .find(|d| d.str("releaseName") == Some(release)),
            )
        }
        "paginatedDeployments" => {
            let mut list = visible(ctx)?;
            if let Some(name) = args.str("name") {
                list.retain(|d| {
                    d.str("label").is_some_and(|l| l.contains(name))
                        || d.str("releaseName").is_some_and(|l| l.contains(name))
                });
            }
            if let Some(cluster) = args.str("clusterId") {
                list.retain(|d| d.str("clusterId") == Some(cluster));
            }
            let list = after_cursor(list, args.str("cursor"));
            Out::nodes(page(list, args.int("take"), args.int("pageNumber")))
        }
        "deployments" => Out::nodes(visible(ctx)?),
        "deploymentUsers" => {
            let id = args.req("deploymentId")?;
            existing(ctx, id, VIEWER)?;
            let list = deployment_users(ctx, id)?;
            Out::nodes(users::search(ctx, list, args, "user")?)
        }
        "deploymentVariables" => {
            let id = args.req("deploymentUuid")?;
            let d = existing(ctx, id, VIEWER)?;
            if let Some(r) = args.str("releaseName")
                && d.str("releaseName") != Some(r)
            {
                return Err(not_found());
            }
            value_nodes(ctx, "EnvironmentVariable", env_vars(ctx.conn, id)?)
        }
        "logs" => {
            let id = args.req("deploymentUuid")?;
            let d = existing(ctx, id, VIEWER)?;
            value_nodes(ctx, "DeploymentLog", log_lines(ctx, &d, args)?)
        }
        "availableNamespaces" => {
            ctx.viewer()?;
            let mut free = Vec::new();
            for i in 1..=5 {
                let ns = format!("sandbox-namespace-{i}");
                let used: bool = ctx.conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM deployments WHERE namespace = ?1)",
                    params![ns],
                    |r| r.get(0),
                )?;
                if !used {
                    free.push(json!({"name": ns}));
                }
            }
            value_nodes(ctx, "Namespace", free)
        }
        "runtimeReleases" => {
            ctx.viewer()?;
            let min = args.str("airflowVersion").and_then(release_version);
            let list = RUNTIME_RELEASES
                .iter()
                .filter(|(_, a)| match (min, release_version(a)) {
                    (Some(min), Some(a)) => a >= min,
                    _ => true,
                })
                .map(|(v, a)| json!({"version": v, "airflowVersion": a, "airflowDatabaseMigrations": true}))
                .collect();
            value_nodes(ctx, "RuntimeRelease", list)
        }
        "airflowReleases" => {
            ctx.viewer()?;
            value_nodes(
                ctx,
                "AirflowRelease",
                AC_RELEASES.iter().map(|(t, v)| ac_release(t, v)).collect(),
            )
        }
        "airflowRelease" => {
            ctx.viewer()?;
            let w = args.object("where").cloned().unwrap_or_default();
            let tag = w
                .get("tag")
                .or(w.get("id"))
                .and_then(Value::as_str)
                .unwrap_or("");
            Out::opt(
                AC_RELEASES
                    .iter()
                    .find(|(t, _)| *t == tag)
                    .map(|(t, v)| ctx.node("AirflowRelease", obj(ac_release(t, v)))),
            )
        }
        "deploymentConfig" => {
            ctx.viewer()?;
            Out::Node(ctx.node("DeploymentConfig", obj(json!({
                "defaults": {"workers": {"replicas": 1}, "scheduler": {"replicas": 1}},
                "limits": {"workers": {"replicas": 10}, "scheduler": {"replicas": 4}},
                "astroUnit": {"cpu": 100, "memory": 384, "pods": 1.0, "airflowConns": 5.0, "actualConns": 0.5, "price": 10.0},
                "maxExtraAu": 400,
                "executors": ["LocalExecutor", "CeleryExecutor", "KubernetesExecutor"],
                "singleNamespace": false,
                "loggingEnabled": true,
                "latestVersion": CHART_VERSION,
                "airflowImages": AC_RELEASES.iter().map(|(t, v)| json!({"version": v, "channel": "stable", "tag": t})).collect::<Vec<_>>(),
                "airflowVersions": AC_RELEASES.iter().map(|(_, v)| *v).collect::<Vec<_>>(),
                "defaultAirflowImageTag": AC_RELEASES.last().map(|(t, _)| *t),
                "defaultAirflowChartVersion": CHART_VERSION,
            }))))
        }
        _ => return Ok(None),
    }))
}

fn ac_release(tag: &str, version: &str) -> Value {
    json!({
        "tag": tag, "version": version, "channel": "stable", "level": "new_feature",
        "url": format!("https://github.com/astronomer/ap-airflow/blob/master/{version}/CHANGELOG.md"),
        "description": format!("Astronomer Certified {version}"),
        "releaseDate": "2022-09-01T00:00:00.000Z",
    })
}

fn user_binding(ctx: &Ctx<'_>, deployment: &str, user: &str) -> R<Option<String>> {
    Ok(store::opt_row(
        ctx.conn,
        "SELECT id FROM role_bindings WHERE deployment_id = ?1 AND user_id = ?2",
        params![deployment, user],
        |r| r.get(0),
    )?)
}

/// The user named by `userId` or, failing that, `email`.
fn target_user<'c>(ctx: &'c Ctx<'c>, args: &Args) -> R<Node<'c>> {
    let found = match args.str("userId") {
        Some(id) => users::load(ctx, id)?,
        None => users::by_email(ctx, args.req("email")?)?,
    };
    found.ok_or_else(not_found)
}

pub fn mutation<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        "createDeployment" => {
            let ws = args.req("workspaceUuid")?;
            Out::Node(create(ctx, ws, args, false)?)
        }
        "updateDeployment" => {
            let id = args.req("deploymentUuid")?;
            let d = existing(ctx, id, EDITOR)?;
            let payload = args.object("payload").cloned();
            Out::Node(update(ctx, &d, args, payload.as_ref())?)
        }
        "upsertDeployment" => {
            if let Some(id) = args.str("deploymentUuid") {
                let d = existing(ctx, id, EDITOR)?;
                Out::Node(update(ctx, &d, args, None)?)
            } else if let Some(ws) = args.str("workspaceUuid") {
                Out::Node(create(ctx, ws, args, false)?)
            } else if let Some(release) = args.str("releaseName") {
                let d = existing_release(ctx, release, EDITOR)?;
                Out::Node(update(ctx, &d, args, None)?)
            } else {
                return Err(missing("workspaceUuid"));
            }
        }
        "adoptDeployment" => {
            let ws = args.req("workspaceUuid")?;
            args.req("clusterId")?;
            Out::Node(create(ctx, ws, args, true)?)
        }
        "deleteDeployment" | "unadoptDeployment" => {
            let id = args.req("deploymentUuid")?;
            let d = existing(ctx, id, ADMIN)?;
            if field == "unadoptDeployment" && d.str("mode") != Some("operator") {
                return Err(fail(
                    Code::BadUserInput,
                    "Only adopted (operator-mode) deployments can be unadopted",
                ));
            }
            remove(ctx, id)?;
            Out::Node(d)
        }
        "updateDeploymentAirflow" => {
            let id = args.req("deploymentUuid")?;
            let desired = args.req("desiredAirflowVersion")?;
            existing(ctx, id, EDITOR)?;
            ctx.conn.execute(
                "UPDATE deployments SET desired_airflow_version = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, desired, ctx.now()?],
            )?;
            Out::opt(load(ctx, id)?)
        }
        "updateDeploymentRuntime" => {
            let id = args.req("deploymentUuid")?;
            let desired = args.req("desiredRuntimeVersion")?;
            existing(ctx, id, EDITOR)?;
            check_runtime(desired)?;
            ctx.conn.execute(
                "UPDATE deployments SET desired_runtime_version = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, desired, ctx.now()?],
            )?;
            Out::opt(load(ctx, id)?)
        }
        "cancelRuntimeUpdate" => {
            let id = args.req("deploymentUuid")?;
            existing(ctx, id, EDITOR)?;
            ctx.conn.execute(
                "UPDATE deployments SET desired_runtime_version = runtime_version, updated_at = ?2 WHERE id = ?1",
                params![id, ctx.now()?],
            )?;
            Out::opt(load(ctx, id)?)
        }
        "updateDeploymentImage" => {
            let release = args.req("releaseName")?;
            let image = args.req("image")?;
            let d = existing_release(ctx, release, EDITOR)?;
            deploy_image(ctx, d.id(), image, args.str("runtimeVersion"))?;
            let d = load(ctx, d.id())?.ok_or_else(not_found)?;
            Out::Node(ctx.node(
                "UpdateDeploymentImageResult",
                obj(json!({
                    "releaseName": d.str("releaseName"),
                    "airflowVersion": d.str("airflowVersion"),
                    "runtimeVersion": d.str("runtimeVersion"),
                })),
            ))
        }
        "upgradeDeployment" => {
            let id = args.req("deploymentUuid")?;
            existing(ctx, id, EDITOR)?;
            ctx.conn.execute(
                "UPDATE deployments SET version = COALESCE(?2, version), updated_at = ?3 WHERE id = ?1",
                params![id, args.str("version"), ctx.now()?],
            )?;
            Out::opt(load(ctx, id)?)
        }
        "deploymentAlertsUpdate" => {
            let id = args.req("deploymentUuid")?;
            existing(ctx, id, EDITOR)?;
            let emails: Vec<&str> = args
                .json("alertEmails")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            ctx.conn.execute(
                "UPDATE deployments SET alert_emails = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, json!(emails).to_string(), ctx.now()?],
            )?;
            Out::opt(load(ctx, id)?)
        }
        "updateDeploymentKedaConfig" => {
            let id = args.req("deploymentUuid")?;
            existing(ctx, id, EDITOR)?;
            ctx.conn.execute(
                "UPDATE deployments SET keda = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, args.bool("state").unwrap_or(false), ctx.now()?],
            )?;
            Out::opt(load(ctx, id)?)
        }
        "updateDeploymentVariables" => {
            let id = args.req("deploymentUuid")?;
            let release = args.req("releaseName")?;
            let d = existing(ctx, id, EDITOR)?;
            if d.str("releaseName") != Some(release) {
                return Err(fail(
                    Code::BadUserInput,
                    format!("Deployment {id} is not release {release}"),
                ));
            }
            let vars = args
                .json("environmentVariables")
                .cloned()
                .unwrap_or(json!([]));
            let echoed = replace_env(ctx, id, &vars)?;
            value_nodes(ctx, "EnvironmentVariable", echoed)
        }
        "deploymentAddUserRole" | "deploymentUpdateUserRole" | "deploymentRemoveUserRole" => {
            let id = args.req("deploymentId")?;
            existing(ctx, id, ADMIN)?;
            let user = target_user(ctx, args)?;
            let current = user_binding(ctx, id, user.id())?;
            match (field, current) {
                ("deploymentAddUserRole", Some(_)) => {
                    return Err(fail(
                        Code::BadUserInput,
                        "A duplicate role binding already exists",
                    ));
                }
                ("deploymentAddUserRole", None) => {
                    let role = args.req("role")?;
                    check_role(role, "DEPLOYMENT_", "Invalid role")?;
                    Out::Node(
                        NewBinding {
                            role,
                            user: Some(user.id()),
                            service_account: None,
                            team: None,
                            workspace: None,
                            deployment: Some(id),
                        }
                        .insert(ctx)?,
                    )
                }
                ("deploymentUpdateUserRole", Some(binding)) => {
                    let role = args.req("role")?;
                    check_role(role, "DEPLOYMENT_", "Invalid role")?;
                    ctx.conn.execute(
                        "UPDATE role_bindings SET role = ?2, updated_at = ?3 WHERE id = ?1",
                        params![binding, role, ctx.now()?],
                    )?;
                    Out::opt(users::load_binding(ctx, &binding)?)
                }
                (_, Some(binding)) => {
                    let node = users::load_binding(ctx, &binding)?.ok_or_else(not_found)?;
                    ctx.conn
                        .execute("DELETE FROM role_bindings WHERE id = ?1", params![binding])?;
                    Out::Node(node)
                }
                (_, None) => return Err(not_found()),
            }
        }
        _ => return Ok(None),
    }))
}

pub fn subscription<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        // Over HTTP a subscription answers its first event.
        "log" => {
            let id = args.req("deploymentUuid")?;
            let d = existing(ctx, id, VIEWER)?;
            let line = match ctx.stream {
                Some(n) => live_line(ctx, &d, args, n)?,
                None => log_lines(ctx, &d, args)?.pop(),
            };
            Out::opt(line.map(|v| ctx.node("DeploymentLog", obj(v))))
        }
        "deploymentStatus" => {
            ctx.viewer()?;
            let release = args.req("releaseName")?;
            let d = existing_release(ctx, release, VIEWER)?;
            Out::Node(ctx.node("DeploymentStatus", obj(json!({"status": d.str("status")}))))
        }
        _ => return Ok(None),
    }))
}

/// `2.9.3` → `(2, 9, 3)`; a missing minor or patch reads as 0, a suffix (`-rc.1`) is ignored.
fn release_version(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text
        .split(['-', '+'])
        .next()?
        .split('.')
        .map(str::parse::<u64>);
    let major = parts.next()?.ok()?;
    Some((
        major,
        parts.next().unwrap_or(Ok(0)).ok()?,
        parts.next().unwrap_or(Ok(0)).ok()?,
    ))
}
