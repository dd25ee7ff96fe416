//! Subscriptions over Houston's WebSocket: the legacy Apollo `graphql-ws` protocol
//! (subscriptions-transport-ws), which is what Houston speaks at `/ws` — not the newer
//! `graphql-transport-ws`. `connection_init` carries the token, `start` the operation, `data`
//! messages the events, `stop` ends it.

use crate::houston::{Client, Error, GraphQlError, Request};
use crate::http::FromUnanswered as _;
use crate::http::Unanswered;
use crate::http::{FailureKind, TransportError};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{Message, http::HeaderValue};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};
use url::Url;

/// The sub-protocol Houston's `/ws` speaks.
pub const PROTOCOL: &str = "graphql-ws";
const ID: &str = "1";

/// The WebSocket endpoint next to a Houston GraphQL endpoint: `https://houston.x/v1` →
/// `wss://houston.x/ws`.
pub fn ws_url(endpoint: &Url) -> Url {
    let mut url = endpoint.clone();
    let scheme = if endpoint.scheme() == "https" {
        "wss"
    } else {
        "ws"
    };
    let _ = url.set_scheme(scheme);
    let path = endpoint.path().trim_end_matches('/');
    let parent = path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
    url.set_path(&format!("{parent}/ws"));
    url
}

/// The messages a subscription sends before its first event, with the token masked: what
/// a dry run shows.
pub fn opening_messages(client: &Client, request: &Request<'_>, mask: bool) -> Vec<Value> {
    let token = client.token().map(|t| {
        if mask {
            t.masked()
        } else {
            t.expose().to_string()
        }
    });
    let init = match token {
        Some(t) => json!({"type": "connection_init", "payload": {"authorization": t}}),
        None => json!({"type": "connection_init", "payload": {}}),
    };
    vec![
        init,
        json!({"id": ID, "type": "start", "payload": request.body()}),
    ]
}

/// One event of a subscription: `data` and `errors` as the server sent them.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The event's `data`; `None` when the server sent only errors.
    pub data: Option<Value>,
    /// The event's `errors` (empty when there were none).
    pub errors: Vec<GraphQlError>,
}

/// A running subscription.
pub struct Subscription {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    url: Url,
    label: String,
    done: bool,
}

impl std::fmt::Debug for Subscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Subscription")
            .field("url", &self.url.as_str())
            .field("operation", &self.label)
            .finish()
    }
}

fn transport(label: &str, kind: FailureKind, sent: bool, message: String) -> Error {
    Error::Unanswered(Unanswered::Transport {
        what: label.to_string(),
        source: TransportError {
            kind,
            sent,
            message,
        },
    })
}

/// Opens the WebSocket next to `client`'s endpoint, authenticates, and starts `request`.
pub async fn start(client: &Client, request: &Request<'_>) -> Result<Subscription, Error> {
    let label = request
        .operation_name
        .map(str::to_string)
        .unwrap_or_else(|| "the subscription".into());
    let url = ws_url(client.url());
    let options = client.http_options();
    let mut handshake = url
        .as_str()
        .into_client_request()
        .map_err(|e| Error::invalid(format!("{url} is not a WebSocket URL: {e}")))?;
    handshake
        .headers_mut()
        .insert("Sec-WebSocket-Protocol", HeaderValue::from_static(PROTOCOL));
    handshake.headers_mut().insert(
        "User-Agent",
        HeaderValue::from_static(crate::http::USER_AGENT),
    );
    let connector = if url.scheme() == "wss" {
        Some(Connector::Rustls(
            crate::http::rustls_config(options).map_err(|e| Error::invalid(e.0))?,
        ))
    } else {
        None
    };
    let connect =
        tokio_tungstenite::connect_async_tls_with_config(handshake, None, false, connector);
    let (socket, _) = match tokio::time::timeout(options.connect_timeout, connect).await {
        Err(_) => {
            return Err(transport(
                &label,
                FailureKind::Timeout,
                false,
                format!(
                    "no WebSocket connection to {url} within {}",
                    crate::http::human_duration(options.connect_timeout)
                ),
            ));
        }
        Ok(Err(e)) => {
            return Err(transport(
                &label,
                FailureKind::Connect,
                false,
                format!("cannot open the WebSocket {url}: {e}"),
            ));
        }
        Ok(Ok(pair)) => pair,
    };
    let mut subscription = Subscription {
        socket,
        url,
        label,
        done: false,
    };
    let mut opening = opening_messages(client, request, false).into_iter();
    let init = opening.next().expect("connection_init");
    subscription.send(&init).await?;
    let ack = tokio::time::timeout(options.connect_timeout, subscription.await_ack());
    match ack.await {
        Err(_) => {
            return Err(transport(
                &subscription.label,
                FailureKind::Timeout,
                true,
                format!(
                    "{} did not acknowledge the connection within {}",
                    subscription.url,
                    crate::http::human_duration(options.connect_timeout)
                ),
            ));
        }
        Ok(result) => result?,
    }
    for message in opening {
        subscription.send(&message).await?;
    }
    Ok(subscription)
}

impl Subscription {
    async fn send(&mut self, message: &Value) -> Result<(), Error> {
        self.socket
            .send(Message::text(message.to_string()))
            .await
            .map_err(|e| {
                transport(
                    &self.label,
                    FailureKind::Broken,
                    true,
                    format!("the WebSocket {} broke: {e}", self.url),
                )
            })
    }

    /// The next protocol message as JSON; `None` when the server closed the socket.
    async fn receive(&mut self) -> Result<Option<Value>, Error> {
        loop {
            let Some(message) = self.socket.next().await else {
                return Ok(None);
            };
            let message = message.map_err(|e| {
                transport(
                    &self.label,
                    FailureKind::Broken,
                    true,
                    format!("the WebSocket {} broke: {e}", self.url),
                )
            })?;
            let text = match message {
                Message::Text(text) => text.to_string(),
                Message::Binary(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Message::Close(_) => return Ok(None),
                _ => continue,
            };
            return parse_message(&text)
                .map(Some)
                .map_err(|message| Error::Decode {
                    operation: self.label.clone(),
                    message,
                    request_id: None,
                });
        }
    }

    async fn await_ack(&mut self) -> Result<(), Error> {
        loop {
            let Some(message) = self.receive().await? else {
                return Err(Error::Http {
                    operation: self.label.clone(),
                    status: 401,
                    excerpt: "the server closed the WebSocket before accepting the connection (a missing or expired token?)".into(),
                    errors: vec![],
                    request_id: None,
                });
            };
            match message["type"].as_str() {
                Some("connection_ack") => return Ok(()),
                Some("connection_error") => {
                    return Err(Error::GraphQl {
                        operation: self.label.clone(),
                        errors: payload_errors(&message["payload"]),
                        data: None,
                        request_id: None,
                    });
                }
                _ => continue,
            }
        }
    }

    /// The next event; `None` once the server completes the subscription or closes.
    /// An `error` message (the server refused the operation) is an [`Error::GraphQl`].
    pub async fn next(&mut self) -> Result<Option<Event>, Error> {
        if self.done {
            return Ok(None);
        }
        loop {
            let Some(message) = self.receive().await? else {
                self.done = true;
                return Ok(None);
            };
            match message["type"].as_str() {
                Some("data") => {
                    let payload = &message["payload"];
                    let errors = match payload.get("errors") {
                        Some(errors) => {
                            serde_json::from_value(errors.clone()).map_err(|e| Error::Decode {
                                operation: self.label.clone(),
                                message: format!("the event's errors are not GraphQL errors: {e}"),
                                request_id: None,
                            })?
                        }
                        None => Vec::new(),
                    };
                    return Ok(Some(Event {
                        data: payload.get("data").cloned().filter(|d| !d.is_null()),
                        errors,
                    }));
                }
                Some("error") | Some("connection_error") => {
                    self.done = true;
                    return Err(Error::GraphQl {
                        operation: self.label.clone(),
                        errors: payload_errors(&message["payload"]),
                        data: None,
                        request_id: None,
                    });
                }
                Some("complete") => {
                    self.done = true;
                    return Ok(None);
                }
                // `ka` keep-alives, a repeated `connection_ack`.
                _ => continue,
            }
        }
    }

    /// Stops the subscription and closes the socket politely.
    pub async fn stop(mut self) {
        if !self.done {
            let _ = self.send(&json!({"id": ID, "type": "stop"})).await;
        }
        let _ = self.send(&json!({"type": "connection_terminate"})).await;
        let _ = self.socket.close(None).await;
    }
}

/// Parses one protocol message: a JSON object with a string `type`.
pub fn parse_message(text: &str) -> Result<Value, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "the server sent a WebSocket message that is not JSON ({e}): {}",
            crate::http::truncate(text, 200)
        )
    })?;
    if !value.get("type").is_some_and(Value::is_string) {
        return Err(format!(
            "the server sent a WebSocket message without a type: {}",
            crate::http::truncate(text, 200)
        ));
    }
    Ok(value)
}

/// The errors of an `error`/`connection_error` payload: a list of GraphQL errors, one error,
/// or a bare message.
fn payload_errors(payload: &Value) -> Vec<GraphQlError> {
    let one = |v: &Value| {
        serde_json::from_value::<GraphQlError>(v.clone()).unwrap_or_else(|_| GraphQlError {
            message: match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            },
            path: vec![],
            locations: vec![],
            extensions: None,
        })
    };
    match payload {
        Value::Array(items) => items.iter().map(one).collect(),
        Value::Object(o) if o.contains_key("errors") => payload_errors(&o["errors"]),
        other => vec![one(other)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ws_url_sits_next_to_the_endpoint() {
        let u = |s: &str| ws_url(&Url::parse(s).unwrap()).to_string();
        assert_eq!(
            u("https://houston.example.com/v1"),
            "wss://houston.example.com/ws"
        );
        assert_eq!(u("http://127.0.0.1:8871/v1"), "ws://127.0.0.1:8871/ws");
        assert_eq!(
            u("http://127.0.0.1:8871/houston/v1/"),
            "ws://127.0.0.1:8871/houston/ws"
        );
    }

    #[test]
    fn error_payloads_of_every_shape() {
        let list = payload_errors(&json!([{"message": "a", "extensions": {"code": "X"}}]));
        assert_eq!(list[0].code(), Some("X"));
        assert_eq!(payload_errors(&json!({"message": "b"}))[0].message, "b");
        assert_eq!(payload_errors(&json!("c"))[0].message, "c");
        assert!(parse_message("{").is_err());
        assert!(parse_message("{}").is_err());
    }
}
