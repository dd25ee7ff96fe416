//! The `--from-file` forms of the user and service-account commands: rows checked, current
//! state read once, a plan per row, then [`bulk::Session::run`].

use super::bulk::{self, BulkArgs, Outcome, Plan, Row, Session};
use super::{Ctx, resolve};
use houston::Client;
use houston::operations::{self as ops, Role};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Parses and scope-checks a role column.
type RoleParser = fn(&str) -> Result<Role, String>;

/// A checked service-account row: the row, its label, role and category.
type ServiceAccountRow = (Row, String, Role, Option<String>);

/// Where service accounts are created.
#[derive(Debug, Clone)]
pub enum Scope {
    Workspace(resolve::FoundWorkspace),
    Deployment(resolve::FoundDeployment),
}

impl Scope {
    /// The workspace or deployment id, for the journal key.
    fn target(&self) -> &str {
        match self {
            Scope::Workspace(w) => &w.id,
            Scope::Deployment(d) => &d.id,
        }
    }

    /// The service accounts here, as Houston lists them.
    async fn service_accounts(&self, client: &Client) -> Result<Value, houston::Error> {
        Ok(match self {
            Scope::Workspace(w) => client
                .execute::<ops::WorkspaceServiceAccounts>(
                    ops::workspace_service_accounts::Variables {
                        workspace_uuid: w.id.clone(),
                    },
                )
                .await?
                .raw["workspaceServiceAccounts"]
                .clone(),
            Scope::Deployment(d) => client
                .execute::<ops::DeploymentServiceAccounts>(
                    ops::deployment_service_accounts::Variables {
                        deployment_uuid: d.id.clone(),
                    },
                )
                .await?
                .raw["deploymentServiceAccounts"]
                .clone(),
        })
    }

    /// What to do about a service account whose key was lost with the answer that held it.
    fn lost_key(&self, id: &str) -> Value {
        let (noun, flag, target) = match self {
            Scope::Workspace(w) => ("workspace", "-w", w.id.as_str()),
            Scope::Deployment(d) => ("deployment", "-d", d.release_name.as_str()),
        };
        json!({
            "id": id,
            "hint": format!(
                "created, but the answer holding its API key was lost and a key cannot be read again: \
                 delete it (houston {noun} service-account delete {flag} {target} {id}) and rerun to create it anew"
            ),
        })
    }

    /// Creates a service account here; the answer holds its API key, the only time it exists
    /// in clear.
    pub async fn create_service_account(
        &self,
        client: &Client,
        label: String,
        category: Option<String>,
        role: Role,
    ) -> Result<Value, houston::Error> {
        Ok(match self {
            Scope::Workspace(w) => client
                .execute::<ops::CreateWorkspaceServiceAccount>(
                    ops::create_workspace_service_account::Variables {
                        label,
                        category,
                        workspace_uuid: w.id.clone(),
                        role,
                    },
                )
                .await?
                .raw["createWorkspaceServiceAccount"]
                .clone(),
            Scope::Deployment(d) => client
                .execute::<ops::CreateDeploymentServiceAccount>(
                    ops::create_deployment_service_account::Variables {
                        label,
                        category,
                        deployment_uuid: d.id.clone(),
                        role,
                    },
                )
                .await?
                .raw["createDeploymentServiceAccount"]
                .clone(),
        })
    }
}

/// Rows of (line, email, role) with every bad row reported at once.
fn user_rows(
    rows: &[Row],
    file: &Path,
    default_role: &Role,
    role_of: RoleParser,
    with_role: bool,
) -> anyhow::Result<Vec<(Row, String, Role)>> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        let email = match bulk::required(row, "email", file).and_then(|e| {
            resolve::email(e).map_err(|m| format!("{}:{}: {m}", file.display(), row.line))
        }) {
            Ok(e) => e.to_ascii_lowercase(),
            Err(m) => {
                problems.push(m);
                continue;
            }
        };
        if !seen.insert(email.clone()) {
            problems.push(format!(
                "{}:{}: {email} appears more than once",
                file.display(),
                row.line
            ));
            continue;
        }
        let role = match (with_role, row.get("role")) {
            (true, Some(text)) => match role_of(text) {
                Ok(r) => r,
                Err(m) => {
                    problems.push(format!("{}:{}: {m}", file.display(), row.line));
                    continue;
                }
            },
            _ => default_role.clone(),
        };
        out.push((row.clone(), email, role));
    }
    bulk::refuse_bad_rows(problems)?;
    Ok(out)
}

/// email (lower-case) → (user id, role in the scope).
fn members(users: &Value, scope: &str, id: &str) -> HashMap<String, (String, Option<String>)> {
    let mut map = HashMap::new();
    for u in users.as_array().into_iter().flatten() {
        let role = u["roleBindings"]
            .as_array()
            .and_then(|bs| bs.iter().find(|b| b[scope]["id"].as_str() == Some(id)))
            .and_then(|b| b["role"].as_str())
            .map(str::to_string);
        let user_id = u["id"].as_str().unwrap_or_default().to_string();
        let mut names: Vec<String> = u["emails"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["address"].as_str().map(str::to_ascii_lowercase))
            .collect();
        if let Some(n) = u["username"].as_str() {
            names.push(n.to_ascii_lowercase());
        }
        for name in names {
            map.insert(name, (user_id.clone(), role.clone()));
        }
    }
    map
}

/// Add who is missing; leave who already has the role; change another role only when asked.
fn plan_adds(
    rows: Vec<(Row, String, Role)>,
    members: &HashMap<String, (String, Option<String>)>,
    update_existing: bool,
) -> Vec<(Row, String, Plan<UserAction>)> {
    rows.into_iter()
        .map(|(row, email, role)| {
            let plan = match members.get(&email).and_then(|(_, r)| r.clone()) {
                None => Plan::Apply {
                    describe: format!("add as {role}"),
                    action: UserAction::Add(email.clone(), role),
                },
                Some(has) if has == role.as_str() => Plan::Skip {
                    status: "unchanged",
                    reason: format!("already {has}"),
                },
                Some(has) if update_existing => Plan::Apply {
                    describe: format!("change {has} to {role}"),
                    action: UserAction::Update(email.clone(), role),
                },
                Some(has) => Plan::Skip {
                    status: "skipped",
                    reason: format!("has {has}, not {role}; --update-existing changes it"),
                },
            };
            (row, email, plan)
        })
        .collect()
}

enum UserAction {
    Add(String, Role),
    Update(String, Role),
    Remove(String, String),
}

pub async fn workspace_users_add(
    ctx: &Ctx,
    client: &Arc<Client>,
    w: &resolve::FoundWorkspace,
    args: &BulkArgs,
    default_role: Role,
    bypass_invite: bool,
    update_existing: bool,
) -> anyhow::Result<()> {
    let session = Session::open(
        ctx,
        args,
        client.url().as_str(),
        &w.id,
        "workspace user add",
        &[
            ("--bypass-invite", bypass_invite),
            ("--update-existing", update_existing),
        ],
    )
    .await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let rows = user_rows(&rows, &file, &default_role, resolve::workspace_role, true)?;
    let current = client
        .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
            workspace_uuid: w.id.clone(),
        })
        .await?;
    let before = members(&current.raw["workspaceUsers"], "workspace", &w.id);
    let planned = plan_adds(rows, &before, update_existing);
    let sent: Vec<String> = planned
        .iter()
        .filter(|(_, _, plan)| matches!(plan, Plan::Apply { .. }))
        .map(|(_, email, _)| email.clone())
        .collect();
    let runner = client.clone();
    let workspace = w.id.clone();
    let result = session
        .run(ctx, args, planned, move |action| {
            let client = runner.clone();
            let workspace = workspace.clone();
            async move { apply_workspace_user(&client, &workspace, action, bypass_invite).await }
        })
        .await;
    if !bypass_invite && !args.dry_run && !sent.is_empty() {
        // One read tells the members from the pending invitations.
        let after = client
            .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
                workspace_uuid: w.id.clone(),
            })
            .await?;
        let now = members(&after.raw["workspaceUsers"], "workspace", &w.id);
        let joined = sent.iter().filter(|e| now.contains_key(*e)).count();
        let pending = sent.len() - joined;
        let users = |n: usize| if n == 1 { "user" } else { "users" };
        let verb =
            |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        ctx.out.message(&format!(
            "Of the {} {} sent, {joined} {} of {} and {pending} {} an invitation to accept.",
            sent.len(),
            users(sent.len()),
            verb(joined, "is now a member", "are now members"),
            w.label,
            verb(pending, "has", "have"),
        ));
    }
    result
}

pub async fn workspace_users_remove(
    ctx: &Ctx,
    client: &Arc<Client>,
    w: &resolve::FoundWorkspace,
    args: &BulkArgs,
) -> anyhow::Result<()> {
    let session = Session::open(
        ctx,
        args,
        client.url().as_str(),
        &w.id,
        "workspace user remove",
        &[],
    )
    .await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let rows = user_rows(
        &rows,
        &file,
        &Role::WorkspaceViewer,
        resolve::workspace_role,
        false,
    )?;
    let current = client
        .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
            workspace_uuid: w.id.clone(),
        })
        .await?;
    let members = members(&current.raw["workspaceUsers"], "workspace", &w.id);
    let planned = rows
        .into_iter()
        .map(|(row, email, _)| {
            let plan = match members.get(&email) {
                Some((id, _)) => Plan::Apply {
                    describe: "remove".into(),
                    action: UserAction::Remove(email.clone(), id.clone()),
                },
                None => Plan::Skip {
                    status: "unchanged",
                    reason: "not a member".into(),
                },
            };
            (row, email, plan)
        })
        .collect();
    let client = client.clone();
    let workspace = w.id.clone();
    session
        .run(ctx, args, planned, move |action| {
            let client = client.clone();
            let workspace = workspace.clone();
            async move { apply_workspace_user(&client, &workspace, action, false).await }
        })
        .await
}

async fn apply_workspace_user(
    client: &Client,
    workspace: &str,
    action: UserAction,
    bypass_invite: bool,
) -> Result<Outcome, houston::Error> {
    match action {
        UserAction::Add(email, role) => {
            let sent = client
                .execute::<ops::WorkspaceAddUserQuietly>(
                    ops::workspace_add_user_quietly::Variables {
                        workspace_uuid: workspace.to_string(),
                        email,
                        role,
                        bypass_invite: bypass_invite.then_some(true),
                    },
                )
                .await;
            if let Err(e) = &sent
                && e.graphql_errors()
                    .iter()
                    .any(|g| g.code() == Some("USER_ALREADY_INVITED"))
            {
                // An invitation is not a membership, so the state check sends the row again;
                // the invitation it asks for exists: the row is done.
                return Ok(Outcome::new("already invited"));
            }
            sent?;
            // Without --bypass-invite Houston adds a known user and invites an unknown address;
            // the answer no longer says which, the summary after the run does.
            Ok(Outcome::new(if bypass_invite {
                "added"
            } else {
                "added or invited"
            }))
        }
        UserAction::Update(email, role) => {
            client
                .execute::<ops::WorkspaceUpsertUserRole>(
                    ops::workspace_upsert_user_role::Variables {
                        workspace_uuid: workspace.to_string(),
                        email,
                        role,
                    },
                )
                .await?;
            Ok(Outcome::new("updated"))
        }
        UserAction::Remove(_, id) => {
            client
                .execute::<ops::WorkspaceRemoveUser>(ops::workspace_remove_user::Variables {
                    workspace_uuid: workspace.to_string(),
                    user_uuid: id,
                })
                .await?;
            Ok(Outcome::new("removed"))
        }
    }
}

pub async fn deployment_users_add(
    ctx: &Ctx,
    client: &Arc<Client>,
    d: &resolve::FoundDeployment,
    args: &BulkArgs,
    default_role: Role,
    update_existing: bool,
) -> anyhow::Result<()> {
    let session = Session::open(
        ctx,
        args,
        client.url().as_str(),
        &d.id,
        "deployment user add",
        &[("--update-existing", update_existing)],
    )
    .await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let rows = user_rows(&rows, &file, &default_role, resolve::deployment_role, true)?;
    let current = client
        .execute::<ops::DeploymentUsers>(ops::deployment_users::Variables {
            deployment_id: d.id.clone(),
        })
        .await?;
    let members = members(&current.raw["deploymentUsers"], "deployment", &d.id);
    let planned = plan_adds(rows, &members, update_existing);
    let client = client.clone();
    let deployment = d.id.clone();
    session
        .run(ctx, args, planned, move |action| {
            let client = client.clone();
            let deployment = deployment.clone();
            async move {
                match action {
                    UserAction::Add(email, role) => {
                        client
                            .execute::<ops::DeploymentAddUserRole>(
                                ops::deployment_add_user_role::Variables {
                                    deployment_id: deployment,
                                    email,
                                    role,
                                },
                            )
                            .await?;
                        Ok(Outcome::new("added"))
                    }
                    UserAction::Update(email, role) => {
                        client
                            .execute::<ops::DeploymentUpdateUserRole>(
                                ops::deployment_update_user_role::Variables {
                                    deployment_id: deployment,
                                    email,
                                    role,
                                },
                            )
                            .await?;
                        Ok(Outcome::new("updated"))
                    }
                    UserAction::Remove(email, _) => {
                        client
                            .execute::<ops::DeploymentRemoveUserRole>(
                                ops::deployment_remove_user_role::Variables {
                                    deployment_id: deployment,
                                    email,
                                },
                            )
                            .await?;
                        Ok(Outcome::new("removed"))
                    }
                }
            }
        })
        .await
}

/// Creates one service account per row (label, role, category); a label that already exists
/// in the scope is skipped, so reruns never make duplicates.
pub async fn service_accounts_create(
    ctx: &Ctx,
    client: &Arc<Client>,
    scope: Scope,
    args: &BulkArgs,
    default_role: Role,
    key_dir: Option<PathBuf>,
) -> anyhow::Result<()> {
    let (role_of, what): (RoleParser, &str) = match &scope {
        Scope::Workspace(_) => (resolve::workspace_role, "workspace service-account create"),
        Scope::Deployment(_) => (
            resolve::deployment_role,
            "deployment service-account create",
        ),
    };
    let session =
        Session::open(ctx, args, client.url().as_str(), scope.target(), what, &[]).await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let existing = scope.service_accounts(client).await?;
    let labels: HashMap<String, String> = existing
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|sa| {
            Some((
                sa["label"].as_str()?.to_string(),
                sa["id"].as_str().unwrap_or_default().to_string(),
            ))
        })
        .collect();
    let planned = service_account_rows(&rows, &file, role_of, &default_role, key_dir.is_some())?
        .into_iter()
        .map(|(row, label, role, category)| {
            let unanswered = session
                .earlier(&row, &label)
                .is_some_and(|r| r.status.is_none());
            let plan = match labels.get(&label) {
                // Sent by an interrupted run that never saw the answer, and there now: that
                // run created it, and its key went with the answer.
                Some(id) if unanswered => Plan::Report {
                    status: "created, key lost",
                    detail: scope.lost_key(id),
                },
                Some(_) => Plan::Skip {
                    status: "unchanged",
                    reason: "a service account with this label exists".into(),
                },
                None => Plan::Apply {
                    describe: format!("create with {role}"),
                    action: (label.clone(), role, category),
                },
            };
            (row, label, plan)
        })
        .collect();
    if let Some(dir) = &key_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| super::usage(format!("cannot create {}: {e}", dir.display())))?;
    } else if !args.dry_run {
        ctx.out
            .warn("without --key-dir the new API keys are in the output, once: store them now");
    }
    let client = client.clone();
    session
        .run(ctx, args, planned, move |(label, role, category)| {
            let client = client.clone();
            let scope = scope.clone();
            let key_dir = key_dir.clone();
            async move {
                let created = scope
                    .create_service_account(&client, label.clone(), category, role)
                    .await;
                let mut created = match created {
                    Ok(c) => c,
                    Err(e) if e.was_sent() => {
                        // The answer may be lost while the account exists: look before
                        // calling it failed, so a rerun does not make a second one.
                        let now = scope.service_accounts(&client).await.ok();
                        let found = now.as_ref().and_then(|list| {
                            list.as_array()?
                                .iter()
                                .find(|sa| sa["label"].as_str() == Some(label.as_str()))
                                .and_then(|sa| sa["id"].as_str())
                                .map(str::to_string)
                        });
                        return match found {
                            Some(id) => {
                                Ok(Outcome::new("created, key lost").with(scope.lost_key(&id)))
                            }
                            None => Err(e),
                        };
                    }
                    Err(e) => return Err(e),
                };
                if let (Some(dir), Some(key)) = (&key_dir, created["apiKey"].as_str()) {
                    let path = dir.join(format!("{label}.key"));
                    houston::config::write_private(&path, format!("{key}\n").as_bytes()).map_err(
                        |e| {
                            houston::Error::Invalid(format!(
                                "created, but cannot write {}: {e}",
                                path.display()
                            ))
                        },
                    )?;
                    created["apiKey"] = Value::Null;
                    created["keyFile"] = Value::String(path.display().to_string());
                }
                Ok(Outcome::new("created").with(created))
            }
        })
        .await
}

/// Rows of (line, label, role, category) with every bad row reported at once.
fn service_account_rows(
    rows: &[Row],
    file: &Path,
    role_of: RoleParser,
    default_role: &Role,
    key_files: bool,
) -> anyhow::Result<Vec<ServiceAccountRow>> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        let label = match bulk::required(row, "label", file) {
            Ok(l) => l.to_string(),
            Err(m) => {
                problems.push(m);
                continue;
            }
        };
        if key_files
            && !label
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            problems.push(format!(
                "{}:{}: label `{label}` cannot name a key file (letters, digits, - _ .)",
                file.display(),
                row.line
            ));
            continue;
        }
        if !seen.insert(label.clone()) {
            problems.push(format!(
                "{}:{}: label `{label}` appears more than once",
                file.display(),
                row.line
            ));
            continue;
        }
        let role = match row
            .get("role")
            .map(role_of)
            .unwrap_or(Ok(default_role.clone()))
        {
            Ok(r) => r,
            Err(m) => {
                problems.push(format!("{}:{}: {m}", file.display(), row.line));
                continue;
            }
        };
        out.push((
            row.clone(),
            label,
            role,
            row.get("category").map(str::to_string),
        ));
    }
    bulk::refuse_bad_rows(problems)?;
    Ok(out)
}

/// Reads and checks a `--from-file` before anything is sent (even the reads that resolve the
/// workspace or deployment): a bad row costs no request.
pub fn precheck(args: &BulkArgs, kind: Precheck) -> anyhow::Result<()> {
    let Some(file) = &args.from_file else {
        return Ok(());
    };
    let rows = bulk::read_rows(file)?;
    match kind {
        Precheck::Users { role_of, with_role } => {
            user_rows(&rows, file, &Role::WorkspaceViewer, role_of, with_role).map(|_| ())
        }
        Precheck::ServiceAccounts { role_of, key_files } => {
            service_account_rows(&rows, file, role_of, &Role::WorkspaceViewer, key_files)
                .map(|_| ())
        }
    }
}

/// What a `--from-file` holds.
pub enum Precheck {
    Users {
        role_of: RoleParser,
        with_role: bool,
    },
    ServiceAccounts {
        role_of: RoleParser,
        key_files: bool,
    },
}
