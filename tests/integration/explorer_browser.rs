//! The explorer in a real headless Chromium (Debian's `chromium` package), driven over the
//! DevTools protocol: load `GET /v1` as a browser does, paste the admin token, run
//! `{ appConfig { version } }`, see the answer, keep a screenshot.
//!
//! Ignored in a plain `cargo test` (it needs Chromium); `.ci/run` installs Chromium and runs it
//! with `--ignored`. Locally: `apt-get install -y chromium`, then
//! `cargo test --test integration explorer_browser -- --ignored`.

use crate::common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use common::TestSandbox;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// A Chromium process, killed when dropped.
struct Browser {
    child: Child,
    /// `ws://127.0.0.1:PORT/devtools/browser/…`
    endpoint: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn launch(profile: &std::path::Path) -> Browser {
    let path = chromium_path();
    let mut child = Command::new(&path)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", path.display()));
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(url) = line.strip_prefix("DevTools listening on ") {
                let _ = tx.send(url.trim().to_string());
            }
        }
    });
    let endpoint = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("Chromium printed its DevTools endpoint");
    Browser { child, endpoint }
}

/// One DevTools session on a page target.
struct Page {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    next: u64,
}

impl Page {
    async fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        self.ws
            .send(Message::text(
                json!({"id": id, "method": method, "params": params}).to_string(),
            ))
            .await
            .expect("DevTools send");
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(60), self.ws.next())
                .await
                .unwrap_or_else(|_| panic!("{method}: no answer from Chromium"))
                .expect("DevTools socket open")
                .expect("DevTools message");
            let Message::Text(text) = msg else { continue };
            let value: Value = serde_json::from_str(&text).expect("DevTools JSON");
            if value["id"] == id {
                assert!(value.get("error").is_none(), "{method}: {value}");
                return value["result"].clone();
            }
        }
    }

    /// Evaluates a JavaScript expression and returns its value.
    async fn eval(&mut self, expression: &str) -> Value {
        let result = self
            .call(
                "Runtime.evaluate",
                json!({"expression": expression, "returnByValue": true}),
            )
            .await;
        result["result"]["value"].clone()
    }

    /// Polls `expression` until it is truthy; panics with `what` after 60 s.
    async fn wait_for(&mut self, expression: &str, what: &str) -> Value {
        let start = Instant::now();
        loop {
            let v = self.eval(expression).await;
            if !(v.is_null() || v == json!(false) || v == json!("")) {
                return v;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "timed out waiting for {what}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

async fn page_session(browser: &Browser) -> Page {
    // http://127.0.0.1:PORT/json/list names the page target opened on about:blank.
    let port = browser
        .endpoint
        .trim_start_matches("ws://")
        .split('/')
        .next()
        .expect("host:port")
        .to_string();
    let list: Value = houston::http::client(&houston::http::HttpOptions::default())
        .expect("client")
        .get(format!("http://{port}/json/list"))
        .send()
        .await
        .expect("DevTools HTTP")
        .json()
        .await
        .expect("target list");
    let target = list
        .as_array()
        .and_then(|l| l.iter().find(|t| t["type"] == "page"))
        .unwrap_or_else(|| panic!("no page target: {list}"));
    let url = target["webSocketDebuggerUrl"].as_str().expect("ws url");
    let (ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("DevTools page socket");
    Page { ws, next: 0 }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Chromium (Debian package `chromium`); .ci/run installs it and runs this test"]
async fn explorer_runs_a_query_in_headless_chromium() {
    assert!(
        chromium_path().exists(),
        "{} not found: apt-get install -y --no-install-recommends chromium (or set CHROMIUM)",
        chromium_path().display()
    );
    let sb = TestSandbox::start();
    let temp = tempfile::tempdir().unwrap();
    let profile = temp.path().join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let browser = launch(&profile);
    let mut page = page_session(&browser).await;
    page.call("Page.enable", json!({})).await;
    page.call("Runtime.enable", json!({})).await;

    let query = "{ appConfig { version } }";
    let mut url = reqwest::Url::parse(&sb.url).unwrap();
    url.query_pairs_mut().append_pair("query", query);
    page.call("Page.navigate", json!({"url": url.as_str()}))
        .await;
    page.wait_for(
        "!!document.querySelector('.graphiql-execute-button') && !!document.getElementById('token')",
        "GraphiQL to render",
    )
    .await;
    let html = page.eval("document.documentElement.outerHTML").await;
    assert!(
        !html.as_str().unwrap_or_default().contains(&sb.token),
        "the page carries no token before one is pasted"
    );

    // Paste the token as a user would (focus the field, insert the text), then run.
    page.eval("document.getElementById('token').focus()").await;
    page.call("Input.insertText", json!({"text": sb.token}))
        .await;
    page.eval("document.querySelector('.graphiql-execute-button').click()")
        .await;
    let result = page
        .wait_for(
            &format!(
                "(function () {{ var e = document.querySelector('.result-window'); \
                 var t = e ? e.innerText : ''; return t.indexOf('{}') >= 0 ? t : ''; }})()",
                houston_sandbox::NEWEST_PLATFORM_VERSION
            ),
            "the query result in the result pane",
        )
        .await;
    let result = result.as_str().unwrap_or_default().to_string();
    assert!(result.contains("\"version\""), "{result}");
    assert!(result.contains("appConfig"), "{result}");

    let shot = page
        .call("Page.captureScreenshot", json!({"format": "png"}))
        .await;
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().expect("screenshot data"))
        .expect("base64 PNG");
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    // Cargo's temporary directory for integration tests (target/tmp): kept after the run so a
    // human can look at it.
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("explorer.png");
    std::fs::write(&path, &png).unwrap();
    eprintln!(
        "explorer screenshot: {} ({} bytes)",
        path.display(),
        png.len()
    );
    drop(browser);
}
