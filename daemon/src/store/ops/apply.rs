//! How the writer thread applies an [`Op`]: the SQL of each, and the
//! multi-statement ones (accepting a transfer under the staff row's lock,
//! forgetting a customer). Separate from the `Op` and `OpResult` types in
//! `ops.rs`, which every writer builds and reads without caring how they
//! are stored.

use super::messages::append_message;
use super::{Op, OpResult, session_type_str, status_str};
use crate::args;
use crate::ids::{TransferId, TransferStatus};
use crate::store::db::Db;
use crate::store::read::{session_cols, session_from_row};
use crate::store::{StoreError, lease, outbox};

pub(in crate::store) fn apply(db: &mut Db<'_>, op: &Op) -> Result<OpResult, StoreError> {
    match op {
        Op::TouchUser {
            id,
            name,
            role,
            email,
            now,
        } => {
            db.execute(
                "INSERT INTO users (id, name, role, email, first_seen, last_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (id) DO UPDATE SET name = ?2, role = ?3,
                   email = coalesce(?4, users.email), last_seen = ?5",
                args![id, name, role, email, now],
            )?;
            Ok(OpResult::Done)
        }
        Op::CreateSession {
            uuid,
            user_id,
            user_name,
            now,
        } => {
            let row = db.query_opt(
                concat!(
                    "INSERT INTO chat_sessions (uuid, user_id, user_name, session_type, status,
                       created_at, updated_at, last_activity)
                     VALUES (?1, ?2, ?3, 'ai', 'active', ?4, ?4, ?4)
                     RETURNING ",
                    session_cols!()
                ),
                args![uuid, user_id, user_name, now],
                session_from_row,
            );
            match row {
                Ok(Some(row)) => Ok(OpResult::Session(row)),
                Ok(None) => Err(StoreError::NotFound),
                // PostgreSQL only: another daemon opened one for this customer.
                Err(e) if e.violates(crate::store::postgres::schema::ONE_OPEN_SESSION) => {
                    Err(StoreError::Conflict("customer already has an open session"))
                }
                Err(e) => Err(e),
            }
        }
        Op::AppendMessage {
            session_uuid,
            message,
            now,
        } => append_message(db, session_uuid, message, *now),
        Op::MarkRead {
            session_uuid,
            up_to,
            reader_is_customer,
            now,
        } => {
            let sql = if *reader_is_customer {
                "UPDATE chat_messages SET read_at = ?3
                 WHERE session_id = (SELECT id FROM chat_sessions WHERE uuid = ?1)
                   AND id <= ?2 AND read_at IS NULL AND sender_role != 'customer'"
            } else {
                "UPDATE chat_messages SET read_at = ?3
                 WHERE session_id = (SELECT id FROM chat_sessions WHERE uuid = ?1)
                   AND id <= ?2 AND read_at IS NULL AND sender_role = 'customer'"
            };
            let marked = db.execute(sql, args![session_uuid, up_to, now])?;
            Ok(OpResult::Read {
                marked: usize::try_from(marked).unwrap_or(usize::MAX),
            })
        }
        Op::SetSessionState {
            uuid,
            staff_id,
            session_type,
            status,
            now,
        } => {
            let n = db.execute(
                "UPDATE chat_sessions SET staff_id = ?2, session_type = ?3, status = ?4,
                   updated_at = ?5, last_activity = ?5
                 WHERE uuid = ?1 AND status != 'closed'",
                args![
                    uuid,
                    staff_id,
                    session_type_str(*session_type),
                    status_str(*status),
                    now
                ],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict("session is closed or unknown"));
            }
            Ok(OpResult::Done)
        }
        Op::SetSummary { uuid, summary } => {
            db.execute(
                "UPDATE chat_sessions SET summary = ?2 WHERE uuid = ?1",
                args![uuid, summary],
            )?;
            Ok(OpResult::Done)
        }
        Op::SetAiFailures { uuid, failures } => {
            db.execute(
                "UPDATE chat_sessions SET ai_failures = ?2 WHERE uuid = ?1",
                args![uuid, failures],
            )?;
            Ok(OpResult::Done)
        }
        Op::CloseSession {
            uuid,
            closed_by,
            now,
        } => {
            let n = db.execute(
                "UPDATE chat_sessions SET status = 'closed', closed_at = ?3, closed_by = ?2,
                   updated_at = ?3
                 WHERE uuid = ?1 AND status != 'closed'",
                args![uuid, closed_by, now],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict("session is already closed"));
            }
            // A request still waiting for staff is abandoned with the session.
            db.execute(
                "UPDATE chat_transfer_requests SET status = 'cancelled', resolved_at = ?2,
                   outcome = 'session_closed'
                 WHERE session_id = (SELECT id FROM chat_sessions WHERE uuid = ?1)
                   AND status = 'pending'",
                args![uuid, now],
            )?;
            Ok(OpResult::Closed { closed_at: *now })
        }
        Op::Rate {
            uuid,
            rating,
            comment,
            now,
        } => {
            // Casts: PostgreSQL cannot type a bare parameter in a SELECT list.
            let inserted = db.execute(
                "INSERT INTO session_ratings (session_id, rating, comment, created_at)
                 SELECT id, CAST(?2 AS INTEGER), CAST(?3 AS TEXT), CAST(?4 AS BIGINT)
                 FROM chat_sessions WHERE uuid = ?1 AND status = 'closed'
                 ON CONFLICT (session_id) DO NOTHING",
                args![uuid, rating, comment, now],
            )?;
            if inserted == 0 {
                return Err(StoreError::Conflict(
                    "session is not closed or already rated",
                ));
            }
            Ok(OpResult::Done)
        }
        Op::CreateTransfer {
            session_uuid,
            customer_id,
            customer_name,
            reason,
            summary,
            priority,
            status,
            now,
        } => {
            let id = db.query_opt(
                "INSERT INTO chat_transfer_requests (session_id, customer_id, customer_name,
                   reason, summary, status, priority, created_at, resolved_at)
                 SELECT id, CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?4 AS TEXT),
                        CAST(?5 AS TEXT), CAST(?8 AS TEXT), CAST(?6 AS INTEGER),
                        CAST(?7 AS BIGINT),
                        CASE WHEN CAST(?8 AS TEXT) = 'pending' THEN NULL
                             ELSE CAST(?7 AS BIGINT) END
                 FROM chat_sessions WHERE uuid = ?1
                 ON CONFLICT (session_id) WHERE status = 'pending' DO NOTHING
                 RETURNING id",
                args![
                    session_uuid,
                    customer_id,
                    customer_name,
                    reason,
                    summary,
                    priority,
                    now,
                    status.as_str()
                ],
                |r| r.get(0),
            )?;
            match id {
                Some(id) => Ok(OpResult::TransferId(TransferId(id))),
                // The one pending request a session may have exists
                // already: another daemon queued it a moment ago.
                None if *status == TransferStatus::Pending
                    && pending_request(db, session_uuid)? =>
                {
                    Err(StoreError::AlreadyQueued)
                }
                None => Err(StoreError::Conflict("session is unknown")),
            }
        }
        Op::ResolveTransfer {
            id,
            status,
            staff_id,
            outcome,
            now,
        } => {
            let n = db.execute(
                "UPDATE chat_transfer_requests SET status = ?2, staff_id = ?3, outcome = ?4,
                   resolved_at = ?5
                 WHERE id = ?1 AND status = 'pending'",
                args![id.0, status.as_str(), staff_id, outcome, now],
            )?;
            if n == 0 {
                return Err(StoreError::NotPending);
            }
            Ok(OpResult::Done)
        }
        Op::Decline {
            id,
            staff_id,
            reason,
            now,
        } => {
            db.execute(
                "INSERT INTO transfer_declines (request_id, staff_id, reason, created_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (request_id, staff_id) DO UPDATE SET reason = ?3, created_at = ?4",
                args![id.0, staff_id, reason, now],
            )?;
            Ok(OpResult::Done)
        }
        Op::UpsertStaff {
            staff_id,
            name,
            is_online,
            is_available,
            now,
        } => {
            db.execute(
                "INSERT INTO staff_availability (staff_id, name, is_online, is_available,
                   last_heartbeat, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (staff_id) DO UPDATE SET name = ?2, is_online = ?3,
                   is_available = ?4, last_heartbeat = ?5, updated_at = ?5",
                args![staff_id, name, is_online, is_available, now],
            )?;
            Ok(OpResult::Done)
        }
        Op::SetHandover {
            session_uuid,
            from_staff_id,
            target_staff_id,
            note,
        } => {
            crate::store::desk_handover::set_handover(
                db,
                session_uuid,
                from_staff_id,
                target_staff_id.as_deref(),
                note.as_deref(),
            )?;
            Ok(OpResult::Done)
        }
        Op::SetStaffMax { staff_id, max, now } => {
            db.execute(
                "INSERT INTO staff_availability (staff_id, name, max_concurrent_chats, updated_at)
                 VALUES (?1, ?1, ?2, ?3)
                 ON CONFLICT (staff_id) DO UPDATE SET max_concurrent_chats = ?2, updated_at = ?3",
                args![staff_id, max, now],
            )?;
            Ok(OpResult::Done)
        }
        Op::Audit {
            actor_id,
            actor_role,
            action,
            target,
            details,
            now,
        } => {
            db.execute(
                "INSERT INTO audit_log (actor_id, actor_role, action, target, details, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                args![actor_id, actor_role, action, target, details, now],
            )?;
            Ok(OpResult::Done)
        }
        Op::SetWebhooksEnabled { enabled } => {
            db.execute(
                "UPDATE webhook_settings SET enabled = ?1 WHERE id = 1",
                args![enabled],
            )?;
            Ok(OpResult::Done)
        }
        Op::WebhookDelivered { id, now } => {
            outbox::delivered(db, *id, *now)?;
            Ok(OpResult::Done)
        }
        Op::WebhookFailed {
            id,
            next_attempt_at,
            error,
        } => {
            outbox::failed(db, *id, *next_attempt_at, error)?;
            Ok(OpResult::Done)
        }
        Op::WebhookDead { id, now, error } => {
            outbox::dead(db, *id, *now, error)?;
            Ok(OpResult::Done)
        }
        Op::WebhookReplay { event_id } => {
            Ok(OpResult::WebhookSession(outbox::replay(db, event_id)?))
        }
        Op::WebhookDrop { event_id } => {
            Ok(OpResult::WebhookSession(outbox::drop_dead(db, event_id)?))
        }
        Op::WebhookPrune { delivered_before } => {
            outbox::prune(db, *delivered_before)?;
            Ok(OpResult::Done)
        }
        Op::ForgetCustomer { user_id, pseudonym } => forget_customer(db, user_id, pseudonym),
        Op::Offline(op) => crate::store::offline::apply(db, op).map(OpResult::Offline),
        Op::Annotate(op) => crate::store::annotations::apply(db, op).map(OpResult::Annotation),
        Op::Canned(op) => crate::store::desk_canned::apply(db, op).map(OpResult::Canned),
        Op::IndexForSearch => {
            if db.engine() == crate::store::Engine::Sqlite {
                crate::store::desk_search::index_new_messages(db)?;
            }
            Ok(OpResult::Done)
        }
        Op::AcceptTransfer {
            id,
            session_uuid,
            staff_id,
            default_max,
            now,
        } => accept_transfer(db, id.0, session_uuid, staff_id, *default_max, *now),
        Op::ClaimLease {
            name,
            holder,
            ttl_ms,
            now,
        } => Ok(OpResult::Lease {
            held: lease::claim(db, name, holder, *ttl_ms, *now)?,
        }),
        Op::ReleaseLease { name, holder } => {
            lease::release(db, name, holder)?;
            Ok(OpResult::Done)
        }
        Op::HoldsLease { name, holder, now } => {
            lease::holds(db, name, holder, *now)?;
            Ok(OpResult::Done)
        }
    }
}

/// Whether the session has a request waiting for staff.
fn pending_request(db: &mut Db<'_>, session_uuid: &str) -> Result<bool, StoreError> {
    Ok(db
        .query_opt(
            "SELECT 1 FROM chat_transfer_requests
             WHERE status = 'pending'
               AND session_id = (SELECT id FROM chat_sessions WHERE uuid = ?1)",
            args![session_uuid],
            |_| Ok(()),
        )?
        .is_some())
}

fn accept_transfer(
    db: &mut Db<'_>,
    id: i64,
    session_uuid: &str,
    staff_id: &str,
    default_max: u32,
    now: i64,
) -> Result<OpResult, StoreError> {
    db.execute(
        "INSERT INTO staff_availability (staff_id, name, updated_at) VALUES (?1, ?1, ?2)
         ON CONFLICT (staff_id) DO NOTHING",
        args![staff_id, now],
    )?;
    // The staff row's lock serializes every accept by this staff member,
    // whichever daemon runs it, so the count below cannot go stale before
    // commit. SQLite has one writer and needs no lock.
    let max: Option<u32> = db.query_value(
        db.dialect(
            "SELECT max_concurrent_chats FROM staff_availability WHERE staff_id = ?1",
            "SELECT max_concurrent_chats FROM staff_availability WHERE staff_id = ?1 FOR UPDATE",
        ),
        args![staff_id],
    )?;
    let holding: i64 = db.query_value(
        "SELECT count(*) FROM chat_sessions
         WHERE staff_id = ?1 AND status = 'active' AND session_type = 'human'",
        args![staff_id],
    )?;
    if holding >= i64::from(max.unwrap_or(default_max)) {
        return Err(StoreError::Conflict("staff is at capacity"));
    }
    // A second accept of the same request waits for this row and then finds
    // it no longer pending.
    let n = db.execute(
        "UPDATE chat_transfer_requests SET status = 'accepted', staff_id = ?2, resolved_at = ?3
         WHERE id = ?1 AND status = 'pending'
           AND session_id = (SELECT id FROM chat_sessions WHERE uuid = ?4)",
        args![id, staff_id, now, session_uuid],
    )?;
    if n == 0 {
        return Err(StoreError::NotPending);
    }
    let n = db.execute(
        "UPDATE chat_sessions SET staff_id = ?2, session_type = 'human', status = 'active',
           updated_at = ?3, last_activity = ?3
         WHERE uuid = ?1 AND status != 'closed'",
        args![session_uuid, staff_id, now],
    )?;
    if n == 0 {
        return Err(StoreError::Conflict("session is closed or unknown"));
    }
    Ok(OpResult::Done)
}

/// Personal data goes: names, emails, comments, reasons, summaries and the
/// content of every message in the customer's sessions (replies quote the
/// customer). What stays is anonymous: times, roles, types, counts, ratings.
fn forget_customer(
    db: &mut Db<'_>,
    user_id: &str,
    pseudonym: &str,
) -> Result<OpResult, StoreError> {
    const ERASED: &str = "[erased]";
    // Webhook events of their sessions go too, delivered or not: one still
    // waiting would otherwise carry their name and words out after they
    // were forgotten. The receiver gets nothing more about these sessions.
    let webhook_events = outbox::purge_customer(db, user_id)?;
    // Issue 17: their messages left for staff, and their address.
    crate::store::offline::forget_customer(db, user_id, pseudonym)?;
    // Issue 16: private notes about them.
    crate::store::annotations::forget_customer(db, user_id)?;
    let messages = db.execute(
        "UPDATE chat_messages SET content = ?2, client_msg_id = NULL,
           sender_id = CASE WHEN sender_role = 'customer' THEN ?3 ELSE sender_id END,
           sender_name = CASE WHEN sender_role = 'customer' THEN NULL ELSE sender_name END
         WHERE session_id IN (SELECT id FROM chat_sessions WHERE user_id = ?1)",
        args![user_id, ERASED, pseudonym],
    )?;
    db.execute(
        "UPDATE session_ratings SET comment = NULL
         WHERE session_id IN (SELECT id FROM chat_sessions WHERE user_id = ?1)",
        args![user_id],
    )?;
    db.execute(
        "UPDATE chat_transfer_requests SET customer_id = ?2, customer_name = '', reason = NULL,
           summary = ?3 WHERE customer_id = ?1",
        args![user_id, pseudonym, ERASED],
    )?;
    let sessions = db.execute(
        "UPDATE chat_sessions SET user_id = ?2, user_name = '', summary = NULL
         WHERE user_id = ?1",
        args![user_id, pseudonym],
    )?;
    db.execute("DELETE FROM users WHERE id = ?1", args![user_id])?;
    Ok(OpResult::Forgot {
        sessions: usize::try_from(sessions).unwrap_or(usize::MAX),
        messages: usize::try_from(messages).unwrap_or(usize::MAX),
        webhook_events: usize::try_from(webhook_events).unwrap_or(usize::MAX),
    })
}
