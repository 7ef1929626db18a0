//! The simulated users of a load run: customers (optionally asking for a
//! person), staff bots that accept offers and answer every message, and
//! idle connections. Every message carries `lt:<micros since start>` so the
//! receiving bot (same process, same clock) measures delivery latency.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;

use concierge_shared::{
    AcceptTransfer, ClientEvent, ErrorCode, RequestStaff, Role, SendMessage, SenderRole,
    ServerEvent, ServerFrame,
};
use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{Semaphore, watch};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message as WsMessage;

use super::desk::Desk;
use super::report::{Lat, Metrics};
use crate::target::{self, Server};
use crate::ws::{self, ConnectOptions, Ws, ref_num};

/// What every bot shares.
pub struct Ctx {
    /// The `--server` addresses; see [`customer_server`] and [`staff_server`].
    pub servers: Vec<Server>,
    pub secret: Vec<u8>,
    /// Makes user ids unique per run, so every run starts fresh sessions.
    pub run_id: String,
    pub metrics: Arc<Metrics>,
    pub opts: ConnectOptions,
    pub sources: Vec<IpAddr>,
    /// Bounds connects in flight (a burst beyond the listen backlog only
    /// turns into SYN retries and a slower ramp).
    pub connect_gate: Semaphore,
    /// Flips to true when the run is over.
    pub stop: watch::Receiver<bool>,
    /// No customer message is started after this.
    pub send_until: Instant,
}

/// The server customer (or idle connection) `i` connects to: round robin.
pub fn customer_server(i: usize, servers: usize) -> usize {
    i % servers.max(1)
}

/// The server staff bot `j` connects to: round robin shifted by one, so
/// that with two or more servers a customer and the bot that answers it are
/// usually on different servers (a cluster then relays across nodes).
pub fn staff_server(j: usize, servers: usize) -> usize {
    (j + 1) % servers.max(1)
}

impl Ctx {
    fn source(&self, i: usize) -> Option<IpAddr> {
        // Round robin, so every address carries an equal share.
        (!self.sources.is_empty()).then(|| self.sources[i % self.sources.len()])
    }

    /// Connect to server `s` as a fresh user; counts and times it; `None`
    /// on failure.
    async fn open(&self, s: usize, i: usize, id: &str, name: &str, role: Role) -> Option<Ws> {
        let server = self.servers.get(s).or(self.servers.first())?;
        let per_server = self.metrics.server(s);
        let token = match target::dev_token(&self.secret, id, name, role) {
            Ok(t) => t,
            Err(_) => {
                self.metrics.error("token");
                return None;
            }
        };
        let _permit = self.connect_gate.acquire().await.ok()?;
        let opts = ConnectOptions {
            source: self.source(i),
            ..self.opts
        };
        let t0 = Instant::now();
        match ws::connect(server, &target::Secret::new(token), None, opts).await {
            Ok(ws) => {
                self.metrics.record(Lat::Connect, t0.elapsed());
                self.metrics.connects_ok.fetch_add(1, Relaxed);
                per_server.ok.fetch_add(1, Relaxed);
                self.metrics.opened();
                Some(ws)
            }
            Err(e) => {
                tracing::debug!("connect {id}: {e}");
                self.metrics.connects_failed.fetch_add(1, Relaxed);
                per_server.failed.fetch_add(1, Relaxed);
                self.metrics.error(e.code());
                None
            }
        }
    }

    fn stopped(&self) -> bool {
        *self.stop.borrow()
    }
}

/// What load customers ask: questions a shop's assistant can answer, so
/// the assistant's work is realistic and it has no reason to hand over.
const QUESTIONS: [&str; 6] = [
    "How long does shipping take?",
    "What is your return policy?",
    "Which payment methods do you accept?",
    "Do you ship abroad?",
    "Can I change my delivery address?",
    "Do you have gift cards?",
];

/// The `lt:` stamp at the start of a load message.
pub fn stamp_of(content: &str) -> Option<u64> {
    content
        .strip_prefix("lt:")?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

enum Sent {
    Message { at: Instant, to_staff: bool },
    Request,
    Accept(i64),
}

async fn send(
    sink: &mut SplitSink<Ws, WsMessage>,
    event: ClientEvent,
    r: i64,
    m: &Metrics,
) -> bool {
    match ws::send(sink, event, Some(r)).await {
        Ok(()) => true,
        Err(e) => {
            m.error(e.code());
            false
        }
    }
}

/// Per-customer schedule.
pub struct CustomerPlan {
    pub index: usize,
    /// Which of [`Ctx::servers`].
    pub server: usize,
    pub start_at: Instant,
    pub ask_human: bool,
    /// Time between this customer's messages.
    pub interval: Duration,
    /// Offset of the first message, so customers do not send in lockstep.
    pub phase: Duration,
}

pub async fn customer(ctx: Arc<Ctx>, plan: CustomerPlan) {
    tokio::time::sleep_until(plan.start_at).await;
    if ctx.stopped() {
        return;
    }
    let m = &*ctx.metrics;
    let i = plan.index;
    let id = format!("load-{}-c{i}", ctx.run_id);
    let Some(ws) = ctx
        .open(
            plan.server,
            i,
            &id,
            &format!("Load Customer {i}"),
            Role::Customer,
        )
        .await
    else {
        return;
    };
    let (mut sink, mut stream) = ws.split();
    let mut stop = ctx.stop.clone();
    let mut session: Option<String> = None;
    let mut with_person = false;
    let mut pending: HashMap<i64, Sent> = HashMap::new();
    let mut next_ref = 0i64;
    let mut awaiting_ai: Option<Instant> = None;
    // Asked for a person and not answered yet: held in the drain's count
    // (`Metrics::awaiting_person`) until the answer, or the end.
    let mut awaiting_person = false;
    let mut sent = 0u64;
    let mut next_send = Instant::now() + plan.phase;
    loop {
        let can_send =
            session.is_some() && (with_person || !plan.ask_human) && next_send < ctx.send_until;
        tokio::select! {
            _ = stop.changed() => break,
            frame = ws::next_frame(&mut stream) => {
                let frame: ServerFrame = match frame {
                    Ok(Some(f)) => f,
                    Ok(None) | Err(_) => {
                        if !ctx.stopped() {
                            m.error("disconnected");
                        }
                        break;
                    }
                };
                let r = ref_num(frame.r#ref.as_ref());
                match frame.event {
                    ServerEvent::SessionStarted(s) => session = Some(s.session_uuid),
                    ServerEvent::ChatSessionRestored(s) => session = Some(s.session_uuid),
                    ServerEvent::Ack(_) => {
                        if let Some(Sent::Message { at, to_staff }) = r.and_then(|r| pending.remove(&r)) {
                            m.record(Lat::Ack, at.elapsed());
                            m.customer_acked.fetch_add(1, Relaxed);
                            if to_staff {
                                m.sent_to_staff.fetch_add(1, Relaxed);
                            }
                        }
                    }
                    ServerEvent::Error(e) => {
                        m.error(e.code.as_str());
                        match r.and_then(|r| pending.remove(&r)) {
                            Some(Sent::Message { .. }) => {
                                m.customer_failed.fetch_add(1, Relaxed);
                            }
                            // The request itself was refused: no person is
                            // coming for it.
                            Some(Sent::Request) => answered(m, &mut awaiting_person),
                            _ => {}
                        }
                    }
                    ServerEvent::TransferAccepted(t) if !with_person => {
                        tracing::debug!(customer = i, ask = plan.ask_human, staff = %t.staff_id, session = %t.session_uuid, "transfer accepted");
                        with_person = true;
                        m.transfers_accepted.fetch_add(1, Relaxed);
                        answered(m, &mut awaiting_person);
                    }
                    ServerEvent::TransferRequested(_) => {
                        m.transfers_requested.fetch_add(1, Relaxed);
                    }
                    // Nobody free to take it: an outcome to report, not a fault.
                    ServerEvent::TransferFailed(_) => {
                        m.transfers_failed.fetch_add(1, Relaxed);
                        answered(m, &mut awaiting_person);
                    }
                    ServerEvent::NewMessage(msg) if msg.sender_role == SenderRole::Staff => {
                        if let Some(s) = stamp_of(&msg.content) {
                            m.record(Lat::ToCustomer, m.since_stamp(s));
                            m.delivered_to_customer.fetch_add(1, Relaxed);
                        }
                    }
                    ServerEvent::AiMessageDelta(_) => {
                        if let Some(at) = awaiting_ai.take() {
                            m.record(Lat::FirstToken, at.elapsed());
                        }
                    }
                    ServerEvent::AiMessage(a) => {
                        if let Some(at) = awaiting_ai.take() {
                            m.record(Lat::FirstToken, at.elapsed());
                        }
                        // The welcome comes before anything was sent.
                        if sent > 0 && a.message.sender_role == SenderRole::Ai {
                            m.ai_replies.fetch_add(1, Relaxed);
                        }
                    }
                    _ => {}
                }
                // Ask for a person once the session is known.
                if plan.ask_human && next_ref == 0
                    && let Some(s) = &session
                {
                    next_ref += 1;
                    pending.insert(next_ref, Sent::Request);
                    m.transfers_asked.fetch_add(1, Relaxed);
                    m.awaiting_person.fetch_add(1, Relaxed);
                    awaiting_person = true;
                    let ev = ClientEvent::RequestStaff(RequestStaff {
                        session_uuid: s.clone(),
                        reason: Some("load test".into()),
                    });
                    if !send(&mut sink, ev, next_ref, m).await {
                        break;
                    }
                }
            }
            _ = tokio::time::sleep_until(next_send), if can_send => {
                let Some(s) = &session else { continue };
                next_ref += 1;
                sent += 1;
                let now = Instant::now();
                pending.insert(next_ref, Sent::Message { at: now, to_staff: with_person });
                if !with_person && awaiting_ai.is_none() {
                    awaiting_ai = Some(now);
                }
                m.customer_sent.fetch_add(1, Relaxed);
                let ev = ClientEvent::SendMessage(SendMessage {
                    session_uuid: s.clone(),
                    content: format!(
                        "lt:{} {} (customer {i}, message {sent})",
                        m.stamp(),
                        QUESTIONS[(i + sent as usize) % QUESTIONS.len()]
                    ),
                    message_type: None,
                    client_msg_id: Some(format!("{id}-{sent}")),
                });
                if !send(&mut sink, ev, next_ref, m).await {
                    break;
                }
                // Keep the schedule, but do not burst to catch up after a stall.
                next_send = (next_send + plan.interval).max(now);
            }
        }
    }
    unanswered(m, &pending);
    // Gone (stopped, or disconnected): nothing more to wait for here.
    answered(m, &mut awaiting_person);
    if plan.ask_human && !with_person {
        m.unserved(&id, session.as_deref());
    }
    m.closed();
    let _ = sink.close().await;
}

/// A customer's wait for a person is over (a person joined, the request
/// failed or was refused, or the connection ended): the drain stops
/// waiting for it. Once per ask.
fn answered(m: &Metrics, awaiting_person: &mut bool) {
    if std::mem::take(awaiting_person) {
        m.awaiting_person.fetch_sub(1, Relaxed);
    }
}

/// Sends still unanswered when a connection ends count as failed, so the
/// totals add up.
fn unanswered(m: &Metrics, pending: &HashMap<i64, Sent>) {
    for p in pending.values() {
        if let Sent::Message { .. } = p {
            m.error("no_ack");
        }
    }
}

pub async fn staff(ctx: Arc<Ctx>, index: usize, server: usize, start_at: Instant) {
    tokio::time::sleep_until(start_at).await;
    let m = &*ctx.metrics;
    let id = format!("load-{}-s{index}", ctx.run_id);
    let name = format!("Load Staff {index}");
    let Some(ws) = ctx.open(server, index, &id, &name, Role::Staff).await else {
        return;
    };
    let (mut sink, mut stream) = ws.split();
    let mut stop = ctx.stop.clone();
    let mut pending: HashMap<i64, Sent> = HashMap::new();
    let mut next_ref = 0i64;
    let mut replies = 0u64;
    let mut desk = Desk::default();
    loop {
        let frame = tokio::select! {
            _ = stop.changed() => break,
            f = ws::next_frame(&mut stream) => match f {
                Ok(Some(f)) => f,
                Ok(None) | Err(_) => {
                    if !ctx.stopped() {
                        m.error("disconnected");
                    }
                    break;
                }
            },
        };
        let r = ref_num(frame.r#ref.as_ref());
        let mut out: Vec<(ClientEvent, Sent)> = Vec::new();
        match frame.event {
            ServerEvent::StaffData(d) => {
                desk.start(&d.workload, d.queue.iter().map(|o| o.transfer_request_id));
            }
            ServerEvent::NewTransferRequest(offer) => desk.offered(offer.transfer_request_id),
            ServerEvent::TransferTaken(t) => desk.gone(t.transfer_request_id),
            ServerEvent::TransferCancelled(t) => desk.gone(t.transfer_request_id),
            ServerEvent::WorkloadUpdated(w) => desk.workload(&w),
            ServerEvent::Ack(_) => match r.and_then(|r| pending.remove(&r)) {
                Some(Sent::Message { at, .. }) => {
                    m.record(Lat::Ack, at.elapsed());
                    m.staff_acked.fetch_add(1, Relaxed);
                }
                Some(Sent::Accept(id)) => desk.accepted(id),
                _ => {}
            },
            ServerEvent::Error(e) => match r.and_then(|r| pending.remove(&r)) {
                // Another bot won the race, or the request went away: normal.
                Some(Sent::Accept(id))
                    if matches!(e.code, ErrorCode::Conflict | ErrorCode::NotFound) =>
                {
                    m.accept_conflicts.fetch_add(1, Relaxed);
                    desk.refused(id);
                }
                Some(Sent::Accept(id)) => {
                    desk.refused(id);
                    m.error(e.code.as_str());
                }
                Some(Sent::Message { .. }) => {
                    m.staff_failed.fetch_add(1, Relaxed);
                    m.error(e.code.as_str());
                }
                _ => m.error(e.code.as_str()),
            },
            ServerEvent::NewMessage(msg) if msg.sender_role == SenderRole::Customer => {
                if let Some(s) = stamp_of(&msg.content) {
                    m.record(Lat::ToStaff, m.since_stamp(s));
                    m.delivered_to_staff.fetch_add(1, Relaxed);
                    replies += 1;
                    m.staff_sent.fetch_add(1, Relaxed);
                    out.push((
                        ClientEvent::SendMessage(SendMessage {
                            session_uuid: msg.session_uuid,
                            content: format!("lt:{} staff {index} reply {replies}", m.stamp()),
                            message_type: None,
                            client_msg_id: Some(format!("{id}-{replies}")),
                        }),
                        Sent::Message {
                            at: Instant::now(),
                            to_staff: false,
                        },
                    ));
                }
            }
            _ => {}
        }
        for request in desk.next() {
            out.push((accept(request), Sent::Accept(request)));
        }
        for (ev, what) in out {
            next_ref += 1;
            pending.insert(next_ref, what);
            if !send(&mut sink, ev, next_ref, m).await {
                break;
            }
        }
    }
    unanswered(m, &pending);
    m.closed();
    let _ = sink.close().await;
}

fn accept(transfer_request_id: i64) -> ClientEvent {
    ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id,
    })
}

/// An idle customer connection: connects, then only answers pings (by
/// reading) until the run ends. Kept to one task and the socket.
pub async fn idle(ctx: Arc<Ctx>, index: usize, server: usize, start_at: Instant) {
    tokio::time::sleep_until(start_at).await;
    if ctx.stopped() {
        return;
    }
    let id = format!("load-{}-i{index}", ctx.run_id);
    let Some(mut ws) = ctx
        .open(server, index, &id, "Idle Customer", Role::Customer)
        .await
    else {
        return;
    };
    let mut stop = ctx.stop.clone();
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            msg = ws.next() => match msg {
                Some(Ok(_)) => {}
                Some(Err(_)) | None => {
                    if !ctx.stopped() {
                        ctx.metrics.error("disconnected");
                    }
                    break;
                }
            },
        }
    }
    ctx.metrics.closed();
    let _ = ws.close(None).await;
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::Ordering::Relaxed;
    use std::time::Duration;

    use concierge_shared::protocol::{
        ErrorCode, Ref, ServerEvent, ServerFrame, SessionStarted, TransferAccepted, TransferFailed,
    };
    use futures_util::{SinkExt, StreamExt};
    use tokio::sync::{Semaphore, oneshot, watch};
    use tokio::time::Instant;
    use tokio_tungstenite::tungstenite::Message as WsMessage;

    use super::{Ctx, CustomerPlan, customer, customer_server, staff_server, stamp_of};
    use crate::load::report::Metrics;
    use crate::target::Server;
    use crate::ws::ConnectOptions;

    #[test]
    fn one_server_takes_everyone() {
        for i in 0..5 {
            assert_eq!(customer_server(i, 1), 0);
            assert_eq!(staff_server(i, 1), 0);
        }
    }

    #[test]
    fn customers_and_staff_go_round_robin_one_apart() {
        let c: Vec<usize> = (0..6).map(|i| customer_server(i, 3)).collect();
        let s: Vec<usize> = (0..6).map(|j| staff_server(j, 3)).collect();
        assert_eq!(c, [0, 1, 2, 0, 1, 2]);
        assert_eq!(s, [1, 2, 0, 1, 2, 0]);
        // Two servers: bot j is never on the server of customer j.
        assert!((0..10).all(|j| staff_server(j, 2) != customer_server(j, 2)));
    }

    #[test]
    fn stamps_are_read_from_the_content() {
        assert_eq!(stamp_of("lt:12345 customer 1 message 2"), Some(12345));
        assert_eq!(stamp_of("hello"), None);
        assert_eq!(stamp_of("lt:x"), None);
    }

    /// How the stand-in daemon answers a customer's request for a person.
    #[derive(Clone, Copy, Debug)]
    enum Answer {
        Accepted,
        Failed,
        Refused,
    }

    fn frame(event: ServerEvent, r: Option<Ref>) -> WsMessage {
        WsMessage::text(ServerFrame::reply(event, r).to_json())
    }

    /// Wait until `cond` holds (bounded, so a regression fails rather
    /// than hangs).
    async fn until(what: &str, cond: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !cond() {
            assert!(Instant::now() < deadline, "never: {what}");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// One customer bot, after sending has ended (the run is draining),
    /// against a stand-in daemon that starts its session, queues its
    /// request for a person, and gives `answer` only when the test says so
    /// (a refusal instead of queueing it). Returns the run's metrics once
    /// the bot stopped.
    async fn drain_one_customer(answer: Answer) -> Arc<Metrics> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (asked_tx, asked_rx) = oneshot::channel::<()>();
        let (go_tx, go_rx) = oneshot::channel::<()>();
        let daemon = tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.unwrap();
            let mut ws = tokio_tungstenite::accept_async(tcp).await.unwrap();
            let started = SessionStarted {
                session_uuid: "s1".into(),
            };
            ws.send(frame(ServerEvent::SessionStarted(started), None))
                .await
                .unwrap();
            let r = loop {
                let Some(Ok(WsMessage::Text(t))) = ws.next().await else {
                    panic!("the customer never asked for a person");
                };
                let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap();
                if v["event"] == "request_staff" {
                    break serde_json::from_value::<Ref>(v["ref"].clone()).unwrap();
                }
            };
            // A request is answered once: queued (acked), or refused.
            if !matches!(answer, Answer::Refused) {
                let queued = serde_json::json!({"transferRequestId": 1, "queuePosition": 1});
                ws.send(frame(ServerEvent::Ack(queued), Some(r.clone())))
                    .await
                    .unwrap();
            }
            asked_tx.send(()).unwrap();
            go_rx.await.unwrap();
            let reply = match answer {
                Answer::Accepted => frame(
                    ServerEvent::TransferAccepted(TransferAccepted {
                        session_uuid: "s1".into(),
                        staff_id: "st".into(),
                        staff_name: "St".into(),
                    }),
                    None,
                ),
                Answer::Failed => frame(
                    ServerEvent::TransferFailed(TransferFailed {
                        session_uuid: "s1".into(),
                        reason: "nobody".into(),
                    }),
                    None,
                ),
                Answer::Refused => frame(
                    ServerEvent::error(ErrorCode::Conflict, "already waiting"),
                    Some(r),
                ),
            };
            ws.send(reply).await.unwrap();
            // Held open until the customer closes it.
            while let Some(Ok(_)) = ws.next().await {}
        });
        let m = Arc::new(Metrics::new());
        let (stop_tx, stop_rx) = watch::channel(false);
        let ctx = Arc::new(Ctx {
            servers: vec![Server::parse(&addr.to_string()).unwrap()],
            secret: b"a test secret".to_vec(),
            run_id: "t".into(),
            metrics: m.clone(),
            opts: ConnectOptions::default(),
            sources: Vec::new(),
            connect_gate: Semaphore::new(1),
            stop: stop_rx,
            // Sending is over: what follows is the drain.
            send_until: Instant::now(),
        });
        let bot = tokio::spawn(customer(
            ctx,
            CustomerPlan {
                index: 0,
                server: 0,
                start_at: Instant::now(),
                ask_human: true,
                interval: Duration::from_secs(1),
                phase: Duration::ZERO,
            },
        ));
        asked_rx.await.unwrap();
        // Every line is drained (none was sent), but the customer's
        // request is still open: the run must not stop under it.
        assert!(
            !m.drained(),
            "drained while a customer still waits for a person ({answer:?})"
        );
        go_tx.send(()).unwrap();
        until("the answer ends the drain", || m.drained()).await;
        stop_tx.send(true).unwrap();
        bot.await.unwrap();
        daemon.await.unwrap();
        m
    }

    /// The flaky relay load: a customer whose person came after the last
    /// line was drained was stopped first and counted as not served, though
    /// the request was stored as accepted.
    #[tokio::test]
    async fn a_customer_waiting_for_a_person_holds_the_drain_until_one_comes() {
        let m = drain_one_customer(Answer::Accepted).await;
        assert_eq!(m.transfers_accepted.load(Relaxed), 1);
        assert_eq!(m.not_served.load(Relaxed), 0);
        assert_eq!(m.awaiting_person.load(Relaxed), 0);
    }

    /// A request that fails or is refused is answered too: the drain does
    /// not wait for a person who is not coming, and the customer counts as
    /// not served.
    #[tokio::test]
    async fn a_failed_or_refused_request_ends_the_wait() {
        let m = drain_one_customer(Answer::Failed).await;
        assert_eq!(m.transfers_failed.load(Relaxed), 1);
        assert_eq!(m.not_served.load(Relaxed), 1);
        let m = drain_one_customer(Answer::Refused).await;
        assert_eq!(m.error_count(), 1, "the refusal is an error");
        assert_eq!(m.not_served.load(Relaxed), 1);
        assert_eq!(m.awaiting_person.load(Relaxed), 0);
    }
}
