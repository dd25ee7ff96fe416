//! The HTTP spine as all three clients (Houston, Airflow, Astro) share it: a server whose
//! certificate is not trusted fails once, typed, with a hint naming --ca-cert; `--verbose` and
//! `--dry-run` work the same everywhere; and a server that echoes the credentials back in every
//! shape (error bodies, HTML, plain text, GraphQL errors, `x-request-id`, successful bodies)
//! never gets them printed.

use crate::common::echo::{EchoServer, SHAPES};
use crate::common::{Run, TestSandbox, ok};
use houston::http::{FailureKind, HttpOptions, RetryPolicy, TlsProblem};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// A TLS server on 127.0.0.1 whose certificate a private CA signed (common/tls/ca.pem, which
/// no system trusts): counts the connections it accepts.
struct SelfSigned {
    port: u16,
    connections: Arc<AtomicUsize>,
}

fn self_signed() -> SelfSigned {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/common/tls");
    let certs = CertificateDer::pem_file_iter(dir.join("cert.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(dir.join("key.pem")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let count = connections.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            let config = config.clone();
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let connection = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::StreamOwned::new(connection, stream);
                // the client refuses the certificate: the handshake fails here
                let mut buf = [0u8; 1024];
                if tls.read(&mut buf).is_ok() {
                    let _ = tls.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
                }
            });
        }
    });
    SelfSigned { port, connections }
}

fn houston_cmd(dir: &Path) -> assert_cmd::Command {
    crate::common::houston(dir)
}

fn run(cmd: &mut assert_cmd::Command) -> Run {
    Run::capture(cmd, &[])
}

#[tokio::test]
async fn an_untrusted_certificate_is_typed_and_never_retried() {
    let server = self_signed();
    let client = houston::Client::builder(&format!("https://127.0.0.1:{}/v1", server.port))
        .retry(RetryPolicy {
            max_retries: 3,
            min_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
        })
        .build()
        .unwrap();
    let err = client.platform_version().await.unwrap_err();
    assert!(
        err.is_transport(FailureKind::Tls(TlsProblem::UntrustedIssuer)),
        "{err:?}"
    );
    assert!(!err.was_sent());
    let text = err.to_string();
    assert!(
        text.contains("not signed by a CA this machine trusts"),
        "{text}"
    );
    assert!(!text.contains("OtherError"), "{text}");
    assert_eq!(server.connections.load(Ordering::SeqCst), 1, "retried");

    // with the certificate trusted, the handshake gets through (the server then answers `{}`)
    let trusted = houston::Client::builder(&format!("https://localhost:{}/v1", server.port))
        .http_options(HttpOptions {
            ca_cert: Some(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/common/tls/ca.pem"),
            ),
            ..HttpOptions::default()
        })
        .build()
        .unwrap();
    // `{}` says no version: the request got through the handshake and back
    assert_eq!(trusted.platform_version().await.unwrap(), None);
}

#[test]
fn every_client_names_ca_cert_on_an_untrusted_certificate() {
    let server = self_signed();
    let url = format!("https://127.0.0.1:{}", server.port);
    let dir = tempfile::tempdir().unwrap();
    let runs = [
        run(houston_cmd(dir.path())
            .env("HOUSTON_URL", format!("{url}/v1"))
            .env("HOUSTON_TOKEN", "tok-0123456789abcdef")
            .args(["workspace", "list"])),
        run(houston_cmd(dir.path())
            .env("AIRFLOW_API_KEY", "key-0123456789abcdef")
            .args(["airflow", "--airflow-url", &url, "--api-version", "v2"])
            .args(["dags", "list"])),
        run(houston_cmd(dir.path())
            .env("ASTRO_API_TOKEN", "astro-0123456789abcdef")
            .args(["astro", "--api-url", &url, "--organization", "o1"])
            .args(["deployments", "list"])),
    ];
    for out in &runs {
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stderr
                .contains("not signed by a CA this machine trusts"),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr
                .contains("hint: trust the server's CA with --ca-cert"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(server.connections.load(Ordering::SeqCst), 3, "one try each");
}

/// A command of the sweep: a name, its environment, its arguments.
type Sweep = (&'static str, Vec<(&'static str, String)>, Vec<String>);

/// The canary sweep: every client, every shape; the canary never shows.
#[test]
fn echoed_credentials_never_reach_output() {
    let server = EchoServer::start();

    let canary = "cnry7Qe2xV9pL4mZ8wR1tY6uI3oP5aS0";
    let password = "pw-cnry-8d7f6e5c4b3a2910";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.graphql"),
        "query q { workspaces { id } }",
    )
    .unwrap();
    // Built per shape: each shape's runs use a base URL that names it, so the shapes go at once.
    let commands = |url: &str| -> Vec<Sweep> {
        vec![
            (
                "houston",
                vec![
                    ("HOUSTON_URL", format!("{url}/v1")),
                    ("HOUSTON_TOKEN", canary.into()),
                ],
                vec![
                    "workspace".into(),
                    "list".into(),
                    "-o".into(),
                    "json".into(),
                ],
            ),
            (
                "houston query",
                vec![
                    ("HOUSTON_URL", format!("{url}/v1")),
                    ("HOUSTON_TOKEN", canary.into()),
                ],
                vec![
                    "query".into(),
                    "run".into(),
                    "--raw".into(),
                    "q.graphql".into(),
                ],
            ),
            (
                "houston verbose",
                vec![
                    ("HOUSTON_URL", format!("{url}/v1")),
                    ("HOUSTON_TOKEN", canary.into()),
                ],
                vec!["--verbose".into(), "user".into(), "me".into()],
            ),
            (
                "airflow key",
                vec![("AIRFLOW_API_KEY", canary.into())],
                vec![
                    "airflow".into(),
                    "--airflow-url".into(),
                    url.to_string(),
                    "--api-version".into(),
                    "v2".into(),
                    "--verbose".into(),
                    "dags".into(),
                    "list".into(),
                ],
            ),
            (
                "airflow password",
                vec![
                    ("AIRFLOW_USERNAME", "admin".into()),
                    ("AIRFLOW_PASSWORD", password.into()),
                ],
                vec![
                    "airflow".into(),
                    "--airflow-url".into(),
                    url.to_string(),
                    "--api-version".into(),
                    "v2".into(),
                    "api".into(),
                    "GET".into(),
                    "/dags".into(),
                ],
            ),
            (
                "astro",
                vec![("ASTRO_API_TOKEN", canary.into())],
                vec![
                    "astro".into(),
                    "--api-url".into(),
                    url.to_string(),
                    "--organization".into(),
                    "o1".into(),
                    "--verbose".into(),
                    "deployments".into(),
                    "list".into(),
                ],
            ),
            (
                "astro api",
                vec![("ASTRO_API_TOKEN", canary.into())],
                vec![
                    "astro".into(),
                    "--api-url".into(),
                    url.to_string(),
                    "--organization".into(),
                    "o1".into(),
                    "api".into(),
                    "GET".into(),
                    "/organizations".into(),
                ],
            ),
        ]
    };
    let checked = std::sync::atomic::AtomicUsize::new(0);
    // One thread per (shape, command): most of a run is waiting (process start, retry delays).
    std::thread::scope(|scope| {
        for (index, s) in SHAPES.iter().enumerate() {
            for (name, env, args) in commands(&server.url_in_shape(index)) {
                let (dir, checked) = (&dir, &checked);
                scope.spawn(move || {
                    let mut cmd = houston_cmd(dir.path());
                    for (k, v) in &env {
                        cmd.env(k, v);
                    }
                    let out = run(cmd.args(&args));
                    for secret in [canary, password] {
                        assert!(
                            !out.stdout.contains(secret) && !out.stderr.contains(secret),
                            "{name} under {s:?} printed a secret:\nstdout: {}\nstderr: {}",
                            out.stdout,
                            out.stderr
                        );
                    }
                    checked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                });
            }
        }
    });
    assert_eq!(
        checked.into_inner(),
        SHAPES.len() * commands(&server.url).len()
    );
    assert!(server.unshaped().is_empty(), "{:?}", server.unshaped());
}

#[test]
fn verbose_shows_every_clients_exchanges() {
    let sb = TestSandbox::start();
    let run = ok(sb.houston(
        &sb.token,
        None,
        &["--verbose", "workspace", "list", "-o", "json"],
    ));
    assert!(run.stderr.contains("> POST "), "{}", run.stderr);
    assert!(
        run.stderr.contains("> authorization: ****"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("< 200 ("), "{}", run.stderr);
    run.json();
}

#[test]
fn airflow_dry_run_sends_nothing_and_masks_the_password() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    listener.set_nonblocking(true).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = run(houston_cmd(dir.path())
        .env("AIRFLOW_USERNAME", "admin")
        .env("AIRFLOW_PASSWORD", "pw-0123456789abcdef")
        .args(["airflow", "--airflow-url", &url, "--api-version", "v2"])
        .args([
            "api",
            "POST",
            "/variables",
            "-f",
            "key=k",
            "-f",
            "value=v",
            "--dry-run",
        ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .starts_with(&format!("POST {url}/api/v2/variables\n")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains(r#""key":"k""#), "{}", out.stdout);
    assert!(
        out.stdout.contains("$AIRFLOW_AUTHORIZATION"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("pw-0123"), "{}", out.stdout);
    assert!(out.stderr.contains("nothing was sent"), "{}", out.stderr);
    assert!(listener.accept().is_err(), "a connection was made");
}
