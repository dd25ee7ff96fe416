//! Issue 12, "Done when" 1: every leaf command of the binary, run against a server that echoes
//! the credentials it received back in every shape a server answers with, prints the canary
//! nowhere and writes it to no file but the 0600 config file that holds it by design.
//!
//! The leaves are found by walking `houston … --help` (the clap tree as the binary sees it), so a
//! command added later is swept without anyone remembering to add it. A leaf's arguments are
//! filled in from its usage line; [`ARGS`] holds the few that need real values. Each leaf must
//! reach the echo server in some shape, unless [`LOCAL`] says why it sends nothing, or
//! [`SKIPPED`] why it is not run at all; a new leaf that does neither fails the test with what
//! to add.
//!
//! Every run gets a canary of its own (the Houston token, the Astro token, the Airflow key or
//! password are all that run's canary), so the echo server can tell which run reached it while
//! runs go in parallel, and a base URL that names its shape (`/s3`), so runs in every shape go
//! at once; a request that leaves its run's base URL fails the test.

use crate::common::echo::{EchoServer, SHAPES, Shape};
use base64::Engine as _;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Leaves that never talk to the echo server (they read or write local files only); they are
/// still run and checked for the canary in their output and files (a context listing, a shell
/// script, a sandbox token).
const LOCAL: &[(&str, &str)] = &[
    ("context add", "writes the config file"),
    ("context list", "reads the config file"),
    ("context use", "writes the config file"),
    ("context remove", "writes the config file"),
    ("context show", "reads the config file"),
    ("context import-astro", "reads the astro CLI's config file"),
    ("completion", "prints a generated script"),
    ("man", "prints a generated page"),
    ("sandbox token", "reads the local sandbox's data directory"),
    ("sandbox env", "reads the local sandbox's data directory"),
    ("sandbox status", "probes the local sandbox, not a context"),
    (
        "sandbox reset",
        "deletes the local sandbox's data directory",
    ),
    (
        "query check",
        "checks documents against the vendored schema",
    ),
    ("query list", "lists the checked-in operations"),
    ("query show", "prints a checked-in operation"),
    ("gen", "scaffolds from the vendored schema"),
    ("schema check", "compares two local schema files"),
];

/// Leaves not run at all, and why.
const SKIPPED: &[(&str, &str)] = &[(
    "sandbox serve",
    "a server that runs until stopped; it sends no credentials anywhere (its own token handling is tested in sandbox_cli)",
)];

/// Arguments for leaves whose usage line alone does not give a plausible call (files, enums,
/// either-or flags, something to change).
const ARGS: &[(&str, &[&str])] = &[
    // bulk runs: a journal beside the file, keys into a directory
    ("workspace user add", &["--from-file", "users.csv"]),
    (
        "workspace service-account create",
        &["--from-file", "accounts.csv", "--key-dir", "keys"],
    ),
    (
        "deployment user add",
        &["--deployment", "d1", "--from-file", "deployment-users.csv"],
    ),
    ("workspace user remove", &["--email", "a@example.com"]),
    (
        "workspace user update",
        &["--email", "a@example.com", "--role", "WORKSPACE_EDITOR"],
    ),
    ("deployment user list", &["--deployment", "d1"]),
    (
        "deployment user update",
        &[
            "--deployment",
            "d1",
            "--email",
            "a@example.com",
            "--role",
            "DEPLOYMENT_EDITOR",
        ],
    ),
    (
        "deployment user remove",
        &["--deployment", "d1", "--email", "a@example.com"],
    ),
    ("deployment team list", &["--deployment", "d1"]),
    (
        "deployment team add",
        &["--deployment", "d1", "--team", "t1"],
    ),
    (
        "deployment team update",
        &[
            "--deployment",
            "d1",
            "--team",
            "t1",
            "--role",
            "DEPLOYMENT_EDITOR",
        ],
    ),
    (
        "deployment team remove",
        &["--deployment", "d1", "--team", "t1"],
    ),
    ("deployment service-account list", &["--deployment", "d1"]),
    (
        "deployment service-account get",
        &["--deployment", "d1", "sa1"],
    ),
    (
        "deployment service-account create",
        &[
            "--deployment",
            "d1",
            "--label",
            "ci",
            "--key-file",
            "ci.key",
        ],
    ),
    (
        "deployment service-account delete",
        &["--deployment", "d1", "sa1"],
    ),
    (
        "workspace team update",
        &["--team", "t1", "--role", "WORKSPACE_EDITOR"],
    ),
    ("team system-role", &["t1", "SYSTEM_VIEWER"]),
    ("user system-role add", &["--role", "SYSTEM_VIEWER", "u1"]),
    (
        "user system-role remove",
        &["--role", "SYSTEM_VIEWER", "u1"],
    ),
    (
        "user create",
        &["--email", "a@example.com", "--password-stdin"],
    ),
    (
        "astro api-tokens create",
        &[
            "--name",
            "t",
            "--role",
            "ORGANIZATION_MEMBER",
            "--token-file",
            "astro.token",
        ],
    ),
    (
        "astro deployments create",
        &["--name", "d", "--cluster", "c1", "--workspace", "w1"],
    ),
    (
        "astro deployments update",
        &["d1", "--description", "renamed"],
    ),
    // the host the token is checked against, then saved with it
    (
        "astro login",
        &["--api-url", "{url}", "--organization", "o1"],
    ),
    ("astro api", &["GET", "/organizations"]),
    ("airflow api", &["GET", "/dags"]),
    (
        "airflow runs wait",
        &["dag1", "run1", "--wait-timeout", "2s"],
    ),
    (
        "astro deployments wait",
        &["d1", "--wait-timeout", "2s", "--interval", "1s"],
    ),
    ("query show", &["workspaces"]),
    ("workspace update", &["w1", "--label", "renamed"]),
    ("deployment update", &["d1", "--label", "renamed"]),
    ("plan", &["--file", "state.yaml"]),
    ("apply", &["--file", "state.yaml"]),
    ("context import-astro", &["--file", "astro.yaml"]),
    ("schema check", &["new.graphql"]),
];

/// A desired-state file for `plan` and `apply`.
const STATE: &str = "workspaces:\n  w1:\n    users:\n      a@example.com: WORKSPACE_VIEWER\n";

/// Leaves that read a secret from stdin get the run's canary there.
const STDIN: &[&str] = &["login", "astro login", "user create"];

/// A leaf of the command tree: its path (`["workspace", "user", "add"]`), its usage line, and
/// whether it takes `--yes` (a command that asks first: the sweep says yes, to reach the server).
type Leaf = (Vec<String>, String, bool);

/// The leaves of the command tree.
fn leaves(dir: &Path) -> Vec<Leaf> {
    let mut out = Vec::new();
    let mut todo = vec![Vec::<String>::new()];
    while let Some(path) = todo.pop() {
        let help = crate::common::houston(dir)
            .args(&path)
            .arg("--help")
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&help.stdout).into_owned();
        let mut subcommands = Vec::new();
        let mut inside = false;
        for line in help.lines() {
            if line.starts_with("Commands:") {
                inside = true;
            } else if inside && line.trim().is_empty() {
                inside = false;
            } else if inside
                && let Some(name) = line.strip_prefix("  ").and_then(|l| {
                    (!l.starts_with(' ')).then(|| l.split_whitespace().next().unwrap_or(""))
                })
                && name != "help"
            {
                subcommands.push(name.trim_end_matches(',').to_string());
            }
        }
        if subcommands.is_empty() {
            let usage = help
                .lines()
                .find_map(|l| l.strip_prefix("Usage: "))
                .unwrap_or_else(|| panic!("no usage line for {path:?}:\n{help}"))
                .to_string();
            let yes = help.lines().any(|l| l.trim_start().contains("--yes"));
            out.push((path, usage, yes));
        } else {
            for sub in subcommands {
                let mut next = path.clone();
                next.push(sub);
                todo.push(next);
            }
        }
    }
    out.sort();
    out
}

/// A plausible value for a placeholder of a usage line.
fn value_for(placeholder: &str) -> &'static str {
    match placeholder {
        "EMAIL" => "a@example.com",
        "ROLE" => "WORKSPACE_VIEWER",
        "METHOD" => "GET",
        "PATH" => "/x",
        "SHELL" => "bash",
        "KEY=VALUE" => "K=v",
        "FILE" => "q.graphql",
        "VERSION" => "1.2.3",
        "IMAGE" => "example/image:1",
        "URI" => "s3://bucket/key",
        "LABEL" | "NAME" => "canary-sweep",
        _ => "x1",
    }
}

/// The arguments for a leaf: the table's (`{url}` is the echo server's), else the required
/// positionals and options of its usage line.
fn arguments(name: &str, usage: &str, url: &str) -> Vec<String> {
    if let Some((_, args)) = ARGS.iter().find(|(n, _)| *n == name) {
        return args.iter().map(|a| a.replace("{url}", url)).collect();
    }
    let mut args = Vec::new();
    let mut words = usage.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if word.starts_with('[') {
            continue;
        }
        if let Some(flag) = word.strip_prefix("--") {
            args.push(format!("--{flag}"));
            if let Some(next) = words.peek()
                && next.starts_with('<')
            {
                let placeholder = next.trim_matches(['<', '>', '.']);
                args.push(value_for(placeholder).to_string());
                words.next();
            }
        } else if word.starts_with('<') {
            args.push(value_for(word.trim_matches(['<', '>', '.'])).to_string());
        }
    }
    args
}

/// What one run showed.
struct Outcome {
    leaf: String,
    shape: Shape,
    canary: String,
    problems: Vec<String>,
    took: Duration,
}

fn config_toml(url: &str, canary: &str) -> String {
    format!(
        "current = \"echo\"\n[contexts.echo]\nurl = \"{url}/v1\"\ntoken = \"{canary}\"\nworkspace = \"w1\"\nastro_token = \"{canary}\"\nastro_organization = \"o1\"\nastro_api_url = \"{url}\"\n"
    )
}

/// The forms of a secret that must not show: as is, and inside a Basic header.
fn forms(canary: &str) -> Vec<String> {
    vec![
        canary.to_string(),
        base64::engine::general_purpose::STANDARD.encode(format!("admin:{canary}")),
    ]
}

fn run_one(url: &str, (leaf, usage, yes): &Leaf, index: usize, shape: usize) -> Outcome {
    let name = leaf.join(" ");
    let canary = format!("cnry{shape}x{index}Q7e2xV9pL4mZ8wR1");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // the config file holds the tokens, so it is the owner's alone (as `login` writes it)
    houston::config::write_private(&d.join("config.toml"), config_toml(url, &canary).as_bytes())
        .unwrap();
    std::fs::write(d.join("q.graphql"), "query q { workspaces { id } }").unwrap();
    for (file, text) in [
        (
            "users.csv",
            "email,role\na@example.com,WORKSPACE_VIEWER\nb@example.com,WORKSPACE_EDITOR\n",
        ),
        (
            "deployment-users.csv",
            "email,role\na@example.com,DEPLOYMENT_VIEWER\nb@example.com,DEPLOYMENT_EDITOR\n",
        ),
        ("accounts.csv", "label\nci-1\nci-2\n"),
    ] {
        std::fs::write(d.join(file), text).unwrap();
    }
    std::fs::write(d.join("state.yaml"), STATE).unwrap();
    std::fs::write(
        d.join("astro.yaml"),
        format!(
            "context: echo\ncontexts:\n  echo:\n    domain: houston.echo.test\n    token: {canary}\n"
        ),
    )
    .unwrap();
    std::fs::write(d.join("new.graphql"), "type Query { x: Int }").unwrap();
    let mut cmd = crate::common::houston(d);
    cmd.timeout(Duration::from_secs(30))
        .env("HOME", d)
        .env("XDG_CONFIG_HOME", d.join("xdg-config"))
        .env("XDG_STATE_HOME", d.join("xdg-state"))
        .env("XDG_CACHE_HOME", d.join("xdg-cache"))
        .env("HOUSTON_SANDBOX_DATA", d.join("sandbox"))
        .env("AIRFLOW_URL", url);
    if shape.is_multiple_of(2) {
        cmd.env("AIRFLOW_API_KEY", &canary);
    } else {
        cmd.env("AIRFLOW_USERNAME", "admin")
            .env("AIRFLOW_PASSWORD", &canary);
    }
    cmd.args(leaf).args(arguments(&name, usage, url));
    if *yes {
        cmd.arg("--yes");
    }
    cmd.args(["--timeout", "3s", "--connect-timeout", "1s"]);
    // half the shapes ask the platform version first (its own request and error path)
    if shape.is_multiple_of(2) && leaf[0] != "astro" && leaf[0] != "airflow" {
        cmd.args(["--platform-version", "0.37.0"]);
    }
    if STDIN.contains(&name.as_str()) {
        cmd.write_stdin(format!("{canary}\n"));
    }
    let started = std::time::Instant::now();
    let out = cmd.output();
    let took = started.elapsed();
    let mut problems = Vec::new();
    match out {
        Err(e) => problems.push(format!("did not finish: {e}")),
        Ok(out) => {
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            if out.status.code() == Some(101) || text.contains("panicked at") {
                problems.push(format!("panicked:\n{text}"));
            }
            for form in forms(&canary) {
                if text.contains(&form) {
                    problems.push(format!("printed the credential:\n{text}"));
                }
            }
        }
    }
    for entry in walk(d) {
        let Ok(bytes) = std::fs::read(&entry) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        if !forms(&canary).iter().any(|f| text.contains(f.as_str())) {
            continue;
        }
        let inputs = ["astro.yaml"];
        let holds_tokens = entry.file_name().is_some_and(|n| n == "config.toml");
        if inputs.iter().any(|i| entry == d.join(i)) {
            continue;
        }
        #[cfg(unix)]
        let private = {
            use std::os::unix::fs::PermissionsExt;
            std::fs::metadata(&entry).unwrap().permissions().mode() & 0o077 == 0
        };
        #[cfg(not(unix))]
        let private = true;
        if !(holds_tokens && private) {
            problems.push(format!(
                "wrote the credential to {}",
                entry.strip_prefix(d).unwrap().display()
            ));
        }
    }
    Outcome {
        leaf: name,
        shape: SHAPES[shape],
        canary,
        problems,
        took,
    }
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn every_command_keeps_echoed_credentials_out_of_output_and_files() {
    let server = EchoServer::start();

    let scratch = tempfile::tempdir().unwrap();
    let all = leaves(scratch.path());
    assert!(all.len() > 50, "the walk found {} leaves", all.len());
    let names: BTreeSet<String> = all.iter().map(|(p, _, _)| p.join(" ")).collect();
    for (listed, _) in LOCAL.iter().chain(SKIPPED) {
        assert!(
            names.contains(*listed),
            "`{listed}` is listed but is no command any more"
        );
    }
    let runnable: Vec<_> = all
        .iter()
        .filter(|(p, _, _)| !SKIPPED.iter().any(|(s, _)| *s == p.join(" ")))
        .collect();
    // A LOCAL leaf sends nothing, so the server's shape cannot reach its output or files: it
    // runs once, under the first shape (whether it sent anything is still checked on that run).
    let is_local = |(p, _, _): &Leaf| LOCAL.iter().any(|(l, _)| *l == p.join(" "));
    let local = runnable.iter().filter(|l| is_local(l)).count();

    // A run spends most of its wall time waiting (process start, the server, the client's
    // retry delays on a truncated answer), not on a core: more workers than cores. Every
    // (leaf, shape) pair is one item of one queue, each run with a base URL in its own shape,
    // so the truncated shape's retry delays overlap the other shapes' work.
    let workers = std::thread::available_parallelism()
        .map(|n| n.get() * 8)
        .unwrap_or(16)
        .clamp(8, 24);
    let items: Vec<(usize, usize)> = (0..runnable.len())
        .flat_map(|i| (0..SHAPES.len()).map(move |shape| (i, shape)))
        .filter(|&(i, shape)| shape == 0 || !is_local(runnable[i]))
        .collect();
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(&(i, shape)) = items.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let outcome = run_one(&server.url_in_shape(shape), runnable[i], i, shape);
                    done.lock().unwrap().push(outcome);
                }
            });
        }
    });
    let outcomes = done.into_inner().unwrap();
    let seen = server.seen();
    let unshaped = server.unshaped();
    drop(server);
    assert!(
        unshaped.is_empty(),
        "requests left their run's base URL, so their shape was not the run's: {unshaped:?}"
    );

    let mut slowest: Vec<_> = outcomes
        .iter()
        .map(|o| (o.took, &o.leaf, o.shape))
        .collect();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    eprintln!("slowest runs: {:?}", &slowest[..5.min(slowest.len())]);
    for shape in &SHAPES {
        let runs: Vec<_> = outcomes.iter().filter(|o| o.shape == *shape).collect();
        let total: Duration = runs.iter().map(|o| o.took).sum();
        let over = runs
            .iter()
            .filter(|o| o.took > Duration::from_secs(1))
            .count();
        eprintln!(
            "{shape:?}: {} runs, {total:?} in all, {over} over 1 s",
            runs.len()
        );
    }
    let mut reached: BTreeMap<&str, bool> = BTreeMap::new();
    let mut failures = Vec::new();
    for o in &outcomes {
        *reached.entry(&o.leaf).or_default() |= seen.contains(&o.canary);
        for p in &o.problems {
            failures.push(format!("{} under {:?}: {p}", o.leaf, o.shape));
        }
    }
    for (leaf, reached) in &reached {
        let local = LOCAL.iter().any(|(l, _)| l == leaf);
        if local && *reached {
            failures.push(format!(
                "{leaf} is listed in LOCAL but sent its credential to the server: take it off"
            ));
        }
        if !local && !reached {
            failures.push(format!(
                "{leaf} never reached the server in any shape: give it arguments in ARGS, or list it in LOCAL or SKIPPED with the reason"
            ));
        }
    }
    assert_eq!(
        outcomes.len(),
        (runnable.len() - local) * SHAPES.len() + local,
        "every leaf that sends ran under every shape, every LOCAL leaf once"
    );
    assert!(
        failures.is_empty(),
        "{} problems over {} runs of {} commands:\n{}",
        failures.len(),
        outcomes.len(),
        runnable.len(),
        failures.join("\n")
    );
}
