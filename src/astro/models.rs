//! The Astro API's objects, typed only as far as houston reads them. Every struct keeps the
//! fields it does not name in `extra`, and every enum has an `Other` arm: the API grows
//! (`FAILING_OVER`, `ENVIRONMENT_VARIABLE` are recent) and an old houston must still read it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Declares a string enum that keeps values it does not know.
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this houston does not know yet, kept as sent.
            Other(String),
        }

        impl $name {
            /// The values this houston knows.
            pub const KNOWN: &'static [&'static str] = &[$($text),+];

            /// The value as the API spells it (`HEALTHY`), or as sent for [`Self::Other`].
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Other(s) => s,
                }
            }

            /// Parses a known value, ignoring case (`healthy`, `HEALTHY`); `None` otherwise.
            pub fn parse_known(text: &str) -> Option<Self> {
                match text.to_ascii_uppercase().as_str() {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $($text => $name::$variant,)+
                    other => $name::Other(other.to_string()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                Ok($name::from(text.as_str()))
            }
        }
    };
}

open_enum!(
    /// Deployment `type`: where the deployment runs, which decides the fields a create takes.
    DeploymentType {
        /// On a shared cluster Astronomer runs, in the cloud provider and region you pick.
        Standard = "STANDARD",
        /// On a cluster Astronomer runs for your organization alone.
        Dedicated = "DEDICATED",
        /// On a cluster in your own cloud account (node pools instead of Astro machines).
        Hybrid = "HYBRID",
    }
);
open_enum!(
    /// Deployment `executor`: how Airflow runs its tasks.
    Executor {
        /// Long-lived Celery workers in worker queues.
        Celery = "CELERY",
        /// One Kubernetes pod per task.
        Kubernetes = "KUBERNETES",
        /// Astronomer's own executor (not on Hybrid).
        Astro = "ASTRO",
    }
);
open_enum!(
    /// `schedulerSize` (Standard and Dedicated deployments; Hybrid sizes in `schedulerAu`).
    SchedulerSize {
        /// The smallest scheduler machine.
        Small = "SMALL",
        /// The next size up.
        Medium = "MEDIUM",
        /// The next size up.
        Large = "LARGE",
        /// The largest scheduler machine.
        ExtraLarge = "EXTRA_LARGE",
    }
);
open_enum!(
    /// Deployment `status`: creates and updates are asynchronous, so this moves on its own.
    DeploymentStatus {
        /// Being created; not usable yet.
        Creating = "CREATING",
        /// A change (a deploy or an update) is rolling out.
        Deploying = "DEPLOYING",
        /// Up and serving: what a wait after create or update waits for.
        Healthy = "HEALTHY",
        /// Running but failing its health checks; `statusReason` often says why.
        Unhealthy = "UNHEALTHY",
        /// Scaled to zero by a hibernation schedule or override (development deployments).
        Hibernating = "HIBERNATING",
        /// The control plane cannot tell.
        Unknown = "UNKNOWN",
    }
);
open_enum!(
    /// Cloud provider of a Standard deployment or a cluster.
    CloudProvider {
        /// Amazon Web Services.
        Aws = "AWS",
        /// Microsoft Azure.
        Azure = "AZURE",
        /// Google Cloud.
        Gcp = "GCP",
    }
);
open_enum!(
    /// Worker `astroMachine`: the machine type of a hosted worker queue's workers (Standard and
    /// Dedicated deployments; Hybrid uses node pools). A larger number is a larger machine.
    AstroMachine {
        /// The smallest worker machine.
        A5 = "A5",
        /// The next size up.
        A10 = "A10",
        /// The next size up.
        A20 = "A20",
        /// The next size up.
        A40 = "A40",
        /// The next size up.
        A60 = "A60",
        /// The next size up.
        A120 = "A120",
        /// The largest worker machine.
        A160 = "A160",
    }
);
open_enum!(
    /// API token `scope` (v1beta1 called it `type`): what the token's own role applies to.
    TokenScope {
        /// The whole organization, with an organization role.
        Organization = "ORGANIZATION",
        /// One workspace (`entityId`), with a workspace role.
        Workspace = "WORKSPACE",
        /// One deployment (`entityId`), with `DEPLOYMENT_ADMIN` or a custom deployment role.
        Deployment = "DEPLOYMENT",
    }
);
open_enum!(
    /// API token `kind` (optional on create, `STANDARD` by default).
    TokenKind {
        /// An ordinary API token.
        Standard = "STANDARD",
        /// What the Astro UI offers as "Direct Access"; Astronomer does not document how it
        /// differs.
        DirectAccess = "DIRECT_ACCESS",
    }
);
open_enum!(
    /// `ApiTokenRole.entityType`: what one role of a token is granted on.
    EntityType {
        /// An organization (`entityId` is its id).
        Organization = "ORGANIZATION",
        /// A workspace.
        Workspace = "WORKSPACE",
        /// A deployment.
        Deployment = "DEPLOYMENT",
        /// One DAG of a deployment (`entityId` is the DAG id, `deploymentId` says where).
        Dag = "DAG",
        /// Every DAG with a tag (`entityId` is the tag, `deploymentId` says where).
        DagTag = "DAG_TAG",
    }
);

impl DeploymentStatus {
    /// Nothing more will happen without someone acting.
    pub fn is_failure(&self) -> bool {
        matches!(self, DeploymentStatus::Unhealthy)
    }
}

/// An organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// The organization's id (a CUID): what every `/organizations/{id}/…` path takes.
    pub id: String,
    /// The name shown in the Astro UI.
    pub name: String,
    /// Every other field the server sent (`status`, `product`, `productPlans`, …).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    /// The workspace's id (a CUID), which deployments and tokens refer to.
    pub id: String,
    /// The name shown in the Astro UI.
    pub name: String,
    /// Every other field the server sent (`description`, `organizationId`, …).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A deployment. `status` is the field `wait` polls.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    /// The deployment's id (a CUID).
    pub id: String,
    /// The name shown in the Astro UI; unique within its workspace.
    pub name: String,
    /// The workspace it belongs to (empty where an old answer left it out).
    #[serde(default)]
    pub workspace_id: String,
    /// Where the deployment is in its lifecycle.
    pub status: DeploymentStatus,
    /// Why the status is what it is, when the server says (mostly with `UNHEALTHY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    /// `type`: Standard, Dedicated or Hybrid.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub deployment_type: Option<DeploymentType>,
    /// How Airflow runs its tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executor>,
    /// When it was created (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Every other field the server sent: runtime version, URLs (`webServerAirflowApiUrl`
    /// has no scheme), worker queues, sizing, hibernation, …
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One role an API token holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenRole {
    /// What kind of thing the role is granted on.
    pub entity_type: EntityType,
    /// The id of that thing: an organization, workspace or deployment id, a DAG id, or a
    /// DAG tag.
    pub entity_id: String,
    /// The role: `ORGANIZATION_OWNER`, `WORKSPACE_OPERATOR`, `DEPLOYMENT_ADMIN`, `DAG_VIEWER`,
    /// … or the name of a custom role.
    pub role: String,
    /// The deployment a DAG or DAG-tag role applies in (required for those two).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// Every other field the server sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An API token or an agent token, as listed and fetched: never with its secret (the
/// secret arrives once, in [`CreatedToken`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiToken {
    /// The token's id (not the secret): what rotate, update and delete take.
    pub id: String,
    /// The token's name.
    pub name: String,
    /// Its description; `""` when none was given.
    #[serde(default)]
    pub description: String,
    /// v1 `scope`; v1beta1 sent the same values as `type`.
    #[serde(default, alias = "type", skip_serializing_if = "Option::is_none")]
    pub scope: Option<TokenScope>,
    /// Standard or Direct Access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TokenKind>,
    /// A display-safe abbreviation of the secret, to tell tokens apart without revealing one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_token: Option<String>,
    /// Every role the token holds: the one at its own scope, plus any added later.
    #[serde(default)]
    pub roles: Vec<TokenRole>,
    /// When it was created (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When it expires (RFC 3339); `None`: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
    /// Every other field the server sent (`startAt`, `lastUsedAt`, `createdBy`, …).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to a token create or rotate: the token's metadata and, once, its secret.
#[derive(Debug, Clone)]
pub struct CreatedToken {
    /// The secret. The API never returns it again.
    pub token: crate::secret::Token,
    /// The token object as the server sent it, minus `token`.
    pub meta: Value,
}

impl CreatedToken {
    /// Splits a create/rotate answer into the secret and the rest.
    pub(crate) fn from_answer(mut answer: Value) -> Option<CreatedToken> {
        let secret = answer.as_object_mut()?.remove("token")?;
        let secret = secret.as_str()?.to_string();
        if secret.is_empty() {
            return None;
        }
        Some(CreatedToken {
            token: crate::secret::Token::new(secret),
            meta: answer,
        })
    }

    /// The new token's id (`""` if the answer had none).
    pub fn id(&self) -> &str {
        self.meta.get("id").and_then(Value::as_str).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_enum_values_and_fields_survive() {
        let d: Deployment = serde_json::from_value(serde_json::json!({
            "id": "d1", "name": "etl", "workspaceId": "w1", "status": "FAILING_OVER",
            "executor": "CELERY", "futureField": {"x": 1}
        }))
        .unwrap();
        assert_eq!(d.status, DeploymentStatus::Other("FAILING_OVER".into()));
        assert_eq!(d.executor, Some(Executor::Celery));
        let back = serde_json::to_value(&d).unwrap();
        assert_eq!(back["futureField"]["x"], 1);
        assert_eq!(back["status"], "FAILING_OVER");
        assert_eq!(
            SchedulerSize::parse_known("extra_large"),
            Some(SchedulerSize::ExtraLarge)
        );
        assert_eq!(SchedulerSize::parse_known("HUGE"), None);
    }

    #[test]
    fn v1beta1_type_reads_as_scope() {
        let t: ApiToken = serde_json::from_value(serde_json::json!({
            "id": "t", "name": "n", "type": "WORKSPACE", "roles": []
        }))
        .unwrap();
        assert_eq!(t.scope, Some(TokenScope::Workspace));
    }

    #[test]
    fn created_token_takes_the_secret_out() {
        let c = CreatedToken::from_answer(
            serde_json::json!({"id": "t1", "token": "s3cret-value-0123456789"}),
        )
        .unwrap();
        assert_eq!(c.token.expose(), "s3cret-value-0123456789");
        assert!(c.meta.get("token").is_none());
        assert_eq!(c.id(), "t1");
        assert!(!format!("{c:?}").contains("s3cret"));
    }
}
