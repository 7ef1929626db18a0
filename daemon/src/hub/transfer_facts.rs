//! The transfer queue's facts, applied to memory: a request queued,
//! ended unaccepted, or accepted, and what this node's people are shown
//! of the queue (offers, positions, declines). Separate from the decisions
//! in `transfer.rs` because the same facts arrive two ways: from this
//! node's commits and from other nodes' news (`replica.rs`), and applying
//! them must not decide anything again.

use concierge_shared::protocol::{
    QueueUpdate, RequestStaffAck, ServerEvent, SessionStatus, SessionType, Timestamp,
    TransferAccepted, TransferCancelled, TransferFailed, TransferOffer, TransferRequested,
    TransferTaken,
};

use super::core::{Conversations, Reply};
use super::{Timer, now_ms};
use crate::ids::{TransferEnd, TransferId};
use crate::routing::{Offers, Request};

impl Conversations {
    pub(super) fn offer_of(&self, r: &Request) -> TransferOffer {
        TransferOffer {
            transfer_request_id: r.id.0,
            session_uuid: r.session.clone(),
            customer_id: r.customer_id.clone(),
            customer_name: r.customer_name.clone(),
            reason: r.reason.clone(),
            summary: r.summary.clone(),
            waiting_since: Timestamp::from_millis(r.waiting_since),
            declined_by: r.declined_by.clone(),
            queue_position: self.routing.position(r.id),
            reoffered: r.reoffered,
            preferred_staff_id: r.preferred.clone(),
            from_staff_id: r.handover.as_ref().map(|h| h.from.clone()),
            from_staff_name: r.handover.as_ref().map(|h| h.from_name.clone()),
            note: r.handover.as_ref().and_then(|h| h.note.clone()),
        }
    }

    pub(super) fn send_offers(&self, offers: Offers) {
        for (id, to) in offers {
            let Some(r) = self.routing.request(id) else {
                continue;
            };
            let frame = Self::frame(ServerEvent::NewTransferRequest(self.offer_of(r)), None);
            for staff in to {
                self.send_user(&staff, &frame);
            }
        }
    }

    /// `queue_update` to every waiting customer whose position moved.
    pub(super) fn send_queue_updates(&mut self) {
        for (id, session, pos) in self.routing.changed_positions() {
            let Some(customer) = self.sessions.get(&session).map(|s| s.customer_id.clone()) else {
                continue;
            };
            let frame = Self::frame(
                ServerEvent::QueueUpdate(QueueUpdate {
                    transfer_request_id: id.0,
                    queue_position: pos,
                }),
                None,
            );
            self.send_user(&customer, &frame);
        }
    }

    /// A request joined the queue (here or on another node): offers to this
    /// node's staff, the position to this node's sockets of the customer.
    pub(super) fn apply_queued(
        &mut self,
        id: TransferId,
        session: String,
        q: Queued,
        reply: Option<Reply>,
    ) {
        let Queued {
            front,
            reason,
            summary,
            waiting_since,
            preferred,
            handover,
        } = q;
        if self.routing.request(id).is_some() {
            return;
        }
        // News of a request this node has seen already and no longer has:
        // a resync read it before its news came, and it was taken (or
        // ended) meanwhile. Queueing it again would undo that: the session
        // back to waiting under the staff member who has it, and offered
        // to the rest.
        if self
            .sessions
            .get(&session)
            .and_then(|s| s.last_request)
            .is_some_and(|seen| seen >= id)
        {
            return;
        }
        // Issue 16: a chat handed over leaves its sender first.
        if let Some(h) = &handover {
            self.release_handed(id, &session, h);
        }
        let Some(s) = self.sessions.get_mut(&session) else {
            return;
        };
        s.status = SessionStatus::Waiting;
        s.staff_id = None;
        s.saw_request(id);
        let req = Request {
            id,
            session: session.clone(),
            customer_id: s.customer_id.clone(),
            customer_name: s.customer_name.clone(),
            reason,
            summary,
            waiting_since,
            declined_by: Vec::new(),
            offered_to: Default::default(),
            reoffered: false,
            round: 0,
            preferred,
            handover,
        };
        let customer = req.customer_id.clone();
        let offers = self.routing.enqueue(req, front);
        let position = self.routing.position(id).unwrap_or(1);
        if let Some(r) = &reply {
            self.ack_typed(
                r,
                &RequestStaffAck {
                    transfer_request_id: id.0,
                    queue_position: position,
                },
            );
        }
        let frame = Self::frame(
            ServerEvent::TransferRequested(TransferRequested {
                session_uuid: session.clone(),
                transfer_request_id: id.0,
                reason: self.routing.request(id).and_then(|r| r.reason.clone()),
                queue_position: position,
            }),
            None,
        );
        self.send_user(&customer, &frame);
        self.send_offers(offers);
        // The customer just heard their position; later moves come as
        // queue_update (and others may have moved if this went in front).
        self.routing.mark_told(id);
        self.send_queue_updates();
        self.schedule_queue_alert(id, waiting_since); // issue 17
        // Every node re-offers to its own staff when nobody answers.
        self.schedule(
            self.cfg.offer_timeout,
            Timer::Offer {
                request: id,
                round: 0,
            },
        );
        self.update_gauges();
    }

    /// A request ended unaccepted (here or on another node), or was never
    /// queued (`refused`): the session is back with the assistant.
    pub(super) fn apply_ended(
        &mut self,
        id: TransferId,
        session: String,
        outcome: TransferEnd,
        told: Option<String>,
    ) {
        self.routing.remove_request(id);
        // The end of an older request, heard late, leaves the session as
        // the newer one has it, and its customer is not told it failed.
        let superseded = self
            .sessions
            .get(&session)
            .and_then(|s| s.last_request)
            .is_some_and(|seen| seen > id);
        if let Some(s) = self.sessions.get_mut(&session)
            && !superseded
        {
            s.saw_request(id);
            s.status = SessionStatus::Active;
            s.session_type = SessionType::Ai;
            s.staff_id = None;
        }
        if let Some(reason) = told.as_ref().filter(|_| !superseded) {
            self.tell_failed(&session, reason);
            self.prompt_leave_message(&session); // issue 17
        }
        if outcome.was_queued() {
            let frame = Self::frame(
                ServerEvent::TransferCancelled(TransferCancelled {
                    transfer_request_id: id.0,
                    session_uuid: session,
                    reason: outcome.as_str().to_string(),
                }),
                None,
            );
            self.send_staff_room(&frame, None);
        }
        self.send_queue_updates();
        self.update_gauges();
    }

    fn tell_failed(&self, session: &str, reason: &str) {
        if let Some(s) = self.sessions.get(session) {
            let frame = Self::frame(
                ServerEvent::TransferFailed(TransferFailed {
                    session_uuid: session.to_string(),
                    reason: reason.to_string(),
                }),
                None,
            );
            self.send_user(&s.customer_id, &frame);
        }
    }

    /// A request was accepted (here or on another node): the room, the
    /// staff member's consoles and the rest of the team on this node hear.
    pub(super) fn apply_accepted(
        &mut self,
        id: TransferId,
        session: String,
        staff: String,
        staff_name: String,
    ) {
        // The same fact again (news repeated, or a resync replaying what
        // was heard already) is applied once.
        let repeated = self.routing.request(id).is_none()
            && self.sessions.get(&session).is_some_and(|s| {
                s.session_type == SessionType::Human && s.staff_id.as_deref() == Some(&staff)
            });
        // Older than a request seen since (taken by its news, ended
        // since, and asked again): the newer one governs the session.
        let superseded = self
            .sessions
            .get(&session)
            .and_then(|s| s.last_request)
            .is_some_and(|seen| seen > id);
        if repeated || superseded {
            self.routing.remove_request(id);
            return;
        }
        self.routing.remove_request(id);
        self.routing.ensure_staff(&staff, &staff_name, None, true);
        self.routing.assign(&session, &staff);
        // A request held for this staff member (the one who answered the
        // customer's message) goes to everyone once they are full; while
        // they can still take chats nothing changes, so the common accept
        // does not walk the queue.
        if self.routing.staff(&staff).is_some_and(|s| !s.eligible()) {
            let offers = self.routing.refresh_offers();
            self.send_offers(offers);
        }
        if let Some(s) = self.sessions.get_mut(&session) {
            s.saw_request(id);
            s.staff_id = Some(staff.clone());
            s.session_type = SessionType::Human;
            s.status = SessionStatus::Active;
            s.last_activity = now_ms();
        }
        let frame = Self::frame(
            ServerEvent::TransferAccepted(TransferAccepted {
                session_uuid: session.clone(),
                staff_id: staff.clone(),
                staff_name,
            }),
            None,
        );
        self.send_room(&session, &frame, None);
        if let Some(conns) = self.by_user.get(&staff) {
            for c in conns.clone() {
                self.send_chat_joined(c, &session);
            }
        }
        self.send_workload(&staff);
        let taken = Self::frame(
            ServerEvent::TransferTaken(TransferTaken {
                transfer_request_id: id.0,
                staff_id: staff.clone(),
            }),
            None,
        );
        self.send_staff_room(&taken, Some(&staff));
        self.send_queue_updates();
        self.update_gauges();
    }

    /// Everyone still eligible sees who declined.
    pub(super) fn send_declines(&self, id: TransferId) {
        if let Some(r) = self.routing.request(id) {
            let frame = Self::frame(ServerEvent::NewTransferRequest(self.offer_of(r)), None);
            let declined = r.declined_by.clone();
            // Those it was offered to: a chat handed over is not shown to
            // its sender while others may take it (issue 16).
            let offered = r.offered_to.clone();
            let to: Vec<String> = self
                .routing
                .all_staff()
                .filter(|(sid, s)| {
                    s.eligible() && !declined.contains(sid) && offered.contains(*sid)
                })
                .map(|(sid, _)| sid.clone())
                .collect();
            for staff in to {
                self.send_user(&staff, &frame);
            }
        }
    }
}

/// What a queued request carries besides its id and session (here or
/// from another node's `TransferQueued`).
pub(super) struct Queued {
    pub(super) front: bool,
    pub(super) reason: Option<String>,
    pub(super) summary: String,
    pub(super) waiting_since: i64,
    pub(super) preferred: Option<String>,
    /// Issue 16: handed over by a staff member.
    pub(super) handover: Option<Box<crate::routing::Handover>>,
}
