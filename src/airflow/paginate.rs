//! `limit`/`offset` pagination, a bounded number of pages in memory at a time.
//!
//! Airflow caps pages silently (`maximum_page_limit`, 100 by default), so a page shorter than
//! asked for is no sign of the end: the end is `offset >= total_entries`, or an empty page where
//! a server gives no total. Once the first page has told the total and the server's real page
//! size, the next pages are fetched a few at a time (the client's `page_concurrency`) and handed
//! out in order: the server does the work, and waiting for it one page after another is what
//! makes long listings slow.

use super::client::{Client, append_query};
use super::error::Error;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::VecDeque;
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
    /// The server's real page size, learnt from the first full page.
    step: Option<u64>,
    concurrency: usize,
    /// Pages fetched ahead, in offset order.
    ready: VecDeque<Fetched>,
    done: bool,
    _item: PhantomData<fn() -> T>,
}

struct Fetched {
    offset: u64,
    key: String,
    items: Vec<Value>,
    total: Option<u64>,
    what: String,
    request_id: Option<String>,
}

/// One page of items.
#[derive(Debug)]
pub struct Page<T> {
    /// The page's items, in the server's order.
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
            step: None,
            concurrency: client.page_concurrency(),
            ready: VecDeque::new(),
            done: false,
            _item: PhantomData,
        }
    }

    /// How many pages may be in flight at once (1: strictly one after another).
    pub fn concurrency(mut self, pages: usize) -> Self {
        self.concurrency = pages.max(1);
        self
    }

    /// `total_entries` as of the last page handed out.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// The next page, or `None` after the last.
    pub async fn next_page(&mut self) -> Result<Option<Page<T>>, Error> {
        loop {
            if let Some(page) = self.ready.pop_front() {
                if page.offset != self.offset {
                    // a page before it came back short: the ones fetched ahead start at the
                    // wrong place, so fetch again from where the list really is
                    self.ready.clear();
                    continue;
                }
                return self.hand_out(page).map(Some);
            }
            if self.done {
                return Ok(None);
            }
            let offsets: Vec<u64> = match (self.total, self.step) {
                (Some(total), Some(step)) if self.concurrency > 1 => (0..self.concurrency as u64)
                    .map(|k| self.offset + k * step)
                    .take_while(|o| *o < total)
                    .collect(),
                _ => vec![self.offset],
            };
            let this = &*self;
            let fetched =
                futures_util::future::try_join_all(offsets.into_iter().map(|o| this.fetch(o)))
                    .await?;
            self.ready.extend(fetched);
        }
    }

    fn hand_out(&mut self, page: Fetched) -> Result<Page<T>, Error> {
        let count = page.items.len() as u64;
        self.total = page.total;
        self.offset += count;
        if self.step.is_none() && count > 0 {
            self.step = Some(count);
        }
        self.done = count == 0 || self.total.is_some_and(|t| self.offset >= t);
        if self.done {
            self.ready.clear();
        }
        let Fetched {
            key,
            items,
            what,
            request_id,
            ..
        } = page;
        let items = items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                serde_path_to_error::deserialize(item).map_err(|e| Error::Decode {
                    what: what.clone(),
                    message: format!(
                        "unexpected shape at `{key}[{i}].{}`: {}",
                        e.path(),
                        e.inner()
                    ),
                    request_id: request_id.clone(),
                })
            })
            .collect::<Result<Vec<T>, Error>>()?;
        Ok(Page {
            items,
            total: self.total,
            key,
        })
    }

    async fn fetch(&self, offset: u64) -> Result<Fetched, Error> {
        let mut url = self.url.clone();
        append_query(
            &mut url,
            &[
                ("limit", self.limit.to_string()),
                ("offset", offset.to_string()),
            ],
        );
        let reply = self.client.send(Method::GET, url, None).await?;
        let mut object: Map<String, Value> = reply.json()?;
        let key = match &self.key {
            Some(k) => k.clone(),
            None => array_key(&object).ok_or_else(|| Error::Decode {
                what: reply.what.clone(),
                message: "paging needs an answer with exactly one array field (like `dags`), and this one has none or several".into(),
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
        Ok(Fetched {
            offset,
            key,
            items,
            total: object.get("total_entries").and_then(Value::as_u64),
            what: reply.what,
            request_id: reply.request_id,
        })
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
