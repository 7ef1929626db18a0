//! `/canned-replies` (issue 16): the team's shared replies. Staff and
//! admins list them (the console also gets them over the WebSocket);
//! only admins create, replace (`PUT /canned-replies/{code}`) or delete
//! them, audited like every admin change.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use concierge_shared::Timestamp;
use concierge_shared::canned::{self, CannedReplies};
use serde::Deserialize;
use serde_json::json;

use super::{ApiError, ApiResult, Body, Caller};
use crate::server::AppState;
use crate::store::desk_canned::{self, CannedOp, CannedResult};
use crate::store::{Op, OpResult};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PutBody {
    body: String,
}

pub async fn list(State(app): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.require_staff()?;
    let replies = app.store.read(desk_canned::list).await?;
    Ok(axum::Json(CannedReplies { replies }).into_response())
}

pub async fn put(
    State(app): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    Body(b): Body<PutBody>,
) -> ApiResult<Response> {
    caller.require_admin()?;
    canned::check_code(&code).map_err(|e| ApiError::Invalid(e.to_string()))?;
    // Kept as typed, but without trailing blank lines or NULs.
    let text: String = b.body.trim_end().chars().filter(|c| *c != '\0').collect();
    canned::check_body(&text).map_err(|e| ApiError::Invalid(e.to_string()))?;
    let now = Timestamp::now().millis();
    let results = app
        .store
        .submit(vec![
            Op::Canned(CannedOp::Set {
                code: code.clone(),
                body: text,
                by: caller.0.id.clone(),
                now,
            }),
            audit(&caller, "canned_reply_set", &code, now),
        ])
        .await?;
    let created = matches!(
        results.first(),
        Some(OpResult::Canned(CannedResult::Created))
    );
    let reply = app
        .store
        .read(move |db| desk_canned::get(db, &code))
        .await?
        .ok_or(ApiError::NotFound("no such canned reply"))?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, axum::Json(reply)).into_response())
}

pub async fn delete(
    State(app): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    caller.require_admin()?;
    canned::check_code(&code).map_err(|e| ApiError::Invalid(e.to_string()))?;
    let now = Timestamp::now().millis();
    let result = app
        .store
        .submit(vec![
            Op::Canned(CannedOp::Remove { code: code.clone() }),
            audit(&caller, "canned_reply_delete", &code, now),
        ])
        .await;
    match result {
        Ok(_) => Ok(axum::Json(json!({ "deleted": code })).into_response()),
        Err(crate::store::StoreError::NotFound) => Err(ApiError::NotFound("no such canned reply")),
        Err(e) => Err(e.into()),
    }
}

/// `list_canned_replies` on the WebSocket: staff and admins only.
pub async fn for_socket(
    app: &AppState,
    user: &crate::auth::User,
) -> Result<CannedReplies, concierge_shared::ErrorBody> {
    use concierge_shared::{ErrorBody, ErrorCode};
    if !user.role.is_staff() {
        return Err(ErrorBody::new(ErrorCode::Forbidden, "staff only"));
    }
    match app.store.read(desk_canned::list).await {
        Ok(replies) => Ok(CannedReplies { replies }),
        Err(e) => {
            tracing::error!(error = %e, "canned replies read failed");
            Err(ErrorBody::unavailable("try again"))
        }
    }
}

fn audit(caller: &Caller, action: &'static str, code: &str, now: i64) -> Op {
    Op::Audit {
        actor_id: caller.0.id.clone(),
        actor_role: caller.0.role.as_str().to_string(),
        action,
        target: Some(code.to_string()),
        details: None,
        now,
    }
}
