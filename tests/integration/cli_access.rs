//! Users, teams and service accounts of a workspace and of a deployment: one implementation,
//! two scopes, so each test runs the same steps on both. Where a service account's key goes is
//! checked before the account exists (issue 12 item 3).

use crate::common;

use common::{Run, TestSandbox, ok};
use serde_json::Value;
use std::path::Path;

const DEPLOYMENT: &str = "orbiting-telescope-0042";

fn houston(sb: &TestSandbox, args: &[&str]) -> Run {
    sb.houston(&sb.token, None, args)
}

/// `[noun, flag, target]` for each scope.
const SCOPES: [[&str; 3]; 2] = [
    ["workspace", "-w", "demo"],
    ["deployment", "-d", DEPLOYMENT],
];

fn labels(sb: &TestSandbox, scope: [&str; 3]) -> Vec<String> {
    let listed = ok(houston(
        sb,
        &[scope[0], "sa", "list", scope[1], scope[2], "-o", "json"],
    ))
    .json();
    listed
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["label"].as_str().map(str::to_string))
        .collect()
}

fn create_with_key_file(
    sb: &TestSandbox,
    scope: [&str; 3],
    label: &str,
    file: &Path,
    more: &[&str],
) -> Run {
    let mut args = vec![
        scope[0],
        "sa",
        "create",
        scope[1],
        scope[2],
        "--label",
        label,
        "--key-file",
        file.to_str().unwrap(),
        "-o",
        "json",
    ];
    args.extend_from_slice(more);
    houston(sb, &args)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Nothing but `*.key` files in `dir`: no temporary file holding a key is left behind.
fn only_keys(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".key") && !n.starts_with('.')),
        "{names:?}"
    );
    names
}

#[test]
fn a_key_file_that_cannot_take_the_key_fails_before_the_account_exists() {
    let sb = TestSandbox::start();
    for scope in SCOPES {
        let missing_dir = sb.dir.join("no-such-dir").join("k.key");
        let run = create_with_key_file(&sb, scope, "lost-a", &missing_dir, &[]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
        assert!(run.stderr.contains("nothing was sent"), "{}", run.stderr);

        let a_dir = sb.dir.join(format!("keys-{}", scope[0]));
        std::fs::create_dir(&a_dir).unwrap();
        let run = create_with_key_file(&sb, scope, "lost-b", &a_dir, &[]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("is a directory"), "{}", run.stderr);

        let existing = sb.dir.join(format!("{}.key", scope[0]));
        std::fs::write(&existing, "keep me\n").unwrap();
        let run = create_with_key_file(&sb, scope, "lost-c", &existing, &[]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("--force"), "{}", run.stderr);
        assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me\n");

        let now = labels(&sb, scope);
        for label in ["lost-a", "lost-b", "lost-c"] {
            assert!(!now.iter().any(|l| l == label), "{label} was created");
        }

        // --force replaces it, 0600, and leaves no temporary file.
        let created = ok(create_with_key_file(
            &sb,
            scope,
            "kept",
            &existing,
            &["--force"],
        ))
        .json();
        assert!(created["apiKey"].is_null());
        let key = std::fs::read_to_string(&existing).unwrap();
        assert_eq!(key.trim().len(), 32, "{key}");
        #[cfg(unix)]
        assert_eq!(mode(&existing), 0o600);
        let strays: Vec<_> = std::fs::read_dir(&sb.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(strays.is_empty(), "{strays:?}");
    }
}

#[test]
fn the_system_scope_checks_its_key_file_too() {
    let sb = TestSandbox::start();
    let missing_dir = sb.dir.join("nowhere").join("sys.key");
    let run = houston(
        &sb,
        &[
            "system",
            "sa",
            "create",
            "--label",
            "never",
            "--key-file",
            missing_dir.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    let listed = ok(houston(&sb, &["system", "sa", "list", "-o", "json"])).json();
    assert!(
        !listed
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["label"] == "never"),
        "{listed}"
    );
}

#[test]
fn key_dirs_are_private_and_hold_only_keys() {
    let sb = TestSandbox::start();
    for scope in SCOPES {
        let rows = sb.dir.join(format!("{}-sa.csv", scope[0]));
        std::fs::write(&rows, "label,category\nci-one,CI\nci-two,CI\n").unwrap();
        let keys = sb.dir.join(format!("new/{}-keys", scope[0]));
        let run = ok(houston(
            &sb,
            &[
                scope[0],
                "sa",
                "create",
                scope[1],
                scope[2],
                "--from-file",
                rows.to_str().unwrap(),
                "--key-dir",
                keys.to_str().unwrap(),
                "-o",
                "json",
            ],
        ));
        assert!(!run.stdout.contains("apiKey\":\""), "{}", run.stdout);
        assert_eq!(only_keys(&keys), ["ci-one.key", "ci-two.key"]);
        #[cfg(unix)]
        {
            assert_eq!(mode(&keys), 0o700);
            assert_eq!(mode(&keys.join("ci-one.key")), 0o600);
        }

        // An existing directory others can read is refused before anything is sent.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let open = sb.dir.join(format!("{}-open", scope[0]));
            std::fs::create_dir(&open).unwrap();
            std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o755)).unwrap();
            std::fs::write(&rows, "label\nci-three\n").unwrap();
            let run = houston(
                &sb,
                &[
                    scope[0],
                    "sa",
                    "create",
                    scope[1],
                    scope[2],
                    "--from-file",
                    rows.to_str().unwrap(),
                    "--key-dir",
                    open.to_str().unwrap(),
                ],
            );
            assert_eq!(run.code, 2, "{}", run.stderr);
            assert!(run.stderr.contains("chmod 700"), "{}", run.stderr);
            assert!(!labels(&sb, scope).iter().any(|l| l == "ci-three"));
        }
    }
}

#[test]
fn users_and_teams_work_the_same_in_both_scopes() {
    let sb = TestSandbox::start();
    for (scope, role, other) in [
        (SCOPES[0], "WORKSPACE_EDITOR", "WORKSPACE_VIEWER"),
        (SCOPES[1], "DEPLOYMENT_EDITOR", "DEPLOYMENT_VIEWER"),
    ] {
        let [noun, flag, target] = scope;
        // A role of the other scope is refused when the line is parsed.
        let wrong = if noun == "workspace" {
            "DEPLOYMENT_VIEWER"
        } else {
            "WORKSPACE_VIEWER"
        };
        let run = houston(
            &sb,
            &[
                noun,
                "user",
                "add",
                flag,
                target,
                "--email",
                "x@example.com",
                "--role",
                wrong,
            ],
        );
        assert_eq!(run.code, 2, "{}", run.stderr);

        // Pat joins (created by the workspace add), then changes role and reads it back.
        let mut add = vec![
            noun,
            "user",
            "add",
            flag,
            target,
            "--email",
            "pat@example.com",
            "--role",
            other,
        ];
        if noun == "workspace" {
            add.push("--bypass-invite");
        }
        ok(houston(&sb, &add));
        let admin = "pat@example.com".to_string();
        let updated = ok(houston(
            &sb,
            &[
                noun, "user", "update", flag, target, "--email", &admin, "--role", role, "-o",
                "json",
            ],
        ))
        .json();
        assert_eq!(updated["role"], role, "{updated}");
        let listed = ok(houston(
            &sb,
            &[noun, "user", "list", flag, target, "-o", "json"],
        ))
        .json();
        let row = listed
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u.to_string().contains(&admin))
            .unwrap();
        assert_eq!(row["role"], role, "{listed}");
        ok(houston(
            &sb,
            &[
                noun, "user", "update", flag, target, "--email", &admin, "--role", other,
            ],
        ));

        // Removing someone who is not there says so, exit 1, whichever the scope.
        let run = houston(
            &sb,
            &[
                noun,
                "user",
                "remove",
                flag,
                target,
                "--email",
                "nobody@example.com",
                "--yes",
            ],
        );
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains("is not a user of"), "{}", run.stderr);
    }
    // Invitations are a workspace's: the flag is refused for a deployment, nothing sent.
    let run = houston(
        &sb,
        &[
            "deployment",
            "user",
            "add",
            "-d",
            DEPLOYMENT,
            "--email",
            "x@example.com",
            "--bypass-invite",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn a_deployment_takes_a_bulk_remove_like_a_workspace() {
    let sb = TestSandbox::start();
    let rows = sb.dir.join("people.csv");
    std::fs::write(&rows, "email,role\nann@example.com,\nbob@example.com,\n").unwrap();
    for [noun, flag, target] in SCOPES {
        ok(houston(
            &sb,
            &[
                noun,
                "user",
                "add",
                flag,
                target,
                "--from-file",
                rows.to_str().unwrap(),
                "--bypass-invite",
            ]
            .iter()
            .copied()
            .filter(|a| noun == "workspace" || *a != "--bypass-invite")
            .collect::<Vec<_>>(),
        ));
    }
    let run = ok(houston(
        &sb,
        &[
            "deployment",
            "user",
            "remove",
            "-d",
            DEPLOYMENT,
            "--from-file",
            rows.to_str().unwrap(),
            "-o",
            "json",
        ],
    ));
    let statuses: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["status"].clone())
        .collect();
    assert_eq!(statuses, ["removed", "removed"], "{}", run.stdout);
    let listed = ok(houston(
        &sb,
        &["deployment", "user", "list", "-d", DEPLOYMENT, "-o", "json"],
    ))
    .json();
    assert!(!listed.to_string().contains("ann@example.com"), "{listed}");
}

#[test]
fn bulk_results_come_in_input_order_and_lists_in_a_stable_one() {
    let sb = TestSandbox::start();
    // Already a member: planned as "unchanged" before any other row is sent, yet printed in
    // its place (line 3).
    ok(sb.add_user("demo", "mid@example.com", &["--bypass-invite"]));
    let rows = sb.dir.join("order.csv");
    let mut text = String::from("email\nzed@example.com\nmid@example.com\n");
    for i in 0..12 {
        text.push_str(&format!("u{i:02}@example.com\n"));
    }
    std::fs::write(&rows, text).unwrap();
    let run = ok(houston(
        &sb,
        &[
            "workspace",
            "user",
            "add",
            "-w",
            "demo",
            "--from-file",
            rows.to_str().unwrap(),
            "--bypass-invite",
            "--concurrency",
            "8",
            "-o",
            "json",
        ],
    ));
    let lines: Vec<u64> = run
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["line"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(lines, (2..=15).collect::<Vec<u64>>(), "{}", run.stdout);

    // The table too (a remove of the same rows).
    let table = ok(houston(
        &sb,
        &[
            "workspace",
            "user",
            "remove",
            "-w",
            "demo",
            "--from-file",
            rows.to_str().unwrap(),
            "--yes",
            "-o",
            "table",
        ],
    ))
    .stdout;
    let lines: Vec<u64> = table
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(lines, (2..=15).collect::<Vec<u64>>(), "{table}");

    // Lists by label or e-mail, whatever order the server keeps.
    for label in ["zeta", "alpha"] {
        ok(houston(&sb, &["workspace", "create", "--label", label]));
    }
    let listed = ok(houston(&sb, &["workspace", "list", "--jq", ".[].label"])).stdout;
    assert_eq!(listed, "alpha\ndemo\nzeta\n");
    for email in ["zoe@example.com", "abe@example.com"] {
        ok(sb.add_user("alpha", email, &["--bypass-invite"]));
    }
    let emails = ok(houston(
        &sb,
        &[
            "workspace",
            "user",
            "list",
            "-w",
            "alpha",
            "--jq",
            ".[].emails[0].address",
        ],
    ))
    .stdout;
    let emails: Vec<&str> = emails.lines().collect();
    let mut expected = emails.clone();
    expected.sort();
    assert_eq!(emails, expected);
    assert!(emails.contains(&"abe@example.com") && emails.contains(&"zoe@example.com"));
}
