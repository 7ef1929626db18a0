//! Issue 16: a staff member hands a chat to a named colleague, or back to
//! the queue, with a note for whoever takes it.
//!
//! The chat leaves the sender at once (`chat_handed_over` to the sender's
//! consoles) and waits at the front of the queue, offered to the named
//! colleague alone (`new_transfer_request` with `fromStaffId`, `note` and
//! `preferredStaffId`). A decline or an unanswered offer puts it in the
//! ordinary queue; the customer is told at each step and is never left
//! without someone (see `docs/protocol.md`).

use serde::{Deserialize, Serialize};

/// Client → server: hand a chat I am handling to `toStaffId`, or back to
/// the queue when `toStaffId` is absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HandOver {
    pub session_uuid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_staff_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Ack of `hand_over`: the request now waiting for the colleague.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HandOverAck {
    pub transfer_request_id: i64,
}

/// Server → the sender's consoles: the chat is no longer theirs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChatHandedOver {
    pub session_uuid: String,
    pub transfer_request_id: i64,
    pub from_staff_id: String,
    /// `null` when it went back to the queue.
    pub to_staff_id: Option<String>,
}

/// Client → server (staff): who could take a chat, for picking a colleague.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetColleagues {}

/// One staff member as a colleague sees them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Colleague {
    pub staff_id: String,
    pub name: String,
    pub is_online: bool,
    pub is_available: bool,
    pub current_chats: u32,
    pub max_concurrent_chats: u32,
}

/// Ack of `get_colleagues`: every known staff member, by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Colleagues {
    pub staff: Vec<Colleague>,
}
