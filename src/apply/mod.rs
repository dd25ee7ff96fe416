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
use crate::http::FromUnanswered as _;
use crate::{Client, Error};
use serde::{Deserialize, Serialize};
use serde_json::Value;
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
/// Deployments' triggerer replicas can be set from Houston 0.28.
pub const TRIGGERER_SINCE: Version = Version(0, 28, 0);
/// A deployment's DAG deployment reads back from Houston 0.29 (it can be set from 0.25, but a
/// plan could not tell it is done).
pub const DAG_DEPLOYMENT_SINCE: Version = Version(0, 29, 0);
/// A deployment's mode (helm or operator) arrived in Houston 2.1.
pub const MODE_SINCE: Version = Version(2, 1, 0);
/// Extra capacity (`properties.extra_au`) can change from Houston 1.0: upsertDeployment takes
/// `properties`; before, only createDeployment does and updateDeployment has no place for it.
pub const EXTRA_AU_SINCE: Version = Version(1, 0, 0);

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
    /// Triggerer replicas (Houston 0.28 and later; Airflow 2.2 and later have a triggerer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggerer_replicas: Option<u32>,
    /// How DAGs reach the deployment (Houston 0.29 and later: earlier platforms do not show
    /// it back). The fields given are compared and sent; an SSH key is never in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dag_deployment: Option<DagDeployment>,
    /// How the deployment is managed (Houston 2.1 and later; set at creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<DeploymentMode>,
    /// The Celery workers: replicas, grace period and resources. The values given are
    /// compared and sent; what is left out is left alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workers: Option<Workers>,
    /// The webserver's resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webserver: Option<Webserver>,
    /// The scheduler: replicas and resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduler: Option<Scheduler>,
    /// Extra capacity in AU beyond what the components take (`properties.extra_au`; Houston 1.0
    /// and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_au: Option<u32>,
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

/// How DAGs reach a deployment (Houston's `DagDeployment`, less its SSH key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DagDeployment {
    /// The mechanism.
    #[serde(rename = "type")]
    pub kind: DagDeploymentType,
    /// `volume`: the NFS share (`<ip>:/<path>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nfs_location: Option<String>,
    /// `git_sync`: the repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_url: Option<String>,
    /// `git_sync`: the branch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_name: Option<String>,
    /// `git_sync`: the revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// `git_sync`: the DAGs' directory in the repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dag_directory_location: Option<String>,
    /// `git_sync`: seconds between syncs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_interval: Option<u32>,
    /// `git_sync`: seconds a sync may take.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_timeout: Option<u32>,
    /// `git_sync`: ephemeral storage in GiB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<u32>,
    /// `git_sync`: the SSH known-hosts line of the Git server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_hosts: Option<String>,
}

/// One container's CPU and memory, as Houston's `Requests`/`Limits` inputs take them: CPU in
/// millicores (`500` is half a core), memory in MiB (`1920` is 1.875 GiB).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Quantities {
    /// CPU in millicores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<u32>,
    /// Memory in MiB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<u32>,
}

/// A component's Kubernetes requests and limits (Houston's `Resources`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Resources {
    /// What the scheduler reserves for the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<Quantities>,
    /// What the container may use at most.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<Quantities>,
}

/// The Celery workers (Houston's `Workers`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Workers {
    /// How many workers run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    /// Seconds a stopping worker gets to finish its tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_grace_period_seconds: Option<u32>,
    /// Each worker's resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Resources>,
}

/// The webserver (Houston's `Webserver`, less `useDefaultAirflowImage`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Webserver {
    /// Its resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Resources>,
}

/// The scheduler (Houston's `Scheduler`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Scheduler {
    /// How many schedulers run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    /// Each scheduler's resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Resources>,
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

/// A role of one scope (workspace, deployment or platform), so one diff serves them all.
pub trait ScopeRole: Copy {
    /// The role's name as Houston spells it.
    fn name(self) -> &'static str;
    /// The role named `text`, if it is one of this scope.
    fn from_name(text: &str) -> Option<Self>;
}

macro_rules! scope_roles {
    ($($name:ident),*) => {$(
        impl ScopeRole for $name {
            fn name(self) -> &'static str {
                self.as_str()
            }
            fn from_name(text: &str) -> Option<Self> {
                Self::parse(text)
            }
        }
    )*};
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
scope_roles!(WorkspaceRole, DeploymentRole, SystemRole);
roles!(
    /// How DAGs reach a deployment.
    DagDeploymentType {
        Image = "image",
        Volume = "volume",
        GitSync = "git_sync",
        DagDeploy = "dag_deploy",
    }
);
roles!(
    /// How a deployment is managed: by the platform's Helm charts or by the operator.
    DeploymentMode {
        Helm = "helm",
        Operator = "operator",
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
                for (component, resources) in [
                    (
                        "workers",
                        d.workers.as_ref().and_then(|w| w.resources.as_ref()),
                    ),
                    (
                        "webserver",
                        d.webserver.as_ref().and_then(|w| w.resources.as_ref()),
                    ),
                    (
                        "scheduler",
                        d.scheduler.as_ref().and_then(|s| s.resources.as_ref()),
                    ),
                ] {
                    let Some(Resources {
                        requests: Some(requests),
                        limits: Some(limits),
                    }) = resources
                    else {
                        continue;
                    };
                    for (what, asked, most) in [
                        ("cpu", requests.cpu, limits.cpu),
                        ("memory", requests.memory, limits.memory),
                    ] {
                        if let (Some(asked), Some(most)) = (asked, most)
                            && asked > most
                        {
                            problems.push(problem(
                                &[dp[0], dp[1], dp[2], dp[3], component, "resources", "requests", what],
                                format!("requests.{what} {asked} is above limits.{what} {most}: Kubernetes refuses a request above its limit; lower it or raise the limit"),
                            ));
                        }
                    }
                }
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
                let settings: [(&str, bool, Version, &str); 4] = [
                    (
                        "triggererReplicas",
                        d.triggerer_replicas.is_some(),
                        TRIGGERER_SINCE,
                        "",
                    ),
                    (
                        "dagDeployment",
                        d.dag_deployment.is_some(),
                        DAG_DEPLOYMENT_SINCE,
                        " (earlier platforms do not show it back, so no plan could tell it is done; set it with `houston deployment update`)",
                    ),
                    ("mode", d.mode.is_some(), MODE_SINCE, ""),
                    (
                        "extraAu",
                        d.extra_au.is_some(),
                        EXTRA_AU_SINCE,
                        " (before 1.0 only createDeployment takes `properties`, so a plan could not change it)",
                    ),
                ];
                for (key, given, since, why) in settings {
                    if given && !at_least(since) {
                        problems.push(problem(
                            &[dp[0], dp[1], dp[2], dp[3], key],
                            format!("{key} needs Houston {since} or later; {name} cannot carry it{why}: leave it out"),
                        ));
                    }
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

/// Who has a role in one scope (a workspace, a deployment or the platform), by kind.
#[derive(Debug, Clone, Default)]
pub struct Access {
    /// Users.
    pub users: Members,
    /// Teams.
    pub teams: Members,
    /// Service accounts (none at the platform level: apply does not manage those).
    pub service_accounts: Members,
    /// Pending invitations to a workspace: e-mail → (the invite's id, role). The file's
    /// `users` are met by an invitation with the same role (the person has not signed in yet).
    pub invites: Members,
}

impl Access {
    /// The bindings of one kind.
    pub fn of(&self, kind: MemberKind) -> &Members {
        match kind {
            MemberKind::User => &self.users,
            MemberKind::Team => &self.teams,
            MemberKind::ServiceAccount => &self.service_accounts,
        }
    }

    /// The role and the id of `name` (already in the file's case), and whether it is only
    /// an invitation: a user with a binding is taken as that binding, whatever they were
    /// invited to before.
    fn find(&self, kind: MemberKind, name: &str) -> Option<(&(String, String), bool)> {
        self.of(kind).get(name).map(|m| (m, false)).or_else(|| {
            (kind == MemberKind::User)
                .then(|| self.invites.get(name).map(|m| (m, true)))
                .flatten()
        })
    }

    /// Everyone of one kind: (name, (id, role), invited); invitations of users who have a
    /// binding are left out.
    fn all(&self, kind: MemberKind) -> impl Iterator<Item = (&String, &(String, String), bool)> {
        let members = self.of(kind).iter().map(|(n, m)| (n, m, false));
        let invites = self
            .invites
            .iter()
            .filter(move |(n, _)| kind == MemberKind::User && !self.users.contains_key(*n))
            .map(|(n, m)| (n, m, true));
        members.chain(invites)
    }

    /// One kind as the file writes it: name → role (invited users included, with the role
    /// they were invited to).
    fn roles<R: ScopeRole>(&self, kind: MemberKind) -> BTreeMap<String, R> {
        self.all(kind)
            .filter_map(|(name, (_, role), _)| R::from_name(role).map(|r| (name.clone(), r)))
            .collect()
    }
}

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
    /// Team name → id, every team the platform knows (or, when the token may not list them,
    /// those with a role in what it sees).
    pub teams: BTreeMap<String, String>,
    /// `teams` is only those with a role in what the token sees: it may not list them all.
    pub teams_partial: bool,
    /// System role bindings, when read (the file names them, or an export).
    pub system: Option<CurrentSystem>,
    /// What the token may not read and what that means for the plan.
    pub notes: Vec<String>,
}

impl Current {
    /// Who has a role in `scope`, if the scope exists (the platform's, if it was read).
    pub fn access(&self, scope: &Scope) -> Option<&Access> {
        match scope {
            Scope::System => self.system.as_ref().map(|s| &s.access),
            Scope::Workspace { workspace } => self.workspaces.get(workspace).map(|w| &w.access),
            Scope::Deployment {
                workspace,
                deployment,
            } => self
                .workspaces
                .get(workspace)
                .and_then(|w| w.deployments.get(deployment))
                .map(|d| &d.access),
        }
    }
}

/// Platform-wide role bindings as they are.
#[derive(Debug, Clone, Default)]
pub struct CurrentSystem {
    /// Users and teams with a system role: e-mail or team name → (id, system role).
    pub access: Access,
    /// E-mail → user id, every user.
    pub all_users: BTreeMap<String, String>,
}

/// One workspace as it is.
#[derive(Debug, Clone, Default)]
pub struct CurrentWorkspace {
    /// Its id.
    pub id: String,
    /// Its description.
    pub description: Option<String>,
    /// Its users, teams, service accounts and pending invitations.
    pub access: Access,
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
    /// Its triggerer replicas (read from 0.28 on).
    pub triggerer_replicas: Option<u32>,
    /// Its DAG deployment as the platform shows it (read from 0.29 on).
    pub dag_deployment: Option<Value>,
    /// Its mode (read from 2.1 on).
    pub mode: Option<String>,
    /// Its workers as `config` shows them (quantities in millicores and MiB).
    pub workers: Option<Workers>,
    /// Its webserver as `config` shows it.
    pub webserver: Option<Webserver>,
    /// Its scheduler as `config` shows it.
    pub scheduler: Option<Scheduler>,
    /// Its `properties` (a JSON object: extra AU and what else the platform keeps there).
    pub properties: Value,
    /// Its extra AU (`properties.extra_au`, read from 1.0 on).
    pub extra_au: Option<u32>,
    /// Variables in order: key, value (`None` for a secret: write-only), secret.
    pub env: Vec<(String, Option<String>, bool)>,
    /// Its users, teams and service accounts.
    pub access: Access,
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
    /// Triggerer replicas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triggerer_replicas: Option<u32>,
    /// The DAG deployment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dag_deployment: Option<DagDeployment>,
    /// The mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<DeploymentMode>,
    /// The workers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workers: Option<Workers>,
    /// The webserver.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webserver: Option<Webserver>,
    /// The scheduler.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduler: Option<Scheduler>,
    /// Extra AU.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_au: Option<u32>,
}

/// One setting of an existing deployment that changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// `description`, `executor`, `triggererReplicas` or `dagDeployment`.
    pub field: String,
    /// Its value now, as shown.
    pub old: Option<String>,
    /// The value asked for, as shown.
    pub new: String,
    /// The operation's variable that carries it.
    #[serde(skip)]
    pub variable: &'static str,
    /// The value sent.
    #[serde(skip)]
    pub value: Value,
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
        /// Its settings (boxed: the other changes are a fraction of its size).
        settings: Box<DeploymentSettings>,
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
    /// Change a member's role (an invitation's: revoke it and invite again with the role).
    SetRole {
        /// Where.
        #[serde(flatten)]
        scope: Scope,
        /// Who.
        kind: MemberKind,
        /// E-mail or team name.
        name: String,
        /// Only invited so far.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        invited: bool,
        /// The role now.
        old: String,
        /// The role asked for.
        new: String,
    },
    /// Remove a member the file does not list (only with prune; never the caller), or
    /// revoke their invitation.
    RemoveMember {
        /// Where.
        #[serde(flatten)]
        scope: Scope,
        /// Who.
        kind: MemberKind,
        /// E-mail, team name or label.
        name: String,
        /// Only invited so far.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        invited: bool,
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
                if let Some(n) = settings.triggerer_replicas {
                    parts.push(format!("triggerer {n}"));
                }
                if let Some(d) = &settings.dag_deployment {
                    parts.push(format!("dags {}", d.kind.as_str()));
                }
                if let Some(m) = settings.mode {
                    parts.push(format!("mode {}", m.as_str()));
                }
                for (name, given) in [
                    ("workers", to_json(&settings.workers)),
                    ("webserver", to_json(&settings.webserver)),
                    ("scheduler", to_json(&settings.scheduler)),
                ] {
                    if !given.is_null() {
                        parts.push(format!("{name} {given}"));
                    }
                }
                if let Some(n) = settings.extra_au {
                    parts.push(format!("extra AU {n}"));
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
            } => format!("{} {} {name} {role}", scope.describe(), kind.word()),
            Change::RemoveMember {
                scope,
                kind,
                name,
                role,
                invited,
            } => format!(
                "{} {} {name}{} {role}",
                scope.describe(),
                kind.word(),
                invited_mark(*invited)
            ),
            Change::SetRole {
                scope,
                kind,
                name,
                invited,
                old,
                new,
            } => format!(
                "{} {} {name}{} {old} → {new}",
                scope.describe(),
                kind.word(),
                invited_mark(*invited)
            ),
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

fn invited_mark(invited: bool) -> &'static str {
    if invited { " (invited)" } else { "" }
}

/// The difference between the platform and a desired state.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// What to do, in dependency order.
    pub changes: Vec<Change>,
    /// What exists, is not in the file, and is left alone.
    pub not_managed: Vec<String>,
    /// What the token may not read and what that means for the plan.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
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
        return Err(Error::invalid(format!(
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

/// A JSON object without its null fields (as the platform shows what is not set).
fn strip_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn shown(value: &EnvValue) -> String {
    match value {
        EnvValue::Value(v) => format!("{v:?}"),
        EnvValue::Secret(s) => s.describe(),
    }
}

/// A plan being made: the changes, what is left alone, what the platform cannot do.
struct Differ<'a> {
    plan: Plan,
    refusals: Vec<String>,
    current: &'a Current,
    prune: bool,
}

impl Differ<'_> {
    /// The role bindings of one scope, every kind the file gives (`path` is the scope's place
    /// in the file, for refusals): one diff for users, teams and service accounts of the
    /// platform, a workspace or a deployment.
    fn access<R: ScopeRole>(
        &mut self,
        scope: &Scope,
        path: &str,
        want: &[(MemberKind, &BTreeMap<String, R>)],
    ) {
        let have = self.current.access(scope);
        for &(kind, want) in want {
            if kind == MemberKind::Team {
                for name in want.keys() {
                    if self.current.teams.contains_key(name) {
                        continue;
                    }
                    self.refusals.push(if !self.current.teams_partial {
                        format!("{path}.teams.{name}: team {name} does not exist on the platform (teams come from the identity provider; check its name)")
                    } else {
                        format!("{path}.teams.{name}: team {name} has no role in what this token sees, and the token may not list the platform's teams (paginatedTeams needs a system role): check its name, or give it its first role with a system admin's token")
                    });
                }
            }
            self.members(scope, kind, want, have);
        }
    }

    /// One kind of member of one scope, by key (e-mails compare in lower case).
    fn members<R: ScopeRole>(
        &mut self,
        scope: &Scope,
        kind: MemberKind,
        want: &BTreeMap<String, R>,
        have: Option<&Access>,
    ) {
        let key = |n: &str| match kind {
            MemberKind::User => n.to_ascii_lowercase(),
            _ => n.to_string(),
        };
        for (name, role) in want {
            let name = key(name);
            let role = role.name().to_string();
            match have.and_then(|a| a.find(kind, &name)) {
                None => self.plan.changes.push(Change::AddMember {
                    scope: scope.clone(),
                    kind,
                    name,
                    role,
                }),
                Some(((_, now), _)) if *now == role => {}
                Some(((_, now), _)) if kind == MemberKind::ServiceAccount => {
                    self.plan.not_managed.push(format!(
                        "{} service account {name}: {now} here, {role} in the file; a service account's role cannot change: remove it from the file, apply with pruning on, then add it back",
                        scope.describe()
                    ))
                }
                Some(((_, now), invited)) => self.plan.changes.push(Change::SetRole {
                    scope: scope.clone(),
                    kind,
                    name,
                    invited,
                    old: now.clone(),
                    new: role,
                }),
            }
        }
        // One set of the file's names, not a scan of the file per member: a workspace of
        // thousands of members would make the plan quadratic.
        let listed: std::collections::HashSet<String> = want.keys().map(|w| key(w)).collect();
        for (name, (_, role), invited) in have.into_iter().flat_map(|a| a.all(kind)) {
            if listed.contains(name) {
                continue;
            }
            let what = format!(
                "{} {} {name} ({role}{})",
                scope.describe(),
                kind.word(),
                if invited { ", invited" } else { "" }
            );
            if self.prune && kind == MemberKind::User && self.current.caller.as_ref() == Some(name)
            {
                self.plan
                    .not_managed
                    .push(format!("{what}: not pruned: that is you"));
            } else if self.prune {
                self.plan.changes.push(Change::RemoveMember {
                    scope: scope.clone(),
                    kind,
                    name: name.clone(),
                    invited,
                    role: role.clone(),
                });
            } else {
                self.plan.not_managed.push(what);
            }
        }
    }
}

/// The plan from a state already read. Fails (before anything is sent) on what the platform
/// cannot do: a team it does not know, a system role for a user it does not know, variables
/// whose replacement would lose secrets the file does not list, a release name that differs.
pub fn diff(current: Current, desired: &DesiredState, prune: bool) -> Result<Plan, Error> {
    let mut d = Differ {
        plan: Plan {
            bypass_invite: desired.bypass_invite,
            ..Plan::default()
        },
        refusals: Vec::new(),
        current: &current,
        prune,
    };
    if let Some(system) = &desired.system_roles {
        if let Some(now) = &current.system {
            for email in system.users.keys() {
                if !now.all_users.contains_key(&email.to_ascii_lowercase()) {
                    d.refusals.push(format!(
                        "systemRoles.users.{email}: no such user on the platform (a system role needs an existing user; add them to a workspace first)"
                    ));
                }
            }
        }
        d.access(
            &Scope::System,
            "systemRoles",
            &[
                (MemberKind::User, &system.users),
                (MemberKind::Team, &system.teams),
            ],
        );
    }
    for (label, w) in &desired.workspaces {
        let now = current.workspaces.get(label);
        match now {
            None => d.plan.changes.push(Change::CreateWorkspace {
                label: label.clone(),
                description: w.description.clone(),
            }),
            Some(now) => {
                if let Some(text) = &w.description
                    && now.description.as_deref().unwrap_or("") != text
                {
                    d.plan.changes.push(Change::UpdateWorkspace {
                        workspace: label.clone(),
                        old: now.description.clone(),
                        new: text.clone(),
                    });
                }
            }
        }
        d.access(
            &Scope::Workspace {
                workspace: label.clone(),
            },
            &format!("workspaces.{label}"),
            &[
                (MemberKind::User, &w.users),
                (MemberKind::Team, &w.teams),
                (MemberKind::ServiceAccount, &w.service_accounts),
            ],
        );
        for (dl, want) in &w.deployments {
            let dnow = now.and_then(|n| n.deployments.get(dl));
            let path = format!("workspaces.{label}.deployments.{dl}");
            d.deployment(label, dl, &path, want, dnow);
            if let Some(env) = &want.env {
                env_diff(
                    &mut d.plan,
                    &mut d.refusals,
                    label,
                    dl,
                    env,
                    dnow.map(|n| n.env.as_slice()).unwrap_or_default(),
                    prune,
                );
            }
            d.access(
                &Scope::Deployment {
                    workspace: label.clone(),
                    deployment: dl.clone(),
                },
                &path,
                &[
                    (MemberKind::User, &want.users),
                    (MemberKind::Team, &want.teams),
                    (MemberKind::ServiceAccount, &want.service_accounts),
                ],
            );
        }
        for (dl, dn) in now.map(|n| &n.deployments).into_iter().flatten() {
            if w.deployments.contains_key(dl) {
                continue;
            }
            if prune {
                d.plan.changes.push(Change::DeleteDeployment {
                    workspace: label.clone(),
                    deployment: dl.clone(),
                    release_name: dn.release_name.clone(),
                    id: dn.id.clone(),
                });
            } else {
                d.plan
                    .not_managed
                    .push(format!("deployment {label}/{dl} ({})", dn.release_name));
            }
        }
    }
    for label in current.workspaces.keys() {
        if !desired.workspaces.contains_key(label) {
            d.plan.not_managed.push(format!("workspace {label}"));
        }
    }
    let Differ {
        mut plan, refusals, ..
    } = d;
    if !refusals.is_empty() {
        return Err(Error::invalid(refusals.join("\n  ")));
    }
    plan.changes.sort_by_key(Change::phase);
    plan.notes = current.notes.clone();
    plan.current = current;
    Ok(plan)
}

impl Differ<'_> {
    /// A deployment's creation or the settings of it that change.
    fn deployment(
        &mut self,
        label: &str,
        dl: &str,
        path: &str,
        want: &Deployment,
        now: Option<&CurrentDeployment>,
    ) {
        let Some(dn) = now else {
            self.plan.changes.push(Change::CreateDeployment {
                workspace: label.to_string(),
                label: dl.to_string(),
                settings: Box::new(DeploymentSettings {
                    description: want.description.clone(),
                    release_name: want.release_name.clone(),
                    executor: want.executor,
                    runtime_version: want.runtime_version.clone(),
                    airflow_version: want.airflow_version.clone(),
                    triggerer_replicas: want.triggerer_replicas,
                    dag_deployment: want.dag_deployment.clone(),
                    mode: want.mode,
                    workers: want.workers.clone(),
                    webserver: want.webserver.clone(),
                    scheduler: want.scheduler.clone(),
                    extra_au: want.extra_au,
                }),
            });
            return;
        };
        if let Some(r) = &want.release_name
            && *r != dn.release_name
        {
            self.refusals.push(format!(
                "{path}.releaseName: the deployment's release name is {}, and a release name cannot change (remove the line or write {})",
                dn.release_name, dn.release_name
            ));
        }
        let mut fields = Vec::new();
        if let Some(text) = &want.description
            && dn.description.as_deref().unwrap_or("") != text
        {
            fields.push(FieldChange {
                field: "description".into(),
                old: dn.description.clone(),
                new: text.clone(),
                variable: "description",
                value: text.as_str().into(),
            });
        }
        if let Some(executor) = want.executor
            && dn.executor.as_deref() != Some(executor.as_str())
        {
            fields.push(FieldChange {
                field: "executor".into(),
                old: dn.executor.clone(),
                new: executor.as_str().into(),
                variable: "executor",
                value: executor.as_str().into(),
            });
        }
        if let Some(n) = want.triggerer_replicas
            && dn.triggerer_replicas != Some(n)
        {
            fields.push(FieldChange {
                field: "triggererReplicas".into(),
                old: dn.triggerer_replicas.map(|n| n.to_string()),
                new: n.to_string(),
                variable: "triggerer",
                value: serde_json::json!({ "replicas": n }),
            });
        }
        if let Some(dags) = &want.dag_deployment {
            // Only what the file gives is compared: the platform fills in the rest.
            let given = serde_json::to_value(dags).unwrap_or_default();
            let now = dn.dag_deployment.clone().unwrap_or_default();
            let differs = given
                .as_object()
                .into_iter()
                .flatten()
                .any(|(k, v)| now.get(k) != Some(v));
            if differs {
                fields.push(FieldChange {
                    field: "dagDeployment".into(),
                    old: dn
                        .dag_deployment
                        .as_ref()
                        .map(|d| serde_json::to_string(&strip_nulls(d)).unwrap_or_default()),
                    new: given.to_string(),
                    variable: "dagDeployment",
                    value: given,
                });
            }
        }
        component_changes(&mut fields, "workers", &want.workers, &dn.workers);
        component_changes(&mut fields, "webserver", &want.webserver, &dn.webserver);
        component_changes(&mut fields, "scheduler", &want.scheduler, &dn.scheduler);
        if let Some(n) = want.extra_au
            && dn.extra_au != Some(n)
        {
            // `properties` is replaced whole: what else the platform keeps there goes along.
            let mut properties = match &dn.properties {
                Value::Object(map) => map.clone(),
                _ => serde_json::Map::new(),
            };
            properties.insert(EXTRA_AU_KEY.into(), n.into());
            fields.push(FieldChange {
                field: "extraAu".into(),
                old: dn.extra_au.map(|n| n.to_string()),
                new: n.to_string(),
                variable: "properties",
                value: Value::Object(properties),
            });
        }
        if let Some(mode) = want.mode
            && dn.mode.as_deref().is_some_and(|m| m != mode.as_str())
        {
            self.plan.not_managed.push(format!(
                "deployment {label}/{dl} mode {}: the file's {} applies at creation only (a deployment changes mode by adoption)",
                dn.mode.as_deref().unwrap_or("none"),
                mode.as_str()
            ));
        }
        if !fields.is_empty() {
            self.plan.changes.push(Change::UpdateDeployment {
                workspace: label.to_string(),
                deployment: dl.to_string(),
                fields,
            });
        }
        if let Some(version) = &want.runtime_version
            && dn.runtime_version.as_deref() != Some(version.as_str())
        {
            self.plan.changes.push(Change::UpdateRuntime {
                workspace: label.to_string(),
                deployment: dl.to_string(),
                old: dn.runtime_version.clone(),
                new: version.clone(),
            });
        }
        if let Some(version) = &want.airflow_version
            && dn.airflow_version.as_deref() != Some(version.as_str())
        {
            self.plan.not_managed.push(format!(
                "deployment {label}/{dl} airflow {}: houston does not upgrade Airflow versions; the file's {version} applies at creation only",
                dn.airflow_version.as_deref().unwrap_or("none")
            ));
        }
    }
}

/// The key of `properties` that holds a deployment's extra AU. Not in the reference: it is
/// the name Houston's deployments are known to use (docs/apply.md says so).
pub const EXTRA_AU_KEY: &str = "extra_au";

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// The leaves of a JSON object by dotted path (`resources.limits.cpu`), in order.
fn leaves(value: &Value, prefix: &str, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                leaves(v, &path, out);
            }
        }
        other => out.push((prefix.to_string(), other.clone())),
    }
}

/// `over` laid on `base`, object by object.
fn deep_merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(to), Value::Object(from)) => {
            for (k, v) in from {
                deep_merge(to.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (base, over) => *base = over.clone(),
    }
}

/// The file's values of one component that differ from the platform's, one field each
/// (`workers.replicas: "1" → "2"`). What is sent is the platform's component with the file's
/// values laid over it, so a platform that replaces the component whole (which the reference
/// does not rule out) keeps what the file leaves out.
fn component_changes<T: Serialize>(
    fields: &mut Vec<FieldChange>,
    name: &'static str,
    want: &Option<T>,
    now: &Option<T>,
) {
    let Some(want) = want else {
        return;
    };
    let (given, current) = (to_json(want), to_json(now));
    let mut wanted = Vec::new();
    leaves(&given, "", &mut wanted);
    let mut have = Vec::new();
    leaves(&current, "", &mut have);
    let mut sent = current.clone();
    if !sent.is_object() {
        sent = Value::Object(serde_json::Map::new());
    }
    deep_merge(&mut sent, &given);
    for (path, value) in wanted {
        let old = have.iter().find(|(p, _)| *p == path).map(|(_, v)| v);
        if old != Some(&value) {
            fields.push(FieldChange {
                field: format!("{name}.{path}"),
                old: old.map(Value::to_string),
                new: value.to_string(),
                variable: name,
                value: sent.clone(),
            });
        }
    }
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
            "workspaces.{workspace}.deployments.{deployment}.env: Houston replaces a deployment's whole variable list, and the secret(s) {} are not in the file: their values cannot be read back, so they would be lost; list them (secretFromEnv/secretFromFile) or apply with pruning on to drop them",
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
    /// Sees each change's result as it comes; `Break` stops issuing changes (those in flight
    /// finish and are journaled), as when whoever reads the results went away.
    pub on_result: Option<OnResult>,
    /// How many changes of one kind (users added, roles changed, variable lists replaced) go
    /// in one request, as aliases of one mutation; `None` is [`DEFAULT_BATCH`], 1 sends each
    /// change on its own. The bulk options' concurrency counts requests.
    pub batch: Option<usize>,
}

/// Changes of one kind sent in one request unless [`ApplyOptions::batch`] says otherwise:
/// enough that a round trip and a commit are shared by many, few enough that a request stays
/// far below a server's document limits (the sandbox's: 2,000 fields, 20,000 tokens).
pub const DEFAULT_BATCH: usize = 50;

/// Changes that can share a request: the mutation they are aliases of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Batch {
    WorkspaceUsers,
    DeploymentUsers,
    WorkspaceRoles,
    DeploymentRoles,
    Variables,
}

impl Change {
    fn batch(&self) -> Option<Batch> {
        let user = |kind: &MemberKind| *kind == MemberKind::User;
        match self {
            Change::AddMember { scope, kind, .. } if user(kind) => match scope {
                Scope::Workspace { .. } => Some(Batch::WorkspaceUsers),
                Scope::Deployment { .. } => Some(Batch::DeploymentUsers),
                Scope::System => None,
            },
            Change::SetRole {
                scope,
                kind,
                invited: false,
                ..
            } if user(kind) => match scope {
                Scope::Workspace { .. } => Some(Batch::WorkspaceRoles),
                Scope::Deployment { .. } => Some(Batch::DeploymentRoles),
                Scope::System => None,
            },
            Change::SetVariables { .. } => Some(Batch::Variables),
            _ => None,
        }
    }
}

/// `changes` in groups for the bulk engine, in the order given: a change that cannot share a
/// request alone, the others with up to `size` of their kind (a group is issued once full,
/// or at the end).
fn group(changes: Vec<Change>, size: usize) -> Vec<Vec<Item<Change>>> {
    let size = size.max(1);
    let mut out = Vec::new();
    let mut open: Vec<(Batch, Vec<Item<Change>>)> = Vec::new();
    for change in changes {
        let item = Item {
            id: change.id(),
            action: change,
        };
        let Some(kind) = item.action.batch().filter(|_| size > 1) else {
            out.push(vec![item]);
            continue;
        };
        let at = match open.iter().position(|(k, _)| *k == kind) {
            Some(at) => at,
            None => {
                open.push((kind, Vec::with_capacity(size)));
                open.len() - 1
            }
        };
        open[at].1.push(item);
        if open[at].1.len() == size {
            out.push(open.swap_remove(at).1);
        }
    }
    out.extend(open.into_iter().map(|(_, items)| items));
    out
}

/// A callback that sees each change's result as it comes (see [`ApplyOptions::on_result`]).
pub type OnResult = Box<dyn FnMut(&ChangeResult) -> ControlFlow<()> + Send>;

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
                        .map_err(|m| Error::invalid(format!("variable {}: {m}", v.key)))?;
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
    let mut on_result = options.on_result.take();
    // Files a result and shows it; false once the callback asked to stop.
    let mut record = |results: &mut Vec<ChangeResult>, r: ChangeResult| {
        let flow = on_result
            .as_mut()
            .map_or(ControlFlow::Continue(()), |show| show(&r));
        results.push(r);
        flow.is_continue()
    };
    let mut created = false;
    for phase in [0u8, 1, 2] {
        let mut changes: Vec<Change> = plan
            .changes
            .iter()
            .filter(|c| c.phase() == phase)
            .cloned()
            .collect();
        let mut going = true;
        if created
            && changes
                .iter()
                .any(|c| matches!(c, Change::AddMember { .. }))
        {
            // A new workspace or deployment has its creator as admin already: one read tells
            // which member changes the creations made moot, so none is sent twice.
            let now = platform::read(client, plan.current.version, false).await?;
            run.ids.lock().expect("not poisoned").learn(&now);
            changes.retain_mut(|c| {
                let keep = settle(&now, c);
                if !keep {
                    applied.report.succeeded += 1;
                    let result = ChangeResult {
                        change: c.clone(),
                        result: Ok(Outcome::new("already so")),
                    };
                    going &= record(&mut applied.results, result);
                }
                keep
            });
            let mut current = run.current.lock().expect("not poisoned");
            let system = current.system.take();
            *current = now;
            current.system = system;
        }
        created = changes.iter().any(|c| {
            matches!(
                c,
                Change::CreateWorkspace { .. } | Change::CreateDeployment { .. }
            )
        });
        let report = if !going {
            bulk::Report {
                not_started: changes.len(),
                stopped: true,
                ..Default::default()
            }
        } else if changes.is_empty() {
            continue;
        } else {
            let by_id: HashMap<String, Change> =
                changes.iter().map(|c| (c.id(), c.clone())).collect();
            let groups = group(changes, options.batch.unwrap_or(DEFAULT_BATCH));
            let client = client.clone();
            let shared = run.clone();
            let results = &mut applied.results;
            bulk::execute_batches(
                groups,
                &options.bulk,
                options.journal.as_mut(),
                progress.as_ref(),
                move |changes| {
                    let client = client.clone();
                    let run = shared.clone();
                    async move { carry_out_group(&client, &run, changes).await }
                },
                |f| match by_id.get(&f.id) {
                    Some(change) => {
                        let result = ChangeResult {
                            change: change.clone(),
                            result: f.result,
                        };
                        if record(results, result) {
                            ControlFlow::Continue(())
                        } else {
                            ControlFlow::Break(())
                        }
                    }
                    None => ControlFlow::Continue(()),
                },
            )
            .await
            .map_err(|e| Error::invalid(format!("the journal: {e}")))?
        };
        created &= report.succeeded > 0;
        applied.report.succeeded += report.succeeded;
        applied.report.failed += report.failed;
        applied.report.not_started += report.not_started;
        applied.report.stopped |= report.stopped;
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
            .map_err(|e| Error::invalid(format!("cannot remove the journal: {e}")))?;
    }
    Ok(applied)
}

/// False when `change` is already true of `now`; an addition of someone who is there (or
/// invited) with another role becomes a role change.
fn settle(now: &Current, change: &mut Change) -> bool {
    if let Change::AddMember {
        scope,
        kind,
        name,
        role,
    } = change
        && *kind != MemberKind::ServiceAccount
        && let Some(((_, has), invited)) =
            now.access(scope).and_then(|a| a.find(*kind, name.as_str()))
    {
        if has == role {
            return false;
        }
        *change = Change::SetRole {
            scope: scope.clone(),
            kind: *kind,
            name: name.clone(),
            invited,
            old: has.clone(),
            new: role.clone(),
        };
    }
    true
}

fn missing(what: &str) -> Error {
    Error::invalid(format!(
        "{what} does not exist (its creation failed); rerun after fixing that"
    ))
}

impl Run {
    /// What replacing a deployment's variables sends: its id, its release name, and the whole
    /// list with secret values read.
    fn variables_call(
        &self,
        workspace: &str,
        deployment: &str,
        send: &[VarSend],
    ) -> Result<(String, String, platform::Vars), Error> {
        let (id, release) = self.deployment_id(workspace, deployment)?;
        let vars = send
            .iter()
            .map(|v| match &v.value {
                EnvValue::Value(text) => (v.key.clone(), text.clone(), false),
                EnvValue::Secret(s) => (
                    v.key.clone(),
                    self.secrets.get(&s.describe()).cloned().unwrap_or_default(),
                    true,
                ),
            })
            .collect();
        Ok((id, release, vars))
    }

    fn workspace_id(&self, label: &str) -> Result<String, Error> {
        self.ids
            .lock()
            .expect("not poisoned")
            .workspaces
            .get(label)
            .cloned()
            .ok_or_else(|| missing(&format!("workspace {label}")))
    }

    fn deployment_id(&self, workspace: &str, deployment: &str) -> Result<(String, String), Error> {
        self.ids
            .lock()
            .expect("not poisoned")
            .deployments
            .get(&format!("{workspace}/{deployment}"))
            .cloned()
            .ok_or_else(|| missing(&format!("deployment {workspace}/{deployment}")))
    }

    /// Where a role binding of `scope` goes, by id.
    fn target(&self, scope: &Scope) -> Result<platform::Target, Error> {
        Ok(match scope {
            Scope::System => platform::Target::System,
            Scope::Workspace { workspace } => {
                platform::Target::Workspace(self.workspace_id(workspace)?)
            }
            Scope::Deployment {
                workspace,
                deployment,
            } => platform::Target::Deployment(self.deployment_id(workspace, deployment)?.0),
        })
    }

    /// The platform's id of a member: a team's, a user's (system roles), a service
    /// account's, or a pending invitation's.
    fn member_id(&self, scope: &Scope, kind: MemberKind, name: &str) -> Result<String, Error> {
        let current = self.current.lock().expect("not poisoned");
        if kind == MemberKind::Team {
            return current
                .teams
                .get(name)
                .cloned()
                .ok_or_else(|| Error::invalid(format!("team {name} does not exist")));
        }
        if *scope == Scope::System {
            return current
                .system
                .as_ref()
                .and_then(|s| s.all_users.get(name))
                .cloned()
                .ok_or_else(|| Error::invalid(format!("user {name} does not exist")));
        }
        current
            .access(scope)
            .and_then(|a| a.find(kind, name))
            .map(|((id, _), _)| id.clone())
            .ok_or_else(|| Error::invalid(format!("{} {name} is not there", kind.word())))
    }
}

/// Carries out a group from [`group`]: one change as [`carry_out`] does, several of one kind in
/// one request. One result per change, in order.
async fn carry_out_group(
    client: &Client,
    run: &Run,
    mut changes: Vec<Change>,
) -> Vec<Result<Outcome, Error>> {
    let kind = match changes.as_slice() {
        [_] => None,
        [first, ..] => first.batch(),
        [] => return Vec::new(),
    };
    let Some(kind) = kind else {
        let mut results = Vec::with_capacity(changes.len());
        for change in changes.drain(..) {
            results.push(carry_out(client, run, change).await);
        }
        return results;
    };
    // Who and where, for the member changes: (workspace or deployment id, e-mail, role).
    let member = |c: &Change| -> Result<(String, String, String), Error> {
        let (scope, name, role) = match c {
            Change::AddMember {
                scope, name, role, ..
            } => (scope, name, role),
            Change::SetRole {
                scope, name, new, ..
            } => (scope, name, new),
            _ => return Err(Error::invalid("not a member change".into())),
        };
        match run.target(scope)? {
            platform::Target::Workspace(id) | platform::Target::Deployment(id) => {
                Ok((id, name.clone(), role.clone()))
            }
            platform::Target::System => Err(Error::invalid("not a member change".into())),
        }
    };
    let members = || changes.iter().map(member).collect::<Vec<_>>();
    match kind {
        Batch::WorkspaceUsers => {
            platform::add_workspace_users(client, members(), run.bypass_invite).await
        }
        Batch::DeploymentUsers => platform::add_deployment_users(client, members()).await,
        Batch::WorkspaceRoles => platform::set_workspace_roles(client, members()).await,
        Batch::DeploymentRoles => platform::set_deployment_roles(client, members()).await,
        Batch::Variables => {
            let calls = changes
                .iter()
                .map(|c| match c {
                    Change::SetVariables {
                        workspace,
                        deployment,
                        send,
                        ..
                    } => run.variables_call(workspace, deployment, send),
                    _ => Err(Error::invalid("not a variables change".into())),
                })
                .collect();
            platform::set_variables(client, calls).await
        }
    }
}

async fn carry_out(client: &Client, run: &Run, change: Change) -> Result<Outcome, Error> {
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
            platform::update_description(client, &run.workspace_id(&workspace)?, &new).await?;
            Ok(Outcome::new("updated"))
        }
        Change::CreateDeployment {
            workspace,
            label,
            settings,
        } => {
            let ws = run.workspace_id(&workspace)?;
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
            let (id, _) = run.deployment_id(&workspace, &deployment)?;
            platform::update_deployment(client, version, &id, &fields).await?;
            Ok(Outcome::new("updated"))
        }
        Change::UpdateRuntime {
            workspace,
            deployment,
            new,
            ..
        } => {
            let (id, _) = run.deployment_id(&workspace, &deployment)?;
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
            let call = run.variables_call(&workspace, &deployment, &send);
            let mut results = platform::set_variables(client, vec![call]).await;
            results.pop().expect("one result per call")
        }
        Change::AddMember {
            scope,
            kind,
            name,
            role,
        } => {
            let target = run.target(&scope)?;
            match kind {
                MemberKind::User => {
                    let id = match scope {
                        Scope::System => Some(run.member_id(&scope, kind, &name)?),
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
                    let team = run.member_id(&scope, kind, &name)?;
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
            invited: true,
            new,
            ..
        } => {
            // An invitation's role cannot be edited: it is revoked and made again.
            let target = run.target(&scope)?;
            let invite = run.member_id(&scope, kind, &name)?;
            platform::revoke_invite(client, &target, &invite).await?;
            platform::add_user(client, &target, &name, None, &new, run.bypass_invite).await
        }
        Change::SetRole {
            scope,
            kind,
            name,
            old,
            new,
            ..
        } => {
            let target = run.target(&scope)?;
            let id = match (kind, &scope) {
                (MemberKind::User, Scope::System) | (MemberKind::Team, _) => {
                    Some(run.member_id(&scope, kind, &name)?)
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
            invited,
        } => {
            let target = run.target(&scope)?;
            let id = run.member_id(&scope, kind, &name)?;
            if invited {
                platform::revoke_invite(client, &target, &id).await?;
                return Ok(Outcome::new("invitation revoked"));
            }
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
        Error::invalid(format!(
            "the service account {label} was created, but its key could not be written to {}: {e}; delete the account and rerun",
            path.display()
        ))
    })?;
    Ok(Outcome::new(format!("created (key in {})", path.display())))
}

/// The desired state that describes what `current` holds (for `houston export`): secrets as
/// references to environment variables named `<DEPLOYMENT>_<KEY>` (upper case), never values;
/// service-account keys never. A user only invited so far is written like a member, with the
/// role of the invitation: the file's `users` are met by either (docs/design.md).
pub fn export(current: &Current) -> DesiredState {
    DesiredState {
        schema: None,
        bypass_invite: false,
        system_roles: current.system.as_ref().map(|s| SystemRoles {
            users: s.access.roles(MemberKind::User),
            teams: s.access.roles(MemberKind::Team),
        }),
        workspaces: current
            .workspaces
            .iter()
            .map(|(label, w)| {
                (
                    label.clone(),
                    Workspace {
                        description: w.description.clone().filter(|d| !d.is_empty()),
                        users: w.access.roles(MemberKind::User),
                        teams: w.access.roles(MemberKind::Team),
                        service_accounts: w.access.roles(MemberKind::ServiceAccount),
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
        triggerer_replicas: d.triggerer_replicas,
        dag_deployment: d
            .dag_deployment
            .as_ref()
            .and_then(|v| serde_json::from_value(strip_nulls(v)).ok()),
        mode: d.mode.as_deref().and_then(DeploymentMode::parse),
        workers: d.workers.clone(),
        webserver: d.webserver.clone(),
        scheduler: d.scheduler.clone(),
        extra_au: d.extra_au,
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
        users: d.access.roles(MemberKind::User),
        teams: d.access.roles(MemberKind::Team),
        service_accounts: d.access.roles(MemberKind::ServiceAccount),
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
                access: Access {
                    users: [
                        ("x@e.com".to_string(), member("u1", "WORKSPACE_VIEWER")),
                        ("y@e.com".to_string(), member("u2", "WORKSPACE_ADMIN")),
                    ]
                    .into(),
                    invites: [
                        ("i@e.com".to_string(), member("i1", "WORKSPACE_EDITOR")),
                        // A stale invitation of someone who is a member: the binding counts.
                        ("x@e.com".to_string(), member("i2", "WORKSPACE_ADMIN")),
                    ]
                    .into(),
                    ..Default::default()
                },
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
                invited: false,
                ..
            }
        )));
        assert_eq!(export(&current()).workspaces["a"].users.len(), 3);
    }

    #[test]
    fn an_invitation_meets_the_file_and_is_changed_or_revoked_as_one() {
        let same: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"users":{"x@e.com":"WORKSPACE_VIEWER","y@e.com":"WORKSPACE_ADMIN","I@e.com":"WORKSPACE_EDITOR"}}}}"#,
        )
        .unwrap();
        let plan = diff(current(), &same, true).unwrap();
        assert!(
            !plan.changes.iter().any(|c| c.id().contains("/user/")),
            "{:?}",
            plan.changes
        );
        let exported = export(&current());
        assert_eq!(
            exported.workspaces["a"].users["i@e.com"],
            WorkspaceRole::Editor
        );
        assert_eq!(
            exported.workspaces["a"].users["x@e.com"],
            WorkspaceRole::Viewer
        );
        let other: DesiredState = serde_json::from_str(
            r#"{"workspaces":{"a":{"users":{"x@e.com":"WORKSPACE_VIEWER","y@e.com":"WORKSPACE_ADMIN","i@e.com":"WORKSPACE_VIEWER"}}}}"#,
        )
        .unwrap();
        let plan = diff(current(), &other, false).unwrap();
        let text: Vec<String> = plan.changes.iter().map(Change::describe).collect();
        assert_eq!(
            text,
            ["workspace a user i@e.com (invited) WORKSPACE_EDITOR → WORKSPACE_VIEWER"]
        );
        let gone: DesiredState =
            serde_json::from_str(r#"{"workspaces":{"a":{"users":{"y@e.com":"WORKSPACE_ADMIN"}}}}"#)
                .unwrap();
        let kept = diff(current(), &gone, false).unwrap();
        assert!(
            kept.not_managed
                .contains(&"workspace a user i@e.com (WORKSPACE_EDITOR, invited)".to_string()),
            "{:?}",
            kept.not_managed
        );
        let pruned = diff(current(), &gone, true).unwrap();
        assert!(pruned.changes.iter().any(|c| matches!(
            c,
            Change::RemoveMember { name, invited: true, .. } if name == "i@e.com"
        )));
        assert!(pruned.changes.iter().any(|c| matches!(
            c,
            Change::RemoveMember { name, invited: false, .. } if name == "x@e.com"
        )));
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
