//! Shell recipes from the docs, run as written, so the docs cannot drift from the binary.
//!
//! A recipe is a ```sh block right after a `<!-- recipe: NAME … -->` line; the test runs it
//! with `sh -eu` in an empty directory, with the built `houston` first on `PATH` and nothing
//! of this machine's configuration.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The ```sh block that follows the `<!-- recipe: NAME` marker in `doc`.
fn recipe(doc: &str, name: &str) -> String {
    let marker = format!("<!-- recipe: {name}");
    let start = doc
        .find(&marker)
        .unwrap_or_else(|| panic!("no `{marker}` in the doc"));
    let rest = &doc[start..];
    let open = rest
        .find("```sh\n")
        .expect("a ```sh block after the marker")
        + "```sh\n".len();
    let close = rest[open..].find("```").expect("the block's closing fence");
    rest[open..open + close].to_string()
}

/// Runs `script` with `sh -eu` in `dir`; kills it after `limit` so a recipe that waits forever
/// fails instead of stalling the suite. Returns (exit code, stdout, stderr).
fn run_sh(dir: &Path, script: &str, limit: Duration) -> (Option<i32>, String, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_houston"));
    let path = std::env::join_paths(std::iter::once(bin.parent().unwrap().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let out_path = dir.join("recipe.stdout");
    let err_path = dir.join("recipe.stderr");
    let mut child = Command::new("sh")
        .args(["-eu", "-c", script])
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir)
        // The default sandbox directory is empty: a recipe that reads the default sandbox's
        // token instead of its own fails here.
        .env("XDG_DATA_HOME", dir.join("xdg-data"))
        .env("HOUSTON_CONFIG", dir.join("config.toml"))
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("sh runs");
    let deadline = Instant::now() + limit;
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    (
        code,
        std::fs::read_to_string(out_path).unwrap_or_default(),
        std::fs::read_to_string(err_path).unwrap_or_default(),
    )
}

/// Stops a `sandbox serve` the recipe left running (it failed before its `kill`): the lock file
/// names its process.
fn stop_leftover(data: &Path) {
    let Ok(text) = std::fs::read_to_string(data.join("lock")) else {
        return;
    };
    let Ok(pid) = text.trim().parse::<u32>() else {
        return;
    };
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    if String::from_utf8_lossy(&cmdline).contains("sandbox") {
        let _ = Command::new("kill").arg(pid.to_string()).status();
    }
}

#[test]
fn the_sandbox_token_recipe_runs_as_written() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/sandbox.md")).unwrap();
    let script = recipe(&doc, "sandbox-token");
    // What issue 13 item 6 found: the recipe started a sandbox in ./sb and read the default one's
    // token. It must name the directory it started.
    assert!(script.contains("sandbox env --data ./sb"), "{script}");
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run_sh(dir.path(), &script, Duration::from_secs(120));
    stop_leftover(&dir.path().join("sb"));
    assert_eq!(
        code,
        Some(0),
        "the recipe failed\n--- script\n{script}\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    // `sandbox status` said where it serves, then `workspace list` (JSON in a pipe) listed the
    // demo workspace of *this* sandbox, as its administrator.
    assert!(stderr.contains("A sandbox serves"), "{stderr}");
    let printed: Vec<serde_json::Value> = serde_json::Deserializer::from_str(&stdout)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
    let status = &printed[0];
    assert_eq!(status["running"], true, "{status}");
    let list = printed.last().unwrap();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|w| w["label"] == "demo"),
        "{list}"
    );
    // The token was exported, never printed by the commands that used it.
    let token = std::fs::read_to_string(dir.path().join("sb/admin-token")).unwrap();
    assert!(!stdout.contains(token.trim()) && !stderr.contains(token.trim()));
    // The recipe stopped its sandbox: the data directory is free again.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let reset = crate::common::houston(dir.path())
            .args(["sandbox", "reset", "--yes", "--data", "./sb"])
            .output()
            .unwrap();
        if reset.status.success() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the sandbox still holds ./sb: {}",
            String::from_utf8_lossy(&reset.stderr)
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The names under `Commands:` in a clap help text (aliases and `help` left out).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // a command's name is indented by two; wrapped descriptions by more
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// The help text of `houston ARGS --help`.
fn help(dir: &Path, args: &[&str]) -> String {
    let out = crate::common::houston(dir)
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?} --help failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// README's command table, `--help` and docs tell one story (issue 13 item 6: the table left out
/// `schema pull|check`, and the top-level help listed `context` without `show` and
/// `import-astro`): every command and every subcommand of it has a row in the table, and the
/// top-level help's one-line summary of `context` names all of its subcommands.
#[test]
fn the_readme_command_table_names_every_command() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("## Commands"))
        .skip_while(|l| !l.starts_with("| command"))
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(!table.is_empty(), "README has no command table");
    let dir = tempfile::tempdir().unwrap();
    let top = help(dir.path(), &[]);
    let mut missing = Vec::new();
    for command in subcommands(&top) {
        let rows: Vec<&&str> = table
            .iter()
            .filter(|row| row.contains(&format!("`{command}")))
            .collect();
        if rows.is_empty() {
            missing.push(command.clone());
            continue;
        }
        // `airflow …` and `astro …` have sections and guides of their own.
        if matches!(command.as_str(), "airflow" | "astro") {
            continue;
        }
        for sub in subcommands(&help(dir.path(), &[&command])) {
            if !rows.iter().any(|row| row.contains(&sub)) {
                missing.push(format!("{command} {sub}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "README's command table lacks: {missing:?}\n{}",
        table.join("\n")
    );
    let context_line = top
        .lines()
        .find(|l| l.trim_start().starts_with("context "))
        .expect("`context` in the top-level help");
    for sub in subcommands(&help(dir.path(), &["context"])) {
        assert!(
            context_line.contains(&sub),
            "the top-level help's `context` line does not name `{sub}`: {context_line}"
        );
    }
}
