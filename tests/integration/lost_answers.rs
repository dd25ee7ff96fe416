//! Issue 12 item 11: an answer cut short in the middle of its JSON. A read is asked again and
//! the command succeeds; a mutation is not sent again (it ran: a repeat could do it twice) and
//! is reported as "may have been applied". Both ways an answer gets cut: the sandbox's
//! `truncate` fault (a whole HTTP response whose body is half the JSON) and a proxy that closes
//! the connection halfway through the body it announced.

use crate::common::{Run, TestSandbox, ok};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A proxy in front of the sandbox that cuts the first answer it relays: it announces the whole
/// body's length, sends half of it, and closes the connection. Later answers go whole.
struct CutOnce {
    url: String,
    relayed: Arc<AtomicUsize>,
    _runtime: tokio::runtime::Runtime,
}

impl CutOnce {
    fn start(upstream: &str) -> CutOnce {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}/v1", listener.local_addr().unwrap());
        let relayed = Arc::new(AtomicUsize::new(0));
        let (count, upstream) = (relayed.clone(), upstream.to_string());
        runtime.spawn(async move {
            let http = houston::http::client(&houston::http::HttpOptions::default()).unwrap();
            loop {
                let (mut socket, _) = listener.accept().await.unwrap();
                let (count, upstream, http) = (count.clone(), upstream.clone(), http.clone());
                tokio::spawn(async move {
                    while let Some((auth, body)) = read_request(&mut socket).await {
                        let mut request = http
                            .post(&upstream)
                            .header("content-type", "application/json")
                            .body(body);
                        if let Some(auth) = auth {
                            request = request.header("authorization", auth);
                        }
                        let answer = request.send().await.unwrap();
                        let status = answer.status().as_u16();
                        let bytes = answer.bytes().await.unwrap();
                        let head = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                            bytes.len()
                        );
                        socket.write_all(head.as_bytes()).await.unwrap();
                        if count.fetch_add(1, Ordering::SeqCst) == 0 {
                            let _ = socket.write_all(&bytes[..bytes.len() / 2]).await;
                            return; // closes the connection mid-body
                        }
                        socket.write_all(&bytes).await.unwrap();
                    }
                });
            }
        });
        CutOnce {
            url,
            relayed,
            _runtime: runtime,
        }
    }
}

/// One HTTP/1.1 request from `socket`: its `authorization` and its body (`None` at EOF).
async fn read_request(socket: &mut tokio::net::TcpStream) -> Option<(Option<String>, Vec<u8>)> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    let end = loop {
        if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = socket.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_string();
    let header = |name: &str| {
        head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    };
    let length: usize = header("content-length")?.parse().ok()?;
    let mut body = raw[end..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&buf[..n]);
    }
    Some((header("authorization"), body))
}

/// The binary against `url` with the sandbox's admin token; the version is given, so the
/// command's own request is the first one sent.
fn run(sb: &TestSandbox, url: &str, args: &[&str]) -> Run {
    let mut cmd = crate::common::houston(&sb.dir);
    cmd.env("HOUSTON_CONFIG", sb.dir.join("houston-cli.toml"))
        .env("HOUSTON_URL", url)
        .env("HOUSTON_TOKEN", &sb.token)
        .args(args)
        .args([
            "--platform-version",
            houston_sandbox::NEWEST_PLATFORM_VERSION,
        ]);
    Run::capture(&mut cmd, &[&sb.token])
}

fn labelled(sb: &TestSandbox, label: &str) -> usize {
    let listed = ok(run(sb, &sb.url, &["workspace", "list", "-o", "json"])).json();
    listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["label"] == label)
        .count()
}

/// Asserts the mutation failed, said why, and ran exactly once.
fn reported_once(sb: &TestSandbox, created: Run, label: &str) {
    assert_eq!(created.code, 1, "{}\n{}", created.stdout, created.stderr);
    assert!(
        created.stderr.contains("may have been applied"),
        "{}",
        created.stderr
    );
    assert_eq!(labelled(sb, label), 1, "created once, not sent again");
}

#[test]
fn a_read_cut_short_is_asked_again_and_a_mutation_is_not_resent() {
    // The sandbox cuts the first answer (of any operation): half the JSON, a whole response.
    let sb = TestSandbox::start_with(|o| o.faults(vec!["kind=truncate,nth=1".parse().unwrap()]));
    let listed = ok(run(&sb, &sb.url, &["workspace", "list", "-o", "json"]));
    assert!(listed.json().as_array().is_some_and(|l| !l.is_empty()));
    let sb = TestSandbox::start_with(|o| o.faults(vec!["kind=truncate,nth=1".parse().unwrap()]));
    let created = run(&sb, &sb.url, &["workspace", "create", "--label", "cut-1"]);
    reported_once(&sb, created, "cut-1");
}

#[test]
fn a_connection_closed_mid_answer_is_asked_again_for_a_read_only() {
    let sb = TestSandbox::start();
    let proxy = CutOnce::start(&sb.url);
    let listed = ok(run(&sb, &proxy.url, &["workspace", "list", "-o", "json"]));
    assert!(listed.json().as_array().is_some_and(|l| !l.is_empty()));
    assert_eq!(
        proxy.relayed.load(Ordering::SeqCst),
        2,
        "the cut answer, then the retry"
    );
    let proxy = CutOnce::start(&sb.url);
    let created = run(
        &sb,
        &proxy.url,
        &["workspace", "create", "--label", "cut-2"],
    );
    assert_eq!(proxy.relayed.load(Ordering::SeqCst), 1, "sent once");
    reported_once(&sb, created, "cut-2");
}
