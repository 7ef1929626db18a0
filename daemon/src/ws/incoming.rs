//! What a client sends on a running connection: the rate limit, decoding
//! and the value checks of each frame (each refusal answered with its
//! error), and the reads answered here rather than by the hub (history,
//! rating, notes, replies, search, the customer panel). Separate from the
//! connection's loop and writes in `ws.rs`, which only hand text frames
//! here.

use std::sync::atomic::Ordering;
use std::time::Instant;

use concierge_shared::protocol::{
    ClientEvent, ErrorBody, ErrorCode, GetHistory, HistoryPage, RateSession, Ref, ServerEvent,
    decode_client_frame,
};

use super::Conn;
use crate::hub::{HubMsg, Input};
use crate::store::{Op, StoreError, read};

/// Longest `reason`/`comment` accepted.
const MAX_NOTE_CHARS: usize = 1000;

impl Conn {
    async fn reject(&mut self, r#ref: Option<Ref>, body: ErrorBody) -> Result<(), ()> {
        self.app
            .metrics
            .frames_rejected
            .fetch_add(1, Ordering::Relaxed);
        self.push(ServerEvent::Error(body), r#ref).await
    }

    pub(super) async fn on_text(&mut self, text: &str) -> Result<(), ()> {
        // The connection's own budget, then the one all of this user's
        // sockets share.
        if let Err(wait) = self.bucket.take().and_then(|()| self.permit.take()) {
            self.app
                .metrics
                .frames_rate_limited
                .fetch_add(1, Ordering::Relaxed);
            let r#ref = decode_client_frame(text)
                .ok()
                .and_then(|f| f.r#ref)
                .or_else(|| peek_ref(text));
            let mut body = ErrorBody::new(ErrorCode::RateLimited, "too many frames; slow down");
            body.retry_after_ms = Some(wait);
            return self.reject(r#ref, body).await;
        }
        let mut frame = match decode_client_frame(text) {
            Ok(f) => f,
            Err(e) => {
                let r#ref = e.frame_ref().cloned();
                // Every kind of undecodable frame is a bad_request; the
                // message says which kind.
                let body = ErrorBody::new(ErrorCode::BadRequest, e.to_string());
                return self.reject(r#ref, body).await;
            }
        };
        strip_nul(&mut frame.event);
        if let Err(body) = self.check(&frame.event) {
            return self.reject(frame.r#ref, body).await;
        }
        match frame.event {
            ClientEvent::GetHistory(h) => Box::pin(self.get_history(h, frame.r#ref)).await,
            ClientEvent::RateSession(r) => Box::pin(self.rate(r, frame.r#ref)).await,
            // Issue 16: reads, staff only.
            ClientEvent::GetNotes(s) => {
                let r = crate::api::annotations::notes_for_socket(
                    &self.app,
                    &self.user,
                    s.session_uuid,
                )
                .await;
                self.answer(r, frame.r#ref).await
            }
            ClientEvent::GetLabels(_) => {
                let r = crate::api::annotations::labels_for_socket(&self.app, &self.user).await;
                self.answer(r, frame.r#ref).await
            }
            // Issue 16: reads served here, like the history.
            ClientEvent::ListCannedReplies(_) => {
                let result = crate::api::canned::for_socket(&self.app, &self.user).await;
                self.answer(result, frame.r#ref).await
            }
            ClientEvent::Search(s) => {
                let result = crate::api::search::run(&self.app, &self.user, s).await;
                self.answer(result.map_err(ErrorBody::from), frame.r#ref)
                    .await
            }
            // Issue 16: reads for staff, answered here.
            ClientEvent::GetCustomerContext(c) => {
                let r = crate::customer_panel::context(&self.app, &self.user, c.session_uuid).await;
                self.answer(r, frame.r#ref).await
            }
            ClientEvent::LookupOrder(l) => {
                let r = crate::customer_panel::lookup(&self.app, &self.user, l).await;
                self.answer(r, frame.r#ref).await
            }
            event => {
                self.app.hub.send(HubMsg::Core(Input::Event {
                    conn: self.id,
                    event,
                    r#ref: frame.r#ref,
                }));
                Ok(())
            }
        }
    }

    /// Checks of a frame's values that need no state.
    fn check(&self, event: &ClientEvent) -> Result<(), ErrorBody> {
        let max = self.app.cfg.max_content_chars;
        let long = |x: &Option<String>| {
            x.as_ref()
                .is_some_and(|x| x.chars().count() > MAX_NOTE_CHARS)
        };
        let too_large = |what: &str, n: usize| {
            ErrorBody::new(
                ErrorCode::TooLarge,
                format!("{what} is longer than {n} characters"),
            )
        };
        match event {
            ClientEvent::SendMessage(m) => {
                if m.content.chars().count() > max {
                    return Err(too_large("content", max));
                }
                if m.client_msg_id.as_ref().is_some_and(|c| c.len() > 128) {
                    return Err(too_large("clientMsgId", 128));
                }
            }
            ClientEvent::RequestStaff(r) if long(&r.reason) => {
                return Err(too_large("reason", MAX_NOTE_CHARS));
            }
            ClientEvent::DeclineTransfer(d) if long(&d.reason) => {
                return Err(too_large("reason", MAX_NOTE_CHARS));
            }
            ClientEvent::RateSession(r) => {
                if !(1..=5).contains(&r.rating) {
                    return Err(ErrorBody::new(
                        ErrorCode::BadRequest,
                        "rating must be 1 to 5",
                    ));
                }
                if long(&r.comment) {
                    return Err(too_large("comment", MAX_NOTE_CHARS));
                }
            }
            // Issue 17.
            ClientEvent::AnswerMessage(a) if a.content.chars().count() > max => {
                return Err(too_large("content", max));
            }
            ClientEvent::LeaveMessage(concierge_shared::protocol::LeaveMessage {
                email: Some(e),
                ..
            })
            | ClientEvent::EmailTranscript(concierge_shared::protocol::EmailTranscript {
                email: Some(e),
                ..
            }) if e.chars().count() > crate::offline::MAX_EMAIL_CHARS => {
                return Err(too_large("email", crate::offline::MAX_EMAIL_CHARS));
            }
            // Issue 16: the hub checks the rest (it also serves the API).
            ClientEvent::AddNote(n)
                if n.body.chars().count() > concierge_shared::annotations::MAX_NOTE_CHARS =>
            {
                return Err(too_large(
                    "body",
                    concierge_shared::annotations::MAX_NOTE_CHARS,
                ));
            }
            // Issue 16.
            ClientEvent::HandOver(h)
                if h.note
                    .as_ref()
                    .is_some_and(|n| n.chars().count() > crate::hub::MAX_HANDOVER_NOTE_CHARS) =>
            {
                return Err(too_large("note", crate::hub::MAX_HANDOVER_NOTE_CHARS));
            }
            ClientEvent::HandOver(h) if h.to_staff_id.as_ref().is_some_and(|t| t.len() > 256) => {
                return Err(too_large("toStaffId", 256));
            }
            ClientEvent::LookupOrder(l)
                if l.order_id.chars().count() > crate::customer_panel::MAX_ORDER_ID_CHARS =>
            {
                return Err(too_large(
                    "orderId",
                    crate::customer_panel::MAX_ORDER_ID_CHARS,
                ));
            }
            ClientEvent::GetHistory(h) if h.limit.is_some_and(|l| l == 0 || l > 100) => {
                return Err(ErrorBody::new(
                    ErrorCode::BadRequest,
                    "limit must be 1 to 100",
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// The ack of a read served here, or its error.
    async fn answer<T: serde::Serialize>(
        &mut self,
        result: Result<T, ErrorBody>,
        r#ref: Option<Ref>,
    ) -> Result<(), ()> {
        match result {
            Ok(v) => self.push(ServerEvent::ack(&v), r#ref).await,
            Err(body) => self.reject(r#ref, body).await,
        }
    }

    async fn get_history(&mut self, h: GetHistory, r#ref: Option<Ref>) -> Result<(), ()> {
        let user = self.user.clone();
        let before = h.before_seq.unwrap_or(i64::MAX);
        let limit = h.limit.unwrap_or(50);
        let result = self
            .app
            .store
            .read(move |db| {
                let row =
                    read::session_by_uuid(db, &h.session_uuid)?.ok_or(StoreError::NotFound)?;
                // Someone else's session looks exactly like a missing one,
                // as on HTTP: ids cannot be probed.
                if !user.role.is_staff() && row.user_id != user.id {
                    return Err(StoreError::NotFound);
                }
                read::messages_before(db, &h.session_uuid, before, limit)
            })
            .await;
        match result {
            Ok((messages, has_more)) => {
                let page = HistoryPage { messages, has_more };
                self.push(ServerEvent::ack(&page), r#ref).await
            }
            Err(StoreError::NotFound) => {
                self.reject(
                    r#ref,
                    ErrorBody::new(ErrorCode::NotFound, "no such session"),
                )
                .await
            }
            Err(e) => {
                tracing::error!(error = %e, "history read failed");
                self.reject(r#ref, ErrorBody::unavailable("try again"))
                    .await
            }
        }
    }

    async fn rate(&mut self, r: RateSession, r#ref: Option<Ref>) -> Result<(), ()> {
        if self.user.role.is_staff() {
            return self
                .reject(
                    r#ref,
                    ErrorBody::new(ErrorCode::Forbidden, "only customers rate sessions"),
                )
                .await;
        }
        let uuid = r.session_uuid.clone();
        let row = self
            .app
            .store
            .read(move |db| read::session_by_uuid(db, &uuid))
            .await;
        let row = match row {
            Ok(Some(row)) if row.user_id == self.user.id => row,
            // Someone else's session answers as a missing one.
            Ok(_) => {
                return self
                    .reject(
                        r#ref,
                        ErrorBody::new(ErrorCode::NotFound, "no such session"),
                    )
                    .await;
            }
            Err(_) => {
                return self
                    .reject(r#ref, ErrorBody::unavailable("try again"))
                    .await;
            }
        };
        let op = Op::Rate {
            uuid: row.uuid,
            rating: r.rating,
            comment: r.comment,
            now: crate::hub::now_ms(),
        };
        match self.app.store.submit(vec![op]).await {
            Ok(_) => {
                self.push(ServerEvent::ack(&serde_json::json!({})), r#ref)
                    .await
            }
            Err(StoreError::Conflict(_)) => {
                self.reject(
                    r#ref,
                    ErrorBody::new(
                        ErrorCode::Conflict,
                        "a session can be rated once, after it is closed",
                    ),
                )
                .await
            }
            Err(_) => {
                self.reject(r#ref, ErrorBody::unavailable("try again"))
                    .await
            }
        }
    }
}

/// NUL characters are dropped from everything a client writes for people
/// to read: they end C strings, logs and terminals, and never mean
/// anything in a chat.
fn strip_nul(event: &mut ClientEvent) {
    fn strip(s: &mut String) {
        if s.contains('\0') {
            s.retain(|c| c != '\0');
        }
    }
    match event {
        ClientEvent::SendMessage(m) => strip(&mut m.content),
        ClientEvent::RequestStaff(r) => {
            if let Some(x) = r.reason.as_mut() {
                strip(x);
            }
        }
        ClientEvent::DeclineTransfer(d) => {
            if let Some(x) = d.reason.as_mut() {
                strip(x);
            }
        }
        ClientEvent::RateSession(r) => {
            if let Some(x) = r.comment.as_mut() {
                strip(x);
            }
        }
        ClientEvent::AnswerMessage(a) => strip(&mut a.content), // issue 17
        ClientEvent::AddNote(n) => strip(&mut n.body),          // issue 16
        ClientEvent::HandOver(h) => {
            if let Some(n) = &mut h.note {
                strip(n);
            }
        }
        _ => {}
    }
}

/// The `ref` of a frame we refuse to decode fully (rate limited).
fn peek_ref(text: &str) -> Option<Ref> {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()?
        .get("ref")
        .and_then(|r| serde_json::from_value(r.clone()).ok())
}

/// Per-connection token bucket.
pub(super) struct TokenBucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    at: Instant,
}

impl TokenBucket {
    pub(super) fn new(rate: f64, burst: u32) -> Self {
        Self {
            rate: rate.max(0.001),
            burst: f64::from(burst.max(1)),
            tokens: f64::from(burst.max(1)),
            at: Instant::now(),
        }
    }

    /// Take one token, or say how many milliseconds until one is there.
    fn take(&mut self) -> Result<(), u64> {
        let now = Instant::now();
        let elapsed = now.duration_since(self.at).as_secs_f64();
        self.at = now;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.burst);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err((((1.0 - self.tokens) / self.rate) * 1000.0).ceil() as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TokenBucket;

    #[test]
    fn bucket_allows_a_burst_then_asks_to_wait() {
        let mut b = TokenBucket::new(10.0, 3);
        assert!(b.take().is_ok());
        assert!(b.take().is_ok());
        assert!(b.take().is_ok());
        let wait = b.take().unwrap_err();
        assert!(wait > 0 && wait <= 100, "{wait}");
    }
}
