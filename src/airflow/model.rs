//! The objects the commands work with. Each names the fields houston itself reads and keeps
//! everything else the server sent in `other`, so JSON output shows the whole object
//! whichever Airflow answered (the 2.x and 3.x shapes differ in a dozen fields).

use crate::secret::Token;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A DAG as `GET /dags` and `GET /dags/{dag_id}` describe it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dag {
    /// The id the DAG file gives it (`DAG(dag_id=…)`): the key of every DAG endpoint.
    pub dag_id: String,
    /// Whether the scheduler leaves the DAG alone: a paused DAG gets no scheduled runs, and a
    /// triggered run of it stays queued. New DAGs start paused unless the Airflow says
    /// otherwise (`dags_are_paused_at_creation`). `None` where the server did not say (the
    /// experimental API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_paused: Option<bool>,
    /// The tags the DAG file sets (a DAG list can be filtered on them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Every other field the server sent (2.x and 3.x differ), kept so JSON output shows
    /// the whole object.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// One tag of a [`Dag`]: Airflow sends objects (`{"name": "etl"}`), not strings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tag {
    /// The tag as written in the DAG file.
    pub name: String,
    /// Every other field the server sent (3.x adds `dag_id`).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Dag {
    /// The tags' names, in the server's order.
    pub fn tag_names(&self) -> Vec<&str> {
        self.tags
            .iter()
            .flatten()
            .map(|t| t.name.as_str())
            .collect()
    }
}

/// One run of a DAG, as `GET /dags/{dag_id}/dagRuns` and a trigger answer describe it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DagRun {
    /// The DAG this is a run of.
    pub dag_id: String,
    /// The run's id, unique within its DAG: the one given at trigger time, or one Airflow made
    /// up (`manual__<logical date>`).
    pub dag_run_id: String,
    /// `queued`, `running`, `success`, `failed` (open: newer Airflows may add states).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Every other field the server sent (`logical_date`, `conf`, `note`, and the fields only
    /// one major version has: `execution_date` on 2.x, `run_after` on 3.x).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl DagRun {
    /// A run that will not change state any more.
    pub fn is_finished(&self) -> bool {
        matches!(self.state.as_deref(), Some("success" | "failed"))
    }
    /// A run that ended in `failed` (what a caller waiting for a run turns into an error).
    pub fn failed(&self) -> bool {
        self.state.as_deref() == Some("failed")
    }
}

/// A pool: a named number of slots that caps how many task instances assigned to it run at
/// once, across every DAG.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "PoolWire", into = "PoolWire")]
pub struct Pool {
    /// The pool's name: `name` in the stable APIs, `pool` in the experimental one. Serialised
    /// back under the key it came with, so JSON output is the server's data.
    pub name: String,
    /// How many task instances may hold a slot at once; `-1` means unlimited.
    pub slots: i64,
    /// Free text shown in the Airflow UI.
    pub description: Option<String>,
    /// Whether deferred tasks (waiting on a trigger) count against the slots, as running ones
    /// do. Airflow 2.7 and later; older servers do not send it.
    pub include_deferred: Option<bool>,
    /// Every other field the server sent: the live counts (`open_slots`, `running_slots`,
    /// `queued_slots`, …) on the stable APIs, `id` on the experimental one.
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

/// An Airflow Variable: a key-value pair DAGs read at run time (`Variable.get`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Variable {
    /// The name DAGs look the variable up by.
    pub key: String,
    /// Absent from 2.x list answers; always a string (3.x stores JSON values as text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Free text shown in the Airflow UI (2.4 and later).
    #[serde(default)]
    pub description: Option<String>,
    /// Every other field the server sent (3.x adds `is_encrypted`).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A connection as the server describes it. The password is dropped when the answer is read
/// (3.x sends `"***"`, 2.x nothing), so no output can ever show one.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Connection {
    /// The id hooks and operators name the connection by (`conn_id=…`).
    pub connection_id: String,
    /// Which hook reads it: `http`, `postgres`, `aws`, … (the providers installed decide
    /// which types exist).
    #[serde(default)]
    pub conn_type: Option<String>,
    /// The host the connection points at.
    #[serde(default)]
    pub host: Option<String>,
    /// The user name to log in with.
    #[serde(default)]
    pub login: Option<String>,
    /// The database or schema, for the types that have one (for `http`, the URL scheme).
    #[serde(default)]
    pub schema: Option<String>,
    /// The port on `host`.
    #[serde(default)]
    pub port: Option<i64>,
    /// Type-specific settings as a JSON document in a string (Airflow stores it as text).
    /// May hold secrets: Airflow masks the keys it knows are sensitive, not every one.
    #[serde(default)]
    pub extra: Option<String>,
    /// Free text shown in the Airflow UI.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default, rename = "password", skip_serializing)]
    _password: Option<serde::de::IgnoredAny>,
    /// Every other field the server sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What `pools set` asks for; unset fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct PoolSpec {
    /// The pool to create or update.
    pub name: String,
    /// The number of slots (`-1`: unlimited). Required to create a pool.
    pub slots: Option<i64>,
    /// The pool's description.
    pub description: Option<String>,
    /// Whether deferred tasks count against the slots (Airflow 2.7 and later).
    pub include_deferred: Option<bool>,
}

/// What `connections set` asks for; unset fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct ConnectionSpec {
    /// The connection to create or update.
    pub connection_id: String,
    /// The hook type (`http`, `postgres`, …). Required to create a connection.
    pub conn_type: Option<String>,
    /// See [`Connection::host`].
    pub host: Option<String>,
    /// See [`Connection::login`].
    pub login: Option<String>,
    /// The password, sent once and never read back (Airflow does not return it).
    pub password: Option<Token>,
    /// See [`Connection::schema`].
    pub schema: Option<String>,
    /// See [`Connection::port`].
    pub port: Option<u16>,
    /// Type-specific settings: a JSON object as text, as Airflow stores it.
    pub extra: Option<String>,
    /// See [`Connection::description`].
    pub description: Option<String>,
}

/// An object written with create-or-update semantics, and which of the two happened.
#[derive(Debug, Clone)]
pub struct Upserted<T> {
    /// The object as the server answered after the write.
    pub item: T,
    /// `true` if it did not exist before (created), `false` if an existing one was updated.
    pub created: bool,
}

/// What `dags trigger` sends.
#[derive(Debug, Clone, Default)]
pub struct Trigger {
    /// The run's id; `None` lets Airflow make one up (`manual__<date>`). An id the DAG
    /// already has is refused with 409.
    pub run_id: Option<String>,
    /// Must be a JSON object (Airflow's `conf` is a dict).
    pub conf: Option<Value>,
    /// A note shown on the run in the Airflow UI.
    pub note: Option<String>,
    /// RFC 3339; `None` lets Airflow choose (now on 2.x, none on 3.x).
    pub logical_date: Option<String>,
}

/// Filters for `dags list`.
#[derive(Debug, Clone, Default)]
pub struct DagFilter {
    /// Only paused (`Some(true)`) or only active (`Some(false)`) DAGs; `None`: both.
    pub paused: Option<bool>,
    /// Only DAGs with any of these tags (Airflow ORs repeated `tags`); empty: no filter.
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
