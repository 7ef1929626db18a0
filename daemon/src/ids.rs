//! Typed ids and the closed sets of values (a transfer request's status,
//! how it ended) that the store, the hub and the cluster share, so that no
//! string is matched deep in the code. On the wire and in the database
//! they are the same numbers and strings as before.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A transfer request (the `chat_transfer_requests` row id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TransferId(pub i64);

impl fmt::Display for TransferId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One WebSocket connection, numbered by the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConnId(pub u64);

impl fmt::Display for ConnId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The string ids: a session's uuid and a user's id. Map keys in the hub
/// are these types, so a session can never be looked up by a user id;
/// `Borrow<str>` lets a map be asked with the `&str` a frame carries (and
/// `Borrow<String>` with an owned one: the hash is the string's either way).
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<String> for $name {
            fn borrow(&self) -> &String {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

string_id!(
    /// A chat session (its uuid).
    SessionId
);
string_id!(
    /// A customer or staff member (the token's subject).
    UserId
);

/// A transfer request's `status` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TransferStatus {
    Pending,
    Accepted,
    /// Nobody could take it (nobody online, everyone declined).
    Failed,
    /// Withdrawn: the customer left, or the session closed.
    Cancelled,
}

impl TransferStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TransferStatus::Pending => "pending",
            TransferStatus::Accepted => "accepted",
            TransferStatus::Failed => "failed",
            TransferStatus::Cancelled => "cancelled",
        }
    }

    /// The stored text; `None` for a value this version does not write.
    pub fn parse(s: &str) -> Option<TransferStatus> {
        Some(match s {
            "pending" => TransferStatus::Pending,
            "accepted" => TransferStatus::Accepted,
            "failed" => TransferStatus::Failed,
            "cancelled" => TransferStatus::Cancelled,
            _ => return None,
        })
    }
}

/// How a request ended without being accepted: what other nodes are told,
/// and the `reason` of `transfer_cancelled` to staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferEnd {
    /// Never queued: nobody was online. Staff never saw it.
    Refused,
    /// Nobody could take it (everyone declined, or everyone left).
    Failed,
    /// The customer left while waiting.
    CustomerLeft,
    /// Its session was closed.
    SessionClosed,
    /// Withdrawn for another reason.
    Cancelled,
}

impl TransferEnd {
    pub fn as_str(self) -> &'static str {
        match self {
            TransferEnd::Refused => "refused",
            TransferEnd::Failed => "failed",
            TransferEnd::CustomerLeft => "customer_left",
            TransferEnd::SessionClosed => "session_closed",
            TransferEnd::Cancelled => "cancelled",
        }
    }

    /// A stored `outcome` that names one of these.
    pub fn parse(s: &str) -> Option<TransferEnd> {
        Some(match s {
            "refused" => TransferEnd::Refused,
            "failed" => TransferEnd::Failed,
            "customer_left" => TransferEnd::CustomerLeft,
            "session_closed" => TransferEnd::SessionClosed,
            "cancelled" => TransferEnd::Cancelled,
            _ => return None,
        })
    }

    /// Whether staff saw the request (and so hear that it went).
    pub fn was_queued(self) -> bool {
        self != TransferEnd::Refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_keep_their_cluster_names() {
        for e in [
            TransferEnd::Refused,
            TransferEnd::Failed,
            TransferEnd::CustomerLeft,
            TransferEnd::SessionClosed,
            TransferEnd::Cancelled,
        ] {
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(json, format!("\"{}\"", e.as_str()));
            assert_eq!(TransferEnd::parse(e.as_str()), Some(e));
            assert_eq!(serde_json::from_str::<TransferEnd>(&json).unwrap(), e);
        }
    }

    #[test]
    fn statuses_round_trip() {
        for s in [
            TransferStatus::Pending,
            TransferStatus::Accepted,
            TransferStatus::Failed,
            TransferStatus::Cancelled,
        ] {
            assert_eq!(TransferStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(TransferStatus::parse("bogus"), None);
    }

    #[test]
    fn ids_are_plain_numbers_on_the_wire() {
        assert_eq!(serde_json::to_string(&TransferId(42)).unwrap(), "42");
    }
}
