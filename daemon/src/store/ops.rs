//! Write operations, applied by the writer thread inside a savepoint.

use concierge_shared::protocol::{
    Message, MessageType, SenderRole, SessionStatus, SessionType, Timestamp,
};
use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::read::{SessionRow, message_from_row, session_from_row};

/// A message to append; `seq` and `messageId` are assigned by the store.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub sender_id: Option<String>,
    pub sender_name: Option<String>,
    pub sender_role: SenderRole,
    pub message_type: MessageType,
    pub content: String,
    pub ai_generated: bool,
    pub client_msg_id: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Op {
    TouchUser {
        id: String,
        name: String,
        role: &'static str,
        email: Option<String>,
        now: i64,
    },
    CreateSession {
        uuid: String,
        user_id: String,
        user_name: String,
        now: i64,
    },
    AppendMessage {
        session_uuid: String,
        message: NewMessage,
        now: i64,
    },
    /// Mark read every message up to `up_to` (a messageId) that the other
    /// side sent: customers read staff/ai/system lines and vice versa.
    MarkRead {
        session_uuid: String,
        up_to: i64,
        reader_is_customer: bool,
        now: i64,
    },
    SetSessionState {
        uuid: String,
        staff_id: Option<String>,
        session_type: SessionType,
        status: SessionStatus,
        now: i64,
    },
    SetSummary {
        uuid: String,
        summary: String,
    },
    SetAiFailures {
        uuid: String,
        failures: u32,
    },
    CloseSession {
        uuid: String,
        closed_by: String,
        now: i64,
    },
    Rate {
        uuid: String,
        rating: u8,
        comment: Option<String>,
        now: i64,
    },
    CreateTransfer {
        session_uuid: String,
        customer_id: String,
        customer_name: String,
        reason: Option<String>,
        summary: String,
        priority: i64,
        /// `pending`, or `failed` for a request nobody could take.
        status: &'static str,
        now: i64,
    },
    ResolveTransfer {
        id: i64,
        status: &'static str,
        staff_id: Option<String>,
        outcome: Option<String>,
        now: i64,
    },
    Decline {
        id: i64,
        staff_id: String,
        reason: Option<String>,
        now: i64,
    },
    UpsertStaff {
        staff_id: String,
        name: String,
        is_online: bool,
        is_available: bool,
        now: i64,
    },
    SetStaffMax {
        staff_id: String,
        max: Option<u32>,
        now: i64,
    },
    Audit {
        actor_id: String,
        actor_role: String,
        action: &'static str,
        target: Option<String>,
        details: Option<String>,
        now: i64,
    },
    /// Whether the webhook triggers fill the outbox (from `WEBHOOK_URL`).
    SetWebhooksEnabled {
        enabled: bool,
    },
    /// An outbox event the receiver acknowledged.
    WebhookDelivered {
        id: i64,
        now: i64,
    },
    /// A failed attempt: try again at `next_attempt_at`.
    WebhookFailed {
        id: i64,
        next_attempt_at: i64,
        error: String,
    },
    /// Drop events delivered before this time.
    WebhookPrune {
        delivered_before: i64,
    },
    /// Erase a customer's personal data and message content, keeping
    /// anonymous rows (times, roles, counts) under `pseudonym`.
    ForgetCustomer {
        user_id: String,
        pseudonym: String,
    },
    /// Take or renew the lease `name` until `now + ttl_ms`: granted when
    /// nobody holds it, it expired, or `holder` already holds it.
    ClaimLease {
        name: String,
        holder: String,
        ttl_ms: i64,
        now: i64,
    },
}

#[derive(Debug, Clone)]
pub enum OpResult {
    Done,
    Session(SessionRow),
    Message {
        message: Message,
        duplicate: bool,
    },
    /// `MarkRead`: the highest message id actually marked (None if none).
    Read {
        marked: usize,
    },
    TransferId(i64),
    Closed {
        closed_at: i64,
    },
    /// `ForgetCustomer`: how many sessions and messages were erased.
    Forgot {
        sessions: usize,
        messages: usize,
    },
    /// `ClaimLease`: whether the caller holds the lease now.
    Lease {
        held: bool,
    },
}

pub(super) fn apply(conn: &Connection, op: &Op) -> Result<OpResult, StoreError> {
    match op {
        Op::TouchUser {
            id,
            name,
            role,
            email,
            now,
        } => {
            conn.prepare_cached(
                "INSERT INTO users (id, name, role, email, first_seen, last_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (id) DO UPDATE SET name = ?2, role = ?3,
                   email = coalesce(?4, email), last_seen = ?5",
            )?
            .execute(params![id, name, role, email, now])?;
            Ok(OpResult::Done)
        }
        Op::CreateSession {
            uuid,
            user_id,
            user_name,
            now,
        } => {
            conn.prepare_cached(
                "INSERT INTO chat_sessions (uuid, user_id, user_name, session_type, status,
                   created_at, updated_at, last_activity)
                 VALUES (?1, ?2, ?3, 'ai', 'active', ?4, ?4, ?4)",
            )?
            .execute(params![uuid, user_id, user_name, now])?;
            let row = conn
                .prepare_cached(&format!(
                    "SELECT {} FROM chat_sessions WHERE uuid = ?1",
                    super::read::SESSION_COLS
                ))?
                .query_row([uuid], session_from_row)?;
            Ok(OpResult::Session(row))
        }
        Op::AppendMessage {
            session_uuid,
            message,
            now,
        } => append_message(conn, session_uuid, message, *now),
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
            let marked = conn
                .prepare_cached(sql)?
                .execute(params![session_uuid, up_to, now])?;
            Ok(OpResult::Read { marked })
        }
        Op::SetSessionState {
            uuid,
            staff_id,
            session_type,
            status,
            now,
        } => {
            let n = conn
                .prepare_cached(
                    "UPDATE chat_sessions SET staff_id = ?2, session_type = ?3, status = ?4,
                       updated_at = ?5, last_activity = ?5
                     WHERE uuid = ?1 AND status != 'closed'",
                )?
                .execute(params![
                    uuid,
                    staff_id,
                    session_type_str(*session_type),
                    status_str(*status),
                    now
                ])?;
            if n == 0 {
                return Err(StoreError::Conflict("session is closed or unknown"));
            }
            Ok(OpResult::Done)
        }
        Op::SetSummary { uuid, summary } => {
            conn.prepare_cached("UPDATE chat_sessions SET summary = ?2 WHERE uuid = ?1")?
                .execute(params![uuid, summary])?;
            Ok(OpResult::Done)
        }
        Op::SetAiFailures { uuid, failures } => {
            conn.prepare_cached("UPDATE chat_sessions SET ai_failures = ?2 WHERE uuid = ?1")?
                .execute(params![uuid, failures])?;
            Ok(OpResult::Done)
        }
        Op::CloseSession {
            uuid,
            closed_by,
            now,
        } => {
            let n = conn
                .prepare_cached(
                    "UPDATE chat_sessions SET status = 'closed', closed_at = ?3, closed_by = ?2,
                       updated_at = ?3
                     WHERE uuid = ?1 AND status != 'closed'",
                )?
                .execute(params![uuid, closed_by, now])?;
            if n == 0 {
                return Err(StoreError::Conflict("session is already closed"));
            }
            // A request still waiting for staff is abandoned with the session.
            conn.prepare_cached(
                "UPDATE chat_transfer_requests SET status = 'cancelled', resolved_at = ?2,
                   outcome = 'session_closed'
                 WHERE session_id = (SELECT id FROM chat_sessions WHERE uuid = ?1)
                   AND status = 'pending'",
            )?
            .execute(params![uuid, now])?;
            Ok(OpResult::Closed { closed_at: *now })
        }
        Op::Rate {
            uuid,
            rating,
            comment,
            now,
        } => {
            let inserted = conn
                .prepare_cached(
                    "INSERT INTO session_ratings (session_id, rating, comment, created_at)
                     SELECT id, ?2, ?3, ?4 FROM chat_sessions WHERE uuid = ?1 AND status = 'closed'
                     ON CONFLICT (session_id) DO NOTHING",
                )?
                .execute(params![uuid, rating, comment, now])?;
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
            conn.prepare_cached(
                "INSERT INTO chat_transfer_requests (session_id, customer_id, customer_name,
                   reason, summary, status, priority, created_at, resolved_at)
                 SELECT id, ?2, ?3, ?4, ?5, ?8, ?6, ?7,
                        CASE WHEN ?8 = 'pending' THEN NULL ELSE ?7 END
                 FROM chat_sessions WHERE uuid = ?1",
            )?
            .execute(params![
                session_uuid,
                customer_id,
                customer_name,
                reason,
                summary,
                priority,
                now,
                status
            ])?;
            Ok(OpResult::TransferId(conn.last_insert_rowid()))
        }
        Op::ResolveTransfer {
            id,
            status,
            staff_id,
            outcome,
            now,
        } => {
            let n = conn
                .prepare_cached(
                    "UPDATE chat_transfer_requests SET status = ?2, staff_id = ?3, outcome = ?4,
                       resolved_at = ?5
                     WHERE id = ?1 AND status = 'pending'",
                )?
                .execute(params![id, status, staff_id, outcome, now])?;
            if n == 0 {
                return Err(StoreError::Conflict(
                    "transfer request is no longer pending",
                ));
            }
            Ok(OpResult::Done)
        }
        Op::Decline {
            id,
            staff_id,
            reason,
            now,
        } => {
            conn.prepare_cached(
                "INSERT INTO transfer_declines (request_id, staff_id, reason, created_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (request_id, staff_id) DO UPDATE SET reason = ?3, created_at = ?4",
            )?
            .execute(params![id, staff_id, reason, now])?;
            Ok(OpResult::Done)
        }
        Op::UpsertStaff {
            staff_id,
            name,
            is_online,
            is_available,
            now,
        } => {
            conn.prepare_cached(
                "INSERT INTO staff_availability (staff_id, name, is_online, is_available,
                   last_heartbeat, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (staff_id) DO UPDATE SET name = ?2, is_online = ?3,
                   is_available = ?4, last_heartbeat = ?5, updated_at = ?5",
            )?
            .execute(params![staff_id, name, is_online, is_available, now])?;
            Ok(OpResult::Done)
        }
        Op::SetStaffMax { staff_id, max, now } => {
            conn.prepare_cached(
                "INSERT INTO staff_availability (staff_id, name, max_concurrent_chats, updated_at)
                 VALUES (?1, ?1, ?2, ?3)
                 ON CONFLICT (staff_id) DO UPDATE SET max_concurrent_chats = ?2, updated_at = ?3",
            )?
            .execute(params![staff_id, max, now])?;
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
            conn.prepare_cached(
                "INSERT INTO audit_log (actor_id, actor_role, action, target, details, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![actor_id, actor_role, action, target, details, now])?;
            Ok(OpResult::Done)
        }
        Op::SetWebhooksEnabled { enabled } => {
            conn.prepare_cached("UPDATE webhook_settings SET enabled = ?1 WHERE id = 1")?
                .execute([enabled])?;
            Ok(OpResult::Done)
        }
        Op::WebhookDelivered { id, now } => {
            conn.prepare_cached(
                "UPDATE webhook_outbox SET delivered_at = ?2, attempts = attempts + 1,
                   last_error = NULL WHERE id = ?1",
            )?
            .execute(params![id, now])?;
            Ok(OpResult::Done)
        }
        Op::WebhookFailed {
            id,
            next_attempt_at,
            error,
        } => {
            conn.prepare_cached(
                "UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = ?2,
                   last_error = ?3 WHERE id = ?1",
            )?
            .execute(params![id, next_attempt_at, error])?;
            Ok(OpResult::Done)
        }
        Op::WebhookPrune { delivered_before } => {
            conn.prepare_cached("DELETE FROM webhook_outbox WHERE delivered_at < ?1")?
                .execute([delivered_before])?;
            Ok(OpResult::Done)
        }
        Op::ForgetCustomer { user_id, pseudonym } => forget_customer(conn, user_id, pseudonym),
        Op::ClaimLease {
            name,
            holder,
            ttl_ms,
            now,
        } => {
            let got: Option<String> = conn
                .prepare_cached(
                    "INSERT INTO leases (name, holder, expires_at) VALUES (?1, ?2, ?3 + ?4)
                     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,
                       expires_at = excluded.expires_at
                     WHERE leases.holder = excluded.holder OR leases.expires_at < ?3
                     RETURNING holder",
                )?
                .query_row(params![name, holder, now, ttl_ms], |r| r.get(0))
                .optional()?;
            Ok(OpResult::Lease {
                held: got.as_deref() == Some(holder.as_str()),
            })
        }
    }
}

/// Personal data goes: names, emails, comments, reasons, summaries and the
/// content of every message in the customer's sessions (replies quote the
/// customer). What stays is anonymous: times, roles, types, counts, ratings.
fn forget_customer(
    conn: &Connection,
    user_id: &str,
    pseudonym: &str,
) -> Result<OpResult, StoreError> {
    const ERASED: &str = "[erased]";
    let in_sessions = "(SELECT id FROM chat_sessions WHERE user_id = ?1)";
    // Delivered webhook events are copies the daemon no longer needs.
    conn.prepare_cached(
        "DELETE FROM webhook_outbox WHERE delivered_at IS NOT NULL
           AND session_uuid IN (SELECT uuid FROM chat_sessions WHERE user_id = ?1)",
    )?
    .execute([user_id])?;
    let messages = conn
        .prepare_cached(&format!(
            "UPDATE chat_messages SET content = ?2, client_msg_id = NULL,
               sender_id = CASE WHEN sender_role = 'customer' THEN ?3 ELSE sender_id END,
               sender_name = CASE WHEN sender_role = 'customer' THEN NULL ELSE sender_name END
             WHERE session_id IN {in_sessions}"
        ))?
        .execute(params![user_id, ERASED, pseudonym])?;
    conn.prepare_cached(&format!(
        "UPDATE session_ratings SET comment = NULL WHERE session_id IN {in_sessions}"
    ))?
    .execute([user_id])?;
    conn.prepare_cached(
        "UPDATE chat_transfer_requests SET customer_id = ?2, customer_name = '', reason = NULL,
           summary = ?3 WHERE customer_id = ?1",
    )?
    .execute(params![user_id, pseudonym, ERASED])?;
    let sessions = conn
        .prepare_cached(
            "UPDATE chat_sessions SET user_id = ?2, user_name = '', summary = NULL
             WHERE user_id = ?1",
        )?
        .execute(params![user_id, pseudonym])?;
    conn.prepare_cached("DELETE FROM users WHERE id = ?1")?
        .execute([user_id])?;
    Ok(OpResult::Forgot { sessions, messages })
}

fn append_message(
    conn: &Connection,
    session_uuid: &str,
    m: &NewMessage,
    now: i64,
) -> Result<OpResult, StoreError> {
    if let Some(cid) = &m.client_msg_id {
        let existing = conn
            .prepare_cached(&format!(
                "SELECT {} FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = ?1 AND m.client_msg_id = ?2",
                super::read::MESSAGE_COLS
            ))?
            .query_row(params![session_uuid, cid], message_from_row)
            .optional()?;
        if let Some(message) = existing {
            return Ok(OpResult::Message {
                message,
                duplicate: true,
            });
        }
    }
    // The writer is the only writer, so read-increment-insert here cannot
    // interleave with another append: seq has no gaps by construction.
    let (session_id, seq): (i64, i64) = conn
        .prepare_cached(
            "UPDATE chat_sessions SET last_seq = last_seq + 1, updated_at = ?2, last_activity = ?2
             WHERE uuid = ?1 AND status != 'closed'
             RETURNING id, last_seq",
        )?
        .query_row(params![session_uuid, now], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or(StoreError::Conflict("session is closed or unknown"))?;
    conn.prepare_cached(
        "INSERT INTO chat_messages (session_id, seq, sender_id, sender_name, sender_role,
           message_type, content, ai_generated, client_msg_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        session_id,
        seq,
        m.sender_id,
        m.sender_name,
        sender_role_str(m.sender_role),
        message_type_str(m.message_type),
        m.content,
        m.ai_generated,
        m.client_msg_id,
        now
    ])?;
    let message = Message {
        message_id: conn.last_insert_rowid(),
        session_uuid: session_uuid.to_string(),
        seq,
        sender_id: m.sender_id.clone(),
        sender_name: m.sender_name.clone(),
        sender_role: m.sender_role,
        message_type: m.message_type,
        content: m.content.clone(),
        ai_generated: m.ai_generated,
        client_msg_id: m.client_msg_id.clone(),
        created_at: Timestamp::from_millis(now),
        read_at: None,
    };
    Ok(OpResult::Message {
        message,
        duplicate: false,
    })
}

pub fn sender_role_str(r: SenderRole) -> &'static str {
    match r {
        SenderRole::Customer => "customer",
        SenderRole::Staff => "staff",
        SenderRole::Ai => "ai",
        SenderRole::System => "system",
    }
}

pub fn message_type_str(t: MessageType) -> &'static str {
    match t {
        MessageType::Text => "text",
        MessageType::System => "system",
        MessageType::TransferRequest => "transfer_request",
    }
}

pub fn session_type_str(t: SessionType) -> &'static str {
    match t {
        SessionType::Ai => "ai",
        SessionType::Human => "human",
    }
}

pub fn status_str(s: SessionStatus) -> &'static str {
    match s {
        SessionStatus::Active => "active",
        SessionStatus::Waiting => "waiting",
        SessionStatus::Closed => "closed",
    }
}
