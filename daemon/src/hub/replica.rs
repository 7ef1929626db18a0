//! The hub's cluster side: with several daemons, each hub keeps a copy of
//! the open sessions and the queue. It publishes what it committed, applies
//! what the others committed, and re-reads the database whenever it may
//! have missed news (a Redis outage, a node that restarted). Decisions two
//! nodes could race on are conditional writes in the database; this file
//! only keeps copies in step and tells this node's own sockets.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::Ordering;

use concierge_shared::protocol::{
    Message, SenderRole, ServerEvent, SessionStatus, SessionType, StaffOffline, StaffOnline,
};

use super::transfer::Queued;
use super::{Hub, SessionState, now_ms};
use crate::cluster::ClusterEvent;
use crate::ids::{TransferEnd, TransferId, TransferStatus};
use crate::store::{SessionRow, StaffRow, Store, StoreError, TransferRow, read};

/// What memory is loaded from: the open sessions, the pending requests
/// and the staff.
pub(super) struct Loaded {
    open: Vec<SessionRow>,
    transfers: Vec<TransferRow>,
    staff: Vec<StaffRow>,
    /// Issue 16: who handed which pending request over.
    handovers: std::collections::HashMap<TransferId, crate::routing::Handover>,
}

/// Read what memory is loaded from, in one read.
pub(super) async fn load(store: &Store) -> Result<Loaded, StoreError> {
    store
        .read(|c| {
            Ok(Loaded {
                open: read::open_sessions(c)?,
                transfers: read::pending_transfers(c)?,
                staff: read::staff_rows(c)?,
                handovers: crate::store::desk_handover::pending_handovers(c)?,
            })
        })
        .await
}

impl Hub {
    /// Tell the other nodes (a no-op on a lone daemon; the event is only
    /// built when there is a bus).
    pub(super) fn publish(&self, event: impl FnOnce() -> ClusterEvent) {
        if let Some(b) = &self.bus {
            b.publish(event());
        }
    }

    /// Publish news that may be lost (assistant deltas).
    pub(super) fn publish_droppable(&self, event: impl FnOnce() -> ClusterEvent) {
        if let Some(b) = &self.bus {
            b.publish_droppable(event());
        }
    }

    /// A message this node committed: to its room here and elsewhere.
    pub(super) async fn deliver_commit(&mut self, m: &Message, stream_id: Option<&str>) {
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
        self.deliver(m, stream_id).await;
    }

    /// Deliver a message to this node's sockets in `seq` order: one seen
    /// already is dropped, and a gap (a message committed by another node
    /// whose news has not arrived) is filled from the database first. On a
    /// lone daemon messages always arrive in order and this never reads.
    pub(super) async fn deliver(&mut self, m: &Message, stream_id: Option<&str>) {
        let Some(delivered) = self.sessions.get(&m.session_uuid).map(|s| s.delivered_seq) else {
            return;
        };
        if m.seq <= delivered {
            return;
        }
        if m.seq > delivered + 1 {
            self.catch_up(&m.session_uuid, m.seq - 1).await;
        }
        self.fanout_message(m, stream_id);
    }

    /// Deliver every stored message after what this node delivered, up to
    /// `upto`, from the database.
    async fn catch_up(&mut self, session: &str, upto: i64) {
        let Some(after) = self.sessions.get(session).map(|s| s.delivered_seq) else {
            return;
        };
        if upto <= after {
            return;
        }
        let uuid = session.to_string();
        match self
            .store
            .read(move |c| read::messages_between(c, &uuid, after, upto))
            .await
        {
            Ok(missed) => {
                for m in missed {
                    self.fanout_message(&m, None);
                }
            }
            Err(e) => tracing::warn!(error = %e, session, "cannot read missed messages"),
        }
    }

    /// Learn an open session another node created. `before_seq`: the seq
    /// of the message that made us look, which this node has not
    /// delivered yet.
    async fn load_session(&mut self, session: &str, before_seq: Option<i64>) -> bool {
        if self.sessions.contains_key(session) {
            return true;
        }
        let uuid = session.to_string();
        let row = match self
            .store
            .read(move |c| read::session_by_uuid(c, &uuid))
            .await
        {
            Ok(Some(r)) if r.status != SessionStatus::Closed => r,
            Ok(_) => return false,
            Err(e) => {
                tracing::warn!(error = %e, session, "cannot read a session");
                return false;
            }
        };
        let mut st = SessionState::from_row(&row);
        if let Some(seq) = before_seq {
            st.delivered_seq = st.delivered_seq.min(seq - 1);
        }
        self.customer_session
            .insert(st.customer_id.clone(), st.uuid.clone());
        self.sessions.insert(st.uuid.clone(), st);
        true
    }

    /// Bring a customer's session up to date with the database before a
    /// (re)connecting customer is given its snapshot.
    pub(super) async fn refresh_customer_session(&mut self, customer: &str) {
        let Some(uuid) = self.customer_session.get(customer).cloned() else {
            return;
        };
        let u = uuid.clone();
        match self.store.read(move |c| read::session_by_uuid(c, &u)).await {
            Ok(Some(row)) if row.status == SessionStatus::Closed => {
                let by = row.closed_by.unwrap_or_else(|| "system".into());
                let at = row.closed_at.unwrap_or_else(now_ms);
                self.catch_up(&uuid, i64::MAX).await;
                if let Some(s) = self.sessions.get_mut(&uuid) {
                    s.status = SessionStatus::Closed;
                }
                self.apply_closed(uuid, by, at);
            }
            Ok(Some(row)) => {
                if let Some(s) = self.sessions.get_mut(&uuid) {
                    s.staff_id = row.staff_id.clone();
                    s.session_type = row.session_type;
                    s.status = row.status;
                }
                self.catch_up(&uuid, row.last_seq).await;
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "cannot refresh a session"),
        }
    }

    /// News from another node.
    pub(super) async fn apply_remote(&mut self, event: ClusterEvent) {
        match event {
            ClusterEvent::Message { message, stream_id } => {
                let session = message.session_uuid.clone();
                if !self.load_session(&session, Some(message.seq)).await {
                    return;
                }
                if message.sender_role == SenderRole::Customer
                    && let Some(s) = self.sessions.get_mut(&session)
                {
                    s.recent_customer.push_back(message.content.clone());
                    while s.recent_customer.len() > 3 {
                        s.recent_customer.pop_front();
                    }
                }
                self.deliver(&message, stream_id.as_deref()).await;
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
            ClusterEvent::SessionOpened { session } => {
                self.load_session(&session, None).await;
            }
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
                if self.sessions.contains_key(&session) {
                    // The closing line may still be on its way: read it.
                    self.catch_up(&session, i64::MAX).await;
                    if let Some(s) = self.sessions.get_mut(&session) {
                        s.status = SessionStatus::Closed;
                    }
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
                if self.load_session(&session, None).await {
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
                if self.load_session(&session, None).await {
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
            } => self.apply_staff(staff, name, online, available, max).await,
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
            ClusterEvent::Resync => self.resync().await,
            ClusterEvent::Annotated {
                session,
                actor,
                event,
            } => self.annotation_fan_out(&session, &actor, *event), // issue 16
        }
    }

    /// A staff member's presence or settings changed on another node.
    async fn apply_staff(
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
                self.persist_presence(&staff, None).await;
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
    pub(super) async fn resync(&mut self) {
        // Redis may have restarted empty: claim this node's users again now
        // rather than at the next renewal.
        self.claim_all_presence();
        match load(&self.store).await {
            Ok(loaded) => self.apply_loaded(loaded).await,
            Err(e) => {
                tracing::warn!(error = %e, "cannot re-read the database after a cluster hiccup");
            }
        }
    }

    /// Bring memory in step with what the database holds: the one way
    /// state is loaded, at start-up (into an empty hub) and on a resync.
    /// What changed is told to this node's sockets as live events would.
    pub(super) async fn apply_loaded(&mut self, loaded: Loaded) {
        let Loaded {
            open,
            transfers,
            staff,
            handovers,
        } = loaded;
        let open: HashMap<String, SessionRow> =
            open.into_iter().map(|r| (r.uuid.clone(), r)).collect();
        // Closed while we were not listening.
        let gone: Vec<String> = self
            .sessions
            .keys()
            .filter(|k| !open.contains_key(*k))
            .cloned()
            .collect();
        for uuid in gone {
            self.catch_up(&uuid, i64::MAX).await;
            let u = uuid.clone();
            let row = self
                .store
                .read(move |c| read::session_by_uuid(c, &u))
                .await
                .ok()
                .flatten();
            let (by, at) = row
                .map(|r| {
                    (
                        r.closed_by.unwrap_or_else(|| "system".into()),
                        r.closed_at.unwrap_or_else(now_ms),
                    )
                })
                .unwrap_or_else(|| ("system".into(), now_ms()));
            if let Some(s) = self.sessions.get_mut(&uuid) {
                s.status = SessionStatus::Closed;
            }
            self.apply_closed(uuid, by, at);
        }
        for row in open.values() {
            match self.sessions.get_mut(&row.uuid) {
                Some(s) => {
                    s.staff_id = row.staff_id.clone();
                    s.session_type = row.session_type;
                    s.status = row.status;
                    s.summary = row.summary.clone();
                    s.ai_failures = row.ai_failures;
                }
                None => {
                    let st = SessionState::from_row(row);
                    self.customer_session
                        .insert(st.customer_id.clone(), st.uuid.clone());
                    self.sessions.insert(st.uuid.clone(), st);
                }
            }
            self.catch_up(&row.uuid, row.last_seq).await;
        }
        // The queue.
        let pending: HashSet<TransferId> = transfers.iter().map(|t| t.id).collect();
        let stale: Vec<(TransferId, String)> = self
            .routing
            .queue()
            .filter(|r| !pending.contains(&r.id))
            .map(|r| (r.id, r.session.clone()))
            .collect();
        // Requests that ended while this node was not listening: replay
        // what its sockets would have been told (the request id is the
        // key: one this node heard end is no longer in its queue).
        for (id, session) in stale {
            let taken_by = open
                .get(&session)
                .filter(|r| r.session_type == SessionType::Human)
                .and_then(|r| r.staff_id.clone());
            if let Some(staff_id) = taken_by {
                let name = staff
                    .iter()
                    .find(|s| s.staff_id == staff_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_else(|| staff_id.clone());
                self.apply_accepted(id, session, staff_id, name);
                continue;
            }
            if !open.contains_key(&session) {
                // Closed: told above, with the session.
                self.routing.remove_request(id);
                continue;
            }
            let ended = self
                .store
                .read(move |c| read::transfer_outcome(c, id))
                .await
                .ok()
                .flatten();
            let (outcome, told) = match ended {
                // A failed request's outcome is what the customer is told.
                Some((Some(TransferStatus::Failed), told)) => (TransferEnd::Failed, told),
                Some((_, outcome)) => (
                    outcome
                        .as_deref()
                        .and_then(TransferEnd::parse)
                        .unwrap_or(TransferEnd::Cancelled),
                    None,
                ),
                None => (TransferEnd::Failed, None),
            };
            self.apply_ended(id, session, outcome, told);
        }
        // Replaying set each session as that event left it; the database
        // may be further along (asked again since, say).
        for row in open.values() {
            if let Some(s) = self.sessions.get_mut(&row.uuid) {
                s.staff_id = row.staff_id.clone();
                s.session_type = row.session_type;
                s.status = row.status;
            }
        }
        for s in &staff {
            self.routing
                .ensure_staff(&s.staff_id, &s.name, s.max_concurrent_chats, s.is_available);
        }
        for row in open.values() {
            match &row.staff_id {
                Some(st)
                    if row.status == SessionStatus::Active
                        && row.session_type == SessionType::Human =>
                {
                    self.routing.ensure_staff(st, st, None, true);
                    self.routing.assign(&row.uuid, st);
                }
                // An assignment this node made that the database refused.
                _ => {
                    if self.routing.owner(&row.uuid).is_some() {
                        self.routing.release(&row.uuid);
                    }
                }
            }
        }
        // Requests not known here yet, in the stored order (those in front
        // first): the ones for the front go in ahead, last first.
        let (front, back): (Vec<TransferRow>, Vec<TransferRow>) = transfers
            .into_iter()
            .filter(|t| self.routing.request(t.id).is_none())
            .partition(|t| t.priority > 0);
        for t in front.into_iter().rev() {
            let h = handovers.get(&t.id).cloned().map(Box::new);
            self.routing.enqueue(super::request_from_row(t, h), true);
        }
        for t in back {
            let h = handovers.get(&t.id).cloned().map(Box::new);
            self.routing.enqueue(super::request_from_row(t, h), false);
        }
        // Presence, as Redis knows it now (asked in a task).
        self.refresh_presence();
        let offers = self.routing.refresh_offers();
        self.send_offers(offers);
        self.send_queue_updates();
        self.update_gauges();
    }
}
