//! `houston export`, `plan -f` and `apply -f` against the sandbox: round trip, idempotence,
//! change and prune, a refused change and the rerun, kill -9 and the rerun, a canary secret in
//! no output or file, bad files with their position, the platform versions in the field, and
//! the shipped JSON Schema (fresh, and valid for every example file).

#[cfg(unix)]
use crate::common::houston_on_terminal;
use crate::common::{Run, TestSandbox, houston, houston_process, ok};
use std::path::Path;

/// The secret value of the tests: it must appear in no output, export, journal or key file.
const CANARY: &str = "canary-7f3a9d-never-print-me";

const FILE: &str = "\
# yaml-language-server: $schema=../schema/houston-state.schema.json
bypassInvite: true
workspaces:
  data-eng:
    description: Data engineering
    users:
      ada@example.com: WORKSPACE_ADMIN
      bob@example.com: WORKSPACE_EDITOR
      cy@example.com: WORKSPACE_VIEWER
    serviceAccounts:
      ci: WORKSPACE_EDITOR
    deployments:
      etl:
        description: Nightly loads
        releaseName: pinned-etl-0001
        executor: CeleryExecutor
        env:
          PARALLELISM: \"32\"
          WAREHOUSE_PASSWORD:
            secretFromEnv: APPLY_TEST_SECRET
        users:
          bob@example.com: DEPLOYMENT_EDITOR
        serviceAccounts:
          deployer: DEPLOYMENT_ADMIN
  analytics:
    users:
      ada@example.com: WORKSPACE_VIEWER
";

/// Runs houston against `sb` in `dir` with the canary in the environment (under both names the
/// file and an export use), failing if the canary or a token shows in its output.
fn run(sb: &TestSandbox, dir: &Path, args: &[&str]) -> Run {
    let mut cmd = houston(dir);
    cmd.env("HOUSTON_CONFIG", sb.dir().join("houston-cli.toml"))
        .env("HOUSTON_URL", &sb.url)
        .env("HOUSTON_TOKEN", &sb.token)
        .env("APPLY_TEST_SECRET", CANARY)
        .env("ETL_WAREHOUSE_PASSWORD", CANARY)
        .args(args);
    Run::capture(&mut cmd, &[sb.token.as_str(), CANARY])
}

fn export(sb: &TestSandbox, dir: &Path) -> String {
    ok(run(sb, dir, &["export"])).stdout
}

/// No file under `dir` holds the canary.
fn canary_in_no_file(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            canary_in_no_file(&path);
        } else if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(CANARY),
                "the canary secret is in {}",
                path.display()
            );
        }
    }
}

#[test]
fn round_trip_idempotence_change_and_prune() {
    for version in ["0.25.0", "1.0.0", "2.1.0"] {
        let a = TestSandbox::start_with(move |o| o.platform_version(version).demo(false));
        let work = tempfile::tempdir().unwrap();
        let dir = work.path();
        std::fs::write(dir.join("state.yaml"), FILE).unwrap();

        let planned = run(&a, dir, &["plan", "-f", "state.yaml"]);
        assert_eq!(
            planned.code, 3,
            "{version}: {}{}",
            planned.stdout, planned.stderr
        );
        for line in [
            "+ workspace data-eng",
            "+ deployment data-eng/etl (release pinned-etl-0001, CeleryExecutor)",
            "+ WAREHOUSE_PASSWORD = (secret from env APPLY_TEST_SECRET)",
            "+ deployment data-eng/etl service account deployer DEPLOYMENT_ADMIN",
            "Plan: 10 to add, 1 to change",
        ] {
            assert!(
                planned.stdout.contains(line),
                "{version}: {line}\n{}",
                planned.stdout
            );
        }
        // Keys are never printed: without a key directory, nothing is sent.
        let keyless = run(&a, dir, &["apply", "-f", "state.yaml", "--yes"]);
        assert_eq!(keyless.code, 2, "{}", keyless.stderr);
        assert!(keyless.stderr.contains("--key-dir"), "{}", keyless.stderr);
        let applied = ok(run(
            &a,
            dir,
            &["apply", "-f", "state.yaml", "--yes", "--key-dir", "keys"],
        ));
        assert!(applied.stderr.contains("0 failed"), "{}", applied.stderr);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&dir.join("keys")), 0o700);
            let keys: Vec<_> = std::fs::read_dir(dir.join("keys"))
                .unwrap()
                .flatten()
                .collect();
            assert_eq!(keys.len(), 2, "{keys:?}");
            for k in keys {
                assert_eq!(mode(&k.path()), 0o600, "{}", k.path().display());
            }
        }
        assert!(
            !dir.join("state.yaml.houston-journal").exists(),
            "a completed run leaves no journal"
        );
        // Idempotence: the plan is empty now (exit 0).
        let again = ok(run(&a, dir, &["plan", "-f", "state.yaml"]));
        assert!(
            again.stdout.contains("No changes"),
            "{version}: {}",
            again.stdout
        );
        let json = ok(run(&a, dir, &["plan", "-f", "state.yaml", "-o", "json"])).json();
        assert_eq!(json["changes"].as_array().unwrap().len(), 0);

        // Round trip: export A, apply it to an empty sandbox B, export B: the same document.
        let exported = export(&a, dir);
        for line in [
            "bob@example.com: WORKSPACE_EDITOR",
            "secretFromEnv: ETL_WAREHOUSE_PASSWORD",
            "PARALLELISM:",
            "deployer: DEPLOYMENT_ADMIN",
            "releaseName: pinned-etl-0001",
        ] {
            assert!(exported.contains(line), "{version}: {line}\n{exported}");
        }
        let b = TestSandbox::start_with(move |o| o.platform_version(version).demo(false));
        std::fs::write(
            dir.join("exported.yaml"),
            format!("bypassInvite: true\n{exported}"),
        )
        .unwrap();
        ok(run(
            &b,
            dir,
            &[
                "apply",
                "-f",
                "exported.yaml",
                "--yes",
                "--key-dir",
                "keys-b",
            ],
        ));
        assert_eq!(export(&b, dir), exported, "{version}");

        // Change a role and drop a user: ~ old → new, and the dropped user is "not managed"
        // until --prune removes her (never the admin applying it).
        let changed = FILE
            .replace(
                "bob@example.com: WORKSPACE_EDITOR",
                "bob@example.com: WORKSPACE_ADMIN",
            )
            .replace("      cy@example.com: WORKSPACE_VIEWER\n", "")
            .replace("PARALLELISM: \"32\"", "PARALLELISM: \"16\"");
        std::fs::write(dir.join("state.yaml"), &changed).unwrap();
        let diff = run(&a, dir, &["plan", "-f", "state.yaml"]);
        assert_eq!(diff.code, 3);
        for line in [
            "~ workspace data-eng user bob@example.com WORKSPACE_EDITOR → WORKSPACE_ADMIN",
            "~ PARALLELISM \"32\" → \"16\"",
            "not managed",
            "cy@example.com",
        ] {
            assert!(
                diff.stdout.contains(line),
                "{version}: {line}\n{}",
                diff.stdout
            );
        }
        let pruned = run(&a, dir, &["plan", "-f", "state.yaml", "--prune"]);
        assert!(
            pruned
                .stdout
                .contains("- workspace data-eng user cy@example.com"),
            "{}",
            pruned.stdout
        );
        assert!(
            pruned.stdout.contains("not pruned: that is you"),
            "{}",
            pruned.stdout
        );
        ok(run(
            &a,
            dir,
            &["apply", "-f", "state.yaml", "--prune", "--yes"],
        ));
        let settled = ok(run(&a, dir, &["plan", "-f", "state.yaml", "--prune"]));
        assert!(settled.stdout.contains("No changes"), "{}", settled.stdout);
        canary_in_no_file(dir);
    }
}

#[test]
fn an_invitation_counts_as_the_role_it_offers_and_round_trips() {
    let a = TestSandbox::start_with(|o| o.demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    // No bypassInvite: people unknown to the platform are invited, not added.
    let file = "\
workspaces:
  crew:
    users:
      newbie@example.com: WORKSPACE_EDITOR
      later@example.com: WORKSPACE_VIEWER
";
    std::fs::write(dir.join("crew.yaml"), file).unwrap();
    let applied = ok(run(&a, dir, &["apply", "-f", "crew.yaml", "--yes"]));
    assert!(
        applied.stdout.contains("added or invited"),
        "{}",
        applied.stdout
    );
    let invites = ok(run(&a, dir, &["invite", "list", "--workspace", "crew"])).stdout;
    assert!(invites.contains("newbie@example.com"), "{invites}");
    // The invitations meet the file: nothing to do.
    let again = ok(run(&a, dir, &["plan", "-f", "crew.yaml"]));
    assert!(again.stdout.contains("No changes"), "{}", again.stdout);
    // Export writes an invited user like a member, with the invitation's role ...
    let exported = export(&a, dir);
    assert!(
        exported.contains("newbie@example.com: WORKSPACE_EDITOR"),
        "{exported}"
    );
    // ... so export → apply to an empty platform → export is the same document.
    let b = TestSandbox::start_with(|o| o.demo(false));
    std::fs::write(dir.join("exported.yaml"), &exported).unwrap();
    ok(run(&b, dir, &["apply", "-f", "exported.yaml", "--yes"]));
    assert_eq!(export(&b, dir), exported);

    // Another role: the invitation is made again with it.
    std::fs::write(
        dir.join("crew.yaml"),
        file.replace(
            "newbie@example.com: WORKSPACE_EDITOR",
            "newbie@example.com: WORKSPACE_VIEWER",
        ),
    )
    .unwrap();
    let changed = run(&a, dir, &["plan", "-f", "crew.yaml"]);
    assert_eq!(changed.code, 3, "{}{}", changed.stdout, changed.stderr);
    assert!(
        changed.stdout.contains(
            "~ workspace crew user newbie@example.com (invited) WORKSPACE_EDITOR → WORKSPACE_VIEWER"
        ),
        "{}",
        changed.stdout
    );
    ok(run(&a, dir, &["apply", "-f", "crew.yaml", "--yes"]));
    let settled = ok(run(&a, dir, &["plan", "-f", "crew.yaml"]));
    assert!(settled.stdout.contains("No changes"), "{}", settled.stdout);

    // Left out of the file: "not managed" until --prune revokes the invitation.
    std::fs::write(
        dir.join("crew.yaml"),
        "workspaces:\n  crew:\n    users:\n      newbie@example.com: WORKSPACE_VIEWER\n",
    )
    .unwrap();
    let kept = run(&a, dir, &["plan", "-f", "crew.yaml"]);
    assert!(
        kept.stdout
            .contains("workspace crew user later@example.com (WORKSPACE_VIEWER, invited)"),
        "{}",
        kept.stdout
    );
    let pruned = run(&a, dir, &["plan", "-f", "crew.yaml", "--prune"]);
    assert!(
        pruned
            .stdout
            .contains("- workspace crew user later@example.com (invited) WORKSPACE_VIEWER"),
        "{}",
        pruned.stdout
    );
    let revoked = ok(run(
        &a,
        dir,
        &["apply", "-f", "crew.yaml", "--prune", "--yes"],
    ));
    assert!(
        revoked.stdout.contains("invitation revoked"),
        "{}",
        revoked.stdout
    );
    let invites = ok(run(&a, dir, &["invite", "list", "--workspace", "crew"])).stdout;
    assert!(!invites.contains("later@example.com"), "{invites}");
    assert!(invites.contains("newbie@example.com"), "{invites}");
    ok(run(&a, dir, &["plan", "-f", "crew.yaml", "--prune"]));
}

/// The operations a `--verbose` run sent, by name, in order.
fn sent_operations(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("> {"))
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&format!("{{{l}")).ok())
        .filter_map(|v| v["operationName"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn each_platform_version_gets_its_operation_variants_and_settings() {
    // (platform, the version-specific settings, the create operation(s), the update's)
    let cases: [(&str, &str, &[&str], &str); 5] = [
        ("0.25.0", "", &["createDeployment"], "updateDeployment"),
        // 0.28's createDeployment cannot carry the triggerer: an update follows it.
        (
            "0.28.0",
            "        triggererReplicas: 2\n",
            &["createDeployment", "updateDeployment_0_28_0"],
            "updateDeployment_0_28_0",
        ),
        (
            "0.29.0",
            "        runtimeVersion: 11.3.0\n        triggererReplicas: 2\n        dagDeployment:\n          type: volume\n          nfsLocation: 10.0.0.1:/dags\n",
            &["createDeployment_0_29_0"],
            "updateDeployment_0_28_0",
        ),
        (
            "1.0.0",
            "        runtimeVersion: 12.1.0\n        triggererReplicas: 2\n        dagDeployment:\n          type: dag_deploy\n",
            &["upsertDeployment_1_0_0"],
            "upsertDeployment_1_0_0",
        ),
        (
            "2.1.0",
            "        runtimeVersion: 12.1.0\n        triggererReplicas: 2\n        mode: helm\n        dagDeployment:\n          type: git_sync\n          repositoryUrl: https://git.example.com/dags.git\n          branchName: main\n",
            &["upsertDeployment_2_1_0"],
            "upsertDeployment_2_1_0",
        ),
    ];
    for (version, settings, create, update) in cases {
        let sb = TestSandbox::start_with(move |o| o.platform_version(version).demo(false));
        let work = tempfile::tempdir().unwrap();
        let dir = work.path();
        let file = format!(
            "workspaces:\n  ops:\n    deployments:\n      etl:\n        description: one\n        executor: CeleryExecutor\n{settings}"
        );
        std::fs::write(dir.join("d.yaml"), &file).unwrap();
        let applied = ok(run(
            &sb,
            dir,
            &["apply", "-f", "d.yaml", "--yes", "--verbose"],
        ));
        let sent = sent_operations(&applied.stderr);
        let mutations: Vec<&String> = sent
            .iter()
            .filter(|o| o.contains("Deployment") && !o.starts_with("houstonApply"))
            .collect();
        assert_eq!(mutations, create.to_vec(), "{version}: {sent:?}");
        // Every setting reads back: nothing left to do. The plan reads the version, the state
        // and the invitations: three requests, however much the platform holds.
        let settled = ok(run(&sb, dir, &["plan", "-f", "d.yaml", "--verbose"]));
        assert!(
            settled.stdout.contains("No changes"),
            "{version}: {}",
            settled.stdout
        );
        assert_eq!(
            sent_operations(&settled.stderr),
            [
                "platformVersionProbe",
                "houstonApplyState",
                "houstonApplyInvites"
            ],
            "{version}"
        );
        // A change goes through the version's update variant.
        let file = file
            .replace("description: one", "description: two")
            .replace("triggererReplicas: 2", "triggererReplicas: 3");
        std::fs::write(dir.join("d.yaml"), &file).unwrap();
        let changed = ok(run(
            &sb,
            dir,
            &["apply", "-f", "d.yaml", "--yes", "--verbose"],
        ));
        let sent = sent_operations(&changed.stderr);
        assert!(sent.iter().any(|o| o == update), "{version}: {sent:?}");
        if !settings.is_empty() {
            assert!(
                changed.stdout.contains("triggererReplicas: \"2\" → \"3\""),
                "{version}: {}",
                changed.stdout
            );
        }
        ok(run(&sb, dir, &["plan", "-f", "d.yaml"]));
        // Export writes the settings back (values with a colon may come quoted).
        let exported = export(&sb, dir);
        for line in file.lines().skip(4) {
            let (key, value) = line.trim().split_once(": ").unwrap_or((line.trim(), ""));
            if !value.contains(':') {
                assert!(
                    exported.contains(line.trim()),
                    "{version}: {key}\n{exported}"
                );
            }
        }
    }
    // A setting newer than the platform is refused with its position, before anything is sent.
    let sb = TestSandbox::start_with(|o| o.platform_version("1.0.0").demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(
        dir.join("mode.yaml"),
        "workspaces:\n  ops:\n    deployments:\n      etl:\n        mode: operator\n",
    )
    .unwrap();
    let refused = run(
        &sb,
        dir,
        &["apply", "-f", "mode.yaml", "--yes", "--verbose"],
    );
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(
            "mode.yaml:5:9: mode needs Houston 2.1.0 or later; Houston 1.0.0 cannot carry it"
        ),
        "{}",
        refused.stderr
    );
    let sent = sent_operations(&refused.stderr);
    assert!(
        sent.iter()
            .all(|o| !o.contains("Deployment") && !o.contains("Workspace")),
        "{sent:?}"
    );
}

const RESOURCES: &str = "\
workspaces:
  ops:
    deployments:
      etl:
        executor: CeleryExecutor
        workers:
          replicas: 2
          terminationGracePeriodSeconds: 300
          resources:
            requests:
              cpu: 1000
              memory: 3840
            limits:
              cpu: 1000
              memory: 3840
        webserver:
          resources:
            limits:
              cpu: 700
        scheduler:
          replicas: 2
          resources:
            limits:
              memory: 5760
";

#[test]
fn resources_and_extra_au_follow_the_file_on_each_platform_version() {
    // (platform, the update operation, whether it carries extra AU)
    let cases = [
        ("0.25.0", "updateDeployment", false),
        ("1.0.0", "upsertDeployment_1_0_0", true),
        ("2.1.0", "upsertDeployment_2_1_0", true),
    ];
    for (version, update, extra_au) in cases {
        let sb = TestSandbox::start_with(move |o| o.platform_version(version).demo(false));
        let work = tempfile::tempdir().unwrap();
        let dir = work.path();
        let mut file = RESOURCES.to_string();
        if extra_au {
            file.push_str("        extraAu: 3\n");
        }
        std::fs::write(dir.join("d.yaml"), &file).unwrap();
        ok(run(&sb, dir, &["apply", "-f", "d.yaml", "--yes"]));
        let settled = ok(run(&sb, dir, &["plan", "-f", "d.yaml"]));
        assert!(
            settled.stdout.contains("No changes"),
            "{version}: {}",
            settled.stdout
        );
        // A change shows old → new, field by field, and goes through the version's update.
        let file = file
            .replace(
                "replicas: 2\n          terminationGracePeriodSeconds",
                "replicas: 4\n          terminationGracePeriodSeconds",
            )
            .replace("memory: 5760", "memory: 7680")
            .replace("extraAu: 3", "extraAu: 5");
        std::fs::write(dir.join("d.yaml"), &file).unwrap();
        let planned = run(&sb, dir, &["plan", "-f", "d.yaml"]);
        assert_eq!(planned.code, 3, "{version}: {}", planned.stderr);
        for line in [
            "workers.replicas: \"2\" → \"4\"",
            "scheduler.resources.limits.memory: \"5760\" → \"7680\"",
        ] {
            assert!(
                planned.stdout.contains(line),
                "{version}: {line}\n{}",
                planned.stdout
            );
        }
        assert_eq!(
            planned.stdout.contains("extraAu: \"3\" → \"5\""),
            extra_au,
            "{version}: {}",
            planned.stdout
        );
        let changed = ok(run(
            &sb,
            dir,
            &["apply", "-f", "d.yaml", "--yes", "--verbose"],
        ));
        let sent = sent_operations(&changed.stderr);
        assert!(sent.iter().any(|o| o == update), "{version}: {sent:?}");
        ok(run(&sb, dir, &["plan", "-f", "d.yaml"]));
        // Export writes them; applied to an empty sandbox of the same version, the same export.
        let exported = export(&sb, dir);
        for line in [
            "replicas: 4",
            "terminationGracePeriodSeconds: 300",
            "memory: 7680",
            "cpu: 700",
        ] {
            assert!(exported.contains(line), "{version}: {line}\n{exported}");
        }
        assert_eq!(
            exported.contains("extraAu: 5"),
            extra_au,
            "{version}\n{exported}"
        );
        std::fs::write(dir.join("exported.yaml"), &exported).unwrap();
        let empty = TestSandbox::start_with(move |o| o.platform_version(version).demo(false));
        ok(run(&empty, dir, &["apply", "-f", "exported.yaml", "--yes"]));
        assert_eq!(export(&empty, dir), exported, "{version}");
    }
    // Before 1.0 extra AU is refused with its position, before anything is sent.
    let sb = TestSandbox::start_with(|o| o.platform_version("0.25.0").demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(
        dir.join("au.yaml"),
        format!("{RESOURCES}        extraAu: 3\n"),
    )
    .unwrap();
    let refused = run(&sb, dir, &["apply", "-f", "au.yaml", "--yes", "--verbose"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(
            "au.yaml:25:9: extraAu needs Houston 1.0.0 or later; Houston 0.25.0 cannot carry it"
        ),
        "{}",
        refused.stderr
    );
    let sent = sent_operations(&refused.stderr);
    assert!(
        sent.iter()
            .all(|o| !o.contains("Deployment") && !o.contains("Workspace")),
        "{sent:?}"
    );
}

/// A user with a password, and their token.
fn user_token(sb: &TestSandbox, email: &str) -> String {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let (status, body) = sb
            .post(
                None,
                "mutation($e: String!, $p: String!) { createUser(email: $e, password: $p) { token { value } } }",
                Some(serde_json::json!({"e": email, "p": "s3cret-passphrase"})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body["data"]["createUser"]["token"]["value"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_string()
    })
}

#[test]
fn a_workspace_admin_or_editor_token_plans_without_listing_teams() {
    // The demo workspace has the team data-platform (WORKSPACE_EDITOR). Listing every team
    // (paginatedTeams) needs a system role: before, plan failed on it for any other token.
    let sb = TestSandbox::start();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let admin = user_token(&sb, "wsadmin@example.com");
    let editor = user_token(&sb, "editor@example.com");
    ok(sb.add_user(
        "demo",
        "wsadmin@example.com",
        &["--role", "WORKSPACE_ADMIN"],
    ));
    ok(sb.add_user(
        "demo",
        "editor@example.com",
        &["--role", "WORKSPACE_EDITOR"],
    ));
    let file = "\
workspaces:
  demo:
    users:
      wsadmin@example.com: WORKSPACE_ADMIN
      newcomer@example.com: WORKSPACE_VIEWER
    teams:
      data-platform: WORKSPACE_VIEWER
";
    std::fs::write(dir.join("ws.yaml"), file).unwrap();
    let note =
        "note: this token may not list the platform's teams (paginatedTeams needs a system role)";
    for token in [&editor, &admin] {
        let planned = sb.houston(token, Some(dir), &["plan", "-f", "ws.yaml"]);
        assert_eq!(planned.code, 3, "{}{}", planned.stdout, planned.stderr);
        for line in [
            note,
            "~ workspace demo team data-platform WORKSPACE_EDITOR → WORKSPACE_VIEWER",
            "+ workspace demo user newcomer@example.com WORKSPACE_VIEWER",
        ] {
            assert!(planned.stdout.contains(line), "{line}\n{}", planned.stdout);
        }
    }
    // The workspace admin carries it out; then nothing is left, and the note stays.
    ok(sb.houston(&admin, Some(dir), &["apply", "-f", "ws.yaml", "--yes"]));
    let settled = ok(sb.houston(&admin, Some(dir), &["plan", "-f", "ws.yaml"]));
    assert!(settled.stdout.contains("No changes"), "{}", settled.stdout);
    assert!(settled.stdout.contains(note), "{}", settled.stdout);
    // For machines, the same note in `notes`.
    let json = ok(sb.houston(&admin, Some(dir), &["plan", "-f", "ws.yaml", "-o", "json"])).json();
    let notes = json["notes"].as_array().cloned().unwrap_or_default();
    assert!(
        notes.len() == 1 && notes[0].as_str().unwrap_or("").contains("paginatedTeams"),
        "{json}"
    );
    // A team the token cannot see is refused, saying why, before anything is sent.
    std::fs::write(
        dir.join("ghost.yaml"),
        "workspaces:\n  demo:\n    teams:\n      ghosts: WORKSPACE_VIEWER\n",
    )
    .unwrap();
    let ghost = sb.houston(&admin, Some(dir), &["apply", "-f", "ghost.yaml", "--yes"]);
    assert_eq!(ghost.code, 2, "{}", ghost.stderr);
    assert!(
        ghost.stderr.contains(
            "team ghosts has no role in what this token sees, and the token may not list the platform's teams"
        ),
        "{}",
        ghost.stderr
    );
    // A system admin's plan lists every team and has no note.
    let full = run(&sb, dir, &["plan", "-f", "ws.yaml"]);
    assert!(!full.stdout.contains("note:"), "{}", full.stdout);
}

/// A desired state big enough that an apply is still under way when the test acts on it.
fn big_file(dir: &Path) -> std::path::PathBuf {
    let mut file = String::from("bypassInvite: true\nworkspaces:\n");
    for w in 0..3 {
        file.push_str(&format!("  team-{w}:\n    users:\n"));
        for u in 0..150 {
            file.push_str(&format!("      user{u}@example.com: WORKSPACE_VIEWER\n"));
        }
    }
    let path = dir.join("big.yaml");
    std::fs::write(&path, &file).unwrap();
    path
}

/// `apply -f big.yaml --yes` as a process of its own.
fn spawn_apply(sb: &TestSandbox, dir: &Path) -> std::process::Command {
    let mut cmd = houston_process(dir);
    cmd.env("HOUSTON_CONFIG", sb.dir().join("houston-cli.toml"))
        .env("HOUSTON_URL", &sb.url)
        .env("HOUSTON_TOKEN", &sb.token)
        .args(["apply", "-f", "big.yaml", "--yes", "--concurrency", "2"]);
    cmd
}

/// A rerun finishes what is left, then the plan has nothing to do and the journal is gone.
fn rerun_converges(sb: &TestSandbox, dir: &Path) {
    let rerun = ok(run(sb, dir, &["apply", "-f", "big.yaml", "--yes"]));
    assert!(!rerun.stdout.contains("failed"), "{}", rerun.stdout);
    let settled = ok(run(sb, dir, &["plan", "-f", "big.yaml"]));
    assert!(settled.stdout.contains("No changes"), "{}", settled.stdout);
    assert!(!dir.join("big.yaml.houston-journal").exists());
}

#[test]
fn a_closed_stdout_stops_apply_cleanly_and_a_rerun_converges() {
    use std::io::BufRead;
    let sb = TestSandbox::start_with(|o| o.demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    big_file(dir);
    // `houston apply … | head -1`: read one line, close the pipe.
    let mut child = spawn_apply(&sb, dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("+ workspace"), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("stdout was closed"), "{stderr}");
    // The journal holds what was sent, and is whole: the rerun reads it.
    let journal = dir.join("big.yaml.houston-journal");
    assert!(
        journal.exists() || stderr.contains("nothing was sent"),
        "{stderr}"
    );
    rerun_converges(&sb, dir);
}

#[cfg(unix)]
#[test]
fn ctrl_c_during_apply_keeps_the_journal_and_a_rerun_converges() {
    let sb = TestSandbox::start_with(|o| o.demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    big_file(dir);
    let journal = dir.join("big.yaml.houston-journal");
    let child = spawn_apply(&sb, dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while std::fs::read_to_string(&journal)
        .map(|t| t.lines().count())
        .unwrap_or(0)
        <= 40
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the apply never got going"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(journal.exists(), "an interrupted run keeps its journal");
    rerun_converges(&sb, dir);
}

#[test]
fn teams_and_system_roles_follow_the_file() {
    // The demo data has the team data-platform (WORKSPACE_EDITOR in demo) and grace.
    let sb = TestSandbox::start();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let file = "\
systemRoles:
  users:
    grace@example.com: SYSTEM_VIEWER
  teams:
    data-platform: SYSTEM_VIEWER
workspaces:
  demo:
    teams:
      data-platform: WORKSPACE_VIEWER
";
    std::fs::write(dir.join("teams.yaml"), file).unwrap();
    let planned = run(&sb, dir, &["plan", "-f", "teams.yaml"]);
    assert_eq!(planned.code, 3, "{}{}", planned.stdout, planned.stderr);
    for line in [
        "+ system user grace@example.com SYSTEM_VIEWER",
        "+ system team data-platform SYSTEM_VIEWER",
        "~ workspace demo team data-platform WORKSPACE_EDITOR → WORKSPACE_VIEWER",
    ] {
        assert!(planned.stdout.contains(line), "{line}\n{}", planned.stdout);
    }
    ok(run(&sb, dir, &["apply", "-f", "teams.yaml", "--yes"]));
    let settled = ok(run(&sb, dir, &["plan", "-f", "teams.yaml"]));
    assert!(settled.stdout.contains("No changes"), "{}", settled.stdout);
    // An unknown team is refused before anything is sent.
    std::fs::write(
        dir.join("ghost.yaml"),
        "workspaces:\n  demo:\n    teams:\n      ghosts: WORKSPACE_VIEWER\n",
    )
    .unwrap();
    let ghost = run(&sb, dir, &["apply", "-f", "ghost.yaml", "--yes"]);
    assert_eq!(ghost.code, 2, "{}", ghost.stderr);
    assert!(
        ghost.stderr.contains("team ghosts does not exist"),
        "{}",
        ghost.stderr
    );
}

/// A 503 for the first request of operation `op`: the first run fails the `refused` changes
/// it carried and `failed` in all (what depends on them fails too), and the rerun does exactly
/// those.
fn refused_then_rerun(op: &str, extra: &[&str], refused: usize, failed: usize) {
    let sb = TestSandbox::start_with({
        let rule = format!("kind=503,op={op},nth=1");
        move |o| o.faults(vec![rule.parse().unwrap()]).demo(false)
    });
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(dir.join("state.yaml"), FILE).unwrap();
    let mut args = vec![
        "apply",
        "-f",
        "state.yaml",
        "--yes",
        "--concurrency",
        "1",
        "--key-dir",
        "keys",
    ];
    args.extend_from_slice(extra);
    let first = run(&sb, dir, &args);
    assert_eq!(first.code, 1, "{}{}", first.stdout, first.stderr);
    assert!(first.stdout.contains("HTTP 503"), "{}", first.stdout);
    assert_eq!(
        first.stdout.matches("HTTP 503").count(),
        refused,
        "{}",
        first.stdout
    );
    assert!(
        first.stderr.contains(&format!("{failed} failed")),
        "{}{}",
        first.stdout,
        first.stderr
    );
    let rerun = ok(run(
        &sb,
        dir,
        &["apply", "-f", "state.yaml", "--yes", "--key-dir", "keys"],
    ));
    assert!(
        rerun
            .stderr
            .contains(&format!("{failed} changes: {failed} done")),
        "{}",
        rerun.stderr
    );
    ok(run(&sb, dir, &["plan", "-f", "state.yaml"]));
}

#[test]
fn a_refused_change_does_not_stop_the_others_and_a_rerun_converges() {
    // One change per request: the refused request is one change.
    refused_then_rerun("workspaceAddUserQuietly", &["--batch-size", "1"], 1, 1);
}

#[test]
fn a_refused_batch_fails_its_changes_only_and_a_rerun_converges() {
    // The four workspace users of FILE share a request: its 503 is theirs, and bob's
    // deployment role (he is not in the workspace) fails after it; nothing else does.
    refused_then_rerun("workspaceAddUserQuietly_batch", &[], 4, 5);
}

#[test]
fn kill_9_during_apply_then_a_rerun_converges_with_nothing_done_twice() {
    let sb = TestSandbox::start_with(|o| o.demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    big_file(dir);
    let journal = dir.join("big.yaml.houston-journal");
    let mut child = spawn_apply(&sb, dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill once the user phase is under way (the journal holds some of its rows).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let lines = std::fs::read_to_string(&journal)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if lines > 40 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the apply never got going"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let rerun = ok(run(&sb, dir, &["apply", "-f", "big.yaml", "--yes"]));
    // Nothing the first run did is done again: every change of the rerun succeeds (a second
    // add of the same member would be refused as a duplicate), and the total adds up.
    assert!(!rerun.stdout.contains("failed"), "{}", rerun.stdout);
    let done: usize = rerun
        .stderr
        .split(" changes: ")
        .next()
        .and_then(|s| s.rsplit(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{}", rerun.stderr));
    assert!(done < 453, "the rerun redid everything: {}", rerun.stderr);
    let settled = ok(run(&sb, dir, &["plan", "-f", "big.yaml"]));
    assert!(settled.stdout.contains("No changes"), "{}", settled.stdout);
    assert!(!journal.exists(), "a completed rerun removes the journal");
}

#[test]
fn bad_files_are_refused_with_their_position_and_nothing_is_sent() {
    let sb = TestSandbox::start_with(|o| o.platform_version("0.25.0"));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let before = export(&sb, dir);
    let cases = [
        (
            "syntax.yaml",
            "workspaces:\n  a:\n    users: [unclosed\n",
            "syntax.yaml:3:",
        ),
        (
            "unknown.yaml",
            "workspaces:\n  a:\n    descripton: typo\n",
            "unknown.yaml:3:5: workspaces.a: unknown field `descripton`",
        ),
        (
            "role.yaml",
            "workspaces:\n  a:\n    users:\n      ada@example.com: WORKSPACE_OWNER\n",
            "role.yaml:4:24: workspaces.a.users.ada@example.com: unknown variant `WORKSPACE_OWNER`",
        ),
        (
            "dup.yaml",
            "workspaces:\n  a:\n    users:\n      ada@example.com: WORKSPACE_VIEWER\n      Ada@example.com: WORKSPACE_ADMIN\n",
            "is listed twice",
        ),
        (
            "bad.json",
            "{\"workspaces\": {\"a\": {\"userz\": {}}}}",
            "bad.json:1:",
        ),
        (
            "secret.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        env:\n          K:\n            secretFromEnv: X\n            secretFromFile: y\n",
            "secret.yaml:6:11: a secret takes exactly one",
        ),
        // Houston 0.25 has neither teams nor Astro Runtime versions.
        (
            "too-new.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        runtimeVersion: 12.1.0\n",
            "too-new.yaml:5:9: runtimeVersion needs Houston 0.29.0 or later; Houston 0.25.0 takes airflowVersion",
        ),
        (
            "teams.yaml",
            "workspaces:\n  a:\n    teams:\n      ops: WORKSPACE_VIEWER\n",
            "teams.yaml:3:5: teams need Houston 0.28.0 or later",
        ),
        (
            "triggerer.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        triggererReplicas: 2\n",
            "triggerer.yaml:5:9: triggererReplicas needs Houston 0.28.0 or later",
        ),
        (
            "dags.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        dagDeployment:\n          type: volume\n",
            "dags.yaml:5:9: dagDeployment needs Houston 0.29.0 or later",
        ),
        (
            "request.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        workers:\n          resources:\n            requests:\n              cpu: 2000\n            limits:\n              cpu: 1000\n",
            "request.yaml:8:15: requests.cpu 2000 is above limits.cpu 1000",
        ),
        (
            "gpu.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        scheduler:\n          resources:\n            limits:\n              gpu: 1\n",
            "gpu.yaml:8:15: workspaces.a.deployments.etl.scheduler.resources.limits: unknown field `gpu`",
        ),
        (
            "dagtype.yaml",
            "workspaces:\n  a:\n    deployments:\n      etl:\n        dagDeployment:\n          type: ftp\n",
            "dagtype.yaml:6:17: workspaces.a.deployments.etl.dagDeployment.type: unknown variant `ftp`",
        ),
    ];
    for (name, text, expected) in cases {
        std::fs::write(dir.join(name), text).unwrap();
        for command in ["plan", "apply"] {
            let r = run(
                &sb,
                dir,
                &[command, "-f", name, "--yes"][..if command == "plan" { 3 } else { 4 }],
            );
            assert_eq!(r.code, 2, "{name}: {}", r.stderr);
            assert!(r.stderr.contains(expected), "{name}: {}", r.stderr);
            assert!(
                r.stderr.contains("nothing was sent"),
                "{name}: {}",
                r.stderr
            );
        }
    }
    // A secret whose source is missing stops apply before anything is sent.
    std::fs::write(
        dir.join("unset.yaml"),
        "workspaces:\n  a:\n    deployments:\n      etl:\n        env:\n          K:\n            secretFromEnv: NOT_SET_ANYWHERE\n",
    )
    .unwrap();
    let unset = run(&sb, dir, &["apply", "-f", "unset.yaml", "--yes"]);
    assert_eq!(unset.code, 2, "{}", unset.stderr);
    assert!(
        unset
            .stderr
            .contains("unset.yaml:6:11: the environment variable NOT_SET_ANYWHERE"),
        "{}",
        unset.stderr
    );
    assert_eq!(export(&sb, dir), before);
}

/// Every example desired-state file: the tests' and the docs' (YAML blocks that hold
/// `workspaces:` or `systemRoles:` in README.md and docs/apply.md, and docs/examples/).
fn examples() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = vec![("tests: FILE".to_string(), FILE.to_string())];
    for doc in ["README.md", "docs/apply.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        for (i, block) in text.split("```yaml\n").skip(1).enumerate() {
            let block = block.split("```").next().unwrap();
            if block.contains("workspaces:") || block.contains("systemRoles:") {
                found.push((format!("{doc} block {}", i + 1), block.to_string()));
            }
        }
    }
    for entry in std::fs::read_dir(root.join("docs/examples"))
        .unwrap()
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "yaml" || e == "json") {
            found.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    found
}

#[test]
fn the_shipped_schema_is_fresh_and_every_example_file_follows_it() {
    let work = tempfile::tempdir().unwrap();
    let printed = ok(Run::capture(
        houston(work.path()).args(["export", "--schema"]),
        &[],
    ))
    .stdout;
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/houston-state.schema.json");
    let on_disk = std::fs::read_to_string(&shipped).unwrap_or_default();
    assert!(
        printed == on_disk,
        "{} is stale: regenerate it with `cargo run -- export --schema > schema/houston-state.schema.json`",
        shipped.display()
    );
    let schema: serde_json::Value = serde_json::from_str(&printed).unwrap();
    let location = "file:///houston-state.schema.json";
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(location, schema).unwrap();
    let validator = compiler.compile(location, &mut schemas).unwrap();
    let examples = examples();
    assert!(examples.len() >= 4, "{examples:?}");
    for (name, text) in examples {
        let value: serde_json::Value =
            serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{name} is not YAML: {e}"));
        if let Err(e) = schemas.validate(&value, validator) {
            panic!("{name}: {e:#}");
        }
        // The schema and the Rust types agree on it.
        serde_norway::from_str::<houston::apply::DesiredState>(&text)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // And the schema refuses what the types refuse.
    let bad = serde_json::json!({"workspaces": {"a": {"users": {"x@e.com": "WORKSPACE_OWNER"}}}});
    assert!(schemas.validate(&bad, validator).is_err());
}

/// A client of `sb` as the system administrator.
fn admin_client(sb: &TestSandbox) -> houston::Client {
    houston::Client::builder(&sb.url)
        .token(houston::Token::new(sb.token.clone()))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_batch_runs_every_alias_and_a_refused_one_fails_alone() {
    use houston::operations::{self as ops, Role};
    let sb = TestSandbox::start_with(|o| o.demo(false));
    let client = admin_client(&sb);
    let created = client
        .execute::<ops::CreateWorkspace>(ops::create_workspace::Variables {
            label: "batch".into(),
            description: None,
        })
        .await
        .unwrap();
    let id = created.raw["createWorkspace"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let add = |workspace: &str, email: &str| ops::workspace_add_user_quietly::Variables {
        workspace_uuid: workspace.to_string(),
        email: email.to_string(),
        role: Role::WorkspaceViewer,
        bypass_invite: Some(true),
    };
    let results = client
        .execute_batch::<ops::WorkspaceAddUserQuietly>(vec![
            add(&id, "first@example.com"),
            add("00000000-0000-4000-8000-000000000000", "lost@example.com"),
            add(&id, "third@example.com"),
        ])
        .await;
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok(), "{:?}", results[0]);
    assert!(results[2].is_ok(), "{:?}", results[2]);
    let refused = results[1].as_ref().unwrap_err();
    let errors = refused.graphql_errors();
    assert!(!errors.is_empty(), "{refused:?}");
    // The path reads as the operation alone would have answered it.
    assert_eq!(errors[0].path[0], "workspaceAddUser", "{refused:?}");
    // The calls after the refused one ran: both users are members.
    let users = client
        .execute::<ops::WorkspaceUsers>(ops::workspace_users::Variables {
            workspace_uuid: id.clone(),
        })
        .await
        .unwrap()
        .raw
        .to_string();
    for email in ["first@example.com", "third@example.com"] {
        assert!(users.contains(email), "{email} missing: {users}");
    }
    assert!(!users.contains("lost@example.com"), "{users}");
}

#[tokio::test]
async fn apply_sends_a_kind_of_change_in_batches_and_a_refused_change_fails_alone() {
    use houston::apply::{self, ApplyOptions, DesiredState};
    let sb = TestSandbox::start_with(|o| o.demo(false));
    let client = std::sync::Arc::new(admin_client(&sb));
    let two: DesiredState =
        serde_json::from_str(r#"{"workspaces": {"kept": {}, "moved": {}}}"#).unwrap();
    let plan = apply::plan(&client, &two, false).await.unwrap();
    let applied = apply::apply(&client, &plan, ApplyOptions::default())
        .await
        .unwrap();
    assert!(applied.report.complete(), "{:?}", applied.report);
    let mut users = serde_json::Map::new();
    for u in 0..7 {
        users.insert(format!("u{u}@example.com"), "WORKSPACE_VIEWER".into());
    }
    let desired: DesiredState = serde_json::from_value(serde_json::json!({
        "bypassInvite": true,
        "workspaces": {"kept": {"users": users}, "moved": {"users": users}}
    }))
    .unwrap();
    let mut plan = apply::plan(&client, &desired, false).await.unwrap();
    assert_eq!(plan.changes.len(), 14);
    // As if `moved` went away between plan and apply: the platform refuses its adds.
    plan.current.workspaces.get_mut("moved").unwrap().id =
        "00000000-0000-4000-8000-000000000000".into();
    let applied = apply::apply(
        &client,
        &plan,
        ApplyOptions {
            batch: Some(5),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(
        (applied.report.succeeded, applied.report.failed),
        (7, 7),
        "{:?}",
        applied.results
    );
    for r in &applied.results {
        let id = r.change.id();
        match &r.result {
            Ok(_) => assert!(id.contains("/kept/"), "{id}"),
            Err(e) => {
                assert!(id.contains("/moved/"), "{id}");
                assert!(!e.graphql_errors().is_empty(), "{id}: {e}");
            }
        }
    }
    // With the real id again, the rerun adds exactly the seven that failed.
    let plan = apply::plan(&client, &desired, false).await.unwrap();
    assert_eq!(plan.changes.len(), 7, "{:?}", plan.changes);
    let applied = apply::apply(&client, &plan, ApplyOptions::default())
        .await
        .unwrap();
    assert!(applied.report.complete(), "{:?}", applied.results);
    let settled = apply::plan(&client, &desired, false).await.unwrap();
    assert!(settled.changes.is_empty(), "{:?}", settled.changes);
}

/// What a terminal shows of `text` line by line: a carriage return starts the line again,
/// escape sequences (the bar's clearing) show nothing.
#[cfg(unix)]
fn screen_lines(text: &str) -> Vec<String> {
    let plain = regex_lite_strip(text);
    plain
        .split('\n')
        .map(|l| {
            l.rsplit('\r')
                .find(|s| !s.is_empty())
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// `text` without ANSI escape sequences (`ESC [ … letter`).
#[cfg(unix)]
fn regex_lite_strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(unix)]
#[test]
fn on_a_terminal_result_lines_and_the_progress_bar_do_not_mix() {
    let sb = TestSandbox::start_with(|o| o.demo(false));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    big_file(dir);
    let config = sb.dir().join("houston-cli.toml");
    // One change per request, one at a time: slow enough that the bar is drawn many times.
    let shown = houston_on_terminal(
        dir,
        &[
            ("HOUSTON_URL", &sb.url),
            ("HOUSTON_TOKEN", &sb.token),
            ("HOUSTON_CONFIG", config.to_str().unwrap()),
        ],
        &[
            "apply",
            "-f",
            "big.yaml",
            "--yes",
            "--concurrency",
            "1",
            "--batch-size",
            "1",
        ],
    );
    assert_eq!(shown.code, 0, "{}{}", shown.stdout, shown.stderr);
    assert!(
        shown.stdout.contains("/453"),
        "no bar was drawn: {:?}",
        shown.stdout
    );
    let lines = screen_lines(&shown.stdout);
    let results = lines
        .iter()
        .filter(|l| l.ends_with(": created") || l.ends_with(": added"))
        .count();
    assert_eq!(results, 453, "{lines:#?}");
    // A line written while the bar is drawn would follow the bar on its line.
    for line in lines.iter().filter(|l| l.contains("+ workspace")) {
        assert!(
            line.starts_with("+ workspace team-"),
            "a line mixed with the bar: {line:?}"
        );
    }
}
