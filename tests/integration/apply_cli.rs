//! `houston export`, `plan -f` and `apply -f` against the sandbox: round trip, idempotence,
//! change and prune, a refused change and the rerun, bad files with their position, and the
//! platform versions in the field.

use crate::common::{Run, TestSandbox, ok};
use std::path::Path;

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
  analytics:
    users:
      ada@example.com: WORKSPACE_VIEWER
";

fn run(sb: &TestSandbox, dir: &Path, args: &[&str]) -> Run {
    sb.houston(&sb.token, Some(dir), args)
}

fn export(sb: &TestSandbox, dir: &Path) -> String {
    ok(run(sb, dir, &["export"])).stdout
}

#[test]
fn round_trip_idempotence_change_and_prune() {
    for version in ["0.25.0", "1.0.0", "2.1.0"] {
        let a = TestSandbox::start_with(move |o| o.platform_version(version));
        let work = tempfile::tempdir().unwrap();
        let dir = work.path();
        std::fs::write(dir.join("state.yaml"), FILE).unwrap();

        let planned = run(&a, dir, &["plan", "-f", "state.yaml"]);
        assert_eq!(
            planned.code, 3,
            "{version}: {}{}",
            planned.stdout, planned.stderr
        );
        assert!(
            planned.stdout.contains("+ workspace data-eng"),
            "{}",
            planned.stdout
        );
        assert!(
            planned.stdout.contains("Plan: 6 to add"),
            "{}",
            planned.stdout
        );
        let applied = ok(run(&a, dir, &["apply", "-f", "state.yaml", "--yes"]));
        assert!(applied.stderr.contains("0 failed"), "{}", applied.stderr);
        // Idempotence: the plan is empty now (exit 0), and a second apply changes nothing.
        let again = ok(run(&a, dir, &["plan", "-f", "state.yaml"]));
        assert!(again.stdout.contains("No changes"), "{}", again.stdout);
        let json = ok(run(&a, dir, &["plan", "-f", "state.yaml", "-o", "json"])).json();
        assert_eq!(json["changes"].as_array().unwrap().len(), 0);

        // Round trip: export A, apply it to an empty sandbox B, export B: the same document.
        let exported = export(&a, dir);
        assert!(
            exported.contains("bob@example.com: WORKSPACE_EDITOR"),
            "{exported}"
        );
        let b = TestSandbox::start_with(move |o| o.platform_version(version).demo(false));
        std::fs::write(
            dir.join("exported.yaml"),
            format!("bypassInvite: true\n{exported}"),
        )
        .unwrap();
        ok(run(&b, dir, &["apply", "-f", "exported.yaml", "--yes"]));
        assert_eq!(export(&b, dir), exported, "{version}");

        // Change a role and drop a user: ~ old → new, and the dropped user is "not managed"
        // until --prune removes her.
        let changed = FILE
            .replace(
                "bob@example.com: WORKSPACE_EDITOR",
                "bob@example.com: WORKSPACE_ADMIN",
            )
            .replace("      cy@example.com: WORKSPACE_VIEWER\n", "");
        std::fs::write(dir.join("state.yaml"), &changed).unwrap();
        let diff = run(&a, dir, &["plan", "-f", "state.yaml"]);
        assert_eq!(diff.code, 3);
        assert!(
            diff.stdout.contains(
                "~ workspace data-eng user bob@example.com WORKSPACE_EDITOR → WORKSPACE_ADMIN"
            ),
            "{}",
            diff.stdout
        );
        assert!(diff.stdout.contains("not managed"), "{}", diff.stdout);
        assert!(diff.stdout.contains("cy@example.com"), "{}", diff.stdout);
        let pruned = run(&a, dir, &["plan", "-f", "state.yaml", "--prune"]);
        assert!(
            pruned
                .stdout
                .contains("- workspace data-eng user cy@example.com"),
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
    }
}

#[test]
fn a_refused_change_does_not_stop_the_others_and_a_rerun_converges() {
    let sb = TestSandbox::start_with(|o| {
        o.faults(vec![
            "kind=503,op=workspaceAddUserQuietly,nth=2".parse().unwrap(),
        ])
    });
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(dir.join("state.yaml"), FILE).unwrap();
    let first = run(
        &sb,
        dir,
        &["apply", "-f", "state.yaml", "--yes", "--concurrency", "1"],
    );
    assert_eq!(first.code, 1, "{}{}", first.stdout, first.stderr);
    assert!(first.stdout.contains("HTTP 503"), "{}", first.stdout);
    assert!(first.stderr.contains("1 failed"), "{}", first.stderr);
    let rerun = ok(run(&sb, dir, &["apply", "-f", "state.yaml", "--yes"]));
    assert!(
        rerun.stderr.contains("1 changes: 1 done"),
        "{}",
        rerun.stderr
    );
    ok(run(&sb, dir, &["plan", "-f", "state.yaml"]));
}

#[test]
fn bad_files_are_refused_with_their_position_and_nothing_is_sent() {
    let sb = TestSandbox::start();
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
            "role.yaml:4:7: `WORKSPACE_OWNER` is not a workspace role",
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
    assert_eq!(export(&sb, dir), before);
}
