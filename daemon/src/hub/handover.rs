//! Issue 16: a staff member hands a chat to a named colleague, or back to
//! the queue, with a note.
//!
//! The decisions (who may be offered it, who may take it) are
//! [`crate::routing`]'s: a hand-over is a transfer request at the front of
//! the queue with a [`Handover`] on it, reserved for the colleague while
//! they can take it. This file checks the ask, stores it, and on commit
//! releases the chat from its sender (here or, through `TransferQueued`,
//! on every node) before the request joins the queue.
//!
//! Decisions made where the issue was silent:
//! - The chat leaves the sender when the hand-over is stored, not when the
//!   colleague accepts: it then waits at the front of the queue, and the
//!   customer is told who is coming. The sender's slot is free at once.
//! - A decline or an unanswered offer sends it to the ordinary queue
//!   (everyone but the sender); only when every other eligible staff member
//!   declined is it offered back to the sender, and if they decline too it
//!   goes to the assistant with a message to the customer, like any
//!   request nobody takes. The customer is never left silently.
//! - An offline, unknown, paused or full colleague, or a queue hand-over
//!   with nobody else to take it, is refused with an error and changes
//!   nothing.

use concierge_shared::protocol::{
    ChatHandedOver, Colleague, Colleagues, ErrorCode, HandOver, HandOverAck, ServerEvent,
    SessionStatus, SessionType,
};

use super::conversation::system_line;
use super::core::{After, Conversations, Reply, created_transfer};
use super::now_ms;
use super::transfer_facts::Queued;
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::ids::{TransferId, TransferStatus};
use crate::routing::{Handover, StaffState};
use crate::store::{Op, OpResult};

/// Longest note on a hand-over.
pub const MAX_HANDOVER_NOTE_CHARS: usize = 1000;

impl Conversations {
    pub(super) fn hand_over(&mut self, user: &User, reply: Reply, h: HandOver) {
        if !user.role.is_staff() {
            self.error(&reply, ErrorCode::Forbidden, "only staff hand chats over");
            return;
        }
        let session = h.session_uuid;
        // Only the staff member handling the chat; anyone else's chat
        // looks like a missing one.
        if !self.sessions.contains_key(&session)
            || self.routing.owner(&session) != Some(user.id.as_str())
        {
            self.error(
                &reply,
                ErrorCode::NotFound,
                "you are not handling a chat with that id",
            );
            return;
        }
        if self.requesting.contains_key(&session) || self.closing.contains(&session) {
            self.error(
                &reply,
                ErrorCode::Conflict,
                "this chat is changing hands already",
            );
            return;
        }
        let target = h.to_staff_id.filter(|t| !t.trim().is_empty());
        if let Err(why) = self.check_target(&user.id, target.as_deref()) {
            let code = match why {
                Refusal::Unknown => ErrorCode::NotFound,
                Refusal::Yourself => ErrorCode::BadRequest,
                _ => ErrorCode::Conflict,
            };
            self.error(&reply, code, why.message(target.as_deref().unwrap_or("")));
            return;
        }
        let Some(s) = self.sessions.get(&session) else {
            return;
        };
        let summary = s.handoff_summary(None);
        let target_name = target
            .as_deref()
            .and_then(|t| self.routing.staff(t))
            .map(|t| t.name.clone());
        let note = h
            .note
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        let handover = Handover {
            from: user.id.clone(),
            from_name: user.name.clone(),
            target: target.clone(),
            note: note.clone(),
        };
        let now = now_ms();
        let line = match &target_name {
            Some(t) => format!(
                "{} is handing your chat to {t}, who will be with you in a moment.",
                user.name
            ),
            None => format!(
                "{} is handing your chat to a colleague. You are first in line for the next available person.",
                user.name
            ),
        };
        let reason = format!("Handed over by {}.", user.name);
        let ops = vec![
            Op::SetSessionState {
                uuid: session.clone(),
                staff_id: None,
                session_type: SessionType::Human,
                status: SessionStatus::Waiting,
                now,
            },
            system_line(&session, line, now),
            Op::CreateTransfer {
                session_uuid: session.clone(),
                customer_id: s.customer_id.clone(),
                customer_name: s.customer_name.clone(),
                reason: Some(reason.clone()),
                summary: summary.clone(),
                priority: 1,
                status: TransferStatus::Pending,
                now,
            },
            Op::SetHandover {
                session_uuid: session.clone(),
                from_staff_id: user.id.clone(),
                target_staff_id: target.clone(),
                note,
            },
            Op::Audit {
                actor_id: user.id.clone(),
                actor_role: user.role.as_str().to_string(),
                action: "hand_over",
                target: Some(session.clone()),
                details: Some(match &target {
                    Some(t) => format!("to {t}"),
                    None => "to the queue".to_string(),
                }),
                now,
            },
        ];
        // Memory changes when this commits; meanwhile the chat is marked.
        self.requesting.insert(session.clone().into(), Vec::new());
        self.submit(
            ops,
            After::HandedOver(Box::new(HandedOver {
                reply,
                session,
                reason,
                summary,
                handover,
            })),
        );
    }

    /// Every known staff member, for picking a colleague.
    pub(super) fn colleagues(&self, user: &User, reply: &Reply) {
        if !user.role.is_staff() {
            self.error(
                reply,
                ErrorCode::Forbidden,
                "only staff see their colleagues",
            );
            return;
        }
        let staff = self
            .staff_views()
            .into_iter()
            .map(|v| Colleague {
                staff_id: v.staff_id,
                name: v.name,
                is_online: v.is_online,
                is_available: v.is_available,
                current_chats: v.current_chats,
                max_concurrent_chats: v.max_concurrent_chats,
            })
            .collect();
        self.ack_typed(reply, &Colleagues { staff });
    }

    fn check_target(&self, from: &str, target: Option<&str>) -> Result<(), Refusal> {
        let Some(t) = target else {
            let someone = self
                .routing
                .all_staff()
                .any(|(id, s)| id != from && s.eligible());
            return if someone {
                Ok(())
            } else {
                Err(Refusal::NobodyElse)
            };
        };
        if t == from {
            return Err(Refusal::Yourself);
        }
        let s: &StaffState = self.routing.staff(t).ok_or(Refusal::Unknown)?;
        if !s.online {
            return Err(Refusal::Offline);
        }
        if !s.available {
            return Err(Refusal::Paused);
        }
        // Accepts of theirs being stored hold a slot each.
        let reserved = self.accepting.values().filter(|x| *x == t).count();
        if s.chats.len().saturating_add(reserved) >= usize::try_from(s.max).unwrap_or(usize::MAX) {
            return Err(Refusal::Full);
        }
        Ok(())
    }

    pub(super) fn handed_over(&mut self, results: Vec<OpResult>, h: HandedOver) {
        let HandedOver {
            reply,
            session,
            reason,
            summary,
            handover,
        } = h;
        self.requesting.remove(&session);
        let Some(id) = created_transfer(&results) else {
            tracing::error!(session, "a stored hand-over has no transfer id");
            self.error(
                &reply,
                ErrorCode::Internal,
                "the hand-over was not recorded",
            );
            return;
        };
        self.ack_typed(
            &reply,
            &HandOverAck {
                transfer_request_id: id.0,
            },
        );
        let waiting_since = now_ms();
        let preferred = handover.target.clone();
        self.publish(|| ClusterEvent::TransferQueued {
            id,
            session: session.clone(),
            front: true,
            reason: Some(reason.clone()),
            summary: summary.clone(),
            waiting_since,
            preferred: preferred.clone(),
            handover: Some(Box::new(handover.clone())),
        });
        let queued = Queued {
            front: true,
            reason: Some(reason),
            summary,
            waiting_since,
            preferred,
            handover: Some(Box::new(handover)),
        };
        self.apply_queued(id, session, queued, None);
    }

    /// A hand-over committed (here or on another node), just before its
    /// request joins the queue: the chat leaves its sender, whose consoles
    /// on this node drop it.
    pub(super) fn release_handed(&mut self, id: TransferId, session: &str, h: &Handover) {
        if self.routing.owner(session) == Some(h.from.as_str()) {
            let (_, offers) = self.routing.release(session);
            self.send_offers(offers);
        }
        let frame = Self::frame(
            ServerEvent::ChatHandedOver(ChatHandedOver {
                session_uuid: session.to_string(),
                transfer_request_id: id.0,
                from_staff_id: h.from.clone(),
                to_staff_id: h.target.clone(),
            }),
            None,
        );
        self.send_user(&h.from, &frame);
        self.send_workload(&h.from);
    }
}

/// What a stored hand-over goes on with.
pub struct HandedOver {
    pub(super) reply: Reply,
    pub(super) session: String,
    reason: String,
    summary: String,
    handover: Handover,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Unknown,
    Yourself,
    Offline,
    Paused,
    Full,
    NobodyElse,
}

impl Refusal {
    fn message(self, who: &str) -> String {
        match self {
            Refusal::Unknown => format!("no staff member with id {who:?}"),
            Refusal::Yourself => "you are handling this chat already".to_string(),
            Refusal::Offline => format!("{who} is not online"),
            Refusal::Paused => format!("{who} is not taking chats right now"),
            Refusal::Full => format!("{who} has no room for another chat"),
            Refusal::NobodyElse => {
                "nobody else from the team is available to take this chat".to_string()
            }
        }
    }
}
