//! Who may use a workspace or a deployment: its users, teams and service accounts. One
//! implementation for both scopes: the command enums are generic over a [`Kind`] (which roles
//! `--role` takes), the work is done on a [`Scope`] (which operations, which id).

use super::bulk::BulkArgs;
use super::output::{Column, answer, sorted};
use super::{Ctx, bulk_ops, resolve, usage};
use crate::Client;
use crate::operations::{self as ops, Role};
use clap::Subcommand;
use serde_json::{Value, json};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Which roles a scope's `--role` takes: the compile-time half of a scope.
pub trait Kind: Clone + std::fmt::Debug + Send + Sync + 'static {
    /// The role prefix, `WORKSPACE_` or `DEPLOYMENT_`.
    const PREFIX: &'static str;
    /// The default role of an added user, team or service account.
    const VIEWER: &'static str;
}

/// The workspace scope.
#[derive(Debug, Clone)]
pub struct Workspace;
impl Kind for Workspace {
    const PREFIX: &'static str = "WORKSPACE_";
    const VIEWER: &'static str = "WORKSPACE_VIEWER";
}

/// The deployment scope.
#[derive(Debug, Clone)]
pub struct Deployment;
impl Kind for Deployment {
    const PREFIX: &'static str = "DEPLOYMENT_";
    const VIEWER: &'static str = "DEPLOYMENT_VIEWER";
}

/// A role checked against scope `S` when the command line is parsed (exit 2, nothing sent).
#[derive(Debug, Clone)]
pub struct ScopedRole<S>(pub Role, PhantomData<S>);

impl<S: Kind> ScopedRole<S> {
    fn parse(text: &str) -> Result<Self, String> {
        resolve::role(text, S::PREFIX).map(|r| ScopedRole(r, PhantomData))
    }

    /// The parser for a role column of a `--from-file`.
    pub fn parser() -> bulk_ops::RoleParser {
        |text| resolve::role(text, S::PREFIX)
    }
}

#[derive(Debug, Subcommand)]
pub enum UserCmd<S: Kind> {
    /// List the users and their role here
    List,
    /// Give a user a role here by e-mail (in a workspace an unknown e-mail gets an invite unless
    /// --bypass-invite), or every row of --from-file (columns: email, role)
    Add {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email, required_unless_present = "from_file", conflicts_with = "from_file")]
        email: Option<String>,
        /// The role (ADMIN, EDITOR or VIEWER of this scope; with --from-file: for rows without a role)
        #[arg(long, default_value = S::VIEWER, value_parser = ScopedRole::<S>::parse)]
        role: ScopedRole<S>,
        /// Add the user directly, without an e-mail invitation (workspaces; system admins)
        #[arg(long)]
        bypass_invite: bool,
        /// With --from-file: change the role of users who already have another one
        #[arg(long, requires = "from_file")]
        update_existing: bool,
        #[command(flatten)]
        bulk: BulkArgs,
    },
    /// Change a user's role here
    Update {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: String,
        /// The role to give
        #[arg(long, value_parser = ScopedRole::<S>::parse)]
        role: ScopedRole<S>,
    },
    /// Take a user's role here away, or every row of --from-file (column: email)
    Remove {
        /// The user's e-mail or username
        #[arg(
            long,
            required_unless_present = "from_file",
            conflicts_with = "from_file"
        )]
        email: Option<String>,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
        #[command(flatten)]
        bulk: BulkArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TeamCmd<S: Kind> {
    /// List the teams and their role here
    List,
    /// Give a team a role here
    Add {
        /// The team's id (see `houston team list`)
        #[arg(long)]
        team: String,
        /// The role to give
        #[arg(long, default_value = S::VIEWER, value_parser = ScopedRole::<S>::parse)]
        role: ScopedRole<S>,
    },
    /// Change a team's role here
    Update {
        /// The team (id)
        #[arg(long)]
        team: String,
        /// The role to give
        #[arg(long, value_parser = ScopedRole::<S>::parse)]
        role: ScopedRole<S>,
    },
    /// Take a team's role here away
    Remove {
        /// The team (id)
        #[arg(long)]
        team: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ServiceAccountCmd<S: Kind> {
    /// List the service accounts here
    List,
    /// Show one service account
    Get {
        /// The service account's id
        id: String,
    },
    /// Create a service account; its API key is shown once (or written to --key-file). With
    /// --from-file (columns: label, role, category), keys go to --key-dir
    Create {
        /// A label (the name shown in lists)
        #[arg(
            long,
            required_unless_present = "from_file",
            conflicts_with = "from_file"
        )]
        label: Option<String>,
        /// A category for the service account (free text, e.g. CI)
        #[arg(long)]
        category: Option<String>,
        /// The role (ADMIN, EDITOR or VIEWER of this scope)
        #[arg(long, default_value = S::VIEWER, value_parser = ScopedRole::<S>::parse)]
        role: ScopedRole<S>,
        #[command(flatten)]
        key: KeyFileArgs,
        /// With --from-file: write each key to DIR/LABEL.key (0600; DIR is created 0700)
        /// instead of the output
        #[arg(long, value_name = "DIR", requires = "from_file")]
        key_dir: Option<PathBuf>,
        #[command(flatten)]
        bulk: BulkArgs,
    },
    /// Delete a service account
    Delete {
        /// The service account's id
        id: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

/// Where a new service account's key goes, for every `service-account create`.
#[derive(Debug, Clone, clap::Args)]
pub struct KeyFileArgs {
    /// Write the API key to this file (mode 0600) instead of showing it
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Replace an existing --key-file
    #[arg(long, requires = "key_file")]
    pub force: bool,
}

impl KeyFileArgs {
    /// Checks `--key-file` before the account exists: its key can be written once only, so a
    /// path that cannot take it must fail while nothing has been created (exit 2).
    pub fn check(&self) -> anyhow::Result<()> {
        let Some(path) = &self.key_file else {
            return Ok(());
        };
        let shown = path.display();
        if path.is_dir() {
            return Err(usage(format!(
                "--key-file {shown} is a directory: name a file in it; nothing was sent"
            )));
        }
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !parent.is_dir() {
            return Err(usage(format!(
                "--key-file {shown}: the directory {} does not exist; create it first; nothing was sent",
                parent.display()
            )));
        }
        if path.exists() && !self.force {
            return Err(usage(format!(
                "--key-file {shown} exists: pass --force to replace it, or name another file; nothing was sent"
            )));
        }
        Ok(())
    }
}

/// Checks `--key-dir` before anything is sent: an existing directory must be one and be the
/// caller's alone (its files will be API keys); a missing one is created 0700 by the run.
pub fn check_key_dir(dir: &Path) -> anyhow::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let shown = dir.display();
    if !dir.is_dir() {
        return Err(usage(format!(
            "--key-dir {shown} is not a directory; nothing was sent"
        )));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir)
            .map_err(|e| usage(format!("--key-dir {shown}: {e}")))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(usage(format!(
                "--key-dir {shown} is open to other users (mode {:o}): `chmod 700 {shown}` or name a new directory; nothing was sent",
                mode & 0o777
            )));
        }
    }
    Ok(())
}

/// Creates `--key-dir` (0700) if it is missing.
pub fn make_key_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| usage(format!("cannot create {}: {e}", dir.display())))
}

/// The checks every access command makes before its first request: a bad `--from-file` row, a
/// `--key-file` or `--key-dir` that cannot take a key, a flag the scope has no use for.
pub fn precheck_users<S: Kind>(
    command: &UserCmd<S>,
    scope_has_invites: bool,
) -> anyhow::Result<()> {
    match command {
        UserCmd::Add {
            bypass_invite: true,
            ..
        } if !scope_has_invites => Err(usage(
            "--bypass-invite is for workspaces: a deployment role goes to a user at once",
        )),
        UserCmd::Add { bulk, .. } => bulk_ops::precheck(
            bulk,
            bulk_ops::Precheck::Users {
                role_of: ScopedRole::<S>::parser(),
                with_role: true,
            },
        ),
        UserCmd::Remove { bulk, .. } => bulk_ops::precheck(
            bulk,
            bulk_ops::Precheck::Users {
                role_of: ScopedRole::<S>::parser(),
                with_role: false,
            },
        ),
        _ => Ok(()),
    }
}

/// See [`precheck_users`].
pub fn precheck_service_accounts<S: Kind>(command: &ServiceAccountCmd<S>) -> anyhow::Result<()> {
    if let ServiceAccountCmd::Create {
        bulk, key_dir, key, ..
    } = command
    {
        if key.key_file.is_some() && bulk.from_file.is_some() {
            return Err(usage(
                "--key-file names the file of one key: with --from-file, keys go to --key-dir",
            ));
        }
        key.check()?;
        if let Some(dir) = key_dir {
            check_key_dir(dir)?;
        }
        bulk_ops::precheck(
            bulk,
            bulk_ops::Precheck::ServiceAccounts {
                role_of: ScopedRole::<S>::parser(),
                key_files: key_dir.is_some(),
            },
        )?;
    }
    Ok(())
}

/// A workspace or deployment, found: the run-time half of a scope.
#[derive(Debug, Clone)]
pub enum Scope {
    Workspace(resolve::FoundWorkspace),
    Deployment(resolve::FoundDeployment),
}

/// A user as the commands need it: id, the names it answers to, its role in the scope.
#[derive(Debug, Clone)]
pub struct Member {
    pub id: String,
    /// E-mail addresses and username, lower-case.
    pub names: Vec<String>,
    pub role: Option<Role>,
}

impl Member {
    /// True when `who` (an e-mail or username) is this user, ignoring case.
    pub fn is(&self, who: &str) -> bool {
        let who = who.to_ascii_lowercase();
        self.names.contains(&who)
    }
}

/// The users of a scope: typed for look-ups, and the server's list for `-o json`.
pub struct Members {
    pub members: Vec<Member>,
    /// The server's list with each user's `role` here set, in the same order as `members`.
    shown: Value,
}

impl Members {
    fn new(members: impl Iterator<Item = Member>, answer: Value) -> Self {
        let members: Vec<Member> = members.collect();
        let roles = members.iter().map(|m| m.role.clone());
        let shown = with_roles(non_null(answer), roles);
        Members { members, shown }
    }

    /// The server's list with each user's `role` here added (Houston returns every binding).
    pub fn shown(self) -> Value {
        self.shown
    }

    /// The user `who` (e-mail or username), with the server's object for it.
    pub fn find(&self, who: &str) -> Option<(&Member, Value)> {
        let index = self.members.iter().position(|m| m.is(who))?;
        Some((&self.members[index], self.shown[index].clone()))
    }
}

/// `items` with `role` set on each from `roles` (in the same order), in place.
fn with_roles(mut items: Value, roles: impl IntoIterator<Item = Option<Role>>) -> Value {
    if let Some(list) = items.as_array_mut() {
        for (item, role) in list.iter_mut().zip(roles) {
            if item.is_object() {
                item["role"] = json!(role.as_ref().map(Role::as_str));
            }
        }
    }
    items
}

/// A new service account: its key (the only time it exists in clear) and the server's answer.
pub struct Created {
    pub key: Option<String>,
    pub answer: Value,
}

/// What an add answers.
pub enum Added {
    /// A workspace's members after the add (an invited address is not among them).
    Members(Members),
    /// A deployment's new role binding.
    Binding(Value),
}

/// A service account in a list: what a bulk create needs to skip or find one.
pub struct Listed {
    pub id: String,
    pub label: Option<String>,
}

/// A [`Member`] from any typed user with `id`, `username`, `emails` and scoped `roleBindings`
/// (each operation has its own generated type for the same selection).
macro_rules! member {
    ($user:expr, $binding:ident, $scope_id:expr) => {{
        let u = $user;
        Member {
            role: role_at!(u.role_bindings.iter(), $binding, $scope_id),
            names: names(
                u.emails.into_iter().flatten().flatten().map(|e| e.address),
                u.username,
            ),
            id: u.id,
        }
    }};
}

/// The role among typed `roleBindings` that holds at the scope with `$scope_id` (each operation
/// has its own generated binding type).
macro_rules! role_at {
    ($bindings:expr, $binding:ident, $scope_id:expr) => {
        $bindings
            .into_iter()
            .find(|b| b.$binding.as_ref().is_some_and(|s| s.id == $scope_id))
            .and_then(|b| b.role.clone())
    };
}

fn names(
    emails: impl IntoIterator<Item = Option<String>>,
    username: Option<String>,
) -> Vec<String> {
    emails
        .into_iter()
        .flatten()
        .chain(username)
        .map(|n| n.to_ascii_lowercase())
        .collect()
}

impl Scope {
    /// The workspace or deployment id.
    pub fn id(&self) -> &str {
        match self {
            Scope::Workspace(w) => &w.id,
            Scope::Deployment(d) => &d.id,
        }
    }

    /// "workspace demo", "deployment orbiting-telescope-0042".
    pub fn named(&self) -> String {
        match self {
            Scope::Workspace(w) => format!("workspace {}", w.name()),
            Scope::Deployment(d) => format!("deployment {}", d.release_name),
        }
    }

    /// Where a role holds: "in workspace demo", "on deployment …".
    pub fn at(&self) -> String {
        match self {
            Scope::Workspace(_) => format!("in {}", self.named()),
            Scope::Deployment(_) => format!("on {}", self.named()),
        }
    }

    /// The command noun and its flag, for commands in messages.
    pub fn noun_and_flag(&self) -> (&'static str, &'static str, &str) {
        match self {
            Scope::Workspace(w) => ("workspace", "-w", &w.id),
            Scope::Deployment(d) => ("deployment", "-d", &d.release_name),
        }
    }

    /// The scope as an object in outputs: `{"workspace": {"id", "label"}}` or
    /// `{"deployment": {"id", "releaseName"}}`.
    fn place(&self) -> (&'static str, Value) {
        match self {
            Scope::Workspace(w) => ("workspace", json!({"id": w.id, "label": w.label})),
            Scope::Deployment(d) => (
                "deployment",
                json!({"id": d.id, "releaseName": d.release_name}),
            ),
        }
    }

    /// The column that names the scope in an output row.
    fn place_column(&self) -> Column {
        match self {
            Scope::Workspace(_) => ("WORKSPACE", "workspace.label"),
            Scope::Deployment(_) => ("DEPLOYMENT", "deployment.releaseName"),
        }
    }

    /// The users here and their role here.
    pub async fn members(&self, client: &Client) -> Result<Members, crate::Error> {
        Ok(match self {
            Scope::Workspace(w) => {
                let r = ops::workspace_users::call(client, w.id.clone()).await?;
                let users = r.data.workspace_users.into_iter().flatten().flatten();
                Members::new(users.map(|u| member!(u, workspace, w.id)), answer(r.raw))
            }
            Scope::Deployment(d) => {
                let r = ops::deployment_users::call(client, d.id.clone()).await?;
                let users = r.data.deployment_users.into_iter().flatten().flatten();
                Members::new(users.map(|u| member!(u, deployment, d.id)), answer(r.raw))
            }
        })
    }

    /// Gives `email` a role here: a workspace answers with its members, a deployment with the
    /// new binding.
    pub async fn add_user(
        &self,
        client: &Client,
        email: String,
        role: Role,
        bypass_invite: bool,
    ) -> Result<Added, crate::Error> {
        let invite = bypass_invite.then_some(true);
        Ok(match self {
            Scope::Workspace(w) => {
                let r = ops::workspace_add_user::call(client, w.id.clone(), email, role, invite)
                    .await?;
                let users = r.data.workspace_add_user.and_then(|a| a.users);
                let users = users.into_iter().flatten().flatten();
                Added::Members(Members::new(
                    users.map(|u| member!(u, workspace, w.id)),
                    answer(r.raw)["users"].take(),
                ))
            }
            Scope::Deployment(d) => {
                let r =
                    ops::deployment_add_user_role::call(client, d.id.clone(), email, role).await?;
                Added::Binding(answer(r.raw))
            }
        })
    }

    /// Adds without reading back the members (a bulk row): the workspace form that returns no
    /// user list.
    pub async fn add_user_quietly(
        &self,
        client: &Client,
        email: String,
        role: Role,
        bypass_invite: bool,
    ) -> Result<(), crate::Error> {
        let Scope::Workspace(w) = self else {
            return self.add_user(client, email, role, false).await.map(drop);
        };
        let invite = bypass_invite.then_some(true);
        ops::workspace_add_user_quietly::call(client, w.id.clone(), email, role, invite).await?;
        Ok(())
    }

    /// Changes `email`'s role here; the role the server now reports.
    pub async fn set_user_role(
        &self,
        client: &Client,
        email: String,
        role: Role,
    ) -> Result<Role, crate::Error> {
        let now = match self {
            Scope::Workspace(w) => {
                let to = role.clone();
                ops::workspace_upsert_user_role::call(client, w.id.clone(), email, to)
                    .await?
                    .data
                    .workspace_upsert_user_role
            }
            Scope::Deployment(d) => {
                let to = role.clone();
                ops::deployment_update_user_role::call(client, d.id.clone(), email, to)
                    .await?
                    .data
                    .deployment_update_user_role
                    .and_then(|b| b.role)
            }
        };
        Ok(now.unwrap_or(role))
    }

    /// Takes `member`'s role here away.
    pub async fn remove_user(
        &self,
        client: &Client,
        email: String,
        user_id: String,
    ) -> Result<(), crate::Error> {
        match self {
            Scope::Workspace(w) => {
                ops::workspace_remove_user::call(client, w.id.clone(), user_id).await?;
            }
            Scope::Deployment(d) => {
                ops::deployment_remove_user_role::call(client, d.id.clone(), email).await?;
            }
        }
        Ok(())
    }

    /// The teams here, each with its role here.
    async fn teams(&self, client: &Client) -> Result<Value, crate::Error> {
        Ok(match self {
            Scope::Workspace(w) => {
                let r = ops::workspace_teams::call(client, w.id.clone()).await?;
                let teams = r.data.workspace_teams.unwrap_or_default().into_iter();
                let roles = teams.map(|t| {
                    let bindings = t?.role_bindings?.into_iter().flatten();
                    role_at!(bindings, workspace, w.id)
                });
                with_roles(answer(r.raw), roles)
            }
            Scope::Deployment(d) => {
                let r = ops::deployment_teams::call(client, d.id.clone()).await?;
                let teams = r.data.deployment_teams.unwrap_or_default().into_iter();
                let roles = teams.map(|t| {
                    let bindings = t?.role_bindings?.into_iter().flatten();
                    role_at!(bindings, deployment, d.id)
                });
                with_roles(answer(r.raw), roles)
            }
        })
    }

    /// Gives a team a role here (`update`: it has one already); the role now held.
    async fn set_team_role(
        &self,
        client: &Client,
        team: String,
        role: Role,
        update: bool,
    ) -> Result<Role, crate::Error> {
        let to = role.clone();
        let now = match (self, update) {
            (Scope::Workspace(w), false) => {
                ops::workspace_add_team::call(client, w.id.clone(), team, to).await?;
                None
            }
            (Scope::Workspace(w), true) => {
                ops::workspace_update_team_role::call(client, w.id.clone(), team, to)
                    .await?
                    .data
                    .workspace_update_team_role
            }
            (Scope::Deployment(d), false) => {
                ops::deployment_add_team_role::call(client, d.id.clone(), team, to)
                    .await?
                    .data
                    .deployment_add_team_role
                    .and_then(|b| b.role)
            }
            (Scope::Deployment(d), true) => {
                ops::deployment_update_team_role::call(client, d.id.clone(), team, to)
                    .await?
                    .data
                    .deployment_update_team_role
                    .and_then(|b| b.role)
            }
        };
        Ok(now.unwrap_or(role))
    }

    async fn remove_team(&self, client: &Client, team: String) -> Result<(), crate::Error> {
        match self {
            Scope::Workspace(w) => {
                ops::workspace_remove_team::call(client, w.id.clone(), team).await?;
            }
            Scope::Deployment(d) => {
                ops::deployment_remove_team_role::call(client, d.id.clone(), team).await?;
            }
        }
        Ok(())
    }

    /// The service accounts here: typed for look-ups, and the server's list.
    pub async fn service_accounts(
        &self,
        client: &Client,
    ) -> Result<(Vec<Listed>, Value), crate::Error> {
        Ok(match self {
            Scope::Workspace(w) => {
                let r = ops::workspace_service_accounts::call(client, w.id.clone()).await?;
                let accounts = r.data.workspace_service_accounts.into_iter().flatten();
                listed(accounts.flatten().map(|a| (a.id, a.label)), r.raw)
            }
            Scope::Deployment(d) => {
                let r = ops::deployment_service_accounts::call(client, d.id.clone()).await?;
                let accounts = r.data.deployment_service_accounts.into_iter().flatten();
                listed(accounts.flatten().map(|a| (a.id, a.label)), r.raw)
            }
        })
    }

    /// One service account here, `None` when there is none.
    async fn service_account(&self, client: &Client, id: &str) -> anyhow::Result<Option<Value>> {
        let Scope::Deployment(d) = self else {
            let (typed, listed) = self.service_accounts(client).await?;
            let index = typed.iter().position(|sa| sa.id == id);
            return Ok(index.map(|index| listed[index].clone()));
        };
        let r = ops::deployment_service_account::call(client, d.id.clone(), id.to_string()).await?;
        Ok(r.data
            .deployment_service_account
            .is_some()
            .then(|| answer(r.raw)))
    }

    /// What to do about a service account whose key was lost with the answer that held it.
    pub fn lost_key(&self, id: &str) -> Value {
        let (noun, flag, target) = self.noun_and_flag();
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
    ) -> Result<Created, crate::Error> {
        let (key, raw) = match self {
            Scope::Workspace(w) => {
                let id = w.id.clone();
                let call =
                    ops::create_workspace_service_account::call(client, label, category, id, role);
                let r = call.await?;
                let key = r.data.create_workspace_service_account;
                (key.and_then(|s| s.api_key), r.raw)
            }
            Scope::Deployment(d) => {
                let id = d.id.clone();
                let call =
                    ops::create_deployment_service_account::call(client, label, category, id, role);
                let r = call.await?;
                let key = r.data.create_deployment_service_account;
                (key.and_then(|s| s.api_key), r.raw)
            }
        };
        Ok(Created {
            key,
            answer: answer(raw),
        })
    }

    async fn delete_service_account(
        &self,
        client: &Client,
        id: String,
    ) -> Result<Value, crate::Error> {
        let raw = match self {
            Scope::Workspace(w) => {
                ops::delete_workspace_service_account::call(client, id, w.id.clone())
                    .await?
                    .raw
            }
            Scope::Deployment(d) => {
                ops::delete_deployment_service_account::call(client, id, d.id.clone())
                    .await?
                    .raw
            }
        };
        Ok(answer(raw))
    }
}

/// The typed look-up list of service accounts (id, label) and the server's list.
fn listed(
    accounts: impl Iterator<Item = (String, Option<String>)>,
    raw: Value,
) -> (Vec<Listed>, Value) {
    let listed = accounts.map(|(id, label)| Listed { id, label }).collect();
    (listed, non_null(answer(raw)))
}

/// A list the server answered `null` for is shown as an empty list.
fn non_null(v: Value) -> Value {
    if v.is_null() { json!([]) } else { v }
}

/// The users table: the deployment answer has no status.
fn user_columns(scope: &Scope) -> &'static [Column] {
    match scope {
        Scope::Workspace(_) => &[
            ("ID", "id"),
            ("USERNAME", "username"),
            ("NAME", "fullName"),
            ("EMAIL", "emails.address"),
            ("ROLE", "role"),
            ("STATUS", "status"),
        ],
        Scope::Deployment(_) => &[
            ("ID", "id"),
            ("USERNAME", "username"),
            ("NAME", "fullName"),
            ("EMAIL", "emails.address"),
            ("ROLE", "role"),
        ],
    }
}

/// What an add answers about the member (it has no name or status).
const ADDED_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("USERNAME", "username"),
    ("EMAIL", "emails.address"),
    ("ROLE", "role"),
];

const BINDING_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("ROLE", "role"),
    ("USER", "user.username"),
    ("DEPLOYMENT", "deployment.releaseName"),
];

pub const SERVICE_ACCOUNT_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("CATEGORY", "category"),
    ("ROLE", "roleBindings.role"),
    ("ACTIVE", "active"),
    ("LAST USED", "lastUsedAt"),
];

pub const CREATED_KEY_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("CATEGORY", "category"),
    ("API KEY", "apiKey"),
];

/// `… user …` for a workspace or a deployment.
pub async fn users<S: Kind>(
    command: UserCmd<S>,
    ctx: &Ctx,
    client: &Arc<Client>,
    scope: Scope,
) -> anyhow::Result<()> {
    match command {
        UserCmd::List => {
            let members = scope.members(client).await?;
            ctx.out.data(
                &sorted(members.shown(), "emails.address"),
                user_columns(&scope),
            )
        }
        UserCmd::Add {
            email: None,
            role,
            bypass_invite,
            update_existing,
            bulk,
        } => {
            bulk_ops::users_add(
                ctx,
                client,
                &scope,
                &bulk,
                role.0,
                bypass_invite,
                update_existing,
            )
            .await
        }
        UserCmd::Add {
            email: Some(email),
            role: ScopedRole(role, _),
            bypass_invite,
            ..
        } => add_one(ctx, client, &scope, email, role, bypass_invite).await,
        UserCmd::Update {
            email,
            role: ScopedRole(role, _),
        } => {
            let now = scope.set_user_role(client, email.clone(), role).await?;
            ctx.out
                .message(&format!("{email} is now {now} {}", scope.at()));
            let (noun, place) = scope.place();
            ctx.out.data(
                &json!({"email": email, "role": now.as_str(), noun: place}),
                &[("EMAIL", "email"), ("ROLE", "role"), scope.place_column()],
            )
        }
        UserCmd::Remove {
            email: None, bulk, ..
        } => bulk_ops::users_remove(ctx, client, &scope, &bulk).await,
        UserCmd::Remove {
            email: Some(email),
            yes,
            ..
        } => {
            let members = scope.members(client).await?;
            let Some((member, _)) = members.find(&email) else {
                anyhow::bail!("{email} is not a user of {}", scope.named());
            };
            let id = member.id.clone();
            resolve::confirm(yes, &format!("Remove {email} from {}", scope.named()))?;
            scope.remove_user(client, email.clone(), id.clone()).await?;
            ctx.out
                .message(&format!("Removed {email} from {}", scope.named()));
            let (noun, place) = scope.place();
            ctx.out.data(
                &json!({"id": id, "email": email, noun: place}),
                &[("ID", "id"), ("EMAIL", "email"), scope.place_column()],
            )
        }
    }
}

/// One `user add`: a workspace answers with its members (or nothing, for an invitation); a
/// deployment with the new binding.
async fn add_one(
    ctx: &Ctx,
    client: &Client,
    scope: &Scope,
    email: String,
    role: Role,
    bypass_invite: bool,
) -> anyhow::Result<()> {
    let added = match scope
        .add_user(client, email.clone(), role.clone(), bypass_invite)
        .await
    {
        Ok(a) => a,
        Err(e) => return already_there(ctx, client, scope, &email, &role, e).await,
    };
    let members = match added {
        Added::Binding(binding) => {
            ctx.out
                .message(&format!("{email} is now {role} {}", scope.at()));
            return ctx.out.data(&binding, BINDING_COLUMNS);
        }
        Added::Members(members) => members,
    };
    match members.find(&email) {
        Some((_, user)) => {
            ctx.out
                .message(&format!("Added {email} to {} as {role}.", scope.named()));
            ctx.out.data(&user, ADDED_COLUMNS)
        }
        None => {
            ctx.out.message(&format!(
                "Invited {email} to {} as {role}: they join once they accept the e-mail invitation",
                scope.named()
            ));
            invited(ctx, scope, &email, &role)
        }
    }
}

fn invited(ctx: &Ctx, scope: &Scope, email: &str, role: &Role) -> anyhow::Result<()> {
    let (noun, place) = scope.place();
    ctx.out.data(
        &json!({"email": email, "role": role.as_str(), "status": "invited", noun: place}),
        &[
            ("EMAIL", "email"),
            ("ROLE", "role"),
            ("STATUS", "status"),
            scope.place_column(),
        ],
    )
}

/// A single add the server refused because the member or the invite is already there: the
/// same role (or an invite) is "unchanged", exit 0, as in the bulk path, so the README's first
/// command can be run twice; another role points to `… user update`.
async fn already_there(
    ctx: &Ctx,
    client: &Client,
    scope: &Scope,
    email: &str,
    role: &Role,
    error: crate::Error,
) -> anyhow::Result<()> {
    if error.is_already_invited() {
        ctx.out.message(&format!(
            "{email} is already invited to {}: unchanged.",
            scope.named()
        ));
        return invited(ctx, scope, email, role);
    }
    if !error.is_already_member() {
        return Err(error.into());
    }
    let members = scope.members(client).await?;
    let Some((member, user)) = members.find(email) else {
        return Err(error.into());
    };
    let has = member.role.as_ref().map(Role::as_str).unwrap_or_default();
    if has == role.as_str() {
        ctx.out.message(&format!(
            "{email} is already {has} {}: unchanged.",
            scope.at()
        ));
        return ctx.out.data(&user, ADDED_COLUMNS);
    }
    let (noun, flag, target) = scope.noun_and_flag();
    Err(anyhow::anyhow!(
        "{email} is already {has} {}; to make them {role}, run `houston {noun} user update {flag} {target} --email {email} --role {role}`.",
        scope.at()
    ))
}

/// `… team …` for a workspace or a deployment.
pub async fn teams<S: Kind>(
    command: TeamCmd<S>,
    ctx: &Ctx,
    client: &Client,
    scope: Scope,
) -> anyhow::Result<()> {
    let (noun, place) = scope.place();
    let columns: &[Column] = &[("TEAM", "team"), ("ROLE", "role"), scope.place_column()];
    let (team, role) = match command {
        TeamCmd::List => {
            return ctx.out.data(
                &sorted(scope.teams(client).await?, "name"),
                &[("ID", "id"), ("NAME", "name"), ("ROLE", "role")],
            );
        }
        TeamCmd::Add { team, role } => {
            let now = scope
                .set_team_role(client, team.clone(), role.0, false)
                .await?;
            ctx.out
                .message(&format!("Team {team} is now {now} {}", scope.at()));
            (team, Some(now))
        }
        TeamCmd::Update { team, role } => {
            let now = scope
                .set_team_role(client, team.clone(), role.0, true)
                .await?;
            ctx.out
                .message(&format!("Team {team} is now {now} {}", scope.at()));
            (team, Some(now))
        }
        TeamCmd::Remove { team, yes } => {
            resolve::confirm(yes, &format!("Remove team {team} from {}", scope.named()))?;
            scope.remove_team(client, team.clone()).await?;
            ctx.out
                .message(&format!("Removed team {team} from {}", scope.named()));
            (team, None)
        }
    };
    ctx.out.data(
        &json!({"team": team, "role": role.as_ref().map(Role::as_str), noun: place}),
        columns,
    )
}

/// `… service-account …` for a workspace or a deployment.
pub async fn service_accounts<S: Kind>(
    command: ServiceAccountCmd<S>,
    ctx: &Ctx,
    client: &Arc<Client>,
    scope: Scope,
) -> anyhow::Result<()> {
    match command {
        ServiceAccountCmd::List => {
            let (_, listed) = scope.service_accounts(client).await?;
            ctx.out
                .data(&sorted(listed, "label"), SERVICE_ACCOUNT_COLUMNS)
        }
        ServiceAccountCmd::Get { id } => {
            let Some(found) = scope.service_account(client, &id).await? else {
                anyhow::bail!("no service account `{id}` in {}", scope.named());
            };
            ctx.out.data(&found, SERVICE_ACCOUNT_COLUMNS)
        }
        ServiceAccountCmd::Create {
            label: None,
            role,
            key_dir,
            bulk,
            ..
        } => bulk_ops::service_accounts_create(ctx, client, scope, &bulk, role.0, key_dir).await,
        ServiceAccountCmd::Create {
            label: Some(label),
            category,
            role,
            key,
            ..
        } => {
            let created = scope
                .create_service_account(client, label, category, role.0)
                .await?;
            show_created_key(ctx, created, key.key_file)
        }
        ServiceAccountCmd::Delete { id, yes } => {
            resolve::confirm(
                yes,
                &format!("Delete service account {id} of {}", scope.named()),
            )?;
            let deleted = scope.delete_service_account(client, id).await?;
            ctx.out.data(&deleted, &[("ID", "id"), ("LABEL", "label")])
        }
    }
}

/// A new service account's key exists in clear exactly once: show it with a warning, or put it
/// in a 0600 file and leave it out of the output.
pub fn show_created_key(
    ctx: &Ctx,
    created: Created,
    key_file: Option<PathBuf>,
) -> anyhow::Result<()> {
    let mut shown = created.answer;
    match (created.key, key_file) {
        (Some(key), Some(path)) => {
            resolve::store_secret(ctx, &path, &key, "API key")?;
            shown["apiKey"] = Value::Null;
        }
        (Some(_), None) => ctx.out.warn(
            "this is the only time the API key is shown: store it now (or use --key-file next time)",
        ),
        (None, _) => ctx.out.warn("the server returned no API key"),
    }
    ctx.out.data(&shown, CREATED_KEY_COLUMNS)
}
