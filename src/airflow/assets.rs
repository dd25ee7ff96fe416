//! Dataset (2.x) / asset (3.x) events: tell Airflow that data behind a URI changed.

use super::ApiVersion;
use super::client::{Client, append_query};
use super::error::Error;
use super::paginate::Pages;
use crate::http::FromUnanswered as _;
use reqwest::Method;
use serde_json::{Value, json};

impl Client {
    /// Posts an event for `uri`. On 2.x that is `POST /datasets/events {dataset_uri}`; 3.x
    /// wants the asset's numeric id, so the URI is looked up first (exactly: the server's
    /// `uri_pattern` is a substring match with SQL wildcards).
    pub async fn post_dataset_event(
        &self,
        uri: &str,
        extra: Option<&Value>,
    ) -> Result<Value, Error> {
        if let Some(extra) = extra
            && !extra.is_object()
        {
            return Err(Error::argument(
                "extra",
                "an event's extra data must be a JSON object, like {\"source\": \"ci\"}".into(),
            ));
        }
        let extra = extra.cloned().unwrap_or_else(|| json!({}));
        match self.stable_api("posting a dataset event").await? {
            ApiVersion::V2 => {
                let asset_id = self.asset_id(uri).await?;
                self.write(
                    Method::POST,
                    &["assets", "events"],
                    &[],
                    &json!({"asset_id": asset_id, "extra": extra}),
                )
                .await
            }
            _ => {
                self.write(
                    Method::POST,
                    &["datasets", "events"],
                    &[],
                    &json!({"dataset_uri": uri, "extra": extra}),
                )
                .await
            }
        }
    }

    /// The id of the Airflow 3 asset whose URI is exactly `uri`.
    pub async fn asset_id(&self, uri: &str) -> Result<i64, Error> {
        let mut url = self.url(ApiVersion::V2, &["assets"]);
        append_query(&mut url, &[("uri_pattern", uri.to_string())]);
        let mut pages: Pages<'_, Value> = Pages::new(self, url, Some("assets"));
        while let Some(page) = pages.next_page().await? {
            if let Some(id) = page
                .items
                .iter()
                .find(|a| a.get("uri").and_then(Value::as_str) == Some(uri))
                .and_then(|a| a.get("id"))
                .and_then(Value::as_i64)
            {
                return Ok(id);
            }
        }
        Err(Error::NotFound(format!(
            "no asset has the URI `{uri}` (assets exist once a DAG that uses them is parsed; GET /assets lists them)"
        )))
    }
}
