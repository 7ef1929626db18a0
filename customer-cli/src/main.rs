//! `concierge`: thin entry point. Everything lives in the library
//! (`concierge_cli`) so tests reach it; this only parses, starts logging and
//! turns the outcome into an exit code.

use std::process::ExitCode;

use clap::Parser;
use concierge_cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Logs go to stderr so stdout stays the user's output (pipes, --json).
    let filter = tracing_subscriber::EnvFilter::try_from_env("CONCIERGE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(cli.log_filter()));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("concierge: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(concierge_cli::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("concierge: {e:#}");
            ExitCode::FAILURE
        }
    }
}
