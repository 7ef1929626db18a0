//! Issue 16: who handed a chat over, to whom, with what note: recorded on
//! the transfer request created in the same group (the one pending
//! request a session may have).

use super::StoreError;
use super::db::Db;
use crate::args;

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
