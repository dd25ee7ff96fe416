//! The objects the commands work with. Each names the fields houston itself reads and keeps
//! everything else the server sent in `other`, so JSON output shows the whole object
//! whichever Airflow answered (the 2.x and 3.x shapes differ in a dozen fields).

use crate::secret::Token;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dag {
    pub dag_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_paused: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tag {
    pub name: String,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Dag {
    pub fn tag_names(&self) -> Vec<&str> {
        self.tags
            .iter()
            .flatten()
            .map(|t| t.name.as_str())
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DagRun {
    pub dag_id: String,
    pub dag_run_id: String,
    /// `queued`, `running`, `success`, `failed` (open: newer Airflows may add states).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl DagRun {
    /// A run that will not change state any more.
    pub fn is_finished(&self) -> bool {
        matches!(self.state.as_deref(), Some("success" | "failed"))
    }
    pub fn failed(&self) -> bool {
        self.state.as_deref() == Some("failed")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pool {
    /// `name` in the stable APIs, `pool` in the experimental one.
    #[serde(alias = "pool")]
    pub name: String,
    pub slots: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_deferred: Option<bool>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Variable {
    pub key: String,
    /// Absent from 2.x list answers; always a string (3.x stores JSON values as text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A connection as the server describes it. The password is dropped when the answer is read
/// (3.x sends `"***"`, 2.x nothing), so no output can ever show one.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Connection {
    pub connection_id: String,
    #[serde(default)]
    pub conn_type: Option<String>,
    #[serde(default)]
    pub host: Option<String>,
    #[serde(default)]
    pub login: Option<String>,
    #[serde(default)]
    pub schema: Option<String>,
    #[serde(default)]
    pub port: Option<i64>,
    #[serde(default)]
    pub extra: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default, rename = "password", skip_serializing)]
    _password: Option<serde::de::IgnoredAny>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What `pools set` asks for; unset fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct PoolSpec {
    pub name: String,
    pub slots: Option<i64>,
    pub description: Option<String>,
    pub include_deferred: Option<bool>,
}

/// What `connections set` asks for; unset fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct ConnectionSpec {
    pub connection_id: String,
    pub conn_type: Option<String>,
    pub host: Option<String>,
    pub login: Option<String>,
    pub password: Option<Token>,
    pub schema: Option<String>,
    pub port: Option<u16>,
    pub extra: Option<String>,
    pub description: Option<String>,
}

/// An object written with create-or-update semantics, and which of the two happened.
#[derive(Debug, Clone)]
pub struct Upserted<T> {
    pub item: T,
    pub created: bool,
}

/// What `dags trigger` sends.
#[derive(Debug, Clone, Default)]
pub struct Trigger {
    pub run_id: Option<String>,
    /// Must be a JSON object (Airflow's `conf` is a dict).
    pub conf: Option<Value>,
    pub note: Option<String>,
    /// RFC 3339; `None` lets Airflow choose (now on 2.x, none on 3.x).
    pub logical_date: Option<String>,
}

/// Filters for `dags list`.
#[derive(Debug, Clone, Default)]
pub struct DagFilter {
    pub paused: Option<bool>,
    pub tags: Vec<String>,
    /// `dag_id_pattern`: a substring (SQL LIKE) of the DAG id.
    pub pattern: Option<String>,
}
