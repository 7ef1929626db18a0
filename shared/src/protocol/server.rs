//! Server → client: every event the server sends, the error codes, the
//! `ack` results, and the frame clients decode. Separate from the client's
//! events because only clients decode these; re-exported from
//! [`crate::protocol`].

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{
    Availability, ChatHandedOver, LabelsUpdated, LeaveMessagePrompt, LeftMessage,
    LeftMessageResolved, Message, Note, Ref, Role, Session, SessionStatus, SessionType, Timestamp,
    TransferOffer, Workload,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connected {
    pub user_id: String,
    pub user_name: String,
    pub role: Role,
    pub is_staff: bool,
    pub server_time: Timestamp,
    pub protocol: u32,
    /// Issue 17: customers only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<Availability>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRestored {
    pub session_uuid: String,
    pub session_type: SessionType,
    pub status: SessionStatus,
    pub staff_id: Option<String>,
    pub history: Vec<Message>,
    pub last_seq: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionStarted {
    pub session_uuid: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffData {
    pub workload: Workload,
    pub online_staff_count: u32,
    pub queue: Vec<TransferOffer>,
    pub active_sessions: Vec<Session>,
    /// Issue 17: messages left while nobody was there, oldest first.
    #[serde(default)]
    pub messages: Vec<LeftMessage>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffOnline {
    pub staff_id: String,
    pub user_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffOffline {
    pub staff_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffStatusUpdated {
    pub staff_id: String,
    pub is_online: bool,
    pub is_available: bool,
}

/// A complete assistant message; `streamId` ties it to the deltas before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiMessage {
    #[serde(flatten)]
    pub message: Message,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiMessageDelta {
    pub session_uuid: String,
    pub stream_id: String,
    pub delta: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserTyping {
    pub session_uuid: String,
    pub user_id: String,
    pub user_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserStopTyping {
    pub session_uuid: String,
    pub user_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageRead {
    pub session_uuid: String,
    pub message_id: i64,
    pub read_by: String,
    pub read_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransferRequested {
    pub session_uuid: String,
    pub transfer_request_id: i64,
    pub reason: Option<String>,
    pub queue_position: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueUpdate {
    pub transfer_request_id: i64,
    pub queue_position: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransferFailed {
    pub session_uuid: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransferAccepted {
    pub session_uuid: String,
    pub staff_id: String,
    pub staff_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffChatJoined {
    pub session_uuid: String,
    pub history: Vec<Message>,
    pub summary: String,
    /// Additive: who the customer is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// Issue 16 (additive): the session's private notes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Issue 16 (additive): the session's labels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransferTaken {
    pub transfer_request_id: i64,
    pub staff_id: String,
}

/// Additive event: a waiting request left the queue without being accepted
/// (every eligible staff member declined, nobody is online any more, or the
/// customer's session closed), so consoles drop it from their queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransferCancelled {
    pub transfer_request_id: i64,
    pub session_uuid: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionClosed {
    pub session_uuid: String,
    pub closed_by: String,
    pub closed_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    RateLimited,
    TooLarge,
    Unavailable,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
    /// Set with `rate_limited` and `unavailable`: when the client may
    /// send again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
}

/// How long a client waits before sending again what the server could not
/// store (`unavailable`).
pub const UNAVAILABLE_RETRY_MS: u64 = 1000;

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            details: None,
            retry_after_ms: None,
        }
    }

    /// `unavailable`, with the time to wait before trying again.
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self {
            retry_after_ms: Some(UNAVAILABLE_RETRY_MS),
            ..Self::new(ErrorCode::Unavailable, message)
        }
    }
}

/// Ack of `send_message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendMessageAck {
    pub message_id: i64,
    pub seq: i64,
    pub created_at: Timestamp,
    pub duplicate: bool,
}

/// Ack of `mark_read`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MarkReadAck {
    pub read_at: Timestamp,
}

/// Ack of `request_staff`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestStaffAck {
    pub transfer_request_id: i64,
    pub queue_position: u32,
}

/// Ack of `accept_transfer`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AcceptTransferAck {
    pub session_uuid: String,
}

/// Ack of `close_session`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CloseSessionAck {
    pub closed_at: Timestamp,
}

/// Ack of `get_history`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryPage {
    pub messages: Vec<Message>,
    pub has_more: bool,
}

/// Every event the server sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", content = "data", rename_all = "snake_case")]
pub enum ServerEvent {
    Connected(Connected),
    ChatSessionRestored(SessionRestored),
    SessionStarted(SessionStarted),
    StaffData(StaffData),
    StaffOnline(StaffOnline),
    StaffOffline(StaffOffline),
    StaffStatusUpdated(StaffStatusUpdated),
    NewMessage(Message),
    AiMessage(AiMessage),
    AiMessageDelta(AiMessageDelta),
    UserTyping(UserTyping),
    UserStopTyping(UserStopTyping),
    MessageRead(MessageRead),
    TransferRequested(TransferRequested),
    NewTransferRequest(TransferOffer),
    QueueUpdate(QueueUpdate),
    TransferFailed(TransferFailed),
    TransferAccepted(TransferAccepted),
    StaffChatJoined(StaffChatJoined),
    TransferTaken(TransferTaken),
    TransferCancelled(TransferCancelled),
    WorkloadUpdated(Workload),
    SessionClosed(SessionClosed),
    LeaveMessagePrompt(LeaveMessagePrompt),
    MessageLeft(LeftMessage),
    NewLeftMessage(LeftMessage),
    LeftMessageResolved(LeftMessageResolved),
    /// Issue 16: to staff only, never to a customer socket.
    NoteAdded(Note),
    LabelsUpdated(LabelsUpdated),
    /// Issue 16: to the sender's consoles, a chat they handed over.
    ChatHandedOver(ChatHandedOver),
    /// The reply to a frame with a `ref`; `data` is the result object (see
    /// the `*Ack` types).
    Ack(Value),
    Error(ErrorBody),
}

impl ServerEvent {
    /// Every event name the server may send, as it appears on the wire.
    pub const NAMES: [&'static str; 32] = [
        "connected",
        "chat_session_restored",
        "session_started",
        "staff_data",
        "staff_online",
        "staff_offline",
        "staff_status_updated",
        "new_message",
        "ai_message",
        "ai_message_delta",
        "user_typing",
        "user_stop_typing",
        "message_read",
        "transfer_requested",
        "new_transfer_request",
        "queue_update",
        "transfer_failed",
        "transfer_accepted",
        "staff_chat_joined",
        "transfer_taken",
        "transfer_cancelled",
        "workload_updated",
        "session_closed",
        "leave_message_prompt",
        "message_left",
        "new_left_message",
        "left_message_resolved",
        "note_added",
        "labels_updated",
        "chat_handed_over",
        "ack",
        "error",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            ServerEvent::Connected(_) => "connected",
            ServerEvent::ChatSessionRestored(_) => "chat_session_restored",
            ServerEvent::SessionStarted(_) => "session_started",
            ServerEvent::StaffData(_) => "staff_data",
            ServerEvent::StaffOnline(_) => "staff_online",
            ServerEvent::StaffOffline(_) => "staff_offline",
            ServerEvent::StaffStatusUpdated(_) => "staff_status_updated",
            ServerEvent::NewMessage(_) => "new_message",
            ServerEvent::AiMessage(_) => "ai_message",
            ServerEvent::AiMessageDelta(_) => "ai_message_delta",
            ServerEvent::UserTyping(_) => "user_typing",
            ServerEvent::UserStopTyping(_) => "user_stop_typing",
            ServerEvent::MessageRead(_) => "message_read",
            ServerEvent::TransferRequested(_) => "transfer_requested",
            ServerEvent::NewTransferRequest(_) => "new_transfer_request",
            ServerEvent::QueueUpdate(_) => "queue_update",
            ServerEvent::TransferFailed(_) => "transfer_failed",
            ServerEvent::TransferAccepted(_) => "transfer_accepted",
            ServerEvent::StaffChatJoined(_) => "staff_chat_joined",
            ServerEvent::TransferTaken(_) => "transfer_taken",
            ServerEvent::TransferCancelled(_) => "transfer_cancelled",
            ServerEvent::WorkloadUpdated(_) => "workload_updated",
            ServerEvent::SessionClosed(_) => "session_closed",
            ServerEvent::LeaveMessagePrompt(_) => "leave_message_prompt",
            ServerEvent::MessageLeft(_) => "message_left",
            ServerEvent::NewLeftMessage(_) => "new_left_message",
            ServerEvent::LeftMessageResolved(_) => "left_message_resolved",
            ServerEvent::NoteAdded(_) => "note_added",
            ServerEvent::LabelsUpdated(_) => "labels_updated",
            ServerEvent::ChatHandedOver(_) => "chat_handed_over",
            ServerEvent::Ack(_) => "ack",
            ServerEvent::Error(_) => "error",
        }
    }

    /// An `ack` carrying a typed result.
    pub fn ack<T: Serialize>(result: &T) -> Self {
        ServerEvent::Ack(serde_json::to_value(result).unwrap_or(Value::Object(Default::default())))
    }

    pub fn error(code: ErrorCode, message: impl Into<String>) -> Self {
        ServerEvent::Error(ErrorBody::new(code, message))
    }
}

/// A server frame: an event plus the `ref` of the client frame it answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServerFrame {
    #[serde(flatten)]
    pub event: ServerEvent,
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<Ref>,
}

impl ServerFrame {
    pub fn push(event: ServerEvent) -> Self {
        Self { event, r#ref: None }
    }
    pub fn reply(event: ServerEvent, r#ref: Option<Ref>) -> Self {
        Self { event, r#ref }
    }
    /// The JSON text of the frame. Serialising these types cannot fail (no
    /// maps with non-string keys, no custom failing serialisers).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Decode a server frame. Clients call this; an event this version does
/// not know gives `Ok(None)` so that clients ignore what they don't know.
pub fn decode_server_frame(text: &str) -> Result<Option<ServerFrame>, serde_json::Error> {
    let value: Value = serde_json::from_str(text)?;
    let known = value
        .get("event")
        .and_then(Value::as_str)
        .is_some_and(is_known_server_event);
    if !known {
        return Ok(None);
    }
    serde_json::from_value(value).map(Some)
}

fn is_known_server_event(name: &str) -> bool {
    ServerEvent::NAMES.contains(&name)
}
