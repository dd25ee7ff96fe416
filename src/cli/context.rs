//! `houston context …` and `houston login`: saved Houstons and their tokens.

use super::{Ctx, usage};
use clap::Subcommand;
use houston::config::Context;
use houston::operations as ops;
use houston::secret::Token;
use serde_json::{Value, json};
use std::io::{IsTerminal, Read};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Save a Houston under a name (the endpoint comes from --url or --domain)
    Add {
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
    Use { name: String },
    /// Forget a context and its token
    Remove { name: String },
    /// Show what commands would use right now, and where each setting came from
    Show,
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
            houston::houston::endpoint(
                ctx.global
                    .url
                    .as_deref()
                    .or(ctx.global.domain.as_deref())
                    .unwrap_or_default(),
            )?;
            let token = if token_stdin {
                Some(read_token()?)
            } else {
                None
            };
            let existed = file.contexts.contains_key(&name);
            file.contexts.insert(
                name.clone(),
                Context {
                    url: ctx.global.url.clone(),
                    domain: ctx.global.domain.clone(),
                    token,
                    workspace: ctx.global.workspace.clone(),
                    ca_cert: ctx.global.ca_cert.clone(),
                    insecure: ctx.global.insecure,
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
                        "url": c.url.clone().or(c.domain.clone()),
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
        Cmd::Show => {
            let r = ctx.resolved()?;
            let endpoint = r
                .url
                .as_deref()
                .map(houston::houston::endpoint)
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

/// One token from stdin; on a terminal, say what is expected first.
fn read_token() -> anyhow::Result<Token> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!(
            "Paste the token (a service-account API key, or a user token from https://app.<domain>/token), then press Enter:"
        );
        let mut line = String::new();
        stdin.read_line(&mut line)?;
        return non_empty(line);
    }
    let mut text = String::new();
    stdin.lock().read_to_string(&mut text)?;
    non_empty(text)
}

fn non_empty(text: String) -> anyhow::Result<Token> {
    let token = Token::new(text);
    if token.is_empty() {
        Err(usage("no token on stdin"))
    } else if token.expose().contains(char::is_whitespace) {
        Err(usage(
            "the token on stdin contains whitespace: pass exactly one token",
        ))
    } else {
        Ok(token)
    }
}

/// `houston login`: checks the token against the server, then stores it in the current context.
pub async fn login(args: LoginArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let _ = args.token_stdin;
    let mut file = ctx.config()?;
    let name = ctx
        .global
        .context
        .clone()
        .or_else(|| ctx.env.get("HOUSTON_CONTEXT"))
        .or(file.current.clone());
    let name = match name {
        Some(name) => name,
        None if ctx.global.url.is_some() || ctx.global.domain.is_some() => "default".to_string(),
        None => {
            return Err(usage(
                "no context to log in to: add one with `houston context add NAME --domain example.com`, or pass --domain",
            ));
        }
    };
    let token = read_token()?;
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
    if !args.no_verify {
        let mut http = houston::http::HttpOptions {
            timeout: ctx.global.timeout,
            connect_timeout: ctx.global.connect_timeout,
            ..Default::default()
        };
        http.ca_cert = ctx.global.ca_cert.clone().or(context.ca_cert.clone());
        http.insecure = ctx.global.insecure || context.insecure;
        let client = houston::Client::builder(&target)?
            .token(Some(token.clone()))
            .http_options(http)
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
    if file.current.is_none() {
        file.current = Some(name.clone());
    }
    file.save(&ctx.config_path)?;
    ctx.out.message(&format!(
        "Stored the token in context {name} ({}, mode 0600)",
        ctx.config_path.display()
    ));
    Ok(())
}
