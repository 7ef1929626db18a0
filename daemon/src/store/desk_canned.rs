//! Storage of the team's shared canned replies (issue 16): one row per
//! code in `canned_replies`. Writes are [`CannedOp`]s applied by the
//! writer thread (with their audit row in the same group); the list is a
//! plain read.

use concierge_shared::Timestamp;
use concierge_shared::canned::CannedReply;

use super::StoreError;
use super::db::{Db, DbRow};
use crate::args;

#[derive(Debug, Clone)]
pub enum CannedOp {
    /// Create or replace the reply `code` (checked by the caller).
    Set {
        code: String,
        body: String,
        by: String,
        now: i64,
    },
    /// Delete the reply `code`: [`StoreError::NotFound`] when there is none.
    Remove { code: String },
}

/// What applying a [`CannedOp`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CannedResult {
    Created,
    Replaced,
    Removed,
}

pub(super) fn apply(db: &mut Db<'_>, op: &CannedOp) -> Result<CannedResult, StoreError> {
    match op {
        CannedOp::Set {
            code,
            body,
            by,
            now,
        } => {
            let existed: i64 = db.query_value(
                "SELECT count(*) FROM canned_replies WHERE code = ?1",
                args![code],
            )?;
            db.execute(
                "INSERT INTO canned_replies (code, body, updated_by, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (code) DO UPDATE SET body = ?2, updated_by = ?3, updated_at = ?4",
                args![code, body, by, now],
            )?;
            Ok(if existed > 0 {
                CannedResult::Replaced
            } else {
                CannedResult::Created
            })
        }
        CannedOp::Remove { code } => {
            match db.execute("DELETE FROM canned_replies WHERE code = ?1", args![code])? {
                0 => Err(StoreError::NotFound),
                _ => Ok(CannedResult::Removed),
            }
        }
    }
}

/// Every shared reply, by code.
pub fn list(db: &mut Db<'_>) -> Result<Vec<CannedReply>, StoreError> {
    db.query(
        "SELECT code, body, updated_by, updated_at FROM canned_replies ORDER BY code",
        args![],
        reply_from_row,
    )
}

/// One reply, if there is one.
pub fn get(db: &mut Db<'_>, code: &str) -> Result<Option<CannedReply>, StoreError> {
    db.query_opt(
        "SELECT code, body, updated_by, updated_at FROM canned_replies WHERE code = ?1",
        args![code],
        reply_from_row,
    )
}

fn reply_from_row(r: &DbRow<'_>) -> Result<CannedReply, StoreError> {
    Ok(CannedReply {
        code: r.get(0)?,
        body: r.get(1)?,
        updated_by: r.get(2)?,
        updated_at: Timestamp::from_millis(r.get(3)?),
    })
}
