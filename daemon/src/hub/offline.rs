//! Issue 17 inside the hub: a hand-over that finds nobody offers to leave
//! a message, and a message left waits for staff. The decisions are the
//! pure [`crate::offline`] and [`crate::hours`]; this file persists them
//! and tells the people concerned. Hooks elsewhere in the hub are marked
//! "issue 17".

use crate::ids::TransferId;
use std::collections::BTreeMap;

use concierge_shared::protocol::{
    AnswerMessage, EmailTranscript, ErrorCode, LeaveMessage, LeaveMessagePrompt, LeftMessage,
    LeftMessageResolved, MessageType, SenderRole, ServerEvent, SessionStatus, Timestamp,
};

use super::conversation::system_line;
use super::core::{After, Conversations, Reply};
use super::jobs::Job;
use super::now_ms;
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::hours::Live;
use crate::mail::compose::{self, Alert};
use crate::offline::{Reach, back_when, choose_email, message_left_line};
use crate::store::offline::{LeftMessageRow, MessageStatus, OfflineOp, OfflineResult};
use crate::store::{NewMessage, Op, OpResult};

/// The hub's part of issue 17: the hours in force and the messages
/// waiting for staff (by id), rebuilt from the database at start.
#[derive(Debug, Default)]
pub(super) struct OfflineState {
    pub(super) hours: Live,
    waiting: BTreeMap<i64, LeftMessageRow>,
    /// Sessions whose customer asked for the transcript at close, and the
    /// address: a cache of the `transcript_at_close` table (loaded at
    /// start, written through), so a close needs no read.
    transcript_at_close: std::collections::HashMap<String, String>,
    /// Open sessions whose left message a staff member answered, and who:
    /// when the customer asks for a person again, that staff member is
    /// offered the chat first (rebuilt at start, dropped at close).
    answered_by: std::collections::HashMap<String, String>,
}

impl OfflineState {
    pub(super) fn new(hours: Live) -> Self {
        Self {
            hours,
            waiting: BTreeMap::new(),
            transcript_at_close: Default::default(),
            answered_by: Default::default(),
        }
    }

    /// The staff member who answered this session's left message.
    pub(super) fn answered_by(&self, session: &str) -> Option<&str> {
        self.answered_by.get(session).map(String::as_str)
    }

    /// A session with a message waiting stays open until it is answered,
    /// so the answer can go into its history.
    pub(super) fn holds(&self, session: &str) -> bool {
        self.waiting.values().any(|m| m.session_uuid == session)
    }

    pub(super) fn staff_list(&self) -> Vec<LeftMessage> {
        self.waiting.values().map(to_wire).collect()
    }
}

/// What to do once a write of this file has committed.
pub enum AfterOffline {
    Left {
        reply: Reply,
        session: String,
    },
    Resolved {
        reply: Reply,
        id: i64,
        session: String,
        staff: String,
        status: MessageStatus,
    },
    /// The wish for the transcript at close is stored.
    AtClose {
        reply: Reply,
        session: String,
        customer: String,
        email: String,
    },
}

impl AfterOffline {
    pub(super) fn reply(self) -> Option<Reply> {
        match self {
            AfterOffline::Left { reply, .. }
            | AfterOffline::Resolved { reply, .. }
            | AfterOffline::AtClose { reply, .. } => Some(reply),
        }
    }
}

fn to_wire(m: &LeftMessageRow) -> LeftMessage {
    LeftMessage {
        message_id: m.id,
        session_uuid: m.session_uuid.clone(),
        customer_id: m.customer_id.clone(),
        customer_name: m.customer_name.clone(),
        email: m.email.clone(),
        summary: m.summary.clone(),
        outside_hours: m.outside_hours,
        created_at: Timestamp::from_millis(m.created_at),
    }
}

impl Conversations {
    pub(super) fn reach(&self, now: i64) -> Reach {
        Reach {
            online: self.routing.online_count(),
            available: self.routing.available_count(),
            hours: self.offline.hours.availability(now),
        }
    }

    /// At start: the messages waiting for staff, who answered which open
    /// session, and the transcripts wished for at close.
    pub(super) fn offline_rebuild(&mut self, startup: &super::load::Startup) {
        self.offline.waiting = startup.waiting.iter().map(|m| (m.id, m.clone())).collect();
        for (session, staff) in &startup.answered {
            if self.sessions.contains_key(session) {
                self.offline
                    .answered_by
                    .insert(session.clone(), staff.clone());
            }
        }
        // Transcripts wished for at close: kept for sessions still open;
        // a session that closed while no daemon was there to see it (or
        // before its mail was queued) gets its transcript now.
        for w in &startup.wishes {
            if self.sessions.contains_key(&w.session_uuid) {
                self.offline
                    .transcript_at_close
                    .insert(w.session_uuid.clone(), w.email.clone());
            } else {
                self.queue_transcript_later(
                    w.session_uuid.clone(),
                    w.email.clone(),
                    w.customer_id.clone(),
                    None,
                    true,
                );
            }
        }
        // Requests still waiting get their alert (once: the database
        // keeps one per request).
        let waiting: Vec<(TransferId, i64)> = self
            .routing
            .queue()
            .map(|r| (r.id, r.waiting_since))
            .collect();
        for (id, since) in waiting {
            self.schedule_queue_alert(id, since);
        }
    }

    /// With `QUEUE_ALERT_AFTER_SECS`: check this request when it has
    /// waited that long.
    pub(super) fn schedule_queue_alert(&self, request: TransferId, waiting_since: i64) {
        let Some(after) = self.cfg.queue_alert_after else {
            return;
        };
        let after_ms = i64::try_from(after.as_millis()).unwrap_or(i64::MAX);
        let due_in = waiting_since.saturating_add(after_ms) - now_ms();
        let delay = std::time::Duration::from_millis(u64::try_from(due_in.max(0)).unwrap_or(0));
        self.schedule(delay, super::Timer::QueueAlert { request });
    }

    /// The request has waited `QUEUE_ALERT_AFTER_SECS`: a webhook event
    /// and, with `STAFF_ALERT_EMAIL`, an email; once per wait.
    pub(super) fn queue_alert(&mut self, request: TransferId) {
        let Some(r) = self.routing.request(request) else {
            return; // no longer waiting
        };
        let now = now_ms();
        let waited = u64::try_from((now - r.waiting_since).max(0) / 1000).unwrap_or(0);
        let mail = match (&self.cfg.mail, &self.cfg.staff_alert_email) {
            (Some(_), Some(team)) => Some(compose::staff_alert(
                &self.cfg.shop_name,
                &Alert::Waiting {
                    waited_secs: waited,
                },
                &r.customer_name,
                &r.summary,
                team,
                &r.customer_id,
                now,
            )),
            _ => None,
        };
        let op = Op::Offline(OfflineOp::QueueAlert {
            request_id: request.0,
            session_uuid: r.session.clone(),
            waiting_since: r.waiting_since,
            mail,
            now,
        });
        self.submit(vec![op], After::Nothing);
    }

    /// A hand-over found nobody: the customer hears when someone is back
    /// and may leave a message (hooked after `transfer_failed` is told).
    pub(super) fn prompt_leave_message(&self, session: &str) {
        let now = now_ms();
        let reach = self.reach(now);
        if !reach.nobody() {
            return;
        }
        let Some(s) = self.sessions.get(session) else {
            return;
        };
        if self.offline.holds(session) {
            return;
        }
        let tz = self.offline.hours.get().map(|h| h.timezone().to_string());
        let claim = self
            .by_user
            .get(&s.customer_id)
            .and_then(|conns| conns.first())
            .and_then(|c| self.conns.get(c))
            .and_then(|c| c.user.email.clone());
        let frame = Self::frame(
            ServerEvent::LeaveMessagePrompt(LeaveMessagePrompt {
                session_uuid: session.to_string(),
                reason: format!(
                    "No one from the team is here right now. Someone is back {}. Leave your \
                     email address and the team will answer your message.",
                    back_when(reach.hours.next_opening, tz.as_deref())
                ),
                next_opening: reach.hours.next_opening.map(Timestamp::from_millis),
                email: claim,
            }),
            None,
        );
        self.send_user(&s.customer_id, &frame);
    }

    pub(super) fn leave_message(&mut self, user: &User, reply: Reply, m: LeaveMessage) {
        let Some(s) = self
            .sessions
            .get(&m.session_uuid)
            .filter(|s| s.customer_id == user.id)
        else {
            self.error(&reply, ErrorCode::NotFound, "no open session with that id");
            return;
        };
        if s.status == SessionStatus::Closed {
            self.error(&reply, ErrorCode::Conflict, "this session is closed");
            return;
        }
        if self.offline.holds(&m.session_uuid) {
            self.error(
                &reply,
                ErrorCode::Conflict,
                "a message is already waiting for the team",
            );
            return;
        }
        let email = match choose_email(m.email.as_deref(), user.email.as_deref()) {
            Ok(e) => e,
            Err(e) => {
                self.error(&reply, ErrorCode::BadRequest, e.to_string());
                return;
            }
        };
        let now = now_ms();
        let reach = self.reach(now);
        let tz = self.offline.hours.get().map(|h| h.timezone().to_string());
        let back = back_when(reach.hours.next_opening, tz.as_deref());
        let summary = s.handoff_summary(None);
        let summary_copy = summary.clone();
        let mut ops = vec![
            // The address is kept with the customer too, so that erasing
            // the customer erases it.
            Op::TouchUser {
                id: user.id.clone(),
                name: user.name.clone(),
                role: user.role.as_str(),
                email: Some(email.as_str().to_string()),
                now,
            },
            Op::Offline(OfflineOp::LeaveMessage {
                session_uuid: m.session_uuid.clone(),
                customer_id: user.id.clone(),
                customer_name: user.name.clone(),
                email: Some(email.as_str().to_string()),
                summary,
                outside_hours: !reach.hours.open,
                now,
            }),
            system_line(&m.session_uuid, message_left_line(&email, &back), now),
        ];
        // Outside hours nobody may be watching: tell them by email.
        if !reach.hours.open
            && self.cfg.mail.is_some()
            && let Some(team) = &self.cfg.staff_alert_email
        {
            ops.push(Op::Offline(OfflineOp::QueueMail(compose::staff_alert(
                &self.cfg.shop_name,
                &Alert::MessageLeft,
                &user.name,
                &summary_copy,
                team,
                &user.id,
                now,
            ))));
        }
        self.submit(
            ops,
            After::Offline(AfterOffline::Left {
                reply,
                session: m.session_uuid,
            }),
        );
    }

    /// Staff answer a waiting message: the answer goes into the session
    /// (the customer sees it there) and, with email on, to their address.
    pub(super) fn answer_message(&mut self, user: &User, reply: Reply, a: AnswerMessage) {
        let Some(m) = self.resolvable(user, &reply, a.message_id) else {
            return;
        };
        let content = a.content.trim().to_string();
        if content.is_empty() {
            self.error(&reply, ErrorCode::BadRequest, "content is empty");
            return;
        }
        let now = now_ms();
        // The session is kept open while the message waits; if its
        // customer closed it, the answer goes by email only.
        let open = self.sessions.contains_key(&m.session_uuid);
        let mut ops = vec![
            Op::AppendMessage {
                session_uuid: m.session_uuid.clone(),
                message: NewMessage {
                    sender_id: Some(user.id.clone()),
                    sender_name: Some(user.name.clone()),
                    sender_role: SenderRole::Staff,
                    message_type: MessageType::Text,
                    content: content.clone(),
                    ai_generated: false,
                    client_msg_id: None,
                },
                now,
            },
            Op::Offline(OfflineOp::ResolveMessage {
                id: m.id,
                staff_id: user.id.clone(),
                status: MessageStatus::Answered,
                now,
            }),
            audit(user, "answer_message", m.id, now),
        ];
        if !open {
            ops.remove(0);
        }
        if self.cfg.mail.is_some()
            && let Some(to) = &m.email
        {
            ops.push(Op::Offline(OfflineOp::QueueMail(compose::reply(
                &self.cfg.shop_name,
                &m.customer_name,
                &user.name,
                &content,
                to,
                &m.customer_id,
                now,
            ))));
        }
        self.submit(
            ops,
            After::Offline(AfterOffline::Resolved {
                reply,
                id: m.id,
                session: m.session_uuid.clone(),
                staff: user.id.clone(),
                status: MessageStatus::Answered,
            }),
        );
    }

    /// Staff close a waiting message without answering.
    pub(super) fn close_message(&mut self, user: &User, reply: Reply, id: i64) {
        let Some(m) = self.resolvable(user, &reply, id) else {
            return;
        };
        let now = now_ms();
        let ops = vec![
            Op::Offline(OfflineOp::ResolveMessage {
                id: m.id,
                staff_id: user.id.clone(),
                status: MessageStatus::Closed,
                now,
            }),
            audit(user, "close_message", m.id, now),
        ];
        self.submit(
            ops,
            After::Offline(AfterOffline::Resolved {
                reply,
                id,
                session: m.session_uuid.clone(),
                staff: user.id.clone(),
                status: MessageStatus::Closed,
            }),
        );
    }

    fn resolvable(&self, user: &User, reply: &Reply, id: i64) -> Option<LeftMessageRow> {
        if !user.role.is_staff() {
            self.error(reply, ErrorCode::Forbidden, "only staff answer messages");
            return None;
        }
        let m = self.offline.waiting.get(&id).cloned();
        if m.is_none() {
            self.error(
                reply,
                ErrorCode::NotFound,
                "no message waiting with that id",
            );
        }
        m
    }

    /// The customer asks for the transcript by email: now (queued off the
    /// hub, which does no reads of its own), or when the session closes.
    pub(super) fn email_transcript(&mut self, user: &User, reply: Reply, t: EmailTranscript) {
        let Some(s) = self
            .sessions
            .get(&t.session_uuid)
            .filter(|s| s.customer_id == user.id)
        else {
            self.error(&reply, ErrorCode::NotFound, "no open session with that id");
            return;
        };
        if self.cfg.mail.is_none() {
            self.error(
                &reply,
                ErrorCode::Unavailable,
                "email is not set up on this server",
            );
            return;
        }
        let email = match choose_email(t.email.as_deref(), user.email.as_deref()) {
            Ok(e) => e.as_str().to_string(),
            Err(e) => {
                self.error(&reply, ErrorCode::BadRequest, e.to_string());
                return;
            }
        };
        let session = s.uuid.clone();
        if t.at_close {
            let op = Op::Offline(OfflineOp::WantTranscriptAtClose {
                session_uuid: session.clone(),
                customer_id: user.id.clone(),
                email: email.clone(),
                now: now_ms(),
            });
            self.submit(
                vec![op],
                After::Offline(AfterOffline::AtClose {
                    reply,
                    session,
                    customer: user.id.clone(),
                    email,
                }),
            );
            return;
        }
        self.queue_transcript_later(session, email, user.id.clone(), Some(reply), false);
    }

    fn queue_transcript_later(
        &self,
        session: String,
        to: String,
        customer: String,
        reply: Option<Reply>,
        at_close: bool,
    ) {
        self.job(Job::QueueTranscript {
            session,
            to,
            customer,
            ack: reply,
            at_close,
        });
    }

    /// Hooked where a session closes: a transcript asked for at close is
    /// queued now.
    pub(super) fn offline_session_closed(&mut self, session: &str, customer_id: &str) {
        self.offline.answered_by.remove(session);
        if let Some(to) = self.offline.transcript_at_close.remove(session) {
            self.queue_transcript_later(
                session.to_string(),
                to,
                customer_id.to_string(),
                None,
                true,
            );
        }
    }

    pub(super) fn after_offline(&mut self, results: Vec<OpResult>, after: AfterOffline) {
        match after {
            AfterOffline::AtClose {
                reply,
                session,
                customer,
                email,
            } => {
                // The session may have closed while the wish was written:
                // then its transcript goes now.
                if self.sessions.contains_key(&session) {
                    self.offline.transcript_at_close.insert(session, email);
                } else {
                    self.queue_transcript_later(session, email, customer, None, true);
                }
                self.ack(&reply, serde_json::json!({ "atClose": true }));
            }
            AfterOffline::Resolved {
                reply,
                id,
                session,
                staff,
                status,
            } => {
                self.ack(&reply, serde_json::json!({}));
                self.publish(|| ClusterEvent::LeftMessageResolved {
                    id,
                    session: session.clone(),
                    staff: staff.clone(),
                    status,
                });
                self.apply_left_resolved(id, session, staff, status);
            }

            AfterOffline::Left { reply, session } => {
                let Some(row) = results.into_iter().find_map(|r| match r {
                    OpResult::Offline(OfflineResult::LeftMessage(row)) => Some(row),
                    _ => None,
                }) else {
                    return;
                };
                self.ack(&reply, serde_json::json!({ "messageId": row.id }));
                debug_assert_eq!(row.session_uuid, session);
                self.publish(|| ClusterEvent::MessageLeft { row: row.clone() });
                self.apply_left(row);
            }
        }
    }

    /// A message left, committed here or on another node: the customer's
    /// sockets on this node hear it was taken, and this node's staff see
    /// it in their list.
    pub(super) fn apply_left(&mut self, row: LeftMessageRow) {
        let wire = to_wire(&row);
        if let Some(s) = self.sessions.get(&row.session_uuid) {
            let frame = Self::frame(ServerEvent::MessageLeft(wire.clone()), None);
            self.send_user(&s.customer_id, &frame);
        }
        let frame = Self::frame(ServerEvent::NewLeftMessage(wire), None);
        self.send_staff_room(&frame, None);
        self.offline.waiting.insert(row.id, row);
    }

    /// A message left was answered or closed, here or on another node.
    pub(super) fn apply_left_resolved(
        &mut self,
        id: i64,
        session: String,
        staff: String,
        status: MessageStatus,
    ) {
        self.offline.waiting.remove(&id);
        if status == MessageStatus::Answered && self.sessions.contains_key(&session) {
            self.offline.answered_by.insert(session, staff.clone());
        }
        let frame = Self::frame(
            ServerEvent::LeftMessageResolved(LeftMessageResolved {
                message_id: id,
                status: status.as_str().to_string(),
                staff_id: staff,
            }),
            None,
        );
        self.send_staff_room(&frame, None);
    }
}

fn audit(user: &User, action: &'static str, id: i64, now: i64) -> Op {
    Op::Audit {
        actor_id: user.id.clone(),
        actor_role: user.role.as_str().to_string(),
        action,
        target: Some(id.to_string()),
        details: None,
        now,
    }
}
