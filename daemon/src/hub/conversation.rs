//! Conversations: sessions, messages, typing, read receipts, closing.

use concierge_shared::protocol::{
    CloseSessionAck, ErrorBody, ErrorCode, MarkRead, MarkReadAck, MessageRead, MessageType,
    SendMessage, SendMessageAck, SenderRole, ServerEvent, SessionClosed, SessionStarted,
    SessionStatus, SessionType, Timestamp, TransferCancelled, UserStopTyping, UserTyping,
};
use tokio::sync::oneshot;

use super::core::{After, AiState, Conversations, Reply, SessionState, TypingKey};
use super::{ConnId, Out, Snapshot, now_ms};
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::ids::TransferEnd;
use crate::store::{NewMessage, Op, OpResult};

/// How many customer lines a summary quotes before the assistant wrote one.
const RECENT_LINES: usize = 3;
/// How many closed sessions are remembered to answer late sends.
const CLOSED_MEMORY: usize = 10_000;

impl Conversations {
    /// A customer's snapshot (in a cluster, refreshed from the database
    /// first: see `Gated::Join`), or a new session being created.
    pub(super) fn join_customer(&mut self, user: &User) -> Option<Snapshot> {
        if let Some(uuid) = self.customer_session.get(&user.id)
            && let Some(s) = self.sessions.get(uuid)
        {
            return Some(Snapshot {
                uuid: s.uuid.clone(),
                session_type: s.session_type,
                status: s.status,
                staff_id: s.staff_id.clone(),
                delivered_seq: s.delivered_seq,
            });
        }
        if self.creating.insert(user.id.clone().into()) {
            let now = now_ms();
            let uuid = uuid::Uuid::new_v4().to_string();
            let welcome = self.assistant.welcome(&user.name);
            let ops = vec![
                Op::TouchUser {
                    id: user.id.clone(),
                    name: user.name.clone(),
                    role: user.role.as_str(),
                    email: user.email.clone(),
                    now,
                },
                Op::CreateSession {
                    uuid: uuid.clone(),
                    user_id: user.id.clone(),
                    user_name: user.name.clone(),
                    now,
                },
                Op::AppendMessage {
                    session_uuid: uuid,
                    message: NewMessage {
                        sender_id: None,
                        sender_name: Some("Assistant".into()),
                        sender_role: SenderRole::Ai,
                        message_type: MessageType::Text,
                        content: welcome,
                        ai_generated: true,
                        client_msg_id: None,
                    },
                    now,
                },
            ];
            // The session must exist in memory before its welcome is fanned
            // out, so the welcome goes out from the continuation, not from
            // the generic message fan-out.
            self.submit(
                ops,
                After::Created {
                    customer: user.id.clone(),
                },
            );
        }
        None
    }

    pub(super) fn created(&mut self, results: Vec<OpResult>, customer: String) {
        self.creating.remove(&customer);
        let mut row = None;
        for r in &results {
            if let OpResult::Session(s) = r {
                row = Some(s.clone());
            }
        }
        let Some(row) = row else {
            return;
        };
        let st = SessionState::from_row(&row);
        let uuid = st.uuid.clone();
        self.customer_session
            .insert(customer.clone().into(), uuid.clone().into());
        self.sessions.insert(uuid.clone().into(), st);
        self.publish(|| ClusterEvent::SessionOpened {
            session: uuid.clone(),
        });
        let started = Self::frame(
            ServerEvent::SessionStarted(SessionStarted {
                session_uuid: uuid.clone(),
            }),
            None,
        );
        self.send_user(&customer, &started);
        for r in &results {
            if let OpResult::Message {
                message,
                duplicate: false,
            } = r
            {
                self.deliver_commit(message, None);
            }
        }
    }

    /// Checks that `user` may write in `session`; answers the error if not.
    fn may_write(&self, user: &User, reply: &Reply, session: &str) -> bool {
        match self.sessions.get(session) {
            Some(s) if s.status == SessionStatus::Closed || self.closing.contains(session) => {
                self.error(reply, ErrorCode::Conflict, "this session is closed");
                false
            }
            Some(s) => {
                let ok = if user.role.is_staff() {
                    s.staff_id.as_deref() == Some(user.id.as_str())
                        || user.role == concierge_shared::protocol::Role::Admin
                } else {
                    s.customer_id == user.id
                };
                if !ok {
                    // Staff may know every session exists; to a customer,
                    // someone else's session looks exactly like a missing
                    // one (as on HTTP), so ids cannot be probed.
                    if user.role.is_staff() {
                        self.error(
                            reply,
                            ErrorCode::Forbidden,
                            "not a participant of this session",
                        );
                    } else {
                        self.error(reply, ErrorCode::NotFound, "no open session with that id");
                    }
                }
                ok
            }
            None => match self.closed_recent.get(session) {
                Some(owner) if *owner == user.id || user.role.is_staff() => {
                    self.error(reply, ErrorCode::Conflict, "this session is closed");
                    false
                }
                _ => {
                    self.error(reply, ErrorCode::NotFound, "no open session with that id");
                    false
                }
            },
        }
    }

    pub(super) fn send_message(&mut self, user: &User, reply: Reply, m: SendMessage) {
        if !self.may_write(user, &reply, &m.session_uuid) {
            return;
        }
        if matches!(m.message_type, Some(t) if t != MessageType::Text) {
            self.error(
                &reply,
                ErrorCode::BadRequest,
                "clients may only send messageType \"text\"",
            );
            return;
        }
        if m.content.trim().is_empty() {
            self.error(&reply, ErrorCode::BadRequest, "content is empty");
            return;
        }
        let from_customer = !user.role.is_staff();
        // Sending ends the sender's typing mark.
        let key = TypingKey {
            session: m.session_uuid.clone(),
            user: user.id.clone(),
        };
        if self.typing.remove(&key).is_some() {
            self.send_stop_typing(&m.session_uuid, &user.id);
        }
        let op = Op::AppendMessage {
            session_uuid: m.session_uuid.clone(),
            message: NewMessage {
                sender_id: Some(user.id.clone()),
                sender_name: Some(user.name.clone()),
                sender_role: if from_customer {
                    SenderRole::Customer
                } else {
                    SenderRole::Staff
                },
                message_type: MessageType::Text,
                content: m.content,
                ai_generated: false,
                client_msg_id: m.client_msg_id,
            },
            now: now_ms(),
        };
        self.submit(
            vec![op],
            After::Sent {
                reply,
                session: m.session_uuid,
                from_customer,
            },
        );
    }

    pub(super) fn sent(
        &mut self,
        results: Vec<OpResult>,
        reply: Reply,
        session: String,
        from_customer: bool,
    ) {
        let Some(OpResult::Message { message, duplicate }) = results.into_iter().next() else {
            return;
        };
        self.ack_typed(
            &reply,
            &SendMessageAck {
                message_id: message.message_id,
                seq: message.seq,
                created_at: message.created_at,
                duplicate,
            },
        );
        if duplicate || !from_customer {
            return;
        }
        let wants_ai = match self.sessions.get_mut(&session) {
            Some(s) => {
                s.recent_customer.push_back(message.content.clone());
                while s.recent_customer.len() > RECENT_LINES {
                    s.recent_customer.pop_front();
                }
                s.session_type == SessionType::Ai && s.status == SessionStatus::Active
            }
            None => false,
        } && !self.requesting.contains_key(&session);
        if wants_ai {
            self.trigger_ai(&session);
        }
    }

    pub(super) fn typing_start(&mut self, user: &User, reply: Reply, session: &str) {
        if !self.may_write(user, &reply, session) {
            return;
        }
        let generation = self.next_generation();
        let fresh = self
            .typing
            .insert(
                TypingKey {
                    session: session.to_string(),
                    user: user.id.clone(),
                },
                generation,
            )
            .is_none();
        if fresh {
            self.send_typing(session, &user.id, &user.name, true);
            self.publish(|| ClusterEvent::Typing {
                session: session.to_string(),
                user: user.id.clone(),
                user_name: user.name.clone(),
                typing: true,
            });
        }
        // A typing mark that is not renewed expires by itself.
        self.schedule(
            self.cfg.typing_timeout,
            super::Timer::Typing {
                session: session.to_string(),
                user: user.id.clone(),
                generation,
            },
        );
        self.ack(&reply, serde_json::json!({}));
    }

    pub(super) fn typing_stop(&mut self, user: &User, reply: Reply, session: &str) {
        if !self.may_write(user, &reply, session) {
            return;
        }
        if self
            .typing
            .remove(&TypingKey {
                session: session.to_string(),
                user: user.id.clone(),
            })
            .is_some()
        {
            self.send_stop_typing(session, &user.id);
        }
        self.ack(&reply, serde_json::json!({}));
    }

    /// A typing mark of this node's user ended: tell the room everywhere.
    pub(super) fn send_stop_typing(&self, session: &str, user: &str) {
        self.send_typing(session, user, "", false);
        self.publish(|| ClusterEvent::Typing {
            session: session.to_string(),
            user: user.to_string(),
            user_name: String::new(),
            typing: false,
        });
    }

    /// `user_typing` / `user_stop_typing` to this node's part of the room.
    pub(super) fn send_typing(&self, session: &str, user: &str, name: &str, typing: bool) {
        let event = if typing {
            ServerEvent::UserTyping(UserTyping {
                session_uuid: session.to_string(),
                user_id: user.to_string(),
                user_name: name.to_string(),
            })
        } else {
            ServerEvent::UserStopTyping(UserStopTyping {
                session_uuid: session.to_string(),
                user_id: user.to_string(),
            })
        };
        self.send_room(session, &Self::frame(event, None), Some(user));
    }

    pub(super) fn mark_read(&mut self, user: &User, reply: Reply, m: MarkRead) {
        if !self.may_write(user, &reply, &m.session_uuid) {
            return;
        }
        let now = now_ms();
        self.submit(
            vec![Op::MarkRead {
                session_uuid: m.session_uuid.clone(),
                up_to: m.message_id,
                reader_is_customer: !user.role.is_staff(),
                now,
            }],
            After::Read {
                reply,
                session: m.session_uuid,
                reader: user.id.clone(),
                up_to: m.message_id,
                at: now,
            },
        );
    }

    pub(super) fn read_done(
        &mut self,
        reply: Reply,
        session: String,
        reader: String,
        up_to: i64,
        at: i64,
    ) {
        let read_at = Timestamp::from_millis(at);
        self.ack_typed(&reply, &MarkReadAck { read_at });
        self.publish(|| ClusterEvent::Read {
            session: session.clone(),
            reader: reader.clone(),
            up_to,
            at,
        });
        self.send_read(session, reader, up_to, at);
    }

    /// `message_read` to this node's part of the room.
    pub(super) fn send_read(&self, session: String, reader: String, up_to: i64, at: i64) {
        let read_at = Timestamp::from_millis(at);
        let frame = Self::frame(
            ServerEvent::MessageRead(MessageRead {
                session_uuid: session.clone(),
                message_id: up_to,
                read_by: reader,
                read_at,
            }),
            None,
        );
        self.send_room(&session, &frame, None);
    }

    pub(super) fn close(&mut self, user: &User, reply: Reply, session: &str) {
        if !self.may_write(user, &reply, session) {
            return;
        }
        self.close_session(session, user, Some(reply), None);
    }

    pub(super) fn api_close(
        &mut self,
        session: String,
        actor: User,
        reply: oneshot::Sender<Result<i64, ErrorBody>>,
    ) {
        let allowed = match self.sessions.get(&session) {
            None => {
                let _ = reply.send(Err(ErrorBody::new(
                    ErrorCode::NotFound,
                    "no open session with that id",
                )));
                return;
            }
            Some(s) => actor.role.is_staff() || s.customer_id == actor.id,
        };
        if !allowed {
            let _ = reply.send(Err(ErrorBody::new(
                ErrorCode::NotFound,
                "no open session with that id",
            )));
            return;
        }
        self.close_session(&session, &actor, None, Some(reply));
    }

    /// Close a session: a system line, the close itself, and (for staff)
    /// an audit entry, in one atomic group.
    pub(super) fn close_session(
        &mut self,
        session: &str,
        by: &User,
        reply: Option<Reply>,
        api: Option<oneshot::Sender<Result<i64, ErrorBody>>>,
    ) {
        let Some(s) = self.sessions.get(session) else {
            return;
        };
        if s.status == SessionStatus::Closed || self.closing.contains(session) {
            if let Some(api) = api {
                let _ = api.send(Err(ErrorBody::new(
                    ErrorCode::Conflict,
                    "this session is closed",
                )));
            }
            return;
        }
        // Closed in memory when this commits (`apply_closed`); meanwhile a
        // send racing the close is refused.
        self.closing.insert(session.to_string().into());
        let now = now_ms();
        let text = if by.id == "system" {
            format!(
                "This chat was closed after {} minutes without activity.",
                (self.cfg.session_timeout.as_secs_f64() / 60.0).round()
            )
        } else {
            format!("Chat closed by {}.", by.name)
        };
        let mut ops = vec![
            system_line(session, text, now),
            Op::CloseSession {
                uuid: session.to_string(),
                closed_by: by.id.clone(),
                now,
            },
        ];
        if by.role.is_staff() {
            ops.push(Op::Audit {
                actor_id: by.id.clone(),
                actor_role: by.role.as_str().to_string(),
                action: "close",
                target: Some(session.to_string()),
                details: None,
                now,
            });
        }
        self.submit(
            ops,
            After::Closed {
                reply,
                api,
                session: session.to_string(),
                closed_by: by.id.clone(),
            },
        );
    }

    pub(super) fn closed(
        &mut self,
        results: Vec<OpResult>,
        reply: Option<Reply>,
        api: Option<oneshot::Sender<Result<i64, ErrorBody>>>,
        session: String,
        closed_by: String,
    ) {
        self.closing.remove(&session);
        let closed_at = results
            .iter()
            .find_map(|r| match r {
                OpResult::Closed { closed_at } => Some(*closed_at),
                _ => None,
            })
            .unwrap_or_else(now_ms);
        let at = Timestamp::from_millis(closed_at);
        if let Some(r) = &reply {
            self.ack_typed(r, &CloseSessionAck { closed_at: at });
        }
        if let Some(api) = api {
            let _ = api.send(Ok(closed_at));
        }
        self.publish(|| ClusterEvent::Closed {
            session: session.clone(),
            closed_by: closed_by.clone(),
            closed_at,
        });
        self.apply_closed(session, closed_by, closed_at);
    }

    /// A session closed (here or on another node): tell this node's part
    /// of the room and forget the session.
    pub(super) fn apply_closed(&mut self, session: String, closed_by: String, closed_at: i64) {
        let at = Timestamp::from_millis(closed_at);
        let frame = Self::frame(
            ServerEvent::SessionClosed(SessionClosed {
                session_uuid: session.clone(),
                closed_by,
                closed_at: at,
            }),
            None,
        );
        self.send_room(&session, &frame, None);
        // Free the staff member's slot and drop any waiting request.
        let (staff, offers) = self.routing.release(&session);
        if let Some(req) = self.routing.request_for_session(&session).map(|r| r.id) {
            self.routing.remove_request(req);
            let frame = Self::frame(
                ServerEvent::TransferCancelled(TransferCancelled {
                    transfer_request_id: req.0,
                    session_uuid: session.clone(),
                    reason: TransferEnd::SessionClosed.as_str().into(),
                }),
                None,
            );
            self.send_staff_room(&frame, None);
        }
        if let Some(s) = self.sessions.remove(&session) {
            self.offline_session_closed(&session, &s.customer_id); // issue 17
            if self
                .customer_session
                .get(&s.customer_id)
                .is_some_and(|c| *c == session)
            {
                self.customer_session.remove(&s.customer_id);
            }
            if self.closed_recent.len() >= CLOSED_MEMORY {
                self.closed_recent.clear();
            }
            self.closed_recent
                .insert(session.clone().into(), s.customer_id.into());
        }
        self.typing.retain(|k, _| k.session != session);
        if let Some(staff) = staff {
            self.send_workload(&staff);
        }
        self.send_offers(offers);
        self.send_queue_updates();
        self.update_gauges();
    }

    /// Close sessions idle for longer than the configured timeout.
    pub(super) fn sweep_idle(&mut self) {
        let limit = i64::try_from(self.cfg.session_timeout.as_millis()).unwrap_or(i64::MAX);
        // A customer waiting for the assistant's answer is not idle, even
        // on a node that is not the one writing it (in a cluster the
        // chores holder sweeps every session).
        let owed = limit.saturating_add(
            i64::try_from(super::ai::REPLY_OWED_GRACE.as_millis()).unwrap_or(i64::MAX),
        );
        let now = now_ms();
        let idle: Vec<String> = self
            .sessions
            .values()
            .filter(|s| {
                s.status != SessionStatus::Closed
                    && !self.closing.contains(&s.uuid)
                    && s.ai == AiState::Idle
                    && now - s.last_activity
                        > if s.reply_owed && s.session_type == SessionType::Ai {
                            owed
                        } else {
                            limit
                        }
                    // Issue 17: kept open until the message is answered.
                    && !self.offline.holds(&s.uuid)
            })
            .map(|s| s.uuid.clone())
            .collect();
        let system = User {
            id: "system".into(),
            name: "Concierge".into(),
            role: concierge_shared::protocol::Role::Customer,
            email: None,
        };
        for uuid in idle {
            self.close_session(&uuid, &system, None, None);
        }
    }

    /// The continuation of every write group.
    pub(super) fn after(&mut self, results: Vec<OpResult>, after: After) {
        match after {
            After::Created { customer } => self.created(results, customer),
            After::Offline(a) => self.after_offline(results, a), // issue 17
            After::Annotated(a) => self.annotated(results, a),   // issue 16
            After::HandedOver(h) => self.handed_over(results, *h), // issue 16
            After::Sent {
                reply,
                session,
                from_customer,
            } => self.sent(results, reply, session, from_customer),
            After::AiStored {
                session,
                failures,
                handover,
            } => self.ai_stored(session, failures, handover),
            After::Read {
                reply,
                session,
                reader,
                up_to,
                at,
            } => self.read_done(reply, session, reader, up_to, at),
            After::TransferCreated {
                reply,
                session,
                front,
                reason,
                summary,
            } => self.transfer_created(results, reply, session, front, reason, summary),
            After::TransferRefused {
                reply,
                session,
                reason,
            } => self.transfer_refused(results, reply, session, reason),
            After::Accepted {
                reply,
                staff,
                request,
            } => self.accepted(reply, staff, request),
            After::Failed {
                reply,
                request,
                session,
                reason,
            } => self.transfer_failed(reply, request, session, reason),
            After::Abandoned { request, session } => self.abandoned(request, session),
            After::Declined {
                reply,
                request,
                staff,
            } => self.declined(reply, request, staff),
            After::Closed {
                reply,
                api,
                session,
                closed_by,
            } => self.closed(results, reply, api, session, closed_by),
            After::Nothing => {}
        }
    }

    /// Tell a connection to send `staff_chat_joined` once it has read the
    /// history up to what has been delivered so far.
    pub(super) fn send_chat_joined(&self, conn: ConnId, session: &str) {
        if let Some(s) = self.sessions.get(session) {
            self.send_to_conn(
                conn,
                Out::StaffChatJoined(Box::new(super::ChatJoined {
                    session: session.to_string(),
                    upto: s.delivered_seq,
                    summary: s.handoff_summary(None),
                    customer_id: s.customer_id.clone(),
                    customer_name: s.customer_name.clone(),
                })),
            );
        }
    }
}

/// A `system` line in a session.
pub(super) fn system_line(session: &str, text: String, now: i64) -> Op {
    Op::AppendMessage {
        session_uuid: session.to_string(),
        message: NewMessage {
            sender_id: None,
            sender_name: Some("Concierge".into()),
            sender_role: SenderRole::System,
            message_type: MessageType::System,
            content: text,
            ai_generated: false,
            client_msg_id: None,
        },
        now,
    }
}
