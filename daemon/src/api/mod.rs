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

mod customers;
pub mod error;
pub mod openapi;
mod sessions;
mod staff;
pub mod stats;
mod webhooks;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use concierge_shared::protocol::{Role, Timestamp};
use serde::de::DeserializeOwned;

pub use error::{ApiError, ApiResult};

use crate::auth::User;
use crate::server::AppState;

/// The routes, to be nested under `/api/v1`.
pub fn router(cfg: &crate::config::Config) -> Router<AppState> {
    let limiter = Arc::new(Limiter::new(cfg.rate_limit_per_sec, cfg.rate_limit_burst));
    Router::new()
        .route("/sessions", get(sessions::list))
        .route("/sessions/{uuid}", get(sessions::detail))
        .route("/sessions/{uuid}/messages", get(sessions::messages))
        .route("/sessions/{uuid}/transcript", get(sessions::transcript))
        .route("/sessions/{uuid}/close", post(sessions::close))
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
        .route("/openapi.json", get(openapi::handler))
        .fallback(no_such_route)
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(axum::middleware::from_fn(
            move |req: Request, next: Next| {
                let limiter = limiter.clone();
                async move { limiter.guard(req, next).await }
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
pub fn parse_time(name: &str, v: &str) -> ApiResult<i64> {
    if let Ok(ms) = v.trim().parse::<i64>() {
        return Ok(ms);
    }
    Timestamp::parse(v.trim())
        .map(|t| t.millis())
        .ok_or_else(|| {
            ApiError::Invalid(format!(
                "{name}: expected RFC 3339 (2024-05-01T09:00:00Z) or milliseconds since the epoch"
            ))
        })
}

pub fn rfc3339(ms: i64) -> String {
    Timestamp::from_millis(ms).to_rfc3339()
}

/// Per-token request budget (the WebSocket limits' settings): a client
/// hammering the API gets 429 with `Retry-After`, others are unaffected.
struct Limiter {
    per_sec: f64,
    burst: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl Limiter {
    fn new(per_sec: f64, burst: u32) -> Self {
        Self {
            per_sec: per_sec.max(0.1) * 5.0,
            burst: f64::from(burst.max(1)) * 5.0,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Whether the caller may go on; `Err(seconds to wait)` if not.
    fn take(&self, key: &str) -> Result<(), f64> {
        let Ok(mut b) = self.buckets.lock() else {
            return Ok(());
        };
        let now = Instant::now();
        if b.len() > 10_000 {
            // Forget idle clients rather than grow without bound.
            let per_sec = self.per_sec;
            let burst = self.burst;
            b.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_sec < burst
            });
        }
        let (tokens, at) = b.entry(key.to_string()).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_sec).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err((1.0 - *tokens) / self.per_sec)
        }
    }

    async fn guard(&self, req: Request, next: Next) -> Response {
        let key = crate::ws::bearer(req.headers()).unwrap_or_default();
        if !key.is_empty()
            && let Err(wait) = self.take(&key)
        {
            let secs = wait.ceil().max(1.0);
            let mut resp = (
                axum::http::StatusCode::TOO_MANY_REQUESTS,
                axum::Json(serde_json::json!({
                    "error": "rate_limited",
                    "message": "too many requests; slow down",
                })),
            )
                .into_response();
            if let Ok(v) = axum::http::HeaderValue::from_str(&format!("{secs}")) {
                resp.headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, v);
            }
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
    }

    #[test]
    fn the_limiter_refuses_past_the_burst_and_refills() {
        let l = Limiter {
            per_sec: 1000.0,
            burst: 2.0,
            buckets: Mutex::new(HashMap::new()),
        };
        assert!(l.take("a").is_ok());
        assert!(l.take("a").is_ok());
        assert!(l.take("a").is_err());
        assert!(l.take("b").is_ok());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(l.take("a").is_ok());
    }
}
