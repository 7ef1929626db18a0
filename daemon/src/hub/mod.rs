//! The hub: one task that owns every open conversation and the routing
//! state, so ordering and "at most once" rules hold by construction.
//!
//! Connection tasks send it [`HubMsg`]s. For each decision it submits the
//! writes to the store and queues a continuation ([`After`]) in a
//! `FuturesOrdered`. The store commits groups in submission order and the
//! continuations complete in that same order, so acks, fan-out and every
//! change to memory happen only after commit, and always in `seq` order
//! per session. A write that fails changes nothing: meanwhile only an
//! in-flight marker (`requesting`, `accepting`, `withdrawing`, `closing`)
//! refuses a racing second decision, and a failure clears it.
//!
//! Files: `conversation.rs` (messages, typing, read receipts, close),
//! `transfer.rs` (presence, queue, offers, accept/decline), `ai.rs`
//! (assistant replies in bounded background workers), `replica.rs` (copies
//! kept in step across nodes), `presence.rs` (Redis presence and the
//! chores lease, asked in tasks so the hub never waits on them).

mod ai;
mod annotations; // issue 16: notes and labels
mod commit;
mod conversation;
mod fanout;
#[cfg(test)]
mod fault_tests;
mod handover; // issue 16
mod offline; // issue 17
mod presence;
pub mod queue;
mod replica;
mod staff;
mod transfer;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::ws::Utf8Bytes;
use concierge_assistant::Assistant;
use concierge_shared::protocol::{
    ClientEvent, ErrorBody, Ref, SessionStatus, SessionType, StaffData, Timestamp,
};
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use futures_util::stream::FuturesOrdered;
use tokio::sync::{Semaphore, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use crate::auth::User;
use crate::cluster::{Bus, Inbound};
use crate::config::Config;
use crate::metrics::Metrics;
use crate::routing::Routing;
use crate::store::{OpResult, SessionRow, Store, StoreError, read};

pub use annotations::{Annotated, AnnotationRequest};
pub use handover::MAX_HANDOVER_NOTE_CHARS;
use presence::Absence;
pub use staff::StaffView;

pub use crate::ids::ConnId;
use crate::ids::TransferId;

/// One user typing in one session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct TypingKey {
    session: String,
    user: String,
}

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

pub enum HubMsg {
    Join {
        conn: ConnId,
        user: User,
        handle: ConnHandle,
        reply: oneshot::Sender<JoinReply>,
    },
    Leave {
        conn: ConnId,
    },
    Event {
        conn: ConnId,
        event: ClientEvent,
        r#ref: Option<Ref>,
    },
    AiDelta {
        session: String,
        stream_id: String,
        text: String,
    },
    AiDone {
        session: String,
        stream_id: String,
        reply: Box<concierge_assistant::Reply>,
        first_token_ms: Option<u64>,
        total_ms: u64,
    },
    /// A reply not given here: another node answers (cluster).
    AiSkipped {
        session: String,
    },
    Timer(Timer),
    /// Close a session on behalf of the HTTP API.
    ApiClose {
        session: String,
        actor: User,
        reply: oneshot::Sender<Result<i64, ErrorBody>>,
    },
    /// Presence and workload of every known staff member.
    StaffList {
        reply: oneshot::Sender<Vec<StaffView>>,
    },
    /// Admin settings for one staff member.
    StaffUpdate {
        staff_id: String,
        max: Option<Option<u32>>,
        available: Option<bool>,
        actor: User,
        reply: oneshot::Sender<Result<StaffView, ErrorBody>>,
    },
    /// Issue 16: a note or a label change from the HTTP API.
    Annotate {
        request: AnnotationRequest,
        actor: User,
        reply: annotations::ApiAnnotationReply,
    },
    /// From the other nodes (several daemons on PostgreSQL and Redis).
    Cluster(Inbound),
    /// The answer of a look-up the hub handed to a task (Redis presence,
    /// the chores lease, a database read): the hub never waits for one.
    Found(presence::Found),
    /// The daemon is stopping: connections that close from now on are not
    /// presence changes (a restart must not fail the queue or re-queue
    /// chats because everyone "left").
    Draining,
    /// Finish pending writes and stop.
    Shutdown {
        done: oneshot::Sender<()>,
    },
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AiState {
    Idle,
    Busy { again: bool },
}

struct SessionState {
    uuid: String,
    customer_id: String,
    customer_name: String,
    staff_id: Option<String>,
    session_type: SessionType,
    status: SessionStatus,
    delivered_seq: i64,
    /// Milliseconds since the epoch of the last message or state change.
    last_activity: i64,
    ai: AiState,
    ai_failures: u32,
    summary: Option<String>,
    /// The last few customer lines, for a summary before the assistant
    /// wrote one.
    recent_customer: VecDeque<String>,
    created_at: i64,
    updated_at: i64,
}

impl SessionState {
    fn from_row(r: &SessionRow) -> Self {
        Self {
            uuid: r.uuid.clone(),
            customer_id: r.user_id.clone(),
            customer_name: r.user_name.clone(),
            staff_id: r.staff_id.clone(),
            session_type: r.session_type,
            status: r.status,
            delivered_seq: r.last_seq,
            last_activity: r.last_activity,
            ai: AiState::Idle,
            ai_failures: r.ai_failures,
            summary: r.summary.clone(),
            recent_customer: VecDeque::new(),
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }

    fn to_wire(&self) -> concierge_shared::protocol::Session {
        concierge_shared::protocol::Session {
            session_uuid: self.uuid.clone(),
            user_id: self.customer_id.clone(),
            user_name: Some(self.customer_name.clone()),
            staff_id: self.staff_id.clone(),
            session_type: self.session_type,
            status: self.status,
            created_at: Timestamp::from_millis(self.created_at),
            updated_at: Timestamp::from_millis(self.updated_at),
            closed_at: None,
        }
    }

    /// The hand-off summary staff see before accepting.
    fn handoff_summary(&self, reason: Option<&str>) -> String {
        if let Some(s) = &self.summary {
            return s.clone();
        }
        let mut out = String::new();
        if let Some(r) = reason {
            out.push_str(&format!("Reason: {r}. "));
        }
        if self.recent_customer.is_empty() {
            out.push_str("The customer asked for a person.");
        } else {
            out.push_str("Customer said: ");
            let lines: Vec<String> = self
                .recent_customer
                .iter()
                .map(|l| format!("\"{}\"", truncate(l, 160)))
                .collect();
            out.push_str(&lines.join(" / "));
        }
        out
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

struct Conn {
    user: User,
    handle: ConnHandle,
}

/// A reply owed to one client frame.
#[derive(Debug, Clone)]
struct Reply {
    conn: ConnId,
    r#ref: Option<Ref>,
}

/// What to do once a group of writes has committed.
enum After {
    Created {
        customer: String,
    },
    Sent {
        reply: Reply,
        session: String,
        from_customer: bool,
    },
    AiStored {
        session: String,
        failures: u32,
        handover: Option<concierge_assistant::Handover>,
    },
    Read {
        reply: Reply,
        session: String,
        reader: String,
        up_to: i64,
        at: i64,
    },
    TransferCreated {
        reply: Option<Reply>,
        session: String,
        front: bool,
        reason: Option<String>,
        summary: String,
    },
    TransferRefused {
        reply: Option<Reply>,
        session: String,
        reason: String,
    },
    Accepted {
        reply: Reply,
        staff: String,
        request: crate::routing::Request,
    },
    Declined {
        reply: Reply,
        request: TransferId,
        staff: String,
    },
    Failed {
        reply: Option<Reply>,
        request: TransferId,
        session: String,
        reason: String,
    },
    Abandoned {
        request: TransferId,
        session: String,
    },
    Closed {
        reply: Option<Reply>,
        api: Option<oneshot::Sender<Result<i64, ErrorBody>>>,
        session: String,
        closed_by: String,
    },
    /// Issue 17: messages left for staff (`offline.rs`).
    Offline(offline::AfterOffline),
    /// Issue 16: notes and labels (`annotations.rs`).
    Annotated(annotations::AfterAnnotation),
    /// Issue 16: a chat handed to a colleague (`handover.rs`).
    HandedOver(Box<handover::HandedOver>),
    Nothing,
}

type Done = (Result<Vec<OpResult>, StoreError>, After, Option<String>);

pub struct Hub {
    cfg: Arc<Config>,
    store: Store,
    assistant: Arc<Assistant>,
    metrics: Arc<Metrics>,
    me: mpsc::UnboundedSender<HubMsg>,
    conns: HashMap<ConnId, Conn>,
    by_user: HashMap<String, Vec<ConnId>>,
    sessions: HashMap<String, SessionState>,
    customer_session: HashMap<String, String>,
    creating: HashSet<String>,
    /// Recently closed sessions → customer, so a late send gets `conflict`.
    closed_recent: HashMap<String, String>,
    routing: Routing,
    pending: FuturesOrdered<BoxFuture<'static, Done>>,
    ai_permits: Arc<Semaphore>,
    /// Typing marks and the generation of each one's expiry timer.
    typing: HashMap<TypingKey, u64>,
    staff_grace: HashMap<String, u64>,
    customer_gone: HashMap<String, u64>,
    next_gen: u64,
    draining: bool,
    /// Set when several daemons share the database: news of every commit
    /// goes to the others, and theirs comes in as [`HubMsg::Cluster`].
    bus: Option<Bus>,
    /// Whether this node holds the lease for cluster-wide chores (idle
    /// sessions, staff on a node that died). Always true on a lone node.
    chores: bool,
    /// Staff the chores holder found without a live claim, and since when.
    absent_since: HashMap<String, i64>,
    /// Writes in flight. Memory changes only when a write has committed (a
    /// failed one changes nothing); meanwhile these refuse a second,
    /// conflicting decision. Sessions whose transfer request is being
    /// stored, with the customer's asks that came meanwhile (answered with
    /// that request's outcome: it is theirs too):
    requesting: HashMap<String, Vec<Reply>>,
    /// Requests whose accept is being stored, and by whom (the slot is
    /// held for them).
    accepting: HashMap<TransferId, String>,
    /// Requests being withdrawn (failed, abandoned).
    withdrawing: HashSet<TransferId>,
    /// Sessions whose close is being stored.
    closing: HashSet<String>,
    /// Issue 17: business hours and messages left for staff.
    offline: offline::OfflineState,
}

impl Hub {
    /// Rebuild the state from the database and start the hub task.
    pub async fn start(
        cfg: Arc<Config>,
        store: Store,
        assistant: Arc<Assistant>,
        metrics: Arc<Metrics>,
        bus: Option<Bus>,
        rx_tx: Option<(
            mpsc::UnboundedSender<HubMsg>,
            mpsc::UnboundedReceiver<HubMsg>,
        )>,
        hours: crate::hours::Live,
    ) -> Result<(HubHandle, tokio::task::JoinHandle<()>), StoreError> {
        let (tx, rx) = rx_tx.unwrap_or_else(mpsc::unbounded_channel);
        let mut hub = Hub {
            routing: Routing::new(cfg.max_concurrent_chats),
            ai_permits: Arc::new(Semaphore::new(cfg.ai_workers)),
            cfg,
            store,
            assistant,
            metrics,
            me: tx.clone(),
            conns: HashMap::new(),
            by_user: HashMap::new(),
            sessions: HashMap::new(),
            customer_session: HashMap::new(),
            creating: HashSet::new(),
            closed_recent: HashMap::new(),
            pending: FuturesOrdered::new(),
            typing: HashMap::new(),
            staff_grace: HashMap::new(),
            customer_gone: HashMap::new(),
            next_gen: 0,
            draining: false,
            chores: bus.is_none(),
            absent_since: HashMap::new(),
            requesting: HashMap::new(),
            accepting: HashMap::new(),
            withdrawing: HashSet::new(),
            closing: HashSet::new(),
            bus,
            offline: offline::OfflineState::new(hours),
        };
        hub.claim_chores_at_start().await;
        hub.rebuild().await?;
        let task = tokio::spawn(hub.run(rx));
        Ok((HubHandle { tx }, task))
    }

    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<HubMsg>) {
        let sweep_every = (self.cfg.session_timeout / 4)
            .clamp(Duration::from_millis(100), Duration::from_secs(30));
        let mut sweep = tokio::time::interval(sweep_every);
        sweep.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut presence = tokio::time::interval(crate::cluster::PRESENCE_RENEW);
        presence.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let clustered = self.bus.is_some();
        loop {
            tokio::select! {
                biased;
                Some(done) = self.pending.next(), if !self.pending.is_empty() => {
                    self.committed(done).await;
                }
                msg = rx.recv() => match msg {
                    Some(HubMsg::Shutdown { done }) => {
                        while let Some(d) = self.pending.next().await {
                            self.committed(d).await;
                        }
                        self.release_chores().await;
                        let _ = self.store.flush().await;
                        let _ = done.send(());
                        break;
                    }
                    Some(m) => self.handle(m).await,
                    None => break,
                },
                _ = sweep.tick() => {
                    if self.chores {
                        self.sweep_idle().await;
                    }
                }
                _ = presence.tick(), if clustered => self.cluster_tick(),
            }
        }
        tracing::debug!("hub stopped");
    }

    async fn handle(&mut self, msg: HubMsg) {
        match msg {
            HubMsg::Join {
                conn,
                user,
                handle,
                reply,
            } => {
                let r = self.join(conn, user, handle).await;
                let _ = reply.send(r);
            }
            HubMsg::Leave { conn } => self.leave(conn).await,
            HubMsg::Event { conn, event, r#ref } => self.event(conn, event, r#ref).await,
            HubMsg::AiDelta {
                session,
                stream_id,
                text,
            } => self.ai_delta(&session, stream_id, text),
            HubMsg::AiSkipped { session } => self.ai_skipped(&session),
            HubMsg::AiDone {
                session,
                stream_id,
                reply,
                first_token_ms,
                total_ms,
            } => {
                self.ai_done(session, stream_id, *reply, first_token_ms, total_ms)
                    .await
            }
            HubMsg::Timer(t) => self.timer(t).await,
            HubMsg::ApiClose {
                session,
                actor,
                reply,
            } => self.api_close(session, actor, reply).await,
            HubMsg::StaffList { reply } => {
                let _ = reply.send(self.staff_views());
            }
            HubMsg::StaffUpdate {
                staff_id,
                max,
                available,
                actor,
                reply,
            } => {
                let r = self.staff_update(&staff_id, max, available, &actor).await;
                let _ = reply.send(r);
            }
            HubMsg::Annotate {
                request,
                actor,
                reply,
            } => self.annotate_api(actor, request, reply).await, // issue 16
            HubMsg::Cluster(Inbound::Event(e)) => self.apply_remote(e).await,
            HubMsg::Cluster(Inbound::Resync) => self.resync().await,
            HubMsg::Found(f) => self.found(f).await,
            HubMsg::Draining => self.draining = true,
            HubMsg::Shutdown { done } => {
                let _ = done.send(());
            }
        }
    }

    /// Start-up: load the database into the empty hub (the same way a
    /// resync does), then what only a start does.
    async fn rebuild(&mut self) -> Result<(), StoreError> {
        let loaded = replica::load(&self.store).await?;
        self.apply_loaded(loaded).await;
        self.offline_rebuild().await?; // issue 17
        let holders: HashSet<String> = self
            .sessions
            .values()
            .filter(|s| s.status == SessionStatus::Active)
            .filter_map(|s| s.staff_id.clone())
            .collect();
        // Staff who held chats when the daemon stopped get time to come
        // back before their chats return to the queue.
        let grace = self.cfg.staff_offline_grace.max(Duration::from_secs(60));
        // In a cluster, the chores holder alone decides (and it checks
        // every node's presence first).
        let holders = if self.chores { holders } else { HashSet::new() };
        for staff in holders {
            let generation = self.next_generation();
            self.staff_grace.insert(staff.clone(), generation);
            self.schedule(grace, Timer::StaffGrace { staff, generation });
        }
        // Replies that were pending when the daemon stopped (in a cluster,
        // by the node holding the chores lease only, so once).
        let waiting: Vec<String> = self
            .sessions
            .values()
            .filter(|_| self.chores)
            .filter(|s| s.session_type == SessionType::Ai && s.status == SessionStatus::Active)
            .map(|s| s.uuid.clone())
            .collect();
        for uuid in waiting {
            let u = uuid.clone();
            let last = self
                .store
                .read(move |c| read::last_messages(c, &u, 1, i64::MAX))
                .await?;
            if last
                .first()
                .is_some_and(|m| m.sender_role == concierge_shared::protocol::SenderRole::Customer)
            {
                self.trigger_ai(&uuid);
            }
        }
        self.update_gauges();
        Ok(())
    }

    fn next_generation(&mut self) -> u64 {
        self.next_gen += 1;
        self.next_gen
    }

    fn schedule(&self, after: Duration, timer: Timer) {
        let me = self.me.clone();
        tokio::spawn(async move {
            tokio::time::sleep(after).await;
            let _ = me.send(HubMsg::Timer(timer));
        });
    }

    async fn timer(&mut self, t: Timer) {
        match t {
            Timer::QueueAlert { request } => self.queue_alert(request).await, // issue 17
            Timer::Offer { request, round } => self.offer_timeout(request, round),
            Timer::Typing {
                session,
                user,
                generation,
            } => {
                let key = TypingKey {
                    session: session.clone(),
                    user: user.clone(),
                };
                if self.typing.get(&key) == Some(&generation) {
                    self.typing.remove(&key);
                    self.send_stop_typing(&session, &user);
                }
            }
            Timer::CustomerGone {
                customer,
                generation,
            } => {
                if self.customer_gone.get(&customer) == Some(&generation) {
                    self.customer_gone.remove(&customer);
                    if !self.by_user.contains_key(&customer) {
                        self.check_absence(Absence::Customer(customer)).await;
                    }
                }
            }
            Timer::StaffGrace { staff, generation } => {
                if self.staff_grace.get(&staff) == Some(&generation) {
                    self.staff_grace.remove(&staff);
                    if !self.by_user.contains_key(&staff) {
                        self.check_absence(Absence::Staff(staff)).await;
                    }
                }
            }
        }
    }

    // ----- connections -----------------------------------------------------

    async fn join(&mut self, conn: ConnId, user: User, handle: ConnHandle) -> JoinReply {
        let is_staff = user.role.is_staff();
        let gauge = if is_staff {
            &self.metrics.conns_staff
        } else {
            &self.metrics.conns_customer
        };
        gauge.fetch_add(1, Ordering::Relaxed);
        let conns = self.by_user.entry(user.id.clone()).or_default();
        conns.push(conn);
        if conns.len() == 1 {
            self.claim_presence(&user.id);
        }
        self.conns.insert(
            conn,
            Conn {
                user: user.clone(),
                handle,
            },
        );
        if is_staff {
            JoinReply::Staff(Box::new(self.join_staff(&user).await))
        } else {
            JoinReply::Customer(self.join_customer(&user).await)
        }
    }

    async fn leave(&mut self, conn: ConnId) {
        let Some(c) = self.conns.remove(&conn) else {
            return;
        };
        let gauge = if c.user.role.is_staff() {
            &self.metrics.conns_staff
        } else {
            &self.metrics.conns_customer
        };
        gauge.fetch_sub(1, Ordering::Relaxed);
        let last = match self.by_user.get_mut(&c.user.id) {
            Some(list) => {
                list.retain(|x| *x != conn);
                list.is_empty()
            }
            None => true,
        };
        if !last {
            return;
        }
        self.by_user.remove(&c.user.id);
        if self.draining {
            return;
        }
        self.release_presence(&c.user.id);
        // Typing marks of a user who left end now.
        let keys: Vec<TypingKey> = self
            .typing
            .keys()
            .filter(|k| k.user == c.user.id)
            .cloned()
            .collect();
        for key in keys {
            self.typing.remove(&key);
            self.send_stop_typing(&key.session, &key.user);
        }
        if !c.user.role.is_staff() {
            // A customer who left while waiting for a person leaves the
            // queue unless they come back in time.
            let waiting = self
                .customer_session
                .get(&c.user.id)
                .and_then(|s| self.sessions.get(s))
                .is_some_and(|s| s.status == SessionStatus::Waiting);
            if waiting {
                let generation = self.next_generation();
                self.customer_gone.insert(c.user.id.clone(), generation);
                self.schedule(
                    self.cfg.abandon_after,
                    Timer::CustomerGone {
                        customer: c.user.id.clone(),
                        generation,
                    },
                );
            }
        }
        if c.user.role.is_staff() {
            let grace = self.cfg.staff_offline_grace;
            if grace.is_zero() {
                self.check_absence(Absence::Staff(c.user.id.clone())).await;
            } else {
                let generation = self.next_generation();
                self.staff_grace.insert(c.user.id.clone(), generation);
                self.schedule(
                    grace,
                    Timer::StaffGrace {
                        staff: c.user.id,
                        generation,
                    },
                );
            }
        }
    }

    async fn event(&mut self, conn: ConnId, event: ClientEvent, r#ref: Option<Ref>) {
        let Some(user) = self.conns.get(&conn).map(|c| c.user.clone()) else {
            return;
        };
        let reply = Reply { conn, r#ref };
        match event {
            ClientEvent::SendMessage(m) => self.send_message(&user, reply, m).await,
            ClientEvent::TypingStart(s) => self.typing_start(&user, reply, &s.session_uuid),
            ClientEvent::TypingStop(s) => self.typing_stop(&user, reply, &s.session_uuid),
            ClientEvent::MarkRead(m) => self.mark_read(&user, reply, m).await,
            ClientEvent::RequestStaff(r) => self.request_staff(&user, reply, r).await,
            ClientEvent::AcceptTransfer(a) => {
                self.accept(&user, reply, TransferId(a.transfer_request_id))
                    .await
            }
            ClientEvent::DeclineTransfer(d) => self.decline(&user, reply, d).await,
            ClientEvent::StaffStatusChange(s) => self.status_change(&user, reply, s).await,
            ClientEvent::CloseSession(s) => self.close(&user, reply, &s.session_uuid).await,
            // Issue 17.
            ClientEvent::LeaveMessage(m) => self.leave_message(&user, reply, m).await,
            ClientEvent::AnswerMessage(a) => self.answer_message(&user, reply, a).await,
            ClientEvent::CloseMessage(m) => self.close_message(&user, reply, m.message_id).await,
            ClientEvent::EmailTranscript(t) => self.email_transcript(&user, reply, t).await,
            // Issue 16.
            ClientEvent::AddNote(n) => {
                let req = AnnotationRequest::AddNote {
                    session: n.session_uuid,
                    body: n.body,
                };
                self.annotate_ws(&user, reply, req).await
            }
            ClientEvent::SetLabels(l) => {
                let req = AnnotationRequest::Labels {
                    session: l.session_uuid,
                    change: crate::labels::LabelChange::Set(l.labels),
                };
                self.annotate_ws(&user, reply, req).await
            }
            ClientEvent::HandOver(h) => self.hand_over(&user, reply, h).await,
            ClientEvent::GetColleagues(_) => self.colleagues(&user, &reply),
            // Answered by the connection itself (reads only).
            ClientEvent::GetHistory(_)
            | ClientEvent::RateSession(_)
            | ClientEvent::GetNotes(_)
            | ClientEvent::GetLabels(_)
            | ClientEvent::ListCannedReplies(_)
            | ClientEvent::Search(_)
            | ClientEvent::GetCustomerContext(_)
            | ClientEvent::LookupOrder(_) => {}
        }
    }
}

/// The id a `CreateTransfer` in `results` was given.
fn created_transfer(results: &[OpResult]) -> Option<TransferId> {
    results.iter().find_map(|r| match r {
        OpResult::TransferId(id) => Some(*id),
        _ => None,
    })
}

/// A stored pending request as the queue holds it.
/// (Issue 16: with its hand-over, still reserved for the colleague named.)
fn request_from_row(
    t: crate::store::TransferRow,
    handover: Option<Box<crate::routing::Handover>>,
) -> crate::routing::Request {
    crate::routing::Request {
        id: t.id,
        session: t.session_uuid,
        customer_id: t.customer_id,
        customer_name: t.customer_name,
        reason: t.reason,
        summary: t.summary,
        waiting_since: t.created_at,
        declined_by: t.declined_by,
        offered_to: Default::default(),
        reoffered: false,
        round: 0,
        // A request rebuilt at start is an ordinary one (issue 17), but a
        // hand-over stays the named colleague's (issue 16).
        preferred: handover.as_ref().and_then(|h| h.target.clone()),
        handover,
    }
}

pub(crate) fn now_ms() -> i64 {
    Timestamp::now().millis()
}
