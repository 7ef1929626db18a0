//! Shell completions and the man page, generated from the clap definitions
//! so they cannot drift from the real flags (packaging/ calls these).

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::Cli;

/// Print a shell completion script: concierge completions bash > /etc/bash_completion.d/concierge
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

/// Print the man page (roff): concierge man > concierge.1
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn completions(args: CompletionsArgs) -> std::io::Result<ExitCode> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "concierge", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}

pub fn man(_: ManArgs) -> std::io::Result<ExitCode> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    std::io::stdout().write_all(&buf)?;
    Ok(ExitCode::SUCCESS)
}
