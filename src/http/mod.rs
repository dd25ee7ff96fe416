//! The HTTP spine every client in the crate (Houston, Airflow, Astro) stands on: building the
//! `reqwest::Client` with our TLS and timeout rules, the one retry orchestrator
//! ([`Transport::send`]) with its classification of failures by whether the request left this
//! machine, `Retry-After`, client-side rate limits, credentials (with renewal), the request
//! observer behind a verbose log, the request preview behind a dry run, and the scrubber every
//! byte of server text passes. The three API clients are thin adapters: they shape requests and
//! read their own error bodies.

mod builder;
mod limit;
mod transport;
mod unanswered;

pub use builder::ClientBuilder;
pub use limit::RateLimits;
pub(crate) use limit::{Limiter, MethodClass};
pub use transport::{
    Credentials, Event, Failure, NoCredentials, Observer, Preview, Reply, Request, Safety,
    StaticCredentials, Transport, TransportBuilder,
};
pub use unanswered::{FromUnanswered, Unanswered};

use backon::BackoffBuilder;
use reqwest::header::HeaderMap;
use std::path::PathBuf;
use std::time::Duration;

/// Connection settings common to every client.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// How long to wait for a connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// The whole request, from sending to the last byte of the body.
    pub timeout: Duration,
    /// A PEM bundle to trust on top of the system roots (a private CA).
    pub ca_cert: Option<PathBuf>,
    /// Accept any certificate. The CLI warns whenever this is on.
    pub insecure: bool,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            ca_cert: None,
            insecure: false,
        }
    }
}

/// Building a client failed (an unreadable CA file, a TLS setup error). Nothing was sent.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SetupError(pub String);

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("houston/", env!("CARGO_PKG_VERSION"));

/// Builds the one kind of `reqwest::Client` the crate uses.
pub fn client(options: &HttpOptions) -> Result<reqwest::Client, SetupError> {
    // reqwest is built without a default crypto provider (rustls with ring builds far faster
    // than aws-lc on 2 cores); a client without one panics, so install it here, the one place
    // that builds clients. A second install fails harmlessly.
    let _ = rustls::crypto::ring::default_provider().install_default();
    // reqwest's own rustls set-up makes the platform verifier at once, which reads and parses
    // every system root certificate (about 6 ms in a release build, 30 in a debug one) on every
    // run, even one that talks plain HTTP to the sandbox. Ours makes it on the first certificate
    // it has to check (`LazyPlatformVerifier`), with the same trust rules.
    let mut tls = tls_client_config(options)?;
    // What reqwest sets itself for a client that speaks HTTP/2 and HTTP/1.1.
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(options.connect_timeout)
        .timeout(options.timeout)
        .gzip(true)
        .tls_backend_preconfigured(tls);
    builder
        .build()
        .map_err(|e| SetupError(format!("cannot set up the HTTP client: {}", root_cause(&e))))
}

/// How a request failed before an HTTP response came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FailureKind {
    /// No connection was made (refused, DNS): the request was not sent.
    Connect,
    /// The server's certificate was not accepted: the request was not sent, and trying again
    /// cannot help (the CA to trust, or the host name, has to change).
    Tls(TlsProblem),
    /// The connect or overall timeout expired.
    Timeout,
    /// The connection broke while sending or receiving.
    Broken,
}

/// Why a server's certificate was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TlsProblem {
    /// Self-signed, or signed by a CA this machine does not trust (a private CA).
    UntrustedIssuer,
    /// Valid, but for other host names.
    WrongHost,
    /// Expired or not valid yet.
    Expired,
    /// Anything else rustls or the platform verifier refused.
    Other,
}

/// A request that got no HTTP response.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct TransportError {
    /// What went wrong.
    pub kind: FailureKind,
    /// False only when the request provably never left this machine.
    pub sent: bool,
    /// A sentence naming the URL and the cause.
    pub message: String,
}

impl TransportError {
    /// Classifies a reqwest error; `url` is named in the message (it never holds a secret:
    /// tokens travel in headers).
    pub fn from_reqwest(error: &reqwest::Error, url: &str, timeout: Duration) -> Self {
        let cause = root_cause(error);
        if let Some(problem) = tls_problem(error) {
            let why = match problem {
                TlsProblem::UntrustedIssuer => {
                    "its TLS certificate is not signed by a CA this machine trusts (self-signed, or from a private CA)".to_string()
                }
                TlsProblem::WrongHost => "its TLS certificate is for other host names".to_string(),
                TlsProblem::Expired => "its TLS certificate has expired (or is not valid yet)".to_string(),
                TlsProblem::Other => format!("its TLS certificate was refused: {cause}"),
            };
            return TransportError {
                kind: FailureKind::Tls(problem),
                sent: false,
                message: format!("could not connect to {url}: {why}"),
            };
        }
        if error.is_connect() {
            let timed_out = error.is_timeout() || cause.contains("timed out");
            TransportError {
                kind: if timed_out {
                    FailureKind::Timeout
                } else {
                    FailureKind::Connect
                },
                sent: false,
                message: format!("could not connect to {url}: {cause}"),
            }
        } else if error.is_timeout() {
            TransportError {
                kind: FailureKind::Timeout,
                sent: true,
                message: format!("{url} did not answer within {}", human_duration(timeout)),
            }
        } else {
            TransportError {
                kind: FailureKind::Broken,
                sent: true,
                message: format!("the connection to {url} failed: {cause}"),
            }
        }
    }
}

/// Finds a certificate problem anywhere in `error`'s chain (rustls' own error where it can be
/// reached; the platform verifier's wrapped reasons by their text).
fn tls_problem(error: &(dyn std::error::Error + 'static)) -> Option<TlsProblem> {
    use rustls::CertificateError as C;
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    let mut texts = String::new();
    while let Some(e) = current {
        // io::Error::source skips the error it wraps: look inside it by hand
        let inner = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map(|inner| inner as &(dyn std::error::Error + 'static));
        for candidate in [Some(e), inner].into_iter().flatten() {
            if let Some(rustls::Error::InvalidCertificate(cert)) =
                candidate.downcast_ref::<rustls::Error>()
            {
                return Some(match cert {
                    C::UnknownIssuer | C::BadSignature => TlsProblem::UntrustedIssuer,
                    C::NotValidForName | C::NotValidForNameContext { .. } => TlsProblem::WrongHost,
                    C::Expired
                    | C::ExpiredContext { .. }
                    | C::NotValidYet
                    | C::NotValidYetContext { .. } => TlsProblem::Expired,
                    other => classify_text(&format!("{other:?}")).unwrap_or(TlsProblem::Other),
                });
            }
            texts.push_str(&format!("{candidate} {candidate:?} "));
        }
        current = e.source().or(inner.and_then(|i| i.source()));
    }
    if texts.contains("certificate") || texts.contains("InvalidCertificate") {
        return Some(classify_text(&texts).unwrap_or(TlsProblem::Other));
    }
    None
}

fn classify_text(text: &str) -> Option<TlsProblem> {
    if [
        "UnknownIssuer",
        "CaUsedAsEndEntity",
        "self-signed",
        "self signed",
        "BadSignature",
    ]
    .iter()
    .any(|k| text.contains(k))
    {
        Some(TlsProblem::UntrustedIssuer)
    } else if text.contains("NotValidForName") || text.contains("CertNotValidForName") {
        Some(TlsProblem::WrongHost)
    } else if text.contains("Expired") || text.contains("NotValidYet") {
        Some(TlsProblem::Expired)
    } else {
        None
    }
}

/// The innermost cause's text: "connection refused", not reqwest's nested wrappers.
pub fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut current: &(dyn std::error::Error + 'static) = error;
    while let Some(next) = current.source() {
        current = next;
    }
    let text = current.to_string();
    // io::Error prints "Connection refused (os error 111)"; the errno helps nobody.
    match text.find(" (os error") {
        Some(at) => text[..at].to_lowercase(),
        None => text,
    }
}

/// Formats a duration the way people write it: `60s`, `1.5s`, `250ms`.
pub fn human_duration(d: Duration) -> String {
    if d.as_millis() < 1000 {
        format!("{}ms", d.as_millis())
    } else if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

/// A short, human sentence from a response body that is not the JSON we expected: the `<title>`
/// or visible text of an HTML error page, or the first 300 characters of anything else.
pub fn body_excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return "(empty body)".into();
    }
    let lower = trimmed.to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<body")
    {
        if let Some(title) = between(trimmed, &lower, "<title>", "</title>") {
            let title = collapse(&title);
            if !title.is_empty() {
                return format!("an HTML page titled \"{}\"", truncate(&title, 200));
            }
        }
        return format!(
            "an HTML page: \"{}\"",
            truncate(&collapse(&strip_tags(trimmed)), 200)
        );
    }
    truncate(&collapse(trimmed), 300)
}

fn between(text: &str, lower: &str, open: &str, close: &str) -> Option<String> {
    let start = lower.find(open)? + open.len();
    let end = start + lower[start..].find(close)?;
    Some(text[start..end].to_string())
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cuts `text` to at most `max` characters, marking the cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    }
}

/// The request id a server or gateway attached to a response, for support tickets.
pub fn request_id(headers: &HeaderMap) -> Option<String> {
    [
        "x-request-id",
        "x-amzn-requestid",
        "x-correlation-id",
        "request-id",
    ]
    .iter()
    .find_map(|name| headers.get(*name)?.to_str().ok().map(str::to_string))
}

/// `Retry-After` in seconds (the HTTP-date form is rare on APIs and treated as absent).
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// Explains a body that should have been JSON and is not, or not whole: the one place that
/// tells a truncated answer from an HTML page from anything else.
pub fn json_problem(error: &serde_json::Error, body: &[u8]) -> String {
    if error.is_eof() {
        format!(
            "the response ended in the middle of its JSON (truncated after {} bytes)",
            body.len()
        )
    } else if error.is_syntax() {
        format!("the response is not JSON: {}", body_excerpt(body))
    } else {
        format!("unexpected response shape: {error}")
    }
}

/// Decodes `body` into `T`, naming the JSON path of any mismatch (`workspaces[1].id`) and
/// explaining bodies that are not JSON at all.
pub fn decode_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.inner();
        if inner.is_syntax() || inner.is_eof() {
            json_problem(inner, body)
        } else {
            format!("unexpected response shape at `{}`: {inner}", e.path())
        }
    })?;
    de.end().map_err(|e| json_problem(&e, body))?;
    Ok(value)
}

/// How many times and how patiently to retry what is safe to retry.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Tries after the first.
    pub max_retries: usize,
    /// The first delay (doubled each time, with jitter).
    pub min_delay: Duration,
    /// No delay is longer than this.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            min_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub const NONE: RetryPolicy = RetryPolicy {
        max_retries: 0,
        min_delay: Duration::ZERO,
        max_delay: Duration::ZERO,
    };

    /// The delays before each retry: exponential with jitter, capped.
    pub fn delays(&self) -> impl Iterator<Item = Duration> + use<> {
        backon::ExponentialBuilder::default()
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay)
            .with_max_times(self.max_retries)
            .with_jitter()
            .build()
    }

    /// The delay to use given the server's `Retry-After`, which wins when it is longer, capped so
    /// a hostile header cannot park the CLI for an hour.
    pub fn honour(&self, planned: Duration, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(asked) => asked.max(planned).min(Duration::from_secs(120)),
            None => planned,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_pages_become_a_sentence() {
        let page = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        assert_eq!(
            body_excerpt(page),
            "an HTML page titled \"502 Bad Gateway\""
        );
        assert_eq!(
            body_excerpt(b"<html><body><h1>Oops</h1> try later</body></html>"),
            "an HTML page: \"Oops try later\""
        );
        assert_eq!(body_excerpt(b"  "), "(empty body)");
        assert_eq!(
            body_excerpt(b"upstream\nconnect error"),
            "upstream connect error"
        );
    }

    #[test]
    fn retry_after_wins_when_longer_and_is_capped() {
        let p = RetryPolicy::default();
        let d = Duration::from_millis(300);
        assert_eq!(p.honour(d, None), d);
        assert_eq!(
            p.honour(d, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
        assert_eq!(
            p.honour(d, Some(Duration::from_secs(9999))),
            Duration::from_secs(120)
        );
        assert_eq!(RetryPolicy::NONE.delays().count(), 0);
        assert_eq!(p.delays().count(), 3);
    }
}

/// A rustls client configuration with the same trust rules as [`client`] (system roots through
/// the platform verifier, plus `ca_cert`; `insecure` accepts anything), for connections reqwest
/// does not make: the WebSocket of `houston query run` on a subscription.
pub fn rustls_config(
    options: &HttpOptions,
) -> Result<std::sync::Arc<rustls::ClientConfig>, SetupError> {
    tls_client_config(options).map(std::sync::Arc::new)
}

/// The one TLS configuration: [`client`]'s and [`rustls_config`]'s.
fn tls_client_config(options: &HttpOptions) -> Result<rustls::ClientConfig, SetupError> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    use std::sync::Arc;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| SetupError(format!("cannot set up TLS: {e}")))?;
    let verifier: Arc<dyn rustls::client::danger::ServerCertVerifier> = if options.insecure {
        Arc::new(AcceptAnything(provider))
    } else {
        let mut extra = Vec::new();
        if let Some(path) = &options.ca_cert {
            let pem = std::fs::read(path).map_err(|e| {
                SetupError(format!(
                    "cannot read the CA certificate {}: {e}",
                    path.display()
                ))
            })?;
            extra = CertificateDer::pem_slice_iter(&pem)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| {
                    SetupError(format!(
                        "{} is not a PEM certificate bundle: {e}",
                        path.display()
                    ))
                })?;
            if extra.is_empty() {
                return Err(SetupError(format!(
                    "{} holds no PEM certificate",
                    path.display()
                )));
            }
        }
        Arc::new(LazyPlatformVerifier {
            provider,
            extra,
            inner: std::sync::OnceLock::new(),
        })
    };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

/// The platform verifier (system roots plus `extra`), made when the first certificate is to be
/// checked rather than when a client is built: making it reads every system root.
#[derive(Debug)]
struct LazyPlatformVerifier {
    provider: std::sync::Arc<rustls::crypto::CryptoProvider>,
    extra: Vec<rustls::pki_types::CertificateDer<'static>>,
    inner: std::sync::OnceLock<Result<rustls_platform_verifier::Verifier, String>>,
}

impl LazyPlatformVerifier {
    fn inner(&self) -> Result<&rustls_platform_verifier::Verifier, rustls::Error> {
        self.inner
            .get_or_init(|| {
                rustls_platform_verifier::Verifier::new_with_extra_roots(
                    self.extra.iter().cloned(),
                    self.provider.clone(),
                )
                .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| rustls::Error::General(format!("cannot load the system's CA roots: {e}")))
    }
}

impl rustls::client::danger::ServerCertVerifier for LazyPlatformVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        intermediates: &[rustls::pki_types::CertificateDer<'_>],
        server_name: &rustls::pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        self.inner()?
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner()?.verify_tls12_signature(message, cert, dss)
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner()?.verify_tls13_signature(message, cert, dss)
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        // What the platform verifier answers too: the provider's algorithms. Asked for every
        // handshake's ClientHello, before any certificate, so it must not make the verifier.
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// No certificate verification, for rustls: any certificate, signatures still checked for well-formedness.
#[derive(Debug)]
struct AcceptAnything(std::sync::Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AcceptAnything {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
