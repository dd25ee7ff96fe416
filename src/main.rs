//! The `houston` command. Everything it does is in the library (the command line in its `cli`
//! module, behind the `cli` feature); this is its entry point.

fn main() -> std::process::ExitCode {
    houston::cli_main()
}
