//! The webhook outbox's rows: what the delivery worker reads and writes,
//! and the dead letters admins look at. The triggers that fill the outbox
//! live in the schemas; delivery (HTTP, backoff, leases) in
//! [`crate::webhook`].
//!
//! A row is in one of three states: waiting (`delivered_at` and `dead_at`
//! unset), delivered, or dead (`dead_at` set: the receiver did not take it
//! within the configured attempts or age). A session with a dead row is
//! paused: its later rows wait, so the receiver still sees each session's
//! events in order once the dead one is replayed or dropped.

use super::StoreError;
use super::db::Db;
use crate::args;

fn rfc3339(ms: i64) -> String {
    concierge_shared::protocol::Timestamp::from_millis(ms).to_rfc3339()
}

/// One undelivered event, as the worker sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: i64,
    pub event_id: String,
    pub event: String,
    pub session_uuid: String,
    pub data: String,
    pub created_at: i64,
    pub attempts: i64,
    pub next_attempt_at: i64,
}

/// An event set aside after too many attempts or too long.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadLetter {
    pub event_id: String,
    pub event: String,
    pub session_uuid: String,
    /// RFC 3339.
    pub created_at: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    /// RFC 3339: when it was set aside.
    pub dead_at: String,
    /// Later events of the same session waiting behind it.
    pub held: i64,
}

/// Rows read per worker pass.
pub const BATCH: u32 = 500;

/// The next undelivered events of sessions that are not paused, in commit
/// order, and how many events wait in all (paused sessions' included).
pub fn pending(db: &mut Db<'_>) -> Result<(Vec<Event>, i64), StoreError> {
    // A paused session's rows are left out here, not after reading: a
    // session held up for days would otherwise fill every batch and
    // starve the others.
    let rows = db.query(
        "SELECT o.id, o.event_id, o.event, o.session_uuid, o.data, o.created_at, o.attempts,
                o.next_attempt_at
         FROM webhook_outbox o
         WHERE o.delivered_at IS NULL AND o.dead_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM webhook_outbox d
                           WHERE d.session_uuid = o.session_uuid AND d.dead_at IS NOT NULL)
         ORDER BY o.id LIMIT ?1",
        args![BATCH],
        |r| {
            Ok(Event {
                id: r.get(0)?,
                event_id: r.get(1)?,
                event: r.get(2)?,
                session_uuid: r.get(3)?,
                data: r.get(4)?,
                created_at: r.get(5)?,
                attempts: r.get(6)?,
                next_attempt_at: r.get(7)?,
            })
        },
    )?;
    let count: i64 = db.query_value(
        "SELECT count(*) FROM webhook_outbox WHERE delivered_at IS NULL AND dead_at IS NULL",
        &[],
    )?;
    Ok((rows, count))
}

/// The event's `data` as stored now, if it is still waiting: the worker
/// asks right before each attempt, so an event purged (a forgotten
/// customer) or set aside since the batch was read is not sent.
pub fn still_waiting(db: &mut Db<'_>, id: i64) -> Result<Option<String>, StoreError> {
    db.query_opt(
        "SELECT data FROM webhook_outbox
         WHERE id = ?1 AND delivered_at IS NULL AND dead_at IS NULL",
        args![id],
        |r| r.get(0),
    )
}

/// How many events are dead now.
pub fn dead_count(db: &mut Db<'_>) -> Result<i64, StoreError> {
    db.query_value(
        "SELECT count(*) FROM webhook_outbox WHERE dead_at IS NOT NULL",
        &[],
    )
}

/// Dead letters, oldest first, with what each holds up.
pub fn dead_letters(db: &mut Db<'_>, limit: u32) -> Result<Vec<DeadLetter>, StoreError> {
    db.query(
        "SELECT o.event_id, o.event, o.session_uuid, o.created_at, o.attempts, o.last_error,
                o.dead_at,
                (SELECT count(*) FROM webhook_outbox h
                 WHERE h.session_uuid = o.session_uuid AND h.delivered_at IS NULL
                   AND h.dead_at IS NULL)
         FROM webhook_outbox o WHERE o.dead_at IS NOT NULL ORDER BY o.id LIMIT ?1",
        args![limit],
        |r| {
            Ok(DeadLetter {
                event_id: r.get(0)?,
                event: r.get(1)?,
                session_uuid: r.get(2)?,
                created_at: rfc3339(r.get(3)?),
                attempts: r.get(4)?,
                last_error: r.get(5)?,
                dead_at: rfc3339(r.get(6)?),
                held: r.get(7)?,
            })
        },
    )
}

pub(super) fn delivered(db: &mut Db<'_>, id: i64, now: i64) -> Result<(), StoreError> {
    db.execute(
        "UPDATE webhook_outbox SET delivered_at = ?2, attempts = attempts + 1,
           last_error = NULL WHERE id = ?1",
        args![id, now],
    )?;
    Ok(())
}

pub(super) fn failed(
    db: &mut Db<'_>,
    id: i64,
    next_attempt_at: i64,
    error: &str,
) -> Result<(), StoreError> {
    db.execute(
        "UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = ?2,
           last_error = ?3 WHERE id = ?1",
        args![id, next_attempt_at, error],
    )?;
    Ok(())
}

/// A failed attempt that was the last one allowed: set the event aside.
pub(super) fn dead(db: &mut Db<'_>, id: i64, now: i64, error: &str) -> Result<(), StoreError> {
    db.execute(
        "UPDATE webhook_outbox SET attempts = attempts + 1, dead_at = ?2, last_error = ?3
         WHERE id = ?1 AND delivered_at IS NULL",
        args![id, now, error],
    )?;
    Ok(())
}

/// Send a dead letter again from its first attempt: its session resumes.
/// The session's uuid, or `NotFound` when no dead event has that id.
pub(super) fn replay(db: &mut Db<'_>, event_id: &str) -> Result<String, StoreError> {
    db.query_opt(
        "UPDATE webhook_outbox SET dead_at = NULL, attempts = 0, next_attempt_at = 0
         WHERE event_id = ?1 AND dead_at IS NOT NULL
         RETURNING session_uuid",
        args![event_id],
        |r| r.get(0),
    )?
    .ok_or(StoreError::NotFound)
}

/// Give a dead letter up: it is deleted, never sent, and its session
/// resumes with the next event.
pub(super) fn drop_dead(db: &mut Db<'_>, event_id: &str) -> Result<String, StoreError> {
    db.query_opt(
        "DELETE FROM webhook_outbox WHERE event_id = ?1 AND dead_at IS NOT NULL
         RETURNING session_uuid",
        args![event_id],
        |r| r.get(0),
    )?
    .ok_or(StoreError::NotFound)
}

pub(super) fn prune(db: &mut Db<'_>, delivered_before: i64) -> Result<(), StoreError> {
    db.execute(
        "DELETE FROM webhook_outbox WHERE delivered_at < ?1",
        args![delivered_before],
    )?;
    Ok(())
}

/// Every outbox row of a customer's sessions: delivered copies, events
/// still waiting and dead letters alike (they carry names, ids and message
/// content). Part of forgetting the customer, in its transaction; the
/// number of rows that were not delivered yet.
pub(super) fn purge_customer(db: &mut Db<'_>, user_id: &str) -> Result<u64, StoreError> {
    let undelivered = db.execute(
        "DELETE FROM webhook_outbox WHERE delivered_at IS NULL
           AND session_uuid IN (SELECT uuid FROM chat_sessions WHERE user_id = ?1)",
        args![user_id],
    )?;
    db.execute(
        "DELETE FROM webhook_outbox
         WHERE session_uuid IN (SELECT uuid FROM chat_sessions WHERE user_id = ?1)",
        args![user_id],
    )?;
    Ok(undelivered)
}
