//! One task per WebSocket connection: authenticate the upgrade, decode each
//! frame into a typed event (answering bad ones), rate-limit, keep the
//! connection alive, and write what the hub queues for it, in order.

use crate::ids::ConnId;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message as WsMessage, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use concierge_shared::protocol::{
    ClientEvent, Connected, ErrorBody, ErrorCode, GetHistory, HistoryPage, PROTOCOL_VERSION,
    RateSession, Ref, ServerEvent, ServerFrame, SessionRestored, StaffChatJoined, Timestamp,
    decode_client_frame,
};
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use tokio::sync::oneshot;
use tokio_util::sync::CancellationToken;

use crate::admission::{SocketRefusal, UserSocket};
use crate::auth::User;
use crate::hub::{ConnHandle, HubMsg, Input, JoinReply, Out, Resume};
use crate::server::AppState;
use crate::store::{Op, StoreError, annotations, read};

/// Frames over this size are refused by the WebSocket layer itself.
pub const MAX_FRAME_BYTES: usize = 64 * 1024;
/// Messages a connection may have queued before it counts as too slow.
const OUTBOX: usize = 1024;
/// History lines in `chat_session_restored` (without `lastSeq`).
const RESTORE_LINES: u32 = 20;
/// History lines in `staff_chat_joined`.
const JOIN_LINES: u32 = 50;
/// Most frames written before one flush.
const BURST: usize = 64;
/// Longest `reason`/`comment` accepted.
const MAX_NOTE_CHARS: usize = 1000;
/// How long a close frame may take to go out before the socket is simply
/// dropped (a client that stopped reading never takes it).
const CLOSE_DEADLINE: Duration = Duration::from_secs(1);

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WsQuery {
    token: Option<String>,
    last_seq: Option<i64>,
    session_uuid: Option<String>,
}

pub fn unauthorized(message: &str) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        axum::Json(serde_json::json!({"error": "unauthorized", "message": message})),
    )
        .into_response()
}

pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let v = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
}

pub async fn handler(
    State(app): State<AppState>,
    query: Result<Query<WsQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(
                serde_json::json!({"error": "bad_request", "message": "invalid query string"}),
            ),
        )
            .into_response();
    };
    // A browser page on another site gets no socket (cross-site
    // WebSocket hijacking); clients without Origin are not browsers.
    if let Some(refused) = crate::widget::refuse_upgrade(&app.cfg, &headers) {
        return refused;
    }
    // Authentication comes first: no socket exists for a bad token.
    let Some(token) = bearer(&headers)
        .or(query.token)
        .or_else(|| crate::widget::protocol_token(&headers))
    else {
        return unauthorized("missing token: send Authorization: Bearer <JWT> or ?token=<JWT>");
    };
    let user = match app.auth.verify(&token) {
        Ok(u) => u,
        Err(e) => return unauthorized(&e.to_string()),
    };
    let upgrade = match upgrade {
        Ok(u) => u,
        Err(e) => return e.into_response(),
    };
    let socket_permit = match app.sockets.open(&user.id) {
        Ok(p) => p,
        Err(e @ SocketRefusal::TooManyForUser(_)) => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                axum::Json(serde_json::json!({"error": "rate_limited", "message": e.to_string()})),
            )
                .into_response();
        }
        Err(e @ SocketRefusal::Full) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(axum::http::header::RETRY_AFTER, "1")],
                axum::Json(serde_json::json!({"error": "unavailable", "message": e.to_string()})),
            )
                .into_response();
        }
    };
    let resume = match (query.session_uuid, query.last_seq) {
        (Some(session_uuid), Some(last_seq)) => Some(Resume {
            session_uuid,
            last_seq,
        }),
        _ => None,
    };
    upgrade
        // Browsers offer the token as a subprotocol; selecting ours is
        // what lets their handshake complete.
        .protocols([crate::widget::WS_PROTOCOL])
        // Small read buffers keep an idle connection to a few KiB (the
        // default 128 KiB buffer costs ~137 KiB per connection). 1 KiB
        // still takes a typical chat frame in one read; a larger frame
        // grows the buffer for as long as it needs (issue 18: 4 KiB here
        // was 3 KiB of every idle connection).
        .read_buffer_size(1024)
        .write_buffer_size(0)
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| {
            let tracker = app.tracker.clone();
            tracker.track_future(connection(app, user, socket_permit, resume, socket))
        })
}

struct Conn {
    app: AppState,
    user: User,
    id: ConnId,
    socket: futures_util::stream::SplitSink<WebSocket, WsMessage>,
    bucket: TokenBucket,
    /// This user's place among the open sockets, and the frame budget all
    /// of the user's sockets share.
    permit: UserSocket,
    /// How long one write may wait for the client to read.
    write_deadline: Duration,
}

async fn connection(
    app: AppState,
    user: User,
    permit: UserSocket,
    resume: Option<Resume>,
    socket: WebSocket,
) {
    let id = ConnId(app.next_conn.fetch_add(1, Ordering::Relaxed));
    let (sink, mut stream) = socket.split();
    let (tx, mut rx) = crate::hub::queue::queue(OUTBOX);
    let kill = CancellationToken::new();
    let mut c = Conn {
        bucket: TokenBucket::new(app.cfg.rate_limit_per_sec, app.cfg.rate_limit_burst),
        write_deadline: app.cfg.limits.slow_consumer.max(Duration::from_millis(100)),
        permit,
        app,
        user,
        id,
        socket: sink,
    };
    // The rarely taken, read-heavy paths are boxed so that their state
    // does not size every idle connection's task.
    if Box::pin(c.start(tx, kill.clone(), resume)).await.is_err() {
        c.app.hub.send(HubMsg::Core(Input::Leave { conn: id }));
        return;
    }
    let mut last_seen = Instant::now();
    let mut ping = tokio::time::interval(c.app.cfg.ping_interval.max(Duration::from_millis(50)));
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ping.tick().await;
    let shutdown = c.app.shutdown.clone();
    loop {
        tokio::select! {
            _ = kill.cancelled() => {
                // Its queue overflowed: the hub has already stopped
                // queueing for it. The close frame gets a moment, then the
                // TCP connection goes regardless.
                c.close(1008, "too slow: reconnect and resume from your last seq").await;
                break;
            }
            _ = shutdown.cancelled() => {
                c.close(1001, "server shutting down").await;
                break;
            }
            out = rx.recv() => match out {
                Some(Out::Frame(f)) => {
                    let (written, later) = Box::pin(c.write_burst(f, &mut rx)).await;
                    if written.is_err() { break }
                    if let Some(out) = later
                        && Box::pin(c.other_out(out)).await.is_err()
                    {
                        break;
                    }
                }
                Some(other @ Out::StaffChatJoined(_)) => {
                    if Box::pin(c.other_out(other)).await.is_err() { break }
                }
                Some(Out::Close) | None => {
                    c.close(1000, "closed").await;
                    break;
                }
            },
            msg = stream.next() => {
                last_seen = Instant::now();
                match msg {
                    Some(Ok(WsMessage::Text(t))) => {
                        if Box::pin(c.on_text(&t)).await.is_err() { break }
                    }
                    Some(Ok(WsMessage::Binary(_))) => {
                        c.app.metrics.frames_rejected.fetch_add(1, Ordering::Relaxed);
                        let ev = ServerEvent::error(ErrorCode::BadRequest, "text frames only");
                        if Box::pin(c.push(ev, None)).await.is_err() { break }
                    }
                    Some(Ok(WsMessage::Ping(_) | WsMessage::Pong(_))) => {}
                    Some(Ok(WsMessage::Close(_))) | None => break,
                    Some(Err(e)) => {
                        tracing::debug!(conn = %id, error = %e, "socket error");
                        if let Some((code, reason)) = close_for(e) {
                            c.close(code, reason).await;
                        }
                        break;
                    }
                }
            }
            _ = ping.tick() => {
                if last_seen.elapsed() > c.app.cfg.idle_timeout {
                    tracing::debug!(conn = %id, "no heartbeat; dropping connection");
                    c.close(1001, "no heartbeat").await;
                    break;
                }
                if c.send(WsMessage::Ping(Default::default())).await.is_err() { break }
            }
        }
    }
    c.app.hub.send(HubMsg::Core(Input::Leave { conn: id }));
}

impl Conn {
    /// Write `first` and whatever else is already queued in one go, and
    /// flush once: one syscall for a burst instead of one per frame. Gives
    /// back the first queued item that is not a plain frame.
    async fn write_burst(
        &mut self,
        first: Utf8Bytes,
        rx: &mut crate::hub::queue::QueueRx,
    ) -> (Result<(), ()>, Option<Out>) {
        let deadline = self.write_deadline;
        let mut later = None;
        let socket = &mut self.socket;
        let written = tokio::time::timeout(deadline, async {
            socket.feed(WsMessage::Text(first)).await?;
            for _ in 0..BURST {
                match rx.try_recv() {
                    Some(Out::Frame(f)) => socket.feed(WsMessage::Text(f)).await?,
                    Some(other) => {
                        later = Some(other);
                        break;
                    }
                    None => break,
                }
            }
            socket.flush().await
        })
        .await;
        (self.written(written), later)
    }

    /// One message, within the write deadline.
    async fn send(&mut self, msg: WsMessage) -> Result<(), ()> {
        let written = tokio::time::timeout(self.write_deadline, self.socket.send(msg)).await;
        self.written(written)
    }

    /// The outcome of a write that had a deadline. A client whose socket
    /// would not take a write for that long has stopped reading: it is
    /// dropped (which counts as a disconnect), and said so once.
    fn written(
        &self,
        r: Result<Result<(), axum::Error>, tokio::time::error::Elapsed>,
    ) -> Result<(), ()> {
        match r {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(()),
            Err(_) => {
                tracing::info!(
                    conn = %self.id,
                    user = %self.user.id,
                    waited_secs = self.write_deadline.as_secs_f64(),
                    "the client stopped reading; dropping its connection"
                );
                self.app
                    .metrics
                    .slow_consumers
                    .fetch_add(1, Ordering::Relaxed);
                Err(())
            }
        }
    }

    /// Everything the hub queues besides plain frames.
    async fn other_out(&mut self, out: Out) -> Result<(), ()> {
        match out {
            Out::Frame(f) => self.send(WsMessage::Text(f)).await,
            Out::StaffChatJoined(joined) => {
                let crate::hub::ChatJoined {
                    session,
                    upto,
                    summary,
                    customer_id,
                    customer_name,
                } = *joined;
                let s = session.clone();
                let history = self
                    .app
                    .store
                    .read(move |db| read::last_messages(db, &s, JOIN_LINES, upto))
                    .await
                    .unwrap_or_default();
                // Issue 16: the notes and labels (a staff socket only
                // ever gets this event).
                let s = session.clone();
                let (notes, labels) = self
                    .app
                    .store
                    .read(move |db| {
                        Ok((
                            annotations::notes_of(db, &s)?,
                            annotations::labels_of(db, &s)?,
                        ))
                    })
                    .await
                    .unwrap_or_default();
                let ev = ServerEvent::StaffChatJoined(StaffChatJoined {
                    session_uuid: session,
                    history,
                    summary,
                    customer_id: Some(customer_id),
                    customer_name: Some(customer_name),
                    notes,
                    labels,
                });
                self.push(ev, None).await
            }
            Out::Close => {
                self.close(1000, "closed").await;
                Err(())
            }
        }
    }

    async fn start(
        &mut self,
        tx: crate::hub::queue::QueueTx,
        kill: CancellationToken,
        resume: Option<Resume>,
    ) -> Result<(), ()> {
        let connected = ServerEvent::Connected(Connected {
            user_id: self.user.id.clone(),
            user_name: self.user.name.clone(),
            role: self.user.role,
            is_staff: self.user.role.is_staff(),
            server_time: Timestamp::now(),
            protocol: PROTOCOL_VERSION,
            // Issue 17: whether staff are expected now, and when next.
            availability: (!self.user.role.is_staff()).then(|| self.availability()),
        });
        self.push(connected, None).await?;
        let (reply, rx) = oneshot::channel();
        let joined = self.app.hub.send(HubMsg::Join {
            conn: self.id,
            user: self.user.clone(),
            handle: ConnHandle { tx, kill },
            reply,
        });
        if !joined {
            return Err(());
        }
        match rx.await.map_err(|_| ())? {
            JoinReply::Staff(data) => self.push(ServerEvent::StaffData(*data), None).await,
            JoinReply::Customer(None) => Ok(()),
            JoinReply::Customer(Some(snap)) => {
                let uuid = snap.uuid.clone();
                let upto = snap.delivered_seq;
                // A reconnect naming this session gets every message after
                // its lastSeq, not only the last few.
                let after = resume
                    .filter(|r| r.session_uuid == snap.uuid)
                    .map(|r| r.last_seq.max(0));
                let history = self
                    .app
                    .store
                    .read(move |db| match after {
                        Some(n) => read::messages_between(db, &uuid, n, upto),
                        None => read::last_messages(db, &uuid, RESTORE_LINES, upto),
                    })
                    .await
                    .map_err(|_| ())?;
                self.push(
                    ServerEvent::ChatSessionRestored(SessionRestored {
                        session_uuid: snap.uuid,
                        session_type: snap.session_type,
                        status: snap.status,
                        staff_id: snap.staff_id,
                        history,
                        last_seq: upto,
                    }),
                    None,
                )
                .await
            }
        }
    }

    /// Issue 17: `connected.availability`.
    fn availability(&self) -> concierge_shared::protocol::Availability {
        let now = Timestamp::now().millis();
        let hours = self.app.hours.availability(now);
        let staff_available = self.app.metrics.staff_available.load(Ordering::Relaxed) > 0;
        concierge_shared::protocol::Availability {
            open_now: hours.open,
            staff_available,
            staff_expected: hours.open && staff_available,
            next_opening: hours.next_opening.map(Timestamp::from_millis),
            timezone: self.app.hours.get().map(|h| h.timezone().to_string()),
        }
    }

    async fn push(&mut self, event: ServerEvent, r#ref: Option<Ref>) -> Result<(), ()> {
        let text = ServerFrame::reply(event, r#ref).to_json();
        self.send(WsMessage::Text(Utf8Bytes::from(text))).await
    }

    async fn reject(&mut self, r#ref: Option<Ref>, body: ErrorBody) -> Result<(), ()> {
        self.app
            .metrics
            .frames_rejected
            .fetch_add(1, Ordering::Relaxed);
        self.push(ServerEvent::Error(body), r#ref).await
    }

    /// Send a close frame if the client takes it soon; the caller drops
    /// the socket either way, without waiting for the client's answer.
    async fn close(&mut self, code: u16, reason: &'static str) {
        let frame = WsMessage::Close(Some(CloseFrame {
            code,
            reason: Utf8Bytes::from_static(reason),
        }));
        let _ = tokio::time::timeout(CLOSE_DEADLINE, self.socket.send(frame)).await;
    }

    async fn on_text(&mut self, text: &str) -> Result<(), ()> {
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

/// The close code for a frame the WebSocket layer refused
/// (`docs/protocol.md`): 1009 for one over the size limit, 1007 for text
/// that is not UTF-8, 1002 for any other protocol violation. `None` when
/// the connection itself is gone.
fn close_for(e: axum::Error) -> Option<(u16, &'static str)> {
    use tungstenite::Error as E;
    let inner = e.into_inner();
    let e = inner.downcast_ref::<E>()?;
    match e {
        E::Capacity(_) => Some((1009, "frame too large")),
        E::Utf8(_) => Some((1007, "text frame is not valid UTF-8")),
        E::Protocol(_) => Some((1002, "protocol error")),
        _ => None,
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
struct TokenBucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    at: Instant,
}

impl TokenBucket {
    fn new(rate: f64, burst: u32) -> Self {
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
