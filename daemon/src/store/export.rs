//! `concierged export` / `import`: every table as JSON lines, the same on
//! both engines, so a SQLite database can move to PostgreSQL (and back).
//!
//! The first line is a header (`format`, `version`, `schemaVersion`,
//! `engine`, `exportedAt`); then one `{"table": …, "row": {…}}` line per
//! row, tables in an order that satisfies every foreign key on replay.
//! Values are JSON numbers, strings, booleans (the flag columns, whatever
//! the engine stores) or null; times stay integer milliseconds.
//!
//! Import goes into an empty database at the same schema version, all in
//! one transaction: it changes nothing unless every line is stored.

use std::io::{BufRead, Write};

use serde_json::{Map, Value, json};

use super::db::{Arg, Db, Engine};
use super::{StoreError, postgres, schema};

/// The `format` of the header line.
pub const FORMAT: &str = "concierge-export";
/// The version of this file format.
pub const VERSION: u32 = 1;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Text,
    Bool,
}
use Kind::{Bool, Int, Text};

struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Kind)],
    /// Order of export (and so of replay).
    order: &'static str,
    /// An identity column whose sequence must continue after import.
    identity: bool,
}

/// Every table, parents before children. `webhook_settings` comes last so
/// that the triggers stay off while rows are replayed.
const TABLES: &[Table] = &[
    Table {
        name: "users",
        columns: &[
            ("id", Text),
            ("name", Text),
            ("role", Text),
            ("email", Text),
            ("first_seen", Int),
            ("last_seen", Int),
        ],
        order: "id",
        identity: false,
    },
    Table {
        name: "chat_sessions",
        columns: &[
            ("id", Int),
            ("uuid", Text),
            ("user_id", Text),
            ("user_name", Text),
            ("staff_id", Text),
            ("session_type", Text),
            ("status", Text),
            ("last_seq", Int),
            ("ai_failures", Int),
            ("summary", Text),
            ("created_at", Int),
            ("updated_at", Int),
            ("last_activity", Int),
            ("closed_at", Int),
            ("closed_by", Text),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "chat_messages",
        columns: &[
            ("id", Int),
            ("session_id", Int),
            ("seq", Int),
            ("sender_id", Text),
            ("sender_name", Text),
            ("sender_role", Text),
            ("message_type", Text),
            ("content", Text),
            ("ai_generated", Bool),
            ("client_msg_id", Text),
            ("created_at", Int),
            ("read_at", Int),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "staff_availability",
        columns: &[
            ("staff_id", Text),
            ("name", Text),
            ("is_online", Bool),
            ("is_available", Bool),
            ("max_concurrent_chats", Int),
            ("last_heartbeat", Int),
            ("updated_at", Int),
        ],
        order: "staff_id",
        identity: false,
    },
    Table {
        name: "chat_transfer_requests",
        columns: &[
            ("id", Int),
            ("session_id", Int),
            ("customer_id", Text),
            ("customer_name", Text),
            ("reason", Text),
            ("summary", Text),
            ("status", Text),
            ("priority", Int),
            ("staff_id", Text),
            ("created_at", Int),
            ("resolved_at", Int),
            ("outcome", Text),
            // issue 16
            ("from_staff_id", Text),
            ("target_staff_id", Text),
            ("note", Text),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "transfer_declines",
        columns: &[
            ("request_id", Int),
            ("staff_id", Text),
            ("reason", Text),
            ("created_at", Int),
        ],
        order: "request_id, staff_id",
        identity: false,
    },
    Table {
        name: "session_ratings",
        columns: &[
            ("session_id", Int),
            ("rating", Int),
            ("comment", Text),
            ("created_at", Int),
        ],
        order: "session_id",
        identity: false,
    },
    Table {
        name: "audit_log",
        columns: &[
            ("id", Int),
            ("actor_id", Text),
            ("actor_role", Text),
            ("action", Text),
            ("target", Text),
            ("details", Text),
            ("created_at", Int),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "webhook_outbox",
        columns: &[
            ("id", Int),
            ("event_id", Text),
            ("event", Text),
            ("session_uuid", Text),
            ("data", Text),
            ("created_at", Int),
            ("attempts", Int),
            ("next_attempt_at", Int),
            ("delivered_at", Int),
            ("last_error", Text),
            ("dead_at", Int),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "leases",
        columns: &[("name", Text), ("holder", Text), ("expires_at", Int)],
        order: "name",
        identity: false,
    },
    // issue 17
    Table {
        name: "business_hours",
        columns: &[("id", Int), ("spec", Text), ("updated_at", Int)],
        order: "id",
        identity: false,
    },
    Table {
        name: "left_messages",
        columns: &[
            ("id", Int),
            ("session_uuid", Text),
            ("customer_id", Text),
            ("customer_name", Text),
            ("email", Text),
            ("summary", Text),
            ("status", Text),
            ("outside_hours", Bool),
            ("created_at", Int),
            ("answered_at", Int),
            ("answered_by", Text),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "mail_outbox",
        columns: &[
            ("id", Int),
            ("kind", Text),
            ("recipient", Text),
            ("subject", Text),
            ("body_text", Text),
            ("body_html", Text),
            ("customer_id", Text),
            ("created_at", Int),
            ("attempts", Int),
            ("next_attempt_at", Int),
            ("sent_at", Int),
            ("last_error", Text),
            ("dead_at", Int),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "queue_alerts",
        columns: &[
            ("request_id", Int),
            ("session_uuid", Text),
            ("waiting_since", Int),
            ("created_at", Int),
        ],
        order: "request_id",
        identity: false,
    },
    Table {
        name: "transcript_at_close",
        columns: &[
            ("session_uuid", Text),
            ("customer_id", Text),
            ("email", Text),
            ("created_at", Int),
        ],
        order: "session_uuid",
        identity: false,
    },
    // Issue 16: private notes and labels.
    Table {
        name: "session_notes",
        columns: &[
            ("id", Int),
            ("session_id", Int),
            ("author_id", Text),
            ("author_name", Text),
            ("body", Text),
            ("created_at", Int),
        ],
        order: "id",
        identity: true,
    },
    Table {
        name: "session_labels",
        columns: &[
            ("session_id", Int),
            ("label", Text),
            ("set_by", Text),
            ("created_at", Int),
        ],
        order: "session_id, label",
        identity: false,
    },
    Table {
        name: "webhook_settings",
        columns: &[("id", Int), ("enabled", Bool)],
        order: "id",
        identity: false,
    },
];

/// Every table an export holds, in replay order.
pub fn tables() -> impl Iterator<Item = &'static str> {
    TABLES.iter().map(|t| t.name)
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("line {line}: {message}")]
    Line { line: usize, message: String },
    #[error("the database is not empty ({table} has {rows} rows): import only into a new database")]
    NotEmpty { table: &'static str, rows: i64 },
    #[error(
        "the database is at schema version {found}, the export at {expected}: \
         run `concierged migrate` on it first"
    )]
    Version { found: u32, expected: u32 },
}

/// What an export or import moved.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub rows: u64,
    pub schema_version: u32,
}

/// The schema version of the database behind `db`.
pub fn schema_version(db: &mut Db<'_>) -> Result<u32, StoreError> {
    match db {
        Db::Sqlite(c) => {
            let v: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            Ok(u32::try_from(v).unwrap_or(0))
        }
        Db::Postgres(pg) => postgres::schema::version(pg.client()),
    }
}

fn engine_name(db: &Db<'_>) -> &'static str {
    match db.engine() {
        Engine::Sqlite => "sqlite",
        Engine::Postgres => "postgres",
    }
}

/// Write every table to `out`, from one consistent snapshot.
pub fn export(db: &mut Db<'_>, out: &mut dyn Write) -> Result<Summary, ExportError> {
    let version = schema_version(db)?;
    let header = json!({
        "format": FORMAT,
        "version": VERSION,
        "schemaVersion": version,
        "engine": engine_name(db),
        "exportedAt": concierge_shared::protocol::Timestamp::now().millis(),
    });
    writeln!(out, "{header}")?;
    db.batch(db.dialect("BEGIN", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))?;
    let result = export_rows(db, out);
    // Read-only: ending it either way changes nothing.
    db.batch("ROLLBACK")?;
    let rows = result?;
    out.flush()?;
    Ok(Summary {
        rows,
        schema_version: version,
    })
}

fn export_rows(db: &mut Db<'_>, out: &mut dyn Write) -> Result<u64, ExportError> {
    let mut count = 0;
    for t in TABLES {
        let cols: Vec<&str> = t.columns.iter().map(|(c, _)| *c).collect();
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            cols.join(", "),
            t.name,
            t.order
        );
        let rows = db.query(&sql, &[], |r| {
            let mut row = Map::new();
            for (i, (name, kind)) in t.columns.iter().enumerate() {
                let v = match kind {
                    Int => r.get::<Option<i64>>(i)?.map(Value::from),
                    Text => r.get::<Option<String>>(i)?.map(Value::from),
                    Bool => r.get::<Option<bool>>(i)?.map(Value::from),
                };
                row.insert((*name).to_string(), v.unwrap_or(Value::Null));
            }
            Ok(row)
        })?;
        for row in rows {
            writeln!(out, "{}", json!({"table": t.name, "row": row}))?;
            count += 1;
        }
    }
    Ok(count)
}

/// Replay an export into the (empty, migrated) database behind `db`.
pub fn import(db: &mut Db<'_>, input: &mut dyn BufRead) -> Result<Summary, ExportError> {
    let mut lines = input.lines();
    let header: Value = match lines.next() {
        Some(line) => parse(1, &line?)?,
        None => return Err(bad(1, "empty file")),
    };
    if header["format"] != FORMAT {
        return Err(bad(1, "not a concierged export (no header line)"));
    }
    if header["version"].as_u64() != Some(u64::from(VERSION)) {
        return Err(bad(1, "an export format this version cannot read"));
    }
    let expected = header["schemaVersion"]
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| bad(1, "no schemaVersion"))?;
    let found = schema_version(db)?;
    let latest = match db.engine() {
        Engine::Sqlite => schema::LATEST,
        Engine::Postgres => postgres::schema::latest(),
    };
    if found != expected || found != latest {
        return Err(ExportError::Version { found, expected });
    }
    db.batch(db.dialect("BEGIN IMMEDIATE", "BEGIN"))?;
    match replay(db, lines) {
        Ok(rows) => {
            db.batch("COMMIT")?;
            Ok(Summary {
                rows,
                schema_version: found,
            })
        }
        Err(e) => {
            // Nothing of a failed import stays.
            let _ = db.batch("ROLLBACK");
            Err(e)
        }
    }
}

fn replay(db: &mut Db<'_>, lines: std::io::Lines<&mut dyn BufRead>) -> Result<u64, ExportError> {
    for t in TABLES.iter().filter(|t| t.name != "webhook_settings") {
        let rows: i64 = db.query_value(&format!("SELECT count(*) FROM {}", t.name), &[])?;
        if rows > 0 {
            return Err(ExportError::NotEmpty {
                table: t.name,
                rows,
            });
        }
    }
    // Off while replaying (a daemon with WEBHOOK_URL may have switched it
    // on): imported rows are history, not news. The export's own setting
    // comes back with the last table.
    db.execute(
        "UPDATE webhook_settings SET enabled = ?1",
        &[Arg::Bool(false)],
    )?;
    let mut count = 0;
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v = parse(n, &line)?;
        let name = v["table"].as_str().ok_or_else(|| bad(n, "no table"))?;
        let t = TABLES
            .iter()
            .find(|t| t.name == name)
            .ok_or_else(|| bad(n, &format!("unknown table {name:?}")))?;
        let row = v["row"].as_object().ok_or_else(|| bad(n, "no row"))?;
        insert(db, t, row, n)?;
        count += 1;
    }
    match db.engine() {
        // Imported messages are searchable once the import commits.
        Engine::Sqlite => super::desk_search::index_new_messages(db)?,
        // New rows continue after the imported ids.
        Engine::Postgres => {
            for t in TABLES.iter().filter(|t| t.identity) {
                db.query_value::<i64>(
                    &format!(
                        "SELECT setval(pg_get_serial_sequence('{0}', 'id'), \
                     coalesce(max(id), 0) + 1, false) FROM {0}",
                        t.name
                    ),
                    &[],
                )?;
            }
        }
    }
    Ok(count)
}

fn insert(
    db: &mut Db<'_>,
    t: &Table,
    row: &Map<String, Value>,
    line: usize,
) -> Result<(), ExportError> {
    let mut cols = Vec::with_capacity(row.len());
    let mut args = Vec::with_capacity(row.len());
    for (name, value) in row {
        let (col, kind) = t
            .columns
            .iter()
            .find(|(c, _)| c == name)
            .ok_or_else(|| bad(line, &format!("{} has no column {name:?}", t.name)))?;
        let arg = match (kind, value) {
            (_, Value::Null) => Arg::Null,
            (Int, Value::Number(n)) => Arg::Int(
                n.as_i64()
                    .ok_or_else(|| bad(line, &format!("{name}: not an integer")))?,
            ),
            (Bool, Value::Bool(b)) => Arg::Bool(*b),
            (Bool, Value::Number(n)) => Arg::Bool(n.as_i64() != Some(0)),
            (Text, Value::String(s)) => Arg::Text(s),
            _ => return Err(bad(line, &format!("{name}: wrong type"))),
        };
        cols.push(*col);
        args.push(arg);
    }
    let placeholders: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    // webhook_settings has its row from the migration: overwrite it.
    let conflict = if t.name == "webhook_settings" {
        " ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled"
    } else {
        ""
    };
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({}){conflict}",
        t.name,
        cols.join(", "),
        placeholders.join(", ")
    );
    db.execute(&sql, &args)?;
    Ok(())
}

fn parse(line: usize, text: &str) -> Result<Value, ExportError> {
    serde_json::from_str(text).map_err(|e| bad(line, &e.to_string()))
}

fn bad(line: usize, message: &str) -> ExportError {
    ExportError::Line {
        line,
        message: message.to_string(),
    }
}
