//! Issue 15: a deployment's component resources and properties are stored and answered as
//! given. Before the fix, `Deployment.workers/webserver/scheduler` answered fixed defaults
//! whatever a client had set.

mod common;

use houston_sandbox::{Sandbox, SandboxOptions};
use secrecy::ExposeSecret;
use serde_json::{Value, json};

use common::data;

const READ: &str = "query($w: Uuid!) { workspaceDeployments(workspaceUuid: $w) { label config properties
  workers { replicas terminationGracePeriodSeconds resources { requests { cpu memory } limits { cpu memory } } }
  webserver { resources { requests { cpu memory } limits { cpu memory } } }
  scheduler { resources { requests { cpu memory } limits { cpu memory } } } } }";

fn resources(cpu: i64, memory: i64) -> Value {
    json!({"requests": {"cpu": cpu, "memory": memory}, "limits": {"cpu": cpu, "memory": memory}})
}

#[tokio::test]
async fn component_resources_and_properties_are_answered_as_stored() {
    let dir = tempfile::tempdir().unwrap();
    let options = SandboxOptions::new(dir.path()).listen("127.0.0.1:0".parse().unwrap());
    let sb = Sandbox::start(options).await.unwrap();
    let (addr, admin) = (sb.addr(), sb.admin_token().expose_secret().to_string());
    let ws = data(
        addr,
        Some(&admin),
        "mutation { createWorkspace(label: \"res\") { id } }",
        json!({}),
    )
    .await["createWorkspace"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let create = "mutation($w: Uuid!, $l: String!, $workers: Workers, $webserver: Webserver, $scheduler: Scheduler, $p: JSON) {
      createDeployment(workspaceUuid: $w, type: \"airflow\", label: $l, workers: $workers, webserver: $webserver, scheduler: $scheduler, properties: $p) { id } }";
    data(addr, Some(&admin), create, json!({"w": ws, "l": "plain"})).await;
    let id = data(
        addr,
        Some(&admin),
        create,
        json!({
            "w": ws, "l": "sized",
            "workers": {"replicas": 3, "terminationGracePeriodSeconds": 300, "resources": resources(1000, 3840)},
            "webserver": {"resources": resources(700, 2688)},
            "scheduler": {"replicas": 2, "resources": resources(1500, 5760)},
            "p": {"extra_au": 4},
        }),
    )
    .await["createDeployment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let read = |d: Value| {
        d["workspaceDeployments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["label"].as_str().unwrap().to_string(), d.clone()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let all = read(data(addr, Some(&admin), READ, json!({"w": ws})).await);
    // The defaults are Kubernetes quantities in `config` and Ints in the typed fields.
    let plain = &all["plain"];
    assert_eq!(
        plain["config"]["workers"]["resources"]["limits"]["cpu"],
        "500m"
    );
    assert_eq!(
        plain["workers"]["resources"],
        resources(500, 1920),
        "{plain}"
    );
    assert_eq!(plain["workers"]["replicas"], 1);
    assert_eq!(plain["scheduler"]["resources"], resources(500, 1920));
    let sized = &all["sized"];
    assert_eq!(sized["workers"]["replicas"], 3, "{sized}");
    assert_eq!(sized["workers"]["terminationGracePeriodSeconds"], 300);
    assert_eq!(sized["workers"]["resources"], resources(1000, 3840));
    assert_eq!(sized["webserver"]["resources"], resources(700, 2688));
    assert_eq!(sized["scheduler"]["resources"], resources(1500, 5760));
    assert_eq!(sized["config"]["scheduler"]["replicas"], 2);
    assert_eq!(sized["properties"]["extra_au"], 4);
    // An update changes what it carries and keeps the rest.
    data(
        addr,
        Some(&admin),
        "mutation($d: Uuid!, $workers: Workers) { updateDeployment(deploymentUuid: $d, workers: $workers) { id } }",
        json!({"d": id, "workers": {"replicas": 5}}),
    )
    .await;
    data(
        addr,
        Some(&admin),
        "mutation($d: Uuid!, $p: JSON) { upsertDeployment(deploymentUuid: $d, properties: $p) { id } }",
        json!({"d": id, "p": {"extra_au": 6}}),
    )
    .await;
    let sized = &read(data(addr, Some(&admin), READ, json!({"w": ws})).await)["sized"];
    assert_eq!(sized["workers"]["replicas"], 5, "{sized}");
    assert_eq!(sized["workers"]["resources"], resources(1000, 3840));
    assert_eq!(sized["properties"]["extra_au"], 6);
}
