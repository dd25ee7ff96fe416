//! Administration as code: a desired state (workspaces, their descriptions and users), the plan
//! that makes the platform match it, and its application through the [`crate::bulk`] engine.
//!
//! ```no_run
//! # async fn f(client: std::sync::Arc<houston::Client>) -> Result<(), houston::Error> {
//! use houston::apply::{DesiredState, plan, apply};
//! let desired: DesiredState = serde_json::from_str(r#"{"workspaces": {"data-eng": {
//!     "users": {"ada@example.com": "WORKSPACE_ADMIN"}}}}"#).unwrap();
//! let plan = plan(&client, &desired, false).await?;
//! let results = apply(&client, &plan, &Default::default()).await?;
//! # Ok(()) }
//! ```
//!
//! This first cut covers workspaces (label, description) and workspace users; deployments,
//! variables, teams, service accounts and system roles are not in the file yet.

mod platform;

use crate::bulk::{self, Item, Outcome};
use crate::operations::Role;
use crate::{Client, Error};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};

/// The state a file asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DesiredState {
    /// Add users unknown to the platform directly instead of inviting them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bypass_invite: bool,
    /// Workspaces by label.
    #[serde(default)]
    pub workspaces: BTreeMap<String, Workspace>,
}

/// One workspace as asked for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Workspace {
    /// Its description (left alone when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// E-mail → workspace role (`WORKSPACE_ADMIN`, `WORKSPACE_EDITOR`, `WORKSPACE_VIEWER`).
    #[serde(default)]
    pub users: BTreeMap<String, String>,
}

/// A problem in a desired state found before anything is sent, with the keys that lead to it
/// (`["data-eng", "users", "ada@example.com"]`) so a file reader can give its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The keys from the top of the document to the bad value.
    pub path: Vec<String>,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl DesiredState {
    /// Every problem a file can have that its syntax does not show: roles of the wrong scope or
    /// unknown, malformed or repeated e-mails.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let allowed: Vec<&str> = Role::VALUES
            .iter()
            .copied()
            .filter(|v| v.starts_with("WORKSPACE_"))
            .collect();
        for (label, w) in &self.workspaces {
            if label.trim().is_empty() {
                problems.push(Problem {
                    path: vec!["workspaces".into(), label.clone()],
                    message: "a workspace label cannot be empty".into(),
                });
            }
            let mut seen = HashMap::new();
            for (email, role) in &w.users {
                let path = vec![
                    "workspaces".into(),
                    label.clone(),
                    "users".into(),
                    email.clone(),
                ];
                if !email.contains('@') || email.trim() != email {
                    problems.push(Problem {
                        path: path.clone(),
                        message: format!("`{email}` is not an e-mail address"),
                    });
                }
                if let Some(first) = seen.insert(email.to_ascii_lowercase(), email.clone()) {
                    problems.push(Problem {
                        path: path.clone(),
                        message: format!("{email} is listed twice (also as {first})"),
                    });
                }
                if !allowed.contains(&role.as_str()) {
                    problems.push(Problem {
                        path,
                        message: format!(
                            "`{role}` is not a workspace role; use one of: {}",
                            allowed.join(", ")
                        ),
                    });
                }
            }
        }
        problems
    }
}

/// The platform's state as `plan` read it.
#[derive(Debug, Clone, Default)]
pub struct Current {
    /// Workspaces by label.
    pub workspaces: BTreeMap<String, CurrentWorkspace>,
    /// The e-mail (lower case) of whoever the token belongs to, when it is a user's: never
    /// pruned, since removing the applying admin would lock the run out halfway.
    pub caller: Option<String>,
}

/// One workspace as it is.
#[derive(Debug, Clone, Default)]
pub struct CurrentWorkspace {
    /// Its id.
    pub id: String,
    /// Its description.
    pub description: Option<String>,
    /// E-mail (lower case) → (user id, role).
    pub users: BTreeMap<String, (String, String)>,
}

/// One change of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "camelCase")]
pub enum Change {
    /// Create a workspace (its users follow as their own changes).
    CreateWorkspace {
        /// Its label.
        label: String,
        /// Its description.
        description: Option<String>,
    },
    /// Change a workspace's description.
    UpdateDescription {
        /// The workspace's label.
        workspace: String,
        /// The description now.
        old: Option<String>,
        /// The description asked for.
        new: String,
    },
    /// Add (or invite) a user.
    AddUser {
        /// The workspace's label.
        workspace: String,
        /// The user's e-mail.
        email: String,
        /// The role asked for.
        role: String,
    },
    /// Change a member's role.
    SetRole {
        /// The workspace's label.
        workspace: String,
        /// The user's e-mail.
        email: String,
        /// The role now.
        old: String,
        /// The role asked for.
        new: String,
    },
    /// Remove a member the file does not list (only with prune).
    RemoveUser {
        /// The workspace's label.
        workspace: String,
        /// The user's e-mail.
        email: String,
        /// Their role now.
        role: String,
    },
}

impl Change {
    /// A stable name for the journal and the output (`workspace/data-eng/user/ada@example.com`).
    pub fn id(&self) -> String {
        match self {
            Change::CreateWorkspace { label, .. } => format!("workspace/{label}"),
            Change::UpdateDescription { workspace, .. } => {
                format!("workspace/{workspace}/description")
            }
            Change::AddUser {
                workspace, email, ..
            }
            | Change::SetRole {
                workspace, email, ..
            }
            | Change::RemoveUser {
                workspace, email, ..
            } => format!("workspace/{workspace}/user/{email}"),
        }
    }

    /// `+`, `~` or `-`.
    pub fn sign(&self) -> char {
        match self {
            Change::CreateWorkspace { .. } | Change::AddUser { .. } => '+',
            Change::UpdateDescription { .. } | Change::SetRole { .. } => '~',
            Change::RemoveUser { .. } => '-',
        }
    }

    /// What it does, as a reviewer reads it.
    pub fn describe(&self) -> String {
        match self {
            Change::CreateWorkspace { label, .. } => format!("workspace {label}"),
            Change::UpdateDescription {
                workspace,
                old,
                new,
            } => format!(
                "workspace {workspace} description: {:?} → {new:?}",
                old.as_deref().unwrap_or("")
            ),
            Change::AddUser {
                workspace,
                email,
                role,
            } => format!("workspace {workspace} user {email} {role}"),
            Change::SetRole {
                workspace,
                email,
                old,
                new,
            } => format!("workspace {workspace} user {email} {old} → {new}"),
            Change::RemoveUser {
                workspace,
                email,
                role,
            } => format!("workspace {workspace} user {email} ({role})"),
        }
    }

    fn phase(&self) -> u8 {
        match self {
            Change::CreateWorkspace { .. } => 0,
            _ => 1,
        }
    }
}

/// The difference between the platform and a desired state.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Plan {
    /// What to do, workspaces first.
    pub changes: Vec<Change>,
    /// What exists, is not in the file, and is left alone (without prune).
    pub not_managed: Vec<String>,
    /// Add unknown users directly instead of inviting them.
    #[serde(skip)]
    pub bypass_invite: bool,
    /// Workspace label → id, as read (new workspaces get theirs when created).
    #[serde(skip)]
    pub ids: BTreeMap<String, String>,
}

impl Plan {
    /// True when the platform already matches.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Reads the platform (in one request) and compares it with `desired`. With `prune`, members
/// the file does not list are removed; without, they are listed as not managed. Workspaces
/// the file does not name are never touched.
pub async fn plan(client: &Client, desired: &DesiredState, prune: bool) -> Result<Plan, Error> {
    if let Some(p) = desired.check().into_iter().next() {
        return Err(Error::Invalid(format!(
            "{}: {}",
            p.path.join("."),
            p.message
        )));
    }
    let current = platform::read(client).await?;
    Ok(diff(&current, desired, prune))
}

/// The plan from a state already read.
pub fn diff(current: &Current, desired: &DesiredState, prune: bool) -> Plan {
    let mut plan = Plan {
        bypass_invite: desired.bypass_invite,
        ..Plan::default()
    };
    for (label, w) in &desired.workspaces {
        let now = current.workspaces.get(label);
        match now {
            None => plan.changes.push(Change::CreateWorkspace {
                label: label.clone(),
                description: w.description.clone(),
            }),
            Some(now) => {
                plan.ids.insert(label.clone(), now.id.clone());
                if let Some(d) = &w.description
                    && now.description.as_deref().unwrap_or("") != d
                {
                    plan.changes.push(Change::UpdateDescription {
                        workspace: label.clone(),
                        old: now.description.clone(),
                        new: d.clone(),
                    });
                }
            }
        }
        let members = now.map(|n| &n.users);
        for (email, role) in &w.users {
            let email = email.to_ascii_lowercase();
            match members.and_then(|m| m.get(&email)) {
                None => plan.changes.push(Change::AddUser {
                    workspace: label.clone(),
                    email,
                    role: role.clone(),
                }),
                Some((_, has)) if has != role => plan.changes.push(Change::SetRole {
                    workspace: label.clone(),
                    email,
                    old: has.clone(),
                    new: role.clone(),
                }),
                Some(_) => {}
            }
        }
        for (email, (_, role)) in members.into_iter().flatten() {
            let listed = w.users.keys().any(|e| e.eq_ignore_ascii_case(email));
            if listed {
                continue;
            }
            if prune && current.caller.as_deref() == Some(email.as_str()) {
                plan.not_managed.push(format!(
                    "workspace {label} user {email} ({role}): not pruned: that is you"
                ));
            } else if prune {
                plan.changes.push(Change::RemoveUser {
                    workspace: label.clone(),
                    email: email.clone(),
                    role: role.clone(),
                });
            } else {
                plan.not_managed
                    .push(format!("workspace {label} user {email} ({role})"));
            }
        }
    }
    for label in current.workspaces.keys() {
        if !desired.workspaces.contains_key(label) {
            plan.not_managed.push(format!("workspace {label}"));
        }
    }
    plan.changes.sort_by_key(Change::phase);
    plan
}

/// How `apply` runs.
#[derive(Default)]
pub struct ApplyOptions {
    /// Concurrency, stop signal, fail-fast.
    pub bulk: bulk::Options,
    /// Records each change; a rerun after a kill reads what was sent unanswered.
    pub journal: Option<bulk::Journal>,
    /// Shows progress.
    pub progress: Option<Box<dyn bulk::Progress>>,
}

/// One change's result.
#[derive(Debug)]
pub struct ChangeResult {
    /// The change.
    pub change: Change,
    /// What happened.
    pub result: Result<Outcome, Error>,
}

/// Carries out a plan in dependency order (workspaces, then their users), each phase through
/// the bulk engine. A failed change does not stop independent ones; the users of a workspace
/// that could not be created fail with a message saying so.
pub async fn apply(
    client: &Arc<Client>,
    plan: &Plan,
    options: &ApplyOptions,
) -> Result<(Vec<ChangeResult>, bulk::Report), Error> {
    let ids = Arc::new(Mutex::new(plan.ids.clone()));
    let mut results = Vec::new();
    let mut total = bulk::Report::default();
    let progress: &dyn bulk::Progress = match &options.progress {
        Some(p) => p.as_ref(),
        None => &bulk::NoProgress,
    };
    for phase in [0u8, 1] {
        let mut changes: Vec<Change> = plan
            .changes
            .iter()
            .filter(|c| c.phase() == phase)
            .cloned()
            .collect();
        if phase == 1 && total.succeeded > 0 {
            // A new workspace has its creator as admin already: one read tells which user
            // changes the creations made moot, so none is sent twice.
            let now = platform::read(client).await?;
            changes.retain_mut(|c| {
                let keep = settle(&now, c);
                if !keep {
                    total.succeeded += 1;
                    results.push(ChangeResult {
                        change: c.clone(),
                        result: Ok(Outcome::new("already so")),
                    });
                }
                keep
            });
        }
        if changes.is_empty() {
            continue;
        }
        let by_id: HashMap<String, Change> = changes.iter().map(|c| (c.id(), c.clone())).collect();
        let items = changes
            .into_iter()
            .map(|c| Item {
                id: c.id(),
                action: c,
            })
            .collect();
        let client = client.clone();
        let run_ids = ids.clone();
        let bypass = plan.bypass_invite;
        let mut finished = Vec::new();
        let report = bulk::execute(
            items,
            &options.bulk,
            None,
            progress,
            move |change| {
                let client = client.clone();
                let ids = run_ids.clone();
                async move { carry_out(&client, &ids, change, bypass).await }
            },
            |f| {
                finished.push(f);
                ControlFlow::Continue(())
            },
        )
        .await
        .map_err(|e| Error::Invalid(format!("the journal: {e}")))?;
        total.succeeded += report.succeeded;
        total.failed += report.failed;
        total.not_started += report.not_started;
        total.stopped |= report.stopped;
        for f in finished {
            if let Some(change) = by_id.get(&f.id) {
                results.push(ChangeResult {
                    change: change.clone(),
                    result: f.result,
                });
            }
        }
        if report.stopped {
            break;
        }
    }
    Ok((results, total))
}

/// False when `change` is already true of `now`; an addition of someone who is there with
/// another role becomes a role change.
fn settle(now: &Current, change: &mut Change) -> bool {
    if let Change::AddUser {
        workspace,
        email,
        role,
    } = change
        && let Some((_, has)) = now
            .workspaces
            .get(workspace.as_str())
            .and_then(|w| w.users.get(email.as_str()))
    {
        if has == role {
            return false;
        }
        *change = Change::SetRole {
            workspace: workspace.clone(),
            email: email.clone(),
            old: has.clone(),
            new: role.clone(),
        };
    }
    true
}

async fn carry_out(
    client: &Client,
    ids: &Mutex<BTreeMap<String, String>>,
    change: Change,
    bypass_invite: bool,
) -> Result<Outcome, Error> {
    let id_of = |label: &str| {
        ids.lock()
            .expect("not poisoned")
            .get(label)
            .cloned()
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "workspace {label} does not exist (its creation failed); rerun after fixing it"
                ))
            })
    };
    match change {
        Change::CreateWorkspace { label, description } => {
            let id = platform::create_workspace(client, &label, description.as_deref()).await?;
            ids.lock().expect("not poisoned").insert(label, id);
            Ok(Outcome::new("created"))
        }
        Change::UpdateDescription { workspace, new, .. } => {
            platform::update_description(client, &id_of(&workspace)?, &new).await?;
            Ok(Outcome::new("updated"))
        }
        Change::AddUser {
            workspace,
            email,
            role,
        } => {
            let id = id_of(&workspace)?;
            Ok(
                match platform::add_user(client, &id, &email, &role, bypass_invite).await? {
                    true if bypass_invite => Outcome::new("added"),
                    true => Outcome::new("added or invited"),
                    false => Outcome::new("already invited"),
                },
            )
        }
        Change::SetRole {
            workspace,
            email,
            new,
            ..
        } => {
            platform::set_role(client, &id_of(&workspace)?, &email, &new).await?;
            Ok(Outcome::new("updated"))
        }
        Change::RemoveUser {
            workspace, email, ..
        } => {
            let id = id_of(&workspace)?;
            let current = platform::read(client).await?;
            let user = current
                .workspaces
                .get(&workspace)
                .and_then(|w| w.users.get(&email))
                .map(|(id, _)| id.clone());
            match user {
                Some(user) => {
                    platform::remove_user(client, &id, &user).await?;
                    Ok(Outcome::new("removed"))
                }
                None => Ok(Outcome::new("already gone")),
            }
        }
    }
}

/// The desired state that describes what `current` holds (for `houston export`).
pub fn export(current: &Current) -> DesiredState {
    DesiredState {
        bypass_invite: false,
        workspaces: current
            .workspaces
            .iter()
            .map(|(label, w)| {
                (
                    label.clone(),
                    Workspace {
                        description: w.description.clone().filter(|d| !d.is_empty()),
                        users: w
                            .users
                            .iter()
                            .map(|(e, (_, r))| (e.clone(), r.clone()))
                            .collect(),
                    },
                )
            })
            .collect(),
    }
}

/// Reads the platform's current state in one request (for `export`).
pub async fn read(client: &Client) -> Result<Current, Error> {
    platform::read(client).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_orders_and_prunes() {
        let mut current = Current::default();
        current.workspaces.insert(
            "a".into(),
            CurrentWorkspace {
                id: "w1".into(),
                description: None,
                users: [
                    (
                        "x@e.com".to_string(),
                        ("u1".to_string(), "WORKSPACE_VIEWER".to_string()),
                    ),
                    (
                        "y@e.com".to_string(),
                        ("u2".to_string(), "WORKSPACE_ADMIN".to_string()),
                    ),
                ]
                .into(),
            },
        );
        let desired: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"users":{"X@e.com":"WORKSPACE_EDITOR"}},"b":{"users":{"z@e.com":"WORKSPACE_VIEWER"}}}}"#,
        )
        .unwrap();
        let plan = diff(&current, &desired, false);
        assert_eq!(plan.changes[0].sign(), '+');
        assert!(matches!(plan.changes[0], Change::CreateWorkspace { .. }));
        assert_eq!(plan.changes.len(), 3);
        assert_eq!(
            plan.not_managed,
            ["workspace a user y@e.com (WORKSPACE_ADMIN)"]
        );
        let pruned = diff(&current, &desired, true);
        current.caller = Some("y@e.com".into());
        let careful = diff(&current, &desired, true);
        assert!(
            careful.not_managed[0].ends_with("not pruned: that is you"),
            "{careful:?}"
        );
        assert!(
            !careful
                .changes
                .iter()
                .any(|c| matches!(c, Change::RemoveUser { .. }))
        );
        assert!(
            pruned
                .changes
                .iter()
                .any(|c| matches!(c, Change::RemoveUser { email, .. } if email == "y@e.com"))
        );
        assert!(export(&current).workspaces["a"].users.len() == 2);
    }

    #[test]
    fn bad_values_are_found_with_their_path() {
        let desired: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"users":{"x@e.com":"DEPLOYMENT_ADMIN","X@e.com":"WORKSPACE_VIEWER","nope":"WORKSPACE_VIEWER"}}}}"#,
        )
        .unwrap();
        let problems = desired.check();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("not a workspace role"))
        );
        assert!(problems.iter().any(|p| p.message.contains("listed twice")));
        assert!(problems.iter().any(|p| p.message.contains("not an e-mail")));
    }
}
