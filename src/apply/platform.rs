//! Every Houston call `apply` makes, in one place (operation renames touch only this file).

use super::{Current, CurrentWorkspace};
use crate::houston::{OperationKind, Request};
use crate::operations::{self as ops, Role};
use crate::{Client, Error};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Everything `plan` compares, in ONE request: the workspaces the token sees with their
/// descriptions and role bindings (users with their e-mails).
const STATE: &str = "query houstonApplyState {
  self { user { id username emails { address } } }
  workspaces {
    id
    label
    description
    roleBindings { role user { id username emails { address } } }
  }
}";

/// Reads the platform's current state (one request).
pub async fn read(client: &Client) -> Result<Current, Error> {
    let raw = client
        .execute_document(&Request {
            query: STATE,
            variables: Value::Null,
            operation_name: Some("houstonApplyState"),
            kind: OperationKind::Query,
        })
        .await?;
    let data = raw.data.unwrap_or(Value::Null);
    let mut workspaces = BTreeMap::new();
    for w in data["workspaces"].as_array().into_iter().flatten() {
        let Some(label) = w["label"].as_str() else {
            continue;
        };
        let mut users = BTreeMap::new();
        for b in w["roleBindings"].as_array().into_iter().flatten() {
            let (Some(role), Some(user)) = (b["role"].as_str(), b["user"].as_object()) else {
                continue;
            };
            let email = email_of(&b["user"]);
            let id = user["id"].as_str().unwrap_or_default().to_string();
            users.insert(email, (id, role.to_string()));
        }
        workspaces.insert(
            label.to_string(),
            CurrentWorkspace {
                id: w["id"].as_str().unwrap_or_default().to_string(),
                description: w["description"].as_str().map(str::to_string),
                users,
            },
        );
    }
    let caller = data["self"]["user"]
        .as_object()
        .map(|u| email_of(&Value::Object(u.clone())));
    Ok(Current { workspaces, caller })
}

/// A user's first e-mail (or username), lower case: how the file names people.
fn email_of(user: &Value) -> String {
    user["emails"]
        .as_array()
        .and_then(|e| e.first())
        .and_then(|e| e["address"].as_str())
        .or(user["username"].as_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

fn role(text: &str) -> Result<Role, Error> {
    Role::known(text).ok_or_else(|| Error::Invalid(format!("`{text}` is not a role")))
}

/// Creates a workspace; its id.
pub async fn create_workspace(
    client: &Client,
    label: &str,
    description: Option<&str>,
) -> Result<String, Error> {
    let r = client
        .execute::<ops::CreateWorkspace>(ops::create_workspace::Variables {
            label: label.to_string(),
            description: description.map(str::to_string),
        })
        .await?;
    Ok(r.raw["createWorkspace"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string())
}

/// Sets a workspace's description.
pub async fn update_description(client: &Client, id: &str, description: &str) -> Result<(), Error> {
    client
        .execute::<ops::UpdateWorkspace>(ops::update_workspace::Variables {
            workspace_uuid: id.to_string(),
            payload: json!({ "description": description }),
        })
        .await?;
    Ok(())
}

/// Adds (or invites) a user; `Ok(false)` when an invitation for them exists already.
pub async fn add_user(
    client: &Client,
    workspace: &str,
    email: &str,
    role_name: &str,
    bypass_invite: bool,
) -> Result<bool, Error> {
    let sent = client
        .execute::<ops::WorkspaceAddUserQuietly>(ops::workspace_add_user_quietly::Variables {
            workspace_uuid: workspace.to_string(),
            email: email.to_string(),
            role: role(role_name)?,
            bypass_invite: bypass_invite.then_some(true),
        })
        .await;
    match sent {
        Err(e)
            if e.graphql_errors()
                .iter()
                .any(|g| g.code() == Some("USER_ALREADY_INVITED")) =>
        {
            Ok(false)
        }
        other => other.map(|_| true),
    }
}

/// Changes a member's role.
pub async fn set_role(
    client: &Client,
    workspace: &str,
    email: &str,
    role_name: &str,
) -> Result<(), Error> {
    client
        .execute::<ops::WorkspaceUpsertUserRole>(ops::workspace_upsert_user_role::Variables {
            workspace_uuid: workspace.to_string(),
            email: email.to_string(),
            role: role(role_name)?,
        })
        .await?;
    Ok(())
}

/// Removes a member.
pub async fn remove_user(client: &Client, workspace: &str, user_id: &str) -> Result<(), Error> {
    client
        .execute::<ops::WorkspaceRemoveUser>(ops::workspace_remove_user::Variables {
            workspace_uuid: workspace.to_string(),
            user_uuid: user_id.to_string(),
        })
        .await?;
    Ok(())
}
