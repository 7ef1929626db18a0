//! Issue 16: `concierge canned list|set|rm` (the team's shared replies,
//! over `/api/v1/canned-replies`: anyone on staff may list them, changing
//! them needs an admin token) and `concierge search` (full-text search
//! over transcripts, `/api/v1/search`: a customer token finds only that
//! customer's sessions).

use std::process::ExitCode;

use concierge_shared::text;
use serde_json::{Value, json};

use super::{Api, OpsCommon, OpsError, print_json, rows_of, segment, table};

/// Shared canned replies: what staff insert with /code in the console.
#[derive(Debug, clap::Args)]
pub struct CannedArgs {
    #[command(subcommand)]
    pub command: CannedCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum CannedCommand {
    /// List the shared replies.
    List(OpsCommon),
    /// Create or replace a reply (admin). TEXT may use {customer.name},
    /// {staff.name} and {order.id}, filled in by the console.
    Set(SetArgs),
    /// Delete a reply (admin).
    Rm(RmArgs),
}

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// The code typed after `/`: a-z, 0-9, '-' and '_', at most 32
    /// characters (`note` and `order` are console commands).
    pub code: String,
    /// The reply's text (at most 2000 characters).
    pub text: String,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    pub code: String,
}

/// Find messages by the words in them, newest first.
///
/// Every word must appear; punctuation and operators are ignored. Staff
/// and admins search every transcript, a customer token only its own.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// The words to look for.
    pub query: String,
    /// Results per page (1 to 50).
    #[arg(long)]
    pub limit: Option<u32>,
    /// Follow the cursor and fetch every page (bounded to 20 pages).
    #[arg(long)]
    pub all: bool,
}

pub async fn canned(args: CannedArgs) -> Result<ExitCode, OpsError> {
    match args.command {
        CannedCommand::List(c) => {
            let api = Api::new(&c.server)?;
            let v = api.json("/canned-replies", &[]).await?;
            if c.json {
                print_json(&v);
            } else {
                let rows: Vec<Value> = rows_of(&v, "replies")
                    .iter()
                    .map(|r| {
                        json!({
                            "code": format!("/{}", table::cell(r.get("code"))),
                            "body": one_line(r.get("body")),
                            "updatedBy": r.get("updatedBy"),
                            "updatedAt": r.get("updatedAt"),
                        })
                    })
                    .collect();
                if rows.is_empty() {
                    eprintln!(
                        "no shared replies yet: add one with `concierge canned set CODE TEXT`"
                    );
                } else {
                    let cols = table::columns(&rows, &["code", "body", "updatedBy", "updatedAt"]);
                    print!("{}", table::render(&rows, &cols));
                }
            }
        }
        CannedCommand::Set(a) => {
            let api = Api::new(&a.common.server)?;
            let path = format!("/canned-replies/{}", segment(&a.code));
            let body = json!({ "body": a.text });
            let text = api
                .call_with(reqwest::Method::PUT, &path, &[], Some(&body))
                .await?;
            let v: Value =
                serde_json::from_str(&text).map_err(|e| OpsError::NotJson(e.to_string()))?;
            if a.common.json {
                print_json(&v);
            } else {
                println!("/{} saved", a.code);
            }
        }
        CannedCommand::Rm(a) => {
            let api = Api::new(&a.common.server)?;
            let path = format!("/canned-replies/{}", segment(&a.code));
            let text = api.call(reqwest::Method::DELETE, &path, &[]).await?;
            if a.common.json {
                let v: Value =
                    serde_json::from_str(&text).map_err(|e| OpsError::NotJson(e.to_string()))?;
                print_json(&v);
            } else {
                println!("/{} deleted", a.code);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn search(args: SearchArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let mut query = vec![("q", args.query.clone())];
    if let Some(l) = args.limit {
        query.push(("limit", l.to_string()));
    }
    let mut items = Vec::new();
    let mut last = Value::Null;
    for _ in 0..if args.all { 20 } else { 1 } {
        let page = api.json("/search", &query).await?;
        items.extend(rows_of(&page, "items"));
        let cursor = page
            .get("nextCursor")
            .and_then(Value::as_str)
            .map(str::to_string);
        last = page;
        match cursor {
            Some(c) => {
                query.retain(|(k, _)| *k != "cursor");
                query.push(("cursor", c));
            }
            None => break,
        }
    }
    if args.common.json {
        if args.all {
            print_json(&json!({ "items": items, "nextCursor": null }));
        } else {
            print_json(&last);
        }
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        eprintln!("no message holds every word of {:?}", args.query);
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Value> = items
        .iter()
        .map(|h| {
            json!({
                "createdAt": h.get("createdAt"),
                "sessionUuid": h.get("sessionUuid"),
                "seq": h.get("seq"),
                "customer": h.get("customerName").filter(|n| !n.is_null()).or(h.get("customerId")),
                "from": h.get("senderRole"),
                "snippet": one_line(h.get("snippet")),
            })
        })
        .collect();
    let cols = table::columns(
        &rows,
        &[
            "createdAt",
            "sessionUuid",
            "seq",
            "customer",
            "from",
            "snippet",
        ],
    );
    print!("{}", table::render(&rows, &cols));
    if !args.all && last.get("nextCursor").is_some_and(|c| !c.is_null()) {
        eprintln!("(more results: pass --all)");
    }
    Ok(ExitCode::SUCCESS)
}

/// A table cell from text people wrote: inert, on one line, not too long.
fn one_line(v: Option<&Value>) -> String {
    let joined = text::lines(&table::cell(v)).join(" ⏎ ");
    let mut s: String = joined.chars().take(80).collect();
    if joined.chars().count() > 80 {
        s.push('…');
    }
    s
}
