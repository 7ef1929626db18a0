//! The web chat widget: a loader script that shops embed (`/widget.js`),
//! the chat page it opens in an iframe (`/widget/chat.html` and its hashed
//! script and style), a demo shop page (`/demo`), guest tokens
//! (`POST /api/v1/guest`), and the `Origin` check that keeps pages on
//! other sites from opening sockets.
//!
//! Files: `assets.rs` (the compiled-in files, caching, CSP), `origin.rs`
//! (`WIDGET_ALLOWED_ORIGINS`), `guest.rs` (guest tokens and their rate
//! limit). The web code itself lives in `daemon/widget/`; docs/widget.md
//! describes embedding and security.

pub mod assets;
pub mod guest;
pub mod origin;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::config::Config;
use crate::server::AppState;
use origin::Verdict;

/// The WebSocket subprotocol the widget speaks. A browser cannot set an
/// `Authorization` header on a WebSocket, and a `?token=` query would put
/// the token in URLs (proxy logs, browser history); so the widget offers
/// two subprotocols, this one and `bearer.<JWT>`, and the server selects
/// this one.
pub const WS_PROTOCOL: &str = "concierge.v1";
const BEARER_PROTOCOL: &str = "bearer.";

/// Everything the widget needs at run time; one per daemon.
pub struct Widget {
    pub assets: assets::Assets,
    pub guests: guest::Guests,
}

impl Widget {
    pub fn new(cfg: &Config, secret: &[u8]) -> Widget {
        Widget {
            assets: assets::Assets::new(&cfg.widget_allowed_origins, &cfg.shop_name),
            guests: guest::Guests::new(secret, &cfg.jwt),
        }
    }
}

/// `/widget.js`, `/widget/{file}` and `/demo`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/widget.js", get(loader))
        .route("/widget/{file}", get(file))
        .route("/demo", get(demo))
}

async fn loader(State(app): State<AppState>, headers: HeaderMap) -> Response {
    app.widget.assets.loader.respond(&headers)
}

async fn demo(State(app): State<AppState>, headers: HeaderMap) -> Response {
    app.widget.assets.demo.respond(&headers)
}

async fn file(
    State(app): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    match app.widget.assets.file(&name) {
        Some(a) => a.respond(&headers),
        None => (
            StatusCode::NOT_FOUND,
            axum::Json(serde_json::json!({"error": "not_found", "message": "no such widget file"})),
        )
            .into_response(),
    }
}

/// The WebSocket upgrade's `Origin` check: the 403 for a browser page on
/// an origin that is not allowed, given before any socket exists. Clients
/// without `Origin` (not browsers) pass.
pub fn refuse_upgrade(cfg: &Config, headers: &HeaderMap) -> Option<Response> {
    match cfg.widget_allowed_origins.judge(headers) {
        Verdict::NoOrigin | Verdict::Allowed(_) => None,
        Verdict::Refused(o) => {
            tracing::info!(origin = %o, "websocket refused: origin not allowed");
            Some(
                (
                    StatusCode::FORBIDDEN,
                    axum::Json(serde_json::json!({
                        "error": "forbidden",
                        "message": format!("origin {o} is not in WIDGET_ALLOWED_ORIGINS"),
                    })),
                )
                    .into_response(),
            )
        }
    }
}

/// The token a browser offered as the subprotocol `bearer.<JWT>`.
pub fn protocol_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .find_map(|p| p.trim().strip_prefix(BEARER_PROTOCOL))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_token_is_read_from_the_offered_subprotocols() {
        let mut h = HeaderMap::new();
        assert_eq!(protocol_token(&h), None);
        h.insert(
            axum::http::header::SEC_WEBSOCKET_PROTOCOL,
            HeaderValue::from_static("concierge.v1, bearer.aaa.bbb.ccc"),
        );
        assert_eq!(protocol_token(&h).as_deref(), Some("aaa.bbb.ccc"));
    }
}
