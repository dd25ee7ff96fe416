//! `houston astro …`: the Astro API (`api.astronomer.io`), Astronomer's hosted control plane.
//! Its own token and organization (`ASTRO_API_TOKEN`, `ASTRO_ORGANIZATION_ID`), its own host
//! (`--api-url` / `ASTRO_API_URL`); output, `--jq` and timeouts are the global ones.

mod api;
mod deployments;
mod tokens;

use super::output::{Column, Format, Output};
use super::{Ctx, usage};
use crate::astro::{self, PageRequest, Paginator};
use crate::secret::Token;
use clap::Subcommand;
use serde_json::Value;
use std::io::Read;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    conn: Conn,
    #[command(subcommand)]
    command: Cmd,
}

/// How to reach the Astro API; every `houston astro` command takes these.
#[derive(Debug, Clone, clap::Args)]
struct Conn {
    /// Astro organization id [env: ASTRO_ORGANIZATION_ID; default: the context's, else the
    /// token's]
    #[arg(long, global = true, value_name = "ID")]
    organization: Option<String>,
    /// Astro API host [env: ASTRO_API_URL; default: https://api.astronomer.io]
    #[arg(long, global = true, value_name = "URL")]
    api_url: Option<String>,
    /// Read the Astro API token from stdin (else ASTRO_API_TOKEN, .env, or the context's
    /// astro_token)
    #[arg(long, global = true)]
    token_stdin: bool,
    /// Pin the API's minor version (sent as X-API-Version, e.g. 1.0)
    #[arg(long, global = true, value_name = "X.Y")]
    api_minor_version: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Organizations this token sees
    #[command(name = "organizations", visible_alias = "orgs")]
    Organizations {
        #[command(subcommand)]
        command: OrgCmd,
    },
    /// Workspaces of the organization
    #[command(name = "workspaces", visible_alias = "ws")]
    Workspaces {
        #[command(subcommand)]
        command: WorkspaceCmd,
    },
    /// Deployments: list, get, create, update, delete, wait until healthy
    #[command(name = "deployments", visible_alias = "deployment")]
    Deployments(Box<deployments::Args>),
    /// Agent tokens of a deployment (Remote Execution agents)
    #[command(name = "agent-tokens", visible_alias = "agent-token")]
    AgentTokens(tokens::AgentArgs),
    /// API tokens at organization, workspace or deployment scope, and their roles
    #[command(name = "api-tokens", visible_alias = "api-token")]
    ApiTokens(tokens::ApiArgs),
    /// Any Astro API call: houston astro api GET /organizations/{organizationId}/deployments
    Api(api::Args),
    /// Save an Astro API token (read from stdin) and organization in the current context
    Login {
        /// Store the token without checking it against the API
        #[arg(long)]
        no_verify: bool,
    },
}

#[derive(Debug, Subcommand)]
enum OrgCmd {
    /// List the organizations this token sees
    List(ListArgs),
}

#[derive(Debug, Subcommand)]
enum WorkspaceCmd {
    /// List the organization's workspaces
    List(NamedList),
    /// Show one workspace
    Get {
        /// The workspace id
        id: String,
    },
}

/// A list that can be narrowed to names: workspaces, deployments.
#[derive(Debug, Clone, clap::Args)]
pub struct NamedList {
    #[command(flatten)]
    list: ListArgs,
    /// Only those with this name (repeatable)
    #[arg(long = "name", value_name = "NAME")]
    names: Vec<String>,
}

/// Paging options every list takes.
#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// Fetch every page (following totalCount), not just the first
    #[arg(long)]
    all: bool,
    /// Items per page (1-1000; default 20, or 100 with --all)
    #[arg(long, value_name = "N")]
    limit: Option<u32>,
    /// Skip this many items
    #[arg(long, value_name = "N", default_value_t = 0)]
    offset: u64,
    /// Sort by FIELD:asc or FIELD:desc (repeatable)
    #[arg(long = "sort", value_name = "FIELD:DIR")]
    sorts: Vec<String>,
}

impl ListArgs {
    fn request(&self) -> anyhow::Result<PageRequest> {
        for s in &self.sorts {
            if !matches!(s.rsplit_once(':'), Some((f, "asc" | "desc")) if !f.is_empty()) {
                return Err(usage(format!(
                    "--sort {s}: give FIELD:asc or FIELD:desc (e.g. name:asc, createdAt:desc)"
                )));
            }
        }
        let request = PageRequest {
            offset: self.offset,
            limit: self.limit,
            all: self.all,
            sorts: self.sorts.clone(),
        };
        request.check()?;
        Ok(request)
    }
}

const ORG_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("PRODUCT", "product"),
    ("STATUS", "status"),
    ("PLAN", "productPlans.productPlanName"),
];

const WORKSPACE_COLUMNS: &[Column] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("DESCRIPTION", "description"),
    ("CI/CD ENFORCED", "cicdEnforcedDefault"),
    ("DEFAULT CLUSTER", "defaultClusterId"),
    ("CREATED", "createdAt"),
];

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let conn = &args.conn;
    match args.command {
        Cmd::Organizations {
            command: OrgCmd::List(list),
        } => {
            let client = client(conn, ctx, false)?;
            let pages = client.organizations(list.request()?);
            show_list(ctx, pages, ORG_COLUMNS).await
        }
        Cmd::Workspaces { command } => {
            let client = client(conn, ctx, true)?;
            match command {
                WorkspaceCmd::List(NamedList { list, names }) => {
                    let pages = client.workspaces(&names, list.request()?)?;
                    show_list(ctx, pages, WORKSPACE_COLUMNS).await
                }
                WorkspaceCmd::Get { id } => {
                    let ws = client.get_workspace(&id).await?;
                    ctx.out.data(&ws.raw, WORKSPACE_COLUMNS)
                }
            }
        }
        Cmd::Deployments(a) => deployments::run(*a, &client(conn, ctx, true)?, ctx).await,
        Cmd::AgentTokens(a) => tokens::run_agent(a, &client(conn, ctx, true)?, ctx).await,
        Cmd::ApiTokens(a) => tokens::run_api(a, &client(conn, ctx, true)?, ctx).await,
        Cmd::Login { no_verify } => login(conn, ctx, no_verify).await,
        Cmd::Api(a) => {
            let client = client(conn, ctx, false)?;
            api::run(a, &client, ctx).await
        }
    }
}

/// The client for these flags, the environment, `.env` and the context.
fn client(conn: &Conn, ctx: &Ctx, need_org: bool) -> anyhow::Result<astro::Client> {
    let file = ctx.config()?;
    let context_name = ctx
        .global
        .context
        .clone()
        .or_else(|| ctx.env.get("HOUSTON_CONTEXT"))
        .or_else(|| file.current.clone());
    let context = match &context_name {
        Some(name) => match file.contexts.get(name) {
            Some(c) => Some(c.clone()),
            None if ctx.global.context.is_some() => {
                return Err(usage(format!("no context named `{name}`")));
            }
            None => None,
        },
        None => None,
    }
    .unwrap_or_default();
    let given = if conn.token_stdin {
        Some(super::stdin::read(super::stdin::Secret::Token {
            prompt: "Paste the Astro API token, then press Enter:",
        })?)
    } else {
        ctx.env.get("ASTRO_API_TOKEN").map(Token::new)
    };
    let saved = given.is_none() && context.astro_token.is_some();
    let token = match given.or(context.astro_token.clone()) {
        Some(t) => t,
        None => {
            return Err(usage(
                "no Astro API token: set ASTRO_API_TOKEN (or put it in .env), pass it with --token-stdin, or save it as astro_token in a context",
            ));
        }
    };
    let organization = conn
        .organization
        .clone()
        .or_else(|| ctx.env.get("ASTRO_ORGANIZATION_ID"))
        .or(context.astro_organization.clone());
    // the context's token goes to the host it was saved for unless told otherwise
    let host = conn
        .api_url
        .clone()
        .or_else(|| ctx.env.get("ASTRO_API_URL"))
        .or_else(|| context.astro_api_url.clone().filter(|_| saved))
        .unwrap_or_else(|| astro::DEFAULT_HOST.to_string());
    // A host named by the environment or a `.env` (which a repository can carry) never
    // receives a token saved for another host; a host typed as --api-url is the user's choice.
    let saved_for = context
        .astro_api_url
        .clone()
        .unwrap_or_else(|| astro::DEFAULT_HOST.to_string());
    if saved && conn.api_url.is_none() && !crate::config::same_astro_host(&host, &saved_for) {
        return Err(super::errors::config(
            crate::config::ConfigError::TokenElsewhere {
                service: "Astro API",
                context: context_name.clone().unwrap_or_default(),
                saved_for,
                url: host,
                origin: ctx
                    .env
                    .source("ASTRO_API_URL")
                    .unwrap_or_else(|| "ASTRO_API_URL".into()),
            },
        ));
    }
    let client = astro::Client::builder()
        .host(host)
        .token(token)
        .organization(organization)
        .http_options(ctx.http_options())
        .minor_version(conn.api_minor_version.clone())
        .observer(ctx.observer())
        .build()?;
    if need_org {
        client.organization()?;
    }
    Ok(client)
}

/// `houston astro login`: checks the token (it must see its organization), then saves it, with the
/// organization, in the context houston uses (0600), so later commands need no environment.
async fn login(conn: &Conn, ctx: &Ctx, no_verify: bool) -> anyhow::Result<()> {
    let token = super::stdin::read(super::stdin::Secret::Token {
        prompt: "Paste the Astro API token, then press Enter:",
    })?;
    let mut file = ctx.config()?;
    let name = super::context::login_context(ctx, &file).unwrap_or_else(|| "astro".to_string());
    let host = conn
        .api_url
        .clone()
        .or_else(|| ctx.env.get("ASTRO_API_URL"))
        .unwrap_or_else(|| astro::DEFAULT_HOST.to_string());
    let client = astro::Client::builder()
        .host(host.clone())
        .token(token.clone())
        .organization(conn.organization.clone())
        .http_options(ctx.http_options())
        .observer(ctx.observer())
        .build()?;
    let organization = client.organization()?.to_string();
    if !no_verify {
        let org = client.get_organization(&organization).await?;
        ctx.out.message(&format!(
            "The token works for organization {} ({organization})",
            org.data.name
        ));
    }
    let context = file.contexts.entry(name.clone()).or_default();
    context.astro_token = Some(token);
    context.astro_organization = Some(organization);
    // the host is remembered with the token: it is the only one the token is sent to later
    context.astro_api_url =
        (!crate::config::same_astro_host(&host, astro::DEFAULT_HOST)).then(|| host.clone());
    super::context::store(ctx, &mut file, &name, "the Astro token")
}

/// Fetches a list (every page with `--all`) and shows it.
pub async fn show_list(ctx: &Ctx, pages: Paginator, columns: &[Column]) -> anyhow::Result<()> {
    ctx.out.list(AstroPages(pages), columns).await
}

/// Astro's pages for the printer, errors said the Astro way.
struct AstroPages(Paginator);

impl super::output::Batches for AstroPages {
    type Item = Value;
    async fn batch(&mut self) -> anyhow::Result<Option<Vec<Value>>> {
        Ok(self.0.next_page().await?.map(|p| p.items))
    }
}

/// Output for raw JSON: tables make no sense for an arbitrary answer.
pub fn json_output(ctx: &Ctx) -> Output {
    let mut out = ctx.out.clone();
    if out.format == Format::Table {
        out.format = Format::Json;
    }
    out
}

/// A JSON or YAML file (`-` for stdin) as JSON.
pub fn read_document(path: &str) -> anyhow::Result<Value> {
    let (text, name) = if path == "-" {
        let mut text = String::new();
        std::io::stdin().lock().read_to_string(&mut text)?;
        (text, "stdin".to_string())
    } else {
        let text =
            std::fs::read_to_string(path).map_err(|e| usage(format!("cannot read {path}: {e}")))?;
        (text, path.to_string())
    };
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(usage(format!(
            "{name} is empty: expected a JSON or YAML document"
        )));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        serde_json::from_str(&text).map_err(|e| {
            usage(format!(
                "{name} is not valid JSON: {e} (line {}, column {})",
                e.line(),
                e.column()
            ))
        })
    } else {
        serde_norway::from_str(&text)
            .map_err(|e| usage(format!("{name} is neither JSON nor valid YAML: {e}")))
    }
}
