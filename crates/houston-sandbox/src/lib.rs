//! A Houston emulator on loopback: the vendored schema served over HTTP with a real state model
//! on disk (SQLite), Houston's auth and roles, and fault injection.
//!
//! ```no_run
//! # async fn demo() -> Result<(), houston_sandbox::Error> {
//! use houston_sandbox::{Sandbox, SandboxOptions};
//! let dir = std::path::PathBuf::from("/tmp/my-sandbox");
//! let running = Sandbox::start(SandboxOptions::new(dir).listen("127.0.0.1:0".parse().unwrap())).await?;
//! println!("{} with token in {}", running.url(), running.admin_token_path().display());
//! running.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! The library never prints; the CLI (`houston sandbox serve`) prints the listening line.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use apollo_compiler::Schema;
use apollo_compiler::validation::Valid;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use secrecy::SecretString;

mod auth;
mod exec;
mod explorer;
pub mod faults;
mod files;
mod limits;
mod lock;
pub(crate) mod resolvers;
mod seed;
mod server;
mod store;
mod ws;

pub use faults::{Rule as FaultRule, RuleError as FaultRuleError};
pub use lock::{DataLock, LOCK_FILE};
pub use seed::{ADMIN_EMAIL, ADMIN_USERNAME, DEMO_RELEASE, DEMO_WORKSPACE};

/// The schema the sandbox serves: the same file the client is built against.
const SDL: &str = include_str!("../../../schema/houston.graphql");

static SCHEMA: LazyLock<Valid<Schema>> = LazyLock::new(|| {
    Schema::parse_and_validate(SDL, "schema/houston.graphql")
        .expect("schema/houston.graphql is validated by build.rs")
});

pub(crate) fn schema() -> &'static Valid<Schema> {
    &SCHEMA
}

/// The platform version the sandbox reports by default: the newest the client knows.
pub const NEWEST_PLATFORM_VERSION: &str = "2.1.0";

/// Where `houston sandbox serve` listens unless told otherwise.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8871";

/// How long an idle blocking thread of a runtime serving the emulator lives (tokio's default is
/// 10 s). The store's work runs on blocking threads; a sandbox that went quiet gives them back
/// within a second, so a measurement of its threads at rest waits one second, not ten.
pub const BLOCKING_THREAD_KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(1);

/// The file (in the data directory) holding the system administrator's token.
pub const ADMIN_TOKEN_FILE: &str = "admin-token";
/// The file holding the system administrator's password (for `createToken`).
pub const ADMIN_PASSWORD_FILE: &str = "admin-password";

/// Why the sandbox could not start.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("sandbox store: {0}")]
    Store(String),
    #[error("{0}")]
    Io(String),
    #[error("no data directory: set --data or XDG_DATA_HOME")]
    NoDataDir,
    /// Another sandbox (or a `reset`) holds the data directory.
    #[error("the sandbox in {} is in use by {}: stop it first, or give --data another directory", dir.display(), pid.map_or("another process".to_string(), |p| format!("process {p}")))]
    Locked { dir: PathBuf, pid: Option<u32> },
}

/// Takes the data directory's lock alone (what `houston sandbox reset` does before deleting):
/// [`Error::Locked`] with the holder's PID while a sandbox serves from it.
pub fn lock_data_dir(dir: &Path) -> Result<DataLock, Error> {
    lock::lock(dir, true)
}

/// How to run a sandbox.
#[derive(Debug)]
pub struct SandboxOptions {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    /// What `appConfig.version` reports.
    pub platform_version: String,
    pub base_domain: String,
    pub faults: Vec<FaultRule>,
    /// Seed a demo workspace on first start (the admin is always created).
    pub demo: bool,
    /// Hold the data directory alone (`serve`); `false` shares it with other in-process
    /// sandboxes (`houston --sandbox`) but still excludes a `serve` or a `reset`.
    pub exclusive: bool,
    /// How long a client may take to send a request's headers, or stay connected idle
    /// between requests, before the connection is closed (default 10 s).
    pub header_timeout: std::time::Duration,
}

impl SandboxOptions {
    /// Defaults: 127.0.0.1:8871, the newest platform version, the demo seed, no faults.
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        SandboxOptions {
            listen: DEFAULT_LISTEN.parse().expect("valid default address"),
            data_dir: data_dir.into(),
            platform_version: NEWEST_PLATFORM_VERSION.to_string(),
            base_domain: "sandbox.local".to_string(),
            faults: Vec::new(),
            demo: true,
            exclusive: true,
            header_timeout: std::time::Duration::from_secs(10),
        }
    }

    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    pub fn platform_version(mut self, version: impl Into<String>) -> Self {
        self.platform_version = version.into();
        self
    }

    pub fn faults(mut self, rules: Vec<FaultRule>) -> Self {
        self.faults = rules;
        self
    }

    pub fn demo(mut self, demo: bool) -> Self {
        self.demo = demo;
        self
    }

    /// See [`SandboxOptions::header_timeout`].
    pub fn header_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.header_timeout = timeout;
        self
    }

    /// See [`SandboxOptions::exclusive`].
    pub fn exclusive(mut self, exclusive: bool) -> Self {
        self.exclusive = exclusive;
        self
    }

    /// `$XDG_DATA_HOME/houston/sandbox` (or the platform's equivalent).
    pub fn default_data_dir() -> Result<PathBuf, Error> {
        dirs::data_dir()
            .map(|d| d.join("houston").join("sandbox"))
            .ok_or(Error::NoDataDir)
    }
}

/// Entry point: see [`Sandbox::start`].
pub struct Sandbox;

/// A sandbox serving in the background of the current tokio runtime.
pub struct RunningSandbox {
    addr: SocketAddr,
    data_dir: PathBuf,
    admin_token: SecretString,
    first_start: bool,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl Sandbox {
    /// Opens (or creates and seeds) the store, binds the address, and serves in the background.
    /// On first start it creates the system administrator and writes its token to
    /// `DATA/admin-token` and password to `DATA/admin-password` (both 0600); on later starts it
    /// reuses the token, minting a new one if it expired.
    pub async fn start(options: SandboxOptions) -> Result<RunningSandbox, Error> {
        let SandboxOptions {
            listen,
            data_dir,
            platform_version,
            base_domain,
            faults,
            demo,
            exclusive,
            header_timeout,
        } = options;
        let settings = resolvers::Settings {
            platform_version,
            base_domain,
        };
        // Bind first: a port in use must not create or seed a data directory.
        let listener = server::bind(listen).await.map_err(|source| Error::Listen {
            addr: listen,
            source,
        })?;
        let addr = listener.local_addr().map_err(|source| Error::Listen {
            addr: listen,
            source,
        })?;
        let dir = data_dir.clone();
        let boot_settings = settings.clone();
        let (store, admin_token, first_start, lock) = tokio::task::spawn_blocking(move || {
            lock::prepare_dir(&dir)?;
            let lock = lock::lock(&dir, exclusive)?;
            let (store, token, first) = boot(&dir, &boot_settings, demo)?;
            Ok::<_, Error>((store, token, first, lock))
        })
        .await
        .map_err(|e| Error::Store(format!("startup failed: {e}")))??;
        let shared = Arc::new(server::Shared {
            store,
            settings,
            faults,
            requests: Default::default(),
            _lock: lock,
            stopping: Default::default(),
            workers: Arc::new(tokio::sync::Semaphore::new(server::MAX_WORKERS)),
            header_timeout,
        });
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(server::serve(listener, shared, stopped));
        Ok(RunningSandbox {
            addr,
            data_dir,
            admin_token,
            first_start,
            stop,
            task: Some(task),
        })
    }
}

/// Opens the store, seeds it on first start, and makes sure the admin token file is valid.
fn boot(
    dir: &Path,
    settings: &resolvers::Settings,
    demo: bool,
) -> Result<(store::Store, SecretString, bool), Error> {
    let store = store::Store::open(dir)?;
    let token_path = dir.join(ADMIN_TOKEN_FILE);
    let io =
        |what: &Path, e: std::io::Error| Error::Io(format!("cannot write {}: {e}", what.display()));
    let (token, first) = store
        .write(|conn| -> Result<(String, bool), Error> {
            let storage = |e: rusqlite::Error| Error::Store(e.to_string());
            let fail = |f: resolvers::Fail| Error::Store(f.message);
            let first = seed::is_empty(conn).map_err(storage)?;
            if first {
                let password = store::random_string(24, b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
                let admin = seed::seed(conn, settings, &password, demo).map_err(fail)?;
                files::write_private(&dir.join(ADMIN_PASSWORD_FILE), format!("{password}\n").as_bytes())
                    .map_err(|e| io(&dir.join(ADMIN_PASSWORD_FILE), e))?;
                let (token, _, _) = auth::mint_user_token(conn, &admin, ADMIN_TOKEN_LIFETIME).map_err(fail)?;
                return Ok((token, true));
            }
            let existing = std::fs::read_to_string(&token_path).ok().map(|t| t.trim().to_string());
            if let Some(token) = existing
                && auth::token_lifetime_left(conn, &token).map_err(storage)?.is_some_and(|left| left > 86_400)
            {
                return Ok((token, false));
            }
            let admin: String = conn
                .query_row(
                    "SELECT user_id FROM role_bindings WHERE role = 'SYSTEM_ADMIN' AND user_id IS NOT NULL \
                     ORDER BY created_at LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .map_err(|e| Error::Store(format!("no system administrator left in the store: {e}")))?;
            let (token, _, _) = auth::mint_user_token(conn, &admin, ADMIN_TOKEN_LIFETIME).map_err(fail)?;
            Ok((token, false))
        })?;
    // Written after the commit: a crash in between leaves a store whose next start mints again.
    files::write_private(&token_path, format!("{token}\n").as_bytes())
        .map_err(|e| io(&token_path, e))?;
    Ok((store, SecretString::from(token), first))
}

/// The admin token lives 30 days and is renewed at start when less than a day is left.
const ADMIN_TOKEN_LIFETIME: i64 = 30 * 86_400;

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Store(e.to_string())
    }
}

impl RunningSandbox {
    /// The address actually bound (the real port when asked for port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR/v1`, the Houston URL to give clients.
    pub fn url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The system administrator's token (expose it with [`secrecy::ExposeSecret`]).
    pub fn admin_token(&self) -> &SecretString {
        &self.admin_token
    }

    pub fn admin_token_path(&self) -> PathBuf {
        self.data_dir.join(ADMIN_TOKEN_FILE)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// True when this start created the store (and the admin).
    pub fn first_start(&self) -> bool {
        self.first_start
    }

    /// Stops accepting, closes connections, and waits for the server task.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// Serves until the process is interrupted (Ctrl-C / SIGTERM), then shuts down.
    pub async fn wait_for_signal(self) {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                    .expect("SIGTERM handler");
            tokio::select! {
                _ = ctrl_c => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        {
            let _ = ctrl_c.await;
        }
        self.shutdown().await;
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}
