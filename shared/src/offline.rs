//! Issue 17 on the wire: when nobody is there. Leave a message, staff
//! answer or close it, the transcript by email, and whether staff are
//! expected now. Re-exported from [`crate::protocol`].

use serde::{Deserialize, Serialize};

use crate::protocol::Timestamp;

/// Issue 17: a customer leaves a message for staff after a hand-over
/// found nobody (`leave_message_prompt`). `email` may be left out when
/// the token carries one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LeaveMessage {
    pub session_uuid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Issue 17: staff answer a message left for them. The answer goes into
/// the session's history and is emailed to the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnswerMessage {
    pub message_id: i64,
    pub content: String,
}

/// Issue 17: staff close a message left for them without answering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MessageRef {
    pub message_id: i64,
}

/// Issue 17: a customer asks for the transcript by email: now, or
/// (`atClose`) once the session closes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmailTranscript {
    pub session_uuid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default)]
    pub at_close: bool,
}

/// Issue 17: whether staff are expected now, and when next: in a
/// customer's `connected`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Availability {
    /// Within business hours (always true when no hours are set).
    pub open_now: bool,
    /// Someone from the team is online and taking chats.
    pub staff_available: bool,
    /// Both: asking for a person will likely reach one.
    pub staff_expected: bool,
    /// When the hours next open (`null` while open or with no hours).
    pub next_opening: Option<Timestamp>,
    /// The hours' time zone (`null` with no hours).
    pub timezone: Option<String>,
}

/// Issue 17: a hand-over found nobody; the customer may leave a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaveMessagePrompt {
    pub session_uuid: String,
    pub reason: String,
    pub next_opening: Option<Timestamp>,
    /// The address from the token, if it has one: the client may confirm
    /// it instead of asking.
    pub email: Option<String>,
}

/// Issue 17: a message left for staff was answered or closed (to staff).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeftMessageResolved {
    pub message_id: i64,
    /// `answered` or `closed`.
    pub status: String,
    pub staff_id: String,
}

/// Issue 17: a message left for staff (to staff: `new_left_message` and
/// `staffData.messages`; to the customer, as `message_left`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeftMessage {
    pub message_id: i64,
    pub session_uuid: String,
    pub customer_id: String,
    pub customer_name: String,
    pub email: Option<String>,
    pub summary: String,
    pub outside_hours: bool,
    pub created_at: Timestamp,
}
