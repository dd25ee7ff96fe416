//! `houston astro agent-tokens …` and `houston astro api-tokens …`. A token's secret is shown
//! once, when it is created or rotated (with a warning), or written to `--token-file` (0600)
//! and not shown at all.

use super::{ListArgs, show_list};
use crate::astro::{
    self, ApiTokenFilter, CreateAgentToken, CreateApiToken, CreatedToken, EntityType, NewToken,
    TokenKind, TokenRole, TokenScope,
};
use crate::cli::output::Column;
use crate::cli::{Ctx, resolve, usage};
use clap::Subcommand;
use serde_json::Value;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct AgentArgs {
    #[command(subcommand)]
    command: AgentCmd,
}

#[derive(Debug, Subcommand)]
enum AgentCmd {
    /// List a deployment's agent tokens
    List {
        /// The Astro deployment id
        #[arg(long, short = 'd', value_name = "ID", alias = "deployment-id")]
        deployment: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show one agent token (never its secret)
    Get {
        /// The token's id
        id: String,
        /// The Astro deployment id
        #[arg(long, short = 'd', value_name = "ID", alias = "deployment-id")]
        deployment: String,
    },
    /// Create an agent token; its value is shown once (or written to --token-file)
    Create {
        /// The Astro deployment id
        #[arg(long, short = 'd', value_name = "ID", alias = "deployment-id")]
        deployment: String,
        /// The token's name
        #[arg(long)]
        name: String,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
        /// Days until it expires, 1-3650 (default: never)
        #[arg(long, value_name = "DAYS")]
        expiry_days: Option<u32>,
        /// Write the token to this file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        token_file: Option<PathBuf>,
    },
    /// Delete an agent token (agent tokens cannot be rotated: create a new one, roll it out,
    /// then delete the old one)
    Delete {
        /// The token's id
        id: String,
        /// The Astro deployment id
        #[arg(long, short = 'd', value_name = "ID", alias = "deployment-id")]
        deployment: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct ApiArgs {
    #[command(subcommand)]
    command: ApiCmd,
}

#[derive(Debug, Subcommand)]
enum ApiCmd {
    /// List API tokens: the organization's, or those with a role in --workspace or --deployment
    List {
        /// Tokens with a role in this deployment
        #[arg(long, short = 'd', value_name = "ID", alias = "deployment-id")]
        deployment: Option<String>,
        /// Only tokens of this scope (ORGANIZATION, WORKSPACE, DEPLOYMENT), filtered here
        #[arg(long, value_parser = parse_scope)]
        scope: Option<TokenScope>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show one API token (never its secret)
    Get {
        /// The token's id
        id: String,
    },
    /// Create an API token; scope from --deployment, else --workspace, else the organization.
    /// Its value is shown once (or written to --token-file)
    Create {
        /// The token's name
        #[arg(long)]
        name: String,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
        /// Its role at its own scope, e.g. ORGANIZATION_MEMBER, WORKSPACE_OPERATOR,
        /// DEPLOYMENT_ADMIN, or a custom role name
        #[arg(long)]
        role: String,
        /// A deployment token for this deployment
        #[arg(long, short = 'd', value_name = "ID", alias = "deployment-id")]
        deployment: Option<String>,
        /// Days until it expires, 1-3650 (default: never)
        #[arg(long, value_name = "DAYS")]
        expiry_days: Option<u32>,
        /// STANDARD (default) or DIRECT_ACCESS
        #[arg(long, value_parser = parse_kind)]
        kind: Option<TokenKind>,
        /// A further role, TYPE:ID=ROLE (e.g. DEPLOYMENT:cl...=DEPLOYMENT_ADMIN); repeatable
        #[arg(long = "add-role", value_name = "TYPE:ID=ROLE", value_parser = parse_role)]
        add_roles: Vec<TokenRole>,
        /// Write the token to this file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        token_file: Option<PathBuf>,
    },
    /// Rotate an API token: a new value (shown once), the old one stops working at once
    Rotate {
        /// The token's id
        id: String,
        /// Write the new token to this file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        token_file: Option<PathBuf>,
    },
    /// Delete an API token
    Delete {
        /// The token's id
        id: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Show, add or remove a token's roles (read-modify-write: every other role is kept)
    Roles {
        /// The token's id
        id: String,
        /// Add or change a role, TYPE:ID=ROLE; repeatable
        #[arg(long = "add", value_name = "TYPE:ID=ROLE", value_parser = parse_role)]
        add: Vec<TokenRole>,
        /// Remove the role on TYPE:ID; repeatable
        #[arg(long = "remove", value_name = "TYPE:ID", value_parser = parse_entity)]
        remove: Vec<(EntityType, String)>,
    },
}

fn parse_scope(text: &str) -> Result<TokenScope, String> {
    TokenScope::parse_known(text).ok_or_else(|| {
        format!(
            "`{text}` is not a token scope ({})",
            TokenScope::KNOWN.join(", ")
        )
    })
}

fn parse_kind(text: &str) -> Result<TokenKind, String> {
    TokenKind::parse_known(text).ok_or_else(|| {
        format!(
            "`{text}` is not a token kind ({})",
            TokenKind::KNOWN.join(", ")
        )
    })
}

fn parse_entity(text: &str) -> Result<(EntityType, String), String> {
    let (t, id) = text
        .split_once(':')
        .filter(|(t, id)| !t.is_empty() && !id.is_empty())
        .ok_or_else(|| format!("`{text}`: write TYPE:ID, e.g. WORKSPACE:clwsp..."))?;
    let entity = EntityType::parse_known(t).ok_or_else(|| {
        format!(
            "`{t}` is not an entity type ({})",
            EntityType::KNOWN.join(", ")
        )
    })?;
    Ok((entity, id.to_string()))
}

fn parse_role(text: &str) -> Result<TokenRole, String> {
    let (entity, role) = text
        .rsplit_once('=')
        .filter(|(_, r)| !r.is_empty())
        .ok_or_else(|| {
            format!("`{text}`: write TYPE:ID=ROLE, e.g. DEPLOYMENT:cl...=DEPLOYMENT_ADMIN")
        })?;
    let (entity_type, entity_id) = parse_entity(entity)?;
    if matches!(entity_type, EntityType::Dag | EntityType::DagTag) {
        return Err(
            "DAG and DAG_TAG roles also need a deployment id: set them with `houston astro api` and a JSON body".into(),
        );
    }
    Ok(TokenRole {
        entity_type,
        entity_id,
        role: role.to_string(),
        deployment_id: None,
        extra: Default::default(),
    })
}

const TOKEN_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("SCOPE", "scope"),
    ("SHORT TOKEN", "shortToken"),
    ("ROLES", "roles.role"),
    ("EXPIRES", "endAt"),
    ("LAST USED", "lastUsedAt"),
];

const TOKEN_DETAIL: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("DESCRIPTION", "description"),
    ("SCOPE", "scope"),
    ("KIND", "kind"),
    ("SHORT TOKEN", "shortToken"),
    ("ROLES", "roles.role"),
    ("ON", "roles.entityId"),
    ("STARTS", "startAt"),
    ("EXPIRES", "endAt"),
    ("LAST ROTATED", "lastRotatedAt"),
    ("LAST USED", "lastUsedAt"),
    ("CREATED", "createdAt"),
];

const CREATED_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("SCOPE", "scope"),
    ("EXPIRES", "endAt"),
    ("TOKEN", "token"),
];

const ROLE_COLUMNS: &[Column] = &[("TYPE", "entityType"), ("ID", "entityId"), ("ROLE", "role")];

pub async fn run_agent(args: AgentArgs, client: &astro::Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        AgentCmd::List { deployment, list } => {
            let pages = client.agent_tokens(&deployment, list.request()?)?;
            show_list(ctx, pages, TOKEN_COLUMNS).await
        }
        AgentCmd::Get { id, deployment } => {
            let t = client.get_agent_token(&deployment, &id).await?;
            ctx.out.data(&t.raw, TOKEN_DETAIL)
        }
        AgentCmd::Create {
            deployment,
            name,
            description,
            expiry_days,
            token_file,
        } => {
            let created = client
                .create_agent_token(
                    &deployment,
                    &CreateAgentToken {
                        name,
                        description,
                        expiry_days,
                    },
                )
                .await?;
            show_created(ctx, created, token_file.as_deref(), "agent token")
        }
        AgentCmd::Delete {
            id,
            deployment,
            yes,
        } => {
            resolve::confirm(
                yes,
                &format!("Delete agent token {id} of deployment {deployment}"),
            )?;
            let gone = client.delete_agent_token(&deployment, &id).await?;
            ctx.out.message(&deleted("agent token", &id, gone));
            Ok(())
        }
    }
}

pub async fn run_api(args: ApiArgs, client: &astro::Client, ctx: &Ctx) -> anyhow::Result<()> {
    let workspace = ctx.global.workspace.clone();
    match args.command {
        ApiCmd::List {
            deployment,
            scope,
            list,
        } => {
            let filter = ApiTokenFilter {
                workspace_id: workspace,
                deployment_id: deployment,
                ..Default::default()
            };
            let mut pages = client.api_tokens(&filter, list.request()?)?;
            let mut items = Vec::new();
            while let Some(page) = pages.next_page().await? {
                items.extend(page.items);
            }
            if let Some(scope) = scope {
                items.retain(|t| t.get("scope").and_then(Value::as_str) == Some(scope.as_str()));
            }
            ctx.out.data(&Value::Array(items), TOKEN_COLUMNS)
        }
        ApiCmd::Get { id } => {
            let t = client.get_api_token(&id).await?;
            ctx.out.data(&t.raw, TOKEN_DETAIL)
        }
        ApiCmd::Create {
            name,
            description,
            role,
            deployment,
            expiry_days,
            kind,
            add_roles,
            token_file,
        } => {
            let (scope, entity_id) = match (&deployment, &workspace) {
                (Some(d), _) => (TokenScope::Deployment, Some(d.clone())),
                (None, Some(w)) => (TokenScope::Workspace, Some(w.clone())),
                (None, None) => (TokenScope::Organization, None),
            };
            if let Some(path) = &token_file {
                check_writable(path)?;
            }
            let created = client
                .create_api_token(&CreateApiToken {
                    token: NewToken {
                        name,
                        description,
                        expiry_days,
                    },
                    scope,
                    entity_id,
                    role,
                    kind,
                })
                .await?;
            let id = created.id().to_string();
            // The secret is in hand: show or store it before anything else can fail.
            show_created(ctx, created, token_file.as_deref(), "API token")?;
            if !add_roles.is_empty() {
                let result = client
                    .edit_api_token_roles(&id, |roles| {
                        upsert(roles, add_roles);
                        Ok(())
                    })
                    .await;
                if let Err(e) = result {
                    return Err(anyhow::anyhow!(
                        "the token {id} was created, but adding its other roles failed: {e}\nadd them with `houston astro api-tokens roles {id} --add TYPE:ID=ROLE`"
                    ));
                }
                ctx.out.message("Added the further roles.");
            }
            Ok(())
        }
        ApiCmd::Rotate { id, token_file } => {
            if let Some(path) = &token_file {
                check_writable(path)?;
            }
            let rotated = client.rotate_api_token(&id).await?;
            ctx.out
                .message("Rotated: the old value stopped working just now.");
            show_created(ctx, rotated, token_file.as_deref(), "API token")
        }
        ApiCmd::Delete { id, yes } => {
            resolve::confirm(yes, &format!("Delete API token {id}"))?;
            let gone = client.delete_api_token(&id).await?;
            ctx.out.message(&deleted("API token", &id, gone));
            Ok(())
        }
        ApiCmd::Roles { id, add, remove } => {
            let answer = if add.is_empty() && remove.is_empty() {
                let t = client.get_api_token(&id).await?;
                t.raw.get("roles").cloned().unwrap_or(Value::Array(vec![]))
            } else {
                let mut missing = Vec::new();
                client
                    .edit_api_token_roles(&id, |roles| {
                        for (t, e) in &remove {
                            let before = roles.len();
                            roles.retain(|r| !(r.entity_type == *t && r.entity_id == *e));
                            if roles.len() == before {
                                missing.push(format!("{t}:{e}"));
                            }
                        }
                        upsert(roles, add);
                        Ok(())
                    })
                    .await?;
                for m in missing {
                    ctx.out
                        .warn(&format!("the token had no role on {m}: nothing to remove"));
                }
                let t = client.get_api_token(&id).await?;
                t.raw.get("roles").cloned().unwrap_or(Value::Array(vec![]))
            };
            ctx.out.data(&answer, ROLE_COLUMNS)
        }
    }
}

/// Adds roles, replacing the role a token already has on the same entity.
fn upsert(roles: &mut Vec<TokenRole>, add: Vec<TokenRole>) {
    for new in add {
        match roles
            .iter_mut()
            .find(|r| r.entity_type == new.entity_type && r.entity_id == new.entity_id)
        {
            Some(existing) => existing.role = new.role,
            None => roles.push(new),
        }
    }
}

fn deleted(what: &str, id: &str, already_gone: bool) -> String {
    if already_gone {
        format!(
            "The {what} {id} is gone (the first try's answer was lost; the retry found it already deleted)."
        )
    } else {
        format!("Deleted {what} {id}.")
    }
}

/// Refuses a token file that cannot be written, before the token exists.
fn check_writable(path: &std::path::Path) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    if !dir.is_dir() {
        return Err(usage(format!(
            "--token-file {}: the directory {} does not exist; nothing was sent",
            path.display(),
            dir.display()
        )));
    }
    if path.is_dir() {
        return Err(usage(format!(
            "--token-file {} is a directory; nothing was sent",
            path.display()
        )));
    }
    Ok(())
}

/// Shows a new secret once with a warning, or writes it to `token_file` and does not show it.
fn show_created(
    ctx: &Ctx,
    created: CreatedToken,
    token_file: Option<&std::path::Path>,
    what: &str,
) -> anyhow::Result<()> {
    let mut shown = created.meta.clone();
    match token_file {
        Some(path) => {
            resolve::store_secret(ctx, path, created.token.expose(), what)?;
            return ctx.out.data(&shown, &CREATED_COLUMNS[..4]);
        }
        None => {
            ctx.out.warn(&format!(
                "this is the only time the {what} is shown: the Astro API never returns it again; store it now (or use --token-file next time)"
            ));
            shown["token"] = Value::String(created.token.expose().to_string());
        }
    }
    ctx.out.data(&shown, CREATED_COLUMNS)
}
