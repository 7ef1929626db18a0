//! The transfer queue: requests, offers, accept and decline, withdrawal. Decisions come from [`crate::routing::Routing`];
//! this file persists them and tells the people concerned.
//! Once committed, what they lead to is applied by `transfer_facts.rs`,
//! which other nodes' news uses too.

use concierge_shared::protocol::{
    AcceptTransferAck, DeclineTransfer, ErrorCode, RequestStaff, RequestStaffAck, ServerEvent,
    SessionStatus, SessionType,
};

use super::conversation::system_line;
use super::core::created_transfer;
use super::core::{After, Conversations, Reply};
use super::transfer_facts::Queued;
use super::{Timer, now_ms};
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::ids::{TransferEnd, TransferId, TransferStatus};
use crate::routing::{Request, RouteError};
use crate::store::{Op, OpResult};

/// Accepts that may wait on one request's accept being stored: more than
/// a desk has staff, fewer than a flood of frames could grow memory by.
const MAX_ACCEPT_WAITING: usize = 64;

pub(super) const NOBODY_ONLINE: &str = "No one from the team is online right now. The assistant will keep helping you, and you can ask again later.";
const ALL_DECLINED: &str = "Everyone on the team is busy right now. The assistant will keep helping you, and you can ask again in a little while.";

/// A request given up while an accept of it was being stored, to do if
/// that accept fails.
#[derive(Debug, Clone)]
pub(super) enum Withdrawal {
    /// `fail_request`, for `why`.
    Fail { session: String, why: GiveUp },
    /// The customer left (`abandon`).
    Abandon { customer: String },
}

/// Why a waiting request is given up (`fail_request`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum GiveUp {
    NobodyOnline,
    AllDeclined,
}

impl GiveUp {
    /// What the customer is told.
    pub(super) fn told(self) -> &'static str {
        match self {
            GiveUp::NobodyOnline => NOBODY_ONLINE,
            GiveUp::AllDeclined => ALL_DECLINED,
        }
    }
}

impl Conversations {
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
            self.fail_request(reply, id, &session, GiveUp::NobodyOnline);
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
        why: GiveUp,
    ) {
        let reason = why.told();
        let Some(ops) = self.withdraw(
            id,
            session,
            TransferStatus::Failed,
            reason,
            reason.to_string(),
        ) else {
            // Being withdrawn or accepted already; an accept may yet fail.
            if self.accepting.contains_key(&id) {
                self.withdraw_after_accept.insert(
                    id,
                    Withdrawal::Fail {
                        session: session.to_string(),
                        why,
                    },
                );
            }
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
        if let Some(by) = self.accepting.get(&id) {
            // Another accept of this request is being stored, and the
            // database may yet refuse it (another node was first, or its
            // staff member is full there). "Taken" now would make this
            // console drop an offer that may still be open: wait for that
            // outcome instead. One wait per staff member, and a bounded
            // number per request.
            let waiting = self.accept_waiting.entry(id).or_default();
            let again = *by == user.id || waiting.iter().any(|(u, _)| u.id == user.id);
            if !again && waiting.len() < MAX_ACCEPT_WAITING {
                waiting.push((user.clone(), reply));
                return;
            }
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
                tracing::debug!(request = %id, staff = %user.id, error = %e, "accept refused by this node's copy");
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

    /// An accept of request `id` was refused by the database, or could not
    /// be stored. If the request is still open (the refusal was about the
    /// staff member, or the write failed), the accepts that waited on it
    /// are tried in turn: the first goes in flight, the rest wait on it.
    /// If it is not (`no_longer_pending`: taken on another node, or ended),
    /// they are told so now rather than each asking the database again.
    /// A request given up while the accept was being stored is given up
    /// now, and the accepts that waited are told it is gone.
    pub(super) fn accept_refused(&mut self, id: TransferId, no_longer_pending: bool) {
        self.accepting.remove(&id);
        let withdrawal = self.withdraw_after_accept.remove(&id);
        let gone = no_longer_pending || withdrawal.is_some();
        for (user, reply) in self.accept_waiting.remove(&id).unwrap_or_default() {
            if gone {
                self.error(
                    &reply,
                    ErrorCode::Conflict,
                    RouteError::AlreadyTaken.to_string(),
                );
            } else {
                self.accept(&user, reply, id);
            }
        }
        // What was given up is done now, if it still holds.
        match withdrawal {
            _ if no_longer_pending => {}
            Some(Withdrawal::Fail {
                why: GiveUp::NobodyOnline,
                ..
            }) if self.routing.online_count() > 0 => {}
            Some(Withdrawal::Fail { session, why }) => self.fail_request(None, id, &session, why),
            Some(Withdrawal::Abandon { customer })
                if self.by_user.contains_key(customer.as_str()) => {}
            Some(Withdrawal::Abandon { customer }) => self.abandon(&customer),
            None => {}
        }
    }

    pub(super) fn accepted(&mut self, reply: Reply, staff: String, req: Request) {
        self.accepting.remove(&req.id);
        // Given up meanwhile, but taken first: the staff member has it.
        self.withdraw_after_accept.remove(&req.id);
        for (_, waited) in self.accept_waiting.remove(&req.id).unwrap_or_default() {
            self.error(
                &waited,
                ErrorCode::Conflict,
                RouteError::AlreadyTaken.to_string(),
            );
        }
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
            self.fail_request(Some(reply), id, &session, GiveUp::AllDeclined);
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
            if self.accepting.contains_key(&id) {
                self.withdraw_after_accept.insert(
                    id,
                    Withdrawal::Abandon {
                        customer: customer.to_string(),
                    },
                );
            }
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
