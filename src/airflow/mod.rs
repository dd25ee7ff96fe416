//! One client for the Airflow REST API, whichever Airflow and whichever door: the experimental
//! API of the Airflow 1 era, the stable `/api/v1` of Airflow 2, the `/api/v2` of Airflow 3;
//! reached through an APC deployment URL, an Astro deployment, a URL plus key, or directly.
//!
//! ```no_run
//! # async fn demo() -> Result<(), houston::airflow::Error> {
//! use houston::airflow::{Client, DoorSpec, door};
//! let target = door::resolve(&DoorSpec {
//!     airflow_url: Some("http://127.0.0.1:8080".into()),
//!     username: Some("admin".into()),
//!     password: Some(houston::Token::new("admin")),
//!     ..Default::default()
//! })?;
//! let client = Client::builder(target).build()?;
//! let mut pages = client.runs("example_dag", &[]).await?;
//! while let Some(page) = pages.next_page().await? {
//!     for run in page.items { println!("{} {:?}", run.dag_run_id, run.state); }
//! }
//! # Ok(()) }
//! ```

pub mod assets;
pub mod auth;
pub mod client;
pub mod connections;
pub mod dags;
pub mod door;
pub mod error;
pub mod model;
pub mod paginate;
pub mod pools;
pub mod variables;

pub use auth::Auth;
pub use client::{Client, ClientBuilder, Detected, Reply, Settings};
pub use door::{DoorSpec, Target};
pub use error::{ApiError, Error, FieldError};
pub use model::*;
pub use paginate::{Page, Pages};
pub use pools::PoolList;

use std::fmt;

/// Which REST API an Airflow speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiVersion {
    /// `/api/experimental`: Airflow 1.10 and (opt-in) 2.x.
    Experimental,
    /// `/api/v1`: the stable API of Airflow 2.
    V1,
    /// `/api/v2`: Airflow 3.
    V2,
}

impl ApiVersion {
    /// The path every endpoint of this API sits under, after the Airflow root.
    pub fn prefix(self) -> &'static str {
        match self {
            ApiVersion::Experimental => "/api/experimental",
            ApiVersion::V1 => "/api/v1",
            ApiVersion::V2 => "/api/v2",
        }
    }

    /// `v1`, `v2`, `experimental` (also `1`, `2`).
    pub fn parse(text: &str) -> Option<ApiVersion> {
        match text.trim().to_ascii_lowercase().as_str() {
            "v1" | "1" => Some(ApiVersion::V1),
            "v2" | "2" => Some(ApiVersion::V2),
            "experimental" | "exp" => Some(ApiVersion::Experimental),
            _ => None,
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ApiVersion::Experimental => "experimental",
            ApiVersion::V1 => "v1",
            ApiVersion::V2 => "v2",
        })
    }
}
