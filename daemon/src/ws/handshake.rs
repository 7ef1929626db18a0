//! The upgrade to a WebSocket: query string, origin, token, the user's
//! socket permit, and the socket's buffer and frame limits. Separate from
//! the running connection because all of it happens before a socket
//! exists: whatever is refused here costs no task.

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{MAX_FRAME_BYTES, connection};
use crate::admission::SocketRefusal;
use crate::hub::Resume;
use crate::server::AppState;

/// How many bytes of queued frames are written to a socket at once.
const WRITE_BATCH_BYTES: usize = 8 * 1024;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WsQuery {
    token: Option<String>,
    last_seq: Option<i64>,
    session_uuid: Option<String>,
}

pub fn unauthorized(message: &str) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        axum::Json(serde_json::json!({"error": "unauthorized", "message": message})),
    )
        .into_response()
}

pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let v = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
}

pub async fn handler(
    State(app): State<AppState>,
    query: Result<Query<WsQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(
                serde_json::json!({"error": "bad_request", "message": "invalid query string"}),
            ),
        )
            .into_response();
    };
    // A browser page on another site gets no socket (cross-site
    // WebSocket hijacking); clients without Origin are not browsers.
    if let Some(refused) = crate::widget::refuse_upgrade(&app.cfg, &headers) {
        return refused;
    }
    // Authentication comes first: no socket exists for a bad token.
    let Some(token) = bearer(&headers)
        .or(query.token)
        .or_else(|| crate::widget::protocol_token(&headers))
    else {
        return unauthorized("missing token: send Authorization: Bearer <JWT> or ?token=<JWT>");
    };
    let user = match app.auth.verify(&token) {
        Ok(u) => u,
        Err(e) => return unauthorized(&e.to_string()),
    };
    let upgrade = match upgrade {
        Ok(u) => u,
        Err(e) => return e.into_response(),
    };
    let socket_permit = match app.sockets.open(&user.id) {
        Ok(p) => p,
        Err(e @ SocketRefusal::TooManyForUser(_)) => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                axum::Json(serde_json::json!({"error": "rate_limited", "message": e.to_string()})),
            )
                .into_response();
        }
        Err(e @ SocketRefusal::Full) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(axum::http::header::RETRY_AFTER, "1")],
                axum::Json(serde_json::json!({"error": "unavailable", "message": e.to_string()})),
            )
                .into_response();
        }
    };
    let resume = match (query.session_uuid, query.last_seq) {
        (Some(session_uuid), Some(last_seq)) => Some(Resume {
            session_uuid,
            last_seq,
        }),
        _ => None,
    };
    upgrade
        // Browsers offer the token as a subprotocol; selecting ours is
        // what lets their handshake complete.
        .protocols([crate::widget::WS_PROTOCOL])
        // Small read buffers keep an idle connection to a few KiB (the
        // default 128 KiB buffer costs ~137 KiB per connection). 1 KiB
        // still takes a typical chat frame in one read; a larger frame
        // grows the buffer for as long as it needs (issue 18: 4 KiB here
        // was 3 KiB of every idle connection).
        .read_buffer_size(1024)
        // Frames queued in a burst are written together at its flush
        // (`Conn::write_burst`), in writes of about this size. At 0 every
        // frame was its own write syscall and TCP segment, flush or not:
        // the socket writes were a quarter of the daemon's CPU in the
        // relay benchmark. The buffer grows only on a socket that gets
        // bursts; an idle one keeps its handful of bytes.
        .write_buffer_size(WRITE_BATCH_BYTES)
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| {
            let tracker = app.tracker.clone();
            tracker.track_future(connection(app, user, socket_permit, resume, socket))
        })
}
