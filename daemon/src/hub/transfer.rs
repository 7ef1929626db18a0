//! The transfer queue: requests, offers, accept and decline, withdrawal. Decisions come from [`crate::routing::Routing`];
//! this file persists them and tells the people concerned.

use concierge_shared::protocol::{
    AcceptTransferAck, DeclineTransfer, ErrorCode, QueueUpdate, RequestStaff, RequestStaffAck,
    ServerEvent, SessionStatus, SessionType, Timestamp, TransferAccepted, TransferCancelled,
    TransferFailed, TransferOffer, TransferRequested, TransferTaken,
};

use super::conversation::system_line;
use super::core::created_transfer;
use super::core::{After, Conversations, Reply};
use super::{Timer, now_ms};
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::ids::{TransferEnd, TransferId, TransferStatus};
use crate::routing::{Offers, Request, RouteError};
use crate::store::{Op, OpResult};

pub(super) const NOBODY_ONLINE: &str = "No one from the team is online right now. The assistant will keep helping you, and you can ask again later.";
const ALL_DECLINED: &str = "Everyone on the team is busy right now. The assistant will keep helping you, and you can ask again in a little while.";

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

    pub(super) fn request_staff(&mut self, user: &User, reply: Reply, r: RequestStaff) {
        let Some(s) = self.sessions.get(&r.session_uuid) else {
            self.error(&reply, ErrorCode::NotFound, "no open session with that id");
            return;
        };
        if s.customer_id != user.id {
            // Someone else's session answers as a missing one.
            self.error(&reply, ErrorCode::NotFound, "no open session with that id");
            return;
        }
        // Asked again (or the assistant handed over) a moment ago and not
        // stored yet: this ask is answered with that request.
        if let Some(joined) = self.requesting.get_mut(&r.session_uuid) {
            joined.push(reply);
            return;
        }
        match (s.status, s.session_type) {
            (SessionStatus::Waiting, _) => {
                self.error(&reply, ErrorCode::Conflict, "already waiting for a person");
                return;
            }
            (SessionStatus::Active, SessionType::Human) => {
                self.error(
                    &reply,
                    ErrorCode::Conflict,
                    "a person is already in this chat",
                );
                return;
            }
            (SessionStatus::Closed, _) => {
                self.error(&reply, ErrorCode::Conflict, "this session is closed");
                return;
            }
            _ => {}
        }
        let reason = r.reason.filter(|x| !x.trim().is_empty());
        // Issue 16: a customer asking for a person is a hand-over for
        // that reason, labelled like the assistant's.
        let handover = Some(concierge_assistant::HandoverReason::CustomerRequest);
        self.start_transfer(&r.session_uuid, reason, None, Some(reply), false, handover);
    }

    /// Create a transfer request for a session (customer request, the
    /// assistant's hand-over, or a staff member who left). With nobody
    /// online the request is recorded as failed and the assistant goes on.
    pub(super) fn start_transfer(
        &mut self,
        session: &str,
        reason: Option<String>,
        summary: Option<String>,
        reply: Option<Reply>,
        front: bool,
        handover: Option<concierge_assistant::HandoverReason>,
    ) {
        // One request per session at a time: a second one is refused (or,
        // from the hub itself, dropped) until the first has committed.
        if self.requesting.contains_key(session) {
            return;
        }
        let Some(s) = self.sessions.get(session) else {
            return;
        };
        let summary = summary.unwrap_or_else(|| s.handoff_summary(reason.as_deref()));
        let customer_id = s.customer_id.clone();
        let customer_name = s.customer_name.clone();
        // Issue 17: outside business hours with nobody available counts
        // as nobody (crate::offline::Reach).
        let now = now_ms();
        let nobody = self.reach(now).nobody();
        let create = |status: TransferStatus| Op::CreateTransfer {
            session_uuid: session.to_string(),
            customer_id: customer_id.clone(),
            customer_name: customer_name.clone(),
            reason: reason.clone(),
            summary: summary.clone(),
            priority: i64::from(front),
            status,
            now,
        };
        let session_type = s.session_type;
        // Memory changes when this commits (`apply_ended` or
        // `apply_queued`); until then the session is marked as requesting.
        self.requesting
            .insert(session.to_string().into(), Vec::new());
        if nobody {
            let mut ops = vec![
                create(TransferStatus::Failed),
                Op::SetSessionState {
                    uuid: session.to_string(),
                    staff_id: None,
                    session_type: SessionType::Ai,
                    status: SessionStatus::Active,
                    now,
                },
                system_line(session, NOBODY_ONLINE.to_string(), now),
            ];
            // Issue 16: the hand-over reason as a label, with the request.
            ops.extend(super::annotations::handover_label(session, handover, now));
            self.submit(
                ops,
                After::TransferRefused {
                    reply,
                    session: session.to_string(),
                    reason: NOBODY_ONLINE.to_string(),
                },
            );
            return;
        }
        let text = match &reason {
            Some(r) if front => format!("{r} You are first in line for the next available person."),
            Some(r) => {
                format!("Customer asked for a person ({r}). Looking for someone from the team…")
            }
            None => "Customer asked for a person. Looking for someone from the team…".to_string(),
        };
        let mut ops = vec![
            Op::SetSessionState {
                uuid: session.to_string(),
                staff_id: None,
                session_type,
                status: SessionStatus::Waiting,
                now,
            },
            system_line(session, text, now),
            create(TransferStatus::Pending),
        ];
        // Issue 16: the hand-over reason as a label, with the request.
        ops.extend(super::annotations::handover_label(session, handover, now));
        self.submit(
            ops,
            After::TransferCreated {
                reply,
                session: session.to_string(),
                front,
                reason,
                summary,
            },
        );
    }

    pub(super) fn transfer_created(
        &mut self,
        results: Vec<OpResult>,
        reply: Option<Reply>,
        session: String,
        front: bool,
        reason: Option<String>,
        summary: String,
    ) {
        let joined = self.requesting.remove(&session).unwrap_or_default();
        let Some(id) = created_transfer(&results) else {
            tracing::error!(session, "a stored transfer request has no id");
            return;
        };
        if !self.sessions.contains_key(&session) {
            return;
        }
        if self.routing.online_count() == 0 {
            // Everyone left while this was being stored.
            for r in &joined {
                self.ack(r, serde_json::json!({}));
            }
            self.fail_request(reply, id, &session, NOBODY_ONLINE);
            return;
        }
        let waiting_since = now_ms();
        // Issue 17: a customer whose left message a staff member answered
        // is offered to that staff member first.
        let preferred = self.offline.answered_by(&session).map(str::to_string);
        self.publish(|| ClusterEvent::TransferQueued {
            id,
            session: session.clone(),
            front,
            reason: reason.clone(),
            summary: summary.clone(),
            waiting_since,
            preferred: preferred.clone(),
            handover: None,
        });
        let queued = Queued {
            front,
            reason,
            summary,
            waiting_since,
            preferred,
            handover: None,
        };
        self.apply_queued(id, session, queued, reply);
        let position = self.routing.position(id).unwrap_or(1);
        for r in &joined {
            self.ack_typed(
                r,
                &RequestStaffAck {
                    transfer_request_id: id.0,
                    queue_position: position,
                },
            );
        }
        self.metrics
            .handovers
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
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
        // Issue 16: a chat handed over leaves its sender first.
        if let Some(h) = &handover {
            self.release_handed(id, &session, h);
        }
        let Some(s) = self.sessions.get_mut(&session) else {
            return;
        };
        s.status = SessionStatus::Waiting;
        s.staff_id = None;
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

    pub(super) fn transfer_refused(
        &mut self,
        results: Vec<OpResult>,
        reply: Option<Reply>,
        session: String,
        reason: String,
    ) {
        let joined = self.requesting.remove(&session).unwrap_or_default();
        let Some(id) = created_transfer(&results) else {
            tracing::error!(session, "a stored transfer request has no id");
            if let Some(r) = &reply {
                self.error(r, ErrorCode::Internal, "the request was not recorded");
            }
            return;
        };
        for r in reply.iter().chain(&joined) {
            self.ack_typed(
                r,
                &RequestStaffAck {
                    transfer_request_id: id.0,
                    queue_position: 0,
                },
            );
        }
        self.publish(|| ClusterEvent::TransferEnded {
            id,
            session: session.clone(),
            outcome: TransferEnd::Refused,
            told: Some(reason.clone()),
        });
        self.apply_ended(id, session, TransferEnd::Refused, Some(reason));
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
        if let Some(s) = self.sessions.get_mut(&session) {
            s.status = SessionStatus::Active;
            s.session_type = SessionType::Ai;
            s.staff_id = None;
        }
        if let Some(reason) = &told {
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

    /// Take a waiting request out of the queue and hand its session back
    /// to the assistant: the writes that record it, with a line for the
    /// customer.
    fn withdraw(
        &mut self,
        id: TransferId,
        session: &str,
        status: TransferStatus,
        outcome: &str,
        line: String,
    ) -> Option<Vec<Op>> {
        // Once: the queue changes when this commits (`apply_ended`), and an
        // accept being stored has the request already.
        if self.accepting.contains_key(&id) || !self.withdrawing.insert(id) {
            return None;
        }
        let now = now_ms();
        Some(vec![
            Op::ResolveTransfer {
                id,
                status,
                staff_id: None,
                outcome: Some(outcome.to_string()),
                now,
            },
            Op::SetSessionState {
                uuid: session.to_string(),
                staff_id: None,
                session_type: SessionType::Ai,
                status: SessionStatus::Active,
                now,
            },
            system_line(session, line, now),
        ])
    }

    /// Give a waiting request up: the session goes back to the assistant.
    pub(super) fn fail_request(
        &mut self,
        reply: Option<Reply>,
        id: TransferId,
        session: &str,
        reason: &str,
    ) {
        let Some(ops) = self.withdraw(
            id,
            session,
            TransferStatus::Failed,
            reason,
            reason.to_string(),
        ) else {
            // Being withdrawn or accepted already.
            if let Some(r) = &reply {
                self.ack(r, serde_json::json!({}));
            }
            return;
        };
        self.submit(
            ops,
            After::Failed {
                reply,
                request: id,
                session: session.to_string(),
                reason: reason.to_string(),
            },
        );
    }

    pub(super) fn transfer_failed(
        &mut self,
        reply: Option<Reply>,
        request: TransferId,
        session: String,
        reason: String,
    ) {
        self.withdrawing.remove(&request);
        if let Some(r) = &reply {
            self.ack(r, serde_json::json!({}));
        }
        self.publish(|| ClusterEvent::TransferEnded {
            id: request,
            session: session.clone(),
            outcome: TransferEnd::Failed,
            told: Some(reason.clone()),
        });
        self.apply_ended(request, session, TransferEnd::Failed, Some(reason));
    }

    pub(super) fn accept(&mut self, user: &User, reply: Reply, id: TransferId) {
        if !user.role.is_staff() {
            self.error(
                &reply,
                ErrorCode::Forbidden,
                "only staff can accept transfers",
            );
            return;
        }
        if self.accepting.contains_key(&id) || self.withdrawing.contains(&id) {
            self.error(
                &reply,
                ErrorCode::Conflict,
                RouteError::AlreadyTaken.to_string(),
            );
            return;
        }
        // Accepts of this staff member still being stored hold a slot each.
        let reserved = self.accepting.values().filter(|s| **s == user.id).count();
        let reserved = u32::try_from(reserved).unwrap_or(u32::MAX);
        let req = match self.routing.check_accept(id, &user.id, reserved) {
            Ok(r) => r.clone(),
            Err(e) => {
                let code = match e {
                    RouteError::NotFound => ErrorCode::NotFound,
                    _ => ErrorCode::Conflict,
                };
                self.error(&reply, code, e.to_string());
                return;
            }
        };
        let now = now_ms();
        // Taken when this commits (`apply_accepted`); until then the
        // request is marked as being accepted.
        self.accepting.insert(id, user.id.clone().into());
        // The database has the last word: with several daemons, this
        // node's copy may not have seen another node's accept yet, or this
        // staff member's chats on another node.
        let ops = vec![
            Op::AcceptTransfer {
                id,
                session_uuid: req.session.clone(),
                staff_id: user.id.clone(),
                default_max: self.cfg.max_concurrent_chats,
                now,
            },
            system_line(&req.session, joined_line(&req, user), now),
            Op::Audit {
                actor_id: user.id.clone(),
                actor_role: user.role.as_str().to_string(),
                action: "accept",
                target: Some(req.session.clone()),
                details: Some(format!("transfer request {id}")),
                now,
            },
        ];
        self.submit(
            ops,
            After::Accepted {
                reply,
                staff: user.id.clone(),
                request: req,
            },
        );
    }

    pub(super) fn accepted(&mut self, reply: Reply, staff: String, req: Request) {
        self.accepting.remove(&req.id);
        self.ack_typed(
            &reply,
            &AcceptTransferAck {
                session_uuid: req.session.clone(),
            },
        );
        let staff_name = self
            .routing
            .staff(&staff)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| staff.clone());
        self.publish(|| ClusterEvent::TransferAccepted {
            id: req.id,
            session: req.session.clone(),
            staff: staff.clone(),
            staff_name: staff_name.clone(),
        });
        self.apply_accepted(req.id, req.session, staff, staff_name);
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
        if repeated {
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

    pub(super) fn decline(&mut self, user: &User, reply: Reply, d: DeclineTransfer) {
        if !user.role.is_staff() {
            self.error(
                &reply,
                ErrorCode::Forbidden,
                "only staff can decline transfers",
            );
            return;
        }
        let id = TransferId(d.transfer_request_id);
        if self.routing.request(id).is_none() {
            self.error(
                &reply,
                ErrorCode::NotFound,
                RouteError::NotFound.to_string(),
            );
            return;
        }
        let now = now_ms();
        let record = vec![
            Op::Decline {
                id,
                staff_id: user.id.clone(),
                reason: d.reason.clone(),
                now,
            },
            Op::Audit {
                actor_id: user.id.clone(),
                actor_role: user.role.as_str().to_string(),
                action: "decline",
                target: Some(id.to_string()),
                details: d.reason,
                now,
            },
        ];
        self.submit(
            record,
            After::Declined {
                reply,
                request: id,
                staff: user.id.clone(),
            },
        );
    }

    /// A decline was stored: noted, and when nobody eligible is left the
    /// request fails (acked once that is stored).
    pub(super) fn declined(&mut self, reply: Reply, id: TransferId, staff: String) {
        if !self.routing.note_decline(id, &staff) {
            // Gone meanwhile (accepted, withdrawn, closed).
            self.ack(&reply, serde_json::json!({}));
            return;
        }
        if self.routing.someone_left(id) {
            self.ack(&reply, serde_json::json!({}));
            self.publish(|| ClusterEvent::Declined {
                id,
                staff: staff.clone(),
            });
            // A request held back for this staff member goes to everyone
            // once they decline (issue 17).
            let offers = self.routing.refresh_offers();
            self.send_offers(offers);
            self.send_declines(id);
            return;
        }
        let session = self.routing.request(id).map(|r| r.session.clone());
        if let Some(session) = session {
            self.fail_request(Some(reply), id, &session, ALL_DECLINED);
        }
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

    /// The customer left while waiting and did not come back: their
    /// request leaves the queue (counted as abandoned) and the session
    /// goes back to the assistant, open for when they return.
    pub(super) fn abandon(&mut self, customer: &str) {
        let Some(session) = self.customer_session.get(customer).cloned() else {
            return;
        };
        let Some(id) = self.routing.request_for_session(&session).map(|r| r.id) else {
            return;
        };
        let Some(ops) = self.withdraw(
            id,
            &session,
            TransferStatus::Cancelled,
            TransferEnd::CustomerLeft.as_str(),
            "You left before someone from the team was free, so you are no longer in the \
             queue. Ask for a person again at any time."
                .to_string(),
        ) else {
            return;
        };
        self.submit(
            ops,
            After::Abandoned {
                request: id,
                session: session.to_string(),
            },
        );
    }

    pub(super) fn abandoned(&mut self, request: TransferId, session: String) {
        self.withdrawing.remove(&request);
        self.publish(|| ClusterEvent::TransferEnded {
            id: request,
            session: session.clone(),
            outcome: TransferEnd::CustomerLeft,
            told: None,
        });
        self.apply_ended(request, session, TransferEnd::CustomerLeft, None);
    }

    pub(super) fn offer_timeout(&mut self, request: TransferId, round: u64) {
        let Some(to) = self.routing.reoffer(request, round) else {
            return;
        };
        if let Some(r) = self.routing.request(request) {
            let frame = Self::frame(ServerEvent::NewTransferRequest(self.offer_of(r)), None);
            for staff in to {
                self.send_user(&staff, &frame);
            }
        }
        self.schedule(
            self.cfg.offer_timeout,
            Timer::Offer {
                request,
                round: round + 1,
            },
        );
    }
}

/// What the customer reads when a staff member accepts: who took over
/// from whom for a chat handed over (issue 16).
fn joined_line(req: &Request, user: &User) -> String {
    match &req.handover {
        // A sender taking their own chat back simply joins again.
        Some(h) if h.from != user.id => format!("{} took over from {}.", user.name, h.from_name),
        _ => format!("{} joined the chat.", user.name),
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
