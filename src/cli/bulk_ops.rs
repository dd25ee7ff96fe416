//! The `--from-file` forms of the user and service-account commands: rows checked, current
//! state read once, a plan per row, then [`bulk::Session::run`].

use super::access::{self, Members, Scope};
use super::bulk::{self, BulkArgs, Outcome, Plan, Row, Session};
use super::{Ctx, resolve};
use crate::Client;
use crate::http::FromUnanswered as _;
use crate::operations::Role;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Parses and scope-checks a role column.
pub type RoleParser = fn(&str) -> Result<Role, String>;

/// A checked service-account row: the row, its label, role and category.
type ServiceAccountRow = (Row, String, Role, Option<String>);

/// The role parser and command name of a scope's bulk commands.
fn scoped(scope: &Scope, verb: &str) -> (RoleParser, String) {
    let (noun, _, _) = scope.noun_and_flag();
    let role_of: RoleParser = match scope {
        Scope::Workspace(_) => resolve::workspace_role,
        Scope::Deployment(_) => resolve::deployment_role,
    };
    (role_of, format!("{noun} {verb}"))
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

/// email or username (lower-case) → (user id, role in the scope).
fn by_name(members: &Members) -> HashMap<String, (String, Option<String>)> {
    let mut map = HashMap::new();
    for m in &members.members {
        for name in &m.names {
            let role = m.role.as_ref().map(|r| r.as_str().to_string());
            map.insert(name.clone(), (m.id.clone(), role));
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

/// `… user add --from-file`.
pub async fn users_add(
    ctx: &Ctx,
    client: &Arc<Client>,
    scope: &Scope,
    args: &BulkArgs,
    default_role: Role,
    bypass_invite: bool,
    update_existing: bool,
) -> anyhow::Result<()> {
    let (role_of, what) = scoped(scope, "user add");
    let session = Session::open(
        ctx,
        args,
        client.url().as_str(),
        scope.id(),
        &what,
        &[
            ("--bypass-invite", bypass_invite),
            ("--update-existing", update_existing),
        ],
    )
    .await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let rows = user_rows(&rows, &file, &default_role, role_of, true)?;
    let before = by_name(&scope.members(client).await?);
    let planned = plan_adds(rows, &before, update_existing);
    let sent: Vec<String> = planned
        .iter()
        .filter(|(_, _, plan)| matches!(plan, Plan::Apply { .. }))
        .map(|(_, email, _)| email.clone())
        .collect();
    let runner = client.clone();
    let target = scope.clone();
    let result = session
        .run(ctx, args, planned, move |action| {
            let client = runner.clone();
            let scope = target.clone();
            async move { apply_user(&client, &scope, action, bypass_invite).await }
        })
        .await;
    let invites = matches!(scope, Scope::Workspace(_)) && !bypass_invite;
    if invites && !args.dry_run && !sent.is_empty() {
        // One read tells the members from the pending invitations.
        let now = by_name(&scope.members(client).await?);
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
            scope.named(),
            verb(pending, "has", "have"),
        ));
    }
    result
}

/// `… user remove --from-file`.
pub async fn users_remove(
    ctx: &Ctx,
    client: &Arc<Client>,
    scope: &Scope,
    args: &BulkArgs,
) -> anyhow::Result<()> {
    let (role_of, what) = scoped(scope, "user remove");
    let session = Session::open(ctx, args, client.url().as_str(), scope.id(), &what, &[]).await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let rows = user_rows(&rows, &file, &Role::WorkspaceViewer, role_of, false)?;
    let members = by_name(&scope.members(client).await?);
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
    let target = scope.clone();
    session
        .run(ctx, args, planned, move |action| {
            let client = client.clone();
            let scope = target.clone();
            async move { apply_user(&client, &scope, action, false).await }
        })
        .await
}

async fn apply_user(
    client: &Client,
    scope: &Scope,
    action: UserAction,
    bypass_invite: bool,
) -> Result<Outcome, crate::Error> {
    match action {
        UserAction::Add(email, role) => {
            let sent = scope
                .add_user_quietly(client, email, role, bypass_invite)
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
            let invites = matches!(scope, Scope::Workspace(_)) && !bypass_invite;
            Ok(Outcome::new(if invites {
                "added or invited"
            } else {
                "added"
            }))
        }
        UserAction::Update(email, role) => {
            scope.set_user_role(client, email, role).await?;
            Ok(Outcome::new("updated"))
        }
        UserAction::Remove(email, id) => {
            scope.remove_user(client, email, id).await?;
            Ok(Outcome::new("removed"))
        }
    }
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
    let (role_of, what) = scoped(&scope, "service-account create");
    let session = Session::open(ctx, args, client.url().as_str(), scope.id(), &what, &[]).await?;
    let file = session.file().to_path_buf();
    let rows = bulk::read_rows(&file)?;
    let (existing, _) = scope.service_accounts(client).await?;
    let labels: HashMap<String, String> = existing
        .into_iter()
        .filter_map(|sa| Some((sa.label?, sa.id)))
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
        if !args.dry_run {
            access::make_key_dir(dir)?;
        }
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
                let created = match created {
                    Ok(c) => c,
                    Err(e) if e.was_sent() => {
                        // The answer may be lost while the account exists: look before
                        // calling it failed, so a rerun does not make a second one.
                        let now = scope.service_accounts(&client).await.ok();
                        let found = now.and_then(|(list, _)| {
                            list.into_iter()
                                .find(|sa| sa.label.as_deref() == Some(label.as_str()))
                                .map(|sa| sa.id)
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
                let mut shown = created.answer;
                if let (Some(dir), Some(key)) = (&key_dir, created.key) {
                    let path = dir.join(format!("{label}.key"));
                    crate::config::write_private(&path, format!("{key}\n").as_bytes()).map_err(
                        |e| {
                            crate::Error::invalid(format!(
                                "created, but cannot write {}: {e}",
                                path.display()
                            ))
                        },
                    )?;
                    shown["apiKey"] = Value::Null;
                    shown["keyFile"] = Value::String(path.display().to_string());
                }
                Ok(Outcome::new("created").with(shown))
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
