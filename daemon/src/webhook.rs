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
//! An event the receiver has not taken after `WEBHOOK_MAX_ATTEMPTS`
//! attempts, or `WEBHOOK_MAX_AGE_SECS` after it was recorded, becomes a
//! dead letter: set aside, and its session paused (later events wait, so
//! order holds) until an admin replays or drops it (`/api/v1/webhooks`).
//! Other sessions go on.
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

use crate::config::WebhookSettings;
use crate::metrics::Metrics;
use crate::store::{Op, Store, StoreError, outbox};

pub const SIGNATURE_HEADER: &str = "x-concierge-signature";
pub const EVENT_ID_HEADER: &str = "x-concierge-event-id";
pub const EVENT_HEADER: &str = "x-concierge-event";

/// How often the worker looks for new events.
const POLL: Duration = Duration::from_millis(200);
/// Sessions delivered to at the same time.
const PARALLEL: usize = 8;
const FIRST_BACKOFF_MS: i64 = 250;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Delivered rows are kept this long, then pruned.
const KEEP_DELIVERED_MS: i64 = 24 * 60 * 60 * 1000;

pub use crate::store::outbox::Event;

/// The body sent for `e` with its `data` as stored now (already JSON,
/// built by the trigger).
pub fn body(e: &Event, data: &str) -> String {
    let data: serde_json::Value = serde_json::from_str(data).unwrap_or(serde_json::Value::Null);
    serde_json::json!({
        "id": e.event_id,
        "event": e.event,
        "sessionUuid": e.session_uuid,
        "createdAt": crate::api::rfc3339(e.created_at),
        "data": data,
    })
    .to_string()
}

/// What becomes of an event whose attempt just failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    /// Try again at this time.
    Retry { at: i64 },
    /// The last attempt allowed: set it aside.
    Dead,
}

/// The limits after which a failing event becomes a dead letter.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_backoff: Duration,
    /// 0: no limit.
    pub max_attempts: u32,
    /// Zero: no limit.
    pub max_age: Duration,
}

impl Limits {
    /// `e`'s attempt failed at `now` (its `attempts` not counting it).
    pub fn after_failure(&self, e: &Event, now: i64) -> AfterFailure {
        let attempts = e.attempts.saturating_add(1);
        let too_many = self.max_attempts > 0 && attempts >= i64::from(self.max_attempts);
        let max_age = i64::try_from(self.max_age.as_millis()).unwrap_or(i64::MAX);
        let too_old = max_age > 0 && now.saturating_sub(e.created_at) >= max_age;
        if too_many || too_old {
            AfterFailure::Dead
        } else {
            AfterFailure::Retry {
                at: now + backoff_ms(e.attempts, self.max_backoff),
            }
        }
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
    limits: Limits,
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
            limits: Limits {
                max_backoff: settings.max_backoff,
                max_attempts: settings.max_attempts,
                max_age: settings.max_age,
            },
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
        // Hand delivery to another node at once rather than after the
        // lease runs out.
        if let Some(node) = &self.node {
            let _ = self
                .store
                .submit(vec![Op::ReleaseLease {
                    name: "webhooks".into(),
                    holder: node.clone(),
                }])
                .await;
        }
        tracing::info!("webhook delivery stopped");
    }

    /// One pass over the outbox; returns how many events were delivered.
    async fn pass(&self, stop: &CancellationToken) -> Result<usize, StoreError> {
        let (events, count) = self.store.read(outbox::pending).await?;
        let dead = self.store.read(outbox::dead_count).await?;
        let m = &self.metrics.webhooks;
        m.pending.store(count, Ordering::Relaxed);
        m.dead_letters.store(dead, Ordering::Relaxed);
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
            // The batch may be a moment old: the event may have been purged
            // (its customer forgotten) or replaced since. Send what is
            // stored now, or nothing.
            let id = e.id;
            let data = match self
                .store
                .read(move |db| outbox::still_waiting(db, id))
                .await
            {
                Ok(Some(data)) => data,
                Ok(None) => break,
                Err(err) => {
                    tracing::warn!(error = %err, "webhook: cannot re-read an event");
                    break;
                }
            };
            match self.attempt(&e, &data).await {
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
                    self.failed(&e, why).await;
                    break;
                }
            }
        }
        delivered
    }

    /// Record a failed attempt: a retry later, or a dead letter.
    async fn failed(&self, e: &Event, why: String) {
        let m = &self.metrics.webhooks;
        m.failed_attempts.fetch_add(1, Ordering::Relaxed);
        let now = now_ms();
        let op = match self.limits.after_failure(e, now) {
            AfterFailure::Retry { at } => {
                tracing::debug!(event = %e.event_id, attempts = e.attempts + 1, wait_ms = at - now, error = %why, "webhook attempt failed");
                Op::WebhookFailed {
                    id: e.id,
                    next_attempt_at: at,
                    error: why,
                }
            }
            AfterFailure::Dead => {
                tracing::warn!(event = %e.event_id, kind = %e.event, session = %e.session_uuid,
                    attempts = e.attempts + 1, error = %why,
                    "webhook event is now a dead letter; its session waits until it is replayed or dropped");
                m.dead_lettered.fetch_add(1, Ordering::Relaxed);
                Op::WebhookDead {
                    id: e.id,
                    now,
                    error: why,
                }
            }
        };
        let _ = self.store.submit(vec![op]).await;
    }

    async fn attempt(&self, e: &Event, data: &str) -> Result<(), String> {
        let body = body(e, data);
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
    fn a_failing_event_dies_after_its_attempts_or_its_age() {
        let limits = Limits {
            max_backoff: Duration::from_secs(2),
            max_attempts: 3,
            max_age: Duration::from_secs(60),
        };
        let mut e = ev(1, "a", 0);
        e.created_at = 1_000;
        e.attempts = 1;
        assert_eq!(
            limits.after_failure(&e, 2_000),
            AfterFailure::Retry { at: 2_500 }
        );
        e.attempts = 2;
        assert_eq!(limits.after_failure(&e, 2_000), AfterFailure::Dead);
        e.attempts = 0;
        assert_eq!(limits.after_failure(&e, 61_000), AfterFailure::Dead);
        let unlimited = Limits {
            max_attempts: 0,
            max_age: Duration::ZERO,
            ..limits
        };
        e.attempts = 1_000;
        assert!(matches!(
            unlimited.after_failure(&e, i64::MAX / 2),
            AfterFailure::Retry { .. }
        ));
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
