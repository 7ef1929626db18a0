//! The HTTP API under `/api/v1`: JSON, authenticated by the same JWTs as
//! the WebSocket (`Authorization: Bearer`).
//!
//! Visibility: staff and admin see every session; a customer sees only
//! their own, and anyone else's looks exactly like a missing one (404), so
//! ids cannot be probed. Staff-only routes answer a customer with 403.
//!
//! Files: `sessions.rs` (list, detail, messages, transcript, close),
//! `staff.rs` (presence and settings), `stats.rs` (analytics),
//! `customers.rs` (export and forget, audited), `webhooks.rs` (dead
//! letters: list, replay, drop; audited), `openapi.rs` (the document
//! at `/api/v1/openapi.json`), `error.rs` (the one error shape).

pub mod annotations; // issue 16: notes and labels
pub mod canned; // issue 16
mod customers;
pub mod error;
pub mod hours; // issue 17
pub mod openapi;
pub mod search; // issue 16
mod sessions;
mod sessions_csv; // issue 16
mod staff;
pub mod stats;
mod webhooks;

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use concierge_shared::protocol::{Role, Timestamp};
use serde::de::DeserializeOwned;

pub use error::{ApiError, ApiResult};

use crate::accept::Peer;
use crate::admission::{BudgetTable, Rate};
use crate::auth::User;
use crate::server::AppState;

/// The routes, to be nested under `/api/v1`.
pub fn router(state: &AppState) -> Router<AppState> {
    let cfg = &state.cfg;
    let limiter = Arc::new(Limiter::new(cfg.rate_limit_per_sec, cfg.rate_limit_burst));
    let app = state.clone();
    Router::new()
        .route("/sessions", get(sessions::list))
        .route("/sessions/{uuid}", get(sessions::detail))
        .route("/sessions/{uuid}/messages", get(sessions::messages))
        .route("/sessions/{uuid}/transcript", get(sessions::transcript))
        .route("/sessions/{uuid}/close", post(sessions::close))
        // Issue 16: notes, labels, CSV.
        .route(
            "/sessions/{uuid}/notes",
            get(annotations::notes).post(annotations::add_note),
        )
        .route(
            "/sessions/{uuid}/labels",
            put(annotations::put_labels).post(annotations::add_label),
        )
        .route(
            "/sessions/{uuid}/labels/{label}",
            axum::routing::delete(annotations::remove_label),
        )
        .route("/labels", get(annotations::in_use))
        .route("/sessions.csv", get(sessions_csv::handler))
        .route("/staff", get(staff::list))
        .route("/staff/{id}", put(staff::update))
        .route("/stats", get(stats::handler))
        .route("/customers/{id}", axum::routing::delete(customers::forget))
        .route("/customers/{id}/export", get(customers::export))
        .route("/webhooks/dead", get(webhooks::list))
        .route(
            "/webhooks/dead/{event_id}",
            axum::routing::delete(webhooks::drop),
        )
        .route("/webhooks/dead/{event_id}/replay", post(webhooks::replay))
        // Issue 17: business hours.
        .route(
            "/hours",
            get(hours::get).put(hours::put).delete(hours::delete),
        )
        // Issue 16: shared replies and search.
        .route("/canned-replies", get(canned::list))
        .route(
            "/canned-replies/{code}",
            put(canned::put).delete(canned::delete),
        )
        .route("/search", get(search::handler))
        .route("/openapi.json", get(openapi::handler))
        .route(
            "/guest",
            post(crate::widget::guest::create).options(crate::widget::guest::preflight),
        )
        .fallback(no_such_route)
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(axum::middleware::from_fn(
            move |req: Request, next: Next| {
                let limiter = limiter.clone();
                let app = app.clone();
                async move { limiter.guard(&app, req, next).await }
            },
        ))
}

async fn no_such_route() -> ApiError {
    ApiError::NotFound("no such path")
}

/// The caller, from a verified bearer token.
pub struct Caller(pub User);

impl Caller {
    pub fn is_staff(&self) -> bool {
        self.0.role.is_staff()
    }
    pub fn require_staff(&self) -> ApiResult<()> {
        if self.is_staff() {
            Ok(())
        } else {
            Err(ApiError::Forbidden("staff only"))
        }
    }
    pub fn require_admin(&self) -> ApiResult<()> {
        if self.0.role == Role::Admin {
            Ok(())
        } else {
            Err(ApiError::Forbidden("admin only"))
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> ApiResult<Self> {
        if let Some(Verified(v)) = parts.extensions.get::<Verified>() {
            return v.clone().map(Caller).map_err(ApiError::Unauthorized);
        }
        let token = crate::ws::bearer(&parts.headers).ok_or_else(|| {
            ApiError::Unauthorized("missing token: send Authorization: Bearer <JWT>".into())
        })?;
        app.auth
            .verify(&token)
            .map(Caller)
            .map_err(|e| ApiError::Unauthorized(e.to_string()))
    }
}

/// Query parameters; anything that does not parse (or is unknown) is 422.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> ApiResult<Self> {
        let q = parts.uri.query().unwrap_or_default();
        serde_urlencoded_from_str(q).map(Params)
    }
}

fn serde_urlencoded_from_str<T: DeserializeOwned>(q: &str) -> ApiResult<T> {
    axum::extract::Query::<T>::try_from_uri(
        &format!("/?{q}")
            .parse()
            .map_err(|_| ApiError::Invalid("invalid query string".into()))?,
    )
    .map(|axum::extract::Query(v)| v)
    .map_err(|e| ApiError::Invalid(e.body_text()))
}

/// A JSON body; a missing, malformed or mistyped one is 422.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> ApiResult<Self> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|axum::Json(v)| Body(v))
            .map_err(|e| ApiError::Invalid(e.body_text()))
    }
}

/// A time parameter: RFC 3339 or milliseconds since the epoch.
/// Only times from 1970 to the end of 9999 are accepted: anything outside
/// is a typo or a probe, and would overflow the arithmetic on windows.
pub fn parse_time(name: &str, v: &str) -> ApiResult<i64> {
    const LAST_MS: i64 = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
    let ms = match v.trim().parse::<i64>() {
        Ok(ms) => Some(ms),
        Err(_) => Timestamp::parse(v.trim()).map(|t| t.millis()),
    };
    match ms {
        Some(ms) if (0..=LAST_MS).contains(&ms) => Ok(ms),
        Some(_) => Err(ApiError::Invalid(format!(
            "{name}: must lie between 1970-01-01 and 9999-12-31"
        ))),
        None => Err(ApiError::Invalid(format!(
            "{name}: expected RFC 3339 (2024-05-01T09:00:00Z) or milliseconds since the epoch"
        ))),
    }
}

pub fn rfc3339(ms: i64) -> String {
    Timestamp::from_millis(ms).to_rfc3339()
}

/// Request budgets (the WebSocket limits' settings, times five): a client
/// hammering the API gets 429 with `Retry-After`, others are unaffected.
///
/// The budget is keyed by the verified subject, never by the raw bearer (a
/// client inventing bearers would otherwise get a fresh budget, and a map
/// entry, per request); requests without a valid token share their client
/// address's budget. Both live in tables of fixed size.
struct Limiter {
    users: BudgetTable,
    addresses: BudgetTable,
}

/// The outcome of checking a request's bearer, kept for [`Caller`] so the
/// token is verified once.
#[derive(Clone)]
struct Verified(Result<User, String>);

impl Limiter {
    fn new(per_sec: f64, burst: u32) -> Self {
        let rate = Rate::new(per_sec.max(0.1) * 5.0, burst.max(1).saturating_mul(5));
        Self {
            users: BudgetTable::new(rate),
            addresses: BudgetTable::new(rate),
        }
    }

    async fn guard(&self, app: &AppState, mut req: Request, next: Next) -> Response {
        let verified = crate::ws::bearer(req.headers())
            .map(|token| Verified(app.auth.verify(&token).map_err(|e| e.to_string())));
        let taken = match &verified {
            Some(Verified(Ok(user))) => self.users.take(&user.id),
            _ => {
                let addr = req.extensions().get::<Peer>().map(Peer::key);
                self.addresses.take(addr)
            }
        };
        if let Some(v) = verified {
            req.extensions_mut().insert(v);
        }
        if let Err(wait_ms) = taken {
            let secs = wait_ms.div_ceil(1000).max(1);
            let mut resp = (
                axum::http::StatusCode::TOO_MANY_REQUESTS,
                axum::Json(serde_json::json!({
                    "error": "rate_limited",
                    "message": "too many requests; slow down",
                })),
            )
                .into_response();
            resp.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
            return resp;
        }
        next.run(req).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_as_rfc3339_or_millis() {
        assert_eq!(parse_time("from", "1000").ok(), Some(1000));
        assert_eq!(parse_time("from", "1970-01-01T00:00:01Z").ok(), Some(1000));
        assert!(parse_time("from", "yesterday").is_err());
        assert!(parse_time("from", "-1").is_err());
        assert!(parse_time("to", &i64::MAX.to_string()).is_err());
        assert!(parse_time("to", "+262143-01-01T00:00:00Z").is_err());
    }
}
