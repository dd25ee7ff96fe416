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
#[serde(from = "PoolWire", into = "PoolWire")]
pub struct Pool {
    /// The pool's name: `name` in the stable APIs, `pool` in the experimental one. Serialised
    /// back under the key it came with, so JSON output is the server's data.
    pub name: String,
    /// How many task instances may run in it at once.
    pub slots: i64,
    /// What the pool is for.
    pub description: Option<String>,
    /// Whether deferred tasks count against its slots (Airflow 2.7+).
    pub include_deferred: Option<bool>,
    /// Every other field the server sent (occupied, queued, running slots…).
    pub other: Map<String, Value>,
    /// True when the name came as `pool` (the experimental API).
    experimental_key: bool,
}

/// A pool as it travels: the name under either key.
#[derive(Serialize, Deserialize)]
struct PoolWire {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pool: Option<String>,
    slots: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    include_deferred: Option<bool>,
    #[serde(flatten)]
    other: Map<String, Value>,
}

impl From<PoolWire> for Pool {
    fn from(w: PoolWire) -> Pool {
        let experimental_key = w.name.is_none() && w.pool.is_some();
        Pool {
            name: w.name.or(w.pool).unwrap_or_default(),
            slots: w.slots,
            description: w.description,
            include_deferred: w.include_deferred,
            other: w.other,
            experimental_key,
        }
    }
}

impl From<Pool> for PoolWire {
    fn from(p: Pool) -> PoolWire {
        let (name, pool) = if p.experimental_key {
            (None, Some(p.name))
        } else {
            (Some(p.name), None)
        };
        PoolWire {
            name,
            pool,
            slots: p.slots,
            description: p.description,
            include_deferred: p.include_deferred,
            other: p.other,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_keeps_the_key_its_name_came_under() {
        for key in ["name", "pool"] {
            let text = format!(r#"{{"{key}":"p","slots":2,"id":1}}"#);
            let pool: Pool = serde_json::from_str(&text).unwrap();
            assert_eq!(pool.name, "p");
            let back = serde_json::to_value(&pool).unwrap();
            assert_eq!(back[key], "p", "{back}");
            assert_eq!(back.as_object().unwrap().len(), 3, "{back}");
        }
    }
}
