//! Running several daemons behind a load balancer: what crosses nodes.
//!
//! PostgreSQL is the truth (every decision that two nodes could race on is
//! a conditional write there); Redis only carries news of what was
//! committed, and presence. So losing Redis loses nothing: a node that
//! reconnects re-reads the database and catches its clients up by `seq`.
//!
//! - [`Bus`]: publish a [`ClusterEvent`] after a commit; every other node's
//!   hub applies it to its copy of the open sessions and the queue, and
//!   tells its own sockets. One channel per cluster (`{prefix}:events`).
//! - Presence: `{prefix}:presence:{user}` is a sorted set of node ids
//!   scored by when their claim expires; a user is online while any claim
//!   is live. Nodes renew their claims every few seconds, so a node that
//!   dies stops counting after [`PRESENCE_TTL`].

use crate::ids::{TransferEnd, TransferId};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use concierge_shared::protocol::{Message, SessionStatus, SessionType};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::sync::{Mutex, mpsc};
use tokio_util::sync::CancellationToken;

/// How long a node's presence claim lives without renewal.
pub const PRESENCE_TTL: Duration = Duration::from_secs(15);
/// How often a node renews its claims (a third of the TTL, so one lost
/// renewal does not make anyone go offline).
pub const PRESENCE_RENEW: Duration = Duration::from_secs(5);
/// How long a Redis call may take before the node treats Redis as down.
const REDIS_DEADLINE: Duration = Duration::from_secs(2);

#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("redis did not answer within {0:?}")]
    Timeout(Duration),
    #[error("REDIS_CA_FILE {path}: {source}")]
    CaFile {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

/// News of a commit on one node, for the others. Field names are the
/// wire's; the JSON is internal to the cluster (every node runs the same
/// version during a rolling restart only if this stays additive).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClusterEvent {
    /// A message was stored.
    Message {
        message: Message,
        stream_id: Option<String>,
    },
    /// A session was opened (its row is read from the database).
    SessionOpened {
        session: String,
    },
    Typing {
        session: String,
        user: String,
        user_name: String,
        typing: bool,
    },
    Read {
        session: String,
        reader: String,
        up_to: i64,
        at: i64,
    },
    Closed {
        session: String,
        closed_by: String,
        closed_at: i64,
    },
    /// A request joined the queue (the session is now waiting).
    TransferQueued {
        id: TransferId,
        session: String,
        front: bool,
        reason: Option<String>,
        summary: String,
        waiting_since: i64,
        /// Offered to this staff member first (issue 17): decided by the
        /// node that queued it, so every node holds it back alike.
        #[serde(default)]
        preferred: Option<String>,
        /// Issue 16: handed over by a staff member; every node releases
        /// the chat from its sender before queueing it.
        #[serde(default)]
        handover: Option<Box<crate::routing::Handover>>,
    },
    /// A request could not be queued, or left the queue unaccepted; the
    /// session is back with the assistant.
    TransferEnded {
        id: TransferId,
        session: String,
        /// Same names as before (`failed`, `customer_left`, `refused`).
        outcome: TransferEnd,
        /// What the customer is told (`transfer_failed`), if anything.
        told: Option<String>,
    },
    TransferAccepted {
        id: TransferId,
        session: String,
        staff: String,
        staff_name: String,
    },
    Declined {
        id: TransferId,
        staff: String,
    },
    /// A staff member's presence or settings changed.
    Staff {
        staff: String,
        name: String,
        online: bool,
        available: bool,
        /// `Some(None)`: back to the default maximum.
        max: Option<Option<u32>>,
    },
    /// A session's type, status or staff changed in a way no other event
    /// describes.
    SessionState {
        session: String,
        staff: Option<String>,
        session_type: SessionType,
        status: SessionStatus,
    },
    /// A customer left a message for staff (issue 17): every node's
    /// consoles list it.
    MessageLeft {
        row: crate::store::offline::LeftMessageRow,
    },
    /// A message left was answered or closed: it leaves every node's list,
    /// and the one who answered is offered the customer's return first.
    LeftMessageResolved {
        id: i64,
        session: String,
        staff: String,
        status: crate::store::offline::MessageStatus,
    },
    /// The sender may have dropped events (its Redis connection broke):
    /// everyone re-reads the database.
    Resync,
    /// A piece of a streamed assistant reply, for a customer's sockets on
    /// other nodes. Droppable: sent only while Redis keeps up and never
    /// re-sent; the stored `Message` that ends the stream stays the truth.
    AiDelta {
        session: String,
        stream_id: String,
        delta: String,
    },
    /// Issue 16: a note was added or labels changed (`note_added` /
    /// `labels_updated`), for the staff sockets on other nodes of the
    /// actor and of the staff member handling the chat.
    Annotated {
        session: String,
        actor: String,
        /// Boxed: rare, and every queued event is sized by the largest.
        event: Box<concierge_shared::protocol::ServerEvent>,
    },
}

/// Droppable events waiting for the publisher at most; more are dropped
/// rather than queued, so a slow Redis cannot make a node's memory grow
/// with an assistant's tokens.
const MAX_QUEUED_DROPPABLE: u64 = 1024;

/// One event for the publisher, encoded.
struct Outgoing {
    payload: String,
    droppable: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    from: String,
    #[serde(flatten)]
    event: ClusterEvent,
}

/// What the bus hands the hub.
#[derive(Debug)]
pub enum Inbound {
    Event(ClusterEvent),
    /// (Re)subscribed: events may have been missed; re-read the database.
    Resync,
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct BusStats {
    pub published: AtomicU64,
    pub dropped: AtomicU64,
    /// Droppable events (assistant deltas) not sent: Redis was away or
    /// slow. Nothing to re-read: the stored reply follows.
    pub dropped_droppable: AtomicU64,
    /// Droppable events waiting for the publisher now.
    queued_droppable: AtomicU64,
    pub received: AtomicU64,
    pub connected: AtomicBool,
}

/// The Redis client for `url`: `rediss://` is TLS (rustls), checked
/// against `ca_file` when given, else the system's roots.
pub fn client(url: &str, ca_file: Option<&std::path::Path>) -> Result<redis::Client, ClusterError> {
    match ca_file {
        None => Ok(redis::Client::open(url)?),
        Some(path) => {
            let pem = std::fs::read(path).map_err(|e| ClusterError::CaFile {
                path: path.to_path_buf(),
                source: e,
            })?;
            Ok(redis::Client::build_with_tls(
                url,
                redis::TlsCertificates {
                    client_tls: None,
                    root_cert: Some(pem),
                },
            )?)
        }
    }
}

/// A node's link to the others. Clone freely.
#[derive(Clone)]
pub struct Bus {
    node: Arc<str>,
    prefix: Arc<str>,
    outbox: mpsc::UnboundedSender<Outgoing>,
    /// For presence: one multiplexed connection, re-made when it breaks.
    conn: Arc<Mutex<Option<redis::aio::MultiplexedConnection>>>,
    client: redis::Client,
    pub stats: Arc<BusStats>,
}

impl Bus {
    /// Connect, and start the publisher and the subscriber. Inbound events
    /// go to `deliver`. Fails only if the URL is malformed; an unreachable
    /// Redis is retried in the background (the node serves its own sockets
    /// meanwhile).
    pub fn start(
        url: &str,
        ca_file: Option<&std::path::Path>,
        prefix: &str,
        node: &str,
        deliver: impl Fn(Inbound) -> bool + Send + 'static,
        stop: CancellationToken,
    ) -> Result<Bus, ClusterError> {
        let client = client(url, ca_file)?;
        let (outbox, rx) = mpsc::unbounded_channel();
        let bus = Bus {
            node: node.into(),
            prefix: prefix.into(),
            outbox,
            conn: Arc::new(Mutex::new(None)),
            client,
            stats: Arc::new(BusStats::default()),
        };
        tokio::spawn(publisher(bus.clone(), rx, stop.clone()));
        tokio::spawn(subscriber(bus.clone(), deliver, stop));
        Ok(bus)
    }

    pub fn node(&self) -> &str {
        &self.node
    }

    fn channel(&self) -> String {
        format!("{}:events", self.prefix)
    }

    fn presence_key(&self, user: &str) -> String {
        format!("{}:presence:{user}", self.prefix)
    }

    /// Queue an event for the other nodes (never blocks the caller).
    pub fn publish(&self, event: ClusterEvent) {
        self.enqueue(event, false);
    }

    /// Publish an event that may be lost (see [`ClusterEvent::AiDelta`]):
    /// dropped at once when too many wait already, and never a reason for
    /// the other nodes to re-read.
    pub fn publish_droppable(&self, event: ClusterEvent) {
        let queued = &self.stats.queued_droppable;
        if queued.fetch_add(1, Ordering::Relaxed) >= MAX_QUEUED_DROPPABLE {
            queued.fetch_sub(1, Ordering::Relaxed);
            self.stats.dropped_droppable.fetch_add(1, Ordering::Relaxed);
            return;
        }
        self.enqueue(event, true);
    }

    fn enqueue(&self, event: ClusterEvent, droppable: bool) {
        let env = Envelope {
            from: self.node.to_string(),
            event,
        };
        match serde_json::to_string(&env) {
            Ok(payload) => {
                let _ = self.outbox.send(Outgoing { payload, droppable });
            }
            Err(e) => tracing::error!(error = %e, "cannot encode a cluster event"),
        }
    }

    async fn connection(&self) -> Result<redis::aio::MultiplexedConnection, ClusterError> {
        let mut slot = self.conn.lock().await;
        if let Some(c) = slot.as_ref() {
            return Ok(c.clone());
        }
        let c = tokio::time::timeout(
            REDIS_DEADLINE,
            self.client.get_multiplexed_async_connection(),
        )
        .await
        .map_err(|_| ClusterError::Timeout(REDIS_DEADLINE))??;
        *slot = Some(c.clone());
        Ok(c)
    }

    async fn run<T: redis::FromRedisValue>(&self, cmd: redis::Cmd) -> Result<T, ClusterError> {
        let mut c = self.connection().await?;
        let r = tokio::time::timeout(REDIS_DEADLINE, cmd.query_async::<T>(&mut c)).await;
        match r {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => {
                *self.conn.lock().await = None;
                Err(e.into())
            }
            Err(_) => {
                *self.conn.lock().await = None;
                Err(ClusterError::Timeout(REDIS_DEADLINE))
            }
        }
    }

    /// Claim (or renew) presence for `users` on this node.
    pub async fn claim(&self, users: &[String]) -> Result<(), ClusterError> {
        if users.is_empty() {
            return Ok(());
        }
        let expires =
            crate::hub::now_ms() + i64::try_from(PRESENCE_TTL.as_millis()).unwrap_or(i64::MAX);
        let mut pipe = redis::pipe();
        for u in users {
            let key = self.presence_key(u);
            pipe.cmd("ZADD").arg(&key).arg(expires).arg(&*self.node);
            // The key itself goes when every claim in it has long expired.
            pipe.cmd("PEXPIRE")
                .arg(&key)
                .arg(2 * PRESENCE_TTL.as_millis() as u64);
        }
        let mut c = self.connection().await?;
        match tokio::time::timeout(REDIS_DEADLINE, pipe.query_async::<()>(&mut c)).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => {
                *self.conn.lock().await = None;
                Err(e.into())
            }
            Err(_) => {
                *self.conn.lock().await = None;
                Err(ClusterError::Timeout(REDIS_DEADLINE))
            }
        }
    }

    /// This node no longer holds a socket of `user`.
    pub async fn release(&self, user: &str) -> Result<(), ClusterError> {
        let mut cmd = redis::cmd("ZREM");
        cmd.arg(self.presence_key(user)).arg(&*self.node);
        self.run::<i64>(cmd).await.map(|_| ())
    }

    /// Whether another node holds a live claim for `user`.
    pub async fn online_elsewhere(&self, user: &str) -> Result<bool, ClusterError> {
        let nodes = self.live_nodes(user).await?;
        Ok(nodes.iter().any(|n| n != &*self.node))
    }

    /// The nodes with a live claim for `user`.
    pub async fn live_nodes(&self, user: &str) -> Result<HashSet<String>, ClusterError> {
        let now = crate::hub::now_ms();
        let mut cmd = redis::cmd("ZRANGEBYSCORE");
        cmd.arg(self.presence_key(user))
            .arg(format!("({now}"))
            .arg("+inf");
        let v: Vec<String> = self.run(cmd).await?;
        Ok(v.into_iter().collect())
    }
}

/// Events sent to Redis in one pipeline, at most. A busy node publishes
/// about one event per stored line (18,000 a second at 9,000 relayed lines
/// a second): one round trip each kept the publisher a round trip behind
/// per event, so news for the other nodes lagged behind the load. A burst
/// now goes out in one exchange, still in order.
const PUBLISH_BATCH: usize = 256;

/// Publishes in order on one connection, in pipelines of what has queued
/// up. While Redis is down events are dropped (counted); the first publish
/// after a reconnect is a `Resync`, so every node re-reads what the
/// dropped events described.
async fn publisher(bus: Bus, mut rx: mpsc::UnboundedReceiver<Outgoing>, stop: CancellationToken) {
    let channel = bus.channel();
    let mut conn: Option<redis::aio::MultiplexedConnection> = None;
    let mut broken = false;
    let mut next_try = tokio::time::Instant::now();
    let mut batch: Vec<Outgoing> = Vec::new();
    loop {
        let next = tokio::select! {
            p = rx.recv() => match p { Some(p) => Some(p), None => break },
            // Events were lost: reconnect and say so even if nothing new
            // is published, or the others would miss them until then.
            _ = tokio::time::sleep_until(next_try), if broken => None,
            _ = stop.cancelled() => break,
        };
        let Some(first) = next else {
            heal(&bus, &channel, &mut conn, &mut broken, &mut next_try).await;
            continue;
        };
        batch.clear();
        batch.push(first);
        while batch.len() < PUBLISH_BATCH {
            match rx.try_recv() {
                Ok(o) => batch.push(o),
                Err(_) => break,
            }
        }
        let droppable = batch.iter().filter(|o| o.droppable).count() as u64;
        bus.stats
            .queued_droppable
            .fetch_sub(droppable, Ordering::Relaxed);
        if conn.is_none() {
            // Deltas alone never wait for a reconnect.
            if droppable == batch.len() as u64 || tokio::time::Instant::now() < next_try {
                count_dropped(&bus, &batch);
                continue;
            }
            match tokio::time::timeout(
                REDIS_DEADLINE,
                bus.client.get_multiplexed_async_connection(),
            )
            .await
            {
                Ok(Ok(c)) => conn = Some(c),
                _ => {
                    broken = true;
                    next_try = tokio::time::Instant::now() + Duration::from_millis(250);
                    count_dropped(&bus, &batch);
                    continue;
                }
            }
        }
        let Some(c) = conn.as_mut() else { continue };
        if broken && ask_to_resync(&bus, c, &channel).await {
            broken = false;
        }
        match publish_all(c, &channel, &batch).await {
            Ok(()) => {
                bus.stats
                    .published
                    .fetch_add(batch.len() as u64, Ordering::Relaxed);
            }
            Err(e) => {
                if !broken {
                    tracing::warn!(error = %e, "cannot publish to redis; dropping cluster events until it is back");
                }
                // Whatever failed, the events after it are lost until the
                // reconnect: the others must re-read then.
                broken = true;
                conn = None;
                next_try = tokio::time::Instant::now() + Duration::from_millis(250);
                count_dropped(&bus, &batch);
            }
        }
    }
}

/// Events that were not sent, each under its own counter.
fn count_dropped(bus: &Bus, batch: &[Outgoing]) {
    for o in batch {
        let counter = if o.droppable {
            &bus.stats.dropped_droppable
        } else {
            &bus.stats.dropped
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// Reconnect and publish `Resync`, so every node re-reads what the events
/// this node dropped described.
async fn heal(
    bus: &Bus,
    channel: &str,
    conn: &mut Option<redis::aio::MultiplexedConnection>,
    broken: &mut bool,
    next_try: &mut tokio::time::Instant,
) {
    if conn.is_none() {
        match tokio::time::timeout(
            REDIS_DEADLINE,
            bus.client.get_multiplexed_async_connection(),
        )
        .await
        {
            Ok(Ok(c)) => *conn = Some(c),
            _ => {
                *next_try = tokio::time::Instant::now() + Duration::from_millis(250);
                return;
            }
        }
    }
    let Some(c) = conn.as_mut() else { return };
    if ask_to_resync(bus, c, channel).await {
        *broken = false;
    } else {
        *conn = None;
        *next_try = tokio::time::Instant::now() + Duration::from_millis(250);
    }
}

/// Publish `Resync` after events were dropped: whether it went out.
async fn ask_to_resync(
    bus: &Bus,
    c: &mut redis::aio::MultiplexedConnection,
    channel: &str,
) -> bool {
    let resync = Envelope {
        from: bus.node.to_string(),
        event: ClusterEvent::Resync,
    };
    let sent = match serde_json::to_string(&resync) {
        Ok(s) => publish(c, channel, &s).await.is_ok(),
        Err(_) => false,
    };
    if sent {
        tracing::info!("redis is back: asked every node to re-read the database");
    }
    sent
}

/// `batch` in one pipeline, in order.
async fn publish_all(
    c: &mut redis::aio::MultiplexedConnection,
    channel: &str,
    batch: &[Outgoing],
) -> Result<(), ClusterError> {
    let mut pipe = redis::pipe();
    for o in batch {
        pipe.cmd("PUBLISH").arg(channel).arg(&o.payload).ignore();
    }
    tokio::time::timeout(REDIS_DEADLINE, pipe.query_async::<()>(c))
        .await
        .map_err(|_| ClusterError::Timeout(REDIS_DEADLINE))??;
    Ok(())
}

async fn publish(
    c: &mut redis::aio::MultiplexedConnection,
    channel: &str,
    payload: &str,
) -> Result<(), ClusterError> {
    let mut cmd = redis::cmd("PUBLISH");
    cmd.arg(channel).arg(payload);
    tokio::time::timeout(REDIS_DEADLINE, cmd.query_async::<i64>(c))
        .await
        .map_err(|_| ClusterError::Timeout(REDIS_DEADLINE))??;
    Ok(())
}

/// Subscribes, and after every (re)subscription tells the hub to re-read
/// the database: anything published while this node was not listening is
/// in there.
async fn subscriber(bus: Bus, deliver: impl Fn(Inbound) -> bool, stop: CancellationToken) {
    let channel = bus.channel();
    let own = own_prefix(&bus.node);
    let mut backoff = Duration::from_millis(100);
    loop {
        if stop.is_cancelled() {
            return;
        }
        let sub = async {
            let mut ps = bus.client.get_async_pubsub().await?;
            ps.subscribe(&channel).await?;
            Ok::<_, redis::RedisError>(ps)
        };
        let ps = tokio::select! {
            r = tokio::time::timeout(REDIS_DEADLINE, sub) => r,
            _ = stop.cancelled() => return,
        };
        let mut ps = match ps {
            Ok(Ok(ps)) => ps,
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "redis subscribe failed; retrying");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(2));
                continue;
            }
            Err(_) => {
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(2));
                continue;
            }
        };
        backoff = Duration::from_millis(100);
        bus.stats.connected.store(true, Ordering::Relaxed);
        tracing::info!(node = %bus.node, "subscribed to cluster events");
        if !deliver(Inbound::Resync) {
            return;
        }
        let mut stream = ps.on_message();
        loop {
            let msg = tokio::select! {
                m = stream.next() => m,
                _ = stop.cancelled() => return,
            };
            let Some(msg) = msg else { break };
            let Ok(payload) = msg.get_payload::<String>() else {
                continue;
            };
            // This node's own news comes back too: known by its first
            // bytes, it is not decoded (a full decode of every event a
            // busy node sends cost more than the events it receives).
            if payload.starts_with(&own) {
                continue;
            }
            let env: Envelope = match serde_json::from_str(&payload) {
                Ok(e) => e,
                Err(e) => {
                    tracing::warn!(error = %e, "undecodable cluster event ignored");
                    continue;
                }
            };
            if env.from == *bus.node {
                continue;
            }
            bus.stats.received.fetch_add(1, Ordering::Relaxed);
            let inbound = match env.event {
                ClusterEvent::Resync => Inbound::Resync,
                e => Inbound::Event(e),
            };
            if !deliver(inbound) {
                return;
            }
        }
        bus.stats.connected.store(false, Ordering::Relaxed);
        tracing::warn!("lost the redis subscription; reconnecting");
    }
}

/// How every envelope this node encodes begins: `from` is the first
/// field [`Envelope`] writes.
fn own_prefix(node: &str) -> String {
    // Encoding a string cannot fail; an empty name would only mean every
    // own event is decoded and then skipped by its `from`.
    let name = serde_json::to_string(node).unwrap_or_default();
    format!("{{\"from\":{name},")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_round_trip_through_json() {
        let e = ClusterEvent::TransferAccepted {
            id: TransferId(7),
            session: "s".into(),
            staff: "st".into(),
            staff_name: "Sam".into(),
        };
        let env = Envelope {
            from: "a".into(),
            event: e,
        };
        let s = serde_json::to_string(&env).unwrap();
        assert!(s.contains("\"kind\":\"transfer_accepted\""), "{s}");
        let back: Envelope = serde_json::from_str(&s).unwrap();
        assert!(matches!(
            back.event,
            ClusterEvent::TransferAccepted {
                id: TransferId(7),
                ..
            }
        ));
    }

    /// The subscriber skips its own news by its first bytes, so they must
    /// be exactly how this node encodes an envelope, and never how a node
    /// whose name merely starts the same does.
    #[test]
    fn own_events_are_known_by_their_first_bytes() {
        let encode = |from: &str| {
            serde_json::to_string(&Envelope {
                from: from.into(),
                event: ClusterEvent::Resync,
            })
            .unwrap()
        };
        for node in ["a", "node-1", "odd \"name\" \\ é"] {
            assert!(encode(node).starts_with(&own_prefix(node)), "{node}");
        }
        assert!(!encode("node-10").starts_with(&own_prefix("node-1")));
        assert!(!encode("a").starts_with(&own_prefix("node-1")));
    }
}
