//! Issue 16: `GET /sessions.csv`, one row per session (staff and admin).
//!
//! The same filters as `GET /sessions` (without the cursor), newest
//! first, at most [`MAX_ROWS`] rows: a wider export is refused with a
//! hint to narrow the window rather than cut short silently.
//!
//! Cells follow RFC 4180 (a cell holding a comma, a quote, CR or LF is
//! quoted, quotes doubled; lines end with CRLF). A cell people wrote that
//! starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so a
//! spreadsheet shows it as text instead of running it as a formula (CSV
//! formula injection).
//!
//! First response: from the customer's first message to the first reply
//! after it by staff or the assistant, in milliseconds (empty when the
//! customer never wrote or nobody answered).

use std::collections::HashMap;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{ApiError, ApiResult, Caller, Params, parse_time, rfc3339};
use crate::args;
use crate::server::AppState;
use crate::store::read::{self, SessionFilter};
use crate::store::{Db, SessionRow, StoreError};
use concierge_shared::protocol::{SessionStatus, SessionType};

/// The most rows one export holds.
pub const MAX_ROWS: u32 = 50_000;

pub const COLUMNS: [&str; 12] = [
    "session_id",
    "customer_id",
    "customer_name",
    "status",
    "type",
    "created_at",
    "closed_at",
    "first_response_ms",
    "handling_staff",
    "labels",
    "rating",
    "handover_reason",
];

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CsvQuery {
    status: Option<SessionStatus>,
    #[serde(rename = "type")]
    session_type: Option<SessionType>,
    staff: Option<String>,
    customer: Option<String>,
    label: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

/// One cell: guarded against formulas, then quoted if it needs to be.
pub fn cell(v: &str) -> String {
    let guarded = if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{v}")
    } else {
        v.to_string()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One line, CRLF-terminated.
pub fn line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = cells
        .iter()
        .map(|c| cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// What the export adds to a session row.
#[derive(Debug, Default)]
struct Extra {
    first_response_ms: Option<i64>,
    rating: Option<i64>,
    handover_reason: Option<String>,
    staff: Vec<String>,
    labels: Vec<String>,
}

fn extras(db: &mut Db<'_>, rows: &[SessionRow]) -> Result<HashMap<i64, Extra>, StoreError> {
    let mut out: HashMap<i64, Extra> = HashMap::with_capacity(rows.len());
    let (Some(lo), Some(hi)) = (
        rows.iter().map(|r| r.id).min(),
        rows.iter().map(|r| r.id).max(),
    ) else {
        return Ok(out);
    };
    // One pass per fact over the id range, not one query per session.
    let facts = db.query(
        "SELECT s.id,
            (SELECT min(m.created_at) FROM chat_messages m
              WHERE m.session_id = s.id AND m.sender_role IN ('staff', 'ai') AND m.seq > fc.seq)
              - fc.at,
            (SELECT rating FROM session_ratings r WHERE r.session_id = s.id),
            (SELECT t.reason FROM chat_transfer_requests t WHERE t.session_id = s.id
              ORDER BY t.id DESC LIMIT 1)
         FROM chat_sessions s
         LEFT JOIN (SELECT session_id, min(seq) AS seq, min(created_at) AS at
                    FROM chat_messages WHERE sender_role = 'customer'
                      AND session_id >= ?1 AND session_id <= ?2
                    GROUP BY session_id) fc
           ON fc.session_id = s.id
         WHERE s.id >= ?1 AND s.id <= ?2",
        args![lo, hi],
        |r| {
            Ok((
                r.get::<i64>(0)?,
                r.get::<Option<i64>>(1)?,
                r.get::<Option<i64>>(2)?,
                r.get::<Option<String>>(3)?,
            ))
        },
    )?;
    for (id, frt, rating, reason) in facts {
        let e = out.entry(id).or_default();
        e.first_response_ms = frt.map(|v| v.max(0));
        e.rating = rating;
        e.handover_reason = reason;
    }
    // Who handled it: every staff member who accepted a request for it,
    // in order.
    for (id, staff) in db.query(
        "SELECT session_id, staff_id FROM chat_transfer_requests
         WHERE status = 'accepted' AND staff_id IS NOT NULL
           AND session_id >= ?1 AND session_id <= ?2 ORDER BY id",
        args![lo, hi],
        |r| Ok((r.get::<i64>(0)?, r.get::<String>(1)?)),
    )? {
        let e = out.entry(id).or_default();
        if !e.staff.contains(&staff) {
            e.staff.push(staff);
        }
    }
    for (id, label) in db.query(
        "SELECT session_id, label FROM session_labels
         WHERE session_id >= ?1 AND session_id <= ?2 ORDER BY session_id, label",
        args![lo, hi],
        |r| Ok((r.get::<i64>(0)?, r.get::<String>(1)?)),
    )? {
        out.entry(id).or_default().labels.push(label);
    }
    Ok(out)
}

fn status_str(s: SessionStatus) -> &'static str {
    match s {
        SessionStatus::Active => "active",
        SessionStatus::Waiting => "waiting",
        SessionStatus::Closed => "closed",
    }
}

/// The whole document for `rows` (header first).
fn render(rows: &[SessionRow], extra: &HashMap<i64, Extra>) -> String {
    let mut out = line(&COLUMNS);
    let none = Extra::default();
    for r in rows {
        let e = extra.get(&r.id).unwrap_or(&none);
        let mut staff = e.staff.clone();
        // A chat taken some other way (or an old one) still names who
        // holds it.
        if let Some(s) = &r.staff_id
            && !staff.contains(s)
        {
            staff.push(s.clone());
        }
        out.push_str(&line(&[
            r.uuid.clone(),
            r.user_id.clone(),
            r.user_name.clone(),
            status_str(r.status).to_string(),
            match r.session_type {
                SessionType::Ai => "ai".to_string(),
                SessionType::Human => "human".to_string(),
            },
            rfc3339(r.created_at),
            r.closed_at.map(rfc3339).unwrap_or_default(),
            e.first_response_ms
                .map(|v| v.to_string())
                .unwrap_or_default(),
            staff.join(";"),
            e.labels.join(";"),
            e.rating.map(|v| v.to_string()).unwrap_or_default(),
            e.handover_reason.clone().unwrap_or_default(),
        ]));
    }
    out
}

pub async fn handler(
    State(app): State<AppState>,
    caller: Caller,
    Params(q): Params<CsvQuery>,
) -> ApiResult<Response> {
    caller.require_staff()?;
    let filter = SessionFilter {
        status: q.status,
        session_type: q.session_type,
        staff_id: q.staff,
        user_id: q.customer,
        from: q
            .from
            .as_deref()
            .map(|v| parse_time("from", v))
            .transpose()?,
        to: q.to.as_deref().map(|v| parse_time("to", v)).transpose()?,
        label: q.label,
    };
    let doc = app
        .store
        .read(move |c| {
            let rows = read::sessions_page(c, &filter, None, MAX_ROWS + 1)?;
            if rows.len() > MAX_ROWS as usize {
                return Ok(None);
            }
            let extra = extras(c, &rows)?;
            Ok(Some(render(&rows, &extra)))
        })
        .await?;
    let Some(doc) = doc else {
        return Err(ApiError::Invalid(format!(
            "more than {MAX_ROWS} sessions match: narrow the export with from/to"
        )));
    };
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"sessions.csv\"",
            ),
        ],
        doc,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_as_rfc_4180_says() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("cr\r"), "\"cr\r\"");
        assert_eq!(line(&["a", "b,c"]), "a,\"b,c\"\r\n");
    }

    #[test]
    fn formulas_are_made_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a=b"), "a=b");
    }
}
