use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = concierged::cli::Cli::parse();
    match concierged::cli::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("concierged: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
