//! `concierge script FILE`: run a scripted conversation and check every
//! expectation. [`parse`] is the format (documented there and in
//! docs/customer-cli.md), [`matcher`] decides matches and explains misses,
//! [`runner`] drives the connections.

pub mod matcher;
pub mod parse;
pub mod runner;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::target::{self, Server, TargetError};

#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Parse {
        path: PathBuf,
        source: parse::ParseError,
    },
    #[error(transparent)]
    Target(#[from] TargetError),
}

/// Run a scripted conversation and check what the daemon sends back.
///
/// A script is one step per line: connect actors (customers, staff) with
/// dev-login or tokens, make them say things, ask for a person, accept,
/// close and rate, and `expect` events (name + JSON subset and/or text)
/// within a time limit. The run stops at the first unmet expectation,
/// prints what was expected and what arrived, and exits with status 1.
///
/// Example (see docs/customer-cli.md for every step):
///   connect carol customer Carol ${RUN}
///   expect carol session_started
///   say carol Where is my order?
///   expect carol ai_message {"senderRole":"ai"} within 10
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ScriptArgs {
    /// The script file ("-" reads stdin).
    pub file: PathBuf,
    /// Daemon address [default: 127.0.0.1:7878]
    #[arg(long, env = "CONCIERGE_SERVER")]
    pub server: Option<String>,
    /// The daemon's data dir, whose jwt_secret signs dev-login tokens.
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print one JSON object with the result instead of step lines.
    #[arg(long)]
    pub json: bool,
}

pub async fn run(args: ScriptArgs) -> Result<ExitCode, ScriptError> {
    let text = if args.file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(&args.file)
    }
    .map_err(|source| ScriptError::Read {
        path: args.file.clone(),
        source,
    })?;
    let run_id = uuid::Uuid::new_v4().simple().to_string()[..8].to_string();
    let steps =
        parse::parse(&text, &run_id, &|name| std::env::var(name).ok()).map_err(|source| {
            ScriptError::Parse {
                path: args.file.clone(),
                source,
            }
        })?;
    let server = Server::parse(args.server.as_deref().unwrap_or(target::DEFAULT_SERVER))
        .map_err(target::TargetError::from)?;
    let runner = runner::Runner::new(server, args.data_dir.clone());
    let json = args.json;
    let outcome = runner
        .run(&steps, &mut |step| {
            if !json {
                println!("ok    line {:>3}  {}", step.line, step.text);
            }
        })
        .await;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&outcome).unwrap_or_default()
        );
    } else {
        print!("{}", render_failure(outcome.failure.as_ref()));
        println!(
            "{} of {} steps passed in {:.1}s{}",
            outcome.passed,
            outcome.steps,
            outcome.duration_ms as f64 / 1000.0,
            if outcome.ok { "" } else { " — FAILED" }
        );
    }
    Ok(if outcome.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The human-readable expected-vs-got block.
pub fn render_failure(f: Option<&runner::Failure>) -> String {
    let Some(f) = f else {
        return String::new();
    };
    let mut s = format!("FAIL  line {:>3}  {}\n", f.line, f.step);
    s.push_str(&format!("  expected: {}\n", f.expected));
    if !f.miss.got.is_empty() {
        s.push_str("  got (not matched):\n");
        for g in &f.miss.got {
            s.push_str(&format!("    {g}\n"));
        }
    }
    s.push_str("  difference:\n");
    for d in &f.miss.diff {
        s.push_str(&format!("    {d}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_reads_as_expected_versus_got() {
        let f = runner::Failure {
            line: 7,
            step: "expect carol transfer_accepted".into(),
            expected: "transfer_accepted within 10s".into(),
            miss: matcher::Miss {
                got: vec!["transfer_failed {\"reason\":\"no staff\"}".into()],
                diff: vec!["no transfer_accepted event arrived".into()],
            },
        };
        assert_eq!(
            render_failure(Some(&f)),
            "FAIL  line   7  expect carol transfer_accepted\n  expected: transfer_accepted within 10s\n  got (not matched):\n    transfer_failed {\"reason\":\"no staff\"}\n  difference:\n    no transfer_accepted event arrived\n"
        );
    }
}
