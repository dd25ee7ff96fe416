//! Organizations and workspaces: mostly to find the ids every other call needs.

use super::paginate::{PageRequest, Paginator};
use super::transport::Safety;
use super::{ApiVersion, Client, Error, Organization, Response, Workspace};
use reqwest::Method;

impl Client {
    /// The organizations this token sees (`GET /organizations`, no organization id needed).
    pub fn organizations(&self, page: PageRequest) -> Paginator {
        let url = self.url(ApiVersion::V1, &["organizations"]);
        Paginator::new(
            self,
            url,
            Some("organizations"),
            "to list organizations",
            page,
        )
    }

    /// One organization.
    pub async fn get_organization(&self, id: &str) -> Result<Response<Organization>, Error> {
        let what = format!("to get organization {id}");
        let url = self.url(ApiVersion::V1, &["organizations", id]);
        let raw = self
            .call_object(Method::GET, url, None, &what, Safety::Idempotent)
            .await?;
        Response::from_raw(&what, raw)
    }

    /// The organization's workspaces, optionally only those with one of `names`.
    pub fn workspaces(&self, names: &[String], page: PageRequest) -> Result<Paginator, Error> {
        let mut url = self.org_url(&["workspaces"])?;
        for n in names {
            url.query_pairs_mut().append_pair("names", n);
        }
        Ok(Paginator::new(
            self,
            url,
            Some("workspaces"),
            "to list workspaces",
            page,
        ))
    }

    /// One workspace.
    pub async fn get_workspace(&self, id: &str) -> Result<Response<Workspace>, Error> {
        let what = format!("to get workspace {id}");
        let url = self.org_url(&["workspaces", id])?;
        let raw = self
            .call_object(Method::GET, url, None, &what, Safety::Idempotent)
            .await?;
        Response::from_raw(&what, raw)
    }
}
