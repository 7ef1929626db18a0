//! The hub: one task that owns every open conversation and the routing
//! state, so ordering and "at most once" rules hold by construction.
//!
//! It is two parts. [`core::Conversations`] holds the rules and the state
//! and does no I/O: `handle(Input) -> Vec<Effect>`. Its inputs are client
//! events, commit results, other nodes' news, timers and the answers of
//! look-ups; its effects are writes (each with the continuation, `After`,
//! that applies it once committed), frames for connections, news for the
//! other nodes, timers and look-ups. The driver (`driver.rs`) owns the
//! store, the bus and the sockets' queues: it feeds inputs in, carries the
//! effects out, and runs every look-up (Redis presence, leases, database
//! reads, the assistant) in a task of its own whose answer comes back as an
//! input. The store commits groups in submission order and the results
//! come back in that order, so acks, fan-out and every change to memory
//! happen only after commit, in `seq` order per session. A write that fails
//! changes nothing: meanwhile only an in-flight marker (`requesting`,
//! `accepting`, `withdrawing`, `closing`) refuses a racing second decision,
//! and a failure clears it. (A second staff member's accept waits for the
//! first one's outcome instead, and takes its turn if that one fails; a
//! request given up meanwhile, say because its customer left, is given up
//! if it fails.)
//!
//! Files: `core.rs` (the state and the input dispatch), `conversation.rs`
//! (messages, typing, read receipts, close), `transfer.rs` (queue, offers,
//! accept/decline), `transfer_facts.rs` (what those lead to, applied to
//! memory for local commits and other nodes' news alike), `staff.rs`,
//! `ai.rs` (when the assistant speaks), `replica.rs` (copies kept in step
//! across nodes), `load.rs` (loading from the database, at start-up and
//! on a resync), `presence.rs` (cluster
//! presence and the chores lease), `offline.rs`, `handover.rs`,
//! `annotations.rs`; `jobs.rs` is the I/O the driver runs for the core.

mod ai;
mod annotations; // issue 16: notes and labels
mod commit;
mod conversation;
mod core;
#[cfg(test)]
mod core_tests;
mod driver;
mod fanout;
#[cfg(test)]
mod fault_tests;
mod handover; // issue 16
mod jobs;
mod load;
mod offline; // issue 17
mod presence;
pub mod queue;
mod replica;
mod staff;
mod transfer;
mod transfer_facts;

use axum::extract::ws::Utf8Bytes;
use concierge_shared::protocol::{SessionStatus, SessionType, StaffData};
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use crate::auth::User;

pub use annotations::{Annotated, AnnotationRequest};
pub use core::Input;
pub use driver::Hub;
pub use handover::MAX_HANDOVER_NOTE_CHARS;
pub use staff::StaffView;

pub use crate::ids::ConnId;
use crate::ids::TransferId;

/// What a connection task is told to do, in order.
#[derive(Debug)]
pub enum Out {
    /// A ready-made frame.
    Frame(Utf8Bytes),
    /// Read the history up to `upto` and send `staff_chat_joined`: done by
    /// the connection so that later messages (seq > upto) follow it. Boxed:
    /// every connection's queue is sized by the largest variant, and this
    /// rare one would triple it.
    StaffChatJoined(Box<ChatJoined>),
    /// Close the socket (session taken over, server stopping).
    Close,
}

#[derive(Debug)]
pub struct ChatJoined {
    pub session: String,
    pub upto: i64,
    pub summary: String,
    pub customer_id: String,
    pub customer_name: String,
}

/// How the hub reaches one connection.
#[derive(Debug, Clone)]
pub struct ConnHandle {
    pub tx: queue::QueueTx,
    /// Cancelled when the connection cannot keep up (its queue is full).
    pub kill: CancellationToken,
}

/// Where a reconnecting customer left off.
#[derive(Debug, Clone)]
pub struct Resume {
    pub session_uuid: String,
    pub last_seq: i64,
}

/// The customer's open session as the connection must restore it.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub uuid: String,
    pub session_type: SessionType,
    pub status: SessionStatus,
    pub staff_id: Option<String>,
    /// Every message up to here has been fanned out; later ones will reach
    /// the connection through its queue.
    pub delivered_seq: i64,
}

#[derive(Debug)]
pub enum JoinReply {
    /// `None`: a session is being created; `session_started` and the
    /// welcome arrive through the queue.
    Customer(Option<Snapshot>),
    Staff(Box<StaffData>),
}

// The largest input, a commit result, never travels in a HubMsg (the
// driver feeds it straight in); the size only sets the hub channel's
// block size, one channel for the whole daemon.
#[allow(clippy::large_enum_variant)]
pub enum HubMsg {
    /// A connection joins; the handle of its queue stays with the driver.
    Join {
        conn: ConnId,
        user: User,
        handle: ConnHandle,
        reply: oneshot::Sender<JoinReply>,
    },
    /// Finish pending writes and stop.
    Shutdown { done: oneshot::Sender<()> },
    /// Everything else goes to the core as it is.
    Core(Input),
}

impl From<Input> for HubMsg {
    fn from(input: Input) -> Self {
        HubMsg::Core(input)
    }
}

#[derive(Debug, Clone)]
pub enum Timer {
    Offer {
        request: TransferId,
        round: u64,
    },
    Typing {
        session: String,
        user: String,
        generation: u64,
    },
    StaffGrace {
        staff: String,
        generation: u64,
    },
    CustomerGone {
        customer: String,
        generation: u64,
    },
    /// Issue 17: alert staff if this request is still waiting.
    QueueAlert {
        request: TransferId,
    },
}

/// The hub's address. Clone freely.
#[derive(Clone)]
pub struct HubHandle {
    tx: mpsc::UnboundedSender<HubMsg>,
}

impl HubHandle {
    pub fn send(&self, msg: HubMsg) -> bool {
        self.tx.send(msg).is_ok()
    }
}

pub(crate) fn now_ms() -> i64 {
    concierge_shared::protocol::Timestamp::now().millis()
}
