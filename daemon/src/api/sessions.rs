//! `/sessions`: list (filters, keyset cursor), detail, messages by `seq`,
//! transcript (Markdown or JSON), close.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use concierge_shared::protocol::{Message, SenderRole, Session, SessionStatus, SessionType};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tokio::sync::oneshot;

use super::{ApiError, ApiResult, Caller, Params, parse_time, rfc3339};
use crate::args;
use crate::hub::{HubMsg, Input};
use crate::server::AppState;
use crate::store::read::{self, SessionFilter};
use crate::store::{Db, SessionRow, StoreError};

pub const MAX_LIMIT: u32 = 200;
const DEFAULT_LIMIT: u32 = 50;

/// A session as the API shows it: the wire `Session` plus a few facts.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    #[serde(flatten)]
    pub session: Session,
    pub last_seq: i64,
    pub closed_by: Option<String>,
}

impl From<&SessionRow> for SessionView {
    fn from(r: &SessionRow) -> Self {
        SessionView {
            session: r.to_wire(),
            last_seq: r.last_seq,
            closed_by: r.closed_by.clone(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListQuery {
    status: Option<SessionStatus>,
    #[serde(rename = "type")]
    session_type: Option<SessionType>,
    staff: Option<String>,
    customer: Option<String>,
    from: Option<String>,
    to: Option<String>,
    limit: Option<u32>,
    cursor: Option<String>,
    /// Issue 16: only sessions carrying this label.
    label: Option<String>,
}

fn limit(v: Option<u32>, default: u32) -> ApiResult<u32> {
    match v.unwrap_or(default) {
        0 => Err(ApiError::Invalid("limit must be at least 1".into())),
        n if n > MAX_LIMIT => Err(ApiError::Invalid(format!(
            "limit must be at most {MAX_LIMIT}"
        ))),
        n => Ok(n),
    }
}

/// The cursor is opaque to clients: a version tag and the last id seen.
fn encode_cursor(id: i64) -> String {
    hex::encode(format!("v1:{id}"))
}

fn decode_cursor(c: &str) -> ApiResult<i64> {
    hex::decode(c)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.strip_prefix("v1:").and_then(|n| n.parse().ok()))
        .ok_or_else(|| ApiError::Invalid("cursor: not a cursor this API returned".into()))
}

pub async fn list(
    State(app): State<AppState>,
    caller: Caller,
    Params(q): Params<ListQuery>,
) -> ApiResult<Response> {
    let limit = limit(q.limit, DEFAULT_LIMIT)?;
    let before = q.cursor.as_deref().map(decode_cursor).transpose()?;
    let mut filter = SessionFilter {
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
    if !caller.is_staff() {
        // A customer's list is their own, whatever they ask for.
        if filter.user_id.as_ref().is_some_and(|u| *u != caller.0.id) {
            return Ok(axum::Json(json!({"items": [], "nextCursor": null})).into_response());
        }
        filter.user_id = Some(caller.0.id.clone());
    }
    let rows = app
        .store
        .read(move |c| read::sessions_page(c, &filter, before, limit + 1))
        .await?;
    let more = rows.len() > limit as usize;
    let page = &rows[..rows.len().min(limit as usize)];
    let next = more
        .then(|| page.last().map(|r| encode_cursor(r.id)))
        .flatten();
    let items: Vec<SessionView> = page.iter().map(SessionView::from).collect();
    Ok(axum::Json(json!({"items": items, "nextCursor": next})).into_response())
}

/// The session if the caller may see it; otherwise the same 404 as for a
/// session that does not exist.
pub async fn visible(app: &AppState, caller: &Caller, uuid: String) -> ApiResult<SessionRow> {
    let row = app
        .store
        .read(move |c| read::session_by_uuid(c, &uuid))
        .await?;
    match row {
        Some(r) if caller.is_staff() || r.user_id == caller.0.id => Ok(r),
        _ => Err(ApiError::NotFound("no such session")),
    }
}

pub async fn detail(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
) -> ApiResult<Response> {
    let row = visible(&app, &caller, uuid).await?;
    let id = row.id;
    let (transfers, rating) = app
        .store
        .read(move |c| Ok((transfers_of(c, id)?, rating_of(c, id)?)))
        .await?;
    let mut v = serde_json::to_value(SessionView::from(&row)).map_err(|_| ApiError::Internal)?;
    if let Value::Object(m) = &mut v {
        m.insert("transfers".into(), Value::Array(transfers));
        m.insert("rating".into(), rating.unwrap_or(Value::Null));
        m.insert("summary".into(), json!(row.summary));
    }
    // Issue 16: staff also see the labels and the private notes; a
    // customer's view of their own session never holds either.
    if caller.is_staff() {
        let uuid = row.uuid.clone();
        let (notes, labels) = app
            .store
            .read(move |c| {
                Ok((
                    crate::store::annotations::notes_of(c, &uuid)?,
                    crate::store::annotations::labels_of(c, &uuid)?,
                ))
            })
            .await?;
        if let Value::Object(m) = &mut v {
            m.insert("labels".into(), json!(labels));
            m.insert("notes".into(), json!(notes));
        }
    }
    Ok(axum::Json(v).into_response())
}

pub fn transfers_of(db: &mut Db<'_>, session_id: i64) -> Result<Vec<Value>, StoreError> {
    db.query(
        "SELECT id, status, reason, staff_id, created_at, resolved_at, outcome
         FROM chat_transfer_requests WHERE session_id = ?1 ORDER BY id",
        args![session_id],
        |r| {
            Ok(json!({
                "transferRequestId": r.get::<i64>(0)?,
                "status": r.get::<String>(1)?,
                "reason": r.get::<Option<String>>(2)?,
                "staffId": r.get::<Option<String>>(3)?,
                "createdAt": rfc3339(r.get(4)?),
                "resolvedAt": r.get::<Option<i64>>(5)?.map(rfc3339),
                "outcome": r.get::<Option<String>>(6)?,
            }))
        },
    )
}

pub fn rating_of(db: &mut Db<'_>, session_id: i64) -> Result<Option<Value>, StoreError> {
    db.query_opt(
        "SELECT rating, comment, created_at FROM session_ratings WHERE session_id = ?1",
        args![session_id],
        |r| {
            Ok(json!({
                "rating": r.get::<i64>(0)?,
                "comment": r.get::<Option<String>>(1)?,
                "createdAt": rfc3339(r.get(2)?),
            }))
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MessagesQuery {
    after_seq: Option<i64>,
    limit: Option<u32>,
}

pub async fn messages(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
    Params(q): Params<MessagesQuery>,
) -> ApiResult<Response> {
    let limit = limit(q.limit, 100)?;
    let after = q.after_seq.unwrap_or(0);
    if after < 0 {
        return Err(ApiError::Invalid("afterSeq must not be negative".into()));
    }
    let row = visible(&app, &caller, uuid).await?;
    let upto = after.saturating_add(i64::from(limit));
    let uuid = row.uuid.clone();
    // seq has no gaps, so the page is exactly (after, after + limit].
    let items = app
        .store
        .read(move |c| read::messages_between(c, &uuid, after, upto))
        .await?;
    let has_more = row.last_seq > upto;
    let next = if has_more {
        items.last().map(|m| m.seq)
    } else {
        None
    };
    Ok(axum::Json(json!({
        "items": items,
        "hasMore": has_more,
        "nextAfterSeq": next,
    }))
    .into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranscriptQuery {
    format: Option<String>,
}

pub async fn transcript(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
    Params(q): Params<TranscriptQuery>,
) -> ApiResult<Response> {
    let format = q.format.unwrap_or_else(|| "md".into());
    if format != "md" && format != "json" {
        return Err(ApiError::Invalid("format must be md or json".into()));
    }
    let row = visible(&app, &caller, uuid).await?;
    let uuid = row.uuid.clone();
    // Issue 16: the staff transcript holds the private notes too.
    let staff = caller.is_staff();
    let (msgs, notes) = app
        .store
        .read(move |c| {
            let notes = if staff {
                crate::store::annotations::notes_of(c, &uuid)?
            } else {
                Vec::new()
            };
            Ok((read::all_messages(c, &uuid)?, notes))
        })
        .await?;
    if format == "json" {
        let mut v = json!({
            "session": SessionView::from(&row),
            "messages": msgs,
        });
        if staff {
            v["notes"] = json!(notes);
        }
        return Ok(axum::Json(v).into_response());
    }
    let mut md = markdown(&row, &msgs);
    if staff {
        md.push_str(&notes_markdown(&notes));
    }
    Ok(([(header::CONTENT_TYPE, "text/markdown; charset=utf-8")], md).into_response())
}

/// A transcript a person can read or paste into a ticket. Everything
/// people wrote is made inert (control characters and bidi overrides
/// shown as placeholders), so a terminal or viewer never interprets it.
pub fn markdown(s: &SessionRow, msgs: &[Message]) -> String {
    use concierge_shared::text::{inert, lines};
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "# Conversation {}\n", s.uuid);
    let _ = writeln!(
        out,
        "- Customer: {} ({})",
        inert(&s.user_name),
        inert(&s.user_id)
    );
    let _ = writeln!(out, "- Started: {}", rfc3339(s.created_at));
    if let Some(at) = s.closed_at {
        let _ = writeln!(out, "- Closed: {}", rfc3339(at));
    }
    if let Some(staff) = &s.staff_id {
        let _ = writeln!(out, "- Staff: {}", inert(staff));
    }
    let _ = writeln!(out, "- Messages: {}\n", msgs.len());
    for m in msgs {
        let who = match m.sender_role {
            SenderRole::Customer => m.sender_name.clone().unwrap_or_else(|| "Customer".into()),
            SenderRole::Staff => format!(
                "{} (staff)",
                m.sender_name.clone().unwrap_or_else(|| "Staff".into())
            ),
            SenderRole::Ai => "Assistant".into(),
            SenderRole::System => "System".into(),
        };
        let _ = writeln!(out, "**{}** · {}\n", inert(&who), m.created_at.to_rfc3339());
        for line in lines(&m.content) {
            let _ = writeln!(out, "> {line}");
        }
        out.push('\n');
    }
    out
}

/// Issue 16: the private notes at the end of a staff transcript, marked
/// as such (made inert like the messages).
pub fn notes_markdown(notes: &[concierge_shared::annotations::Note]) -> String {
    use concierge_shared::text::{inert, lines};
    use std::fmt::Write;
    if notes.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Private notes (staff only)\n\n");
    for n in notes {
        let _ = writeln!(
            out,
            "**{}** (note) · {}\n",
            inert(&n.author_name),
            n.created_at.to_rfc3339()
        );
        for line in lines(&n.body) {
            let _ = writeln!(out, "> {line}");
        }
        out.push('\n');
    }
    out
}

pub async fn close(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
) -> ApiResult<Response> {
    let row = visible(&app, &caller, uuid).await?;
    if row.status == SessionStatus::Closed {
        return Err(ApiError::Conflict("the session is already closed".into()));
    }
    let closed_at = close_via_hub(&app, &caller, row.uuid.clone()).await?;
    Ok(axum::Json(json!({
        "sessionUuid": row.uuid,
        "closedAt": rfc3339(closed_at),
    }))
    .into_response())
}

/// Close through the hub, so participants see it as from a WebSocket.
pub async fn close_via_hub(app: &AppState, caller: &Caller, session: String) -> ApiResult<i64> {
    let (reply, rx) = oneshot::channel();
    if !app.hub.send(HubMsg::Core(Input::ApiClose {
        session,
        actor: caller.0.clone(),
        reply,
    })) {
        return Err(ApiError::Unavailable);
    }
    match rx.await {
        Ok(Ok(at)) => Ok(at),
        // The session closed between our read and the hub's turn.
        Ok(Err(e)) if e.code == concierge_shared::protocol::ErrorCode::NotFound => {
            Err(ApiError::Conflict("the session is already closed".into()))
        }
        Ok(Err(e)) => Err(e.into()),
        Err(_) => Err(ApiError::Unavailable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_junk_is_refused() {
        assert_eq!(decode_cursor(&encode_cursor(42)).ok(), Some(42));
        assert!(decode_cursor("zz").is_err());
        assert!(decode_cursor(&hex::encode("v2:1")).is_err());
    }
}
