//! Work that must happen once per cluster, whatever the number of nodes:
//! assistant replies, idle-session timeouts and webhook deliveries.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use concierge_shared::protocol::*;

use crate::harness::*;

/// Event ids the receiver acknowledged, with how often each arrived.
type Seen = Arc<Mutex<HashMap<String, (String, usize)>>>;

async fn receive(State(seen): State<Seen>, headers: HeaderMap, body: String) -> StatusCode {
    let id = headers
        .get("x-concierge-event-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let event = v["event"].as_str().unwrap_or("").to_string();
    seen.lock().unwrap().entry(id).or_insert((event, 0)).1 += 1;
    StatusCode::OK
}

/// A webhook receiver; returns its URL.
async fn receiver(seen: Seen) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    let app = axum::Router::new()
        .route("/hook", axum::routing::post(receive))
        .with_state(seen);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    hook
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_stopped_with_sigterm_hands_its_chores_over_at_once() {
    let seen: Seen = Arc::default();
    let hook = receiver(seen.clone()).await;
    let mut cluster = Cluster::start_with(
        2,
        &redis(),
        &[
            ("CHAT_SESSION_TIMEOUT_MINUTES", "0.1"),
            ("WEBHOOK_URL", &hook),
        ],
    )
    .await;
    // The first node took both leases; it stops gracefully.
    cluster.nodes[0].stop().await;
    let (mut carol, _session) = cluster.nodes[1].customer("c1", "Carol").await;
    // Idle sessions still close (leases last 15 s and 60 s; the wait for
    // this event is 10 s, so only a handed-over lease passes).
    let ServerEvent::SessionClosed(closed) = carol.expect("session_closed").await.event else {
        unreachable!()
    };
    assert_eq!(closed.closed_by, "system");
    let delivered = concierge_tests::eventually(async || {
        seen.lock()
            .unwrap()
            .values()
            .any(|(e, _)| e == "session.closed")
            .then_some(())
    })
    .await;
    assert!(
        delivered.is_some(),
        "the remaining node never delivered the webhook: {seen:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_idle_timeouts_and_webhooks_happen_once_across_three_nodes() {
    let seen: Seen = Arc::default();
    let hook = receiver(seen.clone()).await;

    // Idle sessions close after 6 s; every node sweeps often. A session
    // whose customer waits for the assistant is not idle, even to the
    // chores holder that is not writing the reply (on a busy machine the
    // first reply, which trains the assistant's readers, can take longer
    // than the timeout; the session used to be closed under it).
    let cluster = Cluster::start_with(
        3,
        &redis(),
        &[
            ("CHAT_SESSION_TIMEOUT_MINUTES", "0.1"),
            ("WEBHOOK_URL", &hook),
        ],
    )
    .await;
    let (mut carol, session) = cluster.nodes[1].customer("c1", "Carol").await;
    carol
        .request(send(&session, "where is my order 1042?"))
        .await
        .unwrap();
    carol.expect("ai_message").await;
    // Then silence: the session times out, closed by one node.
    let ServerEvent::SessionClosed(closed) = carol.expect("session_closed").await.event else {
        unreachable!()
    };
    assert_eq!(closed.closed_by, "system");

    let s = session.clone();
    let (ai, closing_lines) = cluster.schema.query(move |db| {
        let mut count = |role: &str| -> i64 {
            db.query_one(
                "SELECT count(*) FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = $1 AND m.sender_role = $2",
                &[&s, &role],
            )
            .unwrap()
            .get(0)
        };
        (count("ai"), count("system"))
    });
    assert_eq!(ai, 2, "the welcome and one reply, not one per node");
    assert_eq!(closing_lines, 1, "one node closed the idle session");

    // Webhooks: every outbox event is delivered, each exactly once.
    let expected: i64 = cluster.schema.query(|db| {
        db.query_one("SELECT count(*) FROM webhook_outbox", &[])
            .unwrap()
            .get(0)
    });
    assert!(expected >= 5, "session, 3 messages, close: {expected}");
    concierge_tests::eventually(async || {
        (seen.lock().unwrap().len() as i64 >= expected).then_some(())
    })
    .await;
    // Give a second node the time it would need to send a duplicate.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len() as i64, expected, "{seen:?}");
    assert!(seen.values().all(|(_, n)| *n == 1), "{seen:?}");
    assert_eq!(
        seen.values().filter(|(e, _)| e == "session.closed").count(),
        1
    );
}
