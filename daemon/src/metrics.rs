//! Process-wide counters and gauges, rendered as Prometheus text by the
//! HTTP layer. Plain atomics: cheap enough for the message path.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct Metrics {
    pub conns_customer: AtomicI64,
    pub conns_staff: AtomicI64,
    pub messages_customer: AtomicU64,
    pub messages_staff: AtomicU64,
    pub messages_ai: AtomicU64,
    pub messages_system: AtomicU64,
    pub frames_rejected: AtomicU64,
    pub frames_rate_limited: AtomicU64,
    pub queue_length: AtomicI64,
    /// Milliseconds since the epoch at which the oldest waiting request
    /// was queued (0 when the queue is empty).
    pub queue_oldest_since_ms: AtomicI64,
    pub staff_online: AtomicI64,
    pub staff_available: AtomicI64,
    pub ai_replies: AtomicU64,
    pub ai_failures: AtomicU64,
    pub ai_latency_ms_total: AtomicU64,
    pub ai_first_token_ms_total: AtomicU64,
    pub handovers: AtomicU64,
}

impl Metrics {
    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}
