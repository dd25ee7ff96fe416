//! The sandbox's HTTP is Apollo Server 2's (what Houston runs): batched arrays, string-encoded
//! variables, GET queries, Houston's CORS, fields in selection order, graphql-js wording for
//! validation errors, and the explorer page for a browser. Through real HTTP.

use crate::common;

use common::TestSandbox;
use serde_json::{Value, json};

fn client() -> reqwest::Client {
    houston::http::client(&houston::http::HttpOptions::default()).expect("client")
}

async fn post_raw(sb: &TestSandbox, body: String) -> (u16, reqwest::header::HeaderMap, String) {
    let resp = client()
        .post(&sb.url)
        .header("authorization", &sb.token)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("sandbox reachable");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, headers, resp.text().await.expect("body"))
}

/// Byte offsets of `keys` (as `"key":`) in `text`, which must be increasing.
fn assert_in_order(text: &str, keys: &[&str]) {
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| {
            text.find(&format!("\"{k}\""))
                .unwrap_or_else(|| panic!("{k} missing in {text}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "expected {keys:?} in this order: {text}"
    );
}

#[tokio::test]
async fn a_batch_is_answered_with_an_array_in_selection_order() {
    let sb = TestSandbox::start();
    let body = json!([
        {"query": "{ appConfig { version baseDomain } workspaces { label id } }"},
        {"query": "{ workspaces { cluster } }"},
        {"query": "query($l: String) { workspaces(label: $l) { label } }", "variables": {"l": "demo"}},
    ]);
    let (status, _, text) = post_raw(&sb, body.to_string()).await;
    assert_eq!(status, 200, "{text}");
    // Fields come back as selected (not sorted): version before baseDomain, label before id,
    // and errors before data as Apollo Server 2 writes them.
    assert_in_order(
        &text,
        &[
            "appConfig",
            "version",
            "baseDomain",
            "workspaces",
            "label",
            "id",
        ],
    );
    let answers: Value = serde_json::from_str(&text).unwrap();
    let answers = answers.as_array().expect("an array");
    assert_eq!(answers.len(), 3);
    assert!(answers[0]["data"]["appConfig"]["version"].is_string());
    assert_eq!(
        answers[1]["errors"][0]["message"],
        "Cannot query field \"cluster\" on type \"Workspace\"."
    );
    assert_eq!(answers[2]["data"]["workspaces"][0]["label"], "demo");
}

#[tokio::test]
async fn validation_errors_use_graphql_js_wording_without_extra_errors() {
    let sb = TestSandbox::start();
    let (status, body) = sb
        .post(Some(&sb.token), "{ workspaces { cluster } }", None)
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["errors"],
        json!([{
            "message": "Cannot query field \"cluster\" on type \"Workspace\".",
            "locations": [{"line": 1, "column": 16}],
            "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}
        }])
    );
    let (_, body) = sb
        .post(Some(&sb.token), "{ deployments { clustr { id } } }", None)
        .await;
    let errors = body["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{body}");
    assert_eq!(
        errors[0]["message"],
        "Cannot query field \"clustr\" on type \"Deployment\". Did you mean \"cluster\" or \"clusterId\"?"
    );
    let (_, body) = sb
        .post(Some(&sb.token), "{ workspaces(lable: \"x\") { id } }", None)
        .await;
    assert_eq!(
        body["errors"][0]["message"],
        "Unknown argument \"lable\" on field \"Query.workspaces\". Did you mean \"label\"?"
    );
    let (_, body) = sb.post(Some(&sb.token), "{ deployments }", None).await;
    assert_eq!(
        body["errors"][0]["message"],
        "Field \"deployments\" of type \"[Deployment]\" must have a selection of subfields. Did you mean \"deployments { ... }\"?",
        "a missing selection is still reported"
    );
}

#[tokio::test]
async fn variables_may_be_a_json_encoded_string() {
    let sb = TestSandbox::start();
    let body = json!({
        "query": "query($l: String) { workspaces(label: $l) { label } }",
        "variables": "{\"l\": \"demo\"}",
    });
    let (status, _, text) = post_raw(&sb, body.to_string()).await;
    assert_eq!(status, 200, "{text}");
    let answer: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(answer["data"]["workspaces"][0]["label"], "demo");

    let body = json!({"query": "{ workspaces { id } }", "variables": "{not json"});
    let (status, headers, text) = post_raw(&sb, body.to_string()).await;
    assert_eq!(status, 400);
    assert_eq!(text, "Variables are invalid JSON.");
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
}

#[tokio::test]
async fn get_runs_queries_but_not_mutations() {
    let sb = TestSandbox::start();
    let resp = client()
        .get(&sb.url)
        .query(&[
            (
                "query",
                "query q($l: String) { workspaces(label: $l) { label id } }",
            ),
            ("variables", "{\"l\":\"demo\"}"),
            ("operationName", "q"),
        ])
        .header("authorization", &sb.token)
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let text = resp.text().await.unwrap();
    assert_in_order(&text, &["label", "id"]);
    let answer: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(answer["data"]["workspaces"][0]["label"], "demo");

    let resp = client()
        .get(&sb.url)
        .query(&[("query", "mutation { createWorkspace(label: \"x\") { id } }")])
        .header("authorization", &sb.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 405);
    assert_eq!(resp.headers()["allow"], "POST");
    assert_eq!(
        resp.text().await.unwrap(),
        "GET supports only query operation"
    );
    let (_, body) = sb
        .post(Some(&sb.token), "{ workspaces(label: \"x\") { id } }", None)
        .await;
    assert_eq!(body["data"]["workspaces"], json!([]), "nothing was created");
}

#[tokio::test]
async fn cors_allows_localhost_and_the_platform_domain_with_credentials() {
    let sb = TestSandbox::start();
    for (origin, allowed) in [
        ("http://localhost:3000", true),
        ("http://127.0.0.1:8080", true),
        ("https://app.sandbox.local", true),
        ("https://sandbox.local", true),
        ("https://evil.example", false),
        ("https://sandbox.local.evil.example", false),
    ] {
        let resp = client()
            .request(reqwest::Method::OPTIONS, &sb.url)
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "authorization,content-type",
            )
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 204, "{origin}");
        let h = resp.headers();
        if allowed {
            assert_eq!(h["access-control-allow-origin"], origin);
            assert_eq!(h["access-control-allow-credentials"], "true");
            assert!(
                h["access-control-allow-methods"]
                    .to_str()
                    .unwrap()
                    .contains("POST")
            );
            assert_eq!(
                h["access-control-allow-headers"],
                "authorization,content-type"
            );
        } else {
            assert!(h.get("access-control-allow-origin").is_none(), "{origin}");
        }
        let resp = client()
            .post(&sb.url)
            .header("origin", origin)
            .header("authorization", &sb.token)
            .json(&json!({"query": "{ appConfig { version } }"}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        assert_eq!(
            resp.headers().get("access-control-allow-origin").is_some(),
            allowed,
            "{origin}"
        );
    }
}

#[tokio::test]
async fn a_browser_gets_the_explorer_served_locally_without_a_token() {
    let sb = TestSandbox::start();
    let chrome_accept =
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    let resp = client()
        .get(&sb.url)
        .header("accept", chrome_accept)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let csp = resp.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    let html = resp.text().await.unwrap();
    assert!(html.contains("/explorer/graphiql.min.js"), "{html}");
    assert!(!html.contains("://"), "nothing from another origin: {html}");
    assert!(!html.contains(&sb.token), "the page embeds no token");

    // Every asset the page names is served by the sandbox itself (reqwest decodes the gzip).
    for asset in [
        "graphiql.min.js",
        "graphiql.min.css",
        "react.production.min.js",
        "react-dom.production.min.js",
        "explorer.js",
        "explorer.css",
    ] {
        assert!(html.contains(&format!("/explorer/{asset}")), "{asset}");
        let url = sb.url.replace("/v1", &format!("/explorer/{asset}"));
        let resp = client().get(&url).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 200, "{asset}");
        let text = resp.text().await.unwrap();
        assert!(text.len() > 100, "{asset}");
        assert!(!text.contains(&sb.token));
    }

    // An API client's GET without a query still gets the plain-text description.
    let resp = client().get(&sb.url).send().await.unwrap();
    assert!(resp.text().await.unwrap().starts_with("houston sandbox"));
}

/// `-o json`, `-o yaml` and `--jq` print fields in the order the server sent them.
#[tokio::test]
async fn the_cli_prints_fields_in_the_servers_order() {
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("q.graphql");
    std::fs::write(
        &doc,
        "query q { appConfig { version baseDomain } workspaces { label id } }\n",
    )
    .unwrap();
    let doc = doc.display().to_string();
    let json_out = common::ok(sb.houston(&sb.token, None, &["query", "run", &doc, "-o", "json"]));
    assert_in_order(&json_out.stdout, &["version", "baseDomain", "label", "id"]);
    let yaml_out = common::ok(sb.houston(&sb.token, None, &["query", "run", &doc, "-o", "yaml"]));
    let yaml = &yaml_out.stdout;
    let at = |k: &str| yaml.find(k).unwrap_or_else(|| panic!("{k}: {yaml}"));
    assert!(at("version:") < at("baseDomain:"), "{yaml}");
    assert!(at("label:") < at("id:"), "{yaml}");
    let jq_out = common::ok(sb.houston(
        &sb.token,
        None,
        &["query", "run", &doc, "-o", "json", "--jq", ".workspaces[0]"],
    ));
    assert_in_order(&jq_out.stdout, &["label", "id"]);
}
