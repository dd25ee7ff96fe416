//! A deployment's environment variables and logs.

use crate::Client;
use crate::cli::output::{Column, Format, write_stdout};
use crate::cli::{Ctx, resolve, usage};
use crate::graphql::subscribe;
use crate::operations as ops;
use clap::{Subcommand, ValueEnum};
use serde_json::Value;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Debug, Subcommand)]
pub enum EnvCmd {
    /// List the variables (secret values show as ***)
    List {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
    },
    /// Add or change variables: KEY=VALUE (KEY=@FILE reads the value from a file)
    Set {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
        /// The variables to set (KEY=VALUE ...)
        #[arg(required = true, value_name = "KEY=VALUE")]
        pairs: Vec<String>,
        /// Store the values as secrets (never shown again)
        #[arg(long)]
        secret: bool,
    },
    /// Remove variables
    Unset {
        /// The deployment (id, release name, or label within the workspace)
        deployment: String,
        /// The variables to remove (KEY ...)
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Component {
    Scheduler,
    Webserver,
    Worker,
    Triggerer,
}

#[derive(Debug, clap::Args)]
pub struct LogsArgs {
    /// Id or release name
    deployment: String,
    /// Which component's logs: scheduler, webserver, workers or triggerer
    #[arg(long, value_enum, default_value = "scheduler")]
    component: Component,
    /// How far back to start (e.g. 10m, 2h)
    #[arg(long, default_value = "5m", value_parser = crate::cli::parse_duration)]
    since: Duration,
    /// Only lines containing this text
    #[arg(long)]
    search: Option<String>,
    /// Keep the connection open and print lines as they arrive (WebSocket /ws), until Ctrl-C
    #[arg(long, short = 'f')]
    follow: bool,
    /// With --follow: stop after this many lines
    #[arg(long, value_name = "N", requires = "follow")]
    max_events: Option<u64>,
}

const ENV_COLUMNS: &[Column] = &[("KEY", "key"), ("VALUE", "value"), ("SECRET", "isSecret")];

/// Secret values never leave this function unmasked, whatever the server sent.
fn masked(vars: &Value) -> Value {
    let rows = vars
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut v| {
            if v["isSecret"].as_bool() == Some(true) {
                v["value"] = Value::String("***".into());
            }
            v
        })
        .collect();
    Value::Array(rows)
}

fn parse_pair(text: &str) -> anyhow::Result<(String, String)> {
    let (key, value) = text
        .split_once('=')
        .ok_or_else(|| usage(format!("`{text}` is not KEY=VALUE")))?;
    let key = key.trim();
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(usage(format!(
            "`{key}` is not an environment variable name (letters, digits, _)"
        )));
    }
    let value = match value.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| usage(format!("{key}=@{path}: cannot read {path}: {e}")))?
            .trim_end_matches('\n')
            .to_string(),
        None => value.to_string(),
    };
    Ok((key.to_string(), value))
}

pub async fn env(command: EnvCmd, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    let (deployment, change) = match command {
        EnvCmd::List { deployment } => (deployment, None),
        EnvCmd::Set {
            deployment,
            pairs,
            secret,
        } => {
            let parsed = pairs
                .iter()
                .map(|p| parse_pair(p))
                .collect::<anyhow::Result<Vec<_>>>()?;
            (deployment, Some(Change::Set(parsed, secret)))
        }
        EnvCmd::Unset { deployment, keys } => (deployment, Some(Change::Unset(keys))),
    };
    let d = resolve::deployment(ctx, client, &deployment).await?;
    let current = client
        .execute::<ops::DeploymentVariables>(ops::deployment_variables::Variables {
            deployment_uuid: d.id.clone(),
            release_name: Some(d.release_name.clone()),
        })
        .await?;
    let Some(change) = change else {
        return ctx.out.data(
            &masked(&crate::cli::output::answer(current.raw)),
            ENV_COLUMNS,
        );
    };
    // Houston replaces the whole set: read, change, write everything back.
    use ops::update_deployment_variables::InputEnvironmentVariable as Var;
    let mut vars: Vec<Var> = current
        .data
        .deployment_variables
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .map(|v| Var {
            key: v.key,
            value: v.value,
            is_secret: v.is_secret,
        })
        .collect();
    match change {
        Change::Set(pairs, secret) => {
            for (key, value) in pairs {
                let entry = Var {
                    key: Some(key.clone()),
                    value: Some(value),
                    is_secret: Some(secret),
                };
                match vars.iter_mut().find(|v| v.key.as_ref() == Some(&key)) {
                    Some(existing) => *existing = entry,
                    None => vars.push(entry),
                }
            }
        }
        Change::Unset(keys) => {
            for key in &keys {
                if !vars.iter().any(|v| v.key.as_ref() == Some(key)) {
                    anyhow::bail!("deployment {} has no variable {key}", d.release_name);
                }
            }
            vars.retain(|v| !keys.iter().any(|k| v.key.as_ref() == Some(k)));
        }
    }
    let environment_variables = vars.into_iter().map(Some).collect();
    let r = client
        .execute::<ops::UpdateDeploymentVariables>(ops::update_deployment_variables::Variables {
            deployment_uuid: d.id,
            release_name: d.release_name.clone(),
            environment_variables,
        })
        .await?;
    ctx.out
        .message(&format!("Updated the environment of {}", d.release_name));
    ctx.out
        .data(&masked(&crate::cli::output::answer(r.raw)), ENV_COLUMNS)
}

enum Change {
    Set(Vec<(String, String)>, bool),
    Unset(Vec<String>),
}

pub async fn logs(args: LogsArgs, ctx: &Ctx, client: &Client) -> anyhow::Result<()> {
    let since = SystemTime::now()
        .checked_sub(args.since)
        .unwrap_or(UNIX_EPOCH);
    if args.follow {
        return follow(args, since, ctx, client).await;
    }
    let d = resolve::deployment(ctx, client, &args.deployment).await?;
    let r = client
        .execute::<ops::DeploymentLogs>(ops::deployment_logs::Variables {
            deployment_uuid: d.id,
            component: Some(format!("{:?}", args.component).to_lowercase()),
            timestamp: Some(rfc3339(since)),
            search: args.search,
        })
        .await?;
    ctx.out.data(
        &crate::cli::output::answer(r.raw),
        &[
            ("TIME", "createdAt"),
            ("COMPONENT", "component"),
            ("LOG", "log"),
        ],
    )
}

/// `deployment logs --follow`: the `log` subscription, one line per event until Ctrl-C,
/// `--max-events`, or the server ends the stream.
async fn follow(
    args: LogsArgs,
    since: SystemTime,
    ctx: &Ctx,
    client: &Client,
) -> anyhow::Result<()> {
    if args.max_events == Some(0) {
        return Ok(());
    }
    // An id goes straight to the subscription (which checks it); a release name or label is
    // looked up.
    let id = if resolve::looks_like_id(&args.deployment) {
        args.deployment.clone()
    } else {
        resolve::deployment(ctx, client, &args.deployment).await?.id
    };
    let variables = serde_json::to_value(ops::deployment_log::Variables {
        deployment_uuid: id,
        component: Some(format!("{:?}", args.component).to_lowercase()),
        timestamp: Some(rfc3339(since)),
        search: args.search,
    })?;
    let request = crate::houston::Request {
        query: ops::deployment_log::QUERY,
        variables,
        operation_name: Some(ops::deployment_log::OPERATION_NAME),
        kind: crate::houston::OperationKind::Subscription,
    };
    let json = ctx.global.output == Some(Format::Json) || ctx.global.jq.is_some();
    let mut subscription = subscribe::start(client, &request).await?;
    let mut seen = 0u64;
    // One Ctrl-C future for the whole stream, polled first: tokio reports a signal only to a
    // future already polled, so a new `ctrl_c()` per event missed a Ctrl-C that came while an
    // event was being printed (the stream then went on), and one never polled (the event
    // branch won every race) left SIGINT's default action, killing the process.
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    let result = loop {
        let event = tokio::select! {
            biased;
            _ = &mut interrupted => break Ok(()),
            event = subscription.next() => event,
        };
        let event = match event {
            Ok(Some(event)) => event,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e.into()),
        };
        if !event.errors.is_empty() {
            break Err(crate::houston::Error::GraphQl {
                operation: ops::deployment_log::OPERATION_NAME.into(),
                errors: event.errors,
                data: event.data,
                request_id: None,
            }
            .into());
        }
        let line = event.data.map(|d| d["log"].clone()).unwrap_or(Value::Null);
        if line.is_null() {
            continue;
        }
        let printed = if json {
            // One compact JSON line per event, whatever the terminal: a stream is for scripts.
            let mut out = ctx.out.clone();
            out.tty = false;
            out.format = Format::Json;
            out.data(&line, &[])
        } else {
            let text = |k: &str| line[k].as_str().unwrap_or("").to_string();
            write_stdout(&format!(
                "{} {} {}\n",
                text("createdAt"),
                text("component"),
                text("log")
            ))
        };
        if let Err(e) = printed {
            break Err(e);
        }
        seen += 1;
        if args.max_events.is_some_and(|max| seen >= max) {
            break Ok(());
        }
    };
    subscription.stop().await;
    result
}

/// `2026-11-23T01:02:03.456Z`, the form Houston's DateTime takes.
pub fn rfc3339(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        since.subsec_millis()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps_and_pairs() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            rfc3339(UNIX_EPOCH + Duration::from_millis(1_795_395_723_456)),
            "2026-11-23T01:02:03.456Z"
        );
        assert_eq!(parse_pair("A_1=x=y").unwrap(), ("A_1".into(), "x=y".into()));
        assert!(parse_pair("novalue").is_err());
        assert!(parse_pair("BAD-KEY=1").is_err());
        let m = masked(
            &json!([{"key": "K", "value": "s3cret", "isSecret": true}, {"key": "P", "value": "v", "isSecret": false}]),
        );
        assert_eq!(m[0]["value"], "***");
        assert_eq!(m[1]["value"], "v");
    }
}
