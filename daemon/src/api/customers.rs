//! `/customers/{id}`: everything stored about a customer (export; admin or
//! the customer themselves) and erasing it (forget; admin). Both are
//! written to `audit_log` ("export", "forget").

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use concierge_shared::protocol::{Role, SessionStatus};
use serde_json::{Value, json};

use super::sessions::{SessionView, close_via_hub, rating_of, transfers_of};
use super::{ApiError, ApiResult, Caller, rfc3339};
use crate::args;
use crate::server::AppState;
use crate::store::read::{self, SessionFilter};
use crate::store::{Db, Op, OpResult, StoreError};

fn now() -> i64 {
    concierge_shared::protocol::Timestamp::now().millis()
}

fn audit(caller: &Caller, action: &'static str, target: &str, details: Option<String>) -> Op {
    Op::Audit {
        actor_id: caller.0.id.clone(),
        actor_role: caller.0.role.as_str().to_string(),
        action,
        target: Some(target.to_string()),
        details,
        now: now(),
    }
}

/// Everything about one customer, as one JSON document.
pub fn gather(c: &mut Db<'_>, id: &str) -> Result<Option<Value>, StoreError> {
    let user = c.query_opt(
        "SELECT id, name, role, email, first_seen, last_seen FROM users WHERE id = ?1",
        args![id],
        |r| {
            Ok(json!({
                "id": r.get::<String>(0)?,
                "name": r.get::<String>(1)?,
                "role": r.get::<String>(2)?,
                "email": r.get::<Option<String>>(3)?,
                "firstSeen": rfc3339(r.get(4)?),
                "lastSeen": rfc3339(r.get(5)?),
            }))
        },
    )?;
    let filter = SessionFilter {
        user_id: Some(id.to_string()),
        ..SessionFilter::default()
    };
    let rows = read::sessions_page(c, &filter, None, u32::MAX)?;
    if user.is_none() && rows.is_empty() {
        return Ok(None);
    }
    let mut sessions = Vec::with_capacity(rows.len());
    for row in rows.iter().rev() {
        let mut v = serde_json::to_value(SessionView::from(row))
            .map_err(|_| StoreError::Conflict("unserializable session"))?;
        if let Value::Object(m) = &mut v {
            m.insert("summary".into(), json!(row.summary));
            m.insert("transfers".into(), Value::Array(transfers_of(c, row.id)?));
            m.insert(
                "rating".into(),
                rating_of(c, row.id)?.unwrap_or(Value::Null),
            );
            m.insert(
                "messages".into(),
                serde_json::to_value(read::all_messages(c, &row.uuid)?)
                    .map_err(|_| StoreError::Conflict("unserializable message"))?,
            );
        }
        sessions.push(v);
    }
    Ok(Some(json!({
        "customerId": id,
        "exportedAt": rfc3339(now()),
        "user": user,
        "sessions": sessions,
    })))
}

pub async fn export(
    State(app): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    match caller.0.role {
        Role::Admin => {}
        Role::Customer if caller.0.id == id => {}
        // Another customer's id looks like an unknown one.
        Role::Customer => return Err(ApiError::NotFound("no such customer")),
        Role::Staff => return Err(ApiError::Forbidden("admin only")),
    }
    let who = id.clone();
    let doc = app
        .store
        .read(move |c| gather(c, &who))
        .await?
        .ok_or(ApiError::NotFound("no such customer"))?;
    app.store
        .submit(vec![audit(&caller, "export", &id, None)])
        .await?;
    tracing::info!(actor = %caller.0.id, customer = %id, "customer data exported");
    Ok(axum::Json(doc).into_response())
}

pub async fn forget(
    State(app): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    caller.require_admin()?;
    let who = id.clone();
    let (known, open) = app
        .store
        .read(move |c| {
            let filter = SessionFilter {
                user_id: Some(who.clone()),
                ..SessionFilter::default()
            };
            let rows = read::sessions_page(c, &filter, None, u32::MAX)?;
            let user = c
                .query_opt(
                    "SELECT 1 FROM users WHERE id = ?1 AND role = 'customer'",
                    args![&who],
                    |_| Ok(()),
                )?
                .is_some();
            let open: Vec<String> = rows
                .iter()
                .filter(|r| r.status != SessionStatus::Closed)
                .map(|r| r.uuid.clone())
                .collect();
            Ok((user || !rows.is_empty(), open))
        })
        .await?;
    if !known {
        return Err(ApiError::NotFound("no such customer"));
    }
    // Open conversations end first, through the hub, so nobody keeps
    // writing into a conversation whose content is being erased.
    for session in open {
        match close_via_hub(&app, &caller, session).await {
            Ok(_) | Err(ApiError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    let pseudonym = format!("erased-{}", uuid::Uuid::new_v4().simple());
    let results = app
        .store
        .submit(vec![
            Op::ForgetCustomer {
                user_id: id.clone(),
                pseudonym: pseudonym.clone(),
            },
            // The pseudonym is not logged: it would tie the rows back to the id.
            audit(&caller, "forget", &id, None),
        ])
        .await?;
    let (sessions, messages, webhook_events) = results
        .iter()
        .find_map(|r| match r {
            OpResult::Forgot {
                sessions,
                messages,
                webhook_events,
            } => Some((*sessions, *messages, *webhook_events)),
            _ => None,
        })
        .unwrap_or((0, 0, 0));
    tracing::info!(actor = %caller.0.id, sessions, messages, webhook_events, "customer data erased");
    Ok(axum::Json(json!({
        "customerId": id,
        "sessions": sessions,
        "messages": messages,
        "webhookEvents": webhook_events,
    }))
    .into_response())
}
