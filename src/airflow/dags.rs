//! DAGs and DAG runs: list, get, pause, trigger, wait.

use super::ApiVersion;
use super::client::{Client, append_query};
use super::error::Error;
use super::model::{Dag, DagFilter, DagRun, Trigger};
use super::paginate::Pages;
use crate::http::FromUnanswered as _;
use reqwest::Method;
use serde_json::{Map, Value, json};
use std::time::{Duration, Instant};

impl Client {
    /// DAGs, sorted by id (the server's default order), a page at a time.
    pub async fn dags(&self, filter: &DagFilter) -> Result<Pages<'_, Dag>, Error> {
        let api = self.stable_api("listing DAGs").await?;
        let mut url = self.url(api, &["dags"]);
        let mut query = Vec::new();
        if let Some(paused) = filter.paused {
            query.push(("paused", paused.to_string()));
        }
        for tag in &filter.tags {
            query.push(("tags", tag.clone()));
        }
        if let Some(pattern) = &filter.pattern {
            query.push(("dag_id_pattern", pattern.clone()));
        }
        append_query(&mut url, &query);
        Ok(Pages::new(self, url, Some("dags")))
    }

    /// One DAG by id (404 as [`Error`] when no DAG file defines it).
    pub async fn dag(&self, dag_id: &str) -> Result<Dag, Error> {
        self.stable_api("getting a DAG").await?;
        self.get(&["dags", dag_id], &[]).await
    }

    /// Pauses or unpauses a DAG; returns it as it is now.
    pub async fn set_paused(&self, dag_id: &str, paused: bool) -> Result<Dag, Error> {
        if self.api().await? == ApiVersion::Experimental {
            let _: Value = self
                .get(
                    &[
                        "dags",
                        dag_id,
                        "paused",
                        if paused { "true" } else { "false" },
                    ],
                    &[],
                )
                .await?;
            return Ok(Dag {
                dag_id: dag_id.to_string(),
                is_paused: Some(paused),
                tags: None,
                other: Map::new(),
            });
        }
        self.write(
            Method::PATCH,
            &["dags", dag_id],
            &[("update_mask", "is_paused".into())],
            &json!({"is_paused": paused}),
        )
        .await
    }

    /// Triggers a run. The bodies differ: 3.x requires `logical_date` (null allowed), 2.x
    /// rejects a null one, and the experimental API calls the fields `run_id`/`execution_date`.
    pub async fn trigger(&self, dag_id: &str, trigger: &Trigger) -> Result<DagRun, Error> {
        if let Some(conf) = &trigger.conf
            && !conf.is_object()
        {
            return Err(Error::invalid(
                "conf must be a JSON object, like {\"key\": \"value\"}".into(),
            ));
        }
        let api = self.api().await?;
        let mut body = Map::new();
        if let Some(conf) = &trigger.conf {
            body.insert("conf".into(), conf.clone());
        }
        if api == ApiVersion::Experimental {
            if let Some(id) = &trigger.run_id {
                body.insert("run_id".into(), id.clone().into());
            }
            if let Some(date) = &trigger.logical_date {
                body.insert("execution_date".into(), date.clone().into());
            }
            if trigger.note.is_some() {
                return Err(Error::Unsupported {
                    what: "a run note".into(),
                    api,
                    available_on: None,
                });
            }
            let mut answer: Map<String, Value> = self
                .write(
                    Method::POST,
                    &["dags", dag_id, "dag_runs"],
                    &[],
                    &Value::Object(body),
                )
                .await?;
            let run_id = answer
                .remove("run_id")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            return Ok(DagRun {
                dag_id: dag_id.to_string(),
                dag_run_id: run_id,
                state: None,
                other: answer,
            });
        }
        if let Some(id) = &trigger.run_id {
            body.insert("dag_run_id".into(), id.clone().into());
        }
        if let Some(note) = &trigger.note {
            body.insert("note".into(), note.clone().into());
        }
        match (&trigger.logical_date, api) {
            (Some(date), _) => {
                body.insert("logical_date".into(), date.clone().into());
            }
            (None, ApiVersion::V2) => {
                body.insert("logical_date".into(), Value::Null);
            }
            (None, _) => {}
        }
        self.write(
            Method::POST,
            &["dags", dag_id, "dagRuns"],
            &[],
            &Value::Object(body),
        )
        .await
    }

    /// Runs of a DAG (`~`: of every DAG), optionally only in the given states.
    pub async fn runs(&self, dag_id: &str, states: &[String]) -> Result<Pages<'_, DagRun>, Error> {
        let api = self.stable_api("listing DAG runs").await?;
        let mut url = self.url(api, &["dags", dag_id, "dagRuns"]);
        let query: Vec<(&str, String)> = states.iter().map(|s| ("state", s.clone())).collect();
        append_query(&mut url, &query);
        Ok(Pages::new(self, url, Some("dag_runs")))
    }

    /// One run of a DAG, by its run id.
    pub async fn run(&self, dag_id: &str, run_id: &str) -> Result<DagRun, Error> {
        self.stable_api("getting a DAG run").await?;
        self.get(&["dags", dag_id, "dagRuns", run_id], &[]).await
    }

    /// Polls a run with growing pauses (1 s, ×1.5, at most 10 s) until it succeeds or fails.
    pub async fn wait_for_run(
        &self,
        dag_id: &str,
        run_id: &str,
        timeout: Duration,
    ) -> Result<DagRun, Error> {
        let start = Instant::now();
        let mut pause = Duration::from_secs(1);
        loop {
            let run = self.run(dag_id, run_id).await?;
            if run.is_finished() {
                return Ok(run);
            }
            let waited = start.elapsed();
            if waited >= timeout {
                return Err(Error::WaitTimeout {
                    what: format!("run {run_id} of {dag_id}"),
                    state: run.state.unwrap_or_else(|| "unknown".into()),
                    waited,
                });
            }
            tokio::time::sleep(pause.min(timeout - waited)).await;
            pause = (pause.mul_f64(1.5)).min(Duration::from_secs(10));
        }
    }

    /// The stable API (v1 or v2), or a clear refusal on the experimental one.
    pub(crate) async fn stable_api(&self, what: &str) -> Result<ApiVersion, Error> {
        match self.api().await? {
            ApiVersion::Experimental => Err(Error::Unsupported {
                what: what.into(),
                api: ApiVersion::Experimental,
                available_on: Some(ApiVersion::V1),
            }),
            api => Ok(api),
        }
    }
}
