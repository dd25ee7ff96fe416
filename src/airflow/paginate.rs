//! `limit`/`offset` pagination, one page in memory at a time.
//!
//! Airflow caps pages silently (`maximum_page_limit`, 100 by default), so a page shorter than
//! asked for is no sign of the end: the end is `offset >= total_entries`, or an empty page where
//! a server gives no total.

use super::client::{Client, append_query};
use super::error::Error;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::marker::PhantomData;
use url::Url;

/// The page size asked for: Airflow's default maximum. A server configured lower answers
/// with fewer, which the pager handles.
pub const PAGE_SIZE: u64 = 100;

/// Pages of a list endpoint, fetched as they are asked for.
pub struct Pages<'c, T> {
    client: &'c Client,
    url: Url,
    /// The array to read (`dag_runs`); `None`: the one array field in the answer.
    key: Option<String>,
    limit: u64,
    offset: u64,
    total: Option<u64>,
    done: bool,
    _item: PhantomData<fn() -> T>,
}

/// One page of items.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// `total_entries`, when the server says.
    pub total: Option<u64>,
    /// The array's name in the answer (`dag_runs`).
    pub key: String,
}

impl<'c, T: DeserializeOwned> Pages<'c, T> {
    /// Pages of `url` (its query is kept; `limit` and `offset` are set per page, a `limit`
    /// already in the query is the page size and an `offset` the start).
    pub fn new(client: &'c Client, url: Url, key: Option<&str>) -> Self {
        let mut limit = PAGE_SIZE;
        let mut offset = 0;
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, v)| match k.as_ref() {
                "limit" => {
                    limit = v.parse().unwrap_or(PAGE_SIZE).max(1);
                    false
                }
                "offset" => {
                    offset = v.parse().unwrap_or(0);
                    false
                }
                _ => true,
            })
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut url = url;
        url.set_query(None);
        let kept: Vec<(&str, String)> = kept.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        append_query(&mut url, &kept);
        Pages {
            client,
            url,
            key: key.map(str::to_string),
            limit,
            offset,
            total: None,
            done: false,
            _item: PhantomData,
        }
    }

    /// `total_entries` as of the last page fetched.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// The next page, or `None` after the last.
    pub async fn next_page(&mut self) -> Result<Option<Page<T>>, Error> {
        if self.done {
            return Ok(None);
        }
        let mut url = self.url.clone();
        append_query(
            &mut url,
            &[
                ("limit", self.limit.to_string()),
                ("offset", self.offset.to_string()),
            ],
        );
        let reply = self.client.send(Method::GET, url, None).await?;
        let mut object: Map<String, Value> = reply.json()?;
        let key = match &self.key {
            Some(k) => k.clone(),
            None => array_key(&object).ok_or_else(|| Error::Decode {
                what: reply.what.clone(),
                message: "--paginate needs an answer with exactly one array field (like `dags`), and this one has none or several".into(),
                request_id: reply.request_id.clone(),
            })?,
        };
        let items = match object.remove(&key) {
            Some(Value::Array(items)) => items,
            _ => {
                return Err(Error::Decode {
                    what: reply.what.clone(),
                    message: format!("the answer has no `{key}` list"),
                    request_id: reply.request_id.clone(),
                });
            }
        };
        self.total = object.get("total_entries").and_then(Value::as_u64);
        self.offset += items.len() as u64;
        self.done = items.is_empty() || self.total.is_some_and(|t| self.offset >= t);
        let items = items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                serde_path_to_error::deserialize(item).map_err(|e| Error::Decode {
                    what: reply.what.clone(),
                    message: format!(
                        "unexpected shape at `{key}[{i}].{}`: {}",
                        e.path(),
                        e.inner()
                    ),
                    request_id: reply.request_id.clone(),
                })
            })
            .collect::<Result<Vec<T>, Error>>()?;
        Ok(Some(Page {
            items,
            total: self.total,
            key,
        }))
    }

    /// Every item, for callers that want them all in memory.
    pub async fn collect(mut self) -> Result<Vec<T>, Error> {
        let mut all = Vec::new();
        while let Some(page) = self.next_page().await? {
            all.extend(page.items);
        }
        Ok(all)
    }
}

fn array_key(object: &Map<String, Value>) -> Option<String> {
    let mut arrays = object.iter().filter(|(_, v)| v.is_array());
    let (key, _) = arrays.next()?;
    arrays.next().is_none().then(|| key.clone())
}
