//! The one place errors become words, hints and exit codes: 0 ok, 1 the server (or the way to
//! it) refused or failed, 2 bad input found before anything was sent. The library's messages
//! say what happened; the hints here say which flag or command changes it, since only the CLI
//! knows its flags.

use super::{BrokenPipe, ExitQuietly, Interrupted, UsageError};
use crate::astro::Resource;
use crate::http::Unanswered;
use crate::http::{FailureKind, TransportError};
use std::process::ExitCode;
use std::sync::OnceLock;

/// Where this run's Houston hands out tokens, filled in once the CLI knows which Houston it
/// talks to, so the hints name the real page instead of `https://app.<domain>/token`.
static TOKEN_SOURCE: OnceLock<String> = OnceLock::new();

/// Records where a token for this Houston comes from (see [`token_source`]).
pub fn set_token_source(source: String) {
    let _ = TOKEN_SOURCE.set(source);
}

/// Where a token for the Houston at `url` comes from, in words: the platform's token page
/// (`https://app.<base domain>/token`, the UI's address beside `houston.<base domain>`), or the
/// sandbox's own command.
pub fn token_page(url: &url::Url, sandbox: bool) -> String {
    let loopback = matches!(url.host(), Some(url::Host::Ipv4(ip)) if ip.is_loopback())
        || matches!(url.host(), Some(url::Host::Ipv6(ip)) if ip.is_loopback())
        || url.host_str() == Some("localhost");
    if sandbox || loopback {
        // A Houston on this machine is a sandbox in practice; it has no token page.
        return "`houston sandbox token` (a sandbox's admin token; add --data DIR for another sandbox)".into();
    }
    match url.host_str().and_then(|h| h.strip_prefix("houston.")) {
        Some(base) => format!("https://app.{base}/token"),
        None => format!(
            "the platform's token page (the Astronomer UI's /token, beside {})",
            url.host_str().unwrap_or("this Houston")
        ),
    }
}

/// Prints an error (and its hints) on stderr and picks the exit code.
pub fn report(error: &anyhow::Error) -> ExitCode {
    if error.downcast_ref::<BrokenPipe>().is_some() {
        return ExitCode::SUCCESS;
    }
    if let Some(ExitQuietly(code)) = error.downcast_ref::<ExitQuietly>() {
        return ExitCode::from(*code);
    }
    eprintln!("error: {error}");
    for hint in hints(error) {
        eprintln!("hint: {hint}");
    }
    ExitCode::from(exit_code(error))
}

/// 2 for input refused before sending, 130 for a run stopped by Ctrl-C, 1 for everything else.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    if error.downcast_ref::<Interrupted>().is_some() {
        return 130;
    }
    let invalid = error.downcast_ref::<UsageError>().is_some()
        || error
            .downcast_ref::<crate::Error>()
            .is_some_and(crate::Error::is_invalid)
        || error
            .downcast_ref::<crate::airflow::Error>()
            .is_some_and(crate::airflow::Error::is_invalid)
        || error
            .downcast_ref::<crate::astro::Error>()
            .is_some_and(crate::astro::Error::is_invalid);
    if invalid { 2 } else { 1 }
}

/// What to try next, in the CLI's words (flags, commands), for errors the library describes
/// without them.
pub fn hints(error: &anyhow::Error) -> Vec<String> {
    let mut hints = Vec::new();
    for cause in error.chain() {
        if let Some(transport) = cause.downcast_ref::<TransportError>() {
            hints.extend(transport_hint(transport));
        }
        if let Some(e) = cause.downcast_ref::<crate::Error>() {
            hints.extend(houston_hint(e));
        }
        if let Some(e) = cause.downcast_ref::<crate::airflow::Error>() {
            hints.extend(airflow_hint(e));
        }
        if let Some(e) = cause.downcast_ref::<crate::astro::Error>() {
            hints.extend(astro_hint(e));
        }
        if let Some(crate::graphql::introspect::IntrospectError::Refused { .. }) =
            cause.downcast_ref()
        {
            hints.push("compare a schema file instead: `houston schema check FILE`".into());
        }
    }
    let mut seen = std::collections::HashSet::new();
    hints.retain(|h| seen.insert(h.clone()));
    hints
}

/// The flag (or variable, or command) that supplies a library argument, by the name the
/// library gives it.
fn argument_hint(field: &str) -> Option<String> {
    Some(match field {
        "url" => "give --url or --domain (or HOUSTON_URL / HOUSTON_DOMAIN), or add a context with `houston context add NAME --domain example.com`".into(),
        "door" => "give --deployment RELEASE (an APC deployment in the current Houston context), --airflow-url URL (with AIRFLOW_USERNAME/AIRFLOW_PASSWORD, AIRFLOW_API_KEY or ASTRO_API_TOKEN), or set MY_AIRFLOW_API_URL and MY_AIRFLOW_API_KEY".into(),
        "airflow_url" => "give either --deployment or --airflow-url, not both".into(),
        "houston_url" => "add a Houston context with `houston context add`, or give the Airflow's address with --airflow-url https://deployments.<base-domain>/RELEASE/airflow".into(),
        "houston_token" => "log in with `houston login`, or set AIRFLOW_API_KEY to a deployment service-account key".into(),
        "password" => "set AIRFLOW_PASSWORD or pipe it to --password-stdin".into(),
        "extra" => "for example --extra '{\"source\": \"ci\"}'".into(),
        "slots" => "give --slots to create it".into(),
        "conn_type" => "give --type (http, postgres, …) to create it".into(),
        "expiryInDays" => "--expiry-days takes 1 to 3650; leave it out for a token that never expires".into(),
        "name" => "give it with --name".into(),
        "role" => "give it with --role".into(),
        "entityId" => "drop --workspace and --deployment for an organization token".into(),
        "workspaceId" => "give it with --workspace".into(),
        "deploymentId" => "give it with --deployment".into(),
        "region" => "give --cloud-provider and --region together".into(),
        "token" => "set ASTRO_API_TOKEN (or put it in .env), pass it with --token-stdin, or save it in a context (astro_token)".into(),
        "organization" => "pass --organization ID, set ASTRO_ORGANIZATION_ID, or save astro_organization in a context (`houston astro organizations list` shows the ids this token sees)".into(),
        "limit" => "--limit takes 1 to the page maximum; use --all to fetch every page".into(),
        _ => return None,
    })
}

/// The flag that sets a GraphQL variable of a versioned call, by the variable's name.
fn variable_flag(variable: &str) -> String {
    match variable {
        "clusterId" => "--cluster ID".into(),
        "workspaceUuid" => "--workspace".into(),
        "deploymentUuid" => "the deployment".into(),
        "releaseName" => "--release-name".into(),
        "runtimeVersion" => "--runtime-version".into(),
        other => format!("the option that sets `${other}`"),
    }
}

fn houston_hint(error: &crate::Error) -> Option<String> {
    if let crate::Error::Unanswered(Unanswered::Argument { field, .. }) = error {
        return argument_hint(field);
    }
    if let crate::Error::MissingVariable { variables, .. } = error {
        let flags: Vec<String> = variables.iter().map(|v| variable_flag(v)).collect();
        return Some(format!(
            "give {} (this platform's version of the operation requires it), or say which version the platform is with --platform-version if it is misreported",
            flags.join(" and ")
        ));
    }
    if let crate::Error::TooOld { .. } = error {
        return Some(
            "if the platform's version is misreported, say which it is with --platform-version"
                .into(),
        );
    }
    if error.is_forbidden() {
        let source = TOKEN_SOURCE
            .get()
            .map(String::as_str)
            .unwrap_or("https://app.<base domain>/token");
        return Some(format!(
            "the token is missing, expired, or lacks the role for this: log in again with `houston login --token-stdin` (a user token from {source}, or a service-account key), or use a token with a higher role"
        ));
    }
    if error.is_schema_mismatch() {
        return Some("the server's schema lacks a field this operation selects: the platform is probably older (or newer) than this operation variant; check `houston platform version`, or say which it is with --platform-version".into());
    }
    if error.is_gateway() {
        return Some(
            "the gateway in front of Houston could not reach it; try again in a moment".into(),
        );
    }
    None
}

fn airflow_hint(error: &crate::airflow::Error) -> Option<String> {
    use crate::airflow::Error;
    match error {
        Error::Unanswered(Unanswered::Argument { field, .. }) => argument_hint(field),
        Error::WaitTimeout { .. } => Some("raise --timeout to wait longer".into()),
        Error::Unsupported {
            available_on: Some(api),
            ..
        } => Some(format!(
            "use --api-version {api} if this Airflow also serves that API"
        )),
        Error::Api(api) if matches!(api.status, 401 | 403) && api.fields.is_empty() => Some(
            "the credentials are missing, wrong, expired, or lack the role for this: check the token, key or username/password this door uses (see `houston airflow --help`)".into(),
        ),
        Error::Api(api) if matches!(api.status, 502..=504) => Some(
            "the proxy in front of Airflow could not reach it (is the deployment up?); try again in a moment".into(),
        ),
        _ => None,
    }
}

fn astro_hint(error: &crate::astro::Error) -> Option<String> {
    use crate::astro::Error;
    match error {
        Error::Unanswered(Unanswered::Argument { field, .. }) => argument_hint(field),
        Error::Decode { message, .. } if message.contains("items field") => {
            Some("name the items field with --items-field".into())
        }
        Error::Uncertain { resource, .. } => Some(match resource {
            Resource::AgentToken { deployment } => format!(
                "check with `houston astro agent-tokens list --deployment {deployment}` before creating it again"
            ),
            Resource::Deployment { workspace, name } => format!(
                "check with `houston astro deployments list --workspace {workspace} --name '{name}'` before creating it again"
            ),
            Resource::Rotation { id } => {
                format!("rotate it again with `houston astro api-tokens rotate {id}`")
            }
            _ => "check with `houston astro api-tokens list` before creating it again".into(),
        }),
        Error::SecretLost { id, resource, .. } => Some(match resource {
            Resource::AgentToken { deployment } => format!(
                "delete it with `houston astro agent-tokens delete {id} --deployment {deployment}`, then create a new one"
            ),
            _ => format!("delete it with `houston astro api-tokens delete {id}`, then create a new one"),
        }),
        Error::WaitTimeout { .. } => Some("wait longer with --timeout".into()),
        Error::Unanswered(Unanswered::Transport { source, .. }) if source.kind == FailureKind::Connect => Some(
            "check the host (--api-url / ASTRO_API_URL) and your network or proxy".into(),
        ),
        _ => match error.status() {
            Some(401) => Some("the token is missing, expired or not an Astro API token: create one in the Astro UI (Organization/Workspace/Deployment settings → API Tokens) and pass it as ASTRO_API_TOKEN or with --token-stdin".into()),
            Some(403) => Some("the token lacks a role for this: use a token whose role covers the resource (an Organization token, or a Workspace/Deployment token for that workspace/deployment)".into()),
            Some(429) => Some("the Astro API rate limit (per token: about 10 POST/s, 5 DELETE/s, 25 GET/s) is still exceeded after backing off; slow down or try again in a moment".into()),
            Some(502..=504) => Some("a gateway in front of the Astro API failed; try again in a moment".into()),
            _ => None,
        },
    }
}

fn transport_hint(error: &TransportError) -> Option<String> {
    match error.kind {
        FailureKind::Tls(_) => Some(
            "trust the server's CA with --ca-cert FILE (a PEM bundle; or HOUSTON_CA_CERT, or ca_cert in the context); --insecure skips verification, which lets anyone on the path read the token".into(),
        ),
        FailureKind::Timeout if error.sent => Some("give it longer with --timeout (e.g. --timeout 5m)".into()),
        FailureKind::Timeout => Some("give the connection longer with --connect-timeout".into()),
        _ => None,
    }
}

/// A configuration problem as a usage error (exit 2), with what to do about it.
pub fn config(error: crate::config::ConfigError) -> anyhow::Error {
    let mut text = error.to_string();
    if let crate::config::ConfigError::TokenElsewhere { service, .. } = error {
        text.push_str(match service {
            "Airflow" => {
                "\nhint: give a credential for that Airflow beside the URL (AIRFLOW_API_KEY, or AIRFLOW_USERNAME and AIRFLOW_PASSWORD), use --deployment RELEASE for this context's platform, or, to send this context's Houston token there deliberately, pass the URL with --airflow-url"
            }
            "Astro API" => {
                "\nhint: give the token for that host too (ASTRO_API_TOKEN beside ASTRO_API_URL, or --token-stdin), or, to send this context's Astro token there deliberately, pass the host with --api-url (`houston astro login --api-url URL` saves a token for it)"
            }
            _ => {
                "\nhint: give the token for that endpoint too (HOUSTON_TOKEN beside the URL, or a context of its own: `houston context add` and `houston login`), or, to send this context's token there deliberately, pass the URL with --url"
            }
        });
    }
    UsageError(text).into()
}
