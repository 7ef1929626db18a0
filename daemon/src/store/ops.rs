//! Write operations, applied by the writer thread inside a savepoint.
//!
//! The SQL is shared by both engines (see [`super::db`]); where PostgreSQL
//! needs more because several daemons write at once (a unique index that
//! can fire, a row lock), the branch says why.
//!
//! This file is the vocabulary: [`Op`], [`OpResult`] and how their enums
//! are written in columns. How each op is applied is in `ops/apply.rs`,
//! and the message append it shares with the PostgreSQL batch path in
//! `ops/messages.rs`.

use super::read::SessionRow;
use crate::ids::{TransferId, TransferStatus};
use concierge_shared::protocol::{Message, MessageType, SenderRole, SessionStatus, SessionType};

mod apply;
mod messages;

pub(super) use apply::apply;
pub(super) use messages::appended;

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
        /// `Pending`, or `Failed` for a request nobody could take.
        status: TransferStatus,
        now: i64,
    },
    /// Issue 16: the pending request just created for this session was
    /// handed over by a staff member (to a colleague, or the queue).
    SetHandover {
        session_uuid: String,
        from_staff_id: String,
        target_staff_id: Option<String>,
        note: Option<String>,
    },
    ResolveTransfer {
        id: TransferId,
        status: TransferStatus,
        staff_id: Option<String>,
        outcome: Option<String>,
        now: i64,
    },
    Decline {
        id: TransferId,
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
    /// The last attempt allowed failed: set the event aside (dead letter);
    /// its session's later events wait until it is replayed or dropped.
    WebhookDead {
        id: i64,
        now: i64,
        error: String,
    },
    /// Send a dead letter again, from its first attempt.
    WebhookReplay {
        event_id: String,
    },
    /// Delete a dead letter unsent; its session goes on with the next event.
    WebhookDrop {
        event_id: String,
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
    /// Staff member `staff_id` takes request `id` for `session_uuid`, in one
    /// step that holds the staff row: refused when the request is no longer
    /// pending or the staff member is at capacity (`max_concurrent_chats`,
    /// or `default_max` when unset). With several daemons on one database
    /// this is what makes "accepted once, never over capacity" hold.
    AcceptTransfer {
        id: TransferId,
        session_uuid: String,
        staff_id: String,
        default_max: u32,
        now: i64,
    },
    /// Take or renew the lease `name` for `ttl_ms`: granted when nobody
    /// holds it, its holder's time ran out, or `holder` already holds it.
    ClaimLease {
        name: String,
        holder: String,
        ttl_ms: i64,
        now: i64,
    },
    /// Give a lease up early (only its holder can).
    ReleaseLease {
        name: String,
        holder: String,
    },
    /// Refuse the group unless `holder` still holds the lease `name` at
    /// `now`: what is written with it is written by the lease's holder
    /// only (an assistant reply whose node lost its lease to another).
    HoldsLease {
        name: String,
        holder: String,
        now: i64,
    },
    /// Issue 17: business hours and messages left for staff
    /// (`store/offline.rs`).
    Offline(super::offline::OfflineOp),
    /// Issue 16: private notes and labels (`store/annotations.rs`).
    Annotate(super::annotations::AnnotationOp),
    /// Issue 16: the shared canned replies (`store/desk_canned.rs`).
    Canned(super::desk_canned::CannedOp),
    /// Bring SQLite's full-text index up to every stored message before a
    /// search reads it (the writer otherwise indexes a few times a second;
    /// `store/desk_search.rs`). Nothing to do on PostgreSQL.
    IndexForSearch,
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
    TransferId(TransferId),
    Closed {
        closed_at: i64,
    },
    /// `ForgetCustomer`: how many sessions and messages were erased, and
    /// how many webhook events that were not delivered yet were purged.
    Forgot {
        sessions: usize,
        messages: usize,
        webhook_events: usize,
    },
    /// `WebhookReplay` / `WebhookDrop`: the dead letter's session.
    WebhookSession(String),
    /// `ClaimLease`: whether the caller holds the lease now.
    Lease {
        held: bool,
    },
    /// Issue 17: the result of an [`Op::Offline`].
    Offline(super::offline::OfflineResult),
    /// Issue 16: the result of an [`Op::Annotate`].
    Annotation(super::annotations::AnnotationResult),
    /// Issue 16: the result of an [`Op::Canned`].
    Canned(super::desk_canned::CannedResult),
}

impl Op {
    /// The session whose row this op updates, if any.
    pub(super) fn session_row(&self) -> Option<&str> {
        match self {
            Op::AppendMessage { session_uuid, .. } | Op::AcceptTransfer { session_uuid, .. } => {
                Some(session_uuid)
            }
            Op::SetSessionState { uuid, .. }
            | Op::SetSummary { uuid, .. }
            | Op::SetAiFailures { uuid, .. }
            | Op::CloseSession { uuid, .. } => Some(uuid),
            _ => None,
        }
    }
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
