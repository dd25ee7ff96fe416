//! Turning what people type (a workspace label, a release name, an e-mail) into the ids Houston
//! wants, and the small checks every command shares.

use super::{Ctx, usage};
use houston::Client;
use houston::houston::Operation;
use houston::operations::{self as ops, Role};
use std::io::{BufRead, IsTerminal, Write};

/// A workspace, found by id or label.
#[derive(Debug, Clone)]
pub struct FoundWorkspace {
    pub id: String,
    pub label: String,
}

/// Finds the workspace `given` (id or exact label), or the context's default.
pub async fn workspace(
    ctx: &Ctx,
    client: &Client,
    given: Option<&str>,
) -> anyhow::Result<FoundWorkspace> {
    let wanted = match given {
        Some(w) => w.to_string(),
        None => ctx.resolved()?.workspace.ok_or_else(|| {
            usage("which workspace? pass --workspace ID|LABEL, set HOUSTON_WORKSPACE, or save one with `houston context add NAME --workspace ID|LABEL`")
        })?,
    };
    let listed = client
        .execute::<ops::Workspaces>(ops::workspaces::Variables)
        .await?;
    let all: Vec<_> = listed
        .data
        .workspaces
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect();
    if let Some(w) = all.iter().find(|w| w.id == wanted) {
        return Ok(FoundWorkspace {
            id: w.id.clone(),
            label: w.label.clone().unwrap_or_default(),
        });
    }
    let by_label: Vec<_> = all
        .iter()
        .filter(|w| w.label.as_deref() == Some(wanted.as_str()))
        .collect();
    match by_label.as_slice() {
        [one] => {
            return Ok(FoundWorkspace {
                id: one.id.clone(),
                label: wanted,
            });
        }
        [] => {}
        many => {
            let ids: Vec<_> = many.iter().map(|w| w.id.as_str()).collect();
            return Err(usage(format!(
                "{} workspaces are labelled `{wanted}` ({}): pass the id instead",
                many.len(),
                ids.join(", ")
            )));
        }
    }
    // A system admin may address a workspace they are not a member of, by id.
    let direct = client
        .execute::<ops::Workspace>(ops::workspace::Variables {
            workspace_uuid: wanted.clone(),
        })
        .await;
    if let Ok(found) = direct
        && let Some(w) = found.data.workspace
    {
        return Ok(FoundWorkspace {
            id: w.id,
            label: w.label.unwrap_or_default(),
        });
    }
    let mut known: Vec<_> = all
        .iter()
        .map(|w| format!("{} ({})", w.label.as_deref().unwrap_or("-"), w.id))
        .collect();
    known.truncate(10);
    anyhow::bail!(
        "no workspace with id or label `{wanted}`{}",
        if known.is_empty() {
            " (this token sees no workspaces)".to_string()
        } else {
            format!("; yours: {}", known.join(", "))
        }
    )
}

/// A deployment, found by id or release name.
#[derive(Debug, Clone)]
pub struct FoundDeployment {
    pub id: String,
    pub release_name: String,
}

/// Finds a deployment by id, or by release name (release names have a dash, cuids never do).
pub async fn deployment(client: &Client, given: &str) -> anyhow::Result<FoundDeployment> {
    let by_release = given.contains('-');
    let variables = ops::deployment::Variables {
        where_: ops::deployment::DeploymentWhereUniqueInput {
            id: (!by_release).then(|| given.to_string()),
            release_name: by_release.then(|| given.to_string()),
        },
    };
    let found = client.execute::<ops::Deployment>(variables).await?;
    match found.data.deployment {
        Some(d) => Ok(FoundDeployment {
            id: d.id,
            release_name: d.release_name.unwrap_or_default(),
        }),
        None => anyhow::bail!(
            "no deployment with {} `{given}` (list them with `houston deployment list`)",
            if by_release { "release name" } else { "id" }
        ),
    }
}

/// True when the platform serves the operation `Op` (from its minimum version on); an unknown
/// platform is taken to be the newest, as the astro CLI does.
pub async fn supports<Op: Operation>(client: &Client) -> anyhow::Result<bool> {
    let platform = client.platform_version().await?;
    Ok(match (Op::MIN_VERSION, platform) {
        (Some(min), Some(platform)) => platform >= min,
        _ => true,
    })
}

/// A role for `--role`, checked before anything is sent: known to the schema and of the
/// right scope (`WORKSPACE_`, `DEPLOYMENT_`, `SYSTEM_`).
pub fn role(text: &str, scope: &str) -> Result<Role, String> {
    let allowed: Vec<&str> = Role::VALUES
        .iter()
        .copied()
        .filter(|v| v.starts_with(scope))
        .collect();
    let upper = text.trim().to_ascii_uppercase();
    match Role::known(&upper) {
        Some(role) if upper.starts_with(scope) => Ok(role),
        _ => Err(format!(
            "`{text}` is not a {} role; use one of: {}",
            scope.trim_end_matches('_').to_lowercase(),
            allowed.join(", ")
        )),
    }
}

pub fn workspace_role(text: &str) -> Result<Role, String> {
    role(text, "WORKSPACE_")
}

pub fn deployment_role(text: &str) -> Result<Role, String> {
    role(text, "DEPLOYMENT_")
}

/// A plausible e-mail address (Houston checks the rest).
pub fn email(text: &str) -> Result<String, String> {
    let t = text.trim();
    match t.split_once('@') {
        Some((user, domain))
            if !user.is_empty() && domain.contains('.') && !t.contains(char::is_whitespace) =>
        {
            Ok(t.to_string())
        }
        _ => Err(format!("`{text}` is not an e-mail address")),
    }
}

/// Asks before destroying something: `--yes` skips the question; without a terminal to ask on,
/// refuse rather than guess.
pub fn confirm(yes: bool, what: &str) -> anyhow::Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(usage(format!(
            "refusing to {what} without --yes (no terminal to ask for confirmation)"
        )));
    }
    eprint!("{what}? [y/N] ");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(usage("cancelled"))
    }
}

/// Writes a freshly created secret (an API key) to `path`, owner-only, and says so.
pub fn store_secret(
    ctx: &Ctx,
    path: &std::path::Path,
    secret: &str,
    what: &str,
) -> anyhow::Result<()> {
    houston::config::write_private(path, format!("{secret}\n").as_bytes())
        .map_err(|e| anyhow::anyhow!("cannot write {what} to {}: {e}", path.display()))?;
    ctx.out.message(&format!(
        "The {what} was written to {} (mode 0600); it is not shown.",
        path.display()
    ));
    Ok(())
}
