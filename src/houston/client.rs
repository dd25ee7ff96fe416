//! The one Houston transport. Typed calls (`execute::<Op>`) and raw documents
//! (`execute_document`) share auth, timeouts, retries and error mapping.

use super::error::{Error, GraphQlError};
use super::{Operation, OperationKind, Version, fold};
use crate::__private::decode::Decode;
use crate::http::FromUnanswered as _;
use crate::http::Unanswered;
use crate::http::{self, Failure, HttpOptions, Preview, Safety, StaticCredentials, Transport};
use crate::secret::{Secrets, Token};
use reqwest::Method;
use serde_json::Value;
use std::sync::Mutex;
use url::Url;

/// Turns what a user types into the Houston endpoint: a base domain (`example.com` →
/// `https://houston.example.com/v1`), a Houston host (`houston.example.com`), or a full URL
/// (`http://127.0.0.1:8871/v1`; a URL with no path gets `/v1`).
pub fn endpoint(input: &str) -> Result<Url, Error> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Error::argument(
            "url",
            "no Houston URL or domain was given".into(),
        ));
    }
    let text = if input.contains("://") {
        input.to_string()
    } else if input.starts_with("houston.") {
        format!("https://{input}")
    } else {
        format!("https://houston.{input}")
    };
    let mut url = Url::parse(&text)
        .map_err(|e| Error::invalid(format!("`{input}` is not a Houston URL or domain: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::invalid(format!(
            "`{input}`: Houston is reached over http or https, not {}",
            url.scheme()
        )));
    }
    if url.path().is_empty() || url.path() == "/" {
        url.set_path("/v1");
    }
    Ok(url)
}

/// A document to send, typed or not.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The GraphQL document.
    pub query: &'a str,
    /// A JSON object (or `null` when the operation declares no variables).
    pub variables: Value,
    /// Which operation of the document to run, when it holds several.
    pub operation_name: Option<&'a str>,
    /// Query, mutation or subscription: a mutation is never sent twice.
    pub kind: OperationKind,
}

impl Request<'_> {
    /// The JSON body Houston takes: `{query, variables, operationName}`.
    pub fn body(&self) -> Value {
        let mut body = serde_json::json!({"query": self.query, "variables": self.variables});
        if let Some(name) = self.operation_name {
            body["operationName"] = Value::String(name.to_string());
        }
        body
    }
}

/// A batched call's result, once it has one.
type Slot<T> = Option<Result<Response<T>, Error>>;

/// What came back, before any typing: `data` and `errors` exactly as the server sent them.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The HTTP status (200 for a GraphQL answer, errors or not).
    pub status: u16,
    /// `data`, verbatim (scrubbed), in the server's field order.
    pub data: Option<Value>,
    /// `errors`, verbatim (scrubbed).
    pub errors: Vec<GraphQlError>,
    /// `extensions`, verbatim.
    pub extensions: Option<Value>,
    /// `x-request-id`, for the platform's logs.
    pub request_id: Option<String>,
}

/// A typed result plus the server's `data` as it came (for output that must show what the
/// server said, not what the types kept of it).
#[derive(Debug, Clone)]
pub struct Response<T> {
    /// The answer, typed by the operation's generated `ResponseData`.
    pub data: T,
    /// The same answer as JSON, in the server's field order.
    pub raw: Value,
}

/// What a Houston client takes of its own: where, the token, and the platform version when
/// it is known.
#[derive(Clone, Debug)]
pub struct Settings {
    url: String,
    token: Option<Token>,
    platform_version: Option<Version>,
}

/// Builds a [`Client`]: `Client::builder(url)`, then optional settings (the shared ones:
/// [`http_options`](crate::http::ClientBuilder::http_options),
/// [`retry`](crate::http::ClientBuilder::retry),
/// [`observer`](crate::http::ClientBuilder::observer)), then a fallible `build()` that checks
/// everything at once.
pub type ClientBuilder = crate::http::ClientBuilder<Settings>;

impl ClientBuilder {
    /// The token sent raw in `authorization`: a user JWT or a service-account key. An empty
    /// token is no token.
    pub fn token(mut self, token: impl Into<Option<Token>>) -> Self {
        self.own.token = token.into().filter(|t| !t.is_empty());
        self
    }

    /// Skip the `appConfig` probe: the platform is this version.
    pub fn platform_version(mut self, version: impl Into<Option<Version>>) -> Self {
        self.own.platform_version = version.into();
        self
    }

    /// The client, or why these settings cannot make one (a bad URL, a token that cannot go in
    /// a header, an unreadable CA bundle). Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let url = endpoint(&self.own.url)?;
        let header = match &self.own.token {
            Some(token) => Some(
                reqwest::header::HeaderValue::from_str(token.expose()).map_err(|_| {
                    Error::invalid(
                        "the token holds characters that cannot go in an HTTP header".into(),
                    )
                })?,
            ),
            None => None,
        };
        let secrets = Secrets::new(self.own.token.iter());
        let (own, transport) = self.parts(secrets).map_err(|e| Error::invalid(e.0))?;
        Ok(Client {
            transport,
            credentials: StaticCredentials {
                header,
                shown: own.token.as_ref().map(Token::masked),
            },
            url,
            token: own.token,
            version: Mutex::new(own.platform_version.map(Some)),
        })
    }
}

/// A connection to one Houston.
#[derive(Debug)]
pub struct Client {
    transport: Transport,
    credentials: StaticCredentials,
    url: Url,
    token: Option<Token>,
    /// `None`: not asked yet; `Some(None)`: asked, the server did not say.
    version: Mutex<Option<Option<Version>>>,
}

impl Client {
    /// A builder for the Houston at `url` (see [`endpoint`] for what is accepted).
    pub fn builder(url: &str) -> ClientBuilder {
        ClientBuilder::new(Settings {
            url: url.to_string(),
            token: None,
            platform_version: None,
        })
    }

    /// A client set up the way the `houston` command sets up its own, in one call: the
    /// context named by `HOUSTON_CONTEXT` (or the config file's current one), overridden by
    /// `HOUSTON_URL`/`HOUSTON_DOMAIN`, `HOUSTON_TOKEN` and `HOUSTON_CA_CERT` from the process
    /// environment, then from a `.env` in the working directory. The config file is
    /// `$HOUSTON_CONFIG`, else `$XDG_CONFIG_HOME/houston/config.toml`
    /// (`~/.config/houston/config.toml` on Linux).
    ///
    /// A saved token is never sent to an endpoint other than the one it was saved with: a
    /// `HOUSTON_URL` pointing elsewhere without a `HOUSTON_TOKEN` beside it is refused
    /// ([`crate::config::ConfigError::TokenElsewhere`]).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), houston::Error> {
    /// let client = houston::Client::from_env()?;
    /// println!("talking to {}", client.url());
    /// # Ok(()) }
    /// ```
    pub fn from_env() -> Result<Client, Error> {
        use crate::config::{ConfigFile, Environment, Overrides};
        let env = Environment::from_process();
        let path = ConfigFile::default_path(&|k| std::env::var(k).ok());
        let file = ConfigFile::load(&path)?;
        let resolved = crate::config::resolve(&Overrides::default(), &env, &file)?;
        let url = resolved.url.ok_or_else(|| {
            Error::argument(
                "url",
                "no Houston to talk to: no HOUSTON_URL or HOUSTON_DOMAIN, and no current context"
                    .into(),
            )
        })?;
        Client::builder(&url)
            .token(resolved.token)
            .http_options(resolved.http)
            .build()
    }

    /// The endpoint requests go to.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// The connection settings (timeouts, TLS) this client was built with.
    pub fn http_options(&self) -> &HttpOptions {
        self.transport.options()
    }

    /// Every secret this client scrubs from what the server says.
    pub fn secrets(&self) -> &Secrets {
        self.transport.secrets()
    }

    /// The token requests carry, if any.
    pub fn token(&self) -> Option<&Token> {
        self.token.as_ref()
    }

    /// The exact request [`Client::send`] makes for `request`, with the token masked; the
    /// `curl` form reads it from `$HOUSTON_TOKEN`. Nothing is sent.
    pub fn describe(&self, request: &Request<'_>) -> Result<Preview, Error> {
        let http_request = self.http_request(request)?;
        Ok(self
            .transport
            .preview(&http_request, &self.credentials, Some("HOUSTON_TOKEN")))
    }

    fn http_request(&self, request: &Request<'_>) -> Result<http::Request, Error> {
        let body = serde_json::to_vec(&request.body()).map_err(|e| {
            Error::invalid(format!(
                "{}: cannot encode the request: {e}",
                operation_label(request)
            ))
        })?;
        Ok(http::Request::new(Method::POST, self.url.clone()).json_body(body))
    }

    /// Runs a checked-in operation and decodes its data into the generated type.
    pub async fn execute<Q: Operation>(
        &self,
        variables: Q::Variables,
    ) -> Result<Response<Q::ResponseData>, Error>
    where
        Q::ResponseData: Decode,
    {
        let body = Q::build_query(variables);
        let variables = serde_json::to_value(&body.variables)
            .map_err(|e| Error::invalid(format!("{}: cannot encode variables: {e}", Q::NAME)))?;
        let version_unknown = self.version.lock().expect("version lock").is_none();
        if version_unknown
            && Q::KIND == OperationKind::Query
            && let Some(folded) = fold::with_probe(body.query, body.operation_name)
        {
            let request = Request {
                query: &folded,
                variables,
                operation_name: Some(body.operation_name),
                kind: Q::KIND,
            };
            return self.execute_folded::<Q>(&request).await;
        }
        if let Some(min) = Q::MIN_VERSION {
            self.require(Q::BASE, min).await?;
        }
        let request = Request {
            query: body.query,
            variables,
            operation_name: Some(body.operation_name),
            kind: Q::KIND,
        };
        let raw = self.execute_document(&request).await?;
        into_typed(Q::NAME, raw)
    }

    /// A query sent with the version probe folded in (see [`fold`]): one round trip where a
    /// probe and the query took two. A variant newer than the platform is refused as
    /// [`Error::TooOld`] once the answer tells the version (a real platform that old rejects
    /// the document; the caller then sends the older variant), and a rejected document whose
    /// answer did not tell it is followed by the probe alone, to say whether the variant was
    /// too new.
    async fn execute_folded<Q: Operation>(
        &self,
        request: &Request<'_>,
    ) -> Result<Response<Q::ResponseData>, Error>
    where
        Q::ResponseData: Decode,
    {
        let mut answer = self.execute_document(request).await;
        let learned = match &mut answer {
            Ok(raw) => fold::take(raw.data.as_mut()),
            Err(Error::GraphQl { data, .. }) => fold::take(data.as_mut()),
            Err(_) => None,
        };
        if let Some(version) = learned {
            let mut known = self.version.lock().expect("version lock");
            if known.is_none() {
                *known = Some(version);
            }
        }
        if let Some(min) = Q::MIN_VERSION {
            match learned {
                Some(_) => self.require(Q::BASE, min).await?,
                // The server refused the document itself (no data): a variant too new for it
                // is the likely cause, and the probe alone says.
                None if matches!(answer, Err(Error::GraphQl { .. } | Error::Http { .. })) => {
                    // Only "too new" replaces the server's own answer (a probe that fails too
                    // says nothing more).
                    if let Err(e @ Error::TooOld { .. }) = self.require(Q::BASE, min).await {
                        return Err(e);
                    }
                }
                None => {}
            }
        }
        into_typed(Q::NAME, answer?)
    }

    /// Runs several calls of one checked-in operation in ONE request: its root field repeated
    /// under aliases, each call with its own variables (see `batch.rs`). One result per call,
    /// in order, as [`Client::execute`] would give it: a call the server refused gets its own
    /// errors (told apart by their `path`) and does not stop the others, which GraphQL runs
    /// one after the other. A failure of the request itself (no answer, an HTTP error) is
    /// every call's. An operation that cannot be split (fragments, directives, several root
    /// fields) and a batch of one go through [`Client::execute`], call by call.
    pub async fn execute_batch<Q: Operation>(
        &self,
        calls: Vec<Q::Variables>,
    ) -> Vec<Result<Response<Q::ResponseData>, Error>>
    where
        Q::ResponseData: Decode,
    {
        let n = calls.len();
        let kind = Q::KIND.as_str();
        let mut results: Vec<Slot<Q::ResponseData>> = (0..n).map(|_| None).collect();
        let mut parts = Vec::with_capacity(n);
        let mut variables = serde_json::Map::new();
        let mut singles = Vec::new();
        for (i, call) in calls.into_iter().enumerate() {
            let body = Q::build_query(call);
            let split = (n > 1 && Q::KIND == OperationKind::Mutation)
                .then(|| super::batch::split(body.query, kind, i))
                .flatten();
            let Some(split) = split else {
                singles.push((i, body.variables));
                continue;
            };
            match serde_json::to_value(&body.variables) {
                Ok(Value::Object(map)) => {
                    for (name, value) in map {
                        variables.insert(super::batch::renamed(&name, i), value);
                    }
                    parts.push((i, split));
                }
                Ok(_) => parts.push((i, split)),
                Err(e) => {
                    results[i] = Some(Err(Error::invalid(format!(
                        "{}: cannot encode variables: {e}",
                        Q::NAME
                    ))))
                }
            }
        }
        for (i, vars) in singles {
            results[i] = Some(self.execute::<Q>(vars).await);
        }
        if !parts.is_empty() {
            let refused = match Q::MIN_VERSION {
                Some(min) => self.require(Q::BASE, min).await.err(),
                None => None,
            };
            match refused {
                Some(e) => {
                    for (i, _) in &parts {
                        results[*i] = Some(Err(e.duplicate()));
                    }
                }
                None => self.run_batch::<Q>(&parts, variables, &mut results).await,
            }
        }
        results
            .into_iter()
            .map(|r| r.expect("every call has a result"))
            .collect()
    }

    async fn run_batch<Q: Operation>(
        &self,
        parts: &[(usize, super::batch::Split)],
        variables: serde_json::Map<String, Value>,
        results: &mut [Slot<Q::ResponseData>],
    ) where
        Q::ResponseData: Decode,
    {
        let name = format!("{}_batch", Q::NAME);
        let query = super::batch::document(Q::KIND.as_str(), &name, parts);
        let request = Request {
            query: &query,
            variables: Value::Object(variables),
            operation_name: Some(&name),
            kind: Q::KIND,
        };
        let raw = match self.send(&request).await {
            Ok(raw) => raw,
            Err(e) => {
                for (i, _) in parts {
                    results[*i] = Some(Err(e.duplicate()));
                }
                return;
            }
        };
        let mut data = match raw.data {
            Some(Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        };
        // Errors without an alias in their path are the request's: every call's.
        let (mut own, shared): (Vec<GraphQlError>, Vec<GraphQlError>) =
            raw.errors.into_iter().partition(|e| {
                e.path
                    .first()
                    .and_then(Value::as_str)
                    .is_some_and(|a| parts.iter().any(|(i, _)| super::batch::alias(*i) == a))
            });
        for (i, part) in parts {
            let alias = super::batch::alias(*i);
            let mut errors: Vec<GraphQlError> = shared.clone();
            own.retain(|e| {
                let mine = e.path.first().and_then(Value::as_str) == Some(alias.as_str());
                if mine {
                    let mut e = e.clone();
                    // The path as the operation alone would have answered it.
                    e.path[0] = Value::String(part.key.clone());
                    errors.push(e);
                }
                !mine
            });
            let value = data.remove(&alias).unwrap_or(Value::Null);
            let mut answer = serde_json::Map::new();
            answer.insert(part.key.clone(), value);
            let answer = Some(Value::Object(answer));
            results[*i] = Some(if errors.is_empty() {
                into_typed(
                    Q::NAME,
                    RawResponse {
                        status: raw.status,
                        data: answer,
                        errors: Vec::new(),
                        extensions: None,
                        request_id: raw.request_id.clone(),
                    },
                )
            } else {
                Err(Error::GraphQl {
                    operation: Q::NAME.to_string(),
                    errors,
                    data: answer,
                    request_id: raw.request_id.clone(),
                })
            });
        }
    }

    /// Sends any document. GraphQL `errors` (with partial data) become [`Error::GraphQl`], so
    /// `Ok` always means the server answered without errors.
    pub async fn execute_document(&self, request: &Request<'_>) -> Result<RawResponse, Error> {
        let raw = self.send(request).await?;
        if !raw.errors.is_empty() {
            return Err(Error::GraphQl {
                operation: operation_label(request),
                errors: raw.errors,
                data: raw.data,
                request_id: raw.request_id,
            });
        }
        Ok(raw)
    }

    /// Sends a document and returns the envelope whatever it holds (errors included): for
    /// a caller that shows the server's whole answer. Queries are safe to
    /// repeat; a mutation only when it never left this machine.
    pub async fn send(&self, request: &Request<'_>) -> Result<RawResponse, Error> {
        let label = operation_label(request);
        let http_request = self.http_request(request)?;
        let safety = match request.kind {
            OperationKind::Query => Safety::Idempotent,
            _ => Safety::Once,
        };
        // A read whose answer came back cut short (a proxy that gave up mid-body) is asked
        // again like any other transient failure; a mutation is not: it ran (see below).
        let mut again = self.transport.retry_policy().delays();
        let (reply, envelope) = loop {
            let reply = match self
                .transport
                .send(&http_request, safety, &self.credentials)
                .await
            {
                Ok(reply) => reply,
                Err(failure) => return Err(self.failed(&label, safety, failure)),
            };
            let mut message = match decode_envelope(&reply.body) {
                Ok(envelope) => break (reply, envelope),
                Err(message) => message,
            };
            // Only a body that did not decode is looked at again: a second pass over every
            // answer would cost a large list a full parse for a failure that is rare.
            if cut_short(&reply.body) {
                if safety == Safety::Idempotent
                    && let Some(delay) = again.next()
                {
                    tokio::time::sleep(delay).await;
                    continue;
                }
                if safety == Safety::Once {
                    message.push_str(LOST_ANSWER);
                }
            }
            return Err(Error::Decode {
                operation: label.clone(),
                message: format!("{message} from {}", self.url),
                request_id: reply.request_id.clone(),
            });
        };
        Ok(RawResponse {
            status: reply.status,
            data: envelope.data,
            errors: envelope.errors,
            extensions: envelope.extensions,
            request_id: reply.request_id.or(envelope.request_id),
        })
    }

    /// A failed send as an [`Error`]. A mutation whose answer was lost after it left this
    /// machine says it may have been applied: it is not sent again, and the caller must look.
    fn failed(&self, label: &str, safety: Safety, failure: Failure) -> Error {
        match failure {
            Failure::Status(reply) => {
                let errors = decode_envelope(&reply.body)
                    .ok()
                    .map(|e| e.errors)
                    .unwrap_or_default();
                Error::Http {
                    operation: label.to_string(),
                    status: reply.status,
                    excerpt: http::body_excerpt(&reply.body),
                    errors,
                    request_id: reply.request_id,
                }
            }
            Failure::Transport(mut source) => {
                if safety == Safety::Once && source.sent {
                    source.message.push_str(LOST_ANSWER);
                }
                Error::Unanswered(Unanswered::Transport {
                    what: label.to_string(),
                    source,
                })
            }
            other => Error::invalid(format!("{label}: {other:?}")),
        }
    }

    /// The platform version when this client already knows it (told, or learnt from an earlier
    /// answer): `Some(None)` when the server did not say, `None` when nobody has asked yet.
    /// Never sends anything.
    pub fn known_platform_version(&self) -> Option<Option<Version>> {
        *self.version.lock().expect("version lock")
    }

    /// The platform version, asked once per client with `appConfig { version }` (what the astro
    /// CLI does); `None` when the server does not say. A typed query sent while it is unknown
    /// carries the same probe, so asking here after one costs no request.
    pub async fn platform_version(&self) -> Result<Option<Version>, Error> {
        if let Some(known) = *self.version.lock().expect("version lock") {
            return Ok(known);
        }
        let request = Request {
            query: "query platformVersionProbe { appConfig { version } }",
            variables: Value::Null,
            operation_name: Some("platformVersionProbe"),
            kind: OperationKind::Query,
        };
        let raw = self.execute_document(&request).await?;
        let version = raw
            .data
            .as_ref()
            .and_then(|d| d.pointer("/appConfig/version"))
            .and_then(Value::as_str)
            .and_then(Version::parse);
        *self.version.lock().expect("version lock") = Some(version);
        Ok(version)
    }

    /// Refuses, before sending, what the platform is too old for. An unknown version passes
    /// (the astro CLI treats it as new).
    pub async fn require(&self, what: &str, min: Version) -> Result<(), Error> {
        match self.platform_version().await? {
            Some(platform) if platform < min => Err(Error::TooOld {
                what: what.to_string(),
                needs: min.to_string(),
                platform: platform.to_string(),
            }),
            _ => Ok(()),
        }
    }
}

fn operation_label(request: &Request<'_>) -> String {
    match request.operation_name {
        Some(name) => name.to_string(),
        None => format!("the {}", request.kind.as_str()),
    }
}

/// Said of a mutation whose answer was lost after it reached the server.
const LOST_ANSWER: &str = "; the answer was lost after the request reached the server, so it may have been applied: check before running it again";

/// True when `body` is JSON that stops in the middle (the connection ended early), as opposed
/// to a body that is complete but not JSON.
fn cut_short(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_err_and(|e| e.is_eof())
}

#[derive(Debug)]
struct Envelope {
    data: Option<Value>,
    errors: Vec<GraphQlError>,
    extensions: Option<Value>,
    request_id: Option<String>,
}

/// Decodes a response body the way [`Client::execute`] does — the envelope first, so GraphQL
/// `errors` survive any `data`, then `data` into `T` with the JSON path of any mismatch. Public
/// for the sandbox's tests and the fuzz target.
pub fn decode_response<T: Decode>(
    operation: &str,
    status: u16,
    body: &[u8],
) -> Result<Response<T>, Error> {
    let envelope = decode_envelope(body).map_err(|message| Error::Decode {
        operation: operation.to_string(),
        message,
        request_id: None,
    })?;
    let raw = RawResponse {
        status,
        data: envelope.data,
        errors: envelope.errors,
        extensions: envelope.extensions,
        request_id: envelope.request_id,
    };
    if !raw.errors.is_empty() {
        return Err(Error::GraphQl {
            operation: operation.to_string(),
            errors: raw.errors,
            data: raw.data,
            request_id: raw.request_id,
        });
    }
    into_typed(operation, raw)
}

/// Phase one: the envelope alone, so GraphQL `errors` survive whatever `data` looks like.
/// `data` is moved out of the parsed body as it is, not decoded a second time into a new tree
/// (which for a large list costs as much as the parse).
fn decode_envelope(bytes: &[u8]) -> Result<Envelope, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| http::json_problem(&e, bytes))?;
    let Value::Object(mut fields) = value else {
        return Err(format!(
            "the response is JSON but not a GraphQL response: {}",
            http::truncate(&value.to_string(), 200)
        ));
    };
    fn field<T: serde::de::DeserializeOwned + Default>(
        fields: &mut serde_json::Map<String, Value>,
        name: &str,
    ) -> Result<T, String> {
        fields.remove(name).map_or(Ok(T::default()), |v| {
            serde_json::from_value(v)
                .map_err(|e| format!("the response is not a GraphQL response: `{name}`: {e}"))
        })
    }
    let non_null = |v: Option<Value>| v.filter(|v| !v.is_null());
    Ok(Envelope {
        data: non_null(fields.remove("data")),
        errors: field(&mut fields, "errors")?,
        extensions: non_null(fields.remove("extensions")),
        request_id: field(&mut fields, "requestId")?,
    })
}

/// Phase two: `data` into the generated type, naming the JSON path of any mismatch.
fn into_typed<T: Decode>(operation: &str, raw: RawResponse) -> Result<Response<T>, Error> {
    let Some(data) = raw.data else {
        return Err(Error::Decode {
            operation: operation.to_string(),
            message: "the response has no data and no errors".into(),
            request_id: raw.request_id,
        });
    };
    let typed = T::decode(&data).map_err(|e| Error::Decode {
        operation: operation.to_string(),
        message: format!(
            "unexpected response shape at data.{}: {}",
            e.path(),
            e.message()
        ),
        request_id: raw.request_id.clone(),
    })?;
    Ok(Response {
        data: typed,
        raw: data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_masks_the_token_and_matches_the_body_sent() {
        let client = Client::builder("http://127.0.0.1:9/v1")
            .token(Some(Token::new("secret-token-0123456789")))
            .build()
            .unwrap();
        let request = Request {
            query: "query q { appConfig { version } }",
            variables: serde_json::json!({"it's": "a 'quote'"}),
            operation_name: Some("q"),
            kind: OperationKind::Query,
        };
        let prepared = client.describe(&request).unwrap();
        assert_eq!(
            prepared.body.as_deref().unwrap().as_bytes(),
            serde_json::to_vec(&request.body()).unwrap()
        );
        let shown = format!("{prepared:?}{}", prepared.curl());
        assert!(!shown.contains("secret-token"), "{shown}");
        assert!(
            prepared
                .headers
                .contains(&("authorization".into(), "****6789".into()))
        );
        let curl = prepared.curl();
        assert!(
            curl.contains("-H \"authorization: $HOUSTON_TOKEN\""),
            "{curl}"
        );
        assert!(curl.contains(r#"{"it'\''s":"a '\''quote'\''"}"#), "{curl}");
    }

    #[test]
    fn endpoints() {
        assert_eq!(
            endpoint("example.com").unwrap().as_str(),
            "https://houston.example.com/v1"
        );
        assert_eq!(
            endpoint("houston.example.com").unwrap().as_str(),
            "https://houston.example.com/v1"
        );
        assert_eq!(
            endpoint("http://127.0.0.1:8871").unwrap().as_str(),
            "http://127.0.0.1:8871/v1"
        );
        assert_eq!(
            endpoint("https://houston.x.io/v1").unwrap().as_str(),
            "https://houston.x.io/v1"
        );
        assert!(endpoint("").is_err());
        assert!(endpoint("ftp://x").is_err());
    }

    #[test]
    fn envelope_keeps_errors_and_explains_bad_bodies() {
        let e = decode_envelope(
            br#"{"data":{"a":1},"errors":[{"message":"m","extensions":{"code":"FORBIDDEN"}}]}"#,
        )
        .unwrap();
        assert_eq!(e.errors[0].code(), Some("FORBIDDEN"));
        assert!(
            decode_envelope(br#"{"data":{"a":"#)
                .unwrap_err()
                .contains("truncated")
        );
        assert!(
            decode_envelope(b"<html><title>Bad</title></html>")
                .unwrap_err()
                .contains("HTML page titled \"Bad\"")
        );
        assert!(
            decode_envelope(b"[1]")
                .unwrap_err()
                .contains("not a GraphQL response")
        );
        let e = decode_envelope(br#"{"data":null,"extensions":null,"requestId":"r-1"}"#).unwrap();
        assert_eq!((e.data, e.extensions), (None, None));
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        let e = decode_envelope(br#"{"data":{"b":[1,{"c":null}],"a":2}}"#).unwrap();
        assert_eq!(
            e.data.unwrap().to_string(),
            r#"{"b":[1,{"c":null}],"a":2}"#,
            "data is the server's, in its order"
        );
        assert!(
            decode_envelope(br#"{"errors":"no"}"#)
                .unwrap_err()
                .contains("`errors`")
        );
    }

    #[test]
    fn typed_decode_names_the_path() {
        type D = crate::operations::workspaces::ResponseData;
        let raw = RawResponse {
            status: 200,
            data: Some(serde_json::json!({"workspaces": [
                {"id": "a", "createdAt": "t", "updatedAt": "t"},
                {"id": 5, "createdAt": "t", "updatedAt": "t"},
            ]})),
            errors: vec![],
            extensions: None,
            request_id: None,
        };
        let err = into_typed::<D>("workspaces", raw).unwrap_err().to_string();
        assert!(
            err.contains("data.workspaces[1].id: invalid type: integer `5`, expected a string"),
            "{err}"
        );
    }
}
