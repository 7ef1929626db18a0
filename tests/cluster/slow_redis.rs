//! A slow Redis does not slow a local chat: the hub asks Redis (presence)
//! and the database (the chores lease) in tasks of their own, never while
//! messages wait behind it.
//!
//! Node n0 reaches Redis through a proxy that holds every reply for a
//! second, and holds the chores lease; eight staff members are connected to
//! n1, so each of n0's chores rounds asks Redis about eight people it holds
//! no socket of. A customer and a staff member on n0 chat meanwhile, over
//! several rounds; every message must reach the other socket promptly.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use concierge_shared::protocol::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

use crate::harness::*;

const MESSAGES: usize = 250;
/// Spread over more than two presence rounds (every 5 s).
const PAUSE: Duration = Duration::from_millis(50);
const REDIS_DELAY: Duration = Duration::from_secs(1);

/// A TCP proxy in front of `upstream` (host:port) that delivers every
/// reply `delay` milliseconds late (in order; requests go through at
/// once). Returns its port. The delay can change while connections are
/// open: Redis that becomes slow, not one that cannot even be connected to
/// (the client gives a connection handshake 2 s).
async fn slow_proxy(upstream: String, delay: Arc<AtomicU64>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((down, _)) = listener.accept().await {
            let upstream = upstream.clone();
            let delay = delay.clone();
            tokio::spawn(async move {
                let Ok(up) = TcpStream::connect(&upstream).await else {
                    return;
                };
                let (mut down_r, mut down_w) = down.into_split();
                let (mut up_r, mut up_w) = up.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut down_r, &mut up_w).await;
                });
                let (tx, mut rx) = mpsc::unbounded_channel::<(tokio::time::Instant, Vec<u8>)>();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 64 * 1024];
                    while let Ok(n) = up_r.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        let ms = delay.load(Ordering::Relaxed);
                        let at = tokio::time::Instant::now() + Duration::from_millis(ms);
                        if tx.send((at, buf[..n].to_vec())).is_err() {
                            break;
                        }
                    }
                });
                while let Some((at, bytes)) = rx.recv().await {
                    tokio::time::sleep_until(at).await;
                    if down_w.write_all(&bytes).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    port
}

/// `host:port` of a `redis://` URL.
fn host_port(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let rest = rest.rsplit('@').next().unwrap_or(rest);
    rest.split('/').next().unwrap_or(rest).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_slow_by_a_second_does_not_slow_a_chat_on_one_node() {
    let delay = Arc::new(AtomicU64::new(0));
    let port = slow_proxy(host_port(&redis()), delay.clone()).await;
    let slow = format!("redis://127.0.0.1:{port}");
    let mut cluster = Cluster::start_with(0, &redis(), &[]).await;
    // First up, so it holds the chores lease and does the presence rounds.
    let n0 = cluster.spawn("n0", &[("REDIS_URL", &slow)]).await;
    let n1 = cluster.spawn("n1", &[]).await;
    cluster.nodes.push(n0);
    cluster.nodes.push(n1);
    let (n0, n1) = (&cluster.nodes[0], &cluster.nodes[1]);

    // n0's subscription takes a few slow round trips; news sent before it
    // would only reach n0 by its resync.
    let subscribed = concierge_tests::eventually(async || {
        let text = reqwest::get(n0.http("/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        (concierge_tests::metric(&text, "concierge_cluster_redis_subscribed") == 1.0).then_some(())
    })
    .await;
    assert!(
        subscribed.is_some(),
        "n0 never subscribed through the slow proxy"
    );

    let mut remote = Vec::new();
    for i in 0..8 {
        remote.push(n1.staff(&format!("r{i}"), &format!("Remote {i}")).await);
    }
    for i in 0..8 {
        n0.await_staff_online(&format!("r{i}"), true).await;
    }

    // From now on every reply from Redis to n0 comes a second late: each
    // chores round asks about the eight staff n0 holds no socket of.
    delay.store(
        u64::try_from(REDIS_DELAY.as_millis()).unwrap(),
        Ordering::Relaxed,
    );

    let mut sam = n0.staff("s1", "Sam").await;
    let (mut carol, session) = n0.customer("c1", "Carol").await;
    carol.request(request_staff(&session)).await.unwrap();
    let o = offer(&mut sam).await;
    sam.request(accept(o.transfer_request_id)).await.unwrap();
    carol.expect("transfer_accepted").await;

    let mut took = Vec::with_capacity(MESSAGES);
    for i in 0..MESSAGES {
        let text = format!("line {i}");
        let started = Instant::now();
        let r = sam.send(send(&session, &text)).await;
        carol
            .expect_where(|f| matches!(&f.event, ServerEvent::NewMessage(m) if m.content == text))
            .await;
        took.push(started.elapsed());
        sam.reply(&r).await.unwrap();
        tokio::time::sleep(PAUSE).await;
    }
    took.sort();
    let p50 = took[MESSAGES / 2];
    let p99 = took[MESSAGES * 99 / 100];
    let max = took[MESSAGES - 1];
    eprintln!(
        "staff → customer on one node, Redis 1 s slow: p50 {p50:?}, p99 {p99:?}, max {max:?}"
    );
    // A hub that waits on Redis holds a message for a whole Redis reply
    // (a second). The 50 ms p99 is a benchmark figure, printed
    // above and kept in docs/benchmarks.md; asserting it here would fail
    // on a busy 2-core machine for reasons that have nothing to do with
    // Redis (seen: p99 38–64 ms, max up to 229 ms, with no wait on Redis).
    assert!(
        max < REDIS_DELAY,
        "a message took {max:?} (p50 {p50:?}, p99 {p99:?}): the hub waited on Redis"
    );
    drop(remote);
}
