//! Third-party Houston clients run unchanged against the sandbox (issue 14): `uuid` answers the
//! id, `config` is Houston-shaped, and the APC 1.x/2.x fields reporting tools select (cluster,
//! mode, plugins, task usage) answer data for an admin and FORBIDDEN for an outsider.

use crate::common;

use common::TestSandbox;
use serde_json::{Value, json};

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("<none>")
}

/// A user with no role anywhere, and their token.
async fn outsider(sb: &TestSandbox) -> String {
    let (status, body) = sb
        .post(
            None,
            "mutation($e: String!, $p: String!) { createUser(email: $e, password: $p) { user { id } } }",
            Some(json!({"e": "outsider@example.com", "p": "s3cret-passphrase"})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, body) = sb
        .post(
            None,
            "mutation($i: String, $p: String!) { createToken(identity: $i, password: $p) { token { value } } }",
            Some(json!({"i": "outsider@example.com", "p": "s3cret-passphrase"})),
        )
        .await;
    body["data"]["createToken"]["token"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string()
}

/// The replay of an S19-era client: it creates a workspace and deployments, then reads `uuid`
/// (a `Uuid!` in its generated code) and indexes `config["executor"]`.
#[tokio::test]
async fn created_objects_answer_uuid_and_a_houston_shaped_config() {
    let sb = TestSandbox::start();
    let ws = sb
        .admin(
            "mutation { createWorkspace(label: \"reports\") { id uuid } }",
            json!({}),
        )
        .await;
    let ws_id = ws["createWorkspace"]["id"].as_str().unwrap().to_string();
    assert_eq!(ws["createWorkspace"]["uuid"], json!(ws_id));

    let created = sb
        .admin(
            "mutation($w: Uuid!) { createDeployment(workspaceUuid: $w, type: \"airflow\", label: \"k8s\", \
               executor: KubernetesExecutor, workers: {replicas: 3}) { id uuid executor config } }",
            json!({"w": ws_id}),
        )
        .await;
    let d = &created["createDeployment"];
    assert_eq!(d["uuid"], d["id"], "{d}");
    let config = &d["config"];
    assert_eq!(config["executor"], "KubernetesExecutor", "{config}");
    assert_eq!(config["executor"], d["executor"]);
    assert_eq!(config["workers"]["replicas"], 3, "{config}");
    assert_eq!(config["scheduler"]["replicas"], 1, "{config}");
    assert!(
        config["scheduler"]["resources"]["limits"]["cpu"].is_string(),
        "{config}"
    );
    assert!(config["triggerer"]["replicas"].is_number(), "{config}");

    // The 1.x create path (upsertDeployment) stores the same shape.
    let upserted = sb
        .admin(
            "mutation($w: Uuid) { upsertDeployment(workspaceUuid: $w, label: \"celery\", executor: CeleryExecutor, \
               triggerer: {replicas: 2}) { id uuid config workspace { uuid } } }",
            json!({"w": ws_id}),
        )
        .await;
    let u = &upserted["upsertDeployment"];
    assert_eq!(u["uuid"], u["id"]);
    assert_eq!(u["workspace"]["uuid"], json!(ws_id));
    assert_eq!(u["config"]["executor"], "CeleryExecutor", "{u}");
    assert_eq!(u["config"]["workers"]["replicas"], 1, "{u}");
    assert_eq!(u["config"]["triggerer"]["replicas"], 2, "{u}");

    // An executor change shows in config too: the two never disagree.
    let id = u["id"].as_str().unwrap();
    let updated = sb
        .admin(
            "mutation($d: Uuid!) { updateDeployment(deploymentUuid: $d, executor: LocalExecutor) { executor config } }",
            json!({"d": id}),
        )
        .await;
    assert_eq!(
        updated["updateDeployment"]["config"]["executor"],
        "LocalExecutor"
    );

    // The seeded deployment and every user answer uuid too.
    let seeded = sb
        .admin(
            "{ sysWorkspaces { uuid deployments { uuid id config } } users(user: {}) { id uuid } }",
            json!({}),
        )
        .await;
    let demo = seeded["sysWorkspaces"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["deployments"].as_array().cloned().unwrap_or_default())
        .find(|d| d["config"]["triggerer"].is_object())
        .expect("the seeded deployment");
    assert_eq!(demo["uuid"], demo["id"]);
    assert_eq!(demo["config"]["executor"], "CeleryExecutor", "{demo}");
    for user in seeded["users"].as_array().unwrap() {
        assert_eq!(user["uuid"], user["id"], "{user}");
    }
}

#[tokio::test]
async fn cluster_mode_and_plugins_answer_for_members_only() {
    let sb = TestSandbox::start();
    let query = "query($r: String) { deployment(where: {releaseName: $r}) { clusterId mode analyticsPluginEnabled \
        airflowDbCleanupPluginEnabled cluster { id name k8sVersion cloudProvider status config createdAt } } }";
    let vars = json!({"r": houston_sandbox::DEMO_RELEASE});
    let data = sb.admin(query, vars.clone()).await;
    let d = &data["deployment"];
    assert_eq!(d["cluster"]["id"], d["clusterId"], "{d}");
    assert_eq!(d["cluster"]["status"], "ACTIVE");
    assert!(d["cluster"]["k8sVersion"].is_string(), "{d}");
    assert!(d["cluster"]["config"].is_object(), "{d}");
    assert_eq!(d["mode"], "helm");
    assert_eq!(d["analyticsPluginEnabled"], true);
    assert_eq!(d["airflowDbCleanupPluginEnabled"], false);

    let token = outsider(&sb).await;
    let (status, body) = sb.post(Some(&token), query, Some(vars)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(code(&body), "FORBIDDEN", "{body}");
    assert_eq!(body["data"]["deployment"], Value::Null);
}

#[tokio::test]
async fn task_usage_counts_are_consistent_and_refused_to_outsiders() {
    let sb = TestSandbox::start();
    let query = "query($r: String!, $s: DateTime, $e: DateTime) { deploymentTaskUsage(releaseName: $r, startDate: $s, endDate: $e) \
        { releaseName startDate endDate successfulTasks failedTasks totalTasks } }";
    let usage = |s: Option<&str>, e: Option<&str>| json!({"r": houston_sandbox::DEMO_RELEASE, "s": s, "e": e});
    // The seeded deployment was created today: the last 30 days hold exactly one day.
    let data = sb.admin(query, usage(None, None)).await;
    let u = &data["deploymentTaskUsage"];
    let (ok, failed, total) = (
        u["successfulTasks"].as_i64().unwrap(),
        u["failedTasks"].as_i64().unwrap(),
        u["totalTasks"].as_i64().unwrap(),
    );
    assert_eq!(total, ok + failed, "{u}");
    assert!(ok >= 20, "{u}");
    assert_eq!(u["releaseName"], houston_sandbox::DEMO_RELEASE);
    assert!(u["startDate"].as_str().unwrap() < u["endDate"].as_str().unwrap());

    // Deterministic: the same range answers the same counts.
    let again = sb.admin(query, usage(None, None)).await;
    assert_eq!(again["deploymentTaskUsage"]["totalTasks"], u["totalTasks"]);

    // Before the deployment existed there were no tasks.
    let before = sb
        .admin(query, usage(Some("2020-01-01"), Some("2020-02-01")))
        .await;
    assert_eq!(before["deploymentTaskUsage"]["totalTasks"], 0);

    let (status, body) = sb
        .post(
            Some(&sb.token),
            query,
            Some(usage(Some("2026-02-01"), Some("2026-01-01"))),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(code(&body), "BAD_USER_INPUT", "{body}");
    let (_, body) = sb
        .post(Some(&sb.token), query, Some(usage(Some("yesterday"), None)))
        .await;
    assert_eq!(code(&body), "BAD_USER_INPUT", "{body}");

    let token = outsider(&sb).await;
    let (_, body) = sb.post(Some(&token), query, Some(usage(None, None))).await;
    assert_eq!(code(&body), "FORBIDDEN", "{body}");
    let (_, body) = sb.post(None, query, Some(usage(None, None))).await;
    assert_ne!(body["errors"], Value::Null, "{body}");
}
