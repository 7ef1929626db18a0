//! `concierge-agent`: parse flags, start the log file, run the console.

use anyhow::Context;
use clap::Parser;
use concierge_agent::cli::Cli;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if cli.generate_docs().context("generating docs")? {
        return Ok(());
    }
    let config = cli.resolve().context("reading configuration")?;
    let _log = concierge_agent::logging::init(&config.log_dir)
        .with_context(|| format!("creating the log dir {}", config.log_dir.display()))?;
    concierge_agent::run(config)
        .await
        .context("console stopped")?;
    Ok(())
}
