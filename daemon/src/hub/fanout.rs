//! Sending: frames to one connection, a user's sockets, a session's room
//! or the staff room, and the gauges. Each frame is an [`Effect::Send`];
//! the driver drops a connection that cannot keep up.

use std::sync::atomic::Ordering;

use axum::extract::ws::Utf8Bytes;
use concierge_shared::protocol::{ErrorCode, Message, Ref, ServerEvent, ServerFrame};

use super::core::{Conversations, Effect, Reply};
use super::{ConnId, Out};

impl Conversations {
    pub(super) fn frame(event: ServerEvent, r#ref: Option<Ref>) -> Utf8Bytes {
        Utf8Bytes::from(ServerFrame::reply(event, r#ref).to_json())
    }

    pub(super) fn send_to_conn(&self, conn: ConnId, out: Out) {
        if self.conns.contains_key(&conn) {
            self.emit(Effect::Send { conn, out });
        }
    }

    pub(super) fn send_frame(&self, conn: ConnId, frame: &Utf8Bytes) {
        self.send_to_conn(conn, Out::Frame(frame.clone()));
    }

    pub(super) fn send_user(&self, user: &str, frame: &Utf8Bytes) {
        if let Some(list) = self.by_user.get(user) {
            for c in list {
                self.send_frame(*c, frame);
            }
        }
    }

    pub(super) fn ack(&self, reply: &Reply, data: serde_json::Value) {
        if reply.r#ref.is_some() {
            self.send_frame(
                reply.conn,
                &Self::frame(ServerEvent::Ack(data), reply.r#ref.clone()),
            );
        }
    }

    pub(super) fn ack_typed<T: serde::Serialize>(&self, reply: &Reply, data: &T) {
        self.ack(
            reply,
            serde_json::to_value(data).unwrap_or(serde_json::Value::Null),
        );
    }

    /// Errors always reach the client, with or without a ref.
    pub(super) fn error(&self, reply: &Reply, code: ErrorCode, message: impl Into<String>) {
        self.metrics.frames_rejected.fetch_add(1, Ordering::Relaxed);
        self.send_frame(
            reply.conn,
            &Self::frame(ServerEvent::error(code, message), reply.r#ref.clone()),
        );
    }

    /// Everyone in a session's room: the customer's sockets and the
    /// assigned staff member's.
    pub(super) fn room(&self, session: &str) -> Vec<ConnId> {
        let Some(s) = self.sessions.get(session) else {
            return Vec::new();
        };
        let mut out = self
            .by_user
            .get(&s.customer_id)
            .cloned()
            .unwrap_or_default();
        if let Some(staff) = &s.staff_id {
            out.extend(self.by_user.get(staff).cloned().unwrap_or_default());
        }
        out
    }

    pub(super) fn send_room(&self, session: &str, frame: &Utf8Bytes, except_user: Option<&str>) {
        for c in self.room(session) {
            if let Some(except) = except_user
                && self.conns.get(&c).is_some_and(|x| x.user.id == except)
            {
                continue;
            }
            self.send_frame(c, frame);
        }
    }

    pub(super) fn staff_conns(&self) -> Vec<ConnId> {
        self.conns
            .iter()
            .filter(|(_, c)| c.user.role.is_staff())
            .map(|(id, _)| *id)
            .collect()
    }

    pub(super) fn send_staff_room(&self, frame: &Utf8Bytes, except_user: Option<&str>) {
        for c in self.staff_conns() {
            if let Some(except) = except_user
                && self.conns.get(&c).is_some_and(|x| x.user.id == except)
            {
                continue;
            }
            self.send_frame(c, frame);
        }
    }

    pub(super) fn fanout_message(&mut self, m: &Message, stream_id: Option<&str>) {
        use concierge_shared::protocol::{AiMessage, SenderRole};
        if let Some(s) = self.sessions.get_mut(&m.session_uuid) {
            s.delivered_seq = s.delivered_seq.max(m.seq);
            s.reply_owed = m.sender_role == SenderRole::Customer;
            s.last_activity = m.created_at.millis();
            s.updated_at = m.created_at.millis();
        }
        let event = if m.sender_role == SenderRole::Ai {
            ServerEvent::AiMessage(AiMessage {
                message: m.clone(),
                stream_id: stream_id.map(str::to_string),
            })
        } else {
            ServerEvent::NewMessage(m.clone())
        };
        let frame = Self::frame(event, None);
        self.send_room(&m.session_uuid, &frame, None);
    }

    pub(super) fn update_gauges(&self) {
        let q: Vec<i64> = self.routing.queue().map(|r| r.waiting_since).collect();
        self.metrics.queue_length.store(
            i64::try_from(q.len()).unwrap_or(i64::MAX),
            Ordering::Relaxed,
        );
        self.metrics
            .queue_oldest_since_ms
            .store(q.iter().copied().min().unwrap_or(0), Ordering::Relaxed);
        self.metrics
            .staff_online
            .store(i64::from(self.routing.online_count()), Ordering::Relaxed);
        self.metrics
            .staff_available
            .store(i64::from(self.routing.available_count()), Ordering::Relaxed);
    }
}
