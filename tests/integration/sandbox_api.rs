//! The sandbox speaks Houston over HTTP: Apollo's request errors (HTTP 400) and field errors
//! (HTTP 200 with codes, paths and partial data), Houston's auth and roles, and its state rules.

use crate::common;

use common::TestSandbox;
use secrecy::ExposeSecret;
use serde_json::{Value, json};

fn code(body: &Value, i: usize) -> &str {
    body["errors"][i]["extensions"]["code"]
        .as_str()
        .unwrap_or("<none>")
}

async fn demo_workspace(sb: &TestSandbox) -> String {
    let data = sb
        .admin("{ workspaces(label: \"demo\") { id } }", json!({}))
        .await;
    data["workspaces"][0]["id"].as_str().unwrap().to_string()
}

/// Creates a local user with a password and returns a token from `createToken`.
async fn user_token(sb: &TestSandbox, email: &str) -> String {
    let (status, body) = sb
        .post(
            None,
            "mutation($e: String!, $p: String!) { createUser(email: $e, password: $p) { user { id } } }",
            Some(json!({"e": email, "p": "s3cret-passphrase"})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, body) = sb
        .post(
            None,
            "mutation($i: String, $p: String!) { createToken(identity: $i, password: $p) { token { value payload { uuid exp } } user { username } } }",
            Some(json!({"i": email, "p": "s3cret-passphrase"})),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["createToken"]["token"]["value"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn request_errors_are_http_400_like_apollo() {
    let sb = TestSandbox::start();
    let t = Some(sb.token.as_str());

    let (status, body) = sb.post(t, "{ workspaces { id ", None).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code(&body, 0), "GRAPHQL_PARSE_FAILED");
    assert!(body.get("data").is_none());
    assert!(
        body["errors"][0]["locations"][0]["line"].is_number(),
        "{body}"
    );

    let (status, body) = sb.post(t, "{ workspaces { nope } }", None).await;
    assert_eq!(status, 400);
    assert_eq!(code(&body, 0), "GRAPHQL_VALIDATION_FAILED");
    assert_eq!(
        body["errors"][0]["message"], "Cannot query field \"nope\" on type \"Workspace\".",
        "graphql-js wording: {body}"
    );

    let (status, body) = sb
        .post(
            t,
            "query($id: Uuid!) { workspace(workspaceUuid: $id) { id } }",
            Some(json!({})),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(code(&body, 0), "BAD_USER_INPUT", "{body}");
}

#[tokio::test]
async fn auth_like_houston() {
    let sb = TestSandbox::start();
    let q = "{ workspaces { id label } }";

    // No token: Houston's permission error (the astro CLI reads it as "log in again").
    let (status, body) = sb.post(None, q, None).await;
    assert_eq!(status, 200);
    assert_eq!(code(&body, 0), "FORBIDDEN");
    assert_eq!(body["errors"][0]["path"], json!(["workspaces"]));
    assert_eq!(body["data"]["workspaces"], Value::Null);

    // A token that cannot be a JWT or an API key.
    let (_, body) = sb.post(Some("not-a-token"), q, None).await;
    assert_eq!(code(&body, 0), "UNAUTHENTICATED");

    // A well-formed but unknown token.
    let (_, body) = sb.post(Some("aaa.bbb.ccc"), q, None).await;
    assert_eq!(code(&body, 0), "FORBIDDEN");

    // Raw and Bearer forms both work.
    let bearer = format!("Bearer {}", sb.token);
    for header in [sb.token.as_str(), bearer.as_str()] {
        let (_, body) = sb.post(Some(header), q, None).await;
        assert_eq!(body["data"]["workspaces"][0]["label"], "demo", "{body}");
    }

    // Wrong password and unknown identity.
    let (_, body) = sb
        .post(None, "mutation { createToken(identity: \"admin\", password: \"wrong\") { token { value } } }", None)
        .await;
    assert_eq!(
        body["errors"][0]["message"],
        "Invalid password and username combination"
    );

    // The admin's own password file logs in.
    let password = std::fs::read_to_string(sb.dir().join("admin-password")).unwrap();
    let (_, body) = sb
        .post(
            None,
            "mutation($p: String!) { createToken(identity: \"admin\", password: $p) { token { value } user { username } } }",
            Some(json!({"p": password.trim()})),
        )
        .await;
    assert_eq!(
        body["data"]["createToken"]["user"]["username"], "admin",
        "{body}"
    );

    // Token files are private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["admin-token", "admin-password"] {
            let mode = std::fs::metadata(sb.dir().join(f))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{f}");
        }
    }
}

#[tokio::test]
async fn roles_are_enforced() {
    let sb = TestSandbox::start();
    let ws = demo_workspace(&sb).await;
    let viewer = user_token(&sb, "vic@example.com").await;
    let editor = user_token(&sb, "eddie@example.com").await;
    for (email, role) in [
        ("vic@example.com", "WORKSPACE_VIEWER"),
        ("eddie@example.com", "WORKSPACE_EDITOR"),
    ] {
        sb.admin(
            "mutation($w: Uuid!, $e: String!, $r: Role!) { workspaceAddUser(workspaceUuid: $w, email: $e, role: $r) { id } }",
            json!({"w": ws, "e": email, "r": role}),
        )
        .await;
    }
    let add_user = "mutation($w: Uuid!, $e: String!) { workspaceAddUser(workspaceUuid: $w, email: $e, role: WORKSPACE_VIEWER) { id } }";

    // A viewer reads but cannot add users, create deployments or service accounts.
    let (_, body) = sb
        .post(
            Some(&viewer),
            "query($w: Uuid!) { workspaceUsers(workspaceUuid: $w) { id } }",
            Some(json!({"w": ws})),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let (_, body) = sb
        .post(
            Some(&viewer),
            add_user,
            Some(json!({"w": ws, "e": "x@example.com"})),
        )
        .await;
    assert_eq!(code(&body, 0), "FORBIDDEN");
    assert_eq!(
        body["errors"][0]["message"],
        "You do not have the appropriate permissions for that"
    );
    let create_dep = "mutation($w: Uuid!, $l: String!) { createDeployment(workspaceUuid: $w, type: \"airflow\", label: $l) { id } }";
    let (_, body) = sb
        .post(Some(&viewer), create_dep, Some(json!({"w": ws, "l": "v"})))
        .await;
    assert_eq!(code(&body, 0), "FORBIDDEN");

    // An editor creates deployments but does not manage people.
    let (_, body) = sb
        .post(
            Some(&editor),
            create_dep,
            Some(json!({"w": ws, "l": "eddies"})),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let (_, body) = sb
        .post(
            Some(&editor),
            add_user,
            Some(json!({"w": ws, "e": "y@example.com"})),
        )
        .await;
    assert_eq!(code(&body, 0), "FORBIDDEN");

    // Only system admins grant system roles; a workspace outsider sees nothing.
    let (_, body) = sb
        .post(
            Some(&editor),
            "mutation($u: ID!) { createSystemRoleBinding(userId: $u, role: SYSTEM_ADMIN) { id } }",
            Some(json!({"u": "x"})),
        )
        .await;
    assert_eq!(code(&body, 0), "FORBIDDEN");
    let outsider = user_token(&sb, "out@example.com").await;
    let (_, body) = sb
        .post(Some(&outsider), "{ workspaces { id } }", None)
        .await;
    assert_eq!(body["data"]["workspaces"], json!([]));
    let (_, body) = sb
        .post(
            Some(&outsider),
            "query($w: Uuid!) { workspace(workspaceUuid: $w) { id } }",
            Some(json!({"w": ws})),
        )
        .await;
    assert_eq!(code(&body, 0), "FORBIDDEN");

    // A workspace service account's API key acts with its role, and only there.
    let data = sb
        .admin(
            "mutation($w: Uuid!) { createWorkspaceServiceAccount(label: \"bot\", workspaceUuid: $w, role: WORKSPACE_VIEWER) { id apiKey } }",
            json!({"w": ws}),
        )
        .await;
    let key = data["createWorkspaceServiceAccount"]["apiKey"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(key.len(), 32);
    let (_, body) = sb.post(Some(&key), "{ workspaces { label } }", None).await;
    assert_eq!(
        body["data"]["workspaces"],
        json!([{"label": "demo"}]),
        "{body}"
    );
    let (_, body) = sb
        .post(
            Some(&key),
            add_user,
            Some(json!({"w": ws, "e": "z@example.com"})),
        )
        .await;
    assert_eq!(code(&body, 0), "FORBIDDEN");
    // The key is shown once and stored hashed.
    let data = sb
        .admin(
            "query($w: Uuid!) { workspaceServiceAccounts(workspaceUuid: $w) { label apiKey } }",
            json!({"w": ws}),
        )
        .await;
    assert!(
        data["workspaceServiceAccounts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|sa| sa["apiKey"].is_null())
    );
}

#[tokio::test]
async fn houston_rules_for_state() {
    let sb = TestSandbox::start();
    let ws = demo_workspace(&sb).await;
    let add = "mutation($w: Uuid, $e: String!, $b: Boolean) { workspaceAddUser(workspaceUuid: $w, email: $e, role: WORKSPACE_EDITOR, bypassInvite: $b) { id users { username } } }";

    // Unknown e-mail: an invite, then USER_ALREADY_INVITED.
    let data = sb
        .admin(add, json!({"w": ws, "e": "new@example.com"}))
        .await;
    assert!(
        !data.to_string().contains("new@example.com"),
        "an invite is not a member: {data}"
    );
    let invites = sb
        .admin(
            "query($w: Uuid!) { workspaceInvites(workspaceUuid: $w) { email role } }",
            json!({"w": ws}),
        )
        .await;
    assert_eq!(
        invites["workspaceInvites"],
        json!([{"email": "new@example.com", "role": "WORKSPACE_EDITOR"}])
    );
    let (_, body) = sb
        .post(
            Some(&sb.token),
            add,
            Some(json!({"w": ws, "e": "new@example.com"})),
        )
        .await;
    assert_eq!(code(&body, 0), "USER_ALREADY_INVITED");

    // bypassInvite creates the user at once; adding again is a duplicate binding.
    let data = sb
        .admin(add, json!({"w": ws, "e": "direct@example.com", "b": true}))
        .await;
    assert!(data.to_string().contains("direct@example.com"), "{data}");
    let (_, body) = sb
        .post(
            Some(&sb.token),
            add,
            Some(json!({"w": ws, "e": "direct@example.com"})),
        )
        .await;
    assert_eq!(code(&body, 0), "BAD_USER_INPUT");

    // Signing up with an e-mail in use.
    let (_, body) = sb
        .post(None, "mutation { createUser(email: \"direct@example.com\", password: \"pw\") { user { id } } }", None)
        .await;
    assert_eq!(code(&body, 0), "DUPLICATE_EMAIL");

    // Not a workspace role.
    let (_, body) = sb
        .post(Some(&sb.token), "mutation($w: Uuid) { workspaceAddUser(workspaceUuid: $w, email: \"q@example.com\", role: SYSTEM_ADMIN) { id } }", Some(json!({"w": ws})))
        .await;
    assert_eq!(code(&body, 0), "BAD_USER_INPUT");

    // Duplicate deployment label in a workspace.
    let create = "mutation($w: Uuid!) { createDeployment(workspaceUuid: $w, type: \"airflow\", label: \"etl\") { id } }";
    let (_, body) = sb
        .post(Some(&sb.token), create, Some(json!({"w": ws})))
        .await;
    assert_eq!(code(&body, 0), "BAD_USER_INPUT");
    assert_eq!(
        body["errors"][0]["message"],
        "Workspace already has a deployment named etl"
    );

    // A workspace with deployments cannot be deleted; an unknown one is not found.
    let (_, body) = sb
        .post(
            Some(&sb.token),
            "mutation($w: Uuid!) { deleteWorkspace(workspaceUuid: $w) { id } }",
            Some(json!({"w": ws})),
        )
        .await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("deprovision all deployments"),
        "{body}"
    );
    let (_, body) = sb
        .post(
            Some(&sb.token),
            "mutation { deleteWorkspace(workspaceUuid: \"nope\") { id } }",
            None,
        )
        .await;
    assert_eq!(code(&body, 0), "RESOURCE_NOT_FOUND");

    // An unknown workspace is `null` (not found) for a query, as the CLI expects.
    let data = sb
        .admin("{ workspace(workspaceUuid: \"nope\") { id } }", json!({}))
        .await;
    assert_eq!(data["workspace"], Value::Null);

    // A root field that is not emulated says so, by name.
    let (status, body) = sb
        .post(
            Some(&sb.token),
            "{ card(workspaceUuid: \"x\", stripeCustomerId: \"y\") { last4 } }",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(code(&body, 0), "NOT_EMULATED");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("`card`")
    );
}

#[tokio::test]
async fn partial_data_and_null_propagation() {
    let sb = TestSandbox::start();
    // One failing root field does not hide the other; its error has a path.
    let (status, body) = sb
        .post(Some(&sb.token), "mutation { a: createWorkspace(label: \"one\") { label } b: deleteWorkspace(workspaceUuid: \"missing\") { id } }", None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["a"]["label"], "one");
    assert_eq!(body["data"]["b"], Value::Null);
    assert_eq!(body["errors"][0]["path"], json!(["b"]));
    assert!(body["errors"][0]["locations"][0]["column"].is_number());
}

#[tokio::test]
async fn introspection_and_version() {
    let sb = TestSandbox::start_with(|o| o.platform_version("0.29.2"));
    let data = sb
        .admin(
            "{ __schema { queryType { name } types { name } } appConfig { version } }",
            json!({}),
        )
        .await;
    assert_eq!(data["__schema"]["queryType"]["name"], "Query");
    assert!(data["__schema"]["types"].as_array().unwrap().len() > 50);
    assert_eq!(data["appConfig"]["version"], "0.29.2");
    // Introspection needs no token (like Apollo); data does.
    let (_, body) = sb
        .post(
            None,
            "{ __type(name: \"Workspace\") { fields { name } } }",
            None,
        )
        .await;
    assert!(
        body["data"]["__type"]["fields"].as_array().is_some(),
        "{body}"
    );
}

#[tokio::test]
async fn state_survives_restart() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().to_path_buf();
    let first = houston_sandbox::Sandbox::start(
        houston_sandbox::SandboxOptions::new(&dir).listen("127.0.0.1:0".parse().unwrap()),
    )
    .await
    .unwrap();
    assert!(first.first_start());
    let token = first.admin_token().expose_secret().to_string();
    let (_, body) = common::post(
        &first.url(),
        Some(&token),
        "mutation { createWorkspace(label: \"kept\") { id } }",
        None,
    )
    .await;
    assert!(body.get("errors").is_none(), "{body}");
    first.shutdown().await;

    let second = houston_sandbox::Sandbox::start(
        houston_sandbox::SandboxOptions::new(&dir).listen("127.0.0.1:0".parse().unwrap()),
    )
    .await
    .unwrap_or_else(|e| panic!("the second start on the same directory failed: {e}"));
    assert!(!second.first_start());
    assert_eq!(
        second.admin_token().expose_secret(),
        token,
        "a valid admin token is reused"
    );
    let (_, body) = common::post(
        &second.url(),
        Some(&token),
        "{ workspaces { label } }",
        None,
    )
    .await;
    let labels: Vec<&str> = body["data"]["workspaces"]
        .as_array()
        .unwrap_or_else(|| panic!("no workspaces after the restart: {body}"))
        .iter()
        .map(|w| w["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["demo", "kept"], "{body}");
    second.shutdown().await;
}
