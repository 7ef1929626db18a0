//! `concierge load`: many customers and staff bots against a daemon, several
//! daemons (the nodes of a cluster), or the Node baseline on this machine,
//! with a latency report.
//!
//! [`bots`] are the simulated users, [`report`] the measurements,
//! [`sys`] the open-files limit, source addresses and /proc RSS. This file
//! checks the arguments, schedules the bots, shows progress, drains and
//! reports. Every run is bounded: at most 100,000 connections, one hour,
//! loopback targets only.

pub mod bots;
mod desk;
pub mod report;
pub mod sys;

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;

use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::target::{self, Server, TargetError};
use crate::ws::ConnectOptions;
use report::{Memory, Metrics, Report};

pub const MAX_CONNECTIONS: usize = 100_000;
/// Addresses in one `--server` list.
pub const MAX_SERVERS: usize = 64;
pub const MAX_DURATION: Duration = Duration::from_secs(3600);

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Target(#[from] TargetError),
    #[error("{0}")]
    Args(String),
    #[error("load is only sent to this machine: {0} is not a loopback address")]
    NotLoopback(String),
    #[error("cannot read the JWT secret from {path}: {source}")]
    Secret {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Simulate many customers and staff, and report latencies.
///
/// Customers connect over --ramp, then together send --rate messages per
/// second for --duration. A share of them (--ask-human) first asks for a
/// person and only sends once a staff bot accepted; staff bots take offers
/// while they have room and answer every message. Then the run drains (waits for
/// outstanding acks and deliveries, and for the answer to every request for a
/// person, at most --drain) and prints a report:
/// connect, send→ack, customer→staff, staff→customer and assistant
/// first-token latencies (p50/p95/p99/max), messages per second, errors by
/// code, and the daemon's memory when it runs on this machine.
///
/// --server takes a comma-separated list to spread the connections over
/// several daemons (the nodes of a cluster): customer i goes to server
/// i mod n, staff bot j to server (j+1) mod n, so with two or more servers
/// a customer and the bot answering it are usually on different nodes.
/// The report counts connections per server.
///
/// Tokens are minted with the daemon's secret: --data-dir (reads
/// jwt_secret), --jwt-secret-file, or CONCIERGE_JWT_SECRET (use the same
/// secret for the Node baseline, whose JWT_SECRET it is).
///
/// Examples:
///   concierge load --customers 200 --staff 10 --ask-human 0.5 --rate 100 --duration 30s
///   concierge load --connect-only --customers 50000 --ramp 60s --duration 60s
///   concierge load --server 127.0.0.1:7001,127.0.0.1:7002 --jwt-secret-file /tmp/secret --staff 40
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct LoadArgs {
    /// Daemon address, or several separated by commas (all loopback; every
    /// node of a cluster shares one JWT secret) [default: 127.0.0.1:7878]
    #[arg(long, env = "CONCIERGE_SERVER", value_name = "ADDR[,ADDR…]")]
    pub server: Option<String>,
    /// The daemon's data dir (its jwt_secret signs the bots' tokens).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// A file holding the HS256 secret (instead of --data-dir).
    #[arg(long, value_name = "FILE", conflicts_with = "data_dir")]
    pub jwt_secret_file: Option<PathBuf>,
    /// Simulated customers (connections).
    #[arg(long, default_value_t = 10)]
    pub customers: usize,
    /// Staff bots: accept offers, answer every customer message.
    #[arg(long, default_value_t = 0)]
    pub staff: usize,
    /// Customer messages per second, all customers together.
    #[arg(long, default_value_t = 10.0)]
    pub rate: f64,
    /// How long customers send (e.g. 30s, 2m, 500ms).
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    pub duration: Duration,
    /// Spread the connects over this long before sending starts.
    #[arg(long, value_parser = parse_duration, default_value = "1s")]
    pub ramp: Duration,
    /// Share of customers (0–1) that ask for a person first.
    #[arg(long, default_value_t = 0.0)]
    pub ask_human: f64,
    /// Only open --customers idle connections and hold them for --duration
    /// (memory and connect-rate test; nothing is sent).
    #[arg(long)]
    pub connect_only: bool,
    /// After sending stops, wait at most this long for acks, deliveries and
    /// the answers to requests for a person.
    #[arg(long, value_parser = parse_duration, default_value = "5s")]
    pub drain: Duration,
    /// Read buffer per connection, bytes (small keeps the client's memory low).
    #[arg(long, default_value_t = 4096)]
    pub read_buffer: usize,
    /// Connects in flight at once.
    #[arg(long, default_value_t = 256)]
    pub connect_concurrency: usize,
    /// Loopback source addresses to spread connections over (127.0.0.2, …);
    /// 0 = one per 25,000 connections when more than that are asked for.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub source_addrs: usize,
    /// The daemon's pid for RSS [default: the process listening on the
    /// port; each server's own with several servers].
    #[arg(long)]
    pub daemon_pid: Option<u32>,
    /// Print the final report as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// No live progress line on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// `500ms`, `10s`, `2m`, `1h`, or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| c.is_ascii_alphabetic()) {
        Some(i) => s.split_at(i),
        None => (s, "s"),
    };
    let v: f64 = num
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (try 500ms, 10s, 2m)"))?;
    let secs = match unit {
        "ms" => v / 1000.0,
        "s" => v,
        "m" => v * 60.0,
        "h" => v * 3600.0,
        _ => return Err(format!("unknown unit {unit:?} in {s:?} (ms, s, m, h)")),
    };
    if !secs.is_finite() || secs < 0.0 {
        return Err(format!("{s:?} must be a positive duration"));
    }
    Ok(Duration::from_secs_f64(secs))
}

impl LoadArgs {
    fn check(&self) -> Result<(), LoadError> {
        let bad = |m: &str| Err(LoadError::Args(m.to_string()));
        let total = self.customers + self.staff;
        if total == 0 {
            return bad("nothing to do: --customers and --staff are both 0");
        }
        if total > MAX_CONNECTIONS {
            return Err(LoadError::Args(format!(
                "at most {MAX_CONNECTIONS} connections per run (asked for {total})"
            )));
        }
        if self.duration + self.ramp > MAX_DURATION {
            return bad("--duration plus --ramp must stay within one hour");
        }
        if !(0.0..=1.0).contains(&self.ask_human) {
            return bad("--ask-human is a share between 0 and 1");
        }
        if !(self.rate > 0.0 && self.rate <= 1_000_000.0) {
            return bad("--rate must be above 0 and at most 1,000,000 messages/s");
        }
        if !(512..=1 << 20).contains(&self.read_buffer) {
            return bad("--read-buffer must be between 512 bytes and 1 MiB");
        }
        if self.source_addrs > 250 {
            return bad("--source-addrs is at most 250 (127.0.0.2 to 127.0.0.251)");
        }
        if self.connect_concurrency == 0 {
            return bad("--connect-concurrency must be at least 1");
        }
        Ok(())
    }

    fn secret(&self) -> Result<Vec<u8>, LoadError> {
        if let Some(path) = &self.jwt_secret_file {
            return std::fs::read_to_string(path)
                .map(|s| s.trim().as_bytes().to_vec())
                .map_err(|source| LoadError::Secret {
                    path: path.clone(),
                    source,
                });
        }
        if let Ok(s) = std::env::var("CONCIERGE_JWT_SECRET")
            && !s.is_empty()
        {
            return Ok(s.into_bytes());
        }
        Ok(target::dev_secret(self.data_dir.as_deref())?)
    }
}

/// `--server a,b,c`: every address, in order (one without a comma).
fn parse_servers(list: &str) -> Result<Vec<Server>, LoadError> {
    let servers = list
        .split(',')
        .map(|part| match part.trim() {
            "" => Err(LoadError::Args(format!(
                "--server {list:?} has an empty address"
            ))),
            a => Ok(Server::parse(a).map_err(TargetError::from)?),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if servers.len() > MAX_SERVERS {
        return Err(LoadError::Args(format!(
            "--server lists {} addresses; at most {MAX_SERVERS}",
            servers.len()
        )));
    }
    Ok(servers)
}

/// Whether customer `i` of `customers` is one of the `humans` that ask for a
/// person: every k-th customer, so the share is spread over the ramp. With
/// several servers the customers are counted server by server (customer
/// i is on server i mod n), so each server gets its share of them rather
/// than every k-th customer landing on the same servers.
fn asks_for_person(i: usize, customers: usize, humans: usize, servers: usize) -> bool {
    let n = servers.max(1);
    let (server, nth) = (i % n, i / n);
    // Customers on the servers before this one (the first customers % n
    // servers have one more).
    let (per, extra) = (customers / n, customers % n);
    let p = server * per + server.min(extra) + nth;
    humans > 0 && customers > 0 && (p * humans) / customers != ((p + 1) * humans) / customers
}

/// The target must be this machine.
async fn loopback(server: &Server) -> Result<SocketAddr, LoadError> {
    let not = || LoadError::NotLoopback(server.authority.clone());
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host(&server.authority)
        .await
        .map_err(|_| not())?
        .collect();
    match addrs.first() {
        Some(a) if addrs.iter().all(|a| a.ip().is_loopback()) => Ok(*a),
        _ => Err(not()),
    }
}

pub async fn run(args: LoadArgs) -> Result<ExitCode, LoadError> {
    args.check()?;
    let servers = parse_servers(args.server.as_deref().unwrap_or(target::DEFAULT_SERVER))?;
    if servers.len() > 1 && args.daemon_pid.is_some() {
        return Err(LoadError::Args(
            "--daemon-pid names one daemon; with several servers each one's pid is found by its port".into(),
        ));
    }
    let mut addrs = Vec::with_capacity(servers.len());
    for server in &servers {
        addrs.push(loopback(server).await?);
    }
    let secret = args.secret()?;
    let total = if args.connect_only {
        args.customers
    } else {
        args.customers + args.staff
    };
    let limit = sys::raise_nofile(total as u64 + 256);
    if limit < total as u64 + 64 {
        eprintln!(
            "warning: the open-files limit is {limit}, below the {total} connections asked for; raise the hard limit (ulimit -Hn) or expect `connect_failed` errors"
        );
    }
    // 127.0.0.x sources only reach IPv4 targets.
    let sources = match (addrs.iter().all(SocketAddr::is_ipv4), args.source_addrs) {
        (false, _) => Vec::new(),
        (true, 0) => sys::source_addrs(total),
        (true, n) => sys::loopback_sources(n),
    };
    let pids: Vec<Option<u32>> = addrs
        .iter()
        .map(|a| args.daemon_pid.or_else(|| sys::pid_listening_on(a.port())))
        .collect();

    let metrics = Arc::new(Metrics::for_servers(servers.len()));
    let (stop_tx, stop_rx) = watch::channel(false);
    let t0 = Instant::now();
    // Staff first, so offers find someone; customers spread over the ramp.
    let customers_from = t0
        + if args.staff > 0 && !args.connect_only {
            Duration::from_millis(300)
        } else {
            Duration::ZERO
        };
    let send_until = customers_from + args.ramp + args.duration;
    let ctx = Arc::new(bots::Ctx {
        servers: servers.clone(),
        secret,
        run_id: uuid::Uuid::new_v4().simple().to_string()[..8].to_string(),
        metrics: metrics.clone(),
        opts: ConnectOptions {
            read_buffer: args.read_buffer,
            ..ConnectOptions::default()
        },
        sources,
        connect_gate: Semaphore::new(args.connect_concurrency),
        stop: stop_rx,
        send_until,
    });

    let mut tasks = JoinSet::new();
    let n = args.customers.max(1);
    let start_of = |i: usize| customers_from + args.ramp.mul_f64(i as f64 / n as f64);
    let customer_on = |i: usize| {
        let s = bots::customer_server(i, servers.len());
        metrics.server(s).customers.fetch_add(1, Relaxed);
        s
    };
    if args.connect_only {
        for i in 0..args.customers {
            tasks.spawn(bots::idle(ctx.clone(), i, customer_on(i), start_of(i)));
        }
    } else {
        for j in 0..args.staff {
            let s = bots::staff_server(j, servers.len());
            metrics.server(s).staff.fetch_add(1, Relaxed);
            tasks.spawn(bots::staff(ctx.clone(), j, s, t0));
        }
        let interval = Duration::from_secs_f64(args.customers as f64 / args.rate);
        let humans = (args.customers as f64 * args.ask_human).round() as usize;
        for i in 0..args.customers {
            // Spread first sends over one interval (golden-ratio steps).
            let phase = interval.mul_f64((i as f64 * 0.618_033_988_7).fract());
            tasks.spawn(bots::customer(
                ctx.clone(),
                bots::CustomerPlan {
                    index: i,
                    server: customer_on(i),
                    start_at: start_of(i),
                    ask_human: asks_for_person(i, args.customers, humans, servers.len()),
                    interval,
                    phase,
                },
            ));
        }
    }

    // Memory samples and the progress line, until the report is built.
    let mut distinct: Vec<u32> = pids.iter().flatten().copied().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let samples = Arc::new(std::sync::Mutex::new(Samples::default()));
    let sampler = tokio::spawn(sample(
        metrics.clone(),
        distinct.clone(),
        samples.clone(),
        !args.quiet,
    ));
    tokio::time::sleep_until(send_until).await;
    let sending = send_until.duration_since(customers_from);
    if !args.connect_only {
        let drain_end = Instant::now() + args.drain;
        while !metrics.drained() && Instant::now() < drain_end {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let _ = stop_tx.send(true);
    let rss_end = sum_rss(&distinct);
    // Bots close promptly once stopped; a straggler must not hold the report.
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    tasks.abort_all();
    sampler.abort();
    let _ = sampler.await;
    let samples = samples.lock().map(|s| s.clone()).unwrap_or_default();
    let open_peak = metrics.open_peak.load(Relaxed);
    let memory = Memory {
        // Several daemons: the RSS figures are their sum.
        daemon_pid: match distinct.as_slice() {
            [one] => Some(*one),
            _ => None,
        },
        daemon_rss_start_kb: samples.start_kb,
        daemon_rss_peak_kb: samples.peak_kb,
        daemon_rss_end_kb: rss_end,
        daemon_kb_per_connection: match (samples.start_kb, samples.peak_kb) {
            (Some(s), Some(p)) if open_peak > 0 => {
                Some((p.saturating_sub(s) as f64 / open_peak as f64 * 10.0).round() / 10.0)
            }
            _ => None,
        },
        client_rss_peak_kb: samples.client_peak_kb,
    };
    if !args.quiet && std::io::stderr().is_terminal() {
        eprintln!();
    }
    let per_server: Vec<(String, Option<u32>, Option<u64>)> = servers
        .iter()
        .zip(&pids)
        .map(|(s, pid)| {
            let peak = pid.and_then(|p| samples.peak_by_pid.get(&p).copied());
            (s.authority.clone(), *pid, peak)
        })
        .collect();
    let report = Report::build(
        &metrics,
        &per_server,
        if args.connect_only {
            "connect-only"
        } else {
            "chat"
        },
        total as u64,
        sending,
        memory,
    );
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        print!("{}", report.render());
    }
    let clean = report.errors.is_empty() && report.connections.failed == 0;
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Memory sampled during a run.
#[derive(Debug, Clone, Default)]
struct Samples {
    /// The daemons' RSS summed, at the first sample that read any.
    start_kb: Option<u64>,
    /// The highest such sum.
    peak_kb: Option<u64>,
    /// Each daemon's own highest RSS.
    peak_by_pid: std::collections::BTreeMap<u32, u64>,
    client_peak_kb: Option<u64>,
}

/// RSS of the daemons that can be read, summed; `None` if none can.
fn sum_rss(pids: &[u32]) -> Option<u64> {
    pids.iter()
        .filter_map(|p| sys::rss_kb(*p))
        .fold(None, |acc, k| Some(acc.unwrap_or(0) + k))
}

async fn sample(
    metrics: Arc<Metrics>,
    pids: Vec<u32>,
    samples: Arc<std::sync::Mutex<Samples>>,
    progress: bool,
) {
    let tty = std::io::stderr().is_terminal();
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    let mut n = 0u64;
    loop {
        tick.tick().await;
        if let Ok(mut m) = samples.lock() {
            let mut sum = None;
            for &pid in &pids {
                if let Some(rss) = sys::rss_kb(pid) {
                    sum = Some(sum.unwrap_or(0) + rss);
                    let peak = m.peak_by_pid.entry(pid).or_insert(0);
                    *peak = (*peak).max(rss);
                }
            }
            if let Some(sum) = sum {
                m.start_kb.get_or_insert(sum);
                m.peak_kb = Some(m.peak_kb.unwrap_or(0).max(sum));
            }
            if let Some(own) = sys::own_rss_kb() {
                m.client_peak_kb = Some(m.client_peak_kb.unwrap_or(0).max(own));
            }
        }
        n += 1;
        if progress {
            // A live line on a terminal; one line every 5 s in a log.
            if tty && n.is_multiple_of(2) {
                eprint!("\r{}\x1b[K", metrics.progress());
            } else if !tty && n.is_multiple_of(10) {
                eprintln!("{}", metrics.progress());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct T {
        #[command(flatten)]
        a: LoadArgs,
    }

    fn args(argv: &[&str]) -> LoadArgs {
        let mut v = vec!["t"];
        v.extend_from_slice(argv);
        T::try_parse_from(v).unwrap().a
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("5 parsecs").is_err());
        assert!(parse_duration("-1s").is_err());
    }

    #[test]
    fn runs_are_bounded() {
        assert!(
            args(&["--customers", "50000", "--connect-only"])
                .check()
                .is_ok()
        );
        assert!(args(&["--customers", "100001"]).check().is_err());
        assert!(args(&["--duration", "2h"]).check().is_err());
        assert!(args(&["--ask-human", "1.5"]).check().is_err());
        assert!(args(&["--rate", "0"]).check().is_err());
        assert!(args(&["--customers", "0"]).check().is_err());
    }

    #[test]
    fn people_are_asked_for_by_an_even_share_on_every_server() {
        let who = |customers, humans, servers| -> Vec<usize> {
            (0..customers)
                .filter(|&i| asks_for_person(i, customers, humans, servers))
                .collect()
        };
        // One server: every k-th customer, as always.
        assert_eq!(who(6, 3, 1), [1, 3, 5]);
        assert_eq!(who(10, 10, 1).len(), 10);
        assert!(who(10, 0, 1).is_empty());
        // Every k-th would put all of them on server 1; counted per server
        // both get some, and the total stays the same.
        assert_eq!(who(6, 3, 2), [1, 2, 5]);
        for (customers, humans, servers) in [(200, 100, 2), (200, 100, 3), (7, 3, 3), (5, 5, 4)] {
            let w = who(customers, humans, servers);
            assert_eq!(w.len(), humans, "{customers} {humans} {servers}");
            for s in 0..servers {
                let on = w.iter().filter(|&&i| i % servers == s).count();
                let all = (0..customers).filter(|i| i % servers == s).count();
                let share = all as f64 * humans as f64 / customers as f64;
                assert!(
                    (on as f64 - share).abs() <= 1.0,
                    "server {s}: {on} of {all} {w:?}"
                );
            }
        }
    }

    #[test]
    fn server_lists_parse_in_order() {
        let one = parse_servers("127.0.0.1:7878").unwrap();
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].authority, "127.0.0.1:7878");
        let three = parse_servers("127.0.0.1:1, ws://127.0.0.1:2/ws,localhost:3").unwrap();
        let a: Vec<&str> = three.iter().map(|s| s.authority.as_str()).collect();
        assert_eq!(a, ["127.0.0.1:1", "127.0.0.1:2", "localhost:3"]);
        assert!(parse_servers("127.0.0.1:1,").is_err());
        assert!(parse_servers("127.0.0.1:1,,127.0.0.1:2").is_err());
        assert!(parse_servers("127.0.0.1:1,ftp://x:2").is_err());
        let many = vec!["127.0.0.1:1"; MAX_SERVERS + 1].join(",");
        assert!(parse_servers(&many).is_err());
    }

    #[tokio::test]
    async fn every_server_in_the_list_must_be_loopback() {
        let mut a = args(&[
            "--server",
            "127.0.0.1:1,10.0.0.1:2",
            "--jwt-secret-file",
            "/nonexistent",
        ]);
        assert!(matches!(run(a).await, Err(LoadError::NotLoopback(s)) if s == "10.0.0.1:2"));
        a = args(&["--server", "127.0.0.1:1,127.0.0.1:2", "--daemon-pid", "1"]);
        assert!(matches!(run(a).await, Err(LoadError::Args(_))));
    }

    #[tokio::test]
    async fn only_loopback_targets() {
        assert!(
            loopback(&Server::parse("127.0.0.1:1").unwrap())
                .await
                .is_ok()
        );
        assert!(
            loopback(&Server::parse("localhost:1").unwrap())
                .await
                .is_ok()
        );
        assert!(
            loopback(&Server::parse("10.0.0.1:1").unwrap())
                .await
                .is_err()
        );
    }
}
