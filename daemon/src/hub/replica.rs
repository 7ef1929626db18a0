//! The hub's cluster side: with several daemons, each hub keeps a copy of
//! the open sessions and the queue. It publishes what it committed, applies
//! what the others committed, and re-reads the database whenever it may
//! have missed news (a Redis outage, a node that restarted). Decisions two
//! nodes could race on are conditional writes in the database; this file
//! only keeps copies in step and tells this node's own sockets.

use std::collections::{HashSet, VecDeque};
use std::sync::atomic::Ordering;

use concierge_shared::protocol::{
    Message, SenderRole, ServerEvent, SessionStatus, StaffOffline, StaffOnline,
};
use tokio::sync::oneshot;

use super::core::{Conversations, Effect, SessionState};
use super::jobs::{Job, LoadJob};
use super::load::Loaded;
use super::transfer_facts::Queued;
use super::{ConnId, JoinReply, now_ms};
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::store::SessionRow;

/// A read for the cluster copy.
#[derive(Debug)]
pub struct Fetch {
    pub(super) session: String,
    /// Read the session's row.
    pub(super) row: bool,
    /// The messages after this seq, up to `upto`.
    pub(super) after: i64,
    pub(super) upto: Upto,
}

#[derive(Debug, Clone, Copy)]
pub enum Upto {
    Nothing,
    Seq(i64),
    /// The row's last seq (everything, if it is closed).
    RowLastSeq,
}

/// What a [`Fetch`] found.
#[derive(Debug)]
pub struct Fetched {
    pub(super) session: String,
    /// `Some` if the row was asked for.
    pub(super) row: Option<Option<SessionRow>>,
    pub(super) missed: Vec<Message>,
    /// The read failed: what asked for it goes on without it.
    pub(super) failed: bool,
}

/// Something that may need the database before it can be applied: it and
/// everything after it wait, in order, while the read runs (in a task, not
/// in the hub). On a lone daemon nothing ever needs a read here.
pub(super) enum Gated {
    /// Another node's news.
    Remote(ClusterEvent),
    /// A message to deliver whose predecessors this node has not seen.
    Deliver {
        message: Message,
        stream: Option<String>,
    },
    /// A connection joining: in a cluster, a customer's snapshot must
    /// cover everything stored.
    Join {
        conn: ConnId,
        user: User,
        reply: oneshot::Sender<JoinReply>,
    },
    /// Load the database again.
    Resync,
}

/// The answer a gated item waited for.
enum Answer {
    Fetched(Box<Fetched>),
    Loaded(Option<Box<Loaded>>),
}

impl Conversations {
    /// Tell the other nodes (a no-op on a lone daemon; the event is only
    /// built in a cluster).
    pub(super) fn publish(&self, event: impl FnOnce() -> ClusterEvent) {
        if self.clustered() {
            self.emit(Effect::Publish(event()));
        }
    }

    /// Publish news that may be lost (assistant deltas).
    pub(super) fn publish_droppable(&self, event: impl FnOnce() -> ClusterEvent) {
        if self.clustered() {
            self.emit(Effect::PublishDroppable(event()));
        }
    }

    /// A message this node committed: to its room here and elsewhere.
    pub(super) fn deliver_commit(&mut self, m: &Message, stream_id: Option<&str>) {
        let counter = match m.sender_role {
            SenderRole::Customer => &self.metrics.messages_customer,
            SenderRole::Staff => &self.metrics.messages_staff,
            SenderRole::Ai => &self.metrics.messages_ai,
            SenderRole::System => &self.metrics.messages_system,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        self.publish(|| ClusterEvent::Message {
            message: m.clone(),
            stream_id: stream_id.map(str::to_string),
        });
        self.deliver(m, stream_id);
    }

    /// Deliver a message to this node's sockets in `seq` order: one seen
    /// already is dropped, and a gap (a message committed by another node
    /// whose news has not arrived) is filled from the database first. On a
    /// lone daemon messages always arrive in order and this never reads.
    pub(super) fn deliver(&mut self, m: &Message, stream_id: Option<&str>) {
        let Some(s) = self.sessions.get_mut(&m.session_uuid) else {
            return;
        };
        let delivered = s.delivered_seq;
        if m.seq <= delivered {
            // The session's row, read after this line was stored, knows the
            // line but not who wrote it: the line's own news still says
            // whether the assistant owes an answer, so that the idle sweep
            // does not close a chat whose reply another node is writing.
            if m.seq == delivered {
                s.reply_owed = m.sender_role == SenderRole::Customer;
            }
            return;
        }
        if m.seq > delivered + 1 {
            self.through_gate(Gated::Deliver {
                message: m.clone(),
                stream: stream_id.map(str::to_string),
            });
            return;
        }
        self.fanout_message(m, stream_id);
    }

    /// Messages read from the database, to this node's sockets (those
    /// delivered meanwhile are dropped).
    pub(super) fn fan_out_missed(&mut self, missed: &[Message]) {
        for m in missed {
            let delivered = self.sessions.get(&m.session_uuid).map(|s| s.delivered_seq);
            if delivered.is_some_and(|d| m.seq > d) {
                self.fanout_message(m, None);
            }
        }
    }

    /// Run `item` now, or after the read in flight and what waits for it.
    pub(super) fn through_gate(&mut self, item: Gated) {
        match &mut self.gate {
            Some((_, waiting)) => waiting.push_back(item),
            None => self.run_gated(item),
        }
    }

    /// Run an item, or start the read it needs and hold it (and whatever
    /// comes after) until the answer.
    fn run_gated(&mut self, item: Gated) {
        if let Some(job) = self.read_for(&item) {
            if matches!(item, Gated::Resync) {
                self.touched = Some(HashSet::new());
            }
            self.job(job);
            self.gate = Some((item, VecDeque::new()));
            return;
        }
        self.finish_gated(item, None);
    }

    pub(super) fn fetched(&mut self, f: Fetched) {
        self.gate_answered(Answer::Fetched(Box::new(f)));
    }

    pub(super) fn loaded(&mut self, l: Option<Box<Loaded>>) {
        self.gate_answered(Answer::Loaded(l));
    }

    fn gate_answered(&mut self, answer: Answer) {
        let Some((head, mut waiting)) = self.gate.take() else {
            tracing::warn!("a read came back that nothing waited for");
            return;
        };
        self.finish_gated(head, Some(answer));
        // The rest, in order, until one needs a read again.
        loop {
            if let Some((_, w)) = &mut self.gate {
                w.extend(waiting);
                return;
            }
            let Some(next) = waiting.pop_front() else {
                return;
            };
            self.run_gated(next);
        }
    }

    /// The read `item` needs first, if any.
    fn read_for(&self, item: &Gated) -> Option<Job> {
        let row = |session: &str| {
            Some(Job::Fetch(Fetch {
                session: session.to_string(),
                row: true,
                after: 0,
                upto: Upto::Nothing,
            }))
        };
        let known = |session: &str| self.sessions.contains_key(session);
        match item {
            Gated::Remote(ClusterEvent::Message { message, .. }) => {
                (!known(&message.session_uuid)).then(|| row(&message.session_uuid))?
            }
            Gated::Remote(
                ClusterEvent::SessionOpened { session }
                | ClusterEvent::TransferQueued { session, .. }
                | ClusterEvent::TransferAccepted { session, .. },
            ) => (!known(session)).then(|| row(session))?,
            // The closing line may still be on its way: read it.
            Gated::Remote(ClusterEvent::Closed { session, .. }) => {
                let s = self.sessions.get(session)?;
                Some(Job::Fetch(Fetch {
                    session: session.clone(),
                    row: false,
                    after: s.delivered_seq,
                    upto: Upto::Seq(i64::MAX),
                }))
            }
            Gated::Remote(_) => None,
            Gated::Deliver { message, .. } => {
                let s = self.sessions.get(&message.session_uuid)?;
                (message.seq > s.delivered_seq + 1).then(|| {
                    Job::Fetch(Fetch {
                        session: message.session_uuid.clone(),
                        row: false,
                        after: s.delivered_seq,
                        upto: Upto::Seq(message.seq - 1),
                    })
                })
            }
            Gated::Join { user, .. } => {
                // Another node may have written since the last news
                // reached this one.
                if !self.clustered() || user.role.is_staff() {
                    return None;
                }
                let uuid = self.customer_session.get(&user.id)?;
                let s = self.sessions.get(uuid)?;
                Some(Job::Fetch(Fetch {
                    session: uuid.to_string(),
                    row: true,
                    after: s.delivered_seq,
                    upto: Upto::RowLastSeq,
                }))
            }
            Gated::Resync => Some(Job::Load(LoadJob {
                known: self
                    .sessions
                    .values()
                    .map(|s| (s.uuid.clone(), s.delivered_seq))
                    .collect(),
                queued: self.routing.queue().map(|r| r.id).collect(),
                startup: false,
            })),
        }
    }

    /// Apply `item` with the answer of its read (`None`: it needed none).
    fn finish_gated(&mut self, item: Gated, answer: Option<Answer>) {
        let fetched = match answer {
            Some(Answer::Fetched(f)) => Some(*f),
            Some(Answer::Loaded(l)) => {
                match l {
                    Some(l) => self.apply_loaded(*l),
                    // The read failed: nothing to guard against any more.
                    None => self.touched = None,
                }
                return;
            }
            None => None,
        };
        match item {
            Gated::Remote(event) => {
                if let Some(f) = fetched
                    && !self.learn(&event, f)
                {
                    return;
                }
                self.apply_remote(event);
            }
            Gated::Deliver { message, stream } => {
                if let Some(f) = &fetched {
                    self.fan_out_missed(&f.missed);
                }
                let delivered = self
                    .sessions
                    .get(&message.session_uuid)
                    .map(|s| s.delivered_seq);
                if delivered.is_some_and(|d| message.seq > d) {
                    self.fanout_message(&message, stream.as_deref());
                }
            }
            Gated::Join { conn, user, reply } => {
                if let Some(f) = fetched {
                    self.refresh_customer_session(f);
                }
                // The connection gave up while its join waited for a read
                // (it closed): it must not be counted as here.
                if reply.is_closed() {
                    return;
                }
                let r = self.join(conn, user);
                let _ = reply.send(r);
            }
            Gated::Resync => {}
        }
    }

    /// What a read for another node's news found: a session this node did
    /// not know (`false`: it is closed or gone, and the news is dropped),
    /// or the lines it missed.
    fn learn(&mut self, event: &ClusterEvent, f: Fetched) -> bool {
        if f.failed {
            return false;
        }
        if let Some(row) = f.row {
            let row = match row {
                Some(r) if r.status != SessionStatus::Closed => r,
                _ => return false,
            };
            if !self.sessions.contains_key(&row.uuid) {
                let mut st = SessionState::from_row(&row);
                // The message that made us look is delivered as news.
                if let ClusterEvent::Message { message, .. } = event {
                    st.delivered_seq = st.delivered_seq.min(message.seq - 1);
                }
                self.customer_session
                    .insert(st.customer_id.clone().into(), st.uuid.clone().into());
                self.sessions.insert(st.uuid.clone().into(), st);
            }
        }
        self.fan_out_missed(&f.missed);
        true
    }

    /// Bring a customer's session up to date with the database before a
    /// (re)connecting customer is given its snapshot.
    fn refresh_customer_session(&mut self, f: Fetched) {
        if f.failed {
            tracing::warn!(session = f.session, "cannot refresh a session");
            return;
        }
        self.fan_out_missed(&f.missed);
        let uuid = f.session;
        match f.row.flatten() {
            Some(row) if row.status == SessionStatus::Closed => {
                let by = row.closed_by.unwrap_or_else(|| "system".into());
                let at = row.closed_at.unwrap_or_else(now_ms);
                if let Some(s) = self.sessions.get_mut(&uuid) {
                    s.status = SessionStatus::Closed;
                }
                self.apply_closed(uuid, by, at);
            }
            Some(row) => {
                if let Some(s) = self.sessions.get_mut(&uuid) {
                    s.staff_id = row.staff_id.clone();
                    s.session_type = row.session_type;
                    s.status = row.status;
                }
            }
            None => {}
        }
    }

    /// News from another node, with any read it needed done.
    fn apply_remote(&mut self, event: ClusterEvent) {
        match event {
            ClusterEvent::Message { message, stream_id } => {
                let session = message.session_uuid.clone();
                if message.sender_role == SenderRole::Customer
                    && let Some(s) = self.sessions.get_mut(&session)
                {
                    s.recent_customer.push_back(message.content.clone());
                    while s.recent_customer.len() > 3 {
                        s.recent_customer.pop_front();
                    }
                }
                self.deliver(&message, stream_id.as_deref());
            }
            ClusterEvent::AiDelta {
                session,
                stream_id,
                delta,
            } => self.send_ai_delta(&session, stream_id, delta),
            ClusterEvent::MessageLeft { row } => self.apply_left(row),
            ClusterEvent::LeftMessageResolved {
                id,
                session,
                staff,
                status,
            } => self.apply_left_resolved(id, session, staff, status),
            // Learnt by its read, if it is still open.
            ClusterEvent::SessionOpened { .. } => {}
            ClusterEvent::Typing {
                session,
                user,
                user_name,
                typing,
            } => self.send_typing(&session, &user, &user_name, typing),
            ClusterEvent::Read {
                session,
                reader,
                up_to,
                at,
            } => self.send_read(session, reader, up_to, at),
            ClusterEvent::Closed {
                session,
                closed_by,
                closed_at,
            } => {
                if let Some(s) = self.sessions.get_mut(&session) {
                    s.status = SessionStatus::Closed;
                    self.apply_closed(session, closed_by, closed_at);
                }
            }
            ClusterEvent::TransferQueued {
                id,
                session,
                front,
                reason,
                summary,
                waiting_since,
                preferred,
                handover,
            } => {
                if self.sessions.contains_key(&session) {
                    let queued = Queued {
                        front,
                        reason,
                        summary,
                        waiting_since,
                        preferred,
                        handover,
                    };
                    self.apply_queued(id, session, queued, None);
                }
            }
            ClusterEvent::TransferEnded {
                id,
                session,
                outcome,
                told,
            } => self.apply_ended(id, session, outcome, told),
            ClusterEvent::TransferAccepted {
                id,
                session,
                staff,
                staff_name,
            } => {
                if self.sessions.contains_key(&session) {
                    self.apply_accepted(id, session, staff, staff_name);
                }
            }
            ClusterEvent::Declined { id, staff } => {
                // An "everyone declined" outcome is the deciding node's to
                // act on; it publishes the request's end.
                if self.routing.note_decline(id, &staff) {
                    // A request held back for this staff member goes to
                    // everyone once they decline (issue 17).
                    let offers = self.routing.refresh_offers();
                    self.send_offers(offers);
                    self.send_declines(id);
                }
            }
            ClusterEvent::Staff {
                staff,
                name,
                online,
                available,
                max,
            } => self.apply_staff(staff, name, online, available, max),
            ClusterEvent::SessionState {
                session,
                staff,
                session_type,
                status,
            } => {
                if let Some(s) = self.sessions.get_mut(&session) {
                    s.staff_id = staff;
                    s.session_type = session_type;
                    s.status = status;
                }
            }
            ClusterEvent::Resync => self.resync(),
            ClusterEvent::Annotated {
                session,
                actor,
                event,
            } => self.annotation_fan_out(&session, &actor, *event), // issue 16
        }
    }

    /// A staff member's presence or settings changed on another node.
    fn apply_staff(
        &mut self,
        staff: String,
        name: String,
        online: bool,
        available: bool,
        max: Option<Option<u32>>,
    ) {
        let was_online = self.routing.staff(&staff).is_some_and(|s| s.online);
        self.routing.ensure_staff(&staff, &name, None, available);
        let mut offers = Vec::new();
        if let Some(m) = max {
            offers.extend(self.routing.set_max(&staff, m));
        }
        // Still connected here: this node's sockets keep them online, and
        // the others hear so (they raced a reconnect here).
        let here = self.by_user.contains_key(&staff);
        if online || here {
            offers.extend(self.routing.set_status(&staff, Some(true), Some(available)));
            if !online {
                self.persist_presence(&staff, None);
            }
            if !was_online {
                let frame = Self::frame(
                    ServerEvent::StaffOnline(StaffOnline {
                        staff_id: staff.clone(),
                        user_name: name,
                    }),
                    None,
                );
                self.send_staff_room(&frame, Some(&staff));
            } else {
                self.announce_status(&staff);
            }
        } else if was_online {
            // Their chats are re-queued by the node that saw them go; its
            // requests arrive as `TransferQueued`.
            self.routing.go_offline(&staff);
            // A request held back for them goes to everyone now.
            offers.extend(self.routing.set_status(&staff, None, Some(available)));
            let frame = Self::frame(
                ServerEvent::StaffOffline(StaffOffline {
                    staff_id: staff.clone(),
                }),
                None,
            );
            self.send_staff_room(&frame, Some(&staff));
            self.announce_status(&staff);
        } else {
            offers.extend(self.routing.set_status(&staff, None, Some(available)));
        }
        self.send_offers(offers);
        if here {
            self.send_workload(&staff);
        }
        self.update_gauges();
    }

    /// Re-read the database after news may have been missed, bring the
    /// copies in step, and catch this node's sockets up by `seq`.
    pub(super) fn resync(&mut self) {
        // Redis may have restarted empty: claim this node's users again now
        // rather than at the next renewal.
        self.claim_all_presence();
        // One waiting is enough: it reads after everything before it. (A
        // busy cluster asks often: every accept another node won.)
        if let Some((_, waiting)) = &self.gate
            && waiting.iter().any(|g| matches!(g, Gated::Resync))
        {
            return;
        }
        self.through_gate(Gated::Resync);
    }
}
