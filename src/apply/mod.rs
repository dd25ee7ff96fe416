//! Administration as code: a desired state (workspaces with their users, teams, service
//! accounts and deployments; deployments with their settings, variables and members; system
//! role bindings), the plan that makes the platform match it, and its application through the
//! [`crate::bulk`] engine.
//!
//! ```no_run
//! # async fn f(client: std::sync::Arc<houston::Client>) -> Result<(), houston::Error> {
//! use houston::apply::{DesiredState, plan, apply};
//! let desired: DesiredState = serde_json::from_str(r#"{"workspaces": {"data-eng": {
//!     "users": {"ada@example.com": "WORKSPACE_ADMIN"}}}}"#).unwrap();
//! let plan = plan(&client, &desired, false).await?;
//! let outcome = apply(&client, &plan, Default::default()).await?;
//! # Ok(()) }
//! ```
//!
//! Reading the platform takes one request (two when the file names system roles), whatever
//! the number of workspaces, deployments and members; see [`read`].

mod platform;

use crate::bulk::{self, Item, Outcome};
use crate::houston::Version;
use crate::{Client, Error};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Teams (workspace and deployment role bindings) arrived in Houston 0.28.
pub const TEAMS_SINCE: Version = Version(0, 28, 0);
/// Team system role bindings arrived in Houston 0.29.2.
pub const TEAM_SYSTEM_ROLES_SINCE: Version = Version(0, 29, 2);
/// Astro Runtime versions replaced Airflow versions in Houston 0.29.
pub const RUNTIME_SINCE: Version = Version(0, 29, 0);

/// The state a file asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DesiredState {
    /// The JSON Schema this file follows (for editors; houston ignores it).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Add users unknown to the platform directly instead of inviting them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bypass_invite: bool,
    /// Platform-wide role bindings (left alone when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_roles: Option<SystemRoles>,
    /// Workspaces by label.
    #[serde(default)]
    pub workspaces: BTreeMap<String, Workspace>,
}

/// Platform-wide role bindings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SystemRoles {
    /// E-mail → system role. The users must exist on the platform.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub users: BTreeMap<String, SystemRole>,
    /// Team name → system role (Houston 0.29.2 and later).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub teams: BTreeMap<String, SystemRole>,
}

/// One workspace as asked for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Workspace {
    /// Its description (left alone when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// E-mail → workspace role.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub users: BTreeMap<String, WorkspaceRole>,
    /// Team name → workspace role (Houston 0.28 and later; teams come from the identity
    /// provider and must exist).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub teams: BTreeMap<String, WorkspaceRole>,
    /// Service-account label → workspace role. A created account's key goes to the key
    /// directory; a role cannot be changed in place.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub service_accounts: BTreeMap<String, WorkspaceRole>,
    /// Deployments by label.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub deployments: BTreeMap<String, Deployment>,
}

/// One deployment as asked for. Settings left out are left alone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Deployment {
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The Helm release name, when pinned (set at creation; cannot change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_name: Option<String>,
    /// The Airflow executor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executor>,
    /// The Astro Runtime version (Houston 0.29 and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_version: Option<String>,
    /// The Airflow version (Astronomer Certified: before Houston 0.29; set at creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow_version: Option<String>,
    /// Environment variables by key (left alone when absent). A plain value is a string;
    /// a secret names where its value comes from and never sits in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<BTreeMap<String, EnvValue>>,
    /// E-mail → deployment role.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub users: BTreeMap<String, DeploymentRole>,
    /// Team name → deployment role (Houston 0.28 and later).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub teams: BTreeMap<String, DeploymentRole>,
    /// Service-account label → deployment role.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub service_accounts: BTreeMap<String, DeploymentRole>,
}

/// An environment variable's value: plain text, or a secret read at apply time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum EnvValue {
    /// A plain value (quote numbers in YAML: `"32"`).
    Value(String),
    /// A secret, by reference.
    Secret(SecretRef),
}

/// Where a secret's value comes from: exactly one of the two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SecretRef {
    /// The name of an environment variable of the process that runs houston.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_from_env: Option<String>,
    /// A file whose contents (less one trailing newline) are the value; relative to the
    /// desired-state file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_from_file: Option<PathBuf>,
}

impl SecretRef {
    /// The secret's value, or what is wrong with the reference.
    pub fn read(&self) -> Result<String, String> {
        match (&self.secret_from_env, &self.secret_from_file) {
            (Some(name), None) => std::env::var(name)
                .map_err(|_| format!("the environment variable {name} (secretFromEnv) is not set")),
            (None, Some(path)) => std::fs::read_to_string(path)
                .map(|t| t.strip_suffix('\n').unwrap_or(&t).to_string())
                .map_err(|e| format!("cannot read {} (secretFromFile): {e}", path.display())),
            _ => Err("a secret takes exactly one of secretFromEnv and secretFromFile".into()),
        }
    }

    /// How the plan shows it: where the value comes from, never the value.
    pub fn describe(&self) -> String {
        match (&self.secret_from_env, &self.secret_from_file) {
            (Some(name), _) => format!("(secret from env {name})"),
            (_, Some(path)) => format!("(secret from file {})", path.display()),
            _ => "(secret)".into(),
        }
    }
}

macro_rules! roles {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name {
            $(
                #[doc = $text]
                #[serde(rename = $text)]
                $variant,
            )*
        }

        impl $name {
            /// The role's name as Houston spells it.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// The role named `text`, if it is one of this scope.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)* _ => None }
            }
        }
    };
}

roles!(
    /// A role in a workspace.
    WorkspaceRole {
        Admin = "WORKSPACE_ADMIN",
        Editor = "WORKSPACE_EDITOR",
        Viewer = "WORKSPACE_VIEWER",
    }
);
roles!(
    /// A role in a deployment.
    DeploymentRole {
        Admin = "DEPLOYMENT_ADMIN",
        Editor = "DEPLOYMENT_EDITOR",
        Viewer = "DEPLOYMENT_VIEWER",
    }
);
roles!(
    /// A platform-wide role.
    SystemRole {
        Admin = "SYSTEM_ADMIN",
        Editor = "SYSTEM_EDITOR",
        Viewer = "SYSTEM_VIEWER",
    }
);
roles!(
    /// An Airflow executor.
    Executor {
        Celery = "CeleryExecutor",
        Kubernetes = "KubernetesExecutor",
        Local = "LocalExecutor",
    }
);

/// A problem in a desired state found before anything is sent, with the keys that lead to it
/// (`["workspaces", "data-eng", "users", "ada@example.com"]`) so a file reader can give its
/// position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The keys from the top of the document to the bad value.
    pub path: Vec<String>,
    /// What is wrong and what to write instead.
    pub message: String,
}

fn problem(path: &[&str], message: impl Into<String>) -> Problem {
    Problem {
        path: path.iter().map(|s| s.to_string()).collect(),
        message: message.into(),
    }
}

fn check_emails<R>(path: &[&str], users: &BTreeMap<String, R>, problems: &mut Vec<Problem>) {
    let mut seen = HashMap::new();
    for email in users.keys() {
        let at: Vec<&str> = path.iter().copied().chain([email.as_str()]).collect();
        if !email.contains('@') || email.trim() != email {
            problems.push(problem(&at, format!("`{email}` is not an e-mail address")));
        }
        if let Some(first) = seen.insert(email.to_ascii_lowercase(), email.clone()) {
            problems.push(problem(
                &at,
                format!("{email} is listed twice (also as {first}); list each user once"),
            ));
        }
    }
}

impl DesiredState {
    /// Every problem a file can have that its syntax does not show: empty labels, malformed or
    /// repeated e-mails, secret references that name nothing or two things.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if let Some(system) = &self.system_roles {
            check_emails(&["systemRoles", "users"], &system.users, &mut problems);
        }
        for (label, w) in &self.workspaces {
            let ws = ["workspaces", label.as_str()];
            if label.trim().is_empty() {
                problems.push(problem(&ws, "a workspace label cannot be empty"));
            }
            check_emails(&[ws[0], ws[1], "users"], &w.users, &mut problems);
            for (dl, d) in &w.deployments {
                let dp = [ws[0], ws[1], "deployments", dl.as_str()];
                if dl.trim().is_empty() {
                    problems.push(problem(&dp, "a deployment label cannot be empty"));
                }
                if d.runtime_version.is_some() && d.airflow_version.is_some() {
                    problems.push(problem(
                        &dp,
                        "give runtimeVersion (Houston 0.29 and later) or airflowVersion (before), not both",
                    ));
                }
                check_emails(
                    &[dp[0], dp[1], dp[2], dp[3], "users"],
                    &d.users,
                    &mut problems,
                );
                for (key, value) in d.env.iter().flatten() {
                    let at = [dp[0], dp[1], dp[2], dp[3], "env", key.as_str()];
                    if key.is_empty() || key.contains(|c: char| c.is_whitespace() || c == '=') {
                        problems.push(problem(&at, format!("`{key}` is not a variable name")));
                    }
                    if let EnvValue::Secret(s) = value
                        && s.secret_from_env.is_some() == s.secret_from_file.is_some()
                    {
                        problems.push(problem(
                            &at,
                            "a secret takes exactly one of secretFromEnv and secretFromFile",
                        ));
                    }
                }
            }
        }
        problems
    }

    /// What the platform at `version` cannot carry (teams before 0.28, team system roles
    /// before 0.29.2, a runtime version before 0.29, an Airflow version after): refused before
    /// anything is sent. An unknown version is taken to be the newest.
    pub fn check_for(&self, version: Option<Version>) -> Vec<Problem> {
        let at_least = |v: Version| version.is_none_or(|p| p >= v);
        let name = version.map_or("this platform".to_string(), |v| format!("Houston {v}"));
        let mut problems = Vec::new();
        if let Some(system) = &self.system_roles
            && !system.teams.is_empty()
            && !at_least(TEAM_SYSTEM_ROLES_SINCE)
        {
            problems.push(problem(
                &["systemRoles", "teams"],
                format!("team system roles need Houston {TEAM_SYSTEM_ROLES_SINCE} or later; {name} cannot carry them: leave them out"),
            ));
        }
        let no_teams = format!(
            "teams need Houston {TEAMS_SINCE} or later; {name} cannot carry them: leave them out"
        );
        for (label, w) in &self.workspaces {
            if !w.teams.is_empty() && !at_least(TEAMS_SINCE) {
                problems.push(problem(&["workspaces", label, "teams"], no_teams.clone()));
            }
            for (dl, d) in &w.deployments {
                let dp = ["workspaces", label.as_str(), "deployments", dl.as_str()];
                if !d.teams.is_empty() && !at_least(TEAMS_SINCE) {
                    problems.push(problem(
                        &[dp[0], dp[1], dp[2], dp[3], "teams"],
                        no_teams.clone(),
                    ));
                }
                if d.runtime_version.is_some() && !at_least(RUNTIME_SINCE) {
                    problems.push(problem(
                        &[dp[0], dp[1], dp[2], dp[3], "runtimeVersion"],
                        format!("runtimeVersion needs Houston {RUNTIME_SINCE} or later; {name} takes airflowVersion instead"),
                    ));
                }
                if d.airflow_version.is_some() && at_least(RUNTIME_SINCE) {
                    problems.push(problem(
                        &[dp[0], dp[1], dp[2], dp[3], "airflowVersion"],
                        format!("airflowVersion is for platforms before Houston {RUNTIME_SINCE}; {name} takes runtimeVersion instead"),
                    ));
                }
            }
        }
        problems
    }

    /// Secret references whose value cannot be read now (a variable not set, a file missing).
    pub fn secret_problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (label, w) in &self.workspaces {
            for (dl, d) in &w.deployments {
                for (key, value) in d.env.iter().flatten() {
                    if let EnvValue::Secret(s) = value
                        && let Err(message) = s.read()
                    {
                        problems.push(problem(
                            &["workspaces", label, "deployments", dl, "env", key],
                            message,
                        ));
                    }
                }
            }
        }
        problems
    }
}

/// Role bindings of one kind in one scope: name (e-mail, team name or service-account label;
/// e-mails in lower case) → (the platform's id of the member, role).
pub type Members = BTreeMap<String, (String, String)>;

/// The platform's state as `plan` read it.
#[derive(Debug, Clone, Default)]
pub struct Current {
    /// The platform's version (`None`: unknown, taken as the newest).
    pub version: Option<Version>,
    /// Workspaces by label.
    pub workspaces: BTreeMap<String, CurrentWorkspace>,
    /// The e-mail (lower case) of whoever the token belongs to, when it is a user's: never
    /// pruned, since removing the applying admin would lock the run out halfway.
    pub caller: Option<String>,
    /// Team name → id, every team the platform knows.
    pub teams: BTreeMap<String, String>,
    /// System role bindings, when read (the file names them, or an export).
    pub system: Option<CurrentSystem>,
}

/// Platform-wide role bindings as they are.
#[derive(Debug, Clone, Default)]
pub struct CurrentSystem {
    /// E-mail → (user id, system role), users with a system role.
    pub users: Members,
    /// E-mail → user id, every user.
    pub all_users: BTreeMap<String, String>,
    /// Team name → (team id, system role).
    pub teams: Members,
}

/// One workspace as it is.
#[derive(Debug, Clone, Default)]
pub struct CurrentWorkspace {
    /// Its id.
    pub id: String,
    /// Its description.
    pub description: Option<String>,
    /// Users.
    pub users: Members,
    /// Teams.
    pub teams: Members,
    /// Service accounts.
    pub service_accounts: Members,
    /// Deployments by label.
    pub deployments: BTreeMap<String, CurrentDeployment>,
}

/// One deployment as it is.
#[derive(Debug, Clone, Default)]
pub struct CurrentDeployment {
    /// Its id.
    pub id: String,
    /// Its release name.
    pub release_name: String,
    /// Its description.
    pub description: Option<String>,
    /// Its executor.
    pub executor: Option<String>,
    /// Its Astro Runtime version.
    pub runtime_version: Option<String>,
    /// Its Airflow version (before 0.29).
    pub airflow_version: Option<String>,
    /// Variables in order: key, value (`None` for a secret: write-only), secret.
    pub env: Vec<(String, Option<String>, bool)>,
    /// Users.
    pub users: Members,
    /// Teams.
    pub teams: Members,
    /// Service accounts.
    pub service_accounts: Members,
}

/// Where a role binding lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "scope", rename_all = "camelCase")]
pub enum Scope {
    /// Platform-wide.
    System,
    /// A workspace.
    Workspace {
        /// Its label.
        workspace: String,
    },
    /// A deployment.
    Deployment {
        /// Its workspace's label.
        workspace: String,
        /// Its label.
        deployment: String,
    },
}

impl Scope {
    fn path(&self) -> String {
        match self {
            Scope::System => "system".into(),
            Scope::Workspace { workspace } => format!("workspace/{workspace}"),
            Scope::Deployment {
                workspace,
                deployment,
            } => format!("workspace/{workspace}/deployment/{deployment}"),
        }
    }

    fn describe(&self) -> String {
        match self {
            Scope::System => "system".into(),
            Scope::Workspace { workspace } => format!("workspace {workspace}"),
            Scope::Deployment {
                workspace,
                deployment,
            } => format!("deployment {workspace}/{deployment}"),
        }
    }
}

/// Who a role binding is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MemberKind {
    /// A user, by e-mail.
    User,
    /// A team, by name.
    Team,
    /// A service account, by label.
    ServiceAccount,
}

impl MemberKind {
    fn word(self) -> &'static str {
        match self {
            MemberKind::User => "user",
            MemberKind::Team => "team",
            MemberKind::ServiceAccount => "service account",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            MemberKind::User => "user",
            MemberKind::Team => "team",
            MemberKind::ServiceAccount => "service-account",
        }
    }
}

/// A deployment's settings at creation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentSettings {
    /// Its description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A pinned release name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release_name: Option<String>,
    /// The executor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executor>,
    /// The Astro Runtime version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime_version: Option<String>,
    /// The Airflow version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub airflow_version: Option<String>,
}

/// One setting of an existing deployment that changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// `description` or `executor`.
    pub field: String,
    /// Its value now.
    pub old: Option<String>,
    /// The value asked for.
    pub new: String,
}

/// One variable that changes, as a reviewer sees it (secret values never shown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VarEdit {
    /// `+`, `~` or `-`.
    pub sign: String,
    /// The key.
    pub key: String,
    /// What it is now, as shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// What it becomes, as shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
}

/// One variable of the list sent (Houston replaces a deployment's whole list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VarSend {
    /// The key.
    pub key: String,
    /// Its value or where a secret's comes from.
    pub value: EnvValue,
}

/// One change of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "camelCase")]
pub enum Change {
    /// Create a workspace (what it holds follows as changes of its own).
    CreateWorkspace {
        /// Its label.
        label: String,
        /// Its description.
        description: Option<String>,
    },
    /// Change a workspace's description.
    UpdateWorkspace {
        /// The workspace's label.
        workspace: String,
        /// The description now.
        old: Option<String>,
        /// The description asked for.
        new: String,
    },
    /// Create a deployment.
    CreateDeployment {
        /// Its workspace's label.
        workspace: String,
        /// Its label.
        label: String,
        /// Its settings.
        settings: DeploymentSettings,
    },
    /// Change an existing deployment's description or executor.
    UpdateDeployment {
        /// Its workspace's label.
        workspace: String,
        /// Its label.
        deployment: String,
        /// What changes.
        fields: Vec<FieldChange>,
    },
    /// Move a deployment to another Astro Runtime version.
    UpdateRuntime {
        /// Its workspace's label.
        workspace: String,
        /// Its label.
        deployment: String,
        /// The version now.
        old: Option<String>,
        /// The version asked for.
        new: String,
    },
    /// Delete a deployment the file does not list (only with prune).
    DeleteDeployment {
        /// Its workspace's label.
        workspace: String,
        /// Its label.
        deployment: String,
        /// Its release name.
        release_name: String,
        /// Its id.
        #[serde(skip)]
        id: String,
    },
    /// Replace a deployment's variables.
    SetVariables {
        /// Its workspace's label.
        workspace: String,
        /// Its label.
        deployment: String,
        /// What changes, for review.
        edits: Vec<VarEdit>,
        /// The whole list to send.
        send: Vec<VarSend>,
    },
    /// Give a user, team or service account a role (create the service account; invite a
    /// user unknown to the platform unless `bypassInvite`).
    AddMember {
        /// Where.
        #[serde(flatten)]
        scope: Scope,
        /// Who.
        kind: MemberKind,
        /// E-mail, team name or label.
        name: String,
        /// The role.
        role: String,
    },
    /// Change a member's role.
    SetRole {
        /// Where.
        #[serde(flatten)]
        scope: Scope,
        /// Who.
        kind: MemberKind,
        /// E-mail or team name.
        name: String,
        /// The role now.
        old: String,
        /// The role asked for.
        new: String,
    },
    /// Remove a member the file does not list (only with prune; never the caller).
    RemoveMember {
        /// Where.
        #[serde(flatten)]
        scope: Scope,
        /// Who.
        kind: MemberKind,
        /// E-mail, team name or label.
        name: String,
        /// The role now.
        role: String,
    },
}

impl Change {
    /// A stable name for the journal and the output
    /// (`workspace/data-eng/deployment/etl/user/ada@example.com`).
    pub fn id(&self) -> String {
        match self {
            Change::CreateWorkspace { label, .. } => format!("workspace/{label}"),
            Change::UpdateWorkspace { workspace, .. } => {
                format!("workspace/{workspace}/description")
            }
            Change::CreateDeployment {
                workspace, label, ..
            } => format!("workspace/{workspace}/deployment/{label}"),
            Change::DeleteDeployment {
                workspace,
                deployment,
                ..
            } => format!("workspace/{workspace}/deployment/{deployment}"),
            Change::UpdateDeployment {
                workspace,
                deployment,
                ..
            } => format!("workspace/{workspace}/deployment/{deployment}/settings"),
            Change::UpdateRuntime {
                workspace,
                deployment,
                ..
            } => format!("workspace/{workspace}/deployment/{deployment}/runtime"),
            Change::SetVariables {
                workspace,
                deployment,
                ..
            } => format!("workspace/{workspace}/deployment/{deployment}/env"),
            Change::AddMember {
                scope, kind, name, ..
            }
            | Change::SetRole {
                scope, kind, name, ..
            }
            | Change::RemoveMember {
                scope, kind, name, ..
            } => format!("{}/{}/{name}", scope.path(), kind.slug()),
        }
    }

    /// `+`, `~` or `-`.
    pub fn sign(&self) -> char {
        match self {
            Change::CreateWorkspace { .. }
            | Change::CreateDeployment { .. }
            | Change::AddMember { .. } => '+',
            Change::UpdateWorkspace { .. }
            | Change::UpdateDeployment { .. }
            | Change::UpdateRuntime { .. }
            | Change::SetVariables { .. }
            | Change::SetRole { .. } => '~',
            Change::RemoveMember { .. } | Change::DeleteDeployment { .. } => '-',
        }
    }

    /// What it does, as a reviewer reads it (secret values never appear).
    pub fn describe(&self) -> String {
        match self {
            Change::CreateWorkspace { label, description } => match description {
                Some(d) => format!("workspace {label} (description {d:?})"),
                None => format!("workspace {label}"),
            },
            Change::UpdateWorkspace {
                workspace,
                old,
                new,
            } => format!(
                "workspace {workspace} description: {:?} → {new:?}",
                old.as_deref().unwrap_or("")
            ),
            Change::CreateDeployment {
                workspace,
                label,
                settings,
            } => {
                let mut parts = Vec::new();
                if let Some(r) = &settings.release_name {
                    parts.push(format!("release {r}"));
                }
                if let Some(e) = settings.executor {
                    parts.push(e.as_str().to_string());
                }
                if let Some(r) = &settings.runtime_version {
                    parts.push(format!("runtime {r}"));
                }
                if let Some(a) = &settings.airflow_version {
                    parts.push(format!("airflow {a}"));
                }
                if parts.is_empty() {
                    format!("deployment {workspace}/{label}")
                } else {
                    format!("deployment {workspace}/{label} ({})", parts.join(", "))
                }
            }
            Change::UpdateDeployment {
                workspace,
                deployment,
                fields,
            } => format!(
                "deployment {workspace}/{deployment} {}",
                fields
                    .iter()
                    .map(|f| format!(
                        "{}: {:?} → {:?}",
                        f.field,
                        f.old.as_deref().unwrap_or(""),
                        f.new
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Change::UpdateRuntime {
                workspace,
                deployment,
                old,
                new,
            } => format!(
                "deployment {workspace}/{deployment} runtime {} → {new}",
                old.as_deref().unwrap_or("none")
            ),
            Change::DeleteDeployment {
                workspace,
                deployment,
                release_name,
                ..
            } => format!("deployment {workspace}/{deployment} ({release_name})"),
            Change::SetVariables {
                workspace,
                deployment,
                edits,
                ..
            } => {
                let mut text = format!("deployment {workspace}/{deployment} variables:");
                for e in edits {
                    text.push_str(&format!("\n    {} {}", e.sign, e.key));
                    match (&e.old, &e.new) {
                        (Some(o), Some(n)) => text.push_str(&format!(" {o} → {n}")),
                        (None, Some(n)) => text.push_str(&format!(" = {n}")),
                        (Some(o), None) => text.push_str(&format!(" ({o})")),
                        (None, None) => {}
                    }
                }
                text
            }
            Change::AddMember {
                scope,
                kind,
                name,
                role,
            }
            | Change::RemoveMember {
                scope,
                kind,
                name,
                role,
            } => format!("{} {} {name} {role}", scope.describe(), kind.word()),
            Change::SetRole {
                scope,
                kind,
                name,
                old,
                new,
            } => format!("{} {} {name} {old} → {new}", scope.describe(), kind.word()),
        }
    }

    /// Workspaces first; then what hangs off them (deployments, members, system roles); then
    /// what hangs off deployments.
    fn phase(&self) -> u8 {
        match self {
            Change::CreateWorkspace { .. } => 0,
            Change::UpdateWorkspace { .. }
            | Change::CreateDeployment { .. }
            | Change::DeleteDeployment { .. } => 1,
            Change::AddMember { scope, .. }
            | Change::SetRole { scope, .. }
            | Change::RemoveMember { scope, .. } => match scope {
                Scope::Deployment { .. } => 2,
                _ => 1,
            },
            Change::UpdateDeployment { .. }
            | Change::UpdateRuntime { .. }
            | Change::SetVariables { .. } => 2,
        }
    }
}

/// The difference between the platform and a desired state.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// What to do, in dependency order.
    pub changes: Vec<Change>,
    /// What exists, is not in the file, and is left alone.
    pub not_managed: Vec<String>,
    /// Add unknown users directly instead of inviting them.
    #[serde(skip)]
    pub bypass_invite: bool,
    /// The state the plan was made from (ids for the changes).
    #[serde(skip)]
    pub current: Current,
}

impl Plan {
    /// True when the platform already matches.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Service accounts the plan creates (their keys are shown once).
    pub fn creates_service_accounts(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| {
                matches!(
                    c,
                    Change::AddMember {
                        kind: MemberKind::ServiceAccount,
                        ..
                    }
                )
            })
            .count()
    }
}

/// Reads the platform (in one request, two when the file names system roles; see [`read`])
/// and compares it with `desired`. With `prune`, what the named workspaces hold and the file
/// does not list is removed; without, it is listed as not managed. Workspaces the file does
/// not name are never touched, nor the token's own user.
pub async fn plan(client: &Client, desired: &DesiredState, prune: bool) -> Result<Plan, Error> {
    let version = client.platform_version().await?;
    let mut problems = desired.check();
    problems.extend(desired.check_for(version));
    if let Some(p) = problems.into_iter().next() {
        return Err(Error::Invalid(format!(
            "{}: {}",
            p.path.join("."),
            p.message
        )));
    }
    let current = platform::read(client, version, desired.system_roles.is_some()).await?;
    diff(current, desired, prune)
}

/// Reads what `plan` compares and `export` writes: every workspace the token sees with its
/// members, service accounts and deployments (with their variables and members), and every
/// team, in ONE request; with `system`, a second request for the users and their system
/// roles (it needs a system role to read them).
pub async fn read(client: &Client, system: bool) -> Result<Current, Error> {
    let version = client.platform_version().await?;
    platform::read(client, version, system).await
}

/// Whether to prune, and whom never to.
#[derive(Clone, Copy)]
struct Pruning<'a> {
    on: bool,
    caller: Option<&'a str>,
}

fn members_diff<R: Copy>(
    plan: &mut Plan,
    scope: &Scope,
    kind: MemberKind,
    want: &BTreeMap<String, R>,
    have: Option<&Members>,
    as_str: impl Fn(R) -> &'static str,
    pruning: Pruning<'_>,
) {
    let Pruning { on: prune, caller } = pruning;
    let lower = kind != MemberKind::Team && kind != MemberKind::ServiceAccount;
    let key = |n: &str| {
        if lower {
            n.to_ascii_lowercase()
        } else {
            n.to_string()
        }
    };
    for (name, role) in want {
        let name = key(name);
        let role = as_str(*role).to_string();
        match have.and_then(|m| m.get(&name)) {
            None => plan.changes.push(Change::AddMember {
                scope: scope.clone(),
                kind,
                name,
                role,
            }),
            Some((_, now)) if *now != role => {
                if kind == MemberKind::ServiceAccount {
                    plan.not_managed.push(format!(
                        "{} service account {name}: {now} here, {role} in the file; a service account's role cannot change: remove it from the file, apply with --prune, then add it back",
                        scope.describe()
                    ));
                } else {
                    plan.changes.push(Change::SetRole {
                        scope: scope.clone(),
                        kind,
                        name,
                        old: now.clone(),
                        new: role,
                    });
                }
            }
            Some(_) => {}
        }
    }
    // One set of the file's names, not a scan of the file per member: a workspace of
    // thousands of members would make the plan quadratic.
    let listed: std::collections::HashSet<String> = want.keys().map(|w| key(w)).collect();
    for (name, (_, role)) in have.into_iter().flatten() {
        if listed.contains(name) {
            continue;
        }
        let what = format!("{} {} {name} ({role})", scope.describe(), kind.word());
        if prune && kind == MemberKind::User && caller == Some(name.as_str()) {
            plan.not_managed
                .push(format!("{what}: not pruned: that is you"));
        } else if prune {
            plan.changes.push(Change::RemoveMember {
                scope: scope.clone(),
                kind,
                name: name.clone(),
                role: role.clone(),
            });
        } else {
            plan.not_managed.push(what);
        }
    }
}

fn shown(value: &EnvValue) -> String {
    match value {
        EnvValue::Value(v) => format!("{v:?}"),
        EnvValue::Secret(s) => s.describe(),
    }
}

/// The plan from a state already read. Fails (before anything is sent) on what the platform
/// cannot do: a team it does not know, a system role for a user it does not know, variables
/// whose replacement would lose secrets the file does not list, a release name that differs.
pub fn diff(current: Current, desired: &DesiredState, prune: bool) -> Result<Plan, Error> {
    let mut plan = Plan {
        bypass_invite: desired.bypass_invite,
        ..Plan::default()
    };
    let caller = current.caller.clone();
    let caller = caller.as_deref();
    let mut refusals = Vec::new();
    let known_team = |name: &str, path: String, refusals: &mut Vec<String>| {
        if !current.teams.contains_key(name) {
            refusals.push(format!(
                "{path}: team {name} does not exist on the platform (teams come from the identity provider; check its name)"
            ));
        }
    };
    if let Some(system) = &desired.system_roles {
        let now = current.system.clone().unwrap_or_default();
        for email in system.users.keys() {
            if !now.all_users.contains_key(&email.to_ascii_lowercase()) {
                refusals.push(format!(
                    "systemRoles.users.{email}: no such user on the platform (a system role needs an existing user; add them to a workspace first)"
                ));
            }
        }
        for name in system.teams.keys() {
            known_team(name, format!("systemRoles.teams.{name}"), &mut refusals);
        }
        members_diff(
            &mut plan,
            &Scope::System,
            MemberKind::User,
            &system.users,
            Some(&now.users),
            SystemRole::as_str,
            Pruning { on: prune, caller },
        );
        members_diff(
            &mut plan,
            &Scope::System,
            MemberKind::Team,
            &system.teams,
            Some(&now.teams),
            SystemRole::as_str,
            Pruning { on: prune, caller },
        );
    }
    for (label, w) in &desired.workspaces {
        let now = current.workspaces.get(label);
        match now {
            None => plan.changes.push(Change::CreateWorkspace {
                label: label.clone(),
                description: w.description.clone(),
            }),
            Some(now) => {
                if let Some(d) = &w.description
                    && now.description.as_deref().unwrap_or("") != d
                {
                    plan.changes.push(Change::UpdateWorkspace {
                        workspace: label.clone(),
                        old: now.description.clone(),
                        new: d.clone(),
                    });
                }
            }
        }
        let scope = Scope::Workspace {
            workspace: label.clone(),
        };
        for name in w.teams.keys() {
            known_team(
                name,
                format!("workspaces.{label}.teams.{name}"),
                &mut refusals,
            );
        }
        members_diff(
            &mut plan,
            &scope,
            MemberKind::User,
            &w.users,
            now.map(|n| &n.users),
            WorkspaceRole::as_str,
            Pruning { on: prune, caller },
        );
        members_diff(
            &mut plan,
            &scope,
            MemberKind::Team,
            &w.teams,
            now.map(|n| &n.teams),
            WorkspaceRole::as_str,
            Pruning { on: prune, caller },
        );
        members_diff(
            &mut plan,
            &scope,
            MemberKind::ServiceAccount,
            &w.service_accounts,
            now.map(|n| &n.service_accounts),
            WorkspaceRole::as_str,
            Pruning { on: prune, caller },
        );
        for (dl, d) in &w.deployments {
            let dnow = now.and_then(|n| n.deployments.get(dl));
            let path = format!("workspaces.{label}.deployments.{dl}");
            match dnow {
                None => plan.changes.push(Change::CreateDeployment {
                    workspace: label.clone(),
                    label: dl.clone(),
                    settings: DeploymentSettings {
                        description: d.description.clone(),
                        release_name: d.release_name.clone(),
                        executor: d.executor,
                        runtime_version: d.runtime_version.clone(),
                        airflow_version: d.airflow_version.clone(),
                    },
                }),
                Some(dn) => {
                    if let Some(r) = &d.release_name
                        && *r != dn.release_name
                    {
                        refusals.push(format!(
                            "{path}.releaseName: the deployment's release name is {}, and a release name cannot change (remove the line or write {})",
                            dn.release_name, dn.release_name
                        ));
                    }
                    let mut fields = Vec::new();
                    if let Some(want) = &d.description
                        && dn.description.as_deref().unwrap_or("") != want
                    {
                        fields.push(FieldChange {
                            field: "description".into(),
                            old: dn.description.clone(),
                            new: want.clone(),
                        });
                    }
                    if let Some(want) = d.executor
                        && dn.executor.as_deref() != Some(want.as_str())
                    {
                        fields.push(FieldChange {
                            field: "executor".into(),
                            old: dn.executor.clone(),
                            new: want.as_str().into(),
                        });
                    }
                    if !fields.is_empty() {
                        plan.changes.push(Change::UpdateDeployment {
                            workspace: label.clone(),
                            deployment: dl.clone(),
                            fields,
                        });
                    }
                    if let Some(want) = &d.runtime_version
                        && dn.runtime_version.as_deref() != Some(want.as_str())
                    {
                        plan.changes.push(Change::UpdateRuntime {
                            workspace: label.clone(),
                            deployment: dl.clone(),
                            old: dn.runtime_version.clone(),
                            new: want.clone(),
                        });
                    }
                    if let Some(want) = &d.airflow_version
                        && dn.airflow_version.as_deref() != Some(want.as_str())
                    {
                        plan.not_managed.push(format!(
                            "deployment {label}/{dl} airflow {}: houston does not upgrade Airflow versions; the file's {want} applies at creation only",
                            dn.airflow_version.as_deref().unwrap_or("none")
                        ));
                    }
                }
            }
            if let Some(env) = &d.env {
                env_diff(
                    &mut plan,
                    &mut refusals,
                    label,
                    dl,
                    env,
                    dnow.map(|n| n.env.as_slice()).unwrap_or_default(),
                    prune,
                );
            }
            let dscope = Scope::Deployment {
                workspace: label.clone(),
                deployment: dl.clone(),
            };
            for name in d.teams.keys() {
                known_team(name, format!("{path}.teams.{name}"), &mut refusals);
            }
            members_diff(
                &mut plan,
                &dscope,
                MemberKind::User,
                &d.users,
                dnow.map(|n| &n.users),
                DeploymentRole::as_str,
                Pruning { on: prune, caller },
            );
            members_diff(
                &mut plan,
                &dscope,
                MemberKind::Team,
                &d.teams,
                dnow.map(|n| &n.teams),
                DeploymentRole::as_str,
                Pruning { on: prune, caller },
            );
            members_diff(
                &mut plan,
                &dscope,
                MemberKind::ServiceAccount,
                &d.service_accounts,
                dnow.map(|n| &n.service_accounts),
                DeploymentRole::as_str,
                Pruning { on: prune, caller },
            );
        }
        for (dl, dn) in now.map(|n| &n.deployments).into_iter().flatten() {
            if w.deployments.contains_key(dl) {
                continue;
            }
            if prune {
                plan.changes.push(Change::DeleteDeployment {
                    workspace: label.clone(),
                    deployment: dl.clone(),
                    release_name: dn.release_name.clone(),
                    id: dn.id.clone(),
                });
            } else {
                plan.not_managed
                    .push(format!("deployment {label}/{dl} ({})", dn.release_name));
            }
        }
    }
    for label in current.workspaces.keys() {
        if !desired.workspaces.contains_key(label) {
            plan.not_managed.push(format!("workspace {label}"));
        }
    }
    if !refusals.is_empty() {
        return Err(Error::Invalid(refusals.join("\n  ")));
    }
    plan.changes.sort_by_key(Change::phase);
    plan.current = current;
    Ok(plan)
}

fn env_diff(
    plan: &mut Plan,
    refusals: &mut Vec<String>,
    workspace: &str,
    deployment: &str,
    want: &BTreeMap<String, EnvValue>,
    have: &[(String, Option<String>, bool)],
    prune: bool,
) {
    let mut edits = Vec::new();
    let mut send = Vec::new();
    for (key, value, secret) in have {
        match want.get(key) {
            Some(EnvValue::Value(v)) if !secret && value.as_deref() == Some(v.as_str()) => {}
            // A secret's value is write-only: the same key, still secret, is taken as equal.
            Some(EnvValue::Secret(_)) if *secret => {}
            Some(w) => edits.push(VarEdit {
                sign: "~".into(),
                key: key.clone(),
                old: Some(if *secret {
                    "(secret)".into()
                } else {
                    format!("{:?}", value.as_deref().unwrap_or(""))
                }),
                new: Some(shown(w)),
            }),
            None if prune => edits.push(VarEdit {
                sign: "-".into(),
                key: key.clone(),
                old: Some(if *secret {
                    "(secret)".into()
                } else {
                    format!("{:?}", value.as_deref().unwrap_or(""))
                }),
                new: None,
            }),
            None => {
                plan.not_managed.push(format!(
                    "deployment {workspace}/{deployment} variable {key}"
                ));
                if let (false, Some(v)) = (secret, value) {
                    send.push(VarSend {
                        key: key.clone(),
                        value: EnvValue::Value(v.clone()),
                    });
                }
            }
        }
    }
    for (key, value) in want {
        if !have.iter().any(|(k, _, _)| k == key) {
            edits.push(VarEdit {
                sign: "+".into(),
                key: key.clone(),
                old: None,
                new: Some(shown(value)),
            });
        }
        send.push(VarSend {
            key: key.clone(),
            value: value.clone(),
        });
    }
    if edits.is_empty() {
        return;
    }
    let lost: Vec<&str> = have
        .iter()
        .filter(|(k, _, secret)| *secret && !want.contains_key(k))
        .map(|(k, _, _)| k.as_str())
        .collect();
    if !prune && !lost.is_empty() {
        refusals.push(format!(
            "workspaces.{workspace}.deployments.{deployment}.env: Houston replaces a deployment's whole variable list, and the secret(s) {} are not in the file: their values cannot be read back, so they would be lost; list them (secretFromEnv/secretFromFile) or apply with --prune to drop them",
            lost.join(", ")
        ));
        return;
    }
    plan.changes.push(Change::SetVariables {
        workspace: workspace.to_string(),
        deployment: deployment.to_string(),
        edits,
        send,
    });
}

/// How `apply` runs.
#[derive(Default)]
pub struct ApplyOptions {
    /// Concurrency, stop signal, fail-fast.
    pub bulk: bulk::Options,
    /// Records each change as sent and answered; a rerun after a kill reads what was sent and
    /// never answered (a service account created then has no key to show). Removed when a
    /// run completes.
    pub journal: Option<bulk::Journal>,
    /// Shows progress.
    pub progress: Option<Box<dyn bulk::Progress>>,
    /// Where created service accounts' keys are written (the directory 0700, each file
    /// 0600). Without one, a created account's key is not kept.
    pub key_dir: Option<PathBuf>,
}

/// One change's result.
#[derive(Debug)]
pub struct ChangeResult {
    /// The change.
    pub change: Change,
    /// What happened.
    pub result: Result<Outcome, Error>,
}

/// What `apply` did.
#[derive(Debug, Default)]
pub struct Applied {
    /// Each change's result, in the order they finished.
    pub results: Vec<ChangeResult>,
    /// The counts.
    pub report: bulk::Report,
    /// Changes an interrupted earlier run sent and never saw answered (from the journal).
    pub unanswered_earlier: Vec<String>,
}

/// Ids the changes need: workspace label → id; `workspace/deployment` → (id, release name).
#[derive(Default)]
struct Ids {
    workspaces: BTreeMap<String, String>,
    deployments: BTreeMap<String, (String, String)>,
}

impl Ids {
    fn learn(&mut self, current: &Current) {
        for (label, w) in &current.workspaces {
            self.workspaces.insert(label.clone(), w.id.clone());
            for (dl, d) in &w.deployments {
                self.deployments.insert(
                    format!("{label}/{dl}"),
                    (d.id.clone(), d.release_name.clone()),
                );
            }
        }
    }
}

struct Run {
    ids: Mutex<Ids>,
    current: Mutex<Current>,
    bypass_invite: bool,
    key_dir: Option<PathBuf>,
    secrets: BTreeMap<String, String>,
}

/// Carries out a plan in dependency order (workspaces; then deployments, workspace members
/// and system roles; then deployment settings, variables and members), each phase through
/// the bulk engine. A failed change does not stop independent ones; what depends on a
/// workspace or deployment that could not be created fails saying so. Secret values are read
/// first (a reference that names nothing fails the run before anything is sent) and added to
/// the client's scrubber, so no error message carries them.
pub async fn apply(
    client: &Arc<Client>,
    plan: &Plan,
    mut options: ApplyOptions,
) -> Result<Applied, Error> {
    let mut secrets = BTreeMap::new();
    for change in &plan.changes {
        if let Change::SetVariables { send, .. } = change {
            for v in send {
                if let EnvValue::Secret(s) = &v.value {
                    let value = s
                        .read()
                        .map_err(|m| Error::Invalid(format!("variable {}: {m}", v.key)))?;
                    client
                        .secrets()
                        .add(crate::secret::Token::new(value.clone()));
                    secrets.insert(s.describe(), value);
                }
            }
        }
    }
    let mut ids = Ids::default();
    ids.learn(&plan.current);
    let run = Arc::new(Run {
        ids: Mutex::new(ids),
        current: Mutex::new(plan.current.clone()),
        bypass_invite: plan.bypass_invite,
        key_dir: options.key_dir.clone(),
        secrets,
    });
    let mut applied = Applied::default();
    if let Some(j) = &options.journal {
        applied.unanswered_earlier = j.unanswered().map(str::to_string).collect();
    }
    let progress: Box<dyn bulk::Progress> = options
        .progress
        .take()
        .unwrap_or_else(|| Box::new(bulk::NoProgress));
    let mut created = false;
    for phase in [0u8, 1, 2] {
        let mut changes: Vec<Change> = plan
            .changes
            .iter()
            .filter(|c| c.phase() == phase)
            .cloned()
            .collect();
        if created && !changes.is_empty() {
            // A new workspace or deployment has its creator as admin already: one read tells
            // which member changes the creations made moot, so none is sent twice.
            let now = platform::read(client, plan.current.version, false).await?;
            run.ids.lock().expect("not poisoned").learn(&now);
            changes.retain_mut(|c| {
                let keep = settle(&now, c);
                if !keep {
                    applied.report.succeeded += 1;
                    applied.results.push(ChangeResult {
                        change: c.clone(),
                        result: Ok(Outcome::new("already so")),
                    });
                }
                keep
            });
            let mut current = run.current.lock().expect("not poisoned");
            let system = current.system.take();
            *current = now;
            current.system = system;
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
        let shared = run.clone();
        let mut finished = Vec::new();
        let report = bulk::execute(
            items,
            &options.bulk,
            options.journal.as_mut(),
            progress.as_ref(),
            move |change| {
                let client = client.clone();
                let run = shared.clone();
                async move { carry_out(&client, &run, change).await }
            },
            |f| {
                finished.push(f);
                ControlFlow::Continue(())
            },
        )
        .await
        .map_err(|e| Error::Invalid(format!("the journal: {e}")))?;
        created |= report.succeeded > 0;
        applied.report.succeeded += report.succeeded;
        applied.report.failed += report.failed;
        applied.report.not_started += report.not_started;
        applied.report.stopped |= report.stopped;
        for f in finished {
            if let Some(change) = by_id.get(&f.id) {
                applied.results.push(ChangeResult {
                    change: change.clone(),
                    result: f.result,
                });
            }
        }
        if report.stopped {
            // Later phases depend on this one: count them as not started.
            applied.report.not_started += plan.changes.iter().filter(|c| c.phase() > phase).count();
            break;
        }
    }
    if applied.report.complete()
        && let Some(j) = options.journal.take()
    {
        j.remove()
            .map_err(|e| Error::Invalid(format!("cannot remove the journal: {e}")))?;
    }
    Ok(applied)
}

fn members_of<'a>(now: &'a Current, scope: &Scope, kind: MemberKind) -> Option<&'a Members> {
    let pick = |u: &'a Members, t: &'a Members, s: &'a Members| match kind {
        MemberKind::User => u,
        MemberKind::Team => t,
        MemberKind::ServiceAccount => s,
    };
    match scope {
        Scope::System => now
            .system
            .as_ref()
            .map(|s| pick(&s.users, &s.teams, &s.teams)),
        Scope::Workspace { workspace } => now
            .workspaces
            .get(workspace)
            .map(|w| pick(&w.users, &w.teams, &w.service_accounts)),
        Scope::Deployment {
            workspace,
            deployment,
        } => now
            .workspaces
            .get(workspace)
            .and_then(|w| w.deployments.get(deployment))
            .map(|d| pick(&d.users, &d.teams, &d.service_accounts)),
    }
}

/// False when `change` is already true of `now`; an addition of someone who is there with
/// another role becomes a role change.
fn settle(now: &Current, change: &mut Change) -> bool {
    if let Change::AddMember {
        scope,
        kind,
        name,
        role,
    } = change
        && *kind != MemberKind::ServiceAccount
        && let Some((_, has)) = members_of(now, scope, *kind).and_then(|m| m.get(name.as_str()))
    {
        if has == role {
            return false;
        }
        *change = Change::SetRole {
            scope: scope.clone(),
            kind: *kind,
            name: name.clone(),
            old: has.clone(),
            new: role.clone(),
        };
    }
    true
}

fn missing(what: &str) -> Error {
    Error::Invalid(format!(
        "{what} does not exist (its creation failed); rerun after fixing that"
    ))
}

async fn carry_out(client: &Client, run: &Run, change: Change) -> Result<Outcome, Error> {
    let workspace_id = |label: &str| {
        run.ids
            .lock()
            .expect("not poisoned")
            .workspaces
            .get(label)
            .cloned()
            .ok_or_else(|| missing(&format!("workspace {label}")))
    };
    let deployment_id = |workspace: &str, deployment: &str| {
        run.ids
            .lock()
            .expect("not poisoned")
            .deployments
            .get(&format!("{workspace}/{deployment}"))
            .cloned()
            .ok_or_else(|| missing(&format!("deployment {workspace}/{deployment}")))
    };
    let member_id = |scope: &Scope, kind: MemberKind, name: &str| -> Result<String, Error> {
        let current = run.current.lock().expect("not poisoned");
        if kind == MemberKind::Team {
            return current
                .teams
                .get(name)
                .cloned()
                .ok_or_else(|| Error::Invalid(format!("team {name} does not exist")));
        }
        if *scope == Scope::System {
            return current
                .system
                .as_ref()
                .and_then(|s| s.all_users.get(name))
                .cloned()
                .ok_or_else(|| Error::Invalid(format!("user {name} does not exist")));
        }
        members_of(&current, scope, kind)
            .and_then(|m| m.get(name))
            .map(|(id, _)| id.clone())
            .ok_or_else(|| Error::Invalid(format!("{} {name} is not there", kind.word())))
    };
    let version = run.current.lock().expect("not poisoned").version;
    match change {
        Change::CreateWorkspace { label, description } => {
            let id = platform::create_workspace(client, &label, description.as_deref()).await?;
            run.ids
                .lock()
                .expect("not poisoned")
                .workspaces
                .insert(label, id);
            Ok(Outcome::new("created"))
        }
        Change::UpdateWorkspace { workspace, new, .. } => {
            platform::update_description(client, &workspace_id(&workspace)?, &new).await?;
            Ok(Outcome::new("updated"))
        }
        Change::CreateDeployment {
            workspace,
            label,
            settings,
        } => {
            let ws = workspace_id(&workspace)?;
            let (id, release) =
                platform::create_deployment(client, version, &ws, &label, &settings).await?;
            run.ids
                .lock()
                .expect("not poisoned")
                .deployments
                .insert(format!("{workspace}/{label}"), (id, release.clone()));
            Ok(Outcome::new(format!("created ({release})")))
        }
        Change::UpdateDeployment {
            workspace,
            deployment,
            fields,
        } => {
            let (id, _) = deployment_id(&workspace, &deployment)?;
            platform::update_deployment(client, version, &id, &fields).await?;
            Ok(Outcome::new("updated"))
        }
        Change::UpdateRuntime {
            workspace,
            deployment,
            new,
            ..
        } => {
            let (id, _) = deployment_id(&workspace, &deployment)?;
            platform::update_runtime(client, &id, &new).await?;
            Ok(Outcome::new("upgrading"))
        }
        Change::DeleteDeployment { id, .. } => {
            platform::delete_deployment(client, &id).await?;
            Ok(Outcome::new("deleted"))
        }
        Change::SetVariables {
            workspace,
            deployment,
            send,
            ..
        } => {
            let (id, release) = deployment_id(&workspace, &deployment)?;
            let vars = send
                .iter()
                .map(|v| match &v.value {
                    EnvValue::Value(text) => (v.key.clone(), text.clone(), false),
                    EnvValue::Secret(s) => (
                        v.key.clone(),
                        run.secrets.get(&s.describe()).cloned().unwrap_or_default(),
                        true,
                    ),
                })
                .collect::<Vec<_>>();
            platform::set_variables(client, &id, &release, &vars).await?;
            Ok(Outcome::new("updated"))
        }
        Change::AddMember {
            scope,
            kind,
            name,
            role,
        } => {
            let target = match &scope {
                Scope::System => platform::Target::System,
                Scope::Workspace { workspace } => {
                    platform::Target::Workspace(workspace_id(workspace)?)
                }
                Scope::Deployment {
                    workspace,
                    deployment,
                } => platform::Target::Deployment(deployment_id(workspace, deployment)?.0),
            };
            match kind {
                MemberKind::User => {
                    let id = match scope {
                        Scope::System => Some(member_id(&scope, kind, &name)?),
                        _ => None,
                    };
                    platform::add_user(
                        client,
                        &target,
                        &name,
                        id.as_deref(),
                        &role,
                        run.bypass_invite,
                    )
                    .await
                }
                MemberKind::Team => {
                    let team = member_id(&scope, kind, &name)?;
                    platform::add_team(client, &target, &team, &role).await?;
                    Ok(Outcome::new("added"))
                }
                MemberKind::ServiceAccount => {
                    let key =
                        platform::create_service_account(client, &target, &name, &role).await?;
                    keep_key(run, &scope, &name, key)
                }
            }
        }
        Change::SetRole {
            scope,
            kind,
            name,
            old,
            new,
        } => {
            let target = match &scope {
                Scope::System => platform::Target::System,
                Scope::Workspace { workspace } => {
                    platform::Target::Workspace(workspace_id(workspace)?)
                }
                Scope::Deployment {
                    workspace,
                    deployment,
                } => platform::Target::Deployment(deployment_id(workspace, deployment)?.0),
            };
            let id = match (kind, &scope) {
                (MemberKind::User, Scope::System) | (MemberKind::Team, _) => {
                    Some(member_id(&scope, kind, &name)?)
                }
                _ => None,
            };
            platform::set_role(client, &target, kind, &name, id.as_deref(), &old, &new).await?;
            Ok(Outcome::new("updated"))
        }
        Change::RemoveMember {
            scope,
            kind,
            name,
            role,
        } => {
            let target = match &scope {
                Scope::System => platform::Target::System,
                Scope::Workspace { workspace } => {
                    platform::Target::Workspace(workspace_id(workspace)?)
                }
                Scope::Deployment {
                    workspace,
                    deployment,
                } => platform::Target::Deployment(deployment_id(workspace, deployment)?.0),
            };
            let id = member_id(&scope, kind, &name)?;
            platform::remove_member(client, &target, kind, &name, &id, &role).await?;
            Ok(Outcome::new("removed"))
        }
    }
}

/// Writes a created service account's key to the key directory (0700) as a 0600 file.
fn keep_key(run: &Run, scope: &Scope, label: &str, key: Option<String>) -> Result<Outcome, Error> {
    let (Some(dir), Some(key)) = (&run.key_dir, key) else {
        return Ok(Outcome::new("created (key not kept: no key directory)"));
    };
    let name = format!("{}--{label}.key", scope.path().replace('/', "--")).replace(
        |c: char| !(c.is_ascii_alphanumeric() || "-_.@".contains(c)),
        "_",
    );
    let path = dir.join(name);
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
            builder.mode(0o700);
            options.mode(0o600);
            builder.create(dir)?;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        #[cfg(not(unix))]
        builder.create(dir)?;
        let mut file = options.open(&path)?;
        file.write_all(key.as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()
    };
    write().map_err(|e| {
        Error::Invalid(format!(
            "the service account {label} was created, but its key could not be written to {}: {e}; delete the account and rerun",
            path.display()
        ))
    })?;
    Ok(Outcome::new(format!("created (key in {})", path.display())))
}

fn roles_of<R>(members: &Members, parse: impl Fn(&str) -> Option<R>) -> BTreeMap<String, R> {
    members
        .iter()
        .filter_map(|(name, (_, role))| parse(role).map(|r| (name.clone(), r)))
        .collect()
}

/// The desired state that describes what `current` holds (for `houston export`): secrets as
/// references to environment variables named `<DEPLOYMENT>_<KEY>` (upper case), never values;
/// service-account keys never.
pub fn export(current: &Current) -> DesiredState {
    DesiredState {
        schema: None,
        bypass_invite: false,
        system_roles: current.system.as_ref().map(|s| SystemRoles {
            users: roles_of(&s.users, SystemRole::parse),
            teams: roles_of(&s.teams, SystemRole::parse),
        }),
        workspaces: current
            .workspaces
            .iter()
            .map(|(label, w)| {
                (
                    label.clone(),
                    Workspace {
                        description: w.description.clone().filter(|d| !d.is_empty()),
                        users: roles_of(&w.users, WorkspaceRole::parse),
                        teams: roles_of(&w.teams, WorkspaceRole::parse),
                        service_accounts: roles_of(&w.service_accounts, WorkspaceRole::parse),
                        deployments: w
                            .deployments
                            .iter()
                            .map(|(dl, d)| (dl.clone(), export_deployment(dl, d)))
                            .collect(),
                    },
                )
            })
            .collect(),
    }
}

/// The environment variable an exported secret reference names.
pub fn secret_env_name(deployment: &str, key: &str) -> String {
    format!("{deployment}_{key}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn export_deployment(label: &str, d: &CurrentDeployment) -> Deployment {
    Deployment {
        description: d.description.clone().filter(|d| !d.is_empty()),
        release_name: Some(d.release_name.clone()).filter(|r| !r.is_empty()),
        executor: d.executor.as_deref().and_then(Executor::parse),
        runtime_version: d.runtime_version.clone().filter(|r| !r.is_empty()),
        airflow_version: if d.runtime_version.is_some() {
            None
        } else {
            d.airflow_version.clone().filter(|r| !r.is_empty())
        },
        env: Some(
            d.env
                .iter()
                .map(|(k, v, secret)| {
                    let value = if *secret {
                        EnvValue::Secret(SecretRef {
                            secret_from_env: Some(secret_env_name(label, k)),
                            secret_from_file: None,
                        })
                    } else {
                        EnvValue::Value(v.clone().unwrap_or_default())
                    };
                    (k.clone(), value)
                })
                .collect(),
        )
        .filter(|e: &BTreeMap<_, _>| !e.is_empty()),
        users: roles_of(&d.users, DeploymentRole::parse),
        teams: roles_of(&d.teams, DeploymentRole::parse),
        service_accounts: roles_of(&d.service_accounts, DeploymentRole::parse),
    }
}

/// The JSON Schema of the desired-state file.
#[cfg(feature = "schema")]
pub fn json_schema() -> serde_json::Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(DesiredState)).expect("a schema is JSON");
    schema["title"] = "houston desired state (houston plan / apply -f)".into();
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: &str, role: &str) -> (String, String) {
        (id.to_string(), role.to_string())
    }

    fn current() -> Current {
        let mut current = Current::default();
        current.teams.insert("ops".into(), "t1".into());
        current.workspaces.insert(
            "a".into(),
            CurrentWorkspace {
                id: "w1".into(),
                users: [
                    ("x@e.com".to_string(), member("u1", "WORKSPACE_VIEWER")),
                    ("y@e.com".to_string(), member("u2", "WORKSPACE_ADMIN")),
                ]
                .into(),
                deployments: [(
                    "etl".to_string(),
                    CurrentDeployment {
                        id: "d1".into(),
                        release_name: "r-1".into(),
                        executor: Some("CeleryExecutor".into()),
                        env: vec![
                            ("A".into(), Some("1".into()), false),
                            ("S".into(), None, true),
                        ],
                        ..Default::default()
                    },
                )]
                .into(),
                ..Default::default()
            },
        );
        current
    }

    #[test]
    fn diff_orders_and_prunes() {
        let desired: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"users":{"X@e.com":"WORKSPACE_EDITOR"}},"b":{"users":{"z@e.com":"WORKSPACE_VIEWER"}}}}"#,
        )
        .unwrap();
        let plan = diff(current(), &desired, false).unwrap();
        assert!(matches!(plan.changes[0], Change::CreateWorkspace { .. }));
        assert_eq!(plan.changes.len(), 3, "{:?}", plan.changes);
        assert!(
            plan.not_managed
                .contains(&"workspace a user y@e.com (WORKSPACE_ADMIN)".to_string()),
            "{:?}",
            plan.not_managed
        );
        let pruned = diff(current(), &desired, true).unwrap();
        assert!(
            pruned
                .changes
                .iter()
                .any(|c| matches!(c, Change::RemoveMember { name, .. } if name == "y@e.com"))
        );
        assert!(
            pruned
                .changes
                .iter()
                .any(|c| matches!(c, Change::DeleteDeployment { .. }))
        );
        let mut mine = current();
        mine.caller = Some("y@e.com".into());
        let careful = diff(mine, &desired, true).unwrap();
        assert!(
            careful
                .not_managed
                .iter()
                .any(|n| n.ends_with("not pruned: that is you")),
            "{careful:?}"
        );
        assert!(!careful.changes.iter().any(|c| matches!(
            c,
            Change::RemoveMember {
                kind: MemberKind::User,
                ..
            }
        )));
        assert_eq!(export(&current()).workspaces["a"].users.len(), 2);
    }

    #[test]
    fn variables_keep_secrets_masked_and_refuse_to_lose_one() {
        let desired: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"deployments":{"etl":{"env":{"A":"2","B":{"secretFromEnv":"CANARY"}}}}}}}"#,
        )
        .unwrap();
        // S is a secret on the platform and not in the file: replacing the list would lose it.
        let refused = diff(current(), &desired, false).unwrap_err();
        assert!(refused.to_string().contains("would be lost"), "{refused}");
        let plan = diff(current(), &desired, true).unwrap();
        let text: Vec<String> = plan.changes.iter().map(Change::describe).collect();
        let text = text.join("\n");
        assert!(text.contains("~ A \"1\" → \"2\""), "{text}");
        assert!(text.contains("+ B = (secret from env CANARY)"), "{text}");
        assert!(text.contains("- S ((secret))"), "{text}");
    }

    #[test]
    fn the_platform_version_decides_what_a_file_may_say() {
        let desired: DesiredState = serde_json::from_str(
            r#"{"systemRoles":{"teams":{"ops":"SYSTEM_VIEWER"}},"workspaces":{"a":{"teams":{"ops":"WORKSPACE_VIEWER"},"deployments":{"etl":{"runtimeVersion":"12.1.0"}}}}}"#,
        )
        .unwrap();
        assert_eq!(desired.check_for(Some(Version(0, 25, 0))).len(), 3);
        assert_eq!(desired.check_for(Some(Version(0, 29, 0))).len(), 1);
        assert!(desired.check_for(Some(Version(1, 0, 0))).is_empty());
        assert!(desired.check_for(None).is_empty());
    }

    #[test]
    fn bad_values_are_found_with_their_path() {
        let desired: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"users":{"x@e.com":"WORKSPACE_EDITOR","X@e.com":"WORKSPACE_VIEWER","nope":"WORKSPACE_VIEWER"}}}}"#,
        )
        .unwrap();
        let problems = desired.check();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().any(|p| p.message.contains("listed twice")));
        assert!(problems.iter().any(|p| p.message.contains("not an e-mail")));
        let wrong_scope = serde_json::from_str::<DesiredState>(
            r#"{"workspaces":{"a":{"users":{"x@e.com":"DEPLOYMENT_ADMIN"}}}}"#,
        )
        .unwrap_err();
        assert!(
            wrong_scope.to_string().contains("WORKSPACE_ADMIN"),
            "{wrong_scope}"
        );
    }
}
