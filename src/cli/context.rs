//! `houston context …` and `houston login`: saved Houstons and their tokens.

use super::{Ctx, errors, usage};
use crate::config::{ConfigFile, Context};
use crate::operations as ops;
use crate::secret::Token;
use clap::Subcommand;
use serde_json::{Value, json};
use std::path::PathBuf;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Save a Houston under a name (the endpoint comes from --url or --domain)
    Add {
        /// The context's name
        name: String,
        /// Read a token for it from stdin
        #[arg(long)]
        token_stdin: bool,
        /// Make it the current context
        #[arg(long = "use")]
        make_current: bool,
    },
    /// List saved contexts (tokens are never shown)
    List,
    /// Make a context the current one
    Use {
        /// The context's name
        name: String,
    },
    /// Forget a context and its token
    Remove {
        /// The context's name
        name: String,
    },
    /// Show what commands would use right now
    Show,
    /// Copy the APC contexts of the astro CLI (~/.astro/config.yaml), tokens included; the astro
    /// CLI's files are only read
    ImportAstro {
        /// The astro CLI config to read
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// Replace houston contexts of the same name
        #[arg(long)]
        overwrite: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Read the token from stdin (a service-account key, or a user token from
    /// https://app.<domain>/token). This is the default; the flag is for scripts that say so.
    #[arg(long)]
    token_stdin: bool,
    /// Store the token without checking it against the server
    #[arg(long)]
    no_verify: bool,
    /// Log in with a local account instead: stdin holds its password, and houston stores the
    /// user token Houston issues for it (`createToken`)
    #[arg(long, value_name = "USERNAME_OR_EMAIL", conflicts_with = "no_verify")]
    username: Option<String>,
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let mut file = ctx.config()?;
    match args.command {
        Cmd::Add {
            name,
            token_stdin,
            make_current,
        } => {
            if ctx.global.url.is_none() && ctx.global.domain.is_none() {
                return Err(usage(
                    "where is this Houston? pass --domain example.com or --url https://houston.example.com/v1",
                ));
            }
            // Fail now on an endpoint that can never work, not on first use.
            crate::houston::endpoint(
                ctx.global
                    .url
                    .as_deref()
                    .or(ctx.global.domain.as_deref())
                    .unwrap_or_default(),
            )?;
            let token = if token_stdin {
                Some(read_token(None)?)
            } else {
                None
            };
            let existed = file.contexts.contains_key(&name);
            // Replacing a context keeps what other commands saved in it (the Astro settings).
            let previous = file.contexts.get(&name).cloned().unwrap_or_default();
            file.contexts.insert(
                name.clone(),
                Context {
                    url: ctx.global.url.clone(),
                    domain: ctx.global.domain.clone(),
                    token,
                    workspace: ctx.global.workspace.clone(),
                    ca_cert: ctx.global.ca_cert.clone(),
                    insecure: ctx.global.insecure,
                    ..previous
                },
            );
            if make_current || file.current.is_none() {
                file.current = Some(name.clone());
            }
            file.save(&ctx.config_path)?;
            ctx.out.message(&format!(
                "{} context {name}{} in {}",
                if existed { "Replaced" } else { "Added" },
                if file.current.as_deref() == Some(name.as_str()) {
                    " (current)"
                } else {
                    ""
                },
                ctx.config_path.display()
            ));
            Ok(())
        }
        Cmd::List => {
            let rows: Vec<Value> = file
                .contexts
                .iter()
                .map(|(name, c)| {
                    json!({
                        "name": name,
                        "current": file.current.as_deref() == Some(name.as_str()),
                        "url": c.url.clone().or(c.domain.clone()).map(|u| shown_url(&u)),
                        "workspace": c.workspace,
                        "token": c.token.as_ref().map(Token::masked),
                    })
                })
                .collect();
            ctx.out.data(
                &Value::Array(rows),
                &[
                    ("NAME", "name"),
                    ("CURRENT", "current"),
                    ("URL", "url"),
                    ("WORKSPACE", "workspace"),
                    ("TOKEN", "token"),
                ],
            )
        }
        Cmd::Use { name } => {
            if !file.contexts.contains_key(&name) {
                return Err(usage(format!(
                    "no context named `{name}` (known: {})",
                    file.contexts.keys().cloned().collect::<Vec<_>>().join(", ")
                )));
            }
            file.current = Some(name.clone());
            file.save(&ctx.config_path)?;
            ctx.out.message(&format!("Now using context {name}"));
            Ok(())
        }
        Cmd::Remove { name } => {
            if file.contexts.remove(&name).is_none() {
                return Err(usage(format!("no context named `{name}`")));
            }
            if file.current.as_deref() == Some(name.as_str()) {
                file.current = None;
            }
            file.save(&ctx.config_path)?;
            ctx.out
                .message(&format!("Removed context {name} and its token"));
            Ok(())
        }
        Cmd::ImportAstro {
            file: path,
            overwrite,
        } => {
            let path = match path {
                Some(p) => p,
                None => dirs::home_dir()
                    .ok_or_else(|| usage("no home directory: pass --file"))?
                    .join(".astro/config.yaml"),
            };
            let text = std::fs::read_to_string(&path)
                .map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?;
            let imported = astro_contexts(&text).map_err(|e| {
                usage(format!(
                    "{} is not an astro CLI config: {e}",
                    path.display()
                ))
            })?;
            let mut rows = Vec::new();
            for found in imported {
                let status = if found.cloud {
                    "skipped: an Astro (cloud) context, use `houston astro`"
                } else if file.contexts.contains_key(&found.name) && !overwrite {
                    "skipped: exists (use --overwrite)"
                } else {
                    file.contexts
                        .insert(found.name.clone(), found.context.clone());
                    if found.current && file.current.is_none() {
                        file.current = Some(found.name.clone());
                    }
                    if found.context.token.is_some() {
                        "imported"
                    } else {
                        "imported without a token: run houston login"
                    }
                };
                rows.push(json!({
                    "name": found.name,
                    "url": found.context.url.clone().or(found.context.domain.clone()).map(|u| shown_url(&u)),
                    "workspace": found.context.workspace,
                    "token": found.context.token.as_ref().map(Token::masked),
                    "status": status,
                }));
            }
            file.save(&ctx.config_path)?;
            ctx.out.data(
                &Value::Array(rows),
                &[
                    ("NAME", "name"),
                    ("URL", "url"),
                    ("WORKSPACE", "workspace"),
                    ("TOKEN", "token"),
                    ("STATUS", "status"),
                ],
            )
        }
        Cmd::Show => {
            let r = ctx.resolved()?;
            let endpoint = r
                .url
                .as_deref()
                .map(crate::houston::endpoint)
                .transpose()?
                .map(|u| u.to_string());
            ctx.out.data(
                &json!({
                    "context": r.context,
                    "url": endpoint,
                    "workspace": r.workspace,
                    "token": r.token.as_ref().map(Token::masked),
                    "caCert": r.http.ca_cert.as_ref().map(|p: &PathBuf| p.display().to_string()),
                    "insecure": r.http.insecure,
                    "configFile": ctx.config_path.display().to_string(),
                }),
                &[
                    ("CONTEXT", "context"),
                    ("URL", "url"),
                    ("WORKSPACE", "workspace"),
                    ("TOKEN", "token"),
                    ("CA CERT", "caCert"),
                    ("INSECURE", "insecure"),
                    ("CONFIG FILE", "configFile"),
                ],
            )
        }
    }
}

/// A context found in the astro CLI's config.
struct AstroContext {
    name: String,
    context: Context,
    current: bool,
    /// Astro (the hosted product) rather than APC: no Houston there.
    cloud: bool,
}

/// Reads the astro CLI's `config.yaml`: `context` (the current one) and `contexts.<key>` with
/// `domain`, `token` (APC tokens raw; cloud tokens as `Bearer …`), `workspace`, and
/// `local.houston` for the `localhost`/`houston` domains.
fn astro_contexts(yaml: &str) -> Result<Vec<AstroContext>, String> {
    let root: Value = serde_norway::from_str(yaml).map_err(|e| e.to_string())?;
    let contexts = root["contexts"]
        .as_object()
        .ok_or("it has no `contexts` section")?;
    let current = root["context"].as_str().unwrap_or_default().to_string();
    let local = root["local"]["houston"].as_str().map(str::to_string);
    let mut out = Vec::new();
    for (key, c) in contexts {
        let domain = c["domain"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| key.replace('_', "."));
        let cloud = domain == "astronomer.io"
            || domain.ends_with(".astronomer.io")
            || domain.ends_with("astronomer-dev.io")
            || domain.ends_with("astronomer-stage.io");
        let token = c["token"]
            .as_str()
            .map(|t| t.strip_prefix("Bearer ").unwrap_or(t))
            .filter(|t| !t.is_empty())
            .map(Token::new);
        let workspace = c["workspace"]
            .as_str()
            .or(c["last_used_workspace"].as_str())
            .filter(|w| !w.is_empty())
            .map(str::to_string);
        let (url, domain_field) = if domain == "localhost" || domain == "houston" {
            (local.clone(), None)
        } else {
            (None, Some(domain.clone()))
        };
        out.push(AstroContext {
            name: domain.clone(),
            current: current == *key || current == domain,
            cloud,
            context: Context {
                url,
                domain: domain_field,
                token,
                workspace,
                ..Default::default()
            },
        });
    }
    Ok(out)
}

/// One token from stdin (`prompt` on a terminal, or a generic request for a token).
fn read_token(prompt: Option<String>) -> anyhow::Result<Token> {
    let prompt = prompt.unwrap_or_else(|| "Paste the token (a service-account API key, or a user token from the platform's /token page), then press Enter:".into());
    super::stdin::read(super::stdin::Secret::Token { prompt: &prompt })
}

fn http_options(ctx: &Ctx, context: &Context) -> crate::http::HttpOptions {
    let options = crate::http::HttpOptions {
        timeout: ctx.global.timeout,
        connect_timeout: ctx.global.connect_timeout,
        ca_cert: ctx
            .global
            .ca_cert
            .clone()
            .or_else(|| ctx.env.get("HOUSTON_CA_CERT").map(Into::into))
            .or(context.ca_cert.clone()),
        insecure: ctx.global.insecure || context.insecure,
    };
    // `login --insecure` sends the token like every other command: it warns like them
    if options.insecure {
        ctx.out.warn(
            "TLS certificate verification is off (--insecure): anyone on the path can read the token",
        );
    }
    options
}

/// `houston login`: checks the token against the server, then stores it in the current context.
pub async fn login(args: LoginArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let _ = args.token_stdin;
    let mut file = ctx.config()?;
    let name = match login_context(ctx, &file) {
        Some(name) => name,
        None if ctx.global.url.is_some() || ctx.global.domain.is_some() => "default".to_string(),
        None => {
            return Err(usage(
                "no context to log in to: add one with `houston context add NAME --domain example.com`, or pass --domain",
            ));
        }
    };
    let mut context = file.contexts.get(&name).cloned().unwrap_or_default();
    if ctx.global.url.is_some() || ctx.global.domain.is_some() {
        context.url = ctx.global.url.clone();
        context.domain = ctx.global.domain.clone();
    }
    let target = context
        .url
        .clone()
        .or(context.domain.clone())
        .ok_or_else(|| {
            usage(format!(
                "context {name} has no URL or domain: pass --domain or --url"
            ))
        })?;
    let page = errors::token_page(&crate::houston::endpoint(&target)?, false);
    errors::set_token_source(page.clone());
    let secret = read_token(Some(match &args.username {
        Some(username) => format!("Type the password of {username}, then press Enter:"),
        None => format!(
            "Paste the token (a service-account API key, or a user token from {page}), then press Enter:"
        ),
    }))?;
    let token = match &args.username {
        None => secret,
        Some(username) => {
            let client = crate::Client::builder(&target)
                .http_options(http_options(ctx, &context))
                .build()?;
            let r = client
                .execute::<ops::CreateToken>(ops::create_token::Variables {
                    identity: Some(username.clone()),
                    password: secret.expose().to_string(),
                })
                .await?;
            let value = r
                .data
                .create_token
                .and_then(|t| t.token)
                .and_then(|t| t.value);
            Token::new(
                value.ok_or_else(|| anyhow::anyhow!("Houston issued no token for {username}"))?,
            )
        }
    };
    if !args.no_verify {
        let client = crate::Client::builder(&target)
            .token(Some(token.clone()))
            .http_options(http_options(ctx, &context))
            .build()?;
        let me = client
            .execute::<ops::CurrentUser>(ops::current_user::Variables)
            .await?;
        let who = me
            .data
            .self_
            .and_then(|s| s.user)
            .and_then(|u| u.username)
            .unwrap_or_else(|| "a service account".into());
        ctx.out.message(&format!("Logged in to {target} as {who}"));
    }
    context.token = Some(token);
    file.contexts.insert(name.clone(), context);
    store(ctx, &mut file, &name, "the token")
}

/// The context a login stores its token in: `--context`, `HOUSTON_CONTEXT`, or the current one.
pub fn login_context(ctx: &Ctx, file: &ConfigFile) -> Option<String> {
    ctx.global
        .context
        .clone()
        .or_else(|| ctx.env.get("HOUSTON_CONTEXT"))
        .or(file.current.clone())
}

/// Saves `file` after a login put `what` in context `name` (which becomes the current one when
/// there is none), and says where it went.
pub fn store(ctx: &Ctx, file: &mut ConfigFile, name: &str, what: &str) -> anyhow::Result<()> {
    if file.current.is_none() {
        file.current = Some(name.to_string());
    }
    file.save(&ctx.config_path)?;
    ctx.out.message(&format!(
        "Stored {what} in context {name} ({}, mode 0600)",
        ctx.config_path.display()
    ));
    Ok(())
}

/// The endpoint a context's URL or domain stands for (`example.com` is
/// `https://houston.example.com/v1`), or what was saved when it is not one.
fn shown_url(saved: &str) -> String {
    crate::houston::endpoint(saved)
        .map(|u| u.to_string())
        .unwrap_or_else(|_| saved.to_string())
}
