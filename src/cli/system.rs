//! `houston system …`: platform-wide service accounts.

use super::access::{self, KeyFileArgs, SERVICE_ACCOUNT_COLUMNS, show_created_key};
use super::{Ctx, resolve};
use crate::operations::{self as ops, Role};
use clap::Subcommand;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// System service accounts (keys with a SYSTEM_* role)
    #[command(name = "service-account", visible_alias = "sa")]
    ServiceAccount {
        #[command(subcommand)]
        command: ServiceAccountCmd,
    },
}

#[derive(Debug, Subcommand)]
pub enum ServiceAccountCmd {
    /// List system service accounts
    List,
    /// Create one; its API key is shown once (or written to --key-file)
    Create {
        /// A label (the name shown in lists)
        #[arg(long)]
        label: String,
        /// A category for the service account (free text, e.g. CI)
        #[arg(long)]
        category: Option<String>,
        /// SYSTEM_ADMIN, SYSTEM_EDITOR or SYSTEM_VIEWER
        #[arg(long, default_value = "SYSTEM_VIEWER", value_parser = system_role)]
        role: Role,
        #[command(flatten)]
        key: KeyFileArgs,
    },
    /// Delete one
    Delete {
        /// The service account's id
        id: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub fn system_role(text: &str) -> Result<Role, String> {
    resolve::role(text, "SYSTEM_")
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    let Cmd::ServiceAccount { command } = args.command;
    match command {
        ServiceAccountCmd::List => {
            let r = client
                .execute::<ops::SystemServiceAccounts>(ops::system_service_accounts::Variables)
                .await?;
            ctx.out
                .data(&super::output::answer(r.raw), SERVICE_ACCOUNT_COLUMNS)
        }
        ServiceAccountCmd::Create {
            label,
            category,
            role,
            key,
        } => {
            key.check()?;
            let r = client
                .execute::<ops::CreateSystemServiceAccount>(
                    ops::create_system_service_account::Variables {
                        label,
                        category,
                        role,
                    },
                )
                .await?;
            let sa = r.data.create_system_service_account;
            let created = access::Created {
                key: sa.and_then(|s| s.api_key),
                answer: super::output::answer(r.raw),
            };
            show_created_key(ctx, created, key.key_file)
        }
        ServiceAccountCmd::Delete { id, yes } => {
            resolve::confirm(yes, &format!("Delete system service account {id}"))?;
            let r = client
                .execute::<ops::DeleteSystemServiceAccount>(
                    ops::delete_system_service_account::Variables {
                        service_account_uuid: id,
                    },
                )
                .await?;
            ctx.out.data(
                &super::output::answer(r.raw),
                &[("ID", "id"), ("LABEL", "label")],
            )
        }
    }
}
