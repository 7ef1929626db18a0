//! `GET /search` (issue 16): full-text search over transcripts, scoped by
//! role: a customer finds only their own sessions; staff and admins find
//! every session. The WebSocket's `search` event runs the same [`run`].

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use concierge_shared::ErrorBody;
use concierge_shared::search::{self, QueryError, Search, SearchResults};
use serde::Deserialize;

use super::{ApiError, ApiResult, Caller, Params};
use crate::auth::User;
use crate::server::AppState;
use crate::store::StoreError;
use crate::store::desk_search::{self, SearchQuery};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    q: Option<String>,
    limit: Option<u32>,
    cursor: Option<String>,
}

pub async fn handler(
    State(app): State<AppState>,
    caller: Caller,
    Params(p): Params<SearchParams>,
) -> ApiResult<Response> {
    let Some(query) = p.q else {
        return Err(ApiError::Invalid(
            "q: the words to search for are required".into(),
        ));
    };
    let s = Search {
        query,
        limit: p.limit,
        cursor: p.cursor,
    };
    let results = run(&app, &caller.0, s).await?;
    Ok(axum::Json(results).into_response())
}

/// Check the query, search what `user` may see, and page the results.
pub async fn run(app: &AppState, user: &User, s: Search) -> Result<SearchResults, SearchError> {
    let terms = search::terms(&s.query)?;
    let limit = search::limit(s.limit)?;
    let before_id = s.cursor.as_deref().map(search::decode_cursor).transpose()?;
    let q = SearchQuery {
        terms,
        customer_id: (!user.role.is_staff()).then(|| user.id.clone()),
        before_id,
        // One more than asked tells whether another page exists.
        limit: limit + 1,
    };
    let mut items = desk_search::find(&app.store, q).await?;
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let next_cursor = more
        .then(|| items.last().map(|h| search::encode_cursor(h.message_id)))
        .flatten();
    Ok(SearchResults { items, next_cursor })
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<SearchError> for ApiError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::Query(q) => ApiError::Invalid(q.to_string()),
            SearchError::Store(s) => s.into(),
        }
    }
}

impl From<SearchError> for ErrorBody {
    fn from(e: SearchError) -> Self {
        use concierge_shared::ErrorCode;
        match e {
            SearchError::Query(q) => ErrorBody::new(ErrorCode::BadRequest, q.to_string()),
            SearchError::Store(e) => {
                tracing::error!(error = %e, "search read failed");
                ErrorBody::unavailable("try again")
            }
        }
    }
}
