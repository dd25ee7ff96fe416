//! `houston astro deployments …`.

use super::{NamedList, read_document, show_list};
use crate::astro::{
    self, CloudProvider, CreateDeployment, Deployment, DeploymentFilter, DeploymentStatus,
    DeploymentType, Executor, Response, SchedulerSize, WaitOptions,
};
use crate::cli::output::Column;
use crate::cli::{Ctx, usage};
use clap::Subcommand;
use serde_json::{Value, json};
use std::time::Duration;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// List deployments (of the --workspace given, else of the whole organization)
    List(NamedList),
    /// Show one deployment
    Get {
        /// The deployment id
        id: String,
    },
    /// Create a deployment (in --workspace) from flags and/or a JSON or YAML file
    Create {
        #[command(flatten)]
        change: Change,
        /// A CreateDeploymentRequest body (JSON or YAML, `-` for stdin); flags override it
        #[arg(long, short = 'f', value_name = "FILE")]
        file: Option<String>,
    },
    /// Change a deployment: read it, apply the flags and/or a merge-patch file, send it back
    /// whole (the API replaces the entire object)
    Update {
        /// The deployment id
        id: String,
        #[command(flatten)]
        change: Change,
        /// A JSON merge patch (JSON or YAML, `-` for stdin) applied to the current deployment:
        /// objects merge, null removes, lists replace
        #[arg(long, short = 'f', value_name = "FILE")]
        file: Option<String>,
    },
    /// Delete a deployment
    Delete {
        /// The deployment id
        id: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Wait until a deployment is HEALTHY (polling its status with backoff); exits 1 if it
    /// turns UNHEALTHY or time runs out
    Wait {
        /// The deployment id
        id: String,
        #[command(flatten)]
        waiting: WaitArgs,
    },
}

/// The create/update fields the best-practice page shows.
#[derive(Debug, Clone, clap::Args)]
pub struct Fields {
    /// Deployment name
    #[arg(long)]
    name: Option<String>,
    /// A description (free text)
    #[arg(long)]
    description: Option<String>,
    /// STANDARD, DEDICATED or HYBRID (v1 infers it from the cluster when left out)
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    deployment_type: Option<DeploymentType>,
    /// Cluster id (Dedicated and Hybrid)
    #[arg(long = "cluster", value_name = "ID")]
    cluster_id: Option<String>,
    /// AWS, AZURE or GCP (Standard; with --region)
    #[arg(long, value_parser = parse_cloud)]
    cloud_provider: Option<CloudProvider>,
    /// Cloud region (Standard; with --cloud-provider)
    #[arg(long)]
    region: Option<String>,
    /// CELERY, KUBERNETES or ASTRO
    #[arg(long, value_parser = parse_executor)]
    executor: Option<Executor>,
    /// Astro Runtime version, e.g. 3.0-4
    #[arg(long = "runtime-version", value_name = "VERSION")]
    runtime_version: Option<String>,
    /// SMALL, MEDIUM, LARGE or EXTRA_LARGE
    #[arg(long, value_parser = parse_scheduler)]
    scheduler_size: Option<SchedulerSize>,
    /// High availability (true/false)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    high_availability: Option<bool>,
    /// Development mode: hibernation, no SLA (true/false)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    development_mode: Option<bool>,
    /// Only CI/CD may deploy (true/false)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    cicd_enforced: Option<bool>,
    /// DAG-only deploys (true/false)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    dag_deploy: Option<bool>,
    /// Default task pod CPU, e.g. 0.25 (Kubernetes executor / KPO)
    #[arg(long, value_name = "CPU")]
    default_task_pod_cpu: Option<String>,
    /// Default task pod memory, e.g. 0.5Gi
    #[arg(long, value_name = "MEMORY")]
    default_task_pod_memory: Option<String>,
    /// Resource quota CPU, e.g. 10
    #[arg(long, value_name = "CPU")]
    resource_quota_cpu: Option<String>,
    /// Resource quota memory, e.g. 20Gi (twice the CPU)
    #[arg(long, value_name = "MEMORY")]
    resource_quota_memory: Option<String>,
    /// Contact email (repeatable)
    #[arg(long = "contact-email", value_name = "EMAIL")]
    contact_emails: Vec<String>,
}

impl Fields {
    fn request(&self, workspace: Option<String>) -> CreateDeployment {
        CreateDeployment {
            name: self.name.clone(),
            workspace_id: workspace,
            deployment_type: self.deployment_type.clone(),
            description: self.description.clone(),
            cluster_id: self.cluster_id.clone(),
            cloud_provider: self.cloud_provider.clone(),
            region: self.region.clone(),
            executor: self.executor.clone(),
            astro_runtime_version: self.runtime_version.clone(),
            scheduler_size: self.scheduler_size.clone(),
            is_high_availability: self.high_availability,
            is_development_mode: self.development_mode,
            is_cicd_enforced: self.cicd_enforced,
            is_dag_deploy_enabled: self.dag_deploy,
            default_task_pod_cpu: self.default_task_pod_cpu.clone(),
            default_task_pod_memory: self.default_task_pod_memory.clone(),
            resource_quota_cpu: self.resource_quota_cpu.clone(),
            resource_quota_memory: self.resource_quota_memory.clone(),
            contact_emails: self.contact_emails.clone(),
        }
    }
}

/// The flags create and update share: the deployment's fields, and what to do with the body
/// made of them (show it, or send it and maybe wait).
#[derive(Debug, Clone, clap::Args)]
pub struct Change {
    #[command(flatten)]
    fields: Fields,
    /// Then wait until the deployment is HEALTHY
    #[arg(long)]
    wait: bool,
    #[command(flatten)]
    waiting: WaitArgs,
    /// Show the request body that would be sent (an update's in full), and send nothing
    #[arg(long)]
    dry_run: bool,
}

impl Change {
    /// Says what was `done` to the deployment in `answer`, then shows it (HEALTHY, with
    /// `--wait`).
    async fn sent(
        &self,
        client: &astro::Client,
        ctx: &Ctx,
        done: &str,
        answer: Response<Deployment>,
    ) -> anyhow::Result<()> {
        let d = &answer.data;
        ctx.out.message(&format!(
            "{done} deployment {} ({}), status {}.",
            d.name, d.id, d.status
        ));
        if self.wait {
            let healthy = wait_for(client, ctx, &d.id, &self.waiting).await?;
            return ctx.out.data(&healthy, DETAIL);
        }
        ctx.out.data(&answer.raw, DETAIL)
    }
}

#[derive(Debug, Clone, clap::Args)]
pub struct WaitArgs {
    /// Give up waiting after this long (e.g. 30m)
    #[arg(long = "wait-timeout", value_name = "DURATION", value_parser = crate::cli::parse_duration, default_value = "30m")]
    wait_timeout: Duration,
    /// First pause between polls; it grows to 30s
    #[arg(long, value_name = "DURATION", value_parser = crate::cli::parse_duration, default_value = "5s")]
    interval: Duration,
}

impl WaitArgs {
    fn options(&self) -> WaitOptions {
        WaitOptions {
            timeout: self.wait_timeout,
            interval: self.interval,
            max_interval: Duration::from_secs(30).max(self.interval),
        }
    }
}

macro_rules! enum_parser {
    ($fn:ident, $ty:ty, $what:literal) => {
        fn $fn(text: &str) -> Result<$ty, String> {
            <$ty>::parse_known(text).ok_or_else(|| {
                format!(
                    "`{text}` is not a known {} ({}); to send a value this houston does not know, put it in --file",
                    $what,
                    <$ty>::KNOWN.join(", ")
                )
            })
        }
    };
}
enum_parser!(parse_type, DeploymentType, "deployment type");
enum_parser!(parse_cloud, CloudProvider, "cloud provider");
enum_parser!(parse_executor, Executor, "executor");
enum_parser!(parse_scheduler, SchedulerSize, "scheduler size");

pub const COLUMNS: &[Column] = &[
    ("NAME", "name"),
    ("ID", "id"),
    ("WORKSPACE", "workspaceId"),
    ("STATUS", "status"),
    ("TYPE", "type"),
    ("EXECUTOR", "executor"),
    ("RUNTIME", "astroRuntimeVersion"),
];

const DETAIL: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("WORKSPACE", "workspaceId"),
    ("STATUS", "status"),
    ("STATUS REASON", "statusReason"),
    ("TYPE", "type"),
    ("EXECUTOR", "executor"),
    ("RUNTIME", "astroRuntimeVersion"),
    ("AIRFLOW", "airflowVersion"),
    ("SCHEDULER", "schedulerSize"),
    ("HIGH AVAILABILITY", "isHighAvailability"),
    ("CLOUD", "cloudProvider"),
    ("REGION", "region"),
    ("CLUSTER", "clusterId"),
    ("UI", "uiUrl"),
    ("AIRFLOW API", "apiUrl"),
    ("CREATED", "createdAt"),
    ("UPDATED", "updatedAt"),
];

pub async fn run(args: Args, client: &astro::Client, ctx: &Ctx) -> anyhow::Result<()> {
    let workspace = ctx.global.workspace.clone();
    match args.command {
        Cmd::List(NamedList { list, names }) => {
            let filter = DeploymentFilter {
                workspace_ids: workspace.into_iter().collect(),
                names,
                deployment_ids: Vec::new(),
            };
            let pages = client.deployments(&filter, list.request()?)?;
            show_list(ctx, pages, COLUMNS).await
        }
        Cmd::Get { id } => {
            let d = client.get_deployment(&id).await?;
            ctx.out.data(&d.raw, DETAIL)
        }
        Cmd::Create { change, file } => {
            let base = match &file {
                Some(path) => {
                    let v = read_document(path)?;
                    if !v.is_object() {
                        return Err(usage(format!(
                            "{path}: a deployment is a JSON/YAML object, not {}",
                            kind(&v)
                        )));
                    }
                    v
                }
                None => json!({}),
            };
            let body = change.fields.request(workspace).over(base);
            if change.dry_run {
                ctx.out
                    .message("Dry run: nothing was sent. The request body:");
                return super::json_output(ctx).data(&body, &[]);
            }
            let created = client.create_deployment(&body).await?;
            change.sent(client, ctx, "Created", created).await
        }
        Cmd::Update { id, change, file } => {
            let mut patch = match &file {
                Some(path) => read_document(path)?,
                None => json!({}),
            };
            if !patch.is_object() {
                return Err(usage("the merge patch must be a JSON/YAML object"));
            }
            astro::merge_patch(
                &mut patch,
                &change.fields.request(workspace).over(json!({})),
            );
            if patch.as_object().is_some_and(|m| m.is_empty()) {
                return Err(usage(
                    "nothing to change: give fields as flags (e.g. --scheduler-size MEDIUM) or a merge patch with --file",
                ));
            }
            if change.dry_run {
                let current = client.get_deployment(&id).await?;
                let mut body = astro::update_body(&current.raw);
                astro::merge_patch(&mut body, &patch);
                ctx.out
                    .message("Dry run: nothing was changed. The update body that would be sent:");
                return super::json_output(ctx).data(&body, &[]);
            }
            let updated = client.update_deployment(&id, &patch).await?;
            change.sent(client, ctx, "Updated", updated).await
        }
        Cmd::Delete { id, yes } => {
            crate::cli::resolve::confirm(yes, &format!("Delete Astro deployment {id}"))?;
            let gone = client.delete_deployment(&id).await?;
            ctx.out.message(&if gone {
                format!("Deployment {id} is gone (the first try's answer was lost; the retry found it already deleted).")
            } else {
                format!("Deleted deployment {id}.")
            });
            Ok(())
        }
        Cmd::Wait { id, waiting } => {
            let done = wait_for(client, ctx, &id, &waiting).await?;
            ctx.out.data(&done, DETAIL)
        }
    }
}

/// Waits, telling stderr each time the status changes.
async fn wait_for(
    client: &astro::Client,
    ctx: &Ctx,
    id: &str,
    waiting: &WaitArgs,
) -> anyhow::Result<Value> {
    let mut last: Option<DeploymentStatus> = None;
    let done = client
        .wait_deployment(id, waiting.options(), |d| {
            if last.as_ref() != Some(&d.status) {
                ctx.out
                    .message(&format!("{} ({}): {}", d.name, d.id, d.status));
                last = Some(d.status.clone());
            }
        })
        .await?;
    if done.data.status == DeploymentStatus::Hibernating {
        ctx.out
            .warn("the deployment is hibernating: it will be HEALTHY once it wakes");
    }
    Ok(done.raw)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "a list",
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "a boolean",
        Value::Null => "null",
        Value::Object(_) => "an object",
    }
}
