//! `houston platform …`: the platform itself.

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
    /// The platform version and base domain (`appConfig`)
    Version,
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::Version => {
            let r = client
                .execute::<ops::PlatformInfo>(ops::platform_info::Variables)
                .await?;
            ctx.out.data(
                &r.raw["appConfig"],
                &[("VERSION", "version"), ("BASE DOMAIN", "baseDomain")],
            )
        }
    }
}
