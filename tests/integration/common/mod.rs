//! Shared integration-test helpers: a real Houston sandbox on `127.0.0.1:0`.
//!
//! ```ignore
//! mod common;
//!
//! #[test]
//! fn lists_workspaces() {
//!     let sb = common::TestSandbox::start();      // fresh store in a temp dir, demo data seeded
//!     common::houston(&sb.dir)                     // the binary, isolated from this machine
//!         .env("HOUSTON_URL", &sb.url)             // http://127.0.0.1:PORT/v1
//!         .env("HOUSTON_TOKEN", &sb.token)         // the system admin's token
//!         .args(["workspace", "list"])
//!         .assert().success();
//! }
//!
//! #[tokio::test]
//! async fn raw_graphql() {
//!     let sb = common::TestSandbox::start();
//!     let (status, body) = sb.post(Some(&sb.token), "{ workspaces { id label } }", None).await;
//!     assert_eq!(status, 200);
//! }
//! ```
//!
//! `start()` works from plain and `#[tokio::test]` tests alike: the sandbox runs on its own
//! runtime thread and stops (and its directory is removed) when the `TestSandbox` is dropped.
//! `start_with(|o| o.platform_version("0.29.0").demo(false))` changes the options.

#![allow(dead_code)]

pub mod echo;

use secrecy::ExposeSecret;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use houston_sandbox::{Sandbox, SandboxOptions};
use serde_json::Value;

pub struct TestSandbox {
    /// `http://127.0.0.1:PORT/v1`
    pub url: String,
    /// The system administrator's token (also in `dir/admin-token`).
    pub token: String,
    /// The sandbox's data directory.
    pub dir: PathBuf,
    _temp: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestSandbox {
    /// A fresh sandbox with the demo seed and the newest platform version.
    pub fn start() -> TestSandbox {
        Self::start_with(|o| o)
    }

    /// A fresh sandbox with adjusted options (listen address and data dir are fixed).
    pub fn start_with(
        adjust: impl FnOnce(SandboxOptions) -> SandboxOptions + Send + 'static,
    ) -> TestSandbox {
        let temp = tempfile::tempdir().expect("temp dir");
        let dir = temp.path().to_path_buf();
        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let data = dir.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let options =
                    adjust(SandboxOptions::new(&data)).listen("127.0.0.1:0".parse().unwrap());
                match Sandbox::start(options).await {
                    Ok(running) => {
                        let _ = ready_tx.send(Ok((
                            running.url(),
                            running.admin_token().expose_secret().to_string(),
                        )));
                        let _ = stop_rx.await;
                        running.shutdown().await;
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.to_string()));
                    }
                }
            });
        });
        let (url, token) = ready_rx
            .recv()
            .expect("sandbox thread")
            .unwrap_or_else(|e| panic!("sandbox failed to start: {e}"));
        TestSandbox {
            url,
            token,
            dir,
            _temp: temp,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// POSTs a GraphQL request; returns the HTTP status and the JSON body.
    pub async fn post(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Option<Value>,
    ) -> (u16, Value) {
        post(&self.url, token, query, variables).await
    }

    /// POSTs as the system administrator and returns `data`, panicking on any error.
    pub async fn admin(&self, query: &str, variables: Value) -> Value {
        let (status, body) = self.post(Some(&self.token), query, Some(variables)).await;
        assert_eq!(status, 200, "{body}");
        assert!(body.get("errors").is_none(), "{body}");
        body["data"].clone()
    }
}

impl Drop for TestSandbox {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// POSTs `{query, variables}` to `url` with an optional raw `authorization` header.
pub async fn post(
    url: &str,
    token: Option<&str>,
    query: &str,
    variables: Option<Value>,
) -> (u16, Value) {
    // One client per test thread (building one loads the system's CA roots, ~50 ms; a client's
    // connection pool belongs to the runtime it first ran on, hence not one per process).
    thread_local! {
        static CLIENT: reqwest::Client =
            houston::http::client(&houston::http::HttpOptions::default()).expect("client");
    }
    let client = CLIENT.with(Clone::clone);
    let mut req = client
        .post(url)
        .json(&serde_json::json!({"query": query, "variables": variables}));
    if let Some(t) = token {
        req = req.header("authorization", t);
    }
    let resp = req.send().await.expect("request reached the sandbox");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (status, body)
}

/// What a run of the real `houston` binary printed.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout as JSON, or a panic that shows both streams.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }

    /// Asserts exit 0 (showing both streams otherwise) and hands the run back.
    pub fn ok(self) -> Run {
        ok(self)
    }
}

/// Asserts exit 0, showing both streams otherwise.
pub fn ok(run: Run) -> Run {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    run
}

/// The `houston` binary, isolated from the machine the suite runs on: nothing inherited from the
/// environment but `PATH`, its config file inside `dir` (also the working directory, so no stray
/// `.env` is read), no colour, and a two-minute timeout so a hang fails instead of stalling the
/// suite. Every test runs the binary through this; callers add their own variables and arguments.
pub fn houston(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::from_std(houston_process(dir));
    cmd.timeout(std::time::Duration::from_secs(120));
    cmd
}

/// [`houston`] as a plain process, for tests that signal it or read its output as it comes.
pub fn houston_process(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_houston"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOUSTON_CONFIG", dir.join("config.toml"))
        .env("NO_COLOR", "1")
        .current_dir(dir);
    cmd
}

/// [`houston_process`] with `args` on a pseudo-terminal (util-linux `script`): stdout and
/// stderr are one terminal 120 columns wide, as in an interactive shell. The [`Run`]'s stdout
/// is everything the terminal showed.
#[cfg(unix)]
pub fn houston_on_terminal(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let quote = |a: &str| format!("'{}'", a.replace('\'', "'\\''"));
    let line = std::iter::once(env!("CARGO_BIN_EXE_houston"))
        .chain(args.iter().copied())
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ");
    let cmd = houston_process(dir);
    let mut script = std::process::Command::new("script");
    script
        .args([
            "-q",
            "-e",
            "-c",
            &format!("stty cols 120 rows 40; exec {line}"),
            "/dev/null",
        ])
        .env_clear()
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))),
        )
        .env("TERM", "xterm")
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(std::process::Stdio::null());
    let out = script
        .output()
        .expect("util-linux `script` runs the command on a pseudo-terminal");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    }
}

impl Run {
    /// Runs `cmd` to its end and fails the test if any of `secrets` appears in its output.
    pub fn capture(cmd: &mut assert_cmd::Command, secrets: &[&str]) -> Run {
        let out = cmd.output().unwrap();
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into(),
            stderr: String::from_utf8_lossy(&out.stderr).into(),
        };
        for secret in secrets.iter().filter(|s| !s.is_empty()) {
            assert!(
                !run.stdout.contains(secret) && !run.stderr.contains(secret),
                "a secret leaked:\n{}\n{}",
                run.stdout,
                run.stderr
            );
        }
        run
    }
}

impl TestSandbox {
    /// `workspace user add -w WORKSPACE --email EMAIL` and `more` (a role, `--bypass-invite`,
    /// `-o json`) as the system administrator, through the binary: where many CLI tests start.
    /// Not checked, since some tests expect it to fail: wrap it in [`ok`] otherwise.
    pub fn add_user(&self, workspace: &str, email: &str, more: &[&str]) -> Run {
        let mut args = vec![
            "workspace",
            "user",
            "add",
            "-w",
            workspace,
            "--email",
            email,
        ];
        args.extend_from_slice(more);
        self.houston(&self.token, None, &args)
    }

    /// Runs the real binary against this sandbox with `token`, in `dir` (or the sandbox's own
    /// directory), and checks that neither that token nor the admin's shows up in its output.
    pub fn houston(&self, token: &str, dir: Option<&Path>, args: &[&str]) -> Run {
        let mut cmd = houston(dir.unwrap_or(&self.dir));
        // One config file per sandbox, wherever the command runs.
        cmd.env("HOUSTON_CONFIG", self.dir.join("houston-cli.toml"))
            .env("HOUSTON_URL", &self.url)
            .env("HOUSTON_TOKEN", token)
            .args(args);
        Run::capture(&mut cmd, &[self.token.as_str(), token])
    }
}
