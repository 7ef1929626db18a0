//! What a load run measures: counters, HDR latency histograms, errors by
//! code, and the final report (text or JSON).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use serde::Serialize;

/// Which latency a sample belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lat {
    /// TCP connect + WebSocket upgrade.
    Connect,
    /// `send_message` → its `ack` (the message is durable).
    Ack,
    /// Customer sends → the assigned staff bot receives `new_message`.
    ToStaff,
    /// Staff sends → the customer receives `new_message`.
    ToCustomer,
    /// Customer sends → first `ai_message_delta` (or `ai_message`).
    FirstToken,
}

const LATS: [(Lat, &str); 5] = [
    (Lat::Connect, "connect"),
    (Lat::Ack, "sendToAck"),
    (Lat::ToStaff, "customerToStaff"),
    (Lat::ToCustomer, "staffToCustomer"),
    (Lat::FirstToken, "aiFirstToken"),
];

/// How many customers never served the report names; the rest are counted.
const NAMED_UNSERVED: usize = 20;

/// Shared by every bot; counters are atomics, histograms behind one lock
/// held only for a record.
pub struct Metrics {
    pub start: Instant,
    pub connects_ok: AtomicU64,
    pub connects_failed: AtomicU64,
    pub open: AtomicU64,
    pub open_peak: AtomicU64,
    pub customer_sent: AtomicU64,
    pub customer_acked: AtomicU64,
    /// Sends answered with `error` (counted by code in the errors too).
    pub customer_failed: AtomicU64,
    pub staff_failed: AtomicU64,
    /// Customer messages acked after a person joined (staff should get them).
    pub sent_to_staff: AtomicU64,
    pub staff_sent: AtomicU64,
    pub staff_acked: AtomicU64,
    pub delivered_to_staff: AtomicU64,
    pub delivered_to_customer: AtomicU64,
    pub ai_replies: AtomicU64,
    /// `request_staff` sent by customers.
    pub transfers_asked: AtomicU64,
    /// `transfer_requested` received (asked, or handed over by the assistant).
    pub transfers_requested: AtomicU64,
    pub transfers_failed: AtomicU64,
    pub transfers_accepted: AtomicU64,
    pub accept_conflicts: AtomicU64,
    /// Customers that asked for a person and have had no answer yet (no
    /// `transfer_accepted`, no `transfer_failed`, no refusal of the
    /// request): work still outstanding, which the drain waits for.
    pub awaiting_person: AtomicU64,
    /// Customers that asked for a person and had none when they stopped.
    pub not_served: AtomicU64,
    /// The first [`NAMED_UNSERVED`] of them, as "customer (session)".
    unserved: Mutex<Vec<String>>,
    /// Per `--server` address, in the order given.
    pub servers: Vec<ServerCounters>,
    hists: Mutex<Vec<Histogram<u64>>>,
    errors: Mutex<BTreeMap<String, u64>>,
}

/// Connections to one of the `--server` addresses.
#[derive(Debug, Default)]
pub struct ServerCounters {
    /// Bots placed on this server (set when they are scheduled).
    pub customers: AtomicU64,
    pub staff: AtomicU64,
    pub ok: AtomicU64,
    pub failed: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// Metrics for a run against one server.
    pub fn new() -> Self {
        Self::for_servers(1)
    }

    /// Metrics for a run spread over `servers` addresses (at least one).
    pub fn for_servers(servers: usize) -> Self {
        let hist = || {
            // 1 µs to 1 h at 3 significant digits: constant, valid bounds.
            Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("valid histogram bounds")
        };
        Self {
            start: Instant::now(),
            connects_ok: AtomicU64::new(0),
            connects_failed: AtomicU64::new(0),
            open: AtomicU64::new(0),
            open_peak: AtomicU64::new(0),
            customer_sent: AtomicU64::new(0),
            customer_acked: AtomicU64::new(0),
            customer_failed: AtomicU64::new(0),
            staff_failed: AtomicU64::new(0),
            sent_to_staff: AtomicU64::new(0),
            staff_sent: AtomicU64::new(0),
            staff_acked: AtomicU64::new(0),
            delivered_to_staff: AtomicU64::new(0),
            delivered_to_customer: AtomicU64::new(0),
            ai_replies: AtomicU64::new(0),
            transfers_asked: AtomicU64::new(0),
            transfers_requested: AtomicU64::new(0),
            transfers_failed: AtomicU64::new(0),
            transfers_accepted: AtomicU64::new(0),
            accept_conflicts: AtomicU64::new(0),
            awaiting_person: AtomicU64::new(0),
            not_served: AtomicU64::new(0),
            unserved: Mutex::new(Vec::new()),
            servers: (0..servers.max(1))
                .map(|_| ServerCounters::default())
                .collect(),
            hists: Mutex::new(LATS.iter().map(|_| hist()).collect()),
            errors: Mutex::new(BTreeMap::new()),
        }
    }

    /// Customer `id` asked for a person and stopped without one; its
    /// session, if it had one, is where to look in the daemon's logs.
    pub fn unserved(&self, id: &str, session: Option<&str>) {
        self.not_served.fetch_add(1, Relaxed);
        if let Ok(mut names) = self.unserved.lock()
            && names.len() < NAMED_UNSERVED
        {
            names.push(match session {
                Some(s) => format!("{id} ({s})"),
                None => format!("{id} (no session)"),
            });
        }
    }

    pub fn record(&self, lat: Lat, d: Duration) {
        let i = LATS.iter().position(|(l, _)| *l == lat).unwrap_or(0);
        let micros = u64::try_from(d.as_micros()).unwrap_or(u64::MAX).max(1);
        if let Ok(mut h) = self.hists.lock() {
            h[i].saturating_record(micros);
        }
    }

    /// The counters of server `i` (the first one if out of range, which
    /// the scheduler never asks for).
    pub fn server(&self, i: usize) -> &ServerCounters {
        self.servers.get(i).unwrap_or(&self.servers[0])
    }

    pub fn error(&self, code: &str) {
        if let Ok(mut e) = self.errors.lock() {
            *e.entry(code.to_string()).or_default() += 1;
        }
    }

    pub fn error_count(&self) -> u64 {
        self.errors.lock().map(|e| e.values().sum()).unwrap_or(0)
    }

    pub fn opened(&self) {
        let now = self.open.fetch_add(1, Relaxed) + 1;
        self.open_peak.fetch_max(now, Relaxed);
    }

    pub fn closed(&self) {
        self.open.fetch_sub(1, Relaxed);
    }

    /// Micros since the run started: what messages carry to measure delivery.
    pub fn stamp(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_micros()).unwrap_or(u64::MAX)
    }

    /// How long ago a stamp was taken.
    pub fn since_stamp(&self, stamp: u64) -> Duration {
        Duration::from_micros(self.stamp().saturating_sub(stamp))
    }

    /// Every message sent has been acked and delivered where it should be,
    /// and every customer who asked for a person has had an answer. (A
    /// customer still waiting once the lines were drained was stopped and
    /// counted as not served, though a bot had just taken its request: the
    /// last accepts of a busy run come seconds after the asks.)
    pub fn drained(&self) -> bool {
        let g = |a: &AtomicU64| a.load(Relaxed);
        g(&self.customer_sent) == g(&self.customer_acked) + g(&self.customer_failed)
            && g(&self.staff_sent) == g(&self.staff_acked) + g(&self.staff_failed)
            && g(&self.sent_to_staff) <= g(&self.delivered_to_staff)
            && g(&self.staff_acked) <= g(&self.delivered_to_customer)
            && g(&self.awaiting_person) == 0
    }

    /// One line for the live progress display.
    pub fn progress(&self) -> String {
        let g = |a: &AtomicU64| a.load(Relaxed);
        let p50 = self
            .hists
            .lock()
            .map(|h| h[1].value_at_quantile(0.5) as f64 / 1000.0)
            .unwrap_or(0.0);
        format!(
            "{:>5.0}s  open {}  sent {}  acked {}  to-staff {}  to-customer {}  ai {}  errors {}  ack p50 {:.1}ms",
            self.start.elapsed().as_secs_f64(),
            g(&self.open),
            g(&self.customer_sent) + g(&self.staff_sent),
            g(&self.customer_acked) + g(&self.staff_acked),
            g(&self.delivered_to_staff),
            g(&self.delivered_to_customer),
            g(&self.ai_replies),
            self.error_count(),
            p50
        )
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LatencySummary {
    pub count: u64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
}

impl LatencySummary {
    pub fn of(h: &Histogram<u64>) -> Self {
        if h.is_empty() {
            return Self::default();
        }
        let ms = |v: u64| (v as f64 / 1000.0 * 1000.0).round() / 1000.0;
        Self {
            count: h.len(),
            p50_ms: ms(h.value_at_quantile(0.50)),
            p95_ms: ms(h.value_at_quantile(0.95)),
            p99_ms: ms(h.value_at_quantile(0.99)),
            max_ms: ms(h.max()),
            mean_ms: (h.mean() / 1000.0 * 1000.0).round() / 1000.0,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Connections {
    pub attempted: u64,
    pub ok: u64,
    pub failed: u64,
    pub open_peak: u64,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Messages {
    pub customer_sent: u64,
    pub customer_acked: u64,
    pub staff_sent: u64,
    pub staff_acked: u64,
    pub sent_to_staff: u64,
    pub delivered_to_staff: u64,
    pub delivered_to_customer: u64,
    pub ai_replies: u64,
    /// Acked messages (customer + staff) per second of the sending window.
    pub acked_per_sec: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Transfers {
    /// Customers that sent `request_staff`.
    pub asked: u64,
    /// `transfer_requested` received (asked, or handed over by the assistant).
    pub requested: u64,
    /// `transfer_failed`: nobody could take the chat.
    pub failed: u64,
    pub accepted: u64,
    /// Accepts lost to another staff bot (expected with several bots).
    pub accept_conflicts: u64,
    /// Customers that asked for a person and never had one.
    pub not_served: u64,
    /// The first of them by name, with their session.
    pub unserved: Vec<String>,
}

/// One `--server` address: the bots placed there and how their connects
/// went, and that daemon's memory when it runs on this machine.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerReport {
    pub server: String,
    pub customers: u64,
    pub staff: u64,
    pub ok: u64,
    pub failed: u64,
    pub daemon_pid: Option<u32>,
    pub daemon_rss_peak_kb: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Memory {
    /// The daemon's pid; `None` with several daemons, whose RSS figures
    /// below are then summed (each one's peak is in [`ServerReport`]).
    pub daemon_pid: Option<u32>,
    pub daemon_rss_start_kb: Option<u64>,
    pub daemon_rss_peak_kb: Option<u64>,
    pub daemon_rss_end_kb: Option<u64>,
    /// (peak − start) / peak open connections.
    pub daemon_kb_per_connection: Option<f64>,
    pub client_rss_peak_kb: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The `--server` addresses, comma-separated.
    pub target: String,
    /// One entry per `--server` address, in the order given.
    pub servers: Vec<ServerReport>,
    pub mode: &'static str,
    pub elapsed_secs: f64,
    pub sending_secs: f64,
    pub connections: Connections,
    pub messages: Messages,
    pub transfers: Transfers,
    pub latency: BTreeMap<&'static str, LatencySummary>,
    pub errors: BTreeMap<String, u64>,
    pub memory: Memory,
}

impl Report {
    /// `servers` are the `--server` addresses with each daemon's pid and
    /// peak RSS (when found), in the order of [`Metrics::servers`].
    pub fn build(
        m: &Metrics,
        servers: &[(String, Option<u32>, Option<u64>)],
        mode: &'static str,
        attempted: u64,
        sending: Duration,
        memory: Memory,
    ) -> Self {
        let g = |a: &AtomicU64| a.load(Relaxed);
        let latency = m
            .hists
            .lock()
            .map(|h| {
                LATS.iter()
                    .zip(h.iter())
                    .map(|((_, name), h)| (*name, LatencySummary::of(h)))
                    .collect()
            })
            .unwrap_or_default();
        let acked = g(&m.customer_acked) + g(&m.staff_acked);
        let secs = sending.as_secs_f64();
        let target = servers
            .iter()
            .map(|(s, _, _)| s.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let servers = servers
            .iter()
            .zip(&m.servers)
            .map(|((server, pid, rss), c)| ServerReport {
                server: server.clone(),
                customers: g(&c.customers),
                staff: g(&c.staff),
                ok: g(&c.ok),
                failed: g(&c.failed),
                daemon_pid: *pid,
                daemon_rss_peak_kb: *rss,
            })
            .collect();
        Self {
            target,
            servers,
            mode,
            elapsed_secs: round3(m.start.elapsed().as_secs_f64()),
            sending_secs: round3(secs),
            connections: Connections {
                attempted,
                ok: g(&m.connects_ok),
                failed: g(&m.connects_failed),
                open_peak: g(&m.open_peak),
            },
            messages: Messages {
                customer_sent: g(&m.customer_sent),
                customer_acked: g(&m.customer_acked),
                staff_sent: g(&m.staff_sent),
                staff_acked: g(&m.staff_acked),
                sent_to_staff: g(&m.sent_to_staff),
                delivered_to_staff: g(&m.delivered_to_staff),
                delivered_to_customer: g(&m.delivered_to_customer),
                ai_replies: g(&m.ai_replies),
                acked_per_sec: if secs > 0.0 {
                    round3(acked as f64 / secs)
                } else {
                    0.0
                },
            },
            transfers: Transfers {
                asked: g(&m.transfers_asked),
                requested: g(&m.transfers_requested),
                failed: g(&m.transfers_failed),
                accepted: g(&m.transfers_accepted),
                accept_conflicts: g(&m.accept_conflicts),
                not_served: g(&m.not_served),
                unserved: m.unserved.lock().map(|u| u.clone()).unwrap_or_default(),
            },
            latency,
            errors: m.errors.lock().map(|e| e.clone()).unwrap_or_default(),
            memory,
        }
    }

    fn render_messages(&self, s: &mut String) {
        let m = &self.messages;
        let t = &self.transfers;
        s.push_str(&format!(
            "messages     customer sent {} acked {}  staff sent {} acked {}  {:.1} acked/s\n",
            m.customer_sent, m.customer_acked, m.staff_sent, m.staff_acked, m.acked_per_sec
        ));
        s.push_str(&format!(
            "delivered    to staff {}/{}  to customers {}/{}  assistant replies {}\n",
            m.delivered_to_staff,
            m.sent_to_staff,
            m.delivered_to_customer,
            m.staff_sent,
            m.ai_replies
        ));
        s.push_str(&format!(
            "transfers    asked {}  requested {}  accepted {}  failed {}  accept conflicts {}\n",
            t.asked, t.requested, t.accepted, t.failed, t.accept_conflicts
        ));
        if t.not_served > 0 {
            s.push_str(&format!(
                "not served   {}: {}{}\n",
                t.not_served,
                t.unserved.join(", "),
                if t.not_served > t.unserved.len() as u64 {
                    ", …"
                } else {
                    ""
                }
            ));
        }
    }

    pub fn render(&self) -> String {
        let mut s = String::new();
        let c = &self.connections;
        let idle = self.mode == "connect-only";
        s.push_str(&format!(
            "load against {} ({}), {:.1}s ({:.1}s {})\n",
            self.target,
            self.mode,
            self.elapsed_secs,
            self.sending_secs,
            if idle {
                "connecting and holding"
            } else {
                "sending"
            }
        ));
        s.push_str(&format!(
            "connections  attempted {}  ok {}  failed {}  peak open {}\n",
            c.attempted, c.ok, c.failed, c.open_peak
        ));
        // One server: the line above says it all.
        if self.servers.len() > 1 {
            s.push_str(&format!("servers      {}\n", self.servers.len()));
            for v in &self.servers {
                s.push_str(&format!(
                    "  {:<21} customers {}  staff {}  ok {}  failed {}",
                    v.server, v.customers, v.staff, v.ok, v.failed
                ));
                if let Some(pid) = v.daemon_pid {
                    s.push_str(&format!(
                        "  pid {pid} rss peak {}",
                        kb(v.daemon_rss_peak_kb)
                    ));
                }
                s.push('\n');
            }
        }
        if !idle {
            self.render_messages(&mut s);
        }
        s.push_str(&format!(
            "{:<17}{:>8}{:>10}{:>10}{:>10}{:>10}\n",
            "latency (ms)", "count", "p50", "p95", "p99", "max"
        ));
        for (name, l) in &self.latency {
            if l.count > 0 {
                s.push_str(&format!(
                    "  {:<15}{:>8}{:>10.2}{:>10.2}{:>10.2}{:>10.2}\n",
                    name, l.count, l.p50_ms, l.p95_ms, l.p99_ms, l.max_ms
                ));
            }
        }
        if self.errors.is_empty() {
            s.push_str("errors       none\n");
        } else {
            let list: Vec<String> = self
                .errors
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            s.push_str(&format!("errors       {}\n", list.join("  ")));
        }
        let mem = &self.memory;
        let who = match mem.daemon_pid {
            Some(pid) => Some(format!("pid {pid}")),
            // Several daemons: the figures are their sum.
            None => mem.daemon_rss_peak_kb.map(|_| {
                let n = self
                    .servers
                    .iter()
                    .filter_map(|v| v.daemon_pid)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                format!("{n} daemons summed")
            }),
        };
        if let Some(who) = who {
            s.push_str(&format!(
                "daemon rss   {who}  start {}  peak {}  end {}",
                kb(mem.daemon_rss_start_kb),
                kb(mem.daemon_rss_peak_kb),
                kb(mem.daemon_rss_end_kb)
            ));
            if let Some(per) = mem.daemon_kb_per_connection {
                s.push_str(&format!("  ≈ {per:.1} KiB per connection"));
            }
            s.push('\n');
        }
        if let Some(k) = mem.client_rss_peak_kb {
            s.push_str(&format!("client rss   peak {}\n", kb(Some(k))));
        }
        s
    }
}

fn kb(v: Option<u64>) -> String {
    match v {
        Some(k) if k >= 10 * 1024 => format!("{:.1} MiB", k as f64 / 1024.0),
        Some(k) => format!("{k} KiB"),
        None => "-".into(),
    }
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_come_from_the_histogram() {
        let m = Metrics::new();
        for ms in 1..=100u64 {
            m.record(Lat::Ack, Duration::from_millis(ms));
        }
        m.error("rate_limited");
        m.error("rate_limited");
        let r = Report::build(
            &m,
            &[("127.0.0.1:1".into(), None, None)],
            "chat",
            1,
            Duration::from_secs(2),
            Memory::default(),
        );
        let ack = &r.latency["sendToAck"];
        assert_eq!(ack.count, 100);
        assert!((ack.p50_ms - 50.0).abs() < 0.1, "{ack:?}");
        assert!((ack.p99_ms - 99.0).abs() < 0.1, "{ack:?}");
        assert!((ack.max_ms - 100.0).abs() < 0.1, "{ack:?}");
        assert_eq!(r.latency["connect"].count, 0);
        assert_eq!(r.errors["rate_limited"], 2);
        let text = r.render();
        assert!(text.contains("sendToAck"), "{text}");
        assert!(
            !text.contains("aiFirstToken"),
            "empty histograms are left out: {text}"
        );
        assert!(text.contains("rate_limited 2"));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["latency"]["sendToAck"]["count"], 100);
    }

    #[test]
    fn drained_means_every_send_acked_and_delivered() {
        let m = Metrics::new();
        assert!(m.drained());
        m.customer_sent.fetch_add(1, Relaxed);
        assert!(!m.drained());
        m.customer_acked.fetch_add(1, Relaxed);
        m.sent_to_staff.fetch_add(1, Relaxed);
        assert!(!m.drained());
        m.delivered_to_staff.fetch_add(1, Relaxed);
        assert!(m.drained());
    }

    #[test]
    fn stamps_measure_elapsed_time() {
        let m = Metrics::new();
        let s = m.stamp();
        std::thread::sleep(Duration::from_millis(5));
        assert!(m.since_stamp(s) >= Duration::from_millis(5));
        m.opened();
        m.opened();
        m.closed();
        assert_eq!(m.open_peak.load(Relaxed), 2);
    }
}
