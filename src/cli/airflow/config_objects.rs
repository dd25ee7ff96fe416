//! `houston airflow pools|variables|connections …`: list, get, set (create or update), delete.

use super::{Ctx, print_list, print_one};
use crate::airflow::{Client, ConnectionSpec, PoolSpec};
use crate::cli::output::Column;
use crate::cli::{resolve, usage};
use clap::Subcommand;

const POOL_COLUMNS: &[Column] = &[
    ("NAME", "name|pool"),
    ("SLOTS", "slots"),
    ("OCCUPIED", "occupied_slots"),
    ("OPEN", "open_slots"),
    ("DEFERRED", "include_deferred"),
    ("DESCRIPTION", "description"),
];

const VARIABLE_COLUMNS: &[Column] = &[
    ("KEY", "key"),
    ("VALUE", "value"),
    ("DESCRIPTION", "description"),
];

const CONNECTION_COLUMNS: &[Column] = &[
    ("CONNECTION ID", "connection_id"),
    ("TYPE", "conn_type"),
    ("HOST", "host"),
    ("PORT", "port"),
    ("SCHEMA", "schema"),
    ("LOGIN", "login"),
    ("DESCRIPTION", "description"),
];

#[derive(Debug, clap::Args)]
pub struct PoolArgs {
    #[command(subcommand)]
    command: PoolCmd,
}

#[derive(Debug, Subcommand)]
enum PoolCmd {
    /// Every pool
    List,
    /// One pool
    Get {
        /// The pool's name
        name: String,
    },
    /// Create a pool, or change the fields given
    Set {
        /// The pool's name
        name: String,
        /// Slots (required to create)
        #[arg(long)]
        slots: Option<i64>,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
        /// Count deferred tasks against the pool's slots
        #[arg(long, value_name = "BOOL")]
        include_deferred: Option<bool>,
    },
    /// Delete a pool
    Delete {
        /// The pool's name
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub async fn pools(args: PoolArgs, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        PoolCmd::List => {
            let list = client.pools().await?;
            print_list(&ctx.out, list, POOL_COLUMNS).await
        }
        PoolCmd::Get { name } => print_one(ctx, &client.pool(&name).await?, POOL_COLUMNS),
        PoolCmd::Set {
            name,
            slots,
            description,
            include_deferred,
        } => {
            let done = client
                .set_pool(&PoolSpec {
                    name: name.clone(),
                    slots,
                    description,
                    include_deferred,
                })
                .await?;
            ctx.out.message(&format!(
                "Pool {name} {}.",
                if done.created { "created" } else { "updated" }
            ));
            print_one(ctx, &done.item, POOL_COLUMNS)
        }
        PoolCmd::Delete { name, yes } => {
            resolve::confirm(yes, &format!("Delete pool {name}"))?;
            client.delete_pool(&name).await?;
            ctx.out.message(&format!("Pool {name} deleted."));
            Ok(())
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct VariableArgs {
    #[command(subcommand)]
    command: VariableCmd,
}

#[derive(Debug, Subcommand)]
enum VariableCmd {
    /// Every variable (Airflow 2 lists keys without values)
    List,
    /// One variable
    Get {
        /// The variable's key
        key: String,
    },
    /// Create a variable, or change its value (the description is kept unless given)
    Set {
        /// The variable's key
        key: String,
        /// The value; `@file` reads a file, `@-` stdin
        value: String,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a variable
    Delete {
        /// The variable's key
        key: String,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub async fn variables(args: VariableArgs, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        VariableCmd::List => {
            let pages = client.variables().await?;
            print_list(&ctx.out, pages, VARIABLE_COLUMNS).await
        }
        VariableCmd::Get { key } => print_one(ctx, &client.variable(&key).await?, VARIABLE_COLUMNS),
        VariableCmd::Set {
            key,
            value,
            description,
        } => {
            let value = text_arg(&value)?;
            let done = client
                .set_variable(&key, &value, description.as_deref())
                .await?;
            ctx.out.message(&format!(
                "Variable {key} {}.",
                if done.created { "created" } else { "updated" }
            ));
            print_one(ctx, &done.item, VARIABLE_COLUMNS)
        }
        VariableCmd::Delete { key, yes } => {
            resolve::confirm(yes, &format!("Delete variable {key}"))?;
            client.delete_variable(&key).await?;
            ctx.out.message(&format!("Variable {key} deleted."));
            Ok(())
        }
    }
}

/// `@file` / `@-` / the text itself.
fn text_arg(text: &str) -> anyhow::Result<String> {
    match text.strip_prefix('@') {
        Some("-") => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| usage(format!("cannot read stdin: {e}")))?;
            Ok(s.strip_suffix('\n').unwrap_or(&s).to_string())
        }
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| usage(format!("cannot read {path}: {e}")))
        }
        None => Ok(text.to_string()),
    }
}

#[derive(Debug, clap::Args)]
pub struct ConnectionArgs {
    #[command(subcommand)]
    command: ConnectionCmd,
}

#[derive(Debug, Subcommand)]
enum ConnectionCmd {
    /// Every connection (without passwords)
    List,
    /// One connection (without its password)
    Get {
        /// The connection's id
        connection_id: String,
    },
    /// Create a connection, or change the fields given (the password is kept unless given)
    Set {
        /// The connection's id
        connection_id: String,
        /// The connection type: http, postgres, aws, … (required to create)
        #[arg(long = "type", value_name = "TYPE")]
        conn_type: Option<String>,
        /// The host the connection points at
        #[arg(long)]
        host: Option<String>,
        /// The login (user name) for the connection
        #[arg(long)]
        login: Option<String>,
        /// Read the password from stdin (it is never taken from the command line)
        #[arg(long)]
        password_stdin: bool,
        /// The port the connection points at
        #[arg(long)]
        port: Option<u16>,
        /// The schema (database) of the connection
        #[arg(long)]
        schema: Option<String>,
        /// Extra settings: a JSON object, inline or @file
        #[arg(long, value_name = "JSON|@FILE")]
        extra: Option<String>,
        /// A description (free text)
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a connection
    Delete {
        /// The connection's id
        connection_id: String,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub async fn connections(args: ConnectionArgs, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    match args.command {
        ConnectionCmd::List => {
            let pages = client.connections().await?;
            print_list(&ctx.out, pages, CONNECTION_COLUMNS).await
        }
        ConnectionCmd::Get { connection_id } => print_one(
            ctx,
            &client.connection(&connection_id).await?,
            CONNECTION_COLUMNS,
        ),
        ConnectionCmd::Set {
            connection_id,
            conn_type,
            host,
            login,
            password_stdin,
            port,
            schema,
            extra,
            description,
        } => {
            let extra = match extra {
                Some(e) => {
                    let value = super::json_arg("--extra", &e)?;
                    if !value.is_object() {
                        return Err(usage("--extra must be a JSON object; nothing was sent"));
                    }
                    Some(value.to_string())
                }
                None => None,
            };
            let password = if password_stdin {
                Some(crate::cli::stdin::read(
                    crate::cli::stdin::Secret::Password { what: "password" },
                )?)
            } else {
                None
            };
            let done = client
                .set_connection(&ConnectionSpec {
                    connection_id: connection_id.clone(),
                    conn_type,
                    host,
                    login,
                    password,
                    schema,
                    port,
                    extra,
                    description,
                })
                .await?;
            ctx.out.message(&format!(
                "Connection {connection_id} {}.",
                if done.created { "created" } else { "updated" }
            ));
            print_one(ctx, &done.item, CONNECTION_COLUMNS)
        }
        ConnectionCmd::Delete { connection_id, yes } => {
            resolve::confirm(yes, &format!("Delete connection {connection_id}"))?;
            client.delete_connection(&connection_id).await?;
            ctx.out
                .message(&format!("Connection {connection_id} deleted."));
            Ok(())
        }
    }
}
