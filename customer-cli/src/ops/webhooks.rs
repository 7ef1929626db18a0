//! `concierge webhooks dead|replay|drop`: webhook events the daemon set
//! aside after too many attempts or too long (dead letters), over
//! `/api/v1/webhooks/dead` (admin).

use std::process::ExitCode;

use serde_json::Value;

use super::{Api, OpsCommon, OpsError, print_json, rows_of, segment, table};

/// Webhook dead letters: list them, send one again, or give one up.
///
/// Each dead letter pauses its session's later events (so the receiver
/// still gets them in order); replaying or dropping it resumes the session.
#[derive(Debug, clap::Args)]
pub struct WebhooksArgs {
    #[command(subcommand)]
    pub command: WebhooksCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum WebhooksCommand {
    /// List dead letters, oldest first, with how many events each holds up.
    Dead(DeadArgs),
    /// Send a dead letter again, from its first attempt.
    Replay(EventArgs),
    /// Delete a dead letter unsent; its session goes on with the next event.
    Drop(DropArgs),
}

#[derive(Debug, clap::Args)]
pub struct DeadArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// At most this many (1–500).
    #[arg(long)]
    pub limit: Option<u32>,
}

#[derive(Debug, clap::Args)]
pub struct EventArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// The event's id (`eventId` in `concierge webhooks dead`).
    pub event_id: String,
}

#[derive(Debug, clap::Args)]
pub struct DropArgs {
    #[command(flatten)]
    pub event: EventArgs,
    /// Confirm: the event is deleted and never sent.
    #[arg(long)]
    pub yes: bool,
}

pub async fn run(args: WebhooksArgs) -> Result<ExitCode, OpsError> {
    match args.command {
        WebhooksCommand::Dead(a) => dead(a).await,
        WebhooksCommand::Replay(a) => act(a, reqwest::Method::POST, "/replay").await,
        WebhooksCommand::Drop(a) => {
            if !a.yes {
                return Err(OpsError::NotConfirmedDrop(a.event.event_id));
            }
            act(a.event, reqwest::Method::DELETE, "").await
        }
    }
}

async fn dead(args: DeadArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let mut query = Vec::new();
    if let Some(l) = args.limit {
        query.push(("limit", l.to_string()));
    }
    let v = api.json("/webhooks/dead", &query).await?;
    if args.common.json {
        print_json(&v);
        return Ok(ExitCode::SUCCESS);
    }
    let rows = rows_of(&v, "items");
    let cols = table::columns(
        &rows,
        &[
            "eventId",
            "event",
            "sessionUuid",
            "attempts",
            "held",
            "deadAt",
            "lastError",
        ],
    );
    print!("{}", table::render(&rows, &cols));
    let shown = rows.len() as u64;
    if let Some(total) = v.get("total").and_then(Value::as_u64)
        && total > shown
    {
        eprintln!("({total} dead letters in all: pass --limit)");
    }
    Ok(ExitCode::SUCCESS)
}

async fn act(args: EventArgs, method: reqwest::Method, suffix: &str) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let path = format!("/webhooks/dead/{}{suffix}", segment(&args.event_id));
    let body = api.call(method, &path, &[]).await?;
    let v: Value = serde_json::from_str(&body).map_err(|e| OpsError::NotJson(e.to_string()))?;
    if args.common.json {
        print_json(&v);
    } else {
        print!("{}", table::key_values(&v));
    }
    Ok(ExitCode::SUCCESS)
}
