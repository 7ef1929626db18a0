//! One task per WebSocket connection: authenticate the upgrade, decode each
//! frame into a typed event (answering bad ones), rate-limit, keep the
//! connection alive, and write what the hub queues for it, in order.
//!
//! The upgrade is in `ws/handshake.rs` and what the client sends in
//! `ws/incoming.rs`; this file is the running connection: its loop, the
//! keep-alive, and the writes.

use crate::ids::ConnId;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message as WsMessage, Utf8Bytes, WebSocket};
use concierge_shared::protocol::{
    Connected, ErrorCode, PROTOCOL_VERSION, Ref, ServerEvent, ServerFrame, SessionRestored,
    StaffChatJoined, Timestamp,
};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::oneshot;
use tokio_util::sync::CancellationToken;

use crate::admission::UserSocket;
use crate::auth::User;
use crate::hub::{ConnHandle, HubMsg, Input, JoinReply, Out, Resume};
use crate::server::AppState;
use crate::store::{annotations, read};

mod handshake;
mod incoming;

pub use handshake::{WsQuery, bearer, handler, unauthorized};
use incoming::TokenBucket;

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
/// How long a close frame may take to go out before the socket is simply
/// dropped (a client that stopped reading never takes it).
const CLOSE_DEADLINE: Duration = Duration::from_secs(1);

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

    /// Send a close frame if the client takes it soon; the caller drops
    /// the socket either way, without waiting for the client's answer.
    async fn close(&mut self, code: u16, reason: &'static str) {
        let frame = WsMessage::Close(Some(CloseFrame {
            code,
            reason: Utf8Bytes::from_static(reason),
        }));
        let _ = tokio::time::timeout(CLOSE_DEADLINE, self.socket.send(frame)).await;
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
