//! The Astro API client against the local fake (tests/astro_fake): paths, pagination, the
//! documented error body, retries and rate limits, and that no create is ever sent twice.

use crate::astro_fake;

use astro_fake::{CANARY, Fake, Fault, ORG, WORKSPACE};
use houston::Token;
use houston::astro::{
    self, ApiTokenFilter, Client, CreateAgentToken, CreateApiToken, CreateDeployment,
    DeploymentFilter, DeploymentStatus, EntityType, Error, NewToken, PageRequest, RateLimits,
    TokenRole, TokenScope, WaitOptions,
};
use houston::http::RetryPolicy;
use serde_json::{Value, json};
use std::time::Duration;

const FAST: RetryPolicy = RetryPolicy {
    max_retries: 3,
    min_delay: Duration::from_millis(5),
    max_delay: Duration::from_millis(20),
};

fn client(fake: &Fake) -> Client {
    Client::builder()
        .host(fake.url())
        .token(Token::new(astro_fake::admin_token()))
        .retry(FAST)
        .rate_limited_retry(FAST)
        .rate_limits(RateLimits::OFF)
        .build()
        .unwrap()
}

fn fast_wait() -> WaitOptions {
    WaitOptions {
        timeout: Duration::from_secs(5),
        interval: Duration::from_millis(10),
        max_interval: Duration::from_millis(20),
    }
}

fn create_body(name: &str) -> Value {
    CreateDeployment {
        name: Some(name.into()),
        workspace_id: Some(WORKSPACE.into()),
        executor: Some(astro::Executor::Celery),
        scheduler_size: Some(astro::SchedulerSize::Small),
        astro_runtime_version: Some("3.0-4".into()),
        ..Default::default()
    }
    .over(json!({}))
}

#[tokio::test]
async fn organization_comes_from_the_token_and_headers_are_right() {
    let fake = Fake::start();
    let c = client(&fake);
    assert_eq!(c.organization().unwrap(), ORG);
    assert_eq!(c.organization_source(), Some(astro::OrgSource::TokenClaims));
    let orgs = c
        .organizations(PageRequest::default())
        .collect()
        .await
        .unwrap();
    assert_eq!(orgs[0]["id"], ORG);
    let seen = &fake.seen()[0];
    assert_eq!(seen.path, "/v1/organizations");
    assert_eq!(
        seen.authorization.as_deref(),
        Some(format!("Bearer {}", astro_fake::admin_token()).as_str())
    );
    assert_eq!(
        seen.client_identifier.as_deref(),
        Some(concat!("houston/", env!("CARGO_PKG_VERSION")))
    );
    let ws = c.get_workspace(WORKSPACE).await.unwrap();
    assert_eq!(ws.data.name, "Data Platform");
}

#[tokio::test]
async fn lists_walk_every_page_with_repeated_query_keys() {
    let fake = Fake::start();
    fake.seed_many("etl", 230, WORKSPACE);
    fake.seed_many("other", 3, astro_fake::WORKSPACE_2);
    let c = client(&fake);
    let filter = DeploymentFilter {
        workspace_ids: vec![WORKSPACE.into()],
        ..Default::default()
    };
    let mut request = PageRequest::all();
    request.sorts = vec!["name:desc".into()];
    let all = c
        .deployments(&filter, request)
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 230);
    assert_eq!(all[0]["name"], "etl-229");
    let queries: Vec<String> = fake.seen().iter().filter_map(|s| s.query.clone()).collect();
    assert_eq!(queries.len(), 3, "{queries:?}");
    assert!(
        queries[0].contains("offset=0&limit=100&sorts=name%3Adesc"),
        "{}",
        queries[0]
    );
    assert!(queries[2].contains("offset=200"));
    // One page only without `all`, at the server's default size.
    let page = c
        .deployments(&DeploymentFilter::default(), PageRequest::default())
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(page.len(), 20);
    // Two workspaces as repeated keys.
    let both = DeploymentFilter {
        workspace_ids: vec![WORKSPACE.into(), astro_fake::WORKSPACE_2.into()],
        names: vec!["etl-001".into(), "other-002".into()],
        ..Default::default()
    };
    let two = c
        .deployments(&both, PageRequest::all())
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(two.len(), 2);
    let limit = PageRequest {
        limit: Some(5000),
        ..Default::default()
    };
    let err = c
        .deployments(&both, limit)
        .unwrap()
        .collect()
        .await
        .unwrap_err();
    assert!(err.is_invalid());
}

#[tokio::test]
async fn create_then_wait_until_healthy_keeps_unknown_fields() {
    let fake = Fake::start();
    let c = client(&fake);
    let created = c.create_deployment(&create_body("etl")).await.unwrap();
    assert_eq!(created.data.status, DeploymentStatus::Creating);
    assert_eq!(created.raw["futureField"]["addedIn"], "v1.9");
    let sent = fake
        .seen()
        .into_iter()
        .find(|s| s.method == "POST")
        .unwrap();
    assert_eq!(
        sent.body.unwrap(),
        json!({"name": "etl", "workspaceId": WORKSPACE, "executor": "CELERY",
               "schedulerSize": "SMALL", "astroRuntimeVersion": "3.0-4"})
    );
    let mut statuses = Vec::new();
    let done = c
        .wait_deployment(&created.data.id, fast_wait(), |d| {
            statuses.push(d.status.clone())
        })
        .await
        .unwrap();
    assert_eq!(done.data.status, DeploymentStatus::Healthy);
    assert_eq!(
        statuses,
        vec![DeploymentStatus::Creating, DeploymentStatus::Healthy]
    );
}

#[tokio::test]
async fn wait_stops_on_a_failure_state_with_the_reason() {
    let fake = Fake::start();
    let c = client(&fake);
    let created = c.create_deployment(&create_body("doomed")).await.unwrap();
    let err = c
        .wait_deployment(&created.data.id, fast_wait(), |_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Wait(_)));
    assert!(
        err.to_string().contains("UNHEALTHY: Scheduler pods"),
        "{err}"
    );
    fake.set_polls_to_healthy(1000);
    let slow = c.create_deployment(&create_body("slow")).await.unwrap();
    let options = WaitOptions {
        timeout: Duration::from_millis(50),
        ..fast_wait()
    };
    let err = c
        .wait_deployment(&slow.data.id, options, |_| {})
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("still CREATING after 50ms"),
        "{err}"
    );
}

#[tokio::test]
async fn duplicate_name_is_the_documented_400_with_request_id() {
    let fake = Fake::start();
    fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    let err = c.create_deployment(&create_body("etl")).await.unwrap_err();
    let Error::Api {
        status,
        ref message,
        ref request_id,
        ..
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(status, 400);
    assert_eq!(
        message,
        "Invalid request: Deployment name 'etl' already exists in this workspace"
    );
    let id = request_id.clone().unwrap();
    assert!(id.starts_with("f004d12a-"));
    assert_eq!(
        err.to_string(),
        format!(
            "Failed to create deployment \"etl\": Invalid request: Deployment name 'etl' already exists in this workspace (status 400, request id {id})"
        )
    );
    assert_eq!(fake.count("POST", "/deployments"), 1);
}

#[tokio::test]
async fn field_errors_are_listed() {
    let fake = Fake::start();
    let id = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    let err = c
        .replace_deployment(&id, &json!({"name": "x"}))
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("(status 400, request id f004d12a-"), "{text}");
    assert!(
        text.contains("\n  - schedulerSize: schedulerSize is required (required)"),
        "{text}"
    );
}

#[tokio::test]
async fn bad_input_is_refused_before_sending() {
    let fake = Fake::start();
    let c = client(&fake);
    let err = c
        .create_deployment(&json!({"name": "x"}))
        .await
        .unwrap_err();
    assert!(err.is_invalid());
    let err = c
        .create_agent_token(
            "d",
            &CreateAgentToken {
                name: "a".into(),
                expiry_days: Some(4000),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("1 to 3650 days"), "{err}");
    assert!(fake.seen().is_empty());
}

#[tokio::test]
async fn rate_limits_are_retried_honouring_retry_after() {
    let fake = Fake::start();
    let c = client(&fake);
    fake.fail_next(
        "GET",
        "/organizations",
        Fault::TooMany {
            retry_after: Some(1),
            json: false,
        },
    );
    fake.fail_next(
        "GET",
        "/organizations",
        Fault::TooMany {
            retry_after: None,
            json: true,
        },
    );
    let started = std::time::Instant::now();
    let orgs = c
        .organizations(PageRequest::default())
        .collect()
        .await
        .unwrap();
    assert_eq!(orgs.len(), 1);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 was not honoured"
    );
    assert_eq!(fake.count("GET", "/organizations"), 3);

    // A create answered 429 was not carried out: it is safe to send again.
    fake.fail_next(
        "POST",
        "/deployments",
        Fault::TooMany {
            retry_after: None,
            json: false,
        },
    );
    c.create_deployment(&create_body("etl")).await.unwrap();
    assert_eq!(fake.count("POST", "/deployments"), 2);
    assert_eq!(fake.deployments().len(), 1);

    // Still limited after every retry: status and a hint, empty body or not.
    for _ in 0..4 {
        fake.fail_next(
            "GET",
            "/workspaces",
            Fault::TooMany {
                retry_after: None,
                json: false,
            },
        );
    }
    let err = c
        .workspaces(&[], PageRequest::default())
        .unwrap()
        .collect()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(429));
    assert!(
        err.to_string()
            .starts_with("Failed to list workspaces: HTTP 429 Too Many Requests"),
        "{err}"
    );
}

#[tokio::test]
async fn gateway_errors_retry_reads_and_updates() {
    let fake = Fake::start();
    let id = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    fake.fail_next("GET", &format!("/deployments/{id}"), Fault::Unavailable);
    fake.fail_next("POST", &format!("/deployments/{id}"), Fault::LostAnswer);
    let updated = c
        .update_deployment(&id, &json!({"schedulerSize": "LARGE"}))
        .await
        .unwrap();
    assert_eq!(updated.raw["schedulerSize"], "LARGE");
    assert_eq!(fake.count("GET", &format!("/deployments/{id}")), 2);
    assert_eq!(fake.count("POST", &format!("/deployments/{id}")), 2);
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_looked_up_not_resent() {
    let fake = Fake::start();
    let c = client(&fake);
    fake.fail_next("POST", "/deployments", Fault::LostAnswer);
    let created = c.create_deployment(&create_body("etl")).await.unwrap();
    assert_eq!(created.data.name, "etl");
    assert_eq!(
        fake.count("POST", "/deployments"),
        1,
        "the create was sent twice"
    );
    assert_eq!(fake.deployments().len(), 1);
    let lookup = fake
        .seen()
        .into_iter()
        .rfind(|s| s.method == "GET")
        .unwrap();
    assert!(
        lookup
            .query
            .unwrap()
            .contains(&format!("names=etl&workspaceIds={WORKSPACE}")),
        "looked up by name in the workspace"
    );
}

#[tokio::test]
async fn a_create_refused_by_a_gateway_is_sent_again_only_after_the_lookup() {
    let fake = Fake::start();
    let c = client(&fake);
    fake.fail_next("POST", "/deployments", Fault::Unavailable);
    c.create_deployment(&create_body("etl")).await.unwrap();
    assert_eq!(fake.count("POST", "/deployments"), 2);
    assert_eq!(fake.deployments().len(), 1);
    let methods: Vec<String> = fake.seen().iter().map(|s| s.method.clone()).collect();
    assert_eq!(methods, ["POST", "GET", "POST"]);
}

#[tokio::test]
async fn a_lost_token_secret_is_reported_never_recreated() {
    let fake = Fake::start();
    let dep = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    fake.fail_next("POST", "/agent-tokens", Fault::LostAnswer);
    let err = c
        .create_agent_token(
            &dep,
            &CreateAgentToken {
                name: "agent".into(),
                description: Some("remote execution".into()),
                expiry_days: Some(30),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(fake.count("POST", "/agent-tokens"), 1);
    let id = fake.agent_tokens()[0]["id"].as_str().unwrap().to_string();
    let Error::SecretLost { id: reported, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(reported, &id);
    // What the caller needs to delete it: the kind of token and its deployment.
    assert!(
        matches!(
            &err,
            Error::SecretLost { resource: houston::astro::Resource::AgentToken { deployment }, .. } if *deployment == dep
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("delete it and create a new one"),
        "{err}"
    );

    // A rotation whose answer is lost is not repeated either.
    let tok = fake.seed_api_token("ci", "WORKSPACE", WORKSPACE, json!([]));
    fake.fail_next("POST", "/rotate", Fault::LostAnswer);
    let err = c.rotate_api_token(&tok).await.unwrap_err();
    assert!(
        matches!(&err, Error::Uncertain { resource: houston::astro::Resource::Rotation { id }, .. } if *id == tok),
        "{err:?}"
    );
    assert!(err.to_string().contains("may have been rotated"), "{err}");
    assert_eq!(fake.count("POST", "/rotate"), 1);
}

#[tokio::test]
async fn agent_tokens_round_trip_and_the_secret_comes_once() {
    let fake = Fake::start();
    let dep = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    let created = c
        .create_agent_token(
            &dep,
            &CreateAgentToken {
                name: "agent".into(),
                description: None,
                expiry_days: Some(365),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        Some(created.token.expose().to_string()),
        fake.secret_of(created.id())
    );
    assert_eq!(
        fake.seen().last().unwrap().body,
        Some(json!({"name": "agent", "tokenExpiryPeriodInDays": 365}))
    );
    let listed = c
        .agent_tokens(&dep, PageRequest::all())
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].get("token").is_none());
    let got = c.get_agent_token(&dep, created.id()).await.unwrap();
    assert_eq!(got.data.name, "agent");
    assert!(!c.delete_agent_token(&dep, created.id()).await.unwrap());
    let err = c.delete_agent_token(&dep, created.id()).await.unwrap_err();
    assert!(err.is_not_found());
}

#[tokio::test]
async fn a_delete_retried_after_a_lost_answer_finds_it_gone() {
    let fake = Fake::start();
    let id = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    fake.fail_next("DELETE", &format!("/deployments/{id}"), Fault::LostAnswer);
    assert!(c.delete_deployment(&id).await.unwrap(), "already gone");
    assert!(fake.deployments().is_empty());
}

#[tokio::test]
async fn api_token_roles_are_read_modified_written() {
    let fake = Fake::start();
    let dep = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    let created = c
        .create_api_token(&CreateApiToken {
            token: NewToken {
                name: "ci".into(),
                description: Some("deploys".into()),
                expiry_days: None,
            },
            scope: TokenScope::Workspace,
            entity_id: Some(WORKSPACE.into()),
            role: "WORKSPACE_OPERATOR".into(),
            kind: None,
        })
        .await
        .unwrap();
    let id = created.id().to_string();
    // A role this houston does not know must survive an edit that does not touch it.
    c.set_api_token_roles(
        &id,
        &[
            TokenRole {
                entity_type: EntityType::Workspace,
                entity_id: WORKSPACE.into(),
                role: "WORKSPACE_OPERATOR".into(),
                deployment_id: None,
                extra: Default::default(),
            },
            TokenRole {
                entity_type: EntityType::Other("PIPELINE".into()),
                entity_id: "p1".into(),
                role: "PIPELINE_VIEWER".into(),
                deployment_id: None,
                extra: Default::default(),
            },
        ],
    )
    .await
    .unwrap();
    let dep2 = dep.clone();
    c.edit_api_token_roles(&id, move |roles| {
        roles.push(TokenRole {
            entity_type: EntityType::Deployment,
            entity_id: dep2,
            role: "DEPLOYMENT_ADMIN".into(),
            deployment_id: None,
            extra: Default::default(),
        });
        Ok(())
    })
    .await
    .unwrap();
    let roles = fake.api_tokens()[0]["roles"].clone();
    assert_eq!(roles.as_array().unwrap().len(), 3, "{roles}");
    assert_eq!(roles[1]["entityType"], "PIPELINE");
    // Removing the token's own scope role is refused before sending.
    let posts = fake.count("POST", "/roles");
    let err = c
        .edit_api_token_roles(&id, |roles| {
            roles.retain(|r| r.entity_type != EntityType::Workspace);
            Ok(())
        })
        .await
        .unwrap_err();
    assert!(err.is_invalid());
    assert_eq!(fake.count("POST", "/roles"), posts);
    // Filtered lists and rotation.
    let in_dep = c
        .api_tokens(
            &ApiTokenFilter {
                deployment_id: Some(dep.clone()),
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(in_dep.len(), 1);
    let rotated = c.rotate_api_token(&id).await.unwrap();
    assert_ne!(rotated.token.expose(), created.token.expose());
    assert_eq!(
        Some(rotated.token.expose().to_string()),
        fake.secret_of(&id)
    );
    assert!(!c.delete_api_token(&id).await.unwrap());
}

#[tokio::test]
async fn bodies_that_are_not_the_documented_json_become_sentences() {
    let fake = Fake::start();
    let id = fake.seed_deployment("etl", WORKSPACE);
    let c = client(&fake);
    for _ in 0..4 {
        fake.fail_next("GET", &format!("/deployments/{id}"), Fault::Unavailable);
    }
    let err = c.get_deployment(&id).await.unwrap_err();
    assert_eq!(
        err.to_string().lines().next().unwrap(),
        format!(
            "Failed to get deployment {id}: HTTP 503 Service Unavailable: an HTML page titled \"503 Service Unavailable\""
        )
    );
    fake.fail_next("GET", &format!("/deployments/{id}"), Fault::Truncated);
    let err = c.get_deployment(&id).await.unwrap_err();
    assert!(err.to_string().contains("truncated after"), "{err}");
}

#[tokio::test]
async fn a_wrong_token_is_a_401_that_never_shows_the_token() {
    let fake = Fake::start();
    let wrong = format!("{}x", astro_fake::admin_token());
    let c = Client::builder()
        .host(fake.url())
        .token(Token::new(wrong.clone()))
        .organization(Some(ORG.into()))
        .build()
        .unwrap();
    let err = c.get_deployment("d").await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    let shown = format!("{err}\n{err:?}\n{c:?}");
    assert!(!shown.contains(CANARY), "{shown}");
    assert!(err.is_forbidden(), "{shown}");
}

#[tokio::test]
async fn v1beta1_paths_and_raw_requests() {
    let fake = Fake::start();
    let c = client(&fake);
    let url = c.url(astro::ApiVersion::PlatformV1Beta1, &["organizations"]);
    let reply = c
        .execute(
            &astro::RawRequest {
                method: reqwest::Method::GET,
                url,
                body: None,
                headers: vec![],
            },
            "to list organizations",
            astro::Safety::Idempotent,
        )
        .await
        .unwrap();
    let body = reply.json("x").unwrap().unwrap();
    assert_eq!(body["organizations"][0]["supportPlan"], "BUSINESS");
    assert_eq!(fake.seen()[0].path, "/platform/v1beta1/organizations");
}
