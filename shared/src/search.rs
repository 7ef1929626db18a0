//! Full-text search over transcripts (issue 16): the `search` event and
//! its answer, shared by the WebSocket and `GET /api/v1/search`.
//!
//! A query is a list of words, never query syntax: [`terms`] keeps the
//! runs of letters and digits, and each engine matches every one of them
//! (as quoted FTS5 strings, or through `plainto_tsquery`). So `"`, `AND(`
//! or `*` cannot reach a query parser; a query with no word at all is
//! refused with a clear message.

use serde::{Deserialize, Serialize};

use crate::protocol::{SenderRole, Timestamp};

/// Longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words in one query.
pub const MAX_TERMS: usize = 16;
/// Results per page: default and most.
pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 50;
/// The marks around matched words in a snippet.
pub const MARK_START: &str = "**";
pub const MARK_END: &str = "**";

/// `search`: find messages holding every word of `query`. Customers
/// search their own sessions only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Search {
    pub query: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `nextCursor` of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// One matching message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub session_uuid: String,
    pub seq: i64,
    pub message_id: i64,
    pub sender_role: SenderRole,
    /// A few words around the match, matched words between `**`.
    pub snippet: String,
    pub created_at: Timestamp,
    pub customer_id: String,
    pub customer_name: Option<String>,
}

/// Ack of `search` (and the body of `GET /api/v1/search`): newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub items: Vec<SearchHit>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("query is longer than {MAX_QUERY_CHARS} characters")]
    TooLong,
    #[error("query has no word to search for (letters or digits)")]
    NoWords,
    #[error("query has more than {MAX_TERMS} words")]
    TooManyWords,
    #[error("limit must be 1 to {MAX_LIMIT}")]
    Limit,
    #[error("cursor: not a cursor a search returned")]
    Cursor,
}

/// The words of a query, lower-cased: runs of letters and digits.
/// Everything else (quotes, operators, brackets, `*`) only separates.
pub fn terms(query: &str) -> Result<Vec<String>, QueryError> {
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong);
    }
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    match words.len() {
        0 => Err(QueryError::NoWords),
        n if n > MAX_TERMS => Err(QueryError::TooManyWords),
        _ => Ok(words),
    }
}

/// The page size asked for, checked.
pub fn limit(v: Option<u32>) -> Result<u32, QueryError> {
    match v.unwrap_or(DEFAULT_LIMIT) {
        n if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(QueryError::Limit),
    }
}

/// Cursors are opaque: a version tag and the last message id seen.
pub fn encode_cursor(message_id: i64) -> String {
    format!("s1.{message_id}")
}

pub fn decode_cursor(c: &str) -> Result<i64, QueryError> {
    c.strip_prefix("s1.")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n > 0)
        .ok_or(QueryError::Cursor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_syntax_is_only_a_separator() {
        assert_eq!(
            terms("Refund AND(order*").unwrap(),
            ["refund", "and", "order"]
        );
        assert_eq!(terms("\"1042\" NEAR/2").unwrap(), ["1042", "near", "2"]);
        assert_eq!(terms("café").unwrap(), ["café"]);
        assert_eq!(terms("\""), Err(QueryError::NoWords));
        assert_eq!(terms("*"), Err(QueryError::NoWords));
        assert_eq!(terms("   "), Err(QueryError::NoWords));
        assert_eq!(terms(&"a ".repeat(17)), Err(QueryError::TooManyWords));
        assert_eq!(terms(&"a".repeat(201)), Err(QueryError::TooLong));
    }

    #[test]
    fn limits_and_cursors_are_checked() {
        assert_eq!(limit(None), Ok(DEFAULT_LIMIT));
        assert_eq!(limit(Some(0)), Err(QueryError::Limit));
        assert_eq!(limit(Some(51)), Err(QueryError::Limit));
        assert_eq!(decode_cursor(&encode_cursor(42)), Ok(42));
        assert_eq!(decode_cursor("s1.-4"), Err(QueryError::Cursor));
        assert_eq!(decode_cursor("nope"), Err(QueryError::Cursor));
    }
}
