//! `POST /api/v1/guest`: a short-lived customer token for a visitor who is
//! not signed in, so the widget works on a shop page with nothing else set
//! up.
//!
//! The browser keeps a random *guest key* (in the widget's localStorage)
//! and sends it back to get a fresh token for the same guest. The key is a
//! bearer secret, so it never becomes the customer id that staff, logs and
//! the database see: the id is `guest-` + an HMAC of the key under the
//! daemon's secret. A guest id never reaches an order look-up (see
//! `concierge_assistant::orders::is_guest`).
//!
//! Only browser pages on an allowed origin get tokens, and every client
//! address has a small budget ([`AddrLimiter`]: a fixed array, so no
//! number of addresses grows memory).

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use concierge_shared::protocol::{Role, Timestamp};
use concierge_shared::token::{NewToken, mint};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::origin::Verdict;
use crate::config::{JwtAlgorithm, JwtSettings};
use crate::server::AppState;

/// How long a guest token lives. The widget asks for a new one (same key)
/// before it connects with one about to expire; an open socket is not cut.
pub const GUEST_TOKEN_TTL: Duration = Duration::from_secs(15 * 60);
/// Tokens one client address may get in a burst, and how fast that refills.
const BURST: f64 = 10.0;
const REFILL_PER_SEC: f64 = 1.0 / 6.0;
/// Buckets in the address limiter. Addresses that hash to the same slot
/// share a budget; the hasher's random seed keeps that from being aimed.
const SLOTS: usize = 4096;
/// Length bounds of a guest key the browser sends back.
const KEY_MIN: usize = 16;
const KEY_MAX: usize = 64;
/// Longest request body read (a key is 64 bytes at most).
const MAX_BODY: usize = 1024;

/// Signs guest tokens; one per daemon.
pub struct Guests {
    /// The HS256 secret; `None` when tokens are RS256/ES256, since the
    /// daemon then holds only the public key and cannot sign.
    secret: Option<Vec<u8>>,
    iss: Option<String>,
    aud: Option<String>,
    limiter: AddrLimiter,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GuestRequest {
    /// The key this browser was given before; absent on its first visit.
    #[serde(default)]
    pub guest_key: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuestToken {
    pub token: String,
    /// Keep this and send it back for the next token.
    pub guest_key: String,
    /// The customer id the token carries (`guest-…`).
    pub user_id: String,
    pub expires_at: String,
}

impl Guests {
    pub fn new(secret: &[u8], jwt: &JwtSettings) -> Self {
        Guests {
            secret: (jwt.algorithm == JwtAlgorithm::Hs256).then(|| secret.to_vec()),
            iss: jwt.issuer.clone(),
            aud: jwt.audience.clone(),
            limiter: AddrLimiter::new(),
        }
    }

    /// The customer id of the guest holding `key`.
    fn user_id(secret: &[u8], key: &str) -> String {
        // HMAC accepts keys of any length; this cannot fail.
        let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
            Ok(m) => m,
            Err(_) => unreachable!("HMAC takes any key length"),
        };
        mac.update(b"concierge guest id\0");
        mac.update(key.as_bytes());
        let digest = hex::encode(mac.finalize().into_bytes());
        format!(
            "{}{}",
            concierge_assistant::orders::GUEST_PREFIX,
            &digest[..24]
        )
    }

    /// A token for the guest holding `key` (a new key when `None`).
    pub fn issue(&self, key: Option<String>) -> Result<GuestToken, GuestError> {
        let Some(secret) = &self.secret else {
            return Err(GuestError::CannotSign);
        };
        let key = match key {
            Some(k) if valid_key(&k) => k,
            Some(_) => return Err(GuestError::BadKey),
            None => new_key(),
        };
        let user_id = Self::user_id(secret, &key);
        let token = mint(
            secret,
            &NewToken {
                sub: &user_id,
                name: "Guest",
                role: Role::Customer,
                ttl: GUEST_TOKEN_TTL,
                iss: self.iss.as_deref(),
                aud: self.aud.as_deref(),
            },
        )
        .map_err(|e| {
            tracing::error!(error = %e, "cannot sign a guest token");
            GuestError::CannotSign
        })?;
        let ttl_ms = i64::try_from(GUEST_TOKEN_TTL.as_millis()).unwrap_or(i64::MAX);
        let expires_at = Timestamp::from_millis(Timestamp::now().millis() + ttl_ms).to_rfc3339();
        Ok(GuestToken {
            token,
            guest_key: key,
            user_id,
            expires_at,
        })
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum GuestError {
    #[error("guest tokens need JWT_ALGORITHM=HS256: with RS256/ES256 the daemon cannot sign")]
    CannotSign,
    #[error("guestKey must be {KEY_MIN} to {KEY_MAX} letters, digits, '-' or '_'")]
    BadKey,
}

fn valid_key(k: &str) -> bool {
    (KEY_MIN..=KEY_MAX).contains(&k.len())
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// 128 random bits.
fn new_key() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn error(status: StatusCode, code: &str, message: String) -> Response {
    (
        status,
        axum::Json(serde_json::json!({"error": code, "message": message})),
    )
        .into_response()
}

/// The CORS headers for an allowed page on another origin (the widget's
/// own chat page is same-origin and needs none).
fn cors(resp: &mut Response, origin: Option<&str>) {
    let h = resp.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("Origin"));
    if let Some(v) = origin.and_then(|o| HeaderValue::from_str(o).ok()) {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
    }
}

/// Which pages may ask: a browser page on an allowed origin. A request
/// without `Origin` is refused too: browsers always send one on a POST,
/// and the endpoint exists for browsers.
fn check_origin(app: &AppState, headers: &HeaderMap) -> Result<String, Box<Response>> {
    match app.cfg.widget_allowed_origins.judge(headers) {
        Verdict::Allowed(o) => Ok(o),
        Verdict::NoOrigin => Err(Box::new(error(
            StatusCode::FORBIDDEN,
            "forbidden",
            "guest tokens are for browser pages: no Origin header".into(),
        ))),
        Verdict::Refused(o) => {
            tracing::info!(origin = %o, "guest token refused: origin not allowed");
            Err(Box::new(error(
                StatusCode::FORBIDDEN,
                "forbidden",
                format!("origin {o} is not in WIDGET_ALLOWED_ORIGINS"),
            )))
        }
    }
}

/// `POST /api/v1/guest`.
pub async fn create(State(app): State<AppState>, req: axum::extract::Request) -> Response {
    let origin = match check_origin(&app, req.headers()) {
        Ok(o) => o,
        Err(r) => return *r,
    };
    // Set by the server's connect-info service; absent only when the
    // router runs without it (then every caller shares one budget).
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(a)| a.ip());
    let mut resp = match app.widget.guests.limiter.take(ip, Instant::now()) {
        Err(wait) => {
            let mut r = error(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many guest tokens from this address; try again later".into(),
            );
            if let Ok(v) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
            r
        }
        Ok(()) => {
            let req = match axum::body::to_bytes(req.into_body(), MAX_BODY).await {
                Err(_) => Err(format!("body is over {MAX_BODY} bytes")),
                Ok(b) if b.iter().all(u8::is_ascii_whitespace) => Ok(GuestRequest::default()),
                Ok(b) => serde_json::from_slice::<GuestRequest>(&b).map_err(|e| e.to_string()),
            };
            match req {
                Err(e) => error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_request",
                    format!("body must be {{\"guestKey\"?: string}}: {e}"),
                ),
                Ok(req) => match app.widget.guests.issue(req.guest_key) {
                    Ok(t) => {
                        let mut r = axum::Json(t).into_response();
                        r.headers_mut()
                            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                        r
                    }
                    Err(e @ GuestError::BadKey) => error(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "invalid_request",
                        e.to_string(),
                    ),
                    Err(e @ GuestError::CannotSign) => {
                        error(StatusCode::NOT_IMPLEMENTED, "unavailable", e.to_string())
                    }
                },
            }
        }
    };
    cors(&mut resp, Some(&origin));
    resp
}

/// `OPTIONS /api/v1/guest`: the CORS preflight of an allowed page on
/// another origin.
pub async fn preflight(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let origin = match check_origin(&app, &headers) {
        Ok(o) => o,
        Err(r) => return *r,
    };
    let mut resp = StatusCode::NO_CONTENT.into_response();
    cors(&mut resp, Some(&origin));
    let h = resp.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("POST"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("600"),
    );
    resp
}

/// Token buckets per client address in a fixed array.
struct AddrLimiter {
    hasher: RandomState,
    slots: Mutex<Vec<(f64, Option<Instant>)>>,
}

impl AddrLimiter {
    fn new() -> Self {
        AddrLimiter {
            hasher: RandomState::new(),
            slots: Mutex::new(vec![(BURST, None); SLOTS]),
        }
    }

    /// Take one token for `ip`, or say how long until one is there.
    fn take(&self, ip: Option<IpAddr>, now: Instant) -> Result<(), Duration> {
        let slot = (self.hasher.hash_one(prefix(ip)) % SLOTS as u64) as usize;
        let Ok(mut slots) = self.slots.lock() else {
            return Ok(());
        };
        let Some((tokens, at)) = slots.get_mut(slot) else {
            return Ok(());
        };
        if let Some(at) = *at {
            let refill = now.saturating_duration_since(at).as_secs_f64() * REFILL_PER_SEC;
            *tokens = (*tokens + refill).min(BURST);
        }
        *at = Some(now);
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / REFILL_PER_SEC))
        }
    }
}

/// What one client is: an IPv4 address, or an IPv6 /64 (one host
/// usually holds a whole /64, so single addresses would be free).
fn prefix(ip: Option<IpAddr>) -> u128 {
    match ip {
        None => 0,
        Some(IpAddr::V4(v4)) => u128::from(u32::from(v4)),
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => u128::from(u32::from(v4)),
            None => (u128::from(v6) >> 64) << 64 | 1 << 32,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(alg: JwtAlgorithm) -> JwtSettings {
        JwtSettings {
            secret: None,
            issuer: None,
            audience: None,
            algorithm: alg,
            public_key_file: None,
        }
    }

    #[test]
    fn a_guest_key_gets_the_same_id_and_a_verifiable_customer_token() {
        let g = Guests::new(b"s", &settings(JwtAlgorithm::Hs256));
        let first = g.issue(None).unwrap();
        assert!(first.user_id.starts_with("guest-"));
        assert!(!first.user_id.contains(&first.guest_key));
        let again = g.issue(Some(first.guest_key.clone())).unwrap();
        assert_eq!(again.user_id, first.user_id);
        let other = g.issue(None).unwrap();
        assert_ne!(other.user_id, first.user_id);
        let auth = crate::auth::Authenticator::hs256(b"s", &settings(JwtAlgorithm::Hs256));
        let user = auth.verify(&again.token).unwrap();
        assert_eq!(user.id, first.user_id);
        assert_eq!(user.role, Role::Customer);
    }

    #[test]
    fn bad_keys_and_unsignable_settings_are_refused() {
        let g = Guests::new(b"s", &settings(JwtAlgorithm::Hs256));
        for k in [
            "short",
            "has space in it........",
            &"x".repeat(65),
            "ünïcödé-ünïcödé-ü",
        ] {
            assert_eq!(
                g.issue(Some(k.to_string())).unwrap_err(),
                GuestError::BadKey
            );
        }
        let rs = Guests::new(b"s", &settings(JwtAlgorithm::Rs256));
        assert_eq!(rs.issue(None).unwrap_err(), GuestError::CannotSign);
    }

    #[test]
    fn the_limiter_gives_each_address_a_burst_then_refills() {
        let l = AddrLimiter::new();
        let t0 = Instant::now();
        let a = Some(IpAddr::from([10, 0, 0, 1]));
        for _ in 0..BURST as usize {
            assert!(l.take(a, t0).is_ok());
        }
        let wait = l.take(a, t0).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(6),
            "{wait:?}"
        );
        // Another address has its own budget (unless the two collide, which
        // the random seed makes a 1 in SLOTS event; pick one that does not).
        let b = (2..=255u8)
            .map(|i| Some(IpAddr::from([10, 0, 0, i])))
            .find(|b| {
                l.hasher.hash_one(prefix(*b)) % SLOTS as u64
                    != l.hasher.hash_one(prefix(a)) % SLOTS as u64
            })
            .unwrap();
        assert!(l.take(b, t0).is_ok());
        assert!(l.take(a, t0 + Duration::from_secs(6)).is_ok());
        // Addresses in one IPv6 /64 share a budget.
        let v6 = |last: u16| Some(IpAddr::from([0x2001, 0xdb8, 0, 1, 0, 0, 0, last]));
        assert_eq!(prefix(v6(1)), prefix(v6(2)));
        assert_ne!(
            prefix(v6(1)),
            prefix(Some(IpAddr::from([0x2001, 0xdb8, 0, 2, 0, 0, 0, 1])))
        );
    }
}
