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
    /// Connections dropped because the client stopped reading.
    pub slow_consumers: AtomicU64,
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
    pub webhooks: WebhookMetrics,
    /// Set when this daemon is one of several (Redis configured).
    pub cluster: std::sync::OnceLock<std::sync::Arc<crate::cluster::BusStats>>,
}

impl Metrics {
    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}

/// Webhook delivery counters (the worker in [`crate::webhook`] updates them).
#[derive(Debug, Default)]
pub struct WebhookMetrics {
    pub delivered: AtomicU64,
    pub failed_attempts: AtomicU64,
    /// Events in the outbox not delivered yet (as of the worker's last pass).
    pub pending: AtomicI64,
    /// Events this node set aside as dead letters since start.
    pub dead_lettered: AtomicU64,
    /// Dead letters in the outbox now (as of the worker's last pass), on
    /// every node that delivers.
    pub dead_letters: AtomicI64,
}

/// What `/metrics` shows besides [`Metrics`].
pub struct Sources<'a> {
    pub metrics: &'a Metrics,
    pub store: &'a crate::store::StoreStats,
    pub provider: &'a str,
    pub now_ms: i64,
}

/// Prometheus text exposition format, version 0.0.4.
pub fn render(src: &Sources<'_>) -> String {
    let m = src.metrics;
    let mut out = Text::default();
    let i = |a: &AtomicI64| a.load(Ordering::Relaxed);
    let u = |a: &AtomicU64| a.load(Ordering::Relaxed);

    out.family(
        "concierge_connections",
        "gauge",
        "Open WebSocket connections by role (admin counts as staff).",
    );
    out.sample(
        "concierge_connections",
        &[("role", "customer")],
        i(&m.conns_customer),
    );
    out.sample(
        "concierge_connections",
        &[("role", "staff")],
        i(&m.conns_staff),
    );

    out.family(
        "concierge_messages_total",
        "counter",
        "Messages stored, by sender role.",
    );
    for (role, c) in [
        ("customer", &m.messages_customer),
        ("staff", &m.messages_staff),
        ("ai", &m.messages_ai),
        ("system", &m.messages_system),
    ] {
        out.sample("concierge_messages_total", &[("sender_role", role)], u(c));
    }

    out.family(
        "concierge_frames_rejected_total",
        "counter",
        "Client frames answered with an error (bad JSON, unknown event, bad fields, too long).",
    );
    out.sample(
        "concierge_frames_rejected_total",
        &[],
        u(&m.frames_rejected),
    );
    out.family(
        "concierge_frames_rate_limited_total",
        "counter",
        "Client frames refused by the per-connection rate limit.",
    );
    out.sample(
        "concierge_frames_rate_limited_total",
        &[],
        u(&m.frames_rate_limited),
    );

    out.family(
        "concierge_slow_consumers_total",
        "counter",
        "Connections dropped because the client stopped reading (SLOW_CONSUMER_SECS).",
    );
    out.sample("concierge_slow_consumers_total", &[], u(&m.slow_consumers));

    out.family(
        "concierge_queue_length",
        "gauge",
        "Transfer requests waiting for staff.",
    );
    out.sample("concierge_queue_length", &[], i(&m.queue_length));
    let since = i(&m.queue_oldest_since_ms);
    let oldest = if since > 0 {
        (src.now_ms - since).max(0) as f64 / 1000.0
    } else {
        0.0
    };
    out.family(
        "concierge_queue_oldest_wait_seconds",
        "gauge",
        "How long the oldest waiting transfer request has waited (0 when none).",
    );
    out.sample_f("concierge_queue_oldest_wait_seconds", &[], oldest);

    out.family("concierge_staff_online", "gauge", "Staff members online.");
    out.sample("concierge_staff_online", &[], i(&m.staff_online));
    out.family(
        "concierge_staff_available",
        "gauge",
        "Staff members online and available for new chats.",
    );
    out.sample("concierge_staff_available", &[], i(&m.staff_available));
    out.family(
        "concierge_handovers_total",
        "counter",
        "Conversations the assistant handed to a human.",
    );
    out.sample("concierge_handovers_total", &[], u(&m.handovers));

    let p = [("provider", src.provider)];
    out.family(
        "concierge_ai_replies_total",
        "counter",
        "Assistant replies finished, by provider.",
    );
    out.sample("concierge_ai_replies_total", &p, u(&m.ai_replies));
    out.family(
        "concierge_ai_failures_total",
        "counter",
        "Assistant replies that failed (provider error or timeout), by provider.",
    );
    out.sample("concierge_ai_failures_total", &p, u(&m.ai_failures));
    out.family(
        "concierge_ai_latency_seconds_sum",
        "counter",
        "Total time from the customer's line to the assistant's complete reply; divide by concierge_ai_replies_total for the mean.",
    );
    out.sample_f(
        "concierge_ai_latency_seconds_sum",
        &p,
        u(&m.ai_latency_ms_total) as f64 / 1000.0,
    );
    out.family(
        "concierge_ai_first_token_seconds_sum",
        "counter",
        "Total time to the assistant's first streamed token.",
    );
    out.sample_f(
        "concierge_ai_first_token_seconds_sum",
        &p,
        u(&m.ai_first_token_ms_total) as f64 / 1000.0,
    );

    let s = src.store;
    out.family(
        "concierge_store_commits_total",
        "counter",
        "Transactions committed by the store's writer.",
    );
    out.sample("concierge_store_commits_total", &[], u(&s.commits));
    out.family(
        "concierge_store_failed_commits_total",
        "counter",
        "Write groups that failed for the database's sake (disk full, I/O error, unreachable); clients got `unavailable`.",
    );
    out.sample(
        "concierge_store_failed_commits_total",
        &[],
        u(&s.failed_commits),
    );
    out.family(
        "concierge_store_committed_groups_total",
        "counter",
        "Atomic write groups committed; groups per commit is the batch size.",
    );
    out.sample(
        "concierge_store_committed_groups_total",
        &[],
        u(&s.committed_groups),
    );
    out.family(
        "concierge_store_commit_seconds_sum",
        "counter",
        "Total time spent committing; divide by concierge_store_commits_total for the mean.",
    );
    out.sample_f(
        "concierge_store_commit_seconds_sum",
        &[],
        u(&s.commit_micros_total) as f64 / 1e6,
    );
    out.family(
        "concierge_store_commit_seconds_max",
        "gauge",
        "Longest commit since start.",
    );
    out.sample_f(
        "concierge_store_commit_seconds_max",
        &[],
        u(&s.commit_micros_max) as f64 / 1e6,
    );
    out.family(
        "concierge_store_batch_size_max",
        "gauge",
        "Most write groups committed in one transaction since start.",
    );
    out.sample("concierge_store_batch_size_max", &[], u(&s.largest_batch));
    out.family(
        "concierge_store_retried_batches_total",
        "counter",
        "Batches run again after a deadlock or serialization failure (PostgreSQL).",
    );
    out.sample(
        "concierge_store_retried_batches_total",
        &[],
        u(&s.retried_batches),
    );
    out.family(
        "concierge_store_batches_side_by_side_total",
        "counter",
        "Batches sent while the one before them was still on the server (PostgreSQL).",
    );
    out.sample(
        "concierge_store_batches_side_by_side_total",
        &[],
        u(&s.batches_side_by_side),
    );

    let w = &m.webhooks;
    out.family(
        "concierge_webhook_delivered_total",
        "counter",
        "Webhook events the receiver acknowledged with 2xx.",
    );
    out.sample("concierge_webhook_delivered_total", &[], u(&w.delivered));
    out.family(
        "concierge_webhook_failed_attempts_total",
        "counter",
        "Webhook attempts that failed (will be retried).",
    );
    out.sample(
        "concierge_webhook_failed_attempts_total",
        &[],
        u(&w.failed_attempts),
    );
    out.family(
        "concierge_webhook_pending",
        "gauge",
        "Webhook events waiting for delivery.",
    );
    out.sample("concierge_webhook_pending", &[], i(&w.pending));
    out.family(
        "concierge_webhook_dead_lettered_total",
        "counter",
        "Webhook events set aside after WEBHOOK_MAX_ATTEMPTS or WEBHOOK_MAX_AGE_SECS.",
    );
    out.sample(
        "concierge_webhook_dead_lettered_total",
        &[],
        u(&w.dead_lettered),
    );
    out.family(
        "concierge_webhook_dead_letters",
        "gauge",
        "Webhook dead letters waiting for an admin to replay or drop them (each pauses its session).",
    );
    out.sample("concierge_webhook_dead_letters", &[], i(&w.dead_letters));

    if let Some(c) = m.cluster.get() {
        for (name, help, v) in [
            (
                "concierge_cluster_events_published_total",
                "News of commits sent to the other nodes.",
                &c.published,
            ),
            (
                "concierge_cluster_events_dropped_total",
                "News not sent because Redis was unreachable (the nodes re-read the database).",
                &c.dropped,
            ),
            (
                "concierge_cluster_deltas_dropped_total",
                "Assistant deltas not sent to the other nodes (Redis away or slow); the stored reply still arrives.",
                &c.dropped_droppable,
            ),
            (
                "concierge_cluster_events_received_total",
                "News received from the other nodes.",
                &c.received,
            ),
        ] {
            out.family(name, "counter", help);
            out.sample(name, &[], u(v));
        }
        out.family(
            "concierge_cluster_redis_subscribed",
            "gauge",
            "1 while this node is subscribed to the other nodes' news.",
        );
        out.sample(
            "concierge_cluster_redis_subscribed",
            &[],
            u64::from(c.connected.load(Ordering::Relaxed)),
        );
    }
    out.0
}

#[derive(Default)]
struct Text(String);

impl Text {
    fn family(&mut self, name: &str, kind: &str, help: &str) {
        use std::fmt::Write;
        let _ = writeln!(self.0, "# HELP {name} {help}");
        let _ = writeln!(self.0, "# TYPE {name} {kind}");
    }
    fn sample(&mut self, name: &str, labels: &[(&str, &str)], v: impl std::fmt::Display) {
        use std::fmt::Write;
        let _ = writeln!(self.0, "{name}{} {v}", labels_text(labels));
    }
    fn sample_f(&mut self, name: &str, labels: &[(&str, &str)], v: f64) {
        self.sample(name, labels, v);
    }
}

fn labels_text(labels: &[(&str, &str)]) -> String {
    if labels.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = labels
        .iter()
        .map(|(k, v)| {
            let v = v
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n");
            format!("{k}=\"{v}\"")
        })
        .collect();
    format!("{{{}}}", parts.join(","))
}

/// `GET /metrics`, unauthenticated (bind the daemon to a private address
/// or filter the path at the proxy).
pub async fn handler(
    axum::extract::State(app): axum::extract::State<crate::server::AppState>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let text = render(&Sources {
        metrics: &app.metrics,
        store: &app.store.stats,
        provider: app.assistant.provider_name(),
        now_ms: concierge_shared::protocol::Timestamp::now().millis(),
    });
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_family_with_help_type_and_labels() {
        let m = Metrics::default();
        m.conns_customer.store(3, Ordering::Relaxed);
        m.queue_oldest_since_ms.store(1_000, Ordering::Relaxed);
        Metrics::add(&m.messages_ai, 2);
        let store = crate::store::StoreStats::default();
        let text = render(&Sources {
            metrics: &m,
            store: &store,
            provider: "emb\"edded",
            now_ms: 3_500,
        });
        assert!(text.contains("concierge_connections{role=\"customer\"} 3\n"));
        assert!(text.contains("concierge_messages_total{sender_role=\"ai\"} 2\n"));
        assert!(text.contains("concierge_queue_oldest_wait_seconds 2.5\n"));
        assert!(text.contains("provider=\"emb\\\"edded\""));
        // Every sample belongs to a family announced with HELP and TYPE.
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let name = line.split(['{', ' ']).next().unwrap_or_default();
            assert!(text.contains(&format!("# TYPE {name} ")), "{name}");
        }
    }
}
