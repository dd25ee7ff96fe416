//! Pools: list, get, create-or-update, delete; on the stable APIs and the experimental one.

use super::ApiVersion;
use super::client::Client;
use super::error::Error;
use super::model::{Pool, PoolSpec, Upserted};
use super::paginate::Pages;
use reqwest::Method;
use serde_json::{Map, Value, json};

/// Every pool, whichever API: the experimental one answers a plain array, the others pages.
pub enum PoolList<'c> {
    /// The stable APIs: fetched a page at a time.
    Pages(Pages<'c, Pool>),
    /// The experimental API: every pool in one answer.
    All(Vec<Pool>),
}

impl PoolList<'_> {
    /// The next batch of pools, or `None` at the end.
    pub async fn next_batch(&mut self) -> Result<Option<Vec<Pool>>, Error> {
        match self {
            PoolList::Pages(pages) => Ok(pages.next_page().await?.map(|p| p.items)),
            PoolList::All(all) if all.is_empty() => Ok(None),
            PoolList::All(all) => Ok(Some(std::mem::take(all))),
        }
    }
}

impl Client {
    /// Every pool, on any API (the experimental one included); read with
    /// [`PoolList::next_batch`].
    pub async fn pools(&self) -> Result<PoolList<'_>, Error> {
        match self.api().await? {
            ApiVersion::Experimental => Ok(PoolList::All(self.get(&["pools"], &[]).await?)),
            api => Ok(PoolList::Pages(Pages::new(
                self,
                self.url(api, &["pools"]),
                Some("pools"),
            ))),
        }
    }

    /// One pool by name (404 as [`Error`] when there is none).
    pub async fn pool(&self, name: &str) -> Result<Pool, Error> {
        self.get(&["pools", name], &[]).await
    }

    /// Creates the pool, or updates the fields given (others keep their value).
    pub async fn set_pool(&self, spec: &PoolSpec) -> Result<Upserted<Pool>, Error> {
        let api = self.api().await?;
        let current = match self.pool(&spec.name).await {
            Ok(pool) => Some(pool),
            Err(e) if e.is_not_found() => None,
            Err(e) => return Err(e),
        };
        let slots = spec
            .slots
            .or(current.as_ref().map(|p| p.slots))
            .ok_or_else(|| Error::Argument {
                field: "slots",
                message: format!(
                    "pool `{}` does not exist yet, and creating it needs a number of slots",
                    spec.name
                ),
            })?;
        let description = spec
            .description
            .clone()
            .or_else(|| current.as_ref().and_then(|p| p.description.clone()));
        let include_deferred = spec
            .include_deferred
            .or_else(|| current.as_ref().and_then(|p| p.include_deferred));
        let mut body = Map::new();
        body.insert("slots".into(), slots.into());
        match description {
            Some(d) => {
                body.insert("description".into(), d.into());
            }
            // the experimental API answers 500 to a pool without a description
            None if api == ApiVersion::Experimental => {
                body.insert("description".into(), "".into());
            }
            None => {}
        }
        if let Some(i) = include_deferred
            && api != ApiVersion::Experimental
        {
            body.insert("include_deferred".into(), i.into());
        }
        let created = current.is_none();
        // the experimental create updates an existing pool
        let post = created || api == ApiVersion::Experimental;
        if api == ApiVersion::V2 && !post {
            // 3.x's PATCH body names the pool `pool` and needs include_deferred
            body.insert("pool".into(), spec.name.clone().into());
            body.entry("include_deferred").or_insert(json!(false));
        } else {
            body.insert("name".into(), spec.name.clone().into());
        }
        let body = Value::Object(body);
        let item = if post {
            self.write(Method::POST, &["pools"], &[], &body).await?
        } else {
            self.write(Method::PATCH, &["pools", &spec.name], &[], &body)
                .await?
        };
        Ok(Upserted { item, created })
    }

    /// Deletes a pool. Airflow refuses to delete `default_pool` (400).
    pub async fn delete_pool(&self, name: &str) -> Result<(), Error> {
        self.delete(&["pools", name]).await.map(|_| ())
    }
}
