//! `houston gen`, through the real binary: scaffolds, lists, refuses what it should, and what it
//! writes compiles into typed code (a copy of this crate is built with the generated file added).

use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

use crate::common::houston;

#[test]
fn writes_a_validated_file_under_its_area_and_refuses_to_clobber() {
    let dir = tempfile::tempdir().unwrap();
    houston(dir.path())
        .args(["gen", "workspaceUser", "--depth", "0"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "wrote queries/workspace/workspaceUser.graphql (query workspaceUser)",
        ));
    let path = dir.path().join("queries/workspace/workspaceUser.graphql");
    let text = std::fs::read_to_string(&path).unwrap();
    // Issue 13 item 3: the first line names the command, as houston's own checks require of
    // every operation file (`every_checked_in_operation_has_its_command`).
    let (header, body) = text.split_once('\n').unwrap();
    assert_eq!(
        header,
        "# `houston query run queries/workspace/workspaceUser.graphql`: scaffolded by `houston gen workspaceUser`; say which command uses it."
    );
    assert!(
        body.starts_with("query workspaceUser($workspaceUuid: Uuid!"),
        "{text}"
    );
    // What it wrote passes the build's checks.
    houston(dir.path())
        .args(["query", "check", "queries"])
        .assert()
        .success();
    houston(dir.path())
        .args(["gen", "workspaceUser"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists; pass --force"));
    // Names are unique within the directory written into (not houston's own queries/): the
    // first workspaceAddUser here is new, a second one in another area is refused.
    houston(dir.path())
        .args(["gen", "workspaceAddUser"])
        .assert()
        .success();
    houston(dir.path())
        .args(["gen", "workspaceAddUser", "--area", "elsewhere"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "An operation named workspaceAddUser is already in queries/workspace/workspaceAddUser.graphql: choose another name with --name.",
        ));
    houston(dir.path())
        .args([
            "gen",
            "workspaceAddUser",
            "--name",
            "addUserFull",
            "--area",
            "x",
        ])
        .assert()
        .success();
    assert!(dir.path().join("queries/x/addUserFull.graphql").exists());
}

#[test]
fn unknown_fields_get_suggestions_and_list_filters() {
    let dir = tempfile::tempdir().unwrap();
    houston(dir.path())
        .args(["gen", "deploymentUser"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no root field `deploymentUser`; did you mean",
        ));
    let out = houston(dir.path())
        .args(["gen", "--list", "team", "-o", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let fields: Vec<Value> = serde_json::from_slice(&out).unwrap();
    assert!(!fields.is_empty());
    assert!(
        fields
            .iter()
            .all(|f| f["name"].as_str().unwrap().to_lowercase().contains("team"))
    );
    assert!(fields.iter().any(
        |f| f["kind"] == "mutation" && f["arguments"].as_array().is_some_and(|a| !a.is_empty())
    ));
    houston(dir.path())
        .args(["gen", "x", "--schema", "missing.graphql"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read the schema missing.graphql",
        ));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The crate's target directory (this test binary lives in `<target>/debug/deps/`), so the copy
/// reuses every compiled dependency and only builds itself.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_path_buf()
}

/// Ignored in a plain `cargo test`: checking the copy compiles every dependency again in check
/// mode, about 140 CPU-seconds, more than half of what the rest of this suite costs. What `houston
/// gen` writes passing the build's checks is asserted above on every run; this proves the
/// generated code compiles too, and `.ci/run` runs it (`cargo test --test integration
/// generated_operation -- --ignored`).
#[test]
#[ignore = "compiles a copy of the crate (minutes on 2 cores); .ci/run runs it with --ignored"]
fn a_generated_operation_compiles_into_typed_code() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("houston");
    for d in ["src", "schema", "queries", "crates"] {
        copy_dir(&Path::new(ROOT).join(d), &copy.join(d));
    }
    for f in ["Cargo.toml", "Cargo.lock", "build.rs"] {
        std::fs::copy(Path::new(ROOT).join(f), copy.join(f)).unwrap();
    }
    // Only the library: benches, tests and fuzz targets are not part of the copy.
    let manifest = std::fs::read_to_string(copy.join("Cargo.toml")).unwrap();
    let manifest = manifest.split("\n[[bench]]").next().unwrap().to_string();
    // Another package name: the copy shares this build's target directory (so dependencies are
    // not compiled again), and under the same name its artifacts would replace this build's own.
    let manifest = manifest.replacen("name = \"houston\"\n", "name = \"houston-gen-copy\"\n", 1);
    // The example crates (which depend on a package named houston) are not copied either.
    let manifest = manifest.replacen(", \"examples/custom-operation\"", "", 1);
    std::fs::write(copy.join("Cargo.toml"), manifest).unwrap();
    houston(&copy)
        .args([
            "gen",
            "deploymentUsers",
            "--name",
            "scaffoldedDeploymentUsers",
        ])
        .assert()
        .success();
    // A use of the generated types, compiled as part of the library.
    let mut lib = std::fs::read_to_string(copy.join("src/lib.rs")).unwrap();
    lib.push_str(
        "\n/// Compiles only if `houston gen` produced a typed operation.\npub fn _scaffolded(v: operations::scaffolded_deployment_users::Variables) -> Option<usize> {\n    let _: &str = <operations::ScaffoldedDeploymentUsers as crate::houston::Operation>::NAME;\n    let _ = v;\n    let r: Option<operations::scaffolded_deployment_users::ResponseData> = None;\n    r.and_then(|d| d.deployment_users).map(|u| u.len())\n}\n",
    );
    std::fs::write(copy.join("src/lib.rs"), lib).unwrap();
    // Check mode: the copy's path packages hash like this build's own (cargo hashes them by their
    // path inside the workspace), so building them would overwrite this build's artifacts.
    // `build-codegen` makes build.rs generate the new operation (without it the checked-in copy
    // of the operations is compiled).
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "check",
            "--lib",
            "--no-default-features",
            "--features",
            "build-codegen",
            "--offline",
            "--quiet",
        ])
        .current_dir(&copy)
        .env("CARGO_TARGET_DIR", target_dir())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo check of the copy failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
