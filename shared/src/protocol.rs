//! The wire protocol, version 1: one Rust definition of every event.
//!
//! Frames are JSON objects `{"event": name, "data": {...}, "ref": ...}`.
//! Client frames decode into [`ClientFrame`] (see [`decode_client_frame`],
//! which tells apart "not JSON", "unknown event" and "bad fields" so that
//! each gets the right `error`); server frames are [`ServerFrame`]s.
//! Field names are camelCase exactly as `docs/protocol.md` shows; the
//! snapshot tests in `tests/wire.rs` pin every event's JSON.
//!
//! Files, as `docs/protocol.md` is laid out: `objects.rs` (what events
//! carry), `client.rs` (client → server), `server.rs` (server → client);
//! this file keeps the envelope's pieces and re-exports them all, so every
//! type is still `protocol::X`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

mod client;
mod objects;
mod server;

pub use client::*;
pub use objects::*;
pub use server::*;

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
