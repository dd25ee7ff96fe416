//! `houston airflow …`: the Airflow REST API of any Airflow, through any door (an APC
//! deployment in the current context, an Astro deployment, "My Airflow API", a plain Airflow).

mod api;
mod config_objects;
mod dags;
mod runs;

use super::output::{self, Column};
use super::{Ctx, errors, usage};
use crate::Token;
use crate::airflow::{self as af, ApiVersion, DoorSpec};
use clap::Subcommand;
use serde::Serialize;
use serde_json::Value;

/// Which Airflow and how to get in. Credentials come from the environment (or `.env`), never
/// from the command line: AIRFLOW_PASSWORD, AIRFLOW_API_KEY, ASTRO_API_TOKEN, MY_AIRFLOW_API_KEY.
#[derive(Debug, clap::Args)]
#[command(after_long_help = DOORS_HELP)]
pub struct Args {
    /// An APC deployment (its release name) on the platform of the current Houston context;
    /// reached at https://deployments.<base-domain>/<RELEASE>/airflow with the context's token
    #[arg(
        long,
        global = true,
        value_name = "RELEASE",
        conflicts_with = "airflow_url"
    )]
    deployment: Option<String>,
    /// The Airflow's URL: its root or its …/api/v1|v2 URL; the scheme may be left out (Astro's
    /// webServerAirflowApiUrl) [env: AIRFLOW_URL]
    #[arg(long, global = true, value_name = "URL")]
    airflow_url: Option<String>,
    /// Log in as this Airflow user (JWT on Airflow 3, Basic on Airflow 2); the password comes
    /// from AIRFLOW_PASSWORD [env: AIRFLOW_USERNAME]
    #[arg(long, global = true, value_name = "USER")]
    username: Option<String>,
    /// Speak this API instead of detecting it: v1, v2 or experimental
    #[arg(long, global = true, value_name = "VERSION", value_parser = parse_api)]
    api_version: Option<ApiVersion>,
    /// Pages of a long list fetched at once (1: one after another, the gentlest on the server)
    #[arg(long, global = true, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=16))]
    page_concurrency: u16,
    #[command(subcommand)]
    command: Cmd,
}

const DOORS_HELP: &str = "\
Doors, in the order they are tried:
  --deployment RELEASE        APC: the context's Houston token (or AIRFLOW_API_KEY, a deployment
                              service-account key) sent raw in `authorization`
  --airflow-url URL           with AIRFLOW_USERNAME + AIRFLOW_PASSWORD: a plain Airflow (JWT from
                              /auth/token on Airflow 3, HTTP Basic on Airflow 2);
                              with AIRFLOW_API_KEY: `Authorization: Token <key>`
                              (raw on a deployments.<domain> URL);
                              with ASTRO_API_TOKEN: `Authorization: Bearer <token>` (Astro)
  MY_AIRFLOW_API_URL + MY_AIRFLOW_API_KEY (environment or .env): `Authorization: Token <key>`

The API version is detected (/api/v2/version, then /api/v1/version, then /api/experimental/test).
";

#[derive(Debug, Subcommand)]
enum Cmd {
    /// The Airflow version and the API spoken
    Version,
    /// Health of the metadatabase, scheduler, triggerer and DAG processor
    Health,
    /// DAGs: list, get, pause, unpause, trigger
    Dags(dags::Args),
    /// DAG runs: list, get, wait
    Runs(runs::Args),
    /// Datasets (Airflow 2) / assets (Airflow 3)
    Datasets(dags::DatasetArgs),
    /// Pools: list, get, set, delete
    Pools(config_objects::PoolArgs),
    /// Variables: list, get, set, delete
    Variables(config_objects::VariableArgs),
    /// Connections: list, get, set, delete (passwords are never shown)
    Connections(config_objects::ConnectionArgs),
    /// Any REST call: `houston airflow api GET /dags -f limit=5` (paths are under the detected
    /// /api/vN unless they start with /api/ or /auth/)
    Api(api::Args),
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = client(&args, ctx)?;
    match args.command {
        Cmd::Version => {
            let detected = client.detect().await?;
            let mut value = serde_json::to_value(detected)?;
            value["url"] = Value::String(client.root().to_string());
            ctx.out.data(
                &value,
                &[
                    ("VERSION", "version"),
                    ("API", "api"),
                    ("GIT VERSION", "git_version"),
                    ("URL", "url"),
                ],
            )
        }
        Cmd::Health => {
            let health = client.health().await?;
            ctx.out.data(
                &health,
                &[
                    ("METADATABASE", "metadatabase.status"),
                    ("SCHEDULER", "scheduler.status"),
                    (
                        "LAST SCHEDULER HEARTBEAT",
                        "scheduler.latest_scheduler_heartbeat",
                    ),
                    ("TRIGGERER", "triggerer.status"),
                    ("DAG PROCESSOR", "dag_processor.status"),
                ],
            )
        }
        Cmd::Dags(a) => dags::run(a, &client, ctx).await,
        Cmd::Runs(a) => runs::run(a, &client, ctx).await,
        Cmd::Datasets(a) => dags::datasets(a, &client, ctx).await,
        Cmd::Pools(a) => config_objects::pools(a, &client, ctx).await,
        Cmd::Variables(a) => config_objects::variables(a, &client, ctx).await,
        Cmd::Connections(a) => config_objects::connections(a, &client, ctx).await,
        Cmd::Api(a) => api::run(a, &client, ctx).await,
    }
}

/// The door from flags, environment and the Houston context, then the client.
fn client(args: &Args, ctx: &Ctx) -> anyhow::Result<af::Client> {
    let env = |k: &str| ctx.env.get(k);
    let secret = |k: &str| env(k).map(Token::new);
    // the Houston context only matters for the APC door; a broken config file must not stop
    // someone who talks to a plain Airflow
    let resolved = ctx.resolved();
    let (houston_url, houston_token, saved_for) = match &resolved {
        Ok(r) => (r.url.clone(), r.token.clone(), r.token_saved_for.clone()),
        Err(_) if args.deployment.is_none() => (None, None, None),
        Err(e) => return Err(usage(e.to_string())),
    };
    let spec = DoorSpec {
        deployment: args.deployment.clone(),
        airflow_url: match &args.deployment {
            Some(_) => None,
            None => args.airflow_url.clone().or_else(|| env("AIRFLOW_URL")),
        },
        houston_url,
        houston_token,
        username: args.username.clone().or_else(|| env("AIRFLOW_USERNAME")),
        password: secret("AIRFLOW_PASSWORD"),
        api_key: secret("AIRFLOW_API_KEY"),
        bearer: secret("ASTRO_API_TOKEN"),
        my_airflow_url: env("MY_AIRFLOW_API_URL"),
        my_airflow_key: secret("MY_AIRFLOW_API_KEY"),
    };
    let target = af::door::resolve(&spec)?;
    if let (af::Auth::Raw(sent), Some(saved), Some(houston_token), None, None) = (
        &target.auth,
        &saved_for,
        &spec.houston_token,
        &args.deployment,
        &args.airflow_url,
    ) && sent == houston_token
    {
        token_stays_home(&target, saved, ctx)?;
    }
    af::Client::builder(target)
        .http_options(ctx.http_options())
        .observer(ctx.observer())
        .api_version(args.api_version)
        .page_concurrency(args.page_concurrency.into())
        .build()
        .map_err(Into::into)
}

/// The context's saved Houston token is about to go to an APC deployment URL named by
/// AIRFLOW_URL (the environment or a `.env` a repository can carry): only the deployments host
/// of the platform the token was saved for receives it (issue 12 item 2).
fn token_stays_home(target: &af::Target, saved: &str, ctx: &Ctx) -> anyhow::Result<()> {
    let home = af::door::apc_deployment_url(saved, "release")
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let host = target.root.host_str().map(str::to_ascii_lowercase);
    if home.is_some() && home == host {
        return Ok(());
    }
    let context = ctx
        .resolved()
        .ok()
        .and_then(|r| r.context)
        .unwrap_or_default();
    Err(errors::config(crate::config::ConfigError::TokenElsewhere {
        service: "Airflow",
        context,
        saved_for: saved.to_string(),
        url: target.root.to_string(),
        origin: ctx
            .env
            .source("AIRFLOW_URL")
            .unwrap_or_else(|| "AIRFLOW_URL".into()),
    }))
}

fn parse_api(text: &str) -> Result<ApiVersion, String> {
    ApiVersion::parse(text).ok_or_else(|| format!("`{text}`: use v1, v2 or experimental"))
}

/// Something that yields a list in batches: pages of a stable API, or the experimental API's
/// one array.
pub(crate) trait Batches<T> {
    async fn batch(&mut self) -> Result<Option<Vec<T>>, af::Error>;
}

impl<T: serde::de::DeserializeOwned> Batches<T> for af::Pages<'_, T> {
    async fn batch(&mut self) -> Result<Option<Vec<T>>, af::Error> {
        Ok(self.next_page().await?.map(|p| p.items))
    }
}

impl Batches<af::Pool> for af::PoolList<'_> {
    async fn batch(&mut self) -> Result<Option<Vec<af::Pool>>, af::Error> {
        self.next_batch().await
    }
}

/// Prints a list through the one list printer.
pub(crate) async fn print_list<T: Serialize>(
    out: &output::Output,
    batches: impl Batches<T>,
    columns: &[Column],
) -> anyhow::Result<()> {
    out.list(Failing(batches, std::marker::PhantomData), columns)
        .await
}

/// Airflow's batches for the printer, errors said the Airflow way.
struct Failing<B, T>(B, std::marker::PhantomData<T>);

impl<T: Serialize, B: Batches<T>> output::Batches for Failing<B, T> {
    type Item = T;
    async fn batch(&mut self) -> anyhow::Result<Option<Vec<T>>> {
        Ok(self.0.batch().await?)
    }
}

/// Prints one object.
pub(crate) fn print_one<T: Serialize>(
    ctx: &Ctx,
    item: &T,
    columns: &[Column],
) -> anyhow::Result<()> {
    ctx.out.data(&serde_json::to_value(item)?, columns)
}

/// A JSON value from the command line: inline or `@file` (`@-`: stdin). Bad JSON is exit 2,
/// with the line and column.
pub(crate) fn json_arg(flag: &str, text: &str) -> anyhow::Result<Value> {
    let (source, body) = match text.strip_prefix('@') {
        Some("-") => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| usage(format!("{flag}: cannot read stdin: {e}")))?;
            ("stdin".to_string(), s)
        }
        Some(path) => (
            path.to_string(),
            std::fs::read_to_string(path)
                .map_err(|e| usage(format!("{flag}: cannot read {path}: {e}")))?,
        ),
        None => (String::from("the argument"), text.to_string()),
    };
    serde_json::from_str(&body).map_err(|e| {
        usage(format!(
            "{flag}: {source} is not JSON: {e}; nothing was sent"
        ))
    })
}
