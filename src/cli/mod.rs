//! The command line: dumb clap structs per noun (one file each), a [`Ctx`] that resolves
//! configuration into clients, and the mapping of errors to exit codes
//! (0 ok, 1 the server refused or failed, 2 bad input found before anything was sent).

mod access;
mod airflow;
mod apply;
mod astro;
mod bulk;
mod bulk_ops;
mod context;
mod deployment;
mod document;
mod errors;
mod fields;
mod r#gen;
mod interrupt;
mod invite;
mod jq;
mod output;
#[cfg(test)]
mod parse_props;
mod platform;
mod query;
mod resolve;
mod sandbox;
mod scaffold;
mod schema;
mod shell;
mod stdin;
mod system;
mod team;
mod user;
mod variables;
mod vars;
#[cfg(test)]
mod vars_props;
mod verbose;
mod workspace;

use crate::config::{ConfigFile, Environment, Overrides, Resolved};
use crate::houston::Version;
use clap::{Args, Parser, Subcommand};
use output::{Format, Output};
use secrecy::ExposeSecret;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// houston: administer Astro Private Cloud (Houston), its Airflow deployments and Astro.
#[derive(Debug, Parser)]
#[command(name = "houston", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use this saved context instead of the current one [env: HOUSTON_CONTEXT]
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,
    /// Houston endpoint, e.g. https://houston.example.com/v1 [env: HOUSTON_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// Platform base domain; the endpoint is https://houston.DOMAIN/v1 [env: HOUSTON_DOMAIN]
    #[arg(long, global = true, value_name = "DOMAIN", conflicts_with = "url")]
    pub domain: Option<String>,
    /// Workspace (id or label) for commands that act in one [env: HOUSTON_WORKSPACE]
    #[arg(
        long,
        short = 'w',
        global = true,
        value_name = "WORKSPACE",
        alias = "workspace-id"
    )]
    pub workspace: Option<String>,
    /// Output format (default: table on a terminal, json otherwise)
    #[arg(long, short = 'o', global = true, value_enum)]
    pub output: Option<Format>,
    /// Filter JSON output with a jq expression (strings print raw)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// Trust this PEM CA bundle on top of the system roots [env: HOUSTON_CA_CERT]
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Do not verify TLS certificates (dangerous; prints a warning)
    #[arg(long, global = true)]
    pub insecure: bool,
    /// Give up on a request after this long (e.g. 30s, 2m, 500ms)
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration, default_value = "60s")]
    pub timeout: Duration,
    /// Give up connecting after this long
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration, default_value = "10s")]
    pub connect_timeout: Duration,
    /// Treat the platform as this version instead of asking it (picks operation variants)
    #[arg(long, global = true, value_name = "X.Y.Z", value_parser = parse_version)]
    pub platform_version: Option<Version>,
    /// Show every request and response on stderr (tokens and secrets masked)
    #[arg(long, global = true)]
    pub verbose: bool,
    /// Run the command against a local sandbox Houston (started in-process; see `houston sandbox`)
    #[arg(long, global = true, conflicts_with_all = ["url", "domain", "context"])]
    pub sandbox: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Workspaces, their users and service accounts
    #[command(visible_alias = "ws")]
    Workspace(workspace::Args),
    /// Deployments and their service accounts
    #[command(visible_alias = "deploy")]
    Deployment(deployment::Args),
    /// The platform itself
    Platform(platform::Args),
    /// Users of the platform
    User(user::Args),
    /// Teams from the identity provider (Houston 0.28+)
    Team(team::Args),
    /// Pending invitations
    Invite(invite::Args),
    /// Platform-wide service accounts
    System(system::Args),
    /// Saved Houstons (contexts): add, list, use, remove, show, import-astro
    Context(context::Args),
    /// Astro (api.astronomer.io): deployments, agent tokens, API tokens, raw API calls
    Astro(Box<astro::Args>),
    /// Store a token for the current context (read from stdin, never from the command line)
    Login(context::LoginArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completion(shell::CompletionArgs),
    /// Print the man page (or write every page with --out-dir)
    Man(shell::ManArgs),
    /// A local Houston emulator for trying commands and scripts
    Sandbox(sandbox::Args),
    /// Run, check, list and show GraphQL operation files
    Query(query::Args),
    /// Scaffold a new operation file from a root field of the schema
    Gen(r#gen::Args),
    /// The Airflow REST API of an APC or Astro deployment, or any Airflow
    Airflow(airflow::Args),
    /// Pull the live schema by introspection; check a new schema against the vendored one
    Schema(schema::Args),
    /// Write the platform's workspaces and their users as a desired-state file
    Export(apply::ExportArgs),
    /// Show what `apply -f FILE` would change (exit 0: nothing, 3: changes)
    Plan(apply::PlanArgs),
    /// Make the platform match desired-state file(s)
    Apply(apply::ApplyArgs),
}

/// Bad input found before anything was sent: exit 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

impl From<jq::JqError> for UsageError {
    fn from(e: jq::JqError) -> Self {
        UsageError(e.0)
    }
}

/// stdout was closed by the reader (`| head`): stop quietly, exit 0.
#[derive(Debug, thiserror::Error)]
#[error("broken pipe")]
pub struct BrokenPipe;

/// Ctrl-C stopped a run that then finished what was in flight and reported: exit 130.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Interrupted(pub String);

/// Exit with this status and no message (the output already says it all): `plan` with changes.
#[derive(Debug, thiserror::Error)]
#[error("exit {0}")]
pub struct ExitQuietly(pub u8);

/// Shorthand for a usage error.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    UsageError(message.into()).into()
}

/// A noun's arguments (`houston workspace …`): one of its subcommands `C`.
#[derive(Debug, clap::Args)]
pub struct Noun<C: clap::Subcommand> {
    #[command(subcommand)]
    pub command: C,
}

/// What every command gets: global options, output, and the resolved configuration.
pub struct Ctx {
    pub global: GlobalArgs,
    pub out: Output,
    pub env: Environment,
    pub config_path: PathBuf,
    /// The in-process sandbox behind `--sandbox`, serving for the whole command.
    pub sandbox: Option<houston_sandbox::RunningSandbox>,
}

impl Ctx {
    /// The config file as it is now.
    pub fn config(&self) -> anyhow::Result<ConfigFile> {
        ConfigFile::load(&self.config_path).map_err(|e| usage(e.to_string()))
    }

    /// Flags, environment, `.env` and config file, resolved.
    pub fn resolved(&self) -> anyhow::Result<Resolved> {
        let g = &self.global;
        let overrides = Overrides {
            context: g.context.clone(),
            url: g.url.clone(),
            domain: g.domain.clone(),
            token: None,
            workspace: g.workspace.clone(),
            ca_cert: g.ca_cert.clone(),
            insecure: g.insecure,
            timeout: Some(g.timeout),
            connect_timeout: Some(g.connect_timeout),
        };
        crate::config::resolve(&overrides, &self.env, &self.config()?).map_err(errors::config)
    }

    /// The request observer behind `--verbose` (the same for every client).
    pub fn observer(&self) -> Option<crate::http::Observer> {
        self.global.verbose.then(verbose::observer)
    }

    /// Timeouts and TLS for any client: the flags, then `HOUSTON_CA_CERT`, then the context's
    /// `ca_cert` and `insecure`. A config file that cannot be resolved (no such context) leaves
    /// the flags alone: Astro and a plain Airflow do not need a Houston context.
    pub fn http_options(&self) -> crate::http::HttpOptions {
        let options = match self.resolved() {
            Ok(resolved) => resolved.http,
            Err(_) => crate::http::HttpOptions {
                timeout: self.global.timeout,
                connect_timeout: self.global.connect_timeout,
                ca_cert: self.global.ca_cert.clone(),
                insecure: self.global.insecure,
            },
        };
        if options.insecure {
            self.out.warn(
                "TLS certificate verification is off (--insecure): anyone on the path can read the credentials",
            );
        }
        options
    }

    /// A Houston client for the resolved context.
    pub fn houston(&self) -> anyhow::Result<crate::Client> {
        if let Some(sandbox) = &self.sandbox {
            if let Ok(url) = url::Url::parse(&sandbox.url()) {
                errors::set_token_source(errors::token_page(&url, true));
            }
            return Ok(crate::Client::builder(&sandbox.url())
                .token(Some(crate::Token::new(
                    sandbox.admin_token().expose_secret(),
                )))
                .platform_version(self.global.platform_version)
                .observer(self.observer())
                .build()?);
        }
        let resolved = self.resolved()?;
        let url = resolved.url.ok_or_else(|| {
            usage("no Houston to talk to: add one with `houston context add NAME --domain example.com`, or set HOUSTON_URL or HOUSTON_DOMAIN")
        })?;
        if resolved.http.insecure {
            self.out
                .warn("TLS certificate verification is off (--insecure): anyone on the path can read the token");
        }
        let client = crate::Client::builder(&url)
            .token(resolved.token)
            .http_options(resolved.http)
            .platform_version(self.global.platform_version)
            .observer(self.observer())
            .build()?;
        errors::set_token_source(errors::token_page(client.url(), false));
        Ok(client)
    }
}

pub(crate) fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let n: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (try 30s, 2m, 500ms)"))?;
    let seconds = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => {
            return Err(format!(
                "`{text}`: unknown unit `{unit}` (use ms, s, m or h)"
            ));
        }
    };
    if seconds <= 0.0 {
        return Err(format!("`{text}`: a timeout must be longer than zero"));
    }
    // A year is far beyond any request; larger numbers overflow `Duration` (and the timers).
    const MAX: f64 = 365.0 * 24.0 * 3600.0;
    if !seconds.is_finite() || seconds > MAX {
        return Err(format!(
            "`{text}` is too long: the longest duration is 8760h (a year)"
        ));
    }
    Duration::try_from_secs_f64(seconds)
        .map_err(|_| format!("`{text}` is not a duration (try 30s, 2m, 500ms)"))
}

fn parse_version(text: &str) -> Result<Version, String> {
    Version::parse(text).ok_or_else(|| format!("`{text}` is not a version (X.Y.Z)"))
}

/// Parses the command line, runs the command, and turns the outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = Environment::from_process();
    let config_path = ConfigFile::default_path(&|k| std::env::var(k).ok());
    let mut ctx = Ctx {
        out: Output::new(cli.global.output, cli.global.jq.clone()),
        global: cli.global.clone(),
        env,
        config_path,
        sandbox: None,
    };
    if let Some(problem) = ctx.env.dotenv_problem() {
        ctx.out.warn(&format!("{problem}."));
    }
    // A bad --jq is bad input: refused before any request is made, not after the answer.
    if let Some(expression) = &ctx.global.jq
        && let Err(e) = jq::check(expression)
    {
        return errors::report(&UsageError::from(e).into());
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_keep_alive(houston_sandbox::BLOCKING_THREAD_KEEP_ALIVE)
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    if ctx.global.sandbox
        && let Some(noun) = match &cli.command {
            Command::Airflow(_) => Some("airflow"),
            Command::Astro(_) => Some("astro"),
            _ => None,
        }
    {
        return errors::report(&usage(format!(
            "--sandbox starts a Houston emulator, which has no {}: `houston {noun}` talks to a real one (see `houston {noun} --help`).",
            if noun == "airflow" {
                "Airflow"
            } else {
                "Astro API"
            }
        )));
    }
    if ctx.global.sandbox {
        let started = sandbox::embedded_options(&ctx)
            .map(|options| runtime.block_on(sandbox::start(options, &ctx)));
        match started {
            Ok(Ok(running)) => ctx.sandbox = Some(running),
            Ok(Err(e)) | Err(e) => return errors::report(&e),
        }
    }
    let result = runtime.block_on(dispatch(cli.command, &ctx));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => errors::report(&e),
    }
}

async fn dispatch(command: Command, ctx: &Ctx) -> anyhow::Result<()> {
    match command {
        Command::Workspace(args) => workspace::run(args, ctx).await,
        Command::Deployment(args) => deployment::run(args, ctx).await,
        Command::Platform(args) => platform::run(args, ctx).await,
        Command::User(args) => user::run(args, ctx).await,
        Command::Team(args) => team::run(args, ctx).await,
        Command::Invite(args) => invite::run(args, ctx).await,
        Command::System(args) => system::run(args, ctx).await,
        Command::Context(args) => context::run(args, ctx).await,
        Command::Login(args) => context::login(args, ctx).await,
        Command::Completion(args) => shell::completion(args),
        Command::Man(args) => shell::man(args, ctx),
        Command::Astro(args) => astro::run(*args, ctx).await,
        Command::Sandbox(args) => sandbox::run(args, ctx).await,
        Command::Query(args) => query::run(args, ctx).await,
        Command::Gen(args) => r#gen::run(args, ctx).await,
        Command::Airflow(args) => airflow::run(args, ctx).await,
        Command::Schema(args) => schema::run(args, ctx).await,
        Command::Export(args) => apply::export(args, ctx).await,
        Command::Plan(args) => apply::plan(args, ctx).await,
        Command::Apply(args) => apply::apply(args, ctx).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        // Catches conflicting flags, bad defaults and duplicate names in every subcommand.
        Cli::command().debug_assert();
    }

    /// Every option and positional of every command, as `houston a b --flag`, that has no help
    /// text.
    fn undescribed(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "help" | "version") {
                continue;
            }
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                missing.push(format!("{path} --{id}"));
            }
        }
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            undescribed(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }

    #[test]
    fn every_option_has_a_description() {
        // Issue 13 item 8: `--email`, `--label`, `workspace list --all` had none.
        let mut missing = Vec::new();
        undescribed(&Cli::command(), "houston", &mut missing);
        assert!(
            missing.is_empty(),
            "options without help text:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn global_options_have_their_own_heading() {
        let mut cli = Cli::command();
        cli.build();
        let serve = cli
            .find_subcommand_mut("sandbox")
            .unwrap()
            .find_subcommand_mut("serve")
            .unwrap();
        let help = serve.render_help().to_string();
        let (own, global) = help.split_once("Global options:").expect(&help);
        assert!(global.contains("--url") && !own.contains("--url"), "{help}");
        // An environment variable's value is never shown (it read as "set to empty").
        assert!(!help.contains("HOUSTON_SANDBOX_DATA="), "{help}");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("300ms").unwrap(), Duration::from_millis(300));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("5").unwrap(), Duration::from_secs(5));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("0s").is_err());
        // Issue 12 item 8: this panicked (exit 101).
        assert!(
            parse_duration("99999999999999999999s")
                .unwrap_err()
                .contains("too long")
        );
        assert!(parse_duration("8760h").is_ok());
    }

    proptest::proptest! {
        // Whatever is typed after a duration flag, the parser answers (no panic).
        #[test]
        fn durations_never_panic(text in "\\PC{0,30}", n in proptest::num::f64::ANY, unit in "(ms|s|m|h|)") {
            let _ = parse_duration(&text);
            let _ = parse_duration(&format!("{n}{unit}"));
        }
    }
}
