//! Issue 12, items 5–7: invites and usernames, limits, timeouts, the data-directory lock and file
//! modes. Each test failed before its fix.

mod common;

use std::time::{Duration, Instant};

use houston_sandbox::{Error, Sandbox, SandboxOptions};
use secrecy::ExposeSecret;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use common::{data, post, sign_up};

fn options(dir: &std::path::Path) -> SandboxOptions {
    SandboxOptions::new(dir).listen("127.0.0.1:0".parse().unwrap())
}

#[tokio::test]
async fn a_second_sandbox_and_a_reset_are_refused_with_the_pid() {
    let dir = tempfile::tempdir().unwrap();
    let first = Sandbox::start(options(dir.path())).await.unwrap();
    match Sandbox::start(options(dir.path())).await {
        Err(Error::Locked { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
        Err(other) => panic!("expected Locked, got {other}"),
        Ok(_) => panic!("a second sandbox started on the same directory"),
    }
    let refused = houston_sandbox::lock_data_dir(dir.path()).unwrap_err();
    assert!(
        refused
            .to_string()
            .contains(&format!("process {}", std::process::id())),
        "{refused}"
    );
    first.shutdown().await;
    // Released with the server: a reset may proceed now.
    houston_sandbox::lock_data_dir(dir.path()).unwrap();
}

#[tokio::test]
async fn a_port_in_use_creates_no_data_directory() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("sb");
    let result = Sandbox::start(SandboxOptions::new(&dir).listen(busy.local_addr().unwrap())).await;
    assert!(matches!(result, Err(Error::Listen { .. })));
    assert!(
        !dir.exists(),
        "the directory was created although the port was taken"
    );
}

#[cfg(unix)]
#[tokio::test]
async fn store_files_are_owner_only_and_an_open_directory_is_tightened() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("sb");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let sb = Sandbox::start(options(&dir)).await.unwrap();
    data(
        sb.addr(),
        Some(sb.admin_token().expose_secret()),
        "mutation { createWorkspace(label: \"w\") { id } }",
        json!({}),
    )
    .await;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for name in [
        "houston-sandbox.db",
        "houston-sandbox.db-wal",
        "houston-sandbox.db-shm",
    ] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn an_invite_is_claimed_only_with_its_token_in_any_case_of_the_address() {
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::start(options(dir.path())).await.unwrap();
    let (addr, admin) = (sb.addr(), sb.admin_token().expose_secret().to_string());
    let ws = data(
        addr,
        Some(&admin),
        "mutation { createWorkspace(label: \"invited\") { id } }",
        json!({}),
    )
    .await["createWorkspace"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let add = "mutation($w: Uuid!, $e: String!) { workspaceAddUser(workspaceUuid: $w, email: $e, role: WORKSPACE_ADMIN) { id } }";
    data(
        addr,
        Some(&admin),
        add,
        json!({"w": ws, "e": "Eve@Example.com"}),
    )
    .await;
    data(
        addr,
        Some(&admin),
        add,
        json!({"w": ws, "e": "frank@example.com"}),
    )
    .await;

    // Knowing the address is not enough.
    let eve = sign_up(addr, "eve@example.COM").await;
    let mine = data(addr, Some(&eve), "{ workspaces { id } }", json!({})).await;
    assert_eq!(
        mine["workspaces"],
        json!([]),
        "the invite was claimed without its token"
    );

    // With the token it is.
    let invites = data(
        addr,
        Some(&admin),
        "query($w: Uuid!) { workspaceInvites(workspaceUuid: $w) { email token } }",
        json!({"w": ws}),
    )
    .await;
    let token = invites["workspaceInvites"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["email"] == "frank@example.com")
        .unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let frank = data(
        addr,
        None,
        "mutation($t: String!) { createUser(email: \"FRANK@example.com\", password: \"pw-123456\", inviteToken: $t) { token { value } } }",
        json!({"t": token}),
    )
    .await["createUser"]["token"]["value"].as_str().unwrap().to_string();
    let mine = data(addr, Some(&frank), "{ workspaces { id } }", json!({})).await;
    assert_eq!(mine["workspaces"][0]["id"], json!(ws));
    sb.shutdown().await;
}

#[tokio::test]
async fn nobody_can_take_another_users_email_or_username() {
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::start(options(dir.path())).await.unwrap();
    let addr = sb.addr();
    let mallory = sign_up(addr, "mallory@example.com").await;
    let rename = "mutation($p: JSON!) { updateSelf(payload: $p) { username } }";
    for taken in ["GRACE@example.com", "Admin", "bob@example.com"] {
        let (_, body) = post(
            addr,
            Some(&mallory),
            rename,
            json!({"p": {"username": taken}}),
        )
        .await;
        let err = &body["errors"][0];
        assert!(err.is_object(), "{taken} was accepted: {body}");
        let message = err["message"].as_str().unwrap();
        assert!(
            !message.contains("constraint") && !message.contains("users."),
            "{message}"
        );
    }
    // bob can still sign up with the address mallory could not squat.
    sign_up(addr, "bob@example.com").await;
    data(
        addr,
        Some(&mallory),
        rename,
        json!({"p": {"username": "mallory"}}),
    )
    .await;
    sb.shutdown().await;
}

#[tokio::test]
async fn the_complexity_bomb_and_ten_thousand_aliases_are_refused_before_execution() {
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::start(options(dir.path())).await.unwrap();
    let (addr, admin) = (sb.addr(), sb.admin_token().expose_secret().to_string());
    // 40 workspaces, as in the report (81 s and 5.4 GB before).
    let mut many = String::from("mutation {");
    for i in 0..40 {
        many.push_str(&format!(" w{i}: createWorkspace(label: \"w{i}\") {{ id }}"));
    }
    many.push('}');
    data(addr, Some(&admin), &many, json!({})).await;

    let bomb = "{workspaces{users{roleBindings{workspace{users{roleBindings{workspace{users{roleBindings{workspace{id}}}}}}}}}}}";
    assert!(bomb.len() <= 153);
    let started = Instant::now();
    let (status, body) = post(addr, Some(&admin), bomb, json!({})).await;
    let took = started.elapsed();
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"],
        "GRAPHQL_VALIDATION_FAILED"
    );
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("too complex") || message.contains("too deep"),
        "{message}"
    );
    assert!(body.get("data").is_none());

    let mut aliases = String::from("{");
    for i in 0..10_000 {
        aliases.push_str(&format!(" a{i}: appConfig {{ version }}"));
    }
    aliases.push('}');
    let started = Instant::now();
    let (status, body) = post(addr, Some(&admin), &aliases, json!({})).await;
    let took_aliases = started.elapsed();
    assert_eq!(status, 400, "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("more than 2000 fields"),
        "{body}"
    );
    eprintln!("refused: bomb in {took:?}, 10k aliases in {took_aliases:?}");
    sb.shutdown().await;
}

#[tokio::test]
async fn slowloris_and_idle_connections_are_closed_after_the_header_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::start(options(dir.path()).header_timeout(Duration::from_millis(500)))
        .await
        .unwrap();
    let addr = sb.addr();
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"POST /v1 HTTP/1.1\r\nhost: x\r\n")
        .await
        .unwrap();
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    for (name, stream) in [("slowloris", &mut slow), ("idle", &mut idle)] {
        let mut buf = Vec::new();
        // Closed (EOF, possibly after a 408) well before this generous bound.
        let read =
            tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut buf)).await;
        assert!(
            read.is_ok(),
            "the {name} connection was still open after 10 s"
        );
    }
    // The server still answers.
    let (status, _) = post(addr, None, "{ authConfig { localEnabled } }", json!({})).await;
    assert_eq!(status, 200);
    sb.shutdown().await;
}
