//! Deployments: list, get, create (never twice), update (GET, merge, POST: the API replaces the
//! whole object), delete, and waiting for the asynchronous status to settle.

use super::create::{Created, created_since};
use super::paginate::{PageRequest, Paginator};
use super::transport::Safety;
use super::{
    Client, CloudProvider, Deployment, DeploymentStatus, DeploymentType, Error, Executor, Resource,
    Response, SchedulerSize,
};
use reqwest::Method;
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::time::Duration;

/// Which deployments to list (each list is sent as repeated query keys).
#[derive(Debug, Clone, Default)]
pub struct DeploymentFilter {
    /// Only deployments in these workspaces (`workspaceIds`); empty: every workspace.
    pub workspace_ids: Vec<String>,
    /// Only deployments with one of these exact names (`names`); empty: any name.
    pub names: Vec<String>,
    /// Only these deployments (`deploymentIds`); empty: any.
    pub deployment_ids: Vec<String>,
}

/// The fields of a create that the best-practice page shows. Anything else (worker queues,
/// environment variables, fields newer than this houston) comes from a file body that these
/// fields are laid over ([`CreateDeployment::over`]). Only `name` and `workspaceId` are required
/// in v1: the server fills the rest from the workspace's defaults.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateDeployment {
    /// The deployment's name, unique within its workspace. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The workspace to create it in. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// `type`: Standard, Dedicated or Hybrid. Optional in v1: the server infers it
    /// from the cluster.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub deployment_type: Option<DeploymentType>,
    /// Free text shown in the Astro UI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The cluster to run on (Dedicated and Hybrid; for Standard it overrides
    /// `cloud_provider` and `region`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Standard only: the cloud to run in, with `region`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<CloudProvider>,
    /// Standard only: the provider's region (`us-east-1`), with `cloud_provider`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// How Airflow runs tasks (Hybrid: Celery or Kubernetes only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executor>,
    /// The Astro Runtime version (which fixes the Airflow version); absent: the server's
    /// default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub astro_runtime_version: Option<String>,
    /// Standard and Dedicated: the scheduler's machine size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduler_size: Option<SchedulerSize>,
    /// Standard and Dedicated: high availability (more than one scheduler replica, so
    /// one failing does not stop scheduling).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_high_availability: Option<bool>,
    /// Standard and Dedicated: a development deployment, which may hibernate and
    /// has no uptime SLA.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_development_mode: Option<bool>,
    /// Accept deploys only from API tokens (CI/CD), not from users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_cicd_enforced: Option<bool>,
    /// Allow DAG-only deploys (DAG files without a new image).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_dag_deploy_enabled: Option<bool>,
    /// CPU for a task pod (Kubernetes executor, KubernetesPodOperator) that asks for
    /// none, as Kubernetes writes it (`0.25`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_task_pod_cpu: Option<String>,
    /// Memory for such a task pod, in `Gi` (`0.5Gi`); the API wants twice the CPU.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_task_pod_memory: Option<String>,
    /// The most CPU all task pods together may use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_quota_cpu: Option<String>,
    /// The most memory all task pods together may use, in `Gi` (twice the CPU).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_quota_memory: Option<String>,
    /// Who gets Astronomer's alerts about the deployment.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contact_emails: Vec<String>,
}

impl CreateDeployment {
    /// The request body: `base` (a file's body, or `{}`) with these fields laid over it.
    pub fn over(&self, mut base: Value) -> Value {
        merge_patch(
            &mut base,
            &serde_json::to_value(self).expect("the request always encodes"),
        );
        base
    }
}

/// Checks a create body before sending: what the API requires, and combinations it documents
/// as invalid.
pub(crate) fn check_create(body: &Value) -> Result<(), Error> {
    let text = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
    };
    for field in ["name", "workspaceId"] {
        if text(field).is_none() {
            return Err(Error::Argument {
                field,
                message: format!("a deployment needs a {field}; nothing was sent"),
            });
        }
    }
    if body.get("cloudProvider").is_some() != body.get("region").is_some() {
        return Err(Error::Argument {
            field: "region",
            message: "cloudProvider and region go together; nothing was sent".into(),
        });
    }
    if text("type") == Some("HYBRID") {
        for field in ["schedulerSize", "isHighAvailability", "cloudProvider"] {
            if body.get(field).is_some() {
                return Err(Error::Invalid(format!(
                    "{field} does not apply to a HYBRID deployment (it takes scheduler.au/replicas); nothing was sent"
                )));
            }
        }
        if text("executor") == Some("ASTRO") {
            return Err(Error::Invalid(
                "a HYBRID deployment runs the CELERY or KUBERNETES executor, not ASTRO; nothing was sent"
                    .into(),
            ));
        }
    }
    Ok(())
}

/// Applies a JSON merge patch (RFC 7386): objects merge, `null` removes, anything else
/// replaces (arrays included: a patched `workerQueues` is the whole new list).
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(patch) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let map = target.as_object_mut().expect("just made an object");
            for (k, v) in patch {
                if v.is_null() {
                    map.remove(k);
                } else {
                    merge_patch(map.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        other => *target = other.clone(),
    }
}

fn pick(from: &Value, keys: &[&str]) -> Map<String, Value> {
    keys.iter()
        .filter_map(|k| {
            from.get(*k)
                .filter(|v| !v.is_null())
                .map(|v| (k.to_string(), v.clone()))
        })
        .collect()
}

/// The full `UpdateDeploymentRequest` that keeps a deployment as it is, built from what GET
/// returned. The update replaces the whole object, so everything the request takes is carried
/// over: the complete environment-variable list (secrets without their value, which the server
/// keeps), the worker queues by id, hibernation and remote-execution settings.
pub fn update_body(current: &Value) -> Value {
    let hybrid = current.get("type").and_then(Value::as_str) == Some("HYBRID");
    let mut body = pick(
        current,
        &[
            "name",
            "workspaceId",
            "type",
            "executor",
            "isCicdEnforced",
            "isDagDeployEnabled",
            "description",
            "contactEmails",
        ],
    );
    let env: Vec<Value> = current
        .get("environmentVariables")
        .and_then(Value::as_array)
        .map(|vars| {
            vars.iter()
                .map(|v| Value::Object(pick(v, &["key", "isSecret", "value"])))
                .collect()
        })
        .unwrap_or_default();
    body.insert("environmentVariables".into(), Value::Array(env));
    // A queue's size is a node pool on Hybrid, a machine type elsewhere.
    let sizing: &[&str] = if hybrid {
        &["nodePoolId"]
    } else {
        &["astroMachine", "podEphemeralStorage"]
    };
    let queue_keys: Vec<&str> = [
        "id",
        "name",
        "isDefault",
        "minWorkerCount",
        "maxWorkerCount",
        "workerConcurrency",
    ]
    .into_iter()
    .chain(sizing.iter().copied())
    .collect();
    if let Some(queues) = current.get("workerQueues").and_then(Value::as_array) {
        body.insert(
            "workerQueues".into(),
            Value::Array(
                queues
                    .iter()
                    .map(|q| Value::Object(pick(q, &queue_keys)))
                    .collect(),
            ),
        );
    }
    if hybrid {
        let mut scheduler = Map::new();
        if let Some(au) = current.get("schedulerAu").filter(|v| !v.is_null()) {
            scheduler.insert("au".into(), au.clone());
        }
        if let Some(r) = current.get("schedulerReplicas").filter(|v| !v.is_null()) {
            scheduler.insert("replicas".into(), r.clone());
        }
        body.insert("scheduler".into(), Value::Object(scheduler));
        body.extend(pick(current, &["taskPodNodePoolId"]));
    } else {
        body.extend(pick(
            current,
            &[
                "schedulerSize",
                "isDevelopmentMode",
                "defaultTaskPodCpu",
                "defaultTaskPodMemory",
                "resourceQuotaCpu",
                "resourceQuotaMemory",
            ],
        ));
        body.insert(
            "isHighAvailability".into(),
            current
                .get("isHighAvailability")
                .filter(|v| v.is_boolean())
                .cloned()
                .unwrap_or(Value::Bool(false)),
        );
        if let Some(spec) = current
            .get("scalingSpec")
            .and_then(|s| s.get("hibernationSpec"))
            .filter(|v| !v.is_null())
        {
            let mut hibernation = pick(spec, &["schedules"]);
            if let Some(o) = spec.get("override").filter(|v| v.is_object()) {
                hibernation.insert(
                    "override".into(),
                    Value::Object(pick(o, &["isHibernating", "overrideUntil"])),
                );
            }
            body.insert(
                "scalingSpec".into(),
                json!({ "hibernationSpec": Value::Object(hibernation) }),
            );
        }
        if let Some(re) = current.get("remoteExecution").filter(|v| v.is_object()) {
            body.insert(
                "remoteExecution".into(),
                Value::Object(pick(
                    re,
                    &[
                        "enabled",
                        "allowedIpAddressRanges",
                        "taskLogBucket",
                        "taskLogUrlPattern",
                    ],
                )),
            );
        }
    }
    Value::Object(body)
}

/// How long and how often `wait` polls.
#[derive(Debug, Clone, Copy)]
pub struct WaitOptions {
    /// How long to wait in all before giving up (default 30 minutes).
    pub timeout: Duration,
    /// The first pause between polls; it grows by half each time up to `max_interval`.
    pub interval: Duration,
    /// The longest pause between polls (default 30 s).
    pub max_interval: Duration,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            timeout: Duration::from_secs(30 * 60),
            interval: Duration::from_secs(5),
            max_interval: Duration::from_secs(30),
        }
    }
}

impl Client {
    /// The organization's deployments.
    pub fn deployments(
        &self,
        filter: &DeploymentFilter,
        page: PageRequest,
    ) -> Result<Paginator, Error> {
        let mut url = self.org_url(&["deployments"])?;
        {
            let mut q = url.query_pairs_mut();
            for id in &filter.deployment_ids {
                q.append_pair("deploymentIds", id);
            }
            for n in &filter.names {
                q.append_pair("names", n);
            }
            for w in &filter.workspace_ids {
                q.append_pair("workspaceIds", w);
            }
        }
        Ok(Paginator::new(
            self,
            url,
            Some("deployments"),
            "to list deployments",
            page,
        ))
    }

    /// One deployment.
    pub async fn get_deployment(&self, id: &str) -> Result<Response<Deployment>, Error> {
        let what = format!("to get deployment {id}");
        let url = self.org_url(&["deployments", id])?;
        let raw = self
            .call_object(Method::GET, url, None, &what, Safety::Idempotent)
            .await?;
        Response::from_raw(&what, raw)
    }

    /// Creates a deployment from a `CreateDeploymentRequest` body (see [`CreateDeployment`]).
    /// Sent once: if the answer is lost after the request may have landed, the deployment is
    /// looked up by name in its workspace, and the POST is repeated only if it is not there.
    pub async fn create_deployment(&self, body: &Value) -> Result<Response<Deployment>, Error> {
        check_create(body)?;
        let name = body["name"].as_str().unwrap_or_default().to_string();
        let workspace = body["workspaceId"].as_str().unwrap_or_default().to_string();
        let what = format!("to create deployment \"{name}\"");
        let url = self.org_url(&["deployments"])?;
        let lookup = async |started| -> Result<Option<Value>, Error> {
            let filter = DeploymentFilter {
                workspace_ids: vec![workspace.clone()],
                names: vec![name.clone()],
                ..Default::default()
            };
            let found = self
                .deployments(&filter, PageRequest::all())?
                .collect()
                .await?;
            Ok(found.into_iter().find(|d| {
                d.get("name").and_then(Value::as_str) == Some(name.as_str())
                    && created_since(d, started)
            }))
        };
        let resource = Resource::Deployment {
            workspace: workspace.to_string(),
            name: name.to_string(),
        };
        let raw = match self
            .create_with_lookup(url, body, &what, lookup, resource)
            .await?
        {
            Created::Answer(v) | Created::Recovered { found: v, .. } => v,
        };
        Response::from_raw(&what, raw)
    }

    /// Changes a deployment: GETs it, builds the full update from it ([`update_body`]), applies
    /// `patch` as a JSON merge patch, and POSTs the result. `patch` may hold any field of the
    /// update request, including ones this houston does not know.
    pub async fn update_deployment(
        &self,
        id: &str,
        patch: &Value,
    ) -> Result<Response<Deployment>, Error> {
        let current = self.get_deployment(id).await?;
        let mut body = update_body(&current.raw);
        merge_patch(&mut body, patch);
        self.replace_deployment(id, &body).await
    }

    /// POSTs a complete `UpdateDeploymentRequest` as given (the update is a full replacement:
    /// prefer [`Client::update_deployment`]).
    pub async fn replace_deployment(
        &self,
        id: &str,
        body: &Value,
    ) -> Result<Response<Deployment>, Error> {
        let what = format!("to update deployment {id}");
        let url = self.org_url(&["deployments", id])?;
        let raw = self
            .call_object(Method::POST, url, Some(body), &what, Safety::Idempotent)
            .await?;
        Response::from_raw(&what, raw)
    }

    /// Deletes a deployment. `Ok(true)` when it was already gone after a retry.
    pub async fn delete_deployment(&self, id: &str) -> Result<bool, Error> {
        let what = format!("to delete deployment {id}");
        let url = self.org_url(&["deployments", id])?;
        self.delete(url, &what).await
    }

    /// Polls a deployment's `status` with growing pauses until it is `HEALTHY` (or
    /// `HIBERNATING`, which it stays until woken), failing on `UNHEALTHY` or when time runs
    /// out. `on_poll` sees every answer (to report progress).
    pub async fn wait_deployment(
        &self,
        id: &str,
        options: WaitOptions,
        mut on_poll: impl FnMut(&Deployment),
    ) -> Result<Response<Deployment>, Error> {
        let deadline = tokio::time::Instant::now() + options.timeout;
        let mut pause = options.interval;
        loop {
            let current = self.get_deployment(id).await?;
            on_poll(&current.data);
            match &current.data.status {
                DeploymentStatus::Healthy | DeploymentStatus::Hibernating => return Ok(current),
                status if status.is_failure() => {
                    return Err(Error::Wait(format!(
                        "deployment {} ({id}) is {status}{}",
                        current.data.name,
                        current
                            .data
                            .status_reason
                            .as_deref()
                            .filter(|r| !r.is_empty())
                            .map(|r| format!(": {r}"))
                            .unwrap_or_default()
                    )));
                }
                _ => {}
            }
            let now = tokio::time::Instant::now();
            if now >= deadline {
                return Err(Error::WaitTimeout {
                    deployment: format!("{} ({id})", current.data.name),
                    status: current.data.status.to_string(),
                    waited: options.timeout,
                });
            }
            tokio::time::sleep(pause.min(deadline - now)).await;
            pause = pause.mul_f64(1.5).min(options.max_interval);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_patch_follows_rfc_7386() {
        let mut t = json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [1, 2]});
        merge_patch(
            &mut t,
            &json!({"a": null, "b": {"c": 5}, "e": [9], "f": "new"}),
        );
        assert_eq!(t, json!({"b": {"c": 5, "d": 3}, "e": [9], "f": "new"}));
    }

    #[test]
    fn update_body_keeps_everything_the_update_replaces() {
        let current = json!({
            "id": "d1", "name": "etl", "workspaceId": "w1", "type": "STANDARD",
            "executor": "CELERY", "isCicdEnforced": false, "isDagDeployEnabled": true,
            "schedulerSize": "SMALL", "status": "HEALTHY", "webServerUrl": "x",
            "environmentVariables": [
                {"key": "A", "value": "1", "isSecret": false, "updatedAt": "2026-01-01T00:00:00Z"},
                {"key": "S", "isSecret": true, "updatedAt": "2026-01-01T00:00:00Z"}
            ],
            "workerQueues": [{"id": "q1", "name": "default", "isDefault": true,
                "minWorkerCount": 0, "maxWorkerCount": 10, "workerConcurrency": 5,
                "podCpu": "1", "podMemory": "2Gi", "astroMachine": "A5"}],
            "scalingSpec": {"hibernationSpec": {"override": {"isActive": true, "isHibernating": true}}}
        });
        let body = update_body(&current);
        assert_eq!(body["isHighAvailability"], false);
        assert_eq!(body["schedulerSize"], "SMALL");
        assert!(body.get("status").is_none() && body.get("webServerUrl").is_none());
        assert_eq!(
            body["environmentVariables"],
            json!([{"key": "A", "value": "1", "isSecret": false}, {"key": "S", "isSecret": true}])
        );
        assert_eq!(body["workerQueues"][0]["id"], "q1");
        assert!(body["workerQueues"][0].get("podCpu").is_none());
        assert_eq!(
            body["scalingSpec"],
            json!({"hibernationSpec": {"override": {"isHibernating": true}}})
        );
        let hybrid = update_body(
            &json!({"type": "HYBRID", "name": "h", "schedulerAu": 5, "schedulerReplicas": 1, "schedulerSize": "SMALL"}),
        );
        assert_eq!(hybrid["scheduler"], json!({"au": 5, "replicas": 1}));
        assert!(hybrid.get("schedulerSize").is_none());
    }

    #[test]
    fn create_is_checked_before_sending() {
        assert!(check_create(&json!({"name": "a", "workspaceId": "w"})).is_ok());
        let e = check_create(&json!({"name": "a"})).unwrap_err();
        assert!(e.is_invalid());
        assert!(e.to_string().contains("workspaceId"));
        assert!(check_create(&json!({"name": "a", "workspaceId": "w", "region": "x"})).is_err());
        assert!(
            check_create(&json!({"name": "a", "workspaceId": "w", "type": "HYBRID", "schedulerSize": "SMALL"}))
                .is_err()
        );
    }
}
