//! Leases in the database: a named duty (the chores, one assistant reply)
//! that one daemon at a time holds until it expires or is released.

use super::StoreError;
use super::db::Db;
use crate::args;

/// Take or renew `name` for `holder` until `now + ttl_ms`; whether it is
/// held (false: another holder's lease has not expired).
pub(super) fn claim(
    db: &mut Db<'_>,
    name: &str,
    holder: &str,
    ttl_ms: i64,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(db
        .query_opt(
            "INSERT INTO leases (name, holder, expires_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE
               SET holder = excluded.holder, expires_at = excluded.expires_at
               WHERE leases.holder = excluded.holder OR leases.expires_at < ?4
             RETURNING holder",
            args![name, holder, now.saturating_add(ttl_ms), now],
            |_| Ok(()),
        )?
        .is_some())
}

pub(super) fn release(db: &mut Db<'_>, name: &str, holder: &str) -> Result<(), StoreError> {
    db.execute(
        "DELETE FROM leases WHERE name = ?1 AND holder = ?2",
        args![name, holder],
    )?;
    Ok(())
}

/// Refuse the group unless `holder` still holds `name` at `now`.
pub(super) fn holds(db: &mut Db<'_>, name: &str, holder: &str, now: i64) -> Result<(), StoreError> {
    // FOR UPDATE (PostgreSQL): nobody takes the lease over before this
    // group commits.
    let held = db
        .query_opt(
            db.dialect(
                "SELECT 1 FROM leases WHERE name = ?1 AND holder = ?2 AND expires_at >= ?3",
                "SELECT 1 FROM leases WHERE name = ?1 AND holder = ?2 AND expires_at >= ?3
                 FOR UPDATE",
            ),
            args![name, holder, now],
            |_| Ok(()),
        )?
        .is_some();
    if held {
        Ok(())
    } else {
        Err(StoreError::Conflict("the lease is held by another"))
    }
}
