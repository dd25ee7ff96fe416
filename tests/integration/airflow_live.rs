//! The Airflow client against a real Airflow 3 and Airflow 2.11 on loopback, started by
//! `scripts/airflow-test.sh` (which `.ci/run` calls). The servers are named by AIRFLOW3_* and
//! AIRFLOW2_* variables. A plain `cargo test` lists them as ignored with that reason; the script
//! runs them with `--ignored`, and run so without a server they fail rather than pass.
//!
//! The APC door (deployments URL + raw token), the "Token <key>" door, an expiring JWT and an
//! HTML 502 are played by a small reverse proxy in this file that checks the header and
//! forwards to the real Airflow.

use crate::airflow_proxy;

use airflow_proxy::{Proxy, ProxyConf};
use houston::Token;
use houston::airflow::{
    ApiVersion, Auth, Client, ConnectionSpec, DagFilter, DoorSpec, Error, Pages, PoolList,
    PoolSpec, Target, Trigger, door,
};
use houston::http::{FailureKind, RetryPolicy};
use serde_json::{Value, json};
use std::time::Duration;

/// One real Airflow from the environment.
#[derive(Clone)]
struct Airflow {
    major: u8,
    base: String,
    username: String,
    password: String,
}

fn airflows() -> Vec<Airflow> {
    // These tests are ignored unless asked for; asked for without a server, they fail.
    [(3u8, "AIRFLOW3"), (2, "AIRFLOW2")]
        .into_iter()
        .map(|(major, prefix)| {
            let var = |k: &str| std::env::var(format!("{prefix}_{k}")).ok();
            let base = var("BASE_URL").unwrap_or_else(|| {
                panic!(
                    "{prefix}_BASE_URL is not set: run these tests through scripts/airflow-test.sh"
                )
            });
            Airflow {
                major,
                base,
                username: var("USERNAME").unwrap_or_else(|| "admin".into()),
                password: var("PASSWORD").unwrap_or_else(|| "admin".into()),
            }
        })
        .collect()
}

fn quick_retry() -> RetryPolicy {
    RetryPolicy {
        max_retries: 2,
        min_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
    }
}

fn client(af: &Airflow) -> Client {
    let target = door::resolve(&DoorSpec {
        airflow_url: Some(af.base.clone()),
        username: Some(af.username.clone()),
        password: Some(Token::new(af.password.clone())),
        ..Default::default()
    })
    .unwrap();
    Client::builder(target)
        .retry(quick_retry())
        .build()
        .unwrap()
}

fn target(root: &str, auth: Auth) -> Target {
    Target {
        root: url::Url::parse(root).unwrap(),
        auth,
        api_hint: None,
    }
}

/// Unique names, so reruns against long-lived dev servers do not collide.
fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{prefix}_{}_{}", std::process::id(), nanos % 1_000_000_000)
}

const PRODUCER: &str = "example_rest_client";
const CONSUMER: &str = "example_asset_consumer";
const FAILING: &str = "example_fails";
/// Every DAG in tests/airflow_dags, sorted by id.
const ALL_DAGS: [&str; 3] = [CONSUMER, FAILING, PRODUCER];
const ASSET_URI: &str = "file:///tmp/rest-client-example/asset.csv";

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn detects_the_api_version_and_reports_health() {
    for af in airflows() {
        let c = client(&af);
        let detected = c.detect().await.unwrap();
        let version = detected.version.clone().unwrap();
        if af.major == 3 {
            assert_eq!(detected.api, ApiVersion::V2);
            assert!(version.starts_with("3."), "{version}");
        } else {
            assert_eq!(detected.api, ApiVersion::V1);
            assert!(version.starts_with("2.11"), "{version}");
        }
        let health = c.health().await.unwrap();
        assert_eq!(health["metadatabase"]["status"], "healthy", "{health}");
        assert!(health.get("scheduler").is_some(), "{health}");
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn lists_filters_gets_pauses_and_unpauses_dags() {
    for af in airflows() {
        let c = client(&af);
        let all = c
            .dags(&DagFilter::default())
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        let ids: Vec<&str> = all.iter().map(|d| d.dag_id.as_str()).collect();
        assert_eq!(ids, ALL_DAGS, "Airflow {}", af.major);

        let tagged = c
            .dags(&DagFilter {
                tags: vec!["example".into()],
                ..Default::default()
            })
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert_eq!(tagged.len(), 1);
        assert_eq!(tagged[0].dag_id, PRODUCER);
        let mut tags = tagged[0].tag_names();
        tags.sort();
        assert_eq!(tags, ["example", "rest-client"]);

        let pattern = c
            .dags(&DagFilter {
                pattern: Some("consumer".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert_eq!(pattern.len(), 1);
        assert_eq!(pattern[0].dag_id, CONSUMER);

        let paused = c.set_paused(CONSUMER, true).await.unwrap();
        assert_eq!(paused.is_paused, Some(true));
        assert_eq!(c.dag(CONSUMER).await.unwrap().is_paused, Some(true));
        let only_paused = c
            .dags(&DagFilter {
                paused: Some(true),
                ..Default::default()
            })
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert!(only_paused.iter().any(|d| d.dag_id == CONSUMER));
        assert!(only_paused.iter().all(|d| d.is_paused == Some(true)));
        let unpaused = c.set_paused(CONSUMER, false).await.unwrap();
        assert_eq!(unpaused.is_paused, Some(false));
        // the full object survives the typed round trip
        let json = serde_json::to_value(c.dag(PRODUCER).await.unwrap()).unwrap();
        assert!(json.get("fileloc").is_some(), "{json}");
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn triggers_a_run_sees_it_listed_and_waits_for_success() {
    for af in airflows() {
        let c = client(&af);
        c.set_paused(PRODUCER, false).await.unwrap();
        let run_id = unique("houston");
        let run = c
            .trigger(
                PRODUCER,
                &Trigger {
                    run_id: Some(run_id.clone()),
                    conf: Some(json!({"k": "v", "n": 1})),
                    note: Some("from houston".into()),
                    logical_date: None,
                },
            )
            .await
            .unwrap();
        assert_eq!(run.dag_run_id, run_id);
        assert_eq!(run.other["conf"], json!({"k": "v", "n": 1}));
        assert_eq!(run.other["note"], "from houston");

        // a second run with an explicit logical date (the body differs between 2.x and 3.x)
        let dated_id = unique("houston_dated");
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            % 86_400;
        let date = format!(
            "2020-01-01T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        );
        let dated = c
            .trigger(
                PRODUCER,
                &Trigger {
                    run_id: Some(dated_id.clone()),
                    logical_date: Some(date.clone()),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let logical = dated.other["logical_date"].as_str().unwrap().to_string();
        assert!(logical.starts_with(&date[..19]), "{logical} vs {date}");

        let mut pages = c.runs(PRODUCER, &[]).await.unwrap();
        let mut seen = Vec::new();
        while let Some(page) = pages.next_page().await.unwrap() {
            assert_eq!(page.key, "dag_runs");
            seen.extend(page.items.into_iter().map(|r| r.dag_run_id));
        }
        assert!(
            seen.contains(&run_id) && seen.contains(&dated_id),
            "{seen:?}"
        );
        assert_eq!(pages.total(), Some(seen.len() as u64));

        let succeeded = c
            .runs(PRODUCER, &["success".into()])
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert!(
            succeeded
                .iter()
                .all(|r| r.state.as_deref() == Some("success"))
        );

        let got = c.run(PRODUCER, &run_id).await.unwrap();
        assert_eq!(got.dag_id, PRODUCER);
        let done = c
            .wait_for_run(PRODUCER, &run_id, Duration::from_secs(180))
            .await
            .unwrap();
        assert_eq!(
            done.state.as_deref(),
            Some("success"),
            "Airflow {}",
            af.major
        );
        assert!(!done.failed());
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn waiting_gives_up_at_the_timeout() {
    for af in airflows() {
        let c = client(&af);
        // a paused DAG's run stays queued
        c.set_paused(CONSUMER, true).await.unwrap();
        let run_id = unique("houston_wait");
        c.trigger(
            CONSUMER,
            &Trigger {
                run_id: Some(run_id.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let err = c
            .wait_for_run(CONSUMER, &run_id, Duration::from_millis(1500))
            .await
            .unwrap_err();
        assert!(matches!(err, Error::WaitTimeout { .. }), "{err}");
        assert!(err.to_string().contains("still `queued`"), "{err}");
        c.set_paused(CONSUMER, false).await.unwrap();
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn posts_a_dataset_or_asset_event() {
    for af in airflows() {
        let c = client(&af);
        let event = c
            .post_dataset_event(ASSET_URI, Some(&json!({"source": "houston-test"})))
            .await
            .unwrap();
        assert_eq!(event["extra"]["source"], "houston-test", "{event}");
        let uri_key = if af.major == 3 { "uri" } else { "dataset_uri" };
        assert_eq!(event[uri_key], ASSET_URI, "{event}");

        let err = c
            .post_dataset_event("file:///tmp/no-such-asset", None)
            .await
            .unwrap_err();
        assert!(err.is_not_found(), "{err}");
        assert!(err.to_string().contains("no-such-asset"), "{err}");
        let bad = c
            .post_dataset_event(ASSET_URI, Some(&json!([1])))
            .await
            .unwrap_err();
        assert!(bad.is_invalid());
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn pool_round_trip() {
    for af in airflows() {
        let c = client(&af);
        let name = unique("houston_pool");
        let missing = c
            .set_pool(&PoolSpec {
                name: name.clone(),
                ..Default::default()
            })
            .await
            .unwrap_err();
        assert!(missing.is_invalid(), "{missing}");
        let created = c
            .set_pool(&PoolSpec {
                name: name.clone(),
                slots: Some(3),
                description: Some("from houston".into()),
                include_deferred: None,
            })
            .await
            .unwrap();
        assert!(created.created);
        assert_eq!(created.item.slots, 3);
        let updated = c
            .set_pool(&PoolSpec {
                name: name.clone(),
                slots: Some(5),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(!updated.created);
        assert_eq!(updated.item.slots, 5);
        assert_eq!(updated.item.description.as_deref(), Some("from houston"));
        let got = c.pool(&name).await.unwrap();
        assert_eq!(got.slots, 5);
        let mut list = c.pools().await.unwrap();
        let mut names = Vec::new();
        while let Some(batch) = list.next_batch().await.unwrap() {
            names.extend(batch.into_iter().map(|p| p.name));
        }
        assert!(names.contains(&name) && names.contains(&"default_pool".to_string()));
        c.delete_pool(&name).await.unwrap();
        let gone = c.pool(&name).await.unwrap_err();
        assert!(gone.is_not_found(), "{gone}");
        let again = c.delete_pool(&name).await.unwrap_err();
        assert_eq!(again.status(), Some(404));
        let default = c.delete_pool("default_pool").await.unwrap_err();
        assert_eq!(default.status(), Some(400));
        assert!(
            default
                .to_string()
                .contains("Default Pool can't be deleted"),
            "{default}"
        );
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn variable_round_trip() {
    for af in airflows() {
        let c = client(&af);
        let key = unique("houston_var");
        let created = c
            .set_variable(&key, "hello", Some("from houston"))
            .await
            .unwrap();
        assert!(created.created);
        let updated = c.set_variable(&key, "changed", None).await.unwrap();
        assert!(!updated.created);
        let got = c.variable(&key).await.unwrap();
        assert_eq!(got.value.as_deref(), Some("changed"));
        assert_eq!(got.description.as_deref(), Some("from houston"));
        let listed = c.variables().await.unwrap().collect().await.unwrap();
        assert!(listed.iter().any(|v| v.key == key));
        c.delete_variable(&key).await.unwrap();
        assert!(c.variable(&key).await.unwrap_err().is_not_found());
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn connection_round_trip_never_shows_the_password() {
    for af in airflows() {
        let c = client(&af);
        let id = unique("houston_conn");
        let canary = "pw-canary-7f3e9a1b";
        let created = c
            .set_connection(&ConnectionSpec {
                connection_id: id.clone(),
                conn_type: Some("http".into()),
                host: Some("example.invalid".into()),
                login: Some("u".into()),
                password: Some(Token::new(canary)),
                port: Some(443),
                extra: Some(r#"{"x": 1}"#.into()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(created.created);
        let text = serde_json::to_string(&created.item).unwrap();
        assert!(
            !text.contains(canary) && !text.contains("password"),
            "{text}"
        );

        let updated = c
            .set_connection(&ConnectionSpec {
                connection_id: id.clone(),
                host: Some("other.invalid".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(!updated.created);
        assert_eq!(updated.item.host.as_deref(), Some("other.invalid"));
        assert_eq!(updated.item.login.as_deref(), Some("u"));
        assert_eq!(updated.item.port, Some(443));

        let listed = c.connections().await.unwrap().collect().await.unwrap();
        let text = serde_json::to_string(&listed).unwrap();
        assert!(text.contains(&id) && !text.contains(canary) && !text.contains("password"));
        c.delete_connection(&id).await.unwrap();
        assert!(c.connection(&id).await.unwrap_err().is_not_found());
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn unknown_dag_is_a_clear_404() {
    for af in airflows() {
        let c = client(&af);
        let err = c.dag("no_such_dag").await.unwrap_err();
        assert_eq!(err.status(), Some(404));
        let text = err.to_string();
        assert!(
            text.contains("HTTP 404 Not Found") && text.contains("no_such_dag"),
            "{text}"
        );
        let err = c
            .trigger("no_such_dag", &Trigger::default())
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(404), "{err}");
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn validation_errors_name_the_field() {
    for af in airflows() {
        let c = client(&af);
        let err = c
            .trigger(
                PRODUCER,
                &Trigger {
                    logical_date: Some("not-a-date".into()),
                    ..Default::default()
                },
            )
            .await
            .unwrap_err();
        let Error::Api(api) = &err else {
            panic!("{err}")
        };
        if af.major == 3 {
            assert_eq!(api.status, 422);
            assert_eq!(api.fields[0].field, "body.logical_date", "{err}");
        } else {
            assert_eq!(api.status, 400);
            assert!(api.message.contains("not-a-date"), "{err}");
        }
        assert!(!err.is_invalid());
        let bad_conf = c
            .trigger(
                PRODUCER,
                &Trigger {
                    conf: Some(json!([1, 2])),
                    ..Default::default()
                },
            )
            .await
            .unwrap_err();
        assert!(bad_conf.is_invalid(), "refused before sending");
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn wrong_credentials_are_an_auth_error() {
    for af in airflows() {
        let target = door::resolve(&DoorSpec {
            airflow_url: Some(af.base.clone()),
            username: Some(af.username.clone()),
            password: Some(Token::new("wrong-password-canary")),
            ..Default::default()
        })
        .unwrap();
        let c = Client::builder(target)
            .retry(quick_retry())
            .build()
            .unwrap();
        let err = c
            .dags(&DagFilter::default())
            .await
            .unwrap()
            .next_page()
            .await
            .unwrap_err();
        assert!(err.is_forbidden(), "{err}");
        let text = err.to_string();
        assert!(!text.contains("wrong-password-canary"), "{text}");
        // What to try is the CLI's to say (checked through the binary below).
        assert!(!text.contains("hint:"), "{text}");
        if af.major == 3 {
            assert!(text.contains("Invalid credentials"), "{text}");
        }
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn a_server_that_is_down_is_a_sentence() {
    // a port that was free a moment ago: nothing listens there
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = Client::builder(target(&format!("http://127.0.0.1:{port}"), Auth::None))
        .retry(quick_retry())
        .build()
        .unwrap();
    let err = c.detect().await.unwrap_err();
    assert!(err.is_transport(FailureKind::Connect), "{err}");
    assert!(!err.was_sent());
    assert!(err.to_string().contains("could not connect"), "{err}");
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn raw_paths_and_pagination() {
    for af in airflows() {
        let c = client(&af);
        // limit=1: one DAG per page
        let url = c
            .url_for_path("/dags?limit=1&order_by=dag_id")
            .await
            .unwrap();
        let mut pages: Pages<'_, Value> = Pages::new(&c, url, None);
        let mut count = 0;
        let mut ids = Vec::new();
        while let Some(page) = pages.next_page().await.unwrap() {
            assert_eq!(page.key, "dags");
            count += 1;
            ids.extend(
                page.items
                    .iter()
                    .map(|d| d["dag_id"].as_str().unwrap().to_string()),
            );
        }
        assert_eq!(count, ALL_DAGS.len());
        assert_eq!(ids, ALL_DAGS);
        // a root path goes to the root
        let version_path = if af.major == 3 {
            "/api/v2/version"
        } else {
            "/api/v1/version"
        };
        let url = c.url_for_path(version_path).await.unwrap();
        let reply = c.send(reqwest::Method::GET, url, None).await.unwrap();
        let v: Value = reply.json().unwrap();
        assert!(v["version"].is_string());
    }
}

// ------------------------------------------------------------------ doors through the proxy ---

async fn upstream_auth(af: &Airflow) -> String {
    if af.major == 2 {
        let basic = base64_basic(&af.username, &af.password);
        return format!("Basic {basic}");
    }
    let http = houston::http::client(&Default::default()).unwrap();
    let answer: Value = http
        .post(format!("{}/auth/token", af.base))
        .json(&json!({"username": af.username, "password": af.password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    format!("Bearer {}", answer["access_token"].as_str().unwrap())
}

fn base64_basic(user: &str, pass: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"))
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn apc_door_sends_the_raw_token_under_the_deployment_path() {
    for af in airflows() {
        let proxy = Proxy::start(ProxyConf {
            prefix: "/celestial-comet-1234/airflow".into(),
            expect: Some("houston-sa-key-0123456789".into()),
            upstream: af.base.clone(),
            upstream_auth: Some(upstream_auth(&af).await),
            ..Default::default()
        })
        .await;
        let root = format!("{}/celestial-comet-1234/airflow", proxy.base);
        let c = Client::builder(target(
            &root,
            Auth::Raw(Token::new("houston-sa-key-0123456789")),
        ))
        .build()
        .unwrap();
        let dags = c
            .dags(&DagFilter::default())
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert_eq!(dags.len(), ALL_DAGS.len());
        let pool = c.pool("default_pool").await.unwrap();
        assert_eq!(pool.name, "default_pool");
        assert!(proxy.requests() >= 3);

        let wrong = Client::builder(target(
            &root,
            Auth::Raw(Token::new("not-the-key-987654321")),
        ))
        .retry(quick_retry())
        .build()
        .unwrap();
        let err = wrong.detect().await.unwrap_err();
        assert_eq!(err.status(), Some(401), "{err}");
        assert!(!err.to_string().contains("not-the-key"), "{err}");
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn my_airflow_api_door_sends_token_key() {
    for af in airflows() {
        let proxy = Proxy::start(ProxyConf {
            expect: Some("Token my-airflow-key-42".into()),
            upstream: af.base.clone(),
            upstream_auth: Some(upstream_auth(&af).await),
            ..Default::default()
        })
        .await;
        let target = door::resolve(&DoorSpec {
            my_airflow_url: Some(format!("{}/api/v{}", proxy.base, af.major - 1)),
            my_airflow_key: Some(Token::new("my-airflow-key-42")),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            target.api_hint,
            Some(if af.major == 3 {
                ApiVersion::V2
            } else {
                ApiVersion::V1
            })
        );
        let c = Client::builder(target).build().unwrap();
        let v = c.variables().await.unwrap().next_page().await.unwrap();
        assert!(v.is_some());
        let health = c.health().await.unwrap();
        assert!(health.get("metadatabase").is_some());
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn a_v1_url_in_front_of_airflow_3_finds_v2() {
    // Airflow 3 removed /api/v1: a MY_AIRFLOW_API_URL still naming it must not end in a 404.
    for af in airflows().into_iter().filter(|af| af.major == 3) {
        let proxy = Proxy::start(ProxyConf {
            expect: Some("Token my-airflow-key-42".into()),
            upstream: af.base.clone(),
            upstream_auth: Some(upstream_auth(&af).await),
            ..Default::default()
        })
        .await;
        let target = door::resolve(&DoorSpec {
            my_airflow_url: Some(format!("{}/api/v1/", proxy.base)),
            my_airflow_key: Some(Token::new("my-airflow-key-42")),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(target.api_hint, Some(ApiVersion::V1));
        let c = Client::builder(target).build().unwrap();
        assert_eq!(c.api().await.unwrap(), ApiVersion::V2);
        let v = c.variables().await.unwrap().next_page().await.unwrap();
        assert!(v.is_some());
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn html_502_from_a_proxy_is_a_sentence_and_gets_retried() {
    let proxy = Proxy::start(ProxyConf {
        html_502: true,
        upstream: "http://127.0.0.1:9".into(),
        ..Default::default()
    })
    .await;
    let c = Client::builder(target(&proxy.base, Auth::ApiKey(Token::new("k"))))
        .retry(quick_retry())
        .api_version(Some(ApiVersion::V2))
        .build()
        .unwrap();
    let err = c.dag("x").await.unwrap_err();
    let text = err.to_string();
    assert_eq!(err.status(), Some(502));
    assert!(
        text.contains("HTTP 502 Bad Gateway: an HTML page titled \"502 Bad Gateway\""),
        "{text}"
    );
    assert!(!text.contains("hint:"), "hints are the CLI's: {text}");
    assert_eq!(proxy.requests(), 3, "a GET is tried 1 + 2 times");

    // a write is never repeated once sent
    let before = proxy.requests();
    let err = c.set_paused("x", true).await.unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(proxy.requests() - before, 1);
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn an_expired_jwt_is_renewed_once() {
    for af in airflows().into_iter().filter(|a| a.major == 3) {
        let proxy = Proxy::start(ProxyConf {
            upstream: af.base.clone(),
            expire_first_bearer: true,
            ..Default::default()
        })
        .await;
        let target = door::resolve(&DoorSpec {
            airflow_url: Some(proxy.base.clone()),
            username: Some(af.username.clone()),
            password: Some(Token::new(af.password.clone())),
            ..Default::default()
        })
        .unwrap();
        let c = Client::builder(target).build().unwrap();
        // a write, to show the resend after a 401 is safe: the server never ran the first one
        let dag = c.set_paused(PRODUCER, false).await.unwrap();
        assert_eq!(dag.is_paused, Some(false));
        assert_eq!(
            proxy.logins(),
            2,
            "logged in, told it expired, logged in again"
        );
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn experimental_api_on_airflow_2() {
    for af in airflows().into_iter().filter(|a| a.major == 2) {
        let target = door::resolve(&DoorSpec {
            airflow_url: Some(format!("{}/api/experimental", af.base)),
            username: Some(af.username.clone()),
            password: Some(Token::new(af.password.clone())),
            ..Default::default()
        })
        .unwrap();
        let c = Client::builder(target).build().unwrap();
        assert_eq!(c.api().await.unwrap(), ApiVersion::Experimental);
        let mut pools = c.pools().await.unwrap();
        let PoolList::All(_) = &pools else {
            panic!("the experimental API has no pages")
        };
        let first = pools.next_batch().await.unwrap().unwrap();
        assert!(first.iter().any(|p| p.name == "default_pool"));
        let name = unique("houston_exp_pool");
        let created = c
            .set_pool(&PoolSpec {
                name: name.clone(),
                slots: Some(2),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(created.item.slots, 2);
        c.delete_pool(&name).await.unwrap();
        let paused = c.set_paused(CONSUMER, true).await.unwrap();
        assert_eq!(paused.is_paused, Some(true));
        let run_id = unique("houston_exp");
        let run = c
            .trigger(
                CONSUMER,
                &Trigger {
                    run_id: Some(run_id.clone()),
                    conf: Some(json!({"via": "experimental"})),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(run.dag_run_id, run_id);
        c.set_paused(CONSUMER, false).await.unwrap();
        let err = c.variables().await.err().unwrap();
        assert!(err.is_invalid());
        assert!(
            err.to_string()
                .contains("not available on the experimental API"),
            "{err}"
        );
    }
}

// ------------------------------------------------------------------ the houston binary --------

use crate::common::Run;

/// Runs `houston airflow ARGS` against `af` with username/password from the environment, in an
/// empty working directory (no `.env`) and without any Houston config.
fn cli(af: &Airflow, args: &[&str]) -> Run {
    cli_with(af, args, &[], None)
}

fn cli_with(af: &Airflow, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = crate::common::houston(dir.path());
    cmd.env("AIRFLOW_URL", &af.base)
        .env("AIRFLOW_USERNAME", &af.username)
        .env("AIRFLOW_PASSWORD", &af.password);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    cmd.arg("airflow")
        .args(args)
        .timeout(Duration::from_secs(240));
    Run::capture(&mut cmd, &[CONN_CANARY, "wrong-password-canary"])
}

const CONN_CANARY: &str = "conn-pw-canary-2c9d41";

fn json_out(run: &Run) -> Value {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn cli_version_health_and_dags() {
    for af in airflows() {
        let v = json_out(&cli(&af, &["version", "-o", "json"]));
        assert_eq!(v["api"], if af.major == 3 { "v2" } else { "v1" });
        let h = json_out(&cli(&af, &["health", "-o", "json"]));
        assert_eq!(h["metadatabase"]["status"], "healthy");

        let table = cli(&af, &["dags", "list", "-o", "table"]);
        assert_eq!(table.code, 0, "{}", table.stderr);
        let ids: Vec<&str> = table
            .stdout
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().next().unwrap())
            .collect();
        assert_eq!(ids, ALL_DAGS);
        let full = json_out(&cli(
            &af,
            &["dags", "list", "--tag", "example", "-o", "json"],
        ));
        assert_eq!(full.as_array().unwrap().len(), 1);
        assert!(full[0]["fileloc"].is_string(), "the whole object: {full}");
        let ids = cli(
            &af,
            &[
                "dags",
                "list",
                "--pattern",
                "consumer",
                "--jq",
                ".[].dag_id",
            ],
        );
        assert_eq!(ids.stdout.trim(), CONSUMER);

        let paused = json_out(&cli(&af, &["dags", "pause", CONSUMER, "-o", "json"]));
        assert_eq!(paused["is_paused"], true);
        let listed = json_out(&cli(&af, &["dags", "list", "--paused", "-o", "json"]));
        assert!(
            listed
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["dag_id"] == CONSUMER)
        );
        let unpaused = json_out(&cli(&af, &["dags", "unpause", CONSUMER, "-o", "json"]));
        assert_eq!(unpaused["is_paused"], false);
        let got = json_out(&cli(&af, &["dags", "get", PRODUCER, "-o", "json"]));
        assert_eq!(got["dag_id"], PRODUCER);
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn cli_trigger_list_get_wait_and_event() {
    for af in airflows() {
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("conf.json");
        std::fs::write(&conf, r#"{"from": "file"}"#).unwrap();
        cli(&af, &["dags", "unpause", PRODUCER]);
        let run_id = unique("houston_cli");
        let run = json_out(&cli(
            &af,
            &[
                "dags",
                "trigger",
                PRODUCER,
                "--conf",
                &format!("@{}", conf.display()),
                "--note",
                "cli",
                "--run-id",
                &run_id,
                "-o",
                "json",
            ],
        ));
        assert_eq!(run["dag_run_id"], run_id.as_str());
        assert_eq!(run["conf"], json!({"from": "file"}));

        let runs = json_out(&cli(&af, &["runs", "list", PRODUCER, "-o", "json"]));
        assert!(
            runs.as_array()
                .unwrap()
                .iter()
                .any(|r| r["dag_run_id"] == run_id.as_str())
        );
        let all = json_out(&cli(
            &af,
            &["runs", "list", "~", "--state", "success", "-o", "json"],
        ));
        assert!(
            all.as_array()
                .unwrap()
                .iter()
                .all(|r| r["state"] == "success")
        );
        let got = json_out(&cli(&af, &["runs", "get", PRODUCER, &run_id, "-o", "json"]));
        assert_eq!(got["note"], "cli");
        let waited = cli(
            &af,
            &[
                "runs",
                "wait",
                PRODUCER,
                &run_id,
                "--wait-timeout",
                "3m",
                "-o",
                "json",
            ],
        );
        assert_eq!(json_out(&waited)["state"], "success");

        // a run that fails: `runs wait` shows it and exits 1
        let failing_id = unique("houston_fails");
        let t = cli(&af, &["dags", "trigger", FAILING, "--run-id", &failing_id]);
        assert_eq!(t.code, 0, "{}", t.stderr);
        let failed = cli(
            &af,
            &[
                "runs",
                "wait",
                FAILING,
                &failing_id,
                "--wait-timeout",
                "3m",
                "-o",
                "json",
            ],
        );
        assert_eq!(failed.code, 1, "{}", failed.stderr);
        let shown: Value = serde_json::from_str(&failed.stdout).unwrap();
        assert_eq!(shown["state"], "failed");
        assert!(failed.stderr.contains("failed"), "{}", failed.stderr);

        let event = json_out(&cli(
            &af,
            &[
                "datasets",
                "event",
                ASSET_URI,
                "--extra",
                r#"{"by": "cli"}"#,
                "-o",
                "json",
            ],
        ));
        assert_eq!(event["extra"]["by"], "cli");
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn cli_pool_variable_connection_round_trips() {
    for af in airflows() {
        let pool = unique("cli_pool");
        let created = cli(
            &af,
            &[
                "pools",
                "set",
                &pool,
                "--slots",
                "4",
                "--description",
                "d",
                "-o",
                "json",
            ],
        );
        assert!(created.stderr.contains("created"), "{}", created.stderr);
        assert_eq!(json_out(&created)["slots"], 4);
        let updated = cli(&af, &["pools", "set", &pool, "--slots", "6", "-o", "json"]);
        assert!(updated.stderr.contains("updated"));
        assert_eq!(json_out(&updated)["description"], "d");
        let list = json_out(&cli(&af, &["pools", "list", "-o", "json"]));
        assert!(
            list.as_array()
                .unwrap()
                .iter()
                .any(|p| p["name"] == pool.as_str())
        );
        let refused = cli(&af, &["pools", "delete", &pool]);
        assert_eq!(refused.code, 2, "no terminal, no --yes: {}", refused.stderr);
        assert_eq!(cli(&af, &["pools", "delete", &pool, "--yes"]).code, 0);
        let gone = cli(&af, &["pools", "get", &pool]);
        assert_eq!(gone.code, 1);
        assert!(gone.stderr.contains("404"), "{}", gone.stderr);

        let key = unique("cli_var");
        assert_eq!(
            cli(&af, &["variables", "set", &key, "v1", "--description", "d"]).code,
            0
        );
        let set = cli_with(
            &af,
            &["variables", "set", &key, "@-", "-o", "json"],
            &[],
            Some("from stdin\n"),
        );
        assert_eq!(json_out(&set)["value"], "from stdin");
        let got = json_out(&cli(&af, &["variables", "get", &key, "-o", "json"]));
        assert_eq!(got["description"], "d");
        let list = json_out(&cli(&af, &["variables", "list", "-o", "json"]));
        assert!(
            list.as_array()
                .unwrap()
                .iter()
                .any(|v| v["key"] == key.as_str())
        );
        assert_eq!(cli(&af, &["variables", "delete", &key, "-y"]).code, 0);

        let conn = unique("cli_conn");
        let created = cli_with(
            &af,
            &[
                "connections",
                "set",
                &conn,
                "--type",
                "http",
                "--host",
                "h.invalid",
                "--login",
                "u",
                "--password-stdin",
                "--port",
                "8443",
                "--extra",
                r#"{"a": 1}"#,
                "-o",
                "json",
            ],
            &[],
            Some(CONN_CANARY),
        );
        let item = json_out(&created);
        assert_eq!(item["port"], 8443);
        assert!(item.get("password").is_none());
        for args in [
            vec!["connections", "get", conn.as_str(), "-o", "json"],
            vec!["connections", "list", "-o", "yaml"],
            vec!["connections", "list", "-o", "table"],
        ] {
            let r = cli(&af, &args);
            assert_eq!(r.code, 0, "{}", r.stderr);
            assert!(
                r.stdout.contains(&conn) && !r.stdout.contains("***"),
                "{}",
                r.stdout
            );
        }
        let raw = cli(&af, &["api", "GET", &format!("/connections/{conn}")]);
        assert_eq!(raw.code, 0);
        assert_eq!(cli(&af, &["connections", "delete", &conn, "--yes"]).code, 0);
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn cli_raw_api() {
    for af in airflows() {
        let r = cli(
            &af,
            &[
                "api",
                "GET",
                "/dags",
                "-f",
                "limit=1",
                "--jq",
                ".dags[].dag_id",
            ],
        );
        assert_eq!(r.stdout.trim(), CONSUMER, "{}", r.stderr);
        let paged = cli(
            &af,
            &[
                "api",
                "GET",
                "/dags",
                "-f",
                "limit=1",
                "--paginate",
                "--jq",
                ".[].dag_id",
            ],
        );
        assert_eq!(paged.stdout.lines().collect::<Vec<_>>(), ALL_DAGS);
        let streamed = json_out(&cli(&af, &["api", "GET", "/dags?limit=1", "--paginate"]));
        assert_eq!(streamed.as_array().unwrap().len(), ALL_DAGS.len());
        let patched = json_out(&cli(
            &af,
            &[
                "api",
                "PATCH",
                &format!("/dags/{PRODUCER}"),
                "-F",
                "is_paused=false",
            ],
        ));
        assert_eq!(patched["is_paused"], false);
        let key = unique("raw_var");
        let posted = cli(
            &af,
            &[
                "api",
                "POST",
                "/variables",
                "-f",
                &format!("key={key}"),
                "-f",
                "value=x",
            ],
        );
        assert_eq!(posted.code, 0, "{}", posted.stderr);
        let deleted = cli(&af, &["api", "DELETE", &format!("/variables/{key}")]);
        assert_eq!((deleted.code, deleted.stdout.as_str()), (0, ""));
        let root = if af.major == 3 {
            "/api/v2/version"
        } else {
            "/api/v1/version"
        };
        assert!(json_out(&cli(&af, &["api", "get", root]))["version"].is_string());
        assert_eq!(cli(&af, &["api", "FETCH", "/dags"]).code, 2);
        assert_eq!(cli(&af, &["api", "POST", "/dags", "-F", "x={bad"]).code, 2);
    }
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test]
async fn cli_failures_and_exit_codes() {
    for af in airflows() {
        let unknown = cli(&af, &["dags", "get", "no_such_dag"]);
        assert_eq!(unknown.code, 1);
        assert!(unknown.stderr.contains("HTTP 404") && unknown.stderr.contains("no_such_dag"));

        // bad conf: refused before anything is sent (the server is not even asked its version)
        let bad = cli_with(
            &af,
            &["dags", "trigger", PRODUCER, "--conf", "{\"a\": "],
            &[("AIRFLOW_URL", "http://127.0.0.1:9")],
            None,
        );
        assert_eq!(bad.code, 2, "{}", bad.stderr);
        assert!(
            bad.stderr.contains("--conf") && bad.stderr.contains("column"),
            "{}",
            bad.stderr
        );
        let not_object = cli(&af, &["dags", "trigger", PRODUCER, "--conf", "[1]"]);
        assert_eq!(not_object.code, 2, "{}", not_object.stderr);

        let invalid = cli(
            &af,
            &["dags", "trigger", PRODUCER, "--logical-date", "not-a-date"],
        );
        assert_eq!(invalid.code, 1);
        if af.major == 3 {
            assert!(
                invalid.stderr.contains("HTTP 422") && invalid.stderr.contains("body.logical_date"),
                "{}",
                invalid.stderr
            );
        } else {
            assert!(
                invalid.stderr.contains("HTTP 400") && invalid.stderr.contains("not-a-date"),
                "{}",
                invalid.stderr
            );
        }
        let missing = cli(
            &af,
            &["api", "POST", "/pools", "-f", "name=houston_no_slots"],
        );
        assert_eq!(missing.code, 1, "{}", missing.stderr);
        assert!(missing.stderr.contains("slots"), "{}", missing.stderr);

        let wrong = cli_with(
            &af,
            &["dags", "list"],
            &[("AIRFLOW_PASSWORD", "wrong-password-canary")],
            None,
        );
        assert_eq!(wrong.code, 1);
        assert!(
            wrong.stderr.contains("hint: the credentials"),
            "{}",
            wrong.stderr
        );

        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let down = cli_with(
            &af,
            &["dags", "list"],
            &[("AIRFLOW_URL", &format!("http://127.0.0.1:{port}"))],
            None,
        );
        assert_eq!(down.code, 1);
        assert!(down.stderr.contains("could not connect"), "{}", down.stderr);

        let nowhere = cli_with(&af, &["dags", "list"], &[("AIRFLOW_URL", "")], None);
        assert_eq!(nowhere.code, 2);
        assert!(
            nowhere.stderr.contains("which Airflow?"),
            "{}",
            nowhere.stderr
        );
    }
}

// multi-threaded: the proxy must keep serving while the test thread waits for the binary
#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_my_airflow_api_from_dotenv_and_html_502() {
    for af in airflows() {
        let proxy = Proxy::start(ProxyConf {
            expect: Some("Token dotenv-key-123456".into()),
            upstream: af.base.clone(),
            upstream_auth: Some(upstream_auth(&af).await),
            ..Default::default()
        })
        .await;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".env"),
            format!(
                "MY_AIRFLOW_API_URL={}/api/v{}\nMY_AIRFLOW_API_KEY=dotenv-key-123456\n",
                proxy.base,
                af.major - 1
            ),
        )
        .unwrap();
        let out = crate::common::houston(dir.path())
            .args(["airflow", "dags", "list", "--jq", ".[].dag_id"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(stdout.lines().collect::<Vec<_>>(), ALL_DAGS);
        assert!(!stdout.contains("dotenv-key"));
    }
    let proxy = Proxy::start(ProxyConf {
        html_502: true,
        upstream: "http://127.0.0.1:9".into(),
        ..Default::default()
    })
    .await;
    let af = Airflow {
        major: 3,
        base: proxy.base.clone(),
        username: "admin".into(),
        password: "admin".into(),
    };
    let r = cli_with(
        &af,
        &["dags", "list"],
        &[("AIRFLOW_USERNAME", ""), ("AIRFLOW_API_KEY", "k")],
        None,
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("HTTP 502 Bad Gateway: an HTML page titled \"502 Bad Gateway\""),
        "{}",
        r.stderr
    );
}

#[ignore = "needs a real Airflow 3 and 2: scripts/airflow-test.sh starts them and runs these"]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_astro_door_bearer_with_a_schemeless_url() {
    for af in airflows() {
        let proxy = Proxy::start(ProxyConf {
            prefix: "/d8xyz".into(),
            expect: Some("Bearer astro-api-token-5555".into()),
            upstream: af.base.clone(),
            upstream_auth: Some(upstream_auth(&af).await),
            ..Default::default()
        })
        .await;
        // like webServerAirflowApiUrl: no scheme, ends in the API version
        let web = format!(
            "{}/d8xyz/api/v{}",
            proxy.base.trim_start_matches("http://"),
            af.major - 1
        );
        let r = cli_with(
            &af,
            &["dags", "list", "--airflow-url", &web, "--jq", ".[].dag_id"],
            &[
                ("AIRFLOW_USERNAME", ""),
                ("AIRFLOW_PASSWORD", ""),
                ("ASTRO_API_TOKEN", "astro-api-token-5555"),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout.lines().collect::<Vec<_>>(), ALL_DAGS);
        assert!(!r.stdout.contains("astro-api-token") && !r.stderr.contains("astro-api-token"));
    }
}
