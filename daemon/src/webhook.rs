//! Webhooks: deliver the events the outbox triggers (schema V2) recorded,
//! in order per session, with retries and exponential backoff.
//!
//! Every event row is written by a trigger in the same transaction as the
//! change it describes, so a crash or restart loses none: the worker reads
//! undelivered rows in id order, sends each session's events one at a time
//! (a session whose receiver call fails waits for its retry; other
//! sessions go on), and marks a row delivered only after a 2xx. Delivery
//! is at least once; the `X-Concierge-Event-Id` header (and `id` in the
//! body) lets the receiver drop a repeat.
//!
//! Body: `{"id", "event", "sessionUuid", "createdAt", "data": {...}}`.
//! Headers: `X-Concierge-Event`, `X-Concierge-Event-Id`, and with a
//! secret `X-Concierge-Signature: sha256=<hex HMAC-SHA256 of the body>`.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use futures_util::StreamExt;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tokio_util::sync::CancellationToken;

use crate::args;
use crate::config::WebhookSettings;
use crate::metrics::Metrics;
use crate::store::{Db, Op, Store, StoreError};

pub const SIGNATURE_HEADER: &str = "x-concierge-signature";
pub const EVENT_ID_HEADER: &str = "x-concierge-event-id";
pub const EVENT_HEADER: &str = "x-concierge-event";

/// How often the worker looks for new events.
const POLL: Duration = Duration::from_millis(200);
/// Rows read per pass.
const BATCH: u32 = 500;
/// Sessions delivered to at the same time.
const PARALLEL: usize = 8;
const FIRST_BACKOFF_MS: i64 = 250;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Delivered rows are kept this long, then pruned.
const KEEP_DELIVERED_MS: i64 = 24 * 60 * 60 * 1000;

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: i64,
    pub event_id: String,
    pub event: String,
    pub session_uuid: String,
    pub data: String,
    pub created_at: i64,
    pub attempts: i64,
    pub next_attempt_at: i64,
}

impl Event {
    /// The body sent; `data` is already JSON (built by the trigger).
    pub fn body(&self) -> String {
        let data: serde_json::Value =
            serde_json::from_str(&self.data).unwrap_or(serde_json::Value::Null);
        serde_json::json!({
            "id": self.event_id,
            "event": self.event,
            "sessionUuid": self.session_uuid,
            "createdAt": crate::api::rfc3339(self.created_at),
            "data": data,
        })
        .to_string()
    }
}

/// `sha256=<hex>` of the body under `secret`.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    // HMAC accepts keys of any length; the error case cannot happen.
    match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mut mac) => {
            mac.update(body);
            format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
        }
        Err(_) => String::new(),
    }
}

/// Wait before attempt `attempts + 1`: 250 ms, doubling, capped.
pub fn backoff_ms(attempts: i64, max: Duration) -> i64 {
    let max = i64::try_from(max.as_millis()).unwrap_or(i64::MAX);
    let shift = attempts.clamp(0, 30) as u32;
    FIRST_BACKOFF_MS
        .saturating_mul(1_i64 << shift)
        .min(max)
        .max(0)
}

/// Tell the triggers whether to record events: on when a URL is set.
pub async fn enable(store: &Store, on: bool) -> Result<(), StoreError> {
    store
        .submit(vec![Op::SetWebhooksEnabled { enabled: on }])
        .await
        .map(|_| ())
}

fn pending(db: &mut Db<'_>) -> Result<(Vec<Event>, i64), StoreError> {
    let rows = db.query(
        "SELECT id, event_id, event, session_uuid, data, created_at, attempts, next_attempt_at
         FROM webhook_outbox WHERE delivered_at IS NULL ORDER BY id LIMIT ?1",
        args![BATCH],
        |r| {
            Ok(Event {
                id: r.get(0)?,
                event_id: r.get(1)?,
                event: r.get(2)?,
                session_uuid: r.get(3)?,
                data: r.get(4)?,
                created_at: r.get(5)?,
                attempts: r.get(6)?,
                next_attempt_at: r.get(7)?,
            })
        },
    )?;
    let count: i64 = db.query_value(
        "SELECT count(*) FROM webhook_outbox WHERE delivered_at IS NULL",
        &[],
    )?;
    Ok((rows, count))
}

/// Group a batch by session, keeping id order within each; a session's
/// queue is only as long as its first not-yet-due event allows.
pub fn due_queues(events: Vec<Event>, now: i64) -> Vec<Vec<Event>> {
    let mut by_session: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for e in events {
        if seen.insert(e.session_uuid.clone()) {
            order.push(e.session_uuid.clone());
        }
        by_session
            .entry(e.session_uuid.clone())
            .or_default()
            .push(e);
    }
    order
        .into_iter()
        .filter_map(|s| by_session.remove(&s))
        .filter(|q| q.first().is_some_and(|e| e.next_attempt_at <= now))
        .collect()
}

pub struct Worker {
    store: Store,
    url: String,
    secret: Option<Vec<u8>>,
    max_backoff: Duration,
    client: reqwest::Client,
    metrics: Arc<Metrics>,
    /// In a cluster: this node's name. Only the node holding the
    /// `webhooks` lease delivers, so each event is sent by one node.
    node: Option<String>,
}

/// How long the delivery lease lasts without renewal (renewed before
/// every pass).
const LEASE_MS: i64 = 60_000;

impl Worker {
    pub fn new(store: Store, settings: &WebhookSettings, metrics: Arc<Metrics>) -> Option<Self> {
        let url = settings.url.clone()?;
        let client = match reqwest::Client::builder().timeout(REQUEST_TIMEOUT).build() {
            Ok(c) => c,
            Err(e) => {
                // Events stay in the outbox for the next start.
                tracing::error!(error = %e, "webhooks: cannot build the HTTP client; not delivering");
                return None;
            }
        };
        Some(Worker {
            store,
            url,
            secret: settings.secret.as_ref().map(|s| s.0.as_bytes().to_vec()),
            max_backoff: settings.max_backoff,
            client,
            metrics,
            node: None,
        })
    }

    /// Deliver only while this node holds the cluster's `webhooks` lease.
    pub fn clustered(mut self, node: &str) -> Self {
        self.node = Some(node.to_string());
        self
    }

    /// Whether this node may deliver now (always, alone).
    async fn holds_lease(&self) -> bool {
        let Some(node) = &self.node else {
            return true;
        };
        let op = Op::ClaimLease {
            name: "webhooks".into(),
            holder: node.clone(),
            ttl_ms: LEASE_MS,
            now: now_ms(),
        };
        matches!(
            self.store.submit(vec![op]).await.as_deref(),
            Ok([crate::store::OpResult::Lease { held: true }])
        )
    }

    /// Deliver until `stop`; an attempt under way finishes first.
    pub async fn run(self, stop: CancellationToken) {
        tracing::info!(url = %self.url, signed = self.secret.is_some(), "webhook delivery started");
        let mut last_prune = 0_i64;
        loop {
            if stop.is_cancelled() {
                break;
            }
            if !self.holds_lease().await {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(POLL) => {}
                }
                continue;
            }
            let worked = match self.pass(&stop).await {
                Ok(n) => n > 0,
                Err(e) => {
                    tracing::warn!(error = %e, "webhook pass failed");
                    false
                }
            };
            let now = now_ms();
            if now - last_prune > 60_000 {
                last_prune = now;
                let _ = self
                    .store
                    .submit(vec![Op::WebhookPrune {
                        delivered_before: now - KEEP_DELIVERED_MS,
                    }])
                    .await;
            }
            if !worked {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(POLL) => {}
                }
            }
        }
        tracing::info!("webhook delivery stopped");
    }

    /// One pass over the outbox; returns how many events were delivered.
    async fn pass(&self, stop: &CancellationToken) -> Result<usize, StoreError> {
        let (events, count) = self.store.read(pending).await?;
        self.metrics
            .webhooks
            .pending
            .store(count, Ordering::Relaxed);
        let queues = due_queues(events, now_ms());
        let delivered: usize = futures_util::stream::iter(queues)
            .map(|q| self.deliver_queue(q, stop))
            .buffer_unordered(PARALLEL)
            .fold(0, |acc, n| async move { acc + n })
            .await;
        Ok(delivered)
    }

    /// One session's events, in order, until one fails.
    async fn deliver_queue(&self, queue: Vec<Event>, stop: &CancellationToken) -> usize {
        let mut delivered = 0;
        for e in queue {
            if stop.is_cancelled() {
                break;
            }
            match self.attempt(&e).await {
                Ok(()) => {
                    let ok = self
                        .store
                        .submit(vec![Op::WebhookDelivered {
                            id: e.id,
                            now: now_ms(),
                        }])
                        .await;
                    if ok.is_err() {
                        break;
                    }
                    self.metrics
                        .webhooks
                        .delivered
                        .fetch_add(1, Ordering::Relaxed);
                    delivered += 1;
                }
                Err(why) => {
                    let wait = backoff_ms(e.attempts, self.max_backoff);
                    tracing::debug!(event = %e.event_id, attempts = e.attempts + 1, wait_ms = wait, error = %why, "webhook attempt failed");
                    self.metrics
                        .webhooks
                        .failed_attempts
                        .fetch_add(1, Ordering::Relaxed);
                    let _ = self
                        .store
                        .submit(vec![Op::WebhookFailed {
                            id: e.id,
                            next_attempt_at: now_ms() + wait,
                            error: why,
                        }])
                        .await;
                    break;
                }
            }
        }
        delivered
    }

    async fn attempt(&self, e: &Event) -> Result<(), String> {
        let body = e.body();
        let mut req = self
            .client
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(EVENT_ID_HEADER, &e.event_id)
            .header(EVENT_HEADER, &e.event);
        if let Some(secret) = &self.secret {
            req = req.header(SIGNATURE_HEADER, sign(secret, body.as_bytes()));
        }
        match req.body(body).send().await {
            Ok(resp) if resp.status().is_success() => Ok(()),
            Ok(resp) => Err(format!("HTTP {}", resp.status().as_u16())),
            Err(err) if err.is_timeout() => Err("timed out".into()),
            Err(err) if err.is_connect() => Err("connection failed".into()),
            Err(_) => Err("request failed".into()),
        }
    }
}

fn now_ms() -> i64 {
    concierge_shared::protocol::Timestamp::now().millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(id: i64, session: &str, next: i64) -> Event {
        Event {
            id,
            event_id: format!("e{id}"),
            event: "message.created".into(),
            session_uuid: session.into(),
            data: "{}".into(),
            created_at: 0,
            attempts: 0,
            next_attempt_at: next,
        }
    }

    #[test]
    fn a_session_waiting_for_a_retry_does_not_hold_up_others() {
        let q = due_queues(
            vec![ev(1, "a", 500), ev(2, "b", 0), ev(3, "a", 0), ev(4, "b", 0)],
            100,
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].iter().map(|e| e.id).collect::<Vec<_>>(), vec![2, 4]);
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let cap = Duration::from_secs(2);
        assert_eq!(backoff_ms(0, cap), 250);
        assert_eq!(backoff_ms(1, cap), 500);
        assert_eq!(backoff_ms(3, cap), 2000);
        assert_eq!(backoff_ms(60, cap), 2000);
    }

    #[test]
    fn the_signature_is_hmac_sha256_hex() {
        // RFC 4231 test case 2.
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
