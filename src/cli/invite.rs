//! `houston invite …`: pending invitations to the platform or a workspace.

use super::output::sorted;
use super::{Ctx, resolve};
use crate::operations as ops;
use clap::Subcommand;

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// List pending invitations (of --workspace, or to the platform)
    List,
    /// Invite someone to the platform (to a workspace: `houston workspace user add`)
    Create {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: String,
    },
    /// Revoke an invitation by id
    Revoke {
        /// The invite's id (from `houston invite list`)
        id: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

const COLUMNS: &[(&str, &str)] = &[
    ("ID", "id"),
    ("EMAIL", "email"),
    ("ROLE", "role"),
    ("CREATED", "createdAt"),
];

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::List => match &ctx.global.workspace {
            Some(w) => {
                let w = resolve::workspace(ctx, &client, Some(w)).await?;
                let r = client
                    .execute::<ops::WorkspaceInvites>(ops::workspace_invites::Variables {
                        workspace_uuid: w.id,
                    })
                    .await?;
                ctx.out
                    .data(&sorted(super::output::answer(r.raw), "email"), COLUMNS)
            }
            None => {
                let r = client
                    .execute::<ops::Invites>(ops::invites::Variables { invite: None })
                    .await?;
                ctx.out
                    .data(&sorted(super::output::answer(r.raw), "email"), COLUMNS)
            }
        },
        Cmd::Create { email } => {
            let r = client
                .execute::<ops::InviteUser>(ops::invite_user::Variables {
                    email: email.clone(),
                })
                .await?;
            ctx.out.message(&format!("Invited {email} to the platform"));
            ctx.out.data(&crate::cli::output::answer(r.raw), COLUMNS)
        }
        Cmd::Revoke { id, yes } => {
            let workspace = match &ctx.global.workspace {
                Some(w) => Some(resolve::workspace(ctx, &client, Some(w)).await?.id),
                None => None,
            };
            resolve::confirm(yes, &format!("Revoke invitation {id}"))?;
            let r = client
                .execute::<ops::DeleteInviteToken>(ops::delete_invite_token::Variables {
                    invite_uuid: Some(id),
                    workspace_uuid: workspace,
                })
                .await?;
            ctx.out.data(
                &crate::cli::output::answer(r.raw),
                &[("ID", "id"), ("EMAIL", "email")],
            )
        }
    }
}
