//! `houston user …`: users.

use super::Ctx;
use clap::Subcommand;
use houston::operations as ops;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Who the token belongs to, with every role binding
    Me,
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::Me => {
            let r = client
                .execute::<ops::CurrentUser>(ops::current_user::Variables)
                .await?;
            let mut me = r.raw["self"]["user"].clone();
            if me.is_null() {
                anyhow::bail!("the server did not say who this token belongs to");
            }
            me["isAdmin"] = r.raw["self"]["isAdmin"].clone();
            ctx.out.data(
                &me,
                &[
                    ("ID", "id"),
                    ("USERNAME", "username"),
                    ("NAME", "fullName"),
                    ("EMAIL", "emails.address"),
                    ("STATUS", "status"),
                    ("SYSTEM ADMIN", "isAdmin"),
                    ("ROLES", "roleBindings.role"),
                ],
            )
        }
    }
}
