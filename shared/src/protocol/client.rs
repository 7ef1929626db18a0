//! Client → server: every event a client may send, its frame, and the
//! decoding that tells apart each way a frame can be wrong. Separate from
//! the server's events because only the daemon decodes these; re-exported
//! from [`crate::protocol`].

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{
    AddNote, AnswerMessage, EmailTranscript, GetColleagues, GetCustomerContext, GetLabels,
    HandOver, LeaveMessage, ListCannedReplies, LookupOrder, MessageRef, MessageType, Ref, Search,
    SetLabels,
};

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
