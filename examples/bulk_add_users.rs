//! Adds users to a workspace in bulk, several requests in flight, from library calls: every
//! e-mail given (or 20 generated ones) joins the first workspace as WORKSPACE_VIEWER.
//!
//! ```text
//! HOUSTON_URL=… HOUSTON_TOKEN=… cargo run --example bulk_add_users -- a@example.com b@example.com
//! ```

use houston::operations::{Role, WorkspaceAddUser, Workspaces, workspace_add_user, workspaces};
use houston::{Client, Token};
use std::sync::Arc;

/// Requests in flight at once: enough to hide latency, few enough not to flood the server.
const IN_FLIGHT: usize = 8;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("HOUSTON_URL").map_err(|_| "set HOUSTON_URL")?;
    let token = std::env::var("HOUSTON_TOKEN").map_err(|_| "set HOUSTON_TOKEN")?;
    let client = Arc::new(
        Client::builder(&url)
            .token(Some(Token::new(token)))
            .build()?,
    );
    let mut emails: Vec<String> = std::env::args().skip(1).collect();
    if emails.is_empty() {
        let run = std::process::id();
        emails = (1..=20)
            .map(|i| format!("bulk{i}-{run}@example.com"))
            .collect();
    }

    let workspaces = client.execute::<Workspaces>(workspaces::Variables).await?;
    let workspace = workspaces
        .data
        .workspaces
        .into_iter()
        .flatten()
        .flatten()
        .next()
        .ok_or("the token sees no workspace")?;

    let limit = Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
    let mut tasks = tokio::task::JoinSet::new();
    for email in emails {
        let (client, limit, workspace_uuid) = (client.clone(), limit.clone(), workspace.id.clone());
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            let variables = workspace_add_user::Variables {
                workspace_uuid,
                email: email.clone(),
                role: Role::WorkspaceViewer,
                bypass_invite: Some(true),
            };
            (email, client.execute::<WorkspaceAddUser>(variables).await)
        });
    }
    let (mut added, mut failed) = (0, 0);
    while let Some(joined) = tasks.join_next().await {
        match joined? {
            (_, Ok(_)) => added += 1,
            (email, Err(e)) => {
                failed += 1;
                eprintln!("{email}: {e}");
            }
        }
    }
    println!(
        "added {added} user(s) to {}, {failed} failed",
        workspace.label.as_deref().unwrap_or(&workspace.id)
    );
    if failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}
