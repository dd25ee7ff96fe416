//! Creates are not idempotent on the Astro API: the same POST twice makes two objects. So a
//! create whose answer was lost after it may have reached the server is never simply sent
//! again: the object is looked up by name first, and the POST is repeated only when the look-up
//! shows it did not happen.

use super::transport::Safety;
use super::{Client, Error, Resource};
use crate::http::Unanswered;
use reqwest::Method;
use serde_json::Value;
use url::Url;

/// How far back a `createdAt` may lie and still be taken for this run's create: generous, since
/// the server's clock and ours may disagree.
const CLOCK_TOLERANCE_SECS: i64 = 300;

/// What a create came to.
pub(crate) enum Created {
    /// The server's answer.
    Answer(Value),
    /// The answer was lost, but the object is there: found by the look-up.
    Recovered { found: Value, lost: Error },
}

/// True when the request may have been carried out although no success came back.
fn may_have_landed(error: &Error) -> bool {
    match error {
        Error::Unanswered(Unanswered::Transport { source, .. }) => source.sent,
        Error::Api { status, .. } | Error::Http { status, .. } => *status >= 500,
        _ => false,
    }
}

impl Client {
    /// POSTs a create; on a lost answer asks `lookup` (which returns the object if it exists)
    /// before deciding whether to send again.
    pub(crate) async fn create_with_lookup(
        &self,
        url: Url,
        body: &Value,
        what: &str,
        lookup: impl AsyncFn(jiff::Timestamp) -> Result<Option<Value>, Error>,
        resource: Resource,
    ) -> Result<Created, Error> {
        let started = jiff::Timestamp::now();
        let mut delays = self.inner.transport.retry_policy().delays();
        loop {
            let error = match self
                .call_object(Method::POST, url.clone(), Some(body), what, Safety::Once)
                .await
            {
                Ok(answer) => return Ok(Created::Answer(answer)),
                Err(e) if may_have_landed(&e) => e,
                Err(e) => return Err(e),
            };
            // Give the server a moment to finish what it may be doing before looking.
            let Some(delay) = delays.next() else {
                return Err(error);
            };
            tokio::time::sleep(delay).await;
            match lookup(started).await {
                Ok(Some(found)) => {
                    return Ok(Created::Recovered { found, lost: error });
                }
                // Provably not created: sending again cannot make a second one.
                Ok(None) => continue,
                Err(lookup_error) => {
                    return Err(Error::Uncertain {
                        what: what.to_string(),
                        resource,
                        check_failed: Some(
                            lookup_error
                                .to_string()
                                .lines()
                                .next()
                                .unwrap_or("")
                                .to_string(),
                        ),
                        source: Box::new(error),
                    });
                }
            }
        }
    }
}

/// True when `object` was created at or after `started` (less the clock tolerance), or does not
/// say when it was created.
pub(crate) fn created_since(object: &Value, started: jiff::Timestamp) -> bool {
    let Some(text) = object.get("createdAt").and_then(Value::as_str) else {
        return true;
    };
    match text.parse::<jiff::Timestamp>() {
        Ok(at) => at.as_second() >= started.as_second() - CLOCK_TOLERANCE_SECS,
        Err(_) => true,
    }
}
