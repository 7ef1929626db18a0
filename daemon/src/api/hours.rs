//! `/hours` (issue 17): business hours. Anyone signed in may read them
//! (the widget and the CLI show when staff are expected); admins set them
//! (`PUT`, kept in the database, winning over the config file) or clear
//! them (`DELETE`: the config file's apply again). Both are audited.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use concierge_shared::protocol::Timestamp;
use serde_json::{Value, json};

use super::{ApiError, ApiResult, Body, Caller};
use crate::hours::{HoursSpec, Schedule};
use crate::server::AppState;
use crate::store::Op;
use crate::store::offline::OfflineOp;

fn now() -> i64 {
    Timestamp::now().millis()
}

/// The hours in force and what they mean right now.
pub fn view(app: &AppState) -> Value {
    let now = now();
    let schedule = app.hours.get();
    let a = app.hours.availability(now);
    let available = app
        .metrics
        .staff_available
        .load(std::sync::atomic::Ordering::Relaxed)
        > 0;
    json!({
        "hours": schedule.as_ref().map(Schedule::spec),
        "openNow": a.open,
        "staffAvailable": available,
        "staffExpected": a.open && available,
        "nextOpening": a.next_opening.map(Timestamp::from_millis),
    })
}

pub async fn get(State(app): State<AppState>, _caller: Caller) -> ApiResult<Response> {
    Ok(axum::Json(view(&app)).into_response())
}

pub async fn put(
    State(app): State<AppState>,
    caller: Caller,
    Body(spec): Body<HoursSpec>,
) -> ApiResult<Response> {
    caller.require_admin()?;
    let schedule = Schedule::parse(&spec).map_err(|e| ApiError::Invalid(e.to_string()))?;
    // Stored in its normal form, so what GET shows is what was stored.
    let text = serde_json::to_string(&schedule.spec()).map_err(|_| ApiError::Internal)?;
    store(&app, &caller, Some(text)).await?;
    app.hours.set(Some(schedule));
    Ok(axum::Json(view(&app)).into_response())
}

pub async fn delete(State(app): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.require_admin()?;
    store(&app, &caller, None).await?;
    app.hours.set(app.cfg.hours.clone());
    Ok(axum::Json(view(&app)).into_response())
}

async fn store(app: &AppState, caller: &Caller, spec: Option<String>) -> ApiResult<()> {
    let now = now();
    let details = spec.clone().unwrap_or_else(|| "cleared".into());
    app.store
        .submit(vec![
            Op::Offline(OfflineOp::SetHours { spec, now }),
            Op::Audit {
                actor_id: caller.0.id.clone(),
                actor_role: caller.0.role.as_str().to_string(),
                action: "hours",
                target: None,
                details: Some(details),
                now,
            },
        ])
        .await?;
    Ok(())
}
