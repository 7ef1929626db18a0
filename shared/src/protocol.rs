//! The wire protocol, version 1: one Rust definition of every event.
//!
//! Frames are JSON objects `{"event": name, "data": {...}, "ref": ...}`.
//! Client frames decode into [`ClientFrame`] (see [`decode_client_frame`],
//! which tells apart "not JSON", "unknown event" and "bad fields" so that
//! each gets the right `error`); server frames are [`ServerFrame`]s.
//! Field names are camelCase exactly as `docs/protocol.md` shows; the
//! snapshot tests in `tests/wire.rs` pin every event's JSON.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

// Issue 17: leave a message, transcripts, hours (`offline.rs`).
pub use crate::offline::{
    AnswerMessage, Availability, EmailTranscript, LeaveMessage, LeaveMessagePrompt, LeftMessage,
    LeftMessageResolved, MessageRef,
};
// Issue 16: private notes and labels (`annotations.rs`).
pub use crate::annotations::{
    AddNote, GetLabels, LabelCount, LabelsInUse, LabelsUpdated, Note, SessionNotes, SetLabels,
};
pub use crate::canned::{CannedReplies, CannedReply, ListCannedReplies};
pub use crate::search::{Search, SearchHit, SearchResults};
// Issue 16 (helper C): hand to a colleague, the customer beside the chat;
// their types live in modules of their own.
pub use crate::customer_panel::*;
pub use crate::handover::*;

pub const PROTOCOL_VERSION: u32 = 1;

/// A point in time on the wire: RFC 3339, UTC, millisecond precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<Utc>);

impl Timestamp {
    pub fn now() -> Self {
        // Truncate to what the wire carries so a value read back compares equal.
        Self::from_millis(Utc::now().timestamp_millis())
    }
    pub fn from_millis(ms: i64) -> Self {
        Self(DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default())
    }
    pub fn millis(&self) -> i64 {
        self.0.timestamp_millis()
    }
    pub fn to_rfc3339(&self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::Millis, true)
    }
    pub fn parse(s: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| Self(d.with_timezone(&Utc)))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse(&s).ok_or_else(|| serde::de::Error::custom("expected an RFC 3339 time"))
    }
}

/// The `ref` a client puts on a frame to match the reply to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Ref {
    Num(i64),
    Str(String),
}

// ---------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Customer,
    Staff,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }
    /// Staff and admin share the staff room and the staff powers.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SenderRole {
    Customer,
    Staff,
    Ai,
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageType {
    #[default]
    Text,
    System,
    TransferRequest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionType {
    Ai,
    Human,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Active,
    Waiting,
    Closed,
}

/// A stored chat message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    pub message_id: i64,
    pub session_uuid: String,
    /// 1, 2, 3… per session, no gaps.
    pub seq: i64,
    pub sender_id: Option<String>,
    pub sender_name: Option<String>,
    pub sender_role: SenderRole,
    pub message_type: MessageType,
    pub content: String,
    pub ai_generated: bool,
    pub client_msg_id: Option<String>,
    pub created_at: Timestamp,
    pub read_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub session_uuid: String,
    pub user_id: String,
    /// Added to the contract's fields so consoles can show who is waiting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    pub staff_id: Option<String>,
    pub session_type: SessionType,
    pub status: SessionStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub closed_at: Option<Timestamp>,
}

/// A waiting transfer request as staff see it (`new_transfer_request`, and
/// the `queue` of `staff_data`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransferOffer {
    pub transfer_request_id: i64,
    pub session_uuid: String,
    pub customer_id: String,
    pub customer_name: String,
    pub reason: Option<String>,
    pub summary: String,
    pub waiting_since: Timestamp,
    /// Staff ids that declined this request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined_by: Vec<String>,
    /// Position in the queue, 1 = next (additive field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_position: Option<u32>,
    /// True when the offer went unanswered and is being offered to every
    /// eligible staff member again (additive field).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reoffered: bool,
    /// The staff member who answered the message this customer left
    /// (issue 17): offered to them alone first, while they are online
    /// with room, until they decline or the offer times out (additive
    /// field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_staff_id: Option<String>,
    /// Issue 16: a chat handed over by a staff member (`hand_over`): who
    /// sent it, and their note for whoever takes it (additive fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_staff_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_staff_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workload {
    pub max_concurrent_chats: u32,
    pub current_chats: u32,
    pub is_available: bool,
}

// ---------------------------------------------------------------------------
// Client → server
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SendMessage {
    pub session_uuid: String,
    pub content: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_type: Option<MessageType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_msg_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionRef {
    pub session_uuid: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MarkRead {
    pub session_uuid: String,
    pub message_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RequestStaff {
    pub session_uuid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcceptTransfer {
    pub transfer_request_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeclineTransfer {
    pub transfer_request_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StaffStatusChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_online: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_available: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetHistory {
    pub session_uuid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_seq: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RateSession {
    pub session_uuid: String,
    pub rating: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// Every event a client may send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", content = "data", rename_all = "snake_case")]
pub enum ClientEvent {
    SendMessage(SendMessage),
    TypingStart(SessionRef),
    TypingStop(SessionRef),
    MarkRead(MarkRead),
    RequestStaff(RequestStaff),
    AcceptTransfer(AcceptTransfer),
    DeclineTransfer(DeclineTransfer),
    StaffStatusChange(StaffStatusChange),
    CloseSession(SessionRef),
    GetHistory(GetHistory),
    RateSession(RateSession),
    LeaveMessage(LeaveMessage),
    AnswerMessage(AnswerMessage),
    CloseMessage(MessageRef),
    EmailTranscript(EmailTranscript),
    /// Issue 16: staff only.
    AddNote(AddNote),
    GetNotes(SessionRef),
    SetLabels(SetLabels),
    GetLabels(GetLabels),
    // Issue 16: shared replies and search (`canned.rs`, `search.rs`).
    ListCannedReplies(ListCannedReplies),
    Search(Search),
    // Issue 16 (helper C): hand to a colleague, the customer beside the chat.
    HandOver(HandOver),
    GetColleagues(GetColleagues),
    GetCustomerContext(GetCustomerContext),
    LookupOrder(LookupOrder),
}

impl ClientEvent {
    /// Every event name a client may send, as it appears on the wire.
    pub const NAMES: [&'static str; 25] = [
        "send_message",
        "typing_start",
        "typing_stop",
        "mark_read",
        "request_staff",
        "accept_transfer",
        "decline_transfer",
        "staff_status_change",
        "close_session",
        "get_history",
        "rate_session",
        "leave_message",
        "answer_message",
        "close_message",
        "email_transcript",
        "add_note",
        "get_notes",
        "set_labels",
        "get_labels",
        "list_canned_replies",
        "search",
        "hand_over",
        "get_colleagues",
        "get_customer_context",
        "lookup_order",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            ClientEvent::SendMessage(_) => "send_message",
            ClientEvent::TypingStart(_) => "typing_start",
            ClientEvent::TypingStop(_) => "typing_stop",
            ClientEvent::MarkRead(_) => "mark_read",
            ClientEvent::RequestStaff(_) => "request_staff",
            ClientEvent::AcceptTransfer(_) => "accept_transfer",
            ClientEvent::DeclineTransfer(_) => "decline_transfer",
            ClientEvent::StaffStatusChange(_) => "staff_status_change",
            ClientEvent::CloseSession(_) => "close_session",
            ClientEvent::GetHistory(_) => "get_history",
            ClientEvent::RateSession(_) => "rate_session",
            ClientEvent::LeaveMessage(_) => "leave_message",
            ClientEvent::AnswerMessage(_) => "answer_message",
            ClientEvent::CloseMessage(_) => "close_message",
            ClientEvent::EmailTranscript(_) => "email_transcript",
            ClientEvent::AddNote(_) => "add_note",
            ClientEvent::GetNotes(_) => "get_notes",
            ClientEvent::SetLabels(_) => "set_labels",
            ClientEvent::GetLabels(_) => "get_labels",
            ClientEvent::ListCannedReplies(_) => "list_canned_replies",
            ClientEvent::Search(_) => "search",
            ClientEvent::HandOver(_) => "hand_over",
            ClientEvent::GetColleagues(_) => "get_colleagues",
            ClientEvent::GetCustomerContext(_) => "get_customer_context",
            ClientEvent::LookupOrder(_) => "lookup_order",
        }
    }
}

/// A decoded client frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientFrame {
    #[serde(flatten)]
    pub event: ClientEvent,
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<Ref>,
}

impl ClientFrame {
    pub fn new(event: ClientEvent, r#ref: Option<Ref>) -> Self {
        Self { event, r#ref }
    }
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why a client frame could not be decoded. Carries the frame's `ref` when
/// one could be read, so the `error` reply can still be matched.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FrameError {
    #[error("frame is not valid JSON: {0}")]
    NotJson(String),
    #[error("frame must be a JSON object with an \"event\" string")]
    NotAnEvent { r#ref: Option<Ref> },
    #[error("unknown event \"{name}\"")]
    UnknownEvent { name: String, r#ref: Option<Ref> },
    #[error("invalid data for \"{event}\": {reason}")]
    BadData {
        event: String,
        reason: String,
        r#ref: Option<Ref>,
    },
}

impl FrameError {
    pub fn frame_ref(&self) -> Option<&Ref> {
        match self {
            FrameError::NotJson(_) => None,
            FrameError::NotAnEvent { r#ref }
            | FrameError::UnknownEvent { r#ref, .. }
            | FrameError::BadData { r#ref, .. } => r#ref.as_ref(),
        }
    }
}

/// Decode one client text frame, telling apart each way it can be wrong.
pub fn decode_client_frame(text: &str) -> Result<ClientFrame, FrameError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| FrameError::NotJson(e.to_string()))?;
    let Value::Object(mut obj) = value else {
        return Err(FrameError::NotAnEvent { r#ref: None });
    };
    // A ref that is neither a string nor an integer is ignored rather than
    // fatal: the frame can still be answered, just not matched.
    let r#ref = obj
        .remove("ref")
        .and_then(|r| serde_json::from_value::<Ref>(r).ok());
    let Some(Value::String(name)) = obj.remove("event") else {
        return Err(FrameError::NotAnEvent { r#ref });
    };
    if !ClientEvent::NAMES.contains(&name.as_str()) {
        return Err(FrameError::UnknownEvent { name, r#ref });
    }
    let data = match obj.remove("data") {
        None | Some(Value::Null) => Value::Object(Default::default()),
        Some(d) => d,
    };
    let tagged = serde_json::json!({ "event": name, "data": data });
    match serde_json::from_value::<ClientEvent>(tagged) {
        Ok(event) => Ok(ClientFrame { event, r#ref }),
        Err(e) => Err(FrameError::BadData {
            event: name,
            reason: e.to_string(),
            r#ref,
        }),
    }
}

// ---------------------------------------------------------------------------
// Server → client
// ---------------------------------------------------------------------------

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
