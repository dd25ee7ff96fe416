//! Connections: list, get, create-or-update, delete. Passwords go out, never come back: the
//! [`Connection`] type drops whatever the server sends in `password`.

use super::client::Client;
use super::error::Error;
use super::model::{Connection, ConnectionSpec, Upserted};
use super::paginate::Pages;
use crate::http::FromUnanswered as _;
use reqwest::Method;
use serde_json::{Map, Value};

impl Client {
    /// Every connection, a page at a time. The stable APIs only: the experimental one has no
    /// connections endpoint.
    pub async fn connections(&self) -> Result<Pages<'_, Connection>, Error> {
        let api = self.stable_api("listing connections").await?;
        Ok(Pages::new(
            self,
            self.url(api, &["connections"]),
            Some("connections"),
        ))
    }

    /// One connection by id (404 as [`Error`] when there is none). The password never comes back.
    pub async fn connection(&self, id: &str) -> Result<Connection, Error> {
        self.stable_api("getting a connection").await?;
        self.get(&["connections", id], &[]).await
    }

    /// Creates a connection, or updates only the fields given (`update_mask`), so an update
    /// that does not mention the password keeps it.
    pub async fn set_connection(
        &self,
        spec: &ConnectionSpec,
    ) -> Result<Upserted<Connection>, Error> {
        let current = match self.connection(&spec.connection_id).await {
            Ok(c) => Some(c),
            Err(e) if e.is_not_found() => None,
            Err(e) => return Err(e),
        };
        let mut given = Map::new();
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                given.insert(k.to_string(), v);
            }
        };
        put("conn_type", spec.conn_type.clone().map(Value::from));
        put("host", spec.host.clone().map(Value::from));
        put("login", spec.login.clone().map(Value::from));
        put("schema", spec.schema.clone().map(Value::from));
        put("port", spec.port.map(Value::from));
        put("extra", spec.extra.clone().map(Value::from));
        put("description", spec.description.clone().map(Value::from));
        put(
            "password",
            spec.password.as_ref().map(|p| Value::from(p.expose())),
        );
        let id = spec.connection_id.as_str();
        let Some(current) = current else {
            if !given.contains_key("conn_type") {
                return Err(Error::argument(
                    "conn_type",
                    format!(
                        "connection `{id}` does not exist yet, and creating it needs a connection type (http, postgres, …)"
                    ),
                ));
            }
            given.insert("connection_id".into(), id.into());
            let item = self
                .write(Method::POST, &["connections"], &[], &Value::Object(given))
                .await?;
            return Ok(Upserted {
                item,
                created: true,
            });
        };
        // the schema requires connection_id and conn_type in every PATCH body
        let mask: Vec<(&str, String)> = given.keys().map(|k| ("update_mask", k.clone())).collect();
        given.insert("connection_id".into(), id.into());
        if !given.contains_key("conn_type") {
            given.insert(
                "conn_type".into(),
                current.conn_type.clone().unwrap_or_default().into(),
            );
        }
        if mask.is_empty() {
            return Ok(Upserted {
                item: current,
                created: false,
            });
        }
        let item = self
            .write(
                Method::PATCH,
                &["connections", id],
                &mask,
                &Value::Object(given),
            )
            .await?;
        Ok(Upserted {
            item,
            created: false,
        })
    }

    /// Deletes a connection. One that does not exist is an error (404), not a no-op.
    pub async fn delete_connection(&self, id: &str) -> Result<(), Error> {
        self.stable_api("deleting a connection").await?;
        self.delete(&["connections", id]).await.map(|_| ())
    }
}
