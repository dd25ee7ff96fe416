//! houston at home in a shell: completions, man page, a closed pipe, and the astro CLI's
//! contexts imported without touching its files.

use assert_cmd::Command;
use std::io::Read;
use std::process::Stdio;

fn houston() -> Command {
    crate::common::houston(&std::env::temp_dir())
}

#[test]
fn completions_and_man_page_come_from_the_command_definitions() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = houston().args(["completion", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("houston"), "{shell}");
        assert!(
            text.contains("service-account"),
            "{shell}: subcommands missing"
        );
    }
    let out = houston().args(["completion", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let man = houston().arg("man").output().unwrap();
    let page = String::from_utf8(man.stdout).unwrap();
    assert!(page.contains(".TH houston 1"), "{page}");
    let dir = tempfile::tempdir().unwrap();
    houston()
        .args(["man", "--out-dir", dir.path().to_str().unwrap()])
        .assert()
        .success();
    assert!(dir.path().join("houston-workspace-user-add.1").exists());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `houston completion bash | head -1`: the reader goes away after one line.
    let mut child = crate::common::houston_process(&std::env::temp_dir())
        .args(["completion", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: later writes hit a closed pipe.
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "exit {status:?}: {err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn astro_cli_contexts_are_imported_and_its_file_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let astro = dir.path().join("astro-config.yaml");
    let original = "context: apc_example_com\ncontexts:\n  apc_example_com:\n    domain: apc.example.com\n    token: canary-astro-token-0123456789abcdef\n    workspace: ckw1\n    last_used_workspace: ckw1\n  astronomer_io:\n    domain: astronomer.io\n    token: Bearer cloud-token-000000000000\n    organization: org1\n  localhost:\n    domain: localhost\n    token: \"\"\nlocal:\n  houston: http://localhost:8871/v1\n";
    std::fs::write(&astro, original).unwrap();
    let config = dir.path().join("houston.toml");
    let out = houston()
        .env("HOUSTON_CONFIG", &config)
        .args([
            "context",
            "import-astro",
            "--file",
            astro.to_str().unwrap(),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(!text.contains("canary-astro-token"), "token shown: {text}");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let status = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .map(|r| r["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(status("apc.example.com"), "imported");
    assert!(status("astronomer.io").starts_with("skipped"));
    assert!(status("localhost").contains("without a token"));
    assert_eq!(
        std::fs::read_to_string(&astro).unwrap(),
        original,
        "the astro CLI's file changed"
    );
    let saved = std::fs::read_to_string(&config).unwrap();
    assert!(saved.contains("current = \"apc.example.com\""), "{saved}");
    assert!(
        saved.contains("url = \"http://localhost:8871/v1\""),
        "{saved}"
    );
    let show = houston()
        .env("HOUSTON_CONFIG", &config)
        .args(["context", "show", "-o", "json"])
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(shown["url"], "https://houston.apc.example.com/v1");
    assert_eq!(shown["workspace"], "ckw1");
    assert_eq!(shown["token"], "****cdef");
    // Importing again does not clobber what is there.
    let again = houston()
        .env("HOUSTON_CONFIG", &config)
        .args([
            "context",
            "import-astro",
            "--file",
            astro.to_str().unwrap(),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("skipped: exists"));
}
