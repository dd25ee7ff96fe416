//! Every Houston call `apply` makes, in one place (operation renames touch only this file).

use super::{
    Access, Current, CurrentDeployment, CurrentSystem, CurrentWorkspace, DAG_DEPLOYMENT_SINCE,
    DeploymentSettings, EXTRA_AU_KEY, EXTRA_AU_SINCE, FieldChange, MODE_SINCE, MemberKind, Members,
    RUNTIME_SINCE, TEAMS_SINCE, TRIGGERER_SINCE,
};
use crate::bulk::Outcome;
use crate::houston::{Operation, OperationKind, Request, Version};
use crate::http::FromUnanswered as _;
use crate::operations::{self as ops, Role, versioned};
use crate::{Client, Error};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// Airflow versions left the schema in Houston 1.0.1.
const AIRFLOW_VERSION_UNTIL: Version = Version(1, 0, 1);

/// The one document `plan` reads: the workspaces the token sees with their role bindings,
/// service accounts and deployments (settings, variables, role bindings), every team, and the
/// caller. Fields a platform version lacks are left out of its document.
fn state_document(version: Option<Version>) -> String {
    let at_least = |v: Version| version.is_none_or(|p| p >= v);
    let team = if at_least(TEAMS_SINCE) {
        "team { id name }"
    } else {
        ""
    };
    let bindings = format!(
        "roleBindings {{ role user {{ id username emails {{ address }} }} serviceAccount {{ id label }} {team} }}"
    );
    let mut versions = String::new();
    if at_least(RUNTIME_SINCE) {
        versions.push_str(" runtimeVersion");
    }
    if version.is_some_and(|p| p < AIRFLOW_VERSION_UNTIL) {
        versions.push_str(" airflowVersion");
    }
    // `config` holds the components' replicas and resources (and the triggerer's from 0.28);
    // `properties` the extra AU.
    versions.push_str(" config properties");
    if at_least(DAG_DEPLOYMENT_SINCE) {
        versions.push_str(
            " dagDeployment { type nfsLocation repositoryUrl branchName rev dagDirectoryLocation syncInterval syncTimeout ephemeralStorage knownHosts }",
        );
    }
    if at_least(MODE_SINCE) {
        versions.push_str(" mode");
    }
    let teams = if at_least(TEAMS_SINCE) {
        "paginatedTeams(take: 100000) { teams { id name roleBindings { role workspace { id } deployment { id } } } }"
    } else {
        ""
    };
    format!(
        "query houstonApplyState {{
  self {{ user {{ id username emails {{ address }} }} }}
  workspaces {{
    id label description
    {bindings}
    deployments {{
      id label description releaseName executor{versions}
      environmentVariables {{ key value isSecret }}
      {bindings}
    }}
  }}
  {teams}
}}"
    )
}

/// Users and their role bindings (for system roles): a second request, since it needs a
/// system role to read.
const USERS: &str =
    "query houstonApplyUsers { users { id username emails { address } roleBindings { role } } }";

async fn query(
    client: &Client,
    document: &str,
    name: &'static str,
    variables: Value,
) -> Result<Value, Error> {
    let raw = client
        .execute_document(&Request {
            query: document,
            variables,
            operation_name: Some(name),
            kind: OperationKind::Query,
        })
        .await?;
    Ok(raw.data.unwrap_or(Value::Null))
}

/// A query's data when the only errors are fields the token's role may not read (FORBIDDEN)
/// among the top-level fields `optional` accepts; those fields' names. Any other error fails it.
async fn query_degraded(
    client: &Client,
    document: &str,
    name: &'static str,
    variables: Value,
    optional: impl Fn(&str) -> bool,
) -> Result<(Value, Vec<String>), Error> {
    match query(client, document, name, variables).await {
        Ok(data) => Ok((data, Vec::new())),
        Err(Error::GraphQl {
            errors,
            data: Some(data),
            ..
        }) if !errors.is_empty()
            && errors.iter().all(|e| {
                e.code() == Some("FORBIDDEN")
                    && e.path.len() == 1
                    && e.path[0].as_str().is_some_and(&optional)
            }) =>
        {
            let denied = errors
                .iter()
                .filter_map(|e| e.path[0].as_str().map(str::to_string))
                .collect();
            Ok((data, denied))
        }
        Err(e) => Err(e),
    }
}

/// Pending invitations of every workspace in `ids`, in ONE request: `Workspace.invites` is a
/// single invite in Houston's schema, so each workspace's `workspaceInvites` is a field of
/// its own (aliased `w0`, `w1`, …). E-mail (lower case) → (invite id, role), per workspace;
/// `None` for a workspace whose invitations the token's role may not read.
async fn invites(client: &Client, ids: &[&str]) -> Result<Vec<Option<Members>>, Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut declared = Vec::new();
    let mut fields = String::new();
    let mut variables = Map::new();
    for (i, id) in ids.iter().enumerate() {
        declared.push(format!("$w{i}: Uuid!"));
        fields.push_str(&format!(
            "  w{i}: workspaceInvites(workspaceUuid: $w{i}) {{ id email role }}\n"
        ));
        variables.insert(format!("w{i}"), Value::String(id.to_string()));
    }
    let document = format!(
        "query houstonApplyInvites({}) {{\n{fields}}}",
        declared.join(", ")
    );
    let (data, denied) = query_degraded(
        client,
        &document,
        "houstonApplyInvites",
        Value::Object(variables),
        |field| field.starts_with('w'),
    )
    .await?;
    Ok((0..ids.len())
        .map(|i| {
            let alias = format!("w{i}");
            if denied.contains(&alias) {
                return None;
            }
            let list = data[alias]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| {
                    Some((
                        v["email"].as_str()?.to_ascii_lowercase(),
                        (
                            v["id"].as_str()?.to_string(),
                            v["role"].as_str()?.to_string(),
                        ),
                    ))
                })
                .collect();
            Some(list)
        })
        .collect())
}

/// Reads the platform's current state: two requests (the state; the workspaces' pending
/// invitations), and one more with `system`.
pub async fn read(
    client: &Client,
    version: Option<Version>,
    system: bool,
) -> Result<Current, Error> {
    // Listing every team needs a system role: a workspace admin's token reads the rest, and
    // the teams it can see are those with roles in its workspaces and deployments.
    let (data, denied) = query_degraded(
        client,
        &state_document(version),
        "houstonApplyState",
        Value::Null,
        |field| field == "paginatedTeams",
    )
    .await?;
    let mut notes = Vec::new();
    let at_least = |v: Version| version.is_none_or(|p| p >= v);
    let mut workspaces = BTreeMap::new();
    for w in data["workspaces"].as_array().into_iter().flatten() {
        let Some(label) = w["label"].as_str() else {
            continue;
        };
        let access = bindings(&w["roleBindings"], "WORKSPACE_");
        let mut deployments = BTreeMap::new();
        for d in w["deployments"].as_array().into_iter().flatten() {
            let Some(dl) = d["label"].as_str() else {
                continue;
            };
            let access = bindings(&d["roleBindings"], "DEPLOYMENT_");
            let text = |f: &str| d[f].as_str().map(str::to_string);
            deployments.insert(
                dl.to_string(),
                CurrentDeployment {
                    id: text("id").unwrap_or_default(),
                    release_name: text("releaseName").unwrap_or_default(),
                    description: text("description"),
                    executor: text("executor"),
                    runtime_version: text("runtimeVersion"),
                    airflow_version: text("airflowVersion"),
                    // The settings a version can carry, so an export never writes one it
                    // would refuse.
                    triggerer_replicas: at_least(TRIGGERER_SINCE)
                        .then(|| count(&d["config"]["triggerer"]["replicas"]))
                        .flatten(),
                    workers: component(&d["config"]["workers"], true, true),
                    webserver: component(&d["config"]["webserver"], false, false),
                    scheduler: component(&d["config"]["scheduler"], true, false),
                    extra_au: at_least(EXTRA_AU_SINCE)
                        .then(|| count(&d["properties"][EXTRA_AU_KEY]))
                        .flatten(),
                    properties: d["properties"].clone(),
                    dag_deployment: Some(d["dagDeployment"].clone()).filter(Value::is_object),
                    mode: text("mode"),
                    env: d["environmentVariables"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|v| {
                            Some((
                                v["key"].as_str()?.to_string(),
                                v["value"].as_str().map(str::to_string),
                                v["isSecret"].as_bool().unwrap_or(false),
                            ))
                        })
                        .collect(),
                    access,
                },
            );
        }
        workspaces.insert(
            label.to_string(),
            CurrentWorkspace {
                id: w["id"].as_str().unwrap_or_default().to_string(),
                description: w["description"].as_str().map(str::to_string),
                access,
                deployments,
            },
        );
    }
    let ids: Vec<String> = workspaces.values().map(|w| w.id.clone()).collect();
    let pending = invites(client, &ids.iter().map(String::as_str).collect::<Vec<_>>()).await?;
    for ((label, w), invites) in workspaces.iter_mut().zip(pending) {
        match invites {
            Some(invites) => w.access.invites = invites,
            None => notes.push(format!(
                "workspace {label}: this token may not read its pending invitations (workspaceInvites), so a user only invited there shows as an addition and apply's invitation is answered \"already invited\"; a workspace admin's or system admin's token sees them"
            )),
        }
    }
    let caller = data["self"]["user"]
        .is_object()
        .then(|| email_of(&data["self"]["user"]));
    let mut teams = BTreeMap::new();
    let mut team_roles = Members::new();
    for t in data["paginatedTeams"]["teams"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let (Some(id), Some(name)) = (t["id"].as_str(), t["name"].as_str()) else {
            continue;
        };
        teams.insert(name.to_string(), id.to_string());
        for b in t["roleBindings"].as_array().into_iter().flatten() {
            if let Some(role) = b["role"].as_str().filter(|r| r.starts_with("SYSTEM_")) {
                team_roles.insert(name.to_string(), (id.to_string(), role.to_string()));
            }
        }
    }
    if !denied.is_empty() {
        notes.push(
            "this token may not list the platform's teams (paginatedTeams needs a system role): the teams known are those with a role in the workspaces and deployments it sees".into(),
        );
        for w in workspaces.values() {
            let scopes =
                std::iter::once(&w.access).chain(w.deployments.values().map(|d| &d.access));
            for access in scopes {
                for (name, (id, _)) in &access.teams {
                    teams.insert(name.clone(), id.clone());
                }
            }
        }
    }
    let system = if system {
        let data = query(client, USERS, "houstonApplyUsers", Value::Null).await?;
        let mut all_users = BTreeMap::new();
        let mut users = Members::new();
        for u in data["users"].as_array().into_iter().flatten() {
            let email = email_of(u);
            let id = u["id"].as_str().unwrap_or_default().to_string();
            for b in u["roleBindings"].as_array().into_iter().flatten() {
                if let Some(role) = b["role"].as_str().filter(|r| r.starts_with("SYSTEM_")) {
                    users.insert(email.clone(), (id.clone(), role.to_string()));
                }
            }
            all_users.insert(email, id);
        }
        Some(CurrentSystem {
            access: Access {
                users,
                teams: team_roles,
                ..Access::default()
            },
            all_users,
        })
    } else {
        None
    };
    Ok(Current {
        version,
        workspaces,
        caller,
        teams,
        teams_partial: !denied.is_empty(),
        system,
        notes,
    })
}

/// Users, teams and service accounts of one scope's role bindings (roles of that scope only).
fn bindings(list: &Value, prefix: &str) -> Access {
    let mut access = Access::default();
    let Access {
        users,
        teams,
        service_accounts: accounts,
        ..
    } = &mut access;
    for b in list.as_array().into_iter().flatten() {
        let Some(role) = b["role"].as_str().filter(|r| r.starts_with(prefix)) else {
            continue;
        };
        let id = |v: &Value| v["id"].as_str().unwrap_or_default().to_string();
        if b["user"].is_object() {
            users.insert(email_of(&b["user"]), (id(&b["user"]), role.to_string()));
        } else if b["team"].is_object() {
            let name = b["team"]["name"].as_str().unwrap_or_default().to_string();
            teams.insert(name, (id(&b["team"]), role.to_string()));
        } else if b["serviceAccount"].is_object() {
            let label = b["serviceAccount"]["label"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            accounts.insert(label, (id(&b["serviceAccount"]), role.to_string()));
        }
    }
    access
}

/// A user's first e-mail (or username), lower case: how the file names people.
fn email_of(user: &Value) -> String {
    user["emails"]
        .as_array()
        .and_then(|e| e.first())
        .and_then(|e| e["address"].as_str())
        .or(user["username"].as_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A whole non-negative number (a replica count, seconds, AU), if `v` is one.
fn count(v: &Value) -> Option<u32> {
    v.as_u64().and_then(|n| u32::try_from(n).ok())
}

/// CPU in millicores from a Kubernetes quantity (`500m`, `1`, `1.5`) or a number (taken as
/// millicores, as Houston's `Requests`/`Limits` inputs count them).
fn millicores(v: &Value) -> Option<u32> {
    if let Some(n) = count(v) {
        return Some(n);
    }
    let text = v.as_str()?.trim();
    match text.strip_suffix('m') {
        Some(milli) => milli.parse().ok(),
        None => text
            .parse::<f64>()
            .ok()
            .filter(|c| *c >= 0.0)
            .map(|c| (c * 1000.0).round() as u32),
    }
}

/// Memory in MiB from a Kubernetes quantity (`1920Mi`, `2Gi`, `512M`, bytes) or a number
/// (taken as MiB, as Houston's inputs count them).
fn mebibytes(v: &Value) -> Option<u32> {
    if let Some(n) = count(v) {
        return Some(n);
    }
    let text = v.as_str()?.trim();
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().ok().filter(|n: &f64| *n >= 0.0)?;
    let bytes = number
        * match unit {
            "" => 1.0,
            "Ki" => 1024.0,
            "Mi" => 1024.0 * 1024.0,
            "Gi" => 1024.0 * 1024.0 * 1024.0,
            "Ti" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
            "k" => 1e3,
            "M" => 1e6,
            "G" => 1e9,
            "T" => 1e12,
            _ => return None,
        };
    Some((bytes / (1024.0 * 1024.0)).round() as u32)
}

/// One component as `config` shows it, in the file's shape and units: `None` when it shows
/// nothing the file could say.
fn component<T: DeserializeOwned>(config: &Value, replicas: bool, grace: bool) -> Option<T> {
    let mut out = Map::new();
    if replicas && let Some(n) = count(&config["replicas"]) {
        out.insert("replicas".into(), n.into());
    }
    if grace && let Some(n) = count(&config["terminationGracePeriodSeconds"]) {
        out.insert("terminationGracePeriodSeconds".into(), n.into());
    }
    let mut resources = Map::new();
    for kind in ["requests", "limits"] {
        let given = &config["resources"][kind];
        let mut q = Map::new();
        if let Some(cpu) = millicores(&given["cpu"]) {
            q.insert("cpu".into(), cpu.into());
        }
        if let Some(memory) = mebibytes(&given["memory"]) {
            q.insert("memory".into(), memory.into());
        }
        if !q.is_empty() {
            resources.insert(kind.into(), Value::Object(q));
        }
    }
    if !resources.is_empty() {
        out.insert("resources".into(), Value::Object(resources));
    }
    if out.is_empty() {
        return None;
    }
    serde_json::from_value(Value::Object(out)).ok()
}

fn role(text: &str) -> Result<Role, Error> {
    Role::known(text).ok_or_else(|| Error::invalid(format!("`{text}` is not a role")))
}

/// The variables of a generated versioned call, from JSON (the shape the plan keeps values
/// in). Its `call` refuses, before sending, a value the platform's variant cannot carry.
fn versioned_variables<V: DeserializeOwned>(
    base: &str,
    values: Map<String, Value>,
) -> Result<V, Error> {
    serde_json::from_value(Value::Object(values))
        .map_err(|e| Error::invalid(format!("{base}: {e}")))
}

/// Creates a workspace; its id.
pub async fn create_workspace(
    client: &Client,
    label: &str,
    description: Option<&str>,
) -> Result<String, Error> {
    let r = client
        .execute::<ops::CreateWorkspace>(ops::create_workspace::Variables {
            label: label.to_string(),
            description: description.map(str::to_string),
        })
        .await?;
    Ok(r.raw["createWorkspace"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string())
}

/// Sets a workspace's description.
pub async fn update_description(client: &Client, id: &str, description: &str) -> Result<(), Error> {
    client
        .execute::<ops::UpdateWorkspace>(ops::update_workspace::Variables {
            workspace_uuid: id.to_string(),
            payload: json!({ "description": description }),
        })
        .await?;
    Ok(())
}

/// From upsertDeployment's oldest variant on, it replaces createDeployment and
/// updateDeployment; an unknown platform gets the newest operations.
fn upserts(version: Option<Version>) -> bool {
    version.is_none_or(|p| p >= ops::UpsertDeploymentVariant::OLDEST)
}

/// Creates a deployment with the variant the platform takes; its id and release name. A
/// setting the platform takes only on update (the triggerer before 0.29) follows in an update.
pub async fn create_deployment(
    client: &Client,
    version: Option<Version>,
    workspace: &str,
    label: &str,
    settings: &DeploymentSettings,
) -> Result<(String, String), Error> {
    let mut values = Map::new();
    values.insert("workspaceUuid".into(), workspace.into());
    values.insert("label".into(), label.into());
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            values.insert(k.into(), v);
        }
    };
    put("description", settings.description.clone().map(Value::from));
    put(
        "releaseName",
        settings.release_name.clone().map(Value::from),
    );
    put("executor", settings.executor.map(|e| e.as_str().into()));
    put(
        "runtimeVersion",
        settings.runtime_version.clone().map(Value::from),
    );
    put(
        "airflowVersion",
        settings.airflow_version.clone().map(Value::from),
    );
    put(
        "triggerer",
        settings
            .triggerer_replicas
            .map(|n| json!({ "replicas": n })),
    );
    put(
        "dagDeployment",
        settings
            .dag_deployment
            .as_ref()
            .and_then(|d| serde_json::to_value(d).ok()),
    );
    put("mode", settings.mode.map(|m| m.as_str().into()));
    put("workers", settings.workers.as_ref().map(super::to_json));
    put("webserver", settings.webserver.as_ref().map(super::to_json));
    put("scheduler", settings.scheduler.as_ref().map(super::to_json));
    put(
        "properties",
        settings.extra_au.map(|n| json!({ EXTRA_AU_KEY: n })),
    );
    let (raw, name) = if upserts(version) {
        let v = versioned_variables("upsertDeployment", values)?;
        let r = versioned::upsert_deployment::call(client, v).await?;
        (r.raw, "upsertDeployment")
    } else {
        let first = versioned_variables("createDeployment", values.clone())?;
        let (r, later) = match versioned::create_deployment::call(client, first).await {
            // Before 0.29 createDeployment has no `triggerer` (0.28 takes it on update only):
            // the library refused it with nothing sent, so create without it and update.
            Err(Error::NotCarried { variables, .. })
                if variables == ["triggerer"] && values.contains_key("triggerer") =>
            {
                let later = values.remove("triggerer");
                let v = versioned_variables("createDeployment", values)?;
                (versioned::create_deployment::call(client, v).await?, later)
            }
            other => (other?, None),
        };
        if let Some(triggerer) = later {
            let id = r.raw["createDeployment"]["id"].as_str().unwrap_or_default();
            let field = FieldChange {
                field: "triggererReplicas".into(),
                old: None,
                new: triggerer["replicas"].to_string(),
                variable: "triggerer",
                value: triggerer,
            };
            update_deployment(client, version, id, &[field]).await?;
        }
        (r.raw, "createDeployment")
    };
    let raw = &raw[name];
    Ok((
        raw["id"].as_str().unwrap_or_default().to_string(),
        raw["releaseName"].as_str().unwrap_or_default().to_string(),
    ))
}

/// Changes a deployment's settings with the variant the platform takes.
pub async fn update_deployment(
    client: &Client,
    version: Option<Version>,
    id: &str,
    fields: &[FieldChange],
) -> Result<(), Error> {
    let mut values = Map::new();
    values.insert("deploymentUuid".into(), id.into());
    let mut payload = Map::new();
    for f in fields {
        if f.variable == "description" && !upserts(version) {
            // Before 1.0, the description travels in the `payload` JSON.
            payload.insert(f.variable.into(), f.value.clone());
        } else {
            values.insert(f.variable.into(), f.value.clone());
        }
    }
    if upserts(version) {
        let v = versioned_variables("upsertDeployment", values)?;
        versioned::upsert_deployment::call(client, v).await?;
    } else {
        if !payload.is_empty() {
            values.insert("payload".into(), Value::Object(payload));
        }
        let v = versioned_variables("updateDeployment", values)?;
        versioned::update_deployment::call(client, v).await?;
    }
    Ok(())
}

/// Starts a deployment's move to another Astro Runtime version.
pub async fn update_runtime(client: &Client, id: &str, version: &str) -> Result<(), Error> {
    client
        .execute::<ops::UpdateDeploymentRuntime>(ops::update_deployment_runtime::Variables {
            deployment_uuid: id.to_string(),
            desired_runtime_version: version.to_string(),
        })
        .await?;
    Ok(())
}

/// Deletes a deployment (soft delete: the platform's default).
pub async fn delete_deployment(client: &Client, id: &str) -> Result<(), Error> {
    client
        .execute::<ops::DeleteDeployment>(ops::delete_deployment::Variables {
            deployment_uuid: id.to_string(),
            deployment_hard_delete: None,
        })
        .await?;
    Ok(())
}

/// One deployment's variables as sent: (key, value, secret).
pub type Vars = Vec<(String, String, bool)>;

/// Replaces deployments' variables: (deployment id, release name, the whole list) each, one
/// request.
pub async fn set_variables(
    client: &Client,
    calls: Vec<Result<(String, String, Vars), Error>>,
) -> Vec<Result<Outcome, Error>> {
    let prepared = calls
        .into_iter()
        .map(|c| {
            let (deployment_uuid, release_name, vars) = c?;
            Ok(ops::update_deployment_variables::Variables {
                deployment_uuid,
                release_name,
                environment_variables: vars
                    .iter()
                    .map(|(key, value, secret)| {
                        serde_json::from_value(
                            json!({"key": key, "value": value, "isSecret": secret}),
                        )
                        .ok()
                    })
                    .collect(),
            })
        })
        .collect();
    batched::<ops::UpdateDeploymentVariables>(client, prepared, |sent| {
        sent.map(|_| Outcome::new("updated"))
    })
    .await
}

/// Where a role binding goes, by id.
pub enum Target {
    /// Platform-wide.
    System,
    /// A workspace (its id).
    Workspace(String),
    /// A deployment (its id).
    Deployment(String),
}

/// Adds (or invites) a user; a system role needs the user's id.
pub async fn add_user(
    client: &Client,
    target: &Target,
    email: &str,
    user_id: Option<&str>,
    role_name: &str,
    bypass_invite: bool,
) -> Result<Outcome, Error> {
    match target {
        Target::System => {
            client
                .execute::<ops::CreateSystemRoleBinding>(
                    ops::create_system_role_binding::Variables {
                        user_id: user_id.unwrap_or_default().to_string(),
                        role: role(role_name)?,
                    },
                )
                .await?;
            Ok(Outcome::new("added"))
        }
        Target::Deployment(id) => add_deployment_users(
            client,
            vec![Ok((id.clone(), email.to_string(), role_name.to_string()))],
        )
        .await
        .pop()
        .expect("one result per call"),
        Target::Workspace(id) => add_workspace_users(
            client,
            vec![Ok((id.clone(), email.to_string(), role_name.to_string()))],
            bypass_invite,
        )
        .await
        .pop()
        .expect("one result per call"),
    }
}

/// Calls of one operation sent together (see [`Client::execute_batch`]): `prepared` holds
/// each change's variables, or why it cannot be sent (which is then its result); `done` turns
/// each answer into the change's outcome. One result per change, in order.
async fn batched<Q: Operation>(
    client: &Client,
    prepared: Vec<Result<Q::Variables, Error>>,
    done: impl Fn(Result<crate::houston::Response<Q::ResponseData>, Error>) -> Result<Outcome, Error>,
) -> Vec<Result<Outcome, Error>>
where
    Q::ResponseData: crate::__private::decode::Decode,
{
    let mut results: Vec<Option<Result<Outcome, Error>>> = Vec::with_capacity(prepared.len());
    let (mut send, mut at) = (Vec::new(), Vec::new());
    for (i, p) in prepared.into_iter().enumerate() {
        match p {
            Ok(v) => {
                send.push(v);
                at.push(i);
                results.push(None);
            }
            Err(e) => results.push(Some(Err(e))),
        }
    }
    for (i, r) in at.into_iter().zip(client.execute_batch::<Q>(send).await) {
        results[i] = Some(done(r));
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Error::invalid("no answer for this change".into()))))
        .collect()
}

/// Batches `Q` over (scope id, e-mail, role name) triples: the variables of each from `vars`,
/// each change that got through reported as `done`.
async fn role_calls<Q: Operation>(
    client: &Client,
    calls: Vec<Result<(String, String, String), Error>>,
    vars: impl Fn(String, String, Role) -> Q::Variables,
    done: &'static str,
) -> Vec<Result<Outcome, Error>>
where
    Q::ResponseData: crate::__private::decode::Decode,
{
    let prepared = calls
        .into_iter()
        .map(|c| {
            let (scope, email, role_name) = c?;
            Ok(vars(scope, email, role(&role_name)?))
        })
        .collect();
    batched::<Q>(client, prepared, |sent| sent.map(|_| Outcome::new(done))).await
}

/// Adds (or invites) users to workspaces: (workspace id, e-mail, role) each, one request.
pub async fn add_workspace_users(
    client: &Client,
    calls: Vec<Result<(String, String, String), Error>>,
    bypass_invite: bool,
) -> Vec<Result<Outcome, Error>> {
    let prepared = calls
        .into_iter()
        .map(|c| {
            let (workspace_uuid, email, role_name) = c?;
            Ok(ops::workspace_add_user_quietly::Variables {
                workspace_uuid,
                email,
                role: role(&role_name)?,
                bypass_invite: bypass_invite.then_some(true),
            })
        })
        .collect();
    batched::<ops::WorkspaceAddUserQuietly>(client, prepared, |sent| match sent {
        Err(e)
            if e.graphql_errors()
                .iter()
                .any(|g| g.code() == Some("USER_ALREADY_INVITED")) =>
        {
            Ok(Outcome::new("already invited"))
        }
        Err(e) => Err(e),
        Ok(_) if bypass_invite => Ok(Outcome::new("added")),
        Ok(_) => Ok(Outcome::new("added or invited")),
    })
    .await
}

/// Gives users a role on deployments: (deployment id, e-mail, role) each, one request.
pub async fn add_deployment_users(
    client: &Client,
    calls: Vec<Result<(String, String, String), Error>>,
) -> Vec<Result<Outcome, Error>> {
    let vars = |deployment_id, email, role| ops::deployment_add_user_role::Variables {
        deployment_id,
        email,
        role,
    };
    role_calls::<ops::DeploymentAddUserRole>(client, calls, vars, "added").await
}

/// Changes users' workspace roles: (workspace id, e-mail, new role) each, one request.
pub async fn set_workspace_roles(
    client: &Client,
    calls: Vec<Result<(String, String, String), Error>>,
) -> Vec<Result<Outcome, Error>> {
    let vars = |workspace_uuid, email, role| ops::workspace_upsert_user_role::Variables {
        workspace_uuid,
        email,
        role,
    };
    role_calls::<ops::WorkspaceUpsertUserRole>(client, calls, vars, "updated").await
}

/// Changes users' deployment roles: (deployment id, e-mail, new role) each, one request.
pub async fn set_deployment_roles(
    client: &Client,
    calls: Vec<Result<(String, String, String), Error>>,
) -> Vec<Result<Outcome, Error>> {
    let vars = |deployment_id, email, role| ops::deployment_update_user_role::Variables {
        deployment_id,
        email,
        role,
    };
    role_calls::<ops::DeploymentUpdateUserRole>(client, calls, vars, "updated").await
}

/// Revokes a pending invitation to a workspace.
pub async fn revoke_invite(client: &Client, target: &Target, invite: &str) -> Result<(), Error> {
    let workspace = match target {
        Target::Workspace(id) => Some(id.clone()),
        _ => None,
    };
    client
        .execute::<ops::DeleteInviteToken>(ops::delete_invite_token::Variables {
            invite_uuid: Some(invite.to_string()),
            workspace_uuid: workspace,
        })
        .await?;
    Ok(())
}

/// Gives a team a role.
pub async fn add_team(
    client: &Client,
    target: &Target,
    team: &str,
    role_name: &str,
) -> Result<(), Error> {
    let role = role(role_name)?;
    let team_uuid = team.to_string();
    match target {
        Target::System => {
            client
                .execute::<ops::CreateTeamSystemRoleBinding>(
                    ops::create_team_system_role_binding::Variables { team_uuid, role },
                )
                .await?;
        }
        Target::Workspace(id) => {
            client
                .execute::<ops::WorkspaceAddTeam>(ops::workspace_add_team::Variables {
                    workspace_uuid: id.clone(),
                    team_uuid,
                    role,
                })
                .await?;
        }
        Target::Deployment(id) => {
            client
                .execute::<ops::DeploymentAddTeamRole>(ops::deployment_add_team_role::Variables {
                    deployment_uuid: id.clone(),
                    team_uuid,
                    role,
                })
                .await?;
        }
    }
    Ok(())
}

/// Creates a service account; its key, when the platform shows it.
pub async fn create_service_account(
    client: &Client,
    target: &Target,
    label: &str,
    role_name: &str,
) -> Result<Option<String>, Error> {
    let role = role(role_name)?;
    let raw = match target {
        Target::Workspace(id) => client
            .execute::<ops::CreateWorkspaceServiceAccount>(
                ops::create_workspace_service_account::Variables {
                    label: label.to_string(),
                    category: None,
                    workspace_uuid: id.clone(),
                    role,
                },
            )
            .await?
            .raw["createWorkspaceServiceAccount"]
            .clone(),
        Target::Deployment(id) => client
            .execute::<ops::CreateDeploymentServiceAccount>(
                ops::create_deployment_service_account::Variables {
                    label: label.to_string(),
                    category: None,
                    deployment_uuid: id.clone(),
                    role,
                },
            )
            .await?
            .raw["createDeploymentServiceAccount"]
            .clone(),
        Target::System => {
            return Err(Error::invalid(
                "apply does not manage system service accounts".into(),
            ));
        }
    };
    Ok(raw["apiKey"].as_str().map(str::to_string))
}

/// Changes a member's role (a system role: the old binding goes, the new one comes).
pub async fn set_role(
    client: &Client,
    target: &Target,
    kind: MemberKind,
    email: &str,
    id: Option<&str>,
    old: &str,
    new: &str,
) -> Result<(), Error> {
    let id = id.unwrap_or_default().to_string();
    match (target, kind) {
        (Target::Workspace(ws), MemberKind::User) => {
            let call = Ok((ws.clone(), email.to_string(), new.to_string()));
            let mut results = set_workspace_roles(client, vec![call]).await;
            results.pop().expect("one result per call")?;
        }
        (Target::Deployment(d), MemberKind::User) => {
            let call = Ok((d.clone(), email.to_string(), new.to_string()));
            let mut results = set_deployment_roles(client, vec![call]).await;
            results.pop().expect("one result per call")?;
        }
        (Target::Workspace(ws), MemberKind::Team) => {
            client
                .execute::<ops::WorkspaceUpdateTeamRole>(
                    ops::workspace_update_team_role::Variables {
                        workspace_uuid: ws.clone(),
                        team_uuid: id,
                        role: role(new)?,
                    },
                )
                .await?;
        }
        (Target::Deployment(d), MemberKind::Team) => {
            client
                .execute::<ops::DeploymentUpdateTeamRole>(
                    ops::deployment_update_team_role::Variables {
                        deployment_uuid: d.clone(),
                        team_uuid: id,
                        role: role(new)?,
                    },
                )
                .await?;
        }
        (Target::System, MemberKind::User | MemberKind::Team) => {
            add_user_or_team_system(client, kind, &id, new).await?;
            remove_member(client, target, kind, email, &id, old).await?;
        }
        (_, MemberKind::ServiceAccount) => {
            return Err(Error::invalid(
                "a service account's role cannot change".into(),
            ));
        }
    }
    Ok(())
}

async fn add_user_or_team_system(
    client: &Client,
    kind: MemberKind,
    id: &str,
    role_name: &str,
) -> Result<(), Error> {
    if kind == MemberKind::Team {
        add_team(client, &Target::System, id, role_name).await
    } else {
        client
            .execute::<ops::CreateSystemRoleBinding>(ops::create_system_role_binding::Variables {
                user_id: id.to_string(),
                role: role(role_name)?,
            })
            .await?;
        Ok(())
    }
}

/// Removes a member's role binding (a service account: the account itself).
pub async fn remove_member(
    client: &Client,
    target: &Target,
    kind: MemberKind,
    email: &str,
    id: &str,
    role_name: &str,
) -> Result<(), Error> {
    let id = id.to_string();
    match (target, kind) {
        (Target::Workspace(ws), MemberKind::User) => {
            client
                .execute::<ops::WorkspaceRemoveUser>(ops::workspace_remove_user::Variables {
                    workspace_uuid: ws.clone(),
                    user_uuid: id,
                })
                .await?;
        }
        (Target::Deployment(d), MemberKind::User) => {
            client
                .execute::<ops::DeploymentRemoveUserRole>(
                    ops::deployment_remove_user_role::Variables {
                        deployment_id: d.clone(),
                        email: email.to_string(),
                    },
                )
                .await?;
        }
        (Target::Workspace(ws), MemberKind::Team) => {
            client
                .execute::<ops::WorkspaceRemoveTeam>(ops::workspace_remove_team::Variables {
                    workspace_uuid: ws.clone(),
                    team_uuid: id,
                })
                .await?;
        }
        (Target::Deployment(d), MemberKind::Team) => {
            client
                .execute::<ops::DeploymentRemoveTeamRole>(
                    ops::deployment_remove_team_role::Variables {
                        deployment_uuid: d.clone(),
                        team_uuid: id,
                    },
                )
                .await?;
        }
        (Target::Workspace(ws), MemberKind::ServiceAccount) => {
            client
                .execute::<ops::DeleteWorkspaceServiceAccount>(
                    ops::delete_workspace_service_account::Variables {
                        service_account_uuid: id,
                        workspace_uuid: ws.clone(),
                    },
                )
                .await?;
        }
        (Target::Deployment(d), MemberKind::ServiceAccount) => {
            client
                .execute::<ops::DeleteDeploymentServiceAccount>(
                    ops::delete_deployment_service_account::Variables {
                        service_account_uuid: id,
                        deployment_uuid: d.clone(),
                    },
                )
                .await?;
        }
        (Target::System, MemberKind::User) => {
            client
                .execute::<ops::DeleteSystemRoleBinding>(
                    ops::delete_system_role_binding::Variables {
                        user_id: id,
                        role: role(role_name)?,
                    },
                )
                .await?;
        }
        (Target::System, MemberKind::Team) => {
            client
                .execute::<ops::DeleteTeamSystemRoleBinding>(
                    ops::delete_team_system_role_binding::Variables {
                        team_uuid: id,
                        role: role(role_name)?,
                    },
                )
                .await?;
        }
        (Target::System, MemberKind::ServiceAccount) => {
            return Err(Error::invalid(
                "apply does not manage system service accounts".into(),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_millicores_and_mebibytes() {
        for (given, cpu) in [
            (json!("500m"), Some(500)),
            (json!("1"), Some(1000)),
            (json!("1.5"), Some(1500)),
            (json!(250), Some(250)),
            (json!("lots"), None),
            (Value::Null, None),
        ] {
            assert_eq!(millicores(&given), cpu, "{given}");
        }
        for (given, memory) in [
            (json!("1920Mi"), Some(1920)),
            (json!("2Gi"), Some(2048)),
            (json!("1048576"), Some(1)),
            (json!("512Ki"), Some(1)),
            (json!(3840), Some(3840)),
            (json!("3Xi"), None),
        ] {
            assert_eq!(mebibytes(&given), memory, "{given}");
        }
    }

    #[test]
    fn a_component_reads_only_what_the_file_can_say() {
        let config = json!({
            "replicas": 2, "terminationGracePeriodSeconds": 600, "extra": true,
            "resources": {"limits": {"cpu": "1", "memory": "2Gi"}},
        });
        let workers: super::super::Workers = component(&config, true, true).unwrap();
        assert_eq!(
            serde_json::to_value(&workers).unwrap(),
            json!({"replicas": 2, "terminationGracePeriodSeconds": 600,
                   "resources": {"limits": {"cpu": 1000, "memory": 2048}}})
        );
        let webserver: super::super::Webserver = component(&config, false, false).unwrap();
        assert_eq!(webserver.resources, workers.resources);
        assert!(
            component::<super::super::Webserver>(&json!({"replicas": 1}), false, false).is_none()
        );
    }
}
