//! HTTP plumbing shared by every client in the crate (Houston, Airflow, Astro): building a
//! `reqwest::Client` with our TLS and timeout rules, classifying failures by whether the request
//! reached the server, reading error bodies that are not JSON, and the retry schedule.

use backon::BackoffBuilder;
use reqwest::header::HeaderMap;
use std::path::PathBuf;
use std::time::Duration;

/// Connection settings common to every client.
#[derive(Debug, Clone)]
pub struct HttpOptions {
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
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(options.connect_timeout)
        .timeout(options.timeout)
        .gzip(true);
    if let Some(path) = &options.ca_cert {
        let pem = std::fs::read(path).map_err(|e| {
            SetupError(format!(
                "cannot read the CA certificate {}: {e}",
                path.display()
            ))
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            SetupError(format!(
                "{} is not a PEM certificate bundle: {e}",
                path.display()
            ))
        })?;
        if certs.is_empty() {
            return Err(SetupError(format!(
                "{} holds no PEM certificate",
                path.display()
            )));
        }
        builder = builder.tls_certs_merge(certs);
    }
    if options.insecure {
        builder = builder.tls_danger_accept_invalid_certs(true);
    }
    builder
        .build()
        .map_err(|e| SetupError(format!("cannot set up the HTTP client: {}", root_cause(&e))))
}

/// How a request failed before an HTTP response came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// No connection was made (refused, DNS, TLS handshake): the request was not sent.
    Connect,
    /// The connect or overall timeout expired.
    Timeout,
    /// The connection broke while sending or receiving.
    Broken,
}

/// A request that got no HTTP response.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct TransportError {
    pub kind: FailureKind,
    /// False only when the request provably never left this machine.
    pub sent: bool,
    pub message: String,
}

impl TransportError {
    /// Classifies a reqwest error; `url` is named in the message (it never holds a secret:
    /// tokens travel in headers).
    pub fn from_reqwest(error: &reqwest::Error, url: &str, timeout: Duration) -> Self {
        let cause = root_cause(error);
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
                message: format!(
                    "{url} did not answer within {} (raise it with --timeout)",
                    human_duration(timeout)
                ),
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

/// Statuses worth another try for a request that is safe to repeat.
pub fn retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// How many times and how patiently to retry what is safe to retry.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub max_retries: usize,
    pub min_delay: Duration,
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
        Arc::new(
            rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider)
                .map_err(|e| SetupError(format!("cannot load the system's CA roots: {e}")))?,
        )
    };
    Ok(Arc::new(
        builder
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth(),
    ))
}

/// `--insecure` for rustls: any certificate, signatures still checked for well-formedness.
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
