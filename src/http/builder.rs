//! One builder for the three clients: what every client takes (timeouts and TLS, retries, the
//! request observer) is set here once; what a client takes of its own (where it goes, its
//! credentials, its version) is its builder's `S`, with the setters and `build()` in its module.

use super::{HttpOptions, Observer, RetryPolicy, SetupError, Transport, TransportBuilder};
use crate::secret::Secrets;

/// Builds a client: `Client::builder(…)`, then optional settings, then a fallible `build()`
/// that checks everything at once and sends nothing. `S` is what the client takes of its own;
/// each client names its builder (`houston::houston::ClientBuilder`, …).
#[derive(Clone)]
pub struct ClientBuilder<S> {
    pub(crate) own: S,
    pub(crate) transport: TransportBuilder,
}

impl<S> ClientBuilder<S> {
    pub(crate) fn new(own: S) -> Self {
        ClientBuilder {
            own,
            transport: TransportBuilder::default(),
        }
    }

    /// Timeouts and TLS (a CA bundle, or no verification) for every request.
    pub fn http_options(mut self, options: HttpOptions) -> Self {
        self.transport = self.transport.options(options);
        self
    }

    /// How often and how long to retry what is safe to repeat.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.transport = self.transport.retry(retry);
        self
    }

    /// Sees every request and response, scrubbed (a verbose log).
    pub fn observer(mut self, observer: impl Into<Option<Observer>>) -> Self {
        self.transport = self.transport.observer(observer.into());
        self
    }

    /// The client's own settings and its transport, built to hide `secrets` in everything it
    /// shows.
    pub(crate) fn parts(self, secrets: Secrets) -> Result<(S, Transport), SetupError> {
        let transport = self.transport.secrets(secrets).build()?;
        Ok((self.own, transport))
    }
}

impl<S: std::fmt::Debug> std::fmt::Debug for ClientBuilder<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("own", &self.own)
            .field("transport", &self.transport)
            .finish()
    }
}
