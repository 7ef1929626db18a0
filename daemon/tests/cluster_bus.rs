//! The cluster bus against the real Redis on the project's machines:
//! events reach the other nodes (not the sender), and presence is
//! cluster-wide.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use concierged::cluster::{Bus, ClusterEvent, Inbound};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const REDIS: &str = "redis://127.0.0.1:6379";

fn node(
    prefix: &str,
    name: &str,
    stop: &CancellationToken,
) -> (Bus, mpsc::UnboundedReceiver<Inbound>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let bus = Bus::start(
        REDIS,
        None,
        prefix,
        name,
        move |m| tx.send(m).is_ok(),
        stop.clone(),
    )
    .unwrap();
    (bus, rx)
}

async fn next(rx: &mut mpsc::UnboundedReceiver<Inbound>) -> Inbound {
    tokio::time::timeout(Duration::from_secs(5), rx.recv())
        .await
        .expect("an inbound event within 5 s")
        .unwrap()
}

#[tokio::test]
async fn events_reach_the_other_nodes_and_presence_is_cluster_wide() {
    let prefix = format!("bus{}", uuid::Uuid::new_v4().simple());
    let stop = CancellationToken::new();
    let (a, mut a_rx) = node(&prefix, "a", &stop);
    let (b, mut b_rx) = node(&prefix, "b", &stop);
    // Subscribing starts with a resync: anything earlier is in the database.
    assert!(matches!(next(&mut a_rx).await, Inbound::Resync));
    assert!(matches!(next(&mut b_rx).await, Inbound::Resync));

    a.publish(ClusterEvent::Declined {
        id: concierged::ids::TransferId(42),
        staff: "s1".into(),
    });
    match next(&mut b_rx).await {
        Inbound::Event(ClusterEvent::Declined { id, staff }) => {
            assert_eq!(
                (id, staff.as_str()),
                (concierged::ids::TransferId(42), "s1")
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    // The sender does not hear its own news.
    assert!(
        tokio::time::timeout(Duration::from_millis(300), a_rx.recv())
            .await
            .is_err()
    );

    // A node never counts itself as "elsewhere".
    a.claim(&["u1".to_string()]).await.unwrap();
    assert!(b.online_elsewhere("u1").await.unwrap());
    assert!(!a.online_elsewhere("u1").await.unwrap());
    b.claim(&["u1".to_string()]).await.unwrap();
    assert!(a.online_elsewhere("u1").await.unwrap());
    a.release("u1").await.unwrap();
    assert!(!b.online_elsewhere("u1").await.unwrap());
    assert_eq!(
        a.live_nodes("u1")
            .await
            .unwrap()
            .into_iter()
            .collect::<Vec<_>>(),
        vec!["b".to_string()]
    );
    b.release("u1").await.unwrap();
    assert!(a.live_nodes("u1").await.unwrap().is_empty());
    stop.cancel();
}

#[tokio::test]
async fn an_unreachable_redis_is_an_error_not_a_hang() {
    let stop = CancellationToken::new();
    let (tx, _rx) = mpsc::unbounded_channel();
    // Nothing listens on port 1.
    let bus = Bus::start(
        "redis://127.0.0.1:1",
        None,
        "x",
        "a",
        move |m| tx.send(m).is_ok(),
        stop.clone(),
    )
    .unwrap();
    assert!(bus.online_elsewhere("u").await.is_err());
    // Publishing while Redis is away neither blocks nor panics.
    bus.publish(ClusterEvent::Resync);
    assert!(Bus::start("http://nope", None, "x", "a", |_| true, stop.clone()).is_err());
    stop.cancel();
}

/// Deltas are droppable: with Redis away a flood of them neither queues
/// without bound nor counts as lost news (which would make every node
/// re-read the database); each is counted as a dropped delta.
#[tokio::test]
async fn droppable_events_are_dropped_not_queued_while_redis_is_away() {
    let stop = CancellationToken::new();
    let (tx, _rx) = mpsc::unbounded_channel();
    let bus = Bus::start(
        "redis://127.0.0.1:1",
        None,
        "x",
        "a",
        move |m| tx.send(m).is_ok(),
        stop.clone(),
    )
    .unwrap();
    const N: u64 = 20_000;
    for i in 0..N {
        bus.publish_droppable(ClusterEvent::AiDelta {
            session: "s".into(),
            stream_id: "st".into(),
            delta: format!("token {i} "),
        });
    }
    let stats = bus.stats.clone();
    let dropped = || {
        stats
            .dropped_droppable
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    // Most never entered the queue: at most 1024 wait at any moment.
    assert!(dropped() >= N - 1024, "{}", dropped());
    for _ in 0..400 {
        if dropped() == N {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(dropped(), N);
    assert_eq!(stats.dropped.load(std::sync::atomic::Ordering::Relaxed), 0);
    stop.cancel();
}

/// REDIS_CA_FILE: a file that cannot be read, or a CA with a plain
/// `redis://` URL, is refused at start, with the reason.
#[tokio::test]
async fn a_ca_file_needs_a_readable_file_and_a_rediss_url() {
    let stop = CancellationToken::new();
    let missing = std::path::Path::new("/nonexistent/ca.pem");
    let err = Bus::start(
        "rediss://localhost:1",
        Some(missing),
        "x",
        "a",
        |_| true,
        stop.clone(),
    )
    .err()
    .expect("refused");
    assert!(err.to_string().contains("/nonexistent/ca.pem"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, "not a certificate").unwrap();
    let err = Bus::start(
        "redis://localhost:1",
        Some(&ca),
        "x",
        "a",
        |_| true,
        stop.clone(),
    )
    .err()
    .expect("refused");
    assert!(err.to_string().contains("rediss://"), "{err}");
    stop.cancel();
}
