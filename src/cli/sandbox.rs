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
    /// Print `export HOUSTON_URL=… HOUSTON_TOKEN=…` for a shell: `eval "$(houston sandbox env)"`
    Env(DataArg),
    /// Say whether a sandbox serves this data directory, where, and which platform version
    Status(DataArg),
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
    } else if ctx.sandbox.is_none() && !ctx.global.sandbox {
        // `serve` on a directory used before: say where the token is, as on first start.
        ctx.out.message(&format!(
            "houston sandbox: reusing the sandbox in {}; token in {} (`houston sandbox env --data {}` prints shell exports)",
            running.data_dir().display(),
            running.admin_token_path().display(),
            running.data_dir().display(),
        ));
    }
    Ok(running)
}

/// Options for the in-process sandbox behind `houston --sandbox …`.
pub fn embedded_options(ctx: &Ctx) -> anyhow::Result<SandboxOptions> {
    let dir = data_dir(&DataArg {
        data: std::env::var_os("HOUSTON_SANDBOX_DATA").map(PathBuf::from),
    })?;
    // Shared: several `houston --sandbox` commands may run side by side; a `serve` or a
    // `reset` of the same directory is refused while they do.
    let mut options = SandboxOptions::new(dir)
        .listen("127.0.0.1:0".parse().expect("valid"))
        .exclusive(false);
    if let Some(v) = ctx.global.platform_version {
        options = options.platform_version(v.to_string());
    }
    Ok(options)
}

/// The file in the data directory holding the URL a running `sandbox serve` listens on.
const URL_FILE: &str = "serving-url";

/// The admin token of the sandbox in `dir`.
fn read_token(dir: &std::path::Path) -> anyhow::Result<String> {
    let path = dir.join(sandbox::ADMIN_TOKEN_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(text.trim().to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(usage(format!(
            "There is no sandbox in {} yet: start one with `houston sandbox serve --data {}`.",
            dir.display(),
            dir.display()
        ))),
        Err(e) => Err(anyhow::anyhow!("cannot read {}: {e}", path.display())),
    }
}

/// Where the sandbox in `dir` listens: what its `serve` wrote, else the default address.
fn served_url(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join(URL_FILE))
        .ok()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| format!("http://{}/v1", sandbox::DEFAULT_LISTEN))
}

/// `text` in single quotes for a POSIX shell.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
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
            // Where it listens, for `sandbox env` and `sandbox status` (removed on exit).
            let url_file = running.data_dir().join(URL_FILE);
            std::fs::write(&url_file, format!("{}\n", running.url()))
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", url_file.display()))?;
            {
                // The first stdout line is the contract scripts and tests wait for.
                let mut stdout = std::io::stdout().lock();
                writeln!(stdout, "houston sandbox listening on {}", running.url())?;
                stdout.flush()?;
            }
            running.wait_for_signal().await;
            let _ = std::fs::remove_file(&url_file);
            Ok(())
        }
        Verb::Env(arg) => {
            let dir = data_dir(&arg)?;
            let token = read_token(&dir)?;
            let url = served_url(&dir);
            // Printed on purpose: this is the sandbox's own token, asked for to be exported.
            println!("export HOUSTON_URL={}", shell_quote(&url));
            println!("export HOUSTON_TOKEN={}", shell_quote(&token));
            Ok(())
        }
        Verb::Status(arg) => {
            let dir = data_dir(&arg)?;
            let token = read_token(&dir)?;
            let url = served_url(&dir);
            let client = crate::Client::builder(&url)
                .token(Some(crate::Token::new(&token)))
                .build()?;
            let version = client.platform_version().await;
            let running = version.is_ok();
            let version = version.ok().flatten().map(|v| v.to_string());
            ctx.out.message(&match (&version, running) {
                (Some(v), true) => format!(
                    "A sandbox serves {} at {url} (platform version {v}).",
                    dir.display()
                ),
                (None, true) => format!("A sandbox serves {} at {url}.", dir.display()),
                _ => format!(
                    "No sandbox answers at {url}; its data is in {} (start it with `houston sandbox serve --data {}`).",
                    dir.display(),
                    dir.display()
                ),
            });
            ctx.out.data(
                &serde_json::json!({
                    "running": running,
                    "url": url,
                    "version": version,
                    "data": dir.display().to_string(),
                    "tokenFile": dir.join(sandbox::ADMIN_TOKEN_FILE).display().to_string(),
                }),
                &[
                    ("RUNNING", "running"),
                    ("URL", "url"),
                    ("VERSION", "version"),
                    ("DATA", "data"),
                    ("TOKEN FILE", "tokenFile"),
                ],
            )?;
            if running {
                Ok(())
            } else {
                Err(anyhow::anyhow!("The sandbox is not running."))
            }
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
            if !dir.exists() {
                ctx.out
                    .message(&format!("no sandbox state in {}", dir.display()));
                return Ok(());
            }
            // Held while deleting: a sandbox serving from here keeps the lock, and deleting its
            // files under it would lose every write it acknowledges afterwards.
            let _lock = sandbox::lock_data_dir(&dir)?;
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
