//! Ops commands over the daemon's HTTP API (`/api/v1`, bearer token):
//! `sessions`, `transcript`, `stats`, `staff`, `export`, `forget`,
//! `webhooks` (dead letters, in `webhooks.rs`).
//! Aligned tables by default, the API's JSON with `--json`.

pub mod desk; // issue 16: canned, search
pub mod hours; // issue 17
mod table;
pub mod webhooks;

use std::path::PathBuf;
use std::process::ExitCode;

use concierge_shared::Role;
use serde_json::Value;

use crate::target::{ServerArgs, Target, TargetError};

#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    #[error(transparent)]
    Target(#[from] TargetError),
    #[error("request to {url} failed: {source}")]
    Http { url: String, source: reqwest::Error },
    #[error("{status}: {code}: {message}")]
    Api {
        status: u16,
        code: String,
        message: String,
    },
    #[error(
        "the daemon answered {status} without an API error body; is /api/v1 available in this version? ({url})"
    )]
    NoApi { status: u16, url: String },
    #[error("the daemon's answer is not JSON: {0}")]
    NotJson(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "`forget` deletes every message and session of customer {0}; run again with --yes to do it"
    )]
    NotConfirmed(String),
    #[error(
        "`webhooks drop` deletes event {0} without ever sending it; run again with --yes to do it"
    )]
    NotConfirmedDrop(String),
}

/// Options every ops command shares.
#[derive(Debug, clap::Args)]
pub struct OpsCommon {
    #[command(flatten)]
    pub server: ServerArgs,
    /// Print the API's JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// List chat sessions (newest first), optionally filtered.
///
/// Needs a staff or admin token (--dev-login mints an admin one).
#[derive(Debug, clap::Args)]
pub struct SessionsArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// Only sessions with this status.
    #[arg(long, value_parser = ["active", "waiting", "closed"])]
    pub status: Option<String>,
    /// Only sessions assigned to this staff id.
    #[arg(long, value_name = "STAFF_ID")]
    pub staff: Option<String>,
    /// Only sessions of this customer id.
    #[arg(long, value_name = "CUSTOMER_ID")]
    pub customer: Option<String>,
    /// Only sessions of this type.
    #[arg(long = "type", value_name = "TYPE", value_parser = ["ai", "human"])]
    pub session_type: Option<String>,
    /// Created at or after (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Created before (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Sessions per page.
    #[arg(long)]
    pub limit: Option<u32>,
    /// Follow the cursor and fetch every page (bounded to 100 pages).
    #[arg(long)]
    pub all: bool,
    /// Only sessions carrying this label (e.g. refund, handover:order_change).
    #[arg(long, value_name = "LABEL")]
    pub label: Option<String>,
    /// Print CSV instead (one row per session, every match up to 50 000;
    /// cells starting with = + - @ are prefixed with ' so spreadsheets do
    /// not run them).
    #[arg(long, conflicts_with_all = ["json", "all", "limit"])]
    pub csv: bool,
}

/// Show one session's transcript.
#[derive(Debug, clap::Args)]
pub struct TranscriptArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// The session's UUID (see `concierge sessions`).
    pub session: String,
    /// md: readable Markdown; json: the messages as JSON.
    #[arg(long, value_parser = ["md", "json"], default_value = "md")]
    pub format: String,
}

/// Show analytics: sessions, first response time, resolution, escalation
/// rate, CSAT, staff workload.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// Start of the period (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// End of the period (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
}

/// List staff members with their presence and workload.
#[derive(Debug, clap::Args)]
pub struct StaffArgs {
    #[command(flatten)]
    pub common: OpsCommon,
}

/// Export everything stored about one customer (JSON), e.g. for a data
/// access request.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// The export is always JSON; accepted so every ops command takes it.
    #[arg(long, hide = true)]
    pub json: bool,
    /// The customer's user id (the token's `sub`).
    #[arg(long, value_name = "ID")]
    pub customer: String,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Delete everything stored about one customer (right to be forgotten).
#[derive(Debug, clap::Args)]
pub struct ForgetArgs {
    #[command(flatten)]
    pub common: OpsCommon,
    /// The customer's user id (the token's `sub`).
    #[arg(long, value_name = "ID")]
    pub customer: String,
    /// Confirm the deletion (it cannot be undone).
    #[arg(long)]
    pub yes: bool,
}

struct Api {
    http: reqwest::Client,
    base: String,
    target: Target,
}

impl Api {
    fn new(server: &ServerArgs) -> Result<Self, OpsError> {
        let target = server.resolve(Role::Admin)?;
        Ok(Self {
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(30))
                .build()
                .map_err(|source| OpsError::Http {
                    url: String::new(),
                    source,
                })?,
            base: format!("{}/api/v1", target.server.http_base()),
            target,
        })
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<String, OpsError> {
        self.call_with(method, path, query, None).await
    }

    /// [`Api::call`] with a JSON body.
    async fn call_with(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &[(&str, String)],
        json: Option<&Value>,
    ) -> Result<String, OpsError> {
        let url = format!("{}{path}", self.base);
        let http_err = |source| OpsError::Http {
            url: url.clone(),
            source,
        };
        let mut req = self
            .http
            .request(method, &url)
            .bearer_auth(self.target.token.expose())
            .query(query);
        if let Some(body) = json {
            req = req.json(body);
        }
        let resp = req.send().await.map_err(http_err)?;
        let status = resp.status();
        let body = resp.text().await.map_err(http_err)?;
        if status.is_success() {
            return Ok(body);
        }
        match serde_json::from_str::<Value>(&body) {
            Ok(v) if v.get("error").is_some() => Err(OpsError::Api {
                status: status.as_u16(),
                code: table::cell(v.get("error")),
                message: table::cell(v.get("message")),
            }),
            _ => Err(OpsError::NoApi {
                status: status.as_u16(),
                url,
            }),
        }
    }

    async fn json(&self, path: &str, query: &[(&str, String)]) -> Result<Value, OpsError> {
        let body = self.call(reqwest::Method::GET, path, query).await?;
        serde_json::from_str(&body).map_err(|e| OpsError::NotJson(e.to_string()))
    }
}

fn print_json(v: &Value) {
    println!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

/// The rows of a list answer: a bare array, or the first array field.
fn rows_of(v: &Value, key: &str) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        Value::Object(o) => o
            .get(key)
            .or_else(|| o.values().find(|x| x.is_array()))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn some(q: &mut Vec<(&'static str, String)>, k: &'static str, v: &Option<String>) {
    if let Some(v) = v {
        q.push((k, v.clone()));
    }
}

/// Path segments are ids typed by the user: keep them to one segment.
fn segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn sessions(args: SessionsArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let mut query = Vec::new();
    some(&mut query, "status", &args.status);
    some(&mut query, "staff", &args.staff);
    some(&mut query, "customer", &args.customer);
    some(&mut query, "type", &args.session_type);
    some(&mut query, "from", &args.from);
    some(&mut query, "to", &args.to);
    some(&mut query, "label", &args.label);
    if args.csv {
        // Issue 16: the daemon writes the CSV; printed as it comes.
        let body = api
            .call(reqwest::Method::GET, "/sessions.csv", &query)
            .await?;
        print!("{body}");
        return Ok(ExitCode::SUCCESS);
    }
    some(&mut query, "limit", &args.limit.map(|l| l.to_string()));
    let mut rows = Vec::new();
    let mut last = Value::Null;
    for _ in 0..if args.all { 100 } else { 1 } {
        let page = api.json("/sessions", &query).await?;
        rows.extend(rows_of(&page, "items"));
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
            print_json(&Value::Array(rows));
        } else {
            print_json(&last);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let cols = table::columns(
        &rows,
        &[
            "sessionUuid",
            "userId",
            "userName",
            "staffId",
            "sessionType",
            "status",
            "lastSeq",
            "updatedAt",
        ],
    );
    print!("{}", table::render(&rows, &cols));
    if !args.all && last.get("nextCursor").is_some_and(|c| !c.is_null()) {
        eprintln!("(more sessions: pass --all)");
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn transcript(args: TranscriptArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let path = format!("/sessions/{}/transcript", segment(&args.session));
    let format = if args.common.json {
        "json".to_string()
    } else {
        args.format
    };
    let body = api
        .call(reqwest::Method::GET, &path, &[("format", format.clone())])
        .await?;
    if format == "json" {
        match serde_json::from_str::<Value>(&body) {
            Ok(v) => print_json(&v),
            Err(_) => print!("{body}"),
        }
    } else {
        print!("{body}");
        if !body.ends_with('\n') {
            println!();
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn stats(args: StatsArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let mut query = Vec::new();
    some(&mut query, "from", &args.from);
    some(&mut query, "to", &args.to);
    let mut v = api.json("/stats", &query).await?;
    if args.common.json {
        print_json(&v);
    } else {
        // Issue 16: one line per label (`labels.refund  3`).
        if let Some(labels) = v.get("labels").and_then(Value::as_array).cloned() {
            let by_label: serde_json::Map<String, Value> = labels
                .iter()
                .filter_map(|l| {
                    Some((
                        l.get("label")?.as_str()?.to_string(),
                        l.get("sessions")?.clone(),
                    ))
                })
                .collect();
            v["labels"] = Value::Object(by_label);
        }
        print!("{}", table::key_values(&v));
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn staff(args: StaffArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.common.server)?;
    let v = api.json("/staff", &[]).await?;
    if args.common.json {
        print_json(&v);
    } else {
        let rows = rows_of(&v, "items");
        let cols = table::columns(
            &rows,
            &[
                "staffId",
                "name",
                "isOnline",
                "isAvailable",
                "currentChats",
                "maxConcurrentChats",
            ],
        );
        print!("{}", table::render(&rows, &cols));
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn export(args: ExportArgs) -> Result<ExitCode, OpsError> {
    let api = Api::new(&args.server)?;
    let path = format!("/customers/{}/export", segment(&args.customer));
    let v = api.json(&path, &[]).await?;
    let text = serde_json::to_string_pretty(&v).unwrap_or_default();
    match args.output {
        Some(path) => {
            std::fs::write(&path, text + "\n").map_err(|source| OpsError::Write { path, source })?
        }
        None => println!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn forget(args: ForgetArgs) -> Result<ExitCode, OpsError> {
    if !args.yes {
        return Err(OpsError::NotConfirmed(args.customer));
    }
    let api = Api::new(&args.common.server)?;
    let path = format!("/customers/{}", segment(&args.customer));
    let body = api.call(reqwest::Method::DELETE, &path, &[]).await?;
    let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    if args.common.json {
        print_json(&v);
    } else if v.is_object() {
        print!("{}", table::key_values(&v));
    } else {
        println!("customer {} forgotten", args.customer);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_stay_one_path_segment() {
        assert_eq!(segment("c-1_x.y"), "c-1_x.y");
        assert_eq!(segment("../admin"), "..%2Fadmin");
        assert_eq!(segment("a b"), "a%20b");
    }

    #[test]
    fn list_rows_come_from_an_array_or_its_field() {
        assert_eq!(rows_of(&json!([{"a":1}]), "sessions").len(), 1);
        assert_eq!(
            rows_of(
                &json!({"sessions":[{"a":1},{"a":2}],"nextCursor":null}),
                "sessions"
            )
            .len(),
            2
        );
        assert_eq!(rows_of(&json!({"items":[{"a":1}]}), "sessions").len(), 1);
    }
}
