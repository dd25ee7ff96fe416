//! Offset/limit pagination: every list answers `{<items>, limit, offset, totalCount}` and the
//! items field is named per list. Pages are fetched one at a time so a caller can show the first
//! page while the next is on its way.

use super::transport::Safety;
use super::{Client, Error};
use crate::http::FromUnanswered as _;
use reqwest::Method;
use serde_json::{Map, Value};
use url::Url;

/// The items field of each paginated list (roles also carry `defaultRoles`, which is not
/// counted in `totalCount`: it must never be taken for the page's items).
pub const ITEM_FIELDS: &[&str] = &[
    "organizations",
    "workspaces",
    "deployments",
    "clusters",
    "deploys",
    "tokens",
    "users",
    "teams",
    "teamMembers",
    "roles",
    "environmentObjects",
    "allowedIpAddressRanges",
];

/// The page size used when walking every page: the server's default of 20 would mean five
/// times the calls.
pub const DEFAULT_PAGE_SIZE: u32 = 100;
/// The largest `limit` the API documents.
pub const MAX_PAGE_SIZE: u32 = 1000;

/// Which part of a list to fetch.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    /// Items to skip: where the first page starts.
    pub offset: u64,
    /// Items per page; `None` is the server's default, or [`DEFAULT_PAGE_SIZE`] with `all`.
    pub limit: Option<u32>,
    /// Follow `totalCount` to the end.
    pub all: bool,
    /// `field:asc|desc`, sent as repeated `sorts=` keys.
    pub sorts: Vec<String>,
}

impl PageRequest {
    /// Every page.
    pub fn all() -> PageRequest {
        PageRequest {
            all: true,
            ..PageRequest::default()
        }
    }

    /// Refuses a limit the API would refuse, before sending.
    pub fn check(&self) -> Result<(), Error> {
        match self.limit {
            Some(0) => Err(Error::argument(
                "limit",
                "a page holds at least 1 item".into(),
            )),
            Some(n) if n > MAX_PAGE_SIZE => Err(Error::argument(
                "limit",
                format!("{n} items is more than the API allows per page ({MAX_PAGE_SIZE})"),
            )),
            _ => Ok(()),
        }
    }
}

/// One page of a list.
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's items, in the server's order, as sent.
    pub items: Vec<Value>,
    /// `totalCount`: how many items the whole list has, when the server says.
    pub total_count: Option<u64>,
    /// The offset this page started at.
    pub offset: u64,
    /// The rest of the envelope (`limit`, `offset`, `totalCount`, anything new), items removed.
    pub envelope: Map<String, Value>,
}

/// Names the items array of an envelope: the known field when given, else the one array field,
/// else a field from [`ITEM_FIELDS`] if exactly one is present. For raw calls
/// ([`RawRequest`](crate::astro::RawRequest)) that page through a list the typed methods do not
/// cover, as `houston astro api --paginate` does; the typed list methods need none of it.
pub fn items_field(envelope: &Map<String, Value>, known: Option<&str>) -> Result<String, String> {
    if let Some(k) = known {
        return match envelope.get(k) {
            Some(Value::Array(_)) => Ok(k.to_string()),
            _ => Err(format!("the answer has no `{k}` array")),
        };
    }
    let arrays: Vec<&String> = envelope
        .iter()
        .filter(|(_, v)| v.is_array())
        .map(|(k, _)| k)
        .collect();
    match arrays.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err("the answer has no array to page through".into()),
        many => {
            let listed: Vec<&&String> = many
                .iter()
                .filter(|k| ITEM_FIELDS.contains(&k.as_str()))
                .collect();
            match listed.as_slice() {
                [one] => Ok(one.to_string()),
                _ => Err(format!(
                    "the answer has several arrays ({}); the items field must be named",
                    many.iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        }
    }
}

/// Walks a list page by page.
pub struct Paginator {
    client: Client,
    url: Url,
    field: Option<String>,
    what: String,
    request: PageRequest,
    next_offset: u64,
    done: bool,
}

impl Paginator {
    /// `url` may already carry filters; `field` is the items field when known.
    pub fn new(
        client: &Client,
        url: Url,
        field: Option<&str>,
        what: &str,
        request: PageRequest,
    ) -> Paginator {
        Paginator {
            client: client.clone(),
            url,
            field: field.map(str::to_string),
            what: what.to_string(),
            next_offset: request.offset,
            request,
            done: false,
        }
    }

    /// The next page, or `None` after the last.
    pub async fn next_page(&mut self) -> Result<Option<Page>, Error> {
        if self.done {
            return Ok(None);
        }
        self.request.check()?;
        let mut url = self.url.clone();
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("offset", &self.next_offset.to_string());
            let limit = self.request.limit.or(if self.request.all {
                Some(DEFAULT_PAGE_SIZE)
            } else {
                None
            });
            if let Some(limit) = limit {
                q.append_pair("limit", &limit.to_string());
            }
            for s in &self.request.sorts {
                q.append_pair("sorts", s);
            }
        }
        let value = self
            .client
            .call_object(Method::GET, url, None, &self.what, Safety::Idempotent)
            .await?;
        let Value::Object(mut envelope) = value else {
            unreachable!("call_object returns objects")
        };
        let field =
            items_field(&envelope, self.field.as_deref()).map_err(|message| Error::Decode {
                what: self.what.clone(),
                message,
            })?;
        self.field = Some(field.clone());
        let items = match envelope.remove(&field) {
            Some(Value::Array(items)) => items,
            _ => unreachable!("items_field found an array"),
        };
        let total_count = envelope.get("totalCount").and_then(Value::as_u64);
        let offset = self.next_offset;
        self.next_offset += items.len() as u64;
        self.done = !self.request.all
            || items.is_empty()
            || total_count.is_none_or(|total| self.next_offset >= total);
        Ok(Some(Page {
            items,
            total_count,
            offset,
            envelope,
        }))
    }

    /// The items field, once a page has named it.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// Every remaining item, in order.
    pub async fn collect(mut self) -> Result<Vec<Value>, Error> {
        let mut all = Vec::new();
        while let Some(page) = self.next_page().await? {
            all.extend(page.items);
        }
        Ok(all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn finds_the_items_field() {
        assert_eq!(
            items_field(&obj(json!({"deployments": [], "totalCount": 0})), None).unwrap(),
            "deployments"
        );
        // ListRoles with default roles: `defaultRoles` sorts first, but `roles` holds the page.
        assert_eq!(
            items_field(
                &obj(json!({"defaultRoles": [1], "roles": [2], "totalCount": 1})),
                None
            )
            .unwrap(),
            "roles"
        );
        assert!(items_field(&obj(json!({"a": [], "b": []})), None).is_err());
        assert!(items_field(&obj(json!({"x": 1})), Some("tokens")).is_err());
    }

    #[test]
    fn limits_are_checked() {
        let mut r = PageRequest::default();
        assert!(r.check().is_ok());
        r.limit = Some(1001);
        assert!(r.check().unwrap_err().is_invalid());
    }
}
