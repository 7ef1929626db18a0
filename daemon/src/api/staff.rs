//! `/staff`: presence, availability and workload (staff and admin);
//! settings per staff member (admin, audited by the hub).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Deserializer};
use serde_json::json;
use tokio::sync::oneshot;

use super::{ApiError, ApiResult, Body, Caller};
use crate::hub::{HubMsg, Input};
use crate::server::AppState;

pub async fn list(State(app): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.require_staff()?;
    let (reply, rx) = oneshot::channel();
    if !app.hub.send(HubMsg::Core(Input::StaffList { reply })) {
        return Err(ApiError::Unavailable);
    }
    let items = rx.await.map_err(|_| ApiError::Unavailable)?;
    Ok(axum::Json(json!({ "items": items })).into_response())
}

/// `maxConcurrentChats`: absent leaves it, `null` returns to the default,
/// a number sets it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StaffSettings {
    #[serde(default, deserialize_with = "present")]
    max_concurrent_chats: Option<Option<u32>>,
    is_available: Option<bool>,
}

fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<u32>>, D::Error> {
    Option::<u32>::deserialize(d).map(Some)
}

pub async fn update(
    State(app): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Body(body): Body<StaffSettings>,
) -> ApiResult<Response> {
    caller.require_admin()?;
    if body.max_concurrent_chats == Some(Some(0)) {
        return Err(ApiError::Invalid(
            "maxConcurrentChats must be at least 1".into(),
        ));
    }
    if body.max_concurrent_chats.is_none() && body.is_available.is_none() {
        return Err(ApiError::Invalid(
            "send maxConcurrentChats and/or isAvailable".into(),
        ));
    }
    let (reply, rx) = oneshot::channel();
    if !app.hub.send(HubMsg::Core(Input::StaffUpdate {
        staff_id: id,
        max: body.max_concurrent_chats,
        available: body.is_available,
        actor: caller.0.clone(),
        reply,
    })) {
        return Err(ApiError::Unavailable);
    }
    let view = rx.await.map_err(|_| ApiError::Unavailable)??;
    Ok(axum::Json(view).into_response())
}
