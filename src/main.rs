//! The `houston` command. Everything it does is in the library; this is the command line.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
