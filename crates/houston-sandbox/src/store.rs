//! The sandbox's state on disk: one SQLite database in WAL mode.
//!
//! Durability: every mutation runs on the single writer connection inside a savepoint of a
//! `BEGIN IMMEDIATE … COMMIT` transaction, with `synchronous=FULL`, and [`Store::write`] returns
//! only once that transaction's commit has been fsynced to the WAL, i.e. before the HTTP response
//! is written. A `kill -9` (or a power cut) at any moment leaves SQLite's own recovery to replay
//! or drop the WAL tail: acknowledged writes are there, the file always opens.
//!
//! Group commit: an fsync costs milliseconds, far more than a mutation. When other writers are
//! already queued for the connection, a writer that finished its work leaves the transaction
//! open and waits; the last writer of the queue (or the one that fills a batch of
//! [`MAX_BATCH`]) commits for everyone and wakes them. Each writer's work is its own savepoint,
//! so one that fails is rolled back alone. Nobody is answered before the commit that holds their
//! write, so concurrent clients share fsyncs without weakening what an acknowledgement means.
//!
//! Concurrency: one writer behind a mutex (SQLite allows one writer anyway) and a small pool of
//! reader connections, each query running in its own read transaction, i.e. on a consistent
//! snapshot that never waits for the writer (WAL).

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use super::Error;

/// Current layout version, kept in `PRAGMA user_version`.
const SCHEMA_VERSION: i64 = 2;

/// Layout 2: indexes that answer "which system roles does this principal hold" and "its role
/// on this workspace/deployment" without scanning all of its bindings (issue 13, item 14).
const INDEXES_V2: &str = r#"
CREATE INDEX IF NOT EXISTS role_bindings_user_role ON role_bindings(user_id, role);
CREATE INDEX IF NOT EXISTS role_bindings_sa_role ON role_bindings(service_account_id, role);
CREATE INDEX IF NOT EXISTS role_bindings_team_role ON role_bindings(team_id, role);
CREATE INDEX IF NOT EXISTS role_bindings_user_workspace ON role_bindings(user_id, workspace_id);
CREATE INDEX IF NOT EXISTS role_bindings_user_deployment ON role_bindings(user_id, deployment_id);
CREATE INDEX IF NOT EXISTS team_members_user ON team_members(user_id);
"#;

const DDL: &str = r#"
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name     TEXT,
    status        TEXT NOT NULL,
    password_hash TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE emails (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    address    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    verified   INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    token      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX emails_user ON emails(user_id);
CREATE TABLE tokens (
    hash    TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    iat     INTEGER NOT NULL,
    exp     INTEGER NOT NULL
);
CREATE TABLE workspaces (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    description TEXT,
    properties  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE deployments (
    id                      TEXT PRIMARY KEY,
    workspace_id            TEXT NOT NULL REFERENCES workspaces(id),
    label                   TEXT NOT NULL,
    description             TEXT,
    release_name            TEXT NOT NULL UNIQUE,
    namespace               TEXT NOT NULL,
    status                  TEXT NOT NULL,
    version                 TEXT NOT NULL,
    airflow_version         TEXT,
    desired_airflow_version TEXT,
    runtime_version         TEXT,
    desired_runtime_version TEXT,
    runtime_airflow_version TEXT,
    cluster_id              TEXT,
    executor                TEXT NOT NULL,
    mode                    TEXT,
    config                  TEXT,
    properties              TEXT,
    dag_deployment          TEXT,
    triggerer_replicas      INTEGER,
    cloud_role              TEXT,
    image                   TEXT,
    deploy_seq              INTEGER NOT NULL DEFAULT 0,
    alert_emails            TEXT NOT NULL DEFAULT '[]',
    keda                    INTEGER NOT NULL DEFAULT 0,
    adopted                 INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);
CREATE INDEX deployments_workspace ON deployments(workspace_id);
CREATE UNIQUE INDEX deployments_label ON deployments(workspace_id, label);
CREATE TABLE env_vars (
    deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    key           TEXT NOT NULL,
    value         TEXT,
    is_secret     INTEGER NOT NULL,
    PRIMARY KEY (deployment_id, key)
);
CREATE TABLE service_accounts (
    id           TEXT PRIMARY KEY,
    label        TEXT NOT NULL,
    category     TEXT,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT,
    api_key_hash TEXT NOT NULL UNIQUE,
    active       INTEGER NOT NULL,
    last_used_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE TABLE teams (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
CREATE TABLE role_bindings (
    id                 TEXT PRIMARY KEY,
    role               TEXT NOT NULL,
    user_id            TEXT REFERENCES users(id) ON DELETE CASCADE,
    service_account_id TEXT REFERENCES service_accounts(id) ON DELETE CASCADE,
    team_id            TEXT REFERENCES teams(id) ON DELETE CASCADE,
    workspace_id       TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
    deployment_id      TEXT REFERENCES deployments(id) ON DELETE CASCADE,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX role_bindings_user ON role_bindings(user_id);
CREATE INDEX role_bindings_sa ON role_bindings(service_account_id);
CREATE INDEX role_bindings_team ON role_bindings(team_id);
CREATE INDEX role_bindings_workspace ON role_bindings(workspace_id);
CREATE INDEX role_bindings_deployment ON role_bindings(deployment_id);
CREATE TABLE invites (
    id           TEXT PRIMARY KEY,
    email        TEXT NOT NULL COLLATE NOCASE,
    workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
    role         TEXT,
    token        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX invites_email_workspace ON invites(email, IFNULL(workspace_id, ''));
"#;

/// The open database: one writer, a pool of readers.
pub struct Store {
    path: PathBuf,
    writer: Mutex<Writer>,
    /// Signalled after each group commit.
    committed: Condvar,
    /// Writers waiting for the writer lock: while there are some, a finished writer hands the
    /// open transaction on instead of committing.
    queued: AtomicUsize,
    readers: Mutex<Vec<Connection>>,
}

/// The writer connection and the state of its group commit.
struct Writer {
    conn: Connection,
    /// The number of the open (or last) batch; each `BEGIN` starts a new one.
    batch: u64,
    /// Writes in the open batch.
    size: usize,
    /// Every batch up to this one is finished (committed or failed).
    done: u64,
    /// The last batch whose commit failed, and why.
    failed: Option<(u64, String)>,
}

/// Most writes one commit covers (bounds how long the first of a batch waits).
const MAX_BATCH: usize = 64;

/// How many idle reader connections are kept; more are opened under load and closed after.
const IDLE_READERS: usize = 16;

impl Store {
    /// Opens (creating if needed) `DIR/houston-sandbox.db`.
    pub fn open(dir: &Path) -> Result<Store, Error> {
        let created = !dir.exists();
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::Io(format!("cannot create {}: {e}", dir.display())))?;
        // The store holds password and token hashes: a directory we create is owner-only
        // (one the user chose is left as it is).
        #[cfg(unix)]
        if created {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
        let path = dir.join("houston-sandbox.db");
        private_files(&path)?;
        let writer = Connection::open(&path).map_err(|e| db_error(&path, e))?;
        configure(&writer).map_err(|e| Error::Store(format!("{}: {e}", path.display())))?;
        migrate(&writer).map_err(|e| Error::Store(format!("{}: {e}", path.display())))?;
        Ok(Store {
            path,
            writer: Mutex::new(Writer {
                conn: writer,
                batch: 0,
                size: 0,
                done: 0,
                failed: None,
            }),
            committed: Condvar::new(),
            queued: AtomicUsize::new(0),
            readers: Mutex::new(Vec::new()),
        })
    }

    /// Runs `f` in its own savepoint of a write transaction. `Ok` is returned only after the
    /// transaction holding `f`'s changes has committed durably (see the module comment on group
    /// commit); on `Err` the savepoint is rolled back and nothing of `f` is kept.
    pub fn write<T, E: From<rusqlite::Error>>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        self.queued.fetch_add(1, Ordering::SeqCst);
        let locked = self.writer.lock();
        self.queued.fetch_sub(1, Ordering::SeqCst);
        let mut w = locked.unwrap_or_else(|p| p.into_inner());
        if w.conn.is_autocommit() {
            w.conn.execute_batch("BEGIN IMMEDIATE")?;
            w.batch += 1;
            w.size = 0;
        }
        let batch = w.batch;
        if let Err(e) = w.conn.execute_batch("SAVEPOINT write") {
            // Others of the batch may be waiting: commit what they did.
            drop(self.commit(w));
            return Err(e.into());
        }
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&w.conn)));
        let end = if matches!(result, Ok(Ok(_))) {
            "RELEASE write"
        } else {
            "ROLLBACK TO write; RELEASE write"
        };
        let ended = w.conn.execute_batch(end);
        let result = match (result, ended) {
            (Err(panic), _) => {
                drop(self.commit(w));
                std::panic::resume_unwind(panic);
            }
            (Ok(_), Err(e)) => {
                drop(self.commit(w));
                return Err(e.into());
            }
            (Ok(result), Ok(())) => result,
        };
        w.size += 1;
        let w = if self.queued.load(Ordering::SeqCst) > 0 && w.size < MAX_BATCH {
            // The next writer commits (or hands on again); wait for the batch to finish.
            let mut w = w;
            while w.done < batch {
                w = self.committed.wait(w).unwrap_or_else(|p| p.into_inner());
            }
            w
        } else {
            self.commit(w)
        };
        match &w.failed {
            Some((failed, why)) if *failed == batch && result.is_ok() => {
                Err(E::from(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR),
                    Some(format!("the commit failed: {why}")),
                )))
            }
            _ => result,
        }
    }

    /// Commits the open batch (rolling it back if the commit fails) and wakes its writers.
    fn commit<'a>(&self, mut w: MutexGuard<'a, Writer>) -> MutexGuard<'a, Writer> {
        if !w.conn.is_autocommit()
            && let Err(e) = w.conn.execute_batch("COMMIT")
        {
            let _ = w.conn.execute_batch("ROLLBACK");
            w.failed = Some((w.batch, e.to_string()));
        }
        w.done = w.batch;
        self.committed.notify_all();
        w
    }

    /// Runs `f` on a reader connection inside one read transaction (a consistent snapshot).
    pub fn read<T, E: From<rusqlite::Error>>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => {
                let conn = Connection::open_with_flags(
                    &self.path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                conn.busy_timeout(std::time::Duration::from_secs(10))?;
                conn
            }
        };
        if !conn.is_autocommit() {
            conn.execute_batch("ROLLBACK")?;
        }
        conn.execute_batch("BEGIN")?;
        let result = f(&conn);
        let _ = conn.execute_batch("COMMIT");
        let mut idle = self.readers.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < IDLE_READERS {
            idle.push(conn);
        }
        result
    }
}

/// The database, its WAL and its shared-memory index are owner-only (0600): created so before
/// SQLite opens it (SQLite gives the `-wal` and `-shm` files the database's mode), tightened when
/// an older sandbox left them readable.
fn private_files(db: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        if !db.exists() {
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(db)
                .map_err(|e| Error::Io(format!("cannot create {}: {e}", db.display())))?;
        }
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", db.display()));
            if let Ok(meta) = std::fs::metadata(&file)
                && meta.permissions().mode() & 0o077 != 0
            {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| Error::Io(format!("cannot restrict {}: {e}", file.display())))?;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = db;
    Ok(())
}

fn db_error(path: &Path, e: rusqlite::Error) -> Error {
    Error::Store(format!("{}: {e}", path.display()))
}

fn configure(conn: &Connection) -> Result<(), String> {
    let sql = |e: rusqlite::Error| e.to_string();
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(sql)?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(sql)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(format!(
            "the database refused WAL mode (journal_mode={mode})"
        ));
    }
    conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
        .map_err(sql)
}

/// Indexes added within layout 2 (a reader without them works the same, only slower), created
/// on every open: a workspace by label (`workspaces(label:)`).
const INDEXES_LATER: &str = "CREATE INDEX IF NOT EXISTS workspaces_label ON workspaces(label);";

fn migrate(conn: &Connection) -> Result<(), String> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    migrate_layout(conn, version)?;
    conn.execute_batch(INDEXES_LATER).map_err(|e| e.to_string())
}

fn migrate_layout(conn: &Connection, version: i64) -> Result<(), String> {
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    if version == 1 {
        return conn
            .execute_batch(&format!(
                "BEGIN IMMEDIATE; {INDEXES_V2}; PRAGMA user_version={SCHEMA_VERSION}; COMMIT;"
            ))
            .map_err(|e| e.to_string());
    }
    if version != 0 {
        return Err(format!(
            "the database was written by a different houston (layout {version}, this one reads {SCHEMA_VERSION}); \
             move it away or run `houston sandbox reset`"
        ));
    }
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE; {DDL}; {INDEXES_V2}; PRAGMA user_version={SCHEMA_VERSION}; COMMIT;"
    ))
    .map_err(|e| e.to_string())
}

/// The current time as Prisma prints it: `2021-04-29T12:00:00.000Z`.
pub fn now(conn: &Connection) -> rusqlite::Result<String> {
    conn.query_row("SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')", [], |r| {
        r.get(0)
    })
}

pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A new 25-character cuid-like id (`c` + time + counter + random, base 36), like Prisma's.
pub fn new_id() -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed) as u64;
    let mut out = String::with_capacity(25);
    out.push('c');
    out.push_str(&base36(millis, 8));
    out.push_str(&base36(count % 36u64.pow(4), 4));
    out.push_str(&random_string(12, BASE36));
    out
}

const BASE36: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn base36(mut n: u64, width: usize) -> String {
    let mut digits = vec![b'0'; width];
    for slot in digits.iter_mut().rev() {
        *slot = BASE36[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8(digits).expect("ascii")
}

/// `len` characters drawn uniformly from `alphabet` with the OS's CSPRNG.
pub fn random_string(len: usize, alphabet: &[u8]) -> String {
    use ring::rand::SecureRandom;
    let rng = ring::rand::SystemRandom::new();
    let mut out = String::with_capacity(len);
    let limit = 256 - 256 % alphabet.len();
    let mut buf = [0u8; 64];
    while out.len() < len {
        rng.fill(&mut buf).expect("the OS random generator failed");
        for &b in &buf {
            if (b as usize) < limit && out.len() < len {
                out.push(alphabet[b as usize % alphabet.len()] as char);
            }
        }
    }
    out
}

/// A service-account API key: 32 alphanumeric characters and no dot (how Houston tells keys
/// from JWTs).
pub fn new_api_key() -> String {
    random_string(32, ALNUM)
}

/// A uniformly random fraction in [0, 1), for fault rates.
pub fn random_fraction() -> f64 {
    use ring::rand::SecureRandom;
    let mut buf = [0u8; 8];
    ring::rand::SystemRandom::new()
        .fill(&mut buf)
        .expect("the OS random generator failed");
    (u64::from_le_bytes(buf) >> 11) as f64 / (1u64 << 53) as f64
}

/// SHA-256 in hex: how tokens and API keys are stored (they carry 190 bits of entropy, so a
/// fast hash is enough; passwords use PBKDF2).
pub fn sha256_hex(text: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

const PBKDF2_ROUNDS: u32 = 20_000;

/// `pbkdf2-sha256$ROUNDS$SALT$HASH` (salt and hash in base64).
pub fn hash_password(password: &str) -> String {
    use base64::Engine;
    use ring::rand::SecureRandom;
    let mut salt = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut salt)
        .expect("the OS random generator failed");
    let mut hash = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        std::num::NonZeroU32::new(PBKDF2_ROUNDS).expect("non-zero"),
        &salt,
        password.as_bytes(),
        &mut hash,
    );
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    format!(
        "pbkdf2-sha256${PBKDF2_ROUNDS}${}${}",
        b64.encode(salt),
        b64.encode(hash)
    )
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let parts: Vec<&str> = stored.split('$').collect();
    let [scheme, rounds, salt, hash] = parts.as_slice() else {
        return false;
    };
    let (Some(rounds), Ok(salt), Ok(hash)) = (
        rounds
            .parse::<u32>()
            .ok()
            .and_then(std::num::NonZeroU32::new),
        b64.decode(salt),
        b64.decode(hash),
    ) else {
        return false;
    };
    *scheme == "pbkdf2-sha256"
        && ring::pbkdf2::verify(
            ring::pbkdf2::PBKDF2_HMAC_SHA256,
            rounds,
            &salt,
            password.as_bytes(),
            &hash,
        )
        .is_ok()
}

/// A single optional row mapped by `f`.
pub fn opt_row<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Option<T>> {
    conn.query_row(sql, params, f).optional()
}

/// How many rows a table has (tests and the seed use it).
pub fn count(conn: &Connection, table: &str) -> rusqlite::Result<i64> {
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), params![], |r| {
        r.get(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_commit_keeps_every_acknowledged_write_and_only_those() {
        let dir = tempfile::tempdir().unwrap();
        let store = std::sync::Arc::new(Store::open(dir.path()).unwrap());
        let threads: Vec<_> = (0..48)
            .map(|i| {
                let store = store.clone();
                std::thread::spawn(move || {
                    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        store.write(|conn| {
                            conn.execute(
                                "INSERT INTO teams (id, name, created_at, updated_at) VALUES (?1, ?1, 'now', 'now')",
                                params![format!("t{i}")],
                            )?;
                            match i % 3 {
                                0 => Ok(()),
                                1 => Err(rusqlite::Error::InvalidQuery),
                                _ => panic!("a resolver bug"),
                            }
                        })
                    }));
                    (i, matches!(outcome, Ok(Ok(()))))
                })
            })
            .collect();
        let acknowledged: Vec<String> = threads
            .into_iter()
            .map(|t| t.join().unwrap())
            .filter(|(_, ok)| *ok)
            .map(|(i, _)| format!("t{i}"))
            .collect();
        assert_eq!(acknowledged.len(), 16);
        drop(store);
        let reopened = Store::open(dir.path()).unwrap();
        let mut kept: Vec<String> = reopened
            .read(|conn| {
                let mut stmt = conn.prepare("SELECT id FROM teams")?;
                stmt.query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .unwrap();
        let mut expected = acknowledged;
        kept.sort();
        expected.sort();
        assert_eq!(kept, expected, "failed and panicking writers leave nothing");
    }

    #[test]
    fn ids_look_like_cuids_and_differ() {
        let a = new_id();
        let b = new_id();
        assert_eq!(a.len(), 25);
        assert!(a.starts_with('c'));
        assert!(
            a.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
        );
        assert_ne!(a, b);
    }

    #[test]
    fn api_keys_are_32_chars_without_dot() {
        let key = new_api_key();
        assert_eq!(key.len(), 32);
        assert!(!key.contains('.'));
    }

    #[test]
    fn passwords_verify() {
        let stored = hash_password("correct horse");
        assert!(verify_password("correct horse", &stored));
        assert!(!verify_password("wrong", &stored));
        assert!(!verify_password("x", "garbage"));
    }
}
