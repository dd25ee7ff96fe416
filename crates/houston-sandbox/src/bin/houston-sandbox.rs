//! The emulator alone in its process: `houston-sandbox DATA_DIR [LISTEN_ADDR]` serves until
//! SIGTERM or Ctrl-C and prints `listening on URL` once it accepts. `houston sandbox serve` is
//! the command people use; this binary exists so the emulator's own tests and benchmarks can
//! measure a server process that holds nothing else (its memory, CPU time and threads, and how
//! it stops on a signal).

use houston_sandbox::{Sandbox, SandboxOptions};
use std::io::Write as _;

fn main() -> std::process::ExitCode {
    // The runtime `houston sandbox serve` builds, so what the tests measure here is what people run.
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_keep_alive(houston_sandbox::BLOCKING_THREAD_KEEP_ALIVE)
        .build()
    {
        Ok(runtime) => runtime.block_on(serve()),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve() -> std::process::ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: houston-sandbox DATA_DIR [LISTEN_ADDR]");
        return std::process::ExitCode::from(2);
    };
    let listen = match args.next().map(|a| a.to_string_lossy().parse()) {
        None => "127.0.0.1:0".parse().expect("a socket address"),
        Some(Ok(addr)) => addr,
        Some(Err(e)) => {
            eprintln!("LISTEN_ADDR: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match Sandbox::start(SandboxOptions::new(dir).listen(listen)).await {
        Ok(sandbox) => {
            println!("listening on {}", sandbox.url());
            let _ = std::io::stdout().flush();
            sandbox.wait_for_signal().await;
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
