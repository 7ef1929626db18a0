//! Issue 16: a session's private notes and labels over HTTP, staff and
//! admin only (a customer gets 403 whatever the session).
//!
//! - `GET /sessions/{uuid}/notes`, `POST /sessions/{uuid}/notes`
//! - `PUT /sessions/{uuid}/labels` (replace), `POST /sessions/{uuid}/labels`
//!   (add one), `DELETE /sessions/{uuid}/labels/{label}` (remove one)
//! - `GET /labels`: the labels in use, most used first
//!
//! Writes go through the hub ([`crate::hub::Input::Annotate`]), which applies the
//! same rules as for the WebSocket and tells the consoles.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::oneshot;

use super::sessions::visible;
use super::{ApiError, ApiResult, Body, Caller};
use crate::hub::{Annotated, AnnotationRequest, HubMsg, Input};
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
    if !app.hub.send(HubMsg::Core(Input::Annotate {
        request,
        actor: caller.0,
        reply,
    })) {
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
        Annotated::Note(n) => Ok(axum::Json(n).into_response()),
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

/// The OpenAPI part of issue 16: these routes, `/sessions.csv`, the
/// `label` filter, and the fields added to the session detail and stats.
pub fn openapi(
    paths: &mut serde_json::Map<String, serde_json::Value>,
    schemas: &mut serde_json::Map<String, serde_json::Value>,
) {
    use serde_json::Value;
    let err = |d: &str| json!({"description": d, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    let ok =
        |s: Value| json!({"description": "OK", "content": {"application/json": {"schema": s}}});
    let r = |n: &str| json!({"$ref": format!("#/components/schemas/{n}")});
    let p =
        |n: &str| json!({"name": n, "in": "path", "required": true, "schema": {"type": "string"}});
    let errors = |codes: &[(u16, &str)]| {
        let mut m = serde_json::Map::new();
        for (c, d) in codes {
            m.insert(c.to_string(), err(d));
        }
        m
    };
    let body = |s: Value| json!({"required": true, "content": {"application/json": {"schema": s}}});
    let with =
        |summary: &str, params: Value, req: Option<Value>, okr: Value, codes: &[(u16, &str)]| {
            let mut responses = errors(codes);
            responses.insert("200".into(), okr);
            let mut op = json!({"summary": summary, "parameters": params, "responses": responses});
            if let Some(b) = req {
                op["requestBody"] = b;
            }
            op
        };
    let common = [
        (401, "missing or invalid token"),
        (403, "staff only"),
        (404, "no such session"),
    ];
    let labels_ok = ok(r("SessionLabels"));
    paths.insert("/sessions/{uuid}/notes".into(), json!({
        "get": with("The session's private notes, oldest first (staff, admin)", json!([p("uuid")]), None,
            ok(json!({"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": r("Note")}}})), &common),
        "post": with("Add a private note (the staff member handling the chat, or an admin)", json!([p("uuid")]),
            Some(body(json!({"type": "object", "required": ["body"], "properties": {"body": {"type": "string", "maxLength": 4000}}}))),
            ok(r("Note")), &[(401, "missing or invalid token"), (403, "not handling this chat"), (404, "no such session"), (422, "empty or too long")]),
    }));
    let bad = [
        (401, "missing or invalid token"),
        (403, "staff only"),
        (404, "no such session"),
        (409, "over 20 labels"),
        (422, "a label that is not 1-40 of a-z 0-9 - _ :"),
    ];
    paths.insert("/sessions/{uuid}/labels".into(), json!({
        "put": with("Replace the session's labels (staff, admin)", json!([p("uuid")]),
            Some(body(json!({"type": "object", "required": ["labels"], "properties": {"labels": {"type": "array", "maxItems": 20, "items": {"type": "string"}}}}))),
            labels_ok.clone(), &bad),
        "post": with("Add one label (staff, admin)", json!([p("uuid")]),
            Some(body(json!({"type": "object", "required": ["label"], "properties": {"label": {"type": "string"}}}))),
            labels_ok.clone(), &bad),
    }));
    paths.insert("/sessions/{uuid}/labels/{label}".into(), json!({
        "delete": with("Remove one label (staff, admin)", json!([p("uuid"), p("label")]), None, labels_ok, &bad),
    }));
    paths.insert("/labels".into(), json!({
        "get": with("Labels in use and on how many sessions, most used first (staff, admin)", json!([]), None,
            ok(json!({"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": r("LabelCount")}}})),
            &[(401, "missing or invalid token"), (403, "staff only")]),
    }));
    let q = |n: &str, d: &str| json!({"name": n, "in": "query", "required": false, "schema": {"type": "string"}, "description": d});
    paths.insert("/sessions.csv".into(), json!({"get": {
        "summary": "One CSV row per session, newest first, at most 50 000 (staff, admin); RFC 4180, formula cells guarded",
        "parameters": [q("status", "session status"), q("type", "ai or human"), q("staff", "assigned staff id"),
            q("customer", "customer id"), q("label", "only sessions with this label"),
            q("from", "created at or after"), q("to", "created before")],
        "responses": {
            "200": {"description": "OK", "content": {"text/csv": {"schema": {"type": "string"}}}},
            "401": err("missing or invalid token"), "403": err("staff only"),
            "422": err("a bad filter, or more than 50 000 sessions match")}}}));
    if let Some(params) = paths
        .get_mut("/sessions")
        .and_then(|p| p["get"]["parameters"].as_array_mut())
    {
        params.push(q("label", "only sessions with this label (issue 16)"));
    }
    schemas.insert(
        "Note".into(),
        json!({"type": "object",
        "required": ["noteId", "sessionUuid", "authorId", "authorName", "body", "createdAt"],
        "properties": {"noteId": {"type": "integer"}, "sessionUuid": {"type": "string"},
            "authorId": {"type": "string"}, "authorName": {"type": "string"},
            "body": {"type": "string"}, "createdAt": {"type": "string"}}}),
    );
    schemas.insert(
        "LabelCount".into(),
        json!({"type": "object", "required": ["label", "sessions"],
        "properties": {"label": {"type": "string"}, "sessions": {"type": "integer"}}}),
    );
    schemas.insert("SessionLabels".into(), json!({"type": "object", "required": ["sessionUuid", "labels"],
        "properties": {"sessionUuid": {"type": "string"}, "labels": {"type": "array", "items": {"type": "string"}}}}));
    // Staff-only fields of the detail and the transcript; counts in stats.
    for (schema, field, s) in [
        (
            "SessionDetail",
            "labels",
            json!({"type": "array", "items": {"type": "string"}, "description": "staff and admin only"}),
        ),
        (
            "SessionDetail",
            "notes",
            json!({"type": "array", "items": r("Note"), "description": "staff and admin only"}),
        ),
        (
            "Transcript",
            "notes",
            json!({"type": "array", "items": r("Note"), "description": "staff and admin only"}),
        ),
        (
            "Stats",
            "labels",
            json!({"type": "array", "items": r("LabelCount"), "description": "sessions per label, most used first"}),
        ),
    ] {
        if let Some(props) = schemas
            .get_mut(schema)
            .and_then(|s| s["properties"].as_object_mut())
        {
            props.insert(field.into(), s);
        }
    }
}

/// `get_notes` on a socket: a session's notes and labels, staff only (a
/// customer is refused whatever the session).
pub async fn notes_for_socket(
    app: &AppState,
    user: &crate::auth::User,
    session: String,
) -> Result<concierge_shared::annotations::SessionNotes, concierge_shared::ErrorBody> {
    use concierge_shared::{ErrorBody, ErrorCode};
    if !user.role.is_staff() {
        return Err(ErrorBody::new(
            ErrorCode::Forbidden,
            "notes are for staff only",
        ));
    }
    let result = app
        .store
        .read(move |db| {
            crate::store::read::session_by_uuid(db, &session)?
                .ok_or(crate::store::StoreError::NotFound)?;
            Ok(concierge_shared::annotations::SessionNotes {
                notes: annotations::notes_of(db, &session)?,
                labels: annotations::labels_of(db, &session)?,
                session_uuid: session,
            })
        })
        .await;
    match result {
        Ok(page) => Ok(page),
        Err(crate::store::StoreError::NotFound) => {
            Err(ErrorBody::new(ErrorCode::NotFound, "no such session"))
        }
        Err(e) => {
            tracing::error!(error = %e, "notes read failed");
            Err(ErrorBody::unavailable("try again"))
        }
    }
}

/// `get_labels` on a socket: the labels in use, most used first, for the
/// console's completion. Staff only.
pub async fn labels_for_socket(
    app: &AppState,
    user: &crate::auth::User,
) -> Result<concierge_shared::annotations::LabelsInUse, concierge_shared::ErrorBody> {
    use concierge_shared::{ErrorBody, ErrorCode};
    if !user.role.is_staff() {
        return Err(ErrorBody::new(
            ErrorCode::Forbidden,
            "labels are for staff only",
        ));
    }
    match app
        .store
        .read(|db| annotations::label_counts(db, None, None))
        .await
    {
        Ok(labels) => Ok(concierge_shared::annotations::LabelsInUse { labels }),
        Err(e) => {
            tracing::error!(error = %e, "labels read failed");
            Err(ErrorBody::unavailable("try again"))
        }
    }
}
