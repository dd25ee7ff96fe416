//! A local stand-in for the Astro API (`api.astronomer.io/v1`), for tests: there is no Astro on
//! loopback. It follows the fact sheet (`shared/reference/astro-api.md`): the paths under
//! `/v1/organizations/{org}/…`, `Bearer` auth, offset/limit envelopes with per-list item
//! fields, repeated query keys, `{message, requestId, statusCode[, fieldErrors]}` errors, 200 on
//! create and 204 on delete, full-replacement deployment updates, a duplicate deployment name
//! answering 400 with the documented message, token secrets only in create/rotate answers,
//! and deployments whose status moves from CREATING to HEALTHY as they are polled.
//!
//! Faults are queued per method and path suffix: 429 with or without `Retry-After` (nothing
//! done), 503 (nothing done), "lost answer" (the request is carried out, then a 502 page comes
//! back), a truncated body.

#![allow(dead_code)]

use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde_json::{Map, Value, json};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

pub const ORG: &str = "clorg00000000000000000001";
pub const OTHER_ORG: &str = "clorg00000000000000000002";
pub const WORKSPACE: &str = "clwsp00000000000000000001";
pub const WORKSPACE_2: &str = "clwsp00000000000000000002";
/// The signature part of the admin token: a canary that must never show up in output.
pub const CANARY: &str = "canary-sig-5f3a9c1e7b2d4f60a8e1";

/// The admin token the fake accepts: a JWT whose claims name [`ORG`] (so houston can find its
/// organization without being told), with a canary signature.
pub fn admin_token() -> String {
    let b = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!(
        "{}.{}.{CANARY}",
        b.encode(r#"{"alg":"RS256","typ":"JWT","kid":"fake"}"#),
        b.encode(format!(
            r#"{{"org_id":"{ORG}","permissions":["organizationId:{ORG}"],"apiTokenId":"cltok-admin","scope":"ORGANIZATION","exp":4102444800}}"#
        ))
    )
}

/// What the next matching request gets instead of (or on top of) its normal answer.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429, not carried out. `json` sends the documented error body; otherwise an empty body.
    TooMany {
        retry_after: Option<u64>,
        json: bool,
    },
    /// 503 with an HTML gateway page, not carried out.
    Unavailable,
    /// Carried out, then answered with a 502 HTML page: the answer is lost.
    LostAnswer,
    /// Carried out, answered 200 with the body cut in half.
    Truncated,
}

/// One request the fake saw.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub authorization: Option<String>,
    pub client_identifier: Option<String>,
    pub body: Option<Value>,
}

#[derive(Default)]
struct State {
    tokens: Vec<String>,
    workspaces: Vec<Value>,
    deployments: Vec<Value>,
    /// GETs left before a CREATING/DEPLOYING deployment turns HEALTHY, by id.
    polls_left: Vec<(String, u32)>,
    api_tokens: Vec<Value>,
    agent_tokens: Vec<(String, Value)>,
    secrets: Vec<(String, String)>,
    faults: Vec<(String, String, VecDeque<Fault>)>,
    seen: Vec<Seen>,
    counter: u64,
    polls_to_healthy: u32,
}

impl State {
    fn next(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }
    fn id(&mut self, prefix: &str) -> String {
        let n = self.next();
        format!("cl{prefix}{n:020}")
    }
    fn request_id(&mut self) -> String {
        let n = self.next();
        format!("f004d12a-29c8-40d8-b239-{n:012x}")
    }
    fn secret(&mut self) -> String {
        let n = self.next();
        format!("astro-secret-{n:04}-{}", "x".repeat(40))
    }
}

/// A running fake. Dropping it leaves the server running until the test process ends.
#[derive(Clone)]
pub struct Fake {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
}

fn now() -> String {
    let t = jiff::Timestamp::now();
    jiff::Timestamp::from_second(t.as_second())
        .unwrap()
        .to_string()
}

fn subject() -> Value {
    json!({"id": "cltok-admin", "subjectType": "SERVICEKEY", "apiTokenName": "admin"})
}

impl Fake {
    /// Starts a fake on an ephemeral loopback port, on its own thread and runtime (so a test can
    /// drive the real binary against it without a runtime of its own).
    pub fn start() -> Fake {
        let mut state = State {
            tokens: vec![admin_token()],
            polls_to_healthy: 2,
            ..State::default()
        };
        let at = now();
        state.workspaces = vec![
            json!({"id": WORKSPACE, "name": "Data Platform", "organizationId": ORG,
                   "cicdEnforcedDefault": false, "createdAt": at, "updatedAt": at,
                   "description": "", "organizationName": "Acme"}),
            json!({"id": WORKSPACE_2, "name": "Analytics", "organizationId": ORG,
                   "cicdEnforcedDefault": true, "createdAt": at, "updatedAt": at}),
        ];
        let state = Arc::new(Mutex::new(state));
        let shared = state.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(listener.local_addr().unwrap()).unwrap();
                let app = axum::Router::new().fallback(move |req: Request<Body>| {
                    let state = shared.clone();
                    async move { handle(state, req).await }
                });
                axum::serve(listener, app).await.unwrap();
            });
        });
        let addr = rx.recv().unwrap();
        Fake { addr, state }
    }

    /// The host to give houston (`ASTRO_API_URL`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many GETs a new or updated deployment takes to turn HEALTHY.
    pub fn set_polls_to_healthy(&self, n: u32) {
        self.state.lock().unwrap().polls_to_healthy = n;
    }

    /// Queues a fault for the next request with this method whose path ends with `suffix`.
    pub fn fail_next(&self, method: &str, suffix: &str, fault: Fault) {
        let mut s = self.state.lock().unwrap();
        if let Some(entry) = s
            .faults
            .iter_mut()
            .find(|(m, p, _)| m == method && p == suffix)
        {
            entry.2.push_back(fault);
        } else {
            s.faults
                .push((method.into(), suffix.into(), VecDeque::from([fault])));
        }
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// How many requests had this method and a path ending with `suffix`.
    pub fn count(&self, method: &str, suffix: &str) -> usize {
        self.seen()
            .iter()
            .filter(|s| s.method == method && s.path.ends_with(suffix))
            .count()
    }

    pub fn deployments(&self) -> Vec<Value> {
        self.state.lock().unwrap().deployments.clone()
    }

    pub fn api_tokens(&self) -> Vec<Value> {
        self.state.lock().unwrap().api_tokens.clone()
    }

    pub fn agent_tokens(&self) -> Vec<Value> {
        let s = self.state.lock().unwrap();
        s.agent_tokens.iter().map(|(_, t)| t.clone()).collect()
    }

    /// The secret of a token (as the server knows it), to check what houston wrote.
    pub fn secret_of(&self, id: &str) -> Option<String> {
        let s = self.state.lock().unwrap();
        s.secrets
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, v)| v.clone())
    }

    /// Adds a deployment directly (status HEALTHY), returning its id.
    pub fn seed_deployment(&self, name: &str, workspace: &str) -> String {
        let mut s = self.state.lock().unwrap();
        let id = s.id("dep");
        let d = new_deployment(
            &id,
            &json!({"name": name, "workspaceId": workspace}),
            "HEALTHY",
        );
        s.deployments.push(d);
        id
    }

    /// Adds `n` deployments named `{prefix}-{i}` to a workspace.
    pub fn seed_many(&self, prefix: &str, n: usize, workspace: &str) {
        for i in 0..n {
            self.seed_deployment(&format!("{prefix}-{i:03}"), workspace);
        }
    }

    /// Adds an API token directly, returning its id.
    pub fn seed_api_token(&self, name: &str, scope: &str, entity: &str, roles: Value) -> String {
        let mut s = self.state.lock().unwrap();
        let id = s.id("tok");
        let secret = s.secret();
        let token = api_token(&id, name, "", scope, &secret, roles, Some(entity));
        s.tokens.push(secret.clone());
        s.secrets.push((id.clone(), secret));
        s.api_tokens.push(token);
        id
    }
}

fn new_deployment(id: &str, body: &Value, status: &str) -> Value {
    let at = now();
    let text = |k: &str, default: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .unwrap_or(default)
            .to_string()
    };
    let runtime = text("astroRuntimeVersion", "3.0-4");
    let mut d = json!({
        "id": id,
        "name": text("name", ""),
        "organizationId": ORG,
        "workspaceId": text("workspaceId", ""),
        "workspaceName": "Data Platform",
        "description": text("description", ""),
        "type": text("type", "STANDARD"),
        "status": status,
        "executor": text("executor", "ASTRO"),
        "astroRuntimeVersion": runtime,
        "runtimeVersion": runtime,
        "airflowVersion": "3.0.2",
        "imageRepository": format!("images.astronomer.cloud/{id}"),
        "imageTag": "deploy-1",
        "namespace": format!("ns-{id}"),
        "apiUrl": format!("https://{id}.astronomer.run/{id}/api/v2"),
        "webServerAirflowApiUrl": format!("{id}.astronomer.run/{id}/api/v2"),
        "webServerUrl": format!("{id}.astronomer.run/{id}"),
        "webServerIngressHostname": format!("{id}.astronomer.run"),
        "uiUrl": format!("https://{id}.astronomer.run/{id}"),
        "webServerCpu": "0.5", "webServerMemory": "1Gi",
        "schedulerCpu": "1", "schedulerMemory": "2Gi", "schedulerReplicas": 1,
        "schedulerSize": text("schedulerSize", "SMALL"),
        "isCicdEnforced": body.get("isCicdEnforced").cloned().unwrap_or(json!(false)),
        "isDagDeployEnabled": body.get("isDagDeployEnabled").cloned().unwrap_or(json!(true)),
        "isHighAvailability": body.get("isHighAvailability").cloned().unwrap_or(json!(false)),
        "isDevelopmentMode": body.get("isDevelopmentMode").cloned().unwrap_or(json!(false)),
        "cloudProvider": text("cloudProvider", "AWS"),
        "region": text("region", "us-east-1"),
        "contactEmails": body.get("contactEmails").cloned().unwrap_or(json!([])),
        "environmentVariables": body.get("environmentVariables").cloned().unwrap_or(json!([])),
    });
    let queue = json!({
        "id": format!("{id}-q1"), "name": "default", "isDefault": true,
        "minWorkerCount": 0, "maxWorkerCount": 10, "workerConcurrency": 5,
        "podCpu": "1", "podMemory": "2Gi", "astroMachine": "A5"
    });
    d["workerQueues"] = body.get("workerQueues").cloned().unwrap_or(json!([queue]));
    d["createdAt"] = json!(at);
    d["updatedAt"] = json!(at);
    d["createdBy"] = subject();
    d["updatedBy"] = subject();
    // A field no houston knows: it must survive into JSON output.
    d["futureField"] = json!({"addedIn": "v1.9"});
    if let Some(c) = body.get("clusterId") {
        d["clusterId"] = c.clone();
    }
    d
}

fn api_token(
    id: &str,
    name: &str,
    description: &str,
    scope: &str,
    secret: &str,
    roles: Value,
    entity: Option<&str>,
) -> Value {
    let at = now();
    let mut roles = roles.as_array().cloned().unwrap_or_default();
    if !roles.iter().any(|r| r["entityType"] == scope) {
        roles.insert(
            0,
            json!({"entityType": scope, "entityId": entity.unwrap_or(ORG), "role": format!("{scope}_MEMBER")}),
        );
    }
    json!({
        "id": id, "name": name, "description": description, "scope": scope,
        "kind": "STANDARD", "shortToken": format!("{}…", &secret[..16]),
        "startAt": at, "createdAt": at, "updatedAt": at,
        "createdBy": subject(), "updatedBy": subject(),
        "roles": roles,
    })
}

fn error(state: &mut State, status: u16, message: &str) -> Response {
    error_with(state, status, message, None)
}

fn error_with(state: &mut State, status: u16, message: &str, fields: Option<Value>) -> Response {
    let mut body =
        json!({"message": message, "requestId": state.request_id(), "statusCode": status});
    if let Some(f) = fields {
        body["fieldErrors"] = f;
    }
    (
        StatusCode::from_u16(status).unwrap(),
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn ok(value: Value) -> Response {
    (
        StatusCode::OK,
        [("content-type", "application/json")],
        value.to_string(),
    )
        .into_response()
}

fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

fn html(status: u16) -> Response {
    let code = StatusCode::from_u16(status).unwrap();
    (
        code,
        [("content-type", "text/html")],
        format!(
            "<html><head><title>{status} {}</title></head><body><h1>{status}</h1>cloudfront</body></html>",
            code.canonical_reason().unwrap_or("")
        ),
    )
        .into_response()
}

/// Query pairs, repeated keys kept.
fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

fn all(q: &[(String, String)], key: &str) -> Vec<String> {
    q.iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .collect()
}

fn one(q: &[(String, String)], key: &str) -> Option<String> {
    q.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// `{<field>: page, limit, offset, totalCount}`, with `sorts` applied.
fn paginate(
    state: &mut State,
    mut items: Vec<Value>,
    field: &str,
    q: &[(String, String)],
) -> Response {
    if q.iter().any(|(k, _)| k.ends_with("[]")) {
        return error(
            state,
            400,
            "Invalid request: unknown query parameter (arrays are sent as repeated keys)",
        );
    }
    let offset: usize = match one(q, "offset").map(|o| o.parse()) {
        None => 0,
        Some(Ok(o)) => o,
        Some(Err(_)) => return error(state, 400, "Invalid request: offset must be an integer"),
    };
    let limit: usize = match one(q, "limit").map(|o| o.parse()) {
        None => 20,
        Some(Ok(l)) if (1..=1000).contains(&l) => l,
        _ => {
            return error_with(
                state,
                400,
                "Invalid request: limit must be between 1 and 1000",
                Some(json!([{"field": "limit", "code": "max", "message": "must be at most 1000"}])),
            );
        }
    };
    for sort in all(q, "sorts").iter().rev() {
        let (key, dir) = sort.split_once(':').unwrap_or((sort, "asc"));
        items.sort_by(|a, b| {
            let o = a[key].to_string().cmp(&b[key].to_string());
            if dir == "desc" { o.reverse() } else { o }
        });
    }
    let total = items.len();
    let page: Vec<Value> = items.into_iter().skip(offset).take(limit).collect();
    ok(json!({field: page, "limit": limit, "offset": offset, "totalCount": total}))
}

async fn handle(state: Arc<Mutex<State>>, req: Request<Body>) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(str::to_string);
    let headers = req.headers().clone();
    let bytes = to_bytes(req.into_body(), 1 << 20).await.unwrap_or_default();
    let body: Option<Value> = if bytes.is_empty() {
        None
    } else {
        match serde_json::from_slice(&bytes) {
            Ok(v) => Some(v),
            Err(_) => {
                let mut s = state.lock().unwrap();
                return error(&mut s, 400, "Invalid request: the body is not valid JSON");
            }
        }
    };
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let fault = {
        let mut s = state.lock().unwrap();
        s.seen.push(Seen {
            method: method.to_string(),
            path: path.clone(),
            query: query.clone(),
            authorization: header("authorization"),
            client_identifier: header("x-astro-client-identifier"),
            body: body.clone(),
        });
        s.faults
            .iter_mut()
            .find(|(m, p, q)| *m == method.as_str() && path.ends_with(p.as_str()) && !q.is_empty())
            .and_then(|(_, _, q)| q.pop_front())
    };
    match fault {
        Some(Fault::TooMany { retry_after, json }) => {
            let mut response = if json {
                let mut s = state.lock().unwrap();
                error(&mut s, 429, "Too Many Requests")
            } else {
                StatusCode::TOO_MANY_REQUESTS.into_response()
            };
            if let Some(secs) = retry_after {
                response
                    .headers_mut()
                    .insert("retry-after", secs.to_string().parse().unwrap());
            }
            return response;
        }
        Some(Fault::Unavailable) => return html(503),
        _ => {}
    }
    let response = {
        let mut s = state.lock().unwrap();
        route(&mut s, &method, &path, query.as_deref(), &headers, body)
    };
    match fault {
        Some(Fault::LostAnswer) => html(502),
        Some(Fault::Truncated) => {
            let (parts, body) = response.into_parts();
            let bytes = to_bytes(body, 1 << 20).await.unwrap_or_default();
            let cut = bytes.slice(..bytes.len() / 2);
            Response::from_parts(parts, Body::from(cut))
        }
        _ => response,
    }
}

fn route(
    s: &mut State,
    method: &Method,
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: Option<Value>,
) -> Response {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(token) = auth.strip_prefix("Bearer ") else {
        return error(s, 401, "Unauthorized: missing bearer token");
    };
    if !s.tokens.iter().any(|t| t == token) {
        return error(s, 401, "Unauthorized: token is invalid or expired");
    }
    let q = query_pairs(query);
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let m = method.as_str();
    match segments.as_slice() {
        ["v1", "organizations"] if m == "GET" => {
            let orgs = vec![json!({
                "id": ORG, "name": "Acme", "createdAt": "2025-01-01T00:00:00Z",
                "updatedAt": "2025-01-01T00:00:00Z", "createdBy": subject(), "updatedBy": subject(),
                "allowEnhancedSupportAccess": false, "hasAllowedIpAddressRanges": false,
                "isBlockedEnableAiFeatures": false, "isScimEnabled": false,
                "shouldEnforceDedicatedClusters": false,
                "productPlans": [{"productPlanId": "p1", "productPlanName": "ENTERPRISE_V2", "astronomerProduct": "ASTRO", "organizationId": ORG}],
                "product": "HOSTED", "status": "ACTIVE", "paymentMethod": "INVOICE"
            })];
            paginate(s, orgs, "organizations", &q)
        }
        ["platform", "v1beta1", "organizations"] if m == "GET" => {
            let orgs = vec![json!({"id": ORG, "name": "Acme", "supportPlan": "BUSINESS"})];
            paginate(s, orgs, "organizations", &q)
        }
        ["v1", "organizations", org, rest @ ..] => {
            if *org != ORG {
                return error(
                    s,
                    403,
                    "Forbidden: this token has no access to that organization",
                );
            }
            org_routes(s, m, rest, &q, body)
        }
        _ => error(s, 404, &format!("Not Found: no route for {m} {path}")),
    }
}

fn org_routes(
    s: &mut State,
    m: &str,
    rest: &[&str],
    q: &[(String, String)],
    body: Option<Value>,
) -> Response {
    match (m, rest) {
        ("GET", []) => ok(
            json!({"id": ORG, "name": "Acme", "product": "HOSTED", "status": "ACTIVE",
            "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"}),
        ),
        ("GET", ["workspaces"]) => {
            let names = all(q, "names");
            let items: Vec<Value> = s
                .workspaces
                .iter()
                .filter(|w| names.is_empty() || names.iter().any(|n| w["name"] == n.as_str()))
                .cloned()
                .collect();
            paginate(s, items, "workspaces", q)
        }
        ("GET", ["workspaces", id]) => match s.workspaces.iter().find(|w| w["id"] == *id) {
            Some(w) => ok(w.clone()),
            None => error(s, 404, "Workspace not found"),
        },
        ("GET", ["deployments"]) => {
            let ids = all(q, "deploymentIds");
            let names = all(q, "names");
            let wss = all(q, "workspaceIds");
            let items: Vec<Value> = s
                .deployments
                .iter()
                .filter(|d| ids.is_empty() || ids.iter().any(|i| d["id"] == i.as_str()))
                .filter(|d| names.is_empty() || names.iter().any(|n| d["name"] == n.as_str()))
                .filter(|d| wss.is_empty() || wss.iter().any(|w| d["workspaceId"] == w.as_str()))
                .cloned()
                .map(public)
                .collect();
            paginate(s, items, "deployments", q)
        }
        ("POST", ["deployments"]) => create_deployment(s, body.unwrap_or(Value::Null)),
        ("GET", ["deployments", id]) => {
            let Some(i) = s.deployments.iter().position(|d| d["id"] == *id) else {
                return error(s, 404, "Deployment not found");
            };
            advance(s, i);
            ok(public(s.deployments[i].clone()))
        }
        ("POST", ["deployments", id]) => update_deployment(s, id, body.unwrap_or(Value::Null)),
        ("DELETE", ["deployments", id]) => {
            let before = s.deployments.len();
            s.deployments.retain(|d| d["id"] != *id);
            if s.deployments.len() == before {
                return error(s, 404, "Deployment not found");
            }
            no_content()
        }
        ("GET", ["deployments", dep, "agent-tokens"]) => {
            if !s.deployments.iter().any(|d| d["id"] == *dep) {
                return error(s, 404, "Deployment not found");
            }
            let items: Vec<Value> = s
                .agent_tokens
                .iter()
                .filter(|(d, _)| d == dep)
                .map(|(_, t)| t.clone())
                .collect();
            paginate(s, items, "tokens", q)
        }
        ("POST", ["deployments", dep, "agent-tokens"]) => {
            if !s.deployments.iter().any(|d| d["id"] == *dep) {
                return error(s, 404, "Deployment not found");
            }
            let body = body.unwrap_or(Value::Null);
            if let Some(r) = check_token_body(s, &body) {
                return r;
            }
            let id = s.id("agt");
            let secret = s.secret();
            let mut token = api_token(
                &id,
                body["name"].as_str().unwrap(),
                body["description"].as_str().unwrap_or(""),
                "DEPLOYMENT",
                &secret,
                json!([{"entityType": "DEPLOYMENT", "entityId": dep, "role": "DEPLOYMENT_AGENT"}]),
                Some(dep),
            );
            expiry(&mut token, &body);
            s.tokens.push(secret.clone());
            s.secrets.push((id.clone(), secret.clone()));
            s.agent_tokens.push((dep.to_string(), token.clone()));
            token["token"] = json!(secret);
            ok(token)
        }
        ("GET", ["deployments", dep, "agent-tokens", id]) => {
            match s
                .agent_tokens
                .iter()
                .find(|(d, t)| d == dep && t["id"] == *id)
            {
                Some((_, t)) => ok(t.clone()),
                None => error(s, 404, "Agent token not found"),
            }
        }
        ("DELETE", ["deployments", dep, "agent-tokens", id]) => {
            let before = s.agent_tokens.len();
            s.agent_tokens
                .retain(|(d, t)| !(d == dep && t["id"] == *id));
            if s.agent_tokens.len() == before {
                return error(s, 404, "Agent token not found");
            }
            no_content()
        }
        ("GET", ["tokens"]) => {
            let ws = one(q, "workspaceId");
            let dep = one(q, "deploymentId");
            let only_org = one(q, "includeOnlyOrganizationTokens").as_deref() == Some("true");
            let items: Vec<Value> = s
                .api_tokens
                .iter()
                .filter(|t| !only_org || t["scope"] == "ORGANIZATION")
                .filter(|t| holds_role(t, ws.as_deref()) && holds_role(t, dep.as_deref()))
                .cloned()
                .collect();
            paginate(s, items, "tokens", q)
        }
        ("POST", ["tokens"]) => create_api_token(s, body.unwrap_or(Value::Null)),
        ("GET", ["tokens", id]) => match s.api_tokens.iter().find(|t| t["id"] == *id) {
            Some(t) => ok(t.clone()),
            None => error(s, 404, "API token not found"),
        },
        ("DELETE", ["tokens", id]) => {
            let before = s.api_tokens.len();
            s.api_tokens.retain(|t| t["id"] != *id);
            if s.api_tokens.len() == before {
                return error(s, 404, "API token not found");
            }
            no_content()
        }
        ("POST", ["tokens", id, "rotate"]) => {
            if body.is_some() {
                return error(s, 400, "Invalid request: rotate takes no body");
            }
            let Some(i) = s.api_tokens.iter().position(|t| t["id"] == *id) else {
                return error(s, 404, "API token not found");
            };
            let secret = s.secret();
            if let Some(old) = s
                .secrets
                .iter()
                .find(|(t, _)| t == id)
                .map(|(_, v)| v.clone())
            {
                s.tokens.retain(|t| *t != old);
            }
            s.secrets.retain(|(t, _)| t != id);
            s.secrets.push((id.to_string(), secret.clone()));
            s.tokens.push(secret.clone());
            s.api_tokens[i]["lastRotatedAt"] = json!(now());
            s.api_tokens[i]["shortToken"] = json!(format!("{}…", &secret[..16]));
            let mut answer = s.api_tokens[i].clone();
            answer["token"] = json!(secret);
            ok(answer)
        }
        ("POST", ["tokens", id, "roles"]) => {
            let Some(i) = s.api_tokens.iter().position(|t| t["id"] == *id) else {
                return error(s, 404, "API token not found");
            };
            let Some(roles) = body
                .as_ref()
                .and_then(|b| b.get("roles"))
                .and_then(Value::as_array)
                .cloned()
            else {
                return error_with(
                    s,
                    400,
                    "Invalid request",
                    Some(
                        json!([{"field": "roles", "code": "required", "message": "roles is required"}]),
                    ),
                );
            };
            for r in &roles {
                for f in ["entityType", "entityId", "role"] {
                    if !r[f].is_string() {
                        return error_with(
                            s,
                            400,
                            "Invalid request",
                            Some(
                                json!([{"field": format!("roles.{f}"), "code": "required", "message": format!("{f} is required")}]),
                            ),
                        );
                    }
                }
            }
            let scope = s.api_tokens[i]["scope"].clone();
            if !roles.iter().any(|r| r["entityType"] == scope) {
                return error(
                    s,
                    400,
                    "Invalid request: the token's own scope role cannot be removed",
                );
            }
            s.api_tokens[i]["roles"] = Value::Array(roles.clone());
            let pick = |t: &str, key: &str| -> Vec<Value> {
                roles
                    .iter()
                    .filter(|r| r["entityType"] == t)
                    .map(|r| json!({key: r["entityId"], "role": r["role"]}))
                    .collect()
            };
            let org_role = roles
                .iter()
                .find(|r| r["entityType"] == "ORGANIZATION")
                .map(|r| r["role"].clone());
            let mut answer = json!({
                "workspaceRoles": pick("WORKSPACE", "workspaceId"),
                "deploymentRoles": pick("DEPLOYMENT", "deploymentId"),
            });
            if let Some(r) = org_role {
                answer["organizationRole"] = r;
            }
            ok(answer)
        }
        _ => error(
            s,
            404,
            &format!("Not Found: no route for {m} /{}", rest.join("/")),
        ),
    }
}

/// `expiryPeriodInDays` and `endAt` from a create's `tokenExpiryPeriodInDays`.
fn expiry(token: &mut Value, body: &Value) {
    if let Some(days) = body["tokenExpiryPeriodInDays"].as_i64() {
        let now = jiff::Timestamp::from_second(jiff::Timestamp::now().as_second()).unwrap();
        let end = now
            .checked_add(jiff::SignedDuration::from_hours(24 * days))
            .unwrap();
        token["expiryPeriodInDays"] = json!(days);
        token["endAt"] = json!(end.to_string());
    }
}

fn holds_role(token: &Value, entity: Option<&str>) -> bool {
    let Some(entity) = entity else { return true };
    token["roles"]
        .as_array()
        .is_some_and(|roles| roles.iter().any(|r| r["entityId"] == entity))
}

/// A GET moves a deploying deployment along.
fn advance(s: &mut State, i: usize) {
    let id = s.deployments[i]["id"].as_str().unwrap().to_string();
    if let Some(entry) = s.polls_left.iter_mut().find(|(d, _)| *d == id) {
        if entry.1 > 0 {
            entry.1 -= 1;
        }
        if entry.1 == 0 {
            let d = &mut s.deployments[i];
            if d["name"].as_str().unwrap_or("").contains("doomed") {
                d["status"] = json!("UNHEALTHY");
                d["statusReason"] = json!("Scheduler pods are crash-looping: ImagePullBackOff");
            } else {
                d["status"] = json!("HEALTHY");
            }
        }
    }
}

fn check_token_body(s: &mut State, body: &Value) -> Option<Response> {
    if body["name"].as_str().is_none_or(|n| n.is_empty()) {
        return Some(error_with(
            s,
            400,
            "Invalid request",
            Some(json!([{"field": "name", "code": "required", "message": "name is required"}])),
        ));
    }
    if let Some(days) = body.get("tokenExpiryPeriodInDays")
        && !days.as_u64().is_some_and(|d| (1..=3650).contains(&d))
    {
        return Some(error_with(
            s,
            400,
            "Invalid request",
            Some(
                json!([{"field": "tokenExpiryPeriodInDays", "code": "range", "message": "must be between 1 and 3650"}]),
            ),
        ));
    }
    None
}

fn create_deployment(s: &mut State, body: Value) -> Response {
    let mut missing = Vec::new();
    for f in ["name", "workspaceId"] {
        if body[f].as_str().is_none_or(|v| v.is_empty()) {
            missing.push(
                json!({"field": f, "code": "required", "message": format!("{f} is required")}),
            );
        }
    }
    if !missing.is_empty() {
        return error_with(s, 400, "Invalid request", Some(Value::Array(missing)));
    }
    let name = body["name"].as_str().unwrap();
    let ws = body["workspaceId"].as_str().unwrap();
    if !s.workspaces.iter().any(|w| w["id"] == ws) {
        return error(s, 404, "Workspace not found");
    }
    if let Some(e) = body.get("executor").and_then(Value::as_str)
        && !["CELERY", "KUBERNETES", "ASTRO"].contains(&e)
    {
        return error_with(
            s,
            400,
            "Invalid request",
            Some(
                json!([{"field": "executor", "code": "oneof", "message": "executor must be one of CELERY KUBERNETES ASTRO"}]),
            ),
        );
    }
    if s.deployments
        .iter()
        .any(|d| d["name"] == name && d["workspaceId"] == ws)
    {
        return error(
            s,
            400,
            &format!("Invalid request: Deployment name '{name}' already exists in this workspace"),
        );
    }
    let id = s.id("dep");
    let d = new_deployment(&id, &body, "CREATING");
    let polls = s.polls_to_healthy;
    s.polls_left.push((id, polls));
    s.deployments.push(d.clone());
    ok(d)
}

fn update_deployment(s: &mut State, id: &str, body: Value) -> Response {
    let Some(i) = s.deployments.iter().position(|d| d["id"] == id) else {
        return error(s, 404, "Deployment not found");
    };
    // The update is a full replacement: the Standard variant's required fields.
    let required = [
        "name",
        "workspaceId",
        "type",
        "executor",
        "isCicdEnforced",
        "isDagDeployEnabled",
        "isHighAvailability",
        "schedulerSize",
        "environmentVariables",
    ];
    let missing: Vec<Value> = required
        .iter()
        .filter(|f| body.get(**f).is_none_or(Value::is_null))
        .map(|f| json!({"field": f, "code": "required", "message": format!("{f} is required")}))
        .collect();
    if !missing.is_empty() {
        return error_with(s, 400, "Invalid request", Some(Value::Array(missing)));
    }
    let old = s.deployments[i].clone();
    let mut d = old.clone();
    let Value::Object(fields) = &body else {
        return error(s, 400, "Invalid request: the body must be an object");
    };
    for (k, v) in fields {
        if k == "environmentVariables" {
            continue;
        }
        d[k] = v.clone();
    }
    // Secret variables sent without a value keep the value the server has.
    let old_env = old["environmentVariables"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut env = Vec::new();
    for v in body["environmentVariables"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        let mut v: Map<String, Value> = v.as_object().cloned().unwrap_or_default();
        if v.get("isSecret") == Some(&json!(true))
            && !v.contains_key("value")
            && let Some(prev) = old_env.iter().find(|o| o["key"] == v["key"])
            && let Some(val) = prev.get("value")
        {
            v.insert("value".into(), val.clone());
        }
        v.insert("updatedAt".into(), json!(now()));
        env.push(Value::Object(v));
    }
    d["environmentVariables"] = Value::Array(env);
    d["updatedAt"] = json!(now());
    d["status"] = json!("DEPLOYING");
    let polls = s.polls_to_healthy;
    s.polls_left.retain(|(x, _)| x != id);
    s.polls_left.push((id.to_string(), polls));
    s.deployments[i] = d.clone();
    ok(public(d))
}

/// What GET shows of a deployment: secret variables without their value.
fn public(mut d: Value) -> Value {
    if let Some(vars) = d["environmentVariables"].as_array_mut() {
        for v in vars {
            if v["isSecret"] == json!(true) {
                v.as_object_mut().unwrap().remove("value");
            }
        }
    }
    d
}

fn create_api_token(s: &mut State, body: Value) -> Response {
    if let Some(r) = check_token_body(s, &body) {
        return r;
    }
    let scope = body["scope"].as_str().unwrap_or("");
    if !["ORGANIZATION", "WORKSPACE", "DEPLOYMENT"].contains(&scope) {
        return error_with(
            s,
            400,
            "Invalid request",
            Some(
                json!([{"field": "scope", "code": "oneof", "message": "scope must be one of ORGANIZATION WORKSPACE DEPLOYMENT"}]),
            ),
        );
    }
    let Some(role) = body["role"].as_str() else {
        return error_with(
            s,
            400,
            "Invalid request",
            Some(json!([{"field": "role", "code": "required", "message": "role is required"}])),
        );
    };
    let entity = body["entityId"].as_str().map(str::to_string);
    if scope != "ORGANIZATION" && entity.is_none() {
        return error(
            s,
            400,
            "Invalid request: entityId is required for WORKSPACE and DEPLOYMENT tokens",
        );
    }
    let entity_id = entity.clone().unwrap_or(ORG.to_string());
    let id = s.id("tok");
    let secret = s.secret();
    let token = api_token(
        &id,
        body["name"].as_str().unwrap(),
        body["description"].as_str().unwrap_or(""),
        scope,
        &secret,
        json!([{"entityType": scope, "entityId": entity_id, "role": role}]),
        entity.as_deref(),
    );
    let mut token = token;
    expiry(&mut token, &body);
    s.tokens.push(secret.clone());
    s.secrets.push((id, secret.clone()));
    s.api_tokens.push(token.clone());
    let mut answer = token;
    answer["token"] = json!(secret);
    ok(answer)
}
