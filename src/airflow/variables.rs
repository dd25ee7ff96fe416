//! Variables: list, get, create-or-update, delete.

use super::client::Client;
use super::error::Error;
use super::model::{Upserted, Variable};
use super::paginate::Pages;
use reqwest::Method;
use serde_json::{Map, Value};

impl Client {
    /// Every variable, a page at a time. On 2.x the list leaves out values; [`Client::variable`]
    /// reads one. The stable APIs only.
    pub async fn variables(&self) -> Result<Pages<'_, Variable>, Error> {
        let api = self.stable_api("listing variables").await?;
        Ok(Pages::new(
            self,
            self.url(api, &["variables"]),
            Some("variables"),
        ))
    }

    /// One variable, with its value (404 as [`Error`] when there is none).
    pub async fn variable(&self, key: &str) -> Result<Variable, Error> {
        self.stable_api("getting a variable").await?;
        self.get(&["variables", key], &[]).await
    }

    /// Creates or updates a variable. An update keeps the description unless one is given
    /// (2.x's POST would overwrite it with null, so an existing key is PATCHed on both).
    pub async fn set_variable(
        &self,
        key: &str,
        value: &str,
        description: Option<&str>,
    ) -> Result<Upserted<Variable>, Error> {
        let current = match self.variable(key).await {
            Ok(v) => Some(v),
            Err(e) if e.is_not_found() => None,
            Err(e) => return Err(e),
        };
        let mut body = Map::new();
        body.insert("key".into(), key.into());
        body.insert("value".into(), value.into());
        let description = description
            .map(str::to_string)
            .or_else(|| current.as_ref().and_then(|v| v.description.clone()));
        if let Some(d) = description {
            body.insert("description".into(), d.into());
        }
        let body = Value::Object(body);
        let created = current.is_none();
        let item = if created {
            self.write(Method::POST, &["variables"], &[], &body).await?
        } else {
            self.write(Method::PATCH, &["variables", key], &[], &body)
                .await?
        };
        Ok(Upserted { item, created })
    }

    /// Deletes a variable. One that does not exist is an error (404), not a no-op.
    pub async fn delete_variable(&self, key: &str) -> Result<(), Error> {
        self.stable_api("deleting a variable").await?;
        self.delete(&["variables", key]).await.map(|_| ())
    }
}
