//! `/webhooks/dead`: webhook events set aside after too many attempts or
//! too long (admin). Each pauses its session's later events; replaying it
//! sends it again from its first attempt, dropping it deletes it unsent.
//! Both resume the session and are written to `audit_log`.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::{ApiError, ApiResult, Caller, Params};
use crate::server::AppState;
use crate::store::{Op, OpResult, outbox};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    limit: Option<u32>,
}

pub async fn list(
    State(app): State<AppState>,
    caller: Caller,
    Params(p): Params<ListParams>,
) -> ApiResult<Response> {
    caller.require_admin()?;
    let limit = p.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::Invalid("limit: 1 to 500".into()));
    }
    let (items, total) = app
        .store
        .read(move |db| Ok((outbox::dead_letters(db, limit)?, outbox::dead_count(db)?)))
        .await?;
    Ok(axum::Json(json!({ "items": items, "total": total })).into_response())
}

pub async fn replay(
    State(app): State<AppState>,
    caller: Caller,
    Path(event_id): Path<String>,
) -> ApiResult<Response> {
    act(app, caller, event_id, Action::Replay).await
}

pub async fn drop(
    State(app): State<AppState>,
    caller: Caller,
    Path(event_id): Path<String>,
) -> ApiResult<Response> {
    act(app, caller, event_id, Action::Drop).await
}

#[derive(Clone, Copy)]
enum Action {
    Replay,
    Drop,
}

async fn act(
    app: AppState,
    caller: Caller,
    event_id: String,
    action: Action,
) -> ApiResult<Response> {
    caller.require_admin()?;
    let (op, name, audit) = match action {
        Action::Replay => (
            Op::WebhookReplay {
                event_id: event_id.clone(),
            },
            "replayed",
            "webhook_replay",
        ),
        Action::Drop => (
            Op::WebhookDrop {
                event_id: event_id.clone(),
            },
            "dropped",
            "webhook_drop",
        ),
    };
    let results = app
        .store
        .submit(vec![
            op,
            Op::Audit {
                actor_id: caller.0.id.clone(),
                actor_role: caller.0.role.as_str().to_string(),
                action: audit,
                target: Some(event_id.clone()),
                details: None,
                now: concierge_shared::protocol::Timestamp::now().millis(),
            },
        ])
        .await
        .map_err(|e| match e {
            crate::store::StoreError::NotFound => ApiError::NotFound("no such dead letter"),
            other => other.into(),
        })?;
    let session = results
        .iter()
        .find_map(|r| match r {
            OpResult::WebhookSession(s) => Some(s.clone()),
            _ => None,
        })
        .unwrap_or_default();
    tracing::info!(actor = %caller.0.id, event = %event_id, session = %session, "webhook dead letter {name}");
    Ok(axum::Json(json!({
        "eventId": event_id,
        "sessionUuid": session,
        "action": name,
    }))
    .into_response())
}
