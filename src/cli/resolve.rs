//! Turning what people type (a workspace label, a release name, an e-mail) into the ids Houston
//! wants, and the small checks every command shares.

use super::{Ctx, usage};
use crate::Client;
use crate::houston::Operation;
use crate::operations::{self as ops, Role};
use std::io::{BufRead, IsTerminal, Write};

/// A workspace, found by id or label.
#[derive(Debug, Clone)]
pub struct FoundWorkspace {
    pub id: String,
    /// `None` for a workspace given by id and not looked up: the command's own request is the
    /// check (see [`workspace`]).
    pub label: Option<String>,
}

impl FoundWorkspace {
    /// What messages call it: its label, or the id it was given by.
    pub fn name(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.id)
    }
}

/// True for what Houston's ids look like (Prisma cuids: `c` and 24 more lowercase letters or
/// digits), so a label is not first sent as an id.
pub fn looks_like_id(text: &str) -> bool {
    text.len() >= 20
        && text.len() <= 36
        && text.starts_with('c')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The workspace whose id is `id`, in one request; `None` when there is none (or the token may
/// not see it).
async fn workspace_by_id(client: &Client, id: &str) -> anyhow::Result<Option<FoundWorkspace>> {
    let found = client
        .execute::<ops::WorkspaceLabel>(ops::workspace_label::Variables {
            workspace_uuid: id.to_string(),
        })
        .await;
    match found {
        Ok(r) => Ok(r.data.workspace.map(|w| FoundWorkspace {
            id: w.id,
            label: Some(w.label.unwrap_or_default()),
        })),
        // A malformed id is "not this one" (the label look-up decides the message); a refused
        // token is said as such.
        Err(e @ crate::Error::GraphQl { .. }) if !e.is_forbidden() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The caller's workspaces labelled `label`: filtered by the server from 0.36 on, else the
/// caller's whole list (older platforms have no filter).
async fn workspaces_labelled(client: &Client, label: &str) -> anyhow::Result<Vec<FoundWorkspace>> {
    let filtered = client
        .execute::<ops::WorkspacesLabelled>(ops::workspaces_labelled::Variables {
            label: Some(label.to_string()),
        })
        .await;
    // Two generated types for the same selection (`id`, `label`), one reading.
    macro_rules! found {
        ($workspaces:expr) => {
            $workspaces
                .unwrap_or_default()
                .into_iter()
                .flatten()
                .map(|w| FoundWorkspace {
                    id: w.id,
                    label: Some(w.label.unwrap_or_default()),
                })
                .collect()
        };
    }
    let all: Vec<FoundWorkspace> = match filtered {
        Ok(r) => found!(r.data.workspaces),
        Err(crate::Error::TooOld { .. }) => found!(
            client
                .execute::<ops::Workspaces>(ops::workspaces::Variables)
                .await?
                .data
                .workspaces
        ),
        Err(e) => return Err(e.into()),
    };
    Ok(all
        .into_iter()
        .filter(|w| w.label.as_deref() == Some(label))
        .collect())
}

/// The workspace `given` (id or exact label) or the context's default, in the fewest requests
/// the platform allows: an id costs none (the command's own request on it is the check, and
/// [`missing_workspace`] words its not-found answer); a label one filtered list (the whole list
/// only before 0.36, which has no filter). Nothing here costs more with workspaces the command
/// does not touch.
pub async fn workspace(
    ctx: &Ctx,
    client: &Client,
    given: Option<&str>,
) -> anyhow::Result<FoundWorkspace> {
    let wanted = wanted_workspace(ctx, given)?;
    if looks_like_id(&wanted) {
        return Ok(FoundWorkspace {
            id: wanted,
            label: None,
        });
    }
    by_label(client, &wanted).await
}

/// [`workspace`] with its label looked up when it was given by id (one request): for commands
/// that name it to a person before acting (a deletion's confirmation).
pub async fn named_workspace(
    ctx: &Ctx,
    client: &Client,
    given: Option<&str>,
) -> anyhow::Result<FoundWorkspace> {
    let found = workspace(ctx, client, given).await?;
    if found.label.is_some() {
        return Ok(found);
    }
    match workspace_by_id(client, &found.id).await? {
        Some(named) => Ok(named),
        // Another platform's ids could look like labels and the other way round: try the label.
        None => by_label(client, &found.id).await,
    }
}

fn wanted_workspace(ctx: &Ctx, given: Option<&str>) -> anyhow::Result<String> {
    match given {
        Some(w) => Ok(w.to_string()),
        None => ctx.resolved()?.workspace.ok_or_else(|| {
            usage("Which workspace? Pass --workspace ID|LABEL, set HOUSTON_WORKSPACE, or save one with `houston context add NAME --workspace ID|LABEL`.")
        }),
    }
}

fn no_such_workspace(wanted: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "No workspace with id or label `{wanted}` is visible to this token (list them with `houston workspace list`)."
    )
}

/// The one workspace labelled `wanted` (an id in an unexpected shape is tried last).
async fn by_label(client: &Client, wanted: &str) -> anyhow::Result<FoundWorkspace> {
    let labelled = workspaces_labelled(client, wanted).await?;
    match labelled.as_slice() {
        [one] => return Ok(one.clone()),
        [] => {}
        many => {
            let ids: Vec<_> = many.iter().map(|w| w.id.as_str()).collect();
            return Err(usage(format!(
                "{} workspaces are labelled `{wanted}` ({}): pass the id instead.",
                many.len(),
                ids.join(", ")
            )));
        }
    }
    if !looks_like_id(wanted)
        && let Some(found) = workspace_by_id(client, wanted).await?
    {
        return Ok(found);
    }
    Err(no_such_workspace(wanted))
}

/// What a command on a workspace given by id (and not looked up first) says when the server
/// answers that it does not exist: the same words as a failed look-up. Any other error, or a
/// workspace that turns out to exist (the not-found was about something else), is left as it
/// came. Costs a request only on that error path.
pub async fn missing_workspace(
    client: &Client,
    w: &FoundWorkspace,
    error: anyhow::Error,
) -> anyhow::Error {
    let not_found = error
        .downcast_ref::<crate::Error>()
        .is_some_and(crate::Error::is_not_found);
    if w.label.is_some() || !not_found {
        return error;
    }
    match workspace_by_id(client, &w.id).await {
        Ok(None) => match by_label(client, &w.id).await {
            // A label that looks like an id: say so rather than guess which was meant.
            Ok(found) => anyhow::anyhow!(
                "`{}` is the label of workspace {}, not an id: pass the id.",
                w.id,
                found.id
            ),
            Err(_) => no_such_workspace(&w.id),
        },
        _ => error,
    }
}

/// A deployment, found by id, release name or label.
#[derive(Debug, Clone)]
pub struct FoundDeployment {
    pub id: String,
    pub release_name: String,
}

/// Finds a deployment by id or release name (release names have a dash, cuids never do), and
/// failing that by label within the workspace (`--workspace` or the context's).
pub async fn deployment(
    ctx: &Ctx,
    client: &Client,
    given: &str,
) -> anyhow::Result<FoundDeployment> {
    let by_release = given.contains('-');
    let variables = ops::deployment::Variables {
        where_: ops::deployment::DeploymentWhereUniqueInput {
            id: (!by_release).then(|| given.to_string()),
            release_name: by_release.then(|| given.to_string()),
        },
    };
    // A label sent as an id is "not found" (or an invalid id): then look for the label.
    let found = match client.execute::<ops::Deployment>(variables).await {
        Ok(r) => r.data.deployment,
        Err(e @ crate::Error::GraphQl { .. }) if !e.is_forbidden() => None,
        Err(e) => return Err(e.into()),
    };
    if let Some(d) = found {
        return Ok(FoundDeployment {
            id: d.id,
            release_name: d.release_name.unwrap_or_default(),
        });
    }
    let workspace_given = ctx.global.workspace.clone().or(ctx.resolved()?.workspace);
    let Some(workspace_given) = workspace_given else {
        anyhow::bail!(
            "No deployment has the id or release name `{given}`; to find it by label, say which workspace with --workspace (list them with `houston deployment list --workspace W`)."
        );
    };
    let w = workspace(ctx, client, Some(&workspace_given)).await?;
    let listed = match client
        .execute::<ops::WorkspaceDeploymentLabels>(ops::workspace_deployment_labels::Variables {
            workspace_uuid: w.id.clone(),
        })
        .await
    {
        Ok(listed) => listed,
        Err(e) => return Err(missing_workspace(client, &w, e.into()).await),
    };
    let matching: Vec<_> = listed
        .data
        .workspace_deployments
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .filter(|d| d.label.as_deref() == Some(given))
        .collect();
    match matching.as_slice() {
        [one] => Ok(FoundDeployment {
            id: one.id.clone(),
            release_name: one.release_name.clone().unwrap_or_default(),
        }),
        [] => anyhow::bail!(
            "No deployment has the id, release name or label `{given}` in workspace `{}` (list them with `houston deployment list --workspace {}`).",
            w.name(),
            w.id
        ),
        many => {
            let names: Vec<_> = many
                .iter()
                .map(|d| format!("{} ({})", d.release_name.as_deref().unwrap_or("-"), d.id))
                .collect();
            Err(usage(format!(
                "{} deployments in workspace `{}` are labelled `{given}`: {}; pass the release name or id instead.",
                many.len(),
                w.name(),
                names.join(", ")
            )))
        }
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
        let mut chars = what.chars();
        let lowered: String = chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        return Err(usage(format!(
            "Refusing to {lowered} without --yes: there is no terminal to ask for confirmation."
        )));
    }
    eprint!("{what}? [y/N] ");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(usage("Cancelled; nothing was changed."))
    }
}

/// Writes a freshly created secret (an API key) to `path`, owner-only, and says so.
pub fn store_secret(
    ctx: &Ctx,
    path: &std::path::Path,
    secret: &str,
    what: &str,
) -> anyhow::Result<()> {
    crate::config::write_private(path, format!("{secret}\n").as_bytes())
        .map_err(|e| anyhow::anyhow!("cannot write {what} to {}: {e}", path.display()))?;
    ctx.out.message(&format!(
        "The {what} was written to {} (mode 0600); it is not shown.",
        path.display()
    ));
    Ok(())
}
