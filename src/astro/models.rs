//! The Astro API's objects, typed only as far as houston reads them. Every struct keeps the
//! fields it does not name in `extra`, and every enum has an `Other` arm: the API grows
//! (`FAILING_OVER`, `ENVIRONMENT_VARIABLE` are recent) and an old houston must still read it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Declares a string enum that keeps values it does not know.
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            /// A value this houston does not know yet, kept as sent.
            Other(String),
        }

        impl $name {
            /// The values this houston knows.
            pub const KNOWN: &'static [&'static str] = &[$($text),+];

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
    /// Deployment `type`.
    DeploymentType { Standard = "STANDARD", Dedicated = "DEDICATED", Hybrid = "HYBRID" }
);
open_enum!(
    /// Deployment `executor`.
    Executor { Celery = "CELERY", Kubernetes = "KUBERNETES", Astro = "ASTRO" }
);
open_enum!(
    /// `schedulerSize` (Standard and Dedicated deployments).
    SchedulerSize { Small = "SMALL", Medium = "MEDIUM", Large = "LARGE", ExtraLarge = "EXTRA_LARGE" }
);
open_enum!(
    /// Deployment `status`: creates and updates are asynchronous, so this moves on its own.
    DeploymentStatus {
        Creating = "CREATING",
        Deploying = "DEPLOYING",
        Healthy = "HEALTHY",
        Unhealthy = "UNHEALTHY",
        Hibernating = "HIBERNATING",
        Unknown = "UNKNOWN",
    }
);
open_enum!(
    /// Cloud provider of a Standard deployment or a cluster.
    CloudProvider { Aws = "AWS", Azure = "AZURE", Gcp = "GCP" }
);
open_enum!(
    /// Worker `astroMachine`.
    AstroMachine { A5 = "A5", A10 = "A10", A20 = "A20", A40 = "A40", A60 = "A60", A120 = "A120", A160 = "A160" }
);
open_enum!(
    /// API token `scope` (v1beta1 called it `type`).
    TokenScope { Organization = "ORGANIZATION", Workspace = "WORKSPACE", Deployment = "DEPLOYMENT" }
);
open_enum!(
    /// API token `kind`.
    TokenKind { Standard = "STANDARD", DirectAccess = "DIRECT_ACCESS" }
);
open_enum!(
    /// `ApiTokenRole.entityType`.
    EntityType {
        Organization = "ORGANIZATION",
        Workspace = "WORKSPACE",
        Deployment = "DEPLOYMENT",
        Dag = "DAG",
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
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A deployment. `status` is the field `wait` polls.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub workspace_id: String,
    pub status: DeploymentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub deployment_type: Option<DeploymentType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One role an API token holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenRole {
    pub entity_type: EntityType,
    pub entity_id: String,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An API token or an agent token, as listed and fetched: never with its secret (the
/// secret arrives once, in [`CreatedToken`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiToken {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// v1 `scope`; v1beta1 sent the same values as `type`.
    #[serde(default, alias = "type", skip_serializing_if = "Option::is_none")]
    pub scope: Option<TokenScope>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TokenKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_token: Option<String>,
    #[serde(default)]
    pub roles: Vec<TokenRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
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
