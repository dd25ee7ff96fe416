//! `houston completion` and `houston man`: generated from the same clap definitions as `--help`,
//! so they never drift from the commands.

use super::{Cli, Ctx, usage};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct CompletionArgs {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    shell: Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write one page per command (houston.1, houston-workspace.1, …) into this directory
    /// instead of printing houston.1
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

pub fn completion(args: CompletionArgs) -> anyhow::Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "houston", &mut script);
    super::output::write_stdout(&String::from_utf8_lossy(&script))
}

pub fn man(args: ManArgs, ctx: &Ctx) -> anyhow::Result<()> {
    let command = Cli::command();
    match args.out_dir {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command).render(&mut page)?;
            super::output::write_stdout(&String::from_utf8_lossy(&page))
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| usage(format!("cannot create {}: {e}", dir.display())))?;
            clap_mangen::generate_to(command, &dir)?;
            ctx.out
                .message(&format!("Wrote the man pages to {}", dir.display()));
            Ok(())
        }
    }
}
