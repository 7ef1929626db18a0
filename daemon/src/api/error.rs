//! One error shape for the whole HTTP API: `{"error": code, "message": text}`
//! with a stable `code` and the HTTP status that fits it.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use concierge_shared::protocol::{ErrorBody, ErrorCode};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 401: no token, or one that does not verify.
    #[error("{0}")]
    Unauthorized(String),
    /// 403: a valid token without the role the route needs.
    #[error("{0}")]
    Forbidden(&'static str),
    /// 404: no such thing, or not yours (the two look the same).
    #[error("{0}")]
    NotFound(&'static str),
    /// 405: the path exists, the method does not.
    #[error("method not allowed on this path")]
    MethodNotAllowed,
    /// 409: the thing is in a state that does not allow this.
    #[error("{0}")]
    Conflict(String),
    /// 422: a query parameter, path or body that does not parse or fit.
    #[error("{0}")]
    Invalid(String),
    /// 503: the daemon is stopping or the database is unreachable.
    #[error("the service is unavailable; try again")]
    Unavailable,
    /// 500: logged with its cause; the response says nothing more.
    #[error("internal error")]
    Internal,
}

impl ApiError {
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::MethodNotAllowed => "method_not_allowed",
            ApiError::Conflict(_) => "conflict",
            ApiError::Invalid(_) => "invalid_request",
            ApiError::Unavailable => "unavailable",
            ApiError::Internal => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound("not found"),
            StoreError::Conflict(what) => ApiError::Conflict(what.to_string()),
            StoreError::NotPending => ApiError::Conflict(StoreError::NotPending.to_string()),
            StoreError::AlreadyQueued => ApiError::Conflict(StoreError::AlreadyQueued.to_string()),
            StoreError::Closed | StoreError::Unavailable(_) => ApiError::Unavailable,
            other => {
                // Database text stays in the log, never in a response.
                tracing::error!(error = %other, "api: store error");
                ApiError::Internal
            }
        }
    }
}

/// The hub answers with the WebSocket error body; map its code.
impl From<ErrorBody> for ApiError {
    fn from(e: ErrorBody) -> Self {
        match e.code {
            ErrorCode::Unauthorized => ApiError::Unauthorized(e.message),
            ErrorCode::Forbidden => ApiError::Forbidden("not allowed"),
            ErrorCode::NotFound => ApiError::NotFound("not found"),
            ErrorCode::Conflict => ApiError::Conflict(e.message),
            ErrorCode::BadRequest | ErrorCode::TooLarge => ApiError::Invalid(e.message),
            ErrorCode::Unavailable | ErrorCode::RateLimited => ApiError::Unavailable,
            ErrorCode::Internal => ApiError::Internal,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": self.code(), "message": self.to_string()});
        (self.status(), axum::Json(body)).into_response()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
