//! A client for the Astro API (`api.astronomer.io`), Astronomer's hosted control plane: the
//! deployments, agent tokens and API tokens admins script most, done the way Astronomer's
//! best-practice page asks: paced to the per-token rate limits, backing off on 429, retrying only
//! what is safe, never sending a create twice, and keeping the `requestId` of every error.
//!
//! ```no_run
//! # async fn demo() -> Result<(), houston::astro::Error> {
//! use houston::{astro, Token};
//! let client = astro::Client::builder()
//!     .token(Token::new(std::env::var("ASTRO_API_TOKEN").unwrap()))
//!     .organization(Some("clm8q7f6q000008lcgyougpsk".into()))
//!     .build()?;
//! let deployment = client.get_deployment("clmh9g6zj000008mg1ebdmc4q").await?;
//! println!("{} is {}", deployment.data.name, deployment.data.status);
//! # Ok(()) }
//! ```

mod claims;
mod create;
mod deployments;
mod error;
mod models;
mod orgs;
mod paginate;
mod tokens;
mod transport;

pub use crate::http::RateLimits;
pub use claims::Claims;
pub use deployments::{CreateDeployment, DeploymentFilter, WaitOptions, merge_patch, update_body};
pub use error::{Error, FieldError, Resource};
pub use models::*;
pub use paginate::{
    DEFAULT_PAGE_SIZE, ITEM_FIELDS, MAX_PAGE_SIZE, Page, PageRequest, Paginator, items_field,
};
pub use tokens::{ApiTokenFilter, CreateAgentToken, CreateApiToken, EXPIRY_DAYS, NewToken};
pub use transport::{Event, Observer, RawReply, RawRequest, Safety};

use crate::http::{RetryPolicy, StaticCredentials, Transport};
use crate::secret::{Secrets, Token};
use std::sync::Arc;
use url::Url;

/// The host every official client talks to.
pub const DEFAULT_HOST: &str = "https://api.astronomer.io";

/// When the v1beta1 APIs stop being supported (Astronomer's versioning page).
pub const V1BETA1_END_OF_SUPPORT: &str = "January 2027";

/// `x-astro-client-identifier`, so Astronomer can tell houston's traffic apart.
pub const CLIENT_IDENTIFIER: &str = concat!("houston/", env!("CARGO_PKG_VERSION"));

/// Which API a path belongs to: the version is part of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ApiVersion {
    /// `/v1`: GA since January 2026, IAM and platform in one.
    #[default]
    V1,
    /// `/platform/v1beta1`: deprecated, for what v1 lacks (alerts, notification channels).
    PlatformV1Beta1,
    /// `/iam/v1beta1`: deprecated.
    IamV1Beta1,
}

impl ApiVersion {
    /// The path segments between the host and the resource path.
    pub fn prefix(self) -> &'static str {
        match self {
            ApiVersion::V1 => "v1",
            ApiVersion::PlatformV1Beta1 => "platform/v1beta1",
            ApiVersion::IamV1Beta1 => "iam/v1beta1",
        }
    }

    /// A deprecation notice for versions that are going away.
    pub fn deprecation(self) -> Option<String> {
        match self {
            ApiVersion::V1 => None,
            other => Some(format!(
                "the Astro API {} is deprecated and its support ends in {V1BETA1_END_OF_SUPPORT}; move to v1",
                other.prefix()
            )),
        }
    }

    /// Parses `v1`, `platform/v1beta1`, `iam/v1beta1` (also `platform-v1beta1`).
    pub fn parse(text: &str) -> Option<ApiVersion> {
        match text.trim_matches('/').replace('-', "/").as_str() {
            "v1" => Some(ApiVersion::V1),
            "platform/v1beta1" => Some(ApiVersion::PlatformV1Beta1),
            "iam/v1beta1" => Some(ApiVersion::IamV1Beta1),
            _ => None,
        }
    }
}

/// Where the organization id came from, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgSource {
    /// Given to the builder ([`ClientBuilder::organization`]): from a flag, the environment or a
    /// context.
    Given,
    /// Read from the token's own claims: the organization the token was issued in.
    TokenClaims,
}

/// What an Astro client takes of its own: the host, the token, the organization and the pinned
/// minor version.
#[derive(Clone, Debug)]
pub struct Settings {
    host: String,
    token: Option<Token>,
    organization: Option<String>,
    minor_version: Option<String>,
}

/// Builds a [`Client`]: the same shape as the Houston and Airflow builders (the shared settings
/// [`http_options`](crate::http::ClientBuilder::http_options),
/// [`retry`](crate::http::ClientBuilder::retry) — network errors and 5xx; 429 answers follow
/// [`rate_limited_retry`](ClientBuilder::rate_limited_retry) —
/// [`observer`](crate::http::ClientBuilder::observer), then a fallible `build()`), with the
/// host defaulting to Astro's public API.
pub type ClientBuilder = crate::http::ClientBuilder<Settings>;

impl ClientBuilder {
    /// The API host (`https://api.astronomer.io`, a dev/stage host, or a local fake). A bare
    /// host gets `https://`; a trailing version segment (`/v1`) is dropped.
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.own.host = host.into();
        self
    }
    /// The API token (an organization, workspace or deployment token), sent as `Bearer`.
    /// Required: [`ClientBuilder::build`] fails without one. An empty token counts as none.
    pub fn token(mut self, token: impl Into<Option<Token>>) -> Self {
        self.own.token = token.into().filter(|t| !t.is_empty());
        self
    }
    /// The organization every `/organizations/{id}/…` path uses. Without one, the token's
    /// claims are read for it (a convenience: the server decides what the token may do).
    pub fn organization(mut self, id: impl Into<Option<String>>) -> Self {
        self.own.organization = id.into().filter(|s| !s.trim().is_empty());
        self
    }
    /// The schedule for 429 answers (default: 1, 2, 4, 8 s as the best-practice page asks;
    /// a longer `Retry-After` wins).
    pub fn rate_limited_retry(mut self, retry: RetryPolicy) -> Self {
        self.transport = self.transport.rate_limited_retry(retry);
        self
    }
    /// Client-side pacing ([`RateLimits::default`] is the documented per-token limit).
    pub fn rate_limits(mut self, limits: RateLimits) -> Self {
        self.transport = self.transport.rate_limits(Some(limits));
        self
    }
    /// Pins the minor version with `X-API-Version` (`1.0`); without it the server uses its latest.
    pub fn minor_version(mut self, version: impl Into<Option<String>>) -> Self {
        self.own.minor_version = version.into();
        self
    }

    /// The client, or why these settings cannot make one (no token, a bad host, an unreadable
    /// CA bundle). Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let host = host_url(&self.own.host)?;
        let Some(token) = self.own.token.clone() else {
            return Err(Error::Argument {
                field: "token",
                message: "no Astro API token was given".into(),
            });
        };
        let claims = Claims::decode(&token);
        let (organization, org_source) = match &self.own.organization {
            Some(id) => (Some(id.trim().to_string()), Some(OrgSource::Given)),
            None => match claims.as_ref().and_then(Claims::organization_id) {
                Some(id) => (Some(id), Some(OrgSource::TokenClaims)),
                None => (None, None),
            },
        };
        let mut header = reqwest::header::HeaderValue::from_str(&format!(
            "Bearer {}",
            token.expose()
        ))
        .map_err(|_| {
            Error::Invalid(
                "the Astro API token holds characters that cannot go in an HTTP header".into(),
            )
        })?;
        header.set_sensitive(true);
        let credentials = StaticCredentials {
            header: Some(header),
            shown: Some(format!("Bearer {}", token.masked())),
        };
        let (own, transport) = self
            .parts(Secrets::new([&token]))
            .map_err(|e| Error::Invalid(e.0))?;
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                credentials,
                host,
                token,
                organization,
                org_source,
                minor_version: own.minor_version,
            }),
        })
    }
}

/// A connection to the Astro API for one token. Cheap to clone; clones share the rate limiter.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Transport,
    credentials: StaticCredentials,
    host: Url,
    token: Token,
    organization: Option<String>,
    org_source: Option<OrgSource>,
    minor_version: Option<String>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("astro::Client")
            .field("host", &self.inner.host.as_str())
            .field("token", &self.inner.token)
            .field("organization", &self.inner.organization)
            .finish()
    }
}

impl Client {
    /// A builder for `https://api.astronomer.io`, default retries and the documented rate limits.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new(Settings {
            host: DEFAULT_HOST.into(),
            token: None,
            organization: None,
            minor_version: None,
        })
        .rate_limited_retry(transport::RATE_LIMITED)
        .rate_limits(RateLimits::default())
    }

    /// The host requests go to.
    pub fn host(&self) -> &Url {
        &self.inner.host
    }

    /// The token requests carry.
    pub fn token(&self) -> &Token {
        &self.inner.token
    }

    /// Every secret this client scrubs from what the server says.
    pub fn secrets(&self) -> &Secrets {
        self.inner.transport.secrets()
    }

    /// The organization id, or why there is none.
    pub fn organization(&self) -> Result<&str, Error> {
        self.inner
            .organization
            .as_deref()
            .ok_or_else(|| Error::Argument {
                field: "organization",
                message: "no Astro organization was given, and the token does not name one".into(),
            })
    }

    /// Where the organization id came from (`None` when there is none).
    pub fn organization_source(&self) -> Option<OrgSource> {
        self.inner.org_source
    }

    /// The URL of `segments` under `version` (each segment percent-encoded).
    pub fn url(&self, version: ApiVersion, segments: &[&str]) -> Url {
        let mut url = self.inner.host.clone();
        {
            let mut path = url.path_segments_mut().expect("an http(s) URL has a path");
            path.pop_if_empty();
            for part in version.prefix().split('/') {
                path.push(part);
            }
            for segment in segments {
                path.push(segment);
            }
        }
        url
    }

    /// The URL of `/organizations/{org}/<segments>` in v1.
    pub fn org_url(&self, segments: &[&str]) -> Result<Url, Error> {
        let org = self.organization()?;
        let mut all = vec!["organizations", org];
        all.extend_from_slice(segments);
        Ok(self.url(ApiVersion::V1, &all))
    }
}

/// A typed answer plus the JSON as the server sent it (for JSON output, which must show
/// every field, including ones this houston does not know).
#[derive(Debug, Clone)]
pub struct Response<T> {
    /// The answer read into houston's type.
    pub data: T,
    /// The answer as the server sent it, every field included.
    pub raw: serde_json::Value,
}

impl<T: serde::de::DeserializeOwned> Response<T> {
    pub(crate) fn from_raw(what: &str, raw: serde_json::Value) -> Result<Self, Error> {
        Ok(Response {
            data: transport::typed(what, &raw)?,
            raw,
        })
    }
}

/// Reads a host as users write it.
pub fn host_url(input: &str) -> Result<Url, Error> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Error::Invalid("the Astro API host is empty".into()));
    }
    let text = if input.contains("://") {
        input.to_string()
    } else {
        format!("https://{input}")
    };
    let mut url = Url::parse(&text)
        .map_err(|e| Error::Invalid(format!("`{input}` is not an Astro API host: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::Invalid(format!(
            "`{input}`: the Astro API is reached over http or https, not {}",
            url.scheme()
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Invalid(format!(
            "`{input}`: give the host alone, without a query or fragment"
        )));
    }
    // `https://api.astronomer.io/v1` is a common way to write the host: the version is ours.
    let path = url.path().trim_end_matches('/').to_string();
    let trimmed = ["/v1", "/platform/v1beta1", "/iam/v1beta1"]
        .iter()
        .find_map(|v| path.strip_suffix(v))
        .unwrap_or(&path)
        .to_string();
    url.set_path(if trimmed.is_empty() { "/" } else { &trimmed });
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_urls() {
        for (input, want) in [
            ("api.astronomer.io", "https://api.astronomer.io/"),
            (
                "https://api.astronomer.io/v1/",
                "https://api.astronomer.io/",
            ),
            ("http://127.0.0.1:9/", "http://127.0.0.1:9/"),
            (
                "https://proxy.example.com/astro",
                "https://proxy.example.com/astro",
            ),
        ] {
            assert_eq!(host_url(input).unwrap().as_str(), want, "{input}");
        }
        assert!(host_url("ftp://x").is_err());
        let client = Client::builder()
            .host("https://proxy.example.com/astro/")
            .token(Token::new("t"))
            .organization(Some("org 1".into()))
            .build()
            .unwrap();
        assert_eq!(
            client.org_url(&["deployments", "a/b"]).unwrap().as_str(),
            "https://proxy.example.com/astro/v1/organizations/org%201/deployments/a%2Fb"
        );
        assert_eq!(
            client
                .url(ApiVersion::IamV1Beta1, &["organizations"])
                .as_str(),
            "https://proxy.example.com/astro/iam/v1beta1/organizations"
        );
        assert!(
            ApiVersion::PlatformV1Beta1
                .deprecation()
                .unwrap()
                .contains("January 2027")
        );
        assert!(!format!("{client:?}").contains("\"t\""));
    }

    #[test]
    fn no_token_is_refused_before_sending() {
        let err = Client::builder().build().unwrap_err();
        assert!(err.is_invalid());
        assert!(
            matches!(err, Error::Argument { field: "token", .. }),
            "{err}"
        );
    }
}
