//! Issue 16: the customer beside the chat. Staff handling a chat ask for
//! its customer's earlier sessions and orders (`get_customer_context`),
//! or for one of that customer's orders by number (`lookup_order`). Both
//! are answered to the asking staff member only; nothing of it is stored
//! in the chat or sent to the customer.

use serde::{Deserialize, Serialize};

use crate::protocol::{SessionStatus, SessionType, Timestamp};

/// Client → server: the customer of a chat I handle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetCustomerContext {
    pub session_uuid: String,
}

/// Client → server: one order of the customer of a chat I handle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LookupOrder {
    pub session_uuid: String,
    pub order_id: String,
}

/// One earlier session of the customer, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PastSession {
    pub session_uuid: String,
    pub created_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub status: SessionStatus,
    pub session_type: SessionType,
    /// Who handled it last, if a person did.
    pub staff_id: Option<String>,
    /// 1 to 5, if the customer rated it.
    pub rating: Option<u8>,
    /// The hand-off summary, if it had one.
    pub summary: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderLine {
    pub sku: String,
    pub qty: u32,
}

/// An order as staff see it: what the assistant's order tools return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderCard {
    pub order_id: String,
    /// `processing`, `shipped`, `delivered`, `cancelled`, …
    pub status: String,
    pub items: Vec<OrderLine>,
    pub total: f64,
    pub currency: String,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    /// As the order system gave it (RFC 3339).
    pub updated_at: String,
}

/// Ack of `get_customer_context`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerContext {
    pub session_uuid: String,
    pub customer_id: String,
    pub customer_name: Option<String>,
    /// The customer's other sessions, newest first (at most 20).
    pub sessions: Vec<PastSession>,
    /// Their orders, newest first.
    pub orders: Vec<OrderCard>,
    /// True when the order system could not be reached (`orders` is then
    /// empty, not "no orders").
    pub orders_unavailable: bool,
}

/// Ack of `lookup_order`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderLookup {
    pub session_uuid: String,
    pub order: OrderCard,
}
