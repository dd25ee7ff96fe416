//! Agent tokens (Remote Execution, one deployment) and API tokens (organization, workspace or
//! deployment scope). A token's secret arrives once, in the create or rotate answer, as a
//! [`CreatedToken`]; a create whose answer is lost is never silently repeated, since the secret
//! of a token that was made anyway would be lost for good.

use super::create::{Created, created_since};
use super::paginate::{PageRequest, Paginator};
use super::transport::Safety;
use super::{
    ApiToken, Client, CreatedToken, EntityType, Error, RawRequest, Resource, Response, TokenKind,
    TokenRole, TokenScope,
};
use reqwest::Method;
use serde::Serialize;
use serde_json::{Value, json};

/// How long a token may live, in days (omitted: it never expires).
pub const EXPIRY_DAYS: std::ops::RangeInclusive<u32> = 1..=3650;

fn check_expiry(days: Option<u32>) -> Result<(), Error> {
    match days {
        Some(d) if !EXPIRY_DAYS.contains(&d) => Err(Error::Argument {
            field: "expiryInDays",
            message: format!(
                "{d} days is out of range: a token lives 1 to 3650 days (or, with no expiry, forever); nothing was sent"
            ),
        }),
        _ => Ok(()),
    }
}

/// What every new token has: the whole of `CreateAgentTokenRequest`, and the part of
/// `CreateApiTokenRequest` that is not about scope and role.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewToken {
    /// The token's name. Required (checked before sending).
    pub name: String,
    /// Free text shown in the Astro UI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Days until it expires, 1 to 3650 (checked before sending); `None`: never.
    #[serde(
        rename = "tokenExpiryPeriodInDays",
        skip_serializing_if = "Option::is_none"
    )]
    pub expiry_days: Option<u32>,
}

impl NewToken {
    fn check(&self) -> Result<(), Error> {
        if self.name.trim().is_empty() {
            return Err(Error::Argument {
                field: "name",
                message: "a token needs a name; nothing was sent".into(),
            });
        }
        check_expiry(self.expiry_days)
    }
}

/// `CreateAgentTokenRequest`: an agent token has no scope or role of its own choosing.
pub type CreateAgentToken = NewToken;

/// `CreateApiTokenRequest`: `role` is the token's role at its own scope.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateApiToken {
    /// Its name, description and lifetime.
    #[serde(flatten)]
    pub token: NewToken,
    /// What the token's own role applies to: the organization, one workspace or one deployment.
    pub scope: TokenScope,
    /// The workspace or deployment id (not for organization tokens).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// The role at that scope: an organization role (`ORGANIZATION_MEMBER`, …), a workspace
    /// role (`WORKSPACE_OPERATOR`, …), or `DEPLOYMENT_ADMIN` or a custom deployment role.
    pub role: String,
    /// Standard (the server's default) or Direct Access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<TokenKind>,
}

impl CreateApiToken {
    fn check(&self) -> Result<(), Error> {
        self.token.check()?;
        if self.role.trim().is_empty() {
            return Err(Error::Argument {
                field: "role",
                message: "a token needs a role at its scope; nothing was sent".into(),
            });
        }
        match (&self.scope, &self.entity_id) {
            (TokenScope::Organization, Some(_)) => Err(Error::Argument {
                field: "entityId",
                message:
                    "an organization token belongs to no workspace or deployment; nothing was sent"
                        .into(),
            }),
            (TokenScope::Workspace | TokenScope::Deployment, None) => Err(Error::Argument {
                field: if self.scope == TokenScope::Workspace {
                    "workspaceId"
                } else {
                    "deploymentId"
                },
                message: format!(
                    "a {0} token needs the id of its {0}; nothing was sent",
                    self.scope.as_str().to_lowercase(),
                ),
            }),
            _ => Ok(()),
        }
    }
}

/// Which API tokens to list.
#[derive(Debug, Clone, Default)]
pub struct ApiTokenFilter {
    /// Tokens with a role in this workspace (owned by it or not).
    pub workspace_id: Option<String>,
    /// Tokens with a role in this deployment (owned by it or not).
    pub deployment_id: Option<String>,
    /// Only tokens whose scope is the organization (`includeOnlyOrganizationTokens`).
    pub include_only_organization_tokens: bool,
    /// Only tokens of this kind.
    pub kind: Option<TokenKind>,
}

/// The role entry a token has at its own scope, which no role edit may remove.
pub(crate) fn own_role_entity(
    token: &ApiToken,
    organization: &str,
) -> Option<(EntityType, String)> {
    let scope = token.scope.as_ref()?;
    let entity_type = EntityType::from(scope.as_str());
    let entity_id = match scope {
        TokenScope::Organization => organization.to_string(),
        _ => token
            .extra
            .get("entityId")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| {
                token
                    .roles
                    .iter()
                    .find(|r| r.entity_type == entity_type)
                    .map(|r| r.entity_id.clone())
            })?,
    };
    Some((entity_type, entity_id))
}

fn role_body(roles: &[TokenRole]) -> Value {
    // Only the request's fields: the answer's extras are not part of `ApiTokenRole` input.
    let roles: Vec<Value> = roles
        .iter()
        .map(|r| {
            let mut v = json!({
                "entityType": r.entity_type,
                "entityId": r.entity_id,
                "role": r.role,
            });
            if let Some(d) = &r.deployment_id {
                v["deploymentId"] = json!(d);
            }
            v
        })
        .collect();
    json!({ "roles": roles })
}

impl Client {
    // ----- agent tokens -----

    /// A deployment's agent tokens.
    pub fn agent_tokens(&self, deployment: &str, page: PageRequest) -> Result<Paginator, Error> {
        let url = self.org_url(&["deployments", deployment, "agent-tokens"])?;
        Ok(Paginator::new(
            self,
            url,
            Some("tokens"),
            &format!("to list the agent tokens of deployment {deployment}"),
            page,
        ))
    }

    /// One agent token (never with its secret).
    pub async fn get_agent_token(
        &self,
        deployment: &str,
        id: &str,
    ) -> Result<Response<ApiToken>, Error> {
        let what = format!("to get agent token {id}");
        let url = self.org_url(&["deployments", deployment, "agent-tokens", id])?;
        let raw = self
            .call_object(Method::GET, url, None, &what, Safety::Idempotent)
            .await?;
        Response::from_raw(&what, without_secret(raw))
    }

    /// Creates an agent token for a deployment; the answer holds its secret, once.
    pub async fn create_agent_token(
        &self,
        deployment: &str,
        request: &CreateAgentToken,
    ) -> Result<CreatedToken, Error> {
        request.check()?;
        let what = format!(
            "to create agent token \"{}\" for deployment {deployment}",
            request.name
        );
        let url = self.org_url(&["deployments", deployment, "agent-tokens"])?;
        let body = serde_json::to_value(request).expect("the request always encodes");
        let name = request.name.clone();
        let lookup = async |started| -> Result<Option<Value>, Error> {
            let pages = self.agent_tokens(deployment, recent_page())?;
            newest(pages, |t| named(t, &name) && created_since(t, started)).await
        };
        let resource = Resource::AgentToken {
            deployment: deployment.to_string(),
        };
        self.finish_create(
            &what,
            self.create_with_lookup(url, &body, &what, lookup, resource.clone())
                .await?,
            resource,
        )
    }

    /// Deletes an agent token. `Ok(true)` when it was already gone after a retry.
    pub async fn delete_agent_token(&self, deployment: &str, id: &str) -> Result<bool, Error> {
        let what = format!("to delete agent token {id}");
        let url = self.org_url(&["deployments", deployment, "agent-tokens", id])?;
        self.delete(url, &what).await
    }

    // ----- API tokens -----

    /// The organization's API tokens, filtered.
    pub fn api_tokens(
        &self,
        filter: &ApiTokenFilter,
        page: PageRequest,
    ) -> Result<Paginator, Error> {
        let mut url = self.org_url(&["tokens"])?;
        {
            let mut q = url.query_pairs_mut();
            if let Some(w) = &filter.workspace_id {
                q.append_pair("workspaceId", w);
            }
            if let Some(d) = &filter.deployment_id {
                q.append_pair("deploymentId", d);
            }
            if filter.include_only_organization_tokens {
                q.append_pair("includeOnlyOrganizationTokens", "true");
            }
            if let Some(k) = &filter.kind {
                q.append_pair("kind", k.as_str());
            }
        }
        Ok(Paginator::new(
            self,
            url,
            Some("tokens"),
            "to list API tokens",
            page,
        ))
    }

    /// One API token (never with its secret).
    pub async fn get_api_token(&self, id: &str) -> Result<Response<ApiToken>, Error> {
        let what = format!("to get API token {id}");
        let url = self.org_url(&["tokens", id])?;
        let raw = self
            .call_object(Method::GET, url, None, &what, Safety::Idempotent)
            .await?;
        Response::from_raw(&what, without_secret(raw))
    }

    /// Creates an API token; the answer holds its secret, once. More roles than the one at its
    /// own scope are added afterwards with [`Client::edit_api_token_roles`] (the API has no way
    /// to give them at creation).
    pub async fn create_api_token(&self, request: &CreateApiToken) -> Result<CreatedToken, Error> {
        request.check()?;
        let what = format!(
            "to create {} API token \"{}\"",
            request.scope.as_str().to_lowercase(),
            request.token.name
        );
        let url = self.org_url(&["tokens"])?;
        let body = serde_json::to_value(request).expect("the request always encodes");
        let filter = ApiTokenFilter {
            workspace_id: (request.scope == TokenScope::Workspace)
                .then(|| request.entity_id.clone())
                .flatten(),
            deployment_id: (request.scope == TokenScope::Deployment)
                .then(|| request.entity_id.clone())
                .flatten(),
            include_only_organization_tokens: request.scope == TokenScope::Organization,
            kind: None,
        };
        let lookup = async |started| -> Result<Option<Value>, Error> {
            let pages = self.api_tokens(&filter, recent_page())?;
            newest(pages, |t| {
                named(t, &request.token.name)
                    && t.get("scope").and_then(Value::as_str) == Some(request.scope.as_str())
                    && created_since(t, started)
            })
            .await
        };
        self.finish_create(
            &what,
            self.create_with_lookup(url, &body, &what, lookup, Resource::ApiToken)
                .await?,
            Resource::ApiToken,
        )
    }

    /// Rotates an API token: a new secret, the old one dies at once. Never repeated once it may
    /// have reached the server (a second rotation would kill the first new secret).
    pub async fn rotate_api_token(&self, id: &str) -> Result<CreatedToken, Error> {
        let what = format!("to rotate API token {id}");
        let url = self.org_url(&["tokens", id, "rotate"])?;
        let request = RawRequest {
            method: Method::POST,
            url,
            body: None,
            headers: Vec::new(),
        };
        let reply = match self.execute(&request, &what, Safety::Once).await {
            Ok(reply) => reply,
            Err(e @ (Error::Transport { .. } | Error::Http { .. } | Error::Api { .. })) if !matches!(e.status(), Some(s) if s < 500) =>
            {
                return Err(Error::Uncertain {
                    what,
                    resource: Resource::Rotation { id: id.to_string() },
                    check_failed: None,
                    source: Box::new(e),
                });
            }
            Err(e) => return Err(e),
        };
        let answer = reply.json(&what)?.unwrap_or(Value::Null);
        CreatedToken::from_answer(answer).ok_or_else(|| Error::Decode {
            what,
            message: "the answer holds no `token`: the new secret is unknown; rotate again".into(),
        })
    }

    /// Deletes an API token. `Ok(true)` when it was already gone after a retry.
    pub async fn delete_api_token(&self, id: &str) -> Result<bool, Error> {
        let what = format!("to delete API token {id}");
        let url = self.org_url(&["tokens", id])?;
        self.delete(url, &what).await
    }

    /// Replaces a token's whole role set (`UpdateApiTokenRoles`). Prefer
    /// [`Client::edit_api_token_roles`], which reads the current set first.
    pub async fn set_api_token_roles(&self, id: &str, roles: &[TokenRole]) -> Result<Value, Error> {
        let what = format!("to update the roles of API token {id}");
        let url = self.org_url(&["tokens", id, "roles"])?;
        self.call_object(
            Method::POST,
            url,
            Some(&role_body(roles)),
            &what,
            Safety::Idempotent,
        )
        .await
    }

    /// Read-modify-write of a token's roles: GETs the token, lets `edit` change the list, and
    /// POSTs the whole list back. Roles `edit` leaves alone are sent back as they came (unknown
    /// entity types and custom role names included); removing the token's role at its own
    /// scope is refused before anything is sent.
    pub async fn edit_api_token_roles(
        &self,
        id: &str,
        edit: impl FnOnce(&mut Vec<TokenRole>) -> Result<(), Error>,
    ) -> Result<Value, Error> {
        let token = self.get_api_token(id).await?.data;
        let mut roles = token.roles.clone();
        edit(&mut roles)?;
        if let Some((entity_type, entity_id)) = own_role_entity(&token, self.organization()?)
            && token
                .roles
                .iter()
                .any(|r| r.entity_type == entity_type && r.entity_id == entity_id)
            && !roles
                .iter()
                .any(|r| r.entity_type == entity_type && r.entity_id == entity_id)
        {
            return Err(Error::Invalid(format!(
                "the token's role at its own scope ({} {entity_id}) cannot be removed; delete the token instead; nothing was sent",
                entity_type.as_str().to_lowercase()
            )));
        }
        if roles == token.roles {
            return Ok(json!({ "roles": token.roles }));
        }
        self.set_api_token_roles(id, &roles).await
    }

    pub(crate) async fn delete(&self, url: url::Url, what: &str) -> Result<bool, Error> {
        let request = RawRequest {
            method: Method::DELETE,
            url,
            body: None,
            headers: Vec::new(),
        };
        Ok(self
            .execute(&request, what, Safety::Delete)
            .await?
            .already_gone)
    }

    fn finish_create(
        &self,
        what: &str,
        created: Created,
        resource: Resource,
    ) -> Result<CreatedToken, Error> {
        match created {
            Created::Answer(answer) => {
                CreatedToken::from_answer(answer.clone()).ok_or_else(|| Error::SecretLost {
                    what: what.to_string(),
                    id: answer
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or("?")
                        .to_string(),
                    resource,
                    source: Box::new(Error::Decode {
                        what: what.to_string(),
                        message: "the answer holds no `token`".into(),
                    }),
                })
            }
            Created::Recovered { found, lost } => {
                let id = found
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_string();
                Err(Error::SecretLost {
                    what: what.to_string(),
                    resource,
                    id,
                    source: Box::new(lost),
                })
            }
        }
    }
}

/// The newest tokens first: where one created moments ago is.
/// The newest token in `pages` (listed newest first by [`recent_page`]) that `wanted`: a
/// lost create's token is among the first hundred.
async fn newest(
    mut pages: Paginator,
    wanted: impl Fn(&Value) -> bool,
) -> Result<Option<Value>, Error> {
    let first = pages.next_page().await?.map(|p| p.items);
    Ok(first.unwrap_or_default().into_iter().find(|t| wanted(t)))
}

fn named(token: &Value, name: &str) -> bool {
    token.get("name").and_then(Value::as_str) == Some(name)
}

fn recent_page() -> PageRequest {
    PageRequest {
        limit: Some(100),
        sorts: vec!["createdAt:desc".into()],
        ..PageRequest::default()
    }
}

/// A GET never carries a secret; if a server ever sent one, it is dropped, not shown.
fn without_secret(mut raw: Value) -> Value {
    if let Some(map) = raw.as_object_mut() {
        map.remove("token");
    }
    raw
}
