//! Creating, changing and removing deployments, across the platform versions that do it
//! differently (createDeployment/updateDeployment before 1.0, upsertDeployment after).

use super::GET_COLUMNS;
use crate::Client;
use crate::cli::output::answer;
use crate::cli::variables::Given;
use crate::cli::{Ctx, resolve, usage};
use crate::houston::Version;
use crate::operations::{self as ops, ExecutorType, UpsertDeploymentVariant as Upsert, versioned};
use clap::{Subcommand, ValueEnum};
use serde_json::{Value, json};

/// What a create or upsert answers, read typed: the new deployment's label and release name
/// (each variant has its own generated type for the same selection).
trait Made {
    fn made(self) -> (Option<String>, Option<String>);
}

macro_rules! made {
    ($($module:ident { $($variant:ident),* })*) => {$(
        impl Made for ops::versioned::$module::ResponseData {
            fn made(self) -> (Option<String>, Option<String>) {
                let made = match self {
                    $(Self::$variant(d) => d.$module.map(|d| (d.label, d.release_name)),)*
                };
                made.unwrap_or_default()
            }
        }
    )*};
}

made!(
    upsert_deployment { UpsertDeployment210, UpsertDeployment100 }
    create_deployment { CreateDeployment0290, CreateDeployment }
);

/// The server's deployment, its label and release name, from a create or upsert's answer.
fn made<T: Made>(r: crate::houston::Response<T>) -> (Value, String, String) {
    let (label, release_name) = r.data.made();
    (
        answer(r.raw),
        label.unwrap_or_default(),
        release_name.unwrap_or_default(),
    )
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Executor {
    #[value(alias = "CeleryExecutor")]
    Celery,
    #[value(alias = "LocalExecutor")]
    Local,
    #[value(alias = "KubernetesExecutor")]
    Kubernetes,
}

impl Executor {
    fn value(self) -> ExecutorType {
        match self {
            Executor::Celery => ExecutorType::CeleryExecutor,
            Executor::Local => ExecutorType::LocalExecutor,
            Executor::Kubernetes => ExecutorType::KubernetesExecutor,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Mode {
    Helm,
    Operator,
}

/// DAG deployment settings shared by create and update.
#[derive(Debug, clap::Args)]
pub struct DagArgs {
    /// How DAGs reach the deployment: image, volume, git_sync or dag_deploy
    #[arg(long, value_name = "TYPE")]
    dag_deployment_type: Option<String>,
    /// The full DagDeployment object as JSON (e.g. git-sync settings); --dag-deployment-type wins
    #[arg(long, value_name = "JSON", value_parser = json_object)]
    dag_deployment: Option<Value>,
}

impl DagArgs {
    fn value(&self) -> Option<Value> {
        let mut object = self.dag_deployment.clone();
        if let Some(kind) = &self.dag_deployment_type {
            let o = object.get_or_insert_with(|| json!({}));
            o["type"] = Value::String(kind.clone());
        }
        object
    }
}

fn json_object(text: &str) -> Result<Value, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(
            "expected a JSON object, like {\"type\": \"git_sync\", \"repositoryUrl\": \"…\"}"
                .into(),
        ),
        Err(e) => Err(format!("not JSON: {e}")),
    }
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// A label (the name shown in lists)
    #[arg(long)]
    label: String,
    /// A description (free text)
    #[arg(long)]
    description: Option<String>,
    /// The Helm release name (default: the platform picks one)
    #[arg(long)]
    release_name: Option<String>,
    /// The Airflow executor
    #[arg(long, value_enum, default_value = "celery")]
    executor: Executor,
    /// Astro Runtime version (Houston 0.29+)
    #[arg(long)]
    runtime_version: Option<String>,
    /// Astronomer Certified Airflow version (before 0.29)
    #[arg(long)]
    airflow_version: Option<String>,
    /// Kubernetes namespace (platforms with manual namespaces)
    #[arg(long)]
    namespace: Option<String>,
    /// Cluster id (Houston 1.0+, multi-cluster)
    #[arg(long)]
    cluster: Option<String>,
    /// Triggerer replicas (Houston 0.28+)
    #[arg(long)]
    triggerer_replicas: Option<i64>,
    /// Cloud IAM role for the deployment's service account
    #[arg(long)]
    cloud_role: Option<String>,
    /// helm or operator (Houston 2.1+)
    #[arg(long, value_enum)]
    mode: Option<Mode>,
    #[command(flatten)]
    dag: DagArgs,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// Id or release name
    deployment: String,
    /// A label (the name shown in lists)
    #[arg(long)]
    label: Option<String>,
    /// A description (free text)
    #[arg(long)]
    description: Option<String>,
    /// The Airflow executor
    #[arg(long, value_enum)]
    executor: Option<Executor>,
    /// Triggerer replicas (Houston 0.28+)
    #[arg(long)]
    triggerer_replicas: Option<i64>,
    /// The cloud IAM role the deployment's pods assume (ARN or service account)
    #[arg(long)]
    cloud_role: Option<String>,
    #[command(flatten)]
    dag: DagArgs,
}

#[derive(Debug, Subcommand)]
pub enum RuntimeCmd {
    /// Start an upgrade to another Astro Runtime version
    Update {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
        /// The Astro Runtime version to move to (see `houston platform runtimes`)
        #[arg(long)]
        version: String,
    },
    /// Cancel a pending runtime upgrade
    Cancel {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImageCmd {
    /// Deploy an image that is already in a registry
    Update {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
        /// The full image reference, e.g. registry.example.com/team/airflow:1.2.3
        #[arg(long)]
        image: String,
        /// The image's Astro Runtime version (default: the deployment's current one)
        #[arg(long)]
        runtime_version: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct AdoptArgs {
    /// The cluster the Airflow custom resource runs in
    #[arg(long)]
    cluster: String,
    /// The custom resource's namespace
    #[arg(long)]
    cr_namespace: String,
    /// The custom resource's name
    #[arg(long)]
    cr_name: String,
    /// A label (the name shown in lists)
    #[arg(long)]
    label: Option<String>,
    /// A description (free text)
    #[arg(long)]
    description: Option<String>,
    /// Send its logs through the platform's logging
    #[arg(long)]
    use_apc_logging: bool,
    /// Use the platform's registry
    #[arg(long)]
    use_apc_registry: bool,
    /// Adopt even if the platform reports incompatibilities
    #[arg(long)]
    accept_incompatibilities: bool,
}

/// From `upsertDeployment`'s oldest variant on, it replaces createDeployment and
/// updateDeployment; an unknown platform gets the newest operations.
fn upserts(platform: Option<Version>) -> bool {
    platform.is_none_or(|p| p >= Upsert::OLDEST)
}

pub async fn create(args: CreateArgs, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    let w = resolve::named_workspace(ctx, client, ctx.global.workspace.as_deref()).await?;
    let platform = client.platform_version().await?;
    let mut given = Given::default();
    given
        .fixed("workspaceUuid", w.id.clone())
        .fixed("label", args.label.clone())
        .fixed("executor", args.executor.value().as_str())
        .set("description", "--description", args.description)
        .set("releaseName", "--release-name", args.release_name)
        .set("runtimeVersion", "--runtime-version", args.runtime_version)
        .set("airflowVersion", "--airflow-version", args.airflow_version)
        .set("namespace", "--namespace", args.namespace)
        .set("clusterId", "--cluster", args.cluster)
        .set(
            "triggerer",
            "--triggerer-replicas",
            args.triggerer_replicas.map(|r| json!({"replicas": r})),
        )
        .set("cloudRole", "--cloud-role", args.cloud_role)
        .set(
            "mode",
            "--mode",
            args.mode.map(|m| format!("{m:?}").to_lowercase()),
        )
        .set("dagDeployment", "--dag-deployment", args.dag.value());
    let (raw, label, release_name) = if upserts(platform) {
        let call = versioned::upsert_deployment::call(client, given.variables()?);
        made(call.await.map_err(|e| given.explain(e))?)
    } else {
        let call = versioned::create_deployment::call(client, given.variables()?);
        made(call.await.map_err(|e| given.explain(e))?)
    };
    ctx.out.message(&format!(
        "Created deployment {} ({}) in workspace {}",
        label,
        release_name,
        w.name()
    ));
    ctx.out.data(&raw, GET_COLUMNS)
}

pub async fn update(args: UpdateArgs, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    let dag = args.dag.value();
    if args.label.is_none()
        && args.description.is_none()
        && args.executor.is_none()
        && args.triggerer_replicas.is_none()
        && args.cloud_role.is_none()
        && dag.is_none()
    {
        return Err(usage(
            "nothing to change: give --label, --description, --executor, --triggerer-replicas, --cloud-role or a DAG deployment option",
        ));
    }
    let d = resolve::deployment(ctx, client, &args.deployment).await?;
    let platform = client.platform_version().await?;
    let mut given = Given::default();
    given
        .fixed("deploymentUuid", d.id.clone())
        .set(
            "executor",
            "--executor",
            args.executor.map(|e| e.value().as_str().to_string()),
        )
        .set(
            "triggerer",
            "--triggerer-replicas",
            args.triggerer_replicas.map(|r| json!({"replicas": r})),
        )
        .set("cloudRole", "--cloud-role", args.cloud_role)
        .set("dagDeployment", "--dag-deployment", dag);
    let raw = match upserts(platform) {
        true => {
            // upsertDeployment takes label and description as arguments.
            given.set("label", "--label", args.label).set(
                "description",
                "--description",
                args.description,
            );
            let call = versioned::upsert_deployment::call(client, given.variables()?);
            answer(call.await.map_err(|e| given.explain(e))?.raw)
        }
        false => {
            // Before 1.0, label and description travel in the `payload` JSON.
            let mut payload = serde_json::Map::new();
            if let Some(l) = args.label {
                payload.insert("label".into(), Value::String(l));
            }
            if let Some(d) = args.description {
                payload.insert("description".into(), Value::String(d));
            }
            if !payload.is_empty() {
                given.fixed("payload", Value::Object(payload));
            }
            let call = versioned::update_deployment::call(client, given.variables()?);
            answer(call.await.map_err(|e| given.explain(e))?.raw)
        }
    };
    ctx.out
        .message(&format!("Updated deployment {}", d.release_name));
    ctx.out.data(&raw, GET_COLUMNS)
}

/// The deployment `deployment`, once the user has said yes to `action` on it (or `--yes`).
async fn confirmed(
    ctx: &Ctx,
    client: &Client,
    deployment: &str,
    yes: bool,
    action: impl FnOnce(&resolve::FoundDeployment) -> String,
) -> anyhow::Result<resolve::FoundDeployment> {
    let d = resolve::deployment(ctx, client, deployment).await?;
    resolve::confirm(yes, &action(&d))?;
    Ok(d)
}

pub async fn delete(
    ctx: &Ctx,
    client: &Client,
    deployment: &str,
    hard: bool,
    yes: bool,
) -> anyhow::Result<()> {
    let d = confirmed(ctx, client, deployment, yes, |d| {
        let verb = if hard { "Hard-delete" } else { "Delete" };
        format!("{verb} deployment {} ({})", d.release_name, d.id)
    })
    .await?;
    let r = ops::delete_deployment::call(client, d.id, hard.then_some(true)).await?;
    ctx.out
        .message(&format!("Deleted deployment {}", d.release_name));
    ctx.out.data(&answer(r.raw), &MOVED_COLUMNS[..3])
}

/// What adopt shows of a deployment; unadopt (no cluster) and delete (neither) show the first
/// columns of it.
const MOVED_COLUMNS: &[(&str, &str)] = &[
    ("ID", "id"),
    ("LABEL", "label"),
    ("RELEASE NAME", "releaseName"),
    ("NAMESPACE", "namespace"),
    ("CLUSTER", "clusterId"),
];

const RUNTIME_COLUMNS: &[(&str, &str)] = &[
    ("ID", "id"),
    ("RELEASE NAME", "releaseName"),
    ("RUNTIME", "runtimeVersion"),
    ("DESIRED RUNTIME", "desiredRuntimeVersion"),
    ("AIRFLOW", "runtimeAirflowVersion"),
];

pub async fn runtime(command: RuntimeCmd, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    match command {
        RuntimeCmd::Update {
            deployment,
            version,
        } => {
            let d = resolve::deployment(ctx, client, &deployment).await?;
            let r = client
                .execute::<ops::UpdateDeploymentRuntime>(
                    ops::update_deployment_runtime::Variables {
                        deployment_uuid: d.id,
                        desired_runtime_version: version.clone(),
                    },
                )
                .await?;
            ctx.out.message(&format!(
                "Deployment {} is moving to Astro Runtime {version}",
                d.release_name
            ));
            ctx.out.data(&answer(r.raw), RUNTIME_COLUMNS)
        }
        RuntimeCmd::Cancel { deployment } => {
            let d = resolve::deployment(ctx, client, &deployment).await?;
            let r = client
                .execute::<ops::CancelRuntimeUpdate>(ops::cancel_runtime_update::Variables {
                    deployment_uuid: d.id,
                })
                .await?;
            ctx.out.message(&format!(
                "Cancelled the runtime upgrade of {}",
                d.release_name
            ));
            ctx.out.data(&answer(r.raw), RUNTIME_COLUMNS)
        }
    }
}

pub async fn image(command: ImageCmd, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    let ImageCmd::Update {
        deployment,
        image,
        runtime_version,
    } = command;
    let d = resolve::deployment(ctx, client, &deployment).await?;
    let raw = if resolve::supports::<ops::UpsertDeploymentImage>(client).await? {
        let runtime_version = match runtime_version {
            Some(v) => v,
            None => super::get(ctx, client, &d.id).await?["runtimeVersion"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| {
                    usage("the deployment reports no runtime version: pass --runtime-version")
                })?,
        };
        let release = d.release_name.clone();
        let r = ops::upsert_deployment_image::call(client, release, image, runtime_version).await?;
        answer(r.raw)
    } else {
        let release = d.release_name.clone();
        let r = ops::update_deployment_image::call(client, release, image, runtime_version).await?;
        answer(r.raw)
    };
    ctx.out.message(&format!(
        "Deployment {} now runs the new image",
        d.release_name
    ));
    ctx.out.data(
        &raw,
        &[
            ("RELEASE NAME", "releaseName"),
            ("RUNTIME", "runtimeVersion"),
        ],
    )
}

pub async fn adopt(args: AdoptArgs, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    let w = resolve::named_workspace(ctx, client, ctx.global.workspace.as_deref()).await?;
    let r = client
        .execute::<ops::AdoptDeployment>(ops::adopt_deployment::Variables {
            workspace_uuid: w.id.clone(),
            cluster_id: args.cluster,
            cr_namespace: args.cr_namespace,
            cr_name: args.cr_name,
            label: args.label,
            description: args.description,
            use_apc_logging: Some(args.use_apc_logging),
            use_apc_registry: Some(args.use_apc_registry),
            accept_incompatibilities: Some(args.accept_incompatibilities),
        })
        .await?;
    ctx.out
        .message(&format!("Adopted into workspace {}", w.name()));
    ctx.out.data(&answer(r.raw), MOVED_COLUMNS)
}

pub async fn unadopt(
    ctx: &Ctx,
    client: &Client,
    deployment: &str,
    yes: bool,
) -> anyhow::Result<()> {
    let d = confirmed(ctx, client, deployment, yes, |d| {
        format!(
            "Unadopt deployment {} (the Airflow keeps running)",
            d.release_name
        )
    })
    .await?;
    let r = ops::unadopt_deployment::call(client, d.id).await?;
    ctx.out.data(&answer(r.raw), &MOVED_COLUMNS[..4])
}
