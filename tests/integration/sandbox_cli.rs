//! The real `houston` binary against the sandbox: the README's first command on a machine with
//! nothing configured (`--sandbox`), and `sandbox serve` printing its listening line.

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

fn houston(data_home: &std::path::Path) -> Command {
    let mut cmd = crate::common::houston(data_home);
    cmd.env("HOME", data_home)
        .env("XDG_DATA_HOME", data_home.join("data"))
        .env("XDG_CONFIG_HOME", data_home.join("config"));
    cmd
}

#[test]
fn readme_first_command_works_on_a_fresh_machine() {
    let home = tempfile::tempdir().unwrap();
    houston(home.path())
        .args([
            "--sandbox",
            "workspace",
            "user",
            "add",
            "--workspace",
            "demo",
            "--email",
            "ada@example.com",
            "--role",
            "WORKSPACE_EDITOR",
        ])
        .assert()
        .success()
        .stderr(contains("new sandbox in"))
        .stdout(contains("ada@example.com"));
    let token = home.path().join("data/houston/sandbox/admin-token");
    assert!(token.exists(), "admin token written");
    // Second run: same state, no "new sandbox" message; the invite exists already, which is
    // "unchanged", exit 0 (issue 13 item 2: the README's first command is rerunnable).
    houston(home.path())
        .args([
            "--sandbox",
            "workspace",
            "user",
            "add",
            "--workspace",
            "demo",
            "--email",
            "ada@example.com",
            "--role",
            "WORKSPACE_EDITOR",
        ])
        .assert()
        .success()
        .stderr(contains(
            "ada@example.com is already invited to workspace demo: unchanged.",
        ));
    houston(home.path())
        .args([
            "--sandbox",
            "deployment",
            "list",
            "--workspace",
            "demo",
            "-o",
            "json",
        ])
        .assert()
        .success()
        .stdout(contains(houston_sandbox::DEMO_RELEASE));
    // The token never shows up in output.
    let secret = std::fs::read_to_string(token).unwrap();
    houston(home.path())
        .args(["--sandbox", "workspace", "list"])
        .assert()
        .success()
        .stdout(contains(secret.trim()).not())
        .stderr(contains(secret.trim()).not());
}
