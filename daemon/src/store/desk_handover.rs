//! Issue 16: who handed a chat over, to whom, with what note: recorded on
//! the transfer request created in the same group (the one pending
//! request a session may have).

use super::StoreError;
use super::db::Db;
use crate::args;
use crate::ids::TransferId;
use crate::routing::Handover;
use std::collections::HashMap;

pub(super) fn set_handover(
    db: &mut Db<'_>,
    session_uuid: &str,
    from_staff_id: &str,
    target_staff_id: Option<&str>,
    note: Option<&str>,
) -> Result<(), StoreError> {
    let n = db.execute(
        "UPDATE chat_transfer_requests SET from_staff_id = ?2, target_staff_id = ?3, note = ?4
         WHERE status = 'pending'
           AND session_id = (SELECT id FROM chat_sessions WHERE uuid = ?1)",
        args![session_uuid, from_staff_id, target_staff_id, note],
    )?;
    if n == 0 {
        return Err(StoreError::Conflict("no pending request to hand over"));
    }
    Ok(())
}

/// Every pending request that was handed over, with the sender's name as
/// the staff table knows it, so a restart or a resync keeps the note and
/// the colleague it is reserved for.
pub fn pending_handovers(db: &mut Db<'_>) -> Result<HashMap<TransferId, Handover>, StoreError> {
    let rows = db.query(
        "SELECT t.id, t.from_staff_id, coalesce(s.name, t.from_staff_id), t.target_staff_id,
                t.note
         FROM chat_transfer_requests t
         LEFT JOIN staff_availability s ON s.staff_id = t.from_staff_id
         WHERE t.status = 'pending' AND t.from_staff_id IS NOT NULL",
        args![],
        |r| {
            Ok((
                TransferId(r.get(0)?),
                Handover {
                    from: r.get(1)?,
                    from_name: r.get(2)?,
                    target: r.get(3)?,
                    note: r.get(4)?,
                },
            ))
        },
    )?;
    Ok(rows.into_iter().collect())
}
