//! The `concierge` command-line client, as a library so tests reach it.
//!
//! Map (one module per subcommand, each with its own clap `Args` and `run`):
//! - [`chat`]: `concierge chat`, interactive customer chat. `chat::state` is
//!   the pure core (outbox, dedupe by seq, what to show); `chat::io` is the
//!   terminal (rustyline) or pipe.
//! - [`script`]: `concierge script FILE`, scripted conversations with
//!   expectations. `script::parse` is the file format, `script::matcher` the
//!   event matching and expected-vs-got diff, `script::runner` the actors.
//! - [`load`]: `concierge load`, many customers and staff bots.
//!   `load::report` holds the histograms and the report, `load::bots` the
//!   simulated users, `load::sys` file limits, source addresses and RSS.
//! - [`ops`]: `sessions`, `transcript`, `stats`, `staff`, `export`, `forget`,
//!   `webhooks` over the daemon's HTTP API (`/api/v1`).
//! - [`docgen`]: hidden `completions` and `man`, generated from [`Cli`].
//! - Shared pieces: [`target`] (server, token, `--dev-login`, config file)
//!   and [`ws`] (connecting with a small read buffer, frame IO).
//!
//! A new subcommand: add a module with `Args` + `run`, a variant to
//! [`Command`], and a line to [`run`].

pub mod chat;
pub mod docgen;
pub mod load;
pub mod ops;
pub mod script;
pub mod target;
pub use concierge_client::ws;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Concierge from the command line: chat as a customer, run scripted
/// conversations, generate load, and look at sessions and statistics.
///
/// Start a daemon (`concierged serve`), then try:
///   concierge chat --dev-login Carol
/// Every subcommand has its own --help.
#[derive(Debug, Parser)]
#[command(
    name = "concierge",
    version,
    verbatim_doc_comment,
    propagate_version = true
)]
pub struct Cli {
    /// More logging on stderr (-v debug, -vv trace); CONCIERGE_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    pub fn log_filter(&self) -> &'static str {
        match self.verbose {
            0 => "warn",
            1 => "concierge_cli=debug,info",
            _ => "trace",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Chat(chat::ChatArgs),
    Script(script::ScriptArgs),
    Load(load::LoadArgs),
    Sessions(ops::SessionsArgs),
    Transcript(ops::TranscriptArgs),
    Stats(ops::StatsArgs),
    Staff(ops::StaffArgs),
    Export(ops::ExportArgs),
    Forget(ops::ForgetArgs),
    Webhooks(ops::webhooks::WebhooksArgs),
    Hours(ops::hours::HoursArgs),
    // Issue 16.
    Canned(ops::desk::CannedArgs),
    Search(ops::desk::SearchArgs),
    #[command(hide = true)]
    Completions(docgen::CompletionsArgs),
    #[command(hide = true)]
    Man(docgen::ManArgs),
}

/// Everything a subcommand can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Chat(#[from] chat::ChatError),
    #[error(transparent)]
    Script(#[from] script::ScriptError),
    #[error(transparent)]
    Load(#[from] load::LoadError),
    #[error(transparent)]
    Ops(#[from] ops::OpsError),
    #[error(transparent)]
    Gen(#[from] std::io::Error),
}

pub async fn run(cli: Cli) -> Result<ExitCode, Error> {
    Ok(match cli.command {
        Command::Chat(a) => chat::run(a).await?,
        Command::Script(a) => script::run(a).await?,
        Command::Load(a) => load::run(a).await?,
        Command::Sessions(a) => ops::sessions(a).await?,
        Command::Transcript(a) => ops::transcript(a).await?,
        Command::Stats(a) => ops::stats(a).await?,
        Command::Staff(a) => ops::staff(a).await?,
        Command::Export(a) => ops::export(a).await?,
        Command::Forget(a) => ops::forget(a).await?,
        Command::Webhooks(a) => ops::webhooks::run(a).await?,
        Command::Hours(a) => ops::hours::run(a).await?,
        Command::Canned(a) => ops::desk::canned(a).await?,
        Command::Search(a) => ops::desk::search(a).await?,
        Command::Completions(a) => docgen::completions(a)?,
        Command::Man(a) => docgen::man(a)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_subcommand_parses_its_common_form() {
        for argv in [
            &[
                "concierge",
                "chat",
                "--dev-login",
                "Carol",
                "--data-dir",
                "/tmp/x",
            ][..],
            &["concierge", "script", "conv.txt", "--json"],
            &[
                "concierge",
                "load",
                "--customers",
                "10",
                "--staff",
                "2",
                "--duration",
                "5s",
            ],
            &[
                "concierge",
                "load",
                "--connect-only",
                "--customers",
                "50000",
            ],
            &["concierge", "sessions", "--status", "waiting", "--json"],
            &["concierge", "transcript", "abc", "--format", "md"],
            &["concierge", "stats", "--from", "2025-01-01"],
            &["concierge", "export", "--customer", "c1"],
            &["concierge", "forget", "--customer", "c1", "--yes"],
            &["concierge", "webhooks", "dead", "--json"],
            &["concierge", "webhooks", "replay", "abc"],
            &["concierge", "webhooks", "drop", "abc", "--yes"],
            &["concierge", "completions", "bash"],
            &["concierge", "man"],
        ] {
            if let Err(e) = Cli::try_parse_from(argv) {
                panic!("{argv:?}: {e}");
            }
        }
    }

    #[test]
    fn dev_id_needs_dev_login() {
        assert!(Cli::try_parse_from(["concierge", "chat", "--dev-id", "x"]).is_err());
        assert!(
            Cli::try_parse_from(["concierge", "chat", "--token", "t", "--dev-login", "C"]).is_err()
        );
    }
}
