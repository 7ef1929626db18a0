//! The hub's rules: every conversation's state, changed only by inputs,
//! with what to do about each input returned as data ([`Effect`]). Nothing
//! here waits or does I/O, so every flow can be driven in a table test
//! (`core_tests/`) and a slow database or Redis never holds it up: reads
//! and look-ups are effects whose answers come back as inputs.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use concierge_assistant::Assistant;
use concierge_shared::protocol::{
    ClientEvent, ErrorBody, Ref, SessionStatus, SessionType, Timestamp,
};
use tokio::sync::oneshot;

use super::jobs::{Found, Job};
use super::presence::Absence;
use super::replica::Gated;
use super::{
    AnnotationRequest, ConnId, JoinReply, Out, StaffView, Timer, annotations, handover, offline,
};
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::config::Config;
use crate::ids::{SessionId, TransferId, UserId};
use crate::metrics::Metrics;
use crate::routing::Routing;
use crate::store::{Op, OpResult, SessionRow, StoreError};

/// What the core is told. Each input is moved in once and never stored,
/// so its size does not multiply: a commit's result (`Committed`, the
/// largest) is not boxed to save an allocation per write group.
#[allow(clippy::large_enum_variant)]
pub enum Input {
    /// A connection joins (the driver keeps its queue's handle).
    Join {
        conn: ConnId,
        user: User,
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
    AiSkipped {
        session: String,
    },
    Timer(Timer),
    ApiClose {
        session: String,
        actor: User,
        reply: oneshot::Sender<Result<i64, ErrorBody>>,
    },
    StaffList {
        reply: oneshot::Sender<Vec<StaffView>>,
    },
    StaffUpdate {
        staff_id: String,
        max: Option<Option<u32>>,
        available: Option<bool>,
        actor: User,
        reply: oneshot::Sender<Result<StaffView, ErrorBody>>,
    },
    Annotate {
        request: AnnotationRequest,
        actor: User,
        reply: annotations::ApiAnnotationReply,
    },
    /// A fact another node committed.
    Remote(ClusterEvent),
    /// News may have been missed: load the database again.
    Resync,
    /// The answer of a look-up ([`Effect::Job`]).
    Found(Found),
    /// A group of writes came back from the store, in submission order.
    Committed(Done),
    /// Close idle sessions (the chores holder only).
    Sweep,
    /// Renew presence and the chores lease (cluster only).
    ClusterTick,
    /// The daemon is stopping: connections that close from now on are not
    /// presence changes.
    Draining,
}

impl From<crate::cluster::Inbound> for Input {
    fn from(m: crate::cluster::Inbound) -> Self {
        match m {
            crate::cluster::Inbound::Event(e) => Input::Remote(e),
            crate::cluster::Inbound::Resync => Input::Resync,
        }
    }
}

/// What the core asks the driver to do, in order.
pub enum Effect {
    /// Store `ops` as one group; its result comes back as
    /// [`Input::Committed`] with `after`, in submission order.
    Persist {
        ops: Vec<Op>,
        after: After,
        stream: Option<String>,
    },
    /// Queue something for one connection.
    Send { conn: ConnId, out: Out },
    /// Tell the other nodes (reliable).
    Publish(ClusterEvent),
    /// Tell the other nodes, if the bus has room (assistant deltas).
    PublishDroppable(ClusterEvent),
    /// Feed `timer` back in after `after`.
    Schedule { after: Duration, timer: Timer },
    /// Run a look-up or a side task; its answer comes back as
    /// [`Input::Found`].
    Job(Job),
}

/// One write group's result, its continuation and its assistant stream.
pub type Done = (Result<Vec<OpResult>, StoreError>, After, Option<String>);

/// One user typing in one session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct TypingKey {
    pub(super) session: String,
    pub(super) user: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AiState {
    Idle,
    Busy { again: bool },
}

pub(super) struct SessionState {
    pub(super) uuid: String,
    pub(super) customer_id: String,
    pub(super) customer_name: String,
    pub(super) staff_id: Option<String>,
    pub(super) session_type: SessionType,
    pub(super) status: SessionStatus,
    pub(super) delivered_seq: i64,
    /// Milliseconds since the epoch of the last message or state change.
    pub(super) last_activity: i64,
    pub(super) ai: AiState,
    /// The last line delivered is the customer's: the assistant owes an
    /// answer, which may be on its way from another node.
    pub(super) reply_owed: bool,
    pub(super) ai_failures: u32,
    pub(super) summary: Option<String>,
    /// The last few customer lines, for a summary before the assistant
    /// wrote one.
    pub(super) recent_customer: VecDeque<String>,
    /// The newest transfer request this node has seen for the session.
    /// Request ids only grow, so news of an older one is stale (see
    /// `apply_queued`).
    pub(super) last_request: Option<TransferId>,
    pub(super) created_at: i64,
    pub(super) updated_at: i64,
}

impl SessionState {
    /// Note request `id` of this session as seen.
    pub(super) fn saw_request(&mut self, id: TransferId) {
        self.last_request = self.last_request.max(Some(id));
    }

    pub(super) fn from_row(r: &SessionRow) -> Self {
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
            reply_owed: false,
            ai_failures: r.ai_failures,
            summary: r.summary.clone(),
            recent_customer: VecDeque::new(),
            last_request: None,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }

    pub(super) fn to_wire(&self) -> concierge_shared::protocol::Session {
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
    pub(super) fn handoff_summary(&self, reason: Option<&str>) -> String {
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

pub(super) struct Conn {
    pub(super) user: User,
}

/// A reply owed to one client frame.
#[derive(Debug, Clone)]
pub struct Reply {
    pub(super) conn: ConnId,
    pub(super) r#ref: Option<Ref>,
}

/// What to do once a group of writes has committed.
pub enum After {
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

pub struct Conversations {
    pub(super) cfg: Arc<Config>,
    /// For the welcome line (a template: no I/O).
    pub(super) assistant: Arc<Assistant>,
    pub(super) metrics: Arc<Metrics>,
    /// What to do, collected while an input is handled. A cell so that
    /// read-only checks (`&self`) can answer errors.
    fx: RefCell<Vec<Effect>>,
    pub(super) conns: HashMap<ConnId, Conn>,
    pub(super) by_user: HashMap<UserId, Vec<ConnId>>,
    pub(super) sessions: HashMap<SessionId, SessionState>,
    pub(super) customer_session: HashMap<UserId, SessionId>,
    pub(super) creating: HashSet<UserId>,
    /// Recently closed sessions → customer, so a late send gets `conflict`.
    pub(super) closed_recent: HashMap<SessionId, UserId>,
    pub(super) routing: Routing,
    /// Typing marks and the generation of each one's expiry timer.
    pub(super) typing: HashMap<TypingKey, u64>,
    pub(super) staff_grace: HashMap<UserId, u64>,
    pub(super) customer_gone: HashMap<UserId, u64>,
    next_gen: u64,
    pub(super) draining: bool,
    /// Set when several daemons share the database: the name this node
    /// holds leases under. News of every commit goes to the others, and
    /// theirs comes in as [`Input::Remote`].
    pub(super) node: Option<String>,
    /// Whether this node holds the lease for cluster-wide chores (idle
    /// sessions, staff on a node that died). Always true on a lone node.
    pub(super) chores: bool,
    /// Staff the chores holder found without a live claim, and since when.
    pub(super) absent_since: HashMap<UserId, i64>,
    /// Writes in flight. Memory changes only when a write has committed (a
    /// failed one changes nothing); meanwhile these refuse a second,
    /// conflicting decision. Sessions whose transfer request is being
    /// stored, with the customer's asks that came meanwhile (answered with
    /// that request's outcome: it is theirs too):
    pub(super) requesting: HashMap<SessionId, Vec<Reply>>,
    /// Requests whose accept is being stored, and by whom (the slot is
    /// held for them).
    pub(super) accepting: HashMap<TransferId, UserId>,
    /// Accepts by others that came while one was being stored, answered
    /// once it is (see `accept`).
    pub(super) accept_waiting: HashMap<TransferId, Vec<(User, Reply)>>,
    /// Requests given up (nobody online, everyone declined, the customer
    /// left) while an accept of them was being stored: done if that accept
    /// fails, dropped if it takes the request.
    pub(super) withdraw_after_accept: HashMap<TransferId, super::transfer::Withdrawal>,
    /// Requests being withdrawn (failed, abandoned).
    pub(super) withdrawing: HashSet<TransferId>,
    /// Sessions whose close is being stored.
    pub(super) closing: HashSet<SessionId>,
    /// While a resync's read is in flight: the sessions this node's own
    /// commits changed meanwhile. The read may have been taken before
    /// those commits, so it does not overwrite (or close) them; other
    /// nodes' news about them is held behind the read and comes after.
    pub(super) touched: Option<HashSet<SessionId>>,
    /// A database read in flight for the cluster copy: the item that asked
    /// for it, and what came after it and must wait its turn (other
    /// nodes' news, and deliveries with a gap), in order.
    pub(super) gate: Option<(Gated, VecDeque<Gated>)>,
    /// Issue 17: business hours and messages left for staff.
    pub(super) offline: offline::OfflineState,
}

impl Conversations {
    /// An empty core. `node`: this node's name in a cluster; `chores`:
    /// whether it holds the chores lease (always on a lone node).
    pub fn new(
        cfg: Arc<Config>,
        assistant: Arc<Assistant>,
        metrics: Arc<Metrics>,
        node: Option<String>,
        chores: bool,
        hours: crate::hours::Live,
    ) -> Self {
        Conversations {
            routing: Routing::new(cfg.max_concurrent_chats),
            cfg,
            assistant,
            metrics,
            fx: RefCell::new(Vec::new()),
            conns: HashMap::new(),
            by_user: HashMap::new(),
            sessions: HashMap::new(),
            customer_session: HashMap::new(),
            creating: HashSet::new(),
            closed_recent: HashMap::new(),
            typing: HashMap::new(),
            staff_grace: HashMap::new(),
            customer_gone: HashMap::new(),
            next_gen: 0,
            draining: false,
            chores: node.is_none() || chores,
            node,
            absent_since: HashMap::new(),
            requesting: HashMap::new(),
            accepting: HashMap::new(),
            accept_waiting: HashMap::new(),
            withdraw_after_accept: HashMap::new(),
            withdrawing: HashSet::new(),
            closing: HashSet::new(),
            touched: None,
            gate: None,
            offline: offline::OfflineState::new(hours),
        }
    }

    /// Handle one input: change the state as it says and return what to
    /// do about it.
    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        match input {
            Input::Join { conn, user, reply } => {
                self.through_gate(Gated::Join { conn, user, reply })
            }
            Input::Leave { conn } => self.leave(conn),
            Input::Event { conn, event, r#ref } => self.event(conn, event, r#ref),
            Input::AiDelta {
                session,
                stream_id,
                text,
            } => self.ai_delta(&session, stream_id, text),
            Input::AiSkipped { session } => self.ai_skipped(&session),
            Input::AiDone {
                session,
                stream_id,
                reply,
                first_token_ms,
                total_ms,
            } => self.ai_done(session, stream_id, *reply, first_token_ms, total_ms),
            Input::Timer(t) => self.timer(t),
            Input::ApiClose {
                session,
                actor,
                reply,
            } => self.api_close(session, actor, reply),
            Input::StaffList { reply } => {
                let _ = reply.send(self.staff_views());
            }
            Input::StaffUpdate {
                staff_id,
                max,
                available,
                actor,
                reply,
            } => {
                let r = self.staff_update(&staff_id, max, available, &actor);
                let _ = reply.send(r);
            }
            Input::Annotate {
                request,
                actor,
                reply,
            } => self.annotate_api(actor, request, reply), // issue 16
            Input::Remote(e) => self.through_gate(Gated::Remote(e)),
            Input::Resync => self.resync(),
            Input::Found(f) => self.found(f),
            Input::Committed(done) => self.committed(done),
            Input::Sweep => {
                if self.chores {
                    self.sweep_idle();
                }
            }
            Input::ClusterTick => self.cluster_tick(),
            Input::Draining => self.draining = true,
        }
        self.take_effects()
    }

    /// Start-up: the database loaded into the empty core (the same way a
    /// resync loads it), then what only a start does.
    pub fn start(&mut self, mut loaded: super::load::Loaded) -> Vec<Effect> {
        let startup = loaded.startup.take();
        self.apply_loaded(loaded);
        if let Some(startup) = &startup {
            self.offline_rebuild(startup); // issue 17
        }
        // In a cluster, the chores holder alone decides (and it checks
        // every node's presence first).
        if self.chores {
            let holders: HashSet<String> = self
                .sessions
                .values()
                .filter(|s| s.status == SessionStatus::Active)
                .filter_map(|s| s.staff_id.clone())
                .collect();
            // Staff who held chats when the daemon stopped get time to
            // come back before their chats return to the queue.
            let grace = self.cfg.staff_offline_grace.max(Duration::from_secs(60));
            for staff in holders {
                let generation = self.next_generation();
                self.staff_grace.insert(staff.clone().into(), generation);
                self.schedule(grace, Timer::StaffGrace { staff, generation });
            }
            // Replies that were pending when the daemon stopped (in a
            // cluster, by the node holding the chores lease only, so once).
            for uuid in startup.map(|s| s.unanswered).unwrap_or_default() {
                if self.sessions.contains_key(&uuid) {
                    self.trigger_ai(&uuid);
                }
            }
        }
        self.update_gauges();
        self.take_effects()
    }

    /// What was asked for so far (the driver's start-up reads it too).
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(self.fx.get_mut())
    }

    pub(super) fn emit(&self, effect: Effect) {
        self.fx.borrow_mut().push(effect);
    }

    /// Whether this node holds the chores lease (given back at shutdown).
    pub fn holds_chores(&self) -> bool {
        self.chores && self.node.is_some()
    }

    pub(super) fn clustered(&self) -> bool {
        self.node.is_some()
    }

    pub(super) fn next_generation(&mut self) -> u64 {
        self.next_gen += 1;
        self.next_gen
    }

    pub(super) fn schedule(&self, after: Duration, timer: Timer) {
        self.emit(Effect::Schedule { after, timer });
    }

    pub(super) fn job(&self, job: Job) {
        self.emit(Effect::Job(job));
    }

    fn timer(&mut self, t: Timer) {
        match t {
            Timer::QueueAlert { request } => self.queue_alert(request), // issue 17
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
                        self.check_absence(Absence::Customer(customer));
                    }
                }
            }
            Timer::StaffGrace { staff, generation } => {
                if self.staff_grace.get(&staff) == Some(&generation) {
                    self.staff_grace.remove(&staff);
                    if !self.by_user.contains_key(&staff) {
                        self.check_absence(Absence::Staff(staff));
                    }
                }
            }
        }
    }

    // ----- connections -----------------------------------------------------

    /// A connection joins (after any read it needed: see `replica.rs`).
    pub(super) fn join(&mut self, conn: ConnId, user: User) -> JoinReply {
        let is_staff = user.role.is_staff();
        let gauge = if is_staff {
            &self.metrics.conns_staff
        } else {
            &self.metrics.conns_customer
        };
        gauge.fetch_add(1, Ordering::Relaxed);
        let conns = self.by_user.entry(user.id.clone().into()).or_default();
        conns.push(conn);
        if conns.len() == 1 {
            self.claim_presence(&user.id);
        }
        self.conns.insert(conn, Conn { user: user.clone() });
        if is_staff {
            JoinReply::Staff(Box::new(self.join_staff(&user)))
        } else {
            JoinReply::Customer(self.join_customer(&user))
        }
    }

    fn leave(&mut self, conn: ConnId) {
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
                self.customer_gone
                    .insert(c.user.id.clone().into(), generation);
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
                self.check_absence(Absence::Staff(c.user.id.clone()));
            } else {
                let generation = self.next_generation();
                self.staff_grace
                    .insert(c.user.id.clone().into(), generation);
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

    fn event(&mut self, conn: ConnId, event: ClientEvent, r#ref: Option<Ref>) {
        let Some(user) = self.conns.get(&conn).map(|c| c.user.clone()) else {
            return;
        };
        let reply = Reply { conn, r#ref };
        match event {
            ClientEvent::SendMessage(m) => self.send_message(&user, reply, m),
            ClientEvent::TypingStart(s) => self.typing_start(&user, reply, &s.session_uuid),
            ClientEvent::TypingStop(s) => self.typing_stop(&user, reply, &s.session_uuid),
            ClientEvent::MarkRead(m) => self.mark_read(&user, reply, m),
            ClientEvent::RequestStaff(r) => self.request_staff(&user, reply, r),
            ClientEvent::AcceptTransfer(a) => {
                self.accept(&user, reply, TransferId(a.transfer_request_id))
            }
            ClientEvent::DeclineTransfer(d) => self.decline(&user, reply, d),
            ClientEvent::StaffStatusChange(s) => self.status_change(&user, reply, s),
            ClientEvent::CloseSession(s) => self.close(&user, reply, &s.session_uuid),
            // Issue 17.
            ClientEvent::LeaveMessage(m) => self.leave_message(&user, reply, m),
            ClientEvent::AnswerMessage(a) => self.answer_message(&user, reply, a),
            ClientEvent::CloseMessage(m) => self.close_message(&user, reply, m.message_id),
            ClientEvent::EmailTranscript(t) => self.email_transcript(&user, reply, t),
            // Issue 16.
            ClientEvent::AddNote(n) => {
                let req = AnnotationRequest::AddNote {
                    session: n.session_uuid,
                    body: n.body,
                };
                self.annotate_ws(&user, reply, req)
            }
            ClientEvent::SetLabels(l) => {
                let req = AnnotationRequest::Labels {
                    session: l.session_uuid,
                    change: crate::labels::LabelChange::Set(l.labels),
                };
                self.annotate_ws(&user, reply, req)
            }
            ClientEvent::HandOver(h) => self.hand_over(&user, reply, h),
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
pub(super) fn created_transfer(results: &[OpResult]) -> Option<TransferId> {
    results.iter().find_map(|r| match r {
        OpResult::TransferId(id) => Some(*id),
        _ => None,
    })
}

/// A stored pending request as the queue holds it.
/// (Issue 16: with its hand-over, still reserved for the colleague named.)
pub(super) fn request_from_row(
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
