//! The objects events carry (`docs/protocol.md`, "Objects"): roles,
//! messages, sessions, transfer offers, workload. Separate from the events
//! because both directions use them; re-exported from [`crate::protocol`].

use serde::{Deserialize, Serialize};

use super::Timestamp;

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
