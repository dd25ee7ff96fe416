//! What a command costs in requests (issue 13, item 13): a command given a workspace or a
//! deployment sends what curl sends for the same operation, and nothing that grows with the
//! workspaces it does not touch. The sandbox numbers every answer (`x-request-id: sandbox-N`),
//! so the requests a command made are the difference of that counter around it.

use crate::common::{TestSandbox, ok};
use std::io::{Read, Write};

/// Requests the sandbox has answered so far (this look itself is one more).
fn answered(sb: &TestSandbox) -> u64 {
    let address = sb
        .url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "GET /v1 HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("x-request-id: sandbox-")
                .map(|n| n.trim().parse().unwrap())
        })
        .unwrap_or_else(|| panic!("no request id in {reply}"))
}

/// Runs the binary and returns its run and the requests it made.
fn counted(sb: &TestSandbox, args: &[&str]) -> (crate::common::Run, u64) {
    let before = answered(sb);
    let run = sb.houston(&sb.token, None, args);
    let after = answered(sb);
    (run, after - before - 1)
}

/// `n` more workspaces, one request.
async fn more_workspaces(sb: &TestSandbox, n: usize) {
    if n == 0 {
        return;
    }
    let mut query = String::from("mutation {");
    for i in 0..n {
        query.push_str(&format!(
            " w{i}: createWorkspace(label: \"extra-{i}\") {{ id }}"
        ));
    }
    query.push('}');
    sb.admin(&query, serde_json::json!({})).await;
}

fn demo_id(sb: &TestSandbox) -> String {
    let listed = ok(sb.houston(
        &sb.token,
        None,
        &[
            "workspace",
            "list",
            "-o",
            "json",
            "--jq",
            "[.[] | select(.label == \"demo\")][0].id",
        ],
    ));
    listed.stdout.trim().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_workspace_given_by_id_costs_one_request_however_many_workspaces_there_are() {
    let sb = TestSandbox::start();
    let id = demo_id(&sb);
    let mut costs = Vec::new();
    for extra in [0, 200] {
        more_workspaces(&sb, extra).await;
        let (run, list) = counted(
            &sb,
            &["deployment", "list", "--workspace", &id, "-o", "json"],
        );
        let listed = ok(run).json();
        assert!(
            listed.as_array().is_some_and(|l| !l.is_empty())
                && listed[0].get("runtimeVersion").is_some(),
            "the newest variant's fields: {listed}"
        );
        let (run, users) = counted(&sb, &["workspace", "user", "list", "-w", &id, "-o", "json"]);
        assert!(ok(run).json().as_array().is_some_and(|u| !u.is_empty()));
        let (run, by_label) = counted(&sb, &["deployment", "list", "-w", "demo", "-o", "json"]);
        assert_eq!(ok(run).json(), listed);
        let release = listed[0]["releaseName"].as_str().unwrap().to_string();
        let (run, get) = counted(&sb, &["deployment", "get", &release, "-o", "json"]);
        assert_eq!(ok(run).json()["releaseName"], release.as_str());
        costs.push((extra, list, users, by_label, get));
    }
    // One request each (the version probe rides in it); a label adds its one filtered look-up.
    assert_eq!(
        costs,
        [(0, 1, 1, 2, 1), (200, 1, 1, 2, 1)],
        "(extra workspaces, deployment list by id, user list by id, deployment list by label, deployment get)"
    );
}

#[test]
fn a_missing_workspace_id_says_so_in_the_same_words_as_before() {
    let sb = TestSandbox::start();
    let missing = "cnosuchworkspace000000000";
    for args in [
        &["deployment", "list", "-w", missing][..],
        &["workspace", "user", "list", "-w", missing],
        &["workspace", "get", missing],
        &["workspace", "team", "list", "-w", missing],
    ] {
        let run = sb.houston(&sb.token, None, args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "No workspace with id or label `{missing}` is visible to this token (list them with `houston workspace list`)."
            )),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn an_older_platform_gets_the_older_variant() {
    // 0.25 has no Astro Runtime fields: the folded answer says so and the older variant follows.
    let sb = TestSandbox::start_with(|o| o.platform_version("0.25.0"));
    let id = demo_id(&sb);
    let (run, cost) = counted(&sb, &["deployment", "list", "-w", &id, "-o", "json"]);
    let listed = ok(run).json();
    assert!(
        listed.as_array().is_some_and(|l| !l.is_empty())
            && listed[0].get("runtimeVersion").is_none(),
        "{listed}"
    );
    assert_eq!(cost, 2, "the newest variant, refused; then the older one");
    // Told the version, nothing is asked: one request, the right variant.
    let (run, cost) = counted(
        &sb,
        &[
            "--platform-version",
            "0.25.0",
            "deployment",
            "list",
            "-w",
            &id,
            "-o",
            "json",
        ],
    );
    assert_eq!(ok(run).json(), listed);
    assert_eq!(cost, 1);
}

fn library_client(sb: &TestSandbox, told: Option<houston::houston::Version>) -> houston::Client {
    houston::Client::builder(&sb.url)
        .token(Some(houston::Token::new(sb.token.clone())))
        .platform_version(told)
        .build()
        .unwrap()
}

/// The generated `versioned::…::call` (issue 11 item 3): one call per operation, the variant
/// picked by generated code from the platform's version, no index matching in the caller.
#[tokio::test(flavor = "multi_thread")]
async fn a_versioned_call_picks_its_variant_and_refuses_what_it_cannot_carry() {
    use houston::houston::{Error, Version};
    use houston::operations::versioned::{create_deployment, workspace_deployments};

    let sb = TestSandbox::start_with(|o| o.platform_version("0.25.0"));
    let id = demo_id(&sb);
    // The required variables; every other one `None` (the generated `Variables::new`).
    let create = |label: &str| create_deployment::Variables::new(id.clone(), label.to_string());

    // Told 0.25: a runtime version has no place in 0.25's createDeployment; refused, unsent.
    let told = library_client(&sb, Some(Version(0, 25, 0)));
    let before = answered(&sb);
    let refused = create_deployment::call(
        &told,
        create_deployment::Variables {
            runtime_version: Some("9.1.0".into()),
            ..create("never")
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        answered(&sb) - before,
        1,
        "only the counter's own look: nothing was sent"
    );
    match &refused {
        Error::NotCarried {
            operation,
            variables,
            platform,
        } => {
            assert_eq!(operation, "createDeployment");
            assert_eq!(variables, &["runtimeVersion".to_string()]);
            assert_eq!(*platform, Some(Version(0, 25, 0)));
        }
        other => panic!("{other:?}"),
    }
    assert!(refused.is_invalid() && !refused.was_sent());
    assert!(
        !refused.to_string().contains("--"),
        "no flag names: {refused}"
    );

    // Version unknown, a variable only the older variant takes: the version is asked first,
    // then the older variant is sent (not refused for the newest's sake).
    let unknown = library_client(&sb, None);
    let made = create_deployment::call(
        &unknown,
        create_deployment::Variables {
            airflow_version: Some("2.2.5".into()),
            ..create("old-style")
        },
    )
    .await
    .unwrap();
    match made.data {
        create_deployment::ResponseData::CreateDeployment(d) => {
            assert_eq!(
                d.create_deployment.unwrap().label.as_deref(),
                Some("old-style")
            )
        }
        other => panic!("the newest variant ran on 0.25: {other:?}"),
    }

    // A query on a fresh client: the newest variant with the probe folded in, refused by the
    // version the answer tells, then the older one: the caller sees one call.
    let fresh = library_client(&sb, None);
    let listed = workspace_deployments::call(
        &fresh,
        workspace_deployments::Variables {
            workspace_uuid: id.clone(),
        },
    )
    .await
    .unwrap();
    assert!(
        matches!(
            listed.data,
            workspace_deployments::ResponseData::WorkspaceDeployments(_)
        ),
        "{:?}",
        listed.data
    );
    assert_eq!(
        fresh.known_platform_version(),
        Some(Some(Version(0, 25, 0)))
    );
}

/// On a current platform the same call is one request and the newest variant.
#[tokio::test(flavor = "multi_thread")]
async fn a_versioned_query_on_a_current_platform_is_one_request() {
    use houston::operations::versioned::workspace_deployments;
    let sb = TestSandbox::start();
    let id = demo_id(&sb);
    let client = library_client(&sb, None);
    let before = answered(&sb);
    let listed = workspace_deployments::call(
        &client,
        workspace_deployments::Variables { workspace_uuid: id },
    )
    .await
    .unwrap();
    assert_eq!(
        answered(&sb) - before,
        2,
        "the call and the counter's own look"
    );
    assert!(matches!(
        listed.data,
        workspace_deployments::ResponseData::WorkspaceDeployments0290(_)
    ));
}

/// A library client that records the body of every request it sends.
fn observed_client(
    sb: &TestSandbox,
    told: Option<houston::houston::Version>,
) -> (
    houston::Client,
    std::sync::Arc<std::sync::Mutex<Vec<String>>>,
) {
    let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = bodies.clone();
    let observer: houston::http::Observer = std::sync::Arc::new(move |event| {
        if let houston::http::Event::Request {
            body: Some(body), ..
        } = event
        {
            seen.lock()
                .unwrap()
                .push(String::from_utf8_lossy(body).into_owned());
        }
    });
    let client = houston::Client::builder(&sb.url)
        .token(Some(houston::Token::new(sb.token.clone())))
        .platform_version(told)
        .observer(observer)
        .build()
        .unwrap();
    (client, bodies)
}

/// Issue 11, fifth session: a variable the operation gives a default is an `Option` left out
/// of the request when `None` (the operation's default applies), and a variable the picked
/// variant requires but left `None` is the typed `MissingVariable`, refused before sending.
#[tokio::test(flavor = "multi_thread")]
async fn a_versioned_call_leaves_defaults_out_and_refuses_a_missing_required_variable() {
    use houston::houston::{Error, Version};
    use houston::operations::versioned::{available_namespaces, create_deployment};

    // `$type: String! = "airflow"` in both createDeployment variants: not given, not sent.
    let old = TestSandbox::start_with(|o| o.platform_version("0.25.0"));
    let id = demo_id(&old);
    let (client, bodies) = observed_client(&old, Some(Version(0, 25, 0)));
    let made = create_deployment::call(
        &client,
        // `type_` left `None`: the operation's default, "airflow".
        create_deployment::Variables::new(id, "defaulted".into()),
    )
    .await
    .unwrap();
    match made.data {
        create_deployment::ResponseData::CreateDeployment(d) => {
            assert_eq!(
                d.create_deployment.unwrap().label.as_deref(),
                Some("defaulted")
            )
        }
        other => panic!("the 0.29 variant ran on 0.25: {other:?}"),
    }
    let sent = bodies.lock().unwrap().clone();
    assert_eq!(sent.len(), 1, "{sent:?}");
    let body: serde_json::Value = serde_json::from_str(&sent[0]).unwrap();
    assert_eq!(body["operationName"], "createDeployment", "{body}");
    assert_eq!(body["variables"]["label"], "defaulted", "{body}");
    assert!(
        body["variables"].get("type").is_none(),
        "the operation's default applies, not a copy of it: {body}"
    );

    // availableNamespaces from 1.0 on requires `$clusterId`; the union has it as an Option
    // because the older variant takes none.
    let sb = TestSandbox::start();
    let newest = Version::parse(houston_sandbox::NEWEST_PLATFORM_VERSION).unwrap();
    let (told, bodies) = observed_client(&sb, Some(newest));
    let before = answered(&sb);
    let refused =
        available_namespaces::call(&told, available_namespaces::Variables { cluster_id: None })
            .await
            .unwrap_err();
    assert_eq!(answered(&sb) - before, 1, "only the counter's own look");
    assert!(bodies.lock().unwrap().is_empty());
    match &refused {
        Error::MissingVariable {
            operation,
            variables,
            platform,
        } => {
            assert_eq!(operation, "availableNamespaces");
            assert_eq!(variables, &["clusterId".to_string()]);
            assert_eq!(*platform, Some(newest));
        }
        other => panic!("{other:?}"),
    }
    assert!(refused.is_invalid() && !refused.was_sent());
    assert!(
        refused.to_string().contains("`$clusterId`") && !refused.to_string().contains("--"),
        "GraphQL names, no flags: {refused}"
    );

    // Version unknown: the newest variant cannot be sent without the cluster, so the version
    // is asked (one request) and the operation itself never leaves.
    let (unknown, bodies) = observed_client(&sb, None);
    let refused = available_namespaces::call(
        &unknown,
        available_namespaces::Variables { cluster_id: None },
    )
    .await
    .unwrap_err();
    assert!(
        matches!(refused, Error::MissingVariable { .. }),
        "{refused:?}"
    );
    let sent = bodies.lock().unwrap().clone();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(!sent[0].contains("availableNamespaces"), "{sent:?}");

    // Given, it is sent and answered.
    let listed = available_namespaces::call(
        &told,
        available_namespaces::Variables {
            cluster_id: Some("sandbox-cluster".into()),
        },
    )
    .await
    .unwrap();
    assert!(
        matches!(
            listed.data,
            available_namespaces::ResponseData::AvailableNamespaces100(_)
        ),
        "{:?}",
        listed.data
    );

    // The CLI words it with the flag, exit 2, before sending the operation.
    let (run, cost) = counted(&sb, &["platform", "namespaces"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`$clusterId` is required by `availableNamespaces`")
            && run.stderr.contains("hint: give --cluster ID"),
        "{}",
        run.stderr
    );
    assert_eq!(cost, 1, "the version only");
    // Before 1.0 the operation takes no cluster: the flag is refused by name, nothing sent.
    let (run, cost) = counted(
        &sb,
        &[
            "--platform-version",
            "0.30.0",
            "platform",
            "namespaces",
            "--cluster",
            "sandbox-cluster",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--cluster is not available on Houston 0.30.0"),
        "{}",
        run.stderr
    );
    assert_eq!(cost, 0);
    // And without it an older platform lists its namespaces: the version, then the operation.
    let (run, cost) = counted(&old, &["platform", "namespaces", "-o", "json"]);
    let listed = ok(run).json();
    assert!(
        listed
            .as_array()
            .is_some_and(|l| l.iter().any(|n| n["name"] == "sandbox-namespace-1")),
        "{listed}"
    );
    assert_eq!(cost, 2, "the version, then availableNamespaces");
}
