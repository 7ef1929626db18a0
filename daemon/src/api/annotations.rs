//! Issue 16: a session's private notes and labels over HTTP, staff and
//! admin only (a customer gets 403 whatever the session).
//!
//! - `GET /sessions/{uuid}/notes`, `POST /sessions/{uuid}/notes`
//! - `PUT /sessions/{uuid}/labels` (replace), `POST /sessions/{uuid}/labels`
//!   (add one), `DELETE /sessions/{uuid}/labels/{label}` (remove one)
//! - `GET /labels`: the labels in use, most used first
//!
//! Writes go through the hub ([`HubMsg::Annotate`]), which applies the
//! same rules as for the WebSocket and tells the consoles.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::oneshot;

use super::sessions::visible;
use super::{ApiError, ApiResult, Body, Caller};
use crate::hub::{Annotated, AnnotationRequest, HubMsg};
use crate::labels::LabelChange;
use crate::server::AppState;
use crate::store::annotations;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteBody {
    body: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelsBody {
    labels: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelBody {
    label: String,
}

async fn via_hub(
    app: &AppState,
    caller: Caller,
    request: AnnotationRequest,
) -> ApiResult<Annotated> {
    let (reply, rx) = oneshot::channel();
    if !app.hub.send(HubMsg::Annotate {
        request,
        actor: caller.0,
        reply,
    }) {
        return Err(ApiError::Unavailable);
    }
    match rx.await {
        Ok(Ok(a)) => Ok(a),
        Ok(Err(e)) if e.code == concierge_shared::protocol::ErrorCode::Forbidden => {
            Err(ApiError::Forbidden(
                "only the staff member handling this chat (or an admin) can add notes",
            ))
        }
        Ok(Err(e)) => Err(e.into()),
        Err(_) => Err(ApiError::Unavailable),
    }
}

pub async fn notes(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
) -> ApiResult<Response> {
    caller.require_staff()?;
    let row = visible(&app, &caller, uuid).await?;
    let uuid = row.uuid.clone();
    let items = app
        .store
        .read(move |c| annotations::notes_of(c, &uuid))
        .await?;
    Ok(axum::Json(json!({ "items": items })).into_response())
}

pub async fn add_note(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
    Body(b): Body<NoteBody>,
) -> ApiResult<Response> {
    caller.require_staff()?;
    let row = visible(&app, &caller, uuid).await?;
    let request = AnnotationRequest::AddNote {
        session: row.uuid,
        body: b.body,
    };
    match via_hub(&app, caller, request).await? {
        Annotated::Note(n) => Ok((axum::http::StatusCode::CREATED, axum::Json(n)).into_response()),
        Annotated::Labels(_) => Err(ApiError::Internal),
    }
}

async fn change_labels(
    app: AppState,
    caller: Caller,
    uuid: String,
    change: LabelChange,
) -> ApiResult<Response> {
    caller.require_staff()?;
    let row = visible(&app, &caller, uuid).await?;
    let request = AnnotationRequest::Labels {
        session: row.uuid.clone(),
        change,
    };
    match via_hub(&app, caller, request).await? {
        Annotated::Labels(labels) => {
            Ok(axum::Json(json!({ "sessionUuid": row.uuid, "labels": labels })).into_response())
        }
        Annotated::Note(_) => Err(ApiError::Internal),
    }
}

pub async fn put_labels(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
    Body(b): Body<LabelsBody>,
) -> ApiResult<Response> {
    change_labels(app, caller, uuid, LabelChange::Set(b.labels)).await
}

pub async fn add_label(
    State(app): State<AppState>,
    caller: Caller,
    Path(uuid): Path<String>,
    Body(b): Body<LabelBody>,
) -> ApiResult<Response> {
    change_labels(app, caller, uuid, LabelChange::Add(b.label)).await
}

pub async fn remove_label(
    State(app): State<AppState>,
    caller: Caller,
    Path((uuid, label)): Path<(String, String)>,
) -> ApiResult<Response> {
    change_labels(app, caller, uuid, LabelChange::Remove(label)).await
}

pub async fn in_use(State(app): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.require_staff()?;
    let items = app
        .store
        .read(|c| annotations::label_counts(c, None, None))
        .await?;
    Ok(axum::Json(json!({ "items": items })).into_response())
}
