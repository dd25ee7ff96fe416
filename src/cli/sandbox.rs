//! `houston sandbox`: run the local Houston emulator, find its admin token, start over.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use houston_sandbox::{self as sandbox, FaultRule, RunningSandbox, Sandbox, SandboxOptions};

use super::{Ctx, usage};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, clap::Subcommand)]
enum Verb {
    /// Serve a Houston emulator on loopback until interrupted (state kept in --data)
    Serve(ServeArgs),
    /// Print where the system administrator's token is stored (not the token)
    Token(DataArg),
    /// Delete the sandbox's state (database, admin token and password)
    Reset(ResetArgs),
}

#[derive(Debug, clap::Args)]
struct DataArg {
    /// State directory [default: $XDG_DATA_HOME/houston/sandbox]
    #[arg(
        long,
        value_name = "DIR",
        env = "HOUSTON_SANDBOX_DATA",
        hide_env_values = true
    )]
    data: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// Address to listen on (port 0 picks a free port; the first stdout line tells which)
    #[arg(long, value_name = "ADDR", default_value = sandbox::DEFAULT_LISTEN)]
    listen: SocketAddr,
    #[command(flatten)]
    data: DataArg,
    /// Inject faults, e.g. `kind=503,op=workspaces,rate=0.5,retry-after=1` (repeatable;
    /// kinds: latency, 502, 503, html, drop, truncate; see docs/sandbox.md)
    #[arg(long = "fault", value_name = "RULE")]
    faults: Vec<String>,
    /// Read fault rules from a file, one per line (`#` comments)
    #[arg(long, value_name = "FILE")]
    fault_file: Option<PathBuf>,
    /// Do not seed the demo workspace on first start (the admin is always created)
    #[arg(long)]
    no_demo: bool,
}

#[derive(Debug, clap::Args)]
struct ResetArgs {
    #[command(flatten)]
    data: DataArg,
    /// Really delete it
    #[arg(long)]
    yes: bool,
}

fn data_dir(arg: &DataArg) -> anyhow::Result<PathBuf> {
    match &arg.data {
        Some(dir) => Ok(dir.clone()),
        None => SandboxOptions::default_data_dir().map_err(|e| usage(e.to_string())),
    }
}

fn parse_rules(args: &ServeArgs) -> anyhow::Result<Vec<FaultRule>> {
    let mut rules = Vec::new();
    for text in &args.faults {
        rules.push(
            text.parse::<FaultRule>()
                .map_err(|e| usage(e.to_string()))?,
        );
    }
    if let Some(path) = &args.fault_file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?;
        rules.extend(
            sandbox::faults::parse_file(&text)
                .map_err(|e| usage(format!("{}: {e}", path.display())))?,
        );
    }
    Ok(rules)
}

/// Starts a sandbox and says on stderr what a first start created.
pub async fn start(options: SandboxOptions, ctx: &Ctx) -> anyhow::Result<RunningSandbox> {
    let running = Sandbox::start(options).await?;
    if running.first_start() {
        ctx.out.message(&format!(
            "houston sandbox: new sandbox in {}; system administrator `{}`, token in {} (password in {})",
            running.data_dir().display(),
            sandbox::ADMIN_USERNAME,
            running.admin_token_path().display(),
            running.data_dir().join(sandbox::ADMIN_PASSWORD_FILE).display(),
        ));
    }
    Ok(running)
}

/// Options for the in-process sandbox behind `houston --sandbox …`.
pub fn embedded_options(ctx: &Ctx) -> anyhow::Result<SandboxOptions> {
    let dir = data_dir(&DataArg {
        data: std::env::var_os("HOUSTON_SANDBOX_DATA").map(PathBuf::from),
    })?;
    let mut options = SandboxOptions::new(dir).listen("127.0.0.1:0".parse().expect("valid"));
    if let Some(v) = ctx.global.platform_version {
        options = options.platform_version(v.to_string());
    }
    Ok(options)
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        Verb::Serve(args) => {
            let rules = parse_rules(&args)?;
            let mut options = SandboxOptions::new(data_dir(&args.data)?)
                .listen(args.listen)
                .faults(rules)
                .demo(!args.no_demo);
            if let Some(v) = ctx.global.platform_version {
                options = options.platform_version(v.to_string());
            }
            let running = start(options, ctx).await?;
            {
                // The first stdout line is the contract scripts and tests wait for.
                let mut stdout = std::io::stdout().lock();
                writeln!(stdout, "houston sandbox listening on {}", running.url())?;
                stdout.flush()?;
            }
            running.wait_for_signal().await;
            Ok(())
        }
        Verb::Token(arg) => {
            let path = data_dir(&arg)?.join(sandbox::ADMIN_TOKEN_FILE);
            if !path.exists() {
                anyhow::bail!(
                    "no sandbox admin token at {} yet: start one with `houston sandbox serve`",
                    path.display()
                );
            }
            println!("{}", path.display());
            Ok(())
        }
        Verb::Reset(args) => {
            let dir = data_dir(&args.data)?;
            if !args.yes {
                return Err(usage(format!(
                    "this deletes the sandbox state in {}; add --yes to do it",
                    dir.display()
                )));
            }
            let mut removed = 0;
            for name in [
                "houston-sandbox.db",
                "houston-sandbox.db-wal",
                "houston-sandbox.db-shm",
                sandbox::ADMIN_TOKEN_FILE,
                sandbox::ADMIN_PASSWORD_FILE,
            ] {
                match std::fs::remove_file(dir.join(name)) {
                    Ok(()) => removed += 1,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => anyhow::bail!("cannot delete {}: {e}", dir.join(name).display()),
                }
            }
            ctx.out.message(&if removed > 0 {
                format!("deleted the sandbox state in {}", dir.display())
            } else {
                format!("no sandbox state in {}", dir.display())
            });
            Ok(())
        }
    }
}
