//! `concierge hours show|set|close|reopen|clear` (issue 17): business
//! hours over `/api/v1/hours`. Anyone signed in may show them; changing
//! them needs an admin token.

use std::process::ExitCode;

use serde_json::{Value, json};

use super::{Api, OpsCommon, OpsError, print_json, table};

/// Business hours: when staff are expected.
#[derive(Debug, clap::Args)]
pub struct HoursArgs {
    #[command(subcommand)]
    pub command: HoursCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum HoursCommand {
    /// Show the hours in force, whether the shop is open now and when it
    /// next opens.
    Show(OpsCommon),
    /// Replace the weekly hours (and time zone); closed days are kept
    /// unless --closed is given.
    Set(SetArgs),
    /// Close whole days: dates or ranges (2026-12-24..2026-12-26).
    Close(DaysArgs),
    /// Open days closed with `close` again (single dates: the daemon
    /// keeps a range as its days).
    Reopen(DaysArgs),
    /// Forget the hours set here; the config file's apply again.
    Clear(OpsCommon),
}

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// Weekly shifts, e.g. "mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00".
    pub weekly: String,
    /// IANA time zone (default: the one in force, else UTC).
    #[arg(long)]
    pub timezone: Option<String>,
    /// Closed days, replacing the ones in force (comma-separated).
    #[arg(long)]
    pub closed: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct DaysArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// Dates (YYYY-MM-DD) or ranges (YYYY-MM-DD..YYYY-MM-DD).
    #[arg(required = true)]
    pub days: Vec<String>,
}

pub async fn run(args: HoursArgs) -> Result<ExitCode, OpsError> {
    match args.command {
        HoursCommand::Show(c) => {
            let api = Api::new(&c.server)?;
            let v = api.json("/hours", &[]).await?;
            show(&v, c.json);
        }
        HoursCommand::Set(a) => {
            let api = Api::new(&a.common.server)?;
            let current = api.json("/hours", &[]).await?;
            let hours = current.get("hours").filter(|h| !h.is_null());
            let timezone = a
                .timezone
                .or_else(|| text(hours, "timezone"))
                .unwrap_or_else(|| "UTC".into());
            let closed: Vec<String> = match a.closed {
                Some(c) => split(&c),
                None => list(hours, "closed"),
            };
            let body = json!({ "timezone": timezone, "weekly": a.weekly, "closed": closed });
            put(&api, &body, a.common.json).await?;
        }
        HoursCommand::Close(a) => {
            let api = Api::new(&a.common.server)?;
            let (mut body, mut closed) = current(&api).await?;
            closed.extend(a.days.iter().flat_map(|d| split(d)));
            body["closed"] = json!(closed);
            put(&api, &body, a.common.json).await?;
        }
        HoursCommand::Reopen(a) => {
            let api = Api::new(&a.common.server)?;
            let (mut body, closed) = current(&api).await?;
            let reopen: Vec<String> = a.days.iter().flat_map(|d| split(d)).collect();
            let kept: Vec<String> = closed.into_iter().filter(|d| !reopen.contains(d)).collect();
            body["closed"] = json!(kept);
            put(&api, &body, a.common.json).await?;
        }
        HoursCommand::Clear(c) => {
            let api = Api::new(&c.server)?;
            let body = api.call(reqwest::Method::DELETE, "/hours", &[]).await?;
            let v: Value =
                serde_json::from_str(&body).map_err(|e| OpsError::NotJson(e.to_string()))?;
            show(&v, c.json);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The hours in force as a PUT body, and their closed days. Changing days
/// needs hours to change: with none set, say so.
async fn current(api: &Api) -> Result<(Value, Vec<String>), OpsError> {
    let v = api.json("/hours", &[]).await?;
    let Some(h) = v.get("hours").filter(|h| !h.is_null()) else {
        return Err(OpsError::Api {
            status: 409,
            code: "conflict".into(),
            message: "no business hours are set: run `concierge hours set` first".into(),
        });
    };
    let closed = list(Some(h), "closed");
    Ok((h.clone(), closed))
}

async fn put(api: &Api, body: &Value, as_json: bool) -> Result<(), OpsError> {
    let text = api
        .call_with(reqwest::Method::PUT, "/hours", &[], Some(body))
        .await?;
    let v: Value = serde_json::from_str(&text).map_err(|e| OpsError::NotJson(e.to_string()))?;
    show(&v, as_json);
    Ok(())
}

fn show(v: &Value, as_json: bool) {
    if as_json {
        print_json(v);
        return;
    }
    let hours = v.get("hours").filter(|h| !h.is_null());
    let flat = json!({
        "timezone": text(hours, "timezone").unwrap_or_else(|| "-".into()),
        "weekly": text(hours, "weekly").unwrap_or_else(|| "none set: staff are expected whenever online".into()),
        "closed": list(hours, "closed").join(", "),
        "openNow": v.get("openNow"),
        "staffAvailable": v.get("staffAvailable"),
        "nextOpening": v.get("nextOpening"),
    });
    print!("{}", table::key_values(&flat));
}

fn text(v: Option<&Value>, key: &str) -> Option<String> {
    v.and_then(|v| v.get(key))
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn list(v: Option<&Value>, key: &str) -> Vec<String> {
    v.and_then(|v| v.get(key))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect()
}
